"""A tiny championship built through the public API, for storage tests."""

from __future__ import annotations

from decimal import Decimal

import pytest

from wsk_desk.demo.data import REGIONS
from wsk_desk.domain.people import Competency, Competitor, Expert, ExpertRole
from wsk_desk.domain.scheme import Aspect, AspectType, Criterion, MarkingScheme, SubCriterion
from wsk_desk.storage.championship import Championship

DESCRIPTORS = {0: "below", 1: "meets", 2: "exceeds", 3: "excellent"}


def tiny_scheme() -> MarkingScheme:
    return MarkingScheme((
        Criterion("A", "Design", (SubCriterion("A1", "Layout", "C1", (
            Aspect("A1.1", AspectType.MEASUREMENT, "Layout matches mock", Decimal("50")),
            Aspect("A1.2", AspectType.JUDGEMENT, "Visual quality", Decimal("30"), descriptors=DESCRIPTORS),
        )),)),
        Criterion("B", "Build", (SubCriterion("B1", "Code", "C2", (
            Aspect("B1.1", AspectType.MEASUREMENT, "Validates", Decimal("20")),
        )),)),
    ))


def make_tiny(path) -> Championship:
    """Competency 17: three competitors, five experts (E02 from KAR like P02), two forms, no marks."""
    ch = Championship.create(path, "Test", regions=REGIONS, actor="tester")
    ch.save_competency(Competency("17", "Веб-технологии", "Веб-технологиялар", "Web Technologies"))
    ch.save_people(
        [Competitor("P01", "Қасымова", "Әлия", "", region="ALM", competency="17"),
         Competitor("P02", "Ким", "Ольга", "", region="KAR", competency="17"),
         Competitor("P03", "Үмбетов", "Нұрлан", "", region="SHY", competency="17")],
        [Expert("E01", "Оспанов", "Бауыржан", "", region="AST", competency="17", role=ExpertRole.CHIEF),
         Expert("E02", "Ким", "Олег", "", region="KAR", competency="17"),
         Expert("E03", "Ли", "Анна", "", region="MAN", competency="17"),
         Expert("E04", "Петров", "Илья", "", region="TUR", competency="17"),
         Expert("E05", "Ахметов", "Арман", "", region="ZHA", competency="17")])
    ch.replace_scheme("17", tiny_scheme())
    ch.set_marking_team("17", "A1", ["E02", "E03", "E04"])
    ch.set_marking_team("17", "B1", ["E03", "E04", "E05"])
    return ch


@pytest.fixture
def champ(tmp_path):
    ch = make_tiny(tmp_path / "t.wsk")
    yield ch
    ch.close()
