"""Team standings between regions, best of region and of championship (domain.md §3)."""

from decimal import Decimal as D

from hypothesis import given, settings as hsettings, strategies as st

from wsk_desk.domain.marks import MarkSheet, MeasurementMark
from wsk_desk.domain.medals import Medal
from wsk_desk.domain.results import compute_results
from wsk_desk.domain.settings import ScoringSettings
from wsk_desk.domain.standings import (StandingRow, best_of_championship, best_of_region, medal_points,
                                       rank_rows, standings)

from .builders import competency, competitor, form, measurement, raw_field, scheme

S = ScoringSettings()


def test_check_figure_almaty_2025():
    assert medal_points(5, 5, 3, 19) == 60


def test_check_figure_russia_kazan_2019():
    assert medal_points(14, 4, 4, 25, S) == 101


def test_points_per_medal_are_settings():
    custom = ScoringSettings(points_gold=10, points_silver=5, points_bronze=3, points_medallion=0)
    assert medal_points(1, 1, 1, 7, custom) == 18


def test_order_points_then_golds_silvers_bronzes_medallions_then_shared():
    rows = rank_rows([
        StandingRow("AAA", 0, 0, 0, 8),  # 8 points
        StandingRow("BBB", 2, 0, 0, 0),  # 8 points, more golds
        StandingRow("CCC", 1, 1, 0, 1),  # 8 points, 1 gold, 1 silver
        StandingRow("DDD", 1, 0, 2, 0),  # 8 points, 1 gold, 0 silver
        StandingRow("EEE", 1, 0, 2, 0),  # identical to DDD: shared
        StandingRow("FFF", 0, 0, 4, 0),  # 8 points, only bronzes
        StandingRow("GGG", 0, 0, 0, 9),  # 9 points
        StandingRow("HHH", 0, 0, 0, 0),
    ])
    assert [(r.region, r.points, r.rank) for r in rows] == [
        ("GGG", 9, 1), ("BBB", 8, 2), ("CCC", 8, 3), ("DDD", 8, 4), ("EEE", 8, 4), ("FFF", 8, 6),
        ("AAA", 8, 7), ("HHH", 0, 8)]


def test_row_json_shape():
    row = rank_rows([StandingRow("ALA", 5, 5, 3, 19)])[0]
    assert row.to_json() == {"region": "ALA", "gold": 5, "silver": 5, "bronze": 3, "medallion": 19,
                             "points": 60, "rank": 1}


def _comp_results(code, raws, regions, juniors=False, settings=S):
    comp, sch, comps, sheet = raw_field(raws, code=code, regions=regions)
    if juniors:
        comp = competency(code, juniors=True)
    return compute_results(comp, sch, comps, sheet, settings)


def test_standings_from_results_main_and_juniors_separate():
    main = _comp_results("17", ["90", "80", "70", "75", "40"], ["ALA", "AST", "ALA", "SHY", "AST"])
    jun = _comp_results("17J", ["90", "50", "60"], ["AST", "ALA", "SHY"], juniors=True)
    out = standings([main, jun], S)
    assert {r.region: (r.gold, r.silver, r.bronze, r.medallion, r.points, r.rank) for r in out["main"]} == {
        "ALA": (1, 0, 0, 0, 4, 1), "AST": (0, 1, 0, 0, 3, 2), "SHY": (0, 0, 1, 0, 2, 3)}
    assert [(r.region, r.gold, r.silver, r.bronze) for r in out["juniors"]] == [
        ("AST", 1, 0, 0), ("SHY", 0, 1, 0), ("ALA", 0, 0, 1)]


def test_juniors_counted_with_main_when_the_setting_says_so():
    main = _comp_results("17", ["90", "80", "70"], ["ALA", "AST", "SHY"])
    jun = _comp_results("17J", ["90", "50", "60"], ["AST", "ALA", "SHY"], juniors=True)
    out = standings([main, jun], ScoringSettings(juniors_separate=False))
    assert out["juniors"] == []
    assert {r.region: r.points for r in out["main"]} == {"ALA": 4 + 2, "AST": 3 + 4, "SHY": 2 + 3}


def test_regions_without_results_are_listed_with_zero():
    main = _comp_results("17", ["90"], ["ALA"])
    out = standings([main], S, regions=["ALA", "ABA"])
    assert [(r.region, r.points, r.rank) for r in out["main"]] == [("ALA", 4, 1), ("ABA", 0, 2)]
    assert out["juniors"] == []


def test_team_result_counts_once_for_its_region():
    comp = competency("30", team_size=3)
    comps = [competitor(f"P{i}", region="ALA" if i < 3 else "AST", code="30", team=f"T{i // 3}")
             for i in range(6)]
    sheet = MarkSheet()
    sheet.measurements[("A1.1", "T0")] = MeasurementMark("A1.1", "T0", D("90"))
    sheet.measurements[("A1.1", "T1")] = MeasurementMark("A1.1", "T1", D("80"))
    res = compute_results(comp, scheme(form("A1", measurement("A1.1", 100))), comps, sheet, S)
    assert len(res.rows[0].members) == 3 and res.rows[0].medal is Medal.GOLD
    out = standings([res], S)["main"]
    assert [(r.region, r.gold, r.silver, r.points) for r in out] == [("ALA", 1, 0, 4), ("AST", 0, 1, 3)]


def test_withdrawn_results_earn_nothing():
    comp, sch, comps, sheet = raw_field(["90", "80"], withdrawn=[0], regions=["ALA", "AST"])
    out = standings([compute_results(comp, sch, comps, sheet, S)], S)["main"]
    assert [(r.region, r.gold) for r in out] == [("AST", 1)]


def test_best_of_region_and_championship_ties_shared():
    a = _comp_results("17", ["60", "70", "80"], ["ALA", "AST", "SHY"])  # 680, 700, 720
    b = _comp_results("18", ["60", "70", "80"], ["ALA", "SHY", "AST"])
    best = best_of_region([a, b])
    assert sorted((x.competency, x.row.id, x.score) for x in best["ALA"]) == [("17", "P0", 680),
                                                                             ("18", "P0", 680)]
    assert [(x.competency, x.score) for x in best["SHY"]] == [("17", 720)]
    assert [(x.competency, x.score) for x in best["AST"]] == [("18", 720)]
    champ = best_of_championship([a, b])
    assert sorted((x.competency, x.row.region, x.score) for x in champ) == [("17", "SHY", 720),
                                                                           ("18", "AST", 720)]
    assert best_of_championship([a, b], category="juniors") == []


def test_best_in_raw_mode_uses_marks():
    raw = ScoringSettings(ranking_mode="raw")
    a = _comp_results("17", ["60", "85.5"], ["ALA", "AST"], settings=raw)
    assert [(x.row.region, x.score) for x in best_of_championship([a])] == [("AST", D("85.50"))]


COUNTS = st.tuples(*[st.integers(0, 60)] * 4)


@hsettings(max_examples=50, deadline=None)
@given(st.lists(COUNTS, min_size=1, max_size=20))
def test_standings_rank_is_lexicographic_on_points_and_counts(counts):
    rows = rank_rows([StandingRow(f"R{i}", *c) for i, c in enumerate(counts)])
    for a in rows:
        for b in rows:
            if a.key == b.key:
                assert a.rank == b.rank
            elif a.key > b.key:
                assert a.rank < b.rank
        assert a.points == medal_points(a.gold, a.silver, a.bronze, a.medallion)


@hsettings(max_examples=30, deadline=None)
@given(st.lists(st.integers(0, 10000), min_size=1, max_size=12), st.booleans())
def test_every_result_adds_at_most_one_medal_to_the_standings(cents, wsr):
    settings = ScoringSettings(min_competitors_preset="WSR 2018" if wsr else "off")
    regions = [f"R{i % 3}" for i in range(len(cents))]
    res = _comp_results("17", [str(D(c) / 100) for c in cents], regions, settings=settings)
    rows = standings([res], settings)["main"]
    total = sum(r.gold + r.silver + r.bronze + r.medallion for r in rows)
    assert total == sum(1 for r in res.rows if r.medal is not None) <= len(res.rows)
