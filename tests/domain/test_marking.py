"""Aspect marks (domain.md §3): measurement, judgement, disagreement, compatriots, absence."""

from decimal import Decimal as D
from fractions import Fraction as F

import pytest

from wsk_desk.domain.marking import (aspect_mark, compatriot_conflict, effective_judges, is_disagreement,
                                     judgement_mark, measurement_in_range)
from wsk_desk.domain.marks import MarkSheet, MeasurementMark
from wsk_desk.domain.people import Entrant
from wsk_desk.domain.settings import ScoringSettings

from .builders import competitor, expert, judgement, measurement

S = ScoringSettings()


def test_judgement_mark_is_mean_over_three_times_max_exactly():
    assert judgement_mark([2, 2, 3], D("4")) == F(28, 9)
    assert judgement_mark([3, 3, 3], D("2.5")) == F(5, 2)
    assert judgement_mark([0, 0, 0], 4) == 0
    assert judgement_mark([2, 2, 2, 2, 1], D("1.5")) == F(9, 10)  # five judges


def test_three_thirds_of_a_mark_do_not_drift():
    third = judgement_mark([1, 1, 1], 1)
    assert third == F(1, 3)
    assert third + third + third == 1


def test_judgement_mark_needs_scores():
    with pytest.raises(ValueError):
        judgement_mark([], 3)


@pytest.mark.parametrize("scores, threshold, expected", [
    ([1, 2, 2], 1, False), ([1, 3, 2], 1, True), ([0, 3], 1, True), ([0, 2, 1], 1, True),
    ([0, 2], 2, False), ([3], 1, False), ([], 1, False), ([2, 2, 2, 2, 0], 1, True),
])
def test_disagreement_is_max_minus_min_above_threshold(scores, threshold, expected):
    assert is_disagreement(scores, threshold) is expected


@pytest.mark.parametrize("value, ok", [(D("0"), True), (D("2.5"), True), (D("3"), True), (D("3.01"), False),
                                       (D("-0.01"), False)])
def test_measurement_range(value, ok):
    assert measurement_in_range(value, D("3")) is ok


def test_compatriot_refused_with_the_rule_named():
    x = expert("E1", "ALA")
    msg = compatriot_conflict(x, competitor("P1", "ALA"))
    assert msg is not None and "compatriot" in msg and "ALA" in msg
    assert compatriot_conflict(x, competitor("P2", "AST")) is None
    assert "компатриот" in compatriot_conflict(x, competitor("P1", "ALA"), "ru")
    assert "компатриот" in compatriot_conflict(x, competitor("P1", "ALA"), "kk")


def test_compatriot_rule_covers_any_team_member():
    a, b = competitor("P1", "AST", team="T1"), competitor("P2", "ALA", team="T1")
    team = Entrant("T1", "team", "AST", (a, b))
    assert compatriot_conflict(expert("E1", "ALA"), team) is not None
    assert compatriot_conflict(expert("E2", "SHY"), team) is None


def test_expert_without_region_is_never_a_compatriot():
    assert compatriot_conflict(expert("E1", ""), competitor("P1", "")) is None


def test_effective_judges_apply_substitutions_per_competitor():
    sheet = MarkSheet(marking_teams={"A1": ["E1", "E2", "E3"]},
                      substitutions={("A1", "P1", "E2"): "E9"})
    assert effective_judges("A1", "P1", sheet) == ["E1", "E9", "E3"]
    assert effective_judges("A1", "P2", sheet) == ["E1", "E2", "E3"]
    assert effective_judges("B1", "P1", sheet) == []


def test_aspect_mark_measurement_missing_and_present():
    a = measurement("A1.1", "2.5")
    sheet = MarkSheet()
    assert aspect_mark(a, "P1", "A1", sheet, S) is None
    sheet.measurements[("A1.1", "P1")] = MeasurementMark("A1.1", "P1", D("1.25"))
    assert aspect_mark(a, "P1", "A1", sheet, S) == F(5, 4)


def test_aspect_mark_judgement_uses_the_substituted_panel():
    a = judgement("A1.2", 6)
    sheet = MarkSheet(marking_teams={"A1": ["E1", "E2", "E3"]},
                      substitutions={("A1", "P1", "E2"): "E9"})
    sheet.scores[("A1.2", "P1")] = {"E1": 3, "E2": 0, "E3": 2}
    assert aspect_mark(a, "P1", "A1", sheet, S) is None  # E9 has not scored; E2's score does not count
    sheet.scores[("A1.2", "P1")]["E9"] = 1
    assert aspect_mark(a, "P1", "A1", sheet, S) == F(3 + 1 + 2, 9) * 6


def test_aspect_mark_judgement_without_team_needs_judges_per_form():
    a = judgement("A1.2", 3)
    sheet = MarkSheet(scores={("A1.2", "P1"): {"E1": 1, "E2": 2}})
    assert aspect_mark(a, "P1", "A1", sheet, S) is None
    assert aspect_mark(a, "P1", "A1", sheet, ScoringSettings(judges_per_form=2)) == F(3, 2)
    sheet.scores[("A1.2", "P1")]["E3"] = 3
    assert aspect_mark(a, "P1", "A1", sheet, S) == 2


def test_absent_for_the_form_gives_zero_not_missing():
    sheet = MarkSheet(absences={("A1", "P1")})
    assert aspect_mark(measurement("A1.1", 5), "P1", "A1", sheet, S) == 0
    assert aspect_mark(judgement("A1.2", 5), "P1", "A1", sheet, S) == 0
    assert aspect_mark(measurement("B1.1", 5), "P1", "B1", sheet, S) is None
