"""`wsk-desk backup`, `restore` and `verify` as a person at a terminal uses them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.storage.reliability_util import build, marks_of, raw
from wsk_desk.cli import main
from wsk_desk.storage import schema
from wsk_desk.storage.backup import backup_dir, list_backups

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def wsk(tmp_path):
    return build(tmp_path / "a.wsk")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_backup_into_the_folder_beside_the_file(wsk, capsys):
    code, out, err = run(capsys, "backup", wsk)
    assert (code, err) == (0, "")
    [info] = list_backups(backup_dir(wsk))
    assert out.startswith(f"Backed up {wsk} to {info.path}")
    assert marks_of(info.path) == marks_of(wsk)


def test_backup_to_a_folder_rotates_and_to_a_new_file(wsk, tmp_path, capsys):
    folder = tmp_path / "stick"
    for _ in range(3):
        assert run(capsys, "backup", wsk, folder, "--keep", "2")[0] == 0
    assert len(list_backups(folder)) == 2
    code, out, _ = run(capsys, "backup", wsk, tmp_path / "copy.wsk")
    assert code == 0 and marks_of(tmp_path / "copy.wsk") == marks_of(wsk)
    code, _, err = run(capsys, "backup", wsk, tmp_path / "copy.wsk")
    assert code == 2 and err == f"wsk-desk: {tmp_path / 'copy.wsk'}: the file already exists; choose another name.\n"


def test_backup_refusals_are_one_sentence(tmp_path, capsys):
    code, _, err = run(capsys, "backup", tmp_path / "missing.wsk")
    assert code == 2 and err.count("\n") == 1 and "does not exist" in err
    junk = tmp_path / "junk.wsk"
    junk.write_text("hello")
    code, _, err = run(capsys, "backup", junk)
    assert code == 2 and "cannot be backed up: it is not a championship file" in err


def test_restore_round_trip_and_refusal_to_overwrite(wsk, tmp_path, capsys):
    run(capsys, "backup", wsk, tmp_path / "b.wsk")
    code, out, _ = run(capsys, "restore", tmp_path / "b.wsk", tmp_path / "r.wsk")
    assert code == 0 and out == f"Restored b.wsk to {tmp_path / 'r.wsk'}.\n"
    assert marks_of(tmp_path / "r.wsk") == marks_of(wsk)
    code, _, err = run(capsys, "restore", tmp_path / "b.wsk", wsk)
    assert code == 2 and "already exists" in err
    raw(wsk, "DELETE FROM measurement_marks")
    assert run(capsys, "restore", "--force", tmp_path / "b.wsk", wsk)[0] == 0
    assert marks_of(wsk) == marks_of(tmp_path / "r.wsk")


def test_verify_passes_a_clean_file(wsk, capsys):
    code, out, err = run(capsys, "verify", wsk)
    assert (code, err) == (0, "")
    assert "integrity (quick_check): ok" in out and f"format version: {schema.CURRENT_VERSION}" in out
    assert "OK: the audit chain is intact" in out


def test_verify_fails_naming_the_mismatching_mark(wsk, capsys):
    raw(wsk, "UPDATE measurement_marks SET value = '50' WHERE competitor = 'P02'")
    code, out, err = run(capsys, "verify", wsk)
    assert code == 1
    assert "FAILED: competency 17, aspect A1.1, competitor P02: the file holds mark 50" in out
    assert err == ("wsk-desk: a.wsk failed verification: competency 17, aspect A1.1, competitor P02: the file "
                   "holds mark 50, but the audit log says mark 30.5.\n")


def test_verify_fails_naming_the_first_broken_entry(wsk, capsys):
    raw(wsk, "DROP TRIGGER audit_no_delete", "DELETE FROM audit WHERE seq = 6")
    code, out, err = run(capsys, "verify", wsk)
    assert code == 1 and "FAILED: audit entry 6 is missing" in out and "audit entry 6 is missing" in err


def test_verify_json_and_damaged_file(wsk, capsys):
    code, out, _ = run(capsys, "verify", "--json", wsk)
    data = json.loads(out)
    assert code == 0 and data["ok"] and data["quick_check"] == "ok" and data["audit_entries"] > 0
    with open(wsk, "r+b") as fh:
        fh.seek(8192)
        fh.write(b"\xff" * 8192)
    code, out, err = run(capsys, "verify", wsk)
    assert code == 1 and "damaged" in err and "Traceback" not in err


def test_verify_through_the_installed_entry_point(wsk):
    done = subprocess.run([sys.executable, "-m", "wsk_desk", "verify", str(wsk)], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and "OK" in done.stdout


def test_writing_commands_take_the_lock_and_back_up_before_risky_steps(wsk):
    from wsk_desk.commands.common import open_file
    from wsk_desk.storage.filelock import FileLock, LockHeld

    desk = FileLock(wsk)
    desk.acquire()  # the desk has the file open
    with pytest.raises(LockHeld, match="already open for writing in WSK Desk"):
        open_file(str(wsk), readonly=False)
    reader = open_file(str(wsk))  # reading commands still work
    reader.close()
    desk.release()
    champ = open_file(str(wsk), readonly=False)
    try:
        assert champ.file_lock.held
        champ.save_people(champ.competitors("17"), champ.experts("17"))  # an import
        assert [b.reason for b in list_backups(backup_dir(wsk))] == ["import"]
    finally:
        champ.close()
    assert not FileLock(wsk).holder()


def test_writing_command_on_a_missing_file_keeps_its_sentence(tmp_path, capsys):
    from wsk_desk.commands.common import open_file
    from wsk_desk.storage.connection import FileProblem

    with pytest.raises(FileProblem, match="does not exist"):
        open_file(str(tmp_path / "nothing.wsk"), readonly=False)
    assert not (tmp_path / "nothing.wsk.lock").exists()
