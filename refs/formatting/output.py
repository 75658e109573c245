"""Rendered HTML to what the user asked for: text, Markdown or HTML.

Every entry is rendered once, as an HTML fragment in which all text is
escaped and the only tags are CSL's (``<i>``, ``<b>``, ``<sup>``, ``<sub>``,
small caps): see :mod:`refs.formatting.richtext`. From it:

- ``text``: the tags dropped, entities decoded;
- ``markdown``: italics as ``*...*``, bold as ``**...**``; characters that
  would make Markdown markup (``*``, ``_``, ``<``, ``](``) escaped;
- ``html``: as citeproc-js writes it (``csl-bib-body``/``csl-entry``,
  ``&#38;``); with ``links``, http(s) URLs become links (no other scheme
  ever does: a ``javascript:`` URL stays text).

``fix_punctuation`` collapses punctuation as citeproc-js does: no period
after a title ending in ``?``, ``!``, ``:`` or ``;``, ``..`` to ``.``, and in en-US a period
or comma after a closing quotation mark moves inside it.
"""

from __future__ import annotations

import html
import re

from refs.errors import BadInput

OUTPUTS = ("text", "markdown", "html")

_TAGS = re.compile(r"<[^>]+>")
_ITALIC = re.compile(r"<(i|em)>(.*?)</\1>", re.S)
_BOLD = re.compile(r"<(b|strong)>(.*?)</\1>", re.S)
_SPAN_ITALIC = re.compile(r'<span style="font-style: ?italic;?">(.*?)</span>', re.S)
_HTTP = re.compile(r"https?://[^\s<>\"]+")
_ENTITY_END = re.compile(r"&#?\w+;$")


def to_text(html_text: str) -> str:
    return html.unescape(_TAGS.sub("", html_text))


def to_markdown(html_text: str) -> str:
    text = html_text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_")
    text = text.replace("](", "\\](").replace("&lt;", "\\&lt;")
    text = _SPAN_ITALIC.sub(lambda m: f"*{m.group(1)}*", text)
    text = _ITALIC.sub(lambda m: f"*{m.group(2)}*", text)
    text = _BOLD.sub(lambda m: f"**{m.group(2)}**", text)
    # URLs keep their underscores and asterisks.
    text = re.sub(r"https?://\S+", lambda m: m.group(0).replace("\\_", "_").replace("\\*", "*"), text)
    return to_text(text)


def to_html(html_text: str, *, links: bool = False) -> str:
    """citeproc-js escaping (``&#38;`` for an ampersand); with ``links``,
    http(s) URLs as links."""
    text = html_text.replace("&amp;", "&#38;")
    if links:
        text = _linked(text)
    return text


def _link(m: re.Match) -> str:
    url = m.group(0)
    tail = ""
    while url and url[-1] in ".,;:)]" and not (url[-1] == ";" and _ENTITY_END.search(url)):
        url, tail = url[:-1], url[-1] + tail
    return f'<a href="{url}">{url}</a>{tail}'


def _linked(text: str) -> str:
    out = []
    last = 0
    for piece in re.finditer(r"<[^>]*>", text + "<>"):
        chunk = text[last:piece.start()]
        out.append(_HTTP.sub(_link, chunk))
        out.append(piece.group(0) if piece.start() < len(text) else "")
        last = piece.end()
    return "".join(out)


def render_output(entries: list[str], fmt: str, *, wrap: bool = True, ids: list[str] | None = None,
                  links: bool = False) -> str:
    """HTML entries as ``fmt``: ``text`` and ``markdown`` one entry a line
    (Markdown: a blank line between), ``html`` as citeproc-js does it."""
    if fmt == "html":
        body = [to_html(e, links=links) for e in entries]
        if not wrap:
            return "".join(body)
        attrs = [f' data-csl-entry-id="{html.escape(i, quote=True)}"' for i in ids] if ids else [""] * len(body)
        inner = "".join(f'  <div{a} class="csl-entry">{e}</div>\n' for a, e in zip(attrs, body))
        return f'<div class="csl-bib-body">\n{inner}</div>'
    if fmt == "markdown":
        return ("\n\n" if wrap else "").join(to_markdown(e) for e in entries)
    if fmt == "text":
        return ("\n" if wrap else "").join(to_text(e) for e in entries)
    raise BadInput(f"unknown output {fmt!r}; use one of {', '.join(OUTPUTS)}")


def check_output(fmt: str) -> None:
    if fmt not in OUTPUTS:
        raise BadInput(f"unknown output {fmt!r}; use one of {', '.join(OUTPUTS)}")


_URL = re.compile(r"(?:https?://|doi:|www\.)\S+")
_END_MARK = re.compile(r"([?!])((?:</[a-z]+>|[”’\"])*)\.")
_DOUBLE_PERIOD = re.compile(r"(?<!\.)\.((?:</[a-z]+>)*)\.(?!\.)")
_MARK_PERIOD = re.compile(r"([:;,])((?:</[a-z]+>)*)\.(?!\.)")
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
            piece = _MARK_PERIOD.sub(r"\1\2", piece)
            if en_us:
                piece = _QUOTE_PUNCT.sub(r"\2\1", piece)
                piece = re.sub(r"([?!])(”)[.,]", r"\1\2", piece)
        out.append(piece)
    return "".join(out)
