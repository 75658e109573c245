"""HTTP for the crawler, ``scan cite`` and the link checker: the one module of
ours that imports requests (lazily).

What it owns:

- **Name resolution through one seam.** A :class:`NetPolicy` carries a
  ``resolve(host) -> [ip, ...]`` function (the system resolver by default);
  every connection goes to an address it returned, so tests point hosts such
  as ``blog.example.org`` at ``127.0.0.2`` without touching the system.
- **Address safety.** Connections to loopback, private, link-local,
  multicast or reserved addresses are refused (:class:`BlockedAddress`)
  unless the policy allows private addresses, or the host is one the caller
  trusts (a crawl's seed hosts). The check is made on the address actually
  connected to, after resolution, on every redirect hop: a public name that
  resolves to ``169.254.169.254`` is refused too.
- **One fetch, bounded.** :func:`fetch` follows redirects itself (at most
  ``max_redirects``, loops detected, each hop recorded and checked), streams
  the body, stops at ``max_bytes`` *after* decompression of every
  Content-Encoding layer (a gzip bomb is cut, not inflated, in any layer), and gives up after ``total_timeout`` seconds even when the
  server trickles. Failures are values (:class:`FetchResult` with ``error``),
  not exceptions: a bad page never stops a crawl.
- **The whole-request deadline on every read.** A socket's read timeout
  bounds one ``recv``; a server that sends a byte a second never trips it,
  in the status line, the headers or the body. Each session has a
  :class:`Watchdog` that shuts down the sockets of a fetch whose
  ``total_timeout`` has passed, wherever that fetch is blocked, and that
  aborts every fetch at once when a crawl is interrupted.

Example::

    policy = NetPolicy(resolve=lambda host: ["127.0.0.2"], allow_private=True)
    session = make_session(policy, user_agent="scan/0.1 (+mailto:me@example.org)")
    result = fetch(session, "http://blog.example.org/post", max_bytes=2_000_000)
    result.status, result.final_url, result.body[:100]
"""

from __future__ import annotations

import contextlib
import heapq
import ipaddress
import itertools
import socket
import threading
import time
import zlib
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from refs.errors import RefsError
from refs.values.retry_after import parse_retry_after
from refs.values.urls import unfit

DEFAULT_TIMEOUT = (10.0, 20.0)  # connect, read (seconds)


class BlockedAddress(RefsError):
    """Raised (inside a connection attempt) when a host resolves to an address
    the policy does not allow; :func:`fetch` turns it into an error value."""


def system_resolve(host: str) -> list[str]:
    """The machine's resolver: every address ``host`` has, IPv4 first. A
    resolver raises OSError when the name does not resolve."""
    infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    addrs = [info[4][0] for info in infos]
    return sorted(dict.fromkeys(addrs), key=lambda a: ":" in a)


def is_public(address: str) -> bool:
    """True for an address on the public internet (not loopback, private,
    link-local, multicast, reserved or unspecified). An IPv6 address that
    carries an IPv4 one (mapped, 6to4, NAT64, IPv4-compatible) is judged by
    that one: on a network with a NAT64 or 6to4 gateway, ``64:ff9b::a9fe:a9fe``
    reaches ``169.254.169.254``.

    >>> [is_public(a) for a in ("93.184.216.34", "::ffff:127.0.0.1", "64:ff9b::a9fe:a9fe", "2002:c0a8:1::1")]
    [True, False, False, False]
    """
    ip = ipaddress.ip_address(address.split("%")[0])
    if not ip.is_global or ip.is_multicast:
        return False
    inner = _embedded_ipv4(ip) if isinstance(ip, ipaddress.IPv6Address) else None
    return inner is None or (inner.is_global and not inner.is_multicast)


_CARRY_IPV4 = tuple(ipaddress.ip_network(n) for n in ("64:ff9b::/96", "::/96", "::ffff:0:0:0/96"))


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 one carries (RFC 4291 mapped and compatible,
    RFC 3056 6to4, RFC 6052 NAT64, RFC 7915 translated), or None."""
    if ip.ipv4_mapped or ip.sixtofour:
        return ip.ipv4_mapped or ip.sixtofour
    if any(ip in net for net in _CARRY_IPV4):
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def hosts_resolver(mapping: dict[str, str], fallback: Callable[[str], list[str]] | None = system_resolve):
    """A resolver that answers ``mapping``'s hosts first (like an /etc/hosts
    of our own: ``{"blog.example.org": "127.0.0.2"}``), then ``fallback``."""
    table = {k.lower(): v for k, v in mapping.items()}

    def resolve(host: str) -> list[str]:
        ip = table.get(host.lower())
        if ip:
            return [ip]
        if fallback is None:
            raise socket.gaierror(socket.EAI_NONAME, f"{host} does not resolve")
        return fallback(host)

    return resolve


def parse_hosts(spec: str) -> dict[str, str]:
    """``"a.test=127.0.0.2,b.test=127.0.0.3"`` -> a mapping (env ``SCAN_HOSTS``)."""
    out = {}
    for part in spec.replace(";", ",").split(","):
        name, sep, ip = part.strip().partition("=")
        if sep and name.strip() and ip.strip():
            out[name.strip()] = ip.strip()
    return out


def env_resolver(environ=None) -> Callable[[str], list[str]]:
    """The system resolver, with ``SCAN_HOSTS="name=ip,..."`` answered first
    (an /etc/hosts of scan's own, for offline demos and tests on loopback);
    with ``SCAN_HOSTS_ONLY=1`` no other name resolves, so nothing leaves
    the machine."""
    import os

    env = os.environ if environ is None else environ
    spec = env.get("SCAN_HOSTS", "")
    only = env.get("SCAN_HOSTS_ONLY", "") not in ("", "0")
    if not spec.strip() and not only:
        return system_resolve
    return hosts_resolver(parse_hosts(spec), fallback=None if only else system_resolve)


@dataclass(frozen=True)
class NetPolicy:
    """Where connections may go. ``trusted_hosts`` may reach private
    addresses even when ``allow_private`` is off (a crawl's seed hosts)."""

    resolve: Callable[[str], list[str]] = system_resolve
    allow_private: bool = False
    trusted_hosts: frozenset[str] = frozenset()

    def addresses(self, host: str) -> list[str]:
        """The addresses to connect to for ``host``; raises :class:`BlockedAddress`
        when none is allowed, and OSError (socket.gaierror) when it doesn't resolve."""
        host = host.strip("[]").lower()
        try:
            ipaddress.ip_address(host)
            addrs = [host]
        except ValueError:
            addrs = self.resolve(host)
        if not addrs:
            raise socket.gaierror(socket.EAI_NONAME, f"{host} does not resolve")
        if self.allow_private or host in self.trusted_hosts:
            return addrs
        allowed = [a for a in addrs if is_public(a)]
        if not allowed:
            raise BlockedAddress(f"{host} resolves to {addrs[0]}, a private, loopback or link-local address; "
                                 "not fetched (use --allow-private to allow it)")
        return allowed


@dataclass
class FetchResult:
    """The outcome of one fetch. ``error`` is None on success (any HTTP status);
    otherwise a short reason and ``error_kind`` one of ``dns``, ``refused``,
    ``timeout``, ``tls``, ``blocked``, ``redirect-loop``, ``too-many-redirects``,
    ``bad-url``, ``connection``."""

    url: str
    final_url: str
    status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    truncated: bool = False
    redirects: list[tuple[str, int]] = field(default_factory=list)  # (url, status) of each hop
    elapsed: float = 0.0
    error: str | None = None
    error_kind: str | None = None
    redirect_known: bool = False  # stopped at a redirect to a URL the caller already has

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def charset(self) -> str | None:
        for part in self.headers.get("content-type", "").split(";")[1:]:
            k, _, v = part.partition("=")
            if k.strip().lower() == "charset" and v.strip():
                return v.strip().strip('"\'')
        return None


class _BadLocation(Exception):
    """A redirect's Location that is not a URL at all."""


class _Deadline(Exception):
    """Raised inside :func:`fetch` when its whole-request deadline has passed;
    :func:`fetch` turns it into a ``timeout`` error value."""


class _Watch:
    """One fetch's deadline and the sockets it has used so far."""

    def __init__(self, when: float):
        self.when = when
        self.sockets: list = []
        self.expired = False
        self.done = False


class Watchdog:
    """Shuts down the sockets of fetches that ran past their deadline.

    :func:`fetch` opens ``with watchdog.deadline(t):`` around its requests;
    the session's connections register each socket they use (new or reused,
    before a request is sent and before its answer is read) with the fetch
    running in their thread. One daemon thread per session sleeps until the
    earliest deadline; at that moment a blocked ``recv`` returns, wherever it
    is (connecting, reading the status line, the headers or the body), and
    the fetch reports a timeout. :meth:`abort` ends every fetch at once (an
    interrupted crawl does not wait for its fetches in flight).
    """

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._local = threading.local()
        self._heap: list = []
        self._seq = itertools.count()
        self._thread: threading.Thread | None = None
        self._aborted = False
        self._live: set[int] = set()
        self._watches: dict[int, _Watch] = {}

    @contextlib.contextmanager
    def deadline(self, when: float):
        watch = _Watch(when)
        with self._cond:
            if self._aborted:
                raise _Deadline()
            key = next(self._seq)
            self._watches[key] = watch
            heapq.heappush(self._heap, (when, key))
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="http-watchdog", daemon=True)
                self._thread.start()
            self._cond.notify()
        self._local.watch = watch
        try:
            yield watch
        finally:
            self._local.watch = None
            with self._cond:
                watch.done = True
                watch.sockets.clear()
                self._watches.pop(key, None)

    def attach(self, sock) -> None:
        """Register ``sock`` with the fetch running in this thread (if any);
        raises :class:`_Deadline` when that fetch is already out of time."""
        watch = getattr(self._local, "watch", None)
        if watch is None or sock is None:
            return
        with self._cond:
            if watch.expired or self._aborted:
                raise _Deadline()
            watch.sockets.append(sock)

    def abort(self) -> None:
        """End every fetch now, and refuse new ones."""
        with self._cond:
            self._aborted = True
            for watch in self._watches.values():
                self._expire(watch)

    @staticmethod
    def _expire(watch: _Watch) -> None:
        watch.expired = True
        for sock in watch.sockets:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass  # already closed

    def _run(self) -> None:
        with self._cond:
            while True:
                now = time.monotonic()
                while self._heap and self._heap[0][0] <= now:
                    _, key = heapq.heappop(self._heap)
                    watch = self._watches.get(key)
                    if watch is not None and not watch.done:
                        self._expire(watch)
                # Finished fetches leave their entries behind; drop them now and then.
                if len(self._heap) > 4 * len(self._watches) + 64:
                    self._heap = [e for e in self._heap if e[1] in self._watches]
                    heapq.heapify(self._heap)
                self._cond.wait(None if not self._heap else max(0.0, self._heap[0][0] - now))


def make_session(policy: NetPolicy, *, user_agent: str, pool_size: int = 16):
    """A requests session whose connections obey ``policy``, with a
    :class:`Watchdog` (``session.watchdog``) enforcing fetch deadlines."""
    import requests
    from requests.adapters import HTTPAdapter

    watchdog = Watchdog()
    classes = _pool_classes(policy, watchdog)

    class _Adapter(HTTPAdapter):
        def init_poolmanager(self, *args, **kwargs):
            super().init_poolmanager(*args, **kwargs)
            self.poolmanager.pool_classes_by_scheme = classes
            self.poolmanager.key_fn_by_scheme = dict(self.poolmanager.key_fn_by_scheme)

    session = requests.Session()
    session.trust_env = False  # no proxies from the environment: the policy must see the real address
    adapter = _Adapter(pool_connections=pool_size, pool_maxsize=pool_size, max_retries=0)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    session.headers["User-Agent"] = user_agent
    session.headers["Accept-Encoding"] = "gzip, deflate"
    session.watchdog = watchdog
    return session


def _pool_classes(policy: NetPolicy, watchdog: Watchdog) -> dict:
    from urllib3.connection import HTTPConnection, HTTPSConnection
    from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
    from urllib3.exceptions import ConnectTimeoutError, NameResolutionError, NewConnectionError

    def new_conn(self):
        try:
            addrs = policy.addresses(self._dns_host)
        except OSError as exc:  # the resolver seam's way of saying "no such name"
            raise NameResolutionError(self.host, self, socket.gaierror(str(exc))) from exc
        last: Exception | None = None
        for addr in addrs:
            try:
                sock = socket.create_connection((addr, self.port), self.timeout,
                                                source_address=self.source_address)
                for opt in self.socket_options or ():
                    sock.setsockopt(*opt)
            except socket.timeout:
                last = ConnectTimeoutError(self, f"connection to {self.host} timed out")
                continue
            except OSError as exc:
                last = NewConnectionError(self, f"failed to connect to {self.host}: {exc}")
                continue
            try:
                watchdog.attach(sock)
            except _Deadline:
                sock.close()
                raise
            return sock
        raise last  # type: ignore[misc]

    class Watched:
        """Registers the socket of each request with the fetch under way."""

        def request(self, *args, **kwargs):
            watchdog.attach(self.sock)  # a reused connection's socket (None: new, see new_conn)
            return super().request(*args, **kwargs)

        def getresponse(self):
            # Again before the answer is read: http.client may drop self.sock
            # while the response goes on reading from it.
            watchdog.attach(self.sock)
            return super().getresponse()

    class Conn(Watched, HTTPConnection):
        _new_conn = new_conn

    class SConn(Watched, HTTPSConnection):
        _new_conn = new_conn

    class Pool(HTTPConnectionPool):
        ConnectionCls = Conn

    class SPool(HTTPSConnectionPool):
        ConnectionCls = SConn

    return {"http": Pool, "https": SPool}


def fetch(session, url: str, *, method: str = "GET", max_bytes: int = 5_000_000,
          timeout: tuple[float, float] = DEFAULT_TIMEOUT, total_timeout: float = 60.0,
          max_redirects: int = 10, headers: dict[str, str] | None = None,
          accept: Iterable[str] | None = None,
          hop_guard: Callable[[str], AbstractContextManager] | None = None,
          stop_redirect: Callable[[str], bool] | None = None, data: bytes | None = None) -> FetchResult:
    """Fetch ``url`` (see the module docstring). ``accept``, when given, lists
    the content types whose body is read; for others only the headers are kept.
    ``hop_guard``, when given, is called with each hop's URL and its context
    held while that hop's request is in flight: the link checker uses it to
    limit requests per host on every hop of a redirect chain. ``stop_redirect``,
    when given and true for a redirect's target, stops there (the caller has
    that page): the result has the redirect's status, the target as
    ``final_url`` and ``redirect_known`` set. ``data`` is a request body
    (a POST); it is not sent again after a redirect that turns the request
    into a GET (301, 302, 303)."""
    result = FetchResult(url=url, final_url=url)
    start = time.monotonic()
    watchdog = getattr(session, "watchdog", None) or Watchdog()
    watch: _Watch | None = None
    spent = 0.0  # time talking to servers; waits for the hop guard do not count
    current = url
    seen = {url}
    try:
        for hop in range(max_redirects + 1):
            why = _unfit(current)
            if why is not None:
                return _failed(result, "bad-url", why if hop == 0 else f"redirected to {why}", start)
            # The guard (when given) is held while this hop's request is in flight.
            with hop_guard(current) if hop_guard is not None else nullcontext():
                hop_start = time.monotonic()
                if spent >= total_timeout:
                    raise _Deadline()
                with watchdog.deadline(hop_start + total_timeout - spent) as watch:
                    nxt = _hop(session, result, method, current, headers, timeout, accept, max_bytes, watch,
                               stop_redirect, seen, data)
                spent += time.monotonic() - hop_start
            if nxt is None:
                result.elapsed = time.monotonic() - start
                return result
            if nxt in seen:
                return _failed(result, "redirect-loop", f"redirect loop at {nxt}", start)
            seen.add(nxt)
            current = nxt
            if (result.status == 303 or (data is not None and result.status in (301, 302))) and method != "HEAD":
                method = "GET"
                data = None
        return _failed(result, "too-many-redirects", f"more than {max_redirects} redirects", start)
    except _BadLocation as exc:
        return _failed(result, "bad-url", f"redirected to an invalid URL ({exc})", start)
    except _Deadline:
        result.truncated = bool(result.body)
        return _failed(result, "timeout", f"no complete answer within {total_timeout:g} s", start)
    except Exception as exc:
        if watch is not None and watch.expired:  # the watchdog cut a read short
            return _failed(result, "timeout", f"no complete answer within {total_timeout:g} s", start)
        failure = _failure(exc, current)
        if failure is None:
            raise
        return _failed(result, *failure, start)



def _unfit(url: str) -> str | None:
    """Why ``url`` cannot be fetched (not http(s), not a URL), naming it first
    (a redirect's reads "redirected to 'ftp://x.org/a': not an http(s) URL
    (ftp:)"), or None."""
    why = unfit(url)
    return None if why is None else f"{url[:200]!r}: {why}"


def fetch_api(session, url: str, *, timeout: float, max_wait: float, sleep: Callable[[float], None] = time.sleep,
              **kw) -> tuple[FetchResult, str | None]:
    """:func:`fetch` for a web service's API: a 429 whose Retry-After is at
    most ``max_wait`` seconds is waited out once. Returns the result and,
    when it failed, a one-line reason: naming the host for no answer or a
    network error, ``429 Too Many Requests; it asks to wait 60 s`` when it
    still says 429."""
    host = urlsplit(url).hostname or url
    for attempt in (1, 2):
        r = fetch(session, url, timeout=(min(timeout, 10.0), timeout), total_timeout=2 * timeout, **kw)
        if r.error is not None:
            if r.error_kind == "timeout":
                return r, f"no answer from {host} within {2 * timeout:g} s"
            return r, f"{host}: {r.error}"
        if r.status != 429:
            return r, None
        wait = parse_retry_after(r.headers.get("retry-after"))
        if attempt == 1 and wait is not None and wait <= max_wait:
            sleep(wait)
            continue
        asked = f"; it asks to wait {wait:g} s" if wait is not None else ""
        return r, f"429 Too Many Requests{asked}"
    raise AssertionError("unreachable")

def _hop(session, result: FetchResult, method: str, url: str, headers, timeout, accept, max_bytes: int,
         watch: _Watch, stop_redirect, seen: set[str], data: bytes | None = None) -> str | None:
    """One request of :func:`fetch`: fills ``result`` in; the next URL when
    the answer is a redirect to follow (or a loop back to one of ``seen``),
    else None."""
    try:
        resp = session.request(method, url, headers=headers, timeout=timeout, stream=True, allow_redirects=False,
                               data=data)
    except ValueError as exc:
        # requests parses a redirect's Location even when not following it: "http://[::1" raises.
        # The URL asked for was checked (_unfit), so it is the Location that is no URL.
        raise _BadLocation(" ".join(str(exc).split())[:100]) from exc
    try:
        result.status = resp.status_code
        result.headers = {k.lower(): v for k, v in resp.headers.items()}
        result.final_url = url
        location = _header_text(resp.headers.get("location"))
        if resp.status_code in (301, 302, 303, 307, 308) and location:
            try:
                nxt = urljoin(url, location.strip())
            except ValueError:  # "http://[::1": the next hop says why it cannot be fetched
                nxt = location.strip()
            result.redirects.append((url, resp.status_code))
            if nxt not in seen and stop_redirect is not None and _unfit(nxt) is None and stop_redirect(nxt):
                result.final_url = nxt
                result.redirect_known = True
                return None
            return nxt
        if method != "HEAD" and (accept is None or result.content_type in accept or not result.content_type):
            result.body, result.truncated = _read_body(resp, max_bytes, watch)
        return None
    finally:
        resp.close()


def _header_text(value: str | None) -> str | None:
    """A header as the server meant it: http.client reads header bytes as
    Latin-1, while a Location with raw non-ASCII bytes is UTF-8 (as browsers
    and requests take it: ``/caf\xc3\xa9`` is ``/café``, not ``/cafÃ©``)."""
    if value is None or value.isascii():
        return value
    try:
        return value.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return value


def _failure(exc: Exception, url: str) -> tuple[str, str] | None:
    """``(error_kind, message)`` for what a request raised, or None for a
    bug of ours (which the caller re-raises)."""
    import requests
    from urllib3.exceptions import HTTPError as Urllib3Error, ReadTimeoutError

    if isinstance(exc, BlockedAddress):
        return "blocked", str(exc)
    garbled = _not_http(exc)
    if garbled is not None:
        return "protocol", garbled
    if isinstance(exc, (ReadTimeoutError, requests.exceptions.ReadTimeout)):
        return "timeout", "the server stopped answering (read timeout)"
    if isinstance(exc, requests.exceptions.SSLError):
        return "tls", f"TLS failure: {_reason(exc)}"
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return "timeout", "connection timed out"
    if isinstance(exc, requests.exceptions.ConnectionError):
        text = _reason(exc)
        if isinstance(_root(exc), BlockedAddress):
            return "blocked", str(_root(exc))
        if "NameResolution" in repr(exc) or "does not resolve" in text or "Name or service" in text:
            return "dns", f"the name {urlsplit(url).hostname} does not resolve"
        if "refused" in text.lower():
            return "refused", "connection refused"
        return "connection", text
    if isinstance(exc, (requests.exceptions.RequestException, Urllib3Error)):
        return "connection", _reason(exc)
    if isinstance(exc, ValueError):  # a redirect to a URL that cannot be parsed ("http://[::1")
        return "bad-url", f"not a valid URL: {exc}"
    if isinstance(exc, OSError):  # a socket reset under us
        return "connection", _reason(exc)
    return None


def _read_body(resp, max_bytes: int, watch: _Watch) -> tuple[bytes, bool]:
    """The body, decoded (:func:`_decoders`), at most ``max_bytes``; True
    when cut short. Raises :class:`_Deadline` when ``watch``'s deadline passes."""
    layers = _decoders(resp.headers.get("content-encoding", ""))
    out = bytearray()
    raw = resp.raw
    while True:
        if watch.expired or time.monotonic() > watch.when:
            raise _Deadline()
        try:
            chunk = raw.read(16384, decode_content=False)
        except _body_broken() as exc:
            if watch.expired:
                raise _Deadline() from exc
            # The server ended the body before it said it would (a short
            # Content-Length, a bad chunk): what came is the page, cut short.
            return bytes(out[:max_bytes]), True
        if not chunk:
            if watch.expired:  # the read ended because the watchdog shut the socket
                raise _Deadline()
            break
        try:
            for layer in layers:
                chunk = layer.feed(chunk, max_bytes)
        except zlib.error:  # corrupt further on: what was decoded is the page, cut short
            return bytes(out[:max_bytes]), True
        out.extend(chunk)
        if len(out) > max_bytes or any(layer.overflowed for layer in layers):
            return bytes(out[:max_bytes]), True
    # A compressed stream the body ended inside of: the page is cut short.
    return bytes(out), any(layer.state == "inside" for layer in layers)


def _body_broken() -> tuple[type[BaseException], ...]:
    """What reading a body raises when the server breaks off or garbles it
    (not a timeout: a stalled read stays a timeout)."""
    import http.client

    from urllib3.exceptions import ProtocolError

    return (ProtocolError, http.client.HTTPException)


_WBITS = {"gzip": 16 + zlib.MAX_WBITS, "x-gzip": 16 + zlib.MAX_WBITS, "deflate": zlib.MAX_WBITS}
MAX_ENCODINGS = 3  # Content-Encoding layers decoded at most


def _decoders(header: str) -> list["_Inflate"]:
    """One decoder per Content-Encoding layer, in decoding order (the last
    applied first): ``gzip, gzip`` is two. Decoding stops at an encoding we
    do not know (``br``: we never ask for it) or past :data:`MAX_ENCODINGS`;
    what remains is kept as sent."""
    layers = []
    for name in reversed([t.strip().lower() for t in header.split(",") if t.strip()]):
        if name == "identity":
            continue
        if name not in _WBITS or len(layers) == MAX_ENCODINGS:
            break
        layers.append(_Inflate(_WBITS[name]))
    return layers


class _Inflate:
    """One gzip or deflate layer of a body, fed a piece at a time. A feed
    gives at most ``limit + 1`` bytes (``overflowed`` is then set): a bomb,
    in any layer, is cut here. Every member of a multi-member gzip body is
    read, and what follows the last one that is none (padding) is ignored;
    a deflate body without its zlib header (as some servers send it) is read
    raw; a body that was not compressed at all, whatever the header said,
    passes as it is. Corrupt data inside a stream raises ``zlib.error``."""

    def __init__(self, wbits: int):
        self.wbits = wbits
        self.obj = zlib.decompressobj(wbits)
        self.state = "start"  # then "inside" a stream, "between" gzip members, "raw" or "ended"
        self.overflowed = False

    def feed(self, data: bytes, limit: int) -> bytes:
        if self.state in ("raw", "ended"):
            return data if self.state == "raw" else b""
        out = bytearray()
        while data and len(out) <= limit:
            try:
                piece = self.obj.decompress(data, limit + 1 - len(out))
            except zlib.error:
                if self.state == "inside":
                    raise
                if self.state == "between":
                    self.state = "ended"
                    break
                if self.wbits == zlib.MAX_WBITS:  # deflate without the zlib header
                    self.wbits = -zlib.MAX_WBITS
                    self.obj = zlib.decompressobj(self.wbits)
                    continue
                self.state = "raw"
                return data
            self.state = "inside"
            out += piece
            if self.obj.eof:  # a gzip member ended: another may follow
                data = self.obj.unused_data
                self.obj = zlib.decompressobj(self.wbits)
                self.state = "between"
            else:
                data = self.obj.unconsumed_tail
        self.overflowed = self.overflowed or len(out) > limit
        return bytes(out)


def _chain(exc: BaseException) -> list[BaseException]:
    """``exc`` and the exceptions behind it (cause, context, a wrapped first argument)."""
    out: list[BaseException] = []
    while exc is not None and all(e is not exc for e in out):
        out.append(exc)
        nxt = exc.__cause__ or exc.__context__
        if nxt is None and exc.args and isinstance(exc.args[0], BaseException):
            nxt = exc.args[0]
        exc = nxt
    return out


def _not_http(exc: BaseException) -> str | None:
    """What was wrong with an answer that is not valid HTTP (a status line
    that is none, a header line over 64 KiB, too many headers), or None."""
    import http.client

    for e in _chain(exc):
        if isinstance(e, http.client.BadStatusLine):
            line = " ".join(str(e.args[0] if e.args else "").split())
            return f"the answer is not HTTP (its status line is {line[:80]!r})" if line else \
                "the server closed the connection without an answer"
        if isinstance(e, http.client.LineTooLong):
            return "the answer is not usable HTTP: a line of its headers is over 64 KiB"
        if isinstance(e, http.client.HTTPException) and not isinstance(e, http.client.IncompleteRead):
            return f"the answer is not usable HTTP: {' '.join(str(e).split())[:200]}"
    return None


def _root(exc: BaseException) -> BaseException:
    """The last exception of :func:`_chain`, or a :class:`BlockedAddress` behind ``exc`` before it."""
    chain = _chain(exc)
    return next((e for e in chain[1:] if isinstance(e, BlockedAddress)), chain[-1])


def _reason(exc: BaseException) -> str:
    root = _root(exc)
    text = " ".join(str(root).split()) or type(root).__name__
    return text[:300]


def _failed(result: FetchResult, kind: str, message: str, start: float) -> FetchResult:
    result.error = message
    result.error_kind = kind
    result.elapsed = time.monotonic() - start
    return result
