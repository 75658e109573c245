"""References as printed: what BibTeX and biber add to an entry when they
format it, for every output that cannot say it otherwise (formatted lists,
CSL-JSON, RIS). The library keeps entries as written; ``library.bib`` and
BibTeX exports keep these fields as they are.

- ``crossref``: a paper in proceedings is often written with only its own
  fields and ``crossref = {conf2019}``, the proceedings entry holding the
  book's title, editors, publisher and year; the child takes what it lacks
  from its parent::

    >>> parent = {"id": "conf", "type": "book", "title": "Proc. of Mentoring", "publisher": "ACM",
    ...           "issued": {"date-parts": [[2019]]}, "editor": [{"family": "Oak"}]}
    >>> child = {"id": "p1", "type": "paper-conference", "title": "A paper",
    ...          "custom": {"bibtex": {"crossref": "conf"}}}
    >>> got = resolve([child], [parent, child])[0]
    >>> got["container-title"], got["publisher"], got["issued"], got["editor"]
    ('Proc. of Mentoring', 'ACM', {'date-parts': [[2019]]}, [{'family': 'Oak'}])

  The parent's title becomes the child's container title (BibTeX's
  ``booktitle``); its author becomes the container's author and, where the
  child has none (an ``@inbook``), the child's. Fields of the child always
  win; a chain of crossrefs is followed up to four levels, a cycle is not.
  ``xref`` only points at a parent and inherits nothing, as in biblatex.
- biblatex's ``subtitle`` and ``titleaddon`` join the title as biblatex
  prints them, ``Title: Subtitle. Addon`` (``booksubtitle`` the container's,
  ``journalsubtitle`` the journal's)::

    >>> resolve([{"id": "b", "type": "book", "title": "Mentoring",
    ...           "custom": {"bibtex": {"subtitle": "A guide", "titleaddon": "Second thoughts"}}}])[0]["title"]
    'Mentoring: A guide. Second thoughts'

- BibTeX's ``and others`` is no author named "others"::

    >>> resolve([{"id": "s", "author": [{"family": "Smith", "given": "J."}, {"literal": "others"}]}])[0]["author"]
    [{'family': 'Smith', 'given': 'J.'}]

- biblatex's ``langid`` (or ``hyphenation``) is the language CSL reads, as
  BCP 47, where the item has none (so a German title keeps its capitals)::

    >>> resolve([{"id": "n", "custom": {"bibtex": {"langid": "ngerman"}}}])[0]["language"]
    'de-DE'

- An arXiv preprint is a preprint posted on arXiv, however the tool that
  wrote it said so: ``eprint`` with ``archivePrefix``/``eprinttype`` arXiv
  (arXiv's own export, biblatex), DBLP's ``journal = {CoRR}`` with
  ``volume = {abs/...}``, Google Scholar's ``journal = {arXiv preprint
  arXiv:...}``; printed as APA and Zotero print one (``arXiv.`` and its
  link), not as a journal article in "CoRR" or a document::

    >>> got = resolve([{"id": "v", "type": "article-journal", "title": "Attention", "container-title": "CoRR",
    ...                 "volume": "abs/1706.03762", "custom": {"bibtex": {"eprint": "1706.03762", "eprinttype": "arXiv"}}}])[0]
    >>> got["type"], got["publisher"], got["URL"], "container-title" in got, "volume" in got
    ('article', 'arXiv', 'https://arxiv.org/abs/1706.03762', False, False)
"""

from __future__ import annotations

import re
from typing import Iterable

__all__ = ["resolve", "crossref_of", "is_container"]

# What a child takes from its parent when it has none of its own.
_INHERITED = ("issued", "publisher", "publisher-place", "editor", "volume", "number-of-volumes",
              "collection-title", "collection-number", "collection-editor", "ISBN", "ISSN", "event-title",
              "event-place", "event-date", "language", "edition", "container-title-short", "translator")
_MAX_DEPTH = 4


def _bibtex_fields(item: dict) -> dict:
    """The fields of an item's BibTeX entry CSL has no variable for (``custom["bibtex"]``); {} when none."""
    custom = item.get("custom") if isinstance(item.get("custom"), dict) else {}
    return custom.get("bibtex") if isinstance(custom.get("bibtex"), dict) else {}


def crossref_of(item: dict) -> str | None:
    """The key an item's ``crossref`` field names, or None."""
    bib = _bibtex_fields(item)
    value = bib.get("crossref")
    if not isinstance(value, str):
        return None
    key = value.strip().strip("{}").strip()
    return key or None


def resolve(items: list[dict], library: Iterable[dict] | None = None) -> list[dict]:
    """``items`` with what each child lacks taken from its crossref parent
    (looked up among ``library``, or ``items`` themselves). Items without a
    crossref come back as they are (the same objects)."""
    by_key = {str(i.get("id")): i for i in (library if library is not None else items)}
    by_key.update({str(i.get("id")): i for i in items})
    return [_resolved(item, by_key) for item in items]


def _resolved(item: dict, by_key: dict[str, dict]) -> dict:
    seen = {str(item.get("id"))}
    out = _with_language(_as_preprint(_with_xdata(_first_url(_without_others(_with_subtitles(item))), by_key)))
    parent_key = crossref_of(item)
    for _ in range(_MAX_DEPTH):
        if parent_key is None or parent_key in seen or parent_key not in by_key:
            break
        seen.add(parent_key)
        parent = _without_others(_with_subtitles(by_key[parent_key]))
        out = _inherit(out, parent)
        parent_key = crossref_of(parent)
    return out


def is_container(item: dict) -> bool:
    """A biblatex ``@set`` (a group of other entries) or ``@xdata`` (fields
    for other entries to take): no work of its own, so never printed as a
    reference."""
    custom = item.get("custom") if isinstance(item.get("custom"), dict) else {}
    return str(custom.get("bibtex-type") or "").lower() in ("set", "xdata")


def _with_xdata(item: dict, by_key: dict[str, dict]) -> dict:
    """biblatex's ``xdata = {a, b}``: every field of those ``@xdata``
    entries the item lacks (an xdata entry may name xdata of its own)."""
    out = item
    pending = _xdata_keys(item)
    seen: set[str] = set()
    while pending and len(seen) < 16:
        key = pending.pop(0)
        source = by_key.get(key)
        if key in seen or source is None:
            continue
        seen.add(key)
        for variable, value in source.items():
            if variable not in ("id", "type", "custom") and variable not in out:
                out = dict(out) if out is item else out
                out[variable] = value
        pending += _xdata_keys(source)
    return out


def _xdata_keys(item: dict) -> list[str]:
    bib = _bibtex_fields(item)
    value = bib.get("xdata")
    return [k.strip() for k in value.split(",") if k.strip()] if isinstance(value, str) else []


def _inherit(child: dict, parent: dict) -> dict:
    merged = dict(child)
    if "container-title" not in merged and parent.get("title"):
        merged["container-title"] = parent["title"]
    if parent.get("author"):
        merged.setdefault("container-author", parent["author"])
        merged.setdefault("author", parent["author"])
    for variable in _INHERITED:
        if variable not in merged and variable in parent:
            merged[variable] = parent[variable]
    return merged


def _first_url(item: dict) -> dict:
    """A ``url`` holding several links (Mendeley writes them so, separated
    by blanks) is printed with its first."""
    from refs.values.urls import split_urls

    urls = split_urls(item.get("URL"))
    return {**item, "URL": urls[0]} if len(urls) > 1 else item


_NAME_VARIABLES = ("author", "editor", "translator", "container-author", "collection-editor", "director",
                   "interviewer", "recipient", "reviewed-author", "composer", "illustrator")


def _without_others(item: dict) -> dict:
    """BibTeX's ``and others`` (more authors, unnamed) is no person: the
    names it ends are printed without it, as Zotero imports them, not as an
    author called "others"."""
    out = item
    for variable in _NAME_VARIABLES:
        names = item.get(variable)
        if isinstance(names, list) and any(_is_others(n) for n in names):
            kept = [n for n in names if not _is_others(n)]
            out = dict(out) if out is item else out
            if kept:
                out[variable] = kept
            else:
                del out[variable]
    return out


def _is_others(name: object) -> bool:
    return isinstance(name, dict) and str(name.get("literal") or name.get("family") or "").strip().lower() == "others" \
        and not name.get("given")


# (field of the entry, CSL variable it continues, how it joins)
_SUBTITLES = (("subtitle", "title", ": "), ("titleaddon", "title", ". "),
              ("booksubtitle", "container-title", ": "), ("booktitleaddon", "container-title", ". "),
              ("journalsubtitle", "container-title", ": "), ("mainsubtitle", "volume-title", ": "))


def _with_subtitles(item: dict) -> dict:
    custom = item.get("custom") if isinstance(item.get("custom"), dict) else {}
    bib = custom.get("bibtex") if isinstance(custom.get("bibtex"), dict) else {}
    if not any(field in bib for field, _, _ in _SUBTITLES):
        return item
    from refs.values.latex import decode_title

    out = dict(item)
    rest = dict(bib)
    for field, variable, joint in _SUBTITLES:
        text = bib.get(field)
        if isinstance(text, str) and text.strip() and isinstance(out.get(variable), str) and out[variable]:
            head = out[variable].rstrip()
            joint = joint.strip() + " " if not head.endswith(("?", "!", ":", ".")) else " "
            out[variable] = head + joint + decode_title(text)
            del rest[field]  # joined once: resolved again (export, then format), it is not joined twice
    out["custom"] = {**custom, "bibtex": rest} if rest else {k: v for k, v in custom.items() if k != "bibtex"}
    if not out["custom"]:
        del out["custom"]
    return out


_ARXIV_ID = r"((?:\d{4}\.\d{4,5}|[a-z][a-z.-]*/\d{7})(?:v\d+)?)"
_ARXIV_CONTAINER = re.compile(r"(?:arxiv(?:\s+preprint)?|corr)(?:\s*,?\s*(?:arxiv:|abs/)?\s*" + _ARXIV_ID + r")?",
                              re.I)
_ARXIV_VOLUME = re.compile(r"abs/" + _ARXIV_ID, re.I)
# Types an arXiv posting is written as when the tool has no preprint type.
_PREPRINT_TYPES = frozenset({"article", "document", "webpage", "manuscript", "report", "article-journal"})


def _arxiv_id(item: dict) -> tuple[str | None, bool]:
    """The arXiv identifier of an item and whether its container only says
    "arXiv" (CoRR, "arXiv preprint arXiv:..."), which is then no journal."""
    bib = _bibtex_fields(item)
    kind = str(bib.get("eprinttype") or bib.get("archiveprefix") or "").strip().lower()
    eprint = str(bib.get("eprint") or "").strip() if kind == "arxiv" else ""
    container = item.get("container-title")
    m = _ARXIV_CONTAINER.fullmatch(container.strip()) if isinstance(container, str) else None
    if m and not eprint:
        volume = _ARXIV_VOLUME.fullmatch(str(item.get("volume") or "").strip())
        eprint = m.group(1) or (volume.group(1) if volume else "")
    return eprint or None, m is not None


def _as_preprint(item: dict) -> dict:
    """An arXiv posting printed as the preprint it is (see the module's notes);
    an article a journal published, with its arXiv eprint beside, is left so."""
    eprint, arxiv_container = _arxiv_id(item)
    if eprint is None or item.get("type") not in _PREPRINT_TYPES:
        return item
    if item.get("type") == "article-journal" and not arxiv_container:
        return item
    out = dict(item, type="article")
    if arxiv_container:
        out.pop("container-title", None)
        if _ARXIV_VOLUME.fullmatch(str(out.get("volume") or "").strip()):
            del out["volume"]
    out.setdefault("publisher", "arXiv")
    if not out.get("DOI") and not out.get("URL"):
        out["URL"] = f"https://arxiv.org/abs/{eprint}"
    return out


# biblatex's (babel's and polyglossia's) language names as BCP 47.
_LANGIDS = {
    "english": "en", "american": "en-US", "USenglish": "en-US", "british": "en-GB", "UKenglish": "en-GB",
    "canadian": "en-CA", "australian": "en-AU", "newzealand": "en-NZ", "german": "de", "ngerman": "de-DE",
    "austrian": "de-AT", "naustrian": "de-AT", "swissgerman": "de-CH", "nswissgerman": "de-CH",
    "french": "fr", "francais": "fr", "spanish": "es", "catalan": "ca", "italian": "it", "portuguese": "pt",
    "brazil": "pt-BR", "brazilian": "pt-BR", "dutch": "nl", "danish": "da", "norwegian": "nb", "norsk": "nb",
    "nynorsk": "nn", "swedish": "sv", "finnish": "fi", "icelandic": "is", "polish": "pl", "czech": "cs",
    "slovak": "sk", "slovene": "sl", "croatian": "hr", "serbian": "sr", "russian": "ru", "ukrainian": "uk",
    "bulgarian": "bg", "greek": "el", "latin": "la", "hungarian": "hu", "magyar": "hu", "romanian": "ro",
    "turkish": "tr", "hebrew": "he", "arabic": "ar", "estonian": "et", "latvian": "lv", "lithuanian": "lt",
    "basque": "eu", "galician": "gl", "irish": "ga", "welsh": "cy", "japanese": "ja", "chinese": "zh",
    "korean": "ko",
}
_LANGIDS_LOWER = {k.lower(): v for k, v in _LANGIDS.items()}
_VARIANTS = {"american": "en-US", "british": "en-GB", "australian": "en-AU", "canadian": "en-CA"}


def _with_language(item: dict) -> dict:
    if item.get("language"):
        return item
    bib = _bibtex_fields(item)
    name = str(bib.get("langid") or bib.get("hyphenation") or "").strip().lower()
    language = _LANGIDS_LOWER.get(name)
    if language is None:
        return item
    variant = re.search(r"variant\s*=\s*(\w+)", str(bib.get("langidopts") or ""))
    if language == "en" and variant and variant.group(1).lower() in _VARIANTS:
        language = _VARIANTS[variant.group(1).lower()]
    return {**item, "language": language}
