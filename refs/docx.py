"""Reading a Word (.docx) manuscript: its paragraphs and the citations
Zotero and Mendeley keep in it.

A .docx is a zip archive whose ``word/document.xml`` (and ``footnotes.xml``,
``endnotes.xml``) hold the text. A hostile file can declare a small size
and inflate to gigabytes, so each part is decompressed as a stream and
parsed as it arrives, and the reading stops with :class:`BadInput` past
:data:`MAX_XML_BYTES` of XML (the file is named; the memory used stays near
the size of the text, not of the XML).

Zotero and Mendeley insert each citation as a Word field whose instruction
carries the cited items as CSL-JSON::

    ADDIN ZOTERO_ITEM CSL_CITATION {"citationItems": [{"id": 12, "itemData": {...}}], ...}
    ADDIN CSL_CITATION {"citationItems": [{"id": "ITEM-1", "itemData": {...}}], "mendeley": {...}}

:func:`read_docx` returns the paragraphs (one per line, footnotes after the
body) and, for each such field, the paragraph it sits in, the text Word
shows for it, and the items.
"""

from __future__ import annotations

import json
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from refs.errors import BadInput

# Decompressed XML read from one .docx at most (all parts together).
MAX_XML_BYTES = 512 * 1024 * 1024
_PARTS = ("word/document.xml", "word/footnotes.xml", "word/endnotes.xml")
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@dataclass
class FieldCitation:
    """A citation field: its paragraph (1-based line), the text shown, the
    cited CSL-JSON items (``id`` is the citing program's, not a citekey)."""

    line: int
    text: str
    items: list[dict] = field(default_factory=list)
    program: str = "Zotero"


@dataclass
class DocxText:
    paragraphs: list[str]
    fields: list[FieldCitation]


class _Capped:
    """A read-only stream over a zip member that refuses to inflate past a cap."""

    def __init__(self, stream, budget: list[int], source: str):
        self._stream, self._budget, self._source = stream, budget, source
        self._cap = budget[0]

    def read(self, n: int = -1) -> bytes:
        data = self._stream.read(65536 if n is None or n < 0 else min(n, 65536))
        self._budget[0] -= len(data)
        if self._budget[0] < 0:
            raise BadInput(f"the document inflates to more than {max(1, self._cap // (1024 * 1024))} MB of XML; "
                           "not read (a damaged or hostile file?)", self._source)
        return data


def read_docx(path: str | Path, *, max_bytes: int = MAX_XML_BYTES) -> DocxText:
    """The paragraphs and citation fields of a .docx (see the module
    docstring); at most ``max_bytes`` of XML are inflated."""
    path = Path(path)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise BadInput(f"not a readable .docx file ({exc})", str(path)) from None
    budget = [max_bytes]
    paragraphs: list[str] = []
    fields: list[FieldCitation] = []
    with archive:
        names = set(archive.namelist())
        if "word/document.xml" not in names:
            raise BadInput("not a .docx file (no word/document.xml)", str(path))
        for part in _PARTS:
            if part not in names:
                continue
            try:
                with archive.open(part) as raw:
                    _parse(_Capped(raw, budget, str(path)), paragraphs, fields)
            except BadInput:
                raise
            except Exception as exc:  # zlib, lxml, a truncated member: the file's fault
                raise BadInput(f"not a readable .docx file ({part}: {exc})", str(path)) from None
    return DocxText(paragraphs, fields)


def _parse(stream, paragraphs: list[str], fields: list[FieldCitation]) -> None:
    from lxml import etree

    text: list[str] = []
    instruction: list[str] = []
    field_text: list[str] = []
    depth = 0           # nesting of complex fields
    in_result = False   # between "separate" and "end": the text Word shows
    for event, el in etree.iterparse(stream, events=("end",), huge_tree=False, resolve_entities=False,
                                     no_network=True):
        tag = el.tag
        if tag == f"{_W}t":
            text.append(el.text or "")
            if in_result:
                field_text.append(el.text or "")
        elif tag == f"{_W}tab":
            text.append("\t")
        elif tag in (f"{_W}br", f"{_W}cr"):
            text.append(" ")
        elif tag == f"{_W}instrText" and depth:
            instruction.append(el.text or "")
        elif tag == f"{_W}fldChar":
            kind = el.get(f"{_W}fldCharType")
            if kind == "begin":
                depth += 1
                if depth == 1:
                    instruction, field_text, in_result = [], [], False
            elif kind == "separate" and depth == 1:
                in_result = True
            elif kind == "end" and depth:
                depth -= 1
                if depth == 0:
                    _field("".join(instruction), "".join(field_text), len(paragraphs) + 1, fields)
                    in_result = False
        elif tag == f"{_W}fldSimple":
            _field(el.get(f"{_W}instr") or "", "", len(paragraphs) + 1, fields)
        elif tag == f"{_W}p":
            paragraphs.append("".join(text))
            text = []
        if tag in (f"{_W}p", f"{_W}tbl"):
            el.clear()  # keep memory near the text's size, not the XML's
            parent = el.getparent()
            while parent is not None and el.getprevious() is not None:
                del parent[0]


def _field(instruction: str, shown: str, line: int, fields: list[FieldCitation]) -> None:
    code = instruction.strip()
    if not code.startswith("ADDIN") or "CSL_CITATION" not in code:
        return
    program = "Zotero" if "ZOTERO" in code else "Mendeley"
    start = code.find("{")
    if start < 0:
        return
    try:
        data = json.loads(code[start:])
    except json.JSONDecodeError:
        fields.append(FieldCitation(line, shown, [], program))  # a broken field: reported by the checker
        return
    items = []
    for cite in data.get("citationItems") or []:
        if isinstance(cite, dict) and isinstance(cite.get("itemData"), dict):
            item = dict(cite["itemData"])
            item.setdefault("id", str(cite.get("id") or item.get("id") or ""))
            items.append(item)
    fields.append(FieldCitation(line, shown or (data.get("properties") or {}).get("plainCitation", ""), items, program))
