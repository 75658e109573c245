"""citeproc-py, made fast and mended where it departs from CSL.

citeproc-py walks the style's XML tree for every entry and answers most of
its questions with an XPath query (the macro named X, the enclosing layout,
the locale's term Y): for a 2,000-line style like APA that is ~500 queries an
entry, and sort keys are compared through ``cmp_to_key`` with conversions on
every comparison. This module parses a style with our own subclasses of
citeproc-py's element classes (no global patching: a style loaded elsewhere
stays citeproc-py's own) which

- **cache** what never changes once the style is loaded: XPath answers, the
  root, macros by name, the enclosing layout, locale terms;
- **fix** what citeproc-py gets wrong, each checked by a test in
  tests/test_formatting.py:

  * a date *range* renders as CSL says (common parts once, the differing
    parts joined by the range delimiter: ``2019, March 4–6``,
    ``2016, March 30–April 2``); citeproc-py raised TypeError or lost the year;
  * ``text-case="title"`` on a label (APA's ``(Eds.)``) applies when the item
    has no ``language`` (citeproc-py treated "no language" as "not English");
  * a variable that stood in for a missing author (``cs:substitute``) is
    suppressed in the rest of the entry, also when it was rendered through a
    macro or is a name variable (APA 6's edited book printed its editors
    twice; an entry without author printed its title twice);
  * a ``cs:group`` vanishes when the variables it *actually* called are all
    empty (citeproc-py asked every branch of a ``cs:choose``, so a
    dissertation without number printed ``(Publication)``);
  * a localised date-part's overrides (``<date form="text"><date-part
    name="month" form="short"/>``) apply to that date only (citeproc-py
    copied them into the locale for good).

Rendering goes through :class:`Engine`: one entry, one cite, or one item's
sort key at a time, with no registry of cites (citeproc-py's
``CitationStylesBibliography`` keeps lists it searches linearly, which made
a whole library quadratic).
"""

from __future__ import annotations

import os
import re
import unicodedata
import warnings
from functools import cmp_to_key

from citeproc import DATES, LANGUAGE_NAMES, LOCALES_PATH, NAMES, NUMBERS, PRIMARY_DIALECTS, model
from citeproc.source import CitationItem, DateRange, LiteralDate, VariableError
from citeproc.string import join
from lxml import etree

NS = "http://purl.org/net/xbiblio/csl"
_TEXT_TAG = f"{{{NS}}}text"
_NAMES_TAG = f"{{{NS}}}names"


class StyleError(Exception):
    """Raised by :func:`load_style` when a file is not a usable CSL style."""


# --- caching --------------------------------------------------------------------------


class _Fast:
    """Memoised look-ups for every element class (first in the MRO).

    lxml hands out a fresh Python proxy for an element unless one is alive,
    so the style keeps a reference to every element (``Style._keep``) and
    the memos kept in each proxy's ``__dict__`` last as long as the style."""

    def _memo(self) -> dict:
        try:
            return self.__dict__["_scan_memo"]
        except KeyError:
            memo = self.__dict__["_scan_memo"] = {}
            return memo

    def xpath_search(self, expression):
        memo = self._memo()
        try:
            return memo[expression]
        except KeyError:
            found = memo[expression] = self.xpath(expression, namespaces=self.nsmap)
            return found

    def get_root(self):
        d = self.__dict__
        try:
            return d["_scan_root"]
        except KeyError:
            root = d["_scan_root"] = self.getroottree().getroot()
            return root

    def get_formatter(self):
        d = self.__dict__
        try:
            return d["_scan_formatter"]
        except KeyError:
            found = d["_scan_formatter"] = super().get_formatter()
            return found

    def get_macro(self, name):
        memo = self.get_root()._memo()
        key = ("macro", name)
        try:
            return memo[key]
        except KeyError:
            found = self.get_root().xpath_search(f"cs:macro[@name='{name}'][1]")
            if not found:
                raise StyleError(f"the style calls a macro it does not define: {name!r}") from None
            memo[key] = found[0]
            return found[0]

    def get_layout(self):
        d = self.__dict__
        try:
            return d["_scan_layout"]
        except KeyError:
            layout = d["_scan_layout"] = self.xpath_search("./ancestor-or-self::cs:layout[1]")[0]
            return layout

    def get_term(self, name, form=None, fallback_locale=True, zero_padded=False):
        root = self.get_root()
        memo = root._memo()
        key = ("term", name, form, fallback_locale, zero_padded)
        try:
            return memo[key]
        except KeyError:
            term = super().get_term(name, form, fallback_locale, zero_padded)
            if term is None and form in _TERM_FALLBACK:
                # CSL: verb-short falls back to verb, symbol to short, and those to long.
                term = self.get_term(name, _TERM_FALLBACK[form], fallback_locale, zero_padded)
            memo[key] = term
            return term

    def get_date(self, form):
        memo = self.get_root()._memo()
        key = ("date", form)
        try:
            return memo[key]
        except KeyError:
            found = memo[key] = super().get_date(form)
            return found

    def get_locale_option(self, name):
        memo = self.get_root()._memo()
        key = ("locale-option", name)
        try:
            return memo[key]
        except KeyError:
            found = memo[key] = super().get_locale_option(name)
            return found

    def unicode_character(self, name):
        memo = self.get_root()._memo()
        key = ("char", name)
        try:
            return memo[key]
        except KeyError:
            found = memo[key] = super().unicode_character(name)
            return found


_TERM_FALLBACK = {"verb-short": "verb", "symbol": "short", "verb": None, "short": None}


def _default_language(element) -> str:
    root = element.get_root()
    memo = root._memo()
    try:
        return memo["lang"]
    except KeyError:
        style = getattr(root, "style", None)  # a locale's root points at its style
        source = style if style is not None else root
        memo["lang"] = (source.get("default-locale") or "en-US")[:2]
        return memo["lang"]


class _Cased:
    """CSL: an item without ``language`` is taken to be in the style's
    language; citeproc-py treated it as non-English and skipped title case.

    citeproc-py cased word by word over ``str.split()`` and joined the words
    with blanks: a nocase span glued to the text beside it (BibTeX's
    ``{{Computer}}-Supported``, ``"{{What}} Is"``) got a blank at the seam
    (``Computer -Supported``, ``" What Is``), and the text's own spacing was
    squeezed. Words are cased here in place; a word that goes on across a
    seam is cased by its first piece only."""

    def case(self, text, language=None):
        language = language or _default_language(self)
        text_case = self.get("text-case")
        if text_case in ("title", "capitalize-all", "sentence") and not (text_case == "title" and language != "en"):
            return _case_in_place(text, text_case, model.TextCased._stop_words)
        return super().case(text, language)


def _pieces(text):
    if isinstance(text, list):  # citeproc's MixedString: String and NoCase pieces
        for piece in text:
            yield from _pieces(piece)
    else:
        yield text


def _case_in_place(text, text_case: str, stop_words) -> object:
    """citeproc-py's title, capitalize-all and sentence case, word by word,
    keeping every blank and every seam between pieces where they were."""
    from citeproc.string import MixedString

    tokens = []  # (class, text, glued: goes on a word that an earlier piece began)
    glued = False
    for piece in _pieces(text):
        for chunk in re.split(r"(\s+)", str(piece)):
            if chunk:
                tokens.append((piece.__class__, chunk, glued and not chunk.isspace()))
                glued = not chunk.isspace()
    whole_upper = text_case == "sentence" and str(text).isupper()
    out = []
    prev = ":"          # title case: the first word is capitalised
    first = True
    for cls, chunk, on in tokens:
        if chunk.isspace():
            out.append(cls(chunk))
            continue
        if text_case == "title" and re.search(r"-(?=[^\W_])", chunk) \
                and not any(c.isupper() for c in chunk.split("-", 1)[1]):
            # As citeproc-js and pandoc: each part of a hyphenated word is a word
            # (Twenty-Sixth), unless a capital after the first part says it is a name (e-NABLE).
            head, *parts = re.split(r"-(?=[^\W_])", chunk)
            head = cls(head) if on or not head else _case_word(cls(head), text_case, prev, first, False, stop_words)
            word = cls("-".join([str(head)] + [str(_case_word(cls(p), text_case, "-", False, False, stop_words))
                                               for p in parts]))
        else:
            word = cls(chunk) if on else _case_word(cls(chunk), text_case, prev, first, whole_upper, stop_words)
        first = first and on
        prev = str(word)[-1]
        out.append(word)
    return MixedString(out) if out else text


def _case_word(word, text_case: str, prev: str, first: bool, whole_upper: bool, stop_words):
    """One word in citeproc-py's rules, read as citeproc-js reads it: by its
    letters (a quote or bracket around it does not make ``'making'`` or
    ``of-`` another word than ``making`` and ``of``)."""
    core = re.sub(r"^[\W_]+|[\W_]+$", "", str(word))
    if text_case == "capitalize-all":
        return _capitalise(word)
    if text_case == "sentence":
        if not whole_upper and not word.isupper():
            word = word.soft_lower()
        return _capitalise(word) if first else word
    if word.islower() and (core not in stop_words or prev in (":", ".")):
        return _capitalise(word)
    return word.soft_lower() if word.islower() else word


_OPENING = "'\"‘“‚„«‹([{¿¡"


def _capitalise(word):
    """The word's first letter in capitals, after any quote or bracket
    before it; a nocase piece is left as it is."""
    text = str(word)
    at = len(text) - len(text.lstrip(_OPENING))
    if at == 0 or at == len(text) or word.capitalize_first() is word:
        return word.capitalize_first()
    return word.__class__(text[:at] + text[at].upper() + text[at + 1:])


# --- variables the render actually called (for cs:group and cs:substitute) ------------


class _Track:
    """Counts, per group being rendered, the variables called and those that
    rendered something; also records variables rendered inside a substitute."""

    # Generated, not called: an empty one must not make its group vanish (as in citeproc-py).
    GENERATED = frozenset({"year-suffix"})

    @staticmethod
    def note(element, variable: str, rendered: bool) -> None:
        if variable in _Track.GENERATED:
            return
        layout = element.get_layout() if element.get_root().tag == f"{{{NS}}}style" else None
        if layout is None:
            return
        frames = layout.__dict__.get("_scan_frames")
        if frames:
            frame = frames[-1]
            frame[0] += 1
            if rendered:
                frame[1] += 1
        recording = layout.__dict__.get("_scan_recording")
        if recording is not None and rendered:
            recording.add(variable)


def _suppressed(element, variable: str) -> bool:
    layout = element.get_layout()
    gone = layout.__dict__.get("_scan_suppressed")
    return bool(gone) and variable in gone


# --- element classes -------------------------------------------------------------------


class Style(_Fast, model.Style):
    def set_locale_list(self, output_locale, validate=False):
        """citeproc-py's lookup order, with locale files parsed by our classes."""
        self.locales = []
        added = set()

        def in_style(lang):
            expr = f'./cs:locale[@xml:lang="{lang}"]' if lang else "./cs:locale[not(@xml:lang)]"
            self.locales.extend(self.xpath_search(expr)[:1])

        def from_file(lang):
            if lang in added:
                return
            path = os.path.join(LOCALES_PATH, f"locales-{lang}.xml")
            if not os.path.isfile(path):
                return
            self.locales.append(_parse(path).getroot())
            added.add(lang)

        language = output_locale.split("-")[0]
        in_style(output_locale)
        in_style(language)
        in_style(None)
        if output_locale in LANGUAGE_NAMES:
            from_file(output_locale)
        if language in PRIMARY_DIALECTS:
            from_file(PRIMARY_DIALECTS[language])
        from_file("en-US")
        for locale in self.locales:
            locale.style = self
            self._keep.extend(locale.iter())


class Locale(_Fast, model.Locale):
    def get_term(self, name, form=None, zero_padded=False):
        memo = self._memo()
        key = ("lterm", name, form, zero_padded)
        if key not in memo:
            try:
                memo[key] = model.Locale.get_term(self, name, form, zero_padded)
            except IndexError:
                memo[key] = None
        if memo[key] is None:
            raise IndexError(name)
        return memo[key]


class Term(_Fast, model.Term):
    @property
    def single(self):
        memo = self._memo()
        if "single" not in memo:
            memo["single"] = model.Term.single.fget(self)
        return memo["single"]

    @property
    def multiple(self):
        memo = self._memo()
        if "multiple" not in memo:
            memo["multiple"] = model.Term.multiple.fget(self)
        return memo["multiple"]


class _Pages:
    """``page-range-format="expanded"`` writes the last page in full
    (``548-55`` -> ``548–555``); citeproc-py kept it as given. The other
    formats shorten from the full form, as CSL says."""

    def _format_last_page(self, first, last):
        if first.isdigit() and last.isdigit() and len(last) < len(first):
            last = first[: len(first) - len(last)] + last
        return super()._format_last_page(first, last)


class Text(_Pages, _Cased, _Fast, model.Text):
    def _variable(self, item, context):
        variable = self.get("variable")
        if _suppressed(context, variable):
            return None
        try:
            text = super()._variable(item, context)
        except VariableError:
            _Track.note(context, variable, False)
            raise
        _Track.note(context, variable, bool(text))
        return text


class Number(_Pages, _Cased, _Fast, model.Number):
    def process(self, item, context=None, **kwargs):
        variable = self.get("variable")
        if variable != "locator" and _suppressed(context if context is not None else self, variable):
            return None
        try:
            text = super().process(item, context, **kwargs)
        except VariableError:
            _Track.note(context if context is not None else self, variable, False)
            raise
        _Track.note(context if context is not None else self, variable, bool(text))
        return text


_VERSION_NUMBER = re.compile(r"[A-Za-z]*\d+(?:[.\-_]\d+)*[A-Za-z]*(?:[-+.][\w.]+)?")


class Label(_Cased, _Fast, model.Label):
    def process(self, item, variable=None, plural=None, context=None, **kwargs):
        """A version that is not a number gets no label, as citeproc-js (and
        Zotero) print it: ``ChatGPT (Mar 14 version)``, not ``(Version Mar
        14 version)``; ``(Version 4.3.2)`` as before."""
        if (variable or self.get("variable")) == "version":
            value = str(item.reference.get("version") or "").strip()
            if value and not _VERSION_NUMBER.fullmatch(value):
                return None
        return super().process(item, variable=variable, plural=plural, context=context, **kwargs)

    def _is_plural(self, item):
        """A report's or a bill's number with a hyphen is one identifier
        (``NIH Publication No. 18-2424``), not a range: only a list (``,``,
        ``&``, ``and``) or an en dash makes ``number`` plural."""
        if self.get("variable") == "number":
            value = str(item.reference.get("number") or "")
            return bool(re.search(r"\d\s*(?:,|&|\band\b|–)\s*\w*\d", value))
        return super()._is_plural(item)


class Name_Part(_Cased, _Fast, model.Name_Part):  # noqa: N801 - citeproc-py's naming
    pass


class Names(_Fast, model.Names):
    def process(self, item, names_context=None, context=None, **kwargs):
        """Called variables are counted; substituted (suppressed) ones
        skipped; a bare ``cs:names`` anywhere inside a substitute (also
        within a ``cs:choose``) takes the name options of the names it
        stands in for."""
        ctx = context if context is not None else self
        if names_context is None and self.name is None:
            outer = self.xpath_search("ancestor::cs:substitute[1]/parent::cs:names")
            if outer:
                names_context = outer[0]
        roles = self.get("variable", "").split()
        kept = [r for r in roles if not _suppressed(ctx, r)]
        for role in roles:
            _Track.note(ctx, role, role in kept and role.replace("-", "_") in item.reference)
        if kept != roles:
            if not kept:
                substitute = self.substitute()
                if substitute is None:
                    raise VariableError
                return substitute.render(item, context=context, **kwargs)
            original = self.get("variable")
            self.set("variable", " ".join(kept))
            try:
                return super().process(item, names_context, context, **kwargs)
            finally:
                self.set("variable", original)
        return super().process(item, names_context, context, **kwargs)

    def get_parent_delimiter(self, context=None):
        ctx = context if context is not None else self
        memo = ctx._memo()
        if "parent-delim" not in memo:
            memo["parent-delim"] = model.Names.get_parent_delimiter(self, ctx)
        return memo["parent-delim"]


_MARKUP = re.compile(r"<[^>]*>|&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")


_RUN_TOGETHER = re.compile(r"[A-Z]{2,3}")


def initials(given: str, mark: str = ". ", hyphen: bool = True) -> str:
    """Initials from given names, as CSL's ``initialize-with`` writes them:
    ``Jessica M.`` -> ``J. M.``; a lone letter is an initial in any case
    (``a`` -> ``a.``), and so is each part of a hyphenated name
    (``Sung-young`` -> ``S.-y.``, with ``hyphen``); other lowercase words
    stay as particles (``de``).

        >>> initials("Chien-Chun"), initials("Jessica M."), initials("Maria de"), initials("SD")
        ('C.-C.', 'J. M.', 'M. de', 'S. D.')
    """
    # Markup and escapes are no letters: "<b>John</b>" is J., "&lt;svg" no "&." (a lone "<" or "&" in HTML)
    given = _MARKUP.sub("", given)
    parts = given.split("-") if hyphen else [given.replace("-", " ")]
    dot, gap = mark.rstrip(), mark[len(mark.rstrip()):]
    out = []
    for part in parts:
        text, previous_initial = "", False
        words = part.replace(".", " ").split()
        # Initials written together (Web of Science's "Sampson, SD", Vancouver's
        # "Smith JA") are initials each: S. D.
        words = [w for word in words for w in (list(word) if _RUN_TOGETHER.fullmatch(word) else [word])]
        for word in words:
            # A part of a hyphenated name is an initial whatever its case: Sung-young -> S.-y.
            if word[0].isupper() or len(word) == 1 or not word.isalpha() or len(parts) > 1:
                text += (gap if previous_initial else (" " if text else "")) + word[0] + dot
                previous_initial = True
            else:
                text += (" " if text else "") + word
                previous_initial = False
        out.append(text.strip())
    return "-".join(out)


class Name(_Fast, model.Name):
    def initialize(self, given, mark, context):
        """:func:`initials` (citeproc-py took a lone lowercase letter for a
        particle, ``. a``, and kept ``S.-young``)."""
        return initials(given, mark, bool(self.get_option("initialize-with-hyphen", context)))

    def process(self, item, variable, context=None, sort_options=None, **kwargs):
        """A list no longer than ``et-al-use-first`` is never truncated:
        citeproc-py wrote "et al." after all three names of a three-author
        work once disambiguation showed them (``Danaher, Schoepp, Rhodes, et
        al.``; APA: ``Danaher, Schoepp, & Rhodes``)."""
        names = item.reference.get(variable) or []
        try:
            first = self.get_option("et-al-use-first", context, sort_options)
        except (IndexError, TypeError, ValueError):
            first = None
        if first and len(names) <= first:
            sort_options = dict(sort_options or {}, **{"et-al-min": len(names) + 1})
        return super().process(item, variable, context, sort_options, **kwargs)

    def et_al(self):
        memo = self._memo()
        if "et-al" not in memo:
            memo["et-al"] = model.Name.et_al(self)
        return memo["et-al"]


class Substitute(_Fast, model.Substitute):
    def render(self, item, context=None, **kwargs):
        """The first child that renders stands in; every variable it rendered
        (directly, through a macro, or a name variable) is suppressed in the
        rest of the entry (CSL 1.0.2, "Substitution")."""
        layout = (context if context is not None else self).get_layout()
        for child in self.getchildren():
            previous = layout.__dict__.get("_scan_recording")
            recorded: set = set()
            layout.__dict__["_scan_recording"] = recorded
            try:
                if isinstance(child, model.Names) and child.name is None:
                    names = self.getparent()
                    text = child.render(item, names_context=names, context=context, **kwargs)
                else:
                    text = child.render(item, context=context, **kwargs)
            except VariableError:
                continue
            finally:
                layout.__dict__["_scan_recording"] = previous
                if previous is not None:
                    previous |= recorded
            if text:
                if child.get("variable"):
                    recorded |= set(child.get("variable").split())
                gone = layout.__dict__.setdefault("_scan_suppressed", set())
                gone |= recorded
                return text
        return None


class Group(_Fast, model.Group):
    def process(self, item, context=None, **kwargs):
        """CSL 1.0.2: a group vanishes when it called variables and all of
        those it called were empty (counted as the render goes, so only the
        branch a ``cs:choose`` took counts)."""
        layout = (context if context is not None else self).get_layout()
        frames = layout.__dict__.setdefault("_scan_frames", [])
        frame = [0, 0]
        frames.append(frame)
        try:
            output = []
            delimiter = self.get("delimiter", "")
            for child in self.iterchildren():
                try:
                    if isinstance(child, model.Choose):
                        text = child.render(item, context=context, delimiter=delimiter, **kwargs)
                    else:
                        text = child.render(item, context=context, **kwargs)
                except VariableError:
                    continue
                if text is not None:
                    output.append(text)
        finally:
            frames.pop()
        shown = bool(output) and not (frame[0] and not frame[1])
        if frames:
            # A nested group that rendered counts for its parent as a variable that
            # rendered, terms alone or not (citeproc-js and pandoc do so: APA 6's
            # "[Data set]" is a group of a term beside an empty description).
            frames[-1][0] += frame[0] + shown
            frames[-1][1] += frame[1] + shown
        if shown:
            return self.join(output)
        raise VariableError


class Date(_Fast, model.Date):
    def is_locale_date(self):
        memo = self._memo()
        if "locale-date" not in memo:
            memo["locale-date"] = bool(self.xpath_search("./ancestor::cs:locale[1]"))
        return memo["locale-date"]

    def process(self, item, variable=None, show_parts=None, context=None, **kwargs):
        var = variable or self.get("variable")
        ctx = context if context is not None else self
        if not self.is_locale_date():
            if _suppressed(ctx, var):
                return None
            present = var.replace("-", "_") in item.reference
            _Track.note(ctx, var, present and bool(item.reference[var.replace("-", "_")]))
        if show_parts is not None:
            show_parts = list(show_parts)
        if not self.is_locale_date() and isinstance(item.reference.get(var.replace("-", "_")), LiteralDate):
            parts = self.get("date-parts")
            shows_year = "year" in parts.split("-") if parts else (
                self.get("form") is not None or any(p.get("name") == "year" for p in self.iterchildren()))
            if not shows_year:
                return None  # a literal date stands for the whole date: printed where its year is
        return super().process(item, variable, show_parts, context, **kwargs)

    def _joiner(self, context):
        """A localised date joins its parts with the locale's delimiter (CSL);
        citeproc-py used the calling date's, so ``2019 Mar 5`` read ``2019Mar5``."""
        if self.is_locale_date():
            if self.get("delimiter") is not None or context is None:
                return self
            return context
        return self

    def render_single_date(self, date, show_parts=None, context=None):
        parts = self.parts(date, show_parts, context if context is not self else None)
        return self._joiner(context).join(parts) if parts else None

    def render_date_range(self, date_range, show_parts=None, context=None):
        """A range as CSL renders it: parts the two dates share once, the
        differing ones joined by the largest differing part's range delimiter
        (``March 4–6, 2019``; ``March 30–April 2, 2016``; ``2019–2020``)."""
        context = context if context is not None else self
        shown = list(show_parts or ("year", "month", "day"))
        begin, end = date_range.begin, date_range.get("end")
        if end is None or end.is_nil():
            # An open range: "2016–present".
            text = self.render_single_date(begin, shown, context)
            try:
                present = str(self.get_single_term("present") or "") or "present"
            except IndexError:
                present = "present"
            return None if text is None else text + self.unicode_character("EN DASH") + present
        largest = next((p for p in ("year", "month", "day") if p in shown
                        and _part(begin, p) != _part(end, p)), None)
        if largest is None:
            return self.render_single_date(begin, shown, context)
        ranged = {"year": {"year", "month", "day"}, "month": {"month", "day"}, "day": {"day"}}[largest]
        parts = [p for p in self.iterchildren() if p.get("name") in shown]
        delimiter = self._range_delimiter(parts, largest, context)
        style_context = self._joiner(context)
        out: list = []
        i = 0
        while i < len(parts):
            name = parts[i].get("name")
            if name not in ranged:
                text = _render_part(parts[i], begin, context)
                if text is not None:
                    out.append(text)
                i += 1
                continue
            run = []
            while i < len(parts) and parts[i].get("name") in ranged:
                run.append(parts[i])
                i += 1
            first = _render_run(run, begin, context, drop_suffix=True)
            second = _render_run(run, end, context, drop_prefix=True)
            if first is not None and second is not None:
                out.append(first + delimiter + second)
            elif first is not None:
                out.append(first)
        return style_context.join(out) if out else None

    def _range_delimiter(self, parts, largest, context):
        for part in parts:
            if part.get("name") == largest:
                over = _override(part, context)
                value = (over or {}).get("range-delimiter") or part.get("range-delimiter")
                if value:
                    return value
        return self.unicode_character("EN DASH")


def _part(date, name):
    try:
        return date.get(name)
    except (VariableError, AttributeError):
        return None


def _override(part, context):
    if context is None or context is part:
        return None
    found = context.xpath_search(f'./cs:date-part[@name="{part.get("name")}"]')
    return dict(found[0].attrib) if found else None


def _render_part(part, date, context, **drop):
    try:
        return part.render(date, context, **drop)
    except (VariableError, KeyError, AttributeError, TypeError):
        return None


def _render_run(run, date, context, *, drop_prefix=False, drop_suffix=False):
    texts = []
    for n, part in enumerate(run):
        text = _render_part(part, date, context, drop_prefix=drop_prefix and n == 0,
                            drop_suffix=drop_suffix and n == len(run) - 1)
        if text is not None:
            texts.append(text)
    if not texts:
        return None
    return join(texts, "")


class Date_Part(_Cased, _Fast, model.Date_Part):  # noqa: N801 - citeproc-py's naming
    """The localised date's part with the calling date's overrides, for this
    rendering only (citeproc-py wrote them into the locale's element)."""

    def get(self, key, default=None):
        over = self.__dict__.get("_scan_over")
        if over is not None and key in over:
            return over[key]
        return super().get(key, default)

    def render(self, date, context=None, drop_prefix=False, drop_suffix=False):
        over = dict(_override(self, context) or {})
        if drop_prefix:
            over["prefix"] = ""
        if drop_suffix:
            over["suffix"] = ""
        self.__dict__["_scan_over"] = over
        try:
            # citeproc-py's process, with a context that has no date-part to
            # copy overrides from: ``get`` above applies them instead.
            ctx = None if context is None or context is self else _NoOverride(context)
            return self.markup(model.Date_Part.process(self, date, ctx))
        finally:
            self.__dict__["_scan_over"] = None


class _NoOverride:
    """A stand-in context for Date_Part.process: looks up terms and options
    in the real context but finds no date-part to copy overrides from (we
    apply them through ``Date_Part.get``)."""

    def __init__(self, context):
        self._context = context

    def xpath_search(self, expression):
        return []

    def __getattr__(self, name):
        return getattr(self._context, name)


_NUMERIC_TOKEN = re.compile(r"[A-Za-z]*\d+[A-Za-z]*")
_NUMERIC_SEPARATORS = re.compile(r"\s*(?:[-–,&]|\band\b)\s*")


class _Condition:
    def _is_numeric(self, item):
        """CSL: content is numeric when it is numbers, each with letters
        before or after, joined by ``-``, ``,`` or ``&`` (``LL16-04``,
        ``2-3``, ``12A``); citeproc-py accepted a single number only."""
        out = []
        for var in self.get("is-numeric").split():
            value = item.reference.get(var.replace("-", "_"))
            tokens = _NUMERIC_SEPARATORS.split(str(value).strip()) if value is not None else []
            out.append(bool(tokens) and all(_NUMERIC_TOKEN.fullmatch(t) for t in tokens))
        return out


class If(_Condition, _Fast, model.If):
    pass


class Else_If(_Condition, _Fast, model.Else_If):  # noqa: N801 - citeproc-py's naming
    pass


_CLASSES = {cls.__name__.replace("_", "-").lower(): cls for cls in (
    Style, Locale, Term, Text, Number, Label, Name_Part, Names, Name, Substitute, Group, Date,
    Date_Part, If, Else_If)}


def _generic(base):
    return type(base.__name__, (_Fast, base), {})


for _base in model.CitationStylesElement.__subclasses__():
    _CLASSES.setdefault(_base.__name__.replace("_", "-").lower(), _generic(_base))
_ELEMENT = _generic(model.CitationStylesElement)


def _parser() -> etree.XMLParser:
    lookup = etree.ElementNamespaceClassLookup()
    namespace = lookup.get_namespace(NS)
    namespace[None] = _ELEMENT
    namespace.update(_CLASSES)
    parser = etree.XMLParser(remove_comments=True, encoding="UTF-8", no_network=True,
                             resolve_entities=False)
    parser.set_element_class_lookup(lookup)
    return parser


def _parse(path):
    return etree.parse(str(path), _parser())


def load_style(path, locale: str | None = None):
    """The style at ``path`` with its locales, ready to render. Raises
    :class:`StyleError` when the file is not a CSL style."""
    try:
        tree = _parse(path)
    except (etree.XMLSyntaxError, OSError) as exc:
        raise StyleError(str(exc)) from None
    root = tree.getroot()
    if not isinstance(root, Style):
        raise StyleError("not a CSL style (its root element is not <style> in the CSL namespace)")
    _default_names(root)
    _date_sort_keys(root)
    _left_margin(root)
    _entry_publisher_author(root)
    root._keep = list(root.iter())
    root.formatter = _html_formatter()
    root.set_locale_list(locale or root.get("default-locale", "en-US"))
    if root.citation is None or root.citation.layout is None:
        raise StyleError("the style has no <citation><layout>")
    return root


def _default_names(root) -> None:
    """Give every ``cs:names`` outside a substitute its default ``cs:name``.
    citeproc-py inserted one on each render, in no namespace, so it never
    found it again: the style grew by an element per entry (quadratic)."""
    for names in root.iter(_NAMES_TAG):
        if any(a.tag == f"{{{NS}}}substitute" for a in names.iterancestors()):
            continue  # it inherits its name from the names it stands in for
        if names.find(f"{{{NS}}}name") is None:
            names.insert(0, names.makeelement(f"{{{NS}}}name", {}))


def _date_sort_keys(root) -> None:
    """A sort key that is a macro holding only a date (APA 2022's
    ``date-sort-date``) sorts as a date: citeproc-py compared its rendered
    text, so ``11/10/2021`` came before ``1975``. Such keys become variable
    keys, which sort by the date itself."""
    for key in root.iter(f"{{{NS}}}key"):
        name = key.get("macro")
        if not name:
            continue
        macros = [m for m in root.iter(f"{{{NS}}}macro") if m.get("name") == name]
        children = [c for c in macros[0] if isinstance(c.tag, str)] if macros else []
        if len(children) == 1 and children[0].tag == f"{{{NS}}}date" and children[0].get("variable"):
            del key.attrib["macro"]
            key.set("variable", children[0].get("variable"))


def _entry_publisher_author(root) -> None:
    """apa.csl lets a dictionary's publisher stand in for an entry's missing
    author (``Merriam-Webster. (n.d.). Paradox. In ...``) even when the
    reference work has an editor, where APA (10.3) moves the entry's title
    first: ``Vaccination. (2022). In M. T. O'Toole (Ed.), Mosby's
    dictionary ... Elsevier.``, not ``Elsevier. (2022). Vaccination.``. The
    publisher stands in only for an entry without an editor."""
    for substitute in root.iter(f"{{{NS}}}substitute"):
        for cond in substitute.iter(f"{{{NS}}}if"):
            kinds = set((cond.get("type") or "").split())
            children = [c for c in cond if isinstance(c.tag, str)]
            if not kinds & {"entry-dictionary", "entry-encyclopedia"} or len(children) != 1 \
                    or children[0].tag != f"{{{NS}}}text" or children[0].get("variable") != "publisher":
                continue
            text = children[0]
            choose = cond.makeelement(f"{{{NS}}}choose", {})
            inner = choose.makeelement(f"{{{NS}}}if", {"variable": "editor", "match": "none"})
            cond.replace(text, choose)
            choose.append(inner)
            inner.append(text)


def _left_margin(root) -> None:
    """citeproc-py ignores ``display`` and ``second-field-align``: a numeric
    style's ``[1]`` or ``1.`` in the left margin ran into the entry
    (``[1]J. Hilton``). The margin field ends in a space instead."""
    fields = [e for e in root.iter() if isinstance(e.tag, str) and e.get("display") == "left-margin"]
    bibliography = root.find(f"{{{NS}}}bibliography")
    if not fields and bibliography is not None and bibliography.get("second-field-align"):
        layout = bibliography.find(f"{{{NS}}}layout")
        first = next((c for c in layout if isinstance(c.tag, str)), None) if layout is not None else None
        fields = [first] if first is not None else []
    for element in fields:
        suffix = element.get("suffix", "")
        if not suffix.endswith((" ", "\t")):
            element.set("suffix", suffix + " ")


def _html_formatter():
    from citeproc import formatter

    return formatter.html


# --- rendering ----------------------------------------------------------------------------


class Item(CitationItem):
    """A cite of one reference, holding the reference itself (citeproc-py's
    goes through a registry on every variable look-up)."""

    def __init__(self, key: str, reference, number: int = 1, **kwargs):
        super().__init__(key, **kwargs)
        dict.__setitem__(self, "_reference", reference)
        dict.__setitem__(self, "_number", number)
        dict.__setitem__(self, "citation", None)

    @property
    def reference(self):
        return dict.__getitem__(self, "_reference")

    @property
    def number(self):
        return dict.__getitem__(self, "_number")

    def is_bad(self):
        return False


def _reset(layout) -> None:
    layout.repressed = {}
    d = layout.__dict__
    d["_scan_suppressed"] = set()
    d["_scan_frames"] = []
    d["_scan_recording"] = None


class Engine:
    """Renders with one loaded style: entries, single cites, sort keys."""

    def __init__(self, root):
        self.root = root
        self.bibliography = root.bibliography
        self.citation = root.citation

    def entry(self, item: Item) -> str | None:
        """One reference-list entry (HTML); None when the style has no
        bibliography or the entry renders empty."""
        if self.bibliography is None:
            return None
        layout = self.bibliography.layout
        _reset(layout)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            text = layout.render_children(item)
        if text is None:
            return None
        return str(layout.format(layout.wrap(text)))

    def cite(self, item: Item) -> str:
        """One cite's body (HTML), without the layout's prefix and suffix."""
        layout = self.citation.layout
        _reset(layout)
        self.citation.cites = []
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            text = layout.render_children(item)
        if text is None:
            return ""
        return str(item.get("prefix", "") + text + item.get("suffix", ""))

    def initialises(self) -> bool:
        """Whether citations write given names as initials (``initialize-with``
        on the style, the citation, or a name its layout reaches through macros)."""
        if self.root.get("initialize-with") or self.citation.get("initialize-with"):
            return True
        seen: set = set()
        todo = [self.citation]
        while todo:
            element = todo.pop()
            for node in element.iter(f"{{{NS}}}name", _TEXT_TAG):
                if node.tag == _TEXT_TAG:
                    name = node.get("macro")
                    if name and name not in seen:
                        seen.add(name)
                        todo.append(node.get_macro(name))
                elif node.get("initialize-with"):
                    return True
        return False

    def sort_keys(self, element=None) -> list:
        """The ``cs:key`` elements of ``element``'s sort (the bibliography's,
        by default): compute one with :meth:`sort_value`."""
        element = element if element is not None else self.bibliography
        sort = element.find(f"{{{NS}}}sort") if element is not None else None
        return [] if sort is None else sort.findall(f"{{{NS}}}key")

    def sort_value(self, item: Item, key, element=None) -> tuple:
        """One sort key of one item, as compared by :func:`compare_keys`:
        ``(value, descending)``."""
        element = element if element is not None else self.bibliography
        descending = key.get("sort", "ascending").lower() == "descending"
        return _key_value(key, item, element.layout), descending

    def sort_key(self, item: Item, element=None) -> list:
        """All the sort keys of one item."""
        return [self.sort_value(item, key, element) for key in self.sort_keys(element)]


def _key_value(key, item, layout):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if "variable" in key.attrib:
            variable = key.get("variable").replace("-", "_")
            if variable in NAMES:
                value = key._format_name(item, variable)
            elif variable in DATES:
                date = item.reference.get(variable)
                value = _date_sort_value(date)
            elif variable in NUMBERS:
                value = key._format_number(item, variable)
            elif variable == "citation_number":
                value = item.number
            else:
                value = item.reference.get(variable)
        else:
            options = {"name-as-sort-order": "all"}
            for option in ("names-min", "names-use-first", "names-use-last"):
                if option in key.attrib:
                    options[option.replace("names", "et-al")] = key.get(option)
            _reset(layout)
            value = key.get_macro(key.get("macro")).render(item, context=layout, sort_options=options)
    return _normalise_key(value)


def _date_sort_value(date):
    if date is None:
        return None
    if isinstance(date, DateRange):
        return date.begin.sort_key() + "-" + (date.get("end").sort_key() if date.get("end") else "")
    try:
        return date.sort_key()
    except (VariableError, AttributeError, TypeError):
        return None


_TAGS = re.compile(r"<[^>]+>")


def _normalise_key(value):
    """A key as compared: None stays None (sorts last), numbers as ints,
    text without markup, accents or case."""
    if value is None:
        return None
    if isinstance(value, int):
        return (0, value, "")
    import html

    text = html.unescape(_TAGS.sub("", str(value)))
    text = re.sub(r"[\ue000-\uf8ff]", "", text)
    if text.strip().lstrip("-").isdigit():
        return (0, int(text), "")
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    # Compared as Unicode collation compares: words only (no "&" between names, no quotes or
    # brackets, Ben-Shahar as Benshahar).
    folded = " ".join(re.sub(r"[^\w\s]", " ", folded.replace("-", "")).split())
    return (1, 0, folded)


def compare_keys(left: list, right: list) -> int:
    """citeproc-py's comparison (None last, descending keys reversed), on
    keys computed once."""
    for (a, descending), (b, _) in zip(left, right):
        if a is None and b is None:
            continue
        if a is None:
            return 1
        if b is None:
            return -1
        if a[0] != b[0]:  # a number and a text: compare as text, as citeproc-py does
            a, b = (1, 0, str(a[1]) if a[0] == 0 else a[2]), (1, 0, str(b[1]) if b[0] == 0 else b[2])
        result = (a > b) - (a < b)
        if result:
            return -result if descending else result
    return 0


sort_key_function = cmp_to_key(compare_keys)
