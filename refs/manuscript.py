r"""Manuscripts: reading them, and finding their citations and reference list.

A manuscript (.txt, .md, .qmd, .Rmd, .tex or .docx) becomes lines (a .docx
paragraph is one line, footnotes after the body). On them this module finds:

- **key citations** (:func:`find_key_citations`): LaTeX's ``\cite`` family
  of natbib and biblatex (``\citep[see][p.~4]{a,b}``, ``\textcite{a}``,
  ``\autocite*{a}``, ``\cites(pre)(post)[p.~1]{a}[p.~2]{b}``, ``\nocite``),
  Pandoc, Quarto and R Markdown's ``[@key; @other, p. 4]``, ``@key``,
  ``[-@key]`` (not e-mail addresses, code, or Quarto's ``@fig-x``
  cross-references), and the citation fields Zotero and Mendeley put in a
  .docx (:mod:`refs.docx`), with the CSL-JSON they carry;
- **author-year citations** (:func:`author_year_citations`): found by
  :mod:`refs.values.citations`, with their line;
- **the reference list** (:func:`find_reference_list`): the paragraphs after
  a heading such as References, Bibliography or Works Cited (up to the next
  heading), ``thebibliography``, or, with no heading, the longest run of
  consecutive paragraphs that read as references;
- **the bibliography files** a keyed manuscript names
  (:func:`declared_bibliographies`): ``\bibliography{refs}``,
  ``\addbibresource{refs.bib}``, or ``bibliography:`` in Markdown's front matter.

    >>> [(c.key, c.line) for c in find_key_citations(r"As \citet[p.~4]{barr2013, hurt2012} say." + "\nSee [@okafor2018; -@lee2015, p. 2].")]
    [('barr2013', 1), ('hurt2012', 1), ('okafor2018', 2), ('lee2015', 2)]
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from refs.errors import BadInput
from refs.values.citations import Citation, CitedWork, find_citations

MANUSCRIPT_TYPES = (".txt", ".md", ".markdown", ".qmd", ".rmd", ".tex", ".ltx", ".latex", ".docx", ".text", ".rst")
_LATEX = (".tex", ".ltx", ".latex")


@dataclass
class Manuscript:
    """A manuscript's lines, its kind (``latex``, ``markdown``, ``docx``,
    ``text``) and, for a .docx, its citation fields."""

    path: Path
    lines: list[str]
    kind: str
    fields: list = field(default_factory=list)
    origins: list | None = None  # LaTeX: (file, line) of each line, when files are \input

    def where(self, line: int | None) -> tuple[Path | None, int | None]:
        """The file (None: the manuscript itself) and line that line
        ``line`` of :attr:`lines` came from."""
        if line is None or not self.origins or not 0 < line <= len(self.origins):
            return None, line
        f, n = self.origins[line - 1]
        return (None if f == self.path else f), n

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def read_manuscript(path: str | Path) -> Manuscript:
    """The manuscript at ``path`` (see the module docstring). :class:`BadInput`
    when it is missing, a folder, or not a readable file of its kind."""
    path = Path(path)
    if path.is_dir():
        raise BadInput("is a folder, not a manuscript", str(path))
    if not path.is_file():
        raise BadInput("no such manuscript", str(path))
    suffix = path.suffix.lower()
    if suffix == ".docx":
        from refs.docx import read_docx

        doc = read_docx(path)
        return Manuscript(path, [unicodedata.normalize("NFC", p) for p in doc.paragraphs], "docx", doc.fields)
    from refs.formats import read_text

    text, _ = read_text(path)
    text = unicodedata.normalize("NFC", text)  # "Mu\u0308ller" (macOS, PDF copies) is Müller
    if suffix in _LATEX:
        lines, origins = expand_tex(path, text)
        return Manuscript(path, lines, "latex", origins=origins if len(set(f for f, _ in origins)) > 1 else None)
    kind = "markdown" if suffix in (".md", ".markdown", ".qmd", ".rmd") else "text"
    return Manuscript(path, text.splitlines(), kind)


def _strip_tex_comments(text: str) -> str:
    return "\n".join(re.sub(r"(?<!\\)%.*$", "", line) for line in text.splitlines())


_VERBATIM = re.compile(r"\\begin\{(verbatim\*?|Verbatim\*?|lstlisting|minted|comment|alltt|BVerbatim|LVerbatim)\}"
                       r".*?\\end\{\1\}|\\verb\*?([^\w\s*])[^\n]*?\2|\\iffalse\b.*?\\fi\b", re.S)
_INCLUDE = re.compile(r"\\(?P<cmd>input|include|subfile|subfileinclude)\s*\{(?P<name>[^{}\n]+)\}"
                      r"|\\(?P<icmd>import|subimport|inputfrom|includefrom|subinputfrom|subincludefrom)\*?\s*"
                      r"\{(?P<dir>[^{}\n]*)\}\s*\{(?P<iname>[^{}\n]+)\}"
                      r"|\\input\s+(?P<bare>[\w./-]+\.tex)\b")
_MAX_INCLUDED = 500  # files, against a loop of includes or a runaway project


def expand_tex(path: Path, text: str) -> tuple[list[str], list[tuple[Path, int]]]:
    r"""The lines of a LaTeX file with its comments, verbatim text
    (``verbatim``, ``lstlisting``, ``minted``, ``comment``, ``\verb``,
    ``\iffalse``) blanked, and the files it ``\input``s, ``\include``s,
    ``\subfile``s or ``\import``s spliced in where they are named, each line
    with the (file, line) it came from. Names are found as LaTeX finds them
    (relative to the main file's folder, ``.tex`` added; ``\import`` and
    ``\subfile`` relative to the including file); a name that is no file
    (a generated figure) is left as written, and a file included twice or
    from itself is read once."""
    root = path.parent
    seen: set[Path] = set()

    def read(p: Path, text: str | None) -> list[tuple[str, Path, int]]:
        seen.add(p.resolve())
        if text is None:
            text = _read(p)
        text = _strip_tex_comments(text)
        text = _VERBATIM.sub(_blank, text)
        out: list[tuple[str, Path, int]] = []
        for n, line in enumerate(text.split("\n"), 1):
            rest = line
            while True:
                m = _INCLUDE.search(rest)
                found = m and _included(m, root, p.parent)
                if not m:
                    break
                if found is None or found.resolve() in seen or len(seen) >= _MAX_INCLUDED:
                    out.append((rest[:m.end()], p, n))
                else:
                    out.append((rest[:m.start()], p, n))
                    out.extend(read(found, None))
                rest = rest[m.end():]
            out.append((rest, p, n))
        return out

    spliced = read(path, text)
    # Pieces of one source line stay pieces: join the ones not split by an include.
    lines: list[str] = []
    origins: list[tuple[Path, int]] = []
    for piece, p, n in spliced:
        if origins and origins[-1] == (p, n) and lines:
            lines[-1] += piece
        else:
            lines.append(piece)
            origins.append((p, n))
    return lines, origins


def _included(m: re.Match, root: Path, here: Path) -> Path | None:
    if m.group("bare"):
        candidates = [root / m.group("bare")]
    elif m.group("cmd"):
        name = m.group("name").strip()
        bases = [here, root] if m.group("cmd").startswith("subfile") else [root, here]
        candidates = [b / name for b in bases]
    else:
        folder, name = m.group("dir").strip(), m.group("iname").strip()
        first = here if m.group("icmd").startswith("sub") else root
        candidates = [first / folder / name, here / folder / name, root / folder / name]
    for c in candidates:
        for p in (c, c.with_name(c.name + ".tex")):
            if p.is_file() and p.suffix.lower() in (".tex", ".ltx", ".latex", ""):
                return p
    return None


class _Lines:
    """Offsets in a text to 1-based line numbers."""

    def __init__(self, text: str):
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def line(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset)


# --- key citations ----------------------------------------------------------------


@dataclass(frozen=True)
class KeyCite:
    """A citekey cited (LaTeX, Pandoc) or an item a Word field cites
    (``item`` holds its CSL-JSON, ``key`` the citing program's id). ``group``
    numbers the citation it belongs to (keys cited together share one)."""

    key: str
    line: int
    text: str
    item: dict | None = None
    group: int = 0
    at: int = 0  # offset in the text, for the order of appearance


_CITE_COMMAND = re.compile(r"\\([A-Za-z]*[cC]ite[A-Za-z]*)\*?")  # \Citet and \Citeauthor too
_MACRO_PARAMETER = re.compile(r"#+\d")
# Commands that define or set up citation commands (\DeclareCiteCommand, \newcitestyle, ...).
_DEFINES = re.compile(r"(?i)(?:declare|new|renew|provide|def|define|set|bibcite|natcite|citestyle)|.*(?:style|setup)$")
_NOT_CITES = frozenset({"citestyle", "citesetup", "citeurl", "defcitealias", "citetrackerfalse"})
_CROSSREF = re.compile(r"(?:fig|tbl|sec|eq|lst|thm|lem|cor|prp|cnj|def|exm|exr|sol|rem|apx)-", re.I)
_PANDOC_KEY = re.compile(r"(?<![\w@.\\])-?@(?P<key>\{[^{}\n]+\}|[\w][\w:.#$%&\-+?<>~/]*)")
_PANDOC_GROUP = re.compile(r"\[([^\[\]\n]*@[^\[\]\n]*)\]")
_EMAIL_DOMAIN = re.compile(r"[\w.+-]+\.[a-z]{2,}$")
_CODE = re.compile(r"^(```|~~~).*?^\1[^\n]*$|`[^`\n]+`|<!--.*?-->", re.S | re.M)
_FRONT_MATTER = re.compile(r"\A---\n.*?\n(?:---|\.\.\.)\n", re.S)


def _balanced(text: str, i: int, opening: str, closing: str) -> int | None:
    """The index just past the group opened at ``text[i]``, or None."""
    depth = 0
    for j in range(i, min(len(text), i + 2000)):
        c = text[j]
        if c == "\\":
            continue
        if c == opening:
            depth += 1
        elif c == closing:
            depth -= 1
            if depth == 0:
                return j + 1
    return None


def _latex_cites(text: str, lines: _Lines, out: list[KeyCite]) -> None:
    for m in _CITE_COMMAND.finditer(text):
        name = m.group(1)
        if name.lower() in _NOT_CITES or _DEFINES.match(name):
            continue
        multi = name.lower().endswith("cites")
        i, groups = m.end(), []
        while i < len(text):
            j = i
            while j < len(text) and text[j] in " \t\n" and text[j:j + 2] != "\n\n":
                j += 1
            opening = "[{(" if multi else "[{<"  # \cites(pre)(post)..., apacite's \cite<e.g.,>[p. 3]{k}
            if j >= len(text) or text[j] not in opening:
                break
            end = _balanced(text, j, text[j], {"(": ")", "[": "]", "{": "}", "<": ">"}[text[j]])
            if end is None:
                break
            if text[j] == "{":
                groups.append(text[j + 1:end - 1])
            i = end
            if text[j] == "{" and not multi:
                break
        written = text[m.start():i]
        group = len(out) + 1
        for keys in groups:
            for key in keys.split(","):
                key = key.strip()
                if key and key != "*" and not _MACRO_PARAMETER.search(key):  # \citep{#1} in a macro's body
                    out.append(KeyCite(key, lines.line(m.start()), written, group=group, at=m.start()))


def _blank(m: re.Match) -> str:
    return re.sub(r"[^\n]", " ", m.group(0))


def _pandoc_cites(text: str, lines: _Lines, out: list[KeyCite], *, bare: bool = True) -> None:
    front = _FRONT_MATTER.match(text)
    if front:
        # Front matter cites only through ``nocite``; everything else in it is settings.
        nocite = re.search(r"^nocite:\s*(.*(?:\n[ \t]+.*)*)", front.group(0), re.M)
        body = re.sub(r"[^\n]", " ", front.group(0))  # blank, keeping its lines
        if nocite:
            body = body[:nocite.start(1)] + nocite.group(1).replace("@*", "  ") + body[nocite.end(1):]
        text = body + text[front.end():]
    text = _CODE.sub(_blank, text)
    text = _indented_code(text)
    text = _LINK_TARGET.sub(_blank, text)  # a link's URL (medium.com/@user/post) is no citation
    text = re.sub(r"\\@", "  ", text)  # bookdown's \@ref(...) is no citation
    text = _CITE_COMMAND.sub(lambda m: " " * len(m.group(0)), text)
    taken: list[tuple[int, int]] = []
    for g in _PANDOC_GROUP.finditer(text):
        group = len(out) + 1
        for k in _PANDOC_KEY.finditer(g.group(1)):
            key = _clean_key(k.group("key"))
            if key and not _CROSSREF.match(key):
                out.append(KeyCite(key, lines.line(g.start()), g.group(0), group=group, at=g.start()))
        taken.append((g.start(), g.end()))
    for k in _PANDOC_KEY.finditer(text) if bare else ():
        if any(a <= k.start() < b for a, b in taken):
            continue
        key = _clean_key(k.group("key"))
        if not key or _CROSSREF.match(key) or (not k.group("key").startswith("{") and _EMAIL_DOMAIN.match(key)):
            continue
        out.append(KeyCite(key, lines.line(k.start()), k.group(0).rstrip(".:,;"), group=len(out) + 1, at=k.start()))


_LINK_TARGET = re.compile(r"(?<=\])\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*(?:\s+\"[^\"\n]*\")?\)"  # [text](url "title")
                          r"|<(?:https?|ftp|mailto):[^<>\s]*>"                    # <https://...>
                          r"|\b(?:https?|ftp)://[^\s<>\[\]]+"                   # a bare URL
                          r"|^ {0,3}\[[^\]\n]+\]:[ \t]*\S+", re.M)                # [id]: url
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)]|#\.)\s")


def _indented_code(text: str) -> str:
    """``text`` with Markdown's indented code blocks blanked: lines indented
    four spaces (or a tab) after a blank line that follows a paragraph, not
    a list item, whose indented paragraphs continue the item."""
    lines = text.split("\n")
    in_code, in_list, blank_before = False, False, True
    for n, line in enumerate(lines):
        if not line.strip():
            blank_before = True
            continue
        indented = line.startswith(("    ", "\t"))
        if not indented:
            in_code = False
            in_list = bool(_LIST_ITEM.match(line)) or (in_list and not blank_before)
        elif in_code or (blank_before and not in_list):
            in_code = True
            lines[n] = " " * len(line)
        blank_before = False
    return "\n".join(lines)


def _clean_key(key: str) -> str:
    if key.startswith("{") and key.endswith("}"):
        return key[1:-1].strip()
    return key.rstrip(".:,;?!")


def find_key_citations(text, kind: str = "text") -> list[KeyCite]:
    """Citekeys cited with LaTeX or Pandoc syntax in ``text`` (a string, a
    list of lines, or a :class:`Manuscript`), in order of appearance (in a
    .tex file, only bracketed Pandoc citations count: a bare ``@`` there is
    TeX's)."""
    if isinstance(text, Manuscript):
        text, kind = text.text, text.kind
    elif isinstance(text, list):
        text = "\n".join(text)
    lines = _Lines(text)
    out: list[KeyCite] = []
    _latex_cites(text, lines, out)
    _pandoc_cites(text, lines, out, bare=kind != "latex")
    out.sort(key=lambda c: c.at)
    return out


def field_citations(manuscript: Manuscript, stop: int | None = None) -> list[KeyCite]:
    """The items a .docx's Zotero and Mendeley fields cite, as key citations."""
    out = []
    for n, f in enumerate(manuscript.fields, 1):
        if stop is not None and f.line >= stop:
            continue
        if not f.items:
            out.append(KeyCite("", f.line, f.text or f"{f.program} citation", None, n))
        for item in f.items:
            out.append(KeyCite(str(item.get("id") or ""), f.line, f.text or f"{f.program} citation", item, n))
    return out


_BIB_COMMANDS = re.compile(r"\\(?:bibliography|addbibresource|addglobalbib)\s*(?:\[[^\]]*\])?\s*\{([^}]*)\}")
_YAML_BIB = re.compile(r"^bibliography:[ \t]*(.*(?:\n[ \t]+-.*)*)", re.M)


def declared_bibliographies(manuscript: Manuscript) -> list[Path]:
    """The bibliography files a LaTeX or Markdown manuscript names, relative
    to its folder (``refs`` in ``\\bibliography{refs}`` is ``refs.bib``).
    :class:`BadInput` names a declared file that does not exist."""
    text = manuscript.text
    names: list[str] = []
    if manuscript.kind == "latex" or "\\bibliography" in text or "\\addbibresource" in text:
        for m in _BIB_COMMANDS.finditer(text):
            names += [n.strip() for n in m.group(1).split(",") if n.strip()]
    folder = manuscript.path.parent
    stem = manuscript.path.stem
    if not names and manuscript.kind == "latex":
        # A chapter checked on its own: its main file's bibliography.
        root = tex_root(manuscript.path)
        if root is not None:
            folder, stem = root.parent, root.stem
            names += [n.strip() for m in _BIB_COMMANDS.finditer("\n".join(expand_tex(root, _read(root))[0]))
                      for n in m.group(1).split(",") if n.strip()]
    names = [stem if n == "\\jobname" else n for n in names]  # \bibliography{\jobname}: the main file's name
    front = _FRONT_MATTER.match(text)
    if front:
        names += _yaml_bibliographies(front.group(0)[4:])
    if not names and manuscript.kind == "markdown":
        project = _quarto_project(folder)
        if project is not None:
            folder = project.parent
            names += _yaml_bibliographies(_read(project))
    out = []
    for name in names:
        if not name:
            continue
        path = (folder / name)
        if not path.suffix and not path.exists():
            path = path.with_suffix(".bib")
        if not path.is_file():
            raise BadInput(f"the manuscript names a bibliography that does not exist: {name}", str(manuscript.path))
        out.append(path)
    return out


_TEX_ROOT = re.compile(r"^[ \t]*%[ \t]*!\s*tex\s+root\s*=\s*(\S.*?)\s*$", re.I | re.M)
_SUBFILES = re.compile(r"\\documentclass\s*\[([^\]]+)\]\s*\{subfiles\}")
_DOCUMENTCLASS = re.compile(r"\\documentclass\b|\\begin\s*\{document\}")
_MAX_ROOT_SEARCH = 200  # .tex files looked at in each folder


def _read(path: Path) -> str:
    from refs.formats import read_text

    return read_text(path)[0]


def tex_root(path: Path, depth: int = 0) -> Path | None:
    r"""The main file of a LaTeX chapter checked on its own: the one its
    ``% !TEX root = ../thesis.tex`` line or ``\documentclass[../thesis.tex]{subfiles}``
    names, else the one main file (``\documentclass``, ``\begin{document}``) in its folder or up to
    two folders above that ``\input``s, ``\include``s, ``\subfile``s or
    ``\import``s it (through files that do not have one). None for a main
    file itself, or when none (or more than one) is found."""
    try:
        text = _read(path)
    except (OSError, BadInput):
        return None
    named = _TEX_ROOT.search("\n".join(text.splitlines()[:30]))
    code = _strip_tex_comments(text)
    named = named or _SUBFILES.search(code)
    if named:
        for c in (path.parent / named[1].strip(), path.parent / (named[1].strip() + ".tex")):
            if c.is_file() and c.resolve() != path.resolve():
                return c
    if _DOCUMENTCLASS.search(code) or depth > 3:
        return None
    target = path.resolve()
    folder = path.parent
    for _ in range(3):
        found: list[Path] = []
        for cand in sorted(folder.glob("*.tex"))[:_MAX_ROOT_SEARCH]:
            if cand.resolve() == target or not cand.is_file():
                continue
            try:
                ctext = _strip_tex_comments(_read(cand))
            except (OSError, BadInput):
                continue
            if any((f := _included(m, cand.parent, cand.parent)) is not None and f.resolve() == target
                   for m in _INCLUDE.finditer(ctext)):
                root = cand if _DOCUMENTCLASS.search(ctext) else tex_root(cand, depth + 1)
                if root is None and _BIB_COMMANDS.search(ctext):
                    root = cand  # a part file that names the bibliography itself
                if root is not None and root not in found:
                    found.append(root)
        if found:
            return found[0] if len(found) == 1 else None
        if folder.parent == folder:
            break
        folder = folder.parent
    return None


def _yaml_bibliographies(block: str) -> list[str]:
    """The ``bibliography`` of a YAML block: one name, or a list of them
    (``- refs.bib`` lines or ``["refs.bib", other.bib]``)."""
    import yaml  # lazily: only a Markdown manuscript with front matter needs it

    try:
        data = yaml.safe_load(re.sub(r"(?m)^(?:---|\.\.\.)\s*$", "", block))
    except yaml.YAMLError:
        data = None
    if not isinstance(data, dict):  # not YAML pandoc could read either: the lines that look right
        out = []
        for m in _YAML_BIB.finditer(block):
            value = m.group(1)
            out += [v.strip().strip("'\"") for v in re.findall(r"-\s*(.+)", value)] or [value.strip().strip("'\"")]
        return out
    value = data.get("bibliography")
    if value is None:
        return []
    return [str(v).strip() for v in (value if isinstance(value, list) else [value]) if v is not None]


def _quarto_project(folder: Path) -> Path | None:
    """The ``_quarto.yml`` of the Quarto project a document belongs to (its
    folder or one above), whose ``bibliography`` the document shares."""
    for d in [folder, *list(folder.parents)[:5]]:
        if (d / "_quarto.yml").is_file():
            return d / "_quarto.yml"
    return None


# --- author-year citations -----------------------------------------------------------


@dataclass(frozen=True)
class Cited:
    """One work an author-year citation names, and where: the citation as
    written, its line."""

    work: CitedWork
    citation: Citation
    line: int


def author_year_citations(lines: list[str], stop: int | None = None,
                          known_names: frozenset | set = frozenset()) -> list[Cited]:
    """The works cited author-year on ``lines`` before line ``stop`` (the
    reference list), each with its citation and line. ``known_names``
    (folded family names of the references) lets ``(Barr)`` count as a
    citation with no year."""
    body = lines[:stop - 1] if stop else lines
    text = "\n".join(body)
    where = _Lines(text)
    out = []
    for c in find_citations(text, known_names=known_names):
        line = where.line(c.start)
        out.extend(Cited(w, c, line) for w in c.works)
    return out


# --- the reference list -----------------------------------------------------------------

_REF_HEADING = re.compile(
    r"^\s*(?:#{1,6}\s*|\\(?:section|chapter|subsection)\*?\{)?\s*(?:\d+\.?\s*)?"
    r"(?:references|reference list|bibliography|works cited|literature cited|sources cited)\s*\}?\s*:?\s*$", re.I)
_OTHER_HEADING = re.compile(
    r"^\s*(?:#{1,6}\s+\S|\\(?:section|chapter|subsection|appendix)\b|\\end\{document\}|"
    r"(?:appendix|appendices|acknowledg(?:e)?ments?|notes|endnotes|author note|tables?|figures?|"
    r"about the authors?|funding|conflicts? of interest)\b[^.]{0,40}$)", re.I)


@dataclass
class Entry:
    """A reference-list entry: its text and first line (and the key of a
    LaTeX ``\\bibitem``)."""

    line: int
    text: str
    key: str | None = None


def _paragraphs(lines: list[str], start: int = 0, end: int | None = None) -> list[Entry]:
    """Entries: blank-line separated paragraphs; where the block has no blank
    lines between entries, one entry per line (indented lines continue)."""
    from refs.textrefs import split_references

    chunk = lines[start:end]
    return [Entry(start + ln, text) for ln, text in split_references("\n".join(chunk))]


def find_reference_list(lines: list[str]) -> tuple[int | None, list[Entry]]:
    """(first line of the list or its heading, entries). ``(None, [])`` when there is none."""
    from refs.textrefs import looks_like_reference

    for i, line in enumerate(lines):
        if _REF_HEADING.match(line):
            end = len(lines)
            for j in range(i + 1, len(lines)):
                if _OTHER_HEADING.match(lines[j]) and not looks_like_reference(lines[j]):
                    end = j
                    break
            body = lines[i + 1:end]
            if any("\\bibitem" in ln for ln in body):
                return i + 1, _bibitems(lines, i + 1, end)
            return i + 1, [e for e in _paragraphs(lines, i + 1, end) if e.text.strip()]
    if any("\\begin{thebibliography}" in ln for ln in lines):
        start = next(i for i, ln in enumerate(lines) if "\\begin{thebibliography}" in ln)
        return start + 1, _bibitems(lines, start + 1, len(lines))
    # No heading: the longest run of consecutive reference-like paragraphs.
    entries = _paragraphs(lines)
    best: tuple[int, int] = (0, 0)
    run_start = None
    for k, e in enumerate(entries + [Entry(0, "")]):
        if e.text and looks_like_reference(e.text):
            if run_start is None:
                run_start = k
        else:
            if run_start is not None and k - run_start > best[1] - best[0]:
                best = (run_start, k)
            run_start = None
    if best[1] - best[0] >= 2:
        chosen = entries[best[0]:best[1]]
        return chosen[0].line, chosen
    return None, []


_BIBITEM = re.compile(r"\s*\\bibitem\s*(?:\[(?:[^\[\]{}]|\{[^{}]*\})*\])?\s*\{([^}]*)\}\s*(.*)")


def bibitems(lines: list[str]) -> list[Entry]:
    r"""The ``\bibitem``s of a ``thebibliography`` (written in the
    manuscript, or the .bbl BibTeX made of it), each with its key."""
    starts = [i for i, ln in enumerate(lines) if "\\begin{thebibliography}" in ln]
    return _bibitems(lines, starts[0] + 1, len(lines)) if starts else []


def _bibitems(lines: list[str], start: int, end: int) -> list[Entry]:
    out: list[Entry] = []
    for n in range(start, end):
        line = lines[n]
        if "\\end{thebibliography}" in line:
            break
        m = _BIBITEM.match(line)
        if m:
            out.append(Entry(n + 1, m.group(2), m.group(1).strip()))
        elif out and line.strip():
            out[-1] = Entry(out[-1].line, out[-1].text + " " + line.strip(), out[-1].key)
    for e in out:
        e.text = re.sub(r"\\(?:emph|textit|textbf)\{([^}]*)\}|\{\\(?:em|it)\s+([^}]*)\}",
                        lambda m: m.group(1) or m.group(2), e.text).replace("~", " ").replace("\\&", "&")
    return out
