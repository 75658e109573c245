"""The reference model's vocabulary: CSL 1.0.2 item types and variables,
the few of our own, and the checks a value given by a user must pass.

A reference is a CSL-JSON item (see :mod:`refs.model`). Every variable is of
one kind, which decides how each format writes it::

    >>> kind_of("author"), kind_of("issued"), kind_of("call-number"), kind_of("handle"), kind_of("nonsense")
    ('name', 'date', 'text', 'text', None)

Our own variables: ``handle`` (a social-media author's handle, ``@CDCgov``),
``archived_url`` and ``archived_date`` (a snapshot of the cited page in a web
archive), ``zotero_key`` (the Zotero item a reference was imported from:
:mod:`refs.zotero`).

:func:`user_field` reads ``name=value`` as typed on the command line, with
friendly aliases (``url``, ``doi``, ``date``, ``journal``, ...), and refuses
names and values that would store junk, suggesting the right name::

    >>> user_field("titel", "x")
    Traceback (most recent call last):
    ...
    refs.errors.BadInput: titel: not a field of a reference; did you mean 'title'? ...
"""

from __future__ import annotations

import difflib
import re

from refs.errors import BadInput

__all__ = ["CSL_TYPES", "NAME_VARIABLES", "DATE_VARIABLES", "TEXT_VARIABLES", "OUR_VARIABLES",
           "kind_of", "user_field", "check_type"]

CSL_TYPES = frozenset(
    "article article-journal article-magazine article-newspaper bill book broadcast chapter "
    "classic collection dataset document entry entry-dictionary entry-encyclopedia event "
    "figure graphic hearing interview legal_case legislation manuscript map motion_picture "
    "musical_score pamphlet paper-conference patent performance periodical personal_communication "
    "post post-weblog regulation report review review-book software song speech standard "
    "thesis treaty webpage".split())

NAME_VARIABLES = frozenset(
    "author chair collection-editor compiler composer container-author contributor curator director "
    "editor editorial-director executive-producer guest host illustrator interviewer narrator "
    "organizer original-author performer producer recipient reviewed-author script-writer "
    "series-creator translator".split())

DATE_VARIABLES = frozenset("accessed available-date event-date issued original-date submitted".split())

# Standard and number variables of CSL 1.0.2 (numbers are strings here, as
# people write them: "12-34", "e0123").
TEXT_VARIABLES = frozenset(
    "abstract annote archive archive_collection archive_location archive-place authority call-number "
    "chapter-number citation-key citation-label citation-number collection-number collection-title "
    "container-title container-title-short dimensions division DOI edition event event-place "
    "event-title first-reference-note-number genre ISBN ISSN issue jurisdiction keyword language "
    "license locator medium note number number-of-pages number-of-volumes original-publisher "
    "original-publisher-place original-title page page-first part-number part-title PMCID PMID "
    "printing-number publisher publisher-place references reviewed-genre reviewed-title scale "
    "section source status supplement-number title title-short URL version volume volume-title "
    "year-suffix".split())

OUR_VARIABLES = {"handle": "text", "archived_url": "text", "archived_date": "date", "zotero_key": "text"}


def kind_of(variable: str) -> str | None:
    """``name``, ``date`` or ``text`` for a variable of the model; None for others."""
    if variable in NAME_VARIABLES:
        return "name"
    if variable in DATE_VARIABLES:
        return "date"
    if variable in TEXT_VARIABLES:
        return "text"
    return OUR_VARIABLES.get(variable)


# Names people type for variables (any case).
ALIASES = {
    "url": "URL", "doi": "DOI", "isbn": "ISBN", "issn": "ISSN", "pmid": "PMID", "pmcid": "PMCID",
    "date": "issued", "year": "issued", "accessed": "accessed", "urldate": "accessed",
    "container": "container-title", "journal": "container-title", "site": "container-title",
    "booktitle": "container-title", "pages": "page", "key": "id", "keywords": "keyword",
    "address": "publisher-place", "location": "publisher-place", "series": "collection-title",
    "shorttitle": "title-short", "institution": "publisher", "school": "publisher",
}


def _all_names() -> list[str]:
    return sorted({*NAME_VARIABLES, *DATE_VARIABLES, *TEXT_VARIABLES, *OUR_VARIABLES, *ALIASES, "type", "id"})


def user_field(name: str, value: str) -> tuple[str, object]:
    """A command line's ``name=value`` as a CSL variable and its value (None
    removes the field). Raises :class:`BadInput` for an unknown name, a
    date that is none, a type CSL does not know."""
    from refs.values.dates import parse_date
    from refs.values.names import parse_people

    where = name
    csl = ALIASES.get(name.lower(), name)
    if csl.lower() in {v.lower() for v in TEXT_VARIABLES} and csl not in TEXT_VARIABLES:
        csl = next(v for v in TEXT_VARIABLES if v.lower() == csl.lower())
    if csl not in ("type", "id") and kind_of(csl) is None:
        near = difflib.get_close_matches(name.lower(), [n.lower() for n in _all_names()], n=1, cutoff=0.7)
        hint = f"did you mean {near[0]!r}? " if near else ""
        raise BadInput(f"not a field of a reference; {hint}Fields are CSL variables (title, author, issued, "
                       "container-title, publisher, volume, page, URL, DOI, ...) or url, doi, date, journal, "
                       "pages", source=where)
    if value == "":
        return csl, None
    if csl == "type":
        return csl, check_type(value, where)
    if csl in ("URL", "archived_url"):
        return csl, _checked_url(value, where)
    if csl == "DOI":
        from refs.values.doi import normalise_doi

        doi = normalise_doi(value)
        if doi is None:
            raise BadInput(f"{value!r} is not a DOI (10.prefix/suffix, doi:..., or https://doi.org/...)",
                           source=where)
        return csl, doi
    kind = kind_of(csl)
    if kind == "name":
        return csl, parse_people(value)
    if kind == "date":
        date = parse_date(value)
        if not date or "date-parts" not in date:
            raise BadInput(f"{value!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD (a range as "
                           "2019-03-04/2019-03-06)", source=where)
        return csl, date
    if csl in ("page", "page-first", "number-of-pages"):
        return csl, range_dashes(value)     # as people used to .bib files type it: pages=2--11
    return csl, value


_RANGE_DASH = re.compile(r"(?<=\w)\s*-{2,3}\s*(?=\w)")


def range_dashes(text: str) -> str:
    """BibTeX's range dash (``--``, or ``---``) between two page numbers as a hyphen: ``12--34`` -> ``12-34``."""
    return _RANGE_DASH.sub("-", text)


def _checked_url(value: str, where: str) -> str:
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(value.strip())
        parts.port  # raises for a port that is not a number in range
    except ValueError as exc:
        raise BadInput(f"{value!r} is not a URL ({exc})", source=where) from None
    if parts.scheme.lower() not in ("http", "https", "ftp") or not parts.hostname:
        raise BadInput(f"{value!r} is not a web address: give one that starts with http:// or https://",
                       source=where)
    return value.strip()


def check_type(value: str, where: str = "type") -> str:
    """A CSL item type, or :class:`BadInput` naming the closest ones."""
    if value in CSL_TYPES:
        return value
    near = difflib.get_close_matches(value.lower(), sorted(CSL_TYPES), n=3, cutoff=0.5)
    hint = f"did you mean {', '.join(repr(n) for n in near)}? " if near else ""
    raise BadInput(f"{value!r} is not a CSL item type; {hint}Types: {', '.join(sorted(CSL_TYPES))}",
                   source=where)


def clean_item(item: dict) -> tuple[dict, list[str]]:
    """An item as another program may have left it in ``refs.json`` or a
    CSL-JSON file (a number as a family name, an object as a title), in the
    shapes every reader and writer of ours expects: names as lists of name
    objects of text, dates as CSL dates (:func:`_date_ok`), other variables
    as text or numbers. Nothing is dropped: a value that cannot be read as
    its kind is kept as its text. Returns the item (the same object when
    nothing was wrong) and what was changed."""
    import json

    from refs.values.names import parse_person

    fixes: list[str] = []
    out = dict(item)
    if not isinstance(out.get("type"), str) or not out["type"]:
        fixes.append(f"type {out.get('type')!r} is not a CSL type; read as document")
        out["type"] = "document"
    for variable, value in item.items():
        kind = kind_of(variable)
        if kind == "name" and not _names_ok(value):
            people = value if isinstance(value, list) else [value]
            out[variable] = [_name(p, parse_person) for p in people if p not in (None, "", {})]
            fixes.append(f"{variable} was not a list of names; read as {out[variable]!r}")
        elif kind == "date" and not (isinstance(value, dict) and _date_ok(value)):
            out[variable] = _as_date(value)
            fixes.append(f"{variable} was not a date; read as {out[variable]!r}")
        elif kind == "text" and not (isinstance(value, (str, int, float)) and not isinstance(value, bool)):
            out[variable] = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
            fixes.append(f"{variable} was not text; kept as {out[variable]!r}")
    return (out if fixes else item), fixes


def _names_ok(value) -> bool:
    return isinstance(value, list) and all(
        isinstance(n, dict) and all(isinstance(v, str) for k, v in n.items() if k in _NAME_PARTS) for n in value)


# The parts of a CSL name that are text; others (Crossref's "affiliation", "sequence") are kept as they are.
_NAME_PARTS = frozenset({"family", "given", "literal", "suffix", "dropping-particle", "non-dropping-particle"})


def _name(value, parse_person) -> dict:
    if isinstance(value, dict):
        return {k: v if isinstance(v, str) or k not in _NAME_PARTS else str(v) for k, v in value.items()
                if v is not None}
    return parse_person(str(value)) or {"literal": str(value)}


def _as_date(value) -> dict:
    """A date that is not one of :func:`_date_ok`'s as the best CSL date we
    can make of it: read again (``{"date-parts": [["2013", "2"]]}``), else
    its parts as text (``[["c. 1900"]]`` -> ``c. 1900``), else its JSON text,
    as ``raw``."""
    import json

    from refs.values.dates import from_csl

    fixed = from_csl(value) if isinstance(value, (str, int, dict)) and not isinstance(value, bool) else None
    if isinstance(fixed, dict) and _date_ok(fixed):
        return fixed
    parts = value.get("date-parts") if isinstance(value, dict) else None
    if isinstance(parts, list) and parts and all(
            isinstance(p, list) and p and all(isinstance(n, (str, int)) for n in p) for p in parts):
        text = "/".join("-".join(str(n) for n in p) for p in parts)
        fixed = from_csl(text)
        return fixed if isinstance(fixed, dict) and _date_ok(fixed) else {"raw": text}
    return {"raw": json.dumps(value, ensure_ascii=False)}


def _date_ok(value: dict) -> bool:
    """A CSL date every formatter of ours reads: ``date-parts`` a list of one
    or two lists of one to three whole numbers (year, month, day), ``raw``
    and ``literal`` text."""
    parts = value.get("date-parts")
    if parts is not None and not (
            isinstance(parts, list) and 1 <= len(parts) <= 2 and all(
                isinstance(p, list) and 1 <= len(p) <= 3 and all(type(n) is int for n in p) for p in parts)):
        return False
    return all(isinstance(value.get(k), str) for k in ("raw", "literal") if k in value)
