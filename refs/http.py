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
  the body, stops at ``max_bytes`` *after* decompression (a gzip bomb is cut,
  not inflated), and gives up after ``total_timeout`` seconds even when the
  server trickles. Failures are values (:class:`FetchResult` with ``error``),
  not exceptions: a bad page never stops a crawl.

Example::

    policy = NetPolicy(resolve=lambda host: ["127.0.0.2"], allow_private=True)
    session = make_session(policy, user_agent="scan/0.1 (+mailto:me@example.org)")
    result = fetch(session, "http://blog.example.org/post", max_bytes=2_000_000)
    result.status, result.final_url, result.body[:100]
"""

from __future__ import annotations

import ipaddress
import socket
import time
import zlib
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from refs.errors import RefsError

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
    link-local, multicast, reserved or unspecified)."""
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return bool(ip.is_global) and not ip.is_multicast


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


def make_session(policy: NetPolicy, *, user_agent: str, pool_size: int = 16):
    """A requests session whose connections obey ``policy``."""
    import requests
    from requests.adapters import HTTPAdapter

    classes = _pool_classes(policy)

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
    return session


def _pool_classes(policy: NetPolicy) -> dict:
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
                return sock
            except socket.timeout:
                last = ConnectTimeoutError(self, f"connection to {self.host} timed out")
            except OSError as exc:
                last = NewConnectionError(self, f"failed to connect to {self.host}: {exc}")
        raise last  # type: ignore[misc]

    class Conn(HTTPConnection):
        _new_conn = new_conn

    class SConn(HTTPSConnection):
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
          stop_redirect: Callable[[str], bool] | None = None) -> FetchResult:
    """Fetch ``url`` (see the module docstring). ``accept``, when given, lists
    the content types whose body is read; for others only the headers are kept.
    ``hop_guard``, when given, is called with each hop's URL and its context
    held while that hop's request is in flight: the link checker uses it to
    limit requests per host on every hop of a redirect chain. ``stop_redirect``,
    when given and true for a redirect's target, stops there (the caller has
    that page): the result has the redirect's status, the target as
    ``final_url`` and ``redirect_known`` set."""
    import requests
    from urllib3.exceptions import HTTPError as Urllib3Error, ReadTimeoutError

    result = FetchResult(url=url, final_url=url)
    start = time.monotonic()
    current = url
    seen = {url}
    try:
        for hop in range(max_redirects + 1):
            parts = urlsplit(current)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                return _failed(result, "bad-url", f"not an http(s) URL: {current}", start)
            # The guard (when given) is held while this hop's request is in flight.
            with hop_guard(current) if hop_guard is not None else nullcontext():
                resp = session.request(method, current, headers=headers, timeout=timeout, stream=True,
                                       allow_redirects=False)
                try:
                    result.status = resp.status_code
                    result.headers = {k.lower(): v for k, v in resp.headers.items()}
                    result.final_url = current
                    location = resp.headers.get("location")
                    if resp.status_code in (301, 302, 303, 307, 308) and location:
                        nxt = urljoin(current, location.strip())
                        result.redirects.append((current, resp.status_code))
                        if nxt in seen:
                            return _failed(result, "redirect-loop", f"redirect loop at {nxt}", start)
                        if stop_redirect is not None and stop_redirect(nxt):
                            result.final_url = nxt
                            result.redirect_known = True
                            result.elapsed = time.monotonic() - start
                            return result
                        seen.add(nxt)
                        current = nxt
                        if resp.status_code == 303:
                            method = "GET" if method != "HEAD" else "HEAD"
                        continue
                    if method != "HEAD" and (accept is None or result.content_type in accept
                                             or not result.content_type):
                        result.body, result.truncated = _read_body(resp, max_bytes, start + total_timeout)
                    result.elapsed = time.monotonic() - start
                    return result
                finally:
                    resp.close()
        return _failed(result, "too-many-redirects", f"more than {max_redirects} redirects", start)
    except ReadTimeoutError:
        return _failed(result, "timeout", "the server stopped answering (read timeout)", start)
    except _Deadline:
        result.truncated = True
        return _failed(result, "timeout", f"no complete answer within {total_timeout:g} s", start)
    except requests.exceptions.SSLError as exc:
        return _failed(result, "tls", f"TLS failure: {_reason(exc)}", start)
    except requests.exceptions.ConnectTimeout:
        return _failed(result, "timeout", "connection timed out", start)
    except requests.exceptions.ReadTimeout:
        return _failed(result, "timeout", "the server stopped answering (read timeout)", start)
    except requests.exceptions.ConnectionError as exc:
        text = _reason(exc)
        if isinstance(_root(exc), BlockedAddress):
            return _failed(result, "blocked", str(_root(exc)), start)
        if "NameResolution" in repr(exc) or "does not resolve" in text or "Name or service" in text:
            return _failed(result, "dns", f"the name {urlsplit(current).hostname} does not resolve", start)
        if "refused" in text.lower():
            return _failed(result, "refused", "connection refused", start)
        return _failed(result, "connection", text, start)
    except BlockedAddress as exc:
        return _failed(result, "blocked", str(exc), start)
    except (requests.exceptions.RequestException, Urllib3Error) as exc:
        return _failed(result, "connection", _reason(exc), start)


class _Deadline(Exception):
    pass


def _read_body(resp, max_bytes: int, deadline: float) -> tuple[bytes, bool]:
    """The body, decompressed, at most ``max_bytes``; True when cut short."""
    encoding = resp.headers.get("content-encoding", "").strip().lower()
    decomp = None
    if encoding in ("gzip", "x-gzip"):
        decomp = zlib.decompressobj(16 + zlib.MAX_WBITS)
    elif encoding == "deflate":
        decomp = zlib.decompressobj()
    out = bytearray()
    raw = resp.raw
    while True:
        if time.monotonic() > deadline:
            raise _Deadline()
        chunk = raw.read(16384, decode_content=False)
        if not chunk:
            break
        if decomp is not None:
            try:
                # max_length bounds what one chunk may inflate to: a bomb is cut here.
                data = decomp.decompress(chunk, max_bytes - len(out) + 1)
            except zlib.error:
                data = b""
                decomp = None
                out.extend(chunk)
        else:
            data = chunk
        out.extend(data)
        if len(out) > max_bytes:
            return bytes(out[:max_bytes]), True
    return bytes(out), False


def _root(exc: BaseException) -> BaseException:
    seen = set()
    while id(exc) not in seen:
        seen.add(id(exc))
        nxt = exc.__cause__ or exc.__context__
        if nxt is None and exc.args and isinstance(exc.args[0], BaseException):
            nxt = exc.args[0]
        if nxt is None:
            break
        if isinstance(nxt, BlockedAddress):
            return nxt
        exc = nxt
    return exc


def _reason(exc: BaseException) -> str:
    root = _root(exc)
    text = str(root) or type(root).__name__
    return text[:300]


def _failed(result: FetchResult, kind: str, message: str, start: float) -> FetchResult:
    result.error = message
    result.error_kind = kind
    result.elapsed = time.monotonic() - start
    return result
