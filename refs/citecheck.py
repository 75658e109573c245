"""Checking a manuscript's citations against its reference list.

Two kinds of manuscript, each checked its own way (:func:`check_manuscript`):

- **author-year** (``(Barr & Oak, 2013)``, ``Smith et al. (2010)``): each
  citation is matched by names and year (APA 7: the number of names decides,
  so ``(Barr, 2013)`` is not ``Barr & Hurt (2013)``) to the manuscript's own
  reference list, a reference file, or the library;
- **keyed** (LaTeX ``\\cite``, Pandoc ``[@key]``, Word fields of Zotero or
  Mendeley): each key is looked up in the library, a reference file, or the
  bibliography the manuscript names (``\\bibliography{refs}``,
  ``bibliography:`` in its front matter).

The problems, each a value with the citation and/or reference it is about
(line and quoted text):

=======================  ===========================================================
``missing-reference``    a citation no reference matches (a key not in the library)
``uncited-reference``    a reference no citation matches: only where the manuscript has
                         its own list (or a reference file), or with ``strict``; citing
                         fewer works than a library holds is normal
``year-mismatch``        same author(s), different year, or a year suffix the list does
                         not give (``Hurt (2012a)`` when the list has one Hurt 2012)
``name-mismatch``        a near spelling of an author, same year (Smyth vs Smith)
``missing-author``       a citation (``a recent post (2014)``, ``(, 2013)``) or reference
                         without author
``missing-year``         a citation (``(Barr, para. 3)``) or reference without year
``missing-title``        a cited reference without title
``ambiguous``            a citation that matches several references (Hurt 2012 with Hurt
                         2012a and 2012b in the list)
``duplicate-reference``  two cited references that are the same work (same DOI, URL, or
                         title, year and author)
``punctuation``          a citation with a punctuation slip (``Smith, (2010)``); it still
                         counts as citing Smith 2010
=======================  ===========================================================

Year suffixes belong to the list handed in: against the library or a
reference file, ``2013a``/``2013b`` are those the style gives the works
this manuscript cites, not the whole library. Names are folded once per
reference and references indexed by first author, so a 20 MB manuscript
with thousands of citations is checked in seconds.
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from dataclasses import dataclass, field

from refs.values.citations import fold_for_match

KINDS = ("missing-reference", "uncited-reference", "year-mismatch", "name-mismatch", "missing-author",
         "missing-year", "missing-title", "ambiguous", "duplicate-reference", "punctuation")


@dataclass
class Reference:
    """A reference as the check sees it: family names, year (with suffix),
    where it came from (a line of the manuscript or file, or a library key),
    and the item when there is one."""

    text: str
    line: int | None = None
    key: str | None = None
    authors: list[str] = field(default_factory=list)
    year: str | None = None       # "2012", "2012a", "n.d.", "in press"; None when absent
    item: dict | None = field(default=None, repr=False, compare=False)
    given: str | None = None      # the first author's given name (to tell A. Smith from B. Smith)
    file: str | None = None       # the file \input by the manuscript its line is in (None: the manuscript)

    def __post_init__(self):
        self.folded = [fold_for_match(a) for a in self.authors]

    def as_json(self) -> dict:
        return {"text": self.text, "line": self.line, "key": self.key, "authors": self.authors, "year": self.year}


@dataclass
class CitedIn:
    """One work a manuscript cites, and where: the citation as written, its
    line, the names (author-year) or the ``key`` (keyed) it gives."""

    text: str
    line: int
    authors: list[str] = field(default_factory=list)
    year: str | None = None
    etal: bool = False
    locator: str | None = None
    narrative: bool = False
    secondary: bool = False
    key: str | None = None
    slip: str | None = None
    initials: str | None = None   # the first author's initials as written ("J. M." Taylor)
    file: str | None = None       # the file \input by the manuscript it is in (None: the manuscript)

    def __post_init__(self):
        self.folded = [fold_for_match(a) for a in self.authors]

    def as_json(self) -> dict:
        out = {"text": self.text, "line": self.line, "authors": self.authors, "year": self.year,
               "et_al": self.etal, "locator": self.locator, "narrative": self.narrative,
               "secondary": self.secondary}
        if self.key is not None:
            out["key"] = self.key
        if self.file is not None:
            out["file"] = self.file
        return out


@dataclass
class CheckProblem:
    kind: str
    detail: str
    citation: CitedIn | None = None
    reference: Reference | None = None

    def as_json(self) -> dict:
        citation = reference = None
        if self.citation:
            citation = {"text": self.citation.text, "line": self.citation.line}
            if self.citation.file is not None:
                citation["file"] = self.citation.file
        if self.reference:
            reference = {"text": self.reference.text, "line": self.reference.line, "key": self.reference.key}
            if self.reference.file is not None:
                reference["file"] = self.reference.file
        return {"kind": self.kind, "citation": citation, "reference": reference, "detail": self.detail}


@dataclass
class CheckResult:
    citations: list[CitedIn]
    references: list[Reference]
    problems: list[CheckProblem]

    def as_json(self) -> dict:
        return {"citations": [c.as_json() for c in self.citations],
                "references": [r.as_json() for r in self.references],
                "problems": [p.as_json() for p in self.problems]}


# --- references --------------------------------------------------------------------------


def _year_text(item: dict, text: str | None) -> str | None:
    from refs.values.dates import year_of

    year = year_of(item)
    suffix = item.get("year-suffix") or ""
    if year is not None:
        return f"{year}{suffix}"
    issued = item.get("issued") if isinstance(item.get("issued"), dict) else {}
    if item.get("status") or str(issued.get("literal", "")).lower() in ("in press", "forthcoming"):
        return "in press" + (f"-{suffix}" if suffix else "")
    if suffix or (text and re.search(r"\(n\.\s?d\.", text)):
        return "n.d." + (f"-{suffix}" if suffix else "")
    return None


def reference_from_item(item: dict, *, text: str | None = None, line: int | None = None,
                        key: str | None = None) -> Reference:
    """A :class:`Reference` from a CSL item (library or parsed list); its
    text is plain (no CSL markup)."""
    from refs.formatting.richtext import plain

    authors = []
    given = None
    for n in item.get("author") or item.get("editor") or []:
        if not isinstance(n, dict):
            continue
        fam = n.get("literal") or " ".join(p for p in (n.get("non-dropping-particle"), n.get("family")) if p)
        if fam:
            if not authors and not n.get("literal") and n.get("given"):
                given = plain(str(n["given"]))
            authors.append(plain(str(fam)))
    year = _year_text(item, text)
    if text is None:
        from refs.model import author_text

        text = f"{author_text(item)} ({year or 'no year'}). {plain(str(item.get('title') or ''))}".strip()
    return Reference(text=text, line=line, key=key or item.get("id"), authors=authors, year=year, item=item,
                     given=given)


def references_from_entries(entries) -> list[Reference]:
    """References from reference-list entries (:class:`refs.manuscript.Entry`)."""
    from refs.textrefs import _sentence_end, parse_authors, parse_reference

    out = []
    for e in entries:
        item = parse_reference(e.text)
        if item is None:
            end = _sentence_end(e.text)
            head = e.text[:end] if end else e.text
            names = parse_authors(head) if len(head) < 120 else []
            item = {"author": names} if names and all(len(n.get("literal", "")) < 50 for n in names) else {}
        out.append(reference_from_item(item, text=e.text, line=e.line, key=None))
    return out


# --- matching ----------------------------------------------------------------------------


def _base_year(year: str | None) -> str | None:
    if year is None:
        return None
    year = year.rpartition("/")[2]  # 1900/2010: the republished work's year is the reference's
    if year.startswith("n.d"):
        return "n.d."
    if year.startswith(("in press", "forthcoming")):
        return "in press"
    return year[:-1] if re.fullmatch(r"\d{4}[a-z]", year) else year


def _suffix(year: str | None) -> str:
    m = re.fullmatch(r"(?:\d{4}|n\.d\.-?|in press-|forthcoming-)([a-z])", (year or "").rpartition("/")[2])
    return m.group(1) if m else ""


def _names_match(cite: CitedIn, ref: Reference, *, strict: bool = False) -> bool:
    """Whether ``ref``'s authors fit the names of ``cite``.

    ``strict`` (APA 7): a one-name citation ``(Barr, 2013)`` is a one-author
    work; ``(Barr & Hurt, 2013)`` a two-author one; ``(Barr et al., 2013)``
    three or more authors; a citation listing three or more names (APA 6's
    first citation) exactly that many. Otherwise the tolerant reading, for
    when nothing fits strictly: the cited names start the author list, and
    "et al." stands for two or more authors.
    """
    if not cite.folded or not ref.folded or cite.folded[0] != ref.folded[0]:
        return False
    n, given = len(ref.folded), len(cite.folded)
    if any(a != b for a, b in zip(cite.folded[1:], ref.folded[1:])):
        return False
    if cite.etal:
        return n >= max(3, given + 1) if strict else n > given and n >= 2
    if given >= 2:
        return n == given if strict else n >= given
    return n == 1 if strict else True


def _letters(given: str) -> list[str]:
    """The initials of a given name, as letters: ``Jessica M.`` and ``J. M.`` -> ['J', 'M']."""
    return [w[0].upper() for w in re.split(r"[\s.\-‐]+", given) if w and w[0].isalpha()]


def _initials_fit(cite: CitedIn, ref: Reference) -> bool:
    """Whether the initials (or given name) a citation writes before the
    first author fit the reference's first author: ``A. Smith`` fits
    ``Smith, Anna B.``, not ``Smith, Bob``. Without either, anything fits."""
    if not cite.initials or not ref.given:
        return True
    mine, theirs = _letters(cite.initials), _letters(ref.given)
    n = min(len(mine), len(theirs))
    if mine[:n] != theirs[:n]:
        return False
    mine_first, theirs_first = cite.initials.split()[0], ref.given.split()[0]
    if "." not in mine_first and len(fold_for_match(theirs_first)) > 1:
        # Whole given names on both sides: "Alice Smith" is not Smith, Anna.
        return fold_for_match(mine_first) == fold_for_match(theirs_first)
    return True


def _near(a: str, b: str) -> bool:
    if not a or not b or a == b or abs(len(a) - len(b)) > 2:
        return False
    matcher = difflib.SequenceMatcher(None, a, b)
    return matcher.real_quick_ratio() >= 0.75 and matcher.quick_ratio() >= 0.75 and matcher.ratio() >= 0.75


def _year_match(cite_year: str | None, ref_year: str | None) -> bool | None:
    """True: same year and the suffixes agree; None: same year, but the
    citation gives no suffix where the reference has one (it may mean
    several); False otherwise, also when the citation gives a suffix the
    reference does not have."""
    if ref_year is None or _base_year(cite_year) != _base_year(ref_year):
        return False
    cs, rs = _suffix(cite_year), _suffix(ref_year)
    if cs and rs:
        return cs == rs
    if cs and not rs:
        return False
    return True if not rs else None


class Index:
    """References by folded first author, built once (matching is then a
    dictionary look-up, not a scan of the list)."""

    def __init__(self, refs: list[Reference]):
        self.refs = refs
        self.by_first: dict[str, list[Reference]] = defaultdict(list)
        for r in refs:
            if r.folded:
                self.by_first[r.folded[0]].append(r)
        self._near: dict[str, list[str]] = {}

    def named(self, cite: CitedIn) -> list[list[Reference]]:
        """The references whose authors fit ``cite``: those that fit
        strictly, then those that fit tolerantly (empty lists left out)."""
        if not cite.folded:
            return []
        pool = [r for r in self.by_first.get(cite.folded[0], []) if _initials_fit(cite, r)]
        strict = [r for r in pool if _names_match(cite, r, strict=True)]
        loose = [r for r in pool if _names_match(cite, r)]
        return [t for t in (strict, loose) if t]

    def near(self, name: str) -> list[Reference]:
        if name not in self._near:
            self._near[name] = [f for f in self.by_first if _near(name, f)]
        return [r for f in self._near[name] for r in self.by_first[f]]


def match(cite: CitedIn, index: Index) -> tuple[str, list[Reference]]:
    """How one citation fares: ``ok``, ``ambiguous``, ``year-mismatch``,
    ``name-mismatch`` or ``missing-reference``, with the references concerned."""
    tiers = index.named(cite)
    for named in tiers:
        exact = [r for r in named if _year_match(cite.year, r.year) is not False]
        if len(exact) == 1:
            return "ok", exact
        if exact:
            return "ambiguous", exact
    if tiers:
        return "year-mismatch", tiers[0]
    if cite.initials and index.by_first.get(cite.folded[0] if cite.folded else ""):
        others = index.by_first[cite.folded[0]]
        return "name-mismatch", [r for r in others if _year_match(cite.year, r.year) is not False] or others
    if cite.folded:
        near = [r for r in index.near(cite.folded[0]) if _year_match(cite.year, r.year) is not False]
        if near:
            fitting = [r for r in near if _names_match(_renamed(cite, r), r, strict=True)]
            return "name-mismatch", fitting or near
    return "missing-reference", []


def _renamed(cite: CitedIn, ref: Reference) -> CitedIn:
    """``cite`` with the reference's first author for its own (to compare the rest)."""
    from dataclasses import replace

    return replace(cite, authors=[ref.authors[0], *cite.authors[1:]])


def _who(cite: CitedIn) -> str:
    if cite.etal:
        return f"{cite.authors[0]} et al."
    return " & ".join(cite.authors)


def _short(r: Reference) -> str:
    names = r.authors[0] + (" et al." if len(r.authors) > 2 else "") if r.authors else "(no author)"
    if len(r.authors) == 2:
        names = " & ".join(r.authors)
    where = f" (line {r.line})" if r.line else (f" [{r.key}]" if r.key else "")
    return f"{names} {r.year or 'no year'}{where}"


def check(cites: list[CitedIn], refs: list[Reference], *, uncited: bool = True) -> CheckResult:
    """The problems of author-year ``cites`` against ``refs`` (see the module
    docstring); ``uncited``: report references nothing cites."""
    index = Index(refs)
    problems: list[CheckProblem] = []
    cited: set[int] = set()
    for cite in cites:
        if cite.slip:
            problems.append(CheckProblem("punctuation", f"'{cite.text}': {cite.slip}", cite))
        if cite.secondary:
            # A secondary source that has a reference anyway is not "uncited".
            for named in index.named(cite):
                dated = [r for r in named if _year_match(cite.year, r.year)]
                if dated:
                    cited.update(id(r) for r in dated)
                    break
            continue
        if not cite.authors:
            problems.append(CheckProblem("missing-author", f"citation '{cite.text}' names no author", cite))
            continue
        if not cite.year:
            named = next(iter(index.named(cite)), [])
            cited.update(id(r) for r in named)
            problems.append(CheckProblem("missing-year", f"citation '{cite.text}' gives no year"
                                         + (f"; the reference has {named[0].year}" if len(named) == 1 and named[0].year else ""),
                                         cite, named[0] if len(named) == 1 else None))
            continue
        problems.extend(_verdict(cite, index, cited))
    for r in refs:
        if not r.authors:
            problems.append(CheckProblem("missing-author", f"reference has no author: '{r.text[:80]}'", None, r))
        if r.year is None:
            problems.append(CheckProblem("missing-year", f"reference has no year: '{r.text[:80]}'", None, r))
        if uncited and id(r) not in cited:
            problems.append(CheckProblem("uncited-reference", f"never cited: {_short(r)}", None, r))
    return CheckResult(cites, refs, problems)


def _verdict(cite: CitedIn, index: Index, cited: set[int]) -> list[CheckProblem]:
    verdict, found = match(cite, index)
    cited.update(id(r) for r in found)
    who = _who(cite)
    if verdict == "ok":
        return []
    if verdict == "ambiguous":
        return [CheckProblem("ambiguous", f"{who} {cite.year} matches {len(found)} references: "
                             + "; ".join(_short(r) for r in found), cite, found[0])]
    if verdict == "year-mismatch":
        same = [r for r in found if _base_year(r.year) == _base_year(cite.year)]
        if same and _suffix(cite.year):
            years = sorted({r.year or "no year" for r in same})
            detail = (f"{who} is cited with {cite.year}; in the list handed in it is {' or '.join(years)} "
                      "(year suffixes are those of the list handed in, not of the library)")
        else:
            detail = f"{who} is cited with {cite.year}; the reference list has " + ", ".join(
                r.year or "no year" for r in found)
        return [CheckProblem("year-mismatch", detail, cite, found[0])]
    if verdict == "name-mismatch":
        if cite.initials and found[0].given:
            return [CheckProblem("name-mismatch", f"{cite.initials} {cite.authors[0]} is cited; the reference list "
                                 f"has {found[0].authors[0]}, {found[0].given}", cite, found[0])]
        return [CheckProblem("name-mismatch", f"{cite.authors[0]!r} is cited; the reference list has "
                             f"{found[0].authors[0]!r}", cite, found[0])]
    return [CheckProblem("missing-reference", f"no reference for {who} {cite.year}", cite)]


# --- manuscripts ---------------------------------------------------------------------------


def _cited(manuscript, start: int | None, known: set[str]) -> list[CitedIn]:
    from refs.manuscript import author_year_citations

    from refs.values.citations import abbreviations

    out = []
    folded: dict[str, str] = {}  # each name is folded once, however often it is cited
    defined = abbreviations("\n".join(manuscript.lines[:start - 1] if start else manuscript.lines))
    for c in author_year_citations(manuscript.lines, start, known):
        w = c.work
        names = list(w.names)
        if names and names[0] in defined and fold_for_match(names[0]) not in known:
            names[0] = defined[names[0]]  # (APA, 2020) after (American Psychological Association [APA], 2020)
        names, initials = _first_name(names, w.initials, known)
        cite = CitedIn.__new__(CitedIn)
        cite.__dict__.update(text=c.citation.text, line=c.line, authors=names, year=w.year, etal=w.et_al,
                             locator=w.locator, narrative=c.citation.narrative, secondary=w.secondary, key=None,
                             slip=c.citation.slip, initials=initials)
        cite.folded = [folded.get(n) or folded.setdefault(n, fold_for_match(n)) for n in names]
        out.append(cite)
    return out


def _first_name(names: list[str], initials: str | None, known: set[str]) -> tuple[list[str], str | None]:
    """The first cited name and the initials or given name written before
    it, read against the references' family names: ``U.S. Census Bureau``
    is a group's name, not initials; ``Alice Smith`` is Smith, Alice."""
    if not names:
        return names, initials
    if initials and fold_for_match(initials + names[0]) in known:
        return [f"{initials} {names[0]}", *names[1:]], None
    words = names[0].split()
    if not initials and len(words) > 1 and fold_for_match(names[0]) not in known:
        for cut in range(1, len(words)):
            if fold_for_match(" ".join(words[cut:])) in known:
                return [" ".join(words[cut:]), *names[1:]], " ".join(words[:cut])
    return names, initials


def check_manuscript(manuscript, *, references_file=None, library_items: list[dict] | None = None,
                     style: str = "apa", strict: bool = False) -> CheckResult:
    """Read a manuscript and check its citations (see the module docstring)
    against its own reference list, a reference file (any format ``scan
    import`` reads), the library, or, for a keyed manuscript, the
    bibliography it names. ``strict``: report uncited library references too.
    Raises :class:`refs.errors.BadInput` when there is nothing to check against."""
    from refs.errors import BadInput
    from refs.manuscript import field_citations, find_key_citations, find_reference_list, read_manuscript

    if library_items is not None:
        from refs.printed import is_container, resolve

        # a crossref child's year and container come from its parent; @set/@xdata are no works to cite by name
        library_items = [i for i in resolve(library_items) if not is_container(i)]
    ms = read_manuscript(manuscript)
    start, entries = find_reference_list(ms.lines)
    body = "\n".join(ms.lines[:start - 1] if start else ms.lines)
    keyed = find_key_citations(body, ms.kind) + field_citations(ms, start)
    if keyed:
        return _located(_check_keyed(ms, keyed, references_file, library_items, style, strict), ms, False)
    if references_file is not None or library_items is not None:
        items = _read_items(references_file) if references_file is not None else library_items
        known = {fold_for_match(r.authors[0]) for r in map(reference_from_item, items) if r.authors}
        cites = _cited(ms, start, known)
        refs = _handed_in(cites, items, style)
        return _located(check(cites, refs, uncited=references_file is not None or strict), ms, False)
    if not entries:
        raise BadInput("no reference list found (no References heading and no run of references); "
                       "give --references FILE or --library", str(manuscript))
    refs = references_from_entries(entries)
    known = {r.folded[0] for r in refs if r.folded}
    return _located(check(_cited(ms, start, known), refs), ms, True)


def _located(result: CheckResult, ms, own_list: bool) -> CheckResult:
    r"""``result`` with each line of the manuscript's text given as the file
    and line it came from (a LaTeX manuscript's chapters are \input files)."""
    if not ms.origins:
        return result
    for c in result.citations:
        f, c.line = ms.where(c.line)
        c.file = None if f is None else str(f)
    for r in result.references if own_list else ():
        f, r.line = ms.where(r.line)
        r.file = None if f is None else str(f)
    return result


def _read_items(path) -> list[dict]:
    from refs.formats import read_references

    from refs.printed import resolve

    items, _ = read_references(path)
    return resolve(items)  # a crossref child's year and container come from its parent


def _handed_in(cites: list[CitedIn], items: list[dict], style: str) -> list[Reference]:
    """References for ``items``, with the year suffixes the style gives the
    works this manuscript cites: the list it hands in, not the library.

    A cited ``2013a`` is first read with the whole library's suffixes (what
    ``scan cite`` told the writer), to know which work it means; the works
    cited this way (all candidates, where a citation cannot tell) are the
    list, and their suffixes are recomputed among themselves. So a lone
    Whitcombe 2013 cited as ``(Whitcombe, 2013a)`` is a year mismatch."""
    plain = [dict(i, **{"year-suffix": ""}) if i.get("year-suffix") else i for i in items]
    library = year_suffixes(plain, style)
    index = Index([reference_from_item(dict(i, **{"year-suffix": library[i["id"]]}) if i.get("id") in library else i)
                   for i in plain])
    cited: dict[str, dict] = {}
    for cite in cites:
        if cite.secondary or not cite.folded or not cite.year:
            continue
        verdict, found = match(cite, index)
        if verdict not in ("ok", "ambiguous"):
            found = [r for named in index.named(cite)[:1] for r in named
                     if _base_year(r.year) == _base_year(cite.year)]
        cited.update((str(r.key), r.item) for r in found if r.item is not None)
    suffixes = year_suffixes(list(cited.values()), style)
    return [reference_from_item(dict(i, **{"year-suffix": suffixes[i["id"]]}) if i.get("id") in suffixes else i)
            for i in plain]


def year_suffixes(items: list[dict], style: str = "apa") -> dict[str, str]:
    """citekey -> the year suffix the style gives it among ``items`` (only
    keys that get one)."""
    if len(items) < 2:
        return {}
    from refs.formatting import Formatter

    return Formatter([i for i in items if i.get("id")], style).year_suffixes()


# --- keyed manuscripts -------------------------------------------------------------------


def _keyed_items(ms, references_file, library_items) -> tuple[list[dict] | None, bool]:
    """What a keyed manuscript is checked against, and whether that is the
    manuscript's own list (so that uncited entries count)."""
    if library_items is not None:
        return library_items, False
    if references_file is not None:
        return _read_items(references_file), True
    from refs.errors import BadInput
    from refs.manuscript import bibitems, declared_bibliographies

    try:
        files = declared_bibliographies(ms)
    except BadInput:
        # An arXiv source: the .bib stayed home, the .bbl BibTeX made of it came along.
        bbl = ms.path.with_suffix(".bbl")
        if ms.kind != "latex" or not bbl.is_file():
            raise
        from refs.formats import read_text

        return _bibitem_items(bibitems(read_text(bbl)[0].splitlines())), False
    if not files and ms.kind == "latex" and bibitems(ms.lines):
        return _bibitem_items(bibitems(ms.lines)), True  # its own thebibliography
    if files:
        from refs.formats import read_references
        from refs.printed import resolve

        # One list: a crossref parent may sit in another of the files.
        return resolve([i for f in files for i in read_references(f)[0]]), False
    return None, False


def _bibitem_items(entries) -> list[dict]:
    """Items for ``\\bibitem`` entries: their key, and what their text says
    of authors and year (marked, so that what a free text does not show
    is not taken for a missing field)."""
    out = []
    for e, ref in zip(entries, references_from_entries(entries)):
        item = {"id": e.key, "_bibitem": e.text, "_line": e.line}
        if ref.item and ref.item.get("author"):
            item["author"] = ref.item["author"]
        out.append(item)
    return out


def _check_keyed(ms, keyed, references_file, library_items, style: str, strict: bool) -> CheckResult:
    from refs.errors import BadInput

    items, own = _keyed_items(ms, references_file, library_items)
    if items is None and all(k.item is None for k in keyed):
        raise BadInput("the manuscript cites by key but names no bibliography; give --library or "
                       "--references FILE", str(ms.path))
    from refs.citekey import aliases

    refs: dict[str, Reference] = {}
    for item in items or []:
        key = str(item.get("id") or "")
        if key and key not in refs:
            refs[key] = reference_from_item(item, key=key, text=item.get("_bibitem"), line=item.get("_line"))
    alias = aliases(items or [])
    index = None
    cites: list[CitedIn] = []
    problems: list[CheckProblem] = []
    used: dict[str, list[CitedIn]] = defaultdict(list)
    for kc in keyed:
        cite = CitedIn(kc.text, kc.line, key=kc.key or None)
        cites.append(cite)
        key = kc.key
        if kc.item is not None:  # a Word field carries its item: find it in the library, or take it
            key, index = _field_reference(kc, items, refs, index)
        if not key:
            problems.append(CheckProblem("missing-reference", "a citation field without readable items", cite))
            continue
        key = key if key in refs else alias.get(key, key)  # \cite{old} of a reference whose ids has it
        if key not in refs:
            where = "the library" if library_items is not None else "the reference list"
            what = f"the cited item {key!r} is not" if kc.item is not None else f"no reference with key {key!r}"
            problems.append(CheckProblem("missing-reference", f"{what} in {where}", cite))
            continue
        used[key].append(cite)
    from refs.printed import is_container

    for key, where in used.items():
        # a \bibitem is text, not fields; a biblatex @set (cited as a group) has no author or year of its own
        if "_bibitem" not in (refs[key].item or {}) and not is_container(refs[key].item or {}):
            problems.extend(_incomplete(refs[key], where[0]))
    problems.extend(_duplicates([refs[k] for k in used], used))
    if own or strict:
        for key, r in refs.items():
            if key not in used and not is_container(r.item or {}):
                problems.append(CheckProblem("uncited-reference", f"never cited: {_short(r)}", None, r))
    return CheckResult(cites, [refs[k] for k in used], problems)


def _field_reference(kc, items, refs: dict[str, Reference], index):
    """The key of the library item a Word field's item is, adding the field's
    own item as the reference when there is no library."""
    from refs import dedupe

    if items is None:
        key = f"{kc.key or 'item'}"
        refs.setdefault(key, reference_from_item(dict(kc.item, id=key), key=key))
        return key, index
    index = index or dedupe.DuplicateIndex(items)
    found = dedupe.find_duplicate(kc.item, index)
    if found is not None:
        return found[0], index
    title = kc.item.get("title") or kc.key
    return f"{title}", index


def _incomplete(ref: Reference, cite: CitedIn) -> list[CheckProblem]:
    item = ref.item or {}
    out = []
    if not ref.authors:
        out.append(CheckProblem("missing-author", f"{ref.key} has no author or editor", cite, ref))
    if ref.year is None:
        out.append(CheckProblem("missing-year", f"{ref.key} has no date", cite, ref))
    if not item.get("title"):
        out.append(CheckProblem("missing-title", f"{ref.key} has no title", cite, ref))
    return out


def _duplicates(refs: list[Reference], used: dict[str, list[CitedIn]]) -> list[CheckProblem]:
    from refs import dedupe

    index = dedupe.DuplicateIndex()
    out = []
    for r in refs:
        found = dedupe.find_duplicate(r.item or {}, index)
        if found is not None:
            out.append(CheckProblem("duplicate-reference", f"{r.key} and {found[0]} are the same work ({found[1]}); "
                                    "cite one key", used[r.key][0], r))
        index.add(dict(r.item or {}, id=r.key))
    return out


# --- export --cited-in ------------------------------------------------------------------


def keys_cited_in(manuscript, items: list[dict], style: str = "apa") -> tuple[list[str], list[str]]:
    """Library keys a manuscript cites, by citekey (LaTeX, Pandoc), Word
    field, or author and year; and a message (file:line: text) for each
    citation that matches no reference, or several."""
    from refs.manuscript import field_citations, find_key_citations, find_reference_list, read_manuscript

    from refs.printed import resolve

    items = resolve(items)
    ms = read_manuscript(manuscript)
    start, _ = find_reference_list(ms.lines)
    body = "\n".join(ms.lines[:start - 1] if start else ms.lines)
    from refs.citekey import aliases

    by_key = {str(i.get("id")): i for i in items}
    alias = aliases(items)
    keys: list[str] = []
    unmatched: list[str] = []
    index = None
    for kc in find_key_citations(body, ms.kind) + field_citations(ms, start):
        key = kc.key
        if kc.item is not None:
            key, index = _field_reference(kc, items, {}, index)
        key = key if key in by_key else alias.get(key, key)
        if key in by_key:
            if key not in keys:
                keys.append(key)
        else:
            unmatched.append(f"{manuscript}:{kc.line}: {kc.text}: no reference with key {key!r}")
    known = {fold_for_match(r.authors[0]) for r in map(reference_from_item, items) if r.authors}
    cites = [c for c in _cited(ms, start, known) if not c.secondary]
    plain = [dict(i, **{"year-suffix": ""}) if i.get("year-suffix") else i for i in items]
    library = year_suffixes(plain, style)
    index = Index([reference_from_item(dict(i, **{"year-suffix": library[i["id"]]}) if i.get("id") in library else i)
                   for i in plain])
    meant: list[tuple[CitedIn, str]] = []
    for cite in cites:
        verdict, found = match(cite, index) if cite.authors and cite.year else ("incomplete", [])
        if verdict == "ok":
            meant.append((cite, str(found[0].key)))
            if found[0].key not in keys:
                keys.append(found[0].key)
            continue
        why = {"ambiguous": "matches several references in the library",
               "incomplete": "has no author or no year"}.get(verdict, "matches no reference in the library")
        unmatched.append(f"{manuscript}:{cite.line}: {cite.text}: {why}")
    # Year suffixes are those of the list exported, not of the library.
    exported = year_suffixes([by_key[k] for k in keys if k in by_key], style)
    for cite, key in meant:
        year = _year_text(dict(by_key[key], **{"year-suffix": exported.get(key, "")}), None)
        if _suffix(cite.year) != _suffix(year):
            unmatched.append(f"{manuscript}:{cite.line}: {cite.text}: in the exported list this work is "
                             f"{year}: cite it with {year}")
    return keys, unmatched

