"""Author-year citations in running text: the one finder that manuscripts
(``scan check-citations``, ``export --cited-in``) and scanned pages use.

A citation is what the writer wrote, with the works it names::

    >>> [(c.text, [(w.names, w.year) for w in c.works]) for c in find_citations(
    ...     "Mentors matter (Barr & Oak, 2013; Hurt, 2012a, 2012b). Smith et al. (2010, p. 4) agree.")]
    [('(Barr & Oak, 2013; Hurt, 2012a, 2012b)', [(('Barr', 'Oak'), '2013'), (('Hurt',), '2012a'), (('Hurt',), '2012b')]), ('Smith et al. (2010, p. 4)', [(('Smith',), '2010')])]

Parenthetical ``(Barr & Oak, 2013; Hurt, 2012a, 2012b)`` and narrative
``Smith et al. (2010, p. 4)`` forms are read, with ``n.d.``, ``in press``,
year suffixes, locators, group authors with an abbreviation (``American
Library Association [ALA], 2015``) and secondary sources (``Smith, 2001, as
cited in Barr, 2013``: the Smith work is ``secondary`` and needs no
reference). Text in quotation marks is not searched. Slips that published
papers make are read as what they are:

- ``... while Smith (2010)``: the name is Smith (a particle is a word of its
  own, never the end of ``while``);
- ``Smith, (2010)``: a narrative citation; its ``slip`` says the comma is stray;
- ``(, 2013; Jones, 2012)``: two works, the first with no author.

With ``known_names`` (folded family names of the reference list), ``(Barr)``
is a citation of Barr with no year. Everything is linear in the text: a
20 MB manuscript is read in seconds.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

__all__ = ["CitedWork", "Citation", "abbreviations", "find_citations", "fold_for_match", "split_names"]

# A republished work is cited with both years, the original first: (Freud, 1900/2010).
YEAR = r"(?:(?:(?:1[5-9]|20)\d{2}/)?(?:1[5-9]|20)\d{2}[a-z]?|n\.\s?d\.(?:-[a-z])?|in press(?:-[a-z])?|forthcoming)"
_PARTICLE = r"(?:van|von|de|der|den|du|da|di|la|le|del|della|dos|ten|ter|bin|al|el)"
# A capitalised word; a name is one or more, after particles that are words of their own.
_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’\-]*"
# A first author's initials, written to tell two people of one family name apart (APA 8.20).
_INITIALS = r"(?:[A-ZÀ-ÖØ-Þ]\.(?:\s?-?[A-ZÀ-ÖØ-Þ]\.)*\s+)"
_NAME = rf"(?<![\w'’\-.])(?:{_INITIALS})?(?:{_PARTICLE}\s+)*{_WORD}(?:\s+{_WORD})*"
_NAMES = (rf"{_NAME}(?:\s+et\s+al\.?|(?:,?\s+(?:and|&)\s+{_NAME})"
          rf"|(?:,\s+{_NAME})+,?\s+(?:and|&)\s+{_NAME})?(?:\s+\[[A-Z]+\])?")
_YEARS = rf"{YEAR}(?:\s*,\s*{YEAR})*"
_LEAD = r"(?:(?:see also|see|e\.g\.|i\.e\.|cf\.|for example|also|and)\,?\s+)*"
_PART = re.compile(rf"^{_LEAD}(?:(?P<names>{_NAMES})\s*,?\s+|(?P<empty>,\s*))(?P<years>{_YEARS})"
                   rf"(?:\s*,\s*(?P<loc>.+))?$", re.S)
# A group author whose name has small words: (U.S. Department of Education, 2018),
# (Centers for Disease Control and Prevention, 2019). One name, never split at "and".
_ORG_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’\-.]*"
_GROUP_PART = re.compile(
    rf"^{_LEAD}(?P<names>{_ORG_WORD}(?:\s+(?:(?:of|for|on|the|in|and|&|de|du|des|la|für|und)\s+)*{_ORG_WORD})+)"
    rf"(?:\s+\[[A-Z]+\])?\s*,?\s+(?P<years>{_YEARS})(?:\s*,\s*(?P<loc>.+))?$", re.S)
_GENERATION = re.compile(r",?\s+(?:Jr|Sr)\.?$")
_YEARS_ONLY = re.compile(rf"^(?P<years>{_YEARS})(?:\s*,\s*(?P<loc>.+))?$", re.S)
_NARRATIVE = re.compile(rf"(?P<names>{_NAMES})(?P<comma>\s*,)?\s*$")
_NAME_ONLY = re.compile(rf"^(?P<names>{_NAMES})(?:\s*,\s*(?P<loc>(?:pp?|para|paras|chap|sec|slide)\.?\s*\S.*))?$")
_PAREN = re.compile(r"\(([^()\n]{1,400})\)")
_AS_CITED = re.compile(r",?\s*as cited (?:in|by)\s+", re.I)
_QUOTE = re.compile(r"“[^”\n]{1,2000}”|\"[^\"\n]{1,2000}\"")
_LAST_WORD = re.compile(r"(\w+)\W*$")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_WINDOW = 200  # how far before "(" a narrative citation's names may start
_WORK_NOUNS = frozenset({"post", "study", "article", "report", "paper", "work", "blog", "book", "survey", "review",
                         "chapter", "essay", "analysis", "thesis", "presentation", "slides", "talk", "piece", "column"})
# Capitalised words that start sentences or name things other than authors.
NOT_NAMES = frozenset("""Table Figure Fig Appendix Section Chapter Note See In The This That These Those A An
January February March April May June July August September October November December Spring Summer Fall Autumn
Winter Study Experiment Phase Wave Since Until From Before After During By On At For Of And But Or Also As If When
While Figures Tables Volume Issue Version Step Part Page Line Year Years It We Our Their His Her Its Thus Here There
Then However Although Between Among Today Yesterday""".split())


@dataclass(frozen=True)
class CitedWork:
    """One work a citation names: family names as written (``et_al`` when
    "et al." stood for more), the year (``2012a``, ``n.d.``, ``in press``,
    or None when the writer gave none), the locator (``p. 4``), and whether
    it is the original of an "as cited in" (it needs no reference)."""

    names: tuple[str, ...] = ()
    year: str | None = None
    et_al: bool = False
    locator: str | None = None
    secondary: bool = False
    initials: str | None = None  # the first author's, when written: "J. M." in "J. M. Taylor"

    def to_dict(self) -> dict:
        return {"names": list(self.names), "year": self.year, "et_al": self.et_al,
                "locator": self.locator, "secondary": self.secondary, "initials": self.initials}


@dataclass(frozen=True)
class Citation:
    """A citation as written (``text``, at ``start`` in the text searched)
    and its works; ``slip`` names a punctuation slip the writer made."""

    text: str
    start: int
    works: tuple[CitedWork, ...] = field(default_factory=tuple)
    narrative: bool = False
    slip: str | None = None

    def to_dict(self) -> dict:
        return {"text": self.text, "works": [w.to_dict() for w in self.works], "narrative": self.narrative,
                "slip": self.slip}


_NOT_LETTER = re.compile(r"[^a-z]")


def fold_for_match(name: str) -> str:
    """A name as compared with another: case, accents and punctuation gone
    (``Müller`` -> ``muller``, ``van der Berg`` -> ``vanderberg``)."""
    if name.isascii():
        return _NOT_LETTER.sub("", name.lower())
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _NOT_LETTER.sub("", text.lower())


_ABBREVIATION = re.compile(r"\s+\[[A-Z]+\]$")
_POSSESSIVE = re.compile(r"(?<=\w)['’]s?$")
_ET_AL = re.compile(r"\bet\s+al\b")
_ET_AL_TAIL = re.compile(r",?\s+et\s+al\.?")
_NAME_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+")
_YEAR_SEPARATOR = re.compile(r"\s*,\s*")


_LEADING_INITIALS = re.compile(rf"^{_INITIALS}")


def split_initials(names: str) -> tuple[str | None, str]:
    """``J. M. Taylor and Neimeyer`` -> ('J. M.', 'Taylor and Neimeyer')."""
    m = _LEADING_INITIALS.match(names.strip())
    if not m:
        return None, names.strip()
    return m.group(0).strip(), names.strip()[m.end():]


def split_names(names: str) -> tuple[list[str], bool]:
    """``Smith, Jones, & Lee`` -> (['Smith', 'Jones', 'Lee'], False);
    ``As Smith et al.`` -> (['Smith'], True); a first author's initials
    are left out (:func:`split_initials` reads them), and so is a
    possessive (``Okafor's (2018) claim``)."""
    names = _POSSESSIVE.sub("", _ABBREVIATION.sub("", split_initials(names)[1]))
    etal = bool(_ET_AL.search(names))
    if etal:
        names = _ET_AL_TAIL.sub("", names)
    parts = [p.strip() for p in _NAME_SEPARATOR.split(names) if p.strip()]
    if parts:
        words = parts[0].split()
        while len(words) > 1 and words[0] in NOT_NAMES:
            words = words[1:]
        parts[0] = " ".join(words)
    return parts, etal


def _valid(names: list[str]) -> bool:
    return bool(names) and all(n.split()[-1] not in NOT_NAMES and n.split()[0] not in NOT_NAMES for n in names)


def _years(years: str) -> list[str]:
    return [y.strip().replace("n. d.", "n.d.") for y in _YEAR_SEPARATOR.split(years) if y.strip()]


def _works(names: list[str], etal: bool, years: str, loc: str | None, secondary: bool,
           initials: str | None = None) -> list[CitedWork]:
    return [CitedWork(tuple(names), y, etal, loc, secondary, initials) for y in _years(years)]


def _part(piece: str, secondary: bool, known: frozenset) -> list[CitedWork] | None:
    """The works of one ``;``-part of a parenthetical citation; None when
    the part is not a citation (``see above``)."""
    piece = piece.strip()
    m = _PART.match(piece)
    if m:
        if m.group("empty") is not None:
            return _works([], False, m.group("years"), m.group("loc"), secondary)  # "(, 2013)"
        names, etal = split_names(m.group("names"))
        if not _valid(names):
            return None
        return _works(names, etal, m.group("years"), m.group("loc"), secondary, split_initials(m.group("names"))[0])
    m = _GROUP_PART.match(piece)
    if m and m.group("names").split()[0] not in NOT_NAMES:
        name = _GENERATION.sub("", m.group("names"))  # (King Jr., 1963) is King (APA leaves Jr. out)
        return _works([name], False, m.group("years"), m.group("loc"), secondary)
    if known:
        m = _NAME_ONLY.match(piece)
        if m:
            names, etal = split_names(m.group("names"))
            if _valid(names) and fold_for_match(names[0]) in known:
                return [CitedWork(tuple(names), None, etal, m.group("loc"), secondary)]
    return None


def _narrative(text: str, start: int) -> tuple[list[str], bool, int, bool, str | None] | None:
    """Names written just before ``start``: (names, et al., where they start,
    stray comma, the first author's initials)."""
    base = max(0, start - _WINDOW)
    for brk in _PARAGRAPH_BREAK.finditer(text, base, start):
        base = brk.end()  # names never run across a paragraph (a heading above: "Title\n\nAs Smith (2010)")
    m = _NARRATIVE.search(text, base, start)
    if not m:
        return None
    initials, rest = split_initials(m.group("names"))
    names, etal = split_names(m.group("names"))
    if not _valid(names):
        return None
    if initials:  # "As J. M. Taylor (2015)": the citation starts at the initials
        return names, etal, m.start("names"), m.group("comma") is not None, initials
    # "As Smith et al. (2010)": the citation starts at Smith.
    begin = text.find(names[0].split()[0], m.start("names"), m.end("names"))
    return names, etal, begin if begin >= 0 else m.start("names"), m.group("comma") is not None, None


def _one(text: str, m: re.Match, known: frozenset) -> Citation | None:
    inner = m.group(1).strip()
    quoted = m.group(0)
    pieces = _AS_CITED.split(inner, maxsplit=1)
    original = pieces[0] if len(pieces) == 2 else None
    primary = pieces[-1]
    head = original if original is not None else inner
    years = _YEARS_ONLY.match(head.strip()) if head.strip() else None
    before = _narrative(text, m.start()) if years or (original is not None and not head.strip()) else None
    if before is not None:
        names, etal, begin, comma, initials = before
        works = (_works(names, etal, years.group("years"), years.group("loc"), original is not None, initials)
                 if years else [CitedWork(tuple(names), None, etal, None, True, initials)])
        if original is not None:
            works += [w for piece in primary.split(";") for w in (_part(piece, False, known) or [])]
        slip = "a comma between the author and the parenthesis" if comma else None
        return Citation(quoted, begin, tuple(works), True, slip)
    if years:
        word = _LAST_WORD.search(text, max(0, m.start() - 40), m.start())
        if word and word.group(1).lower() in _WORK_NOUNS:  # "a recent post (2014)": no author
            works = _works([], False, years.group("years"), years.group("loc"), original is not None)
            return Citation(quoted, word.start(1), tuple(works), True)
        return None
    works: list[CitedWork] = []
    if original is not None:
        for piece in original.split(";"):
            works += _part(piece, True, known) or []
    for piece in primary.split(";"):
        got = _part(piece, False, known)
        if got is None:
            if works or original is not None:
                continue  # "(Barr, 2013; see the appendix)": the citation stands
            return None
        works += got
    return Citation(quoted, m.start(), tuple(works), False) if works else None


_ORG = r"[A-ZÀ-ÖØ-Þ][\w'’&.\-]*(?:\s+(?:(?:of|and|for|the|on|in|&|de|du|des|la|für|und)\s+)*[A-ZÀ-ÖØ-Þ][\w'’&.\-]*)*"
_DEFINED = re.compile(rf"(?P<name>{_ORG})\s+(?:\[(?P<a>[A-Z][A-Za-z]*[A-Z])\]|\((?P<b>[A-Z][A-Za-z]*[A-Z])(?=[,)]))")


def abbreviations(text: str) -> dict[str, str]:
    """Group authors' abbreviations a text defines, APA's way, and the names
    they stand for: ``(American Psychological Association [APA], 2020)``
    and ``the World Health Organization (WHO, 2018)`` -> ``{"APA":
    "American Psychological Association", "WHO": "World Health
    Organization"}``; later citations write ``(APA, 2020)``. An
    abbreviation counts only where its first letter is the name's."""
    out: dict[str, str] = {}
    for m in _DEFINED.finditer(text):
        abbr = m.group("a") or m.group("b")
        words = m.group("name").split()
        while len(words) > 1 and (words[0] in NOT_NAMES or words[0][0] != abbr[0] or not words[0][0].isupper()):
            words = words[1:]  # "The World Health Organization", "Following the National Institute ..."
        if words and words[0][0] == abbr[0] and abbr not in out and len(words) > 1:
            out[abbr] = " ".join(words)
    return out


def find_citations(text: str, *, known_names: frozenset | set = frozenset(), limit: int | None = None) -> list[Citation]:
    """Author-year citations in ``text``, in order (see the module docstring)."""
    known = frozenset(known_names)
    masked = _QUOTE.sub(lambda q: " " * len(q.group(0)), text) if ('"' in text or "“" in text) else text
    out: list[Citation] = []
    for m in _PAREN.finditer(masked):
        cite = _one(masked, m, known)
        if cite is not None:
            out.append(Citation(text[cite.start:m.end()], cite.start, cite.works, cite.narrative, cite.slip))
            if limit is not None and len(out) >= limit:
                break
    return out
