"""The formatter: a reference list and its in-text citations in one style.

A :class:`Formatter` is made for the references handed in: disambiguation
(year suffixes, added names) looks at those and no others, so the same work
is ``Whitcombe (2013a)`` in a list that holds two Whitcombe 2013 items and
``Whitcombe (2013)`` in one that holds one. Each entry's sort key and each
citation's text is computed once; entries are rendered once, on demand, in
parallel worker processes for long lists, and handed out as they are ready
(:meth:`Formatter.iter_entries`).
"""

from __future__ import annotations

import html
import logging
import os
import pickle
import re
import warnings
from dataclasses import dataclass

from refs.errors import BadInput
from refs.formatting import items as _items
from refs.formatting.output import check_output, fix_punctuation, render_output, to_text
from refs.formatting.styles import DEFAULT_STYLE, is_apa, is_apa6, load

log = logging.getLogger(__name__)

_LOCATOR_LABELS = frozenset({"page", "paragraph", "chapter", "section", "figure", "line", "note",
                             "volume", "book", "column", "folio", "issue", "opus", "part", "sub-verbo",
                             "verse", "number", "table", "timestamp", "appendix"})
TITLES = ("style", "as-given")
# Lists at least this long are rendered by worker processes (when the OS can fork).
PARALLEL_MIN = 600
_PRIVATE = re.compile(r"[\ue000-\uf8ff]")


@dataclass(frozen=True)
class Cite:
    """One work cited inside a citation cluster. ``locator`` with ``label``
    (a CSL locator type: page, paragraph, chapter...) gives ``p. 4``."""

    key: str
    locator: str | None = None
    label: str = "page"
    prefix: str | None = None
    suffix: str | None = None


class Formatter:
    """Formats a set of references in one style. Disambiguation looks at all
    the items given, so give the list that the document hands in.

    ``titles``: ``"style"`` (APA styles write titles in sentence case) or
    ``"as-given"``. ``workers``: processes for long lists (default: the CPUs)."""

    def __init__(self, items: list[dict], style: str = DEFAULT_STYLE, *, titles: str = "style",
                 workers: int | None = None, parallel_min: int = PARALLEL_MIN):
        from citeproc.source.json import CiteProcJSON

        from refs.formatting.engine import Engine

        if titles not in TITLES:
            raise BadInput(f"unknown titles option {titles!r}; use one of {', '.join(TITLES)}")
        from refs.printed import resolve

        items = resolve(items)  # a crossref child takes what it lacks from its parent (when given too)
        self.style_name = style
        root = load(style)
        self._engine = Engine(root)
        self._apa = is_apa(root)
        self._apa6 = is_apa6(root)
        self._en_us = (root.get("default-locale") or "en-US").lower() == "en-us"
        self._workers = workers if workers is not None else (os.cpu_count() or 1)
        self._parallel_min = parallel_min
        self.items: dict[str, dict] = {}
        prepared = []
        iids: dict[str, str] = {}
        for n, item in enumerate(items):
            key = str(item.get("id") or f"item{n + 1}")
            if key in self.items:
                continue
            self.items[key] = item
            iids[key] = f"i{n}"
            prepared.append(_items.prepare_item(item, iids[key], apa=self._apa, apa6=self._apa6,
                                                sentence_titles=titles == "style"))
        with warnings.catch_warnings():
            # citeproc-py warns about every field it doesn't model; they are ours to keep, not errors.
            warnings.simplefilter("ignore")
            source = CiteProcJSON(prepared)
        self._refs = {key: source[iid] for key, iid in iids.items()}
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for prep in prepared:
                _items.name_lists(source[prep["id"]], prep)
        self._handles = {key: h for key, item in self.items.items()
                         if self._apa and (h := _items.handle_of(item))}
        self._position = {key: n for n, key in enumerate(self.items)}
        self._order_cache: list[str] | None = None
        self._sort_cache: dict[int, dict[str, tuple]] = {}  # sort level -> citekey -> value
        self._number: dict[str, int] | None = None
        self._numeric = root.find(".//{http://purl.org/net/xbiblio/csl}text[@variable='citation-number']") is not None
        self._names_for: dict[str, int] = {}
        self._given_for = self._given_names()
        self._suffixes: dict[str, str] = {}
        self._cache: dict[str, str | None] = {}
        self._disambiguate()

    # --- order and disambiguation ---------------------------------------------------

    @property
    def _order(self) -> list[str]:
        """Citekeys in the style's order (sort keys computed once, when first needed)."""
        if self._order_cache is None:
            self._order_cache = self._sorted()
        return self._order_cache

    def _item(self, key: str, **kwargs):
        from refs.formatting.engine import Item

        if self._number is None:
            # Only a numeric style's output depends on the order; others number by input.
            order = self._order if self._numeric else list(self.items)
            self._number = {k: n + 1 for n, k in enumerate(order)}
        return Item(key, self._refs[key], self._number.get(key, 1), **kwargs)

    def _sorted(self, keys: list[str] | None = None) -> list[str]:
        """``keys`` (all, by default) in the style's order. A key of the sort
        is computed only for the items that all the keys before it left tied
        (most are told apart by their authors), each once, the first in
        worker processes for a long list."""
        todo = list(self.items) if keys is None else sorted(keys, key=self._position.__getitem__)
        if not self._engine.sort_keys():
            return todo
        return self._sort_level(todo, 0)

    def _sort_level(self, group: list[str], level: int) -> list[str]:
        from refs.formatting.engine import sort_key_function

        spec = self._engine.sort_keys()
        if len(group) < 2 or level >= len(spec):
            return group
        values = self._sort_values(group, level)
        ordered = sorted(group, key=lambda k: sort_key_function([values[k]]))  # stable: input order breaks ties
        out: list[str] = []
        run: list[str] = []
        for key in ordered:
            if run and sort_key_function([values[run[0]]]) != sort_key_function([values[key]]):
                out += self._sort_level(run, level + 1)
                run = []
            run.append(key)
        return out + self._sort_level(run, level + 1)

    def _sort_values(self, group: list[str], level: int) -> dict:
        cache = self._sort_cache.setdefault(level, {})
        todo = [k for k in group if k not in cache]
        if len(todo) >= self._parallel_min and self._workers > 1 and hasattr(os, "fork"):
            cache.update(_parallel_map(lambda k: self._sort_value(k, level), todo, self._workers))
        for key in todo:
            if key not in cache:
                cache[key] = self._sort_value(key, level)
        return cache

    def _sort_value(self, key: str, level: int) -> tuple:
        from refs.formatting.engine import Item

        spec = self._engine.sort_keys()
        try:
            return self._engine.sort_value(Item(key, self._refs[key], self._position[key] + 1), spec[level])
        except Exception as exc:  # a citeproc-py failure on one item must not lose the list
            log.debug("no sort key for %s (%s)", key, exc)
            return (None, False)

    def _option(self, name: str) -> bool:
        return (self._engine.citation.get(name) or "").lower() == "true"

    def _cite_body(self, key: str, cite: Cite | None = None) -> str:
        """One cite, HTML, without the layout's affixes (et al. widened as
        disambiguation decided)."""
        kwargs = {}
        if cite is not None:
            from citeproc import Locator

            if cite.locator:
                label = cite.label if cite.label in _LOCATOR_LABELS else "page"
                kwargs["locator"] = Locator(label, str(cite.locator))
            # citeproc-js puts a space between a cite and a word-like affix: "(A, 2011 [!])".
            if cite.prefix:
                kwargs["prefix"] = cite.prefix if cite.prefix[-1:] in (" ", "(", "[") else cite.prefix + " "
            if cite.suffix:
                kwargs["suffix"] = cite.suffix if cite.suffix[:1] in (" ", ",", ";", ".", ")", "]") \
                    else " " + cite.suffix
        element = self._engine.citation
        names = self._names_for.get(key)
        old = element.get("et-al-use-first")
        if names:
            element.set("et-al-use-first", str(names))
        try:
            text = self._engine.cite(self._item(key, **kwargs))
        except Exception as exc:  # citeproc-py failing on one item: say so in place, never crash
            log.debug("cannot render a citation of %s (%s)", key, exc)
            text = html.escape(key)
        finally:
            if names:
                if old is None:
                    del element.attrib["et-al-use-first"]
                else:
                    element.set("et-al-use-first", old)
        return _with_given(_PRIVATE.sub("", text), self._given_for.get(key))

    def _given_names(self) -> dict[str, tuple[str, str]]:
        """citekey -> (given name or initials, family name) for works whose
        first author shares a family name with another person's among the
        references handed in: CSL's ``givenname-disambiguation-rule``
        ``primary-name`` and ``primary-name-with-initials`` (APA 8.20:
        ``(A. Smith, 2014; B. Smith, 2014)``, not ``(Smith, 2014a, 2014b)``).
        Citations show them whatever the year; ``by-cite`` (the default)
        is applied to citations that read alike (:meth:`_disambiguate`)."""
        rule = self._rule()
        if rule is None or not rule.startswith("primary-name"):
            return {}
        return self._expand(list(self._refs), rule)

    def _rule(self) -> str | None:
        if not self._option("disambiguate-add-givenname"):
            return None
        return self._engine.citation.get("givenname-disambiguation-rule") or "by-cite"

    def _expand(self, keys: list[str], rule: str) -> dict[str, tuple[str, str]]:
        """Given names (or initials) for the first authors of ``keys`` that
        are different people with one family name."""
        from refs.formatting.engine import initials

        people: dict[str, dict[str, str]] = {}  # family -> key -> given
        for key in keys:
            first = (self._refs[key].get("author") or self._refs[key].get("editor") or [None])[0]
            if first is None or not first.get("family") or not first.get("given"):
                continue
            family = " ".join(str(first.get(p)) for p in ("non-dropping-particle", "family") if first.get(p))
            people.setdefault(family, {})[key] = str(first.get("given"))
        initialised = self._engine.initialises()
        out: dict[str, tuple[str, str]] = {}
        for family, given in people.items():
            short = {key: initials(g) if initialised else g for key, g in given.items()}
            if len(set(short.values())) < 2:
                continue  # one person (or initials that cannot tell them apart)
            persons: dict[str, set] = {}
            for g in given.values():
                persons.setdefault(initials(g), set()).add(g)
            for key, g in given.items():
                # Initials two people share give way to the whole name: CSL's primary-name,
                # and APA 8.20 (whose apa.csl says "-with-initials").
                whole = (self._apa or not rule.endswith("with-initials")) and len(persons[initials(g)]) > 1
                out[key] = (g if whole else short[key], family)
        return out

    def _disambiguate(self) -> None:
        """Add names, then year suffixes, to works whose citations read alike."""
        add_names, add_suffix = self._option("disambiguate-add-names"), self._option("disambiguate-add-year-suffix")
        if len(self.items) < 2 or not (add_names or add_suffix):
            return
        # Only works that share a first name and a year can cite alike: render those alone.
        rough: dict[tuple, list[str]] = {}
        for key in self.items:
            rough.setdefault(_rough_key(self.items[key]), []).append(key)
        alike = {k for group in rough.values() if len(group) > 1 for k in group}
        if not alike:
            return
        order = [k for k in self._order_of(alike)]
        texts = {key: to_text(self._cite_body(key)) for key in order}
        groups = _collisions(texts, order)
        if add_names:
            for group in groups:
                self._add_names(group)
                texts.update({key: to_text(self._cite_body(key)) for key in group})
            groups = _collisions(texts, order)
        if self._rule() == "by-cite":
            for group in groups:
                self._given_for.update(self._expand(group, "by-cite"))
                texts.update({key: to_text(self._cite_body(key)) for key in group})
            groups = _collisions(texts, order)
        if not add_suffix:
            return
        for group in groups:
            for n, key in enumerate(group):
                self._suffixes[key] = _suffix(n)
                from citeproc.string import String

                self._refs[key]["year_suffix"] = String(self._suffixes[key])

    def _order_of(self, keys: set[str]) -> list[str]:
        """``keys`` in the style's order, sorting only them when the whole
        list has not been sorted yet."""
        if self._order_cache is not None or self._numeric:
            return [k for k in self._order if k in keys]
        return self._sorted(list(keys))

    def _add_names(self, group: list[str]) -> None:
        counts = {key: len(self._refs[key].get("author") or self._refs[key].get("editor") or [])
                  for key in group}
        if len({_name_tuple(self._refs[k]) for k in group}) < 2:
            return  # the same authors: only a year suffix can tell them apart
        start = int(self._engine.citation.get("et-al-use-first") or 1)
        for n in range(start + 1, max(counts.values()) + 1):
            for key in group:
                if counts[key] > start:
                    self._names_for[key] = min(n, counts[key])
            texts = [to_text(self._cite_body(k)) for k in group]
            if len(set(texts)) == len(texts):
                return

    # --- entries ------------------------------------------------------------------------

    def keys_in_order(self) -> list[str]:
        """Citekeys in the order the style sorts its reference list."""
        return list(self._order)

    def year_suffixes(self) -> dict[str, str]:
        """citekey -> year suffix, for the works that disambiguation gave one."""
        return dict(self._suffixes)

    def _check_key(self, key: str) -> str:
        if key not in self.items:
            raise BadInput(f"no reference with key {key!r} to format")
        return key

    def _render_entry(self, key: str) -> str | None:
        try:
            text = self._engine.entry(self._item(key))
        except Exception as exc:  # citeproc-py failing on one item must not lose the list
            log.warning("%s: the style could not render this reference (%s: %s); "
                        "it is listed by its key", key, type(exc).__name__, exc)
            text = html.escape(key)
        if text is None:
            return None
        return self._finish(key, text)

    def _finish(self, key: str, text: str) -> str:
        """What we fix after citeproc-py: punctuation, handles, a bare
        "Retrieved" before a URL, a wiki entry's full date."""
        text = fix_punctuation(text, self._en_us)
        handle = self._handles.get(key)
        if handle:
            text = re.sub(r",?\s*" + _items.HANDLE_MARK, lambda m: f" [{html.escape(handle)}]", text, count=1)
        text = _PRIVATE.sub("", text)
        retrieved = self._term("retrieved")
        if retrieved:
            text = re.sub(rf"(?i)\b{re.escape(retrieved)}\s+(?=https?://)", "", text)
        if self._apa and _items.dated_in_full(self.items[key], self._apa6):
            text = self._full_date(key, text)
        return text

    def _term(self, name: str) -> str:
        try:
            return str(self._engine.root.get_single_term(name))
        except Exception:
            return ""

    def _full_date(self, key: str, text: str) -> str:
        issued = self.items[key].get("issued")
        parts = ((issued if isinstance(issued, dict) else {}).get("date-parts") or [[]])[0]
        try:
            year, month = int(parts[0]), int(parts[1])
        except (IndexError, TypeError, ValueError):
            return text
        if not 1 <= month <= 12:
            return text
        day = f" {int(parts[2])}" if len(parts) > 2 and str(parts[2]).isdigit() else ""
        month_name = self._term(f"month-{month:02d}")
        if not month_name:
            return text
        return re.sub(rf"\(({year}[a-z]?)\)", lambda m: f"({m.group(1)}, {month_name}{day})", text, count=1)

    def _render_all(self, keys: list[str]) -> None:
        todo = [k for k in keys if k not in self._cache]
        if len(todo) >= self._parallel_min and self._workers > 1 and hasattr(os, "fork"):
            self._cache.update(_render_parallel(self, todo, self._workers))
        for key in todo:
            if key not in self._cache:
                self._cache[key] = self._render_entry(key)

    def iter_entries(self, keys: list[str] | None = None):
        """(citekey, HTML entry) pairs in the style's order, each handed out
        as soon as it is rendered."""
        wanted = set(self._check_key(k) for k in keys) if keys is not None else None
        order = [k for k in self._order if wanted is None or k in wanted]
        step = max(self._parallel_min, 1)
        for start in range(0, len(order), step * max(self._workers, 1)):
            chunk = order[start:start + step * max(self._workers, 1)]
            self._render_all(chunk)
            for key in chunk:
                if self._cache.get(key) is not None:
                    yield key, self._cache[key]

    def entries(self, keys: list[str] | None = None) -> list[tuple[str, str]]:
        """(citekey, HTML entry) pairs in the style's order."""
        return list(self.iter_entries(keys))

    def reference(self, key: str, fmt: str = "text", *, links: bool = False) -> str:
        """One reference-list entry (HTML: http(s) URLs linked with ``links``)."""
        check_output(fmt)
        self._check_key(key)
        self._render_all([key])
        return render_output([self._cache[key] or ""], fmt, wrap=False, links=links)

    def bibliography(self, keys: list[str] | None = None, fmt: str = "text", *, wrap: bool = True,
                     entry_ids: bool = False, links: bool = False) -> str:
        """The reference list (all items, or ``keys``), in ``fmt``: ``text``
        and ``markdown`` one entry a line (Markdown: a blank line between),
        ``html`` as citeproc-js does it (``csl-bib-body`` / ``csl-entry``,
        with ``data-csl-entry-id`` when ``entry_ids``; http(s) URLs linked
        with ``links``)."""
        check_output(fmt)
        pairs = self.entries(keys)
        return render_output([e for _, e in pairs], fmt, wrap=wrap,
                             ids=[k for k, _ in pairs] if entry_ids else None, links=links)

    def iter_bibliography(self, fmt: str = "text", keys: list[str] | None = None, *, links: bool = True):
        """The reference list as chunks of text to write out as they come
        (for ``fmt`` see :meth:`bibliography`)."""
        from refs.formatting.output import to_html

        check_output(fmt)
        if fmt == "html":
            yield '<div class="csl-bib-body">\n'
        first = True
        for key, entry in self.iter_entries(keys):
            if fmt == "html":
                yield f'  <div class="csl-entry">{to_html(entry, links=links)}</div>\n'
            else:
                yield ("" if first else ("\n\n" if fmt == "markdown" else "\n")) + render_output([entry], fmt, wrap=False)
            first = False
        yield "</div>\n" if fmt == "html" else ("\n" if not first else "")

    # --- citations ----------------------------------------------------------------------

    def citation(self, cites: list[Cite], fmt: str = "text") -> str:
        """A parenthetical citation cluster: ``(Hurt, 2012a, 2012b; Barr, 2013)``."""
        check_output(fmt)
        if not cites:
            return ""
        order = {key: n for n, key in enumerate(self._order)}
        parts = sorted(((self._check_key(c.key), c) for c in cites), key=lambda p: order.get(p[0], 0))
        layout = self._engine.citation.layout
        prefix, suffix = layout.get("prefix", ""), layout.get("suffix", "")
        delimiter = layout.get("delimiter", "; ")
        bodies = [self._cite_body(key, cite) for key, cite in parts]
        element = self._engine.citation
        if (element.get("collapse") or "").startswith("year"):
            people = [_name_tuple(self._refs[key]) for key, _ in parts]
            bodies = _collapse_years(bodies, element.get("year-suffix-delimiter")
                                     or element.get("cite-group-delimiter") or ", ", people)
        text = fix_punctuation(prefix + delimiter.join(bodies) + suffix, self._en_us)
        return render_output([text], fmt, wrap=False)

    def narrative(self, cite: Cite, fmt: str = "text") -> str:
        """The in-text narrative form, ``Barr and Oak (2013)``, derived from the
        parenthetical one (citeproc-py has no author-only form)."""
        paren = self.citation([cite], fmt="text")
        inner = paren[1:-1] if paren.startswith("(") and paren.endswith(")") else paren
        m = re.match(r"(.+?),?\s+((?:\d{4}[a-z]?|n\.d\.(?:-[a-z])?|in press|\d{4}[/–-]\d{4}).*)$", inner)
        if not m:
            return paren
        names, rest = m.group(1), m.group(2)
        names = names.replace(" & ", " and ")
        out = f"{names} ({rest})"
        return render_output([html.escape(out, quote=False)], fmt, wrap=False)


def _with_given(body: str, given: tuple[str, str] | None) -> str:
    """A cite body with the first author's given name (or initials) before
    the family name it starts with: ``Smith, 2014`` -> ``A. Smith, 2014``."""
    if not given:
        return body
    first, family = given
    family = html.escape(family, quote=False)
    at = body.find(family, 0, len(family) + 40)
    if at < 0 or body[:at].strip("([ ").strip():
        return body
    return body[:at] + html.escape(first, quote=False) + " " + body[at:]


def _rough_key(item: dict) -> tuple:
    """What any author-date citation of ``item`` shows first: its first
    author's name and its year. Works whose rough keys differ never cite
    alike; works without an author all share one (their titles stand in)."""
    from refs.formatting.richtext import plain

    names = item.get("author") or []
    first = names[0] if isinstance(names, list) and names and isinstance(names[0], dict) else {}
    who = first.get("family") or first.get("literal") or first.get("given") or ""
    who = re.sub(r"\W+", "", plain(str(who)).split("[@")[0]).casefold()
    issued = item.get("issued") if isinstance(item.get("issued"), dict) else {}
    parts = issued.get("date-parts") or [[None]]
    year = parts[0][0] if isinstance(parts, list) and parts and isinstance(parts[0], list) and parts[0] else None
    return who, str(year)


def _collisions(texts: dict[str, str], order: list[str]) -> list[list[str]]:
    seen: dict[str, list[str]] = {}
    for key in order:
        seen.setdefault(texts[key], []).append(key)
    return [g for g in seen.values() if len(g) > 1]


def _suffix(n: int) -> str:
    letters = "abcdefghijklmnopqrstuvwxyz"
    return letters[n] if n < 26 else letters[n // 26 - 1] + letters[n % 26]


def _name_tuple(reference) -> tuple:
    names = reference.get("author") or reference.get("editor") or []
    return tuple((n.get("family"), n.get("given"), n.get("literal")) for n in names)


_YEAR_PART = re.compile(r"^(?P<names>.*?)(?P<sep>,?\s+)(?P<year>(?:\d{4}|n\.d\.)(?:-?[a-z])?(?:[,;].*)?)$")


def _collapse_years(bodies: list[str], delimiter: str, people: list[tuple]) -> list[str]:
    """``Hurt, 2012a`` + ``Hurt, 2012b`` -> ``Hurt, 2012a, 2012b`` (adjacent, the
    same names written and the same ``people``: two A. Smiths stay apart)."""
    out: list[str] = []
    last_names = last_people = None
    for body, who in zip(bodies, people):
        m = _YEAR_PART.match(body)
        if m and last_names is not None and m.group("names") == last_names and who == last_people and out:
            out[-1] = out[-1] + delimiter + m.group("year")
        else:
            out.append(body)
        # A cite with a locator ends the run: "Hurt, 2012a, p. 4; Hurt, 2012b" stays apart.
        last_names = m.group("names") if m and "," not in m.group("year") and ";" not in m.group("year") else None
        last_people = who
    return out


# --- parallel rendering ----------------------------------------------------------------


def _render_parallel(formatter: Formatter, keys: list[str], workers: int) -> dict[str, str | None]:
    return _parallel_map(formatter._render_entry, keys, workers)


def _parallel_map(fn, keys: list[str], workers: int) -> dict:
    """``{key: fn(key)}`` computed in ``workers`` forked processes (the
    parent takes the first share itself). A worker closes every file it
    inherited but its pipe (it must not hold a workspace lock), computes,
    writes its results and exits; a worker that fails leaves its keys to
    the parent."""
    shares = [keys[i::workers] for i in range(workers)]
    children = []
    for share in shares[1:]:
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the worker
            try:
                os.close(read)
                _close_inherited(keep={0, 1, 2, write})
                data = pickle.dumps({k: fn(k) for k in share})
                with os.fdopen(write, "wb") as out:
                    out.write(data)
            finally:
                os._exit(0)
        os.close(write)
        children.append((pid, read, share))
    results = {k: fn(k) for k in shares[0]}
    for pid, read, share in children:
        with os.fdopen(read, "rb") as pipe:
            data = pipe.read()
        os.waitpid(pid, 0)
        try:
            results.update(pickle.loads(data))
        except Exception:  # a worker that died: its share is rendered here
            results.update({k: fn(k) for k in share})
    return results


def _close_inherited(keep: set[int]) -> None:
    try:
        fds = [int(n) for n in os.listdir("/proc/self/fd")]
    except OSError:
        fds = list(range(3, 256))
    for fd in fds:
        if fd not in keep:
            try:
                os.close(fd)
            except OSError:
                pass
