"""Reading the people list (regions, competitors, experts) and writing its blank template.

Organisers fill the template in Russian, Kazakh or English, so sheet names, headers
and role values are accepted in all three. Codes must exist in the championship or
in the file's own regions sheet; anything doubtful stops the import with a located
error, because a wrong region silently breaks the compatriot rule later.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Pattern

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.worksheet.datavalidation import DataValidation

from ..domain.errors import InputError
from ..domain.ids import fold
from ..domain.people import Competitor, Expert, ExpertRole, People, Region
from .messages import Message, heading, headings
from .workbook import (cell, column_label, file_label, header_key, match_headers, one_line,
                       open_workbook, sheet_rows, text)

_P = re.compile
SHEETS: dict[str, Pattern[str]] = {
    "regions": _P(r"regions?|регионы?|өңірлер|өңір"),
    "competitors": _P(r"competitors?|конкурсанты?|участники|конкурсанттар|қатысушылар"),
    "experts": _P(r"experts?|эксперты?|сарапшылар|сарапшы"),
}
_PERSON = {
    "id": _P(r"id|код|идентификатор|номер|№|нөмір|code"),
    "surname": _P(r"surname|last name|family name|фамилия|тегі"),
    "given_name": _P(r"given name|first name|name|имя|аты"),
    "patronymic": _P(r"patronymic|middle name|отчество|әкесінің аты"),
    "region": _P(r"region( code)?|регион( код)?|код региона|өңір( коды)?"),
    "competency": _P(r"competency( code| number)?|skill( number)?|компетенция|(номер|код) компетенции"
                     r"|құзыреттілік( коды| нөмірі)?"),
}
COLUMNS: dict[str, dict[str, Pattern[str]]] = {
    "regions": {
        "code": _P(r"code|код|id|коды"),
        "name_ru": _P(r"name ru|name \(ru\)|name|название( \(рус\)| ru)?|наименование( \(рус\))?"
                      r"|атауы \(орыс\)|атауы орысша"),
        "name_kk": _P(r"name kk|name \(kk\)|название \(каз\)|название kk|атауы( \(қаз\)| қазақша)?"),
        "name_en": _P(r"name en|name \(en\)|название \(англ\)|название en|атауы( \(ағыл\)| ағылшынша)"),
    },
    "competitors": {**_PERSON, "team": _P(r"team( id)?|команда|топ"),
                    "birth_date": _P(r"birth date|date of birth|birthday|дата рождения|туған күні")},
    "experts": {**_PERSON, "role": _P(r"role|роль|рөлі|рөл")},
}
REQUIRED = {
    "regions": ("code",),
    "competitors": ("id", "surname", "given_name", "region", "competency"),
    "experts": ("id", "surname", "given_name", "region", "competency"),
}
TEMPLATE_HEADERS = {
    "regions": ("code", "name_ru", "name_kk", "name_en"),
    "competitors": ("id", "surname", "given_name", "patronymic", "region", "competency", "team",
                    "birth_date"),
    "experts": ("id", "surname", "given_name", "patronymic", "region", "competency", "role"),
}
ROLES = {
    ExpertRole.CHIEF: ("chief", "chief expert", "ce", "главный эксперт", "гэ", "бас сарапшы"),
    ExpertRole.DEPUTY: ("deputy", "deputy chief expert", "dce", "deputy chief", "заместитель главного эксперта",
                        "зам главного эксперта", "згэ", "заместитель", "бас сарапшының орынбасары",
                        "орынбасар"),
    ExpertRole.EXPERT: ("expert", "эксперт", "сарапшы", "эксперт-компатриот", "компатриот сарапшы"),
}
_ROLE_KEYS = {name: role for role, names in ROLES.items() for name in names}
_DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y", "%d.%m.%y")


@dataclass
class PeopleReadResult:
    regions: list[Region]
    competitors: list[Competitor]
    experts: list[Expert]
    warnings: list[Message]  # each is its English sentence; `.text(lang)` says it in ru or kk

    @property
    def people(self) -> People:
        return People(list(self.regions), list(self.competitors), list(self.experts))


def _code_key(code: str) -> str:
    """Competency codes match look-alike-insensitively, and '9' typed as a number finds '09'."""
    key = fold(code)
    return (key.lstrip("0") or "0") if key[:1].isdigit() else key


class _Sheet:
    """The rows of one sheet with its columns found, and located errors."""

    def __init__(self, file: str, ws: Any, kind: str):
        self.file, self.title, self.kind = file, ws.title, kind
        self.cols: dict[str, int] = {}
        self.headers: dict[str, Any] = {}
        self.rows: list[tuple[int, tuple[Any, ...]]] = []
        for row, values in sheet_rows(ws, file):
            if not any(v is not None and text(v) for v in values):
                continue
            if not self.cols:
                found = match_headers(values, COLUMNS[kind])
                if len(found) >= 2:
                    self.cols, self.headers = found, {f: values[i] for f, i in found.items()}
                    self.header_row = row
                elif row > 20:
                    break
                continue
            self.rows.append((row, values))
        if not self.cols:
            raise InputError(Message("no_header", names=headings(TEMPLATE_HEADERS[kind])), file=file,
                             sheet=self.title)
        for fld in REQUIRED[kind]:
            if fld not in self.cols:
                raise InputError(Message("column_missing", column=heading(fld)), file=file, sheet=self.title,
                                 row=self.header_row)

    def fail(self, reason: Message, row: int, fld: str) -> InputError:
        col = column_label(self.cols[fld], self.headers[fld]) if fld in self.cols else heading(fld)
        return InputError(reason, file=self.file, sheet=self.title, row=row, column=col)

    def value(self, values: tuple[Any, ...], row: int, fld: str, required: bool = False) -> str:
        result = one_line(cell(values, self.cols.get(fld)))
        if required and not result:
            raise self.fail(Message("field_empty", field=heading(fld, fld.replace("_", " "))), row, fld)
        return result


class _Reader:
    def __init__(self, file: str, known_regions: set[str], known_competencies: dict[str, int]):
        self.file = file
        self.warnings: list[Message] = []
        self.region_codes: dict[str, str] = {fold(c): c for c in known_regions}
        self.competencies: dict[str, str] = {_code_key(c): c for c in known_competencies}
        self.team_sizes = dict(known_competencies)

    def regions(self, sheet: _Sheet) -> list[Region]:
        out: list[Region] = []
        seen: dict[str, int] = {}
        for row, values in sheet.rows:
            code = sheet.value(values, row, "code", required=True)
            if fold(code) in seen:
                raise sheet.fail(Message("region_twice", code=code, row=seen[fold(code)]), row, "code")
            seen[fold(code)] = row
            names = [sheet.value(values, row, f) for f in ("name_ru", "name_kk", "name_en")]
            if not any(names):
                raise sheet.fail(Message("region_no_name", code=code), row,
                                 "name_ru" if "name_ru" in sheet.cols else "code")
            code = self.region_codes.setdefault(fold(code), code)
            out.append(Region(code, *names))
        return out

    def person(self, sheet: _Sheet, row: int, values: tuple[Any, ...]) -> dict[str, Any]:
        region = sheet.value(values, row, "region", required=True)
        competency = sheet.value(values, row, "competency", required=True)
        if fold(region) not in self.region_codes:
            raise sheet.fail(Message("unknown_region", region=region), row, "region")
        code = self.competencies.get(_code_key(competency))
        if code is None:
            known = ", ".join(sorted(self.competencies.values())[:12]) or Message("none_yet")
            raise sheet.fail(Message("unknown_competency", competency=competency, known=known), row, "competency")
        return {"id": sheet.value(values, row, "id", required=True),
                "surname": sheet.value(values, row, "surname", required=True),
                "given_name": sheet.value(values, row, "given_name", required=True),
                "patronymic": sheet.value(values, row, "patronymic"),
                "region": self.region_codes[fold(region)], "competency": code}

    def competitors(self, sheet: _Sheet) -> list[Competitor]:
        out: list[Competitor] = []
        seen: dict[tuple[str, str], int] = {}
        teams: dict[tuple[str, str], list[tuple[int, Competitor]]] = {}
        for row, values in sheet.rows:
            p = self.person(sheet, row, values)
            key = (p["competency"], fold(p["id"]))
            if key in seen:
                raise sheet.fail(Message("competitor_twice", id=p["id"], code=p["competency"], row=seen[key]),
                                 row, "id")
            seen[key] = row
            team = sheet.value(values, row, "team") or None
            size = self.team_sizes[p["competency"]]
            if size > 1 and not team:
                raise sheet.fail(Message("team_required", code=p["competency"], size=size), row, "team")
            if size <= 1 and team:
                self.warnings.append(Message("team_unused", where=Message("at_named_row", sheet=sheet.title, row=row),
                                             code=p["competency"], team=team))
            c = Competitor(**p, team=team, birth_date=self.birth_date(sheet, row, values))
            out.append(c)
            if team:
                teams.setdefault((c.competency, fold(team)), []).append((row, c))
        for (code, _), members in teams.items():
            first_row, first = members[0]
            if len(members) > self.team_sizes[code] > 1:
                self.warnings.append(Message("team_size", where=Message("at_named_row", sheet=sheet.title,
                                                                        row=first_row),
                                             team=first.team, n=len(members), code=code, size=self.team_sizes[code]))
            if len({m.region for _, m in members}) > 1:
                raise sheet.fail(Message("team_mixes_regions", team=first.team,
                                         regions=", ".join(sorted({m.region for _, m in members}))),
                                 members[-1][0], "region")
        return out

    def birth_date(self, sheet: _Sheet, row: int, values: tuple[Any, ...]) -> str | None:
        raw = cell(values, sheet.cols.get("birth_date"))
        if isinstance(raw, datetime):
            return raw.date().isoformat()
        if isinstance(raw, date):
            return raw.isoformat()
        shown = one_line(raw)
        if not shown:
            return None
        for fmt in _DATE_FORMATS:
            try:
                return datetime.strptime(shown, fmt).date().isoformat()
            except ValueError:
                continue
        raise sheet.fail(Message("bad_date", value=shown[:30]), row, "birth_date")

    def experts(self, sheet: _Sheet, competitor_ids: set[tuple[str, str]]) -> list[Expert]:
        out: list[Expert] = []
        seen: dict[tuple[str, str], int] = {}
        chiefs: dict[str, int] = {}
        for row, values in sheet.rows:
            p = self.person(sheet, row, values)
            key = (p["competency"], fold(p["id"]))
            if key in seen:
                raise sheet.fail(Message("expert_twice", id=p["id"], code=p["competency"], row=seen[key]),
                                 row, "id")
            seen[key] = row
            if key in competitor_ids:
                self.warnings.append(Message("expert_is_competitor",
                                             where=Message("at_named_row", sheet=sheet.title, row=row),
                                             id=p["id"], code=p["competency"]))
            raw_role = sheet.value(values, row, "role")
            role = _ROLE_KEYS.get(" ".join(raw_role.casefold().replace(".", " ").split()), None) \
                if raw_role else ExpertRole.EXPERT
            if role is None:
                raise sheet.fail(Message("unknown_role", role=raw_role[:30]), row, "role")
            if role is ExpertRole.CHIEF:
                if p["competency"] in chiefs:
                    raise sheet.fail(Message("second_chief", code=p["competency"], row=chiefs[p["competency"]]),
                                     row, "role")
                chiefs[p["competency"]] = row
            out.append(Expert(**p, role=role))
        for code in sorted({e.competency for e in out} - set(chiefs)):
            self.warnings.append(Message("no_chief", sheet=sheet.title, code=code))
        return out


def read_people(path: str | Path, known_regions: set[str],
                known_competencies: dict[str, int]) -> PeopleReadResult:
    """Read regions, competitors and experts; `known_competencies` maps code -> team size."""
    name = file_label(path)
    reader = _Reader(name, known_regions, known_competencies)
    with open_workbook(path) as wb:
        found: dict[str, Any] = {}
        for ws in wb.worksheets:
            key = header_key(ws.title)
            for kind, pattern in SHEETS.items():
                if kind not in found and pattern.fullmatch(key):
                    found[kind] = ws
        if not found:
            raise InputError(Message("no_people_sheets"), file=name)
        sheets = {kind: _Sheet(name, ws, kind) for kind, ws in found.items()}
    regions = reader.regions(sheets["regions"]) if "regions" in sheets else []
    competitors = reader.competitors(sheets["competitors"]) if "competitors" in sheets else []
    ids = {(c.competency, fold(c.id)) for c in competitors}
    experts = reader.experts(sheets["experts"], ids) if "experts" in sheets else []
    for kind in ("competitors", "experts"):
        if kind not in sheets:
            reader.warnings.append(Message("no_sheet", kind=heading(kind)))
    return PeopleReadResult(regions, competitors, experts, reader.warnings)


def write_people_template(path: str | Path) -> None:
    """A blank people list: the three sheets with their headers, and a help sheet."""
    wb = Workbook()
    wb.remove(wb.active)
    for kind, headers in TEMPLATE_HEADERS.items():
        ws = wb.create_sheet(kind)
        ws.append(list(headers))
        for c in ws[1]:
            c.font = Font(bold=True)
            ws.column_dimensions[c.column_letter].width = max(12, len(str(c.value)) + 4)
        ws.freeze_panes = "A2"
        if kind == "experts":
            dv = DataValidation(type="list", formula1='"chief,deputy,expert"', allow_blank=True)
            ws.add_data_validation(dv)
            dv.add("G2:G2000")
    help_ws = wb.create_sheet("help")
    for line in (
        ("Fill the sheets regions (optional), competitors and experts; one person per row.",),
        ("Headers may be written in Russian or Kazakh:", "фамилия / тегі, имя / аты, отчество / әкесінің аты,"
         " регион / өңір, компетенция / құзыреттілік, команда, дата рождения / туған күні, роль / рөлі"),
        ("role", "chief (главный эксперт, бас сарапшы), deputy (заместитель главного эксперта, "
         "бас сарапшының орынбасары), expert (эксперт, сарапшы); empty means expert"),
        ("team", "required for team competencies: the same team id for every member"),
        ("birth_date", "2007-03-21 or 21.03.2007"),
        ("region, competency", "codes known to the championship, or regions defined in the regions sheet"),
    ):
        help_ws.append(list(line))
    help_ws.column_dimensions["A"].width = 20
    help_ws.column_dimensions["B"].width = 100
    try:
        wb.save(path)
    except OSError as exc:
        raise InputError(Message("cannot_write", why=exc.strerror or str(exc)), file=file_label(path)) from None
