"""What a document the crawl does not read is, by the link that led to it.

A PDF (or any answer that is not HTML) is recorded, not parsed. The link to
it is read instead, as a focused crawler reads a link it has not followed:
its text and the sentence around it on the page that had it. The text is
the document's title when it names one ("Peer Mentoring Toolkit 2024", not
"Download PDF"), and keywords count there as in a page's title (the link's
text) and body (the rest of its sentence), so that a scan scores a report
its pages link as "Peer mentoring circles on Slack: a pilot evaluation"
as it would a page of that title, and a "FY2024 financial report (PDF)"
not at all::

    page = read_link(page, "Mentor Match Handbook 2025 (PDF)",
                     "Download the Mentor Match Handbook 2025 (PDF) before you apply.", matcher)
    page.title  -> "Mentor Match Handbook 2025"
    page.zones  -> {"mentor": (1, 0, 0)}

A document that a journal article's or a repository record's page links by
a link that names no title of its own ("PDF", "Download", "Full text",
an icon) is that work's full text: it takes the record's title, authors,
date, DOI and journal, and its keywords, so that it ranks as the work does
and `scan cite` adds it once (the same DOI)::

    full_text_of(pdf, record).title  -> record.title

Pure: no I/O.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from scan.extract.content import clean_text
from scan.extract.terms import content_terms, words_of
from scan.page import Page

if TYPE_CHECKING:
    from scan.keywords import Matcher

__all__ = ["read_link", "title_of_link", "full_text_of", "is_full_text_link", "RECORD_KINDS"]

# what a link says of its format or size, not of its document: "(PDF)", "[PDF, 2.3 MB]", "(512K)", "(opens in a new window)"
_FORMAT_NOTE = re.compile(
    r"\s*[\(\[]\s*(?:(?:pdf|docx?|pptx?|xlsx?|odt|epub|rtf|csv|zip|\d[\d.,]*\s*[kmg](?:i?b)?|\d+\s*(?:pages?|pp?\.)|"
    r"opens?\b[^)\]]*|"
    r"new (?:window|tab)|download|external)[\s,;/|]*)+[\)\]]", re.I)
# what stands between a link's parts: separators, dashes, arrows
_EDGES = " \t:;,-–—|·•»›"
# what the reader is to do with it, before its name: "Download the ...", "Read: ..."
_VERB = re.compile(r"^(?:download|read|view|open|see|get|access)\b[\s:]*(?:(?:the|our|a|an)\s+)?", re.I)
# words that name no document on their own (a link's verb, format, or what it is of the page it is on), in the
# field's languages
_GENERIC = frozenset("""
pdf doc docx ppt pptx file files download downloads full text fulltext here link this view read open slides slide
deck handout attachment version copy document report paper article manuscript accepted preprint postprint print
printable more click the a an of its our it epub html version format save get access kb mb full-text preview
télécharger texte intégral lire voir descargar texto completo ver leer baixar herunterladen volltext
english español spanish français french português portuguese deutsch german italiano
""".split())
# a file's name as its link's text (DSpace's, Zenodo's file lists): it names the file, not another work
_FILE_NAME = re.compile(r"^\S+\.(?:pdf|docx?|pptx?|odt|epub|rtf)$", re.I)


def title_of_link(text: str) -> str | None:
    """The document's title in a link's text, or None where it names none::

        title_of_link("Peer Mentoring Toolkit 2024 (PDF, 1.2 MB)")  -> "Peer Mentoring Toolkit 2024"
        title_of_link("Download PDF")                            -> None
        title_of_link("Read the handbook (PDF)")                 -> None
    """
    t = _FORMAT_NOTE.sub("", clean_text(text or "")).strip(_EDGES)
    t = _VERB.sub("", t).strip(_EDGES)
    words = words_of(t)
    if len(words) < 2 or all(w in _GENERIC for w in words):
        return None
    if not (t[:1].isupper() or t[:1].isdigit()):
        return None     # "the handbook", "evaluation of the program": a phrase of the sentence, not a title
    return t


def read_link(page: Page, text: str, context: str, matcher: "Matcher | None") -> Page:
    """``page`` (a document, not read) as the link to it says: its title
    (when the page has none and the link names one), an excerpt (the
    sentence around the link), its words, content terms, and its keywords in
    two zones, the link's text as the title and the rest of its sentence as
    the body. The kind's reason says so."""
    text, context = clean_text(text or ""), clean_text(context or "")
    changes: dict = {"kind_reason": f"{page.kind_reason or 'not HTML'}; read by the link to it"}
    title = title_of_link(text)
    if title and not page.title:
        changes["title"] = title
    read = context if text in context else " ".join(x for x in (text, context) if x)
    if read:
        changes["excerpt"] = page.excerpt or read[:300]
        changes["words"] = len(words_of(read))
        changes["terms"] = content_terms(read)
    if matcher is not None and read:
        in_text = matcher.count(text).keywords
        in_read = matcher.count(read).keywords
        # the text it was not read for is taken to speak of what its title names: a title hit counts in the body
        # too, where the sentence around the link does not already say it again
        zones = {k: (n, 0, max(n, in_read.get(k, 0) - n)) for k, n in in_text.items()}
        for k, n in in_read.items():
            zones.setdefault(k, (0, 0, n))
        zones = {k: z for k, z in zones.items() if any(z)}
        hits = {k: sum(z) for k, z in zones.items()}
        changes.update(zones=zones, hits=hits, themes=matcher.themes_of(hits))
    return page.with_(**changes)


#: the kinds of page whose untitled links to a document are links to their own full text
RECORD_KINDS = frozenset({"journal-article", "document"})

# what a document takes of its record's page: what it is, and what it says of the topic
_RECORD_FIELDS = ("title", "authors", "date", "site", "type", "doi", "volume", "issue", "page_range", "publisher",
                  "language", "description", "excerpt", "words", "topic_words", "terms", "zones", "hits", "themes")


def is_full_text_link(record: Page | None, anchor: tuple[str, str] | None, document: Page) -> bool:
    """Is ``document``, a PDF that ``record`` links in its content (``anchor``: the link's text and sentence;
    None where the link is in the page's navigation, header or footer, or unknown), the record's own full
    text: a journal article's or a repository record's page, titled, linking it by words that are only a
    verb, a format or a size ("PDF", "Download PDF", "Full text", "Save PDF", an icon)? A figure, a citation
    export, a supplement ("Download supplementary data (PDF)") or a site's footer PDF is not."""
    if record is None or record.kind not in RECORD_KINDS or not record.title or record.error or anchor is None:
        return False
    pdf = "pdf" in (document.content_type or "").lower() or \
        urlsplit(document.final_url or document.url).path.lower().endswith(".pdf")
    text = _FORMAT_NOTE.sub(" ", anchor[0]).strip()
    return pdf and (bool(_FILE_NAME.match(text)) or all(w in _GENERIC for w in words_of(text)))


def full_text_of(page: Page, record: Page) -> Page:
    """``page`` (a document, not read) as the full text of ``record``'s work (see the module docstring)."""
    changes = {f: getattr(record, f) for f in _RECORD_FIELDS if getattr(record, f) not in (None, (), "")}
    changes["kind_reason"] = f"{page.kind_reason or 'not HTML'}; the full text of {record.url}"
    return page.with_(**changes)
