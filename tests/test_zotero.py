"""scan import --zotero and scan export --zotero against a Zotero on loopback
speaking Better BibTeX's pull export, Zotero's local API and the connector
(shapes in tests/data/social; README there names where each is documented)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.servers import Page, Web

DATA = Path(__file__).parent / "data" / "social"
JSON = "application/json"
TWEET = ("Scientists do not know if having antibodies to the virus that causes #COVID19 can protect someone from "
         "getting infected again [Image attached]")
NO_ENDPOINT = Page(b"No endpoint found", status=404, content_type="text/plain")


@pytest.fixture
def zotero():
    web = Web("127.0.0.9", name="zotero.test")
    with web:
        yield web


def env(zotero) -> dict:
    return {"SCAN_ZOTERO": zotero.url("").rstrip("/"), "SCAN_HOSTS": f"{zotero.name}={zotero.host}",
            "SCAN_HOSTS_ONLY": "1"}


def library(scan_cli) -> dict[str, dict]:
    return {i["id"]: i for i in json.loads(scan_cli("export", "--format", "csl-json").stdout)}


def local_api(zotero, items: bytes | None = None) -> None:
    zotero.route("/api/users/0/collections", Page((DATA / "zotero_collections.json").read_bytes(), content_type=JSON))
    zotero.route("/api/users/0/collections/CHAP1ABC/items/top",
                 Page(items or (DATA / "zotero_items.csljson").read_bytes(), content_type=JSON))


def test_better_bibtex_pull_export_keeps_its_citekeys_and_updates_on_reimport(scan_cli, zotero, tmp_path):
    path = "/better-bibtex/collection?/1/Thesis/Chapter%201.csljson"
    zotero.route(path, Page((DATA / "bbt_collection.csljson").read_bytes(), content_type="text/plain"))
    r = scan_cli("import", "--zotero", "Thesis/Chapter 1", env=env(zotero))
    assert r.returncode == 0, r.stderr
    assert "read 2 items from Zotero through Better BibTeX: 2 added, 0 updated, 0 unchanged" in r.stderr
    lib = library(scan_cli)
    assert set(lib) == {"barrHowFindMentor2013", "hurtBlogsGoodMentors2012"}
    assert lib["hurtBlogsGoodMentors2012"]["zotero_key"] == "QWER5678" and "custom" not in lib["hurtBlogsGoodMentors2012"]
    assert lib["barrHowFindMentor2013"]["zotero_key"] == "bbt:barrHowFindMentor2013"
    assert "zotero_key = {QWER5678}" in (tmp_path / "library.bib").read_text()
    changed = json.loads((DATA / "bbt_collection.csljson").read_text())
    changed[1]["title"] = "Are blogs good for mentors? A second look"
    zotero.route(path, Page(json.dumps(changed).encode(), content_type="text/plain"))
    r = scan_cli("import", "--zotero", "Thesis/Chapter 1", "--json", env=env(zotero))
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["source"] == "better-bibtex" and out["added"] == [] and out["updated"] == ["hurtBlogsGoodMentors2012"]
    lib = library(scan_cli)
    assert len(lib) == 2 and lib["hurtBlogsGoodMentors2012"]["title"].endswith("A second look")


def test_local_api_when_there_is_no_better_bibtex(scan_cli, zotero):
    zotero.route("/better-bibtex/collection?/1/Chapter%201.csljson", NO_ENDPOINT)
    local_api(zotero)
    r = scan_cli("import", "--zotero", "Chapter 1", env=env(zotero))
    assert r.returncode == 0, r.stderr
    assert "through Zotero's local API: 2 added" in r.stderr
    lib = library(scan_cli)
    keys = {i["zotero_key"]: k for k, i in lib.items()}
    assert set(keys) == {"ABCD1234", "EFGH5678"}
    assert keys["EFGH5678"] == "okaforMentoringProgramsAcademic2019"  # our citekey, not Zotero's "0/EFGH5678"
    asked = zotero.hits("/api/users/0/collections/CHAP1ABC/items/top?format=csljson&limit=100&start=0")[0]
    assert asked.headers["Zotero-API-Version"] == "3"
    # A second import, after an edit in Zotero, updates the reference: no duplicate.
    items = json.loads((DATA / "zotero_items.csljson").read_text())
    items["items"][1]["title"] = "Mentoring programs in academic libraries, revised"
    local_api(zotero, json.dumps(items).encode())
    r = scan_cli("import", "--zotero", "Thesis/Chapter 1", env=env(zotero))
    assert r.returncode == 0 and "0 added, 1 updated, 1 unchanged" in r.stderr
    lib = library(scan_cli)
    assert len(lib) == 2 and lib[keys["EFGH5678"]]["title"].endswith("revised")


def test_a_reference_already_there_is_updated_not_duplicated(scan_cli, zotero, tmp_path):
    (tmp_path / "mine.json").write_text(json.dumps([{"id": "cdc2020", "type": "post", "title": TWEET,
                                                     "URL": "https://twitter.com/CDCgov/status/1271180413134876672",
                                                     "archived_url": "https://archive.test/web/2020/x"}]))
    assert scan_cli("import", "mine.json").returncode == 0
    zotero.route("/better-bibtex/library?/1/library.csljson", NO_ENDPOINT)
    zotero.route("/api/users/0/items/top", Page((DATA / "zotero_items.csljson").read_bytes(), content_type=JSON))
    r = scan_cli("import", "--zotero", env=env(zotero))
    assert r.returncode == 0, r.stderr
    lib = library(scan_cli)
    assert len(lib) == 2 and lib["cdc2020"]["zotero_key"] == "ABCD1234"
    assert lib["cdc2020"]["archived_url"] == "https://archive.test/web/2020/x"  # what Zotero lacks is kept


@pytest.mark.parametrize("setup, said", [
    (lambda z: z.route("/api/users/0/collections", Page(b"Local API is not enabled", status=403,
                                                         content_type="text/plain")),
     "Zotero's local API is off: in Zotero, Settings > Advanced, turn on \"Allow other applications on this "
     "computer to communicate with Zotero\""),
    (lambda z: local_api(z), "no collection 'Chapter 9' in your Zotero library (collections: Reading list, Thesis, "
                             "Thesis/Chapter 1)"),
])
def test_zotero_refusals(scan_cli, zotero, setup, said):
    setup(zotero)
    r = scan_cli("import", "--zotero", "Chapter 9", env=env(zotero))
    assert r.returncode == 2 and said in r.stderr
    assert library(scan_cli) == {}


def test_zotero_not_running(scan_cli, zotero):
    port = zotero.port
    zotero.stop()
    r = scan_cli("import", "--zotero", env={**env(zotero), "SCAN_ZOTERO": f"http://zotero.test:{port}"})
    assert r.returncode == 2 and "Zotero does not answer at http://zotero.test:" in r.stderr
    assert "start Zotero, or set SCAN_ZOTERO" in r.stderr
    zotero.start = lambda: zotero  # already stopped: the fixture's exit must not fail


def test_export_through_the_connector(scan_cli, zotero, tmp_path):
    (tmp_path / "mine.json").write_text(json.dumps([{"id": "barr2013", "type": "post-weblog",
                                                     "title": "How to find a mentor on Twitter",
                                                     "author": [{"family": "Barr", "given": "Jane"}]}]))
    assert scan_cli("import", "mine.json").returncode == 0
    zotero.route("/connector/import", Page((DATA / "connector_import.json").read_bytes(), status=201,
                                           content_type=JSON))
    r = scan_cli("export", "--zotero", env=env(zotero))
    assert r.returncode == 0, r.stderr
    assert "sent 1 references to Zotero; it saved 1 items into the collection selected there" in r.stderr
    sent = zotero.hits("/connector/import", "POST")[0]
    assert sent.body.decode().startswith("@online{barr2013,") and "application/x-bibtex" in sent.headers["Content-Type"]
    zotero.route("/connector/import", Page(b'{"libraryEditable": false}', status=500, content_type=JSON))
    r = scan_cli("export", "--zotero", env=env(zotero))
    assert r.returncode == 2 and "the library selected in Zotero is read-only" in r.stderr
    assert scan_cli("export", "--zotero", "-o", "x.bib", env=env(zotero)).returncode == 2


def test_export_leaves_out_what_zotero_holds_already(scan_cli, zotero, tmp_path):
    """The connector can only add: a second export made every item twice. What Zotero's library holds
    (the item a reference was imported from, or the same DOI, URL or title) is not sent again."""
    (tmp_path / "mine.json").write_text(json.dumps([
        {"id": "barr2013", "type": "post-weblog", "title": "How to find a mentor on Twitter",
         "author": [{"family": "Barr", "given": "Jane"}]},
        {"id": "cdc2020", "type": "post", "title": TWEET,
         "URL": "https://twitter.com/CDCgov/status/1271180413134876672"}]))
    assert scan_cli("import", "mine.json").returncode == 0
    zotero.route("/better-bibtex/library?/1/library.csljson", NO_ENDPOINT)
    zotero.route("/api/users/0/items/top", Page((DATA / "zotero_items.csljson").read_bytes(), content_type=JSON))
    zotero.route("/connector/import", Page((DATA / "connector_import.json").read_bytes(), status=201,
                                           content_type=JSON))
    r = scan_cli("export", "--zotero", env=env(zotero))
    assert r.returncode == 0, r.stderr
    assert "sent 1 references to Zotero" in r.stderr
    assert "1 already in Zotero, not sent again: cdc2020 (same URL)" in r.stderr
    sent = zotero.hits("/connector/import", "POST")
    assert len(sent) == 1 and "barr2013" in sent[0].body.decode() and "cdc2020" not in sent[0].body.decode()
    # Once Zotero holds both, nothing is sent at all.
    items = json.loads((DATA / "zotero_items.csljson").read_text())
    items["items"].append({"id": "0/JKLM9012", "type": "post-weblog", "title": "How to find a mentor on Twitter",
                           "author": [{"family": "Barr", "given": "Jane"}]})
    zotero.route("/api/users/0/items/top", Page(json.dumps(items).encode(), content_type=JSON))
    r = scan_cli("export", "--zotero", env=env(zotero))
    assert r.returncode == 0, r.stderr
    assert "sent 0" not in r.stderr and "references to Zotero" not in r.stderr
    assert "2 already in Zotero, not sent again: barr2013 (same title), cdc2020" in r.stderr
    assert len(zotero.hits("/connector/import", "POST")) == 1
    # A Zotero whose library cannot be read gets everything, and the user is told why.
    zotero.route("/api/users/0/items/top", Page(b"Local API is not enabled", status=403, content_type="text/plain"))
    r = scan_cli("export", "--zotero", env=env(zotero))
    assert r.returncode == 0 and "sent 2 references to Zotero" in r.stderr
    assert "could not read Zotero's library" in r.stderr


def test_a_zotero_that_repeats_itself_gives_each_item_once(scan_cli, zotero):
    """A local API that answers the same page for every start (it once made 100,000 references of 100),
    and a pull export with one citekey twice."""
    page = [{"id": f"0/ABCD{n:04d}", "type": "book", "title": f"Book {n}"} for n in range(100)]
    zotero.route("/api/users/0/items/top", Page(json.dumps(page).encode(), content_type=JSON))
    r = scan_cli("import", "--zotero", env=env(zotero))
    assert r.returncode == 0 and "read 100 items" in r.stderr, r.stderr
    assert len(zotero.hits()) == 3  # the pull export's 404, then two pages
    assert len(library(scan_cli)) == 100
    zotero.route("/better-bibtex/library?/1/library.csljson", Page(json.dumps(
        [{"id": "dup", "type": "book", "title": "One"}, {"id": "dup", "type": "book", "title": "Two"}]).encode(),
        content_type=JSON))
    r = scan_cli("import", "--zotero", env=env(zotero))
    assert r.returncode == 0 and "item 2 is the Zotero item bbt:dup again; skipped" in r.stderr, r.stderr
    assert library(scan_cli)["dup"]["title"] == "One" and "dupa" not in library(scan_cli)


def test_collections_nested_thousands_deep_or_in_a_loop_are_walked(scan_cli, zotero):
    from urllib.parse import parse_qs, urlsplit

    # c0's parent is the last one: a loop; each other's the one before: a chain 1,500 deep.
    cols = [{"key": f"K{n:07d}", "data": {"name": f"c{n}", "parentCollection": f"K{(n - 1) % 1500:07d}"}}
            for n in range(1500)]

    def answer(request):
        start = int(parse_qs(urlsplit(request.path).query)["start"][0])
        return Page(json.dumps(cols[start:start + 100]).encode(), content_type=JSON)

    zotero.route("/better-bibtex/collection?/1/c1499.csljson", NO_ENDPOINT)
    zotero.route("/api/users/0/collections", answer)
    zotero.route("/api/users/0/collections/K0001499/items/top", Page(b"[]", content_type=JSON))
    r = scan_cli("import", "--zotero", "c1499", env=env(zotero))
    assert r.returncode == 0 and "read 0 items" in r.stderr, r.stderr
