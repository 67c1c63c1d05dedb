"""Locking a form (domain.md §3): missing marks, disagreements, deduction reasons, compatriots."""

from decimal import Decimal as D

import pytest

from wsk_desk.domain.completeness import form_status, missing_marks
from wsk_desk.domain.marks import MarkSheet, MeasurementMark
from wsk_desk.domain.people import entrants
from wsk_desk.domain.settings import ScoringSettings

from .builders import competency, competitor, expert, form, judgement, measurement, scheme

S = ScoringSettings()
SCHEME = scheme(form("A1", measurement("A1.1", 3), judgement("A1.2", 6)), form("B1", measurement("B1.1", 4)))
TEAM = ["E1", "E2", "E3"]


def _setup(n: int = 2, withdrawn: tuple[str, ...] = ()):
    comps = [competitor(f"P{i}", withdrawn=f"P{i}" in withdrawn) for i in range(n)]
    return entrants(competency(), comps), MarkSheet(marking_teams={"A1": list(TEAM)})


def _fill(sheet: MarkSheet, eid: str, value: str = "3", scores=(2, 2, 2), reason: str = "") -> None:
    sheet.measurements[("A1.1", eid)] = MeasurementMark("A1.1", eid, D(value), reason)
    sheet.scores[("A1.2", eid)] = dict(zip(TEAM, scores))


def test_complete_form_can_lock():
    ents, sheet = _setup()
    for e in ents:
        _fill(sheet, e.id)
    st = form_status(SCHEME, "A1", ents, sheet, S)
    assert st.can_lock and st.complete and st.reasons == [] and not st.locked


def test_missing_marks_are_listed_per_cell_and_block():
    ents, sheet = _setup()
    _fill(sheet, "P0")
    sheet.scores[("A1.2", "P1")] = {"E1": 2}
    st = form_status(SCHEME, SCHEME.form("A1"), ents, sheet, S)
    assert not st.can_lock
    assert {(c.entrant_id, c.aspect_id) for c in st.missing} == {("P1", "A1.1"), ("P1", "A1.2")}
    judge_cell = next(c for c in st.missing if c.aspect_id == "A1.2")
    assert judge_cell.judges == ("E2", "E3")
    assert len(st.reasons) == 1 and "2 marks missing" in st.reasons[0] and "P1 (A1.1, A1.2)" in st.reasons[0]


def test_whole_competency_missing_marks():
    ents, sheet = _setup(1)
    _fill(sheet, "P0")
    assert [(c.entrant_id, c.aspect_id) for c in missing_marks(SCHEME, ents, sheet, S)] == [("P0", "B1.1")]


def test_absent_and_withdrawn_need_no_marks():
    ents, sheet = _setup(3, withdrawn=("P2",))
    _fill(sheet, "P0")
    sheet.absences.add(("A1", "P1"))
    st = form_status(SCHEME, "A1", ents, sheet, S)
    assert st.missing == [] and st.can_lock


def test_unconfirmed_disagreement_blocks_and_confirmation_releases():
    ents, sheet = _setup(1)
    _fill(sheet, "P0", scores=(1, 3, 2))
    st = form_status(SCHEME, "A1", ents, sheet, S)
    assert not st.can_lock
    assert [tuple(d) for d in st.disagreements] == [("A1.2", "P0")]  # unpacks as (aspect, entrant)
    assert st.disagreements[0].scores == (1, 3, 2) and "confirm" in st.reasons[0]
    sheet.confirmations[("A1.2", "P0")] = "scores checked"
    st = form_status(SCHEME, "A1", ents, sheet, S)
    assert st.can_lock and st.disagreements[0].confirmed and st.unconfirmed == []


def test_rescoring_clears_a_disagreement():
    ents, sheet = _setup(1)
    _fill(sheet, "P0", scores=(0, 2, 2))
    assert not form_status(SCHEME, "A1", ents, sheet, S).can_lock
    sheet.scores[("A1.2", "P0")]["E1"] = 1
    assert form_status(SCHEME, "A1", ents, sheet, S).can_lock


def test_disagreement_threshold_is_a_setting():
    ents, sheet = _setup(1)
    _fill(sheet, "P0", scores=(1, 3, 2))
    assert form_status(SCHEME, "A1", ents, sheet, ScoringSettings(disagreement_threshold=2)).can_lock


def test_disagreement_counts_only_the_substituted_panel():
    ents, sheet = _setup(1)
    _fill(sheet, "P0", scores=(2, 2, 2))
    sheet.substitutions[("A1", "P0", "E2")] = "E9"
    sheet.scores[("A1.2", "P0")]["E2"] = 0  # the replaced compatriot's score does not count
    sheet.scores[("A1.2", "P0")]["E9"] = 3
    st = form_status(SCHEME, "A1", ents, sheet, S)
    assert st.can_lock and st.disagreements == []


@pytest.mark.parametrize("required, value, reason, blocks", [
    (True, "2", "", True), (True, "2", "  ", True), (True, "2", "chipped edge", False),
    (True, "3", "", False), (False, "2", "", False),
])
def test_deduction_reason_setting(required, value, reason, blocks):
    ents, sheet = _setup(1)
    _fill(sheet, "P0", value=value, reason=reason)
    st = form_status(SCHEME, "A1", ents, sheet, ScoringSettings(deduction_reason_required=required))
    assert st.can_lock is not blocks
    assert bool(st.missing_reasons) is blocks


def test_out_of_range_value_blocks():
    ents, sheet = _setup(1)
    _fill(sheet, "P0", value="3.5")
    st = form_status(SCHEME, "A1", ents, sheet, S)
    assert not st.can_lock and st.out_of_range[0].value == D("3.5") and "outside 0 to 3" in st.reasons[0]


def test_compatriot_left_on_the_panel_blocks_until_substituted():
    ents, sheet = _setup(1)
    _fill(sheet, "P0")
    experts = {"E1": expert("E1", "RP0"), "E2": expert("E2", "X"), "E3": expert("E3", "Y"),
               "E9": expert("E9", "Z")}
    st = form_status(SCHEME, "A1", ents, sheet, S, experts=experts)
    assert st.compatriots == [("P0", "E1")] and not st.can_lock
    sheet.substitutions[("A1", "P0", "E1")] = "E9"
    sheet.scores[("A1.2", "P0")]["E9"] = 2
    assert form_status(SCHEME, "A1", ents, sheet, S, experts=experts).can_lock


def test_reasons_in_russian_and_kazakh():
    ents, sheet = _setup(1)
    assert "не хватает оценок" in form_status(SCHEME, "A1", ents, sheet, S, lang="ru").reasons[0]
    assert "бағалар жетіспейді" in form_status(SCHEME, "A1", ents, sheet, S, lang="kk").reasons[0]


def test_lock_state_is_reported():
    from wsk_desk.domain.marks import FormLock

    ents, sheet = _setup(1)
    sheet.locks["A1"] = FormLock("A1", "chief", "2025-05-01T10:00")
    assert form_status(SCHEME, "A1", ents, sheet, S).locked
    with pytest.raises(KeyError):
        form_status(SCHEME, "Z9", ents, sheet, S)
