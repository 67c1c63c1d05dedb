"""Every entered mark is checked, stored at once with its audit entry, or refused whole."""

from __future__ import annotations

import sqlite3
from decimal import Decimal

import pytest

from wsk_desk.domain.errors import DeskError, RuleViolation
from wsk_desk.storage import audit


def test_a_mark_is_committed_at_once_and_audited(champ):
    champ.set_measurement("17", "A1.1", "P01", "45,5")
    # a second connection sees it: it is committed, not pending in a transaction
    other = sqlite3.connect(champ.path)
    assert other.execute("SELECT value FROM measurement_marks").fetchall() == [("45.5",)]
    other.close()
    last = list(audit.entries(champ.db))[-1]
    assert (last.action, last.old, last.new) == ("mark.set", None, {"value": "45.5", "reason": ""})


def test_out_of_range_is_refused_and_changes_nothing(champ):
    champ.set_measurement("17", "A1.1", "P01", "40")
    before = len(list(audit.entries(champ.db)))
    with pytest.raises(RuleViolation) as info:
        champ.set_measurement("17", "A1.1", "P01", "50.5")
    assert info.value.rule == "range"
    assert "outside 0 to 50" in str(info.value)
    assert champ.marksheet("17").measurements[("A1.1", "P01")].value == Decimal("40")
    assert len(list(audit.entries(champ.db))) == before


@pytest.mark.parametrize("bad", ["-1", "abc", "1e400", "0.125"])
def test_bad_numbers_are_refused(champ, bad):
    with pytest.raises(RuleViolation):
        champ.set_measurement("17", "A1.1", "P01", bad)


def test_judges_scores_and_the_compatriot_rule(champ):
    champ.set_scores("17", "A1.2", "P01", {"E02": 3, "E03": 2, "E04": 3})
    assert champ.marksheet("17").scores[("A1.2", "P01")] == {"E02": 3, "E03": 2, "E04": 3}
    with pytest.raises(RuleViolation) as info:  # E02 is from KAR like P02
        champ.set_scores("17", "A1.2", "P02", {"E02": 2})
    assert info.value.rule == "compatriot"
    assert "compatriot" in str(info.value) and "KAR" in str(info.value)
    # the Chief Expert substitutes E05 for E02 on that competitor, and marking goes on
    champ.substitute("17", "A1", "P02", "E02", "E05")
    champ.set_scores("17", "A1.2", "P02", {"E05": 2, "E03": 2, "E04": 1})
    with pytest.raises(RuleViolation) as info:
        champ.set_scores("17", "A1.2", "P01", {"E03": 4})
    assert info.value.rule == "range"


def test_substitute_must_not_be_a_compatriot(champ):
    with pytest.raises(RuleViolation):
        champ.substitute("17", "A1", "P02", "E02", "E02")


def test_batch_is_all_or_nothing(champ):
    with pytest.raises(RuleViolation) as info:
        champ.apply_batch("17", [("m", "A1.1", "P01", "10"), ("m", "A1.1", "P02", "99")], action="paste")
    assert info.value.index == 1
    assert champ.marksheet("17").measurements == {}
    champ.apply_batch("17", [("m", "A1.1", "P01", "10"), ("m", "A1.1", "P02", "20"),
                             ("x", "B1", "P03", True)], action="paste")
    sheet = champ.marksheet("17")
    assert len(sheet.measurements) == 2 and ("B1", "P03") in sheet.absences


def test_look_alike_ids_find_each_other(champ):
    champ.set_measurement("17", "А1.1", "Р01", "5")  # Cyrillic А and Р
    assert ("A1.1", "P01") in champ.marksheet("17").measurements


def test_locked_form_refuses_changes_until_unlocked_with_reason(champ):
    champ.set_measurement("17", "B1.1", "P01", "20")
    champ.set_measurement("17", "B1.1", "P02", "10")
    champ.set_measurement("17", "B1.1", "P03", "0")
    champ.lock_form("17", "B1")
    with pytest.raises(RuleViolation) as info:
        champ.set_measurement("17", "B1.1", "P01", "19")
    assert info.value.rule == "locked"
    with pytest.raises(RuleViolation):
        champ.unlock_form("17", "B1", "  ")
    champ.unlock_form("17", "B1", "typo on paper form")
    champ.set_measurement("17", "B1.1", "P01", "19")
    actions = [e.action for e in audit.entries(champ.db)]
    assert actions[-3:] == ["form.lock", "form.unlock", "mark.set"]


def test_lock_is_refused_while_marks_are_missing(champ):
    champ.set_measurement("17", "B1.1", "P01", "20")
    with pytest.raises(RuleViolation) as info:
        champ.lock_form("17", "B1")
    assert info.value.rule == "incomplete"


def test_read_only_file_refuses_edits(champ, tmp_path):
    from wsk_desk.storage.championship import Championship

    champ.set_measurement("17", "A1.1", "P01", "5")
    ro = Championship.open(champ.path, readonly=True)
    try:
        with pytest.raises(DeskError):
            ro.set_measurement("17", "A1.1", "P01", "6")
        assert ro.marksheet("17").measurements[("A1.1", "P01")].value == Decimal("5")
    finally:
        ro.close()


def test_audit_log_is_append_only_and_replays_to_the_marks(champ):
    champ.set_measurement("17", "A1.1", "P01", "5")
    champ.set_measurement("17", "A1.1", "P01", None)
    champ.set_measurement("17", "A1.1", "P02", "7")
    champ.set_absent("17", "B1", "P03", True)
    with pytest.raises(sqlite3.DatabaseError):
        champ.db.execute("UPDATE audit SET actor = 'x' WHERE seq = 1")
    with pytest.raises(sqlite3.DatabaseError):
        champ.db.execute("DELETE FROM audit WHERE seq = 1")
    report = audit.verify(champ.db)
    assert report.ok, report.problems
    # a mark changed behind the desk's back is caught
    champ.db.execute("UPDATE measurement_marks SET value = '8' WHERE competitor = 'P02'")
    report = audit.verify(champ.db)
    assert not report.ok and "P02" in report.problems[0]


def test_removing_the_newest_audit_entries_is_caught(champ):
    champ.set_measurement("17", "A1.1", "P01", "5")
    champ.set_marking_team("17", "B1", ["E03", "E05", "E04"])
    assert audit.verify(champ.db).ok
    champ.db.execute("DROP TRIGGER audit_no_delete")
    last = champ.db.execute("SELECT MAX(seq) FROM audit").fetchone()[0]
    champ.db.execute("DELETE FROM audit WHERE seq = ?", (last,))
    report = audit.verify(champ.db)
    assert not report.ok
    assert "removed from the end" in report.problems[0]


def test_refusals_speak_russian_and_kazakh_too(champ):
    with pytest.raises(RuleViolation) as info:
        champ.set_measurement("17", "A1.1", "P01", "51")
    assert info.value.text("ru") == "51 вне диапазона от 0 до 50 для аспекта A1.1."
    with pytest.raises(RuleViolation) as info:
        champ.set_measurement("17", "A1.1", "P01", "50,5")
    assert info.value.text("ru").startswith("50,5 вне диапазона") and str(info.value).startswith("50.5 is")
    assert "аспектісі" in info.value.text("kk")
    assert info.value.text("en") == str(info.value)
    with pytest.raises(RuleViolation) as info:
        champ.set_scores("17", "A1.2", "P02", {"E02": 2})
    assert "компатриот" in info.value.text("ru") and "компатриот" in info.value.text("kk")
    with pytest.raises(RuleViolation) as info:
        champ.lock_form("17", "B1")
    assert info.value.text("ru").startswith("Ведомость B1 нельзя закрыть")


def test_locked_form_refuses_a_new_marking_team_or_substitute(tmp_path):
    """Who marks decides which scores count: changing it on a locked form would change a locked result."""
    from tests.storage.test_verify import _signed_off
    from wsk_desk.storage.championship import Championship
    from wsk_desk.domain.errors import RuleViolation

    path = _signed_off(tmp_path / "s.wsk")
    with Championship.open(path) as ch:
        before = ch.results("17").rows
        with pytest.raises(RuleViolation) as info:
            ch.set_marking_team("17", "A1", ["E03", "E04", "E05"])
        assert info.value.rule == "locked"
        with pytest.raises(RuleViolation) as info:
            ch.substitute("17", "A1", "P01", "E04", "E05")
        assert info.value.rule == "locked"
        assert ch.results("17").rows == before and ch.marksheet("17").marking_teams["A1"] == ["E02", "E03", "E04"]
