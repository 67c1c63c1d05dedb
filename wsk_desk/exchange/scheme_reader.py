"""Reading a marking scheme from the CIS import template or the Russian "Критерии оценки".

Both templates are read by one state machine because they differ only in header
language and in how a sub-criterion is named: CIS writes `A1` in "Sub Criteria ID",
the Russian template writes a criterion row (`А` + name + total) and then numbered
sub-criteria. Columns are found by header text on every header row (headers repeat
and move), unknown columns are ignored, and every refusal is an `InputError` with
sheet, row and column. Nothing is returned unless the whole scheme is consistent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..domain.errors import InputError
from ..domain.ids import fold, script_of, to_script
from ..domain.scheme import Aspect, AspectType, Criterion, MarkingScheme, SubCriterion
from .messages import Message, heading, problem, where as located_at
from .workbook import (cell, column_label, file_label, header_key, match_headers, one_line,
                       open_workbook, parse_decimal, sheet_rows, text, two_decimals)

_P = re.compile
HEADERS = {  # field -> pattern over header_key(); order matters (first match wins per cell)
    "id": _P(r"sub ?-?criteri(a|on|um)s? (id|code)|id|код|code|код подкритерия"),
    "name": _P(r"sub ?-?criteri(a|on|um)s?( name)?( or description)?|подкритерий"
               r"|наименование подкритерия|ішкі критерий( атауы)?"),
    "type": _P(r"aspect type\b.*|тип аспекта\b.*|type|тип|аспект түрі"),
    "description": _P(r"aspect ?-? ?description|aspect|аспект|описание аспекта|аспект сипаттамасы"),
    "score": _P(r"judg(e?ment)?\.? score|судейский балл|балл судьи|төрешілік балл"),
    "extra": _P(r"extra aspect description\b.*|extra description|методика проверки( аспекта)?"
                r"|дополнительное описание.*|тексеру әдістемесі|қосымша сипаттама.*"),
    "requirement": _P(r"requirement\b.*|требование\b.*|талап\b.*"),
    "wsss": _P(r"wsss( section)?|проф\.? ?задача|профессиональная задача|раздел wsss|кәсіби міндет"),
    "max": _P(r"max\.? ?marks?|макс\.? ?балл|максимальный балл|ең жоғары балл"),
    "day": _P(r"(marking )?day|день( оценки)?|(бағалау )?күні?"),
}
REQUIRED = ("id", "type", "description", "max")
MEASUREMENT_TYPES = {fold(t) for t in ("O", "M", "И", "Obj", "Objective", "Measurement", "Изм")}
JUDGEMENT_TYPES = {fold(t) for t in ("J", "С", "Judg", "Judgement", "Judgment", "Суд")}
SUBJECTIVE_TYPES = {fold(t) for t in ("S", "Sub", "Subj", "Subjective")}
MAX_ASPECT_MARK = Decimal(1000)
_LETTER = r"[^\W\d_]"
_DAY = _P(r"[CcСс]\s*(-\s*)?\d{1,2}")
_TOTAL_LABEL = _P(r"(итого|всего|total|сумма|барлығы|жиыны)\b.*", re.IGNORECASE)
_CRITERION_LABEL = _P(r"(criterion|критерий|модуль)\s+(" + _LETTER + r")")
_SOURCE_LABEL = _P(r"(наименование|название) компетенции|компетенция|competency( name)?|skill( name)?"
                   r"|құзыреттілік( атауы)?")


@dataclass
class SchemeReadResult:
    scheme: MarkingScheme
    warnings: list[Message]  # each is its English sentence; `.text(lang)` says it in ru or kk
    source_name: str | None = None
    places: dict[str, tuple[str, int]] = field(default_factory=dict)  # item id -> (sheet, row): for comparisons


@dataclass
class _Asp:
    where: Message
    type: AspectType
    description: str
    max_mark: Decimal
    extra: list[str] = field(default_factory=list)
    requirement: str = ""
    wsss: str = ""
    descriptors: dict[int, str] = field(default_factory=dict)


@dataclass
class _Sub:
    where: Message
    letter: str
    number: str
    name: str
    day: str
    aspects: list[_Asp] = field(default_factory=list)


@dataclass
class _Crit:
    where: Message
    id: str
    name: str = ""
    file_total: tuple[Decimal, Message] | None = None
    from_row: bool = False  # a criterion row of the Russian template, not inferred from "A1"
    subs: list[_Sub] = field(default_factory=list)


class _Reader:
    """One pass over the rows of every sheet; state is the current criterion/sub/aspect."""

    def __init__(self, name: str):
        self.file = name
        self.warnings: list[Message] = []
        self.crits: dict[str, _Crit] = {}
        self.subs: dict[str, _Sub] = {}
        self.subjective_rows: list[Message] = []
        self.total_rows: list[tuple[Decimal, Message]] = []
        self.source_name: str | None = None
        self.first_sheet = ""
        self.places: dict[str, Message] = {}  # item id -> where it was read

    # ---- helpers ---------------------------------------------------------------------
    def fail(self, reason: Message, row: int, fld: str | None = None) -> InputError:
        col = column_label(self.cols[fld], self.headers[fld]) if fld and fld in self.cols else \
            (heading(fld) if fld else "")
        return InputError(reason, file=self.file, sheet=self.sheet, row=row, column=col)

    def where(self, row: int) -> Message:
        return located_at(self.sheet, row, self.first_sheet)

    # ---- sheets ----------------------------------------------------------------------
    def read_sheet(self, ws: Any) -> bool:
        """Read one sheet; False when it holds no marking-scheme header at all."""
        self.sheet = ws.title
        self.cols: dict[str, int] = {}
        self.headers: dict[str, Any] = {}
        self.crit: _Crit | None = None
        self.sub: _Sub | None = None
        self.asp: _Asp | None = None
        self.day_in_requirement = False
        for row, values in sheet_rows(ws, self.file):
            if not any(v is not None and v != "" for v in values):
                continue
            found = match_headers(values, HEADERS)
            if all(f in found for f in REQUIRED):
                self.cols, self.headers = found, {f: values[i] for f, i in found.items()}
                self.first_sheet = self.first_sheet or self.sheet
                self.day_in_requirement = "day" not in found
                continue
            if not self.cols:
                self.preamble(values)
            else:
                self.row(row, values)
        return bool(self.cols)

    def preamble(self, values: tuple[Any, ...]) -> None:
        """Rows above the header: pick the competency name from "Наименование компетенции"."""
        for i, v in enumerate(values):
            if self.source_name is None and _SOURCE_LABEL.fullmatch(header_key(v)):
                rest = [one_line(x) for x in values[i + 1:] if one_line(x)]
                if rest:
                    self.source_name = rest[0]

    # ---- rows ------------------------------------------------------------------------
    def row(self, row: int, values: tuple[Any, ...]) -> None:
        def get(fld: str) -> Any:
            return cell(values, self.cols.get(fld))

        rid, typ = one_line(get("id")), one_line(get("type"))
        if rid:
            self.id_row(row, rid, get)
        if typ:
            self.aspect_row(row, typ, get)
        elif not rid:
            self.other_row(row, get)
        known = set(self.cols.values())
        self.criterion_block(row, [v for i, v in enumerate(values) if i not in known])

    def id_row(self, row: int, rid: str, get: Any) -> None:
        name = text(get("name")) or (text(get("description")) if not one_line(get("type")) else "")
        if re.fullmatch(_LETTER, rid):  # a criterion row (Russian template)
            crit = self.criterion(rid.upper(), row, created_by_row=True)
            crit.name = crit.name or name
            if one_line(get("max")):
                crit.file_total = (self.number(get("max"), row, "max", "criterion_total"), self.where(row))
            self.crit, self.sub, self.asp = crit, None, None
            return
        if re.fullmatch(r"\d+", rid):  # a numbered sub-criterion under the criterion row above
            if self.crit is None:
                raise self.fail(Message("sub_before_criterion", number=rid), row, "id")
            letter, number = self.crit.id, str(int(rid))
        else:
            m = re.fullmatch(rf"({_LETTER})\s*[-.]?\s*(\d+)\.?", rid)
            if not m:
                raise self.fail(Message("bad_sub_id", id=rid[:40]), row, "id")
            letter, number = m.group(1).upper(), str(int(m.group(2)))
        key = fold(letter + number)
        if key in self.subs:
            raise self.fail(Message("sub_twice", id=letter + number, where=self.subs[key].where), row, "id")
        crit = self.criterion(letter, row, created_by_row=False)
        day = one_line(get("day"))
        requirement = one_line(get("requirement"))
        if self.day_in_requirement and _DAY.fullmatch(requirement):
            day = requirement
        if _DAY.fullmatch(day):
            day = "".join(to_script(day, "latin").upper().split())
        sub = _Sub(self.where(row), letter, number, name, day)
        crit.subs.append(sub)
        self.subs[key] = sub
        self.crit, self.sub, self.asp = crit, sub, None

    def criterion(self, letter: str, row: int, created_by_row: bool) -> _Crit:
        key = fold(letter)
        crit = self.crits.get(key)
        if crit is None:
            crit = self.crits[key] = _Crit(self.where(row), letter)
        elif created_by_row and crit.from_row:
            raise self.fail(Message("criterion_twice", id=letter, where=crit.where), row, "id")
        crit.from_row = crit.from_row or created_by_row
        return crit

    def aspect_row(self, row: int, typ: str, get: Any) -> None:
        if self.sub is None:
            raise self.fail(Message("aspect_before_sub"), row, "type")
        kind = self.aspect_type(typ, row)
        description = text(get("description"))
        if not description:
            raise self.fail(Message("no_description"), row, "description")
        if not one_line(get("max")):
            raise self.fail(Message("no_max"), row, "max")
        max_mark = self.number(get("max"), row, "max", "max_mark")
        if max_mark < 0:
            raise self.fail(Message("negative_max", max=max_mark), row, "max")
        if max_mark > MAX_ASPECT_MARK:
            raise self.fail(Message("max_too_large", max=max_mark), row, "max")
        if kind is AspectType.JUDGEMENT and max_mark == 0:
            raise self.fail(Message("judgement_zero"), row, "max")
        if max_mark == 0:
            self.warnings.append(Message("zero_max", where=self.where(row)))
        requirement = text(get("requirement"))
        if self.day_in_requirement and self.sub.day and _DAY.fullmatch(one_line(requirement)) \
                and fold(to_script(one_line(requirement), "latin")) == fold(self.sub.day):
            requirement = ""  # the Russian template repeats the marking day on every row
        asp = _Asp(self.where(row), kind, description, max_mark, requirement=requirement,
                   wsss=one_line(get("wsss")))
        extra, score = text(get("extra")), get("score")
        if kind is AspectType.JUDGEMENT and extra and one_line(score):
            asp.descriptors[self.score(score, row)] = extra
        elif extra:
            asp.extra.append(extra)
        self.sub.aspects.append(asp)
        self.asp = asp

    def aspect_type(self, typ: str, row: int) -> AspectType:
        key = fold(typ).rstrip(".")
        if key in MEASUREMENT_TYPES:
            return AspectType.MEASUREMENT
        if key in JUDGEMENT_TYPES:
            return AspectType.JUDGEMENT
        if key in SUBJECTIVE_TYPES:
            self.subjective_rows.append(self.where(row))
            return AspectType.JUDGEMENT
        raise self.fail(Message("unknown_type", type=typ[:20]), row, "type")

    def other_row(self, row: int, get: Any) -> None:
        """A row without id and type: a total, a judgement descriptor, or a continuation."""
        extra, description = text(get("extra")), text(get("description"))
        label = extra or description or text(get("name"))
        if one_line(get("max")):
            if label and not _TOTAL_LABEL.fullmatch(one_line(label)):
                raise self.fail(Message("max_no_type"), row, "type")
            try:
                self.total_rows.append((two_decimals(parse_decimal(get("max"))), self.where(row)))
            except ValueError:
                pass  # a text total is of no use to us; the aspects are what counts
            return
        if description:
            raise self.fail(Message("no_type"), row, "type")
        score = get("score")
        asp = self.asp
        if one_line(score) and asp is not None and asp.type is AspectType.JUDGEMENT:
            value = self.score(score, row)
            if value in asp.descriptors:
                raise self.fail(Message("descriptor_twice", score=value), row, "score")
            asp.descriptors[value] = extra
        elif extra and asp is not None:
            asp.extra.append(extra)
        elif extra:
            self.warnings.append(Message("orphan_extra", where=self.where(row)))
        elif text(get("name")):
            self.warnings.append(Message("orphan_name", where=self.where(row)))

    def criterion_block(self, row: int, cells: list[Any]) -> None:
        """'Criterion A | Total Mark | 28 | Criterion Name | ...' to the right of the columns."""
        crit: _Crit | None = None
        expect = ""
        for value in cells:
            if expect == "name" and crit is not None and text(value):
                crit.name, expect = text(value), ""  # any text in the name slot, even ":" or "Total"
                continue
            key = header_key(value)
            if not key:
                continue
            m = _CRITERION_LABEL.fullmatch(key)
            if m:
                crit = self.criterion(m.group(2).upper(), row, created_by_row=False)
                expect = "total"
            elif crit is None:
                continue
            elif key in ("criterion name", "название критерия", "наименование критерия"):
                expect = "name"
            elif _TOTAL_LABEL.fullmatch(key) or key in ("total mark", "max mark"):
                expect = "total"
            elif expect == "total" and crit.file_total is None:
                try:
                    crit.file_total = (two_decimals(parse_decimal(value)), self.where(row))
                except ValueError:
                    pass
                expect = ""

    def number(self, value: Any, row: int, fld: str, what: str) -> Decimal:
        try:
            return two_decimals(parse_decimal(value))
        except ValueError as exc:
            raise self.fail(Message("bad_number", what=Message(what), problem=problem(exc)), row, fld) from None

    def score(self, value: Any, row: int) -> int:
        try:
            number = parse_decimal(value)
        except ValueError as exc:
            raise self.fail(Message("bad_number", what=Message("judgement_score"), problem=problem(exc)), row,
                            "score") from None
        if number not in (0, 1, 2, 3):
            raise self.fail(Message("score_not_0_3", score=one_line(value)), row, "score")
        return int(number)

    # ---- the result ------------------------------------------------------------------
    def build(self) -> MarkingScheme:
        self.unify_script()
        criteria = []
        for crit in self.crits.values():
            subs = []
            for sub in crit.subs:
                sub_id = crit.id + sub.number
                aspects = tuple(self.aspect(f"{sub_id}.{n}", a) for n, a in enumerate(sub.aspects, 1))
                if not aspects:
                    self.warnings.append(Message("no_aspects", where=sub.where, id=sub_id))
                subs.append(SubCriterion(sub_id, sub.name, sub.day, aspects))
                self.places.update({sub_id: sub.where, **{a.id: w.where for a, w in zip(aspects, sub.aspects)}})
            criterion = Criterion(crit.id, crit.name, tuple(subs))
            self.places[crit.id] = crit.where
            if not subs:
                self.warnings.append(Message("no_subcriteria", where=crit.where, id=crit.id))
            if crit.file_total is not None and crit.file_total[0] != criterion.max_mark:
                self.warnings.append(Message("criterion_sum", where=crit.file_total[1], id=crit.id,
                                             file=crit.file_total[0], sum=criterion.max_mark))
            criteria.append(criterion)
        scheme = MarkingScheme(tuple(criteria))
        if self.subjective_rows:
            self.warnings.append(Message("subjective", rows=list(self.subjective_rows)))
        for value, where in self.total_rows:
            if value != scheme.total:
                self.warnings.append(Message("file_total", where=where, value=value, total=scheme.total))
        if scheme.total != 100:
            self.warnings.append(Message("not_100", total=scheme.total))
        return scheme

    def aspect(self, aspect_id: str, a: _Asp) -> Aspect:
        if a.type is AspectType.JUDGEMENT and sorted(a.descriptors) != [0, 1, 2, 3]:
            have = ", ".join(map(str, sorted(a.descriptors))) or Message("none")
            self.warnings.append(Message("descriptors", where=a.where, id=aspect_id, have=have))
        return Aspect(aspect_id, a.type, a.description, a.max_mark, "\n".join(a.extra),
                      a.requirement, a.wsss, dict(sorted(a.descriptors.items())))

    def unify_script(self) -> None:
        """Ids keep the file's script; a stray look-alike of the other script is converted."""
        scripts = [script_of(c.id) for c in self.crits.values() if c.from_row]
        scripts += [script_of(s.letter) for s in self.subs.values()]
        target = "cyrillic" if scripts.count("cyrillic") > scripts.count("latin") else "latin"

        def convert(letter: str, shown: str, where: Message, what: str) -> str:
            new = to_script(letter, target)
            if new != letter and script_of(new) == target:
                self.warnings.append(Message("script", where=where, what=Message(what), shown=shown,
                                             script=Message(f"{script_of(letter)}_letter"),
                                             target=Message(f"{target}_ids"), new=shown.replace(letter, new, 1)))
                return new
            return letter

        for crit in self.crits.values():
            for sub in crit.subs:
                if sub.letter != crit.id or not crit.from_row:
                    convert(sub.letter, sub.letter + sub.number, sub.where, "sub_id")
            if crit.from_row:
                crit.id = convert(crit.id, crit.id, crit.where, "criterion_id")
            else:
                crit.id = to_script(crit.id, target) if script_of(to_script(crit.id, target)) == target \
                    else crit.id


def read_marking_scheme(path: str | Path) -> SchemeReadResult:
    """Read a marking scheme (CIS or Russian template); warnings for what is odd but usable."""
    name = file_label(path)
    reader = _Reader(name)
    with open_workbook(path) as wb:
        sheets = list(wb.worksheets)
        visible = [ws for ws in sheets if ws.sheet_state == "visible"] or sheets
        read = [ws.title for ws in visible if reader.read_sheet(ws)]
    if not read:
        raise InputError(Message("no_scheme_header"), file=name, sheet=sheets[0].title if sheets else "")
    if not reader.subs:
        raise InputError(Message("no_subs"), file=name, sheet=read[0])
    scheme = reader.build()
    places = {k: (w.params.get("sheet", reader.first_sheet), w.params["row"]) for k, w in reader.places.items()}
    return SchemeReadResult(scheme, reader.warnings, reader.source_name, places)
