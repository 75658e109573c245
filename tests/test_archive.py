"""scan cite --archive against a Save Page Now service on loopback (keyless
GET and the keyed SPN2 job API, shapes in tests/data/social), and check-links
offering the reference's own snapshot first for a dead link."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.servers import Page, Web

DATA = Path(__file__).parent / "data" / "social"
POST = b"""<!doctype html><html><head><title>How to Find a Mentor on Twitter</title>
<script type="application/ld+json">{"@type": "BlogPosting", "headline": "How to Find a Mentor on Twitter",
 "author": {"@type": "Person", "name": "Jane Barr"}, "datePublished": "2013-02-25"}</script></head>
<body><article><h1>How to Find a Mentor on Twitter</h1><p>Mentoring on Twitter: a mentee and a mentor.</p>
</article></body></html>"""
PATH = "/2013/02/25/find-a-mentor/"


@pytest.fixture
def sites():
    blog = Web("127.0.0.2", name="blog.example.org")
    blog.route(PATH, Page(POST))
    blog.route("/other/", Page(POST.replace(b"Find a Mentor", b"Keep a Mentor")))
    archive = Web("127.0.0.8", name="archive.test")
    with blog, archive:
        yield blog, archive


def env(blog, archive, **more) -> dict:
    return {"SCAN_HOSTS": f"{blog.name}={blog.host},{archive.name}={archive.host}", "SCAN_HOSTS_ONLY": "1",
            "SCAN_SAVE_PAGE_NOW": archive.url("/save/"), **more}


def keyless(archive, url: str, stamp: str = "20240501123456", redirect: bool = False) -> None:
    where = f"/web/{stamp}/{url}"
    page = Page(b"", status=302, headers={"Location": archive.url(where)}) if redirect else \
        Page(b"<html>saved</html>", headers={"Content-Location": where})
    archive.route(f"/save/{url}", page)


def items(scan_cli):
    return json.loads(scan_cli("export", "--format", "csl-json").stdout)


def test_cite_archive_stores_the_snapshot(scan_cli, sites, tmp_path):
    blog, archive = sites
    url = blog.url(PATH)
    keyless(archive, url)
    r = scan_cli("cite", url, "--archive", env=env(blog, archive))
    assert r.returncode == 0, r.stderr
    snapshot = archive.url(f"/web/20240501123456/{url}")
    assert f"archived barrHowFindMentor2013: {snapshot}" in r.stderr
    [item] = items(scan_cli)
    assert item["archived_url"] == snapshot and item["archived_date"] == {"date-parts": [[2024, 5, 1]]}
    bib = (tmp_path / "library.bib").read_text()
    assert f"archived_url = {{{snapshot}}}" in bib and "archived_date = {2024-05-01}" in bib
    ris = scan_cli("export", "--format", "ris").stdout
    assert f"U2  - {snapshot}" in ris and "U3  - 2024/05/01" in ris
    # Cited again, the reference keeps its snapshot: nothing is captured twice.
    r = scan_cli("cite", url, "--archive", "--json", env=env(blog, archive))
    assert r.returncode == 0 and json.loads(r.stdout)[0]["archived_url"] == snapshot
    assert len(archive.hits()) == 1


def test_redirect_form_and_scan_toml_setting(scan_cli, sites, tmp_path):
    blog, archive = sites
    url = blog.url(PATH)
    keyless(archive, url, "20240503010203", redirect=True)
    (tmp_path / "scan.toml").write_text("[cite]\narchive = true\narchive_delay = 0\n")
    r = scan_cli("cite", url, env=env(blog, archive))
    assert r.returncode == 0, r.stderr
    assert items(scan_cli)[0]["archived_url"] == archive.url(f"/web/20240503010203/{url}")
    assert not archive.hits(f"/web/20240503010203/{url}")  # the capture's address is read, not fetched


def test_captures_are_spaced_and_refusals_are_warnings(scan_cli, sites, tmp_path):
    blog, archive = sites
    first, second = blog.url(PATH), blog.url("/other/")
    keyless(archive, first)
    archive.route(f"/save/{second}", Page(b"busy", status=429, headers={"Retry-After": "600"}))
    (tmp_path / "scan.toml").write_text("[cite]\narchive_delay = 0.5\n")
    r = scan_cli("cite", first, second, "--archive", env=env(blog, archive))
    assert r.returncode == 0, r.stderr
    a, b = archive.hits()
    assert b.start - a.start >= 0.45
    assert ("was cited without a snapshot: archive.test takes no more captures "
            "now (429 Too Many Requests; it asks to wait 600 s)") in r.stderr
    kept = {i["id"]: i for i in items(scan_cli)}
    assert "archived_url" in kept["barrHowFindMentor2013"] and "archived_url" not in [v for k, v in kept.items() if k != "barrHowFindMentor2013"][0]


def test_keyed_capture_polls_the_job(scan_cli, sites, tmp_path):
    blog, archive = sites
    url = blog.url(PATH)
    job = json.loads((DATA / "spn2_job.json").read_text())
    done = json.loads((DATA / "spn2_status.json").read_text()) | {"original_url": url}
    archive.route("/save", Page(json.dumps(job).encode(), content_type="application/json"))
    polls = []

    def status(request):
        polls.append(request)
        body = {"status": "pending", "job_id": job["job_id"]} if len(polls) == 1 else done
        return Page(json.dumps(body).encode(), content_type="application/json")

    archive.route(f"/save/status/{job['job_id']}", status)
    (tmp_path / "scan.toml").write_text("[cite]\narchive_delay = 0\n")
    r = scan_cli("cite", url, "--archive", env=env(blog, archive, SCAN_SPN_KEY="acc:sec"))
    assert r.returncode == 0, r.stderr
    post = archive.hits("/save", "POST")[0]
    assert post.headers["Authorization"] == "LOW acc:sec" and post.body.decode() == \
        "url=" + url.replace(":", "%3A").replace("/", "%2F")
    assert len(polls) == 2
    assert items(scan_cli)[0]["archived_url"] == archive.url(f"/web/20240502080910/{url}")


def test_bad_archive_settings_are_refused_before_anything(scan_cli, sites, tmp_path):
    blog, archive = sites
    r = scan_cli("cite", blog.url(PATH), "--archive", env=env(blog, archive, SCAN_SPN_KEY="no colon"))
    assert r.returncode == 2 and "SCAN_SPN_KEY" in r.stderr and items(scan_cli) == []
    r = scan_cli("cite", blog.url(PATH), "--archive", "--no-add", env=env(blog, archive))
    assert r.returncode == 2 and "cannot go with --no-add" in r.stderr
    (tmp_path / "scan.toml").write_text("[cite]\narchive = \"yes\"\n")
    r = scan_cli("cite", blog.url(PATH), env=env(blog, archive))
    assert r.returncode == 2 and "[cite] archive: takes true or false" in r.stderr
    assert not blog.hits() and not archive.hits()


def test_check_links_offers_the_references_own_snapshot_first(scan_cli, sites, tmp_path):
    blog, archive = sites
    gone = blog.url("/gone/")
    also = blog.url("/gone-too/")
    (tmp_path / "refs.json").write_text(json.dumps([
        {"id": "own", "type": "webpage", "title": "Gone", "URL": gone,
         "archived_url": "https://archive.test/web/20200101000000/" + gone, "archived_date": "2020-01-01"},
        {"id": "other", "type": "webpage", "title": "Gone too", "URL": also}]))
    assert scan_cli("import", "refs.json").returncode == 0
    archive.route("/wayback/available", Page(json.dumps({"archived_snapshots": {"closest": {
        "available": True, "url": "http://archive.test/web/2019/" + also, "timestamp": "20190101000000"}}}).encode(),
        content_type="application/json"))
    r = scan_cli("check-links", "--json", "--allow-private", env={
        **env(blog, archive), "SCAN_ARCHIVE_API": archive.url("/wayback/available")})
    assert r.returncode == 1, r.stderr
    rows = {row["key"]: row for row in json.loads(r.stdout)}
    assert rows["own"]["verdict"] == "dead" and rows["own"]["archive_source"] == "reference"
    assert rows["own"]["archived_url"] == "https://archive.test/web/20200101000000/" + gone
    assert rows["other"]["archive_source"] == "archive-api"
    asked = [h.path for h in archive.hits()]
    assert len(asked) == 1 and "gone-too" in asked[0]  # no lookup for the one with its own snapshot
    text = scan_cli("check-links", "--allow-private", env={**env(blog, archive), "SCAN_ARCHIVE_API": ""}).stdout
    assert "(the reference's own snapshot)" in text
