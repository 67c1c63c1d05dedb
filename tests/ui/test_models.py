"""Every table model of the desk passes Qt's model tester, on real demo data."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from tests.ui.keyboard import OFFSCREEN_NOISE
from wsk_desk.exchange.package import write_package
from wsk_desk.storage.championship import Championship
from wsk_desk.ui.marks_commands import MarkWriter
from wsk_desk.ui.marks_model import COL_FIRST, ROW_ASPECT, ROW_MARK, ROW_TOTAL, MarksModel
from wsk_desk.ui.merge_dialog import MergeDialog, MergePlanModel
from wsk_desk.ui.overview import OverviewModel
from wsk_desk.ui.people_tab import CompetitorsModel, ExpertsModel
from wsk_desk.ui.results_model import ResultsModel

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture
def champ(small_demo):
    ch = Championship.open(small_demo)
    yield ch
    ch.close()


@pytest.mark.parametrize("form", ["A1", "D2", "E1"])  # locked with ⚠✓, half marked, empty
def test_marks_model(qtmodeltester, qapp, champ, form):
    writer = MarkWriter(QUndoStack())
    writer.set_championship(champ)
    model = MarksModel(champ, "17", writer)
    model.set_form(form)
    qtmodeltester.check(model)
    kinds = [model.kind(r) for r in range(model.rowCount())]
    aspects = champ.scheme("17").form(form).aspects
    assert kinds.count(ROW_ASPECT) == len(aspects)
    assert kinds.count(ROW_MARK) == sum(a.is_judgement for a in aspects)
    assert kinds[-1] == ROW_TOTAL
    assert model.columnCount() == COL_FIRST + len(champ.entrants("17"))


def test_marks_model_repaints_only_the_cells_a_write_touched(qapp, champ, qtbot):
    writer = MarkWriter(QUndoStack())
    writer.set_championship(champ)
    model = MarksModel(champ, "17", writer)
    model.set_form("D2")
    writer.written.connect(lambda code, changes: model.cells_written(changes))
    changed: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(lambda a, b, *_: changed.append((a.row(), a.column(), b.row(), b.column())))
    index = model.index_of("D2.7", "P06")
    model.commit(index, "332")
    col = index.column()
    last = model.rowCount() - 1
    assert changed == [(index.row(), col, index.row(), col), (index.row() + 1, col, index.row() + 1, col),
                       (last, col, last, col)]  # the scores, their mark line, the form total


def test_overview_model(qtmodeltester, qapp, champ):
    model = OverviewModel()
    model.load(champ, "17")
    qtmodeltester.check(model)
    assert model.rowCount() == len(list(champ.scheme("17").forms()))


def test_results_model(qtmodeltester, qapp, champ):
    model = ResultsModel()
    model.load(champ.results("04"), [c.id for c in champ.scheme("04").criteria], "ru")
    qtmodeltester.check(model)
    assert model.index(0, model.col_medal).data() == "GOLD"


def test_people_models(qtmodeltester, qapp, champ):
    regions = {r.code: r.name_ru for r in champ.regions()}
    competitors, experts = CompetitorsModel(), ExpertsModel()
    competitors.load(champ.competitors("04"), regions)
    experts.load(champ.experts("04"), regions)
    qtmodeltester.check(competitors)
    qtmodeltester.check(experts)
    assert experts.index(0, ExpertsModel.COL_ROLE).data() == "Chief Expert"


def test_merge_plan_model(qtmodeltester, qapp, champ, tmp_path):
    """The merge preview: every competency of a package added, then the same package again (no change)."""
    package = tmp_path / "venue.wskpkg"
    write_package(champ, package, laptop="venue")
    master = Championship.create(tmp_path / "master.wsk", champ.name, actor="organizer")  # the same championship
    try:
        dialog = MergeDialog(master, [package])
        model: MergePlanModel = dialog.model
        qtmodeltester.check(model)
        qtmodeltester.check(model, force_py=True)
        assert model.rowCount() == len(champ.competencies()) and model.columnCount() == MergePlanModel.COLUMNS
        assert model.headerData(MergePlanModel.COLUMNS, Qt.Horizontal) is None  # past the last column
        assert model.headerData(-1, Qt.Horizontal) is None  # not the last column's title
        assert model.index(0, 3).data() == "+ add" and model.headerData(3, Qt.Horizontal) == "Action"
        dialog.import_now()
        qtmodeltester.check(model)
        assert {model.index(r, 3).data() for r in range(model.rowCount())} == {"= no change"}
        dialog.deleteLater()
    finally:
        master.close()
