"""URLs: one canonical form, for the crawler and for duplicate detection.

    >>> canonical("HTTP://Blog.Example.org:80/a/../b?utm_source=x&id=2#top")
    'http://blog.example.org/b?id=2'
    >>> url_key("HTTPS://www.Example.org:443/a/?utm_source=x&b=2&a=1#top") == url_key("http://example.org/a?a=1&b=2")
    True

:func:`canonical` is the form a page is fetched and stored under: fragment
dropped, scheme and host lower-cased, default port and tracking parameters
(``utm_*``, ``fbclid``, ...) removed, dot segments resolved, an empty path
made ``/``. Only http(s): anything else gives None.

:func:`url_key` is what two references' URLs are compared by: the canonical
form, further folded where sites serve one page under several URLs (http and
https, ``www.`` or not, a trailing slash, the order of query parameters). It
is for comparing, never for fetching.
"""

from __future__ import annotations

import posixpath
import re
from urllib.parse import quote, unquote, urljoin, urlsplit, urlunsplit

# Tracking and session parameters: the same page under ever new URLs (a
# session id in every link is a crawler trap). "sid" alone is left: some
# sites name their stories so.
_TRACKING = re.compile(r"^(utm_[a-z_]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|ref_src|_hsenc|_hsmi|igshid|yclid"
                       r"|phpsessid|jsessionid|sessionid|session_id|aspsessionid[a-z]*|cfid|cftoken|zenid|oscsid)$",
                       re.I)
_PATH_SESSION = re.compile(r";(?:jsessionid|phpsessid|sessionid)=[^/?;]*", re.I)
_ESCAPE = re.compile(r"%([0-9A-Fa-f]{2})")
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
# a page of a paginated listing by its path: /page/2, /seite/2, /pagina/2, /p/2, jekyll-paginate's /page2/
PAGED_PATH = re.compile(r"/(?:(?:page|seite|pagina|p)/\d+|page\d+)/?$")
_HAS_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://", re.I)
_DEFAULT_PORT = {"http": 80, "https": 443}
# Characters left as they are in a path; everything else is percent-encoded once.
_SAFE_PATH = "/:@!$&'()*+,;=-._~%"


def unfit(url: str) -> str | None:
    """Why ``url`` cannot be fetched, in a few words (callers name the URL),
    or None for an http(s) URL with a host.

    >>> print(unfit("javascript:alert(1)"))
    not an http(s) URL (javascript:)
    >>> print(unfit("http://[::1"))
    not a valid URL (Invalid IPv6 URL)
    >>> print(unfit("http://"))
    no host name in it
    >>> unfit("https://x.org/a") is None
    True
    """
    try:
        parts = urlsplit(url.strip())
        parts.port  # a port that is no number, or out of range, raises
    except ValueError as exc:
        return f"not a valid URL ({' '.join(str(exc).split())[:100]})"
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORT:
        return f"not an http(s) URL ({scheme}:)" if scheme and len(scheme) < 20 else "not an http(s) URL"
    if not parts.hostname:
        return "no host name in it"
    return None


def is_tracking_key(key: str) -> bool:
    """Is ``key`` a query parameter trackers or sessions add to any URL
    (``utm_source``, ``fbclid``, ``jsessionid``): one :func:`canonical` drops?

    >>> is_tracking_key("utm_id"), is_tracking_key("p")
    (True, False)
    """
    return bool(_TRACKING.match(key))


def canonical(url: str, base: str | None = None) -> str | None:
    """The canonical form of ``url`` (resolved against ``base``), or None when
    it is not an http(s) URL with a host."""
    url = url.strip()
    if not url:
        return None
    if base:
        try:
            url = urljoin(base, url)
        except ValueError:
            return None
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORT or not parts.hostname:
        return None
    host = parts.hostname.lower().rstrip(".")
    try:
        host = host.encode("idna").decode("ascii") if not host.isascii() else host
    except UnicodeError:
        return None
    if ":" in host:
        host = f"[{host}]"
    netloc = host if port in (None, _DEFAULT_PORT[scheme]) else f"{host}:{port}"
    path = parts.path or "/"
    if "/." in path:
        trailing = path.endswith("/")
        path = posixpath.normpath(path)
        if trailing and not path.endswith("/"):
            path += "/"
        if path.startswith("//"):
            path = "/" + path.lstrip("/")
    if ";" in path:
        path = _PATH_SESSION.sub("", path)
    path = _normal_escapes(path, _SAFE_PATH)
    query = parts.query
    if query:
        # Parameters are kept as written (order, "+", bytes that are not UTF-8,
        # a key without "="): only tracking and session ones go.
        kept = [p for p in query.split("&") if p and not is_tracking_key(unquote(p.split("=", 1)[0]))]
        query = _normal_escapes("&".join(kept), _SAFE_PATH + "?")
    return urlunsplit((scheme, netloc, path, query, ""))


def _normal_escapes(text: str, safe: str) -> str:
    """``text`` with one spelling per character: escapes of unreserved
    characters decoded (``%7E`` is ``~``), other escapes upper-cased and kept
    as bytes (``%2F`` stays: it is not ``/``; ``%E9``, Latin-1, stays ``%E9``),
    other characters (spaces, non-ASCII as UTF-8, a lone ``%``) escaped.

    >>> _normal_escapes("/caf%e9/a%2fb/%7Euser/d%C3%A9j%C3%A0 x/100%", _SAFE_PATH)
    '/caf%E9/a%2Fb/~user/d%C3%A9j%C3%A0%20x/100%25'
    """
    if "%" not in text and text.isascii() and " " not in text:
        return text
    out = []
    pos = 0
    for m in _ESCAPE.finditer(text):
        out.append(quote(text[pos:m.start()], safe=safe.replace("%", "")))
        ch = chr(int(m.group(1), 16))
        out.append(ch if ch in _UNRESERVED else "%" + m.group(1).upper())
        pos = m.end()
    out.append(quote(text[pos:], safe=safe.replace("%", "")))
    return "".join(out)


MAX_URL_CHARS = 2048
MAX_SEGMENTS = 30


def looks_like_trap(url: str) -> bool:
    """A URL no real page has: a path that repeats one segment three times or
    more (``/blog/page/page/page/``, ``/a/b/a/b/a/b/``: a relative link
    resolved again and again on the pages it leads to), more than
    :data:`MAX_SEGMENTS` segments, or over :data:`MAX_URL_CHARS` characters.

    >>> looks_like_trap("http://x.org/blog/page/page/page/"), looks_like_trap("http://x.org/2019/03/12/post/")
    (True, False)
    >>> looks_like_trap("http://x.org/a/b/a/b/a/b"), looks_like_trap("http://x.org/" + "x/" * 31)
    (True, True)
    """
    if len(url) > MAX_URL_CHARS:
        return True
    segments = [s for s in urlsplit(url).path.split("/") if s]
    if len(segments) > MAX_SEGMENTS:
        return True
    counts: dict[str, int] = {}
    for s in segments:
        counts[s] = counts.get(s, 0) + 1
        if counts[s] >= 3:
            return True
    return False


def url_key(url: object) -> str:
    """The form two URLs of the same page share (see the module docstring);
    '' for no URL. A URL that is not http(s) is compared as written."""
    if not isinstance(url, str) or not url.strip():
        return ""
    text = url.strip()
    if not _HAS_SCHEME.match(text):
        text = "http://" + text.lstrip("/")  # "www.example.org/x" as pasted from a browser bar
    form = canonical(text)
    if form is None:
        return text
    parts = urlsplit(form)
    host = parts.netloc
    if host.startswith("www."):
        host = host[4:]
    if parts.scheme == "https" and host.endswith(":443"):
        host = host[:-4]
    path = parts.path.rstrip("/")
    query = "&".join(sorted(parts.query.split("&"))) if parts.query else ""
    return urlunsplit(("http", host, path, query, ""))


def host_key(url: str) -> str:
    """The politeness unit: scheme-less host and port (``blog.example.org:8080``)."""
    return urlsplit(url).netloc.lower()


def site_host(url: str) -> str:
    """The host a site goes by: lower-cased, without "www." ('' when the URL
    has none or is not one).

    >>> site_host("https://WWW.Example.org:8080/a")
    'example.org'
    """
    try:
        return (urlsplit(url).hostname or "").lower().removeprefix("www.")
    except ValueError:
        return ""


def origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


_SEVERAL = re.compile(r"https?://\S+", re.IGNORECASE)
# Where one link ends and the next begins: blanks, or a ';' or ',' with or
# without blanks around it, before "http(s)://".
_NEXT_LINK = re.compile(r"(?:\s*[;,]\s*|\s+)(?=https?://)", re.IGNORECASE)


def split_urls(value: object) -> list[str]:
    """The URLs one ``url`` value holds: Mendeley writes a reference's
    several links into one field separated by blanks, Nelson Beebe's
    bibliographies by ';' and a line break; anything else is one URL as
    written (commas and semicolons inside a link are its own)::

        >>> split_urls("http://a.org/x https://b.org/y")
        ['http://a.org/x', 'https://b.org/y']
        >>> split_urls("http://a.org/x.htm;\\n   http://a.org/x.pdf")
        ['http://a.org/x.htm', 'http://a.org/x.pdf']
        >>> split_urls("http://a.org/0,1144,00.html"), split_urls(" https://a.org/x "), split_urls("")
        (['http://a.org/0,1144,00.html'], ['https://a.org/x'], [])
    """
    text = str(value or "").strip()
    if not text:
        return []
    parts = _NEXT_LINK.split(text)
    if len(parts) > 1 and all(_SEVERAL.fullmatch(p) for p in parts):
        return parts
    return [text]
