"""The rest of the desk: status bar, read-only, absent, reasons, paste, imports, sign-off, language, first start."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTranslator

from tests.ui.keyboard import OFFSCREEN_NOISE, Answers, enter, go, key, marks, open_form, type_text
from wsk_desk.storage import audit
from wsk_desk.ui import dialogs
from wsk_desk.ui.main_window import MainWindow
from wsk_desk.ui.window_files import recent_files

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
CTRL, SHIFT = Qt.ControlModifier, Qt.ShiftModifier
SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def test_status_bar_badges_and_menus(window, qtbot):
    assert window.file_label.text() == "small.wsk"
    assert window.windowTitle() == "WSK Desk — small.wsk"
    assert not window.readonly_label.isVisible()
    qtbot.waitUntil(lambda: all(window.tree.status_of(c) for c in ("04", "10", "17")))
    items = [window.tree._items[c] for c in ("17", "10", "04")]
    assert [i.text(0)[0] for i in items] == ["◐", "●", "◑"]  # the badge's shape in the line
    assert [i.toolTip(0).rsplit("— ", 1)[1] for i in items] == ["◐ marking", "● final", "◑ provisional"]
    assert window.legend.text() == "○ setup\n◐ marking\n◑ provisional\n● final"
    assert window.menu_language.objectName() == "languageMenu"
    assert [m.title() for m in (window.menu_file, window.menu_competency, window.menu_reports,
                                window.menu_language, window.menu_help)] == \
        ["&File", "&Competency", "&Reports", "&Language", "&Help"]
    assert recent_files() == [str(window.champ.path)]  # one file: read back as a list all the same
    window._fill_recent()
    assert [a.text() for a in window.menu_recent.actions()] == [str(window.champ.path)]


def test_read_only_file_refuses_every_edit_politely(qtbot, desk_settings, small_demo):
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    assert win.open_file(small_demo, readonly=True)
    assert win.readonly_label.isVisible() and win.readonly_label.text() == "READ-ONLY"
    assert "[read-only]" in win.windowTitle()
    open_form(qtbot, win, "17", "D2")
    assert "READ-ONLY" in win.page.marks.banner.text()
    view = win.page.marks.view
    go(qtbot, view, "D2.1", "P06")
    enter(qtbot, view, "0")
    assert "read-only" in win.message_label.text()
    assert ("D2.1", "P06") not in marks(win).measurements
    win.close()


def test_absent_key_and_back(form_d2, qtbot, monkeypatch):
    win, view = form_d2, form_d2.page.marks.view
    go(qtbot, view, "D2.1", "P02")  # P02 has marks in D2: the desk asks first
    asked = Answers(True)
    monkeypatch.setattr(dialogs, "confirm", asked)
    key(qtbot, view, Qt.Key_A)
    assert ("D2", "P02") in marks(win).absences and asked.asked
    assert view.currentIndex().data() == "absent"
    enter(qtbot, view, "0")
    assert "press A" in win.message_label.text()
    type_text(qtbot, view, "ф")  # the same key with a Russian keyboard layout: present again, no question
    assert ("D2", "P02") not in marks(win).absences
    assert view.currentIndex().data() != "absent"


def test_deduction_reason_with_f2(form_d2, qtbot, monkeypatch):
    win, view = form_d2, form_d2.page.marks.view
    go(qtbot, view, "D2.4", "P06")
    key(qtbot, view, Qt.Key_F2)  # no mark yet
    assert "first" in win.message_label.text()
    enter(qtbot, view, "0,5")
    key(qtbot, view, Qt.Key_Up)
    monkeypatch.setattr(dialogs, "ask_text", Answers("half of the joints leak"))
    key(qtbot, view, Qt.Key_F2)
    assert marks(win).measurements[("D2.4", "P06")].reason == "half of the joints leak"
    cell = view.currentIndex()
    assert cell.data() == "0.50 ✎" and "half of the joints leak" in cell.data(Qt.ToolTipRole)


def test_paste_is_all_or_nothing(form_d2, qtbot):
    win, view = form_d2, form_d2.page.marks.view
    go(qtbot, view, "D2.1", "P06")
    seq = len(list(audit.entries(win.champ.db)))
    assert not view.paste("0.25\t0.25\n0.25\t9\n")  # 9 is beyond D2.2's max
    assert "D2.2 · P07" in win.message_label.text() and "nothing was pasted" in win.message_label.text()
    assert not any((a, e) in marks(win).measurements for a in ("D2.1", "D2.2") for e in ("P06", "P07"))
    assert len(list(audit.entries(win.champ.db))) == seq
    assert view.paste("0.25\t0,25\n0\t0.25\r\n")
    assert marks(win).measurements[("D2.2", "P07")].value == marks(win).measurements[("D2.1", "P06")].value
    key(qtbot, view, Qt.Key_Z, CTRL)  # one undo takes the whole paste back
    assert not any((a, e) in marks(win).measurements for a in ("D2.1", "D2.2") for e in ("P06", "P07"))


def test_overview_enter_opens_the_form_at_the_competitor(window, qtbot):
    open_form(qtbot, window, "17", "A1")
    key(qtbot, window.page.marks.view, Qt.Key_1, CTRL)
    table = window.page.overview.table
    assert table.hasFocus()
    model = window.page.overview.model
    row = [f.id for f in model.forms].index("D2")
    col = 4 + [e.id for e in model.entrants].index("P07")
    assert model.index(row, col).data().startswith("○")  # P07 has marks missing in D2
    table.setCurrentIndex(model.index(row, col))
    key(qtbot, table, Qt.Key_Return)
    assert window.page.tabs.currentIndex() == 3 and window.page.marks.model.form.id == "D2"
    assert window.page.marks.view.currentIndex().column() == col - 4 + 3


def test_sign_off_makes_results_final_and_a_later_change_needs_a_new_revision(window, qtbot, monkeypatch):
    open_form(qtbot, window, "04", "A1")
    page = window.page
    monkeypatch.setattr(dialogs, "ask_reason", Answers("Иванов Иван"))
    page.sign_button.click()
    assert window.champ.context("04").sheet.signoff.revision == 1
    assert "final" in page.badge.text()
    key(qtbot, page.marks.view, Qt.Key_5, CTRL)
    assert page.results.banner.text().startswith("FINAL")
    key(qtbot, page.results.table, Qt.Key_4, CTRL)
    unlock = Answers("Wrong mark for T03 found after sign-off")
    monkeypatch.setattr(dialogs, "ask_reason", unlock)
    key(qtbot, page.marks.view, Qt.Key_L, CTRL | SHIFT)
    assert "final (revision 1)" in unlock.asked[0][2]
    assert window.champ.context("04").sheet.signoff is None and "provisional" in page.badge.text()
    gold = window.champ.results("04").rows[0].id
    view = page.marks.view
    for aspect in window.champ.scheme("04").form("A1").aspects:  # the winner's form A1 was misread
        if not aspect.is_judgement:
            go(qtbot, view, aspect.id, gold)
            enter(qtbot, view, "0")
    key(qtbot, view, Qt.Key_L, CTRL)
    again = Answers("Иванов Иван", "Corrected A1 after the appeal")
    monkeypatch.setattr(dialogs, "ask_reason", again)
    told = Answers()
    monkeypatch.setattr(dialogs, "inform", told)
    page.sign_button.click()
    assert len(again.asked) == 2  # the name, then the reason of the correction
    assert [r["revision"] for r in window.champ.revisions("04")] == [1, 2]
    assert window.champ.revisions("04")[-1]["reason"] == "Corrected A1 after the appeal"
    moved = window.champ.revisions("04")[-1]["medal_changes"]
    assert any(m["id"] == gold and m["from"] == "GOLD" for m in moved)
    assert "Medal changes" in told.asked[0][2] and "GOLD →" in told.asked[0][2]


def test_imports_show_errors_and_warnings(window, qtbot, monkeypatch):
    shown = Answers()
    monkeypatch.setattr(dialogs, "show_problems", shown)
    open_form(qtbot, window, "17", "A1")
    key(qtbot, window, Qt.Key_2, CTRL)
    people = window.page.people
    assert not people.import_people_file(str(SAMPLES / "people_example.xlsx"))
    assert "Nothing was imported" in shown.asked[-1][2] and "row 6" in shown.asked[-1][3][0]
    assert window.message_label.text().startswith("✖ Import refused")
    monkeypatch.setattr(dialogs, "ask_reason", Answers(None))  # 17 has marks: cancelling keeps them
    assert not people.import_scheme_file(str(SAMPLES / "scheme_cis_example.xlsx"))
    assert window.champ.scheme("17").aspect_count == 120
    monkeypatch.setattr(dialogs, "ask_reason", Answers("The organiser sent a corrected scheme"))
    assert people.import_scheme_file(str(SAMPLES / "scheme_cis_example.xlsx"))
    assert window.champ.scheme("17").aspect_count == 14
    assert any("cyrillic" in w for w in shown.asked[-1][3])  # the warnings, listed
    assert window.page.marks.forms.count() == len(list(window.champ.scheme("17").forms()))


class Pseudo(QTranslator):
    """Brackets every string, so a test can see that a language switch reaches the window at once."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D401
        return f"[{source}]"

    def isEmpty(self) -> bool:
        return False


def test_language_switch_applies_at_once(window, qtbot):
    pseudo = Pseudo()
    QCoreApplication.installTranslator(pseudo)
    try:
        qtbot.waitUntil(lambda: window.menu_file.title() == "[&File]")
        assert window.page.tabs.tabText(3) == "[&Marks]"
        assert window.page.marks.form_label.text() == "[&Form:]"
    finally:
        QCoreApplication.removeTranslator(pseudo)
    QCoreApplication.sendEvent(window, QEvent(QEvent.LanguageChange))
    assert window.menu_file.title() == "&File"


def test_reports_menu_saves_a_pdf(window, qtbot, tmp_path):
    open_form(qtbot, window, "10", "A1")
    out = window.reports.save_pdf("results", str(tmp_path / "10.pdf"))
    assert out is not None and out.read_bytes().startswith(b"%PDF")
    assert "Saved" in window.message_label.text()


def test_first_start_installs_the_demo_then_reopens_the_last_file(desk_settings, small_demo):
    from wsk_desk.storage.championship import Championship
    from wsk_desk.ui.first_start import DEMO_NAME, data_dir, startup_file

    demo = startup_file()
    try:
        assert demo.name == DEMO_NAME and demo.parent == data_dir()
        champ = Championship.open(demo, readonly=True)
        assert len(champ.competencies()) == 50
        champ.close()
        desk_settings.setValue("last_file", str(small_demo))
        assert startup_file() == small_demo
    finally:
        demo.unlink()


def test_a_file_changed_behind_the_desks_back_gets_the_red_banner(qtbot, desk_settings, small_demo):
    import sqlite3

    conn = sqlite3.connect(small_demo)
    conn.execute("UPDATE measurement_marks SET value = '0' WHERE rowid = (SELECT MIN(rowid) FROM measurement_marks)")
    conn.commit()
    conn.close()
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    assert win.open_file(small_demo)
    win.wait_integrity()
    qtbot.waitUntil(lambda: win.integrity_banner.isVisible())
    assert "changed outside WSK Desk" in win.integrity_banner.text()
    assert not win.champ.integrity.ok
    win.close()


def test_a_sound_file_gets_no_banner(window, qtbot):
    window.wait_integrity()
    qtbot.waitUntil(lambda: window.champ.integrity is not None)
    assert window.champ.integrity.ok and not window.integrity_banner.isVisible()


def test_reports_menu_prints_through_the_print_dialog(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    out = tmp_path / "printed.pdf"

    def choose_printer(dialog):  # the person picks "print to file"
        dialog.printer().setOutputFormat(QPrinter.PdfFormat)
        dialog.printer().setOutputFileName(str(out))
        return QPrintDialog.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", choose_printer)
    open_form(qtbot, window, "10", "A1")
    assert window.reports.print_document("forms")
    assert out.read_bytes().startswith(b"%PDF") and "printer" in window.message_label.text()


def test_a_withdrawn_competitor_takes_no_marks_and_is_not_missing(form_d2, qtbot):
    import dataclasses

    win, view = form_d2, form_d2.page.marks.view
    before = win.page.marks.form_progress()[0]
    p06 = next(c for c in win.champ.competitors("17") if c.id == "P06")
    win.champ.save_people([dataclasses.replace(p06, withdrawn=True)], [])  # as a corrected people list does
    model = win.page.marks.model
    col = model.index_of("D2.1", "P06").column()
    assert model.headerData(col, Qt.Horizontal).endswith("WITHDRAWN")
    assert win.page.marks.form_progress()[0] == before - 10  # D2 has 10 aspects
    go(qtbot, view, "D2.1", "P06")
    assert view.currentIndex().data() == "withdrawn"
    enter(qtbot, view, "0")
    assert "withdrawn" in win.message_label.text() and ("D2.1", "P06") not in marks(win).measurements


def test_a_refusal_speaks_the_language_of_the_desk(form_d2, qtbot):
    from wsk_desk.i18n import use_language

    win, view = form_d2, form_d2.page.marks.view
    go(qtbot, view, "D2.1", "P06")
    with use_language("kk"):
        qtbot.waitUntil(lambda: win.menu_file.title() != "&File")  # the window followed at once
        enter(qtbot, view, "5")
        assert "аралықтан тыс" in win.message_label.text()  # "outside the range", in Kazakh
        assert "аралықтан тыс" in view.currentIndex().data(Qt.ToolTipRole)
        enter(qtbot, view, "0,25")  # a decimal comma, as Kazakh writes it
        assert view.currentIndex().siblingAtRow(0).data() == "0,25"


def test_a_new_championship_gets_its_competency_from_a_marking_scheme(qtbot, desk_settings, tmp_path, monkeypatch):
    from wsk_desk.demo.data import REGIONS
    from wsk_desk.storage.championship import Championship
    from wsk_desk.ui import people_tab

    path = tmp_path / "new.wsk"
    Championship.create(path, "Региональный чемпионат", regions=REGIONS).close()
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    assert win.open_file(path)
    assert win.page.title.text() == "Choose a competency on the left."
    monkeypatch.setattr(people_tab.QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(SAMPLES / "scheme_ru_example.xlsx"), ""))
    monkeypatch.setattr(dialogs, "ask_text", Answers("17", "Веб-технологии"))
    monkeypatch.setattr(dialogs, "show_problems", Answers())
    win.act_new_competency.trigger()
    assert [c.code for c in win.champ.competencies()] == ["17"]
    assert win.tree.has("17") and win.code == "17"
    assert win.page.title.text() == "17  Веб-технологии"
    assert win.page.marks.forms.count() == len(list(win.champ.scheme("17").forms()))
    monkeypatch.setattr(dialogs, "ask_text", Answers("17", "Web"))
    win.act_new_competency.trigger()  # the same number again is refused, nothing changes
    assert "already" in win.message_label.text() and len(win.champ.competencies()) == 1
    win.close()


def test_run_opens_the_last_file_in_a_shown_window(qtbot, desk_settings, small_demo, monkeypatch):
    from PySide6.QtWidgets import QApplication

    from wsk_desk.i18n import uninstall
    from wsk_desk.ui import app, main_window

    desk_settings.setValue("last_file", str(small_demo))
    desk_settings.setValue("language", "en")
    made = []

    class Spy(main_window.MainWindow):
        def __init__(self, *args):
            super().__init__(*args)
            made.append(self)

    def event_loop(self):  # instead of blocking: let the first turn open the file, then stop
        qtbot.waitUntil(lambda: made and made[0].champ is not None)
        return 0

    monkeypatch.setattr(main_window, "MainWindow", Spy)
    monkeypatch.setattr(QApplication, "exec", event_loop)
    font = QApplication.font()
    try:
        assert app.run(None) == 0
        win = made[0]
        assert win.isVisible() and win.champ.path == small_demo and win.font().pointSizeF() >= 11
        assert QApplication.applicationName() == "WSK Desk"
        win.close()
    finally:
        uninstall()
        QApplication.setFont(font)  # the desk's bigger font must not leak into other tests


def test_a_pulled_usb_stick_turns_the_desk_read_only_and_says_so(form_d2, qtbot, tmp_path):
    win, view = form_d2, form_d2.page.marks.view
    go(qtbot, view, "D2.1", "P06")
    enter(qtbot, view, "0")  # the first write remembers which file this is
    win.champ.path.rename(tmp_path / "elsewhere.wsk")  # the file is gone from where it was opened
    enter(qtbot, view, "0,25")
    assert "no longer there" in win.message_label.text()
    assert win.readonly_label.isVisible() and "READ-ONLY" in win.page.marks.banner.text()
    assert not (view.currentIndex().flags() & Qt.ItemIsEditable)
    assert marks(win).measurements[("D2.1", "P06")].value == 0  # what was committed is still shown
