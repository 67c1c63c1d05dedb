"""The national view's table models pass Qt's model tester and say how equal points were decided."""

from __future__ import annotations

import pytest

from tests.ui.keyboard import OFFSCREEN_NOISE
from wsk_desk.domain.standings import StandingRow, rank_rows
from wsk_desk.storage.championship import Championship
from wsk_desk.ui.national_models import (BestModel, PendingModel, RegionMedalsModel, RegionsModel, SortRole,
                                         best_items, national_view, tie_break)

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


@pytest.fixture
def champ(small_demo):
    ch = Championship.open(small_demo, readonly=True)
    yield ch
    ch.close()


def test_every_model_passes_the_model_tester(qtmodeltester, qapp, champ):
    view = national_view(champ, "ru")
    regions = RegionsModel(with_tie_break=False)
    regions.load(view.medals, view.regions)
    standings = RegionsModel(with_tie_break=True)
    standings.load(view.tables["main"], view.regions)
    detail = RegionMedalsModel()
    detail.load(view.by_region["ULY"], view.comps)
    top, regional = BestModel(), BestModel()
    best, by_region = best_items(view.results, None)
    top.load(best, view.regions, view.comps)
    regional.load(by_region, view.regions, view.comps)
    pending = PendingModel()
    pending.set_rows(view.pending)
    for model in (regions, standings, detail, top, regional, pending):
        qtmodeltester.check(model)
        assert model.rowCount() > 0
        for col in range(model.columnCount()):  # every column sorts by a value, never by nothing
            assert model.index(0, col).data(SortRole) is not None
    assert regions.columnCount() == RegionsModel.COL_POINTS + 1
    assert standings.columnCount() == RegionsModel.COL_TIE + 1
    assert regions.rowCount() == len(champ.regions())  # every region, those without a medal too
    assert regions.index(0, RegionsModel.COL_REGION).data() == "ULY · область Ұлытау"
    assert [detail.index(r, RegionMedalsModel.COL_MEDAL).data() for r in range(detail.rowCount())] == \
        ["GOLD", "GOLD", "Medallion"]
    assert {p.code for p in view.pending} == {"04", "17"}


def test_tie_breaks_say_what_decided_or_who_shares():
    rows = rank_rows([StandingRow("MAN", gold=1, silver=1, medallion=1), StandingRow("ZHA", silver=1, bronze=2,
                                                                                     medallion=1),
                      StandingRow("KOS", silver=1, bronze=1, medallion=3),
                      StandingRow("AST", bronze=1, medallion=2), StandingRow("AKM", bronze=1, medallion=2),
                      StandingRow("ULY", gold=3)])
    by = {r.region: r for r in rows}
    assert (by["MAN"].points, by["ZHA"].points) == (8, 8) and by["MAN"].rank < by["ZHA"].rank
    assert tie_break(by["MAN"], rows) == ("golds", ["ZHA", "KOS"])  # the first: why it is ahead
    assert tie_break(by["ZHA"], rows) == ("golds", ["MAN", "KOS"])  # why ZHA is not above MAN
    assert tie_break(by["KOS"], rows) == ("bronzes", ["MAN", "ZHA"])  # why KOS is not above ZHA
    assert tie_break(by["AST"], rows) == ("shared", ["AKM"])
    assert tie_break(by["ULY"], rows) == ("", [])
    model = RegionsModel(with_tie_break=True)
    model.load(rows, {})
    texts = {model.index(r, RegionsModel.COL_REGION).data(SortRole): model.index(r, RegionsModel.COL_TIE).data()
             for r in range(model.rowCount())}
    assert texts["MAN"] == "equal points with ZHA, KOS: more golds decide"
    assert texts["AKM"] == "shared with AST" and texts["ULY"] == ""
