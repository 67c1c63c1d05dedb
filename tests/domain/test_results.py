"""compute_results: exact totals, status, withdrawn, teams, raw mode, JSON shape (domain.md §3, issue 3)."""

import json
from decimal import Decimal as D
from fractions import Fraction as F

import pytest
from hypothesis import given, settings as hsettings, strategies as st

from wsk_desk.domain.marking import aspect_mark
from wsk_desk.domain.marks import FormLock, MarkSheet, MeasurementMark, SignOff
from wsk_desk.domain.medals import Medal
from wsk_desk.domain.people import entrants
from wsk_desk.domain.results import compute_results, entrant_totals
from wsk_desk.domain.settings import ScoringSettings

from .builders import competency, competitor, form, judgement, measurement, raw_field, scheme

S = ScoringSettings()
TEAM = ["E1", "E2", "E3"]
SCHEME = scheme(form("A1", measurement("A1.1", 3), judgement("A1.2", 4)),
                form("B1", judgement("B1.1", 1), judgement("B1.2", 1), judgement("B1.3", 1)))


def _results(raws, settings=S, **kw):
    comp, sch, comps, sheet = raw_field(raws, **kw)
    return compute_results(comp, sch, comps, sheet, settings)


def _full_sheet(ids, teams=True):
    sheet = MarkSheet(marking_teams={"A1": list(TEAM), "B1": list(TEAM)} if teams else {})
    for i, eid in enumerate(ids):
        sheet.measurements[("A1.1", eid)] = MeasurementMark("A1.1", eid, D("1.5"))
        for aid in ("A1.2", "B1.1", "B1.2", "B1.3"):
            sheet.scores[(aid, eid)] = dict(zip(TEAM, (i % 4, 1, 2)))
    return sheet


def test_criteria_totals_and_raw_are_exact():
    comps = [competitor("P0"), competitor("P1")]
    sheet = _full_sheet(["P0", "P1"])
    res = compute_results(competency(), SCHEME, comps, sheet, S)
    p0 = next(r for r in res.rows if r.id == "P0")
    assert p0.criteria == {"A": F(3, 2) + F(0 + 1 + 2, 9) * 4, "B": 3 * F(3, 9)}
    assert p0.criteria["B"] == 1  # three thirds do not drift
    assert p0.raw == sum(p0.criteria.values())


def test_exactly_equal_totals_tie():
    sch = scheme(form("A1", judgement("A1.1", 1), judgement("A1.2", 1), judgement("A1.3", 1)),
                 form("B1", measurement("B1.1", 5)))
    comps = [competitor("P0"), competitor("P1"), competitor("P2")]
    sheet = MarkSheet(marking_teams={"A1": list(TEAM)})
    for aid in ("A1.1", "A1.2", "A1.3"):
        sheet.scores[(aid, "P0")] = dict(zip(TEAM, (1, 1, 1)))  # 1/3 each → 1
        sheet.scores[(aid, "P1")] = dict(zip(TEAM, (0, 0, 0)))
        sheet.scores[(aid, "P2")] = dict(zip(TEAM, (0, 0, 0)))
    sheet.measurements[("B1.1", "P0")] = MeasurementMark("B1.1", "P0", D("2"))
    sheet.measurements[("B1.1", "P1")] = MeasurementMark("B1.1", "P1", D("3"))  # 3 = 1 + 2 exactly
    sheet.measurements[("B1.1", "P2")] = MeasurementMark("B1.1", "P2", D("1"))
    rows = {r.id: r for r in compute_results(competency(), sch, comps, sheet, S).rows}
    assert rows["P0"].raw == rows["P1"].raw == 3
    assert rows["P0"].rank == rows["P1"].rank == 1 and rows["P2"].rank == 3
    assert rows["P0"].medal is rows["P1"].medal is Medal.GOLD and rows["P2"].medal is Medal.BRONZE


def test_rows_are_ordered_by_rank_and_scale_follows_the_formula():
    res = _results(["60", "80", "70"])
    assert [r.id for r in res.rows] == ["P1", "P2", "P0"]
    assert [r.scale for r in res.rows] == [720, 700, 680]
    assert [r.rank for r in res.rows] == [1, 2, 3]
    assert res.median == 70 and res.sd == 10


def test_status_incomplete_provisional_final():
    comps = [competitor("P0"), competitor("P1")]
    sheet = _full_sheet(["P0", "P1"])
    del sheet.scores[("B1.2", "P1")]
    res = compute_results(competency(), SCHEME, comps, sheet, S)
    assert res.status == "incomplete" and next(r for r in res.rows if r.id == "P1").missing == 1
    sheet = _full_sheet(["P0", "P1"])
    assert compute_results(competency(), SCHEME, comps, sheet, S).status == "provisional"
    sheet.locks["A1"] = FormLock("A1", "chief", "t")
    assert compute_results(competency(), SCHEME, comps, sheet, S).status == "provisional"
    sheet.locks["B1"] = FormLock("B1", "chief", "t")
    assert compute_results(competency(), SCHEME, comps, sheet, S).status == "provisional"  # not signed
    sheet.signoff = SignOff(1, "Chief", "t")
    assert compute_results(competency(), SCHEME, comps, sheet, S).status == "final"
    del sheet.locks["B1"]  # an unlocked form makes it provisional again
    assert compute_results(competency(), SCHEME, comps, sheet, S).status == "provisional"


def test_absent_for_a_form_counts_zero_and_is_complete():
    comps = [competitor("P0"), competitor("P1")]
    sheet = _full_sheet(["P0", "P1"])
    del sheet.measurements[("A1.1", "P1")], sheet.scores[("A1.2", "P1")]
    sheet.absences.add(("A1", "P1"))
    res = compute_results(competency(), SCHEME, comps, sheet, S)
    p1 = next(r for r in res.rows if r.id == "P1")
    assert p1.criteria["A"] == 0 and p1.raw == p1.criteria["B"] > 0
    assert p1.rank == 2 and p1.missing == 0 and res.status == "provisional"


def test_withdrawn_has_no_result_and_does_not_count():
    res = _results(["60", "70", "80", "95"], withdrawn=[3])
    assert res.median == 70 and res.sd == 10
    last = res.rows[-1]
    assert (last.id, last.rank, last.scale, last.medal) == ("P3", None, None, None)
    assert last.withdrawn and last.why_text("en") == "withdrawn: no result"
    assert [r.id for r in res.counted] == ["P2", "P1", "P0"]


def test_withdrawn_marks_missing_do_not_make_it_incomplete():
    comps = [competitor("P0"), competitor("P1", withdrawn=True)]
    res = compute_results(competency(), SCHEME, comps, _full_sheet(["P0"]), S)
    assert res.status == "provisional"


def test_not_yet_marked_has_no_result_and_does_not_drag_the_median():
    comp, sch, comps, sheet = raw_field(["60", "70", "80", "0"])
    del sheet.measurements[("A1.1", "P3")]
    res = compute_results(comp, sch, comps, sheet, S)
    assert res.status == "incomplete" and res.median == 70 and res.sd == 10
    last = res.rows[-1]
    assert (last.id, last.rank, last.scale, last.medal, last.withdrawn, last.missing) == ("P3", None, None, None,
                                                                                           False, 1)
    assert last.why_text("en") == "no marks entered yet: no result"
    assert [r.scale for r in res.rows[:3]] == [720, 700, 680]


def test_nothing_marked_yet_gives_nobody_a_medal():
    comp, sch, comps, sheet = raw_field(["60", "70", "80"])
    sheet.measurements.clear()
    res = compute_results(comp, sch, comps, sheet, S)
    assert res.status == "incomplete" and res.median is None and res.counted == []
    assert all(r.medal is None and r.rank is None for r in res.rows)


def test_absent_from_every_form_did_not_compete_and_gets_no_result():
    """Absent from every form is no performance at all: ranking it at raw 0 gave a 3-field bronze."""
    comp, sch, comps, sheet = raw_field(["60", "70", "80"])
    del sheet.measurements[("A1.1", "P0")]
    sheet.absences.add(("A1", "P0"))
    res = compute_results(comp, sch, comps, sheet, S)
    p0 = res.rows[-1]
    assert (p0.id, p0.raw, p0.rank, p0.scale, p0.medal, p0.missing) == ("P0", 0, None, None, None, 0)
    assert p0.why_text("en") == "absent from every form: no result"
    assert res.status == "provisional" and res.median == 75 and [r.id for r in res.counted] == ["P2", "P1"]


def test_everyone_absent_gives_nobody_a_medal():
    comp, sch, comps, sheet = raw_field(["60", "70", "80"])
    for c in comps:
        del sheet.measurements[("A1.1", c.id)]
        sheet.absences.add(("A1", c.id))
    res = compute_results(comp, sch, comps, sheet, S)
    assert res.status == "provisional" and res.median is None and res.counted == []
    assert all(r.medal is None and r.rank is None for r in res.rows)
    assert {r.why_text("ru") for r in res.rows} == {"отсутствовал во всех ведомостях: без результата"}


def test_everyone_withdrawn():
    res = _results(["60", "70"], withdrawn=[0, 1])
    assert res.median is None and res.sd is None and res.status == "provisional"
    assert all(r.rank is None and r.medal is None for r in res.rows)
    out = res.to_json()
    assert out["median"] is None and out["sd"] is None and len(out["results"]) == 2


def test_single_competitor_gets_700_and_gold():
    res = _results(["42.5"])
    assert res.rows[0].scale == 700 and res.rows[0].rank == 1 and res.rows[0].medal is Medal.GOLD
    assert res.sd is None


def test_everyone_equal_everyone_700_and_shares_first():
    res = _results(["55", "55", "55"])
    assert res.sd == 0 and {r.scale for r in res.rows} == {700} and {r.rank for r in res.rows} == {1}
    assert {r.medal for r in res.rows} == {Medal.GOLD}


def test_raw_mode_ranks_by_marks_without_scale():
    raw = ScoringSettings(ranking_mode="raw", medallion_threshold=D(50))
    res = _results(["60", "40", "75", "55", "52"], raw)
    assert [r.id for r in res.rows] == ["P2", "P0", "P3", "P4", "P1"]
    assert all(r.scale is None for r in res.rows)
    assert [r.medal for r in res.rows] == [Medal.GOLD, Medal.SILVER, Medal.BRONZE, Medal.EXCELLENCE, None]
    assert res.to_json()["results"][0]["scale"] is None


def test_tie_tolerance_setting_reaches_results():
    res = _results(["70", "68", "50", "90", "20"], ScoringSettings(tie_tolerance=D(2)))
    assert [(r.id, r.scale, r.rank) for r in res.rows] == [
        ("P3", 717, 1), ("P0", 702, 2), ("P1", 700, 2), ("P2", 686, 4), ("P4", 663, 5)]
    assert res.rows[1].medal is res.rows[2].medal is Medal.SILVER
    assert [r.rank for r in _results(["70", "68", "50", "90", "20"]).rows] == [1, 2, 3, 4, 5]


def test_medallion_follows_the_score_within_a_shared_rank():
    res = _results(["0", "0", "0", "0.01", "0.03", "0.03", "0.37"], ScoringSettings(tie_tolerance=D(1)))
    shared = [(r.scale, r.rank, r.medal) for r in res.rows[3:]]
    assert shared == [(700, 4, Medal.EXCELLENCE), (699, 4, None), (699, 4, None), (699, 4, None)]


def test_team_competency_one_result_per_team():
    comp = competency("30", team_size=2)
    comps = [competitor(f"P{i}", region=f"R{i // 2}", code="30", team=f"T{i // 2}") for i in range(8)]
    sheet = MarkSheet()
    for t, raw in zip(("T0", "T1", "T2", "T3"), ("80", "70", "60", "50")):
        sheet.measurements[("A1.1", t)] = MeasurementMark("A1.1", t, D(raw))
    sch = scheme(form("A1", measurement("A1.1", 100)))
    wsr = ScoringSettings(min_competitors_preset="WSR 2018")
    res = compute_results(comp, sch, comps, sheet, wsr)
    assert [r.id for r in res.rows] == ["T0", "T1", "T2", "T3"]
    assert res.rows[0].members == ("P0", "P1") and res.rows[0].region == "R0"
    # 8 competitors but 4 teams: the team counts once, so only gold (WSR 2018)
    assert [r.medal for r in res.rows] == [Medal.GOLD, Medal.EXCELLENCE, None, None]
    assert res.to_json()["results"][0]["members"] == ["P0", "P1"]


def test_json_shape_and_rounding():
    res = _results(["85.335", "70", "60"])
    out = res.to_json()
    assert set(out) == {"code", "name", "category", "status", "median", "sd", "settings", "results"}
    assert out["code"] == "17" and out["name"] == "Компетенция 17" and out["category"] == "main"
    assert out["median"] == 70.0 and out["settings"]["scale_centre"] == 700
    assert out["settings"]["tie_tolerance"] == 0 and out["settings"]["medallion_threshold"] == 700
    assert all(not isinstance(v, str) or k in ("scale_sd_kind", "ranking_mode", "min_competitors_preset")
               for k, v in out["settings"].items()), out["settings"]
    row = out["results"][0]
    assert set(row) == {"id", "members", "name", "region", "raw", "criteria", "scale", "rank", "medal", "why"}
    assert row["raw"] == 85.34 and row["criteria"] == {"A": 85.34}  # half up
    assert isinstance(row["scale"], int) and row["medal"] == "GOLD" and row["why"] == "rank 1 → gold"
    json.dumps(out)  # serialisable as is
    assert res.to_json("ru")["results"][0]["why"] == "место 1 → золото"


def test_juniors_category():
    comp = competency("17J", juniors=True)
    res = compute_results(comp, SCHEME, [competitor("P0", code="17J")], _full_sheet(["P0"]), S)
    assert res.category == "juniors"


# ---- properties -----------------------------------------------------------------------------

SCORE = st.integers(0, 3)


@hsettings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.one_of(st.none(), st.integers(0, 300)), st.lists(SCORE, min_size=3, max_size=3),
                          st.booleans(), st.sampled_from(["none", "scored", "unscored"]), SCORE),
                min_size=1, max_size=6))
def test_fast_totals_equal_the_sum_of_aspect_marks(data):
    """The linear summation in compute_results agrees with aspect_mark, aspect by aspect.

    Some entrants have a judge of form A1 substituted: the substitute's score
    counts instead of the replaced judge's, and is missing until given.
    """
    ids = [f"P{i}" for i in range(len(data))]
    sheet = MarkSheet(marking_teams={"A1": list(TEAM)})
    for eid, (cents, scores, absent, substitute, sub_score) in zip(ids, data):
        if cents is not None:
            sheet.measurements[("A1.1", eid)] = MeasurementMark("A1.1", eid, D(cents) / 100)
        sheet.scores[("A1.2", eid)] = dict(zip(TEAM, scores))
        if substitute != "none":
            sheet.substitutions[("A1", eid, TEAM[0])] = "X9"
        if substitute == "scored":
            sheet.scores[("A1.2", eid)]["X9"] = sub_score
        for n, aid in enumerate(("B1.1", "B1.2", "B1.3")):
            sheet.scores[(aid, eid)] = dict(zip(TEAM, scores[n:] + scores[:n]))
        if absent:
            sheet.absences.add(("B1", eid))
    ents = entrants(competency(), [competitor(i) for i in ids])
    totals = entrant_totals(SCHEME, ents, sheet, S)
    for eid in ids:
        crits, missing, entered, raw = totals[eid][:4]
        assert not totals[eid].absent_everywhere  # form A1 is never absent here
        for crit in SCHEME.criteria:
            marks = [aspect_mark(a, eid, f.id, sheet, S) for f in crit.subcriteria for a in f.aspects]
            assert crits[crit.id] == sum((m for m in marks if m is not None), F(0))
        assert raw == sum(crits.values(), F(0))
        assert missing == sum(1 for f in SCHEME.forms() for a in f.aspects
                              if aspect_mark(a, eid, f.id, sheet, S) is None)
        assert entered == sum(1 for f in SCHEME.forms() if (f.id, eid) not in sheet.absences
                              for a in f.aspects if aspect_mark(a, eid, f.id, sheet, S) is not None)


_ORDER = {Medal.GOLD: 4, Medal.SILVER: 3, Medal.BRONZE: 2, Medal.EXCELLENCE: 1, None: 0}
FIELD = st.lists(st.integers(0, 10000).map(lambda n: str(D(n) / 100)), min_size=1, max_size=14)
SETTINGS = st.builds(ScoringSettings, tie_tolerance=st.sampled_from([D(0), D(1), D(5)]),
                     min_competitors_preset=st.sampled_from(["off", "WSR 2018"]),
                     ranking_mode=st.sampled_from(["scale", "raw"]),
                     medallion_threshold=st.sampled_from([D(50), D(700)]))


@hsettings(max_examples=60, deadline=None)
@given(FIELD, SETTINGS)
def test_medals_follow_ranks_and_each_result_has_at_most_one(raws, settings):
    res = _results(raws, settings)
    rows = res.counted
    for r in rows:
        assert r.medal is None or isinstance(r.medal, Medal)  # one value, never a list of medals
    podium = (Medal.GOLD, Medal.SILVER, Medal.BRONZE)
    for a in rows:
        for b in rows:
            if a.rank == b.rank:  # a shared rank shares its medal (a medallion goes by score)
                assert (a.medal if a.medal in podium else None) is (b.medal if b.medal in podium else None)
            elif a.rank < b.rank:
                assert _ORDER[a.medal] >= _ORDER[b.medal]
    for r in rows:  # the medal is exactly the one its rank allows
        place = {1: Medal.GOLD, 2: Medal.SILVER, 3: Medal.BRONZE}.get(r.rank)
        if settings.min_competitors_preset == "off":
            assert (r.medal in (Medal.GOLD, Medal.SILVER, Medal.BRONZE)) == (place is not None)
            if place:
                assert r.medal is place
    assert [r.rank for r in rows] == sorted(r.rank for r in rows)


def test_unknown_ranking_mode_is_refused():
    with pytest.raises(ValueError, match="ranking_mode"):
        _results(["1", "2"], ScoringSettings(ranking_mode="points"))


def test_competency_without_a_scheme_has_no_results_yet():
    """Nothing can be marked without a scheme: a lone competitor must not get gold at raw 0."""
    from wsk_desk.domain.scheme import MarkingScheme

    res = compute_results(competency(), MarkingScheme(()), [competitor("P0")], MarkSheet(), S)
    assert res.status == "incomplete" and res.counted == [] and res.median is None
    assert (res.rows[0].rank, res.rows[0].medal) == (None, None)
