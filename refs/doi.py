"""A DOI's metadata, fetched as CSL-JSON (reading a DOI is :mod:`refs.values.doi`'s).

A DOI resolver (``https://doi.org`` by default) answers a request for
``/10.xxxx/yyy`` with ``Accept: application/vnd.citationstyles.csl+json``
by the work's CSL-JSON item (content negotiation). The resolver's base URL
is a parameter so tests and mirrors can stand in for it.

Fetching goes through :mod:`refs.http` (its address safety and size
limits); the outcome is a :class:`DoiResult` value, never an exception.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from refs.values.doi import DEFAULT_RESOLVER, doi_url

__all__ = ["DEFAULT_RESOLVER", "CSL_JSON", "DoiResult", "csl_from_resolver", "fetch_doi"]

CSL_JSON = "application/vnd.citationstyles.csl+json"


@dataclass
class DoiResult:
    doi: str
    item: dict | None = None
    error: str | None = None


def csl_from_resolver(body: bytes, doi: str) -> dict:
    """A resolver's CSL-JSON answer to one of our items: the DOI kept, the
    resolver's own bookkeeping fields dropped. Raises ValueError when it is not a CSL item."""
    data = json.loads(body.decode("utf-8"))
    if isinstance(data, list):
        data = data[0] if data else None
    if not isinstance(data, dict) or not (data.get("title") or data.get("type")):
        raise ValueError("the answer is not a CSL-JSON item")
    item = {k: v for k, v in data.items() if k not in ("id", "reference", "indexed", "deposited",
                                                        "content-domain", "score", "link", "license",
                                                        "assertion", "relation", "reference-count",
                                                        "references-count", "is-referenced-by-count",
                                                        "created", "member", "prefix", "source")}
    if isinstance(item.get("title"), list):
        item["title"] = item["title"][0] if item["title"] else ""
    if isinstance(item.get("container-title"), list):
        item["container-title"] = item["container-title"][0] if item["container-title"] else ""
    item["DOI"] = item.get("DOI") or doi
    item.setdefault("type", "article-journal")
    return item


def fetch_doi(session, doi: str, *, resolver: str = DEFAULT_RESOLVER, timeout: float = 20.0) -> DoiResult:
    """Ask ``resolver`` for the CSL-JSON of ``doi`` (through ``session``, a
    :func:`refs.http.make_session`)."""
    from refs.http import fetch

    url = doi_url(doi, resolver)
    result = fetch(session, url, headers={"Accept": CSL_JSON}, total_timeout=timeout, max_bytes=2_000_000)
    if result.error:
        return DoiResult(doi, error=f"{url}: {result.error}")
    if result.status == 404:
        return DoiResult(doi, error=f"{url}: the resolver does not know this DOI (404)")
    if result.status != 200:
        return DoiResult(doi, error=f"{url}: the resolver answered HTTP {result.status}")
    try:
        return DoiResult(doi, item=csl_from_resolver(result.body, doi))
    except (ValueError, UnicodeDecodeError) as exc:
        kind = result.content_type or "no content type"
        return DoiResult(doi, error=f"{url}: not CSL-JSON ({kind}; {exc})")
