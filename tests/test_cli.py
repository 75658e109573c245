"""The command line as a user runs it: messages and exit codes are pinned."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

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
    # pages typed with BibTeX's range dash are a range (rv4: APA printed "2--11")
    r = scan_cli("refs", "edit", "barrHowFindMentor2013", "pages=2--11", "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["page"] == "2-11" and "2--11" in (tmp_path / "library.bib").read_text()
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


def test_version(scan_cli):
    from scan import __version__

    r = scan_cli("--version")
    assert (r.returncode, r.stdout) == (0, f"scan {__version__}\n")


def test_the_workspace_is_found_in_a_parent_folder_and_named(tmp_path, scan_cli):
    (tmp_path / "in.bib").write_text(BIB)
    assert scan_cli("import", "in.bib").returncode == 0
    sub = tmp_path / "chapters" / "one"
    sub.mkdir(parents=True)
    r = scan_cli("refs", "list", "--json", cwd=sub)
    assert [x["key"] for x in json.loads(r.stdout)] == ["hurt2012"]
    assert not (sub / "db").exists() and not (sub / "library.bib").exists()
    # --bib/--db and SCAN_BIB/SCAN_DB still point elsewhere, relative to where the command runs.
    r = scan_cli("--bib", "mine.bib", "--db", "mydb", "refs", "list", cwd=sub)
    assert r.returncode == 0
    assert f"The library is empty ({sub / 'mine.bib'}, database {sub / 'mydb'})" in r.stderr
    # Outside any workspace, the message names where it looked.
    lone = tmp_path.parent / f"{tmp_path.name}-lone"
    lone.mkdir()
    r = scan_cli("refs", "list", cwd=lone)
    assert f"The library is empty ({lone / 'library.bib'}, database {lone / 'db'})" in r.stderr


def test_paths_of_the_wrong_kind_exit_2_naming_the_option(tmp_path, scan_cli):
    (tmp_path / "afile").write_text("x")
    r = scan_cli("--db", "afile", "refs", "list")
    assert r.returncode == 2
    assert r.stderr == "scan: error: --db: afile is a file; the database is a folder (give --db FOLDER)\n"
    (tmp_path / "adir").mkdir()
    r = scan_cli("--bib", "adir", "sync")
    assert r.returncode == 2 and r.stderr.startswith("scan: error: --bib: adir is a folder")
    (tmp_path / "in.bib").write_text(BIB)
    assert scan_cli("import", "in.bib").returncode == 0
    r = scan_cli("export", "-o", "adir")
    assert (r.returncode, r.stderr) == (2, "scan: error: adir: it is a folder; give a file name\n")


def test_export_takes_comma_separated_keys(tmp_path, scan_cli):
    (tmp_path / "in.bib").write_text(BIB + BIB.replace("hurt2012", "hurt2012b").replace("Peer", "Other")
                                     .replace("000001", "000002"))
    assert scan_cli("import", "in.bib").returncode == 0
    r = scan_cli("export", "--format", "csl-json", "--key", "hurt2012,hurt2012b")
    assert r.returncode == 0, r.stderr
    assert [i["id"] for i in json.loads(r.stdout)] == ["hurt2012", "hurt2012b"]


def test_a_read_only_library_bib_is_exit_2_and_left_alone(tmp_path, scan_cli):
    (tmp_path / "library.bib").write_text(BIB)
    assert scan_cli("sync").returncode == 0
    (tmp_path / "library.bib").chmod(0o444)
    before = (tmp_path / "library.bib").read_bytes()
    r = scan_cli("refs", "add", "--title", "A new one", "--date", "2020")
    assert r.returncode == 2
    assert "scan: error: library.bib: the file is read-only (`chmod u+w` it to let scan write it)" in r.stderr
    assert (tmp_path / "library.bib").read_bytes() == before
    (tmp_path / "library.bib").chmod(0o644)
    r = scan_cli("refs", "add", "--title", "A new one", "--date", "2020")
    assert r.returncode == 0 and "A new one" in (tmp_path / "library.bib").read_text()
    assert sorted(x["title"] for x in json.loads(scan_cli("refs", "list", "--json").stdout)) == [
        "A new one", "Peer Mentoring for New Librarians"]


def _in_own_mounts(tmp_path, script: str) -> subprocess.CompletedProcess:
    """Run ``script`` (sh) in a user and mount namespace of its own, where it
    may mount a tiny tmpfs; skip where the machine allows no such namespace."""
    import shutil

    if not shutil.which("unshare") or subprocess.run(["unshare", "-Urm", "true"], capture_output=True).returncode:
        pytest.skip("no user namespaces here (unshare -Urm): cannot make a full or read-only file system")
    env = {k: v for k, v in os.environ.items() if k not in ("SCAN_BIB", "SCAN_DB")}
    env.update(PY=sys.executable, WS=str(tmp_path / "ws"), PYTHONPATH=str(ROOT))
    (tmp_path / "ws").mkdir()
    return subprocess.run(["unshare", "-Urm", "sh", "-c", script], env=env, capture_output=True, text=True,
                          timeout=300)


def test_a_full_disk_is_exit_2_and_the_old_files_stay_whole(tmp_path):
    r = _in_own_mounts(tmp_path, """
        set -u
        mount -t tmpfs -o size=256k tmpfs "$WS" && cd "$WS" || exit 99
        "$PY" -m scan refs add --title "First on mentoring" --date 2013 >/dev/null 2>&1 || exit 98
        cp library.bib /tmp/before.$$
        head -c 1000000 /dev/zero > filler 2>/dev/null
        "$PY" -m scan refs add --title "Second on mentoring" --date 2014 2>/tmp/err.$$ >/dev/null
        echo "exit=$?"
        head -c 600 /tmp/err.$$ >&2
        rm -f filler /tmp/err.$$
        cmp -s library.bib /tmp/before.$$ && echo "bib-whole"
        rm -f /tmp/before.$$
        "$PY" -m scan refs list --json
    """)
    assert "exit=2" in r.stdout, (r.stdout, r.stderr)
    assert "the disk is full" in r.stderr and "was not changed" in r.stderr
    assert "bib-whole" in r.stdout
    assert "First on mentoring" in r.stdout


def test_a_read_only_workspace_is_exit_2_naming_the_file(tmp_path):
    r = _in_own_mounts(tmp_path, """
        mount -t tmpfs -o size=1m tmpfs "$WS" && cd "$WS" || exit 99
        "$PY" -m scan refs add --title "First on mentoring" --date 2013 >/dev/null 2>&1 || exit 98
        mount -o remount,ro "$WS" || exit 97
        "$PY" -m scan refs add --title "Second on mentoring" --date 2014
        echo "exit=$?"
    """)
    assert "exit=2" in r.stdout, (r.stdout, r.stderr)
    assert r.stderr.startswith("scan: error: db/.lock: cannot take the workspace lock: the file system is read-only")


def test_control_characters_from_a_bib_file_are_shown_not_obeyed(tmp_path, scan_cli):
    """A .bib from elsewhere whose title clears the screen, retitles the window and turns the URL around."""
    (tmp_path / "library.bib").write_text("@misc{a, title={Hello \x1b[2J\x1b]0;pwn\x07 \u202eevil}, url={http://x.org/}}\n")
    for args in (("refs", "list"), ("refs", "show", "a"), ("cite", "a")):
        r = scan_cli(*args)
        assert r.returncode == 0, r.stderr
        assert "\x1b" not in r.stdout and "\u202e" not in r.stdout, args
        assert "Hello \\x1b[2J\\x1b]0;pwn\\x07 \\u202eevil" in r.stdout, args
    r = scan_cli("export", "--format", "bibtex")  # a file format: the data as it is
    assert "\x1b[2J" in r.stdout
