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
from urllib.parse import parse_qsl, quote, unquote, urlencode, urljoin, urlsplit, urlunsplit

_TRACKING = re.compile(r"^(utm_[a-z_]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|ref_src|_hsenc|_hsmi|igshid|yclid)$",
                       re.I)
_HAS_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://", re.I)
_DEFAULT_PORT = {"http": 80, "https": 443}
# Characters left as they are in a path; everything else is percent-encoded once.
_SAFE_PATH = "/:@!$&'()*+,;=-._~%"


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
    path = quote(unquote(path), safe=_SAFE_PATH) if ("%" in path or not path.isascii() or " " in path) else path
    query = parts.query
    if query:
        pairs = [(k, v) for k, v in parse_qsl(query, keep_blank_values=True) if not _TRACKING.match(k)]
        query = urlencode(pairs, doseq=True)
    return urlunsplit((scheme, netloc, path, query, ""))


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


def origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"
