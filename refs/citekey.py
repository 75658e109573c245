"""Citekeys: Better BibTeX's default key, and handing out unique ones.

A key is the first author's family name, the first three significant title
words and the year::

    Barr, "How to Find a Mentor on Twitter", 2013     -> barrHowFindMentor2013
    Müller, "Über die Natur", 2001                     -> mullerUberNatur2001
    {"family": "van Dijk"}, "The Sea", no date         -> dijkSea
    {"literal": "World Health Organization"}, "Report" -> worldReport
    no creator, "How to Find a Mentor", 2013           -> howFindMentor2013
    no creator, no title, 2013                         -> ref2013
    nothing usable at all                              -> ref

``make_key`` never looks at other keys; ``unique_key``/``assign_keys`` resolve
collisions with letter suffixes (``barr2013``, ``barr2013a``, ... ``barr2013z``,
``barr2013aa``) and never rename a key that is already in the library.

Keys are ASCII letters and digits only: letters without an ASCII fold
(Cyrillic, CJK, ...) are dropped, since classic BibTeX chokes on them.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import count
from string import ascii_lowercase
from types import MappingProxyType
from typing import Any, Container, Mapping

from refs.values.dates import year_of

__all__ = ["FUNCTION_WORDS", "make_key", "unique_key", "assign_keys", "check_key", "own_key", "aliases"]

FUNCTION_WORDS = frozenset({
    "a", "an", "the", "and", "or", "of", "on", "in", "at", "to", "for", "from",
    "with", "by", "as", "but", "nor", "so", "yet", "is", "are", "was", "via",
    "vs", "into", "onto", "upon", "about", "over", "under",
    "de", "la", "le", "les", "der", "die", "das", "und", "el",
})

# Letters NFKD does not decompose into base letter + accent.
_FOLD = MappingProxyType(str.maketrans({
    "ß": "ss", "ẞ": "SS", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
    "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D",
    "ł": "l", "Ł": "L", "þ": "th", "Þ": "Th", "ı": "i", "ħ": "h", "Ħ": "H",
}))
_MARKUP = re.compile(r"<[^>]*>")
# Apostrophes join ("Twitter's" -> "Twitters"); every other non-alphanumeric
# splits words, so "Long-term" gives two words as BBT does.
_APOSTROPHES = re.compile(r"['\u2019\u2018\u02bc`]")
_WORD = re.compile(r"[A-Za-z0-9]+")
_NOT_ALNUM = re.compile(r"[^A-Za-z0-9]+")
_TITLE_WORDS = 3


# What a key given by hand may hold: what BibTeX reads as a key in {...}
# and (...) entries, and what LaTeX's \\cite and Pandoc's @key accept.
_GIVEN_KEY = re.compile(r"[A-Za-z0-9_:.\-+/]+")
# Zotero's own item id in its API's CSL-JSON ("0/ABCD1234", "12047273/KC6WFG78").
_ZOTERO_ID = re.compile(r"[0-9]+/[A-Z0-9]{8}")
# What a key read from another file may hold: what library.bib can hold.
_WRITABLE_KEY = re.compile(r"[^,\s{}()=\"#%\\]+")


def check_key(key: str) -> str:
    """A citekey given by a user, or :class:`~refs.errors.BadInput` saying why not."""
    from refs.errors import BadInput

    if not _GIVEN_KEY.fullmatch(key or ""):
        raise BadInput(f"{key!r} cannot be a citekey: use letters, digits and _:.-+/ only "
                       "(no blanks, commas, braces or quotes)", source="key")
    return key


def own_key(item: Mapping[str, Any]) -> str:
    """The citekey an item brings, or '': its ``citation-key`` (CSL 1.0.2,
    what Zotero writes beside its own ids), else its ``id``, when that can be
    written as a BibTeX key (no blanks, commas, braces, parentheses, quotes,
    ``#``, ``%``, ``=``) and means one: not a URI (Zotero's
    ``http://zotero.org/users/local/.../items/X``), not Zotero's API id
    (``0/ABCD1234``), not a bare number as ``id`` (a row number; as
    ``citation-key`` it is a key).

    >>> own_key({"id": "http://zotero.org/users/local/a/items/X", "citation-key": "doe2020"})
    'doe2020'
    >>> own_key({"id": "Smith 2020"}), own_key({"id": 17}), own_key({"id": "0/ABCD1234"}), own_key({"id": "ITEM-1"})
    ('', '', '', 'ITEM-1')
    """
    for value, named in ((item.get("citation-key"), True), (item.get("id"), False)):
        text = str(value).strip() if isinstance(value, (str, int)) and not isinstance(value, bool) else ""
        # A number is a key when it is given as one (a BibTeX key, CSL's citation-key).
        if _WRITABLE_KEY.fullmatch(text) and "://" not in text and (named or not text.isdigit()) \
                and not _ZOTERO_ID.fullmatch(text):
            return text
    return ""


def dropped_key(item: Mapping[str, Any]) -> str:
    """The key an item was given that :func:`own_key` cannot keep, because
    library.bib could not hold it (a blank, a comma, a parenthesis...), or
    '': what a user must be told was replaced. Ids that mean no key (URIs,
    Zotero's ids, row numbers) are not keys that were dropped.

    >>> dropped_key({"id": "test(braces2)"}), dropped_key({"id": "doe2020"}), dropped_key({"id": "http://x.org/1"})
    ('test(braces2)', '', '')
    """
    if own_key(item):
        return ""
    for value in (item.get("citation-key"), item.get("id")):
        text = value.strip() if isinstance(value, str) else ""
        if text and "://" not in text and not text.isdigit() and not _ZOTERO_ID.fullmatch(text):
            return text
    return ""


def aliases(items) -> dict[str, str]:
    """Other keys the items answer to: biblatex's ``ids`` field (Better BibTeX
    keeps a reference's old keys there), alias -> key. A key some item has
    is never an alias of another.

    >>> aliases([{"id": "mueller2019", "custom": {"bibtex": {"ids": "muller2019, oldkey"}}}])
    {'muller2019': 'mueller2019', 'oldkey': 'mueller2019'}
    """
    items = list(items)
    keys = {str(i.get("id")) for i in items}
    out: dict[str, str] = {}
    for item in items:
        custom = item.get("custom") if isinstance(item.get("custom"), Mapping) else {}
        bib = custom.get("bibtex") if isinstance(custom.get("bibtex"), Mapping) else {}
        ids = bib.get("ids")
        if isinstance(ids, str):
            for alias in ids.replace("{", "").replace("}", "").split(","):
                alias = alias.strip()
                if alias and alias not in keys:
                    out.setdefault(alias, str(item.get("id")))
    return out


def _fold_for_key(text: str) -> str:
    """ASCII-ish: accents stripped, ligatures and special letters spelled out."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _strip_particles(family: str) -> str:
    # BibTeX's own rule: leading lower-case words are the "von" part
    # ("van Dijk", "de la Cruz"); a capitalised "Van" belongs to the name.
    words = family.split()
    while len(words) > 1 and words[0][:1].islower():
        words.pop(0)
    return " ".join(words)


def _creator_name(creator: Any) -> str:
    """The key part for one creator: lower-case ASCII letters/digits, or ''."""
    if not isinstance(creator, Mapping):
        return ""
    family = creator.get("family")
    if isinstance(family, str) and family.strip():
        return _NOT_ALNUM.sub("", _fold_for_key(_strip_particles(family))).lower()
    literal = creator.get("literal")
    if isinstance(literal, str) and literal.strip():
        words = [w.lower() for w in _words(literal)]
        # "The Cochrane Collaboration" should key as cochrane, not the.
        significant = [w for w in words if w not in FUNCTION_WORDS]
        return (significant or words or [""])[0]
    given = creator.get("given")  # mononyms are sometimes filed as given only
    if isinstance(given, str) and given.strip():
        return _NOT_ALNUM.sub("", _fold_for_key(given)).lower()
    return ""


def _first_creator_name(item: Mapping[str, Any]) -> str:
    for role in ("author", "editor"):
        creators = item.get(role)
        if isinstance(creators, list) and creators:
            name = _creator_name(creators[0])
            if name:
                return name
    return ""


def _words(text: str) -> list[str]:
    text = _APOSTROPHES.sub("", _fold_for_key(_MARKUP.sub(" ", text)))
    return _WORD.findall(text)


def _title_words(title: Any) -> list[str]:
    if not isinstance(title, str):
        return []
    picked = []
    for word in _words(title):
        if word.lower() in FUNCTION_WORDS:
            continue
        picked.append(word[0].upper() + word[1:].lower())
        if len(picked) == _TITLE_WORDS:
            break
    return picked


def make_key(item: Mapping[str, Any]) -> str:
    """Better BibTeX's default citekey for a CSL item (no collision handling)."""
    name = _first_creator_name(item)
    words = _title_words(item.get("title"))
    if not name and words:
        words[0] = words[0].lower()
    year = year_of(item)
    key = name + "".join(words)
    if not key:
        # A bare "2013" is a poor key and reads as a number, so keep a stem.
        key = "ref"
    if year is not None:
        key += str(abs(year))
    return key


def _suffix(n: int) -> str:
    """The n-th suffix, 0-based: a .. z, aa, ab, .. zz, aaa, ... (bijective base 26)."""
    letters = []
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        letters.append(ascii_lowercase[r])
    return "".join(reversed(letters))


def _first_free(base: str, taken: Container[str], start: int = 0) -> tuple[str, int]:
    """The first free key from suffix number ``start`` on, and that number."""
    for n in count(start):
        candidate = base + _suffix(n)
        if candidate not in taken:
            return candidate, n
    raise AssertionError("unreachable: the suffix sequence is infinite")


def unique_key(base: str, taken: Container[str]) -> str:
    """``base`` if free, else the first free of ``base``+a, +b, ... +z, +aa, ..."""
    if base not in taken:
        return base
    return _first_free(base, taken)[0]


class _Caseless:
    """Keys taken, whatever their case: BibTeX reads Smith2020 and smith2020
    as one key and skips the second entry ("Repeated entry")."""

    def __init__(self, keys=()):
        self._folded = {str(k).lower() for k in keys}

    def __contains__(self, key: object) -> bool:
        return str(key).lower() in self._folded

    def add(self, key: str) -> None:
        self._folded.add(key.lower())


def assign_keys(items: list[Mapping[str, Any]], existing: set[str]) -> list[str]:
    """A unique key per item, in order, none of them in ``existing``.

    An item's own key (:func:`own_key`) is kept when nobody in ``existing`` holds it; free ids
    are reserved before any key is generated, so a generated key never
    steals an id that a later item brings. The second item bringing the same
    id, and an item whose id is in ``existing``, get a suffixed id
    (``smith2020`` -> ``smith2020a``); items without an id get
    ``unique_key(make_key(item), ...)``. ``existing`` itself is not modified.
    A key is taken whatever its case (:class:`_Caseless`).
    """
    taken = _Caseless(existing)
    keys: list[str | None] = [None] * len(items)
    own_ids = []
    for i, item in enumerate(items):
        own = own_key(item)
        own_ids.append(own)
        if own and own not in taken:
            keys[i] = own
            taken.add(own)
    # Where each base's suffix search stopped: taken only grows here, so the
    # search can resume, keeping 10,000 "smith2020"s linear rather than quadratic.
    resume: dict[str, int] = {}
    for i, item in enumerate(items):
        if keys[i] is None:
            base = own_ids[i] or make_key(item)
            if base in taken:
                key, n = _first_free(base, taken, resume.get(base, 0))
                resume[base] = n + 1
            else:
                key = base
            keys[i] = key
            taken.add(key)
    return keys  # type: ignore[return-value]
