"""Marks as entered: measurement values, judges' scores, absences, confirmations."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum
from typing import NamedTuple


class AbsenceKind(str, Enum):
    ABSENT = "absent"  # marks 0 for the form, flagged
    # withdrawal is per competitor (Competitor.withdrawn): no result at all


class MeasurementMark(NamedTuple):
    """A NamedTuple, not a dataclass: a worlds file loads 100,000 of them, and tuples build fast."""

    aspect_id: str
    competitor_id: str
    value: Decimal
    reason: str = ""  # written reason for a deduction


@dataclass(frozen=True)
class JudgeScore:
    aspect_id: str
    competitor_id: str
    expert_id: str
    score: int  # 0..3


@dataclass(frozen=True)
class Absence:
    form_id: str
    competitor_id: str


@dataclass(frozen=True)
class DisagreementConfirmation:
    """The Chief Expert confirmed diverging judges' scores with a reason."""

    aspect_id: str
    competitor_id: str
    reason: str


@dataclass(frozen=True)
class FormLock:
    form_id: str
    locked_by: str
    locked_at: str


@dataclass(frozen=True)
class SignOff:
    revision: int
    signed_by: str
    signed_at: str
    reason: str = ""


@dataclass
class MarkSheet:
    """All marks of one competency, as handed to the scoring engine."""

    measurements: dict[tuple[str, str], MeasurementMark] = field(default_factory=dict)  # (aspect, competitor)
    scores: dict[tuple[str, str], dict[str, int]] = field(default_factory=dict)  # (aspect, competitor) -> expert -> score
    absences: set[tuple[str, str]] = field(default_factory=set)  # (form, competitor)
    confirmations: dict[tuple[str, str], str] = field(default_factory=dict)  # (aspect, competitor) -> reason
    locks: dict[str, FormLock] = field(default_factory=dict)  # form -> lock
    signoff: SignOff | None = None
    marking_teams: dict[str, list[str]] = field(default_factory=dict)  # form -> expert ids in order
    substitutions: dict[tuple[str, str, str], str] = field(default_factory=dict)  # (form, competitor, replaced) -> substitute
