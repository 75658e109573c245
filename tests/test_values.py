"""refs.values: DOIs, URLs, Retry-After, months (names and dates have modules of their own)."""

from __future__ import annotations

import pytest

from refs.values.doi import doi_key, find_dois, normalise_doi
from refs.values.months import month_number
from refs.values.retry_after import parse_retry_after
from refs.values.urls import canonical, url_key


# -- DOI ----------------------------------------------------------------------

@pytest.mark.parametrize(
    "raw",
    [
        "10.1000/ABC.def",
        " 10.1000/abc.def ",
        "https://doi.org/10.1000/abc.def",
        "http://dx.doi.org/10.1000/abc.def",
        "https://dx.doi.org/10.1000/ABC.DEF",
        "doi:10.1000/abc.def",
        "DOI: 10.1000/abc.def",
        "doi.org/10.1000/abc.def",
        "https://doi.org/10.1000%2Fabc.def",
    ],
)
def test_doi_key(raw):
    assert doi_key(raw) == "10.1000/abc.def"


@pytest.mark.parametrize("raw", ["", "abc", "11.1000/x", None, 10.1, "https://example.org/10.1/x", "10."])
def test_doi_key_rejects(raw):
    assert doi_key(raw) is None


@pytest.mark.parametrize(
    "raw, doi",
    [
        ("https://doi.org/10.1000/ABC.123.", "10.1000/ABC.123"),
        ("10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0",
         "10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0"),
        ("10.1000/x)", "10.1000/x"),
        ("10.1000/x(1)", "10.1000/x(1)"),
        ("doi:10.1000/x,", "10.1000/x"),
        ("10.1000/abc def", None),
    ],
)
def test_normalise_doi_keeps_case_and_drops_sentence_punctuation(raw, doi):
    assert normalise_doi(raw) == doi


def test_find_dois_in_text():
    text = "See https://doi.org/10.5555/demo.1. Also (doi:10.5555/Demo.2), and 10.5555/demo.1 again."
    assert find_dois(text) == ["10.5555/demo.1", "10.5555/Demo.2"]


# -- URL ----------------------------------------------------------------------

@pytest.mark.parametrize(
    "a, b",
    [
        ("https://example.org/a", "http://example.org/a"),
        ("https://www.Example.ORG/a", "http://example.org/a"),
        ("https://example.org:443/a", "http://example.org/a"),
        ("http://example.org:80/a", "http://example.org/a"),
        ("http://example.org/a#section-2", "http://example.org/a"),
        ("http://example.org/a/", "http://example.org/a"),
        ("http://example.org/", "http://example.org"),
        ("http://example.org/a?utm_source=tw&utm_medium=social", "http://example.org/a"),
        ("http://example.org/a?fbclid=1&gclid=2&mc_cid=3&mc_eid=4&ref_src=5", "http://example.org/a"),
        ("http://example.org/a?b=2&a=1", "http://example.org/a?a=1&b=2"),
        ("http://example.org/a?b=2&UTM_Campaign=x&a=1", "http://example.org/a?a=1&b=2"),
        ("www.example.org/a", "http://example.org/a"),
        ("  https://example.org/a  ", "http://example.org/a"),
    ],
)
def test_url_key_equivalents(a, b):
    assert url_key(a) == url_key(b)


@pytest.mark.parametrize(
    "a, b",
    [
        ("http://example.org/a", "http://example.org/b"),
        ("http://example.org/A", "http://example.org/a"),  # paths are case-sensitive
        ("http://example.org:8080/a", "http://example.org/a"),
        ("http://example.org/a?id=1", "http://example.org/a?id=2"),
        ("http://example.org/a?id=1", "http://example.org/a"),
        ("http://sub.example.org/a", "http://example.org/a"),
    ],
)
def test_url_key_distinct(a, b):
    assert url_key(a) != url_key(b)


def test_url_key_shape():
    assert url_key("HTTPS://www.Example.org:443/a/?utm_source=x&b=2&a=1#top") == "http://example.org/a?a=1&b=2"
    assert url_key("") == ""
    assert url_key("http://[bad") != ""  # unparseable: compared as written


def test_url_key_is_built_on_the_crawl_canonical_form():
    # The crawler's tracking parameters and the duplicate finder's are one list.
    for param in ("utm_source", "fbclid", "gclid", "msclkid", "igshid", "_hsenc", "yclid", "mc_eid"):
        assert canonical(f"http://example.org/a?{param}=1&id=2") == "http://example.org/a?id=2"
        assert url_key(f"http://example.org/a?{param}=1") == url_key("http://example.org/a")


@pytest.mark.parametrize("value, seconds", [("3", 3.0), ("0", 0.0), ("2.5", 2.5), (None, None), ("", None),
                                            ("soon", None), ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0)])
def test_parse_retry_after(value, seconds):
    assert parse_retry_after(value) == seconds


@pytest.mark.parametrize("text, n", [("Feb.", 2), ("february", 2), ("Februar", 2), ("févr.", 2), ("sept", 9),
                                     ("12", 12), ("13", None), ("0", None), ("spring", None), ("set", None)])
def test_month_number(text, n):
    assert month_number(text) == n
