"""Plain-text reference lists: author-year reference strings to CSL items.

APA-like strings first, and what is close to them (Harvard, Chicago
author-date)::

    >>> item = parse_reference("Hurt, A., & Oak, T. (2012, May 3). Are blogs good for mentors? "
    ...                        "International Journal of Mentoring, 4(2), 11-20. https://doi.org/10.1000/x1")
    >>> item["author"][1], item["issued"], item["title"], item["container-title"]
    ({'family': 'Oak', 'given': 'T.'}, {'date-parts': [[2012, 5, 3]]}, 'Are blogs good for mentors?', 'International Journal of Mentoring')
    >>> item["volume"], item["issue"], item["page"], item["DOI"], item["type"]
    ('4', '2', '11-20', '10.1000/x1', 'article-journal')

``split_references`` cuts a list into entries (one per paragraph when blank
lines separate them, else one per line; indented lines continue the entry
above); ``parse_reference_list`` returns the items and a :class:`Problem`
for every entry it could not read, with its line. Pure functions: the file
is read by :mod:`refs.formats`.
"""

from __future__ import annotations

import re

from refs.errors import Problem
from refs.values.names import is_organisation, parse_person, split_handle

_WS = re.compile(r"\s+")
_DOI = re.compile(r"(?:https?://(?:dx\.)?doi\.org/|\bdoi:\s*|\bDOI:?\s*)(10\.\d{4,9}/\S+)", re.I)
_BARE_DOI = re.compile(r"\b(10\.\d{4,9}/\S+)")
_URL = re.compile(r"(?:https?://|www\.)\S+")
_RETRIEVED = re.compile(r"\b(?:Retrieved|Accessed|Available)\b[^.]*?\b(?:from|at)\b:?\s*$|"
                        r"\b(?:Retrieved|Available)(?:\s+(?:from|at))?:?\s*$", re.I)
_ACCESSED = re.compile(r"\[(?:Accessed|Retrieved|Viewed)[^\]]*\]\.?|\((?:Accessed|Retrieved|Viewed)[^)]*\)\.?", re.I)
_LEAD = re.compile(r"^\s*(?:\[\d+\]|\d+\.(?=\s)|\d+\)|[*•\-–]+)\s*")
_PAREN_DATE = re.compile(
    r"\(\s*(?P<year>(?:1[5-9]|20)\d{2})(?P<suffix>[a-z])?(?:[/–-]\d{2,4})?"
    r"(?:,\s*(?P<more>[^)]{1,40}))?\s*\)|\(\s*(?P<nd>n\.\s?d\.(?:-?[a-z])?|in press(?:-[a-z])?|forthcoming|in preparation)\s*\)", re.I)
_BARE_YEAR = re.compile(r"(?:(?<=[\s,.(])|^)(?P<year>(?:1[5-9]|20)\d{2})(?P<suffix>[a-z])?(?=[.,:;)]?(?:\s|$))")
_MARKER = re.compile(r"\s*\[(?P<m>[^\]]{2,60})\]")
_ABBREV = {"vol", "no", "ed", "eds", "pp", "p", "e.g", "i.e", "vs", "st", "dr", "mr", "mrs", "ms", "jr", "sr",
           "inc", "ltd", "co", "corp", "dept", "univ", "proc", "int", "j", "trans", "rev", "res", "natl",
           "am", "soc", "assoc", "conf", "symp", "sci", "phys", "chem", "biol", "med", "eng", "nat",
           "acad", "lett", "appl", "comput", "math", "stat", "u.s", "ph.d", "al", "et"}
_INITIALS = re.compile(r"^(?:[A-Z][a-z]?\.?(?:\s*-\s*|\s+)?)+$|^(?:[A-Z]\.){1,4}$|^[A-Z]{1,3}$")
_CAPWORD = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w'’\-]*\.?$")
_VOLUME = re.compile(
    r"^(?P<c>.+?)[,.]?\s+(?:vol\.?\s*)?(?P<v>\d+[A-Za-z]?)\s*(?:\((?P<i>[^)]{1,20})\))?"
    r"(?:\s*[,:]\s*(?:pp?\.\s*)?(?P<p>[A-Za-z]?\d+(?:\s*[-–—]+\s*[A-Za-z]?\d+)?))?\s*[.,]?(?:\s|$)")
_PAGES = re.compile(r"\(?\bpp?\.\s*(?P<p>[A-Za-z]?\d+(?:\s*[-–—]+\s*[A-Za-z]?\d+)?)\)?")
_EDS = re.compile(r"\((?:eds?|hrsg|coords?)\.?\)|\beds?\.(?=\s|,|$)", re.I)
_MARKER_TYPES = {"blog post": "post-weblog", "blog": "post-weblog", "powerpoint slides": "speech",
                 "slides": "speech", "video": "motion_picture", "podcast": "song", "tweet": "post",
                 "web page": "webpage", "webpage": "webpage", "doctoral dissertation": "thesis",
                 "master's thesis": "thesis", "report": "report"}


def _clean(text: str) -> str:
    return _WS.sub(" ", text).strip()


def _strip_ends(text: str) -> str:
    return text.strip(" \t,;:.")


# --- dates ------------------------------------------------------------------------


def _date(year: str, more: str | None) -> dict:
    from refs.values.dates import parse_date

    if more:
        more = more.strip()
        parsed = parse_date(f"{more} {year}") or parse_date(f"{year} {more}") or parse_date(f"{more}, {year}")
        if parsed and parsed.get("date-parts") and parsed["date-parts"][0][0] == int(year):
            return parsed
    return {"date-parts": [[int(year)]]}


# --- authors ----------------------------------------------------------------------


_ELLIPSIS = re.compile(r"\.\s\.\s\.(?=\s)|…")
# A head that is a long author list: APA's ellipsis before the last of 21+ authors, or many initials.
_LONG_AUTHOR_LIST = re.compile(r"\.\s\.\s\.\s|…|(?:[A-Z]\.,\s.*){12}")


def _is_initials(token: str) -> bool:
    token = token.strip()
    return bool(token) and bool(_INITIALS.match(token)) and len(token) <= 14


_GROUP_WITH_AND = re.compile(r"\s(?:and|&)\s")
_SUFFIX = re.compile(r"^(?:Jr|Sr|Jnr|Snr)\.?$|^(?:II|III|IV)$")


def parse_authors(span: str) -> list[dict]:
    """``Barr, J., Oak, T., & Lee, C.`` / ``Shamma, David A., Lyndon Kennedy, and
    E. F. Churchill`` / ``Gaberdiel M`` / ``World Health Organization`` to CSL names."""
    span = _clean(span.replace("*", " "))
    span = _EDS.sub("", span)
    span = re.sub(r"\bet al\.?", "", span)
    span = _ELLIPSIS.sub(", ", span)  # APA's 20 authors, ". . .", the last
    whole = span.strip(" .,;:")
    if "," not in whole and " & " not in whole and _GROUP_WITH_AND.search(whole) and \
            re.search(r"\s(?:of|for|on|the|in)\s", whole) and not re.search(r"\b[A-Z]\.", whole):
        return [{"literal": whole}]  # "Centers for Disease Control and Prevention": one group, not two people
    span = re.sub(r"\s*(?:,\s*)?(?:&|\band\b|\bund\b|\bet\b|\by\b)\s+", ", ", span)
    span = span.strip(" ,;:")
    if not span:
        return []
    tokens = [t.strip() for t in span.split(",") if t.strip()]
    names: list[dict] = []
    i = 0
    natural = False
    while i < len(tokens):
        tok = tokens[i]
        if names and _SUFFIX.match(tok) and "family" in names[-1]:
            names[-1]["suffix"] = tok  # "King, M. L., Jr.": Jr. belongs to King, it is nobody
            i += 1
            continue
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        starts_initial = len(tok.split()) >= 2 and _is_initials(tok.split()[0])
        if not natural and not starts_initial and nxt is not None and (
                _is_initials(nxt) or (not names and _given_words(nxt))):
            names.append({"family": _strip_ends(tok), "given": nxt.strip()})
            if not _is_initials(nxt) and i + 2 < len(tokens) and " " in tokens[i + 2].strip():
                natural = True  # Chicago: first inverted, the rest "Given Family"
            i += 2
            continue
        words = tok.split()
        if len(words) >= 2 and _is_initials(words[-1]) and not _is_initials(words[0]):
            # "Gaberdiel M", "MARSHACK A."
            names.append({"family": " ".join(words[:-1]), "given": words[-1]})
        elif len(words) >= 2 and (natural or _is_initials(words[0])) and all(_CAPWORD.match(w) for w in words):
            names.append(parse_person(tok) or {"literal": tok})
        elif len(words) == 1:
            names.append({"family": _strip_ends(tok)})
        elif is_organisation(tok) or len(tokens) > 1 or len(words) > 5 or not all(
                _CAPWORD.match(w) or w in _PARTICLES for w in words):
            names.append({"literal": tok})
        else:
            # One name in natural order ("Ludwig van Beethoven"), read as everywhere else.
            names.append(parse_person(tok) or {"literal": tok})
        i += 1
    for n in names:
        for part in ("family", "literal"):
            if part in n and len(n[part]) > 2 and n[part].endswith(".") and not _is_initials(n[part]):
                n[part] = n[part][:-1]
    return [n for n in names if n.get("family") or n.get("literal")]


def _given_words(token: str) -> bool:
    words = token.split()
    return 1 <= len(words) <= 3 and all(_CAPWORD.match(w) for w in words) and not is_organisation(token)


# --- titles and the rest -------------------------------------------------------------


def _sentence_end(text: str, start: int = 0) -> int | None:
    """Index just past the first sentence end ('. ', '? ', '! ') that is not an
    initial or an abbreviation; None when there is none."""
    depth = 0
    for i in range(start, len(text)):
        ch = text[i]
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif ch in ".?!" and depth == 0:
            after = text[i + 1:i + 2]
            if after and after not in " ”\"'":
                continue
            if ch == ".":
                word = re.search(r"([\w.]+)$", text[:i])
                w = word.group(1).lower() if word else ""
                if w in _ABBREV or (len(w) == 1 and w.isalpha() and text[i - 1].isupper()):
                    continue
            return i + 1
    return None


def _split_title(rest: str) -> tuple[str, str]:
    rest = rest.strip()
    m = re.match(r"^[“\"](?P<t>.+?)[,.]?[”\"][,.]?\s*(?P<r>.*)$", rest)
    if m:
        return _strip_ends(m.group("t")) + ("" if m.group("t")[-1:] not in "?!" else ""), m.group("r")
    end = _sentence_end(rest)
    if end is None:
        return rest.rstrip(" ."), ""
    title = rest[:end].strip()
    if title.endswith("."):
        title = title[:-1]
    return title.strip(), rest[end:].strip()


def parse_reference(text: str) -> dict | None:
    """One reference string to a CSL item, or None when it has neither an
    author-year head nor a title we can find."""
    s = _clean(_LEAD.sub("", text))
    if len(s) < 8:
        return None
    item: dict = {}
    doi = _DOI.search(s) or _BARE_DOI.search(s)
    if doi:
        item["DOI"] = doi.group(1).rstrip(".,;)]")
        s = _clean(s[:doi.start()] + " " + s[doi.end():])
    url = _URL.search(s)
    if url:
        u = url.group(0).rstrip(".,;)]>")
        item["URL"] = u if not u.startswith("www.") else "http://" + u
        before = _RETRIEVED.sub("", s[:url.start()].rstrip())
        s = _clean(before + " " + s[url.end():])
    s = _clean(_ACCESSED.sub(" ", s))
    s = _strip_ends(s)

    m = _PAREN_DATE.search(s)
    bare = False
    if m is not None and m.start() > max(200, len(s) // 2) and _LONG_AUTHOR_LIST.search(s[:m.start()]):
        pass  # 21 or more authors: ". . ." and the last one before the date
    elif m is None or m.start() > max(200, len(s) // 2):
        m = _BARE_YEAR.search(s, 2)
        bare = True
    else:
        bare = False
    if m is None:
        return None
    head = s[:m.start()]
    rest = s[m.end():].lstrip(" .,:")
    if not bare and m.group("nd"):
        nd = m.group("nd").lower()
        if nd.startswith("n"):
            suffix = nd.replace(" ", "")[4:].strip("-")
            if suffix:
                item["year-suffix"] = suffix
        else:
            status, _, suffix = m.group("nd").partition("-")  # APA's "in press-a"
            item["status"] = status
            if suffix:
                item["year-suffix"] = suffix
    else:
        item["issued"] = _date(m.group("year"), None if bare else m.group("more"))
        if m.group("suffix"):
            item["year-suffix"] = m.group("suffix")
    if bare and head.rstrip().endswith(("(", "[")):
        return None
    named, handle = split_handle(head.rstrip(" ."))
    if handle:
        head = named
        item["handle"] = handle  # "Gates, B. [@BillGates]. (2019, ...)": a social-media author
    authors = parse_authors(head) if head.strip() else []
    if not authors and not head.strip():
        # "Title. (2019). Publisher." — APA's form for a work without an author.
        return None
    if authors and not any(_looks_like_name(n) for n in authors):
        title_first = head.strip()
        item["title"] = _strip_ends(title_first)
        authors = []
    else:
        title, rest = _split_title(rest)
        if title:
            item["title"] = title
    if authors:
        if _EDS.search(head):
            item["editor"] = authors
        else:
            item["author"] = authors
    _rest_fields(rest, item)
    return item if item.get("title") or item.get("author") else None


def _looks_like_name(n: dict) -> bool:
    if "family" in n:
        return len(n["family"]) <= 40
    lit = n.get("literal", "")
    # A sentence-case title ("Mentoring in the open") is no organisation's name.
    lower = [w for w in lit.split() if w[:1].islower() and w not in _CONNECTORS]
    return len(lit.split()) <= 8 and not lit.endswith("?") and not lower


_PARTICLES = {"van", "von", "der", "den", "de", "la", "le", "du", "di", "da", "del", "della", "ter", "ten", "zu",
              "dos", "das", "bin", "al"}
_CONNECTORS = {"of", "and", "for", "the", "on", "in", "de", "et", "&", "für", "und", "du", "la", "van", "von", "der"}


def _rest_fields(rest: str, item: dict) -> None:
    marker = _MARKER.match(rest)
    if marker:
        item["genre"] = marker.group("m").strip()
        rest = rest[marker.end():].lstrip(" .")
    elif item.get("title"):
        tm = re.search(r"\s*\[(?P<m>[^\]]{2,60})\]$", item["title"])
        if tm:
            item["genre"] = tm.group("m").strip()
            item["title"] = item["title"][:tm.start()].rstrip(" .")
    rest = _strip_ends(rest)
    kind = None
    if rest.lower().startswith(("in ", "in: ")):
        kind = "chapter"
        body = re.sub(r"^in:?\s+", "", rest, flags=re.I)
        eds = re.search(r"\((?:eds?|hrsg)\.?\)\s*[,:]?\s*|\beds?\.\s*", body, re.I)
        if eds and body[:eds.start()].rstrip().endswith(",") and len(body[:eds.start()].split()) > 5:
            # Chicago: "In Book Title, eds. A. Editor. Place: Publisher"
            item["container-title"] = _strip_ends(body[:eds.start()])
            after = body[eds.end():]
            end = _sentence_end(after)
            item["editor"] = parse_authors(after[:end] if end else after)
            rest_after = after[end:] if end else ""
            pages = _PAGES.search(rest_after)
            if pages:
                item["page"] = pages.group("p").replace(" ", "")
                rest_after = rest_after[:pages.start()]
            _publisher(rest_after, item)
            item["type"] = "chapter"
            return
        if eds:
            editors = parse_authors(body[:eds.start()])
            if editors:
                item["editor"] = editors
            body = body[eds.end():]
        pages = _PAGES.search(body)
        if pages:
            item["page"] = pages.group("p").replace(" ", "")
            container, after = body[:pages.start()], body[pages.end():]
        else:
            end = _sentence_end(body)
            container, after = (body[:end], body[end:]) if end else (body, "")
        item["container-title"] = _strip_ends(container)
        _publisher(after, item)
    else:
        m = _VOLUME.match(rest + " ")
        if m and not re.search(r"\d", m.group("c")[-1:]) and len(m.group("c")) < 200:
            item["container-title"] = _strip_ends(m.group("c"))
            item["volume"] = m.group("v")
            if m.group("i"):
                item["issue"] = m.group("i")
            if m.group("p"):
                item["page"] = m.group("p").replace(" ", "")
            kind = "article-journal"
        elif rest:
            end = _sentence_end(rest)
            first, after = (rest[:end], rest[end:]) if end else (rest, "")
            first = _strip_ends(first)
            pages = _PAGES.search(first)
            if pages:
                item["page"] = pages.group("p").replace(" ", "")
                first = _strip_ends(first[:pages.start()])
            if item.get("URL") or item.get("genre", "").lower() in ("blog post", "blog"):
                if first:
                    item["container-title"] = first
                kind = "webpage"
            elif ":" in first and not after and len(first) < 120:
                place, _, pub = first.partition(":")
                item["publisher-place"], item["publisher"] = place.strip(), pub.strip()
                kind = "book"
            elif after.strip():
                item["container-title"] = first
                _publisher(after, item)
                kind = "article-journal" if not item.get("publisher") else "chapter"
            else:
                item["publisher" if is_organisation(first) or len(first.split()) <= 5 else "container-title"] = first
                kind = "book" if "publisher" in item else "article-journal"
    genre = (item.get("genre") or "").lower()
    item["type"] = _MARKER_TYPES.get(genre) or kind or ("webpage" if item.get("URL") else "document")
    if item["type"] == "webpage" and genre in ("blog post", "blog"):
        item["type"] = "post-weblog"


def _publisher(text: str, item: dict) -> None:
    text = _strip_ends(text)
    if not text:
        return
    if ":" in text:
        place, _, pub = text.partition(":")
        if place.strip() and pub.strip():
            item["publisher-place"] = place.strip()
            item["publisher"] = _strip_ends(pub)
            return
    item["publisher"] = text


# --- lists ----------------------------------------------------------------------


def split_references(text: str) -> list[tuple[int, str]]:
    """(first line, entry text) for each entry of a reference list."""
    lines = text.splitlines()
    first = next((n for n, ln in enumerate(lines) if ln.strip()), len(lines))
    inner = lines[first:]
    while inner and not inner[-1].strip():
        inner.pop()
    # Blank lines between entries, not only the one after the heading or at the end.
    paragraphs = any(not ln.strip() for ln in inner) and \
        sum(1 for ln in inner if ln.strip()) > sum(1 for b in _blocks(inner)) * 1.2
    out: list[tuple[int, str]] = []
    if paragraphs:
        for start, block in _blocks(lines):
            if len(block) > 1 and all(ln[:1] in (" ", "\t") or looks_like_reference(ln) for ln in block):
                out.extend(_one_per_line(block, start))  # a block of one-line entries
            else:
                out.append((start, " ".join(ln.strip() for ln in block)))
        return out
    return _one_per_line(lines, 1)


def _one_per_line(lines: list[str], start: int) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    for n, line in enumerate(lines, start):
        if not line.strip():
            continue
        if line[:1] in (" ", "\t") and out:  # hanging indent: the entry goes on
            start, prev = out[-1]
            out[-1] = (start, prev + " " + line.strip())
        else:
            out.append((n, line.strip()))
    return out


def _blocks(lines: list[str]):
    block: list[str] = []
    start = 0
    for n, line in enumerate(lines, 1):
        if line.strip():
            if not block:
                start = n
            block.append(line)
        elif block:
            yield start, block
            block = []
    if block:
        yield start, block


_HEADING = re.compile(r"^\s*(?:#+\s*)?(?:references|bibliography|works cited|reference list|literature cited|sources)\s*:?\s*$", re.I)


def parse_reference_list(text: str, source: str) -> tuple[list[dict], list[Problem]]:
    items: list[dict] = []
    problems: list[Problem] = []
    for line, entry in split_references(text):
        if _HEADING.match(entry):
            continue
        item = parse_reference(entry)
        if item is None:
            problems.append(Problem(f"cannot read this as a reference: {entry[:80]!r}", source, line))
            continue
        items.append(item)
    return items, problems


def looks_like_reference(text: str) -> bool:
    """True for an author-year reference string: a name-like head, then a year."""
    s = _clean(_LEAD.sub("", text))
    m = _PAREN_DATE.search(s)
    if m and 0 < m.start() <= 250 and re.match(r"^[A-ZÀ-Þ]", s):
        head = s[:m.start()]
        return bool(re.search(r"[A-Z][\w'’-]+,?\s+(?:[A-Z]\.|[A-Z][a-z]+)", head)) or bool(
            re.match(r"^[A-Z][\w'’-]+(?:\s+[A-Z&][\w'’-]*){0,8}\.?\s*$", head.strip()))
    return False
