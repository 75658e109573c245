"""Reading and writing reference files: BibTeX, CSL-JSON and RIS.

``read_references(path)`` picks the format from ``--format`` or, by default,
from the file's extension and then its content, and returns CSL items with
the problems found (each naming the file and line). ``format_references``
writes items in one of the formats. File I/O stays here; parsing and
formatting are the pure functions of :mod:`refs.bibtex`, :mod:`refs.csljson`
and :mod:`refs.ris`.
"""

from __future__ import annotations

import re
from pathlib import Path

from refs.errors import BadInput, Problem

FORMATS = ("bibtex", "csl-json", "ris", "text")
# Formatted reference lists (``scan export --format text|markdown|html --style S``); ``text`` is
# also read back, as a plain-text reference list (refs.textrefs).
FORMATTED = ("text", "markdown", "html")
_EXT = {".bib": "bibtex", ".bibtex": "bibtex", ".json": "csl-json", ".ris": "ris", ".txt": "text"}


# A RIS record's first line, after the "1." or "Record #1 of 2" some databases
# put before it.
_RIS_START = re.compile(r"^TY {1,2}- ?\S*[ \t]*\r?$", re.M)
# Tagged formats we do not read, and what to export instead.
_OTHER_TAGGED = (
    (re.compile(r"^PMID- ", re.M), "PubMed's MEDLINE format (.nbib)",
     "open it in Zotero or EndNote and export RIS"),
    (re.compile(r"^(?:FN |PT [A-Z]\r?$)", re.M), "Web of Science's tagged format",
     "export from Web of Science as 'RIS (other reference software)'"),
    (re.compile(r"^%0 ", re.M), "EndNote's tagged format (.enw)",
     "export from EndNote with the RefMan (RIS) output style"),
)


def _sniff(text: str) -> str | None:
    """The format the content shows, whatever the file's name."""
    head = text.lstrip("\ufeff \t\r\n")[:200]
    if re.match(r'\[\s*[{\]]|\{\s*"', head):  # not "[1] Smith, J. (2019)..."
        return "csl-json"
    if _RIS_START.search(text[:5000]):
        return "ris"
    if head.startswith("@"):
        return "bibtex"
    return None


def detect_format(path: Path, text: str) -> str:
    """The format by extension, except that a ``.txt`` file (the name many
    databases give RIS exports) is read by what it holds first."""
    suffix = path.suffix.lower()
    fmt = _EXT.get(suffix)
    if fmt and suffix != ".txt":
        return fmt
    sniffed = _sniff(text)
    if sniffed:
        return sniffed
    for pattern, name, advice in _OTHER_TAGGED:
        if pattern.search(text[:5000]):
            raise BadInput(f"this is {name}, which scan does not read; {advice}", str(path))
    if fmt:
        return fmt
    if "\n@" in text[:5000]:
        return "bibtex"
    from refs.textrefs import looks_like_reference, split_references

    entries = split_references(text[:20000])[:20]
    if entries and sum(looks_like_reference(e) for _, e in entries) >= max(1, len(entries) // 2):
        return "text"
    raise BadInput("cannot tell the format of this file; give --format bibtex, csl-json, ris or text", str(path))


def read_text(path: Path) -> tuple[str, list[Problem]]:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise BadInput("no such file", str(path)) from None
    except IsADirectoryError:
        raise BadInput("is a folder, not a file", str(path)) from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with its byte-order mark (Windows exports)
        try:
            return data.decode("utf-16"), []
        except UnicodeDecodeError as exc:
            raise BadInput(f"starts as UTF-16 but is not (byte {exc.start}); save it as UTF-8", str(path)) from None
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        from refs.values.text import LEGACY_NAMES, decode_legacy, decode_mixed

        mixed = decode_mixed(data.removeprefix(b"\xef\xbb\xbf"))
        if mixed is not None:
            line, byte = mixed[1][0]
            return mixed[0], [Problem(f"UTF-8 but for {len(mixed[1])} byte(s) (0x{byte:02x} the first), read as "
                                      "Windows-1252 letters", str(path), line)]
        line = data.count(b"\n", 0, exc.start) + 1
        text, encoding = decode_legacy(data)
        return text, [Problem(f"not UTF-8 (byte 0x{data[exc.start]:02x}); read as {LEGACY_NAMES[encoding]}",
                              str(path), line)]


def read_references(path: str | Path, fmt: str | None = None) -> tuple[list[dict], list[Problem]]:
    path = Path(path)
    text, problems = read_text(path)
    fmt = fmt or detect_format(path, text)
    if fmt == "bibtex":
        items, more = parse_bibtex(text, str(path))
    elif fmt == "csl-json":
        from refs.csljson import parse_csljson
        items, more = parse_csljson(text, str(path))
    elif fmt == "ris":
        from refs.ris import parse_ris
        items, more = parse_ris(text, str(path))
    elif fmt == "text":
        from refs.textrefs import parse_reference_list
        items, more = parse_reference_list(text, str(path))
    else:
        raise BadInput(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}", str(path))
    return items, problems + list(more)


def parse_bibtex(text: str, source: str) -> tuple[list[dict], list[Problem]]:
    """Every entry of a .bib text as a CSL item; blocks that fail to parse and
    duplicate keys are reported with their lines, never silently dropped."""
    from refs import bibtex
    from refs.bibfile import split_blocks

    blocks = split_blocks(text)
    string_blocks = [b for b in blocks if b.kind == "string"]
    strings, bad = bibtex.parse_strings([b.raw for b in string_blocks])
    items: list[dict] = []
    problems = [Problem(f"@string fails to parse ({reason}); its macro is undefined", source,
                        string_blocks[i].line) for i, reason in bad]
    seen: dict[str, int] = {}
    for block in blocks:
        if block.kind == "failed":
            problems.append(Problem(f"@{block.entry_type} block {block.reason}; skipped", source, block.line))
            continue
        if block.kind != "entry":
            continue
        try:
            parsed = bibtex.parse_entry_block(block.raw, strings)
        except bibtex.BlockParseError as exc:
            where = f" (line {block.line + exc.line})" if exc.line else ""
            problems.append(Problem(f"entry fails to parse{where}: {exc}; skipped", source, block.line,
                                    block.key_hint))
            continue
        if not parsed.key.strip():
            parsed.item.pop("id", None)
            problems.append(Problem("entry has no key; it is given one", source, block.line))
        for w in parsed.warnings:
            problems.append(Problem(f"{parsed.key}: {w}", source, block.line, parsed.key))
        if parsed.key in seen:
            problems.append(Problem(f"duplicate key {parsed.key!r} (first at line {seen[parsed.key]}); "
                                    "this one is imported under a new key", source, block.line, parsed.key))
        else:
            seen[parsed.key] = block.line
        if parsed.key.isdigit():
            # A BibTeX key is the citekey a manuscript cites, a number too (JabRef
            # libraries keyed 1102917): said so, not taken for a CSL-JSON row number.
            parsed.item["citation-key"] = parsed.key
        items.append(parsed.item)
    return items, problems


def format_references(items: list[dict], fmt: str, *, biblatex: bool = True, style: str = "apa",
                      titles: str = "style", library: list[dict] | None = None) -> str:
    """``items`` as ``fmt``: a reference file (bibtex, csl-json, ris) or a
    reference list formatted in CSL ``style`` (text, markdown, html), ordered
    as the style says. Outside BibTeX, an entry with a ``crossref`` takes
    what it lacks from its parent, looked up in ``library`` (default: ``items``)."""
    return "".join(iter_references(items, fmt, biblatex=biblatex, style=style, titles=titles, library=library))


def iter_references(items: list[dict], fmt: str, *, biblatex: bool = True, style: str = "apa",
                    titles: str = "style", library: list[dict] | None = None):
    """:func:`format_references` as chunks of text, a formatted list handed
    out as it is formatted. HTML is escaped throughout, and only http(s)
    URLs become links."""
    if fmt != "bibtex":
        from refs.printed import is_container, resolve

        items = [i for i in resolve(items, library) if not is_container(i)]   # @set, @xdata: no works
    if fmt in FORMATTED:
        from refs.formatting import iter_bibliography
        yield from iter_bibliography(items, style, fmt, titles=titles, links=True)
        return
    yield _format_file(items, fmt, biblatex=biblatex)


def _format_file(items: list[dict], fmt: str, *, biblatex: bool) -> str:
    if fmt == "bibtex":
        from refs import bibtex
        return "".join(bibtex.render_entry(i, biblatex=biblatex) + "\n\n" for i in items)
    if fmt == "csl-json":
        from refs.csljson import format_csljson
        return format_csljson(items)
    if fmt == "ris":
        from refs.ris import format_ris
        return format_ris(items)
    raise BadInput(f"unknown format {fmt!r}; use one of bibtex, csl-json, ris, {', '.join(FORMATTED)}")
