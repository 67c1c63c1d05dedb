"""Tampering behind the desk's back, with plain sqlite3, is caught by verify and named precisely."""

from __future__ import annotations

import sqlite3

import pytest

from tests.storage.reliability_util import build, raw
from wsk_desk.storage.integrity import verify_file

NO_TRIGGERS = ("DROP TRIGGER audit_no_update", "DROP TRIGGER audit_no_delete")


@pytest.fixture
def wsk(tmp_path):
    return build(tmp_path / "a.wsk")


def first_problem(path) -> str:
    report = verify_file(path)
    assert not report.ok
    return report.problems[0]


def test_untouched_file_verifies(wsk):
    report = verify_file(wsk)
    assert report.ok and report.quick_check == "ok" and report.problems == []
    assert report.audit_entries >= 10
    assert report.schema_version == report.desk_schema_version


def test_tampered_measurement_mark_is_named(wsk):
    raw(wsk, "UPDATE measurement_marks SET value = '50' WHERE aspect = 'A1.1' AND competitor = 'P02'")
    assert first_problem(wsk) == ("competency 17, aspect A1.1, competitor P02: the file holds mark 50, "
                                  "but the audit log says mark 30.5.")


def test_tampered_judge_score_is_named(wsk):
    raw(wsk, "UPDATE judge_scores SET score = 3 WHERE competitor = 'P01' AND expert = 'E04'")
    assert first_problem(wsk) == ("competency 17, aspect A1.2, competitor P01, judge E04: the file holds "
                                  "score 3, but the audit log says score 2.")


def test_mark_slipped_in_or_deleted_without_the_log_is_caught(wsk, tmp_path):
    raw(wsk, "INSERT INTO measurement_marks (competency, aspect, competitor, value) VALUES ('17', 'B1.1', 'P01', '20')")
    assert "aspect B1.1, competitor P01: the file holds mark 20, but the audit log says nothing" in first_problem(wsk)
    other = build(tmp_path / "b.wsk")
    raw(other, "DELETE FROM measurement_marks WHERE competitor = 'P03'")
    assert "competitor P03: the file holds nothing, but the audit log says mark 20" in first_problem(other)


def test_the_log_refuses_update_and_delete(wsk):
    conn = sqlite3.connect(wsk)
    for sql in ("UPDATE audit SET actor = 'x'", "DELETE FROM audit WHERE seq = 3"):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute(sql)
    conn.close()
    assert verify_file(wsk).ok


def test_deleted_log_row_with_triggers_dropped_is_caught(wsk):
    raw(wsk, *NO_TRIGGERS, "DELETE FROM audit WHERE seq = 4")
    assert first_problem(wsk) == "audit entry 4 is missing (the next entry is 5)."


def test_edited_log_row_with_triggers_dropped_is_caught(wsk):
    seq = sqlite3.connect(wsk).execute("SELECT max(seq) FROM audit WHERE action = 'mark.set'").fetchone()[0]
    raw(wsk, *NO_TRIGGERS, f"UPDATE audit SET new = '{{\"reason\":\"\",\"value\":\"50\"}}' WHERE seq = {seq}")
    assert first_problem(wsk).startswith(f"audit entry {seq} (mark.set,")
    assert "was altered after it was written" in first_problem(wsk)


def test_mark_and_log_forged_together_break_the_chain(wsk):
    # the forger changes the mark AND the ops of its log entry, so the replay agrees: the hash does not
    conn = sqlite3.connect(wsk)
    seq, ops = conn.execute("SELECT seq, ops FROM audit WHERE target = 'A1.1 · P02'").fetchone()
    conn.close()
    forged = ops.replace('"30.5"', '"50"')
    raw(wsk, *NO_TRIGGERS, f"UPDATE audit SET ops = '{forged}' WHERE seq = {seq}",
        "UPDATE measurement_marks SET value = '50' WHERE competitor = 'P02'")
    assert "was altered after it was written" in first_problem(wsk)


def test_log_edited_into_nonsense_is_reported_not_raised(wsk):
    raw(wsk, *NO_TRIGGERS, "UPDATE audit SET ops = 'not json' WHERE seq = (SELECT max(seq) FROM audit)")
    assert first_problem(wsk)  # a sentence, not an exception


def test_damaged_and_foreign_files_are_reported(wsk, tmp_path):
    with open(wsk, "r+b") as fh:
        fh.seek(8192)
        fh.write(bytes(range(256)) * 32)
    report = verify_file(wsk)
    assert not report.ok and report.quick_check != "ok" and "damaged" in report.problems[0]
    notes = tmp_path / "notes.wsk"
    notes.write_text("hello")
    assert "not a WSK Desk championship file" in first_problem(notes)
    plain = tmp_path / "plain.wsk"
    raw(plain, "CREATE TABLE t (x)")
    assert "not a WSK Desk championship file" in first_problem(plain)


def test_newer_file_is_reported_not_misread(wsk):
    raw(wsk, "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
             "VALUES ('wsk_desk', 'm999_from_the_future', '2030-01-01')")
    assert "newer version of WSK Desk" in first_problem(wsk)


def _signed_off(path):
    """The tiny championship marked in full, both forms locked and signed off (revision 1)."""
    ch = build(path, close=False)
    ch.substitute("17", "A1", "P02", "E02", "E05")  # P02 and E02 are compatriots
    ch.set_measurement("17", "A1.1", "P03", "40")
    ch.set_scores("17", "A1.2", "P01", {"E02": 2})
    ch.set_scores("17", "A1.2", "P02", {"E03": 2, "E04": 2, "E05": 1})
    ch.set_scores("17", "A1.2", "P03", {"E02": 1, "E03": 1, "E04": 1})
    ch.set_measurement("17", "B1.1", "P01", "18")
    ch.set_measurement("17", "B1.1", "P02", "19")
    ch.lock_form("17", "A1")
    ch.lock_form("17", "B1")
    assert ch.sign_off("17", "E01") == 1
    ch.close()
    return path


def test_locks_and_sign_off_replayed_through_unlock_and_a_new_revision(tmp_path):
    path = _signed_off(tmp_path / "s.wsk")
    assert verify_file(path).ok
    from wsk_desk.storage.championship import Championship
    with Championship.open(path) as ch:
        ch.unlock_form("17", "B1", "a typo in B1.1")
        ch.set_measurement("17", "B1.1", "P02", "20")
        ch.lock_form("17", "B1")
        assert ch.sign_off("17", "E01", "corrected B1.1") == 2
    assert verify_file(path).ok


def test_removed_lock_is_caught(tmp_path):
    path = _signed_off(tmp_path / "s.wsk")
    raw(path, "DELETE FROM form_locks WHERE form = 'B1'")
    assert first_problem(path) == ("competency 17, form B1 (lock): the file holds no lock, "
                                   "but the audit log says locked.")


def test_removed_or_slipped_in_sign_off_is_caught(tmp_path):
    path = _signed_off(tmp_path / "s.wsk")
    raw(path, "UPDATE signoffs SET active = 0")  # final results quietly made provisional again
    assert first_problem(path) == ("competency 17 (sign-off): the file holds no sign-off, "
                                   "but the audit log says sign-off revision 1.")
    other = build(tmp_path / "b.wsk")
    raw(other, "INSERT INTO form_locks (competency, form, locked_by, locked_at) VALUES ('17', 'A1', 'x', 'now')")
    assert "form A1 (lock): the file holds locked, but the audit log says no lock" in first_problem(other)
