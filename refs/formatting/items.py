"""Items as the renderer reads them: input hygiene and what APA needs.

``prepare_item`` turns a library item into the CSL-JSON citeproc-py is
given. It never fails on a value a user can store (a bad date is dropped,
not raised): formatting a library must not exit 3 because of one item.

- **Text** fields become safe HTML fragments (:mod:`refs.formatting.richtext`),
  numbers strings; fields citeproc-py must not see are left out.
- **Names**: an empty ``given`` is dropped (``American College of Sports
  Medicine.``, not ``..., .``); an organisation stored as a family name alone
  is kept whole.
- **Dates**: date-parts become whole numbers in range; what cannot be read
  is dropped (a literal date is kept).
- **Handles** (APA): a social post's ``handle`` (``"@CDCgov"``; DESIGN.md) is
  printed after its author's name, ``CDC [@CDCgov]. (2020, June 11).`` A
  handle left in a name (``given: "B. [@BillGates]"``) is taken out of it.
- **APA only**: titles in sentence case (unless titles are kept as given), a
  video's platform as its publisher (``[Video]. YouTube.``, not ``In
  YouTube``), and no publisher that repeats the group author.
"""

from __future__ import annotations

import re
import unicodedata

from refs.formatting.casing import proper_nouns, sentence_case
from refs.formatting.richtext import plain, to_html

NAME_FIELDS = frozenset({"author", "editor", "translator", "container-author", "collection-editor",
                         "composer", "director", "interviewer", "illustrator", "original-author",
                         "recipient", "reviewed-author", "editorial-director", "chair", "compiler",
                         "contributor", "curator", "executive-producer", "guest", "host", "narrator",
                         "organizer", "performer", "producer", "script-writer", "series-creator"})
DATE_FIELDS = frozenset({"issued", "accessed", "event-date", "original-date", "submitted",
                         "available-date"})
# Fields citeproc-py must not see: ours, or values it cannot read.
_DROP = frozenset({"custom", "citation-key", "_key", "handle", "id", "type", "year-suffix"})
# Marks where a handle goes; replaced after rendering (see Formatter).
HANDLE_MARK = "\ue0a1"
# Title-like fields APA writes in sentence case, by item type ("*" = any).
_SENTENCE_CASED = {"title": "*", "container-title": {"chapter", "entry", "entry-dictionary",
                                                     "entry-encyclopedia"}}
# A post's title is its text, printed as written.
_AS_WRITTEN = frozenset({"post", "personal_communication", "interview"})
# Types whose site APA leaves out when it is the (group) author.
_SITE_TYPES = frozenset({"webpage", "post-weblog", "post"})
VIDEO_TYPES = frozenset({"motion_picture"})
# APA 6 names no site before the URL of these: "[Video file]. Retrieved from https://..."
_APA6_RETRIEVED = frozenset({"webpage", "post-weblog", "post", "motion_picture"})


def handle_of(item: dict) -> str | None:
    """The item's social-media handle, ``@`` first: the ``handle`` field, else
    one typed at the end of its first author's name."""
    value = item.get("handle")
    if isinstance(value, str) and value.strip():
        return value.strip()  # "@CDCgov"; a YouTube name ("Grammar Girl") has no @
    from refs.values.names import split_handle

    for name in (item.get("author") or [])[:1]:
        if isinstance(name, dict):
            for part in ("literal", "family", "given"):
                handle = split_handle(str(name.get(part) or ""))[1]
                if handle:
                    return handle
    return None


def _name(raw) -> dict | None:
    from refs.values.names import split_handle

    if not isinstance(raw, dict):
        return None
    name = {}
    for k, v in raw.items():
        if v in (None, "") or k in ("static-ordering", "parse-names", "comma-suffix"):
            continue
        text = split_handle(str(v))[0].strip()
        if text:
            name[k] = to_html(text)
    if "literal" not in name and "family" in name and "given" not in name and " " in name["family"].strip() \
            and not name.get("non-dropping-particle") and not name.get("dropping-particle"):
        name = {"literal": name["family"]}  # an organisation stored as a family name alone
    if "literal" in name:
        name = {"literal": name["literal"]}
    elif "family" not in name and "given" in name:
        name = {"literal": name["given"]}
    elif "family" not in name:
        return None
    return name


def _date(raw, nested: bool = False) -> dict | None:
    if not isinstance(raw, dict):
        return None
    out: dict = {}
    parts = []
    for dp in raw.get("date-parts") or []:
        if not isinstance(dp, (list, tuple)) or not dp:
            continue
        clean = []
        for n, v in enumerate(dp[:3]):
            try:
                number = int(str(v).strip())
            except (TypeError, ValueError):
                break
            if n == 0 and not -9999 <= number <= 9999:
                break
            if n == 1 and not 1 <= number <= 12:
                break
            if n == 2 and not 1 <= number <= 31:
                break
            clean.append(number)
        if clean and clean[0] != 0:
            parts.append(clean)
        elif clean[:1] == [0] and len(parts) == 1:
            parts.append([0])  # an open end: [[2016], [0]] is "2016–present"
    if parts:
        out["date-parts"] = parts[:2]
        season = raw.get("season")
        if isinstance(season, int) or str(season or "").isdigit():
            if 1 <= int(season) <= 4 and len(parts[0]) == 1:
                out["season"] = int(season)
    elif raw.get("literal"):
        out["literal"] = to_html(raw["literal"])
    elif raw.get("raw") and not nested:
        from refs.values.dates import parse_date

        parsed = parse_date(str(raw["raw"])) or {}
        if "date-parts" in parsed:
            return _date(parsed, nested=True)
        out["literal"] = to_html(raw["raw"])
    else:
        return None
    if raw.get("circa"):
        out["circa"] = 1
    return out


def _same(a: str, b: str) -> bool:
    """Whether two names of an organisation are the same (case, accents and
    punctuation aside): the author and the publisher of a report."""
    def letters(s: str) -> str:
        s = unicodedata.normalize("NFKD", plain(s)).lower()
        return re.sub(r"[^\w]+", "", "".join(c for c in s if not unicodedata.combining(c)))
    return letters(a) == letters(b)


_NOTE_LINE = re.compile(r"^\s*([a-z][a-z-]+)\s*:\s*(.+?)\s*$", re.M)


def note_fields(note: str) -> dict:
    """CSL variables written into ``note`` as ``name: value`` lines (Zotero's
    "Extra", which citeproc-js reads too): ``reviewed-author: Hall || W.C.``."""
    from citeproc import VARIABLES

    known = {v.replace("_", "-") for v in VARIABLES} | NAME_FIELDS | DATE_FIELDS | {
        "reviewed-title", "event-title", "part-title", "volume-title", "chapter-number"}
    out: dict = {}
    for m in _NOTE_LINE.finditer(plain(note)):
        name, value = m.group(1), m.group(2)
        if name not in known or name in ("note", "id", "type"):
            continue
        if name in NAME_FIELDS:
            family, _, given = value.partition("||")
            person = {"family": family.strip(), "given": given.strip()} if given.strip() else {"literal": family.strip()}
            out.setdefault(name, []).append(person)
        elif name in DATE_FIELDS:
            out[name] = {"raw": value}
        else:
            out[name] = value
    return out


def prepare_item(item: dict, internal_id: str, *, apa: bool = False, apa6: bool = False,
                 sentence_titles: bool = True) -> dict:
    """A CSL item as citeproc-py reads it (see the module docstring)."""
    if isinstance(item.get("note"), str) and ":" in item["note"]:
        item = dict(note_fields(item["note"]), **item)
    kind = str(item.get("type") or "document")
    if apa and _wiki_page(item, kind):
        kind = "entry-encyclopedia"
    out: dict = {"id": internal_id, "type": kind}
    for field, value in item.items():
        if field in _DROP or value is None or value == "" or value == []:
            continue
        if field in NAME_FIELDS:
            names = [n for n in map(_name, value if isinstance(value, list) else []) if n]
            if names:
                out[field] = names
        elif field in DATE_FIELDS:
            date = _date(value)
            if date:
                out[field] = date
        elif isinstance(value, bool):
            continue
        elif isinstance(value, (str, int, float)):
            out[field] = to_html(value) if field != "language" else str(value)
    _bibtex_leftovers(out, item, kind)
    if apa and kind == "document" and out.get("URL") and not (out.get("container-title") or out.get("publisher")):
        kind = out["type"] = "webpage"  # BibTeX's @misc with a URL (or howpublished = \url{...}): a web page
    if apa:
        _apa(out, item, kind, sentence_titles, apa6)
    return out


_ACCESSED_NOTE = re.compile(r"(?im)^\s*(?:last\s+)?(?:accessed|visited|retrieved)(?:\s+on)?\s*:?\s*([^\n]+?)\.?\s*$")
_URL_ONLY = re.compile(r"(?:\\url\{)?\s*((?:https?://|www\.)\S+?)\s*\}?")
# biblatex's localisation keys for a thesis's or report's ``type``, as its English strings.
_TYPE_KEYS = {"phdthesis": "PhD thesis", "mathesis": "Master's thesis", "mastersthesis": "Master's thesis",
              "candthesis": "Candidate thesis", "techreport": "Technical report", "resreport": "Research report",
              # biblatex's patent keys (english.lbx)
              "patent": "Patent", "patentde": "German patent", "patenteu": "European patent",
              "patentfr": "French patent", "patentuk": "British patent", "patentus": "U.S. patent",
              "patreq": "Patent request", "patreqde": "German patent request", "patreqeu": "European patent request",
              "patreqfr": "French patent request", "patrequk": "British patent request",
              "patrequs": "U.S. patent request"}
# biblatex's keys for a journal's series (series = {newseries}).
_SERIES_KEYS = {"newseries": "new series", "oldseries": "old series"}


def _bibtex_leftovers(out: dict, item: dict, kind: str) -> None:
    """What a .bib file holds in fields CSL reads otherwise: a URL in
    ``howpublished`` (``\\url{https://...}``, read as the container:
    ``In https://....``), biblatex's type keys (``type = {mathesis}``,
    ``{patentus}``) and series keys (``series = {newseries}``), an
    article number in ``articleno`` (ACM's) where ``eid`` would be, a DOI
    written as a link (``https://doi.org/10...`` printed the resolver
    twice), and an access date in a note (``Accessed: 2009-04-12``)."""
    from refs.values.doi import normalise_doi

    doi = normalise_doi(plain(str(item.get("DOI") or ""))) if out.get("DOI") else None  # as written: out holds it escaped
    if doi:
        out["DOI"] = to_html(doi)
    note = plain(str(item.get("note") or ""))
    m = _ACCESSED_NOTE.search(note)
    if m and "accessed" not in out:
        from refs.values.dates import parse_date

        parsed = parse_date(m.group(1).strip())
        date = _date(parsed) if parsed and "date-parts" in parsed else None
        if date:
            out["accessed"] = date
    container = plain(str(out.get("container-title") or "")).strip()
    m = _URL_ONLY.fullmatch(container)
    if m:
        del out["container-title"]
        out.setdefault("URL", to_html(m.group(1)))
    genre = plain(str(out.get("genre") or "")).strip().lower()
    if genre in _TYPE_KEYS:
        out["genre"] = _TYPE_KEYS[genre]
    series = plain(str(out.get("collection-title") or "")).strip().lower()
    if series in _SERIES_KEYS:
        out["collection-title"] = _SERIES_KEYS[series]
    custom = item.get("custom") if isinstance(item.get("custom"), dict) else {}
    fields = custom.get("bibtex") if isinstance(custom.get("bibtex"), dict) else {}
    number = fields.get("articleno")
    if kind == "article-journal" and isinstance(number, str) and number.strip() and not out.get("number"):
        out["number"] = to_html(number.strip())
        if plain(str(out.get("page") or "")).strip() == number.strip():
            del out["page"]  # the article number given as its page too


def _wiki_page(item: dict, kind: str) -> bool:
    """A Wikipedia article saved as a web page (Better BibLaTeX's ``@online``
    with ``journaltitle = {Wikipedia}``, a crawled page): APA cites it as an
    encyclopedia entry, ``Title. (2020, June 3). In Wikipedia. URL``."""
    if kind not in ("webpage", "post-weblog", "article", "document"):
        return False
    site = plain(str(item.get("container-title") or "")).strip().lower()
    return site == "wikipedia" or (not site and bool(re.match(r"https?://[a-z-]+\.(?:m\.)?wikipedia\.org/",
                                                             str(item.get("URL") or ""))))


def _english(item: dict) -> bool:
    """Whether an item's titles are English, the only language whose titles
    CSL recases (a German title's nouns keep their capitals): no language,
    or one that says English ("en-US", "english")."""
    language = str(item.get("language") or "").strip().lower()
    return not language or language.startswith("en")


def _apa(out: dict, item: dict, kind: str, sentence_titles: bool, apa6: bool = False) -> None:
    handle = handle_of(item)
    if handle and out.get("author"):
        first = out["author"][0]
        if "literal" in first:
            first["literal"] += HANDLE_MARK
        else:
            first["suffix"] = (first.get("suffix", "") + " " + HANDLE_MARK).strip()
    if sentence_titles and kind not in _AS_WRITTEN and _english(item):
        keep = proper_nouns(plain(item.get("abstract") or ""))
        for field, kinds in _SENTENCE_CASED.items():
            if field in out and (kinds == "*" or kind in kinds):
                out[field] = sentence_case(str(item[field]), keep)
    if out.get("edition"):
        out["edition"] = _edition(out["edition"])
    if not apa6:
        _article_number(out, kind)  # APA 6 printed an eLocator as a page
    if kind == "thesis" and (not out.get("genre") or out["genre"] == "PhD thesis"):
        out["genre"] = "Doctoral dissertation"  # BibTeX's @phdthesis: a thesis that says nothing else
    if kind == "webpage" and not out.get("genre") and _video_platform(out):
        kind = out["type"] = "motion_picture"  # a video page saved as a web page (Better BibLaTeX @online)
        out["genre"] = "Video"
    _episode_number(out, kind)
    if apa6 and kind in _APA6_RETRIEVED and out.get("URL"):
        out.pop("container-title", None)  # APA 6: "[Web log post]. Retrieved from http://...", no site
    if kind in VIDEO_TYPES and out.get("container-title") and not out.get("publisher"):
        out["publisher"] = out.pop("container-title")
    authors = out.get("author") or []
    if out.get("publisher") and len(authors) == 1 and "literal" in authors[0] and \
            _same(authors[0]["literal"].replace(HANDLE_MARK, ""), out["publisher"]):
        if apa6 and not (out.get("URL") or out.get("DOI")):
            out["publisher"] = "Author"  # APA 6 (7.01): "Washington, DC: Author."
        else:
            del out["publisher"]  # APA: a group author that published its own work is named once
    if kind in _SITE_TYPES and out.get("container-title") and len(authors) == 1 and "literal" in authors[0] and \
            _same(authors[0]["literal"].replace(HANDLE_MARK, ""), out["container-title"]):
        del out["container-title"]  # APA: a page whose author is its site names the site once


_PLATFORMS = {"youtube", "vimeo", "tiktok", "dailymotion"}
_PLATFORM_URL = re.compile(r"https?://(?:www\.|m\.)?(youtube\.com|youtu\.be|vimeo\.com|tiktok\.com|dailymotion\.com)/")


def _video_platform(out: dict) -> bool:
    """Whether a web page is a video on a video platform: its site is one, or
    its URL is one's video (not a channel, which has a genre)."""
    site = plain(str(out.get("container-title") or "")).strip().lower()
    return site in _PLATFORMS or (not site and bool(_PLATFORM_URL.match(plain(str(out.get("URL") or "")))))


_ELOCATOR = re.compile(r"[eE]\d{3,}")


def _article_number(out: dict, kind: str) -> None:
    """An eLocator held as a journal article's page (Zotero and Better BibTeX
    put PLoS's ``e0229876`` in pages) is its article number: APA writes
    ``15(3), Article e0229876``, not ``15(3), e0229876``."""
    page = plain(str(out.get("page") or "")).strip()
    if kind == "article-journal" and _ELOCATOR.fullmatch(page) and not out.get("number"):
        out["number"] = out.pop("page")


_EPISODE_TYPES = frozenset({"broadcast", "song", "motion_picture", "interview"})
_NUMBER_LABEL = re.compile(r"(?i)(?:no\.|number|season|episode|ep\.)")


def _episode_number(out: dict, kind: str) -> None:
    """APA writes an episode's number between its title and its description,
    ``Amusing ourselves to death (No. 443) [Audio podcast episode]``, where
    the style prints ``(Audio Podcast Episode No. 443)``."""
    genre = str(out.get("genre") or "")
    number = str(out.get("number") or "").strip()
    if kind not in _EPISODE_TYPES or "episode" not in genre.lower() or not number or not out.get("title"):
        return
    season = str(out.pop("season", "") or "").strip()
    if _NUMBER_LABEL.match(number):
        label = number
    elif season:
        label = f"Season {season}, Episode {number}"  # APA 10.12: (Season 1, Episode 5)
    else:
        label = f"No. {number}"
    out["title"] = f"{out['title']} ({label})"
    del out["number"]


_NUMERIC_EDITION = re.compile(r"\d+(?:st|nd|rd|th)?", re.I)
_ORDINALS = {w: n for n, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
    "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split(), 1)}


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _edition(edition: str) -> str:
    """An edition as APA writes it: a number is the style's (``2nd ed.``);
    words get ``ed.`` too (``Rev. ed.``, ``Summer 2019 ed.``, ``3rd
    Asia-Pacific ed.``), where the style prints them bare."""
    text = edition.strip()
    head, _, rest = text.partition(" ")
    if head.lower() in _ORDINALS and (not rest or re.fullmatch(r"(?i)ed(?:ition|\.)?", rest)):
        return _ordinal(_ORDINALS[head.lower()])  # "Thirteenth", "second edition": 13th, 2nd
    text = re.sub(r"(?i)^(\d+(?:st|nd|rd|th)?)\s+ed(?:ition|\.)?$", r"\1", text)  # "2nd edition", "2nd ed."
    if _NUMERIC_EDITION.fullmatch(text):
        return text
    if _NUMERIC_EDITION.fullmatch(text) or re.search(r"(?i)\bed\.?$", text):
        return edition
    return re.sub(r"(?i)\s*\bedition$", "", text) + " ed."


def dated_in_full(item: dict, apa6: bool = False) -> bool:
    """Items APA dates to the day though the APA style file gives them a
    year: a wiki entry (its revision's date), gray literature a
    description marks (``[Position statement]``, ``[Press release]``), and
    in APA 6 an online video (``(2010, February 9). ... [Video file]``)."""
    kind = str(item.get("type"))
    if apa6 and kind == "motion_picture" and item.get("URL"):
        return True
    if _wiki_page(item, kind):
        return True
    if kind in ("entry-encyclopedia", "entry"):
        return "wiki" in plain(str(item.get("container-title") or "")).lower()
    return kind == "report" and bool(item.get("genre")) and not item.get("number")


def name_lists(reference, prepared: dict) -> None:
    """Put every name variable of ``prepared`` into citeproc-py's
    ``reference`` under both spellings: citeproc-py parses only the names it
    knows (not ``reviewed-author``, ``chair``...) and looks hyphenated ones
    up unconverted, so ``container-author`` or ``collection-editor`` never
    rendered."""
    from citeproc.source import Name

    for field in NAME_FIELDS:
        if field in prepared:
            names = [Name(**n) for n in prepared[field]]
            dict.__setitem__(reference, field.replace("-", "_"), names)
            dict.__setitem__(reference, field, names)
