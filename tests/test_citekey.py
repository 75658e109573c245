"""refs.citekey: Better BibTeX-style keys and collision-free assignment."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from refs.citekey import FUNCTION_WORDS, assign_keys, make_key, unique_key


def item(family=None, title=None, year=None, **extra):
    it = dict(extra)
    if family is not None:
        it["author"] = [{"family": family, "given": "A."}]
    if title is not None:
        it["title"] = title
    if year is not None:
        it["issued"] = {"date-parts": [[year]]}
    return it


def test_bbt_example():
    assert make_key(item("Barr", "How to Find a Mentor on Twitter", 2013)) == "barrHowFindMentor2013"


@pytest.mark.parametrize(
    "family, expected",
    [
        ("Müller", "muller"),
        ("Ó Súilleabháin", "osuilleabhain"),
        ("van Dijk", "dijk"),
        ("de la Cruz", "cruz"),
        ("Van Dijk", "vandijk"),  # capitalised: part of the name, as in BibTeX
        ("O'Brien", "obrien"),
        ("Smith-Jones", "smithjones"),
        ("Straße", "strasse"),
        ("Łukasiewicz", "lukasiewicz"),
        ("Øverby", "overby"),
    ],
)
def test_family_names(family, expected):
    assert make_key(item(family, "Paper", 2000)) == f"{expected}Paper2000"


def test_particle_in_its_own_field_is_dropped():
    it = {"author": [{"family": "Dijk", "non-dropping-particle": "van"}], "title": "Sea"}
    assert make_key(it) == "dijkSea"


@pytest.mark.parametrize(
    "title, words",
    [
        ("The Art of War", "ArtWar"),
        ("A study of the effects of X on Y", "StudyEffectsX"),
        ("Über die Natur", "UberNatur"),
        ("Long-term outcomes in RCTs", "LongTermOutcomes"),
        ("Twitter's Role: Why?", "TwittersRoleWhy"),
        ("<i>Homo sapiens</i> in COVID-19", "HomoSapiensCovid"),
        ("the and of", ""),
        ("", ""),
        ("2020 Vision", "2020Vision"),
    ],
)
def test_title_words(title, words):
    assert make_key(item("Barr", title, 2013)) == f"barr{words}2013"


def test_function_words_are_one_frozenset():
    assert isinstance(FUNCTION_WORDS, frozenset)
    assert {"the", "und", "el", "vs"} <= FUNCTION_WORDS


def test_no_year():
    assert make_key(item("Barr", "How to Find a Mentor")) == "barrHowFindMentor"


def test_year_from_raw_date():
    it = item("Barr", "Mentor", issued={"raw": "Spring 2013"})
    assert make_key(it) == "barrMentor2013"


def test_editor_when_no_author():
    it = {"editor": [{"family": "Jones"}], "title": "Handbook", "issued": {"date-parts": [[1999]]}}
    assert make_key(it) == "jonesHandbook1999"


def test_author_wins_over_editor():
    it = {"author": [{"family": "Barr"}], "editor": [{"family": "Jones"}], "title": "X"}
    assert make_key(it) == "barrX"


def test_organisation():
    it = {"author": [{"literal": "World Health Organization"}], "title": "World report", "issued": {"date-parts": [[2020]]}}
    assert make_key(it) == "worldWorldReport2020"
    it = {"author": [{"literal": "The Cochrane Collaboration"}], "title": "Handbook"}
    assert make_key(it) == "cochraneHandbook"


def test_no_creator_lowercases_first_title_word():
    it = {"title": "How to Find a Mentor on Twitter", "issued": {"date-parts": [[2013]]}}
    assert make_key(it) == "howFindMentor2013"


def test_empty_item():
    assert make_key({}) == "ref"
    assert make_key({"author": [{}], "title": "   "}) == "ref"
    assert make_key({"issued": {"date-parts": [[2013]]}}) == "ref2013"


def test_non_latin_is_dropped():
    it = {"author": [{"family": "Иванов"}], "title": "数据 Analysis", "issued": {"date-parts": [[2010]]}}
    assert make_key(it) == "analysis2010"
    assert make_key({"author": [{"family": "Иванов"}], "title": "Теория"}) == "ref"


def test_keys_are_ascii_alnum():
    it = item("Zoë Ñúñez", "Ça va? — “Quoted” ﬁnance", 2001)
    key = make_key(it)
    assert key.isascii() and key.isalnum()
    assert key == "zoenunezCaVaQuoted2001"  # a two-word family name stays whole


def test_unique_key():
    assert unique_key("barr2013", set()) == "barr2013"
    assert unique_key("barr2013", {"barr2013"}) == "barr2013a"
    assert unique_key("barr2013", {"barr2013", "barr2013a"}) == "barr2013b"
    taken = {"k"} | {"k" + c for c in "abcdefghijklmnopqrstuvwxyz"}
    assert unique_key("k", taken) == "kaa"
    assert unique_key("k", taken | {"kaa"}) == "kab"
    # 26 + 26*26 suffixes used up: the next length starts.
    import itertools, string

    two = {"k" + "".join(p) for p in itertools.product(string.ascii_lowercase, repeat=2)}
    assert unique_key("k", taken | two) == "kaaa"


def test_assign_keys_basic():
    items = [
        item("Barr", "How to Find a Mentor", 2013),
        item("Barr", "How to Find a Mentor", 2013),
        {"id": "mine", "title": "x"},
    ]
    assert assign_keys(items, {"barrHowFindMentor2013"}) == [
        "barrHowFindMentor2013a",
        "barrHowFindMentor2013b",
        "mine",
    ]


def test_assign_keys_existing_id_is_suffixed_not_stolen():
    existing = {"smith2020"}
    assert assign_keys([{"id": "smith2020"}], existing) == ["smith2020a"]
    assert existing == {"smith2020"}  # not modified


def test_assign_keys_reserves_free_ids_before_generating():
    # The first item would generate "barrMentor2013", which the second item
    # brings as its own id: the id holder keeps it.
    items = [item("Barr", "Mentor", 2013), {"id": "barrMentor2013"}]
    assert assign_keys(items, set()) == ["barrMentor2013a", "barrMentor2013"]


def test_assign_keys_duplicate_incoming_ids():
    items = [{"id": "x"}, {"id": "x"}, {"id": "xa"}]
    assert assign_keys(items, set()) == ["x", "xb", "xa"]


def test_assign_keys_empty_id_treated_as_missing():
    assert assign_keys([{"id": "", "title": "Sea"}], set()) == ["sea"]


ids = st.one_of(st.none(), st.sampled_from(["a", "b", "ref", "barrSea2013", "barrSea2013a", "x"]))


@given(
    st.lists(
        st.fixed_dictionaries(
            {"id": ids, "title": st.sampled_from(["Sea", "", "The Sea", "Air"]),
             "author": st.just([{"family": "Barr"}])}
        ),
        max_size=30,
    ),
    st.sets(st.sampled_from(["a", "ref", "barrSea", "barrSeaa", "barrAir", "x", "xa"])),
)
def test_assign_keys_properties(items, existing):
    items = [{k: v for k, v in it.items() if v is not None} for it in items]
    keys = assign_keys(items, existing)
    assert len(keys) == len(items)
    assert len(set(keys)) == len(keys)
    assert not set(keys) & existing
    seen = set()
    for it, key in zip(items, keys):
        own = it.get("id")
        if own and own not in existing and own not in seen:
            assert key == own  # free ids are preserved
        if own:
            seen.add(own)


def test_assign_keys_many_collisions_stay_unique_and_ordered():
    items = [item("Smith", "Report", 2020) for _ in range(2000)]
    keys = assign_keys(items, {"smithReport2020", "smithReport2020b"})
    assert len(set(keys)) == 2000
    assert keys[:3] == ["smithReport2020a", "smithReport2020c", "smithReport2020d"]
    assert keys[-1] == "smithReport2020bxy"  # suffix 2000 (0-based): a..z, aa..zz, aaa.. skipped b
