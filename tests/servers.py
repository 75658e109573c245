"""Real HTTP servers on loopback addresses (127.0.0.2, 127.0.0.3, ... are
distinct hosts on Linux), with programmable routes and a server-side log of
every request, so tests check politeness and behaviour from the server's side.

    web = Web("127.0.0.2")
    web.route("/", Page(body=b"<html>...</html>"))
    web.route("/slow", Page(body=b"...", delay=0.5))
    web.route("/trickle", Page(body=b"..." * 1000, trickle=1.0))   # a byte a second
    with web:
        fetch(..., web.url("/"))
    web.route("/api", lambda request: Page(request.body))             # POST bodies too
    web.route("/bad", Page(raw=b"HTTP/1.1 abc OK\r\n\r\n"))        # bytes as sent, not HTTP
    web.log  # [(start, end, method, path, headers, body), ...]
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable


@dataclass
class Page:
    """What a route answers. ``delay`` waits before answering; ``stall_after``
    sends that many body bytes, then hangs for ``stall`` seconds; ``trickle``
    sends the body one byte every ``trickle`` seconds (``trickle_headers``:
    the status line and headers too), as a hostile server does. ``raw``, when
    given, is the whole answer as sent (status line, headers and body), for
    answers that are not valid HTTP; the connection is closed after it."""

    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str = "text/html; charset=utf-8"
    delay: float = 0.0
    stall_after: int | None = None
    stall: float = 30.0
    trickle: float | None = None
    trickle_headers: bool = False
    raw: bytes | None = None


@dataclass
class Hit:
    start: float
    end: float
    method: str
    path: str
    headers: dict[str, str]
    body: bytes = b""


class Web:
    def __init__(self, host: str = "127.0.0.2", port: int = 0, name: str | None = None):
        self.host = host
        self.name = name or host
        self.routes: dict[str, Page | Callable[["Request"], Page]] = {}
        self.log: list[Hit] = []
        self._lock = threading.Lock()
        web = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # headers and body leave in two writes: with Nagle's algorithm on, the second waits for the client's
            # delayed ACK (40 ms on Linux), which made every page of a one-at-a-time crawl cost that long
            disable_nagle_algorithm = True

            def log_message(self, *args):  # quiet
                pass

            def _serve(self, method: str):
                start = time.monotonic()
                path = self.path
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length > 0 else b""
                route = web.routes.get(path) or web.routes.get(path.split("?")[0])
                if route is None:
                    page = Page(b"not found", status=404, content_type="text/plain")
                elif callable(route):
                    page = route(Request(method, path, dict(self.headers), body))
                else:
                    page = route
                if page.delay:
                    time.sleep(page.delay)
                try:
                    if page.raw is not None:
                        self.wfile.write(page.raw)
                        self.wfile.flush()
                        self.close_connection = True
                        return
                    if page.trickle is not None and page.trickle_headers:
                        head = (f"HTTP/1.1 {page.status} OK\r\nContent-Type: {page.content_type}\r\n"
                                f"Content-Length: {len(page.body)}\r\n\r\n").encode()
                        _trickle(self.wfile, head + page.body, page.trickle)
                        self.close_connection = True
                        return
                    self.send_response(page.status)
                    if page.content_type:
                        self.send_header("Content-Type", page.content_type)
                    for k, v in page.headers.items():
                        self.send_header(k, v)
                    self.send_header("Content-Length", str(len(page.body)))
                    self.end_headers()
                    if method != "HEAD":
                        if page.trickle is not None:
                            self.wfile.flush()
                            _trickle(self.wfile, page.body, page.trickle)
                            self.close_connection = True
                        elif page.stall_after is not None:
                            self.wfile.write(page.body[:page.stall_after])
                            self.wfile.flush()
                            time.sleep(page.stall)
                            self.close_connection = True
                        else:
                            self.wfile.write(page.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass
                finally:
                    with web._lock:
                        web.log.append(Hit(start, time.monotonic(), method, path, dict(self.headers), body))

            def do_GET(self):
                self._serve("GET")

            def do_HEAD(self):
                self._serve("HEAD")

            def do_POST(self):
                self._serve("POST")

        class Server(ThreadingHTTPServer):
            def handle_error(self, request, client_address):  # clients hanging up early are expected
                pass

        self._server = Server((host, port), Handler)
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        self._thread: threading.Thread | None = None

    def route(self, path: str, page: Page | Callable[["Request"], Page]) -> None:
        self.routes[path] = page

    def url(self, path: str = "/", host: str | None = None) -> str:
        return f"http://{host or self.name}:{self.port}{path}"

    def hits(self, path: str | None = None, method: str | None = None) -> list[Hit]:
        with self._lock:
            return [h for h in self.log if (path is None or h.path == path) and (method is None or h.method == method)]

    def start(self) -> "Web":
        # A short poll: shutdown() waits for the loop to notice, and the default
        # 0.5 s per server added up to ~20 s of teardown over the suite.
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.02},
                                        daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> "Web":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def _trickle(out, data: bytes, every: float) -> None:
    """Send ``data`` a byte at a time, ``every`` seconds apart, until the
    client hangs up."""
    for n in range(len(data)):
        out.write(data[n:n + 1])
        out.flush()
        time.sleep(every)


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes = b""
