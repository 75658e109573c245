"""A synthetic web for the crawl benchmarks, served from a process of its own.

``python bench/webfarm.py --pages 2000 --hosts 8`` builds ``pages`` pages from
the real pages of ../shared/corpus/pages (their own links removed, so that no
tool wanders off to the internet), page ``i`` on host ``i % hosts``
(127.0.0.10, 127.0.0.11, ...; links use the addresses, so no tool needs a resolver), each linking to pages ``2i+1`` and
``2i+2`` (a binary tree: every page is reachable from ``/p0`` within depth
log2(pages)) and, with ``--delay``, answering each request that late. It
prints one JSON line, ``{"hosts": {"h0.bench": "127.0.0.10", ...}, "port":
N, "seed": "http://127.0.0.10:N/p0"}``, then serves until killed.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("SCAN_CORPUS", ROOT.parent / "shared" / "corpus"))
_HREF = re.compile(rb"\shref\s*=", re.I)
_BODY_END = re.compile(rb"</body>", re.I)


def corpus_pages(limit: int = 694) -> list[bytes]:
    files = sorted((CORPUS / "pages").glob("*.html.gz"))[:limit]
    if not files:
        raise SystemExit(f"no corpus pages under {CORPUS / 'pages'}; set SCAN_CORPUS")
    out = []
    for f in files:
        data = gzip.decompress(f.read_bytes())
        if 10_000 <= len(data) <= 400_000:
            out.append(_HREF.sub(b" data-href=", data))
    return out


def build(pages: int, ips: list[str], port: int) -> dict[str, bytes]:
    hosts = len(ips)
    bodies = corpus_pages()
    site: dict[str, bytes] = {}
    for i in range(pages):
        host = ips[i % hosts]
        links = []
        for child in (2 * i + 1, 2 * i + 2):
            if child < pages:
                links.append(f'<a href="http://{ips[child % hosts]}:{port}/p{child}">mentoring post {child}</a>')
        block = ("<main><article><p>Mentoring and Twitter: next posts " + " and ".join(links)
                 + ".</p></article></main>").encode()
        base = bodies[i % len(bodies)]
        m = _BODY_END.search(base)
        page = base[: m.start()] + block + base[m.start():] if m else base + block
        site[f"{host}/p{i}"] = page
    return site


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=2000)
    ap.add_argument("--hosts", type=int, default=8)
    ap.add_argument("--delay", type=float, default=0.0)
    ap.add_argument("--first-ip", type=int, default=10)
    args = ap.parse_args()
    names = {f"h{n}.bench": f"127.0.0.{args.first_ip + n}" for n in range(args.hosts)}
    servers = []
    port = 0
    site: dict[str, bytes] = {}

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *a):
            pass

        def do_GET(self):
            if args.delay:
                time.sleep(args.delay)
            host = self.server.server_address[0]
            body = site.get(f"{host}{self.path}")
            if body is None:
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    for name, ip in names.items():
        srv = ThreadingHTTPServer((ip, port), Handler)
        srv.daemon_threads = True
        port = srv.server_address[1]
        servers.append(srv)
    site.update(build(args.pages, list(names.values()), port))
    for srv in servers:
        threading.Thread(target=srv.serve_forever, daemon=True).start()
    first = names["h0.bench"]
    sys.stdout.write(json.dumps({"hosts": names, "port": port, "seed": f"http://{first}:{port}/p0"}) + "\n")
    sys.stdout.flush()
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
