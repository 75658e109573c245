"""Page metadata from every source a page may carry, merged in an order of trust.

Each ``from_*`` function reads one source into a :class:`~scan.page.Page`
with only what that source says (plain values, nothing merged). :func:`merge` then takes, per field, the first
source that has a usable value, in this order of trust:

1. JSON-LD (schema.org Article/BlogPosting/NewsArticle/ScholarlyArticle/
   Report/WebPage..., ``@graph``, arrays, authors as Person or Organization,
   also by ``@id`` reference; from a block that is not valid JSON, only its
   ``"datePublished"``/``"dateModified"`` read as text)
2. Highwire Press ``citation_*`` tags (journals, repositories)
3. Dublin Core ``DC.*`` / ``DCTERMS.*``
4. OpenGraph ``og:*`` and ``article:*``
5. ``twitter:*``
6. microformats h-entry (``p-name``, ``p-author h-card``, ``dt-published``)
7. ``itemprop`` microdata (``datePublished`` believed anywhere but in
   comments, navigation and asides) and ``<time datetime>``
8. other common meta names (``author``, ``date``, ``pubdate``, ``parsely-*``,
   ``sailthru.*``, ``byl``...)
9. the visible page: the ``<h1>``, bylines ("By Jane Barr"), dates written
   near the headline
10. a date in the URL (``/2013/02/25/``); the generator (WordPress, Blogger,
    Ghost, Medium...) and the host for the item type; ``<title>``.
11. for the date only, last of all: the day written most often anywhere in
    the page's source (text, attributes, form fields, comments, scripts).

Where sources disagree, the visible page decides:

* title: a candidate equal to the page's ``<h1>`` wins; otherwise the most
  trusted one, without a trailing " | Site name" (or leading "Site: ").
* authors: a person named in a visible byline beats an organisation (or the
  site's name) given by metadata; the site's name is dropped when a person is
  named; names from comment sections are never read.
* date: the published date, never the modified one, from the most trusted
  source (sources 1-9). Where those sources give different days, the one the
  visible page confirms wins: the date shown near the headline or in a
  date-marked element (unless metadata names that day the modified date),
  else the most trusted one written in the page's text. A full day in the
  URL (``/2013/02/25/``), or else in the canonical URL, beats every other
  source (97 % right on the corpus, where metadata dates are often the last
  rebuild of the page); URLs that name the month (``/2013/feb/25/``) or put
  the year last (``/02/25/2013/``) count too. Without any of these: a date
  in any meta tag named like a publication date, in inline script data
  (``"datePublished": ...``), after a label ("Published on", "Veröffentlicht
  am", "Datum:", "Yayın tarihi", in a dozen languages; a label vouches for a
  two-digit year), the day the page names in its title or own headline
  ("Newsletter of 14 March 2019") or in its share image's path
  (``og:image`` ``.../2019/03/14/...``), the first date of the main text,
  and last the day the page's source repeats most (ties to the first
  written, the days metadata calls the last change only where there is no
  other; a low-trust guess, as htmldate's extensive search). A day merely
  written further down the text (not shown with the headline nor in a date
  element) gives way to such a meta tag, to script data under a key that
  names the publication (not a bare ``"date"``: a widget's), and to the
  day of the title or headline. A photo's caption ("In this March 2, 2011
  file photo", "Archivbild vom ...") dates the page only where nothing else
  does. "02/10/2020" is read month first only on US-English pages.
  Unix times (JSON-LD ``1676551869``, ``data-utime``) are read as their UTC
  day. A ``<time>`` or date element marked as the last change
  (``class="updated"``) gives way to the published one. A date element
  whose text is relative ("vor 3 Jahren") gives its day in its ``title`` or
  a ``data-*date``/``data-*time`` attribute (not one named for a change, an
  event, a deadline: see ``_NOT_PUBLISHED_KEY``); one whose day, month and
  year stand in elements of their own is read as one date.
  A metadata day read from a moment written in UTC ("...T02:54:29Z") is the
  day it was where the page was published: in the site's own zone where
  the page writes its offset beside other times, else the neighbouring day
  the page shows near its headline or in its date elements.
  The headline is the post's own h1 (not the logo h1 of the masthead). The
  date the page shows with it (right below it, else right above it, not
  labelled "Updated", not a photo's credit line, not in navigation, an aside
  or comments inside the headline's block) beats the metadata's day, unless
  metadata names that day the modified one, or the day comes more than a
  month after an article's own published time (OpenGraph, JSON-LD,
  microdata; not a generic tag's such as DC.date): metadata dates are often
  a build stamp, a record's creation or a thread's first post, while a day
  months later is an event's, a deadline's or a masthead's today. A comment's
  own microdata (``itemprop=datePublished`` inside a schema.org Comment) is
  no page metadata. A month in the URL (a blog's
  ``/2013/02/`` permalink) rules out days of other months: the first source
  or shown date of that month is taken, else the month alone.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import date as Day
from urllib.parse import urljoin, urlsplit

from bs4 import NavigableString, Tag

from refs.values.doi import find_doi
from refs.values.urls import site_host
from scan.extract.text import fold_for_compare
from scan.extract.content import (STAMP_ATTRS, Collected, _TEXT, _attr_text, _cls, _holds, _inside_main, _marker, clean_text,
                                  document_base, in_listed, inside_post,
                                  link_around, listing_posts, region_of, set_listed, target_of)
from scan.extract.dates import (date_from_url, dates_at, find_dates, frequent_date, local_day, midnight_zones,
                                month_from_url,
                                page_date, site_offset, utc_stamp, valid_ymd)
from scan.extract.names import clean_byline, is_junk_name, to_csl_name
from scan.page import Page

__all__ = ["extract_metadata"]

_ARTICLE_TYPES = {
    "article": "article", "blogposting": "post-weblog", "newsarticle": "article-newspaper",
    "reportagenewsarticle": "article-newspaper", "analysisnewsarticle": "article-newspaper",
    "opinionnewsarticle": "article-newspaper", "reviewnewsarticle": "article-newspaper",
    "backgroundnewsarticle": "article-newspaper", "scholarlyarticle": "article-journal",
    "medicalscholarlyarticle": "article-journal", "report": "report", "techarticle": "webpage",
    "socialmediaposting": "post", "liveblogposting": "post-weblog", "discussionforumposting": "post",
    "posting": "post-weblog", "blog": "post-weblog", "webpage": "webpage", "itempage": "webpage",
    "aboutpage": "webpage", "collectionpage": "webpage", "faqpage": "webpage", "qapage": "webpage",
    "thesis": "thesis", "book": "book", "chapter": "chapter", "dataset": "dataset",
    "videoobject": "motion_picture", "podcastepisode": "broadcast", "review": "review",
    "creativework": "webpage", "recipe": "webpage", "howto": "webpage", "event": "webpage",
    "presentationdigitaldocument": "speech", "publicationissue": "article-journal",
}
# What a schema.org type says the page is (scan.page.KINDS); types not here say nothing.
_KIND_OF_TYPE = {
    "article": "article", "blogposting": "article", "newsarticle": "article", "reportagenewsarticle": "article",
    "analysisnewsarticle": "article", "opinionnewsarticle": "article", "reviewnewsarticle": "article",
    "backgroundnewsarticle": "article", "liveblogposting": "article", "posting": "article", "techarticle": "article",
    "report": "article", "scholarlyarticle": "journal-article", "medicalscholarlyarticle": "journal-article",
    "socialmediaposting": "post", "discussionforumposting": "post", "aboutpage": "about",
    "contactpage": "contact", "profilepage": "profile", "searchresultspage": "search",
    "collectionpage": "listing", "publicationissue": "issue", "publicationvolume": "listing",
    "videoobject": "post", "podcastepisode": "post",
}
_PAGE_TYPES = {"webpage", "itempage", "aboutpage", "collectionpage", "faqpage", "qapage",
               "searchresultspage", "profilepage", "contactpage", "checkoutpage", "medicalwebpage"}
_TITLE_PARTS = re.compile(r"\s+[|\-–—·•:»«/]\s+|\s+::\s+|\s*\|\s*|:\s+")
_TITLE_SEPS = re.compile(r"\s+[|\-–—·•:»«/]\s+|\s+::\s+|\s*\|\s*")




def _found(f: dict) -> Page:
    """What one source says, as a page record with only those fields."""
    for k in ("authors",):
        if k in f:
            f[k] = tuple(f[k] or ())
    if "canonical" in f:
        f["canonical_url"] = f.pop("canonical")
    return Page(**{k: v for k, v in f.items() if v is not None})


# ---------------------------------------------------------------- JSON-LD

# the wrappers pages put around a script's JSON for old parsers: an HTML
# comment, a CDATA section (bare as Medium writes it, or behind // or /* */)
_JSONLD_OPEN = re.compile(r"\A\s*(?:<!--|(?://|/\*)?\s*<!\[CDATA\[(?:\s*\*/)?)")
_JSONLD_CLOSE = re.compile(r"(?:-->|(?://|/\*)?\s*\]\](?:>|&gt;)(?:\s*\*/)?)\s*\Z")


def _load_jsonld(text: str):
    s = text
    for _ in range(3):
        s = _JSONLD_CLOSE.sub("", _JSONLD_OPEN.sub("", s))
    s = s.strip().rstrip(";")
    try:
        return json.loads(s)
    except (ValueError, RecursionError):
        s = re.sub(r"[\x00-\x1f]", " ", s)
        try:
            return json.loads(s)
        except (ValueError, RecursionError):
            pass
    # hand-written JSON-LD's common slips: a comma before a closing bracket, a stray
    # character after a value ("2023-06-14".,)
    try:
        return json.loads(_JSONLD_SLIPS.sub(lambda m: m[1] or m[3], s))
    except (ValueError, RecursionError):
        return None


# a string (kept, without a stray "." or ";" after it before a comma), or a comma before a bracket
_JSONLD_SLIPS = re.compile(r'("(?:[^"\\]|\\.)*")(\s*[.;](?=\s*,))?|,(\s*[}\]])')


def _flatten(data, out: list[dict], depth: int = 0) -> None:
    if depth > 8 or len(out) > 500:
        return
    if isinstance(data, list):
        for item in data[:200]:
            _flatten(item, out, depth + 1)
    elif isinstance(data, dict):
        out.append(data)
        if "@graph" in data:
            _flatten(data["@graph"], out, depth + 1)


def _types(item: dict) -> list[str]:
    t = item.get("@type")
    if isinstance(t, str):
        return [t.lower().rsplit("/", 1)[-1]]
    if isinstance(t, list):
        return [x.lower().rsplit("/", 1)[-1] for x in t if isinstance(x, str)]
    return []


def _str(v) -> str | None:
    if isinstance(v, str):
        return clean_text(v) or None
    if isinstance(v, list) and v:
        return _str(v[0])
    if isinstance(v, dict):
        return _str(v.get("name") or v.get("@value"))
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return str(v)
    return None


def _resolve(v, index: dict):
    if isinstance(v, dict) and "@id" in v and len(v) <= 2 and v.get("@id") in index:
        return index[v["@id"]]
    return v


_TAG = re.compile(r"<[^<>]{0,500}>")

_ORG_TYPES = frozenset({"organization", "newsmediaorganization", "corporation", "educationalorganization",
                        "governmentorganization", "ngo", "collegeoruniversity", "researchorganization",
                        "library", "localbusiness"})


def _is_org(item: dict) -> bool:
    """A schema.org organisation: one of :data:`_ORG_TYPES`, or any type named ``...Organization``."""
    return any(t in _ORG_TYPES or t.endswith("organization") for t in _types(item))


def _org_name(item: dict) -> str | None:
    """An organisation's name as a site's name: ``name``, else ``legalName``
    (a name that is only the site's address gives its host)."""
    return _site_value(_str(item.get("name"))) or _site_value(_str(item.get("legalName")))


def _site_value(name: str | None) -> str | None:
    """A site's name as metadata gives it: a web address names the site by
    its host ("https://www.example.com" is "example.com"); a bare "@" or a
    social profile's address names nothing."""
    if not name:
        return None
    if re.match(r"(?i)^https?://", name):
        host = site_host(name)
        if not host or any(host == d or host.endswith("." + d) for d in _SOCIAL_HOSTS):
            return None
        return host
    return name if any(ch.isalnum() for ch in name) else None


# article:publisher is most often the publisher's Facebook page
_SOCIAL_HOSTS = ("facebook.com", "twitter.com", "x.com", "instagram.com", "linkedin.com", "youtube.com")


def _jsonld_people(v, index: dict, depth: int = 0) -> list[dict]:
    if depth > 3 or v is None:
        return []
    v = _resolve(v, index)
    if isinstance(v, list):
        out: list[dict] = []
        for x in v[:50]:
            out.extend(_jsonld_people(x, index, depth + 1))
        return out
    if isinstance(v, str):
        return [to_csl_name(n) for n in clean_byline(v)]
    if isinstance(v, dict):
        name = v.get("name")
        if isinstance(name, (list, dict)):     # a list of names, a Person inside "name"
            return _jsonld_people(name, index, depth + 1)
        if not isinstance(name, str) or not name.strip():
            fam, giv = _str(v.get("familyName")), _str(v.get("givenName"))
            if fam:
                return [{"family": fam, "given": giv or ""}]
            return []
        name = clean_text(_TAG.sub(" ", name)) if "<" in name else clean_text(name)   # "By <a href=...>Jane Barr</a>"
        if _is_org(v):
            return [] if is_junk_name(name) else [{"literal": name}]
        return [to_csl_name(n) for n in clean_byline(name)]
    return []


_POSTING_TYPES = frozenset({"discussionforumposting", "socialmediaposting"})
_USERNAME = re.compile(r"^@?[\w.\-]{2,40}$")


def _usernames(v) -> list[dict]:
    """The usernames a post's JSON-LD author gives (one word, as the forum writes it), as literal names."""
    items = v if isinstance(v, list) else [v]
    out = []
    for it in items[:5]:
        name = it.get("name") if isinstance(it, dict) else it
        if isinstance(name, str) and _USERNAME.match(name.strip()) and not is_junk_name(name.strip()):
            out.append({"literal": name.strip().lstrip("@")})
    return out


_JSONLD_DATE = re.compile(r'"(datePublished|dateModified)"\s*:\s*"([^"]{6,40})"')


def _salvage_jsonld(broken: list[str]) -> dict:
    """The dates of JSON-LD blocks that are not valid JSON (a trailing comma,
    a stray quote): ``"datePublished": "..."`` read as text."""
    f = {}
    for text in broken:
        for m in _JSONLD_DATE.finditer(text[:200_000]):
            if m[1] == "datePublished" and f.get("date") is None:
                f["date"] = page_date(m[2])
            elif m[1] == "dateModified" and f.get("date_modified") is None:
                f["date_modified"] = page_date(m[2])
    return f


def from_jsonld(c: Collected) -> Page:
    items: list[dict] = []
    broken: list[str] = []
    for text in c.jsonld:
        data = _load_jsonld(text)
        if data is None:
            broken.append(text)
        _flatten(data, items)
    f = _salvage_jsonld(broken)
    if not items:
        return _found(f)
    index = {it["@id"]: it for it in items if isinstance(it.get("@id"), str)}
    main = None
    page = None
    for it in items:
        types = _types(it)
        if any(t in _ARTICLE_TYPES and t not in _PAGE_TYPES for t in types):
            main = main or it
        elif any(t in _PAGE_TYPES for t in types):
            page = page or it
        if "website" in types and not f.get("site"):
            f["site"] = _site_value(_str(it.get("name")))
    # an article nested in a WebPage's mainEntity
    if main is None and page is not None:
        me = _resolve(page.get("mainEntity"), index)
        if isinstance(me, dict) and any(t in _ARTICLE_TYPES for t in _types(me)):
            main = me
    art = main or page
    if art is None:
        # no article: the organisation the page's data describes runs the site (a company's,
        # a newspaper's own pages: {"@type": "Organization", "legalName": ...})
        f["site"] = f.get("site") or next((_org_name(it) for it in items if _is_org(it) and _org_name(it)), None)
        return _found(f)
    f["title"] = _str(art.get("headline")) or _str(art.get("name"))
    f["authors"] = _jsonld_people(art.get("author") or art.get("creator"), index)
    if not f["authors"] and _POSTING_TYPES.intersection(_types(art)):
        # a forum's or a network's post is cited by its author's username ("jfinch"), which is no person's name
        f["authors"] = _usernames(_resolve(art.get("author"), index))
    f["date"] = page_date(_str(art.get("datePublished")) or _str(art.get("dateCreated"))
                        or _str(art.get("uploadDate"))) or f.get("date")
    f["date_modified"] = page_date(_str(art.get("dateModified"))) or f.get("date_modified")
    if f.get("date") is None and page is not None and page is not art:
        f["date"] = page_date(_str(page.get("datePublished")))
    pub = _resolve(art.get("publisher"), index)
    if isinstance(pub, list) and pub:
        pub = _resolve(pub[0], index)
    part = _resolve(art.get("isPartOf"), index)
    if isinstance(pub, dict):
        f["site"] = f.get("site") or _org_name(pub)
    elif isinstance(pub, str):
        f["site"] = f.get("site") or _site_value(clean_text(pub))
    if not f.get("site") and isinstance(part, dict) and "website" in _types(part):
        f["site"] = _str(part.get("name"))
    kinds = [_KIND_OF_TYPE[t] for t in _types(art) if t in _KIND_OF_TYPE]
    if main is not None and page is not None and page is not art:
        # a ProfilePage or CollectionPage whose main entity is an article is that page, not the article
        kinds = [_KIND_OF_TYPE[t] for t in _types(page) if t in _KIND_OF_TYPE and t != "collectionpage"] + kinds
    f["kind"] = kinds[0] if kinds else None
    _jsonld_issue(art, index, f)
    mapped = [_ARTICLE_TYPES[t] for t in _types(art) if t in _ARTICLE_TYPES]
    specific = [t for t in mapped if t not in ("article", "webpage")]
    f["type"] = (specific or mapped or [None])[0]
    f["description"] = _str(art.get("description"))
    f["language"] = _str(art.get("inLanguage"))
    for key in ("doi", "identifier", "sameAs", "url"):
        val = art.get(key)
        vals = val if isinstance(val, list) else [val]
        for v in vals:
            d = find_doi(_str(v) if not isinstance(v, dict) else _str(v.get("value") or v.get("@id")))
            if d:
                f["doi"] = d
                break
        if f.get("doi"):
            break
    url = art.get("url") or art.get("mainEntityOfPage")
    url = _resolve(url, index)
    if isinstance(url, dict):
        url = url.get("@id") or url.get("url")
    if isinstance(url, str) and url.startswith("http"):
        f["canonical"] = url
    return _found(f)


def _jsonld_issue(art: dict, index: dict, f: dict) -> None:
    """Volume, issue and pages of a ScholarlyArticle (``isPartOf`` a
    PublicationIssue in a PublicationVolume; ``pageStart``/``pageEnd`` or
    ``pagination``)."""
    part = _resolve(art.get("isPartOf"), index)
    for _ in range(3):
        if not isinstance(part, dict):
            break
        types = _types(part)
        if "publicationissue" in types:
            f["issue"] = f.get("issue") or _str(part.get("issueNumber"))
        elif "publicationvolume" in types:
            f["volume"] = f.get("volume") or _str(part.get("volumeNumber"))
        part = _resolve(part.get("isPartOf"), index)
    f["page_range"] = page_range(_str(art.get("pageStart")), _str(art.get("pageEnd"))) or _str(art.get("pagination"))


def page_range(first: str | None, last: str | None) -> str | None:
    """``"12", "34"`` -> ``"12-34"``; a first page alone (or an article number) as it is."""
    if not first:
        return None
    if last and last != first:
        return f"{first}-{last}"
    return first


# ---------------------------------------------------------------- meta tags

def _first(metas: dict[str, list[str]], *keys: str) -> str | None:
    for k in keys:
        for v in metas.get(k, ()):
            v = clean_text(v)
            if v:
                return v
    return None


def _all(metas: dict[str, list[str]], *keys: str) -> list[str]:
    out: list[str] = []
    for k in keys:
        for v in metas.get(k, ()):
            v = clean_text(v)
            if v and v not in out:
                out.append(v)
    return out


def _people(values: list[str], site: str | None = None) -> list[dict]:
    out: list[dict] = []
    for v in values:
        if v.startswith(("http://", "https://", "www.")) or v.startswith("@"):
            continue
        for n in clean_byline(v, site=site):
            out.append(to_csl_name(n))
    return out


def from_highwire(m: dict) -> Page:
    f = {}
    f["title"] = _first(m, "citation_title")
    f["authors"] = _people(_all(m, "citation_author"))
    f["date"] = page_date(_first(m, "citation_publication_date", "citation_date", "citation_online_date",
                               "citation_cover_date", "citation_year"))
    f["site"] = _first(m, "citation_journal_title", "citation_conference_title", "citation_publisher",
                    "citation_technical_report_institution", "citation_dissertation_institution")
    f["doi"] = find_doi(_first(m, "citation_doi", "bepress_citation_doi", "prism.doi"))
    f["description"] = _first(m, "citation_abstract")
    f["language"] = _first(m, "citation_language")
    f["volume"] = _first(m, "citation_volume", "prism.volume", "dc.source.volume", "dc.citation.volume")
    f["issue"] = _first(m, "citation_issue", "prism.number", "prism.issueidentifier", "dc.source.issue",
                        "dc.citation.issue")
    f["page_range"] = page_range(_first(m, "citation_firstpage", "prism.startingpage", "dc.citation.spage"),
                                 _first(m, "citation_lastpage", "prism.endingpage", "dc.citation.epage"))
    # a thesis's publisher is the institution that granted the degree (APA: [Master's thesis, Institution])
    f["publisher"] = _first(m, "citation_publisher", "dc.publisher", "citation_dissertation_institution")
    if f["title"]:
        f["kind"] = "journal-article"          # a scholarly work, whatever its type below
    if _first(m, "citation_journal_title"):
        f["type"] = "article-journal"
    elif _first(m, "citation_conference_title"):
        f["type"] = "paper-conference"
    elif _first(m, "citation_technical_report_institution", "citation_technical_report_number"):
        f["type"] = "report"
    elif _first(m, "citation_dissertation_institution"):
        f["type"] = "thesis"
    elif _first(m, "citation_book_title", "citation_inbook_title"):
        f["type"] = "chapter"
    return _found(f)


_JATS_ARTICLES = frozenset({"research-article", "review-article", "book-review", "brief-report", "case-report",
                            "editorial", "letter", "article-commentary", "rapid-communication", "discussion",
                            "reply", "correction", "product-review", "systematic-review", "meeting-report"})


def from_dublin_core(m: dict) -> Page:
    f = {}
    f["title"] = _first(m, "dc.title", "dcterms.title")
    f["authors"] = _people(_all(m, "dc.creator", "dcterms.creator", "dc.creator.personalname", "dc.contributor.author"))
    f["date"] = page_date(_first(m, "dcterms.issued", "dc.date.issued", "dcterms.created", "dc.date.created",
                               "dc.date", "dcterms.date", "dcterms.available"))
    f["date_modified"] = page_date(_first(m, "dcterms.modified", "dc.date.modified"))
    f["site"] = _first(m, "dcterms.ispartof", "dc.source", "dc.publisher", "dcterms.publisher")
    f["doi"] = find_doi(" ".join(_all(m, "dc.identifier", "dcterms.identifier", "dc.identifier.doi")))
    f["description"] = _first(m, "dc.description", "dcterms.abstract", "dcterms.description")
    f["language"] = _first(m, "dc.language", "dcterms.language")
    dctype = (_first(m, "dc.type", "dcterms.type") or "").lower()
    f["volume"] = _first(m, "dc.source.volume", "dc.citation.volume")
    f["issue"] = _first(m, "dc.source.issue", "dc.citation.issue")
    f["page_range"] = page_range(_first(m, "dc.citation.spage"), _first(m, "dc.citation.epage"))
    # a journal article's type as JATS names it (Literatum's publishers, Taylor & Francis, SAGE: dc.Type
    # "research-article"), with its DOI
    jats = dctype in _JATS_ARTICLES and f["doi"] is not None
    if "journal" in dctype or jats or (f["title"] and f["volume"] and _first(m, "dc.source")):
        f["kind"] = "journal-article"
    if "journal" in dctype or jats:
        f["type"] = "article-journal"
    elif "report" in dctype:
        f["type"] = "report"
    return _found(f)


# a title that names an episode by its number: "Ep 43: ...", "Episode 12 - ...", "#7: ..."
_EPISODE_TITLE = re.compile(r"^\s*(?:ep(?:isode)?\.?\s*|#)\d{1,4}\b", re.I)


def is_video_type(og_type: str) -> bool:
    """Is ``og_type`` (an ``og:type``) a video's (video.other, video.episode, video.movie), not a show's?"""
    t = og_type.strip().lower()
    return t.startswith("video.") and t != "video.tv_show"


def from_opengraph(m: dict) -> Page:
    f = {}
    f["title"] = _first(m, "og:title")
    f["authors"] = _people(_all(m, "article:author", "og:article:author", "article:author_name", "og:author"))
    f["date"] = page_date(_first(m, "article:published_time", "og:article:published_time",
                               "og:published_time", "article:published", "og:pubdate",
                               "article:published_date"))
    f["date_modified"] = page_date(_first(m, "article:modified_time", "og:updated_time", "og:article:modified_time"))
    f["site"] = _first(m, "og:site_name")
    f["description"] = _first(m, "og:description")
    f["language"] = _first(m, "og:locale")
    f["canonical"] = _first(m, "og:url")
    t = (_first(m, "og:type") or "").lower()
    # a video's page (video.other, video.episode, video.movie: Vimeo, YouTube, PeerTube) is a post of a video
    # site, cited as a whole work whatever its page shows besides the player
    # and a podcast episode's (an audio file as og:audio on a page that is no article: Buzzsprout, Podbean) is one of
    # its podcast, the same; so is a track's (og:type music.song, as Podomatic types its episodes too): an
    # episode where its title says so ("Ep 43: ...")
    audio = bool(_first(m, "og:audio", "og:audio:url", "og:audio:secure_url")) and t not in ("article", "og:article")
    music = t.startswith("music.")
    episode = audio and (not music or _EPISODE_TITLE.match(_first(m, "og:title") or "") is not None)
    f["kind"] = {"article": "article", "og:article": "article", "profile": "profile"}.get(t) or (
        "post" if is_video_type(t) or audio else None)
    if t in ("article", "og:article"):
        f["type"] = "article"
    elif t == "blog":
        f["type"] = "post-weblog"
    elif episode:
        f["type"] = "broadcast"
    return _found(f)


def from_twitter(m: dict) -> Page:
    f = {}
    f["title"] = _first(m, "twitter:title")
    f["description"] = _first(m, "twitter:description")
    return _found(f)


_XPLORE = re.compile(r"xplGlobal\.document\.metadata\s*=\s*(\{.{0,400000}?\});", re.S)
_XPLORE_AT = "xplGlobal.document.metadata"


def from_xplore(raw: str) -> Page | None:
    """IEEE Xplore's article record, which its pages give in a script
    (``xplGlobal.document.metadata={...}``) rather than in ``citation_*``
    tags: read as Highwire's would be (title, authors, journal or
    proceedings, volume, issue, pages, DOI, date); None where there is none."""
    at = raw.find(_XPLORE_AT, 0, 2_000_000)
    m = _XPLORE.match(raw, at) if at >= 0 else None      # tried once, where the record starts (not at every mention)
    if m is None:
        return None
    try:
        data = json.loads(m.group(1))
    except ValueError:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("title"), str):
        return None
    f: dict = {"title": clean_text(data["title"])}
    names = [a.get("name") for a in data.get("authors") or [] if isinstance(a, dict) and isinstance(a.get("name"), str)]
    f["authors"] = _people(names)
    when = next((str(data[k]) for k in ("publicationDate", "onlineDate", "dateOfInsertion") if data.get(k)), "")
    found = find_dates(when, limit=1) if when else []
    f["date"] = found[0] if found else None
    f["site"] = _str(data.get("displayPublicationTitle")) or _str(data.get("publicationTitle"))
    f["doi"] = find_doi(_str(data.get("doi")))
    f["volume"], f["issue"] = _str(data.get("volume")), _str(data.get("issue"))
    f["page_range"] = page_range(_str(data.get("startPage")), _str(data.get("endPage")))
    conference = data.get("isConference") is True or str(data.get("contentType") or "").lower() == "conferences"
    f["kind"] = "journal-article"
    f["type"] = "paper-conference" if conference else "article-journal"
    f["description"] = _str(data.get("abstract"))
    return _found(f)


def from_other_meta(m: dict) -> Page:
    f = {}
    f["authors"] = _people(_all(m, "author", "byl", "parsely-author", "sailthru.author", "article.author",
                             "dc.author", "article:author_name", "authors", "creator", "cxenseparse:author",
                             "analyticsattributes.author", "citation_authors"))
    f["date"] = page_date(_first(m, "date", "pubdate", "publishdate", "publish-date", "publish_date",
                               "published_time", "published-date", "article.published", "article_date_original",
                               "datepublished", "sailthru.date", "parsely-pub-date", "dc.date.published",
                               "release_date", "original-publish-date", "cxenseparse:recs:publishtime",
                               "displaydate", "created", "creation_date", "date.created", "publication_date",
                               "last-modified" if False else "date_published", "og:article:published_time",
                               "timestamp", "article:post_date", "bt:pubdate", "dcsext.articlefirstpublished",
                               "originalpublicationdate", "pub_date", "article_date"))
    f["date_modified"] = page_date(_first(m, "lastmod", "last-modified", "datemodified", "article.updated",
                                        "dc.date.modified", "revised"))
    f["site"] = next(filter(None, map(_site_value, _all(m, "article:publisher", "og:article:publisher"))), None) \
        or _first(m, "application-name", "apple-mobile-web-app-title") \
        or next(filter(None, map(_site_value, _all(m, "publisher", "copyright"))), None)
    f["title"] = _first(m, "headline")          # <meta itemprop="headline" content="...">
    f["description"] = _first(m, "description")
    f["language"] = _first(m, "content-language", "language")
    parsely = _first(m, "parsely-page")
    if parsely and parsely.startswith("{"):
        try:
            pj = json.loads(parsely)
            if isinstance(pj, dict):
                f["date"] = f.get("date") or page_date(_str(pj.get("pub_date")))
                f["authors"] = f.get("authors") or _people([a for a in (pj.get("author"), ) if isinstance(a, str)])
        except ValueError:
            pass
    return _found(f)


# ---------------------------------------------------------------- microformats, microdata, visible

def _value(el: Tag) -> str:
    a = el.attrs
    for k in ("content", "datetime", "title", "value"):
        v = a.get(k)
        if isinstance(v, str) and v.strip():
            return v
    return el.get_text(" ")[:500]


def _name_value(el: Tag) -> str:
    """A name element's name: its ``content``/``value`` (``<data>``, ``<meta>``), an ``<abbr>``'s
    title, else its shown text (an ``<a class="url fn n" title="View all posts by Jane Barr">``'s
    title is a tooltip, not the name)."""
    for k in ("content", "value"):
        v = el.attrs.get(k)
        if isinstance(v, str) and v.strip():
            return v
    title = el.attrs.get("title")
    if el.name == "abbr" and isinstance(title, str) and title.strip():
        return title
    return _shown_text(el)[:500]


def _bad_region(el: Tag, c: Collected) -> bool:
    """Comments are never read, nor the posts of a listing page; navigation
    and asides never; headers and
    footers only inside the main content or the post that holds it (an
    article's own header and footer hold its byline and date: Blogger's
    "Posted by" footer, a theme's post header)."""
    if c.listed and in_listed(el, c):
        return True                      # one post's of a listing page
    r = region_of(el, c)
    if r == "comments":
        return True
    if r in ("footer", "header"):
        return not (_inside_main(el, c) or inside_post(el, c))
    return r in ("nav", "aside")


def from_hentry(c: Collected, site: str | None) -> Page:
    f = {}
    entry = None
    for el, cls in c.marked:
        if re.search(r"(?:^|\s)h-?entry(?:$|\s)", cls) and not _bad_region(el, c):
            entry = el
            break
    if entry is None:
        return _found(f)
    for el in entry.find_all(class_=True, limit=400):
        cls = _attr_text(el.get("class"))
        toks = cls.split()
        if "p-name" in toks and _nested(el, entry):
            continue                     # an author's h-card's name, not the entry's
        if f.get("title") is None and ("p-name" in toks or "entry-title" in toks) and el.name != "a" or (
                f.get("title") is None and "entry-title" in toks):
            f["title"] = clean_text(el.get_text(" ")) or None
        elif ("p-author" in toks or "author" in toks) and (
                not f.get("authors") or _co_author(el, f.get("author_els", []))):
            if region_of(el, c) == "comments":
                continue
            # class values are whole strings here ("url fn n"): a token, not the whole value
            name_el = el.find(class_=re.compile(r"(?:^|\s)(?:p-name|fn)(?:$|\s)")) or el
            # co-authors: further author cards beside the first ("by <vcard> and <vcard>")
            f["authors"] = list(f.get("authors") or []) + _people([clean_text(_name_value(name_el))], site)
            f.setdefault("author_els", []).append(el)
        elif f.get("date") is None and ("dt-published" in toks or "published" in toks or "entry-date" in toks):
            f["date"] = page_date(_value(el))
        elif f.get("date_modified") is None and ("dt-updated" in toks or "updated" in toks):
            f["date_modified"] = page_date(_value(el))
    f.pop("author_els", None)
    if f.get("authors"):
        f["authors"] = _dedupe_names(f["authors"])
    note = _note_text(c, entry, f.get("title"))
    if note:
        # IndieWeb post-type discovery: an entry with no name of its own is a note, a social post; titled as
        # APA titles posts (its first 20 words), never by its date
        from refs.social.title import apa_title

        media = ["image"] if _content_of(entry).find("img") is not None else []
        f["title"], f["kind"], f["type"] = apa_title(note, media) or None, "post", "post"
    return _found(f)


def _nested(el: Tag, entry: Tag) -> bool:
    """Is ``el`` inside another microformat (an ``h-card``) within ``entry``, or one itself?"""
    node = el
    while node is not None and node is not entry:
        if _H_ROOT.search(_attr_text(node.get("class"))):
            return True
        node = node.parent
    return False


_H_ROOT = re.compile(r"(?:^|\s)h-[a-z]+(?:$|\s)")


def _content_of(entry: Tag) -> Tag:
    return entry.find(class_=re.compile(r"(?:^|\s)e-content(?:$|\s)")) or entry


def _note_text(c: Collected, entry: Tag, name: str | None) -> str | None:
    """The text of the page's entry when it is a note (IndieWeb post-type
    discovery): the page's only ``h-entry`` (microformats 2), with an
    ``e-content`` and no name, or a name that is only the start of its
    content, and no heading above the content (a name set as a heading is
    a title, whatever its words); else None."""
    if not _H_ROOT.search(_attr_text(entry.get("class"))) or "h-entry" not in _attr_text(entry.get("class")).split():
        return None
    entries = [el for el, cls in c.marked if re.search(r"(?:^|\s)h-entry(?:$|\s)", cls) and not _bad_region(el, c)]
    if any(el is not entry and not _holds(entry, el) for el in entries):
        return None                      # a timeline of entries, not one
    content = _content_of(entry)
    if content is entry:
        return None
    text = clean_text(content.get_text(" "))
    if not text:
        return None
    if name is not None and not fold_for_compare(text).startswith(fold_for_compare(name.rstrip("…. "))):
        return None                      # a post with a title of its own
    for h in entry.find_all(("h1", "h2", "h3"), limit=5):
        if not _holds(content, h) and not any(_H_ROOT.search(_attr_text(p.get("class"))) for p in h.parents
                                              if p is not entry and _holds(entry, p)):
            return None                  # a heading above the content: the entry's title
    return text


def _co_author(el: Tag, taken: list[Tag]) -> bool:
    """Is author card ``el`` a co-author of those ``taken``: beside one of
    them (the same parent), not inside one?"""
    return any(el.parent is t.parent and el is not t for t in taken) and not any(_holds(t, el) for t in taken)


def from_itemprop(c: Collected, site: str | None) -> Page:
    f = {}
    for el in c.itemprops:
        prop = el.attrs.get("itemprop") or el.attrs.get("property")
        if not isinstance(prop, str):
            prop = " ".join(prop) if isinstance(prop, list) else ""
        prop = prop.lower().rsplit(":", 1)[-1]
        if prop in ("date", "created", "issued"):
            prop = "datepublished"
        if el.name == "meta" and prop in ("datepublished", "datemodified"):
            pass
        if c.listed and in_listed(el, c):
            continue
        if "datepublished" in prop and f.get("date") is None:
            # explicit markup: believed in a footer too (TYPO3 news puts it there)
            if region_of(el, c) not in ("comments", "nav", "aside"):
                f["date"] = page_date(_value(el))
        elif "datecreated" in prop and f.get("date") is None:
            if not _bad_region(el, c):
                f["date"] = page_date(_value(el))
        elif "datemodified" in prop and f.get("date_modified") is None:
            f["date_modified"] = page_date(_value(el))
        elif "headline" in prop and f.get("title") is None and el.name != "meta":
            f["title"] = clean_text(_value(el)) or None
        elif "author" in prop and not f.get("authors") and el.name not in ("meta", "link"):
            if _bad_region(el, c) or el.find_parent(("figure", "figcaption")) or _PHOTO_CREDIT.search(_cls(el)):
                continue                 # a photo's author (its credit) is not the article's
            if "itemscope" in el.attrs:
                n = el.find(attrs={"itemprop": "name"})
                text = _value(n) if n is not None else el.get_text(" ")
            else:
                text = _value(el)
            f["authors"] = _people([clean_text(text)], site)
    return _found(f)


_DATE_CLS = re.compile(r"date|time|publish|posted|dateline|datum|meta|byline|entry-date|timestamp|author|autor|created|info|"
                       r"submitted|subline|fecha|parution|publica|detail|^small$")
# an icon before a date (<i class="fa fa-calendar"></i> 17.05.2016): the date is its parent's text
_ICON_CLS = re.compile(r"calendar|clock")
_AUTHOR_CLS = re.compile(r"(?:^|[\s-])(?:byline|by-line|author|authors|author-name|authorname|writer|autor|"
                         r"autorin|contributor|fn|posted-by|p-author|reporter|rel-author|article-author|"
                         r"post-author|entry-author|byline-name|credit|meta-author|person-listing)(?:$|[\s-])")
# a photo's credit line ("media-credit", "photo-credit", a caption), not the article's author
_PHOTO_CREDIT = re.compile(r"(?:media|photo|image|img|picture|pic|foto|bild|caption|gallery)[-_]?credit|"
                           r"credit[-_]?(?:photo|image|media|foto)|caption", re.IGNORECASE)
# an author's archive or profile page: /author/gnaddrig/, /u/EvilSpark, /user/name, /members/name
_AUTHOR_PAGE = re.compile(r"/(?:author|authors|autor|u|user|users|members?|profiles?)/([\w.\-]{2,40})/?$")


def _username(el: Tag) -> str | None:
    """The user name an author element links to its author page with, where
    the page gives no other name (WordPress.com: ``<a rel="author"
    href=".../author/gnaddrig/">gnaddrig</a>``): the link's text must be the
    slug of the page it links to, one word, not a word like "admin"."""
    for a in ([el] if el.name == "a" and el.get("href") else []) + el.find_all("a", href=True, limit=5):
        m = _AUTHOR_PAGE.search(str(a["href"]).split("?")[0].split("#")[0])
        text = " ".join(a.get_text(" ").split())
        if m and text and fold_for_compare(text) == fold_for_compare(m.group(1)) \
                and re.fullmatch(r"[\w.\-]{2,40}", text) \
                and not is_junk_name(re.sub(r"\d", "", text) or "-"):     # a user name may hold digits
            return text
    return None


_BY = re.compile(r"(?:^|[\s(|•])(?:(?:By|BY|by|Von|VON|von|Par|Door|Por)[: \t]+|(?:By|BY|by|Von|VON|Par|Door|Por)[: \t]*\n[ \t]*)([A-ZÀ-Ý][\w'’.\-]+(?:[ \t]+(?:[A-ZÀ-Ý][\w'’.\-]*|van|von|de|der|den|da|di|du|le|la)){0,3}"
                 r"(?:[ \t]*(?:,|and|und|&)[ \t]*[A-ZÀ-Ý][\w'’.\-]+(?:[ \t]+[A-ZÀ-Ý][\w'’.\-]*){0,3})*)")


_AWAY = ("nav", "aside", "comments")


def _text_unlisted(node: Tag, c: Collected, limit: int = 4000) -> str:
    """The text of ``node`` without the posts of a listing page, nor what
    navigation, asides and comments inside it say (a previous post's link and
    day above the headline, a related teaser's under it)."""
    out: list[str] = []
    size = 0
    stack = [iter(node.contents)]
    while stack and size < limit:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
        elif isinstance(child, Tag):
            if id(child) not in c.listed and len(stack) < 200 and _marker(child, c) not in _AWAY:
                stack.append(iter(child.contents))
        elif type(child) in _TEXT:
            out.append(child)
            size += len(child)
    return "\n".join(out)


def _headline_area(c: Collected, headline: Tag | None = None) -> tuple[str, str]:
    """Text near the headline, where bylines and dates are shown: up to 150
    characters above it and 1500 after it (not the headline's own words:
    "Forestlands by Indigenous Peoples" is no byline). The headline is
    ``headline`` when given (a post titled by an h2/h3 under the blog's h1),
    else the first h1 inside the post or its main content, else the first
    that is not the site's logo (an h1 around a link to the home page)."""
    h1s = [h for h in c.h1s if region_of(h, c) in ("body", "header", "outside") and not in_listed(h, c)]
    h1 = headline or next((h for h in h1s if not _masthead(h, c)), None) or next((h for h in h1s if not _logo(h, c)), None)
    if h1 is None:
        return "", ""
    node = h1.parent
    text = ""
    for _ in range(3):
        if node is None:
            break
        text = _text_unlisted(node, c)[:4000]
        text = "\n".join(line for line in (" ".join(x.split()) for x in text.split("\n")) if line)
        if len(text) > 300:
            break
        node = node.parent
    head = " ".join(h1.get_text(" ").split())
    pos = text.find(head) if head else -1
    if pos < 0:
        return "", text[:1500]
    return text[max(0, pos - 150):pos], text[pos + len(head):pos + len(head) + 1500].lstrip("\n")


_SCREEN_READER = re.compile(r"(?:^|\s)(?:screen-reader-text|screen-reader|sr-only|visually-?hidden|"
                            r"assistive-text|hidden-visually|a11y-hidden|element-invisible|u-hidden-visually)(?:$|\s)",
                            re.I)


def _shown_text(el: Tag) -> str:
    """``el``'s text without what only screen readers get (WordPress themes
    label a byline "<span class=screen-reader-text>Author</span> Jane Barr")."""
    out = []
    hidden: dict[int, bool] = {}        # by element: is it, or an element between it and el, screen readers' only?
    for s in el.strings:
        path, node = [], s.parent
        while node is not None and node is not el.parent and id(node) not in hidden:
            path.append(node)
            node = node.parent
        above = hidden.get(id(node), False) if node is not None and node is not el.parent else False
        for n in reversed(path):        # from the top down: each element's answer once, however deep the nesting
            above = above or (isinstance(n, Tag) and bool(_SCREEN_READER.search(_attr_text(n.attrs.get("class")))))
            hidden[id(n)] = above
        if not hidden.get(id(s.parent), False):
            out.append(s)
    return " ".join(out)


def _logo(h: Tag, c: Collected, url: str = "") -> bool:
    """An h1 that is the site's logo: it holds a link to the home page (or
    an image) and little text; or it is a link, as a whole, to a folder
    above the page (``url``), the home of the site's section the page is in
    (a conference's name linking to ``/nvl2025/`` on its talks' pages)."""
    words = len(h.get_text(" ").split())
    a = h.find("a", href=True)
    around = link_around(h) if a is None else None
    a = a or around
    try:
        parts = urlsplit(_ARCHIVED.sub("", str(a["href"]))) if a is not None else None
    except ValueError:
        parts = None
    home = parts is not None and (parts.path or "/") in ("/", "/index.html", "/index.php") and not parts.query
    if words <= 4 and (home or h.find("img") is not None):
        return True
    return words <= 12 and a is not None and (around is not None or len(a.get_text(" ").split()) == words) \
        and _above(a, c, url)


def _above(a: Tag, c: Collected, url: str) -> bool:
    """Does link ``a`` lead to a folder above the page ``url`` on its site
    (``/nvl2025/`` from ``/nvl2025/talk/QWE7RT/``, with its slash or without; not the root, not the page)?"""
    href = target_of(a, c)
    if not url or href is None:
        return False
    try:
        page = urlsplit(url)
        target = urlsplit(href)
    except ValueError:
        return False
    folder = target.path.rstrip("/") + "/"      # (Zotero's group /groups/ID/NAME above its /groups/ID/NAME/items/KEY)
    return (target.hostname == page.hostname and not target.query and len(folder) > 1
            and page.path.startswith(folder) and len(page.path) > len(folder))


# a link as the Wayback Machine rewrites it: https://web.archive.org/web/20080731095558/http://www.dimido.de/
_ARCHIVED = re.compile(r"^(?:https?://web\.archive\.org)?/web/\d+[a-z_]*/", re.IGNORECASE)


_POST_TITLE_CLS = re.compile(r"(?:^|[\s-])(?:post-title|entry-title|article-title|story-title|headline|"
                             r"post-heading|entry-header|p-name)(?:$|[\s-])")


# a kicker above a headline, inside its h1 ("Einheit der Woche", "Coronavirus und andere
# Zoonosen – ...", a section's link "Local News |"): not the title
_KICKER_CLS = re.compile(r"kicker|overline|dachzeile|topline|roofline|super-?title|eyebrow|spitzmarke|"
                         r"pre-?title|title-?header|sub-?heading|sub-?title|section|category|rubri[ck]|badge|label",
                         re.IGNORECASE)
_IN_HEADING_NOT_TITLE = re.compile(r"author|byline|date|time|meta|posted|published", re.IGNORECASE)


def heading_text(h: Tag) -> str:
    """A headline's own text: without what templates put inside the h1
    around it (a kicker before it: an element marked as one, a ``<small>``
    or any element followed by ``<br>``; a hidden separator; a byline or
    date nested in it), unless nothing would be left."""
    inner = [ch for ch in h.children if isinstance(ch, Tag) or (type(ch) in _TEXT and ch.strip())]
    if len(inner) == 1 and isinstance(inner[0], Tag) and inner[0].name in ("span", "a", "div", "strong", "b"):
        h = inner[0]                     # <h1><span class="post-title"><small>Kicker</small><br>Title</span></h1>
    skip: set[int] = set()
    first = True
    for child in h.children:
        if isinstance(child, NavigableString):
            if str(child).strip():
                first = False
            continue
        if not isinstance(child, Tag):
            continue
        cls = _cls(child)
        if child.get("aria-hidden") == "true" or child.name in ("h2", "h3", "h4", "h5", "h6", "time", "p") \
                or _IN_HEADING_NOT_TITLE.search(cls):
            skip.add(id(child))
        elif first and child.get_text(" ").strip():
            nxt = child.find_next_sibling()
            if _KICKER_CLS.search(cls) or child.name == "small" or (nxt is not None and nxt.name == "br"):
                skip.add(id(child))
            first = False
    if not skip:
        return clean_text(h.get_text(" "))
    parts = [ch.get_text(" ") if isinstance(ch, Tag) else str(ch) for ch in h.children
             if id(ch) not in skip and (isinstance(ch, Tag) or type(ch) in _TEXT)]   # no comments
    kept = clean_text(" ".join(parts)).strip(" –—-|:")
    return kept if kept else clean_text(h.get_text(" "))


def _post_title(c: Collected) -> Tag | None:
    """The heading that titles the post holding the main content, when the
    page's h1s are all outside it: a heading marked as a post title (or the
    post's first h2/h3) inside that post."""
    post = c.post
    if post is None or c.listed or any(_holds(post, h) for h in c.h1s):
        return None
    for h in c.headings[:200]:
        if h.name in ("h2", "h3", "h4") and _holds(post, h) and not _holds(c.main, h):
            cls = " ".join(filter(None, (_attr_text(h.get("class")), _attr_text(h.get("itemprop")))))
            if _POST_TITLE_CLS.search(cls.lower()) or "name" in cls.lower().split():
                return h
    return None


def _same_page(a: str, b: str) -> bool:
    def key(u: str) -> str:
        parts = urlsplit(u)
        return f"{(parts.hostname or '').lower().removeprefix('www.')}{parts.path.rstrip('/')}?{parts.query}"
    try:
        return key(a) == key(b)
    except ValueError:
        return False


def _permalink_heading(c: Collected, url: str) -> Tag | None:
    """The h2-h4 whose link leads to this very page: a post's title as blogs
    link it (outside listings, comments, navigation and sidebars)."""
    if not url:
        return None
    for h in c.headings[:200]:
        if h.name not in ("h2", "h3", "h4") or in_listed(h, c) or region_of(h, c) not in ("body", "outside", "header"):
            continue
        a = h.find("a", href=True)
        if a is None or len(a.get_text(" ").strip()) < 0.6 * len(h.get_text(" ").strip()):
            continue
        if _links_here(a, c, url):
            return h
    for a in c.anchors[:300]:
        # a title set as a link, not a heading (old reddit's <p class="title"><a class="title" href=permalink>)
        cls = _attr_text(a.get("class")) + " " + (_attr_text(a.parent.get("class")) if a.parent is not None else "")
        if not _TITLE_TOKEN.search(cls.lower()) or len(a.get_text(" ").split()) < 2 or in_listed(a, c) \
                or region_of(a, c) not in ("body", "header"):
            continue
        if _links_here(a, c, url):
            return a
    return None


def _links_here(a: Tag, c: Collected, url: str) -> bool:
    """Does the link ``a`` lead to the page at ``url`` (its fragment aside)?"""
    target = target_of(a, c)
    return target is not None and _same_page(target.split("#", 1)[0], url)


_TITLE_TOKEN = re.compile(r"(?:^|\s)(?:title|post-title|entry-title|topic-title|thread-title)(?:$|\s)")


def _marked_title(c: Collected) -> Tag | None:
    """An h2-h4 marked as the post's title (``post-title``, ``entry-title``...)
    inside the post or the main content."""
    for h in c.headings[:200]:
        if h.name in ("h2", "h3", "h4") and (_holds(c.post, h) or _holds(c.main, h)) and not in_listed(h, c):
            if _POST_TITLE_CLS.search(_attr_text(h.get("class")).lower()):
                return h
    return None


def _masthead(h: Tag, c: Collected) -> bool:
    """An h1 outside the post and its main content: the site's name in its masthead."""
    return not (c.post is not None and _holds(c.post, h)) and not (c.main is not None and _holds(c.main, h))


def from_visible(c: Collected, site: str | None, url: str = "") -> tuple[Page, list[dict], list[str]]:
    """h1 title, bylines and dates shown on the page.

    Returns what it read, byline authors (from marked elements) and the list of
    every h1 text (for the title rule)."""
    f = {}
    # an h1 that is the site's logo, a link to its home page ("<h1><a href="/">DimidoBlog</a></h1>",
    # old WordPress themes), is the site's name, not the post's title
    logos = [h for h in c.h1s[:10] if _logo(h, c, url) and not h.find("img")]
    if logos:
        # (beside the post's own h1 too: Hugo's Bear Cub, an h1 for the site's name in the nav and one for the post's)
        f["site"] = heading_text(logos[0]) or None
    logo_ids = {id(h) for h in logos}
    h1_texts = [heading_text(h) if not in_listed(h, c) and id(h) not in logo_ids else "" for h in c.h1s[:10]]
    post_title = _post_title(c)
    if post_title is not None:
        # a blog's name in an h1 above the post (a group blog: h1 the blog, h3 the post) is not the title
        h1_texts = [t for h, t in zip(c.h1s, h1_texts) if not _masthead(h, c)] or [heading_text(post_title)]
    placed = c.post is not None or c.main is not None
    # a masthead h1 that links home is the site's name (Twenty Twelve, Blogger)
    logo = next((heading_text(h) for h in c.h1s if placed and _masthead(h, c) and _logo(h, c, url)
                 and not in_listed(h, c)), None) if post_title is None else None
    own = [(h, t) for h, t in zip(c.h1s, h1_texts) if t and placed and not _masthead(h, c)]
    marked = None
    if not own and post_title is None and placed and all(_masthead(h, c) for h in c.h1s):
        # the post's title in a marked h2/h3 of its own (Blogger's Contempo: h3.post-title), or in the
        # heading that links to this very page (a hand-made group blog's <h3><a href=permalink>)
        marked = (_marked_title(c) if logo else None) or _permalink_heading(c, url)
    if own and post_title is None:
        # the post's own h1 (Twenty Twelve: an h1 for the site's name in the masthead, an h1 for the post's)
        f["title"], f["site"] = own[0][1], logo
    elif marked is not None:
        f["title"], f["site"] = heading_text(marked) or None, logo
    for h, t in zip(c.h1s, h1_texts):
        if "title" in f:
            break
        if t and region_of(h, c) in ("body", "header", "outside") and not (post_title is not None and _masthead(h, c)):
            f["title"] = t
            break
    if "title" not in f and post_title is not None:
        f["title"] = heading_text(post_title) or None
    if post_title is not None:
        f["site"] = next((clean_text(h.get_text(" ")) for h in c.h1s if _masthead(h, c)), None)
    byline: list[dict] = []
    for el, cls in c.marked:
        if el.name in ("body", "html", "article", "main", "section"):
            continue
        if _AUTHOR_CLS.search(cls) and not byline and not re.search(r"comment|avatar|bio\b|author-box|about", cls):
            if _bad_region(el, c) or _PHOTO_CREDIT.search(cls) or el.find_parent(("figure", "figcaption")):
                continue
            text = _shown_text(el)
            if len(text) > 250:
                sub = el.find(class_=re.compile(r"(^|[-\s])(name|fn|author)($|[-\s])"))
                if sub is None:
                    continue
                text = _shown_text(sub)
            names = clean_byline(text, site=site)
            if names:
                byline = [to_csl_name(n) for n in names]
            elif (user := _username(el)) is not None:
                byline = [{"literal": user}]
    f["date"] = _element_date(c)
    before, area = _headline_area(c, marked)
    if not byline and area:
        m = _byline_match(area)
        if m:
            names = clean_byline(m.group(1), site=site)
            byline = [to_csl_name(n) for n in names]
    if f.get("date") is None and area:
        f["date"] = _headline_date(before, area, _monthfirst(c))
    return _found(f), byline, h1_texts


def _byline_match(area: str) -> re.Match | None:
    """The first "By Jane Barr" below the headline that stands where a
    byline does: at the start of its line, or on a short line ("Posted on
    May 5 by Jane Barr"); not inside a sentence of the standfirst ("... von
    Windkraftanlagen von Nordex")."""
    for m in _BY.finditer(area):
        start = area.rfind("\n", 0, m.start()) + 1
        end = area.find("\n", m.end())
        line = area[start:end if end >= 0 else len(area)]
        if not area[start:m.start(1)].strip(" \t(|•:").lower().split()[1:] or len(line.split()) <= 12:
            return m
    return None


def _element_date(c: Collected) -> str | None:
    """The day the first date-marked element (class ``date``, ``byline``,
    ``posted-on``...; else the first ``<time>``) shows, where it is not in
    comments, navigation or asides; one inside the post or its main content
    before one outside it (a teaser's, a "most read" box's)."""
    outside = updated = None
    for el, cls in c.marked:
        if (el.name in ("body", "html", "article", "main", "section")
                or not (_DATE_CLS.search(cls) or _ICON_CLS.search(cls) and not el.get_text().strip())
                or cls == "small" and not _YEAR_IN.search(el.get_text()[:200])
                or _bad_region(el, c)):
            continue
        d = _marked_date(el, c, _AUTHOR_CLS.search(cls) is not None)
        if d and _marked_updated(cls):
            updated = updated or d
            continue
        if d and (_inside_main(el, c) or inside_post(el, c)):
            return d
        outside = outside or d
    for t in c.times:
        if _bad_region(t, c):
            continue
        v = t.attrs.get("datetime")
        d = page_date(v) if isinstance(v, str) else None
        if d is None:
            d = _shown(t.get_text(" ")[:200], c) or _attr_day(t, c)
        if d and _marked_updated(_cls(t)):
            updated = updated or d
            continue
        if d and (_inside_main(t, c) or inside_post(t, c)):
            return d
        outside = outside or d
    return outside or _stamp_date(c) or updated


_UPDATED_CLS = re.compile(r"(?:^|[\s_-])(?:updated|modified|last-?modified|last-?updated|dt-updated|date-?modified|"
                          r"update-?date|modified-?date)(?:$|[\s_-])")
_PUBLISHED_CLS = re.compile(r"publish|entry-date|pubdate|post-date|created|posted")


def _text_but_updates(el: Tag) -> str:
    """The text of a date-marked element (an entry-meta line) without that of
    the elements in it marked as the last change (its ``<time class="updated">``)."""
    text = el.get_text(" ")
    if not _YEAR_IN.search(text):
        return text                      # no date to read: no need to look for an "updated" one in it
    upd = [d for d in el.find_all(class_=True, limit=40) if _marked_updated(_cls(d))]
    if not upd:
        return text
    return " ".join(s for s in el.strings if not any(u in s.parents for u in upd))


_YEAR_IN = re.compile(r"\d\d")


def _marked_updated(cls: str) -> bool:
    """Is an element marked as the last change ("updated", "date-modified"),
    not (also) as the publication ("entry-date updated", as hAtom themes
    mark a post's one date)? Its day counts only where no other is shown."""
    cls = cls.lower()
    return _UPDATED_CLS.search(cls) is not None and _PUBLISHED_CLS.search(cls) is None


def _stamp_date(c: Collected) -> str | None:
    """The day of the first element that gives its moment as a Unix time
    (``<abbr data-utime="1438091078">``), not in comments, navigation or asides."""
    for el in c.stamps:
        if not _bad_region(el, c):
            d = _unix_attr(el)
            if d:
                return d
    return None


def _unix_attr(el: Tag) -> str | None:
    for k in STAMP_ATTRS:
        v = el.attrs.get(k)
        if isinstance(v, str) and v.strip().isdigit():
            d = page_date(v.strip(), lo=1995, hi=2035)
            if d:
                return d
    return None


def _shown(text: str, c: Collected) -> str | None:
    """The first date in a short text where a page shows its own date (a
    date-marked element, a byline): two-digit years ("8.5.12") count here,
    and a date labelled as an update only where there is no other."""
    mf = _monthfirst(c)
    found = (find_dates(text, limit=1, monthfirst=mf, short_years=True, not_after=_UPDATED)
             or find_dates(text, limit=1, monthfirst=mf, short_years=True))
    return found[0] if found else None


def _marked_date(el: Tag, c: Collected, byline: bool) -> str | None:
    """The day a date-marked element shows (its ``datetime``/``content``/
    ``title``, else its text); for a byline ("von Jane Roe, 8.5.12"), the
    text of the line that holds it."""
    v = el.attrs.get("datetime") or el.attrs.get("content") or el.attrs.get("title")
    d = page_date(v) if isinstance(v, str) else None
    if d is None:
        d = _shown(_squeezed(_text_but_updates(el)[:300]), c) or _unix_attr(el) or _attr_day(el, c)
    if d is None and (byline or _ICON_CLS.search(_cls(el)) and not el.get_text().strip()) and (
            el.parent is not None and el.parent.name not in ("body", "html")):
        line = el.parent.get_text(" ")
        d = _shown(line, c) if len(line) <= 300 else None
    return d if d and len(d) == 10 else None


_DAY_ATTR = re.compile(r"^(?:title|data-[\w-]*(?:date|time|publi|created|posted)[\w-]*)$")


def _attr_day(el: Tag, c: Collected) -> str | None:
    """The day an element whose text shows none ("vor 3 Jahren", "3 years ago")
    gives in an attribute: ``title="17.05.2016 10:12"``, ``data-date``,
    ``data-published-time``; not one named as a change's, an event's, a
    deadline's or a birthday (the names :data:`_NOT_PUBLISHED_KEY` leaves out
    of meta tags, and ``data-edited``)."""
    for k, v in el.attrs.items():
        if isinstance(v, str) and _DAY_ATTR.match(k) and not _NOT_PUBLISHED_KEY.search(k) and "edit" not in k:
            d = page_date(v, lo=1995, hi=2035) or _shown(v[:100], c)
            if d:
                return d
    return None


_SPLIT_DAY = re.compile(r"^\s*(\d{1,2})(\s+|\s*[./-]\s*)(\d{1,2})\2((?:19|20)\d\d)\s*$")


def _squeezed(text: str) -> str:
    """A date-marked element's text whose day, month and year stand in elements
    of their own ("17 . 05 . 2016", "17 05 2016") as one date: "17.05.2016"
    where dots part them (read day first, as everywhere), else with its
    slashes or dashes, or slashes for spaces, "17/05/2016" (read as the page
    reads numeric dates: "05 06 2016" is May 6 on a US page, 5 June on a
    German one)."""
    m = _SPLIT_DAY.match(text)
    if m is None:
        return text
    sep = m[2].strip() or "/"
    # dots read day first; slashes and dashes ("4/11/2024", "05-01-2024") as the page reads numeric dates
    return f"{m[1]}{sep}{m[3]}{sep}{m[4]}"


# a label that says the date after it is the last change, not the publication
_UPDATE_WORDS = (r"updated|modified|edited|revised|aktualisiert|bearbeitet|geändert|mis à jour|actualizado|"
                 r"aggiornato|bijgewerkt|uppdaterad|opdateret|oppdatert|päivitetty|zaktualizowano|aktualizováno|"
                 r"обновлено|actualizat|frissítve|güncelleme|güncellendi")
# ... or an event's day or a deadline, shown under an announcement's title
_EVENT_WORDS = (r"termin|veranstaltungsdatum|wann|when|event date|date of the event|deadline|frist|anmeldeschluss|"
                r"einsendeschluss|bewerbungsschluss|gültig|valid|expires|date de l'événement|fecha del evento")
# ... or a photo's day, in its caption: AP's "FILE - In this March 2, 2011 file photo, ...",
# "Photo taken on ...", "Archivbild vom 3.5.2019"
_PHOTO_WORDS = r"in this|(?:photo|picture|image) taken|archivbild|archivfoto|aufnahme"
_LABEL_END = r")[\W_]*(?:(?:on|am|le|el|il|op|at)\b[\W_]*)?(?:[^\W\d_]+\.?,?\s+)?$"
_UPDATED = re.compile(r"(?:" + _UPDATE_WORDS + _LABEL_END, re.IGNORECASE)
_UPDATED_OR_PHOTO = re.compile(r"(?:" + _UPDATE_WORDS + "|" + _PHOTO_WORDS + _LABEL_END, re.IGNORECASE)
_NOT_PUBLISHED = re.compile(r"(?:" + _UPDATE_WORDS + "|" + _EVENT_WORDS + "|" + _PHOTO_WORDS + _LABEL_END,
                            re.IGNORECASE)
_PHOTO_CAPTION = re.compile(r"(?:" + _PHOTO_WORDS + _LABEL_END, re.IGNORECASE)


def _headline_date(before: str, after: str, monthfirst: bool, *, near_only: bool = False) -> str | None:
    """The date nearest the headline: one shown right below it (the byline
    line), else one right above it (a kicker or dateline: "News | 06.12.2022"
    over the title), else (unless ``near_only``) the first further down
    that is not labelled as an update nor a photo's (a caption's "In this
    March 2, 2011 file photo"), else the first not a photo's, else the first. Right below and
    above, only a date on a line of its own counts (:func:`_line_dates`)."""
    near = _line_dates(after, monthfirst, 200)
    if near:
        return near[0]
    above = _line_dates(before, monthfirst, len(before))
    if above:
        return above[-1]
    if near_only:
        return None
    found = (find_dates(after, limit=1, monthfirst=monthfirst, not_after=_UPDATED_OR_PHOTO)
             or find_dates(after, limit=1, monthfirst=monthfirst, not_after=_PHOTO_CAPTION)
             or find_dates(after, limit=1, monthfirst=monthfirst))
    return found[0] if found else None


def _line_dates(text: str, monthfirst: bool, within: int) -> list[str]:
    """The dates in the first ``within`` characters of ``text`` that stand
    on a short line of their own (a date line, a byline: 80 characters at
    most, not a sentence of the lede that names an election's day), and are
    not labelled as an update, an event's day or a deadline."""
    out = []
    for pos, iso in dates_at(text[:within + 100], monthfirst=monthfirst, not_after=_NOT_PUBLISHED):
        if pos >= within:
            break
        start, end = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
        if (len(text) if end < 0 else end) - start <= 80 and not _CREDIT_LINE.match(text, start):
            out.append(iso)
    return out


# a photo's credit line under the headline: "Photo: Ann Lee, 12.03.2019", "Foto: dpa / 12.03.2019"
_CREDIT_LINE = re.compile(r"\s*(?:photo|foto|bild|image|picture|credit|fotos|photos|bildquelle)\s*:", re.IGNORECASE)


_GENERIC_DATE_KEY = re.compile(r"publi|date|created|issued|release|posted|^ptime$")
_NOT_PUBLISHED_KEY = re.compile(r"modif|updat|expir|revis|valid|birth|event|start|end|crawl|index|review|next|accept|submit|"
                                r"access|due|build|cache|generat|deadline|closing")
_SCRIPT_PUBLISHED_KEYS = (r"datePublished|published_at|publishedAt|publishDate|publish_date|published|pubDate|"
                          r"firstPublished|first_published_at|date_published|publicationDate")
_SCRIPT_DATE = re.compile(r'"(?:' + _SCRIPT_PUBLISHED_KEYS + r'|releaseDate|dateCreated|createdAt|created_at|'
                          r'displayDate|date)"\s*:\s*"((?:19|20)\d\d-\d\d-\d\d)')
# only keys that name the publication: a bare "date" is as often a calendar widget's or a related item's
_SCRIPT_PUBLISHED = re.compile(r'"(?:' + _SCRIPT_PUBLISHED_KEYS + r')"\s*:\s*"((?:19|20)\d\d-\d\d-\d\d)')


# labels before a date, the publication's and (_UPDATE_LABEL) the last change's
_LABEL = re.compile(
    r"(?:published|posted|created|date|datum|veröffentlicht|erschienen|publiziert|erstellt|"
    r"publié|publicado|pubblicato|gepubliceerd|publicerad|publiceret|publisert|julkaistu|opublikowano|"
    r"publikováno|zveřejněno|objavljeno|objavljen|опубликовано|publicat|közzétéve|yayımlama tarihi|"
    r"yayın tarihi|yayınlanma tarihi|δημοσιεύθηκε|"
    r"stand|aktualisiert|updated|edited|uppdaterad|opdateret|oppdatert|päivitetty|zaktualizowano|"
    r"aktualizováno|обновлено|actualizat|frissítve|son güncelleme(?: tarihi)?)"
    r"(?:\s+(?:on|am|le|el|il|op|at|den|dne|d\.))?\s*:?\s*", re.IGNORECASE)
_UPDATE_LABEL = re.compile(r"stand|aktualisiert|updated|edited|uppdaterad|opdateret|oppdatert|päivitetty|"
                           r"zaktualizowano|aktualizováno|обновлено|actualizat|frissítve|son güncelleme",
                           re.IGNORECASE)
# ... and labels after it (Turkish): "5/5/2020 tarihinde yayımlandı", "5/5/20'de güncellendi"
_LABEL_AFTER = re.compile(r"\s*(?:tarihinde|'(?:de|da|te|ta))\s+(yayımlandı|yayınlandı|güncellendi)", re.IGNORECASE)


def labelled_date(text: str, monthfirst: bool = True) -> str | None:
    """The first date right after a label such as "Published on", "Datum:",
    "Erschienen am" or "Veröffentlicht am" in the page's text (or right
    before "tarihinde yayımlandı"); a date after "Updated", "Aktualisiert"
    or "Stand" only where no other is labelled. A label vouches for a
    two-digit year ("Veröffentlicht am 1.9.17")."""
    update = None
    for m in _LABEL.finditer(text):
        found = find_dates(text[m.end():m.end() + 40], limit=1, monthfirst=monthfirst, short_years=True)
        if found:
            if not _UPDATE_LABEL.match(m.group(0)):
                return found[0]
            update = update or found[0]
    for m in _LABEL_AFTER.finditer(text):
        found = dates_at(text[max(0, m.start() - 24):m.start()], monthfirst=monthfirst, short_years=True)
        if found:
            if m[1].lower() != "güncellendi":
                return found[-1][1]
            update = update or found[-1][1]
    return update


def _language(c: Collected) -> str:
    """The page's language: ``<html lang>``, else ``og:locale`` or ``Content-Language``."""
    return c.html_lang or next((v for k, v in c.metas if k in ("og:locale", "content-language")
                                and v.strip()), None) or ""


def _monthfirst(c: Collected) -> bool:
    """Read "02/10/2020" as February 10 only on US (or unlabelled English)
    pages: the language of ``<html lang>``, else of the page's
    ``og:locale`` or ``Content-Language``."""
    lang = (_language(c) or "en").strip().lower().replace("_", "-")
    return lang in ("en", "en-us") or lang.startswith("en-us")


def generic_meta_date(metas: list[tuple[str, str]]) -> str | None:
    """A date in any meta tag whose name says "published"/"date"/"created"
    (vendor tags such as ``five_hundred_pixels:uploaded``), not "modified"."""
    for k, v in metas:
        if _GENERIC_DATE_KEY.search(k) and not _NOT_PUBLISHED_KEY.search(k):
            d = page_date(v, lo=1995, hi=2035)
            if d and len(d) == 10:
                return d
    return None


def script_date(raw: str, *, published_only: bool = False) -> str | None:
    """A publication date in inline script data (``"published_at":"2019-03-02T..."``);
    with ``published_only``, only under a key that names the publication (not
    ``"date"``, ``"createdAt"``, ``"releaseDate"``)."""
    m = (_SCRIPT_PUBLISHED if published_only else _SCRIPT_DATE).search(raw)
    return page_date(m.group(1), lo=1995, hi=2035) if m else None


def shown_date(cands: list[str], shown: str | None, c: Collected, modified: set[str] = frozenset()) -> str | None:
    """Where dated sources disagree (``cands``, most trusted first), the one
    the visible page confirms: the date shown near the headline or in a
    date-marked element (``shown``) unless metadata calls it the modified
    date (``modified``), else the most trusted one written in the page's
    text. None when they agree or the page confirms none."""
    days = list(dict.fromkeys(d[:10] for d in cands if len(d) >= 10))
    if len(days) < 2:
        return None
    if shown and shown[:10] in days and shown[:10] not in modified:
        return shown[:10]
    if c.body is None:
        return None
    written = set(find_dates(c.body.get_text("\n")[:300_000], limit=1000, monthfirst=_monthfirst(c)))
    return next((d for d in days if d in written), None)


def _generator_type(m: dict, url: str) -> str | None:
    gen = (_first(m, "generator") or "").lower()
    host = (urlsplit(url).hostname or "") if url else ""
    blogs = ("wordpress", "blogger", "ghost", "medium", "tumblr", "typepad", "movable type", "hugo",
             "jekyll", "substack", "squarespace", "wix", "hexo", "gatsby", "write.as", "blogspot",
             "livejournal", "dotclear", "serendipity", "b2evolution", "textpattern")
    if any(b in gen for b in blogs) or host.endswith((".blogspot.com", ".wordpress.com", ".tumblr.com",
                                                       ".substack.com", ".typepad.com", ".medium.com",
                                                       ".ghost.io", ".livejournal.com")) or host == "medium.com":
        return "post-weblog"
    return None


# what old WordPress themes write between the blog's name and the post's title:
# "Time 4 talks » Blog Archiv » Weitere Digitalisierung der Schweizer Kinos"
_ARCHIVE_WORDS = frozenset({"blog archive", "blog archiv", "blog-archiv", "archives du blog", "archivo del blog",
                            "archivio blog", "blogarchief"})


def _strip_site(title: str, site: str | None, host: str, h1s: list[str],
                crumbs: Callable[[], frozenset] | None = None) -> str:
    """"Post title | Site" -> "Post title" (and "Site: Post title" -> "Post title"); "Subject / Forum / Site" ->
    "Subject" where the page links to "Forum" (``crumbs()``: the folded texts of its links to other pages, of two
    words or more, a forum's or a category's name in its breadcrumbs; read only where a site's name went)."""
    if site and len(site.split()) >= 2 and title[len(site):len(site) + 1] == ":" \
            and fold_for_compare(title[:len(site)]) == fold_for_compare(site) and title[len(site) + 1:].strip():
        return title[len(site) + 1:].strip()          # Blogger's "Blog name: Post title"
    parts = _TITLE_SEPS.split(title)
    if len(parts) < 2:
        return title
    stripped = _strip_site_parts(title, parts, site, host, h1s)
    named = crumbs() if crumbs is not None and stripped != title else frozenset()
    if named:
        seps = list(_TITLE_SEPS.finditer(stripped))
        while seps and fold_for_compare(stripped[seps[-1].end():]) in named:
            stripped = stripped[:seps[-1].start()].strip()
            seps.pop()
    return stripped


# a mailing list's address, which a list archive puts before a message's subject ("LIST@groups.io | Subject")
_LIST_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _strip_site_parts(title: str, parts: list[str], site: str | None, host: str, h1s: list[str]) -> str:
    f_site = fold_for_compare(site)
    host_key = host.removeprefix("www.").split(".")[0] if host else ""
    fh1 = {fold_for_compare(h) for h in h1s if h}
    for p in parts:
        if fold_for_compare(p) in fh1:
            return p.strip()

    def is_site(p: str) -> bool:
        fp = fold_for_compare(p)
        return bool(fp) and (fp == f_site or (f_site and (fp in f_site or f_site in fp))
                             or (host_key and fp.replace(" ", "").replace(".", "") .startswith(host_key))
                             or fp.endswith((".com", ".org", ".net", ".de"))
                             or fp in _ARCHIVE_WORDS or bool(_LIST_ADDRESS.fullmatch(p.strip())))
    # drop site-like parts at either end, keeping the separators inside what is left as written
    # ("Wärmepumpe im Altbau - Wann es sich lohnt | heizung.de")
    seps = list(_TITLE_SEPS.finditer(title))
    start, end, i, j = 0, len(title), len(seps) - 1, 0
    while i >= j and is_site(title[seps[i].end():end]):
        end, i = seps[i].start(), i - 1
    while j <= i and is_site(title[start:seps[j].start()]):
        start, j = seps[j].end(), j + 1
    if (start, end) != (0, len(title)):
        return title[start:end].strip()
    # "Title | Section | Site": if the last part is short, it is most likely the site
    m = list(_TITLE_SEPS.finditer(title))
    last = m[-1]
    tail = title[last.end():].strip()
    head = title[:last.start()].strip()
    if len(tail) < len(head) and len(tail.split()) <= 4 and "|" in last.group(0) + "|" and not tail.endswith(("?", "!")):
        if last.group(0).strip() in ("|", "-", "–", "—", "·", "•", "::", "»"):
            return head if not site else title
    return title.strip()


# Hosts whose og:site_name is the platform's own name for every post, while the
# post's publication (a Medium publication) is the JSON-LD publisher.
_PLATFORMS = frozenset({"medium"})


def _platform_publication(og_site: str | None, jsonld_site: str | None) -> str | None:
    """The publication a platform hosts, where og:site_name names only the
    platform: a post in the Medium publication "Voodoo Engineering" has
    ``og:site_name`` "Medium" and its JSON-LD publisher "Voodoo Engineering"."""
    if og_site and jsonld_site and fold_for_compare(og_site) in _PLATFORMS \
            and fold_for_compare(jsonld_site) != fold_for_compare(og_site):
        return jsonld_site
    return None


# Hosting platforms that name themselves the publisher of every blog they host (Blogger's JSON-LD
# says "publisher": {"name": "Blogger"} on every blogspot post), by the domain that is their own.
_PLATFORM_HOMES = {"blogger": "blogger.com", "blogspot": "blogspot.com", "wordpress": "wordpress.org",
              "wordpress.com": "wordpress.com", "medium": "medium.com", "tumblr": "tumblr.com", "wix": "wix.com",
              "squarespace": "squarespace.com", "substack": "substack.com", "ghost": "ghost.org",
              "weebly": "weebly.com", "typepad": "typepad.com", "livejournal": "livejournal.com"}


def _own_site(name: str | None, url: str) -> str | None:
    """``name`` unless it is a hosting platform's name on a page not on that
    platform's own site: the blog it hosts has a name of its own.

    >>> _own_site("Blogger", "https://notes.blogspot.com/2019/03/x.html") is None
    True
    >>> _own_site("Medium", "https://medium.com/@jane/x"), _own_site("Notes", "https://notes.blogspot.com/")
    ('Medium', 'Notes')
    """
    own = _PLATFORM_HOMES.get(fold_for_compare(name)) if name else None
    if own is None:
        return name
    host = (urlsplit(url).hostname or "").lower() if url else ""
    return name if host == own or host == "www." + own else None


# what a <title> calls the page itself, not the site: "sitemaps.org - Home"
_PAGE_WORDS = frozenset({"home", "home page", "homepage", "start", "startseite", "accueil", "inicio", "index",
                         "welcome", "willkommen", "bienvenue", "main page"})


def _site_from_title(title: str | None, h1: str | None) -> str | None:
    """The site's name in the ``<title>``: its last part ("Post | Site"), or
    the first where the last names the page itself ("sitemaps.org - Home")."""
    if not title:
        return None
    parts = [p.strip() for p in _TITLE_SEPS.split(title)]
    if len(parts) < 2:
        return None
    tail = parts[-1]
    if fold_for_compare(tail) in _PAGE_WORDS:
        tail = parts[0] if len(parts) == 2 else ""
    if h1 and fold_for_compare(tail) == fold_for_compare(h1):
        return None
    if 0 < len(tail.split()) <= 5 and not tail.endswith(("?", "!")):
        return tail         # (a question ends a thread's subject: "Formal mentoring program - worth applying?")
    return None


def _title_h1s(h1s: list[str], article_titles: list[str | None], sites: list[str | None],
               title_tag: str | None) -> list[str]:
    """The h1s that may decide the title: not one that names the site or
    journal (equal to og:site_name, citation_journal_title... or the
    ``<title>``'s last part) when the article's own metadata (Highwire
    ``citation_title``, ``DC.title``) gives a different title: OJS and many
    journal themes put the journal's name in the ``<h1>``. The ``<title>``'s
    last part counts as the site's name when its first part is the article's
    title ("Article | Author | Journal")."""
    titles = {fold_for_compare(t) for t in article_titles if t}
    if not titles or not h1s:
        return h1s
    site_like = {fold_for_compare(s) for s in sites if s}
    if title_tag:
        parts = _TITLE_SEPS.split(title_tag)
        if len(parts) > 1 and fold_for_compare(parts[0]) in titles:
            site_like.add(fold_for_compare(parts[-1]))
    return [h for h in h1s if not h or fold_for_compare(h) in titles or fold_for_compare(h) not in site_like]


def _listing(c: Collected, og: Page, jl: Page, hw: Page) -> list[Tag]:
    """The posts of a listing page (:func:`~scan.extract.content.listing_posts`),
    [] when the page's metadata says it is one article (og:type article, a
    JSON-LD article, Highwire tags)."""
    if len(c.posts) < 2 or og.type == "article" or jl.type not in (None, "webpage") or hw.title:
        return []
    return listing_posts(c)


def _clean_title(t: str | None) -> str | None:
    if not t:
        return None
    t = clean_text(t)
    return t or None


def _is_person(n: dict) -> bool:
    return "family" in n


def _dedupe_names(names: list[dict]) -> list[dict]:
    out, seen = [], set()
    for n in names:
        key = fold_for_compare(n.get("family") or n.get("literal")) + "|" + fold_for_compare(n.get("given"))
        if key not in seen:
            seen.add(key)
            out.append(n)
    return out


def extract_metadata(c: Collected, url: str, *, raw: str = "", text: str = "") -> Page:
    """Every source, merged (see the module docstring): a page record with
    the metadata fields set.

    ``raw`` is the page's HTML before scripts were dropped (for dates in
    script data), ``text`` its main text (for a date written in it)."""
    metas: dict[str, list[str]] = {}
    for k, v in c.metas:
        metas.setdefault(k, []).append(v)
    for k in [k for k in metas if k.startswith("bepress_citation_")]:
        # bepress Digital Commons writes Highwire's tags under its own prefix (bepress_citation_title, _author,
        # _journal_title, _volume, _firstpage ...): read as citation_* where the page gives none of those
        metas.setdefault(k.removeprefix("bepress_"), metas[k])
    if "citation_title" not in metas and "Z3988" in raw:
        for k, v in _coins(c).items():
            metas.setdefault(k, v)
    og, jl, hw = from_opengraph(metas), from_jsonld(c), from_highwire(metas)
    if not hw.title and "xplGlobal" in raw:
        hw = from_xplore(raw) or hw           # IEEE Xplore's record, in a script
    dc, tw, other = from_dublin_core(metas), from_twitter(metas), from_other_meta(metas)
    site = _platform_publication(og.site, jl.site) or og.site or _own_site(jl.site, url) or other.site or hw.site or dc.site
    posts = _listing(c, og, jl, hw)
    # a listing page: the h-entries, microdata, bylines, dates and h1s of its posts are theirs
    set_listed(c, posts)
    he, ip = from_hentry(c, site), from_itemprop(c, site)
    vis, byline, h1s = from_visible(c, site, url)
    order = [jl, hw, dc, og, tw, he, ip, other]
    site = site or vis.site or _site_from_title(c.title and clean_text(c.title), vis.title)
    host = (urlsplit(url).hostname or "") if url else ""
    # a title shown in no h1 (a post's title linking to the post: old reddit's a.title)
    shown = vis.title if vis.title and fold_for_compare(vis.title) not in {fold_for_compare(h) for h in h1s} else None
    h1s = _title_h1s(h1s, [hw.title, dc.title], [og.site, jl.site, hw.site, dc.site, other.site, site],
                     _clean_title(c.title))
    canonical_url = _canonical(c, url, [og, jl])
    lang = c.html_lang or next((s.language for s in [other, jl, dc, hw, og] if s.language), None)
    scholarly = [hw, jl, dc]
    ctype = he.type if he.kind == "post" and not (jl.type or hw.type) else _pick_type(jl, hw, dc, og, metas, url, site)
    date = _pick_date(c, url, canonical_url, order, vis, raw=raw, text=text, listing=bool(posts), generic=(dc, other))
    return Page(
        title=he.title if he.kind == "post" else _pick_title(c, order, vis, h1s, site, host, shown),
        authors=_pick_authors([jl, hw, dc, og, he, ip, other], byline, site),
        date=date or _year_only(c, metas),
        date_modified=next((s.date_modified for s in order if s.date_modified), None),
        site=site or _host_site(canonical_url or url),
        type=ctype,
        kind=_deposit_kind(next((s.kind for s in (hw, he, jl, dc, og) if s.kind), None), ctype, hw),
        doi=next((s.doi for s in order if s.doi), None),
        volume=next((s.volume for s in scholarly if s.volume), None),
        issue=next((s.issue for s in scholarly if s.issue), None),
        page_range=next((s.page_range for s in scholarly if s.page_range), None),
        publisher=next((s.publisher for s in scholarly if s.publisher), None),
        description=next((s.description for s in [other, og, jl, tw, dc, hw] if s.description), None),
        language=lang.replace("_", "-").strip() if lang else None,
        canonical_url=canonical_url,
    )


# a COinS span's (OpenURL 1.0 KEV) keys, as the Highwire tags that say the same
_COINS_KEYS = {"rft.atitle": "citation_title", "rft.btitle": "citation_title", "rft.title": "citation_title",
               "rft.au": "citation_author", "rft.date": "citation_date", "rft.jtitle": "citation_journal_title",
               "rft.volume": "citation_volume", "rft.issue": "citation_issue", "rft.spage": "citation_firstpage",
               "rft.epage": "citation_lastpage", "rft.pub": "citation_publisher", "rft.inst": "citation_publisher",
               "rft.isbn": "citation_isbn", "rft.issn": "citation_issn"}


def _coins(c: Collected) -> dict[str, list[str]]:
    """The page's own item as its one COinS span describes it (``<span class="Z3988" title="ctx_ver=Z39.88-2004&
    rft.atitle=...&rft.au=...">``: a Zotero library's item page, a catalogue's record), as ``citation_*`` tags; none
    where the page holds several (a bibliography's, a wiki's references) or where the item's title is not the
    page's (one work the page cites)."""
    from urllib.parse import parse_qsl

    spans = c.soup.find_all("span", class_="Z3988", limit=2)
    if len(spans) != 1:
        return {}
    pairs = parse_qsl(_attr_text(spans[0].get("title")), keep_blank_values=False)
    out: dict[str, list[str]] = {}
    for k, v in pairs:
        v = clean_text(v)
        if k in _COINS_KEYS and v:
            out.setdefault(_COINS_KEYS[k], []).append(v)
        elif k == "rft_id" and v.lower().startswith("info:doi/"):
            out.setdefault("citation_doi", []).append(v[9:])
    values = dict(pairs)
    last, first = values.get("rft.aulast"), values.get("rft.aufirst")
    if last and "citation_author" not in out:
        out["citation_author"] = [f"{clean_text(last)}, {clean_text(first)}" if first else clean_text(last)]
    title = (out.get("citation_title") or [""])[0]
    shown = [c.title or "", *(h.get_text(" ") for h in c.soup.find_all(("h1", "h2"), limit=5))]
    if not title or not any(fold_for_compare(title) in fold_for_compare(t) for t in shown if t):
        return {}
    return out


_BARE_YEAR = re.compile(r"^\s*((?:19|20)\d\d)\s*$")
_YEAR_KEYS = ("citation_publication_date", "citation_date", "citation_year", "citation_online_date", "dc.date",
              "dc.date.issued", "dcterms.issued", "dcterms.date", "prism.publicationdate")


def _year_only(c: Collected, metas: dict[str, list[str]]) -> str | None:
    """The year a record's metadata gives where it gives no day nor month (a digitised report's
    ``itemprop="datePublished"`` "2021", a thesis's ``citation_date`` "2019"): a reference's date is its year
    (APA), where no source gives a day (the day's sources, in :func:`_pick_date`, come first)."""
    for k in _YEAR_KEYS:
        for v in metas.get(k, ()):
            m = _BARE_YEAR.match(v)
            if m:
                return m[1]
    for el in c.itemprops[:500]:
        if el.attrs.get("itemprop") in ("datePublished", "copyrightYear") and not (c.listed and in_listed(el, c)) \
                and not _bad_region(el, c):
            m = _BARE_YEAR.match(_value(el))
            if m:
                return m[1]
    return None


# CSL types of deposited works that are no articles: a repository's record (Zenodo, InvenioRDM, Figshare, Dataverse)
# carries citation_* tags for Google Scholar whatever it holds, and its schema.org/DataCite type says what it is
_DEPOSITED = frozenset({"dataset", "report", "speech", "software", "graphic", "motion_picture", "song", "map"})


def _deposit_kind(kind: str | None, ctype: str | None, hw: Page) -> str | None:
    """The kind: a record with scholarly metadata whose type is a deposited work's (a dataset, a report, slides)
    and names no journal or conference is a ``document`` (cited as its type says), not a journal article."""
    if kind == "journal-article" and ctype in _DEPOSITED and hw.type not in ("article-journal", "paper-conference"):
        return "document"
    return kind


def _host_site(url: str | None) -> str | None:
    """The site named by its address, where nothing on the page names it: the
    host without "www." ("blog.python.org"), the archived page's own host for
    a Wayback Machine copy."""
    if not url:
        return None
    host = site_host(_ARCHIVED.sub("", url) if "web.archive.org/web/" in url else url)
    if not host or "." not in host or host.replace(".", "").isdigit() or ":" in host:
        return None
    return host


def _pick_title(c: Collected, order: list[Page], vis: Page, h1s: list[str], site: str | None, host: str,
                shown: str | None = None) -> str | None:
    """The title: a candidate (or a part of one) that the page's ``<h1>``
    (or ``shown``, a title the page shows in no h1) confirms, else the most trusted candidate, else ``<title>``, each
    without the site's name; else the h1."""
    cands = [_clean_title(s.title) for s in order if s.title]
    title_tag = _clean_title(c.title)
    if vis.site and vis.title:
        # the masthead's blog name is no candidate where the post has a title of its own
        cands = [t for t in cands if fold_for_compare(t) != fold_for_compare(vis.site)]
        title_tag = title_tag if fold_for_compare(title_tag) != fold_for_compare(vis.site) else None
    if title_tag and cands and len(title_tag) > len(cands[0]) and title_tag.startswith(cands[0]) \
            and title_tag[len(cands[0]):len(cands[0]) + 2].strip()[:1] in ('"', "'"):
        # og:title's attribute cut short by a quote the page did not escape:
        # content="Senador ... califica a Biden de "incapacitado""
        cands[0] = title_tag
    every = cands + ([title_tag] if title_tag else [])
    # what confirms a candidate: the page's h1, or the title it shows otherwise (a post's title linking to the post)
    fh1 = {fold_for_compare(h) for h in [*h1s, shown] if h}
    for t in every:
        if fold_for_compare(t) in fh1:
            return t
    if fh1:
        # the h1 is one part of a candidate: "Post title | Section | Site", "Blog: Post title"
        for t in every:
            for part in _TITLE_PARTS.split(t):
                if fold_for_compare(part) in fh1 and len(part.split()) >= 2:
                    return part.strip()
        # or its start or end, at a separator, where the h1 has separators of its own ("Blog: Title: subtitle",
        # Canvas's "Week 9: Careers: INF 602: Course name")
        for t in every:
            for m in _TITLE_PARTS.finditer(t):
                for piece in (t[m.end():].strip(), t[:m.start()].strip()):
                    if len(piece.split()) >= 2 and fold_for_compare(piece) in fh1:
                        return piece
    if cands:
        return _strip_site(cands[0], site, host, h1s, lambda: _crumbs(c))
    if title_tag:
        return _strip_site(title_tag, site, host, h1s, lambda: _crumbs(c))
    return vis.title


def _crumbs(c: Collected) -> frozenset:
    """The folded texts of the page's links of two words or more (its breadcrumbs' and menus' names of sections)."""
    out = set()
    for a in c.anchors[:400]:
        text = " ".join(a.get_text(" ").split())
        if 2 <= len(text.split()) <= 8:
            out.add(fold_for_compare(text))
    return frozenset(out)


def _pick_authors(sources: list[Page], byline: list[dict], site: str | None) -> tuple[dict, ...]:
    """The most trusted source's authors; a person in a visible byline beats
    an organisation (or none); the site's own name goes when a person is named."""
    authors: list[dict] = next((list(s.authors) for s in sources if s.authors), [])
    if not any(_is_person(n) for n in authors):
        # a person named by another source (microdata, a meta tag) or the visible byline
        people = next(filter(None, ([n for n in s.authors if _is_person(n)] for s in sources)), None) \
            or [n for n in byline if _is_person(n)]
        if people:
            authors = people
        elif not authors:
            authors = byline
    if any(_is_person(n) for n in authors) and site:
        authors = [n for n in authors if _is_person(n) or fold_for_compare(n.get("literal")) != fold_for_compare(site)]
    return tuple(_dedupe_names(authors)[:30])


def _canonical(c: Collected, url: str, sources: list[Page]) -> str | None:
    """The page's ``rel=canonical`` (else og:url, else JSON-LD's url), absolute."""
    canon = None
    for lt in c.link_tags:
        rel = _attr_text(lt.attrs.get("rel")).lower().split()
        if "canonical" in rel and isinstance(lt.attrs.get("href"), str) and lt.attrs["href"].strip():
            canon = lt.attrs["href"].strip()
            break
    canon = canon or next((s.canonical_url for s in sources if s.canonical_url), None)
    if canon:
        try:
            canon = urljoin(document_base(c, url), canon)     # as a browser resolves it: against <base href>
        except ValueError:
            canon = None
    return canon if canon and canon.startswith("http") else None


def _pick_date(c: Collected, url: str, canonical_url: str | None, order: list[Page], vis: Page, *,
               raw: str, text: str, listing: bool, generic: tuple[Page, ...]) -> str | None:
    """The published date, by the rules of the module docstring (``generic``: see :func:`_page_date`)."""
    url_date = date_from_url(url) or (date_from_url(canonical_url) if canonical_url else None) or tweet_date(url)
    if url_date:
        # a full day in the URL (or the canonical URL) is the most reliable date there is (97 % on the corpus)
        return url_date
    date = _page_date(c, order, vis, raw=raw, text=text, listing=listing, generic=generic)
    month = month_from_url(url) or (month_from_url(canonical_url) if canonical_url else None)
    if month and not listing and not (date or "").startswith(month):
        # a blog's /2013/02/ permalink: the post went out that month
        return _in_month(month, [s.date for s in order] + [vis.date], c, text)
    return date


def _in_month(month: str, cands: list[str | None], c: Collected, text: str) -> str:
    """The first date of ``month`` among the sources' (most trusted first),
    the days the page shows and the dates of its main text; else the month."""
    mf = _monthfirst(c)
    for d in [*cands, *sorted(_shown_days(c)), *find_dates(text[:3000], monthfirst=mf)]:
        if d and d.startswith(month):
            return d[:10]
    return month


def _days_after(day: str, than: str) -> int:
    """How many days ``day`` comes after ``than`` (negative: before; 0 where either is no full day)."""
    try:
        return (Day.fromisoformat(day[:10]) - Day.fromisoformat(than[:10])).days
    except ValueError:
        return 0


def _page_date(c: Collected, order: list[Page], vis: Page, *, raw: str, text: str, listing: bool,
               generic: tuple[Page, ...]) -> str | None:
    """The published date from the page and its metadata, the URL aside.
    ``order`` are the metadata sources, most trusted first; ``generic`` those
    of them whose date is a generic tag's (DC.date, "date", "pubdate": a
    record's creation as often as the news'), not an article's published time."""
    first = next((s for s in order if s.date), None)
    date = first.date if first is not None else None
    if date is not None and len(date) < 10:
        # a month or a year ("2024-05", JSON-LD's) that another source gives to the day ("2024/05/15", Highwire's)
        date = next((s.date for s in order if s.date and len(s.date) == 10 and s.date.startswith(date)), date)
    if date is not None:
        modifieds = {s.date_modified[:10] for s in order if s.date_modified}
        near = _headline_date(*_headline_area(c), _monthfirst(c), near_only=True)
        article = not any(first is g for g in generic)
        if near and near != date[:10] and near not in modifieds and not (article and _days_after(near, date) > 31):
            # the date the page shows with its headline, where metadata says another day (a
            # build stamp, a record's creation, a thread's first post) and not that it is the modified
            # one; not a day more than a month after an article's own published time (og, JSON-LD,
            # ...): that is an event's, a deadline's, a masthead's today
            return near
        return shown_date([s.date for s in order if s.date], vis.date, c, modifieds) or _settled(date, c, raw)
    meta = generic_meta_date(c.metas)
    if vis.date is not None:
        if _shown_with_headline(c, vis.date):
            return vis.date
        tagged = meta or (script_date(raw, published_only=True) if raw else None)
        if tagged and tagged != vis.date[:10]:
            # a meta tag named as the publication's (dc:date, publish_time, ...), else a
            # publication date in inline script data, beats a date merely written somewhere
            # below the headline (an event's, a quoted one)
            return _settled(tagged, c, raw)
        named = _named_day(c)
        return named if named and named != vis.date[:10] else vis.date
    tagged = meta or (script_date(raw) if raw else None)
    if tagged is not None or listing:
        return _settled(tagged, c, raw) if tagged else None
    if c.body is not None:
        date = labelled_date(c.body.get_text("\n")[:300_000], _monthfirst(c))
    date = date or _named_day(c)
    if date is None and text:
        found = find_dates(text[:3000], limit=1, monthfirst=_monthfirst(c))
        date = found[0] if found else None
    if date is None and raw:
        modified = {s.date_modified[:10] for s in order if s.date_modified}
        date = frequent_date(raw, monthfirst=_monthfirst(c), avoid=modified)
    return date


_OG_IMAGE_DAY = re.compile(r"/((?:199|20[0-3])\d)/(0[1-9]|1[0-2])/(0[1-9]|[12]\d|3[01])/")


def _named_day(c: Collected) -> str | None:
    """The day the page names in its title or headline ("Newsletter of 14 March 2019"),
    else in the path of its share image (``og:image`` ``.../2019/03/14/photo.jpg``).
    A headline is an h1 of the page's own (as :func:`_headline_area` reads them),
    not a sidebar widget's or a menu's ("Open day 20 June 2019")."""
    mf = _monthfirst(c)
    h1s = [h for h in c.h1s[:10] if region_of(h, c) in ("body", "header", "outside") and not in_listed(h, c)]
    for text in [c.title or "", *(h.get_text(" ")[:300] for h in h1s[:2])]:
        found = find_dates(text[:300], limit=1, monthfirst=mf)
        if found:
            return found[0]
    for k, v in c.metas:
        if k in ("og:image", "twitter:image") and (m := _OG_IMAGE_DAY.search(v)):
            return valid_ymd(int(m[1]), int(m[2]), int(m[3]))
    return None


def _shown_with_headline(c: Collected, day: str) -> bool:
    """Does the page show ``day`` as its own date: in a date-marked element or
    ``<time>``, or on a line of its own right below or above the headline?"""
    return day in (_element_date(c), _headline_date(*_headline_area(c), _monthfirst(c), near_only=True))


_STAMP_KEY = re.compile(r'"(?:datePublished|dateCreated|uploadDate|published_at|publishedAt|firstPublished|'
                        r'first_published_at|date_published|publishDate|publish_date)"\s*:\s*"([^"]{10,40})"')


def _published_values(c: Collected) -> list[str]:
    """The values that name when the page was published, as written: meta
    tags named like a publication date, JSON-LD's ``datePublished`` (and
    kin), ``<time datetime>``."""
    values = [v for k, v in c.metas if _GENERIC_DATE_KEY.search(k) and not _NOT_PUBLISHED_KEY.search(k)]
    values += [m.group(1) for text in c.jsonld for m in _STAMP_KEY.finditer(text[:200_000])]
    values += [str(t.attrs["datetime"]) for t in c.times if isinstance(t.attrs.get("datetime"), str)]
    return values


def _settled(day: str, c: Collected, raw: str) -> str:
    """A metadata day as the page means it: :func:`_local` for a moment
    written in UTC; and where it was read from a numeric date that has two
    readings ("11/01/2023", month first as US-made systems write them), the
    other reading when the page shows that one and not this one."""
    values = _published_values(c)
    day = _local(day, values, c, raw)
    for v in values:
        m = _NUMERIC_VALUE.match(v)
        if m is None:
            continue
        a, b, y = int(m[1]), int(m[2]), int(m[3])
        readings = {valid_ymd(y, a, b), valid_ymd(y, b, a)} - {None}
        if day in readings and len(readings) == 2:
            other = (readings - {day}).pop()
            shown = _shown_days(c)
            return other if other in shown and day not in shown else day
    return day


_NUMERIC_VALUE = re.compile(r"\s*(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)(?!\d)")


def _local(day: str, values: list[str], c: Collected, raw: str) -> str:
    """A metadata day read from a moment written in UTC (``...T02:54:29Z``),
    as the day it was where the page was published: in the site's own zone
    (the offset its page writes beside other times), else the neighbouring
    day the page shows near midnight (:func:`~scan.extract.dates.local_day`).
    A day that a stamp with a local offset also names stays."""
    stamps = []
    for v in values:
        if page_date(v) != day:
            continue
        stamp = utc_stamp(v)
        if stamp is None and _OFFSET_IN.search(v):
            return day                   # the page names that day in its own time
        if stamp is not None:
            stamps.append(stamp)
    if not stamps:
        return day
    return local_day(min(stamps), site_offset(raw), _shown_days(c), midnight_zones(_language(c)))


_OFFSET_IN = re.compile(r"\d\d:\d\d(?::\d\d(?:[.,]\d+)?)?\s*[+-](?!00:?00)\d\d:?\d\d$")


def _shown_days(c: Collected) -> set[str]:
    """The days the page shows as text (not attributes) in its time and
    date-marked elements and near its headline."""
    texts = [t.get_text(" ")[:200] for t in c.times[:50] if not _bad_region(t, c)]
    texts += [el.get_text(" ")[:200] for el, cls in c.marked[:200]
              if _DATE_CLS.search(cls) and el.name not in ("body", "html") and not _bad_region(el, c)]
    before, after = _headline_area(c)
    texts += [before, after[:400]]
    mf = _monthfirst(c)
    return {d for t in texts for d in find_dates(t, limit=5, monthfirst=mf, short_years=t not in (before, after))}


_TWEET = re.compile(r"^https?://(?:www\.|mobile\.)?(?:twitter|x)\.com/\w+/status(?:es)?/(\d{15,20})(?:[/?#]|$)")


def tweet_date(url: str | None) -> str | None:
    """The day a tweet was posted, from its status URL: since November 2010
    a tweet's id holds its time (a "snowflake": milliseconds since
    2010-11-04T01:42:54.657Z, shifted left by 22 bits)::

        tweet_date("https://twitter.com/Reuters/status/1281836879789404160/photo/1") -> "2020-07-11"
    """
    import datetime

    m = _TWEET.match(url or "")
    if not m:
        return None
    ms = (int(m.group(1)) >> 22) + 1288834974657
    day = datetime.datetime.fromtimestamp(ms / 1000, datetime.timezone.utc).date()
    return day.isoformat() if datetime.date(2010, 11, 4) <= day <= datetime.date(2035, 1, 1) else None


def _pick_type(jl: Page, hw: Page, dc: Page, og: Page, metas: dict, url: str, site: str | None) -> str:
    """The CSL type: JSON-LD's, Highwire's or Dublin Core's; a blog platform
    makes a generic one ``post-weblog``; a generic article on a news site is
    ``article-newspaper``, elsewhere ``webpage``; without those, OpenGraph's
    (a podcast episode's og:audio: ``broadcast``)."""
    host = (urlsplit(url).hostname or "") if url else ""
    t = jl.type or hw.type or dc.type
    gen = _generator_type(metas, url)
    if t in (None, "article", "webpage") and gen:
        t = gen
    if t == "article":
        news = metas.get("news_keywords") or "news" in fold_for_compare(site or "") or re.search(r"(?:^|\.)news\.", host or "")
        t = "article-newspaper" if news else "webpage"
    if t is None:
        t = "article-newspaper" if og.type == "article" and metas.get("news_keywords") else (
            og.type if og.type in ("post-weblog", "broadcast") else "webpage")
    return t
