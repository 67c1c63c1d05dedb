"""The national page: the championship at the top of the tree shows the medal table, the team standings,
the best results and what is not final, with the same figures as `wsk-desk medals / standings / best /
pending`, kept current as marks change, and exported through the reports' Excel and PDF."""

from __future__ import annotations

import json
import shutil

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from tests.ui.keyboard import OFFSCREEN_NOISE, key
from wsk_desk.cli import main
from wsk_desk.ui.national_models import SortRole, RegionsModel as R

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)
COUNTS = ("rank", "gold", "silver", "bronze", "medallion", "points")


def cli(capsys, *args) -> dict | list:
    capsys.readouterr()
    assert main([*args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def shown(table) -> dict[str, dict]:
    """The region lines as on screen (through the sorting proxy), by region code."""
    model = table.model()
    cols = dict(zip(COUNTS, (R.COL_RANK, R.COL_GOLD, R.COL_SILVER, R.COL_BRONZE, R.COL_MEDALLION, R.COL_POINTS)))
    return {model.index(r, R.COL_REGION).data(SortRole): {k: int(model.index(r, c).data()) for k, c in cols.items()}
            for r in range(model.rowCount())}


def same_figures(screen: dict[str, dict], expected: list[dict]) -> None:
    """Every region the command lists, with its figures; the regions it leaves out (no result) show zeros."""
    wanted = {r["region"]: {k: r[k] for k in COUNTS} for r in expected}
    assert {k: v for k, v in screen.items() if k in wanted} == wanted
    for region, row in screen.items():
        if region not in wanted:
            assert (row["gold"], row["silver"], row["bronze"], row["medallion"], row["points"]) == (0, 0, 0, 0, 0)


def open_national(qtbot, window):
    window.tree.select_root()
    page = window.national
    qtbot.waitUntil(lambda: window.stack.currentWidget() is page and page.isVisible() and not page.dirty)
    return page


@pytest.fixture
def national(qtbot, window):
    return open_national(qtbot, window)


def test_the_championship_in_the_tree_opens_the_national_page_and_a_competency_goes_back(qtbot, window):
    page = open_national(qtbot, window)
    assert page.tabs.count() == 4 and page.title.text().endswith(window.champ.name)
    assert "2" in page.badge.text() and "3" in page.badge.text()  # 2 of 3 competencies not final
    page.pending_table.setFocus()
    proxy = page.pending_table.model()
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data().startswith("17"))
    page.pending_table.doubleClicked.emit(proxy.index(row, 0))
    assert window.stack.currentWidget() is window.page and window.code == "17"
    key(qtbot, window, Qt.Key_F6)  # to the tree: Home is the championship again
    key(qtbot, window.tree, Qt.Key_Home)
    assert window.stack.currentWidget() is page
    key(qtbot, window, Qt.Key_F6)
    assert page.medal_table.hasFocus() or page.current_table().hasFocus()
    key(qtbot, window, Qt.Key_3, Qt.ControlModifier)  # Ctrl+3: the competency's scheme tab
    assert window.stack.currentWidget() is window.page and window.page.tabs.currentIndex() == 2


def test_figures_equal_the_command_line_on_the_national_demo(qtbot, window, national_demo, tmp_path, capsys):
    path = tmp_path / "national.wsk"
    shutil.copy(national_demo, path)
    assert window.open_file(path, readonly=True)
    page = open_national(qtbot, window)
    standings, medals = cli(capsys, "standings", str(path)), cli(capsys, "medals", str(path))
    assert standings["juniors"], "the national demo has juniors"
    page.tabs.setCurrentIndex(1)
    assert page.category_juniors.isVisible()
    same_figures(shown(page.standings_table), standings["main"])
    page.category_juniors.click()
    same_figures(shown(page.standings_table), standings["juniors"])
    assert shown(page.standings_table)["ALM"]["rank"] == next(r["rank"] for r in standings["juniors"]
                                                              if r["region"] == "ALM")
    # the medal table counts main and juniors together: the sum of the command's two tables
    table = shown(page.medal_table)
    for region, row in table.items():
        for k in ("gold", "silver", "bronze", "medallion", "points"):
            assert row[k] == sum(r[k] for c in ("main", "juniors") for r in medals[c]["regions"]
                                 if r["region"] == region), (region, k)
    total = {k: sum(medals[c]["total"][k] for c in ("main", "juniors")) for k in ("gold", "silver", "bronze")}
    assert f"{total['gold']} " in page.awarded.text() and f"{total['bronze']} " in page.awarded.text()
    # best of region and of championship, as `wsk-desk best`
    best = cli(capsys, "best", str(path))
    top = page.top_table.model()
    assert sorted(top.index(r, 2).data() for r in range(top.rowCount())) == sorted(
        b["name"] for b in best["championship"])
    regional = page.best_table.model()
    assert regional.rowCount() == sum(len(v) for v in best["regions"].values())
    assert {regional.index(r, 0).data(): regional.index(r, 4).data() for r in range(regional.rowCount())} == {
        region: str(items[0]["scale"]) for region, items in best["regions"].items()}
    # not yet final, as `wsk-desk pending`: marks missing and forms not locked
    pending = {p["code"]: p for p in cli(capsys, "pending", str(path))}
    model = page.pending_model
    assert {p.code for p in model.rows} == set(pending)
    for p in model.rows:
        assert p.missing == pending[p.code]["missing_marks"] and list(p.open_forms) == pending[p.code]["open_forms"]


def test_the_page_follows_a_mark_that_moves_a_medal(qtbot, national, window, capsys):
    before = shown(national.medal_table)
    national.medal_table.setCurrentIndex(national.medal_table.model().index(0, 0))
    gold = window.champ.results("17").rows[0]
    assert gold.medal.value == "GOLD"
    window.champ.set_absent("17", "C1", gold.id, True)  # zero for a whole form: the gold goes elsewhere
    qtbot.waitUntil(lambda: shown(national.medal_table) != before)
    assert window.champ.results("17").rows[0].id != gold.id
    medals = cli(capsys, "medals", str(window.champ.path))
    same_figures(shown(national.medal_table), medals["main"]["regions"])
    regions = {national.medal_table.model().index(r, R.COL_REGION).data(SortRole)
               for r in range(national.medal_table.model().rowCount())}
    assert gold.region in regions


def test_a_hidden_page_refreshes_when_shown_again(qtbot, national, window):
    window.tree.select("17")
    assert window.stack.currentWidget() is window.page
    gold = window.champ.results("17").rows[0]
    window.champ.set_absent("17", "C1", gold.id, True)
    assert national.dirty  # nothing recomputed while it is not on screen
    open_national(qtbot, window)
    shown_gold = [b for b in national.view.by_region.get(gold.region, []) if b[0].code == "17"]
    assert all(row.id != gold.id or row.medal.value != "GOLD" for _res, row in shown_gold)


def test_export_buttons_write_the_reports_files(qtbot, national, tmp_path, monkeypatch):
    answers: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (answers.pop(0), ""))
    answers += [str(tmp_path / "medals.xlsx"), str(tmp_path / "medals.pdf"), str(tmp_path / "standings"),
                str(tmp_path / "standings.pdf")]
    for tab, name in ((0, "excel"), (0, "pdf"), (1, "excel"), (1, "pdf")):
        national.tabs.setCurrentIndex(tab)
        qtbot.mouseClick(national.buttons[(tab, name)], Qt.LeftButton)
    assert not answers
    wb = load_workbook(tmp_path / "medals.xlsx", read_only=True)
    try:
        assert len(list(wb.worksheets[0].iter_rows())) > 10
    finally:
        wb.close()
    wb = load_workbook(tmp_path / "standings.xlsx", read_only=True)  # the suffix was added
    try:
        codes = {row[2] for row in wb.worksheets[0].iter_rows(values_only=True)}
        assert {"ULY", "SHY", "KOS"} <= codes
    finally:
        wb.close()
    for name in ("medals.pdf", "standings.pdf"):
        assert (tmp_path / name).read_bytes()[:5] == b"%PDF-"
    assert "standings.pdf" in national.window().message_label.text()


def test_print_preview_and_copy(qtbot, national, monkeypatch):
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    shown_titles: list[str] = []
    monkeypatch.setattr(QPrintPreviewDialog, "exec", lambda self: shown_titles.append(self.windowTitle()) or 0)
    qtbot.mouseClick(national.buttons[(1, "print")], Qt.LeftButton)
    assert len(shown_titles) == 1
    national.tabs.setCurrentIndex(2)
    qtbot.mouseClick(national.buttons[(2, "copy")], Qt.LeftButton)
    lines = QApplication.clipboard().text().splitlines()
    assert len(lines) == 1 + national.best_model.rowCount() and lines[1].count("\t") == 5
    assert {(tab, name) for tab in (2, 3) for name in ("excel", "pdf", "print")} <= set(national.buttons)


def test_a_refusal_is_one_sentence_in_the_status_bar(qtbot, national, tmp_path, monkeypatch):
    folder = tmp_path / "gone" / "medals.xlsx"  # a folder that does not exist
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(folder), ""))
    qtbot.mouseClick(national.buttons[(0, "excel")], Qt.LeftButton)
    text = national.window().message_label.text()
    assert text.startswith("✖") and "Traceback" not in text and not folder.exists()
