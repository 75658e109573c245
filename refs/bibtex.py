"""BibTeX/biblatex entries <-> CSL-JSON items.

Blocks are read by :mod:`refs.bibentry` (BibTeX's own rules) and written by
:mod:`refs.bibedit`; this module maps fields to CSL variables and back.
Parsing is per block (see :mod:`refs.bibfile`), so a sync reparses only what
changed::

    >>> parsed = parse_entry_block('@online{barr2013, title={How to Find a {Mentor}}, '
    ...                            'author={Barr, Jane}, date={2013-02-25}, url={https://x.org/a}}', {})
    >>> parsed.item["type"], parsed.item["author"]
    ('webpage', [{'family': 'Barr', 'given': 'Jane'}])

Mapping (biblatex first, classic BibTeX second): ``@article`` <-> article-journal
(``entrysubtype`` magazine/newspaper), ``@online`` (classic: ``@misc``) <->
webpage, and ``@online`` with ``entrysubtype = {weblog}`` <-> post-weblog;
``@incollection`` <-> chapter, ``@inproceedings`` <-> paper-conference,
``@report``/``@techreport`` <-> report, ``@thesis``/``@phdthesis`` <-> thesis.
A CSL type with no entry type of its own is written as ``@misc`` with
``entrysubtype`` naming it. An entry type that maps to a CSL type another
entry type is written for (``@proceedings`` and ``@collection`` are books)
is remembered in ``custom["bibtex-type"]`` and written back, as is one we
don't know (``@wrong``, read as ``document``). For journal articles
``number`` is the issue and ``eid`` the article number (CSL ``number``).
A social post's ``handle`` and an archived copy's ``archived_url`` and
``archived_date`` are fields of their own. Fields we don't map are kept as
written (LaTeX and all) under ``custom.bibtex`` and written back.

Writing an entry that already exists in the file changes only the fields whose
rendering changed (:func:`update_block`), in the entry's own layout, so a
hand-made entry keeps its dialect, its macros and its other values as they were.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field

from refs.bibentry import EntryError, RawEntry, parse_entry, parse_string_block, resolve_parts
from refs.fields import CSL_TYPES, kind_of, range_dashes
from refs.values import dates, latex, names
from refs.values.months import MACROS

# --- entry types -----------------------------------------------------------

# CSL type -> (biblatex type, classic type, entrysubtype)
_TYPE_OUT: dict[str, tuple[str, str, str | None]] = {
    "article-journal": ("article", "article", None),
    "article": ("article", "article", "article"),
    "article-magazine": ("article", "article", "magazine"),
    "article-newspaper": ("article", "article", "newspaper"),
    "book": ("book", "book", None),
    "chapter": ("incollection", "incollection", None),
    "paper-conference": ("inproceedings", "inproceedings", None),
    "report": ("report", "techreport", None),
    "thesis": ("thesis", "phdthesis", None),
    "webpage": ("online", "misc", None),
    "post-weblog": ("online", "misc", "weblog"),
    "post": ("online", "misc", "post"),
    "manuscript": ("unpublished", "unpublished", None),
    "dataset": ("dataset", "misc", None),
    "software": ("software", "misc", None),
    "patent": ("patent", "misc", None),
    "periodical": ("periodical", "misc", None),
    "document": ("misc", "misc", None),
}

# lower-cased entry type -> CSL type
_TYPE_IN: dict[str, str] = {
    "article": "article-journal",
    "book": "book", "mvbook": "book", "booklet": "book", "proceedings": "book",
    "mvproceedings": "book", "collection": "book", "mvcollection": "book",
    "reference": "book", "mvreference": "book",
    "inbook": "chapter", "incollection": "chapter", "bookinbook": "chapter",
    "suppbook": "chapter", "suppcollection": "chapter", "inreference": "chapter",
    "inproceedings": "paper-conference", "conference": "paper-conference",
    "report": "report", "techreport": "report", "manual": "report",
    "thesis": "thesis", "phdthesis": "thesis", "mastersthesis": "thesis",
    "online": "webpage", "electronic": "webpage", "www": "webpage",
    "unpublished": "manuscript",
    "misc": "document",
    "dataset": "dataset", "software": "software", "patent": "patent",
    "periodical": "periodical", "suppperiodical": "article-journal",
}

_SUBTYPE_IN = {
    ("article", "magazine"): "article-magazine",
    ("article", "newspaper"): "article-newspaper",
    ("online", "weblog"): "post-weblog",
    ("online", "post"): "post",
}

_CONTAINER_OUT = {
    "article-journal": ("journaltitle", "journal"), "article": ("journaltitle", "journal"),
    "article-magazine": ("journaltitle", "journal"), "article-newspaper": ("journaltitle", "journal"),
    "periodical": ("journaltitle", "journal"),
    "chapter": ("booktitle", "booktitle"), "paper-conference": ("booktitle", "booktitle"),
    "webpage": ("organization", "howpublished"), "post-weblog": ("organization", "howpublished"),
    "post": ("organization", "howpublished"),
}

_ISSUE_TYPES = frozenset({"article-journal", "article", "article-magazine", "article-newspaper", "periodical"})
_PUBLISHER_AS_INSTITUTION = frozenset({"report", "thesis"})
_WEB_TYPES = frozenset({"webpage", "post-weblog", "post"})

# Plain text fields: CSL variable <-> (biblatex field, classic field)
_TEXT_FIELDS: list[tuple[str, str, str]] = [
    ("title-short", "shorttitle", "shorttitle"),
    ("collection-title", "series", "series"),
    ("volume", "volume", "volume"),
    ("edition", "edition", "edition"),
    ("publisher-place", "location", "address"),
    ("genre", "type", "type"),
    ("event-title", "eventtitle", "eventtitle"),
    ("event-place", "venue", "venue"),
    ("container-title-short", "shortjournal", "shortjournal"),
    ("ISBN", "isbn", "isbn"),
    ("ISSN", "issn", "issn"),
    ("abstract", "abstract", "abstract"),
    ("note", "note", "note"),
    ("keyword", "keywords", "keywords"),
    ("language", "language", "language"),
    ("PMID", "pmid", "pmid"),
    ("PMCID", "pmcid", "pmcid"),
    ("original-title", "origtitle", "origtitle"),
    ("number-of-pages", "pagetotal", "pagetotal"),
    ("number-of-volumes", "volumes", "volumes"),
    ("chapter-number", "chapter", "chapter"),
    ("status", "pubstate", "pubstate"),
    ("version", "version", "version"),
    ("handle", "handle", "handle"),
]
# field -> (CSL variable, the field that wins when both dialects' names are there)
_TEXT_BY_FIELD = {**{cl: (c, bl) for c, bl, cl in _TEXT_FIELDS}, **{bl: (c, bl) for c, bl, cl in _TEXT_FIELDS}}
_NAME_FIELDS = [("author", "author"), ("editor", "editor"), ("translator", "translator"),
                ("container-author", "bookauthor")]
_VERBATIM_FIELDS = [("URL", "url"), ("DOI", "doi"), ("archived_url", "archived_url")]
_VERBATIM_NAMES = frozenset(b for _, b in _VERBATIM_FIELDS)
# Fields whose LaTeX decoding drops what encoding cannot give back (a user's
# macro, \href's target, \hyphen): field -> the value as written, which the
# writer keeps while the variable still holds what it decodes to.
_AS_WRITTEN = "bibtex-as-written"
_TITLE_FIELDS = frozenset({"title", "journaltitle", "journal", "booktitle"})  # read with decode_title
# Dates besides issued: CSL variable <-> field (ISO or EDTF).
_DATE_FIELDS = [("accessed", "urldate"), ("archived_date", "archived_date"), ("original-date", "origdate"),
                ("event-date", "eventdate")]

_MASTERS = "Master's thesis"

# CSL variables the tables above (and the code below) write.
_MAPPED = frozenset({"title", "container-title", "issued", "publisher", "issue", "number", "page",
                     *(c for c, _, _ in _TEXT_FIELDS), *(c for c, _ in _NAME_FIELDS),
                     *(c for c, _ in _VERBATIM_FIELDS), *(c for c, _ in _DATE_FIELDS)})


@dataclass
class ParsedEntry:
    """One entry block read into a CSL item. ``raw`` is the block as read,
    with the spans of its fields, for minimal rewrites (None when the block
    was parsed in another process)."""

    key: str
    entry_type: str
    item: dict
    raw: RawEntry | None
    warnings: list[str] = field(default_factory=list)


class BlockParseError(ValueError):
    """Raised by :func:`parse_entry_block` when a block breaks BibTeX's
    syntax; ``line`` is the 0-based line inside the block where reading stopped."""

    def __init__(self, message: str, line: int = 0):
        super().__init__(message)
        self.line = line


# --- values ----------------------------------------------------------------


# What exporters escape in a URL that biblatex reads verbatim: Mendeley's
# ``{\_}`` and ``{\%}``, ``\~{}``, ``\textasciitilde``, and the same again
# escaped once more (``e\{_\}057``, seen in a Mendeley library re-exported).
_URL_ESCAPE = re.compile(r"\\([_%&#$~{}])|\\text(asciitilde|underscore)(?![A-Za-z])")
_URL_COMMAND = {"asciitilde": "~", "underscore": "_"}


def _decode_url(text: str) -> str:
    text = text.strip()
    if text.startswith("\\url{") and text.endswith("}"):
        text = text[5:-1]
    text = _URL_ESCAPE.sub(lambda m: _URL_COMMAND[m[2]] if m[2] else ("" if m[1] in "{}" else m[1]), text)
    return text.replace("{", "").replace("}", "")


def _encode_url(text: str) -> str:
    return text.replace("{", "%7B").replace("}", "%7D").replace("\\", "%5C")


def _decode_pages(text: str) -> str:
    """``12--34`` -> ``12-34`` (BibTeX's range dash between two page numbers)."""
    return range_dashes(latex.decode_latex(text, dashes=False))


def _encode_pages(text: str, ascii: bool) -> str:
    return re.sub(r"(?<=\w)-(?=\w)", "--", latex.encode_latex(text, ascii=ascii))


_EDTF = re.compile(r"[0-9X~?%/.\-\s]+")


def _date_text(value: str) -> str:
    """A date field's text: EDTF as written (its ``~`` is "circa", not a tie), else LaTeX decoded."""
    return value.strip() if _EDTF.fullmatch(value) else latex.decode_latex(value)


def _braced(text: str) -> str:
    return "{" + text + "}"


# --- reading ---------------------------------------------------------------


def parse_strings(raws: list[str]) -> tuple[dict[str, str], list[tuple[int, str]]]:
    """``@string`` blocks, in file order, to ``{name: text}`` (lower-case
    names; a later block may use an earlier one). Returns the macros and,
    for blocks that cannot be read, ``(index, reason)``."""
    out: dict[str, str] = {}
    problems: list[tuple[int, str]] = []
    for i, raw in enumerate(raws):
        try:
            name, parts = parse_string_block(raw)
        except EntryError as exc:
            problems.append((i, str(exc)))
            continue
        value, _ = resolve_parts(parts, out)
        out[name.lower()] = value
    return out, problems


def parse_entry_block(raw: str, strings: dict[str, str]) -> ParsedEntry:
    """Parse one entry block's text. Raises :class:`BlockParseError` (with
    the line in the block) when the block is not one well-formed entry."""
    try:
        entry = parse_entry(raw)
    except EntryError as exc:
        raise BlockParseError(str(exc), raw.count("\n", 0, exc.offset)) from None
    try:
        item, warnings = fields_to_item(entry.entry_type, entry.key,
                                        [(f.name, f.parts) for f in entry.fields], strings)
    except RecursionError:
        # The LaTeX reader goes one call deeper per brace: thousands of nested
        # braces (a generated or damaged file) are no text this entry can mean.
        raise BlockParseError(f"braces nested {_brace_depth(raw)} deep, too deep to read") from None
    return ParsedEntry(entry.key, entry.entry_type, item, entry, warnings)


def _brace_depth(text: str) -> int:
    depth = deepest = 0
    for c in re.sub(r"\\[{}]", "", text):
        if c == "{":
            depth += 1
            deepest = max(deepest, depth)
        elif c == "}":
            depth -= 1
    return deepest


# Below this many blocks, starting worker processes costs more than it saves.
PARALLEL_MIN_BLOCKS = 1500


def parse_entry_blocks(raws: list[str], strings: dict[str, str]) -> list[ParsedEntry | BlockParseError]:
    """:func:`parse_entry_block` over many blocks, in order; a block that
    fails gives its :class:`BlockParseError` in its place. Large batches (a
    first sync of a big file) are shared out over the machine's cores."""
    workers = min(os.cpu_count() or 1, 8)
    if len(raws) < PARALLEL_MIN_BLOCKS or workers < 2:
        return _parse_chunk(raws, strings)
    from refs.workers import worker_pool

    size = -(-len(raws) // workers)
    chunks = [raws[k:k + size] for k in range(0, len(raws), size)]
    try:
        # Workers that exit with this process and hold none of its locks (refs.workers, refs.lock).
        pool = worker_pool(len(chunks) - 1, "fork")
    except ValueError:
        return _parse_chunk(raws, strings)
    with pool:
        futures = [pool.submit(_parse_chunk_json, chunk, strings) for chunk in chunks[1:]]
        out = _parse_chunk(chunks[0], strings)  # this process takes a share too
        for f in futures:
            out.extend(_from_json(f.result()))
    return out


def _parse_chunk_json(raws: list[str], strings: dict[str, str]) -> bytes:
    """A worker's share, sent back as JSON: several times cheaper than
    pickling the dataclasses. The raw entries stay behind (a rewrite
    reparses its one block)."""
    import orjson  # the fastest way a worker's share comes back

    return orjson.dumps([[p.key, p.entry_type, p.item, p.warnings] if isinstance(p, ParsedEntry)
                       else {"error": str(p), "line": p.line}
                       for p in _parse_chunk(raws, strings)])


def _from_json(text: bytes) -> list[ParsedEntry | BlockParseError]:
    import orjson

    return [ParsedEntry(r[0], r[1], r[2], None, r[3]) if isinstance(r, list) else BlockParseError(r["error"], r["line"])
            for r in orjson.loads(text)]


def _parse_chunk(raws: list[str], strings: dict[str, str]) -> list[ParsedEntry | BlockParseError]:
    out: list[ParsedEntry | BlockParseError] = []
    for raw in raws:
        try:
            out.append(parse_entry_block(raw, strings))
        except BlockParseError as exc:
            out.append(exc)
    return out


def _field_texts(raw_fields: list[tuple[str, list]], strings: dict[str, str]) -> tuple[dict[str, str], list[str]]:
    """Lower-case field name -> LaTeX text (macros resolved; the first of
    repeated fields wins), and warnings."""
    warnings: list[str] = []
    values: dict[str, str] = {}
    for name, parts in raw_fields:
        low = name.lower()
        if low in values:
            warnings.append(f"field {name} given twice; the first value is used")
            continue
        text, undefined = resolve_parts(parts, strings)
        for macro in undefined:
            warnings.append(f"undefined @string macro {macro!r} in field {name}; kept as text")
        values[low] = text
    return values, warnings


def _csl_type(entry_type: str, values: dict[str, str], used: set[str]) -> tuple[str, dict, list[str]]:
    """The CSL type of an entry, what to remember of its BibTeX type, and warnings."""
    etype = entry_type.lower()
    sub = values.get("entrysubtype", "").strip().lower()
    custom: dict = {}
    csl_type = _SUBTYPE_IN.get((etype, sub))
    if csl_type is not None:
        used.add("entrysubtype")
        return csl_type, custom, []
    csl_type = _TYPE_IN.get(etype)
    if csl_type is None:
        custom["bibtex-type"] = entry_type
        return "document", custom, [f"unknown entry type @{entry_type}; kept as a document and "
                                    f"written back as @{entry_type}"]
    if sub in CSL_TYPES and (etype == "misc" or etype in _TYPE_OUT.get(sub, ("", "", None))[:2]):
        used.add("entrysubtype")  # "@misc, entrysubtype = {post}"; "@article, entrysubtype = {article}"
        return sub, custom, []
    if etype not in _TYPE_OUT.get(csl_type, ("", "", None))[:2] and etype not in _NATIVE_IN:
        custom["bibtex-type"] = etype  # @proceedings, @collection, @inbook...: written back as such
    return csl_type, custom, []


# Entry types that _TYPE_OUT does not produce but that come back as themselves anyway.
_NATIVE_IN = frozenset({"mastersthesis", "misc"})


def fields_to_item(entry_type: str, key: str, raw_fields: list[tuple[str, list]],
                   strings: dict[str, str]) -> tuple[dict, list[str]]:
    """An entry's fields (name, value parts) to a CSL item and warnings."""
    values, warnings = _field_texts(raw_fields, strings)
    used: set[str] = set()

    def take(*keys: str) -> str | None:
        for k in keys:
            if k in values:
                used.add(k)
                return values[k]
        return None

    csl_type, custom, more = _csl_type(entry_type, values, used)
    warnings.extend(more)
    item: dict = {"id": key, "type": csl_type}
    if entry_type.lower() == "mastersthesis" and "type" not in values:
        # @phdthesis is what a thesis is written as by default; a master's thesis says so.
        item["genre"] = _MASTERS
    _read_people_and_dates(item, values, take, used)
    _read_container_and_numbers(item, csl_type, take, values, custom)
    if csl_type == "paper-conference" and {"location", "address"} <= values.keys() and "venue" not in values:
        # ACM's export: location is where the conference was, address the publisher's city.
        item["event-place"] = latex.decode_latex(take("location"))
    for low in [k for k in values if k in _TEXT_BY_FIELD and k not in used]:  # only the fields present
        csl_name, preferred = _TEXT_BY_FIELD[low]
        if csl_name not in item and (preferred == low or preferred not in values or preferred in used):
            item[csl_name] = latex.decode_latex(take(low))
    for csl_name, bib_name in _VERBATIM_FIELDS:
        v = take(bib_name)
        if v is not None:
            item[csl_name] = _decode_url(v)
    _read_other_variables(item, values, used)
    extra = {low: values[low] for low in values if low not in used}
    if extra:
        custom["bibtex"] = extra
    as_written = {low: values[low] for low in sorted(used & values.keys())
                  if low not in _VERBATIM_NAMES and latex.kept_as_written(values[low], title=low in _TITLE_FIELDS)}
    if as_written:
        custom[_AS_WRITTEN] = as_written
    if custom:
        item["custom"] = custom
    return item, warnings


def _read_other_variables(item: dict, values: dict[str, str], used: set[str]) -> None:
    """Fields named as a CSL variable we have no BibTeX name for (``call-number``,
    ``archive_location``, ``collection-editor``): read as that variable."""
    for low, text in values.items():
        kind = kind_of(low) if low not in used and low not in item else None
        if kind is None or low in _NOT_VARIABLES:
            continue
        if kind == "name":
            people = names.parse_names(text)
            if people:
                item[low] = people
        elif kind == "date":
            item[low] = dates.parse_date(_date_text(text)) or {"raw": text}
        else:
            item[low] = latex.decode_latex(text)
        used.add(low)


# Field names that are also CSL variables but mean something else in BibTeX
# (``type`` is the genre, read above).
_NOT_VARIABLES = frozenset({"type"})


def _read_people_and_dates(item: dict, values: dict[str, str], take, used: set[str]) -> None:
    title = take("title")
    if title is not None:
        item["title"] = latex.decode_title(title)
    for csl_name, bib_name in _NAME_FIELDS:
        v = take(bib_name)
        if v is not None:
            parsed = names.parse_names(v)
            if parsed:
                item[csl_name] = parsed
    issued = dates.from_bibtex({k: _date_text(values[k]) for k in ("date", "year", "month", "day") if k in values})
    if issued:
        item["issued"] = issued
        used.update(("date",) if "date" in values else ("year", "month", "day"))
    for csl_name, bib_name in _DATE_FIELDS:
        text = take(bib_name)
        if text is not None:
            parsed = dates.parse_date(_date_text(text))
            if parsed:
                item[csl_name] = parsed  # a date, or the text as written ({"raw": ...})
            else:
                used.discard(bib_name)


def _read_container_and_numbers(item: dict, csl_type: str, take, values: dict[str, str], custom: dict) -> None:
    sources = _SOURCES["container-title"](csl_type)
    container = take(*sources)
    if container is not None:
        item["container-title"] = latex.decode_title(container)  # {Braces} protect a book's title too
        _remember_name(custom, "container-title", next(k for k in sources if k in values),
                       _CONTAINER_OUT.get(csl_type, ("howpublished", "howpublished")))
    sources = _SOURCES["publisher"](csl_type)
    publisher = take(*sources)
    if publisher is not None:
        item["publisher"] = latex.decode_latex(publisher)
        _remember_name(custom, "publisher", next(k for k in sources if k in values), _publisher_out(csl_type))
    if csl_type in _ISSUE_TYPES:
        for csl_name, bib_name in (("issue", "number"), ("number", "eid")):
            v = take(bib_name)
            if v is not None:
                item[csl_name] = latex.decode_latex(v)
    else:
        v = take("number")
        if v is not None:
            item["number"] = latex.decode_latex(v)
    if "issue" not in item:
        issue = take("issue")
        if issue is not None:
            item["issue"] = latex.decode_latex(issue)
    pages = take("pages")
    if pages is not None:
        item["page"] = _decode_pages(pages)


# Where a variable that several fields can hold was read from, when the writer
# would put it elsewhere (an @jurisdiction's journaltitle, a thesis's publisher
# beside its institution): written back there, so no field is renamed, and none
# read as another field's value is overwritten by it.
_NAMES = "bibtex-names"
# The same field in the other dialect.
_DIALECT = {"journal": "journaltitle", "journaltitle": "journal", "school": "institution", "institution": "school"}


def _container_sources(csl_type: str) -> tuple[str, ...]:
    """The fields a container title is read from, first found wins."""
    if csl_type in _WEB_TYPES:
        return ("journaltitle", "journal", "booktitle", "organization", "howpublished")
    return ("journaltitle", "journal", "booktitle", "howpublished")


def _publisher_sources(csl_type: str) -> tuple[str, ...]:
    """The fields a publisher is read from, first found wins."""
    if csl_type in _PUBLISHER_AS_INSTITUTION:
        return ("publisher", "institution", "school")
    if csl_type in _WEB_TYPES:
        return ("publisher",)
    return ("publisher", "organization")


_SOURCES = {"container-title": _container_sources, "publisher": _publisher_sources}


def _remember_name(custom: dict, variable: str, source: str, written: tuple[str, str]) -> None:
    if source not in written and _DIALECT.get(source) not in written:
        custom.setdefault(_NAMES, {})[variable] = source


def retyped(item: dict, csl_type: str) -> dict:
    """``item`` given another type (``refs edit K type=...``): the field names
    remembered from the file described the entry as it was, so they go, and
    the new type's own fields are written (an @online's organization becomes
    a journal article's journaltitle, not an organization field)."""
    out = dict(item, type=csl_type)
    custom = out.get("custom")
    if csl_type != item.get("type") and isinstance(custom, dict) and _NAMES in custom:
        out["custom"] = {k: v for k, v in custom.items() if k != _NAMES}
        if not out["custom"]:
            del out["custom"]
    return out


def _publisher_out(csl_type: str) -> tuple[str, str]:
    """The field a publisher is written in: (biblatex, classic BibTeX)."""
    if csl_type in _PUBLISHER_AS_INSTITUTION:
        return "institution", "institution" if csl_type == "report" else "school"
    return "publisher", "publisher"


def _name_for(custom: dict, variable: str, default: str, biblatex: bool, csl_type: str) -> str:
    """The field ``variable`` is written in: where it was read from, while a
    reader of the item's type (which ``refs edit K type=...`` may have
    changed) would read it back from there; else ``default``."""
    remembered = custom.get(_NAMES, {}).get(variable) if isinstance(custom.get(_NAMES), dict) else None
    if not isinstance(remembered, str) or remembered not in _SOURCES[variable](csl_type):
        return default
    if remembered in ("journal", "journaltitle", "school", "institution"):
        classic = remembered in ("journal", "school")
        return remembered if classic != biblatex else _DIALECT[remembered]
    return remembered


# --- writing ---------------------------------------------------------------


def _entry_type(item: dict, biblatex: bool) -> tuple[str, str | None]:
    """The entry type to write for an item, and its entrysubtype."""
    csl_type = item.get("type") or "document"
    custom = item.get("custom") if isinstance(item.get("custom"), dict) else {}
    remembered = str(custom.get("bibtex-type") or "")
    if remembered and (csl_type == "document" or _TYPE_IN.get(remembered.lower()) == csl_type):
        return remembered, None
    if csl_type in _TYPE_OUT:
        bl, cl, sub = _TYPE_OUT[csl_type]
        etype = bl if biblatex else cl
        if etype == "misc" and csl_type != "document":
            sub = csl_type  # classic BibTeX has no @online: say what the @misc is
    else:
        etype, sub = "misc", csl_type
    if etype == "phdthesis" and item.get("genre") == _MASTERS:
        etype = "mastersthesis"
    return etype, sub


def item_to_fields(item: dict, *, biblatex: bool = True,
                   ascii: bool | str | None = None) -> tuple[str, list[tuple[str, str]]]:
    """A CSL item to an entry type and raw field values (delimiters
    included), each field name once. ``ascii`` (see
    :func:`refs.values.latex.encode_latex`): None writes as the dialect does
    (LaTeX commands for classic BibTeX, UTF-8 for biblatex); "latin", a
    classic entry's Latin letters as typed (a biblatex entry's are anyway)."""
    if ascii is None:
        ascii = not biblatex
    elif ascii == "latin" and biblatex:
        ascii = False
    csl_type = item.get("type") or "document"
    custom = item.get("custom") if isinstance(item.get("custom"), dict) else {}
    extra: dict = dict(custom.get("bibtex") or {}) if isinstance(custom.get("bibtex"), dict) else {}
    out: list[tuple[str, str]] = []
    etype, sub = _entry_type(item, biblatex)

    written = custom.get(_AS_WRITTEN) if isinstance(custom.get(_AS_WRITTEN), dict) else {}

    def put(name: str, text: object, encode=None) -> None:
        if isinstance(text, (list, dict)) or text is None:
            return  # not text (another program's item): never its Python repr in the file
        value = str(text)
        raw = _as_written(written, name, lambda r: value in (latex.decode_latex(r), latex.decode_title(r)))
        if raw is not None:
            out.append((name, _braced(raw)))
            return
        out.append((name, _braced(encode(value) if encode else latex.encode_latex(value, ascii=ascii))))

    if sub and "entrysubtype" not in extra:
        out.append(("entrysubtype", _braced(sub)))
    if "title" in item:
        put("title", item["title"], lambda t: latex.encode_title(t, ascii=ascii))
    for csl_name, bib_name in _NAME_FIELDS:
        if isinstance(item.get(csl_name), list) and item[csl_name]:
            people = [n for n in item[csl_name] if isinstance(n, dict)]
            text = _as_written(written, bib_name, lambda r: names.parse_names(r) == people) \
                or names.format_names(people, ascii=ascii, extended=biblatex)
            if text:
                out.append((bib_name, _braced(text)))
    if "container-title" in item:
        bl, cl = _CONTAINER_OUT.get(csl_type, ("howpublished", "howpublished"))
        put(_name_for(custom, "container-title", bl if biblatex else cl, biblatex, csl_type), item["container-title"],
            (lambda t: latex.encode_title(t, ascii=ascii)) if "<" in str(item["container-title"]) else None)
    _write_dates(item, out, biblatex)
    if "publisher" in item:
        bl, cl = _publisher_out(csl_type)
        put(_name_for(custom, "publisher", bl if biblatex else cl, biblatex, csl_type), item["publisher"])
    if csl_type in _ISSUE_TYPES:
        if "issue" in item:
            put("number", item["issue"])
        if "number" in item:
            put("eid", item["number"])
    else:
        if "issue" in item:
            put("issue", item["issue"])
        if "number" in item:
            put("number", item["number"])
    if "page" in item:
        put("pages", item["page"], lambda t: _encode_pages(t, ascii))
    for csl_name, bl_name, cl_name in _TEXT_FIELDS:
        if csl_name in item and not (csl_name == "genre" and etype == "mastersthesis" and item[csl_name] == _MASTERS):
            put(bl_name if biblatex else cl_name, item[csl_name])
    for csl_name, bib_name in _VERBATIM_FIELDS:
        if csl_name in item:
            out.append((bib_name, _braced(_encode_url(str(item[csl_name])))))
    _write_other_variables(item, out, ascii, biblatex)
    have: set[str] = set()
    unique: list[tuple[str, str]] = []
    for name, value in out:
        if name not in have:
            have.add(name)
            unique.append((name, value))
    for k, v in extra.items():
        if k not in have and isinstance(v, str):
            have.add(k)
            unique.append((k, _braced(v) if _balanced(v) else _braced(latex.encode_latex(v))))
    return etype, unique


def _as_written(written: dict, name: str, same) -> str | None:
    """The value of field ``name`` (or its other dialect's name) as the file
    had it, while ``same(raw)`` says the item still holds what it decodes to."""
    for field in (name, *_ALIASES.get(name, ())):
        raw = written.get(field)
        if isinstance(raw, str) and _balanced(raw) and same(raw):
            return raw
    return None


def _write_other_variables(item: dict, out: list[tuple[str, str]], ascii: bool, biblatex: bool) -> None:
    """CSL variables with no BibTeX name of their own, as fields of that name,
    so that library.bib holds all of a reference."""
    for variable in sorted(item):
        kind = kind_of(variable)
        if kind is None or variable in _MAPPED or variable in _NOT_VARIABLES:
            continue
        value = item[variable]
        if kind == "name" and isinstance(value, list):
            text = names.format_names([n for n in value if isinstance(n, dict)], ascii=ascii, extended=biblatex)
        elif kind == "date" and isinstance(value, dict):
            text = dates.format_edtf(value) or latex.encode_latex(dates.edtf_or_text(value) or "")
        elif isinstance(value, (str, int, float)) and not isinstance(value, bool):
            text = latex.encode_latex(str(value), ascii=ascii)
        else:
            continue
        if text:
            out.append((variable.lower(), _braced(text)))


# a range of years as classic BibTeX writes it (dates.to_bibtex): its "--" is TeX's en dash, not text to escape
_YEAR_RANGE = re.compile(r"\d{4}--\d{4}")


def _write_dates(item: dict, out: list[tuple[str, str]], biblatex: bool) -> None:
    if item.get("issued"):
        for k, v in dates.to_bibtex(item["issued"], biblatex=biblatex).items():
            if k == "month" and not biblatex and v in MACROS:
                out.append((k, v))
            else:
                literal = k != "year" or v.isdigit() or _YEAR_RANGE.fullmatch(v)
                out.append((k, _braced(v) if literal else _braced(latex.encode_latex(v))))
    for csl_name, bib_name in _DATE_FIELDS:
        value = item.get(csl_name)
        if isinstance(value, dict):
            text = dates.format_edtf(value) or latex.encode_latex(dates.edtf_or_text(value) or "")
            if text:
                out.append((bib_name, _braced(text)))


def _balanced(text: str) -> bool:
    """True when ``text`` can stand inside braces as it is (raw brace counting)."""
    depth = 0
    for c in text:
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


def render_entry(item: dict, *, biblatex: bool = True, newline: str = "\n", ascii: bool | str | None = None) -> str:
    """A new entry block for ``item`` (no trailing newline); ``ascii`` as for :func:`item_to_fields`."""
    from refs.bibedit import render_fields

    etype, fields = item_to_fields(item, biblatex=biblatex, ascii=ascii)
    return render_fields(etype, str(item["id"]), fields, newline)


# Fields that hold the same value in the other dialect.
_ALIASES = {"journaltitle": ("journal",), "journal": ("journaltitle",), "location": ("address",),
            "address": ("location",), "institution": ("school",), "school": ("institution",),
            "organization": ("howpublished",), "howpublished": ("organization",)}

_DATE_GROUP = frozenset({"date", "year", "month", "day"})
_BIBLATEX_MARKERS = frozenset({"date", "journaltitle", "urldate", "location", "institution", "langid"})
_CLASSIC_MARKERS = frozenset({"year", "journal", "address", "school", "howpublished"})


def is_biblatex(parsed: ParsedEntry, default: bool = True) -> bool:
    """Which dialect an existing entry is written in, so edits keep to it."""
    names_ = {f.name.lower() for f in parsed.raw.fields} if parsed.raw else set()
    if parsed.entry_type.lower() in ("online", "thesis", "report", "dataset", "software"):
        return True
    if names_ & _BIBLATEX_MARKERS:
        return True
    if names_ & _CLASSIC_MARKERS or parsed.entry_type.lower() in ("techreport", "phdthesis", "mastersthesis"):
        return False
    return default


_MARKER_FIELD = re.compile(r"^[ \t]*(" + "|".join(sorted(_BIBLATEX_MARKERS | _CLASSIC_MARKERS)) + r")[ \t]*=",
                           re.M | re.I)


_JABREF_DATABASE_TYPE = re.compile(r"jabref-meta:\s*databaseType:\s*(bibtex|biblatex)\s*;", re.I)


def file_is_biblatex(text: str, default: bool = True) -> bool:
    r"""Which dialect a file's entries are written in (their fields at the start
    of a line, counted), for an entry whose own fields don't say: an entry of
    a classic BibTeX file gets ``year`` and ``journal`` when edited, not
    ``date`` and ``journaltitle``, which BibTeX ignores. ``default`` on a tie.

    JabRef's ``@Comment{jabref-meta: databaseType:bibtex;}`` says it outright.

    >>> file_is_biblatex("@article{a,\n  journal = {J},\n  year = 2001\n}"), file_is_biblatex("")
    (False, True)
    >>> file_is_biblatex("@Comment{jabref-meta: databaseType:bibtex;}")
    False
    """
    declared = _JABREF_DATABASE_TYPE.search(text)
    if declared:
        return declared.group(1).lower() == "biblatex"
    biblatex = classic = 0
    for m in _MARKER_FIELD.finditer(text):
        if m.group(1).lower() in _BIBLATEX_MARKERS:
            biblatex += 1
        else:
            classic += 1
    return default if biblatex == classic else biblatex > classic


def update_block(parsed: ParsedEntry, new_item: dict, *, biblatex_default: bool = True, newline: str = "\n",
                 ascii: bool | str | None = None) -> str:
    """Rewrite an existing entry for ``new_item``, changing only the fields
    whose rendering differs from that of the entry's current item, in the
    entry's own layout (see :mod:`refs.bibedit`); ``ascii`` as for
    :func:`item_to_fields`."""
    from refs.bibedit import edit_entry

    assert parsed.raw is not None, "a block parsed in a worker is reparsed before it is rewritten"
    biblatex = is_biblatex(parsed, biblatex_default)
    old_type, old_fields = item_to_fields(parsed.item, biblatex=biblatex, ascii=ascii)
    new_type, new_fields = item_to_fields(new_item, biblatex=biblatex, ascii=ascii)
    old_map, new_map = dict(old_fields), dict(new_fields)
    written = {f.name.lower() for f in parsed.raw.fields}

    def as_written(name: str, item: dict) -> str:
        """The field the entry holds this value of ``item`` in (``journal`` for ``journaltitle``);
        organization is a web page's howpublished only (a report's is its publisher)."""
        if name in written or (name in ("organization", "howpublished") and item.get("type") not in _WEB_TYPES):
            return name
        return next((a for a in _ALIASES.get(name, ()) if a in written), name)

    changed = [(as_written(name, new_item), value) for name, value in new_fields if old_map.get(name) != value]
    removed = {as_written(name, parsed.item) for name in old_map if name not in new_map} & written
    if _DATE_GROUP & {name for name, _ in changed}:
        # The date is one value however written: a new date leaves no stale
        # year, month or day beside it (an entry with both date and year reads
        # as two dates, one for biblatex and one for BibTeX).
        removed |= (written & _DATE_GROUP) - {name for name, _ in changed} - new_map.keys()
    removed |= _fields_of_dropped(parsed, new_item, written - removed - {name for name, _ in changed})
    removed -= {name for name, _ in changed}  # a value set and its field removed would overlap
    etype = None if old_type == new_type else new_type
    key = str(new_item["id"]) if str(new_item["id"]) != parsed.key else None
    return edit_entry(parsed.raw, entry_type=etype, key=key, set_fields=changed, remove=removed)


def _fields_of_dropped(parsed: ParsedEntry, new_item: dict, candidates: set[str]) -> set[str]:
    """The written fields that held a variable ``new_item`` no longer has,
    where the entry writes it under a name of its own (a publisher read from
    ``organization``): found by reading the entry without each candidate."""
    dropped = {v for v in parsed.item if v not in new_item and v not in ("id", "type", "custom")}
    if not dropped:
        return set()
    fields = [(f.name, f.parts) for f in parsed.raw.fields]
    out: set[str] = set()
    for name in candidates:
        rest = [(n, p) for n, p in fields if n.lower() != name]
        item, _ = fields_to_item(parsed.entry_type, parsed.key, rest, {})
        if any(v in parsed.item and v not in item for v in dropped):
            out.add(name)
    return out
