"""Checking one entered value against the rules, before anything is stored.

Returns the exact change as a mark operation (the same dict the audit log
records), or raises RuleViolation with a sentence that names the rule.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from .errors import RuleViolation
from .ids import find, fold
from .marking import compatriot_refusal, effective_judges
from .marks import MarkSheet
from .messages import say
from .people import Entrant, Expert
from .scheme import Aspect, MarkingScheme, SubCriterion

MAX_DECIMALS = 2


def parse_mark(text: str | int | float | Decimal) -> Decimal:
    """'2,5', '2.5', 2.5 -> Decimal('2.5'). Raises RuleViolation('number') otherwise."""
    if isinstance(text, Decimal):
        value = text
    elif isinstance(text, int) and not isinstance(text, bool):
        value = Decimal(text)
    elif isinstance(text, float):
        value = Decimal(repr(text))
    else:
        s = str(text).strip().replace("\u00a0", "").replace(" ", "").replace(",", ".")
        try:
            value = Decimal(s)
        except InvalidOperation:
            raise RuleViolation("number", say("number", value=text)) from None
    if not value.is_finite():
        raise RuleViolation("number", say("number", value=text))
    return value


def _local(value: Decimal) -> dict[str, str]:
    """A number as each language writes it: a decimal comma in Russian and Kazakh."""
    text = canonical(value)
    return {"en": text, "ru": text.replace(".", ","), "kk": text.replace(".", ",")}


def canonical(value: Decimal) -> str:
    """A stable text for a mark: no exponent, no trailing zeros ('2.50' -> '2.5')."""
    normalized = value.normalize()
    text = format(normalized, "f")
    return "0" if text in ("-0", "") else text


@dataclass(frozen=True)
class Context:
    """What the rules need to know about one competency."""

    scheme: MarkingScheme
    entrants: dict[str, Entrant]
    experts: dict[str, Expert]
    sheet: MarkSheet

    def __post_init__(self) -> None:
        # Lookups by exact and by folded id, so an import of 50,000 marks stays linear.
        index: dict[str, tuple[Aspect, SubCriterion]] = {}
        for form in self.scheme.forms():
            for aspect in form.aspects:
                index[aspect.id] = (aspect, form)
                index.setdefault(fold(aspect.id), (aspect, form))
        object.__setattr__(self, "_aspects", index)

    def aspect(self, aspect_id: str) -> tuple[Aspect, SubCriterion] | None:
        index = self._aspects  # type: ignore[attr-defined]
        return index.get(aspect_id) or index.get(fold(aspect_id))


def resolve(ctx: Context, aspect_id: str, entrant_id: str) -> tuple[Aspect, SubCriterion, Entrant]:
    found = ctx.aspect(aspect_id)
    if found is None:
        raise RuleViolation("unknown_aspect", say("unknown_aspect", aspect=aspect_id))
    aspect, form = found
    key = find(entrant_id, ctx.entrants)
    if key is None:
        raise RuleViolation("unknown_competitor", say("unknown_competitor", who=entrant_id))
    return aspect, form, ctx.entrants[key]


def check_unlocked(ctx: Context, form: SubCriterion) -> None:
    if form.id in ctx.sheet.locks:
        raise RuleViolation("locked", say("locked", form=form.id))


def measurement_op(ctx: Context, aspect_id: str, entrant_id: str, value: object,
                   reason: str = "") -> dict:
    """A measurement mark, checked: range [0, max], at most 2 decimals, form unlocked."""
    aspect, form, entrant = resolve(ctx, aspect_id, entrant_id)
    check_unlocked(ctx, form)
    if aspect.is_judgement:
        raise RuleViolation("type", say("type_judgement", aspect=aspect.id))
    if value is None or (isinstance(value, str) and not value.strip()):
        return {"k": "m", "a": aspect.id, "c": entrant.id, "v": None}
    mark = parse_mark(value)  # type: ignore[arg-type]
    if mark < 0 or mark > aspect.max_mark:
        raise RuleViolation("range", say("range_mark", value=_local(mark), max=_local(aspect.max_mark),
                                         aspect=aspect.id))
    if -mark.as_tuple().exponent > MAX_DECIMALS and mark != mark.quantize(Decimal("0.01")):
        raise RuleViolation("decimals", say("decimals", value=mark))
    return {"k": "m", "a": aspect.id, "c": entrant.id, "v": canonical(mark), "r": reason.strip()}


def score_op(ctx: Context, aspect_id: str, entrant_id: str, expert_id: str, score: object) -> dict:
    """One judge's score, checked: 0-3 whole, judge on the team, not a compatriot, form unlocked."""
    aspect, form, entrant = resolve(ctx, aspect_id, entrant_id)
    check_unlocked(ctx, form)
    if not aspect.is_judgement:
        raise RuleViolation("type", say("type_measurement", aspect=aspect.id))
    expert_key = find(expert_id, ctx.experts)
    if expert_key is None:
        raise RuleViolation("unknown_expert", say("unknown_expert", expert=expert_id))
    expert = ctx.experts[expert_key]
    judges = effective_judges(form.id, entrant.id, ctx.sheet)
    refusal = compatriot_refusal(expert, entrant)
    if refusal:
        raise RuleViolation("compatriot", refusal)
    if judges and expert.id not in judges:
        raise RuleViolation("team", say("team", expert=expert.short_name, form=form.id, who=entrant.id))
    if score is None or (isinstance(score, str) and not score.strip()):
        return {"k": "s", "a": aspect.id, "c": entrant.id, "e": expert.id, "v": None}
    value = parse_mark(score)  # type: ignore[arg-type]
    if value not in (0, 1, 2, 3) or value != value.to_integral_value():
        raise RuleViolation("range", say("range_score", value=score))
    return {"k": "s", "a": aspect.id, "c": entrant.id, "e": expert.id, "v": int(value)}


def absence_op(ctx: Context, form_id: str, entrant_id: str, absent: bool) -> dict:
    form = ctx.scheme.form(form_id)
    if form is None:
        raise RuleViolation("unknown_form", say("unknown_form", form=form_id))
    key = find(entrant_id, ctx.entrants)
    if key is None:
        raise RuleViolation("unknown_competitor", say("unknown_competitor", who=entrant_id))
    check_unlocked(ctx, form)
    return {"k": "x", "f": form.id, "c": key, "v": bool(absent)}
