"""A Chief Expert at the desk, keyboard only, on the small demo (competency 17 is being marked).

Form D2 of competency 17: aspects D2.1-D2.6 and D2.8-D2.10 are measurements,
D2.7 is judged by E09 (TUR), E10 (ZHE), E11 (KAR); P01-P05 are marked,
P06-P10 are not. Rows: D2.1..D2.7 are rows 0-6, D2.7's computed mark row 7.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from PySide6.QtCore import Qt

from tests.ui.keyboard import OFFSCREEN_NOISE, Answers, enter, go, key, marks, type_text
from wsk_desk.domain.entry import canonical
from wsk_desk.storage import audit
from wsk_desk.ui import dialogs
from wsk_desk.ui.marks_model import COL_FIRST

CTRL, SHIFT = Qt.ControlModifier, Qt.ShiftModifier
pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def test_typed_marks_are_stored_at_once_and_enter_moves_down(form_d2, qtbot):
    win, view = form_d2, form_d2.page.marks.view
    go(qtbot, view, "D2.1", "P06")
    before = len(list(audit.entries(win.champ.db)))
    type_text(qtbot, view, "0,2")
    assert view.currentIndex().data() == "0,2▏"  # shown while typed, not stored yet
    assert ("D2.1", "P06") not in marks(win).measurements
    key(qtbot, view, Qt.Key_Escape)  # forgotten
    assert view.currentIndex().data() == ""
    enter(qtbot, view, "0,25")  # decimal comma
    enter(qtbot, view, "0.25")  # decimal point
    enter(qtbot, view, "0,5")
    sheet = marks(win)
    assert [sheet.measurements[(a, "P06")].value for a in ("D2.1", "D2.2", "D2.3")] == \
        [Decimal("0.25"), Decimal("0.25"), Decimal("0.5")]
    assert view.currentIndex() == view.marks().index_of("D2.4", "P06")
    assert len(list(audit.entries(win.champ.db))) == before + 3
    assert win.saved_label.text().startswith("saved ")
    assert view.marks().index_of("D2.1", "P06").data() == "0.25"
    # Tab moves right, Shift+Tab back, each storing what was typed
    type_text(qtbot, view, "1")
    key(qtbot, view, Qt.Key_Tab)
    assert view.currentIndex() == view.marks().index_of("D2.4", "P07")
    key(qtbot, view, Qt.Key_Backtab, SHIFT)
    assert view.currentIndex() == view.marks().index_of("D2.4", "P06")
    assert marks(win).measurements[("D2.4", "P06")].value == Decimal(1)
    # Delete clears
    key(qtbot, view, Qt.Key_Delete)
    assert ("D2.4", "P06") not in marks(win).measurements
    assert "D2: 47 marks missing" in win.progress_label.text()


def test_a_whole_paper_form_column_after_column(form_d2, qtbot):
    """Enter after a competitor's last aspect goes to the top of the next one, as the paper forms are read."""
    win, view = form_d2, form_d2.page.marks.view
    go(qtbot, view, "D2.1", "P08")
    column = ["0.25", "0", "0.5", "1", "0,5", "0.25", "222", "0.5", "0", "0.75"]  # D2.1 … D2.10
    for value in column:
        enter(qtbot, view, value)
    assert view.currentIndex() == view.marks().index_of("D2.1", "P09")
    for value in column:
        enter(qtbot, view, value)
    assert view.currentIndex() == view.marks().index_of("D2.1", "P10")
    sheet = marks(win)
    for ent in ("P08", "P09"):
        assert sheet.measurements[("D2.4", ent)].value == 1 and len(sheet.scores[("D2.7", ent)]) == 3
    total = view.marks().index(view.marks().rowCount() - 1, view.currentIndex().column() - 1)
    assert total.data() == "4.42"  # P09's form total: 3.75 of measurements + 222 → 2/3 of max 1, exact, rounded


def test_a_refused_value_leaves_the_cell_as_it_was_and_says_why(form_d2, qtbot):
    win, view = form_d2, form_d2.page.marks.view
    go(qtbot, view, "D2.1", "P01")
    old = marks(win).measurements[("D2.1", "P01")].value
    seq = len(list(audit.entries(win.champ.db)))
    enter(qtbot, view, "5")  # max is 0.25
    cell = view.marks().index_of("D2.1", "P01")
    assert view.currentIndex() == cell  # the cursor stays on the refused cell
    assert marks(win).measurements[("D2.1", "P01")].value == old
    assert cell.data() == f"{old:.2f}"
    assert "outside 0 to 0.25" in cell.data(Qt.ToolTipRole)  # at the cell
    assert "outside 0 to 0.25" in win.message_label.text() and win.message_label.text().startswith("✖")
    assert len(list(audit.entries(win.champ.db))) == seq
    enter(qtbot, view, "0")  # a good value clears the refusal
    assert cell.data(Qt.ToolTipRole) is None


def test_judges_scores_in_a_row_and_a_disagreement(form_d2, qtbot):
    win, view = form_d2, form_d2.page.marks.view
    go(qtbot, view, "D2.7", "P06")
    enter(qtbot, view, "33")  # three judges: two digits are refused
    assert "3 judges" in win.message_label.text()
    assert ("D2.7", "P06") not in marks(win).scores
    enter(qtbot, view, "332")
    assert marks(win).scores[("D2.7", "P06")] == {"E09": 3, "E10": 3, "E11": 2}
    mark_cell = view.marks().index(view.marks().index_of("D2.7", "P06").row() + 1, COL_FIRST + 5)
    assert mark_cell.data() == "→ 0.89"  # 8/9 of max 1
    assert view.currentIndex() == view.marks().index_of("D2.8", "P06")  # Enter skipped the mark line
    go(qtbot, view, "D2.7", "P06")
    enter(qtbot, view, "3 1 3")  # max − min = 2 > 1
    cell = view.marks().index_of("D2.7", "P06")
    assert cell.data().endswith("⚠")
    assert "Disagreement" in cell.data(Qt.ToolTipRole)
    assert "3 disagreements to confirm" in win.progress_label.text()


def test_compatriot_cell_is_refused_until_a_substitute_marks(form_d2, qtbot, monkeypatch):
    win, view = form_d2, form_d2.page.marks.view
    key(qtbot, view, Qt.Key_PageDown, CTRL)  # form E1: nothing marked yet
    assert win.page.marks.model.form.id == "E1"
    shown = []

    def choose_team(dialog):
        shown.append(dialog.warning.text())
        for combo, expert in zip(dialog.combos, ("E03", "E04", "E05")):  # E03 is from ULY, like P01
            combo.setCurrentIndex(combo.findData(expert))
        shown.append(dialog.warning.text())
        return dialogs.QDialog.Accepted

    monkeypatch.setattr(dialogs.TeamDialog, "exec", choose_team)
    monkeypatch.setattr(dialogs, "confirm", Answers(False))  # no automatic substitutes: F4 by hand below
    key(qtbot, view, Qt.Key_T, CTRL | SHIFT)
    assert "P01" in shown[-1] and "⊘" in shown[-1]  # warned before marking starts
    assert marks(win).marking_teams["E1"] == ["E03", "E04", "E05"]
    go(qtbot, view, "E1.1", "P01")
    cell = view.marks().index_of("E1.1", "P01")
    assert cell.data().startswith("⊘") and "F4" in cell.data(Qt.ToolTipRole)
    assert not (cell.flags() & Qt.ItemIsEditable)
    enter(qtbot, view, "222")
    assert "F4" in win.message_label.text() and win.message_label.text().startswith("✖")
    assert ("E1.1", "P01") not in marks(win).scores
    pick = Answers(0)
    monkeypatch.setattr(dialogs, "ask_choice", pick)
    key(qtbot, view, Qt.Key_F4)
    substitute = marks(win).substitutions[("E1", "P01", "E03")]
    assert substitute != "E03" and "P01" in pick.asked[0][2]
    enter(qtbot, view, "222")
    assert marks(win).scores[("E1.1", "P01")] == {substitute: 2, "E04": 2, "E05": 2}


def test_lock_is_refused_while_incomplete_then_locks_and_unlocks_with_a_reason(form_d2, qtbot, monkeypatch):
    win, view = form_d2, form_d2.page.marks.view
    refused = Answers()
    monkeypatch.setattr(dialogs, "refuse", refused)
    key(qtbot, view, Qt.Key_L, CTRL)
    assert "cannot be locked" in refused.asked[0][2] and "P06" in refused.asked[0][2]
    assert "D2" not in marks(win).locks
    # complete the form: P06-P10 pasted as one block from Excel, then the two disagreements confirmed
    go(qtbot, view, "D2.1", "P06")
    row = ["0.25", "0", "0,5", "1", "0.5", "0.25", "222", "0.5", "0", "0.75"]
    block = "\n".join("\t".join([v] * 5) for v in row) + "\n"
    assert view.paste(block)
    confirm = Answers("The judges re-checked the work", "Scores stand after discussion")
    monkeypatch.setattr(dialogs, "ask_reason", confirm)
    key(qtbot, view, Qt.Key_F, CTRL | SHIFT)  # next incomplete: the first unconfirmed disagreement
    key(qtbot, view, Qt.Key_D, CTRL | SHIFT)
    key(qtbot, view, Qt.Key_F, CTRL | SHIFT)
    key(qtbot, view, Qt.Key_D, CTRL | SHIFT)
    assert len(marks(win).confirmations) >= 2
    assert "D2: complete" in win.progress_label.text()
    key(qtbot, view, Qt.Key_L, CTRL)
    assert "D2" in marks(win).locks
    assert "LOCKED" in win.page.marks.banner.text()
    go(qtbot, view, "D2.1", "P06")
    enter(qtbot, view, "0")
    assert "locked" in win.message_label.text()
    assert not (view.currentIndex().flags() & Qt.ItemIsEditable)
    # unlocking asks for the reason, and it goes into the audit record
    reason = Answers("Mark of P06 was read wrongly from the paper form")
    monkeypatch.setattr(dialogs, "ask_reason", reason)
    key(qtbot, view, Qt.Key_L, CTRL | SHIFT)
    assert "D2" not in marks(win).locks
    last = list(audit.entries(win.champ.db))[-1]
    assert (last.action, last.reason) == ("form.unlock", "Mark of P06 was read wrongly from the paper form")
    enter(qtbot, view, "0")
    assert marks(win).measurements[("D2.1", "P06")].value == 0


def test_unlock_without_a_reason_changes_nothing(form_d2, qtbot, monkeypatch):
    win, view = form_d2, form_d2.page.marks.view
    for _ in range(4):  # D2 → D1 → C2 → C1 → B1
        key(qtbot, view, Qt.Key_PageUp, CTRL)
    form = win.page.marks.model.form.id
    assert form == "B1" and form in marks(win).locks
    monkeypatch.setattr(dialogs, "ask_reason", Answers(None))
    key(qtbot, view, Qt.Key_L, CTRL | SHIFT)
    assert form in marks(win).locks and "reason" in win.message_label.text()


def test_undo_writes_the_old_value_back_as_a_recorded_change(form_d2, qtbot):
    win, view = form_d2, form_d2.page.marks.view
    go(qtbot, view, "D2.1", "P01")
    old = marks(win).measurements[("D2.1", "P01")].value
    new = Decimal("0.25") if old != Decimal("0.25") else Decimal(0)
    enter(qtbot, view, str(new))
    assert marks(win).measurements[("D2.1", "P01")].value == new
    key(qtbot, view, Qt.Key_Down)
    key(qtbot, view, Qt.Key_Z, CTRL)
    assert marks(win).measurements[("D2.1", "P01")].value == old
    assert view.currentIndex() == view.marks().index_of("D2.1", "P01")  # undo shows what it changed
    assert view.marks().index_of("D2.1", "P01").data() == f"{old:.2f}"
    entries = list(audit.entries(win.champ.db))
    assert [e.action for e in entries[-2:]] == ["mark.set", "mark.set"]
    assert entries[-1].old == {"value": canonical(new), "reason": ""}
    assert entries[-1].new == {"value": canonical(old), "reason": entries[-1].new["reason"]}
    key(qtbot, view, Qt.Key_Y, CTRL)
    assert marks(win).measurements[("D2.1", "P01")].value == new


def test_results_tab_follows_the_marks_with_medals(form_d2, qtbot):
    win, view = form_d2, form_d2.page.marks.view
    key(qtbot, view, Qt.Key_5, CTRL)
    table = win.page.results.model
    assert "PROVISIONAL" in win.page.results.banner.text()
    medals = [table.index(r, table.col_medal).data() for r in range(table.rowCount())]
    assert medals[:3] == ["GOLD", "SILVER", "BRONZE"]
    leader = table.row(0).id
    # P10 gets full marks in every open aspect of D2: the results move when the tab is shown again
    key(qtbot, win.page.results.table, Qt.Key_4, CTRL)
    go(qtbot, view, "D2.1", "P10")
    before = win.champ.results("17").rows
    raw_before = next(r.raw for r in before if r.id == "P10")
    for value in ("0.25", "0.25", "0.5", "1", "0.5", "0.25", "333", "0.5", "0.5", "0.75"):
        enter(qtbot, view, value)
    key(qtbot, view, Qt.Key_5, CTRL)
    after = {table.row(r).id: r for r in range(table.rowCount())}
    assert table.row(after["P10"]).raw == raw_before + Fraction("5.5")
    shown = table.index(after["P10"], table.col_raw).data().rstrip(" ✎")
    assert Fraction(shown) == round(raw_before + Fraction("5.5"), 2)
    assert table.index(0, table.col_medal).data() == "GOLD" and table.row(0).medal.value == "GOLD"
    assert leader in after


def test_a_new_team_can_get_its_substitutes_chosen_automatically(form_d2, qtbot, monkeypatch):
    win, view = form_d2, form_d2.page.marks.view
    key(qtbot, view, Qt.Key_PageDown, CTRL)  # E1

    def choose_team(dialog):
        for combo, expert in zip(dialog.combos, ("E03", "E04", "E05")):  # compatriots of P01, P02, P03
            combo.setCurrentIndex(combo.findData(expert))
        return dialogs.QDialog.Accepted

    monkeypatch.setattr(dialogs.TeamDialog, "exec", choose_team)
    asked = Answers(True)
    monkeypatch.setattr(dialogs, "confirm", asked)
    key(qtbot, view, Qt.Key_T, CTRL | SHIFT)
    assert "3 competitors" in asked.asked[0][2]
    assert win.page.marks.compatriot_panels("E1") == []
    subs = {k: v for k, v in marks(win).substitutions.items() if k[0] == "E1"}
    assert {("P01", "E03"), ("P02", "E04"), ("P03", "E05")} <= {(k[1], k[2]) for k in subs}
    go(qtbot, view, "E1.1", "P01")
    enter(qtbot, view, "321")  # P01 can be marked at once
    assert len(marks(win).scores[("E1.1", "P01")]) == 3
