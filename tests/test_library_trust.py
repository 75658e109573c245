"""The library never loses a field: each case seen on real libraries, with the
smallest file that shows it (issue "one owner for every value", and the
library items of "faults and hostile input")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from refs import library
from refs.errors import BadInput, CorruptDatabase
from refs.library import Workspace


def write(ws: Workspace, text: str) -> None:
    ws.bib.write_text(text, encoding="utf-8")


def keys(ws: Workspace) -> list[str]:
    return sorted(i["id"] for i in library.list_items(ws))


def item(ws: Workspace, key: str) -> dict:
    return library.get_item(ws, key)


# --- BibTeX read by BibTeX's rules -------------------------------------------------------


def test_an_escaped_brace_does_not_end_the_value_and_later_fields_are_kept(ws):
    write(ws, "@article{k,\n  keywords = {a,{\\{}{\\_}}},\n  year = {2020},\n  volume = {3}\n}\n")
    report = library.sync(ws)
    assert not report.warnings
    got = item(ws, "k")
    assert got["issued"] == {"date-parts": [[2020]]} and got["volume"] == "3"
    assert got["keyword"] == "a,{_"


def test_a_missing_comma_is_a_failed_block_with_its_line_never_a_merged_value(ws):
    write(ws, '@article{ok, title = {Fine}}\n\n@article{k,\n  title = "A title"\n  year = 2020,\n'
              '  doi = {10.1000/x}\n}\n')
    report = library.sync(ws)
    assert keys(ws) == ["ok"]
    (warning,) = [w for w in report.warnings if w.key == "k"]
    assert warning.line == 3 and "line 5" in warning.message and "',' expected" in warning.message
    assert "not synced" in warning.message


def test_an_extra_closing_brace_holds_the_entry_back_never_drops_the_fields_after_it(ws):
    # BibTeX closes the entry at the extra '}' and skips the rest as a
    # comment: synced, that hand-edit typo would delete year, DOI and volume.
    text = "@article{k,\n  title = {Foo},\n  year = {2020},\n  doi = {10.1000/x},\n  volume = {3}\n}\n"
    write(ws, text + "\n@book{b, title = {B}}\n")
    library.sync(ws)
    broken = text.replace("{Foo},", "{Foo}},")
    write(ws, broken + "\n@book{b, title = {B}}\n")
    report = library.sync(ws)
    (warning,) = [w for w in report.warnings if w.key == "k"]
    assert warning.line == 1 and "extra '}' (line 2)" in warning.message and "not synced" in warning.message
    got = item(ws, "k")
    assert got["DOI"] == "10.1000/x" and got["volume"] == "3" and got["issued"] == {"date-parts": [[2020]]}
    assert ws.bib.read_text().startswith(broken)


def test_a_commented_out_field_is_skipped_and_never_exported_as_a_field(ws, tmp_path):
    text = "@article{k,\n  title = {T},\n% eprint = {1234.5678},\n  year = {2013}\n}\n"
    write(ws, text)
    library.sync(ws)
    got = item(ws, "k")
    assert "custom" not in got and got["issued"] == {"date-parts": [[2013]]}
    library.edit_item(ws, "k", {"title": "T2"})
    assert "% eprint = {1234.5678}," in ws.bib.read_text()
    from refs.formats import format_references

    assert "eprint" not in format_references(library.list_items(ws), "bibtex")


def test_proceedings_is_written_back_as_proceedings(ws):
    write(ws, "@proceedings{p,\n  title = {Proc. of Things},\n  date = {2019}\n}\n")
    library.sync(ws)
    from refs.formats import format_references

    assert format_references(library.list_items(ws), "bibtex").startswith("@proceedings{p,")
    library.edit_item(ws, "p", {"type": "report"})  # a real change of type changes the entry type
    assert ws.bib.read_text().startswith("@report{p,")


def test_a_balanced_comment_holding_an_entry_is_a_comment(ws):
    write(ws, "@Comment{ old version:\n@Book{b, title = {Old}}\n}\n\n@Book{b, title = {New}}\n")
    report = library.sync(ws)
    assert not report.warnings
    assert item(ws, "b")["title"] == "New"


# --- sync: a bad block holds back only its own keys ---------------------------------------


def test_a_keyless_entry_does_not_stop_deletions_of_other_entries(ws):
    a = "@article{a, title = {Alpha}}\n"
    b = "@article{b, title = {Beta}}\n"
    keyless = "@article{, title = {No key here}}\n"
    write(ws, a + b + keyless)
    report = library.sync(ws)
    assert any("no key" in w.message for w in report.warnings)
    write(ws, a + keyless)  # the user deletes b
    report = library.sync(ws)
    assert report.deleted_from_db == ["b"]
    assert keys(ws) == ["a"]
    from refs.formats import format_references

    assert "@article{b," not in format_references(library.list_items(ws), "bibtex")


def test_breaking_an_entry_holds_back_that_entry_only(ws):
    write(ws, "@article{a, title = {Alpha}}\n@article{b, title = {Beta Gamma Delta}}\n@article{c, title = {C}}\n")
    library.sync(ws)
    # b loses its key (a Mendeley-style export), c is deleted by hand.
    write(ws, "@article{a, title = {Alpha}}\n@article{, title = {Beta Gamma Delta}}\n")
    report = library.sync(ws)
    assert report.deleted_from_db == ["c"]
    assert keys(ws) == ["a", "b"]  # b is not taken as deleted: the keyless block holds it


# --- CSL-JSON in, every format out ----------------------------------------------------------


PLOS = {"id": "plos1", "type": "article-journal", "title": "A study", "container-title": "PLOS ONE",
        "issue": "3", "number": "e0123456", "volume": "12", "issued": {"date-parts": [[2017, 3, 1]]},
        "author": [{"family": "Lee", "given": "Ann"}], "DOI": "10.1371/journal.pone.0123456"}
CONFERENCE = {"id": "talk1", "type": "speech", "title": "Mentoring online", "event-title": "LibConf",
              "issued": {"date-parts": [[2019, 3, 4], [2019, 3, 6]]}, "author": [{"family": "Oak", "given": "T."}]}


@pytest.mark.parametrize("fmt", ["bibtex", "csl-json", "ris"])
def test_issue_with_number_and_date_ranges_import_sync_and_export(ws, tmp_path, fmt):
    path = tmp_path / "in.json"
    path.write_text(json.dumps([PLOS, CONFERENCE]))
    from refs.formats import format_references, read_references

    items, _ = read_references(path)
    report = library.add_items(ws, items)
    assert report.added == ["plos1", "talk1"] and not report.sync.warnings
    assert not library.sync(ws).changed
    text = ws.bib.read_text()
    assert "number = {3}" in text and "eid = {e0123456}" in text
    assert "date = {2019-03-04/2019-03-06}" in text
    out = format_references(library.list_items(ws), fmt)
    again = tmp_path / f"again.{ {'bibtex': 'bib', 'csl-json': 'json', 'ris': 'ris'}[fmt]}"
    again.write_text(out)
    back, _ = read_references(again)
    plos = next(i for i in back if i.get("title") == "A study")
    assert plos["issue"] == "3" and plos["number"] == "e0123456"


# --- names --------------------------------------------------------------------------------


def test_names_as_bibtex_splits_them(ws):
    write(ws, "@book{k, title = {T}, author = {David A.~Berry and "
              "family=Heuvel, given=Charles, prefix=van den, useprefix=false and "
              "Ludwig van Beethoven}}\n")
    library.sync(ws)
    assert item(ws, "k")["author"] == [
        {"family": "Berry", "given": "David A."},
        {"family": "Heuvel", "given": "Charles", "dropping-particle": "van den"},
        {"family": "Beethoven", "given": "Ludwig", "non-dropping-particle": "van"}]


def test_one_reading_of_a_name_everywhere():
    from refs.csljson import parse_csljson
    from refs.textrefs import parse_authors
    from refs.values.names import parse_names, parse_person
    from scan.extract.names import to_csl_name

    want = {"family": "Beethoven", "given": "Ludwig", "non-dropping-particle": "van"}
    assert parse_person("Ludwig van Beethoven") == want
    assert parse_names("Ludwig van Beethoven") == [want]
    assert to_csl_name("Ludwig van Beethoven") == want
    assert parse_authors("Ludwig van Beethoven") == [want]
    items, _ = parse_csljson('[{"type": "song", "author": ["Ludwig van Beethoven"]}]', "x.json")
    assert items[0]["author"] == [want]


def test_refs_add_authors_organisations_and_semicolons(ws, scan_cli, tmp_path):
    r = scan_cli("refs", "add", "--title", "Guidance", "--author", "World Health Organization")
    assert r.returncode == 0, r.stderr
    r = scan_cli("refs", "add", "--title", "Two", "--author", "Poe, Ann; Low, Bob")
    assert r.returncode == 0, r.stderr
    listed = {i["title"]: i["authors"] for i in json.loads(scan_cli("refs", "list", "--json").stdout)}
    assert listed["Guidance"] == [{"literal": "World Health Organization"}]
    assert listed["Two"] == [{"family": "Poe", "given": "Ann"}, {"family": "Low", "given": "Bob"}]
    assert "author = {Poe, Ann and Low, Bob}" in (tmp_path / "library.bib").read_text()


def test_a_handle_in_a_csl_json_author_name_is_kept():
    from refs.csljson import parse_csljson

    items, _ = parse_csljson('[{"type": "post", "author": ["Gates, B. [@BillGates]"], "title": "t"}]', "x")
    assert items[0]["author"] == [{"family": "Gates", "given": "B."}] and items[0]["handle"] == "@BillGates"


# --- edits keep the entry's own layout --------------------------------------------------------

JABREF = """@Article{barr2013,
  Title                    = {How to Find a Mentor},
  Author                   = {Barr, Jane},
  Journal                  = {Journal of Library Mentoring},
  Year                     = {2013},
  Pages                    = {1--10},
}
"""


def test_a_database_edit_rewrites_only_the_changed_line_in_the_entrys_style(ws):
    write(ws, JABREF)
    library.sync(ws)
    library.edit_item(ws, "barr2013", {"title": "How to find a mentor"})
    assert ws.bib.read_text() == JABREF.replace("{How to Find a Mentor}", "{How to find a mentor}")
    library.edit_item(ws, "barr2013", {"volume": "4"})
    assert ws.bib.read_text() == JABREF.replace("{How to Find a Mentor}", "{How to find a mentor}").replace(
        "  Pages                    = {1--10},\n",
        "  Pages                    = {1--10},\n  Volume                   = {4},\n")


def test_a_field_added_to_a_one_field_jabref_entry_is_aligned_as_it_is(ws):
    write(ws, "@Other{test,\n  Comment                  = {testentry}\n}\n")
    library.sync(ws)
    library.edit_item(ws, "test", {"title": "T"})
    assert ws.bib.read_text() == ("@Other{test,\n  Comment                  = {testentry},\n"
                                  "  Title                    = {T}\n}\n")


def test_quoted_values_stay_quoted(ws):
    text = '@misc{m,\n\ttitle = "Old title",\n\tyear = 2013\n}\n'
    write(ws, text)
    library.sync(ws)
    library.edit_item(ws, "m", {"title": "New title", "issued": {"date-parts": [[2014]]}})
    assert ws.bib.read_text() == '@misc{m,\n\ttitle = "New title",\n\tyear = 2014\n}\n'


# --- import keeps every entry -------------------------------------------------------------------


def test_import_into_an_empty_workspace_keeps_every_entry(ws, tmp_path):
    entries = "".join(f"@online{{p{n}, title = {{Post number {n}}}, url = {{https://blog.example.org/}}}}\n"
                      for n in range(6))
    src = tmp_path / "old.bib"
    src.write_text(entries)
    from refs.formats import read_references

    items, _ = read_references(src)
    report = library.add_items(ws, items)
    assert len(report.added) == 6 and not report.skipped
    again = library.add_items(ws, read_references(src)[0])
    assert not again.added and len(again.skipped) == 6  # against the library, they are duplicates


def test_importing_a_file_with_nothing_readable_is_exit_2(scan_cli, tmp_path):
    (tmp_path / "broken.bib").write_text("@article{k, title = {never closed\n")
    r = scan_cli("import", "broken.bib")
    assert r.returncode == 2 and "broken.bib" in r.stderr and "nothing could be read" in r.stderr


# --- every command sees the library as it is now ------------------------------------------------


def test_reading_commands_take_in_hand_edits(ws, scan_cli, tmp_path):
    write(ws, JABREF)
    assert scan_cli("sync").returncode == 0
    write(ws, JABREF.replace("{How to Find a Mentor}", "{Finding a Mentor}"))
    assert json.loads(scan_cli("refs", "list", "--json").stdout)[0]["title"] == "Finding a Mentor"
    assert "Finding a Mentor" in scan_cli("refs", "show", "barr2013").stdout
    assert "Finding a Mentor" in scan_cli("export").stdout
    # and a later edit of the same entry is no conflict with the user's own edit
    r = scan_cli("refs", "edit", "barr2013", "volume=4")
    assert r.returncode == 0 and "conflict" not in r.stderr


# --- keys ----------------------------------------------------------------------------------------


def test_rename_changes_the_key_in_place_and_names_the_manuscripts(ws, scan_cli, tmp_path):
    write(ws, JABREF)
    (tmp_path / "paper.tex").write_text("As shown \\citep{barr2013}.\n\nAnd again \\cite{x,barr2013}.\n")
    (tmp_path / "notes.md").write_text("Nothing cited here.\n")
    r = scan_cli("refs", "rename", "barr2013", "barrMentor2013")
    assert r.returncode == 0, r.stderr
    assert "paper.tex cites barr2013 on lines 1, 3" in r.stderr and "notes.md" not in r.stderr
    assert ws.bib.read_text() == JABREF.replace("@Article{barr2013,", "@Article{barrMentor2013,")
    assert [i["key"] for i in json.loads(scan_cli("refs", "list", "--json").stdout)] == ["barrMentor2013"]
    assert not library.sync(ws).changed
    r = scan_cli("refs", "rename", "barrMentor2013", "bad key")
    assert r.returncode == 2 and "cannot be a citekey" in r.stderr


def test_rename_refuses_a_key_whose_entry_cannot_be_read(ws, scan_cli):
    # Renamed in the database only, the entry came back as a conflict that
    # --keep bib settled by deleting the reference.
    write(ws, "@misc{k, title = {First}, year = 2020}\n\n@misc{other, title = {O}}\n")
    library.sync(ws)
    write(ws, "@misc{k, title = {First}, year = 2020 note = {x}\n\n@misc{other, title = {O}}\n")
    r = scan_cli("refs", "rename", "k", "knew")
    assert r.returncode == 2 and "cannot be read" in r.stderr and "not renamed" in r.stderr
    assert keys(ws) == ["k", "other"]


@pytest.mark.parametrize("args, message", [
    (["refs", "edit", "barr2013", "titel=x"], "did you mean 'title'"),
    (["refs", "edit", "barr2013", "date=2020-13-45"], "is not a date"),
    (["refs", "edit", "barr2013", "type=nonsense"], "is not a CSL item type"),
    (["refs", "add", "--title", "T", "--date", "99999"], "is not a date"),
    (["refs", "edit", "barr2013", "key=other"], "scan refs rename"),
    (["refs", "add", "--title", "T", "--url", "http://[::1"], "is not a URL"),
    (["refs", "add", "--title", "T", "--url", "javascript:alert(1)"], "is not a web address"),
    (["refs", "edit", "barr2013", "doi=not a doi"], "is not a DOI"),
])
def test_junk_fields_and_values_are_refused_with_a_suggestion(ws, scan_cli, args, message):
    write(ws, JABREF)
    before = ws.bib.read_text()
    r = scan_cli(*args)
    assert r.returncode == 2 and message in r.stderr, r.stderr
    assert ws.bib.read_text() == before


# --- a damaged database is never read as deletions ------------------------------------------------


@pytest.mark.parametrize("damage", ["", "   \n", "null", "{}", "[]", '{"_default": {}}',
                                    '{"_default": {"1": "str"}}', '{"refs": {"1": "str"}}',
                                    '{"refs": {"1": {"title": "no id"}}}'])
def test_a_damaged_refs_json_is_set_aside_and_rebuilt_from_library_bib(ws, damage):
    write(ws, JABREF)
    library.sync(ws)
    (ws.db / "refs.json").write_text(damage)
    report = library.sync(ws)
    assert not report.deleted_from_bib and ws.bib.read_text() == JABREF
    assert any("set aside" in w.message and "rebuilt" in w.message for w in report.warnings)
    assert keys(ws) == ["barr2013"]
    assert [p.read_text() for p in ws.db.glob("refs.json.damaged-*")] == [damage]


def test_a_damaged_db_with_an_empty_library_bib_is_refused(ws):
    write(ws, JABREF)
    library.sync(ws)
    write(ws, "")
    (ws.db / "refs.json").write_text("")
    with pytest.raises(CorruptDatabase, match="nothing can be rebuilt"):
        library.sync(ws)


def test_a_library_bib_emptied_down_to_a_comment_asks_before_deleting_everything(ws, scan_cli):
    entries = "".join(f"@misc{{k{n}, title = {{Title {n}}}}}\n" for n in range(8))
    write(ws, entries)
    library.sync(ws)
    write(ws, "@Comment{jabref-meta: databaseType:bibtex;}\n")
    r = scan_cli("sync")
    assert r.returncode == 1 and "nothing was deleted" in r.stderr and "--yes" in r.stderr
    assert len(keys(ws)) == 8
    assert scan_cli("export").stdout.count("@misc{") == 8
    r = scan_cli("sync", "--yes")
    assert r.returncode == 0 and keys(ws) == []


def test_deletions_held_back_are_asked_about_on_every_sync_never_in_sync(ws, scan_cli):
    entries = [f"@misc{{k{n}, title = {{Title {n}}}}}\n" for n in range(12)]
    write(ws, "".join(entries))
    library.sync(ws)
    write(ws, "".join(entries[:5]))
    for args in (["sync", "--dry-run"], ["sync"], ["sync"]):
        r = scan_cli(*args)
        assert r.returncode == 1 and "7 of the library's 12" in r.stderr, (args, r.stderr)
        assert "in sync" not in r.stderr
    assert json.loads(scan_cli("sync", "--json").stdout)["held_deletions"] == [f"k{n}" for n in range(5, 12)]


def test_a_bib_with_no_entries_at_all_never_empties_a_small_library(ws, tmp_path, scan_cli):
    write(ws, JABREF)
    library.sync(ws)
    other = tmp_path / "not-a-bib.txt"
    other.write_text("Linux version 6.1 (gcc 12)\n")
    r = scan_cli("--bib", str(other), "sync")
    assert r.returncode == 1 and "nothing was deleted" in r.stderr
    assert keys(ws) == ["barr2013"]


def test_deleting_one_entry_by_hand_needs_no_confirmation(ws):
    entries = [f"@misc{{k{n}, title = {{Title {n}}}}}\n" for n in range(8)]
    write(ws, "".join(entries))
    library.sync(ws)
    write(ws, "".join(entries[1:]))
    assert library.sync(ws).deleted_from_db == ["k0"]


# --- duplicates, stale warnings, encodings ----------------------------------------------------------


def test_removing_one_of_two_entries_sharing_a_key_brings_in_the_other(ws):
    write(ws, "@misc{dup, title = {First}}\n\n@misc{dup, title = {Second}}\n")
    report = library.sync(ws)
    assert any("duplicate key" in w.message for w in report.warnings)
    report = library.remove_items(ws, ["dup"])
    assert item(ws, "dup")["title"] == "Second"
    assert not any("duplicate key" in w.message for w in report.warnings)
    assert not any("duplicate key" in w.message for w in library.sync(ws).warnings)


def test_warnings_do_not_outlive_the_fix(ws):
    write(ws, "@misc{dup, title = {First}}\n@misc{dup, title = {Second}}\n")
    assert any("duplicate key" in w.message for w in library.sync(ws).warnings)
    write(ws, "@misc{dup, title = {First}}\n@misc{dup2, title = {Second}}\n")
    assert not library.sync(ws).warnings
    assert not library.sync(ws).warnings
    fixed = "@misc{dup, title = {First}}\n@misc{dup2, title = {Second}}\n@misc{m, title = {Caf\xe9}}\n"
    ws.bib.write_bytes(fixed.encode("latin-1"))
    assert any("not UTF-8" in w.message for w in library.sync(ws).warnings)
    ws.bib.write_text(fixed, encoding="utf-8")
    assert not library.sync(ws).warnings
    assert not library.sync(ws).warnings


def test_a_utf16_library_is_read_and_written_as_utf16(ws):
    ws.bib.write_bytes("@misc{m, title = {Caf\xe9 \u2013 Mentoring}}\n".encode("utf-16"))
    library.sync(ws)
    assert item(ws, "m")["title"] == "Caf\xe9 \u2013 Mentoring"
    library.add_items(ws, [{"type": "book", "title": "Added later", "id": "added"}])
    data = ws.bib.read_bytes()
    assert data.startswith(b"\xff\xfe") and "@book{added," in data.decode("utf-16")


def test_a_utf16_library_without_a_bom_is_refused(ws):
    ws.bib.write_bytes("@misc{m, title = {T}}\n".encode("utf-16-le"))
    with pytest.raises(BadInput, match="NUL bytes"):
        library.sync(ws)


def test_nothing_is_written_when_library_bib_changes_during_a_command(ws, monkeypatch):
    from refs import sync as sync_mod
    from refs.errors import ConcurrentModification

    write(ws, JABREF)
    library.sync(ws)
    real_plan = sync_mod.plan_sync

    def plan_then_someone_edits(*a, **kw):
        plan = real_plan(*a, **kw)
        ws.bib.write_text(JABREF + "\n% edited meanwhile\n")
        return plan

    monkeypatch.setattr(library, "plan_sync", plan_then_someone_edits)
    db_before = (ws.db / "refs.json").read_bytes()
    with pytest.raises(ConcurrentModification, match="nothing was written"):
        library.add_items(ws, [{"type": "book", "title": "New one"}])
    assert (ws.db / "refs.json").read_bytes() == db_before


# --- edits, keys and references that cannot be synced --------------------------------------------


def test_removing_the_last_two_fields_by_refs_edit_reaches_library_bib(ws, scan_cli):
    write(ws, "@article{k,\n  title = {T},\n  volume = {3},\n  note = {N}\n}\n")
    assert scan_cli("sync").returncode == 0
    r = scan_cli("refs", "edit", "k", "volume=", "note=")
    assert r.returncode == 0 and "could not be synced" not in r.stderr
    assert ws.bib.read_text() == "@article{k,\n  title = {T}\n}\n"


def test_a_reference_that_cannot_be_synced_is_reported_every_time_never_in_sync(ws, scan_cli):
    # A key library.bib cannot hold (a blank), as an older import or another
    # program left it in refs.json: it stays in the database, and each sync
    # says so with exit 1, never "in sync".
    write(ws, "@book{ok, title = {Fine}}\n")
    assert scan_cli("sync").returncode == 0
    refs = json.loads((ws.db / "refs.json").read_text())
    refs["refs"]["2"] = {"id": "Smith 2020", "type": "book", "title": "Spaced"}
    (ws.db / "refs.json").write_text(json.dumps(refs))
    for _ in range(2):
        r = scan_cli("sync")
        assert r.returncode == 1, r.stderr
        assert "Smith 2020" in r.stderr and "could not be synced" in r.stderr and "in sync" not in r.stderr


def test_csl_json_from_zotero_keys_by_citation_key_never_by_a_uri_or_a_number(ws, tmp_path, scan_cli):
    src = tmp_path / "zotero.json"
    src.write_text(json.dumps([
        {"id": "http://zotero.org/users/local/kHG3Mx0f/items/3SWWCHF8", "type": "webpage", "title": "Zotero item",
         "citation-key": "ZoteroWebAPI2021"},
        {"id": "http://zotero.org/users/local/kHG3Mx0f/items/4TXXDIG9", "type": "book", "title": "Second Book",
         "author": [{"family": "Doe", "given": "Jane"}], "issued": {"date-parts": [["2020"]]}},
        {"id": "Smith 2020", "type": "book", "title": "Spaced Key"},
        {"id": "12047273/KC6WFG78", "type": "book", "title": "Web API Item"},
        {"id": 17, "type": "book", "title": "Numbered"},
        {"id": "ITEM-1", "type": 5, "title": "Mendeley item"}]))
    r = scan_cli("import", "zotero.json")
    assert r.returncode == 0, r.stderr
    assert "could not be synced" not in r.stderr and "'17'" not in r.stderr
    assert keys(ws) == ["ITEM-1", "ZoteroWebAPI2021", "doeSecondBook2020", "numbered", "spacedKey", "webApiItem"]
    assert "citation-key" not in item(ws, "ZoteroWebAPI2021")
    assert item(ws, "ITEM-1")["type"] == "document"
    assert scan_cli("sync").stderr.strip() == "library.bib and the database are in sync."


def test_an_entry_that_does_not_say_its_dialect_is_edited_in_the_files(ws):
    # A classic BibTeX file (JabRef, Mendeley): a date added to an entry with
    # only author and title goes in as year and month, which BibTeX reads.
    write(ws, "@article{a,\n  author = {Doe, J},\n  title = {A},\n  journal = {J},\n  year = 2001\n}\n\n"
              "@misc{b,\n  author = {Roe, R},\n  title = {B}\n}\n")
    library.sync(ws)
    library.edit_item(ws, "b", {"issued": {"date-parts": [[2020, 3]]}})
    text = ws.bib.read_text()
    assert "  year = {2020},\n  month = mar\n}" in text and "date =" not in text


def test_a_new_date_leaves_no_stale_year_beside_it(ws):
    # ACL's entries mix biblatex's location with classic year: the date went
    # in as date = {2021-07-03} beside year = "2018", two dates for two readers.
    write(ws, '@InProceedings{c18,\n  title = "T",\n  year = "2018",\n  month = dec,\n'
              '  location = "Santa Fe"\n}\n')
    library.sync(ws)
    library.edit_item(ws, "c18", {"issued": {"date-parts": [[2021, 7, 3]]}})
    text = ws.bib.read_text()
    assert "2021-07-03" in text and "2018" not in text and "month" not in text
    assert item(ws, "c18")["issued"] == {"date-parts": [[2021, 7, 3]]} and "custom" not in item(ws, "c18")


def test_removing_a_publisher_read_from_organization_removes_it(ws):
    write(ws, "@inproceedings{k,\n  title = {T},\n  booktitle = {Proc},\n  organization = {IEEE}\n}\n")
    library.sync(ws)
    library.edit_item(ws, "k", {"publisher": None})
    assert "IEEE" not in ws.bib.read_text() and "publisher" not in item(ws, "k")
    assert "booktitle = {Proc}" in ws.bib.read_text()  # only the field that held it goes
    write(ws, "@online{w,\n  title = {T},\n  organization = {A Blog},\n  publisher = {P}\n}\n")
    library.sync(ws)
    library.edit_item(ws, "w", {"publisher": None})  # on a web page, organization is the site
    assert "organization = {A Blog}" in ws.bib.read_text() and "publisher" not in ws.bib.read_text()


def test_an_ill_typed_item_in_refs_json_is_reported_by_key_and_the_rest_lists(ws, scan_cli):
    write(ws, "@book{ok, title = {Fine}}\n")
    library.sync(ws)
    refs = json.loads((ws.db / "refs.json").read_text())
    refs["refs"]["2"] = {"id": "bad", "type": "book", "title": "T", "author": [{"family": 5}]}
    (ws.db / "refs.json").write_text(json.dumps(refs))
    r = scan_cli("refs", "list")
    assert r.returncode == 0 and "ok" in r.stdout and "bad" in r.stderr and "family" in r.stderr
    assert "bad" in r.stdout  # kept, mended: the family name as text
    assert scan_cli("export").returncode == 0 and scan_cli("export", "--format", "text").returncode == 0
    assert not library.sync(ws).warnings  # mended once, written back


def test_a_reading_command_on_a_read_only_workspace_shows_the_last_sync(ws, scan_cli):
    # A hand edit it cannot take in (library.bib and db/ read-only, a shared
    # library) once made refs list and export fail with exit 2.
    write(ws, "@book{a, title = {Old}}\n")
    library.sync(ws)
    write(ws, "@book{a, title = {New}}\n")
    files = [ws.bib, *ws.db.glob("*.json")]
    for f in files:
        f.chmod(0o444)
    try:
        r = scan_cli("refs", "list")
        assert r.returncode == 0 and "Old" in r.stdout
        assert "changed since the last sync" in r.stderr and "read-only" in r.stderr
    finally:
        for f in files:
            f.chmod(0o644)


def test_a_crossref_child_takes_what_it_lacks_from_its_parent_in_every_output_but_bibtex(ws, scan_cli):
    write(ws, "@inproceedings{paper, author = {Oak, Tom}, title = {Mentoring online}, crossref = {conf},\n"
              "  pages = {1--10}}\n\n"
              "@proceedings{conf, title = {Proceedings of the Mentoring Conference}, editor = {Lee, Ann},\n"
              "  publisher = {ACM}, date = {2019}, location = {Boston}}\n")
    library.sync(ws)
    text = scan_cli("export", "--format", "text", "--key", "paper").stdout
    assert "Proceedings of the Mentoring Conference" in text and "2019" in text and "ACM" in text, text
    csl = json.loads(scan_cli("export", "--format", "csl-json", "--key", "paper").stdout)[0]
    assert csl["container-title"] == "Proceedings of the Mentoring Conference" and csl["publisher"] == "ACM"
    bib = scan_cli("export", "--key", "paper").stdout
    assert "crossref = {conf}" in bib and "ACM" not in bib  # BibTeX keeps the crossref as written
    assert "container-title" not in item(ws, "paper")        # the library keeps the entry as written


def test_and_others_is_no_author_in_printed_outputs_but_stays_in_the_library(ws, scan_cli):
    write(ws, "@article{smith2020, author = {Smith, John and Doe, Jane and others}, title = {A study},\n"
              "  journal = {Journal of Things}, year = {2020}}\n")
    library.sync(ws)
    text = scan_cli("export", "--format", "text").stdout
    assert text.startswith("Smith, J., & Doe, J. (2020).") and "others" not in text, text
    ris = scan_cli("export", "--format", "ris").stdout
    assert "AU  - Doe, Jane" in ris and "others" not in ris
    csl = json.loads(scan_cli("export", "--format", "csl-json").stdout)[0]
    assert [a.get("family") for a in csl["author"]] == ["Smith", "Doe"]
    assert "and others" in scan_cli("export").stdout  # BibTeX says it as written
    assert "and others" in ws.bib.read_text()


def test_crossref_cycles_and_missing_parents_are_harmless():
    from refs.printed import resolve

    a = {"id": "a", "type": "chapter", "title": "A", "custom": {"bibtex": {"crossref": "b"}}}
    b = {"id": "b", "type": "book", "title": "B", "publisher": "P", "custom": {"bibtex": {"crossref": "a"}}}
    lost = {"id": "c", "type": "chapter", "title": "C", "custom": {"bibtex": {"crossref": "nowhere"}}}
    got = resolve([a, b, lost])
    assert got[0]["container-title"] == "B" and got[0]["publisher"] == "P"
    assert got[2] is lost


def test_check_citations_reads_a_crossref_childs_year_from_its_parent(ws, scan_cli, tmp_path):
    write(ws, "@inproceedings{paper, author = {Oak, Tom}, title = {Mentoring online}, crossref = {conf}}\n\n"
              "@proceedings{conf, title = {Proceedings}, publisher = {ACM}, date = {2019}}\n")
    library.sync(ws)
    (tmp_path / "paper.md").write_text("As Oak (2019) shows, and [@paper] too.\n")
    r = scan_cli("check-citations", "paper.md", "--library", "--json")
    problems = json.loads(r.stdout)["problems"]
    assert not [p for p in problems if p["kind"] in ("missing-year", "year-mismatch")], problems


def test_a_biblatex_subtitle_is_printed_with_its_title(ws, scan_cli):
    write(ws, "@book{b, author = {Oak, Tom}, title = {Mentoring}, subtitle = {A guide for librarians},\n"
              "  date = {2019}, publisher = {ALA}}\n")
    library.sync(ws)
    text = scan_cli("export", "--format", "text").stdout
    assert "Mentoring: A guide for librarians" in text, text
    assert text.count("A guide for librarians") == 1, text  # joined once, not once per resolve
    exported = json.loads(scan_cli("export", "--format", "csl-json").stdout)
    assert exported[0]["title"] == "Mentoring: A guide for librarians"
    assert "subtitle" not in json.dumps(exported[0].get("custom", {}))  # a re-import does not join it again
    assert "subtitle = {A guide for librarians}" in scan_cli("export").stdout


# --- found on real files (JabRef, Better BibTeX, Mendeley, CSL-JSON) ----------------------


@pytest.mark.parametrize("entry, fields", [
    # A thesis's publisher beside its institution (a ProQuest number): the
    # publisher was written as `institution` and the university was gone.
    ("@phdthesis{t, title = {T}, institution = {University of Wisconsin--Madison},\n"
     "  publisher = {ProQuest Dissertations and Theses Global}, date = {2017}}",
     {"institution": "University of Wisconsin--Madison", "publisher": "ProQuest Dissertations and Theses Global"}),
    # Better BibTeX's @jurisdiction: the reporter became `howpublished`.
    ("@jurisdiction{j, title = {Kartinyeri v Commonwealth}, journaltitle = {CLR}, date = {1998-04-01}}",
     {"journaltitle": "CLR"}),
    # An @inproceedings carrying both journal and booktitle: the booktitle was lost.
    ("@inproceedings{p, title = {T}, journal = {SIGPLAN Notices},\n"
     "  booktitle = {Proceedings of the Symposium}, year = 1977}",
     {"journaltitle": "SIGPLAN Notices", "booktitle": "Proceedings of the Symposium"}),
])
def test_export_neither_renames_nor_drops_a_field_another_one_could_hold(ws, scan_cli, entry, fields):
    from pybtex.database import parse_string

    write(ws, entry + "\n")
    library.sync(ws)
    out = scan_cli("export").stdout
    (exported,) = parse_string(out, "bibtex").entries.values()
    got = {k.lower(): v for k, v in exported.fields.items()}
    for name, value in fields.items():
        assert got.get(name) == value, out
    # library.bib itself is left as it was, and an edit elsewhere keeps these fields.
    key = next(iter(parse_string(entry, "bibtex").entries))
    scan_cli("refs", "edit", key, "note=edited")
    before = dict(parse_string(entry, "bibtex").entries[key].fields)
    after = dict(parse_string(ws.bib.read_text(), "bibtex").entries[key].fields)
    assert after == dict(before, note="edited"), ws.bib.read_text()


def test_emphasis_in_a_title_is_kept_from_bibtex_and_from_csl_json(ws, scan_cli, tmp_path):
    # Better BibTeX writes Zotero's <i> as \emph; Zotero's and Crossref's CSL-JSON carry <i> and <sub>.
    write(ws, "@article{b, title = {The role of \\emph{Drosophila} in {CO}\\textsubscript{2} sensing}, year = 2019}\n")
    library.sync(ws)
    assert item(ws, "b")["title"] == "The role of <i>Drosophila</i> in CO<sub>2</sub> sensing"
    src = tmp_path / "zotero.json"
    src.write_text(json.dumps([{"id": "z", "type": "article-journal", "title": "Sensing <i>Drosophila</i> "
                                "CO<sub>2</sub> <span style=\"font-variant:small-caps;\">Caps</span>"}]))
    assert scan_cli("import", str(src)).returncode == 0
    text = ws.bib.read_text()
    assert "Sensing \\textit{Drosophila} {CO}\\textsubscript{2} \\textsc{Caps}" in text, text
    assert "<i>" not in text and "<span" not in text
    html = scan_cli("export", "--format", "html").stdout
    assert "<i>Drosophila</i>" in html and "CO<sub>2</sub>" in html


@pytest.mark.parametrize("raw, url", [
    (r"http://link.springer.com/10.1007/978-3-540-89689-0{\_}23", "http://link.springer.com/10.1007/978-3-540-89689-0_23"),
    (r"http://jetp.ac.ru/cgi-bin/dn/e\{_\}057\{_\}06\{_\}1254.pdf", "http://jetp.ac.ru/cgi-bin/dn/e_057_06_1254.pdf"),
    (r"http://www.example.edu/{\textasciitilde}ann/a{\%}20b", "http://www.example.edu/~ann/a%20b"),
])
def test_urls_as_mendeley_escapes_them_are_read_as_the_url(ws, scan_cli, raw, url):
    # Mendeley writes {\_} and {\%} in url fields; a library re-exported had them escaped twice.
    write(ws, f"@article{{m, title = {{T}}, url = {{{raw}}}, year = 2008}}\n")
    library.sync(ws)
    assert item(ws, "m")["URL"] == url
    assert f"url = {{{url}}}" in scan_cli("export").stdout


def test_a_numeric_bibtex_key_is_kept_on_import_a_csl_json_row_number_is_not(ws, scan_cli, tmp_path):
    # JabRef libraries keyed by number (1102917): the key is what the manuscript cites.
    bib = tmp_path / "jabref.bib"
    bib.write_text("% This file was created with JabRef 2.9.2.\n@INPROCEEDINGS{1102917,\n"
                   "  author = {Stefan Kolb and Guido Wirtz},\n  title = {Towards Portability},\n  year = {2014}\n}\n")
    rows = tmp_path / "rows.json"
    rows.write_text(json.dumps([{"id": "2", "type": "book", "title": "Numbered row", "issued": {"date-parts": [[2001]]}}]))
    assert scan_cli("import", str(bib)).returncode == 0
    assert scan_cli("import", str(rows)).returncode == 0
    assert "1102917" in keys(ws) and "2" not in keys(ws)


def test_dates_we_cannot_vouch_for_reach_library_bib_in_every_date_field(ws, scan_cli, tmp_path):
    # Better BibTeX's CSL-JSON with years BC: issued reached library.bib, the other dates did not.
    src = tmp_path / "bc.json"
    src.write_text(json.dumps([{"id": "t5", "type": "book", "title": "BC tests", "issued": {"date-parts": [[-334]]},
                                "accessed": {"date-parts": [[-333, 11, 5]]}, "event-date": {"date-parts": [[-1]]},
                                "original-date": {"date-parts": [[-334], [-333]]},
                                "submitted": {"date-parts": [[-2]]}}]))
    assert scan_cli("import", str(src)).returncode == 0
    text = ws.bib.read_text()
    # Years BC are dates (EDTF counts astronomically: 334 BC is -0333).
    for field in ("date = {-0333}", "urldate = {-0332-11-05}", "origdate = {-0333/-0332}", "eventdate = {0000}",
                  "submitted = {-0001}"):
        assert field in text, text
    assert "in sync" in scan_cli("sync").stderr


def test_ris_titles_carry_no_case_protection_markup(ws, scan_cli):
    # pandoc's and biblatex's examples: subtitle = {The {B} to {X} of {BibTeX}}, title = {{MS Windows NT} Kernel}
    write(ws, "@online{w, title = {{MS Windows NT} Kernel Description}, url = {http://example.org/}, year = 1999}\n")
    library.sync(ws)
    ris = scan_cli("export", "--format", "ris").stdout
    assert "TI  - MS Windows NT Kernel Description\n" in ris, ris


def test_a_windows_1252_library_keeps_its_quotes_and_dashes(ws, scan_cli):
    # JabRef on Windows: "% Encoding: Cp1252", curly quotes and dashes in 0x80-0x9F, which
    # Latin-1 reads as control characters (and they vanished from the title).
    raw = (b"% This file was created with JabRef 2.1 beta 2.\n% Encoding: Cp1252\n\n@INPROCEEDINGS{CroAnnHow05,\n"
           b"  author = {Crowston, K.},\n  title = {\x93Effective\x94 work \x96 M\xfcller\x92s view},\n"
           b"  booktitle = {Proc. ICIS},\n  year = {2005}\n}\n")
    ws.bib.write_bytes(raw)
    report = library.sync(ws)
    assert "read as Windows-1252" in str(report.warnings[0])
    assert item(ws, "CroAnnHow05")["title"] == "\u201cEffective\u201d work \u2013 M\u00fcller\u2019s view"
    scan_cli("refs", "edit", "CroAnnHow05", "booktitle=Proc. ICIS \u0141\u00f3d\u017a")
    # letters the file's encoding holds as its writer typed them (M\xfcller), the others as LaTeX
    assert ws.bib.read_bytes() == raw.replace(b"{Proc. ICIS}", b"{Proc. ICIS {\\L}\xf3d{\\'z}}")


def test_a_utf16_file_is_imported(ws, scan_cli, tmp_path):
    src = tmp_path / "endnote.bib"
    src.write_bytes("@article{k, title = {Über Łódź}, year = 2001}\n".encode("utf-16"))
    assert scan_cli("import", str(src)).returncode == 0
    assert item(ws, "k")["title"] == "Über Łódź"


def test_csl_json_from_zotero_6_keys_by_the_citation_key_line_of_its_note(ws, tmp_path, scan_cli):
    # Zotero 6 with Better BibTeX writes the citekey into note (Zotero's Extra), not citation-key.
    src = tmp_path / "zotero6.json"
    src.write_text(json.dumps([
        {"id": "http://zotero.org/users/local/AbCdEfGh/items/ZX2Q8R4L", "type": "article-journal",
         "title": "Drosophila", "note": "Citation Key: vanBeethoven2019\nPMID: 12345",
         "author": [{"family": "Beethoven", "given": "Ludwig", "non-dropping-particle": "van"}]},
        {"id": "http://zotero.org/users/local/AbCdEfGh/items/AAAA1111", "type": "book", "title": "Only a key",
         "note": "Citation Key: doe2019"}]))
    assert scan_cli("import", str(src)).returncode == 0
    assert keys(ws) == ["doe2019", "vanBeethoven2019"]
    assert item(ws, "vanBeethoven2019")["note"] == "PMID: 12345" and "note" not in item(ws, "doe2019")


def test_a_key_among_a_references_ids_is_that_reference(ws, scan_cli, tmp_path):
    # biblatex's ids (Better BibTeX keeps old keys there): \cite{oldkey2019} cites mueller2019.
    write(ws, "@book{mueller2019,\n  author = {Müller, Hans},\n  title = {Über alles},\n  date = {2019},\n"
              "  ids = {muller2019, oldkey2019},\n}\n\n@book{other, author = {Oak, Tom}, title = {Other}, date = {2001}}\n")
    library.sync(ws)
    (tmp_path / "paper.tex").write_text("As shown \\cite{oldkey2019} and \\cite{other}.\n")
    r = scan_cli("check-citations", "paper.tex", "--library", "--json")
    assert json.loads(r.stdout)["problems"] == [], r.stdout
    exported = scan_cli("export", "--cited-in", "paper.tex").stdout
    assert "@book{mueller2019," in exported and "@book{other," in exported
    assert item(ws, "muller2019")["id"] == "mueller2019"
    assert "Müller, H. (2019)" in scan_cli("cite", "oldkey2019", "--no-add").stdout


def test_a_new_entry_in_a_classic_bibtex_library_is_classic_bibtex(ws, scan_cli):
    # JabRef in BibTeX mode: date and journaltitle would leave the year and journal out of the PDF.
    write(ws, "@Article{a,\n  author  = {Oak, Tom},\n  title   = {A},\n  journal = {J},\n  year    = {2001},\n}\n\n"
              "@Comment{jabref-meta: databaseType:bibtex;}\n")
    library.sync(ws)
    scan_cli("refs", "add", "--title", "New one", "--author", "Doe, Jane", "--date", "2020-03-04",
             "--type", "article-journal", "container-title=Journal of X")
    new = ws.bib.read_text().split("@article{doeNewOne2020,")[1]
    assert "journal = {Journal of X}" in new and "year = {2020}" in new and "date" not in new
    from refs.bibtex import file_is_biblatex

    assert file_is_biblatex("@Comment{jabref-meta: databaseType:biblatex;}\n@article{a, year = 2001}", False)


def test_a_braced_compound_name_keeps_its_capitals_in_apa(ws, scan_cli):
    # Better BibTeX: {{Haag-Ruelle}} was read as what encode_title adds by itself, then lowered by APA.
    write(ws, "@unpublished{b, title = {Lieb-{{Robinson}} Bounds and {{Haag-Ruelle}} Scattering Theory},\n"
              "  author = {Bachmann, Sven}, date = {2014-12-09}}\n")
    library.sync(ws)
    text = scan_cli("export", "--format", "text").stdout
    assert "Lieb-Robinson bounds and Haag-Ruelle scattering theory" in text, text


def test_a_url_field_holding_several_links_as_mendeley_writes_it(ws, scan_cli):
    from refs.linkcheck import links_of

    write(ws, "@misc{m1, author = {Barr, Jane}, title = {Mentoring notes}, year = {2019},\n"
              "  url = {https://blog.example.org/a https://blog.example.org/b}}\n")
    library.sync(ws)
    assert "https://blog.example.org/a https://blog.example.org/b" in ws.bib.read_text()  # kept as written
    text = scan_cli("export", "--format", "text").stdout
    assert text.strip().endswith("Mentoring notes. https://blog.example.org/a"), text
    assert [l.url for l in links_of([item(ws, "m1")])] == ["https://blog.example.org/a", "https://blog.example.org/b"]


def test_biblatex_set_and_xdata_entries_are_no_references_and_xdata_is_inherited(ws, scan_cli):
    write(ws, "@set{stdmodel, entryset = {glashow,weinberg}}\n\n"
              "@xdata{hostdata, publisher = {Oxford University Press}, location = {Oxford}}\n\n"
              "@article{glashow, author = {Glashow, Sheldon}, title = {Partial Symmetries of Weak Interactions},\n"
              "  journaltitle = {Nucl. Phys.}, volume = {22}, date = {1961}, pages = {579--588}}\n\n"
              "@book{mybook, author = {Doe, Jane}, title = {A Book}, date = {2001}, xdata = {hostdata}}\n")
    library.sync(ws)
    text = scan_cli("export", "--format", "text").stdout
    assert "Doe, J. (2001). A book. Oxford University Press." in text
    assert "n.d." not in text and len(text.strip().splitlines()) == 2, text
    ris = scan_cli("export", "--format", "ris").stdout
    assert ris.count("TY  - ") == 2
    assert scan_cli("export").stdout.count("@") >= 4    # BibTeX keeps every entry as written


def test_check_citations_takes_a_set_as_citable_and_no_work(ws, scan_cli, tmp_path):
    write(ws, "@set{stdmodel, entryset = {glashow}}\n\n@xdata{hostdata, publisher = {OUP}}\n\n"
              "@article{glashow, author = {Glashow, Sheldon}, title = {Partial Symmetries}, journaltitle = {Nucl. Phys.},\n"
              "  date = {1961}}\n")
    library.sync(ws)
    (tmp_path / "p.md").write_text("As Glashow (1961) showed.\n")
    r = scan_cli("check-citations", str(tmp_path / "p.md"), "--library", "--strict", "--json")
    assert r.returncode == 0, r.stdout        # no uncited, authorless, yearless 'references' from @set/@xdata
    bib = ws.bib
    (tmp_path / "p.tex").write_text(f"See \\cite{{stdmodel}}.\n\\bibliography{{{bib.with_suffix('')}}}\n")
    r = scan_cli("check-citations", str(tmp_path / "p.tex"), "--json")
    assert r.returncode == 0, r.stdout        # a set is cited by its key, as biblatex allows


@pytest.mark.parametrize("raw", ["https://blog.example.org/a;\n   https://blog.example.org/b",
                                 "https://blog.example.org/a; https://blog.example.org/b",
                                 "https://blog.example.org/a , https://blog.example.org/b",
                                 "https://blog.example.org/a;https://blog.example.org/b"])
def test_links_listed_with_semicolons_or_commas_are_each_a_link(ws, scan_cli, raw):
    # Nelson Beebe's bibliographies (thousands of entries on the TUG archive)
    # list an entry's links as "http://...htm;\n http://...pdf": the first
    # printed with the ';' glued to it, and check-links fetched that URL.
    from refs.linkcheck import links_of

    write(ws, "@misc{m1, author = {Barr, Jane}, title = {Mentoring notes}, year = {2019},\n"
              f"  url = {{{raw}}}}}\n")
    library.sync(ws)
    text = scan_cli("export", "--format", "text").stdout
    assert text.strip().endswith("Mentoring notes. https://blog.example.org/a"), text
    assert [l.url for l in links_of([item(ws, "m1")])] == ["https://blog.example.org/a", "https://blog.example.org/b"]
    assert raw in ws.bib.read_text()  # library.bib keeps the field as written


@pytest.mark.parametrize("url", ["http://vig.prenhall.com/catalog/academic/product/0,1144,0131855158,00.html",
                                 "https://example.org/a;jsessionid=12ab?x=1,2", "https://example.org/x;"])
def test_a_link_with_commas_or_semicolons_of_its_own_stays_one_link(url):
    from refs.values.urls import split_urls

    assert split_urls(url) == [url]


def test_month_fields_holding_a_day_two_months_or_question_marks_are_dates(ws, scan_cli):
    # As Beebe's and cryptobib's libraries write them: they were text dates,
    # printed '(???? 2005)' and '(July/ August 1999)' and sorted after every
    # dated work of the author, and exported as year = {July/ August 1999}.
    write(ws, '@article{a, author = {Smith, John}, title = {Alpha}, journal = {J}, year = 1999,\n'
              '  month = jul # "\\slash " # aug}\n'
              '@article{b, author = {Smith, John}, title = {Beta}, journal = {J}, year = 2005, month = "????"}\n'
              '@article{c, author = {Smith, John}, title = {Gamma}, journal = {J}, year = 2002, month = "10~" # jan}\n'
              '@article{d, author = {Smith, John}, title = {Delta}, journaltitle = {Mag}, entrysubtype = {magazine},\n'
              '  year = 2003, month = mar # "-" # apr}\n')
    before = ws.bib.read_bytes()
    library.sync(ws)
    text = scan_cli("export", "--format", "text").stdout.splitlines()
    assert [line.split(". ")[1][:6] for line in text] == ["(1999)", "(2002)", "(2003,", "(2005)"], text
    assert "(2003, March–April). Delta" in text[2]
    bib = scan_cli("export", "--format", "bibtex").stdout
    assert "date = {1999-07/1999-08}" in bib and "date = {2002-01-10}" in bib and "????" not in bib
    assert ws.bib.read_bytes() == before  # library.bib is left as written


def test_an_edit_of_a_field_given_twice_changes_the_value_that_is_read(ws, tmp_path):
    # pybtex's DuplicateFieldTest: title, TITLE and TiTlE in one entry. The
    # first is read (as BibTeX and pybtex read it), but an edit changed the
    # last: library.bib still said the old title, the database the new one,
    # and every sync after said 'in sync'.
    write(ws, '@mastersthesis{Mastering,\n  year = 1364,\n  title = "Mastering Thesis Writing",\n'
              '  school = "Charles University in Prague",\n  TITLE = "No One Reads Master\'s Theses Anyway LOL",\n'
              '  TiTlE = "Well seriously, lol.",\n}\n')
    library.sync(ws)
    library.edit_item(ws, "Mastering", {"title": "New title", "publisher": None})
    fresh = Workspace(ws.bib, tmp_path / "fresh-db")
    library.sync(fresh)
    assert item(fresh, "Mastering")["title"] == "New title"
    assert "publisher" not in item(fresh, "Mastering")
    assert 'TiTlE = "Well seriously, lol."' in ws.bib.read_text()


def test_import_says_when_a_key_it_was_given_cannot_be_kept(ws, scan_cli, tmp_path):
    # pybtex's KeyParsingTest: @article{test(braces2), ...} is read, but a key
    # with parentheses is not one scan writes; the entry was added under a
    # generated key without a word, and the manuscript's \cite{test(braces2)}
    # no longer matched anything.
    bib = tmp_path / "in.bib"
    bib.write_text("@article{test(braces2), title = {X one}, author = {Ann, B}, year = 2000}\n"
                   "@article{Smith:2000:a/b, title = {X two}, author = {Ann, B}, year = 2000}\n")
    r = scan_cli("import", str(bib))
    assert r.returncode == 0, r.stderr
    assert "key 'test(braces2)' cannot be kept" in r.stderr and "added as 'annXOne2000'" in r.stderr, r.stderr
    assert "Smith:2000:a/b" not in r.stderr.split("added ")[0]
    assert keys(ws) == ["Smith:2000:a/b", "annXOne2000"]


@pytest.mark.parametrize("args", [("export", "--format", "csl-json", "-o", "library.bib"),
                                  ("export", "-o", "./library.bib"),
                                  ("export", "--format", "ris", "-o", "db/refs.json"),
                                  ("export", "-o", "linked.bib"),
                                  ("report", "--html", "library.bib")])
def test_an_output_file_that_is_the_library_itself_is_refused(ws, scan_cli, args):
    # `scan export --format csl-json -o library.bib` wrote JSON over the
    # user's library.bib: its comments, @string macros and the entries scan
    # does not sync (a duplicate key, a block that fails to parse) were gone.
    write(ws, "% my notes\n@string{j = {Journal}}\n@article{a, author = {Ann, A}, title = {T}, journal = j, year = 2020}\n"
              "@article{a, author = {Bob, B}, title = {Copy}, year = 2021}\n")
    (ws.bib.parent / "linked.bib").symlink_to("library.bib")
    assert scan_cli("sync").returncode == 0
    before, refs = ws.bib.read_bytes(), (ws.db / "refs.json").read_bytes()
    r = scan_cli(*args)
    assert r.returncode == 2, r.stderr
    assert "is the library's own" in r.stderr and str(Path(args[-1])) in r.stderr, r.stderr
    assert ws.bib.read_bytes() == before and (ws.db / "refs.json").read_bytes() == refs


MIXED = (b"@article{a, author = {M\xc3\xbcller, J\xc3\xb6rg}, title = {\xc3\x9cber Mentoring}, journal = {J}, year = 2020}\n\n"
         b"@article{b, author = {G\xf6del, Kurt}, title = {Latin one}, journal = {J}, year = 1931}\n")


def test_a_utf8_library_with_a_few_latin1_bytes_is_read_as_utf8(ws, scan_cli, tmp_path):
    # An entry pasted from an old Windows export into a UTF-8 library: the
    # whole file was read as Windows-1252, every UTF-8 entry became mojibake
    # in the database (MÃ¼ller, Ãœber) and in every formatted reference.
    ws.bib.write_bytes(MIXED)
    report = library.sync(ws)
    assert item(ws, "a")["author"][0]["family"] == "Müller" and item(ws, "a")["title"] == "Über Mentoring"
    assert item(ws, "b")["author"][0]["family"] == "Gödel"
    warning = " ".join(str(w) for w in report.warnings)
    assert ":3:" in warning and "0xf6" in warning and "UTF-8" in warning, warning
    assert ws.bib.read_bytes() == MIXED  # a sync that changes nothing writes nothing
    library.edit_item(ws, "b", {"volume": "3"})
    assert ws.bib.read_bytes() == MIXED.replace(b"G\xf6del", "Gödel".encode()).replace(b"1931}", b"1931, volume = {3}}")
    # scan import reads such a file alike.
    other = Workspace(tmp_path / "other.bib", tmp_path / "other-db")
    (tmp_path / "mixed.bib").write_bytes(MIXED)
    assert scan_cli("--bib", "other.bib", "--db", "other-db", "import", "mixed.bib").returncode == 0
    assert item(other, "a")["title"] == "Über Mentoring" and item(other, "b")["author"][0]["family"] == "Gödel"


def test_a_latin1_library_with_one_utf8_looking_pair_stays_latin1(ws):
    data = b"@article{b, author = {G\xf6del, K\xfcrt}, title = {\xc3\xa9 as Latin-1 reads it: \xc3\xa9}, year = 1931}\n"
    ws.bib.write_bytes(data)
    library.sync(ws)
    assert item(ws, "b")["author"][0]["family"] == "Gödel" and item(ws, "b")["title"].startswith("Ã©")


def test_a_key_that_differs_only_in_case_is_taken(ws, scan_cli, tmp_path):
    # BibTeX reads smith2020 and Smith2020 as one key ("Repeated entry") and
    # skips the second entry: an import added Smith2020 beside smith2020 and
    # the document lost one of the two works.
    write(ws, "@article{smith2020, author = {Smith, J}, title = {One}, journal = {J}, year = 2020}\n")
    library.sync(ws)
    (tmp_path / "in.bib").write_text("@article{Smith2020, author = {Smith, K}, title = {Two}, journal = {K}, year = 2020}\n")
    r = scan_cli("import", "in.bib")
    assert r.returncode == 0, r.stderr
    assert "key 'Smith2020' is taken" in r.stderr and "smith2020" in r.stderr, r.stderr
    assert keys(ws) == ["Smith2020a", "smith2020"]
    # An entry added by hand under such a key is said to be one BibTeX skips.
    with ws.bib.open("a") as f:
        f.write("@article{SMITH2020, author = {Smith, L}, title = {Three}, journal = {K}, year = 2020}\n")
    report = library.sync(ws)
    said = " ".join(str(w) for w in report.warnings)
    assert "SMITH2020" in said and "smith2020" in said and "case" in said, said
    r = scan_cli("refs", "rename", "Smith2020a", "SMITH2020x")
    assert r.returncode == 0, r.stderr
    r = scan_cli("refs", "rename", "SMITH2020x", "sMith2020")
    assert r.returncode == 2 and "taken by 'SMITH2020'" in r.stderr, r.stderr  # the first of its twins


def test_braces_nested_thousands_deep_fail_that_entry_alone(ws, scan_cli):
    # A generated or damaged file: the LaTeX reader went one call deeper per
    # brace and every command stopped with exit 3 (RecursionError).
    deep = "{" * 3000 + "x" + "}" * 3000
    write(ws, f"@article{{deep, title = {{{deep}}}, author = {{Ann, B}}, year = 2000}}\n"
              "@article{ok, title = {Fine}, author = {Cole, D}, year = 2001}\n")
    r = scan_cli("sync")
    assert r.returncode == 0, r.stderr
    assert "library.bib:1:" in r.stderr and "nested" in r.stderr, r.stderr
    assert keys(ws) == ["ok"]
    (ws.bib.parent / "in.bib").write_text(ws.bib.read_text())
    r = scan_cli("--bib", "other.bib", "--db", "other-db", "import", "in.bib")
    assert r.returncode == 0 and "in.bib:1:" in r.stderr, r.stderr


@pytest.mark.parametrize("title, raw, written", [
    ("Über Mentoring", "für", "Zeitschrift für Bibliothekswesen"),            # a UTF-8 file: letters as written
    ('{\\"U}ber Mentoring', 'f{\\"u}r', 'Zeitschrift f{\\"u}r Bibliothekswesen'),   # an ASCII file: LaTeX
])
def test_letters_are_written_as_the_library_bib_writes_them(tmp_path, scan_cli, title, raw, written):
    """A classic BibTeX file gets letters as LaTeX commands ({\\"u}) only where it holds no text beyond ASCII: a
    file whose writer typed 'Über' got '{\\"u}' in every field scan wrote after (rv4's left-alone list)."""
    bib = tmp_path / "library.bib"
    bib.write_text(f"@article{{k1,\n  title = {{{title}}},\n  year = {{2020}}\n}}\n", encoding="utf-8")
    assert scan_cli("sync").returncode == 0
    r = scan_cli("refs", "edit", "k1", "journal=Zeitschrift für Bibliothekswesen")
    assert r.returncode == 0, r.stderr
    r = scan_cli("refs", "add", "--title", "Mentoría entre pares", "--author", "Núñez, Inés")
    assert r.returncode == 0, r.stderr
    text = bib.read_text(encoding="utf-8")
    assert f"journal = {{{written}}}" in text and title in text
    assert ("Mentoría" in text and "Núñez" in text) == (raw == "für")
    assert ("Mentor{\\'\\i}a" in text or "Mentor{\\'i}a" in text) == (raw != "für")
    assert scan_cli("sync").stderr.strip().endswith("in sync.")


def test_a_comment_beyond_ascii_does_not_change_how_entries_are_written(tmp_path, scan_cli):
    """What decides is the entries' text: an ASCII classic file with "ü" in a comment keeps LaTeX commands; a
    UTF-8 one gets Latin letters as typed, but Greek and mathematics as LaTeX, which pdflatex reads (review)."""
    bib = tmp_path / "library.bib"
    bib.write_text("% Grüße from JabRef\n@article{k1,\n  title = {Mentors},\n  year = {2020}\n}\n", encoding="utf-8")
    assert scan_cli("sync").returncode == 0
    assert scan_cli("refs", "add", "--title", "Über α-mentoring ≥ 5", "--author", "Zoë, Ann").returncode == 0
    text = bib.read_text(encoding="utf-8")
    assert '{\\"U}ber $\\alpha$-mentoring $\\geq$ 5' in text and "Zo{\\\"e}" in text
    bib.write_text("@article{k1,\n  title = {Grüße},\n  year = {2020}\n}\n", encoding="utf-8")
    assert scan_cli("sync", "--yes").returncode == 0
    assert scan_cli("refs", "add", "--title", "Über β-mentoring ≥ 6", "--author", "Zoë, Bea").returncode == 0
    text = bib.read_text(encoding="utf-8")
    assert "Über $\\beta$-mentoring $\\geq$ 6" in text and "Zoë, Bea" in text
