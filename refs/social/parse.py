"""What each platform answers, as a CSL item: pure functions, no I/O.

Each reader takes the platform's JSON (already decoded) and the
:class:`~refs.social.urls.PostRef` asked for, and returns a CSL item, or
raises :class:`Unusable` with a sentence saying why the answer cannot make a
reference (nothing half-made enters the library)::

    item = from_mastodon(status, ref, accessed=date(2024, 5, 1))
    item -> {"type": "post", "genre": "Post", "container-title": "Mastodon",
             "author": [{"family": "Barr", "given": "Ana"}], "handle": "@ana@glammr.example",
             "title": "Mentoring moments on #libchat tonight [Image attached]",
             "issued": {"date-parts": [[2023, 3, 5]]}, "URL": "https://glammr.example/@ana/1100...",
             "accessed": {...}}

The shapes read (recorded in ``tests/data/social/`` with where each is
documented): X's oEmbed (``html``, ``author_name``, ``author_url``, ``url``),
a Mastodon Status (``content``, ``created_at``, ``account``,
``media_attachments``, ``card``, ``url``, ``reblog``), Bluesky's
``app.bsky.feed.getPostThread`` (``thread`` of ``$type`` ``#threadViewPost``,
``#notFoundPost`` or ``#blockedPost``) and YouTube's and Vimeo's oEmbed
(``title``, ``author_name``, ``author_url``; Vimeo's ``upload_date``).

A post's HTML (X's blockquote, Mastodon's ``content``) is untrusted: it is
parsed by lxml and only its text is kept (see :func:`refs.social.title.clean_text`).
Posts are a ``post`` with ``genre`` ``Tweet`` or ``Post`` and the platform
as ``container-title``; videos a ``motion_picture`` with ``genre`` ``Video``
and the platform as ``publisher``. X posts dated before 24 July 2023 are
Tweets on Twitter, later ones Posts on X, as the platform called them then.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timezone
from urllib.parse import urlsplit

from refs.social.title import apa_title, clean_text
from refs.social.urls import PLATFORMS, PostRef
from refs.values.dates import parse_date
from refs.values.names import is_handle, is_organisation, parse_person
from refs.values.urls import canonical

__all__ = ["Unusable", "from_x_oembed", "from_mastodon", "from_bluesky", "from_video_oembed", "video_day", "author_of",
           "X_RENAMED"]

X_RENAMED = date(2023, 7, 24)  # twitter.com became x.com; tweets became posts
_TWITTER_EPOCH_MS = 1288834974657


class Unusable(Exception):
    """Raised by the readers here when a platform's answer cannot make a
    reference (no text, no author, a deleted or blocked post); the message
    says why. :mod:`refs.social.read` turns it into an error value."""


# --- shared ------------------------------------------------------------------------


def _tree(fragment: str):
    """An HTML fragment parsed by lxml (never raises: junk gives an empty tree),
    line breaks and paragraph ends turned into blanks."""
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.fragment_fromstring(fragment or "", create_parent="div")
    except (etree.ParserError, ValueError):
        root = lxml.html.fragment_fromstring("", create_parent="div")
    for el in list(root.iter("script", "style", "template", "noscript")):
        el.drop_tree()  # code, not text
    for el in root.iter("br", "p"):
        el.tail = " " + (el.tail or "")
    return root


def _text(el) -> str:
    return el.text_content() if el is not None else ""


def _html_text(fragment: str) -> str:
    """The text of an HTML fragment (paragraphs and line breaks as blanks)."""
    return _text(_tree(fragment))


_CUSTOM_EMOJI = re.compile(r":[\w+\-]{1,64}:")
# what a display name carries in brackets: pronouns ("(she/her)"), a status ("[on leave]")
_ASIDES = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_CUT = re.compile(r"\s(?:\||•|·|–|—|-)\s|,")


def author_of(display: object, handle: str | None) -> dict:
    """A display name as a CSL name: decorations (emoji, ``:blobcat:``, what
    follows a comma or a bar) left out; a name of one word or an
    organisation's is literal; with no name left, the handle stands for it
    (APA: the username in place of the author)."""
    import regex

    text = _CUSTOM_EMOJI.sub(" ", display if isinstance(display, str) else "")  # the platform's JSON may say 7
    text = regex.sub(r"[\p{Extended_Pictographic}\p{Regional_Indicator}\p{So}\p{Sk}\u200d\ufe0f\u20e3]", " ", text)
    text = _CUT.split(_ASIDES.sub(" ", clean_text(text)), maxsplit=1)[0]
    text = " ".join(text.split())
    if not any(c.isalnum() for c in text):
        return {"literal": handle or "Anonymous"}
    if is_organisation(text) or len(text.split()) == 1:
        return {"literal": text}
    return parse_person(text) or {"literal": text}


def _day(value) -> dict | None:
    """A CSL date from an ISO timestamp (its UTC day) or a date as written."""
    if not value:
        return None
    text = str(value).strip()
    m = re.match(r"(\d{4}-\d{2}-\d{2})[T ]", text)
    return parse_date(m[1] if m else text) if text else None


def _accessed(accessed: date | None) -> dict:
    d = accessed or date.today()
    return {"date-parts": [[d.year, d.month, d.day]]}


def _post_item(platform: str, *, title: str, author: dict, handle: str | None, issued: dict | None, url: str,
               accessed: date | None, language: str | None = None) -> dict:
    publisher, genre = PLATFORMS[platform]
    item: dict = {"type": "post", "genre": genre, "container-title": publisher, "title": title,
                  "author": [author]}
    if handle:
        item["handle"] = handle
    if issued and "date-parts" in issued:
        item["issued"] = issued
    if language and re.fullmatch(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*", language):
        item["language"] = language
    item["URL"] = url
    item["accessed"] = _accessed(accessed)
    return item


def _need_text(text: str, media: list[str], who: str) -> None:
    if not text.strip() and not media:
        raise Unusable(f"{who} holds no text of the post (it is withheld, redacted or empty)")


# --- X -----------------------------------------------------------------------------


def from_x_oembed(data: dict, ref: PostRef, accessed: date | None = None) -> dict:
    """X's oEmbed answer (``publish.twitter.com/oembed?url=...``) as an item."""
    if not isinstance(data, dict):
        raise Unusable("X's oEmbed answer is not a JSON object")
    text, media, when = _x_blockquote(str(data.get("html") or ""))
    _need_text(text, media, "X's oEmbed answer")
    author_url = str(data.get("author_url") or "")
    m = re.match(r"^https?://(?:www\.|mobile\.)?(?:twitter|x)\.com/([A-Za-z0-9_]{1,15})/?$", author_url)
    user = m[1] if m else ref.user
    name = str(data.get("author_name") or "").strip()
    if not user and not name:
        raise Unusable("X's oEmbed answer names no author (it is withheld or redacted)")
    handle = f"@{user}" if user else None
    issued = parse_date(when) if when else None
    if not issued or "date-parts" not in issued:
        issued = _snowflake_day(ref.id)
    day = _first_day(issued)
    platform = "twitter" if day is None or day < X_RENAMED else "x"
    url = f"https://twitter.com/{user or ref.user}/status/{ref.id}"
    return _post_item(platform, title=apa_title(text, media), author=author_of(name, handle), handle=handle,
                      issued=issued, url=url, accessed=accessed)


def _x_blockquote(html: str) -> tuple[str, list[str], str | None]:
    """The post's text, its media and the date its blockquote shows."""
    root = _tree(html)
    quote = next(root.iter("blockquote"), None)
    if quote is None:
        return "", [], None
    para = next(quote.iter("p"), None)
    media: list[str] = []
    if para is not None:
        for a in list(para.iter("a")):
            if re.match(r"^(?:https?://)?pic\.(?:twitter|x)\.com/", _text(a).strip()):
                media.append("image")  # oEmbed does not say whether it is a picture or a video
                a.drop_tree()
    links = [a for a in quote if a.tag == "a"]
    when = _text(links[-1]).strip() if links else None
    return _text(para), media, when


def _snowflake_day(post_id: str) -> dict | None:
    """The day an X post was made, from its id (ids since November 2010 hold their time)."""
    try:
        n = int(post_id)
    except ValueError:
        return None
    if n < 2 ** 32:
        return None
    when = datetime.fromtimestamp(((n >> 22) + _TWITTER_EPOCH_MS) / 1000, tz=timezone.utc)
    return {"date-parts": [[when.year, when.month, when.day]]}


def _first_day(issued: dict | None) -> date | None:
    try:
        parts = issued["date-parts"][0]
        return date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)
    except (TypeError, KeyError, IndexError, ValueError):
        return None


# --- Mastodon --------------------------------------------------------------------------


def from_mastodon(status: dict, ref: PostRef | None = None, accessed: date | None = None) -> dict:
    """A Mastodon Status (``GET /api/v1/statuses/:id``, or one of a
    timeline) as an item; a boost is the boosted post."""
    if not isinstance(status, dict) or "content" not in status or "account" not in status:
        raise Unusable("the answer is not a Mastodon status")
    status = _boosted(status)
    text = mastodon_text(status)
    media = _mastodon_media(status)
    _need_text(text, media, "the Mastodon status")
    account = status.get("account") if isinstance(status.get("account"), dict) else {}
    handle = mastodon_handle(account)
    url = canonical(str(status.get("url") or status.get("uri") or (ref.url if ref else "")))
    if url is None:
        raise Unusable("the Mastodon status has no web address")
    return _post_item("mastodon", title=apa_title(text, media), author=author_of(account.get("display_name"), handle),
                      handle=handle, issued=_day(status.get("created_at")), url=url, accessed=accessed,
                      language=status.get("language") if isinstance(status.get("language"), str) else None)


def _boosted(status: dict) -> dict:
    """The post a boost boosts; any other status itself."""
    return status["reblog"] if isinstance(status.get("reblog"), dict) else status


def mastodon_text(status: dict) -> str:
    """A status's text, or the boosted post's (its content warning when the content is empty)."""
    status = _boosted(status)
    text = _html_text(str(status.get("content") or ""))
    if not text.strip():
        text = str(status.get("spoiler_text") or "")
    return text


def mastodon_handle(account: dict) -> str | None:
    """``@user@instance``: a local account's ``acct`` is the bare name, and
    the instance is its profile's host. None when the instance's answer is
    no handle (blanks, braces, controls)."""
    acct = str(account.get("acct") or account.get("username") or "").strip().lstrip("@")
    if not acct:
        return None
    if "@" not in acct:
        try:
            host = urlsplit(str(account.get("url") or "")).hostname
        except ValueError:
            host = None
        if host:
            acct = f"{acct}@{host}"
    return f"@{acct}" if is_handle(f"@{acct}") else None


def _mastodon_media(status: dict) -> list[str]:
    out = []
    attachments = status.get("media_attachments")
    for m in attachments if isinstance(attachments, list) else []:
        kind = m.get("type") if isinstance(m, dict) else None
        out.append({"image": "image", "gifv": "video", "video": "video", "audio": "audio"}.get(kind, "image"))
    card = status.get("card")
    if isinstance(card, dict) and card.get("image") and not out:
        out.append("link")
    return out


def mastodon_links(status: dict) -> list[str]:
    """The links a status's text carries (mentions and hashtags left out)."""
    status = _boosted(status)
    out = []
    for a in _tree(str(status.get("content") or "")).iter("a"):
        cls = str(a.get("class") or "")
        if not a.get("href") or "mention" in cls or "hashtag" in cls or _text(a).startswith(("#", "@")):
            continue
        href = str(a.get("href")).strip()
        if href.startswith(("http://", "https://")):
            out.append(href)
    return out


# --- Bluesky ---------------------------------------------------------------------------


def from_bluesky(data: dict, ref: PostRef, accessed: date | None = None) -> dict:
    """Bluesky's ``app.bsky.feed.getPostThread`` answer as an item."""
    thread = data.get("thread") if isinstance(data, dict) else None
    if not isinstance(thread, dict):
        raise Unusable("the answer holds no thread")
    kind = str(thread.get("$type") or "")
    if kind.endswith("#notFoundPost") or thread.get("notFound"):
        raise Unusable("the post is deleted or does not exist (Bluesky: notFoundPost)")
    if kind.endswith("#blockedPost") or thread.get("blocked"):
        raise Unusable("the post is not available: its author blocks viewers (Bluesky: blockedPost)")
    post = thread.get("post") if isinstance(thread.get("post"), dict) else {}
    record = post.get("record") if isinstance(post.get("record"), dict) else {}
    author = post.get("author") if isinstance(post.get("author"), dict) else {}
    text = str(record.get("text") or "")
    media = _bluesky_media(post.get("embed"))
    _need_text(text, media, "Bluesky's answer")
    user = str(author.get("handle") or "").strip()
    if not user or user == "handle.invalid" or not is_handle(f"@{user}"):
        user = ref.user or ""
    handle = f"@{user}" if user and not user.startswith("did:") else None
    rkey = str(post.get("uri") or "").rsplit("/", 1)[-1]
    if not _RKEY.fullmatch(rkey):
        rkey = ref.id
    langs = record.get("langs")
    return _post_item("bluesky", title=apa_title(text, media), author=author_of(author.get("displayName"), handle),
                      handle=handle, issued=_day(record.get("createdAt") or post.get("indexedAt")),
                      url=f"https://bsky.app/profile/{user or ref.user}/post/{rkey}", accessed=accessed,
                      language=langs[0] if isinstance(langs, list) and langs and isinstance(langs[0], str) else None)


_RKEY = re.compile(r"[A-Za-z0-9._:~\-]{1,512}")  # atproto's record key syntax


def _bluesky_media(embed) -> list[str]:
    if not isinstance(embed, dict):
        return []
    kind = str(embed.get("$type") or "")
    if "recordWithMedia" in kind:
        return _bluesky_media(embed.get("media"))
    if "embed.images" in kind:
        return ["image"]
    if "embed.video" in kind:
        return ["video"]
    if "embed.external" in kind:
        return ["link"]
    return []


# --- videos ------------------------------------------------------------------------------


_META_DAY = re.compile(r"<meta\s[^>]*?itemprop=[\"']?(?:datePublished|uploadDate)\b[^>]*>", re.IGNORECASE)
_CONTENT_DAY = re.compile(r"content=[\"']?(\d{4}-\d{2}-\d{2})")
_PLAYER_DAY = re.compile(r"\"(?:publishDate|uploadDate)\"\s*:\s*(?:\{\s*\"simpleText\"\s*:\s*)?\"(\d{4}-\d{2}-\d{2})")


def video_day(page: str) -> dict | None:
    """The upload day a YouTube watch page states (its ``datePublished`` or
    ``uploadDate`` meta tag, else its player data's ``publishDate``), as a
    CSL date; None when it states none."""
    tag = _META_DAY.search(page)
    m = _CONTENT_DAY.search(tag[0]) if tag else None
    m = m or _PLAYER_DAY.search(page)
    day = _day(m[1]) if m else None
    return day if day and "date-parts" in day else None


def from_video_oembed(data: dict, ref: PostRef, accessed: date | None = None) -> dict:
    """YouTube's or Vimeo's oEmbed answer as a video item."""
    if not isinstance(data, dict):
        raise Unusable("the oEmbed answer is not a JSON object")
    title = clean_text(str(data.get("title") or ""))
    name = str(data.get("author_name") or "").strip()
    if not title or not name:
        raise Unusable("the oEmbed answer gives no title or no channel (the video is private or removed)")
    m = re.search(r"youtube\.com/(@[\w.\-]{1,100})/?$", str(data.get("author_url") or ""))
    handle = m[1] if m else None
    publisher, genre = PLATFORMS[ref.platform]
    item: dict = {"type": "motion_picture", "genre": genre, "publisher": publisher, "title": title,
                  "author": [author_of(name, handle)]}
    if handle:
        item["handle"] = handle
    issued = _day(data.get("upload_date"))
    if issued and "date-parts" in issued:
        item["issued"] = issued
    item["URL"] = ref.url
    item["accessed"] = _accessed(accessed)
    return item
