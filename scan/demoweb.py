"""The bundled demo web, served on loopback addresses (``scan demo``).

``scan/demo_data/web/<host>/...`` holds about thirty pages on five made-up
hosts under ``.example``; ``routes.json`` says what is not a plain page
(redirects, 404/410 answers, soft 404s, robots.txt, the seeds). Each host
gets a loopback address of its own (127.0.0.20, .21, ...) so that politeness
is per host as on the real web; the names reach scan through ``SCAN_HOSTS``.
Two helper services stand in for the internet: ``doi.example`` (a DOI
resolver that redirects the demo's DOIs to their articles) and
``archive.example`` (a Wayback-style availability API with snapshots).

A URL ``http://HOST/PATH`` is the file ``HOST/PATH`` (``index.html`` for a
path ending in ``/``, ``.html`` added to a path without one). Links in the
pages are written without ports; they are given the server's port as they
are served.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import PurePosixPath
from urllib.parse import parse_qs, quote, urlsplit

DOI_HOST = "doi.example"
ARCHIVE_HOST = "archive.example"
DOIS = {
    "10.5555/demo.2014.001": "http://edtech-journal.example/articles/2014/telementoring-beginning-teachers",
    "10.5555/demo.2014.002": "http://edtech-journal.example/articles/2014/hashtags-as-mentoring-networks",
}


class DemoWeb:
    """Serve the demo web until :meth:`stop`; ``hosts`` maps names to addresses."""

    def __init__(self, first_address: int = 20):
        root = resources.files("scan") / "demo_data" / "web"
        self.routes = json.loads((root / "routes.json").read_text(encoding="utf-8"))
        self.files: dict[str, bytes] = {}
        names = sorted(p.name for p in root.iterdir() if p.is_dir())
        for name in names:
            self._load(root / name, name)
        names += [DOI_HOST, ARCHIVE_HOST]
        self.hosts = {name: f"127.0.0.{first_address + n}" for n, name in enumerate(names)}
        self._servers: list[ThreadingHTTPServer] = []
        port = 0
        for name, address in self.hosts.items():
            server = _Server((address, port), _handler(self))
            port = server.server_address[1]
            self._servers.append(server)
        self.port = port
        self._rewrite = [(f"http://{h}/".encode(), f"http://{h}:{port}/".encode()) for h in self.hosts]

    def _load(self, folder, prefix: str) -> None:
        for entry in folder.iterdir():
            key = f"{prefix}/{entry.name}"
            if entry.is_dir():
                self._load(entry, key)
            else:
                self.files[key] = entry.read_bytes()

    # URLs as the outside sees them (with the port).
    def url(self, bare: str) -> str:
        parts = urlsplit(bare)
        return f"http://{parts.hostname}:{self.port}{parts.path or '/'}" + (f"?{parts.query}" if parts.query else "")

    @property
    def seeds(self) -> list[str]:
        return [self.url(s) for s in self.routes["seeds"]]

    @property
    def hosts_env(self) -> str:
        return ",".join(f"{name}={address}" for name, address in self.hosts.items())

    def start(self) -> "DemoWeb":
        for server in self._servers:
            # A short poll: stop() waits for each loop to notice the shutdown.
            threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        return self

    def stop(self) -> None:
        for server in self._servers:
            server.shutdown()
            server.server_close()

    def __enter__(self) -> "DemoWeb":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def with_port(self, text: bytes) -> bytes:
        """``text`` with the demo hosts' URLs given the server's port."""
        for old, new in self._rewrite:
            text = text.replace(old, new)
        return text

    # --- answers ---------------------------------------------------------------------

    def answer(self, host: str, path: str) -> tuple[int, dict[str, str], bytes]:
        """Status, headers and body for ``http://host{path}`` (path with query)."""
        bare = f"http://{host}{path.split('?')[0]}"
        if host == DOI_HOST:
            target = DOIS.get(path.lstrip("/").split("?")[0].lower())
            if target:
                return 302, {"Location": self.url(target)}, b""
            return 404, {"Content-Type": "text/plain"}, b"DOI not found"
        if host == ARCHIVE_HOST:
            return self._archive(path)
        if path.split("?")[0] == "/robots.txt":
            robots = self.routes.get("robots", {}).get(host)
            if robots is None:
                return 404, {"Content-Type": "text/plain"}, b"not found"
            return 200, {"Content-Type": "text/plain"}, robots.encode()
        if bare in self.routes.get("redirects", {}):
            target, status = self.routes["redirects"][bare]
            return status, {"Location": self.url(target)}, b""
        if bare in self.routes.get("status", {}):
            status = self.routes["status"][bare]
            return status, {"Content-Type": "text/html; charset=utf-8"}, b"<html><body><h1>Gone</h1></body></html>"
        body = self.files.get(_file_of(host, path.split("?")[0]))
        if body is None:
            soft = self.routes.get("soft404", {}).get(host)
            if soft is None:
                return 404, {"Content-Type": "text/html; charset=utf-8"}, b"<html><body><h1>Not found</h1></body></html>"
            body = self.files[soft]
        return 200, {"Content-Type": "text/html; charset=utf-8"}, self.with_port(body)

    def _archive(self, path: str) -> tuple[int, dict[str, str], bytes]:
        parts = urlsplit(path)
        if parts.path.startswith("/wayback/available"):
            url = (parse_qs(parts.query).get("url") or [""])[0]
            snapshot = {"available": True, "status": "200", "timestamp": "20130301000000",
                        "url": self.url(f"http://{ARCHIVE_HOST}/web/20130301000000/{quote(url, safe=':/')}")}
            data = {"url": url, "archived_snapshots": {"closest": snapshot} if url else {}}
            return 200, {"Content-Type": "application/json"}, json.dumps(data).encode()
        if parts.path.startswith("/web/"):
            original = parts.path.split("/", 3)[-1]
            page = (f"<html><head><title>Archived: {original}</title></head><body><p>An archived copy of "
                    f"{original}, as it was on 1 March 2013.</p></body></html>")
            return 200, {"Content-Type": "text/html; charset=utf-8"}, page.encode()
        return 404, {"Content-Type": "text/plain"}, b"not found"


def _file_of(host: str, path: str) -> str:
    if not path or path.endswith("/"):
        return f"{host}{path or '/'}index.html"
    if PurePosixPath(path).suffix == ".html":
        return f"{host}{path}"
    return f"{host}{path}.html"


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):  # a client hanging up is no error here
        pass


def _handler(web: DemoWeb):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def _serve(self, head: bool) -> None:
            host = (self.headers.get("Host") or "").split(":")[0].lower()
            status, headers, body = web.answer(host, self.path)
            self.send_response(status)
            for k, v in headers.items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if not head:
                self.wfile.write(body)

        def do_GET(self):
            self._serve(False)

        def do_HEAD(self):
            self._serve(True)

    return Handler
