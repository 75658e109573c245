"""The HTML report in a real headless Chromium (Debian's ``chromium`` package).

The test starts Chromium itself and drives it through the DevTools protocol
with the small WebSocket client below (standard library only): it opens the
report from a file:// URL, clicks table headers with real mouse events and
reads the DOM back. It checks that the page renders, that the graph has one
node per page, that sorting works (numbers numerically), and that a page
title carrying markup neither runs nor inserts anything. Skipped, saying why,
where /usr/bin/chromium (or ``SCAN_CHROMIUM``) is absent; ``.ci/run``
installs it.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import socket
import struct
import subprocess
import time
import urllib.request
from urllib.parse import urlsplit

import pytest

from scan.report.data import build_report
from scan.report.html import render_html
from tests.test_report import EVIL, EVIL_TITLE, TOPIC, make_pages, page

CHROMIUM = os.environ.get("SCAN_CHROMIUM", "/usr/bin/chromium")

pytestmark = pytest.mark.skipif(not (os.path.exists(CHROMIUM) and os.access(CHROMIUM, os.X_OK)),
                                reason=f"Chromium is absent ({CHROMIUM}); `apt-get install chromium` "
                                       "(as .ci/run does) or set SCAN_CHROMIUM to run the browser tests")


class WebSocket:
    """Just enough of RFC 6455 for the DevTools protocol: text frames, masked
    from us, unmasked (maybe fragmented) from the browser; pings answered."""

    def __init__(self, url: str, timeout: float = 30.0):
        u = urlsplit(url)
        self.sock = socket.create_connection((u.hostname, u.port), timeout=timeout)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall((f"GET {u.path} HTTP/1.1\r\nHost: {u.hostname}:{u.port}\r\nUpgrade: websocket\r\n"
                           f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n")
                          .encode())
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = self.sock.recv(1)
            if not chunk:
                raise ConnectionError("the browser closed the connection during the handshake")
            head += chunk
        if not head.startswith(b"HTTP/1.1 101"):
            raise ConnectionError(f"handshake refused: {head.decode(errors='replace')}")

    def _exact(self, n: int) -> bytes:
        data = b""
        while len(data) < n:
            chunk = self.sock.recv(n - len(data))
            if not chunk:
                raise ConnectionError("the browser closed the connection")
            data += chunk
        return data

    def _frame(self, opcode: int, payload: bytes) -> None:
        mask = os.urandom(4)
        n = len(payload)
        if n < 126:
            header = struct.pack("!BB", 0x80 | opcode, 0x80 | n)
        elif n < 65536:
            header = struct.pack("!BBH", 0x80 | opcode, 0x80 | 126, n)
        else:
            header = struct.pack("!BBQ", 0x80 | opcode, 0x80 | 127, n)
        self.sock.sendall(header + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload)))

    def send(self, text: str) -> None:
        self._frame(0x1, text.encode())

    def recv(self) -> str:
        message = b""
        while True:
            b0, b1 = self._exact(2)
            n = b1 & 0x7F
            if n == 126:
                n = struct.unpack("!H", self._exact(2))[0]
            elif n == 127:
                n = struct.unpack("!Q", self._exact(8))[0]
            mask = self._exact(4) if b1 & 0x80 else None
            data = self._exact(n)
            if mask:
                data = bytes(b ^ mask[i % 4] for i, b in enumerate(data))
            opcode = b0 & 0x0F
            if opcode == 0x9:
                self._frame(0xA, data)
                continue
            if opcode == 0x8:
                raise ConnectionError("the browser closed the WebSocket")
            message += data
            if b0 & 0x80:
                return message.decode()

    def close(self) -> None:
        try:
            self._frame(0x8, b"")
        except OSError:
            pass
        self.sock.close()


class Page:
    """One browser tab over the DevTools protocol."""

    def __init__(self, ws_url: str):
        self.ws = WebSocket(ws_url)
        self.next_id = 0
        self.events: list[dict] = []
        self.call("Page.enable")
        self.call("Runtime.enable")

    def call(self, method: str, **params) -> dict:
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            msg = json.loads(self.ws.recv())
            if msg.get("id") == self.next_id:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                return msg.get("result", {})
            self.events.append(msg)

    def wait_event(self, method: str, timeout: float = 30.0) -> dict:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for n, ev in enumerate(self.events):
                if ev.get("method") == method:
                    return self.events.pop(n)
            self.events.append(json.loads(self.ws.recv()))
        raise TimeoutError(method)

    def open(self, url: str) -> None:
        self.events.clear()
        self.call("Page.navigate", url=url)
        self.wait_event("Page.loadEventFired")

    def eval(self, expression: str):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def click(self, selector: str) -> None:
        """A real mouse click (pressed, released) in the middle of the element."""
        box = self.eval(f"(function () {{ var e = document.querySelector({json.dumps(selector)}); "
                        "e.scrollIntoView({block: 'center'}); var r = e.getBoundingClientRect(); "
                        "return [r.left + r.width / 2, r.top + r.height / 2]; })()")
        for kind in ("mousePressed", "mouseReleased"):
            self.call("Input.dispatchMouseEvent", type=kind, x=box[0], y=box[1], button="left", clickCount=1)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    profile = tmp_path_factory.mktemp("chromium-profile")
    proc = subprocess.Popen(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
         "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
         "--no-default-browser-check", "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
         f"--user-data-dir={profile}", "about:blank"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        port_file = profile / "DevToolsActivePort"
        deadline = time.monotonic() + 60
        while not (port_file.exists() and port_file.read_text().strip()):
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"Chromium did not start (exit {proc.poll()})")
            time.sleep(0.1)
        port = int(port_file.read_text().split()[0])
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))   # never through a proxy
        with opener.open(f"http://127.0.0.1:{port}/json/list", timeout=10) as resp:
            targets = json.load(resp)
        tab = Page(next(t["webSocketDebuggerUrl"] for t in targets if t["type"] == "page"))
        yield tab
        tab.ws.close()
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def report_url(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("report") / "report.html"
    # Every kind of page, so the dead one has a row to sort by its status.
    path.write_text(render_html(build_report(make_pages(), TOPIC, kinds=None)), encoding="utf-8")
    return path.as_uri()


def column(tab: Page, table: str, col: int) -> list[str]:
    return tab.eval(f"Array.prototype.map.call(document.querySelectorAll('#{table} tbody tr'), "
                    f"function (r) {{ return r.cells[{col}].textContent.trim(); }})")


def test_the_report_renders(browser, report_url):
    browser.open(report_url)
    assert browser.eval("document.title") == "scan report"
    assert browser.eval("document.getElementById('summary').textContent").startswith("5 pages (1 with errors)")
    for section in ("themes", "matrix", "keywords", "pages", "hosts", "depths", "graph"):
        assert browser.eval(f"document.getElementById('{section}').getBoundingClientRect().height") > 20
    svg = browser.eval("(function () { var r = document.getElementById('link-graph').getBoundingClientRect();"
                       " return [r.width, r.height]; })()")
    assert svg[0] > 100 and svg[1] > 50


def test_the_graph_has_one_node_per_page_with_a_tooltip(browser, report_url):
    browser.open(report_url)
    nodes = browser.eval("Array.prototype.map.call(document.querySelectorAll('#link-graph circle.node'), "
                         "function (c) { var r = c.getBoundingClientRect(); "
                         "return [c.getAttribute('data-id'), r.width, c.querySelector('title').textContent]; })")
    assert sorted(n[0] for n in nodes) == sorted(p.id for p in make_pages())
    assert all(n[1] > 0 for n in nodes)
    by_id = {n[0]: n[2] for n in nodes}
    for p in make_pages():
        assert p.url in by_id[p.id]
    evil = next(p for p in make_pages() if p.url == EVIL)
    assert by_id[evil.id].startswith(EVIL_TITLE + "\n")


def test_clicking_headers_sorts(browser, report_url):
    browser.open(report_url)
    # Keyword hits 12, 5, 4, 3: numerically, not as text ("12" < "3").
    assert column(browser, "keywords-table", 2) == ["12", "5", "4", "3"]
    browser.click("#keywords-table th:nth-child(3)")
    assert column(browser, "keywords-table", 2) == ["12", "5", "4", "3"]
    assert browser.eval("document.querySelector('#keywords-table th:nth-child(3)').getAttribute('aria-sort')") \
        == "descending"
    browser.click("#keywords-table th:nth-child(3)")
    assert column(browser, "keywords-table", 2) == ["3", "4", "5", "12"]
    # Text: alphabetically, case-insensitively, first click ascending.
    browser.click("#keywords-table th:nth-child(1)")
    assert column(browser, "keywords-table", 0) == ["blog", "mentor", "peer mentoring", "Twitter"]
    assert browser.eval("document.querySelector('#keywords-table th:nth-child(3)').hasAttribute('aria-sort')") \
        is False
    # The rows move whole: each keyword keeps its hits.
    assert column(browser, "keywords-table", 2) == ["4", "12", "5", "3"]
    # Status: a number column with 200 and 404; Enter on a focused header sorts too.
    status = 1 + browser.eval("Array.prototype.map.call(document.querySelectorAll('#pages-table th'), "
                              "function (h) { return h.textContent.trim(); }).indexOf('Status')")
    browser.eval(f"document.querySelector('#pages-table th:nth-child({status})').focus()")
    for kind in ("keyDown", "keyUp"):
        browser.call("Input.dispatchKeyEvent", type=kind, key="Enter", code="Enter", windowsVirtualKeyCode=13)
    assert column(browser, "pages-table", status - 1)[0] == "404"


def test_an_injected_title_shows_as_text_and_runs_nothing(browser, report_url):
    browser.open(report_url)
    assert browser.eval("document.title") == "scan report"
    assert browser.eval("document.body.hasAttribute('data-pwned')") is False
    assert browser.eval("document.images.length") == 0
    assert browser.eval("document.scripts.length") == 1
    assert EVIL_TITLE in browser.eval("document.getElementById('pages-table').innerText")


def test_the_check_would_catch_an_injection(browser, tmp_path):
    """The same title pasted raw, without the CSP, does run: the checks above can fail."""
    raw = tmp_path / "raw.html"
    raw.write_text(f"<!DOCTYPE html><html><head><title>raw</title></head><body><p>{EVIL_TITLE}</p></body></html>")
    browser.open(raw.as_uri())
    assert browser.eval("document.body.getAttribute('data-pwned')") == "1"


def test_a_large_scan_renders(browser, tmp_path):
    seed = "https://seed.example/"
    pages = [page(seed, 0, None, "seed", 90.0, {}, {"Mentoring": 3})]
    pages += [page(f"https://h{i % 40}.example/{i}", 1, seed, f"page {i}", float(i % 100), {}, {}) for i in range(1500)]
    path = tmp_path / "big.html"
    path.write_text(render_html(build_report(pages, TOPIC)), encoding="utf-8")
    started = time.monotonic()
    browser.open(path.as_uri())
    assert time.monotonic() - started < 20
    assert browser.eval("document.querySelectorAll('#link-graph circle.node').length") == 1501


def test_the_csp_stops_scripts_even_if_escaping_failed(browser, tmp_path, monkeypatch):
    """The second layer: with escaping switched off, the injected script is
    in the page, and the Content-Security-Policy still keeps it from running."""
    import scan.report.html as report_html

    monkeypatch.setattr(report_html, "esc", lambda value: "" if value is None else str(value))
    path = tmp_path / "unescaped.html"
    path.write_text(report_html.render_html(build_report(make_pages(), TOPIC)), encoding="utf-8")
    browser.open(path.as_uri())
    assert browser.eval("document.scripts.length") > 1          # the injection is there...
    assert browser.eval("document.title") == "scan report"        # ...and did not run
    assert browser.eval("document.body.hasAttribute('data-pwned')") is False
