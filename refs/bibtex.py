"""BibTeX/biblatex entries <-> CSL-JSON items, through bibtexparser 2.

The one module of ours that imports bibtexparser (lazily: ``scan --help``
must not pay for it). Parsing is per block (see :mod:`refs.bibfile`), so a
sync reparses only what changed::

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
``entrysubtype`` naming it. An entry type we don't know (``@wrong``) is read as
``document`` and written back under its own name. Fields we don't map are
kept as written (LaTeX and all) under ``custom.bibtex`` and written back.

Writing an entry that already exists in the file changes only the fields whose
rendering changed (:func:`update_block`), so a hand-made entry keeps its
dialect, its macros and its other values as they were.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field

from refs.values import dates, latex, names

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

_CSL_TYPES = frozenset(
    "article article-journal article-magazine article-newspaper bill book broadcast chapter "
    "classic collection dataset document entry entry-dictionary entry-encyclopedia event "
    "figure graphic hearing interview legal_case legislation manuscript map motion_picture "
    "musical_score pamphlet paper-conference patent performance periodical personal_communication "
    "post post-weblog regulation report review review-book software song speech standard "
    "thesis treaty webpage".split()
)

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
]
_NAME_FIELDS = [("author", "author"), ("editor", "editor"), ("translator", "translator")]
_VERBATIM_FIELDS = [("URL", "url"), ("DOI", "doi")]

_MASTERS = "Master's thesis"
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


@dataclass
class ParsedEntry:
    """One entry block read into a CSL item. ``fields`` keeps the raw field
    values as written (delimiters included), in order, for minimal rewrites
    (None when the block was parsed in another process)."""

    key: str
    entry_type: str
    item: dict
    fields: list[tuple[str, str]] | None
    warnings: list[str] = field(default_factory=list)


class BlockParseError(ValueError):
    """Raised by :func:`parse_entry_block` when bibtexparser cannot read the block."""


# --- values ----------------------------------------------------------------

_BRACE_RE = re.compile(r"[{}]")
# The entry type as written: bibtexparser reads "@t@{" as an empty type.
_TYPE_AT_START = re.compile(r"\s*@\s*([^\s{(]+)\s*[{(]")


def resolve_value(raw: str, strings: dict[str, str]) -> tuple[str, list[str]]:
    """The LaTeX text of a raw field value: delimiters removed, ``#``
    concatenations joined, ``@string`` macros replaced. Returns the text and
    the names of undefined macros (kept as their names)."""
    raw = raw.strip()
    if raw.startswith("{") and raw.endswith("}") and _balanced_outer(raw):
        return raw[1:-1], []
    if raw.startswith('"') and raw.endswith('"') and '#' not in raw[1:-1].replace('\\#', ''):
        return raw[1:-1], []
    parts = _split_concat(raw)
    out: list[str] = []
    undefined: list[str] = []
    for part in parts:
        if len(part) >= 2 and ((part[0] == "{" and part[-1] == "}") or (part[0] == '"' and part[-1] == '"')):
            out.append(part[1:-1])
        elif part.isdigit():
            out.append(part)
        else:
            low = part.lower()
            if low in strings:
                out.append(strings[low])
            elif low in _MONTHS:
                out.append(low)
            else:
                undefined.append(part)
                out.append(part)
    return "".join(out), undefined


def _balanced_outer(raw: str) -> bool:
    """True when the first ``{`` of ``raw`` closes at its last character."""
    depth = 0
    last = len(raw) - 1
    for m in _BRACE_RE.finditer(raw):
        if m.group() == "{":
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                return m.start() == last
    return False


def _split_concat(raw: str) -> list[str]:
    parts: list[str] = []
    depth = 0
    quoted = False
    start = 0
    for i, c in enumerate(raw):
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
        elif c == '"' and depth == 0:
            quoted = not quoted
        elif c == "#" and depth == 0 and not quoted:
            parts.append(raw[start:i].strip())
            start = i + 1
    parts.append(raw[start:].strip())
    return [p for p in parts if p]


def _braced(text: str) -> str:
    return "{" + text + "}"


def _decode_url(text: str) -> str:
    text = text.strip()
    if text.startswith("\\url{") and text.endswith("}"):
        text = text[5:-1]
    return re.sub(r"\\([_%&#$~])", r"\1", text).replace("{", "").replace("}", "")


def _encode_url(text: str) -> str:
    return text.replace("{", "%7B").replace("}", "%7D").replace("\\", "%5C")


def _decode_pages(text: str) -> str:
    return re.sub(r"\s*-{2,3}\s*", "-", latex.decode_latex(text, dashes=False))


def _encode_pages(text: str, ascii: bool) -> str:
    return re.sub(r"(?<=\w)-(?=\w)", "--", latex.encode_latex(text, ascii=ascii))


# --- reading ---------------------------------------------------------------


def parse_strings(raw: str) -> dict[str, str]:
    """``@string{jcp = "J. Chem. Phys."}`` -> ``{"jcp": "J. Chem. Phys."}``."""
    import bibtexparser

    lib = bibtexparser.parse_string(raw, parse_stack=[])
    out: dict[str, str] = {}
    for s in lib.strings:
        value, _ = resolve_value(s.value if isinstance(s.value, str) else str(s.value), out)
        out[s.key.lower()] = value
    return out


def parse_entry_block(raw: str, strings: dict[str, str]) -> ParsedEntry:
    """Parse one entry block's text. Raises :class:`BlockParseError` with
    bibtexparser's reason when the block is not one well-formed entry."""
    import bibtexparser
    from bibtexparser.model import DuplicateFieldKeyBlock

    lib = bibtexparser.parse_string(raw, parse_stack=[])
    if lib.failed_blocks:
        fb = lib.failed_blocks[0]
        if isinstance(fb, DuplicateFieldKeyBlock):
            raise BlockParseError(f"duplicate field in entry: {fb.error}")
        error = getattr(fb, "error", None)
        reason = getattr(error, "abort_reason", None) or str(error or "").strip() or "syntax error"
        reason = reason.splitlines()[0]
        raise BlockParseError(reason)
    if len(lib.entries) != 1:
        raise BlockParseError("not a single entry")
    e = lib.entries[0]
    m = _TYPE_AT_START.match(raw)
    entry_type = m.group(1) if m else e.entry_type
    raw_fields = [(f.key, f.value if isinstance(f.value, str) else str(f.value)) for f in e.fields]
    item, warnings = fields_to_item(entry_type, e.key, raw_fields, strings)
    return ParsedEntry(e.key, entry_type, item, raw_fields, warnings)


# Below this many blocks, starting worker processes costs more than it saves.
PARALLEL_MIN_BLOCKS = 1500


def parse_entry_blocks(raws: list[str], strings: dict[str, str]) -> list[ParsedEntry | BlockParseError]:
    """:func:`parse_entry_block` over many blocks, in order; a block that
    fails gives its :class:`BlockParseError` in its place. Large batches (a
    first sync of a big file) are shared out over the machine's cores."""
    workers = min(os.cpu_count() or 1, 8)
    if len(raws) < PARALLEL_MIN_BLOCKS or workers < 2:
        return _parse_chunk(raws, strings)
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    size = -(-len(raws) // workers)
    chunks = [raws[k:k + size] for k in range(0, len(raws), size)]
    try:
        ctx = multiprocessing.get_context("fork")
    except ValueError:
        return _parse_chunk(raws, strings)
    with ProcessPoolExecutor(max_workers=len(chunks) - 1, mp_context=ctx) as pool:
        futures = [pool.submit(_parse_chunk_json, chunk, strings) for chunk in chunks[1:]]
        out = _parse_chunk(chunks[0], strings)  # this process takes a share too
        for f in futures:
            out.extend(_from_json(f.result()))
    return out


def _parse_chunk_json(raws: list[str], strings: dict[str, str]) -> str:
    """A worker's share, sent back as JSON: several times cheaper than
    pickling the dataclasses. The raw fields stay behind (a rewrite
    reparses its one block)."""
    import json

    return json.dumps([[p.key, p.entry_type, p.item, p.warnings] if isinstance(p, ParsedEntry) else str(p)
                       for p in _parse_chunk(raws, strings)], ensure_ascii=False)


def _from_json(text: str) -> list[ParsedEntry | BlockParseError]:
    import json

    return [ParsedEntry(r[0], r[1], r[2], None, r[3]) if isinstance(r, list) else BlockParseError(r)
            for r in json.loads(text)]


def _parse_chunk(raws: list[str], strings: dict[str, str]) -> list[ParsedEntry | BlockParseError]:
    out: list[ParsedEntry | BlockParseError] = []
    for raw in raws:
        try:
            out.append(parse_entry_block(raw, strings))
        except BlockParseError as exc:
            out.append(exc)
    return out


def fields_to_item(entry_type: str, key: str, raw_fields: list[tuple[str, str]],
                   strings: dict[str, str]) -> tuple[dict, list[str]]:
    """An entry's raw fields (as written) to a CSL item and warnings."""
    warnings: list[str] = []
    values: dict[str, str] = {}
    raw_by_name: dict[str, str] = {}
    for name, raw in raw_fields:
        low = name.lower()
        if low in values:
            warnings.append(f"field {name} given twice; the first value is used")
            continue
        text, undefined = resolve_value(raw, strings)
        for macro in undefined:
            if low != "month":
                warnings.append(f"undefined @string macro {macro!r} in field {name}; kept as text")
        values[low] = text
        raw_by_name[low] = raw

    used: set[str] = set()

    def take(*keys: str) -> str | None:
        for k in keys:
            if k in values:
                used.add(k)
                return values[k]
        return None

    etype = entry_type.lower()
    sub = values.get("entrysubtype", "").strip().lower()
    item: dict = {"id": key}
    custom: dict = {}
    csl_type = _SUBTYPE_IN.get((etype, sub))
    if csl_type is not None:
        used.add("entrysubtype")
    else:
        csl_type = _TYPE_IN.get(etype)
        if csl_type is None:
            csl_type = "document"
            custom["bibtex-type"] = entry_type
            warnings.append(f"unknown entry type @{entry_type}; kept as a document and written back as @{entry_type}")
        elif etype == "misc" and sub in _CSL_TYPES:
            csl_type = sub
            used.add("entrysubtype")
    item["type"] = csl_type
    if etype == "mastersthesis" and "type" not in values:
        # @phdthesis is what a thesis is written as by default; a master's thesis says so.
        item["genre"] = _MASTERS

    title = take("title")
    if title is not None:
        item["title"] = latex.decode_title(title)
    for csl_name, bib_name in _NAME_FIELDS:
        v = take(bib_name)
        if v is not None:
            parsed = names.parse_names(v)
            if parsed:
                item[csl_name] = parsed
    issued = dates.from_bibtex(values)
    if issued:
        item["issued"] = issued
        used.update(("date",) if "date" in values else ("year", "month", "day"))
    urldate = take("urldate")
    if urldate is not None:
        acc = dates.parse_date(latex.decode_latex(urldate))
        if acc:
            item["accessed"] = acc
        else:
            used.discard("urldate")
    if csl_type in _WEB_TYPES:
        container = take("journaltitle", "journal", "booktitle", "organization", "howpublished")
    else:
        container = take("journaltitle", "journal", "booktitle", "howpublished")
    if container is not None:
        item["container-title"] = latex.decode_latex(container)
    if csl_type in _PUBLISHER_AS_INSTITUTION:
        publisher = take("publisher", "institution", "school")
    elif csl_type in _WEB_TYPES:
        publisher = take("publisher")
    else:
        publisher = take("publisher", "organization")
    if publisher is not None:
        item["publisher"] = latex.decode_latex(publisher)
    number = take("number")
    if number is not None:
        item["issue" if csl_type in _ISSUE_TYPES else "number"] = latex.decode_latex(number)
    if "issue" not in item:
        issue = take("issue")
        if issue is not None:
            item["issue"] = latex.decode_latex(issue)
    pages = take("pages")
    if pages is not None:
        item["page"] = _decode_pages(pages)
    for csl_name, bl_name, cl_name in _TEXT_FIELDS:
        if csl_name not in item:
            v = take(bl_name, cl_name)
            if v is not None:
                item[csl_name] = latex.decode_latex(v)
    for csl_name, bib_name in _VERBATIM_FIELDS:
        v = take(bib_name)
        if v is not None:
            item[csl_name] = _decode_url(v)

    extra = {low: values[low] for low in values if low not in used}
    if extra:
        custom["bibtex"] = extra
    if custom:
        item["custom"] = custom
    return item, warnings


# --- writing ---------------------------------------------------------------


def item_to_fields(item: dict, *, biblatex: bool = True, ascii: bool | None = None) -> tuple[str, list[tuple[str, str]]]:
    """A CSL item to an entry type and raw field values (delimiters included)."""
    if ascii is None:
        ascii = not biblatex
    csl_type = item.get("type") or "document"
    custom = item.get("custom") or {}
    extra: dict = dict(custom.get("bibtex") or {})
    out: list[tuple[str, str]] = []
    if "bibtex-type" in custom:
        etype = custom["bibtex-type"]
        sub = None
    elif csl_type in _TYPE_OUT:
        bl, cl, sub = _TYPE_OUT[csl_type]
        etype = bl if biblatex else cl
        if etype == "misc" and csl_type != "document":
            sub = csl_type  # classic BibTeX has no @online: say what the @misc is
    else:
        etype, sub = "misc", csl_type
    if etype == "phdthesis" and item.get("genre") == _MASTERS:
        etype = "mastersthesis"
    if sub and "entrysubtype" not in extra:
        out.append(("entrysubtype", _braced(sub)))

    if "title" in item:
        out.append(("title", _braced(latex.encode_title(str(item["title"]), ascii=ascii))))
    for csl_name, bib_name in _NAME_FIELDS:
        if item.get(csl_name):
            out.append((bib_name, _braced(names.format_names(item[csl_name], ascii=ascii))))
    if "container-title" in item:
        bl, cl = _CONTAINER_OUT.get(csl_type, ("howpublished", "howpublished"))
        out.append((bl if biblatex else cl, _braced(latex.encode_latex(str(item["container-title"]), ascii=ascii))))
    if item.get("issued"):
        for k, v in dates.to_bibtex(item["issued"], biblatex=biblatex).items():
            if k == "month" and not biblatex and v in _MONTHS:
                out.append((k, v))
            else:
                out.append((k, _braced(v)))
    if item.get("accessed"):
        iso = dates.format_iso(item["accessed"])
        if iso:
            out.append(("urldate", _braced(iso)))
    if "publisher" in item:
        name = "publisher"
        if csl_type in _PUBLISHER_AS_INSTITUTION:
            name = "institution" if (biblatex or csl_type == "report") else "school"
        out.append((name, _braced(latex.encode_latex(str(item["publisher"]), ascii=ascii))))
    if "issue" in item:
        out.append(("number" if csl_type in _ISSUE_TYPES else "issue", _braced(latex.encode_latex(str(item["issue"]), ascii=ascii))))
    if "number" in item:
        out.append(("number", _braced(latex.encode_latex(str(item["number"]), ascii=ascii))))
    if "page" in item:
        out.append(("pages", _braced(_encode_pages(str(item["page"]), ascii))))
    for csl_name, bl_name, cl_name in _TEXT_FIELDS:
        if csl_name in item and not (csl_name == "genre" and etype == "mastersthesis" and item[csl_name] == _MASTERS):
            out.append((bl_name if biblatex else cl_name, _braced(latex.encode_latex(str(item[csl_name]), ascii=ascii))))
    for csl_name, bib_name in _VERBATIM_FIELDS:
        if csl_name in item:
            out.append((bib_name, _braced(_encode_url(str(item[csl_name])))))
    have = {k for k, _ in out}
    for k, v in extra.items():
        if k not in have:
            out.append((k, _braced(v) if _balanced(v) else _braced(latex.encode_latex(v))))
    return etype, out


def _balanced(text: str) -> bool:
    depth = 0
    escaped = False
    for c in text:
        if escaped:
            escaped = False
            continue
        if c == "\\":
            escaped = True
        elif c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


def _write(etype: str, key: str, fields: list[tuple[str, str]], newline: str = "\n") -> str:
    import bibtexparser
    from bibtexparser.model import Entry, Field

    fmt = bibtexparser.BibtexFormat()
    fmt.indent = "  "
    entry = Entry(etype, key, [Field(k, v) for k, v in fields])
    text = bibtexparser.write_string(bibtexparser.Library([entry]), unparse_stack=[], bibtex_format=fmt)
    text = text.rstrip("\n")
    if newline != "\n":
        text = text.replace("\n", newline)
    return text


def render_entry(item: dict, *, biblatex: bool = True, newline: str = "\n") -> str:
    """A new entry block for ``item`` (no trailing newline)."""
    etype, fields = item_to_fields(item, biblatex=biblatex)
    return _write(etype, item["id"], fields, newline)


_BIBLATEX_MARKERS = frozenset({"date", "journaltitle", "urldate", "location", "institution", "langid"})
_CLASSIC_MARKERS = frozenset({"year", "journal", "address", "school", "howpublished"})


def is_biblatex(parsed: ParsedEntry, default: bool = True) -> bool:
    """Which dialect an existing entry is written in, so edits keep to it."""
    names_ = {k.lower() for k, _ in parsed.fields}
    if parsed.entry_type.lower() in ("online", "thesis", "report", "dataset", "software"):
        return True
    if names_ & _BIBLATEX_MARKERS:
        return True
    if names_ & _CLASSIC_MARKERS or parsed.entry_type.lower() in ("techreport", "phdthesis", "mastersthesis"):
        return False
    return default


def update_block(parsed: ParsedEntry, new_item: dict, *, biblatex_default: bool = True, newline: str = "\n") -> str:
    """Rewrite an existing entry for ``new_item``, changing only the fields
    whose rendering differs from that of the entry's current item."""
    biblatex = is_biblatex(parsed, biblatex_default)
    old_type, old_fields = item_to_fields(parsed.item, biblatex=biblatex)
    new_type, new_fields = item_to_fields(new_item, biblatex=biblatex)
    old_map = dict(old_fields)
    new_map = dict(new_fields)
    result: list[tuple[str, str]] = []
    seen: set[str] = set()
    for name, raw in parsed.fields:
        low = name.lower()
        seen.add(low)
        if low in new_map and old_map.get(low) == new_map[low]:
            result.append((name, raw))
        elif low in new_map:
            result.append((name, new_map[low]))
        elif low in old_map:
            continue  # removed
        else:
            result.append((name, raw))  # a field the renderer never produces
    for name, value in new_fields:
        if name not in seen:
            result.append((name, value))
    etype = parsed.entry_type if old_type == new_type else new_type
    return _write(etype, new_item["id"], result, newline)
