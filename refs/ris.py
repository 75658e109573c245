"""RIS import and export: the text of a ``.ris`` file <-> CSL-JSON item dicts.

This module owns the mapping between RIS tags/types and CSL fields/types,
and the tolerance needed for what Zotero, EndNote, Mendeley and databases
actually write. For example::

    TY  - JOUR                     {"type": "article-journal",
    AU  - Barr, Jane                "author": [{"family": "Barr", "given": "Jane"}],
    TI  - Scanning the horizon      "title": "Scanning the horizon",
    T2  - Futures                   "container-title": "Futures",
    PY  - 2013                      "issued": {"date-parts": [[2013, 2, 25]]},
    DA  - 2013/02/25/               "page": "12-34",
    SP  - 12                        "custom": {"ris": {"L1": ["file.pdf"]}}}
    EP  - 34
    L1  - file.pdf
    ER  -

A social post's ``handle`` and an archived copy's ``archived_url`` and
``archived_date`` travel in the user-definable tags ``U1``, ``U2``, ``U3``.

Nothing is lost on the way in: a tag we do not map (``L1`` above), a second
value for a single-valued field (a second ``UR``, a ``PY`` that disagrees
with ``DA``) goes to ``custom["ris"][TAG]`` (a list of strings), and an
unknown ``TY`` becomes ``"document"`` with ``custom["ris-type"]``; both are
written back by :func:`format_ris`. Exact duplicates (``PY 2013`` next to
``DA 2013/02/25/``, ``AB`` equal to ``N2``) are merged.

Per-record trouble (a record without ``ER``, text outside any record, an
unknown type) is returned as :class:`~refs.errors.Problem` values; input with
text but no ``TY`` line at all raises :class:`~refs.errors.BadInput`.
"""

from __future__ import annotations

import re
from typing import Any

from refs.values.dates import from_ris, to_ris
from refs.values.doi import normalise_doi
from refs.values.names import inverted_name, parse_person
from refs.values.text import protect_entities, unescape_entities
from refs.errors import BadInput, Problem

RIS_TO_CSL = {
    "JOUR": "article-journal", "JFULL": "article-journal", "EJOUR": "article-journal",
    "INPR": "article-journal", "ABST": "article-journal",
    "MGZN": "article-magazine", "NEWS": "article-newspaper",
    "BOOK": "book", "EBOOK": "book", "EDBOOK": "book", "CHAP": "chapter", "ECHAP": "chapter",
    "CONF": "paper-conference", "CPAPER": "paper-conference",
    "RPRT": "report", "THES": "thesis", "ELEC": "webpage", "WEB": "webpage",
    "BLOG": "post-weblog", "ICOMM": "post", "DATA": "dataset", "COMP": "software",
    "SLIDE": "speech", "MPCT": "motion_picture", "VIDEO": "motion_picture",
    "GEN": "document", "PAT": "patent", "CASE": "legal_case", "STAT": "legislation",
    "BILL": "bill", "MAP": "map", "ART": "graphic", "SOUND": "song",
    "PCOMM": "personal_communication", "MANSCPT": "manuscript", "UNPB": "manuscript",
    "HEAR": "hearing", "ENCYC": "entry-encyclopedia", "DICT": "entry-dictionary",
    "PAMP": "pamphlet", "STAND": "standard", "MUSIC": "musical_score",
}

# The first RIS type listed for a CSL type above is not always the one other
# tools read best: Zotero writes conference papers as CONF and web pages as
# ELEC, so we do the same.
CSL_TO_RIS = {
    "article-journal": "JOUR", "article-magazine": "MGZN", "article-newspaper": "NEWS",
    "book": "BOOK", "chapter": "CHAP", "paper-conference": "CONF", "report": "RPRT",
    "thesis": "THES", "webpage": "ELEC", "post-weblog": "BLOG", "post": "ICOMM",
    "dataset": "DATA", "software": "COMP", "speech": "SLIDE",
    "motion_picture": "MPCT", "document": "GEN", "patent": "PAT",
    "legal_case": "CASE", "legislation": "STAT", "bill": "BILL", "map": "MAP",
    "graphic": "ART", "song": "SOUND", "personal_communication": "PCOMM",
    "manuscript": "MANSCPT", "hearing": "HEAR", "entry-encyclopedia": "ENCYC",
    "entry-dictionary": "DICT", "pamphlet": "PAMP", "standard": "STAND",
    "musical_score": "MUSIC",
}

# Single-valued tag -> CSL field. Tags sharing a field compete: the first one
# seen wins and later different values go to custom (see _assign).
SIMPLE_TAGS = {
    "TI": "title", "T1": "title", "T3": "collection-title",
    "VL": "volume", "IS": "issue", "PB": "publisher", "CY": "publisher-place",
    "UR": "URL", "DO": "DOI", "AB": "abstract", "N2": "abstract", "N1": "note",
    "LA": "language", "ET": "edition", "ID": "id", "M3": "genre", "M1": "number",
    "J2": "container-title-short", "CN": "call-number", "NV": "number-of-volumes", "SE": "section",
    # RIS's user-definable tags hold our own variables (see refs.fields).
    "U1": "handle", "U2": "archived_url",
}
NAME_TAGS = {"AU": "author", "A1": "author", "A2": "editor", "ED": "editor",
             "A3": "collection-editor", "A4": "translator"}
CONTAINER_TAGS = ("T2", "JO", "JF", "BT")
ISSUED_TAGS = ("PY", "Y1", "DA")

# Continuation lines of these are new lines of prose; of any other tag, a
# wrapped line (joined with a space).
MULTILINE_TAGS = frozenset({"AB", "N2", "N1"})
# Continuation lines of these are further values (EndNote's layout).
LIST_TAGS = frozenset({"KW"})

_TAG_LINE = re.compile(r"([A-Z][A-Z0-9])[ \t]+-(?:[ \t]+(.*))?[ \t]*")
_ISSN = re.compile(r"\d{4}-?\d{3}[\dXx]")
_LINE_BREAKS = re.compile(r"[ \t]*[\r\n]+[ \t]*")
_ARTICLE_TYPES = frozenset({"article-journal", "article-magazine", "article-newspaper"})
_SN_NOTE = re.compile(r"\s*\((ISSN|ISBN)\)\s*$", re.I)
_PAGE_RANGE = re.compile(r"([^\s,\-]+)-([^\s,\-]+)")


def _date_or_raw(value: str) -> dict:
    return from_ris(value) or {"raw": value}


_YEAR = re.compile(r"\d{4}")


def _issued_dates(values: list[tuple[str, str]]) -> list[tuple[str, dict, str]]:
    """``(tag, date, raw)`` for each PY/Y1/DA. Web of Science writes the year
    in PY and the rest without it in DA (``SEP 22``, ``DEC``): such a DA is
    read with the record's year."""
    years = [y for y in (v.strip().rstrip("/") for _, v in values) if _YEAR.fullmatch(y)]
    out = []
    for tag, value in values:
        date = from_ris(value)
        if date is None and years and not _YEAR.search(value):
            date = from_ris(f"{value} {years[0]}")
        out.append((tag, date or {"raw": value}, value))
    return out


def keyword_text(keywords: list[str]) -> str:
    """Keywords as the one ``keyword`` string: ``a, b``, or ``a; b`` when a
    keyword holds a comma (Scopus's MeSH terms: ``Models, Biological``)."""
    return ("; " if any("," in k for k in keywords) else ", ").join(keywords)


def keyword_list(text: str) -> list[str]:
    """The inverse of :func:`keyword_text` (so a keyword holding ``"; "`` in a
    list without commas is read as two)."""
    return [k.strip() for k in text.split("; " if "; " in text else ",") if k.strip()]


def _date_rank(date: dict) -> tuple[int, int]:
    parts = date.get("date-parts", [[]])[0]
    return (len(parts), 1 if "season" in date else 0)


def _consistent(lesser: dict, best: dict) -> bool:
    """True when ``lesser`` says nothing ``best`` does not (PY 2013 vs DA
    2013/02/25/), so dropping it loses nothing."""
    if lesser == best:
        return True
    if "date-parts" not in lesser or "date-parts" not in best:
        return False
    a, b = lesser["date-parts"][0], best["date-parts"][0]
    season_ok = "season" not in lesser or lesser.get("season") == best.get("season")
    return b[: len(a)] == a and season_ok


def _is_issn(value: str) -> bool:
    return bool(_ISSN.fullmatch(value.split()[0].rstrip(",;"))) if value.split() else False


def _is_isbn(value: str) -> bool:
    first = value.split()[0].rstrip(",;") if value.split() else ""
    digits = re.sub(r"[\s-]", "", first).upper()
    return bool(re.fullmatch(r"\d{9}[\dX]", digits) or re.fullmatch(r"97[89]\d{10}", digits))


def _split_lines(text: str) -> list[str]:
    # Not str.splitlines: it also breaks on \x0c, \x1c, \u2028..., which turn
    # up inside abstracts pasted from PDFs.
    return re.split(r"\r\n|\r|\n", text.removeprefix("\ufeff"))


def _records(lines: list[str], source: str, problems: list[Problem]):
    """Yield ``(ty_line, entries, closed)`` per record; entries are ``[tag,
    value, line]`` with continuation lines already folded in."""
    entries: list[list] | None = None
    start = 0
    blanks = 0
    for number, line in enumerate(lines, start=1):
        m = _TAG_LINE.fullmatch(line.rstrip())
        if m and m.group(1) == "TY":
            if entries is not None:
                yield start, entries, False
            entries, start, blanks = [["TY", (m.group(2) or "").strip(), number]], number, 0
        elif m and m.group(1) == "ER":
            if entries is None:
                problems.append(Problem("ER without a TY before it; ignored", source, number))
            else:
                yield start, entries, True
                entries = None
        elif not line.strip():
            blanks += 1
        elif entries is None:
            problems.append(Problem(
                f"text outside any record (before TY or after ER), ignored: {line.strip()[:60]!r}",
                source, number))
        elif m:
            entries.append([m.group(1), (m.group(2) or "").strip(), number])
            blanks = 0
        else:
            last = entries[-1]
            if last[0] in MULTILINE_TAGS:
                # Blank lines inside an abstract are paragraph breaks; Web of
                # Science indents each new paragraph by three blanks.
                last[1] = (last[1] + "\n" * (blanks + 1) + line.strip()).strip("\n")
            elif last[0] in LIST_TAGS and last[1]:
                # EndNote writes further keywords as bare lines under one KW.
                entries.append([last[0], line.strip(), number])
            else:
                last[1] = (last[1] + " " + line.strip()).strip()
            blanks = 0
    if entries is not None:
        yield start, entries, False


def _build(entries: list[list], report) -> dict:
    item: dict[str, Any] = {}
    extra: dict[str, list[str]] = {}
    custom: dict[str, Any] = {}

    def keep(tag: str, value: str) -> None:
        extra.setdefault(tag, []).append(value)

    def assign(field: str, tag: str, value: Any, raw: str) -> None:
        if field not in item:
            item[field] = value
        elif item[field] != value:
            keep(tag, raw)

    ty = entries[0][1]
    if ty in RIS_TO_CSL:
        item["type"] = RIS_TO_CSL[ty]
    else:
        item["type"] = "document"
        if ty:
            custom["ris-type"] = ty
            report(f"unknown RIS type {ty!r}; imported as document", entries[0][2])
        else:
            report("record has an empty TY; imported as document", entries[0][2])

    # Character references (Web of Science's "A&amp;HCI") are characters;
    # notes and abstracts are prose and kept as written, as Zotero does.
    body = [(tag, value if tag in MULTILINE_TAGS else unescape_entities(value), line)
            for tag, value, line in entries[1:] if value]
    has_container = any(tag in CONTAINER_TAGS for tag, _, _ in body)
    issued = _issued_dates([(tag, value) for tag, value, _ in body if tag in ISSUED_TAGS])
    start_page = next((v for t, v, _ in body if t == "SP"), None)
    end_page = next((v for t, v, _ in body if t == "EP"), None)
    seen_sp = seen_ep = False
    keywords: list[str] = []

    for tag, value, _line in body:
        doi = normalise_doi(value) if tag in ("DO", "M3") else None
        if doi:
            # ScienceDirect and Ovid write a resolver URL, AIP "doi: 10...",
            # and some put the DOI in M3 (type of work) as well.
            assign("DOI", tag, doi, value)
        elif tag == "SN" and (note := _SN_NOTE.search(value)):
            # Scopus: "20411723 (ISSN)", "9780128000000 (ISBN)".
            assign(note.group(1).upper(), tag, value[:note.start()], value)
        elif tag == "C7" and item["type"] in _ARTICLE_TYPES:
            assign("number", tag, value, value)  # the article number (Scopus, Web of Science)
        elif tag in SIMPLE_TAGS:
            assign(SIMPLE_TAGS[tag], tag, value, value)
        elif tag in NAME_TAGS:
            item.setdefault(NAME_TAGS[tag], []).append(parse_person(value, inverted=True) or {"literal": value})
        elif tag in CONTAINER_TAGS:
            assign("container-title", tag, value, value)
        elif tag == "JA":
            # Without a full journal title, JA is the only container title we have.
            assign("container-title-short" if has_container else "container-title", tag, value, value)
        elif tag == "KW":
            if value not in keywords:  # Scopus repeats author and index keywords
                keywords.append(value)
        elif tag == "Y2":
            assign("accessed", tag, _date_or_raw(value), value)
        elif tag == "U3":
            assign("archived_date", tag, _date_or_raw(value), value)
        elif tag == "SN":
            if _is_issn(value):
                field = "ISSN"
            elif _is_isbn(value):
                field = "ISBN"
            else:
                field = "ISBN" if item["type"] in ("book", "chapter") else "ISSN"
            assign(field, tag, value, value)
        elif tag == "SP" and not seen_sp:
            seen_sp = True
        elif tag == "EP" and not seen_ep:
            seen_ep = True
        elif tag in ISSUED_TAGS:
            pass  # resolved below, all at once
        else:
            keep(tag, value)

    if keywords:
        item["keyword"] = keyword_text(keywords)
    if start_page is not None:
        if end_page is None or start_page.endswith("-" + end_page):
            item["page"] = start_page
        elif "-" in start_page:
            item["page"] = start_page
            keep("EP", end_page)
        else:
            item["page"] = f"{start_page}-{end_page}"
    elif end_page is not None:
        keep("EP", end_page)

    if issued:
        # Zotero writes PY (year) and DA (full date): keep the most precise.
        best = max(issued, key=lambda t: _date_rank(t[1]))[1]
        item["issued"] = best
        for tag, date, raw in issued:
            if not _consistent(date, best):
                keep(tag, raw)

    if extra:
        custom["ris"] = extra
    if custom:
        item["custom"] = custom
    return item


def parse_ris(text: str, source: str) -> tuple[list[dict], list[Problem]]:
    """Parse RIS text into CSL items plus per-record Problems.

    Blank input gives no items; non-blank input without a single ``TY`` line
    raises BadInput (it is not RIS, or the wrong file).
    """
    problems: list[Problem] = []
    items: list[dict] = []
    for start, entries, closed in _records(_split_lines(text), source, problems):
        key = next((v for t, v, _ in entries if t == "ID" and v), None)

        def report(message: str, line: int, key=key) -> None:
            problems.append(Problem(message, source=source, line=line, key=key))

        if not closed:
            report("record has no ER line before the next TY or the end of the file; kept", start)
        items.append(_build(entries, report))
    if not items and text.strip():
        raise BadInput("no RIS records found (no line starting with 'TY  - ')", source,
                       problems[0].line if problems else None)
    return items, problems


def _lines(tag: str, value: Any) -> list[str]:
    text = str(value).strip()
    if not text:
        return []
    if tag not in MULTILINE_TAGS:  # read back through unescape_entities: a literal "&ap;" stays one
        return [f"{tag}  - " + protect_entities(_LINE_BREAKS.sub(" ", text))]
    first, *rest = text.split("\n")
    out = [f"{tag}  - {first.strip()}"]
    for line in rest:
        # A prose line that looks like a tag would start a new field on import.
        out.append(" " + line if _TAG_LINE.fullmatch(line.rstrip()) else line.rstrip())
    return out


_NOCASE_SPAN = re.compile(r'<span class="nocase">((?:(?!<span[ >]).)*?)</span>', re.S)


def format_ris(items: list[dict]) -> str:
    """Items -> RIS text (``\\n`` line ends, one record per item, ``ER  - ``
    last). Fields RIS has no tag for are not written; ``custom["ris"]`` tags
    are, and ``custom["ris-type"]`` is the TY of a ``document`` item."""
    out: list[str] = []
    for item in items:
        custom = item.get("custom") if isinstance(item.get("custom"), dict) else {}
        ty = CSL_TO_RIS.get(item.get("type", "document"), "GEN")
        if item.get("type", "document") == "document" and custom.get("ris-type"):
            ty = str(custom["ris-type"]).strip() or ty
        rec = [f"TY  - {ty}"]

        def put(tag: str, field: str) -> None:
            if item.get(field) not in (None, ""):
                rec.extend(_lines(tag, item[field]))

        put("ID", "id")
        if isinstance(item.get("title"), str):
            # Case protection means nothing to RIS readers: its spans go, the
            # text stays (italics and the like stay tags, as Zotero writes them).
            rec.extend(_lines("TI", _NOCASE_SPAN.sub(r"\1", item["title"])))
        for tag, field in (("AU", "author"), ("A2", "editor"), ("A3", "collection-editor"),
                           ("A4", "translator")):
            for name in item.get(field) or []:
                text = inverted_name(name) if isinstance(name, dict) else (name if isinstance(name, str) else None)
                if text:
                    rec.extend(_lines(tag, text))
        put("T2", "container-title")
        put("J2", "container-title-short")
        put("T3", "collection-title")
        issued = item.get("issued")
        if issued:
            full = to_ris(issued)
            parts = (issued.get("date-parts") or [[]])[0] if isinstance(issued, dict) else []
            if full and parts:
                # Zotero's layout: PY holds the year, DA the full date if any.
                rec.extend(_lines("PY", full[:4]))
                if full != full[:4] + "///":
                    rec.extend(_lines("DA", full))
            elif full:
                rec.extend(_lines("PY", full))
        if item.get("accessed"):
            text = to_ris(item["accessed"])
            if text:
                rec.extend(_lines("Y2", text))
        put("VL", "volume")
        put("IS", "issue")
        put("M1", "number")
        page = str(item.get("page") or "")
        m = _PAGE_RANGE.fullmatch(page)
        if m:
            rec.extend(_lines("SP", m.group(1)) + _lines("EP", m.group(2)))
        elif page:
            rec.extend(_lines("SP", page))
        put("ET", "edition")
        put("PB", "publisher")
        put("CY", "publisher-place")
        put("SN", "ISBN")
        put("SN", "ISSN")
        put("DO", "DOI")
        put("UR", "URL")
        put("LA", "language")
        keywords = item.get("keyword") or ""
        if isinstance(keywords, list):
            keywords = ", ".join(map(str, keywords))
        for word in keyword_list(str(keywords)):
            rec.extend(_lines("KW", word))
        put("M3", "genre")
        put("AB", "abstract")
        put("N1", "note")
        put("CN", "call-number")
        put("NV", "number-of-volumes")
        put("SE", "section")
        put("U1", "handle")
        put("U2", "archived_url")
        if item.get("archived_date"):
            text = to_ris(item["archived_date"])
            if text:
                rec.extend(_lines("U3", text))
        extra = custom.get("ris") if isinstance(custom.get("ris"), dict) else {}
        for tag, values in extra.items():
            if tag in ("TY", "ER") or not re.fullmatch(r"[A-Z][A-Z0-9]", str(tag)):
                continue  # would break the record structure on import
            for value in values if isinstance(values, list) else [values]:
                rec.extend(_lines(tag, value))
        rec.append("ER  - ")
        out.append("\n".join(rec))
    return "\n\n".join(out) + "\n" if out else ""
