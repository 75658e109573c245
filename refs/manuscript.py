"""Manuscripts: reading them, and finding their citations and reference list.

A manuscript (.txt, .md, .tex or .docx) becomes a list of lines (a .docx
paragraph is one line). On those lines this module finds:

- **key citations**: LaTeX ``\\cite``-family commands of natbib and biblatex
  (``\\citep``, ``\\textcite``, ``\\autocite[p. 4]{a,b}``, ``\\cites{a}{b}``)
  and Pandoc's ``[@key; @other, p. 4]`` and ``@key``;
- **author-year citations** in running text, parenthetical
  ``(Barr & Oak, 2013; Hurt, 2012a, 2012b)`` and narrative
  ``Smith et al. (2010, p. 4)``, with ``n.d.``, year suffixes, locators and
  secondary sources (``Smith, 2001, as cited in Barr, 2013``: only Barr needs
  a reference). Text in quotation marks is not searched;
- **the reference list**: the paragraphs after a heading such as References,
  Bibliography or Works Cited (up to the next heading), or, with no heading,
  the longest run of consecutive paragraphs that read as references.

    >>> [(c.authors, c.year, c.etal) for c in find_citations(["As Smith et al. (2010) and Barr (n.d.) say."])]
    [(['Smith'], '2010', True), (['Barr'], 'n.d.', False)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from refs.errors import BadInput

MANUSCRIPT_TYPES = (".txt", ".md", ".markdown", ".tex", ".docx", ".text", ".rst")


def read_manuscript(path: str | Path) -> list[str]:
    """The manuscript's lines (a .docx paragraph is a line)."""
    path = Path(path)
    if not path.is_file():
        raise BadInput("no such manuscript", str(path))
    if path.suffix.lower() == ".docx":
        try:
            import docx
        except ImportError:  # pragma: no cover - python-docx is a dependency
            raise BadInput("reading .docx needs python-docx (pip install python-docx)", str(path)) from None
        try:
            document = docx.Document(str(path))
        except Exception as exc:
            raise BadInput(f"not a readable .docx file ({exc})", str(path)) from None
        return [p.text for p in document.paragraphs]
    from refs.formats import read_text

    text, _ = read_text(path)
    if path.suffix.lower() == ".tex":
        text = _strip_tex_comments(text)
    return text.splitlines()


def _strip_tex_comments(text: str) -> str:
    return "\n".join(re.sub(r"(?<!\\)%.*$", "", line) for line in text.splitlines())


# --- key citations ----------------------------------------------------------------

_LATEX_CITE = re.compile(
    r"\\(?P<cmd>[A-Za-z]*cite[A-Za-z]*|nocite)\*?"
    r"(?P<args>(?:\s*\[[^\]]*\]){0,2}\s*\{[^}]*\}(?:(?:\s*\[[^\]]*\]){0,2}\s*\{[^}]*\})*)")
_BRACED = re.compile(r"\{([^}]*)\}")
_PANDOC_GROUP = re.compile(r"\[([^\[\]]*@[^\[\]]*)\]")
_PANDOC_KEY = re.compile(r"(?<![\w@.\-+])-?@(?P<key>[\w][\w:.#$%&\-+?<>~/]*)")


@dataclass(frozen=True)
class KeyCite:
    key: str
    line: int
    text: str


def find_key_citations(lines: list[str]) -> list[KeyCite]:
    """Citekeys cited with LaTeX or Pandoc syntax, in order of appearance."""
    out: list[KeyCite] = []
    for n, line in enumerate(lines, 1):
        for m in _LATEX_CITE.finditer(line):
            if m.group("cmd").lower() in ("citestyle", "citesetup"):
                continue
            for group in _BRACED.findall(m.group("args")):
                for key in group.split(","):
                    key = key.strip()
                    if key and key != "*":
                        out.append(KeyCite(key, n, m.group(0)))
        masked = _LATEX_CITE.sub(lambda m: " " * len(m.group(0)), line)
        for m in _PANDOC_GROUP.finditer(masked):
            for km in _PANDOC_KEY.finditer(m.group(1)):
                out.append(KeyCite(km.group("key").rstrip(".:,;"), n, m.group(0)))
        masked = _PANDOC_GROUP.sub(lambda m: " " * len(m.group(0)), masked)
        for km in _PANDOC_KEY.finditer(masked):
            if re.match(r"[\w.+-]+\.[a-z]{2,}$", km.group("key")):  # an e-mail domain, not a key
                continue
            out.append(KeyCite(km.group("key").rstrip(".:,;"), n, km.group(0)))
    return out


# --- author-year citations -----------------------------------------------------------

_YEAR = r"(?:(?:1[5-9]|20)\d{2}[a-z]?|n\.\s?d\.(?:-[a-z])?|in press|forthcoming)"
_NAME = r"(?:(?:van|von|de|der|den|du|da|di|la|le|del|della|dos|ten|ter|bin|al|el)\s+)*[A-ZÀ-ÖØ-Þ][\w'’\-]+"
_NAMES = (rf"{_NAME}(?:\s+{_NAME})*(?:\s+et\s+al\.?|(?:,?\s+(?:and|&)\s+{_NAME}(?:\s+{_NAME})*)"
          rf"|(?:,\s+{_NAME}(?:\s+{_NAME})*)+,?\s+(?:and|&)\s+{_NAME}(?:\s+{_NAME})*)?")
_PART = re.compile(rf"^(?P<pre>(?:(?:see|see also|e\.g\.|i\.e\.|cf\.|for example|also|and)\,?\s+)*)"
                   rf"(?P<names>{_NAMES}|[A-Z][\w'’\-]*(?:\s+[A-Z&][\w'’\-]*)*(?:\s+\[[A-Z]+\])?)"
                   rf",?\s+(?P<years>{_YEAR}(?:\s*,\s*{_YEAR})*)"
                   rf"(?:\s*,\s*(?P<loc>.+))?$")
_YEARS_ONLY = re.compile(rf"^(?P<years>{_YEAR}(?:\s*,\s*{_YEAR})*)(?:\s*,\s*(?P<loc>.+))?$")
_NARRATIVE_NAMES = re.compile(rf"(?P<names>{_NAMES})\s*$")
_NAME_ONLY = re.compile(rf"^(?P<names>{_NAMES})(?:\s*,\s*(?P<loc>(?:pp?|para|paras|chap|sec|slide)\.?\s*\S.*))?$")
_PAREN = re.compile(r"\(([^()]{1,400})\)")
_AS_CITED = re.compile(r",?\s*as cited (?:in|by)\s+", re.I)
_QUOTE = re.compile(r"“[^”]{1,2000}”|\"[^\"\n]{1,2000}\"")
_WORK_NOUNS = {"post", "study", "article", "report", "paper", "work", "blog", "book", "survey", "review",
               "chapter", "essay", "analysis", "thesis", "presentation", "slides", "talk", "piece", "column"}
_NOT_NAMES = {"Table", "Figure", "Fig", "Appendix", "Section", "Chapter", "Note", "See", "In", "The", "This",
              "January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December", "Spring", "Summer", "Fall", "Autumn", "Winter", "Study",
              "Experiment", "Phase", "Wave", "Since", "Until", "From", "Before", "After", "During", "By", "On",
              "At", "For", "Of", "And", "But", "Or", "Also", "As", "Figures", "Tables", "Volume", "Issue",
              "Version", "Step", "Part", "Page", "Line", "Year", "Years", "Spring"}


@dataclass
class Citation:
    """One author-year citation. ``authors`` are family names as written;
    ``secondary`` marks the original work of an "as cited in" (it needs no
    reference)."""

    text: str
    line: int
    authors: list[str] = field(default_factory=list)
    year: str | None = None
    etal: bool = False
    locator: str | None = None
    narrative: bool = False
    secondary: bool = False

    def as_json(self) -> dict:
        return {"text": self.text, "line": self.line, "authors": self.authors, "year": self.year,
                "et_al": self.etal, "locator": self.locator, "narrative": self.narrative,
                "secondary": self.secondary}


def split_names(names: str) -> tuple[list[str], bool]:
    """``Smith, Jones, & Lee`` -> (['Smith', 'Jones', 'Lee'], False); ``Smith et al.`` -> (['Smith'], True)."""
    names = re.sub(r"\s+\[[A-Z]+\]$", "", names.strip())
    etal = bool(re.search(r"\bet\s+al\b", names))
    names = re.sub(r",?\s+et\s+al\.?", "", names)
    parts = [p.strip() for p in re.split(r"\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+", names) if p.strip()]
    if parts:
        words = parts[0].split()
        while len(words) > 1 and words[0] in _NOT_NAMES:  # "As Smith et al. (2010)"
            words = words[1:]
        parts[0] = " ".join(words)
    return parts, etal


def _mask_quotes(text: str) -> str:
    return _QUOTE.sub(lambda m: " " * len(m.group(0)), text)


def _year_list(years: str) -> list[str]:
    return [y.strip().replace("n. d.", "n.d.") for y in re.split(r"\s*,\s*", years) if y.strip()]


def _valid_names(names: list[str]) -> bool:
    return bool(names) and all(n.split()[-1] not in _NOT_NAMES and n.split()[0] not in _NOT_NAMES
                               for n in names)


def _citations_in_part(part: str, line: int, quoted: str, secondary: bool) -> list[Citation]:
    part = part.strip()
    m = _PART.match(part)
    if not m:
        return []
    names, etal = split_names(m.group("names"))
    if not _valid_names(names):
        return []
    loc = m.group("loc")
    return [Citation(quoted, line, names, y, etal, loc, False, secondary) for y in _year_list(m.group("years"))]


def find_citations(lines: list[str], stop: int | None = None, known_names: set[str] | None = None) -> list[Citation]:
    """Author-year citations on ``lines`` (1-based numbers), before line ``stop``
    (the reference list). ``known_names`` (lower-cased family names of the
    references) lets ``(Barr)`` count as a citation with no year."""
    out: list[Citation] = []
    known = known_names or set()
    for n, raw in enumerate(lines, 1):
        if stop is not None and n >= stop:
            break
        text = _mask_quotes(raw)
        for m in _PAREN.finditer(text):
            inner = m.group(1).strip()
            quoted = m.group(0)
            before = text[:m.start()]
            pieces = _AS_CITED.split(inner, maxsplit=1)
            primary = pieces[-1]
            original = pieces[0] if len(pieces) == 2 else None
            found: list[Citation] = []
            # Narrative: "Barr (2013)", "Smith et al. (2010, p. 4)", "Smith (2001, as cited in Barr, 2013)".
            head = original if original is not None else inner
            ym = _YEARS_ONLY.match(head.strip()) if head.strip() else None
            nm = _NARRATIVE_NAMES.search(before)
            if original is not None and not head.strip() and nm:
                names, etal = split_names(nm.group("names"))
                if _valid_names(names):
                    found.append(Citation(nm.group(0).strip() + " " + quoted, n, names, None, etal, None, True, True))
            if ym:
                is_secondary = original is not None
                if nm:
                    names, etal = split_names(nm.group("names"))
                    if _valid_names(names):
                        for y in _year_list(ym.group("years")):
                            found.append(Citation(nm.group(0).strip() + " " + quoted, n, names, y, etal,
                                                  ym.group("loc"), True, is_secondary))
                if not found:
                    word = re.search(r"(\w+)\W*$", before)
                    if word and word.group(1).lower() in _WORK_NOUNS:
                        for y in _year_list(ym.group("years")):
                            found.append(Citation(word.group(1) + " " + quoted, n, [], y, False,
                                                  ym.group("loc"), True, is_secondary))
            elif original is not None:
                for piece in original.split(";"):
                    found.extend(_citations_in_part(piece, n, quoted, True))
            if original is not None or not ym:
                for piece in primary.split(";") if original is not None or not ym else []:
                    got = _citations_in_part(piece, n, quoted, False)
                    if not got and known:
                        nm2 = _NAME_ONLY.match(piece.strip())
                        if nm2:
                            names, etal = split_names(nm2.group("names"))
                            if names and names[0].lower() in known and _valid_names(names):
                                got = [Citation(quoted, n, names, None, etal, nm2.group("loc"), False, False)]
                    found.extend(got)
            out.extend(found)
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
    """A reference-list entry: its text and first line."""

    line: int
    text: str


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


def _bibitems(lines: list[str], start: int, end: int) -> list[Entry]:
    out: list[Entry] = []
    for n in range(start, end):
        line = lines[n]
        if "\\end{thebibliography}" in line:
            break
        m = re.match(r"\s*\\bibitem(?:\[[^\]]*\])?\{([^}]*)\}\s*(.*)", line)
        if m:
            out.append(Entry(n + 1, m.group(2)))
        elif out and line.strip():
            out[-1] = Entry(out[-1].line, out[-1].text + " " + line.strip())
    for e in out:
        e.text = re.sub(r"\\(?:emph|textit|textbf)\{([^}]*)\}|\{\\(?:em|it)\s+([^}]*)\}",
                        lambda m: m.group(1) or m.group(2), e.text).replace("~", " ").replace("\\&", "&")
    return out
