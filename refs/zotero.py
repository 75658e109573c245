"""Zotero on this machine: references in (pull) and out (the connector).

Zotero's local server (``SCAN_ZOTERO``, default ``http://127.0.0.1:23119``)
speaks three dialects; we use each where it is documented:

- **Better BibTeX's pull export**, when the add-on is there:
  ``GET /better-bibtex/collection?/1/PATH.csljson`` (``/better-bibtex/library?/1/library.csljson``
  for the whole library) gives Better CSL JSON whose ``id`` is BBT's
  citekey, which we keep as ours.
- **Zotero's local API** otherwise: ``GET /api/users/0/collections`` to find
  the collection by name, path (``Thesis/Chapter 1``) or key, then
  ``GET /api/users/0/collections/KEY/items/top?format=csljson`` (``/api/users/0/items/top``
  for the library), paged by ``start``/``limit``. It must be enabled in
  Zotero (Settings, Advanced: "Allow other applications on this computer to
  communicate with Zotero"); its 403 says so.
- **The connector** for the way back: ``POST /connector/import`` with
  BibTeX saves the items into the collection selected in Zotero.

Each item read keeps Zotero's item key in the field ``zotero_key``
(``ABCD1234``; an item read through Better BibTeX, which does not give item
keys, is known by its citekey, ``bbt:KEY``), so a second import updates the
references it made instead of adding them again (:func:`refs.library.upsert_items`).

Failures raise :class:`ZoteroError` with one line that says what to do
(Zotero not running, the local API off, no such collection).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from urllib.parse import quote, urlsplit

from refs.errors import Problem, RefsError

__all__ = ["DEFAULT_ZOTERO", "ZoteroError", "ZoteroRead", "ZoteroSent", "export_zotero", "held_by_zotero",
           "read_zotero", "send_to_zotero", "item_key"]

DEFAULT_ZOTERO = "http://127.0.0.1:23119"
PAGE = 100
MAX_ITEMS = 100_000
USER_AGENT = "scan/0.1 (reference manager; Zotero import and export)"
_KEY = re.compile(r"^[A-Z0-9]{8}$")


class ZoteroError(RefsError):
    """Raised by :func:`read_zotero` and :func:`send_to_zotero` when Zotero
    cannot be reached or refuses; the message says what to do. Exit 2."""

    exit_code = 2


@dataclass
class ZoteroRead:
    """What was read: CSL items (each with ``zotero_key``), through which
    dialect (``better-bibtex`` or ``local-api``), and per-item problems."""

    items: list[dict]
    source: str
    problems: list[Problem] = field(default_factory=list)


def item_key(csl_id: object) -> str | None:
    """Zotero's item key from a local-API CSL id (``0/ABCD1234``), or from an
    item URI (``http://zotero.org/users/local/x/items/ABCD1234``).

    >>> item_key("0/ABCD1234"), item_key("http://zotero.org/users/1/items/QWER5678"), item_key("barr2013")
    ('ABCD1234', 'QWER5678', None)
    """
    tail = str(csl_id or "").rstrip("/").rsplit("/", 1)[-1]
    return tail if _KEY.match(tail) else None


class _Client:
    def __init__(self, base: str, resolve, timeout: float):
        from refs.http import NetPolicy, make_session, system_resolve

        self.base = base.rstrip("/")
        host = (urlsplit(self.base).hostname or "").lower()
        self.session = make_session(NetPolicy(resolve=resolve or system_resolve, trusted_hosts=frozenset({host})),
                                    user_agent=USER_AGENT, pool_size=2)
        self.timeout = timeout

    def call(self, path: str, *, method: str = "GET", data: bytes | None = None, headers: dict | None = None):
        from refs.http import fetch

        r = fetch(self.session, self.base + path, method=method, data=data, headers=headers, max_bytes=200_000_000,
                  timeout=(min(self.timeout, 10.0), self.timeout), total_timeout=4 * self.timeout)
        if r.error is not None:
            if r.error_kind in ("refused", "dns", "timeout", "connection"):
                raise ZoteroError(f"Zotero does not answer at {self.base} ({r.error}): start Zotero, or set "
                                  "SCAN_ZOTERO to where it listens")
            raise ZoteroError(f"{self.base}{path}: {r.error}")
        return r

    def close(self) -> None:
        self.session.close()


def read_zotero(base: str = DEFAULT_ZOTERO, collection: str | None = None, *, resolve=None,
                timeout: float = 30.0) -> ZoteroRead:
    """The items of ``collection`` (None: the whole library) of the Zotero
    running at ``base`` (see the module docstring)."""
    client = _Client(base, resolve, timeout)
    try:
        got = _through_bbt(client, collection)
        return got if got is not None else _through_local_api(client, collection)
    finally:
        client.close()


def _through_bbt(client: _Client, collection: str | None) -> ZoteroRead | None:
    path = (f"/better-bibtex/collection?/1/{quote(collection.strip('/'), safe='/')}.csljson" if collection
            else "/better-bibtex/library?/1/library.csljson")
    r = client.call(path)
    text = r.body.decode("utf-8", "replace")
    if r.status == 404 and "Could not export" in text:
        raise ZoteroError(f"Better BibTeX knows no collection {collection!r} in your library: give its name, "
                          "its path (Parent/Child) or its key")
    if r.status != 200:
        return None  # no Better BibTeX here: Zotero's own local API then
    items, problems = _csl(text, "Better BibTeX")
    unique: dict[str, dict] = {}
    for n, item in enumerate(items, 1):
        custom = item.get("custom") if isinstance(item.get("custom"), dict) else {}
        key = item_key(custom.get("uri"))
        if custom and set(custom) <= {"uri", "itemID"}:
            del item["custom"]  # Zotero's bookkeeping, not the reference's
        item["zotero_key"] = key or f"bbt:{item.get('id')}"
        if item["zotero_key"] in unique:  # two items one key: a second import could not tell which to update
            problems.append(Problem(f"item {n} is the Zotero item {item['zotero_key']} again; skipped",
                                    "Better BibTeX"))
            continue
        unique[item["zotero_key"]] = item
    return ZoteroRead(list(unique.values()), "better-bibtex", problems)


def _through_local_api(client: _Client, collection: str | None) -> ZoteroRead:
    scope = "/api/users/0"
    if collection:
        scope += f"/collections/{_collection_key(client, collection)}"
    items: list[dict] = []
    problems: list[Problem] = []
    seen: set[str] = set()
    start = 0
    while start < MAX_ITEMS:
        r = _local(client, f"{scope}/items/top?format=csljson&limit={PAGE}&start={start}")
        page, more = _csl(r.body.decode("utf-8", "replace"), "Zotero's local API")
        problems += more
        new = 0
        for item in page:
            key = item["zotero_key"] = item_key(item.get("id"))
            item.pop("id", None)  # "0/ABCD1234" is Zotero's, not a citekey: ours is made
            if key is None or key not in seen:
                items.append(item)
                new += key is not None
                seen.add(key)
        if len(page) < PAGE or not new:  # no item not read already: Zotero is going round
            break
        start += PAGE
    return ZoteroRead(items, "local-api", problems)


def _local(client: _Client, path: str):
    r = client.call(path, headers={"Zotero-API-Version": "3", "Accept": "application/json"})
    if r.status == 403:
        raise ZoteroError("Zotero's local API is off: in Zotero, Settings > Advanced, turn on \"Allow other "
                          "applications on this computer to communicate with Zotero\" (or install Better BibTeX)")
    if r.status == 404:
        raise ZoteroError(f"Zotero answered 404 for {path.split('?')[0]}: it is older than Zotero 7, which brought "
                          "the local API; update Zotero or install Better BibTeX")
    if r.status != 200:
        raise ZoteroError(f"Zotero answered {r.status} for {path.split('?')[0]}")
    return r


def _collection_key(client: _Client, wanted: str) -> str:
    """A collection's key from its key, name or path (``Parent/Child``), any case."""
    collections: dict[str, dict] = {}
    start = 0
    while start < MAX_ITEMS:
        r = _local(client, f"/api/users/0/collections?limit={PAGE}&start={start}")
        try:
            page = json.loads(r.body)
        except (ValueError, RecursionError):
            raise ZoteroError("Zotero's list of collections is not JSON") from None
        for c in page if isinstance(page, list) else []:
            data = c.get("data") if isinstance(c, dict) and isinstance(c.get("data"), dict) else {}
            key = str(c.get("key") or data.get("key") or "")
            if key:
                collections[key] = {"name": str(data.get("name") or ""), "parent": data.get("parentCollection")}
        if not isinstance(page, list) or len(page) < PAGE:
            break
        start += PAGE
    if wanted in collections:
        return wanted

    def path(key: str) -> str:
        names, seen = [], set()
        while key is not None and key not in seen:  # a loop of parents is walked once
            seen.add(key)
            names.append(collections[key]["name"])
            parent = collections[key]["parent"]
            key = parent if isinstance(parent, str) and parent in collections else None
        return "/".join(reversed(names))

    target = wanted.strip("/").casefold()
    hits = [k for k in collections if path(k).casefold() == target] or \
        [k for k in collections if collections[k]["name"].casefold() == target]
    if len(hits) == 1:
        return hits[0]
    if hits:
        raise ZoteroError(f"{len(hits)} collections are called {wanted!r}: give its path "
                          f"({', '.join(sorted(path(k) for k in hits))}) or its key")
    names = ", ".join(sorted(path(k) for k in collections)[:8]) or "none"
    raise ZoteroError(f"no collection {wanted!r} in your Zotero library (collections: {names})")


def _csl(text: str, who: str) -> tuple[list[dict], list[Problem]]:
    from refs.csljson import parse_csljson
    from refs.errors import BadInput

    try:
        return parse_csljson(text, who)
    except BadInput as exc:
        raise ZoteroError(f"{who} did not answer CSL-JSON ({exc})") from None


def send_to_zotero(bibtex: str, base: str = DEFAULT_ZOTERO, *, resolve=None, timeout: float = 60.0) -> int:
    """Save BibTeX into the collection selected in Zotero through its
    connector; returns how many items Zotero saved."""
    client = _Client(base, resolve, timeout)
    try:
        r = client.call("/connector/import", method="POST", data=bibtex.encode("utf-8"),
                        headers={"Content-Type": "application/x-bibtex; charset=utf-8",
                                 "X-Zotero-Connector-API-Version": "3"})
    finally:
        client.close()
    if r.status == 201:
        try:
            saved = json.loads(r.body)
        except (ValueError, RecursionError):
            saved = None
        return len(saved) if isinstance(saved, list) else 0
    if r.status == 400:
        raise ZoteroError("Zotero read nothing in what we sent (no import translator took it)")
    if r.status == 500 and b"libraryEditable" in r.body:
        raise ZoteroError("the library selected in Zotero is read-only: select one of yours in Zotero, then "
                          "export again")
    if r.status == 409:
        raise ZoteroError("Zotero is busy saving another import; try again in a moment")
    if r.status == 404:
        raise ZoteroError(f"nothing at {client.base}/connector/import: is that Zotero (SCAN_ZOTERO)?")
    raise ZoteroError(f"Zotero answered {r.status} to the import")


def import_zotero(ws, collection: str | None = None, *, base: str = DEFAULT_ZOTERO, resolve=None):
    """Read ``collection`` from Zotero and add it to the library, updating
    what an earlier import added (by ``zotero_key``). Returns ``(ZoteroRead,
    refs.library.UpsertReport)``."""
    from refs.library import upsert_items

    got = read_zotero(base, collection, resolve=resolve)
    report = upsert_items(ws, got.items, identity="zotero_key", command="scan import --zotero",
                          problems=got.problems)
    return got, report


@dataclass
class ZoteroSent:
    """What :func:`export_zotero` did: how many references it sent and Zotero
    saved, which it left out as in Zotero already (``(key, why)``), and
    whether it could read Zotero's library to tell (``checked``)."""

    sent: int
    saved: int
    already: list[tuple[str, str]] = field(default_factory=list)
    checked: bool = True


def held_by_zotero(items: list[dict], held: list[dict]) -> dict[str, str]:
    """Our keys of ``items`` that Zotero holds already (``held``, as
    :func:`read_zotero` reads them), each with why: the Zotero item it was
    imported from, or the same DOI, URL or title (:mod:`refs.dedupe`)."""
    from refs.dedupe import DuplicateIndex, find_duplicate

    keys = {str(h.get("zotero_key")) for h in held if h.get("zotero_key")}
    index = DuplicateIndex()
    for n, h in enumerate(held):
        index.add({**h, "id": h.get("id") or h.get("zotero_key") or f"zotero-{n}"})
    out: dict[str, str] = {}
    for item in items:
        key = str(item.get("id"))
        if item.get("zotero_key") and str(item["zotero_key"]) in keys:
            out[key] = "imported from it"
        elif (hit := find_duplicate(item, index)) is not None:
            out[key] = hit[1]
    return out


def export_zotero(items: list[dict], *, base: str = DEFAULT_ZOTERO, biblatex: bool = True,
                  resolve=None) -> ZoteroSent:
    """Send ``items`` to Zotero as BibTeX through its connector, leaving out
    those Zotero holds already (the connector can only add, so a second
    export would make every item twice). When Zotero's library cannot be read
    (its local API off, no Better BibTeX), everything is sent and
    ``checked`` is False."""
    from refs.formats import format_references

    try:
        held = read_zotero(base, None, resolve=resolve).items if items else []
        checked = True
    except ZoteroError:
        held, checked = [], False
    already = held_by_zotero(items, held)
    todo = [i for i in items if str(i.get("id")) not in already]
    saved = send_to_zotero(format_references(todo, "bibtex", biblatex=biblatex), base, resolve=resolve) if todo else 0
    return ZoteroSent(len(todo), saved, sorted(already.items()), checked)
