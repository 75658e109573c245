"""Two-way sync between the database and library.bib, on real files."""

from __future__ import annotations


import pytest

from refs import library
from refs.errors import CorruptDatabase
from refs.library import Workspace

BIB = """% my reading list
@string{jla = "Journal of Library Administration"}

@article{hurt2012,
  title = {Peer Mentoring for New Librarians},
  author = {Hurt, Rebecca and M{\\"u}ller, Anna},
  journal = jla,
  year = {2012},
  pages = {245--262}
}

@Comment{jabref-meta: databaseType:bibtex;}

@online{barr2013,
  title = {How to Find a Mentor on {Twitter}},
  author = {Barr, Jane},
  date = {2013-02-25},
  url = {https://blog.example.org/find-a-mentor}
}
"""


def write(ws: Workspace, text: str) -> None:
    ws.bib.write_text(text, encoding="utf-8")


def first_sync(ws: Workspace, text: str = BIB):
    write(ws, text)
    return library.sync(ws)


def test_first_sync_takes_in_every_entry_and_leaves_the_file_alone(ws):
    report = first_sync(ws)
    assert sorted(report.added_to_db) == ["barr2013", "hurt2012"]
    assert not report.wrote_bib
    assert ws.bib.read_text() == BIB
    items = {i["id"]: i for i in library.list_items(ws)}
    assert items["hurt2012"]["author"][1] == {"family": "Müller", "given": "Anna"}
    assert items["hurt2012"]["container-title"] == "Journal of Library Administration"
    assert items["hurt2012"]["page"] == "245-262"
    assert items["barr2013"]["type"] == "webpage"
    assert items["barr2013"]["issued"] == {"date-parts": [[2013, 2, 25]]}


def test_sync_of_an_unchanged_pair_rewrites_nothing(ws):
    first_sync(ws)
    mtimes = {p: p.stat().st_mtime_ns for p in [ws.bib, *ws.db.glob("*.json")]}
    report = library.sync(ws)
    assert not report.changed and not report.wrote_bib and not report.wrote_db
    assert {p: p.stat().st_mtime_ns for p in mtimes} == mtimes


def test_hand_edit_reaches_the_database_without_rewriting_the_file(ws):
    first_sync(ws)
    edited = BIB.replace("Peer Mentoring for New Librarians", "Peer Mentoring for Newer Librarians")
    write(ws, edited)
    report = library.sync(ws)
    assert report.updated_in_db == ["hurt2012"]
    assert not report.wrote_bib
    assert ws.bib.read_text() == edited
    assert library.get_item(ws, "hurt2012")["title"] == "Peer Mentoring for Newer Librarians"


def test_command_change_reaches_the_file_and_other_blocks_stay_byte_for_byte(ws):
    first_sync(ws)
    library.edit_item(ws, "barr2013", {"title": "How to find a mentor on Twitter"})
    text = ws.bib.read_text()
    assert "title = {How to find a mentor on {Twitter}}" not in text
    assert "How to find a mentor on Twitter" in text
    # The untouched entry, the comment, the @string and the header are verbatim.
    start = BIB.index("@article{hurt2012")
    end = BIB.index("@online{barr2013")
    assert BIB[:end] in text or (BIB[:start] in text and BIB[start:end] in text)
    assert text.startswith(BIB[:end])
    # Unchanged fields of the edited entry keep their text.
    assert "date = {2013-02-25}" in text and "url = {https://blog.example.org/find-a-mentor}" in text
    # And the next sync has nothing to do.
    assert not library.sync(ws).changed


def test_same_field_changed_on_both_sides_is_a_conflict_and_nothing_is_overwritten(ws):
    first_sync(ws)
    write(ws, BIB.replace("{Barr, Jane}", "{Barr, Janet}"))
    # a command changes the same field in the database
    items = ws.store.load_items()
    items["barr2013"]["author"] = [{"family": "Barr", "given": "J."}]
    ws.store.save_items(items)
    report = library.sync(ws)
    assert [(c.key, c.field) for c in report.conflicts] == [("barr2013", "author")]
    c = report.conflicts[0]
    assert c.db_value == [{"family": "Barr", "given": "J."}]
    assert c.bib_value == [{"family": "Barr", "given": "Janet"}]
    assert "{Barr, Janet}" in ws.bib.read_text()
    assert library.get_item(ws, "barr2013")["author"] == [{"family": "Barr", "given": "J."}]
    # It is still a conflict next time, until settled.
    assert library.sync(ws).conflicts
    settled = library.sync(ws, keep="bib")
    assert not settled.conflicts
    assert library.get_item(ws, "barr2013")["author"] == [{"family": "Barr", "given": "Janet"}]
    assert not library.sync(ws).conflicts


def test_keep_db_settles_in_favour_of_the_database(ws):
    first_sync(ws)
    write(ws, BIB.replace("{Barr, Jane}", "{Barr, Janet}"))
    items = ws.store.load_items()
    items["barr2013"]["author"] = [{"family": "Barr", "given": "J."}]
    ws.store.save_items(items)
    assert library.sync(ws).conflicts
    assert not library.sync(ws, keep="db", keep_keys=["barr2013"]).conflicts
    assert "{Barr, J.}" in ws.bib.read_text()
    assert not library.sync(ws).changed


def test_different_fields_changed_on_both_sides_merge(ws):
    first_sync(ws)
    write(ws, BIB.replace("date = {2013-02-25}", "date = {2013-02-26}"))
    items = ws.store.load_items()
    items["barr2013"]["title"] = "How to find a mentor"
    ws.store.save_items(items)
    report = library.sync(ws)
    assert not report.conflicts
    item = library.get_item(ws, "barr2013")
    assert item["issued"] == {"date-parts": [[2013, 2, 26]]} and item["title"] == "How to find a mentor"
    text = ws.bib.read_text()
    assert "2013-02-26" in text and "How to find a mentor}" in text


def test_deleted_in_file_and_unchanged_in_db_is_deleted(ws):
    first_sync(ws)
    start = BIB.index("@online{barr2013")
    write(ws, BIB[:start])
    report = library.sync(ws)
    assert report.deleted_from_db == ["barr2013"]
    assert [i["id"] for i in library.list_items(ws)] == ["hurt2012"]


def test_deleted_in_db_and_unchanged_in_file_is_deleted_from_the_file(ws):
    first_sync(ws)
    library.remove_items(ws, ["hurt2012"])
    text = ws.bib.read_text()
    assert "hurt2012" not in text
    assert "@Comment{jabref-meta: databaseType:bibtex;}" in text and "@string{jla" in text


def test_deleted_on_one_side_and_edited_on_the_other_is_a_conflict(ws):
    first_sync(ws)
    start = BIB.index("@online{barr2013")
    write(ws, BIB[:start])
    items = ws.store.load_items()
    items["barr2013"]["title"] = "Changed"
    ws.store.save_items(items)
    report = library.sync(ws)
    assert [(c.key, c.field) for c in report.conflicts] == [("barr2013", "*")]
    assert library.get_item(ws, "barr2013")["title"] == "Changed"


def test_new_database_entries_go_at_the_end(ws):
    first_sync(ws)
    report = library.add_items(ws, [{"type": "webpage", "title": "Mentoring moments",
                                     "author": [{"family": "Lee", "given": "Sam"}],
                                     "issued": {"date-parts": [[2014]]}, "URL": "https://x.example/m"}])
    assert report.added == ["leeMentoringMoments2014"]
    text = ws.bib.read_text()
    assert text.startswith(BIB)
    # The file says it is classic BibTeX (JabRef's databaseType, year and journal): so is the new entry.
    assert text.rstrip().endswith("}") and "@misc{leeMentoringMoments2014," in text[len(BIB):]
    assert "year = {2014}" in text[len(BIB):]
    assert not library.sync(ws).changed


def test_failed_block_stays_verbatim_with_a_warning_naming_its_line(ws):
    broken = BIB + "\n@article{broken,\n  title = {Unclosed\n"
    report = first_sync(ws, broken)
    assert any(w.line == broken.count("\n", 0, broken.index("@article{broken")) + 1 for w in report.warnings)
    library.add_items(ws, [{"type": "book", "title": "A new book", "issued": {"date-parts": [[2020]]}}])
    assert "@article{broken,\n  title = {Unclosed\n" in ws.bib.read_text()


def test_a_block_that_stops_parsing_is_not_taken_as_deleted(ws):
    first_sync(ws)
    write(ws, BIB.replace("@online{barr2013,\n  title = {How to Find a Mentor on {Twitter}},",
                          "@online{barr2013,\n  title = {How to Find a Mentor on {Twitter},"))
    report = library.sync(ws)
    assert not report.deleted_from_db
    assert library.get_item(ws, "barr2013")


def test_duplicate_keys_are_reported_with_both_lines_and_nothing_is_dropped(ws):
    dup = BIB + "\n@book{hurt2012,\n  title = {Another}\n}\n"
    report = first_sync(ws, dup)
    first = BIB.count("\n", 0, BIB.index("@article{hurt2012")) + 1
    second = dup.count("\n", 0, dup.index("@book{hurt2012")) + 1
    assert any(f"lines {first} and {second}" in str(w) for w in report.warnings)
    library.add_items(ws, [{"type": "book", "title": "A new book", "issued": {"date-parts": [[2020]]}}])
    assert "@book{hurt2012,\n  title = {Another}\n}" in ws.bib.read_text()


def test_missing_library_bib_is_created(ws):
    report = library.sync(ws)
    assert ws.bib.exists() and ws.bib.read_text() == ""
    assert not report.conflicts


def test_latin1_file_is_read_with_a_warning_and_kept_latin1(ws):
    text = "@book{k,\n  title = {Caf\xe9 culture},\n  year = {2001}\n}\n"
    ws.bib.write_bytes(text.encode("latin-1"))
    report = library.sync(ws)
    assert any("Latin-1" in str(w) and w.line == 2 for w in report.warnings)
    assert library.get_item(ws, "k")["title"] == "Café culture"
    library.add_items(ws, [{"type": "book", "title": "Na\xefve", "issued": {"date-parts": [[2002]]}}])
    assert ws.bib.read_bytes().startswith(text.encode("latin-1"))


def test_corrupt_database_is_a_clear_error_and_is_not_overwritten(ws):
    first_sync(ws)
    refs_file = ws.db / "refs.json"
    refs_file.write_text('{"refs": {"1": ')
    with pytest.raises(CorruptDatabase) as exc:
        library.add_items(ws, [{"type": "book", "title": "X"}])
    assert "refs.json" in str(exc.value) and "line 1" in str(exc.value)
    assert refs_file.read_text() == '{"refs": {"1": '


def test_file_changed_during_sync_writes_nothing(ws, monkeypatch):
    from refs import sync as sync_mod
    from refs.errors import ConcurrentModification

    first_sync(ws)
    items = ws.store.load_items()
    items["barr2013"]["title"] = "Changed in db"
    ws.store.save_items(items)
    real_plan = sync_mod.plan_sync

    def plan_then_someone_edits(*a, **kw):
        plan = real_plan(*a, **kw)
        ws.bib.write_text(BIB + "\n% edited by hand meanwhile\n")
        return plan

    monkeypatch.setattr(library, "plan_sync", plan_then_someone_edits)
    with pytest.raises(ConcurrentModification):
        library.sync(ws)
    assert ws.bib.read_text() == BIB + "\n% edited by hand meanwhile\n"


def test_unknown_entry_type_is_kept_and_written_back(ws):
    text = "@wrong{w1,\n  title = {Odd}\n}\n"
    report = first_sync(ws, text)
    assert any("@wrong" in str(w) for w in report.warnings)
    item = library.get_item(ws, "w1")
    assert item["type"] == "document"
    library.edit_item(ws, "w1", {"title": "Odder"})
    assert ws.bib.read_text().startswith("@wrong{w1,")


def test_unmapped_fields_survive_db_edits(ws):
    text = "@article{a1,\n  title = {T},\n  arxivid = {1807.00144},\n  year = {2013}\n}\n"
    first_sync(ws, text)
    assert library.get_item(ws, "a1")["custom"]["bibtex"]["arxivid"] == "1807.00144"
    library.edit_item(ws, "a1", {"title": "T2"})
    out = ws.bib.read_text()
    assert "arxivid = {1807.00144}" in out and "year = {2013}" in out and "{T2}" in out


def test_moving_a_corrupt_db_away_rebuilds_it_from_the_file(ws):
    first_sync(ws)
    (ws.db / "refs.json").rename(ws.db / "refs.json.bad")
    report = library.sync(ws)
    assert any("rebuilt" in str(w) for w in report.warnings)
    assert ws.bib.read_text() == BIB
    assert sorted(i["id"] for i in library.list_items(ws)) == ["barr2013", "hurt2012"]


def test_a_missing_or_emptied_bib_is_written_anew_not_read_as_deletions(ws):
    first_sync(ws)
    ws.bib.unlink()
    report = library.sync(ws)
    assert any("written anew" in str(w) for w in report.warnings)
    assert sorted(i["id"] for i in library.list_items(ws)) == ["barr2013", "hurt2012"]
    assert "@article{hurt2012," in ws.bib.read_text() and "@online{barr2013," in ws.bib.read_text()


def test_new_keys_avoid_keys_written_in_the_file_but_not_yet_synced(ws):
    first_sync(ws)
    write(ws, BIB + "\n@book{leeMentoringMoments2014,\n  title = {Hand added}\n}\n")
    report = library.add_items(ws, [{"type": "webpage", "title": "Mentoring moments",
                                     "author": [{"family": "Lee", "given": "Sam"}],
                                     "issued": {"date-parts": [[2014]]}}])
    assert report.added == ["leeMentoringMoments2014a"]
    assert not report.sync.conflicts


def test_the_fast_path_still_warns_about_blocks_it_does_not_sync(ws):
    first_sync(ws, BIB + "\n@article{broken,\n  title = {Unclosed\n")
    again = library.sync(ws)
    assert not again.changed and any("never closes" in str(w) for w in again.warnings)


def test_a_field_turning_into_a_dict_is_applied():
    from refs.sync import apply, diff

    old = {"id": "k", "custom": "x"}
    new = {"id": "k", "custom": {"bibtex": {"pmid": "1"}}}
    assert apply(old, diff(old, new)) == new


def test_a_key_changed_by_hand_renames_the_reference_and_keeps_what_only_the_database_holds(ws):
    first_sync(ws)
    items = ws.store.load_items()
    items["barr2013"]["abstract"] = "One.\n\nTwo."      # paragraphs library.bib folds to one
    items["barr2013"]["reference-count"] = 12           # a variable BibTeX has no field for
    ws.store.save_items(items)
    library.sync(ws)                                    # the database's change reaches the file
    write(ws, ws.bib.read_text().replace("@online{barr2013,", "@online{barrMentor2013,"))
    report = library.sync(ws)
    assert report.renamed == [["barr2013", "barrMentor2013"]]
    assert not report.deleted_from_db and not report.added_to_db and not report.wrote_bib
    moved = library.get_item(ws, "barrMentor2013")
    assert moved["abstract"] == "One.\n\nTwo." and moved["reference-count"] == 12
    assert sorted(i["id"] for i in library.list_items(ws)) == ["barrMentor2013", "hurt2012"]
    assert not library.sync(ws).changed


def _library_with_what_bibtex_cannot_hold(ws, tmp_path):
    src = tmp_path / "in.json"
    src.write_text('[{"id": "doe2020", "type": "article-journal", "title": "T", "abstract": "One.\\n\\nTwo.",'
                   ' "note": "a  b", "reference-count": 12}, {"id": "roe2021", "type": "book", "title": "B"}]')
    from refs.formats import read_references

    library.add_items(ws, read_references(src)[0])


@pytest.mark.parametrize("damage", ["", "{}", "not json{"])
def test_a_lost_or_damaged_sync_base_finds_no_conflict_in_what_bibtex_cannot_hold(ws, tmp_path, damage):
    _library_with_what_bibtex_cannot_hold(ws, tmp_path)
    (ws.db / "sync.json").write_text(damage)
    (ws.db / "state.json").unlink()
    report = library.sync(ws)
    assert not report.conflicts and not report.changed, report
    assert library.get_item(ws, "doe2020")["abstract"] == "One.\n\nTwo."
    if damage == "not json{":
        assert any("set aside" in w.message for w in report.warnings)
    assert not library.sync(ws).warnings


def test_keep_bib_after_a_lost_base_takes_only_what_the_file_says_differently(ws, tmp_path):
    _library_with_what_bibtex_cannot_hold(ws, tmp_path)
    (ws.db / "sync.json").unlink()
    write(ws, ws.bib.read_text().replace("title = {T}", "title = {T2}"))
    assert [c.field for c in library.sync(ws).conflicts] == ["title"]
    library.sync(ws, keep="bib")
    got = library.get_item(ws, "doe2020")
    assert got["title"] == "T2" and got["abstract"] == "One.\n\nTwo." and got["reference-count"] == 12


def test_a_state_json_that_is_not_json_is_a_cache_and_no_error(ws, scan_cli):
    first_sync(ws)
    (ws.db / "state.json").write_text("garbage")
    r = scan_cli("refs", "list")
    assert r.returncode == 0 and "hurt2012" in r.stdout
    assert scan_cli("sync").returncode == 0


def test_an_item_that_cannot_be_written_is_left_alone_and_the_others_sync():
    # The same key new on both sides (a lost base), the database's item one
    # the writer cannot take (another program's refs.json): no exit 3.
    from refs.sync import plan_sync

    plan = plan_sync("@book{a, title={T}}\n@book{b, title={B}}\n", {}, {},
                     {"a": {"id": "a", "type": 5, "title": "T"}})
    assert plan.report.unsynced == ["a"] and plan.report.added_to_db == ["b"]
    assert plan.items["a"] == {"id": "a", "type": 5, "title": "T"}


def test_letters_latin1_lacks_keep_a_latin1_file_latin1(ws):
    # Written as UTF-8, "Café" in the user's other entries turned to "CafÃ©"
    # for JabRef and LaTeX set to Latin-1.
    ws.bib.write_bytes("@article{a,\n  title = {Café},\n  year = 2001\n}\n".encode("latin-1"))
    library.sync(ws)
    library.add_items(ws, [{"type": "book", "title": "Łódź notes", "author": [{"family": "Żółć", "given": "Ą"}]}])
    data = ws.bib.read_bytes()
    assert data.startswith("@article{a,\n  title = {Café},".encode("latin-1"))
    # the file's writer typed its letters (Café): those Latin-1 holds are written so, the others as LaTeX
    assert "{\\L}ód{\\'z} notes".encode("latin-1") in data
    assert library.get_item(ws, "zolcLodzNotes")["title"] == "Łódź notes"
    report = library.sync(ws)
    assert not report.changed and not report.conflicts


@pytest.mark.parametrize("broken", ['@string{jcp = "J. Chem. Phys."\n', '@string{jcp = "J. Chem. Phys." # }\n'])
def test_a_broken_string_block_bends_no_entry_that_uses_it(ws, broken):
    # The macro went undefined and every entry using it took its name as the
    # journal ("jcp"), in the database and in what a command wrote back.
    good = '@string{jcp = "J. Chem. Phys."}\n'
    entry = "\n@article{k,\n  title = {Foo},\n  journal = jcp,\n  year = 2020\n}\n"
    first_sync(ws, good + entry)
    write(ws, broken + entry)
    report = library.sync(ws)
    assert any("@string" in w.message for w in report.warnings) and not report.updated_in_db
    library.edit_item(ws, "k", {"volume": "3"})
    assert library.get_item(ws, "k")["container-title"] == "J. Chem. Phys."
    assert "journal = jcp," in ws.bib.read_text()
    write(ws, ws.bib.read_text().replace(broken, good))
    library.sync(ws)
    assert library.get_item(ws, "k")["container-title"] == "J. Chem. Phys." and library.get_item(ws, "k")["volume"] == "3"


def test_keep_with_a_key_that_names_no_reference_says_so(ws):
    """`scan sync --keep db NOKEY` settled nothing and said nothing (rv4): a warning names the key; the
    conflict of the key that exists is still reported until settled."""
    first_sync(ws)
    write(ws, BIB.replace("{Barr, Jane}", "{Barr, Janet}"))
    items = ws.store.load_items()
    items["barr2013"]["author"] = [{"family": "Barr", "given": "J."}]
    ws.store.save_items(items)
    report = library.sync(ws, keep="db", keep_keys=["barr2031"])
    assert any(w.key == "barr2031" and "no reference has the key" in w.message for w in report.warnings)
    assert report.conflicts
    settled = library.sync(ws, keep="db", keep_keys=["barr2013"])
    assert not settled.conflicts and not any("no reference" in w.message for w in settled.warnings)
