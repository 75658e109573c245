"""Checking a manuscript's citations against its reference list.

``check(citations, references)`` matches author-year citations
(:mod:`refs.manuscript`) to references and returns the problems, each a
value with the citation and/or reference it is about (line and quoted text):

=====================  ==========================================================
``missing-reference``  a citation that no reference matches
``uncited-reference``  a reference no citation matches
``year-mismatch``      same author(s), different year (Barr 2014 vs Barr 2013)
``name-mismatch``      a near spelling of an author, same year (Smyth vs Smith)
``missing-author``     a citation (``a recent post (2014)``) or reference without author
``missing-year``       a citation (``(Barr, para. 3)``) or reference without year
``ambiguous``          a citation that matches several references (Hurt 2012 with
                       Hurt 2012a and 2012b in the list)
=====================  ==========================================================

Secondary sources (the ``X`` of "X as cited in Y") need no reference.
:func:`cited_keys` does the same matching to answer "which library keys does
this manuscript cite?" for ``scan export --cited-in``.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass, field

from refs.manuscript import Citation

KINDS = ("missing-reference", "uncited-reference", "year-mismatch", "name-mismatch",
         "missing-author", "missing-year", "ambiguous")


@dataclass
class Reference:
    """A reference as the check sees it: family names, year (with suffix), and
    where it came from (a line of the manuscript or file, or a library key)."""

    text: str
    line: int | None = None
    key: str | None = None
    authors: list[str] = field(default_factory=list)
    year: str | None = None       # "2012", "2012a", "n.d."; None when absent

    def as_json(self) -> dict:
        return {"text": self.text, "line": self.line, "key": self.key, "authors": self.authors, "year": self.year}


@dataclass
class CheckProblem:
    kind: str
    detail: str
    citation: Citation | None = None
    reference: Reference | None = None

    def as_json(self) -> dict:
        return {"kind": self.kind,
                "citation": {"text": self.citation.text, "line": self.citation.line} if self.citation else None,
                "reference": ({"text": self.reference.text, "line": self.reference.line, "key": self.reference.key}
                              if self.reference else None),
                "detail": self.detail}


@dataclass
class CheckResult:
    citations: list[Citation]
    references: list[Reference]
    problems: list[CheckProblem]

    def as_json(self) -> dict:
        return {"citations": [c.as_json() for c in self.citations],
                "references": [r.as_json() for r in self.references],
                "problems": [p.as_json() for p in self.problems]}


def fold(name: str) -> str:
    """Case- and accent-insensitive form of a name: ``Müller`` -> ``muller``."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"[^a-z]", "", text.lower())


def reference_from_item(item: dict, *, text: str | None = None, line: int | None = None,
                        key: str | None = None) -> Reference:
    """A :class:`Reference` from a CSL item (library or parsed list)."""
    from refs.values.dates import year_of

    authors = []
    for n in item.get("author") or item.get("editor") or []:
        fam = n.get("literal") or " ".join(p for p in (n.get("non-dropping-particle"), n.get("family")) if p)
        if fam:
            authors.append(fam)
    year = year_of(item)
    ytext = None
    if year is not None:
        ytext = f"{year}{item.get('year-suffix', '')}"
    elif item.get("status") or (item.get("issued") or {}).get("literal", "").lower() in ("in press", "forthcoming"):
        ytext = "in press"
    elif "year-suffix" in item or text and re.search(r"\(n\.\s?d\.", text or ""):
        ytext = "n.d." + (f"-{item['year-suffix']}" if item.get("year-suffix") else "")
    if text is None:
        from refs.model import author_text
        text = f"{author_text(item)} ({ytext or 'no year'}). {item.get('title') or ''}".strip()
    return Reference(text=text, line=line, key=key or item.get("id"), authors=authors, year=ytext)


def _base_year(year: str | None) -> str | None:
    if year is None:
        return None
    if year.startswith("n.d"):
        return "n.d."
    return re.sub(r"[a-z]$", "", year) if re.match(r"\d{4}[a-z]$", year) else year


def _suffix(year: str | None) -> str:
    if not year:
        return ""
    m = re.match(r"(?:\d{4}|n\.d\.-?)([a-z])$", year)
    return m.group(1) if m else ""


def _names_match(cite: Citation, ref: Reference, *, strict: bool = False) -> bool:
    """Whether ``ref``'s authors fit the names of ``cite``.

    ``strict`` (APA 7): a one-name citation ``(Barr, 2013)`` is a one-author
    work; ``(Barr & Hurt, 2013)`` a two-author one; ``(Barr et al., 2013)``
    three or more authors; a citation listing three or more names (APA 6's
    first citation) exactly that many. Otherwise the tolerant reading, for
    when nothing fits strictly: the cited names start the author list, and
    "et al." stands for two or more authors.
    """
    if not cite.authors or not ref.authors:
        return False
    if fold(cite.authors[0]) != fold(ref.authors[0]):
        return False
    n = len(ref.authors)
    if cite.etal:
        # "Smith, Jones, et al." names more than one author: those must agree.
        if not all(fold(a) == fold(b) for a, b in zip(cite.authors, ref.authors)):
            return False
        return n >= max(3, len(cite.authors) + 1) if strict else n > len(cite.authors) and n >= 2
    if len(cite.authors) >= 2:
        if n < len(cite.authors) or (strict and n != len(cite.authors)):
            return False
        return all(fold(a) == fold(b) for a, b in zip(cite.authors, ref.authors))
    return n == 1 if strict else True


def _named(cite: Citation, refs: list[Reference]) -> list[list[Reference]]:
    """The references whose authors fit ``cite``: those that fit strictly,
    then those that fit tolerantly (empty lists left out)."""
    strict = [r for r in refs if _names_match(cite, r, strict=True)]
    loose = [r for r in refs if _names_match(cite, r)]
    return [t for t in (strict, loose) if t]


def _near(a: str, b: str) -> bool:
    a, b = fold(a), fold(b)
    if not a or not b or a == b:
        return False
    return difflib.SequenceMatcher(None, a, b).ratio() >= 0.75 and abs(len(a) - len(b)) <= 2


def _year_match(cite_year: str, ref_year: str | None) -> bool | None:
    """True: same year and suffix agrees; None: same year, but the citation
    gives no suffix where the reference has one (the citation may mean several)."""
    if ref_year is None:
        return False
    if _base_year(cite_year) != _base_year(ref_year):
        return False
    cs, rs = _suffix(cite_year), _suffix(ref_year)
    if cs and rs:
        return cs == rs
    if cs and not rs:
        return True
    return True if not rs else None


def match(cite: Citation, refs: list[Reference]) -> tuple[str, list[Reference]]:
    """How one citation fares: ``ok``, ``ambiguous``, ``year-mismatch``,
    ``name-mismatch`` or ``missing-reference``, with the references concerned."""
    tiers = _named(cite, refs)
    for named in tiers:
        exact = [r for r in named if _year_match(cite.year or "", r.year) is not False]
        if len(exact) == 1:
            return "ok", exact
        if exact:
            return "ambiguous", exact
    if tiers:
        return "year-mismatch", tiers[0]
    near = [r for r in refs if r.authors and cite.authors and _near(cite.authors[0], r.authors[0])
            and _year_match(cite.year or "", r.year) is not False]
    if near:
        # Prefer the near names whose author count fits the citation.
        fitting = [r for r in near if _names_match(_renamed(cite, r), r, strict=True)]
        return "name-mismatch", fitting or near
    return "missing-reference", []


def _renamed(cite: Citation, ref: Reference) -> Citation:
    """``cite`` with the reference's first author for its own (to compare the rest)."""
    from dataclasses import replace

    return replace(cite, authors=[ref.authors[0], *cite.authors[1:]])


def check(citations: list[Citation], refs: list[Reference]) -> CheckResult:
    problems: list[CheckProblem] = []
    cited: set[int] = set()
    for cite in citations:
        if cite.secondary:
            # A secondary source that has a reference anyway is not "uncited".
            for named in _named(cite, refs):
                dated = [r for r in named if _year_match(cite.year or "", r.year)]
                if dated:
                    cited.update(id(r) for r in dated)
                    break
            continue
        if not cite.authors:
            problems.append(CheckProblem("missing-author", f"citation {cite.text!r} names no author", cite))
            continue
        if not cite.year:
            named = next(iter(_named(cite, refs)), [])
            for r in named:
                cited.add(id(r))
            problems.append(CheckProblem("missing-year", f"citation {cite.text!r} gives no year"
                                         + (f"; the reference has {named[0].year}" if len(named) == 1 and named[0].year else ""),
                                         cite, named[0] if len(named) == 1 else None))
            continue
        verdict, found = match(cite, refs)
        for r in found:
            cited.add(id(r))
        who = _who(cite)
        if verdict == "ok":
            continue
        if verdict == "ambiguous":
            problems.append(CheckProblem("ambiguous", f"{who} {cite.year} matches {len(found)} references: "
                                         + "; ".join(_short(r) for r in found), cite, found[0]))
        elif verdict == "year-mismatch":
            problems.append(CheckProblem("year-mismatch", f"{who} is cited with {cite.year}; the reference list has "
                                         + ", ".join(r.year or "no year" for r in found), cite, found[0]))
        elif verdict == "name-mismatch":
            problems.append(CheckProblem("name-mismatch", f"{cite.authors[0]!r} is cited; the reference list has "
                                         f"{found[0].authors[0]!r}", cite, found[0]))
        else:
            problems.append(CheckProblem("missing-reference", f"no reference for {who} {cite.year}", cite))
    for r in refs:
        if not r.authors:
            problems.append(CheckProblem("missing-author", f"reference has no author: {r.text[:80]!r}", None, r))
        if r.year is None:
            problems.append(CheckProblem("missing-year", f"reference has no year: {r.text[:80]!r}", None, r))
        if id(r) not in cited:
            problems.append(CheckProblem("uncited-reference", f"never cited: {_short(r)}", None, r))
    return CheckResult(citations, refs, problems)


def _who(cite: Citation) -> str:
    if cite.etal:
        return f"{cite.authors[0]} et al."
    return " & ".join(cite.authors)


def _short(r: Reference) -> str:
    names = r.authors[0] + (" et al." if len(r.authors) > 2 else "") if r.authors else "(no author)"
    if len(r.authors) == 2:
        names = " & ".join(r.authors)
    where = f" (line {r.line})" if r.line else (f" [{r.key}]" if r.key else "")
    return f"{names} {r.year or 'no year'}{where}"


def cited_keys(citations: list[Citation], items: list[dict]) -> tuple[list[str], list[Citation]]:
    """Library keys that the author-year ``citations`` name, and the citations
    that match nothing (or several). Year suffixes are those the style would
    give (``Hurt, 2012a``): the caller passes items with ``year-suffix`` set."""
    refs = [reference_from_item(i) for i in items]
    keys: list[str] = []
    unmatched: list[Citation] = []
    for cite in citations:
        if cite.secondary or not cite.authors or not cite.year:
            if not cite.secondary:
                unmatched.append(cite)
            continue
        verdict, found = match(cite, refs)
        if verdict == "ok":
            if found[0].key not in keys:
                keys.append(found[0].key)
        else:
            unmatched.append(cite)
    return keys, unmatched


# --- files ---------------------------------------------------------------------------


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


def check_manuscript(manuscript, *, references_file=None, library_items: list[dict] | None = None,
                     style: str = "apa") -> CheckResult:
    """Read a manuscript and check it against its own reference list, a
    reference file (any format ``scan import`` reads), or the library.
    Raises :class:`refs.errors.BadInput` when no reference list is found."""
    from refs.errors import BadInput
    from refs.manuscript import find_citations, find_reference_list, read_manuscript

    lines = read_manuscript(manuscript)
    start, entries = find_reference_list(lines)
    if references_file is not None:
        from refs.formats import read_references

        items, _ = read_references(references_file)
        refs = _refs_with_suffixes(items, style, lines_known=True)
    elif library_items is not None:
        refs = _refs_with_suffixes(library_items, style)
    else:
        if not entries:
            raise BadInput("no reference list found (no References heading and no run of references); "
                           "give --references FILE or --library", str(manuscript))
        refs = references_from_entries(entries)
    known = {fold(a) for r in refs for a in r.authors[:1]}
    citations = find_citations(lines, stop=start, known_names={k for k in known if k})
    return check([c for c in citations], refs)


def _refs_with_suffixes(items: list[dict], style: str, lines_known: bool = False) -> list[Reference]:
    """Library items as references, with the year suffixes the style gives them."""
    suffixes = year_suffixes(items, style)
    out = []
    for item in items:
        key = item.get("id")
        if key in suffixes and "year-suffix" not in item:
            item = dict(item, **{"year-suffix": suffixes[key]})
        out.append(reference_from_item(item, key=key))
    return out


def year_suffixes(items: list[dict], style: str = "apa") -> dict[str, str]:
    """citekey -> the year suffix the style gives it (only keys that get one)."""
    if len(items) < 2:
        return {}
    from refs.formatting import Formatter

    return Formatter(items, style).year_suffixes()


def keys_cited_in(manuscript, items: list[dict], style: str = "apa") -> tuple[list[str], list[str]]:
    """Library keys a manuscript cites, by citekey (LaTeX, Pandoc) or by
    author and year; and a message (file:line: text) for each citation that
    matches no reference, or several."""
    from refs.manuscript import find_citations, find_key_citations, find_reference_list, read_manuscript

    lines = read_manuscript(manuscript)
    start, _ = find_reference_list(lines)
    body = lines[:start - 1] if start else lines
    by_key = {i.get("id"): i for i in items}
    keys: list[str] = []
    unmatched: list[str] = []
    for kc in find_key_citations(body):
        if kc.key in by_key:
            if kc.key not in keys:
                keys.append(kc.key)
        else:
            unmatched.append(f"{manuscript}:{kc.line}: {kc.text}: no reference with key {kc.key!r}")
    suffixes = year_suffixes(items, style)
    suffixed = [dict(i, **{"year-suffix": suffixes[i["id"]]}) if i.get("id") in suffixes else i for i in items]
    found, missing = cited_keys(find_citations(body), suffixed)
    for key in found:
        if key not in keys:
            keys.append(key)
    refs = [reference_from_item(i) for i in suffixed]
    for cite in missing:
        verdict = match(cite, refs)[0] if cite.authors and cite.year else "incomplete"
        why = {"ambiguous": "matches several references", "incomplete": "has no author or no year"}.get(
            verdict, "matches no reference")
        unmatched.append(f"{manuscript}:{cite.line}: {cite.text}: {why}")
    return keys, unmatched
