"""Which URLs are social posts, and of which platform.

    >>> recognise("https://x.com/CDCgov/status/1271180413134876672?s=20")
    PostRef(platform='x', url='https://twitter.com/CDCgov/status/1271180413134876672', host='x.com', user='CDCgov', id='1271180413134876672')
    >>> recognise("https://glammr.example/@ana/110012345678901234").platform
    'mastodon'
    >>> recognise("https://bsky.app/profile/ana.bsky.social/post/3kq2abcxyz2x").id
    '3kq2abcxyz2x'
    >>> recognise("https://www.youtube.com/watch?v=jsbgF3OhlJw").platform, recognise("https://youtu.be/jsbgF3OhlJw").id
    ('youtube', 'jsbgF3OhlJw')
    >>> recognise("https://blog.example.org/2013/02/25/find-a-mentor/") is None
    True

X posts (``twitter.com``, ``x.com``, ``mobile.``/``www.``, ``/status/`` or
``/statuses/``) are given one URL, ``https://twitter.com/USER/status/ID``,
whichever form was typed, so one post is one reference. A Mastodon post is
``https://INSTANCE/@user/ID`` (or ``/@user@remote/ID``, a remote post as an
instance shows it, or ``/users/user/statuses/ID``) on any host, with an ID
of digits; whether the host is a Mastodon instance is known only once it
answers (see :mod:`refs.social.read`). Bluesky posts are
``bsky.app/profile/HANDLE-or-DID/post/RKEY``; videos are YouTube
(``watch?v=``, ``youtu.be/``, ``/shorts/``, ``/live/``) and Vimeo
(``vimeo.com/123``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

__all__ = ["PostRef", "recognise", "PLATFORMS"]

#: platform -> (publisher as APA names it, descriptor)
PLATFORMS = {"x": ("X", "Post"), "twitter": ("Twitter", "Tweet"), "mastodon": ("Mastodon", "Post"),
             "bluesky": ("Bluesky", "Post"), "youtube": ("YouTube", "Video"), "vimeo": ("Vimeo", "Video")}

_X_HOSTS = frozenset({"twitter.com", "x.com", "www.twitter.com", "www.x.com", "mobile.twitter.com",
                      "mobile.x.com"})
_X_PATH = re.compile(r"^/([A-Za-z0-9_]{1,15})/status(?:es)?/(\d{1,25})(?:/|$)")
_MASTODON_PATH = re.compile(r"^/@([\w.\-]+(?:@[\w.\-]+)?)/(\d{1,25})/?$|^/users/([\w.\-]+)/statuses/(\d{1,25})/?$")
_BSKY_HOSTS = frozenset({"bsky.app", "www.bsky.app"})
_BSKY_PATH = re.compile(r"^/profile/([\w.:\-]{1,253})/post/([a-z0-9]{1,64})/?$", re.I)
_YT_HOSTS = frozenset({"youtube.com", "www.youtube.com", "m.youtube.com"})
_YT_ID = re.compile(r"^[\w\-]{6,20}$")
_VIMEO_HOSTS = frozenset({"vimeo.com", "www.vimeo.com", "player.vimeo.com"})


@dataclass(frozen=True)
class PostRef:
    """A recognised post: its ``platform`` (``x``, ``mastodon``, ``bluesky``,
    ``youtube``, ``vimeo``), the URL to cite (before the platform answers),
    the ``host`` it was given on, the author's ``user`` name when the URL
    says it, and the post's ``id`` on that host."""

    platform: str
    url: str
    host: str
    user: str | None
    id: str


def recognise(url: str) -> PostRef | None:
    """The post ``url`` points to, or None for any other URL."""
    try:
        parts = urlsplit(url.strip())
        host = (parts.hostname or "").lower().rstrip(".")
        parts.port
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not host:
        return None
    path = parts.path or "/"
    if host in _X_HOSTS:
        m = _X_PATH.match(path)
        if m:
            return PostRef("x", f"https://twitter.com/{m[1]}/status/{m[2]}", host, m[1], m[2])
        return None
    if host in _BSKY_HOSTS:
        m = _BSKY_PATH.match(path)
        return PostRef("bluesky", f"https://bsky.app/profile/{m[1]}/post/{m[2]}", host, m[1], m[2]) if m else None
    if host in _YT_HOSTS or host == "youtu.be":
        vid = _youtube_id(host, path, parts.query)
        return PostRef("youtube", f"https://www.youtube.com/watch?v={vid}", host, None, vid) if vid else None
    if host in _VIMEO_HOSTS:
        m = re.match(r"^/(?:video/)?(\d{1,15})/?$", path)
        return PostRef("vimeo", f"https://vimeo.com/{m[1]}", host, None, m[1]) if m else None
    m = _MASTODON_PATH.match(path)
    if m:
        user, sid = (m[1], m[2]) if m[1] else (m[3], m[4])
        base = f"{parts.scheme.lower()}://{parts.netloc.lower()}"
        return PostRef("mastodon", f"{base}/@{user}/{sid}", host, user, sid)
    return None


def _youtube_id(host: str, path: str, query: str) -> str | None:
    if host == "youtu.be":
        vid = path.strip("/").split("/")[0]
    elif path == "/watch":
        vid = (parse_qs(query).get("v") or [""])[0]
    else:
        m = re.match(r"^/(?:shorts|live|embed)/([^/]+)/?$", path)
        vid = m[1] if m else ""
    return vid if _YT_ID.match(vid or "") else None
