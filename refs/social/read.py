"""Reading a post through its platform's public endpoint: one call per post.

    reader = PostReader(Endpoints.from_env(os.environ), resolve=env_resolver())
    result = reader.read("https://x.com/CDCgov/status/1271180413134876672")
    result.item   -> a CSL item (see refs.social.parse), or None
    result.error  -> "the post is deleted or does not exist (publish.twitter.com answered 404)"

Where each platform is asked, none needing an account:

============  ===========================================================  ==================
platform      request                                                      base, and its variable
============  ===========================================================  ==================
X             ``GET {x_oembed}?url=POST&omit_script=true&dnt=true``         ``SCAN_X_OEMBED``
Mastodon      ``GET https://INSTANCE/api/v1/statuses/ID``                   the post's own host
Bluesky       ``GET {bluesky}/xrpc/app.bsky.feed.getPostThread?uri=at://…``  ``SCAN_BLUESKY_API``
YouTube       ``GET {youtube_oembed}?url=VIDEO&format=json``                ``SCAN_YOUTUBE_OEMBED``
              then ``GET {youtube_pages}/watch?v=ID`` for the upload day    ``SCAN_YOUTUBE_PAGES``
Vimeo         ``GET {vimeo_oembed}?url=VIDEO``                              ``SCAN_VIMEO_OEMBED``
============  ===========================================================  ==================

Each variable holds what its default is (DESIGN.md): an oEmbed variable the
endpoint itself, ``SCAN_BLUESKY_API`` the AppView's base. A Mastodon
instance is the post's host, which ``SCAN_HOSTS`` maps like any other.

Outcomes are values (:class:`PostResult`), each failure one line naming the
post and what the platform said: 404 (deleted, or never was), 401/403
(private, or the instance wants sign-in), 429 (rate-limited: a Retry-After
of at most ``max_wait`` seconds is waited out once, a longer one is said),
Bluesky's ``notFoundPost``, an oEmbed answer without the post's text
(redacted), a timeout. A host that turns out not to be a Mastodon instance
(its answer is not Mastodon's JSON) gives ``not_a_post``: the caller cites
the page as a web page instead.

Fetching goes through :mod:`refs.http` (address safety, size caps, the
whole-request deadline); the endpoints and the post's host are the user's
own choice, so they are trusted even on a private address (a mirror, a test
server), and redirects are checked hop by hop.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from datetime import date
from urllib.parse import quote, urlsplit

from refs.social.parse import Unusable, from_bluesky, from_mastodon, from_video_oembed, from_x_oembed, video_day
from refs.social.urls import PostRef, recognise

__all__ = ["Endpoints", "PostResult", "PostReader", "ENV_VARS"]

log = logging.getLogger(__name__)

#: Endpoint field -> its environment variable.
ENV_VARS = {"x_oembed": "SCAN_X_OEMBED", "bluesky_api": "SCAN_BLUESKY_API",
            "youtube_oembed": "SCAN_YOUTUBE_OEMBED", "vimeo_oembed": "SCAN_VIMEO_OEMBED",
            "youtube_pages": "SCAN_YOUTUBE_PAGES"}
USER_AGENT = "scan/0.1 (reference manager; reads posts it is asked to cite)"


@dataclass(frozen=True)
class Endpoints:
    """The platforms' public endpoints (see the module docstring)."""

    x_oembed: str = "https://publish.twitter.com/oembed"
    bluesky_api: str = "https://public.api.bsky.app"
    youtube_oembed: str = "https://www.youtube.com/oembed"
    vimeo_oembed: str = "https://vimeo.com/api/oembed.json"
    youtube_pages: str = "https://www.youtube.com"

    @classmethod
    def from_env(cls, environ: Mapping[str, str]) -> "Endpoints":
        """The defaults, each replaced by its variable when that is set (and not empty)."""
        given = {name: environ[var].strip() for name, var in ENV_VARS.items() if environ.get(var, "").strip()}
        return cls(**given)

    def hosts(self) -> frozenset[str]:
        return frozenset(h for h in (urlsplit(getattr(self, f.name)).hostname for f in fields(self)) if h)


@dataclass
class PostResult:
    """One post read: ``item`` (a CSL item) or ``error`` (one line), or
    ``not_a_post`` when the host is no Mastodon instance after all."""

    url: str
    item: dict | None = None
    error: str | None = None
    not_a_post: bool = False


class PostReader:
    """Reads posts (see the module docstring). ``resolve`` is the name
    resolver (:func:`refs.http.env_resolver`); ``sleep`` waits out a
    Retry-After (tests pass their own)."""

    def __init__(self, endpoints: Endpoints = Endpoints(), *, resolve=None, timeout: float = 20.0,
                 max_wait: float = 30.0, sleep: Callable[[float], None] = time.sleep,
                 accessed: date | None = None):
        self.endpoints = endpoints
        self.resolve = resolve
        self.timeout = timeout
        self.max_wait = max_wait
        self.sleep = sleep
        self.accessed = accessed

    @staticmethod
    def recognise(url: str) -> PostRef | None:
        return recognise(url)

    def read(self, url: str) -> PostResult:
        """Read the post at ``url`` (which :func:`recognise` knows)."""
        ref = recognise(url)
        if ref is None:
            return PostResult(url, error="not the address of a post this tool can read")
        request = self._request(ref)
        session = self._session(ref)
        try:
            status, data, where, said = self._get(session, request)
        finally:
            session.close()
        if said is not None:
            return PostResult(url, error=said)
        problem = _problem(ref, status, data, where)
        if problem == "not-a-post":
            return PostResult(url, not_a_post=True)
        if problem:
            return PostResult(url, error=problem)
        try:
            item = _parse(ref, data, self.accessed)
        except Unusable as exc:
            if ref.platform == "mastodon" and "not a Mastodon status" in str(exc):
                return PostResult(url, not_a_post=True)
            return PostResult(url, error=str(exc))
        if ref.platform == "youtube" and "issued" not in item:
            day = self._video_day(ref)
            if day is not None:
                item["issued"] = day
        return PostResult(url, item=item)

    def _video_day(self, ref: PostRef) -> dict | None:
        """YouTube's oEmbed gives no date, which APA wants: the watch page's
        ``datePublished`` (or ``uploadDate``) tag gives the upload day. Best
        effort: a consent page, a failure or a page without it leaves the
        video undated."""
        from refs.http import fetch

        page = f"{self.endpoints.youtube_pages.rstrip('/')}/watch?v={quote(ref.id, safe='')}"
        session = self._session(ref)
        try:
            r = fetch(session, page, timeout=(min(self.timeout, 10.0), self.timeout), total_timeout=2 * self.timeout,
                      headers={"Accept": "text/html"}, max_bytes=1_500_000)
        finally:
            session.close()
        if r.error is not None or r.status != 200 or not r.body:
            return None
        return video_day(r.body.decode("utf-8", "replace"))

    def _request(self, ref: PostRef) -> str:
        e = self.endpoints
        if ref.platform == "x":
            return f"{e.x_oembed}{_sep(e.x_oembed)}url={quote(ref.url, safe='')}&omit_script=true&dnt=true"
        if ref.platform == "mastodon":
            base = ref.url.split("/@", 1)[0]
            return f"{base}/api/v1/statuses/{ref.id}"
        if ref.platform == "bluesky":
            at = f"at://{ref.user}/app.bsky.feed.post/{ref.id}"
            return (f"{e.bluesky_api.rstrip('/')}/xrpc/app.bsky.feed.getPostThread?uri={quote(at, safe='')}"
                    "&depth=0&parentHeight=0")
        endpoint = e.youtube_oembed if ref.platform == "youtube" else e.vimeo_oembed
        return f"{endpoint}{_sep(endpoint)}url={quote(ref.url, safe='')}&format=json"

    def _session(self, ref: PostRef):
        from refs.http import NetPolicy, make_session, system_resolve

        trusted = self.endpoints.hosts() | {ref.host}
        policy = NetPolicy(resolve=self.resolve or system_resolve, trusted_hosts=trusted)
        return make_session(policy, user_agent=USER_AGENT, pool_size=2)

    def _get(self, session, request: str) -> tuple[int | None, object, str, str | None]:
        """``(status, decoded JSON or None, host, error)``; a 429 with a short
        Retry-After is waited out once."""
        from refs.http import fetch_api

        host = urlsplit(request).hostname or request
        r, failure = fetch_api(session, request, timeout=self.timeout, max_wait=self.max_wait, sleep=self.sleep,
                               headers={"Accept": "application/json"}, max_bytes=2_000_000)
        if failure and r.status == 429:
            return 429, None, host, f"rate-limited by {host} ({failure}); try again later"
        if failure:
            return None, None, host, f"{failure}; try again later"
        return r.status, _json(r.body), host, None


def _sep(endpoint: str) -> str:
    return "&" if "?" in endpoint else "?"


def _json(body: bytes):
    try:
        return json.loads(body.decode("utf-8"))
    except (ValueError, UnicodeDecodeError, RecursionError):
        return None


def _parse(ref: PostRef, data, accessed: date | None) -> dict:
    if ref.platform == "x":
        return from_x_oembed(data, ref, accessed)
    if ref.platform == "mastodon":
        return from_mastodon(data, ref, accessed)
    if ref.platform == "bluesky":
        return from_bluesky(data, ref, accessed)
    return from_video_oembed(data, ref, accessed)


def _problem(ref: PostRef, status: int | None, data, host: str) -> str | None:
    """Why a platform's answer gives no post (one line), ``not-a-post``, or None."""
    said = f"{host} answered {status}"
    if ref.platform == "mastodon":
        if not isinstance(data, (dict, list)):
            return "not-a-post"  # no JSON at all: not a Mastodon instance
        if status in (404, 410):
            return f"the post is deleted, private, or does not exist ({said})"
        if status in (401, 403):
            return (f"the instance lets only signed-in users read its posts ({said}: authorized fetch or "
                    "limited federation mode)")
    elif ref.platform == "bluesky":
        error = data.get("error") if isinstance(data, dict) else None
        if status == 400 and error == "NotFound" or status == 404:
            return f"the post is deleted or does not exist ({said}: NotFound)"
        if status in (401, 403):
            return f"the post is not public ({said})"
    else:
        what = "video" if ref.platform in ("youtube", "vimeo") else "post"
        if status == 404:
            return f"the {what} is deleted or does not exist ({said})"
        if status in (401, 403):
            why = "private, or its account is protected" if ref.platform == "x" else "private, or may not be embedded"
            return f"the {what} is {why} ({said})"
    if status != 200:
        return f"{said}; no post could be read"
    if data is None:
        return f"{host} answered something that is not JSON"
    return None
