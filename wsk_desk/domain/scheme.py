"""The marking scheme: criteria, sub-criteria (one marking form each) and aspects."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum
from typing import Iterator


class AspectType(str, Enum):
    MEASUREMENT = "M"
    JUDGEMENT = "J"


@dataclass(frozen=True)
class Aspect:
    """One line of a marking form. `id` is `<form>.<n>`, n 1-based within the form."""

    id: str
    type: AspectType
    description: str
    max_mark: Decimal
    extra: str = ""  # extra aspect description / measurement method
    requirement: str = ""  # requirement or nominal size (measurement only)
    wsss_section: str = ""
    descriptors: dict[int, str] = field(default_factory=dict)  # judgement 0..3

    @property
    def is_judgement(self) -> bool:
        return self.type is AspectType.JUDGEMENT


@dataclass(frozen=True)
class SubCriterion:
    """One marking form with its own marking team."""

    id: str
    name: str
    day: str = ""  # marking day, e.g. "C1"
    aspects: tuple[Aspect, ...] = ()

    @property
    def max_mark(self) -> Decimal:
        return sum((a.max_mark for a in self.aspects), Decimal(0))

    @property
    def criterion_id(self) -> str:
        return self.id[:1]


@dataclass(frozen=True)
class Criterion:
    id: str  # a letter: A, B... or Cyrillic А, Б...
    name: str
    subcriteria: tuple[SubCriterion, ...] = ()

    @property
    def max_mark(self) -> Decimal:
        return sum((s.max_mark for s in self.subcriteria), Decimal(0))


@dataclass(frozen=True)
class MarkingScheme:
    criteria: tuple[Criterion, ...] = ()

    @property
    def total(self) -> Decimal:
        return sum((c.max_mark for c in self.criteria), Decimal(0))

    def forms(self) -> Iterator[SubCriterion]:
        for c in self.criteria:
            yield from c.subcriteria

    def aspects(self) -> Iterator[Aspect]:
        for s in self.forms():
            yield from s.aspects

    def form(self, form_id: str) -> SubCriterion | None:
        from .ids import same_id

        for s in self.forms():
            if s.id == form_id or same_id(s.id, form_id):
                return s
        return None

    def aspect(self, aspect_id: str) -> Aspect | None:
        from .ids import same_id

        for a in self.aspects():
            if a.id == aspect_id or same_id(a.id, aspect_id):
                return a
        return None

    def form_of(self, aspect_id: str) -> SubCriterion | None:
        for s in self.forms():
            if any(a.id == aspect_id for a in s.aspects):
                return s
        return None

    @property
    def aspect_count(self) -> int:
        return sum(1 for _ in self.aspects())
