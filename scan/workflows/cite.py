"""``scan cite`` as one call: targets to references, added to the library.

A target is a citekey already in the library, a DOI (looked up through a
DOI resolver), a social post or video (read through its platform's public
endpoint: :mod:`refs.social`), a page of the scan (by id or URL), or a URL, which is fetched
under the crawl's rules (robots.txt, delay per host, size caps, address
safety) as a depth-0 crawl kept apart from the workspace's scan. Each
target's outcome is a value (:class:`CiteOutcome`): one that cannot be cited
does not stop the others. With ``archive``, each cited reference without a
snapshot gets one from Save Page Now (:mod:`refs.archive`).

    report = cite(ws, root, ["10.1000/xyz123", "p125f0910"], style="apa")
    [row["reference"] for row in report.rows]
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from scan.errors import BadUsage
from scan.page import CITABLE_KINDS


@dataclass
class CiteOutcome:
    """What citing one target did: the key it has in the library, whether it
    was added now (or was there already, ``duplicate_reason`` says why), or
    an error (the target could not be cited). With ``--no-add``, ``would_be``
    is the key it would get."""

    target: str
    key: str | None = None
    item: dict | None = None
    added: bool = False
    duplicate_reason: str | None = None
    error: str | None = None
    would_be: str | None = None
    archived_url: str | None = None      # the reference's snapshot (with --archive)
    archived_now: bool = False           # made by this run (else the reference had it)
    archive_error: str | None = None     # why --archive made no snapshot


@dataclass
class CiteReport:
    """The outcomes, in the order of the targets, and a row per outcome as
    ``scan cite --json`` prints it (``reference``/``citation`` formatted in
    the style; ``error`` for a target that could not be cited)."""

    outcomes: list[CiteOutcome]
    rows: list[dict] = field(default_factory=list)

    @property
    def failed(self) -> list[CiteOutcome]:
        return [o for o in self.outcomes if o.error]


def cite(ws, root: Path, targets: list[str], *, style: str | None = None, fmt: str = "text",
         min_score: float | None = None, kind: str | None = None, included: bool = False, no_add: bool = False,
         resolver: str | None = None, resolve=None, environ=None, archive: bool | None = None,
         allow_private: bool = False) -> CiteReport:
    """Cite ``targets`` (and, with ``min_score``, every scanned page of the
    kinds one cites, or of ``kind``, scoring at least that; with
    ``included``, every page included in screening); see the module
    docstring. Raises :class:`BadUsage` when there is nothing to cite, before
    anything is fetched or written.
    ``environ`` (default ``os.environ``) holds the platforms' endpoints
    (``SCAN_X_OEMBED``, ...: :mod:`refs.social.read`) and Save Page Now's
    (``SCAN_SAVE_PAGE_NOW``, ``SCAN_SPN_KEY``). With ``archive`` (default:
    scan.toml ``[cite] archive``) each cited reference without a snapshot
    gets one, stored as ``archived_url`` and ``archived_date``. With
    ``allow_private`` (or scan.toml ``[crawl] allow_private``) pages on
    loopback and private addresses are fetched too."""
    import os

    from refs.doi import DEFAULT_RESOLVER
    from scan.config import load_config

    from scan.options import check_url

    cfg = load_config(root)
    if resolver:
        check_url(resolver, "--doi-resolver")
    environ = os.environ if environ is None else environ
    posts = _post_reader(environ, resolve)
    archive = bool(cfg.cite.get("archive", False)) if archive is None else archive
    if archive and no_add:
        raise BadUsage("--archive stores a snapshot in each reference; it cannot go with --no-add")
    archiver = _archiver(environ, cfg, resolve) if archive else None
    style = str(style or cfg.cite.get("style") or "apa")
    from refs.formatting import TITLES, style_path

    style_path(style)  # an unknown style fails before anything is fetched or written
    titles = str(cfg.cite.get("titles") or "style")
    if titles not in TITLES:
        raise BadUsage(f"scan.toml: [cite] titles must be one of {', '.join(TITLES)} (got {titles!r})")
    if fmt not in ("text", "markdown", "html"):
        from scan.errors import BadOption

        raise BadOption("--format", f"takes text, markdown or html, not {fmt!r}")
    from scan.collection import load_scan, parse_kinds

    if kind is not None and min_score is None and not included:
        raise BadUsage("--kind chooses among the pages --min-score or --included cite; give one of them")
    kinds = parse_kinds(kind, default=None if included else CITABLE_KINDS)
    scan = load_scan(ws.db, cfg)
    scanned = {p.url: p for p in scan.pages}
    targets = list(targets) + _best_pages(ws, scan, min_score, kinds, included, given=bool(targets))
    if not targets:
        raise BadUsage("nothing to cite: give URLs, page ids, citekeys or DOIs, or --min-score, or --included")
    outcomes = _cite_all(ws, cfg, targets, scanned, no_add=no_add, resolver=resolver or DEFAULT_RESOLVER,
                         resolve=resolve, posts=posts, allow_private=allow_private)
    if no_add:
        _would_be_keys(ws, outcomes)
    if archiver is not None:
        try:
            _archive_all(ws, outcomes, archiver)
        finally:
            archiver.close()
    return CiteReport(outcomes, _rows(ws, outcomes, style, fmt, titles))


def _archiver(environ, cfg, resolve):
    """The Save Page Now client of ``--archive``, its settings checked first."""
    from refs.archive import DEFAULT_SAVE_PAGE_NOW, Archiver
    from refs.http import env_resolver
    from scan.options import check_url

    prefix = environ.get("SCAN_SAVE_PAGE_NOW", "").strip() or DEFAULT_SAVE_PAGE_NOW
    check_url(prefix, "SCAN_SAVE_PAGE_NOW")
    key = environ.get("SCAN_SPN_KEY", "").strip() or None
    if key is not None and (":" not in key or any(c.isspace() for c in key)):
        from scan.errors import BadOption

        raise BadOption("SCAN_SPN_KEY", "takes ACCESS:SECRET (your archive.org S3-like keys)")
    gap = cfg.cite.get("archive_delay")
    return Archiver(prefix, resolve=resolve or env_resolver(), key=key, gap=None if gap is None else float(gap))


def _archive_all(ws, outcomes: list[CiteOutcome], archiver) -> None:
    """A snapshot for each cited reference that has none (one per URL)."""
    from refs.library import edit_item, get_item

    for o in outcomes:
        if o.error or not o.key:
            continue
        item = get_item(ws, o.key)
        if item.get("archived_url"):
            o.archived_url = str(item["archived_url"])
            continue
        if not item.get("URL"):
            o.archive_error = "it has no URL to archive"
            continue
        snap = archiver.save(str(item["URL"]))
        if snap.error:
            o.archive_error = snap.error
            continue
        o.item, _ = edit_item(ws, o.key, {"archived_url": snap.archived_url, "archived_date": snap.archived_date})
        o.archived_url, o.archived_now = snap.archived_url, True


def _best_pages(ws, scan, min_score: float | None, kinds, included: bool, *, given: bool) -> list[str]:
    """The URLs of scanned pages scoring at least ``min_score`` (and/or
    included in screening), of ``kinds``, best first."""
    from scan.collection import select

    if min_score is None and not included:
        return []
    if min_score is not None:
        from scan.crawl.settings import check_value

        check_value("min_score", min_score, "--min-score")
    what = f"--min-score {min_score:g}" if min_score is not None else "--included"
    if not scan.exists:
        if given:
            return []
        raise BadUsage(f"{what}: there is no scan in {ws.db} yet; run `scan crawl SEED...` first")
    best = select(scan, kinds=kinds, min_score=min_score, included=included, fetched=True)
    if not best and not given:
        good = select(scan, kinds=kinds, fetched=True)
        among = f" of kinds {', '.join(kinds)}" if kinds and set(kinds) != set(CITABLE_KINDS) else ""
        if included:
            raise BadUsage(f"nothing to cite: no page{among} is included in screening (`scan screen` includes pages)")
        top = f"the best scores {good[0].score:.1f}" if good else "no page has a title to cite"
        raise BadUsage(f"nothing to cite: no scanned page{among} scores {min_score:g} or more ({top}; "
                       "`scan pages` lists them)")
    return [p.url for p in best]


def _cite_all(ws, cfg, targets: list[str], scanned: dict, *, no_add: bool, resolver: str,
              resolve, posts, allow_private: bool = False) -> list[CiteOutcome]:
    from refs.citekey import aliases
    from refs.library import list_items
    from scan.crawl.pages import find_page

    items = list_items(ws)
    known = {i["id"] for i in items}
    alias = aliases(items)  # a key among a reference's ids (biblatex's aliases) is that reference
    outcomes: list[CiteOutcome | None] = []
    dois = _DoiLookup(resolver, resolve)
    to_fetch: list[tuple[int, str]] = []
    for target in targets:
        if target in known or target in alias:
            outcomes.append(CiteOutcome(target, key=target if target in known else alias[target]))
            continue
        doi = dois.normalise(target)
        if doi is not None:
            item, error = dois.fetch(doi)
            outcomes.append(CiteOutcome(target, error=error) if item is None
                            else cite_item(ws, item, target=target, no_add=no_add))
            continue
        page = find_page(scanned, target)
        post = posts.recognise(page.url if page is not None else target)
        if post is not None:
            outcome = _in_library(ws, post.url) or _cite_post(ws, posts, post.url, target, no_add)
            if outcome is None:  # the host is no Mastodon instance after all: a web page
                outcomes.append(None)
                to_fetch.append((len(outcomes) - 1, target))
            else:
                outcomes.append(outcome)
            continue
        if page is not None and page.status == 200:
            outcomes.append(cite_item(ws, page.to_csl(), target=target, no_add=no_add))
        elif "://" in target:
            outcomes.append(_in_library(ws, target))
            if outcomes[-1] is None:
                to_fetch.append((len(outcomes) - 1, target))
        else:
            outcomes.append(CiteOutcome(target, error=f"{target!r} is neither a URL, a scanned page, a citekey in "
                                        "the library nor a DOI (`scan refs list` and `scan pages` show them)"))
    if to_fetch:
        fetched = fetch_pages([u for _, u in to_fetch], cfg, resolve=resolve, allow_private=allow_private)
        for (n, url), page in zip(to_fetch, fetched):
            outcomes[n] = _from_page(ws, url, page, no_add)
    return outcomes


def _post_reader(environ, resolve):
    """The reader of posts, its endpoints checked (:class:`BadOption` naming the variable)."""
    from refs.http import env_resolver
    from refs.social.read import ENV_VARS, Endpoints, PostReader
    from scan.options import check_url

    endpoints = Endpoints.from_env(environ)
    for name, var in ENV_VARS.items():
        if environ.get(var, "").strip():
            check_url(getattr(endpoints, name), var)
    return PostReader(endpoints, resolve=resolve or env_resolver())


def _cite_post(ws, posts, url: str, target: str, no_add: bool) -> CiteOutcome | None:
    """Read a post through its platform and cite it; None when its host
    turned out not to be a Mastodon instance (the caller fetches the page)."""
    result = posts.read(url)
    if result.not_a_post:
        return None
    if result.item is None:
        return CiteOutcome(target, error=f"{url}: {result.error}")
    return cite_item(ws, result.item, target=target, no_add=no_add)


class _DoiLookup:
    """DOIs through the resolver, with one session made on first use."""

    def __init__(self, resolver: str, resolve):
        self.resolver = resolver
        self.resolve = resolve
        self.session = None

    @staticmethod
    def normalise(target: str) -> str | None:
        from refs.values.doi import normalise_doi

        return normalise_doi(target)

    def fetch(self, doi: str) -> tuple[dict | None, str | None]:
        from refs.doi import fetch_doi

        if self.session is None:
            self.session = _doi_session(self.resolver, self.resolve)
        result = fetch_doi(self.session, doi, resolver=self.resolver)
        if result.item is None:
            return None, result.error
        result.item.setdefault("URL", f"https://doi.org/{doi}")
        return result.item, None


def _doi_session(resolver_url: str, resolve=None):
    from urllib.parse import urlsplit

    from refs.http import NetPolicy, env_resolver, make_session

    host = (urlsplit(resolver_url).hostname or "").lower()
    # The resolver is the user's own choice: trust it even on a private address (a mirror, a test server).
    policy = NetPolicy(resolve=resolve or env_resolver(), trusted_hosts=frozenset({host}))
    return make_session(policy, user_agent="scan/0.1 (reference manager; DOI lookup)")


def _from_page(ws, url: str, page: dict, no_add: bool) -> CiteOutcome:
    if page.status == 200 and not page.error and page.title is not None:
        return cite_item(ws, page.to_csl(), target=url, no_add=no_add)
    if page.error:
        why = page.error
    elif page.redirect_stopped:
        why = f"it redirects in a loop or too many times (last to {page.final_url})"
    elif page.status != 200:
        why = f"the server answered HTTP {page.status}"
    else:
        why = "not an HTML page"
    return CiteOutcome(url, error=why)


def cite_item(ws, item: dict, *, target: str, no_add: bool = False) -> CiteOutcome:
    """Add a CSL ``item`` to the library (once: same DOI or canonical URL is
    a duplicate) and return the outcome. With ``no_add`` nothing is written."""
    from refs import dedupe
    from refs.library import add_items, get_item, list_items

    if no_add:
        existing = list_items(ws)
        dup = dedupe.find_duplicate(item, dedupe.DuplicateIndex(existing))
        if dup is not None:
            key, reason = dup
            return CiteOutcome(target, key=key, item=next(i for i in existing if i["id"] == key),
                               duplicate_reason=reason)
        return CiteOutcome(target, key=None, item=item)
    report = add_items(ws, [item], command="scan cite")
    if report.added:
        key = report.added[0]
        return CiteOutcome(target, key=key, item=dict(item, id=key), added=True)
    if report.skipped:
        _, key, reason = report.skipped[0]
        return CiteOutcome(target, key=key, item=get_item(ws, key), duplicate_reason=reason)
    return CiteOutcome(target, error="not added (see the warnings above)")


def _would_be_keys(ws, outcomes: list[CiteOutcome]) -> None:
    """The keys ``--no-add`` items would get, as adding them would give."""
    from refs import citekey
    from refs.library import list_items

    new = [o for o in outcomes if o.item is not None and o.key is None and not o.error]
    keys = citekey.assign_keys([o.item for o in new], {i["id"] for i in list_items(ws)})
    for o, key in zip(new, keys):
        o.would_be = key
        o.item = dict(o.item, id=key)


def _in_library(ws, url: str) -> CiteOutcome | None:
    """The library's reference with this canonical URL, without fetching it again."""
    from refs import dedupe
    from refs.library import list_items

    items = list_items(ws)
    dup = dedupe.find_duplicate({"URL": url}, dedupe.DuplicateIndex(items))
    if dup is None:
        return None
    key, reason = dup
    return CiteOutcome(url, key=key, item=next(i for i in items if i["id"] == key), duplicate_reason=reason)


def fetch_pages(urls: list[str], cfg, resolve=None, allow_private: bool = False) -> list:
    """Fetch pages under the crawl's rules (robots.txt, delay per host, size
    caps, address safety), with nothing followed: a depth-0 crawl kept apart
    from the workspace's scan."""
    import tempfile

    from refs.http import env_resolver
    from scan.crawl.engine import crawl
    from scan.crawl.settings import build_settings, cli_name
    from scan.crawl.state import CrawlState
    from refs.values.urls import canonical
    from scan.errors import NoSeedFetched
    from scan.page import Page

    where = str(cfg.path) if cfg.path else "scan.toml"
    settings = build_settings((lambda k: f"{where} [crawl] {k}", cfg.crawl),
                              (cli_name, {"depth": 0, "max_pages": len(urls) * (1 + MAX_HOPS), "follow": "all",
                                          **({"allow_private": True} if allow_private else {})}))
    with tempfile.TemporaryDirectory(prefix="scan-cite-") as tmp:
        state = CrawlState(Path(tmp))
        state.start_new({"seeds": urls})
        try:
            result = crawl(state, urls, settings, resolve=resolve or env_resolver())
        except NoSeedFetched:
            pages = dict(state.pages)
        else:
            if result.interrupted:
                raise KeyboardInterrupt  # Ctrl-C stops the command, not just the fetching
            pages = {p.url: p for p in result.pages}
    out = []
    for u in urls:
        page = _moved_to(pages, pages.get(canonical(u) or u))
        out.append(page or Page(u, error="not a fetchable http(s) URL"))
    return out


MAX_HOPS = 5  # redirects to another host (or meta refreshes) followed from one cited URL


def _moved_to(pages: dict, page):
    """The page a redirect the crawl stopped at (to another host, a meta
    refresh) led to, hop by hop, at most :data:`MAX_HOPS`; the last page
    reached when the chain loops or goes on."""
    seen = set()
    while page is not None and page.redirect_stopped and page.url not in seen and len(seen) < MAX_HOPS:
        seen.add(page.url)
        nxt = pages.get(page.final_url)
        if nxt is None:
            break
        page = nxt
    return page


def _rows(ws, outcomes: list[CiteOutcome], style: str, fmt: str, titles: str = "style") -> list[dict]:
    """Each outcome as ``scan cite --json`` prints it: the reference and the
    in-text citations formatted in ``style``."""
    from refs.formatting import Cite, Formatter
    from refs.library import get_item, list_items

    items = list_items(ws)
    extra = [o.item for o in outcomes if o.item is not None and o.key is None]
    for n, item in enumerate(extra):
        item.setdefault("id", f"uncited{n + 1}")
    formatter = Formatter(items + extra, style, titles=titles) if items or extra else None
    rows = []
    for o in outcomes:
        if o.error:
            rows.append({"target": o.target, "error": o.error})
            continue
        key = o.key or o.item["id"]
        if o.item is None:
            o.item = get_item(ws, key)
        rows.append({"target": o.target, "key": o.key, "added": o.added, "would_be": o.would_be,
                     "duplicate": o.duplicate_reason, "archived_url": o.archived_url,
                     "archive_error": o.archive_error,
                     "reference": formatter.reference(key, fmt, links=True),
                     "citation": formatter.citation([Cite(key)], fmt),
                     "narrative": formatter.narrative(Cite(key), fmt)})
    return rows
