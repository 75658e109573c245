"""scan cite (keys, DOIs by content negotiation against a loopback resolver) and scan export --format text."""

from __future__ import annotations

import json

import pytest

from refs.doi import CSL_JSON
from refs.values.doi import normalise_doi
from tests.servers import Page, Web

WORK = {"DOI": "10.1000/mentor.2013", "type": "article-journal", "title": "Are blogs good for mentors?",
        "author": [{"family": "Hurt", "given": "Anna"}], "issued": {"date-parts": [[2012, 5, 3]]},
        "container-title": ["International Journal of Mentoring"], "volume": "4", "issue": "2", "page": "11-20",
        "indexed": {"date-parts": [[2024, 1, 1]]}}


@pytest.fixture
def resolver():
    web = Web("127.0.0.3")

    def answer(request):
        if request.headers.get("Accept") != CSL_JSON:
            return Page(b"<html>landing page</html>")
        return Page(json.dumps(WORK).encode(), content_type=CSL_JSON + "; charset=utf-8")

    web.route("/10.1000/mentor.2013", answer)
    with web:
        yield web


def test_normalise_doi():
    assert normalise_doi("https://doi.org/10.1000/mentor.2013") == "10.1000/mentor.2013"
    assert normalise_doi("10.1000/x.") == "10.1000/x"
    assert normalise_doi("hurtBlogs2012") is None


def test_cite_doi_adds_once_and_prints(scan_cli, resolver):
    env = {"SCAN_DOI_RESOLVER": resolver.url("").rstrip("/")}
    r = scan_cli("cite", "10.1000/mentor.2013", env=env)
    assert r.returncode == 0, r.stderr
    assert "added hurtBlogsGoodMentors2012" in r.stderr
    assert "Hurt, A. (2012). Are blogs good for mentors? International Journal of Mentoring, 4(2), 11–20." in r.stdout
    assert "in text: (Hurt, 2012)  |  Hurt (2012)" in r.stdout
    assert resolver.hits("/10.1000/mentor.2013")[0].headers["Accept"] == CSL_JSON
    r = scan_cli("cite", "https://doi.org/10.1000/mentor.2013", "--json", "--doi-resolver", resolver.url("/"))
    assert r.returncode == 0, r.stderr
    row = json.loads(r.stdout)[0]
    assert row["key"] == "hurtBlogsGoodMentors2012" and not row["added"] and "DOI" in row["duplicate"]
    listed = json.loads(scan_cli("refs", "list", "--json").stdout)
    assert [i["key"] for i in listed] == ["hurtBlogsGoodMentors2012"] and listed[0]["doi"] == "10.1000/mentor.2013"


def test_cite_key_in_another_style_and_unknown_targets(scan_cli, resolver, tmp_path):
    env = {"SCAN_DOI_RESOLVER": resolver.url("/")}
    assert scan_cli("cite", "10.1000/mentor.2013", env=env).returncode == 0
    r = scan_cli("cite", "hurtBlogsGoodMentors2012", "--style", "chicago-author-date")
    assert r.returncode == 0 and "(Hurt 2012)" in r.stdout
    r = scan_cli("cite", "10.1000/unknown", env=env)
    assert r.returncode == 2 and "the resolver does not know this DOI (404)" in r.stderr
    r = scan_cli("cite", "nosuchkey")
    assert r.returncode == 2 and "is neither a URL, a scanned page, a citekey in the library nor a DOI" in r.stderr


def test_cite_no_add_writes_nothing(scan_cli, resolver, tmp_path):
    r = scan_cli("cite", "10.1000/mentor.2013", "--no-add", "--doi-resolver", resolver.url("/"))
    assert r.returncode == 0, r.stderr
    assert "(Hurt, 2012)" in r.stdout
    assert json.loads(scan_cli("refs", "list", "--json").stdout) == []


def test_export_formatted_list(scan_cli, tmp_path):
    refs = tmp_path / "refs.txt"
    refs.write_text("Hurt, A. (2012). Peer mentoring for librarians. Journal of Library Mentoring, 3, 1-10.\n"
                    "Hurt, A. (2012). Are blogs good for mentors? International Journal of Mentoring, 4(2), 11-20.\n"
                    "Barr, J. (2013). How to find a mentor. Mentor Blog. https://blog.example.org/a\n")
    r = scan_cli("import", str(refs), "--format", "text")
    assert r.returncode == 0, r.stderr
    r = scan_cli("export", "--format", "text")
    assert r.stdout.splitlines() == [
        "Barr, J. (2013). How to find a mentor. Mentor Blog. https://blog.example.org/a",
        "Hurt, A. (2012a). Are blogs good for mentors? International Journal of Mentoring, 4(2), 11–20.",
        "Hurt, A. (2012b). Peer mentoring for librarians. Journal of Library Mentoring, 3, 1–10."]
    html = scan_cli("export", "--format", "html", "--style", "apa").stdout
    assert "<i>International Journal of Mentoring</i>" in html
    md = scan_cli("export", "--format", "markdown", "--style", "harvard-cite-them-right").stdout
    assert "*International Journal of Mentoring*" in md
    r = scan_cli("export", "--format", "text", "--style", "nosuchstyle")
    assert r.returncode == 2 and "unknown citation style 'nosuchstyle'" in r.stderr


HOSTILE = {"id": "evil2020", "type": "webpage", "title": "<script>alert(1)</script> Mentoring",
           "author": [{"literal": "<img src=x onerror=alert(1)>"}], "container-title": "<iframe src=x></iframe>",
           "issued": {"date-parts": [[2020]]}, "URL": "javascript:alert(1)"}
SAFE = {"id": "safe2020", "type": "webpage", "title": "Mentoring online", "author": [{"literal": "Mentor Hub"}],
        "issued": {"date-parts": [[2020]]}, "URL": "https://mentor.example.org/a?x=1&y=<2>"}


def test_html_output_escapes_everything_and_links_only_http(scan_cli, tmp_path):
    (tmp_path / "refs.json").write_text(json.dumps([HOSTILE, SAFE]))
    assert scan_cli("import", str(tmp_path / "refs.json")).returncode == 0
    for args in (["export", "--format", "html"], ["cite", "evil2020", "safe2020", "--format", "html"]):
        r = scan_cli(*args)
        assert r.returncode == 0, r.stderr
        out = r.stdout
        assert "<script" not in out and "<img" not in out and "<iframe" not in out and 'href="javascript' not in out
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out and "&lt;img src=x onerror=alert(1)&gt;" in out
        assert '<a href="https://mentor.example.org/a?x=1&#38;y=&lt;2&gt;">' in out
    r = scan_cli("cite", "safe2020", "--format", "pdf")
    assert r.returncode == 2 and "--format: takes text, markdown or html, not 'pdf'" in r.stderr


def test_styles_short_names_and_scan_toml(scan_cli, tmp_path):
    (tmp_path / "refs.json").write_text(json.dumps([SAFE]))
    assert scan_cli("import", str(tmp_path / "refs.json")).returncode == 0
    for short, mark in (("mla", "Mentor Hub. Mentoring Online. 2020"), ("ieee", "[1] Mentor Hub"),
                        ("chicago", "Mentor Hub. 2020."), ("harvard", "Mentor Hub (2020)"),
                        ("vancouver", "1. Mentor Hub."), ("apa", "Mentor Hub. (2020).")):
        r = scan_cli("export", "--format", "text", "--style", short)
        assert r.returncode == 0 and r.stdout.startswith(mark), (short, r.stdout)
    r = scan_cli("export", "--format", "text", "--style", "mlaa")
    assert r.returncode == 2 and "Close names: mla" in r.stderr and "scan styles" in r.stderr
    r = scan_cli("styles", "modern", "language", "--json")
    assert r.returncode == 0 and json.loads(r.stdout)[0]["name"] == "mla"
    (tmp_path / "scan.toml").write_text('[cite]\nstyle = "ieee"\ntitles = "as-given"\n')
    assert scan_cli("export", "--format", "text").stdout.startswith("[1] Mentor Hub")
    assert "(Mentor Hub, 2020)" not in scan_cli("cite", "safe2020").stdout  # ieee cites [1]
    assert scan_cli("export", "--format", "bibtex").returncode == 0
    (tmp_path / "scan.toml").write_text('[cite]\nstyle = "nosuch"\n')
    r = scan_cli("export", "--format", "text")
    assert r.returncode == 2 and "unknown citation style 'nosuch'" in r.stderr
    assert scan_cli("export", "--format", "bibtex").returncode == 0  # a file format needs no style


def test_export_titles_option(scan_cli, tmp_path):
    (tmp_path / "refs.json").write_text(json.dumps([dict(SAFE, title="Mentoring Online Today")]))
    assert scan_cli("import", str(tmp_path / "refs.json")).returncode == 0
    assert "Mentoring online today." in scan_cli("export", "--format", "text").stdout
    assert "Mentoring Online Today." in scan_cli("export", "--format", "text", "--titles", "as-given").stdout
    r = scan_cli("export", "--format", "text", "--titles", "loud")
    assert r.returncode == 2 and "--titles must be one of style, as-given" in r.stderr
