"""The command line as a user runs it: messages and exit codes are pinned."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

from tests.conftest import ROOT

BIB = textwrap.dedent("""\
    @article{hurt2012,
      title = {Peer Mentoring for New Librarians},
      author = {Hurt, Rebecca},
      journal = {Journal of Library Administration},
      year = {2012},
      doi = {10.1080/01930826.2012.000001}
    }
    """)


def test_help_imports_no_heavy_module():
    code = ("import sys; from scan.cli import main\n"
            "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in ('requests', 'bs4', 'bibtexparser', 'tinydb', 'lxml') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert out.stdout.strip().splitlines()[-1] == "[]"
    assert "sync" in out.stdout and "refs" in out.stdout


def test_import_list_show_export(tmp_path, scan_cli):
    (tmp_path / "in.bib").write_text(BIB)
    r = scan_cli("import", "in.bib")
    assert r.returncode == 0, r.stderr
    assert r.stderr == "added 1 reference to the library and library.bib: hurt2012\n"  # one message for one action
    assert "@article{hurt2012," in (tmp_path / "library.bib").read_text()
    r = scan_cli("refs", "list", "--json")
    assert r.returncode == 0
    data = json.loads(r.stdout)
    assert data == [{"key": "hurt2012", "type": "article-journal", "title": "Peer Mentoring for New Librarians",
                     "authors": [{"family": "Hurt", "given": "Rebecca"}], "date": "2012", "url": None,
                     "doi": "10.1080/01930826.2012.000001"}]
    r = scan_cli("refs", "show", "hurt2012")
    assert r.returncode == 0 and "journaltitle = {Journal of Library Administration}" in r.stdout
    r = scan_cli("export", "--format", "ris")
    assert "TY  - JOUR" in r.stdout and "DO  - 10.1080/01930826.2012.000001" in r.stdout
    r = scan_cli("export", "--format", "csl-json", "-o", "out.json")
    assert r.returncode == 0 and json.loads((tmp_path / "out.json").read_text())[0]["id"] == "hurt2012"


def test_duplicate_import_is_reported_and_skipped(tmp_path, scan_cli):
    (tmp_path / "in.bib").write_text(BIB)
    scan_cli("import", "in.bib")
    r = scan_cli("import", "in.bib")
    assert r.returncode == 0
    assert "skipped hurt2012: duplicate of hurt2012 (same DOI)" in r.stderr
    assert len(json.loads(scan_cli("refs", "list", "--json").stdout)) == 1


def test_add_edit_rm(tmp_path, scan_cli):
    r = scan_cli("refs", "add", "--title", "How to Find a Mentor on Twitter", "--author", "Barr, Jane",
                 "--date", "2013-02-25", "--url", "https://blog.example.org/x", "--type", "post-weblog")
    assert r.returncode == 0, r.stderr
    assert r.stderr == "added 1 reference to the library and library.bib: barrHowFindMentor2013\n"
    r = scan_cli("refs", "edit", "barrHowFindMentor2013", "title=How to find a mentor", "publisher=")
    assert r.returncode == 0, r.stderr
    assert "How to find a mentor}" in (tmp_path / "library.bib").read_text()
    r = scan_cli("refs", "rm", "barrHowFindMentor2013")
    assert r.returncode == 0
    assert "barrHowFindMentor2013" not in (tmp_path / "library.bib").read_text()


def test_unknown_key_is_exit_2_with_a_hint(scan_cli):
    r = scan_cli("refs", "show", "nope")
    assert r.returncode == 2
    assert r.stderr.strip() == "scan: error: no reference with key 'nope'. `scan refs list` shows the keys."


def test_bad_usage_is_exit_2(scan_cli):
    r = scan_cli("refs", "edit", "k", "notapair")
    assert r.returncode == 2
    assert "expected field=value" in r.stderr


def test_sync_conflict_exits_1_and_lists_key_field_and_both_values(tmp_path, scan_cli):
    (tmp_path / "library.bib").write_text(BIB)
    assert scan_cli("sync").returncode == 0
    (tmp_path / "library.bib").write_text(BIB.replace("{Hurt, Rebecca}", "{Hurt, Becky}"))
    r = scan_cli("refs", "edit", "hurt2012", "author=Hurt, R.")
    assert r.returncode == 1
    assert "hurt2012 (library.bib line 1): author" in r.stderr
    assert '"given": "R."' in r.stderr and '"given": "Becky"' in r.stderr
    r = scan_cli("sync", "--json")
    assert r.returncode == 1
    assert json.loads(r.stdout)["conflicts"][0]["field"] == "author"
    assert scan_cli("sync", "--keep", "bib").returncode == 0


def test_env_and_global_options_point_elsewhere(tmp_path, scan_cli):
    (tmp_path / "other.bib").write_text(BIB)
    r = scan_cli("sync", env={"SCAN_BIB": str(tmp_path / "other.bib"), "SCAN_DB": str(tmp_path / "otherdb")})
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "otherdb" / "refs.json").exists()
    r = scan_cli("--bib", "other.bib", "--db", "otherdb", "refs", "list", "--json")
    assert json.loads(r.stdout)[0]["key"] == "hurt2012"


def test_corrupt_db_exit_2_names_the_file(tmp_path, scan_cli):
    (tmp_path / "db").mkdir()
    (tmp_path / "db" / "refs.json").write_text("{not json")
    r = scan_cli("refs", "list")
    assert r.returncode == 2
    assert "db/refs.json" in r.stderr and "left untouched" in r.stderr


def test_missing_import_file_exit_2(scan_cli):
    r = scan_cli("import", "nothere.bib")
    assert r.returncode == 2
    assert r.stderr.strip() == "scan: error: nothere.bib: no such file"
