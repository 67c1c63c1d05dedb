"""Imports into a championship: read the file, check every row against the rules, then land it whole.

Reading is the readers' job (syntax); here each row is checked with the
competition rules (range, 0-3, compatriot, locked forms) and the whole file
lands in one transaction with one audit entry naming the file and its
checksum, or nothing changes and the error names the file, row and column.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..domain.entry import absence_op, measurement_op, score_op
from ..domain.errors import DeskError, InputError, RuleViolation
from ..domain.ids import find
from ..domain.people import Category, Competency
from .marks_reader import MarkRow, read_marks
from .messages import Message, refusal, rule_reason
from .people_reader import read_people
from .scheme_reader import read_marking_scheme
from .workbook import file_label

RULE_COLUMN = {"range": "value", "number": "value", "decimals": "value", "type": "aspect",
               "compatriot": "judge", "team": "judge", "locked": "form", "unknown_aspect": "aspect",
               "unknown_competitor": "competitor", "unknown_expert": "judge", "unknown_form": "form"}


@dataclass
class ImportReport:
    landed: int = 0
    warnings: list[str] = field(default_factory=list)
    competencies: list[str] = field(default_factory=list)


def file_checksum(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


MAX_TEAM_SIZE = 20


def import_scheme(champ, path: str | Path, code: str, *, name: str | None = None, force: bool = False,
                  category: str | None = None, team_size: int | None = None,
                  scheme_lang: str | None = None) -> ImportReport:
    """Install a marking scheme for a competency, creating it if it is new, renaming or resizing it if asked.

    `scheme_lang` is the language its texts are in (ru, kk or en); without it storage detects it.

    The competency record travels with the scheme into `replace_scheme`: one
    transaction, one audit entry, and nothing written when the scheme is refused.
    """
    if team_size is not None and not 1 <= team_size <= MAX_TEAM_SIZE:
        raise refusal("team_size_range", max=MAX_TEAM_SIZE, n=team_size)
    result = read_marking_scheme(path)
    scheme = replace(result.scheme, lang=scheme_lang) if scheme_lang else result.scheme
    comps = {c.code: c for c in champ.competencies()}
    key = find(code, comps)
    comp: Competency | None
    if key is None:
        cat = Category.JUNIORS if (category == "juniors" or code.upper().endswith("J")) else Category.MAIN
        key = code
        comp = Competency(code, name or result.source_name or code, category=cat, team_size=team_size or 1)
    else:
        old = comps[key]
        comp = replace(old, name_ru=name or old.name_ru, team_size=team_size or old.team_size)
        comp = None if comp == old else comp
    warnings = list(result.warnings)
    if comp is not None and comp.is_team:
        loose = [c.id for c in champ.competitors(key) if not c.team]
        if loose:
            warnings.append(Message("loose_team", code=key, size=comp.team_size, n=len(loose),
                                    ids=", ".join(loose[:5])))
    champ.replace_scheme(key, scheme, force=force, source=file_label(path), checksum=file_checksum(path),
                         competency=comp)
    return ImportReport(result.scheme.aspect_count, warnings, [key])


def import_people(champ, path: str | Path) -> ImportReport:
    regions = {r.code for r in champ.regions()}
    comps = {c.code: c.team_size for c in champ.competencies()}
    result = read_people(path, regions, comps)
    champ.save_people(result.competitors, result.experts, result.regions, source=file_label(path),
                      checksum=file_checksum(path))
    touched = sorted({c.competency for c in result.competitors} | {e.competency for e in result.experts})
    return ImportReport(len(result.competitors) + len(result.experts), list(result.warnings), touched)


def marks_to_ops(champ, rows: list[MarkRow]) -> tuple[list[dict], list[str]]:
    """Every row checked and turned into a mark operation tagged with its competency."""
    comps = {c.code: c for c in champ.competencies()}
    contexts: dict[str, object] = {}
    ops: list[dict] = []
    absent_at: dict[tuple[str, str, str], int] = {}  # (competency, form, entrant) -> row of its ABS
    marked_at: dict[tuple[str, str, str], int] = {}  # ... -> first row giving a mark in that form
    for row in rows:
        code = find(row.competency, comps)
        if code is None:
            raise row.error(Message("no_competency", code=row.competency), "competency")
        ctx = contexts.get(code)
        if ctx is None:
            ctx = contexts[code] = champ.context(code)
        aspect_id = row.aspect if "." in row.aspect else f"{row.form}.{row.aspect}"
        try:
            if row.absent:
                op = absence_op(ctx, row.form, row.competitor, True)
            else:
                found = ctx.aspect(aspect_id)
                if row.judge:
                    op = score_op(ctx, aspect_id, row.competitor, row.judge, row.value)
                else:
                    if found is not None and found[0].is_judgement:
                        raise row.error(Message("judge_needed", aspect=found[0].id), "judge")
                    op = measurement_op(ctx, aspect_id, row.competitor, row.value)
        except RuleViolation as exc:
            raise row.error(rule_reason(exc.rule, exc.message, exc.texts), RULE_COLUMN.get(exc.rule, "")) from None
        _refuse_contradiction(row, code, op, ctx, absent_at, marked_at)
        op["co"] = code
        ops.append(op)
    return ops, sorted(contexts)


def _refuse_contradiction(row: MarkRow, code: str, op: dict, ctx, absent_at: dict, marked_at: dict) -> None:
    """Absent from a form and marked in it, in one file: neither row can be right, so refuse both."""
    if op["k"] == "x":
        key = (code, op["f"], op["c"])
        if key in marked_at:
            raise row.error(Message("marked_then_absent", who=op["c"], form=op["f"], row=marked_at[key]), "value")
        absent_at.setdefault(key, row.row)
        return
    key = (code, ctx.aspect(op["a"])[1].id, op["c"])
    if key in absent_at:
        raise row.error(Message("absent_then_marked", who=op["c"], form=key[1], row=absent_at[key]), "value")
    marked_at.setdefault(key, row.row)


def import_marks(champ, path: str | Path) -> ImportReport:
    rows = read_marks(path)
    if not rows:
        raise InputError(Message("no_marks"), file=file_label(path))
    ops, codes = marks_to_ops(champ, rows)
    champ.import_ops(ops, codes, source=file_label(path), checksum=file_checksum(path))
    return ImportReport(len(ops), [], codes)


__all__ = ["ImportReport", "DeskError", "file_checksum", "import_scheme", "import_people", "import_marks",
           "marks_to_ops"]
