"""Tests for refs.values.names: BibTeX name lists <-> CSL-JSON names."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from refs.values.names import format_names, parse_names


@pytest.mark.parametrize(
    "value, names",
    [
        (
            "Abbasi, Mazhar Ali and Ibupoto, Zafar Hussain",
            [{"family": "Abbasi", "given": "Mazhar Ali"}, {"family": "Ibupoto", "given": "Zafar Hussain"}],
        ),
        ("Jane Q. Barr", [{"family": "Barr", "given": "Jane Q."}]),
        ("{World Health Organization}", [{"literal": "World Health Organization"}]),
        ("{Barnes and Noble}", [{"literal": "Barnes and Noble"}]),
        (
            "de la Fontaine, Jean",
            [{"family": "Fontaine", "given": "Jean", "non-dropping-particle": "de la"}],
        ),
        ("Ford, Jr., Henry", [{"family": "Ford", "given": "Henry", "suffix": "Jr."}]),
        ("von Neumann, John", [{"family": "Neumann", "given": "John", "non-dropping-particle": "von"}]),
        (
            "Ludwig van Beethoven",
            [{"family": "Beethoven", "given": "Ludwig", "non-dropping-particle": "van"}],
        ),
        (
            "Jean de La Fontaine",
            [{"family": "La Fontaine", "given": "Jean", "non-dropping-particle": "de"}],
        ),
        ("Van der Waals, J.", [{"family": "Waals", "given": "J.", "non-dropping-particle": "Van der"}]),
        ("Smith and others", [{"family": "Smith"}, {"literal": "others"}]),
        ("Aristotle", [{"family": "Aristotle"}]),
        (
            r"{V{\'a}squez-Sancho}, Fabi{\'a}n",
            [{"family": "Vásquez-Sancho", "given": "Fabián"}],
        ),
        (r"M{\"u}ller, J{\"o}rg", [{"family": "Müller", "given": "Jörg"}]),
        (r"{\"u}ber, Hans", [{"family": "über", "given": "Hans"}]),
        (r"Hans {\"u}ber Alles", [{"family": "Alles", "given": "Hans", "non-dropping-particle": "über"}]),
        ("{van Dyke}, Jo", [{"family": "van Dyke", "given": "Jo"}]),
        ("Smith,", [{"family": "Smith"}]),
        (", Madonna", [{"given": "Madonna"}]),
        ("Doe, Jr., John, Extra", [{"family": "Doe", "given": "John, Extra", "suffix": "Jr."}]),
        ("Smith AND Jones", [{"family": "Smith"}, {"family": "Jones"}]),
        ("Smith\n   and\tJones", [{"family": "Smith"}, {"family": "Jones"}]),
        ("Anderson, Andy and Sandy Band", [{"family": "Anderson", "given": "Andy"}, {"family": "Band", "given": "Sandy"}]),
        ("Smith and  and Jones", [{"family": "Smith"}, {"family": "Jones"}]),
        ("", []),
        # A tie separates words (BibTeX, pybtex): First "David A.", Last "Berry".
        ("Jean~Paul Sartre", [{"family": "Sartre", "given": "Jean Paul"}]),
        ("David A.~Berry", [{"family": "Berry", "given": "David A."}]),
        ("Ludwig van~Beethoven", [{"family": "Beethoven", "given": "Ludwig", "non-dropping-particle": "van"}]),
        (r"Pe\~na, Jos{\'e}", [{"family": "Peña", "given": "José"}]),
        ("Jean{~}Paul Sartre", [{"family": "Sartre", "given": "Jean\u00a0Paul"}]),
    ],
)
def test_parse(value, names):
    assert parse_names(value) == names


def test_parse_full_example():
    value = (
        "Jane Q. Barr and {World Health Organization} and de la Fontaine, Jean and "
        "Ford, Jr., Henry and von Neumann, John and Ludwig van Beethoven and others"
    )
    assert parse_names(value) == [
        {"family": "Barr", "given": "Jane Q."},
        {"literal": "World Health Organization"},
        {"family": "Fontaine", "given": "Jean", "non-dropping-particle": "de la"},
        {"family": "Ford", "given": "Henry", "suffix": "Jr."},
        {"family": "Neumann", "given": "John", "non-dropping-particle": "von"},
        {"family": "Beethoven", "given": "Ludwig", "non-dropping-particle": "van"},
        {"literal": "others"},
    ]


@pytest.mark.parametrize(
    "names, value",
    [
        ([{"family": "Abbasi", "given": "Mazhar Ali"}], "Abbasi, Mazhar Ali"),
        ([{"family": "Ford", "given": "Henry", "suffix": "Jr."}], "Ford, Jr., Henry"),
        ([{"family": "Neumann", "given": "John", "non-dropping-particle": "von"}], "von Neumann, John"),
        ([{"family": "Neumann", "non-dropping-particle": "von"}], "von Neumann"),
        ([{"literal": "World Health Organization"}], "{World Health Organization}"),
        ([{"family": "Smith"}, {"literal": "others"}], "Smith and others"),
        ([{"family": "van Dyke", "given": "Jo"}], "{van Dyke}, Jo"),
        ([{"family": "Smith, Jones", "given": "A"}], "{Smith, Jones}, A"),
        ([{"family": "Müller", "given": "Jörg"}], "Müller, Jörg"),
        ([{"family": "Smith Jones"}], "Smith Jones,"),
        ([{"family": "others"}], "others,"),
        ([{"family": "Sun", "given": "Fire and Ice"}], "Sun, {Fire and Ice}"),
    ],
)
def test_format(names, value):
    assert format_names(names) == value
    assert parse_names(value) == names


def test_format_ascii():
    names = [{"family": "Müller", "given": "Jörg"}, {"family": "Łukasz", "given": "Ível"}]
    value = format_names(names, ascii=True)
    assert value == r'M{\"u}ller, J{\"o}rg and {\L}ukasz, {\'I}vel'
    assert parse_names(value) == names


def test_uppercase_particle_is_folded():
    # BibTeX cannot mark "Van" as a von part; it stays with the family name.
    value = format_names([{"family": "Gogh", "given": "Vincent", "non-dropping-particle": "Van"}])
    assert parse_names(value) == [{"family": "Van Gogh", "given": "Vincent"}]


# --- round trip ------------------------------------------------------------------

LETTERS = "abcxyzABCXYZéüøßłÅñçÉÖŁıæ"
WORD = st.one_of(
    st.text(st.sampled_from(list(LETTERS + "-'.")), min_size=1, max_size=8),
    st.sampled_from(["and", "AND", "others", "von", "de", "Jr.", "{x}", "a,b", "~", "\\"]),
)
LOWER_WORD = st.builds(
    lambda head, tail: head + tail,
    st.sampled_from(list("abcdeéüıø")),
    st.text(st.sampled_from(list(LETTERS + "'")), max_size=5),
)


def phrase(words, min_size=1, max_size=3):
    return st.lists(words, min_size=min_size, max_size=max_size).map(
        lambda ws: unicodedata.normalize("NFC", " ".join(ws))
    )


@st.composite
def name(draw):
    if draw(st.integers(0, 4)) == 0:
        return {"literal": draw(phrase(WORD, 1, 5))}
    out = {"family": draw(phrase(WORD))}
    for key, strategy in (
        ("given", phrase(WORD)),
        ("non-dropping-particle", phrase(LOWER_WORD, 1, 2)),
        ("suffix", phrase(WORD, 1, 1)),
    ):
        if draw(st.booleans()):
            out[key] = draw(strategy)
    return out


@settings(max_examples=500)
@given(st.lists(name(), max_size=4), st.booleans())
def test_roundtrip(names, ascii):
    assert parse_names(format_names(names, ascii=ascii)) == names


# The fast path for plain "Family, Given and ..." lists must agree with the general parser.
from hypothesis import given as _given, settings as _settings, strategies as _st

from refs.values import names as _names


def _general(value):
    return [n for n in (_names._name(p) for p in _names._split(value)) if n]


@_settings(max_examples=2000)
@_given(_st.text(alphabet="AaBbZz ,.-'`$~{}\\éÉ\u0301nd\n", max_size=40))
def test_fast_path_agrees_with_general_parser(value):
    fast = _names._parse_plain(value)
    if fast is not None:
        assert fast == _general(value)


@_settings(max_examples=1000)
@_given(_st.lists(_st.tuples(_st.from_regex(r"[A-ZÉ][a-zé'\-]{0,8}", fullmatch=True),
                             _st.from_regex(r"[A-Z][a-z.]{0,6}( [A-Z][a-z.]{0,6})?", fullmatch=True)),
                  min_size=1, max_size=4))
def test_fast_path_on_plain_lists(pairs):
    value = " and ".join(f"{f}, {g}" for f, g in pairs)
    assert _names.parse_names(value) == _general(value)
