"""Author strings from pages to CSL names.

::

    clean_byline("By Jane Barr | Feb 25, 2013")  -> ["Jane Barr"]
    clean_byline("Posted by admin")               -> []
    clean_byline("Posted by Ruth Abernathy on Sunday, March 3. 2024") -> ["Ruth Abernathy"]
    clean_byline("Welsh, Bhave and Kim")          -> ["Welsh", "Bhave", "Kim"]
    clean_byline("Barr, Jane")                    -> ["Jane Barr"]
    clean_byline("5 minute read")                 -> []
    to_csl_name("Jane van der Barr")  -> {"family": "Barr", "given": "Jane", "non-dropping-particle": "van der"}
    to_csl_name("Reuters")            -> {"literal": "Reuters"}
    to_csl_name("BBC News", org=True) -> {"literal": "BBC News"}
"""

from __future__ import annotations

import re
import unicodedata

from refs.values.names import is_organisation, parse_person
from scan.extract.text import fold_for_compare

__all__ = ["clean_byline", "to_csl_name", "is_junk_name", "name_key"]

_PREFIX = re.compile(
    r"^\s*(?:(?:posted|written|words|text|story|reported|published|article|created|"
    r"updated|compiled|edited|interview|photos?|video|publié|publiée|écrit|rédigé|veröffentlicht|"
    r"geschrieben|escrito|publicado|pubblicato|scritto|gepubliceerd|geschreven)\s+)?"
    r"(?:by|von|par|door|por|di|af|av|from)\s*[:\-]?\s+|^\s*(?:autor(?:in|en|innen)?|author|authors|auteurs?|"
    r"autori?|autores|verfasser|written|posted|byline|von|texte?(?:\s+(?:und|and|&|et)\s+(?:interview|fotos?|photos?))?|"
    r"interview)\s*[:\-]\s*|^\s*(?:投稿者|作者|著者|执笔|執筆|記者|기자)\s*[:：]?\s*",
    re.IGNORECASE,
)
_CUT = re.compile(
    r"\s*(?:[|•·\u2022\u00b7\n\t/]|\s[-–—]\s|\bon\s+(?:\w+\s+)?\d|\bam\s+\d|"
    # "Posted by Ruth Abernathy on Sunday, March 3. 2024" (Serendipity's byline)
    r"\bon\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\bupdated\b|\bpublished\b|"
    r"\bposted\b|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|"
    r"oct|nov|dec)[a-z]*\.?\s+\d|\d+\s*(?:min|minute|minuten)\b|\bfollow\b|\bemail\b|"
    r"\bcontact\b|\bphoto\b|\billustrat|\bfor\s+(?:the|[A-Z])|\bin\s+[A-Z]|\sfrom\s+\w|@)", re.IGNORECASE)
_JUNK = frozenset("""
admin administrator administrador webmaster editor editors redaktion staff posted post by
anonymous guest unknown author authors user root blogger team contributor contributors
share follow comments comment read more home news minute minutes min read written
published updated moderator support none null undefined wordpress blogadmin reply
auteur auteurs autor autorin autoren autore autori autores text texte interview
photo photos foto fotos credit credits getty images shutterstock istock istockphoto unsplash pixabay imago
member members newbie registered junior senior veteran
""".split())
# (forums' ranks under a poster's name: "Member", "Junior Member", "Senior Member", "Newbie", "Registered")
# academic and professional letters after a name ("Grant Tinsley, PhD", "Jane Barr MD")
_POSTNOMINAL = frozenset("""
phd ph.d ph.d. md m.d m.d. rd rdn ms msc m.sc ma mba mph rn bsn do dds cscs ld cpt facp jd esq esq. ba bsc
dphil drph pharmd np pa-c lcsw mft lpc cde cns fnp cdces dnp mpa llm frcp mrcp
""".split())
_NAME_OK = re.compile(r"^[^\W\d_][\w'’.\-]*$", re.UNICODE)


def is_junk_name(name: str) -> bool:
    """True for strings that are not an author: "Admin", "Posted", "5 min read"."""
    low = name.strip().lower()
    if not low or len(low) > 80:
        return True
    words = low.replace(".", " ").split()
    if not words or all(w in _JUNK for w in words):
        return True
    if any(ch.isdigit() for ch in low) or "http" in low or "www." in low or "@" in low:
        return True
    return False


def _looks_like_person_or_org(name: str) -> bool:
    words = name.split()
    if not 1 <= len(words) <= 6:
        return False
    good = sum(1 for w in words if _NAME_OK.match(w))
    if good < len(words):
        return False
    # at least one capitalised word ("jane barr" from a lower-cased meta is fine too
    # when all words are alphabetic; but sentences are not names)
    caps = sum(1 for w in words if w[0].isupper())
    return caps >= max(1, len(words) - 2)


# a forum's rank after its poster's name ("pinecone_archivist Member", "Jane Roe Senior Member")
_RANKS = frozenset({"member", "members", "newbie", "registered", "junior", "senior", "veteran", "moderator",
                    "administrator", "admin"})


def _without_ranks(name: str) -> str:
    words = name.split()
    while len(words) > 1 and words[-1].lower().strip(".") in _RANKS:
        words.pop()
    return " ".join(words)


def clean_byline(text: str, *, site: str | None = None) -> list[str]:
    """Names in one byline or author value, cleaned (see module docstring).

    ``site`` (folded) is dropped from the result, so a byline naming the site
    next to a person gives only the person.
    """
    if not text:
        return []
    s = _plain_name_text(" ".join(text.split())[:300])
    if not s:
        return []
    s = _PREFIX.sub("", s, count=1)
    m = _CUT.search(s)
    if m and m.start() > 0:
        s = s[:m.start()]
    elif m and m.start() == 0:
        s = _CUT.sub("", s, count=1)
        m = _CUT.search(s)
        if m:
            s = s[:m.start()]
    s = _PREFIX.sub("", s, count=1).strip(" ,;:-–—()[]\"'")
    if not s:
        return []
    # "Barr, Jane" (one comma, two single-word-ish parts, no "and")
    parts: list[str]
    if ";" in s:
        parts = [p for p in s.split(";")]
    else:
        comma = [p.strip() for p in s.split(",")]
        if (len(comma) == 2 and " and " not in s and "&" not in s
                and len(comma[0].split()) == 1 and 1 <= len(comma[1].split()) <= 2
                and comma[1].strip(" .").lower() not in _POSTNOMINAL
                and not is_organisation(s)):
            parts = [f"{comma[1]} {comma[0]}"]
        else:
            parts = comma
    names: list[str] = []
    for i, part in enumerate(parts):
        if i and part.strip(" .").lower() in _POSTNOMINAL | {"jr", "sr"} - {"ma", "do"}:
            continue                      # "Grant Tinsley, PhD": the degree after the comma
        part = re.sub(r"^\s*(?:and|und|&|et|y|en|og|och)\s+", "", part)     # "Jane Barr, and Tom Ma"
        for name in re.split(r"\s+(?:and|und|&|et|y|e|en|og|och)\s+|\s*&\s*", part.strip()):
            name = _without_ranks(_without_postnominals(name.strip(" .,;:-–—()[]\"'")))
            if name and not is_junk_name(name) and _looks_like_person_or_org(name):
                if site and fold_for_compare(name) == fold_for_compare(site):
                    continue
                if name not in names:
                    names.append(name)
    return names


# a nickname in quotes inside a name: Jenny "The Author" Smith
_NICKNAME = re.compile(r"\s+[\"“„«‘'][^\"“”„«»‘’']{1,40}[\"”“»’']\s+")


def _plain_name_text(s: str) -> str:
    """A byline without what is not part of any name: symbols and emoji
    ("Jane Barr ❤️"), a quoted nickname, underscores for spaces in a
    one-word handle ("Jane_Barr"), punctuation leading into it ("¿ jane")."""
    s = "".join(ch for ch in s if unicodedata.category(ch) not in ("So", "Sk", "Cn", "Co", "Cs")
                and ch not in "\ufe0f\u200d")
    s = _NICKNAME.sub(" ", s)
    if " " not in s.strip() and re.fullmatch(r"[^\W\d_]+(?:_[^\W\d_]+)+", s.strip()):
        s = s.replace("_", " ")
    return s.strip().lstrip("¿¡?!.,;:·*")


def _without_postnominals(name: str) -> str:
    """``name`` without the degrees after it: "Jane Barr PhD" -> "Jane
    Barr" (a name of one word, initials such as "LD", stays)."""
    words = name.split()
    while len(words) > 1 and words[-1].lower().strip(",") in _POSTNOMINAL \
            and not (words[-1].istitle() and "." not in words[-1]):   # "Ma", "Do" are family names
        words.pop()
    return " ".join(words).strip(" ,")


def name_key(name: dict) -> str:
    """A folded key to compare CSL names: the family name or the literal."""
    return fold_for_compare(name.get("family") or name.get("literal") or "")


def to_csl_name(name: str, *, org: bool = False) -> dict:
    """A CSL name for a cleaned byline name (:func:`refs.values.names.parse_person`);
    ``org`` when the page says it is an organisation (a publisher, a site)."""
    name = " ".join(name.split()).strip(" ,;")
    if org:
        return {"literal": name}
    return parse_person(name) or {"literal": name}
