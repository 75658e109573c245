"""DOIs: the one reader of a DOI in any dress.

::

    >>> normalise_doi("https://doi.org/10.1000/ABC.123."), normalise_doi("doi: 10.1000/x")
    ('10.1000/ABC.123', '10.1000/x')
    >>> normalise_doi("https://dx.doi.org/10.1002%2F(SICI)1097-4571"), normalise_doi("not a doi")
    ('10.1002/(SICI)1097-4571', None)
    >>> doi_key("10.1000/ABC"), find_doi("see https://doi.org/10.5555/demo.1, p. 3")
    ('10.1000/abc', '10.5555/demo.1')

A DOI is kept as written (case and all: registrants print them in capitals
and people copy them so), without its ``doi:``/resolver prefix, URL escapes,
surrounding blanks and the sentence punctuation that follows it in text.
DOIs are case-insensitive, so :func:`doi_key` (lower case) is what two DOIs
are compared by.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

__all__ = ["normalise_doi", "doi_key", "find_doi", "find_dois", "doi_url", "DEFAULT_RESOLVER"]

DEFAULT_RESOLVER = "https://doi.org"

_PREFIX = re.compile(r"^(?:(?:https?://)?(?:dx\.|www\.)?doi\.org/|doi:\s*|info:doi/|urn:doi:)", re.I)
_BARE = re.compile(r"10\.\d+(?:\.\d+)*/\S+")
# In text a DOI ends at a blank, a quote, markup or an HTML entity.
_IN_TEXT = re.compile(r"10\.\d{4,9}/[^\s\"'<>&\\{}|^`]+")
_TRAILING = ".,;:"


def _trim(doi: str) -> str:
    """Drop the punctuation a sentence puts after a DOI, and closing brackets
    that have no opening one inside it (``(see 10.1000/x)``)."""
    while doi:
        last = doi[-1]
        if last in _TRAILING:
            doi = doi[:-1]
        elif last in ")]}>" and doi.count({")": "(", "]": "[", "}": "{", ">": "<"}[last]) < doi.count(last):
            doi = doi[:-1]
        else:
            break
    return doi


def normalise_doi(text: object) -> str | None:
    """The bare DOI (``10.x/...``) in ``text`` when all of ``text`` is one
    DOI (``10.x/...``, ``doi:...``, a resolver URL), else None."""
    if not isinstance(text, str):
        return None
    value = text.strip()
    stripped = _PREFIX.sub("", value)
    if stripped != value or "%2f" in stripped.lower():
        # Only the URL forms are percent-encoded ("10.1000%2Fabc").
        stripped = unquote(stripped)
    stripped = _trim(stripped)
    return stripped if _BARE.fullmatch(stripped) else None


def doi_key(text: object) -> str | None:
    """The form two DOIs are compared by (lower case); None if not a DOI."""
    doi = normalise_doi(text)
    return doi.lower() if doi else None


def find_dois(text: str | None, *, limit: int = 500) -> list[str]:
    """Every DOI written in free text (or HTML), in order, each once."""
    if not isinstance(text, str):
        return []
    out: list[str] = []
    seen: set[str] = set()
    for m in _IN_TEXT.finditer(unquote(text) if "%2F" in text or "%2f" in text else text):
        doi = _trim(m.group(0))
        if _BARE.fullmatch(doi) and doi.lower() not in seen:
            seen.add(doi.lower())
            out.append(doi)
            if len(out) >= limit:
                break
    return out


def find_doi(text: str | None) -> str | None:
    """The first DOI written in ``text``, or None."""
    found = find_dois(text, limit=1)
    return found[0] if found else None


def doi_url(doi: str, resolver: str = DEFAULT_RESOLVER) -> str:
    """``https://doi.org/10.1000/x`` for a DOI (through ``resolver``)."""
    from urllib.parse import quote

    return resolver.rstrip("/") + "/" + quote(doi, safe="/:;()._-<>[]")
