"""The competency results sheet the Chief Expert and deputy sign before the ceremony.

Per competitor: raw marks by criterion, raw total, scale, rank, medal or
medallion and why; PROVISIONAL in every header until the results are final;
the scoring settings in force; the medal changes of a corrected revision.
"""

from __future__ import annotations

from ..domain.people import ExpertRole
from .common import (competency_line, experts_by_role, medal_class, medal_name, region_names, revision_text,
                     translate)
from .document import Section
from .html import Cell, Table, definition_list, heading, para, signature_lines
from .numbers import format_decimal
from .settings_block import settings_pairs


# What the table needs to read well: a figure column ("100,00" and its padding), and rank, number,
# competitor, region, medal and why together. Narrower, Qt squeezed "Why" to one word per line.
FIGURE_MM = 13.0
TEXT_MM = 150.0


def provisional_stamp(status: str) -> str:
    return "" if status == "final" else translate("Reports", "PROVISIONAL")


def results_sections(champ, code: str, lang: str = "ru") -> list[Section]:
    comp = champ.competency(code)
    res = champ.results(comp.code)
    scheme = champ.scheme(comp.code)
    regions = region_names(champ, lang)
    people = {c.id: c for c in champ.competitors(comp.code)}
    raw_mode = res.settings.ranking_mode == "raw"

    parts: list = [_status_line(res)]
    table = Table()
    letters = [c.id for c in scheme.criteria]
    # Every column gets a share, so the columns look alike on every page (where the table continues
    # as a new one). Qt squeezes a share column that has plain columns after it, hence shares for all.
    figures = len(letters) + (1 if raw_mode else 2)
    num, share = _shares(figures)
    head = [Cell(translate("Reports", "Rank"), "c", rowspan=2, width="4%"),
            Cell(translate("Reports", "No."), "nw", rowspan=2, width="4%"),
            Cell(translate("Reports", "Competitor"), rowspan=2, width=share[0]),
            Cell(translate("Reports", "Region"), rowspan=2, width=share[1])]
    head += [Cell(letter, "c", width=num) for letter in letters]
    head += [Cell(translate("Reports", "Raw"), "num", width=num)]
    if not raw_mode:
        head += [Cell(translate("Reports", "Scale"), "c", rowspan=2, width=num)]
    head += [Cell(translate("Reports", "Medal"), rowspan=2, width=share[2]),
             Cell(translate("Reports", "Why"), rowspan=2, width=share[3])]
    table.head(head)
    table.head([Cell(format_decimal(c.max_mark, lang), "num") for c in scheme.criteria]
               + [Cell(format_decimal(scheme.total, lang), "num")])
    for row in res.rows:
        names = "; ".join(people[m].full_name for m in row.members if m in people) or row.name
        why = row.why_text(lang)
        if row.missing and not row.withdrawn:
            why = translate("Reports", "{count} marks missing").format(count=row.missing) + "; " + why
        cells = [Cell("" if row.rank is None else row.rank, "c"), Cell(row.id, "nw"), names,
                 regions.get(row.region, row.region)]
        cells += [Cell(format_decimal(row.criteria.get(letter), lang), "num") for letter in letters]
        cells += [Cell(format_decimal(row.raw, lang), "num")]
        if not raw_mode:
            cells += [Cell("" if row.scale is None else row.scale, "c")]
        cells += [Cell(medal_name(row.medal), medal_class(row.medal)), Cell(why, "sub")]
        table.row(cells)
    parts.append(table)
    if not res.rows:
        parts.append(para(translate("Reports", "No competitors are registered in this competency."), "note"))
    parts.append(_criteria_legend(scheme))
    parts.append(_changes(champ, comp.code))
    parts.append(heading(translate("Reports", "Scoring settings in force"), 3))
    parts.append(definition_list(settings_pairs(res.settings, lang, res)))
    experts = champ.experts(comp.code)
    signers = [(translate("Reports", "Chief Expert"), ", ".join(e.full_name for e in
                                                                 experts_by_role(experts, ExpertRole.CHIEF))),
               (translate("Reports", "Deputy Chief Expert"), ", ".join(e.full_name for e in
                                                                        experts_by_role(experts, ExpertRole.DEPUTY)))]
    parts.append(signature_lines(signers, translate("Reports", "Signature"), translate("Reports", "Date"),
                                 translate("Reports", "Signatures")))
    return [Section(translate("Reports", "Results sheet"), parts, competency_line(comp, lang),
                    revision_text(champ, comp.code), provisional_stamp(res.status),
                    min_width_mm=TEXT_MM + FIGURE_MM * figures)]


def _shares(figures: int) -> tuple[str, list[str]]:
    """The share of each figure column, and of competitor, region, medal and why (what is left)."""
    each = 5.5
    text = max(36.0, 100.0 - 8.0 - each * figures)
    return f"{each}%", [f"{text * part:.1f}%" for part in (0.27, 0.19, 0.21, 0.33)]


def _status_line(res) -> str:
    if res.status == "final":
        return para(translate("Reports", "Final results, signed off by the Chief Expert."))
    if res.status == "provisional":
        return para(translate("Reports", "PROVISIONAL results: every form is locked, but the results are not "
                              "signed off yet."), "stamp")
    return para(translate("Reports", "PROVISIONAL results: marking is not finished and marks are still "
                          "missing; ranks and medals may change."), "stamp")


def _criteria_legend(scheme) -> str:
    pairs = [(c.id, c.name) for c in scheme.criteria]
    return heading(translate("Reports", "Criteria"), 3) + definition_list(pairs) if pairs else ""


def _changes(champ, code: str) -> str:
    """The medal changes the latest correction made, so a reprint says what moved."""
    revisions = champ.revisions(code)
    if not revisions or not revisions[-1]["medal_changes"]:
        return ""
    last = revisions[-1]
    lines = [(f"{c['id']} {c['name']}", f"{medal_name(c['from']) or '—'} → {medal_name(c['to']) or '—'}")
             for c in last["medal_changes"]]
    title = translate("Reports", "Medal changes in revision {n}: {reason}").format(n=last["revision"],
                                                                                 reason=last["reason"])
    return heading(title, 3) + definition_list(lines)
