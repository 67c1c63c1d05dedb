"""Marking forms, blank (experts write the marks by hand) or filled (to sign what was entered).

One form per sub-criterion: aspects down, competitors across. A judgement
aspect has one row per judge of the marking team, so each judge writes in
their own row; where the Chief Expert substituted a judge for a compatriot,
the cell names the substitute, and a cell no one may fill (a compatriot
without a substitute) is greyed out. More than `MAX_COLUMNS` competitors are
split into several tables, so no column is ever cut off the page.
"""

from __future__ import annotations

import math
from fractions import Fraction

from ..domain.errors import DeskError
from ..domain.marking import aspect_mark, compatriot_conflict
from ..domain.marks import MarkSheet
from ..domain.people import Entrant, Expert
from ..domain.scheme import Aspect, SubCriterion
from ..domain.settings import ScoringSettings
from .common import competency_line, person_label, region_names, revision_text, role_name, translate
from .document import Section
from .html import Cell, Table, definition_list, esc, heading, para, signature_lines
from .numbers import format_datetime, format_decimal, format_mark

MAX_COLUMNS = 20  # competitors per table; a 27-competitor form becomes two tables of 14 and 13


def marking_form_sections(champ, code: str, form_id: str | None = None, *, filled: bool = False,
                          lang: str = "ru") -> list[Section]:
    """One section per form of the competency (or just `form_id`)."""
    comp = champ.competency(code)
    scheme = champ.scheme(comp.code).in_language(lang)  # aspect texts in `lang` where a translation was given
    forms = list(scheme.forms())
    if form_id is not None:
        form = scheme.form(form_id)
        if form is None:
            raise DeskError(f"There is no form {form_id} in competency {comp.code}.")
        forms = [form]
    if not forms:
        raise DeskError(f"Competency {comp.code} has no marking scheme yet, so it has no marking forms.")
    ctx = champ.context(comp.code)
    entrants = [e for e in ctx.entrants.values() if not e.withdrawn]
    data = _FormData(entrants, ctx.experts, ctx.sheet, champ.settings(), region_names(champ, lang), lang, filled)
    subject = competency_line(comp, lang)
    revision = revision_text(champ, comp.code)
    title = translate("Reports", "Marking form {form}") if filled else translate("Reports",
                                                                                  "Blank marking form {form}")
    criteria = {c.id: c for c in scheme.criteria}
    sections = []
    for form in forms:
        criterion = criteria.get(form.criterion_id)
        body = data.body(form, criterion.name if criterion else "")
        sections.append(Section(title.format(form=form.id), body, subject, revision))
    return sections


class _FormData:
    def __init__(self, entrants: list[Entrant], experts: dict[str, Expert], sheet: MarkSheet,
                 settings: ScoringSettings, regions: dict[str, str], lang: str, filled: bool):
        self.entrants = entrants
        self.experts = experts
        self.sheet = sheet
        self.settings = settings
        self.regions = regions
        self.lang = lang
        self.filled = filled

    # ---- the whole form ----------------------------------------------------------------------
    def body(self, form: SubCriterion, criterion_name: str) -> list:
        parts: list = [heading(f"{form.id} · {form.name}", 3)]
        facts = [(translate("Reports", "Criterion"), f"{form.criterion_id} · {criterion_name}"),
                 (translate("Reports", "Maximum mark"), format_decimal(form.max_mark, self.lang))]
        if form.day:
            facts.append((translate("Reports", "Marking day"), form.day))
        lock = self.sheet.locks.get(form.id)
        if self.filled:
            facts.append((translate("Reports", "Form status"),
                          translate("Reports", "locked by {who} at {when}").format(
                              who=lock.locked_by, when=format_datetime(lock.locked_at, self.lang))
                          if lock else translate("Reports", "not locked: marks may still change")))
        parts.append(definition_list(facts))
        if not self.entrants:
            parts.append(para(translate("Reports", "No competitors are registered in this competency."), "note"))
        chunks = _chunks(self.entrants, MAX_COLUMNS)
        for i, chunk in enumerate(chunks):
            if len(chunks) > 1:
                parts.append(para(translate("Reports", "Competitors {first}–{last} of {count}").format(
                    first=i * len(chunks[0]) + 1, last=i * len(chunks[0]) + len(chunk), count=len(self.entrants)),
                    "note"))
            parts.append(self.grid(form, chunk))
        parts.append(self.legend())
        parts.extend(self.notes(form))
        parts.append(self.team_table(form))
        return parts

    # ---- the grid ----------------------------------------------------------------------------
    def grid(self, form: SubCriterion, chunk: list[Entrant]) -> Table:
        team = self.sheet.marking_teams.get(form.id) or []
        judges = len(team) or self.settings.judges_per_form
        table = Table(padding=5 if not self.filled else 3)
        share = f"{max(2, min(5, 45 // max(1, len(chunk))))}%"  # what is left goes to the description
        table.head([Cell(translate("Reports", "Aspect"), "nw"), Cell(translate("Reports", "Type"), "c"),
                    Cell(translate("Reports", "Description")), Cell(translate("Reports", "Max"), "num"),
                    Cell(translate("Reports", "Judge"), "nw")] + [Cell(e.id, "c", width=share) for e in chunk])
        table.head([Cell("", colspan=5)] + [Cell(e.region, "c") for e in chunk])
        for aspect in form.aspects:
            lead = [Cell(aspect.id, "nw"), Cell(_type_letter(aspect), "c"), Cell(html=_description(aspect)),
                    Cell(format_decimal(aspect.max_mark, self.lang), "num")]
            if not aspect.is_judgement:
                table.row(lead + [Cell("")] + [self.measurement_cell(form, aspect, e) for e in chunk])
                continue
            for k in range(judges):
                judge_id = team[k] if k < len(team) else ""
                label = f"{k + 1}. {self.experts[judge_id].short_name}" if judge_id in self.experts else f"{k + 1}."
                cells = [Cell(label, "nw")] + [self.score_cell(form, aspect, e, judge_id) for e in chunk]
                if k == 0:
                    for cell in lead:
                        cell.rowspan = judges
                    table.row(lead + cells)
                else:
                    table.row(cells, join=True)
            if self.filled:
                table.row([Cell(translate("Reports", "Mark"), "sub", colspan=5)]
                          + [Cell(self.mark_text(form, aspect, e), "c sub") for e in chunk], join=True)
        table.row([Cell(translate("Reports", "Total for the form"), colspan=5)]
                  + [Cell(self.total_text(form, e), "c") for e in chunk], "total")
        return table

    def measurement_cell(self, form: SubCriterion, aspect: Aspect, entrant: Entrant) -> Cell:
        if (form.id, entrant.id) in self.sheet.absences:
            return Cell(translate("Reports", "abs."), "c empty")
        if not self.filled:
            return Cell("")
        mark = self.sheet.measurements.get((aspect.id, entrant.id))
        if mark is None:
            return Cell("")
        star = "*" if mark.reason else ""
        return Cell(format_mark(mark.value, self.lang) + star, "c")

    def score_cell(self, form: SubCriterion, aspect: Aspect, entrant: Entrant, judge_id: str) -> Cell:
        if (form.id, entrant.id) in self.sheet.absences:
            return Cell(translate("Reports", "abs."), "c empty")
        actual = self.sheet.substitutions.get((form.id, entrant.id, judge_id), judge_id)
        substitute = actual != judge_id
        judge = self.experts.get(actual)
        if judge is not None and not substitute and compatriot_conflict(judge, entrant):
            return Cell("×", "c empty")  # a compatriot without a substitute: nobody may write here
        score = (self.sheet.scores.get((aspect.id, entrant.id)) or {}).get(actual) if self.filled else None
        text = "" if score is None else str(score)
        if substitute:
            return Cell(html=f"{esc(text)}<br/><small>→{esc(actual)}</small>" if text else
                        f"<small>→{esc(actual)}</small>", cls="c")
        return Cell(text, "c")

    def mark_text(self, form: SubCriterion, aspect: Aspect, entrant: Entrant) -> str:
        mark = aspect_mark(aspect, entrant.id, form.id, self.sheet, self.settings)
        return "" if mark is None else format_decimal(mark, self.lang)

    def total_text(self, form: SubCriterion, entrant: Entrant) -> str:
        if not self.filled:
            return ""
        marks = [aspect_mark(a, entrant.id, form.id, self.sheet, self.settings) for a in form.aspects]
        known = [m for m in marks if m is not None]
        if not known:
            return ""
        total = format_decimal(sum(known, Fraction(0)), self.lang)
        return total if len(known) == len(marks) else f"{total}…"

    # ---- around the grid ---------------------------------------------------------------------
    def legend(self) -> Table:
        table = Table(title=translate("Reports", "Competitors"))
        table.head([translate("Reports", "No."), translate("Reports", "Competitor"), translate("Reports", "Region")])
        for entrant in self.entrants:
            names = "; ".join(m.full_name for m in entrant.members)
            table.row([Cell(entrant.id, "nw"), names, f"{entrant.region} · {self.regions.get(entrant.region, '')}"])
        return table

    def notes(self, form: SubCriterion) -> list[str]:
        out = [para(translate("Reports", "M: measurement aspect, the mark is written in the cell. J: judgement "
                              "aspect, each judge writes a score 0–3 in their own row. × : compatriot, no score. "
                              "→E07: the score is given by the substitute expert E07."), "note")]
        if not self.filled:
            return out
        reasons = [(a.id, e.id, m.reason) for a in form.aspects for e in self.entrants
                   if (m := self.sheet.measurements.get((a.id, e.id))) is not None and m.reason]
        confirmed = [(a.id, e.id, self.sheet.confirmations[(a.id, e.id)]) for a in form.aspects
                     for e in self.entrants if (a.id, e.id) in self.sheet.confirmations]
        if reasons:
            out.append(heading(translate("Reports", "* Reasons for deductions"), 3))
            out.append(definition_list([(f"{a} · {c}", why) for a, c, why in reasons]))
        if confirmed:
            out.append(heading(translate("Reports", "Disagreements confirmed by the Chief Expert"), 3))
            out.append(definition_list([(f"{a} · {c}", why) for a, c, why in confirmed]))
        return out

    def team_table(self, form: SubCriterion) -> Table:
        team = self.sheet.marking_teams.get(form.id) or []
        people: list[tuple[str, str]] = []
        for k, eid in enumerate(team, start=1):
            expert = self.experts.get(eid)
            people.append((f"{k}. {role_name(expert.role) if expert else ''}",
                           f"{person_label(expert, eid)} ({expert.region if expert else ''})"))
        replaced_by: dict[str, set[str]] = {}
        for (f, _c, replaced), substitute in self.sheet.substitutions.items():
            if f == form.id:
                replaced_by.setdefault(substitute, set()).add(replaced)
        for substitute, replaced in sorted(replaced_by.items()):
            expert = self.experts.get(substitute)
            people.append((translate("Reports", "Substitute for {id}").format(id=", ".join(sorted(replaced))),
                           f"{person_label(expert, substitute)} ({expert.region if expert else ''})"))
        if not people:
            word = translate("Reports", "Expert")  # outside the f-string, where lupdate sees it
            people = [(f"{k}. {word}", "") for k in range(1, self.settings.judges_per_form + 1)]
        return signature_lines(people, translate("Reports", "Signature"), translate("Reports", "Date"),
                               translate("Reports", "Marking team"))


def _chunks(items: list[Entrant], size: int) -> list[list[Entrant]]:
    """Balanced pieces of at most `size`: 27 → 14 + 13, never 20 + 7."""
    if not items:
        return [[]]
    count = math.ceil(len(items) / size)
    step = math.ceil(len(items) / count)
    return [items[i:i + step] for i in range(0, len(items), step)]


def _type_letter(aspect: Aspect) -> str:
    return translate("Reports", "J") if aspect.is_judgement else translate("Reports", "M")


def _description(aspect: Aspect) -> str:
    text = esc(aspect.description)
    extra = [x for x in (aspect.requirement, aspect.extra) if x]
    if extra:
        text += "<br/><small>" + esc(" · ".join(extra)) + "</small>"
    return text

