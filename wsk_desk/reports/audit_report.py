"""The audit report of a competency: every change, with who, when, old, new and reason.

One row per audit entry. An entry that carries several mark changes (a paste,
an import, a whole form entered at once) is followed by rows listing each
change, `OPS_PER_ROW` to a row, so that no table row outgrows a page.
"""

from __future__ import annotations

from typing import Any

from ..storage.audit import AuditEntry, entries
from .common import competency_line, medal_name, revision_text, translate
from .document import Section
from .html import Cell, Table, lines, para
from .numbers import format_datetime, format_mark

OPS_PER_ROW = 40


def _actions() -> dict[str, str]:
    return {
        "championship.create": translate("Reports", "Championship created"),
        "region.save": translate("Reports", "Region saved"),
        "competency.save": translate("Reports", "Competency saved"),
        "scheme.import": translate("Reports", "Marking scheme imported"),
        "scheme.texts": translate("Reports", "Marking scheme texts imported"),
        "people.import": translate("Reports", "People imported"),
        "team.set": translate("Reports", "Marking team set"),
        "team.substitute": translate("Reports", "Expert substituted"),
        "mark.set": translate("Reports", "Mark changed"),
        "scores.set": translate("Reports", "Judges' scores changed"),
        "absence.set": translate("Reports", "Absence changed"),
        "marks.enter": translate("Reports", "Marks entered"),
        "marks.import": translate("Reports", "Marks imported"),
        "marks.paste": translate("Reports", "Marks pasted"),
        "form.lock": translate("Reports", "Form locked"),
        "form.unlock": translate("Reports", "Form unlocked"),
        "disagreement.confirm": translate("Reports", "Disagreement confirmed"),
        "competency.signoff": translate("Reports", "Results signed off"),
        "results.merge": translate("Reports", "Results merged"),
    }


def audit_sections(champ, code: str, lang: str = "ru") -> list[Section]:
    comp = champ.competency(code)
    names = _actions()
    table = Table()
    table.head([Cell("#", "c"), Cell(translate("Reports", "When"), "nw"), translate("Reports", "Who"),
                translate("Reports", "Change"), translate("Reports", "What"), translate("Reports", "Old"),
                translate("Reports", "New"), translate("Reports", "Reason")])
    count = 0
    for entry in entries(champ.db, comp.code):
        count += 1
        table.row([Cell(entry.seq, "c"), Cell(format_datetime(entry.at, lang), "nw"), entry.actor,
                   names.get(entry.action, entry.action), entry.target, Cell(html=lines(show_value(entry.old, lang))),
                   Cell(html=lines(show_value(entry.new, lang))), entry.reason])
        for chunk in _op_chunks(entry, lang):
            table.row([Cell(""), Cell(chunk, "sub", colspan=7)], join=True)
    body = para(translate("Reports", "{count} audit entries. Nothing is ever deleted from the record; the chain "
                          "of entries is protected by checksums.").format(count=count))
    return [Section(translate("Reports", "Audit report"), [body, table], competency_line(comp, lang),
                    revision_text(champ, comp.code))]


def _fields() -> dict[str, str]:
    """The words for the keys the log stores its values under (internal names must not reach paper)."""
    return {  # in the order printed: where a value came from first
        "file": translate("Reports", "file"),
        "sha256": translate("Reports", "checksum"),
        "form": translate("Reports", "form"),
        "name": translate("Reports", "name"),
        "name_ru": translate("Reports", "name in Russian"),
        "name_kk": translate("Reports", "name in Kazakh"),
        "name_en": translate("Reports", "name in English"),
        "code": translate("Reports", "code"),
        "category": translate("Reports", "category"),
        "team_size": translate("Reports", "team size"),
        "competency": translate("Reports", "competency"),
        "aspects": translate("Reports", "aspects"),
        "total": translate("Reports", "total mark"),
        "forced": translate("Reports", "replaced despite marks"),
        "competitors": translate("Reports", "competitors"),
        "experts": translate("Reports", "experts"),
        "regions": translate("Reports", "regions"),
        "count": translate("Reports", "number of marks"),
        "signed_by": translate("Reports", "signed by"),
        "signed_revision": translate("Reports", "signed revision"),
        "medal_changes": translate("Reports", "medal changes"),
        "revision": translate("Reports", "revision"),
        "lang": translate("Reports", "language"),
        "texts": translate("Reports", "texts"),
    }


def _categories() -> dict[str, str]:
    return {"main": translate("Reports", "main"), "juniors": translate("Reports", "juniors")}


def show_value(value: Any, lang: str, key: str = "", *, top: bool = True) -> str:
    """An old or new value of the log as a short readable text; a record's fields one per line."""
    if value is None or value == "" or value == {} or value == []:
        return "—"
    if isinstance(value, bool):
        return translate("Reports", "yes") if value else translate("Reports", "no")
    if isinstance(value, dict):
        if {"id", "from", "to"} <= set(value):  # one medal change of a sign-off
            name = f"{value['id']} {value.get('name') or ''}".strip()
            return f"{name}: {medal_name(value['from']) or '—'} → {medal_name(value['to']) or '—'}"
        fields = _fields()
        order = list(fields)
        keys = sorted(value, key=lambda k: order.index(k) if k in fields else len(order))  # file before checksum
        parts = [f"{fields.get(k, str(k).replace('_', ' '))}: {show_value(value[k], lang, str(k), top=False)}"
                 for k in keys]
        return ("\n" if top else "; ").join(parts)
    if isinstance(value, list):
        return ", ".join(show_value(v, lang, key, top=False) for v in value)
    if key == "category":
        return _categories().get(str(value), str(value))
    if key == "sha256" and len(str(value)) > 16:
        return str(value)[:12] + "…"  # enough to compare with the file's checksum by eye
    if isinstance(value, (int, float)) or _numeric(value):
        return format_mark(value, lang) if not isinstance(value, int) else str(value)
    return str(value)


def _numeric(value: object) -> bool:
    text = str(value)
    return bool(text) and text.replace(".", "", 1).lstrip("-").isdigit()


def _op_text(op: dict, lang: str) -> str:
    kind = op.get("k")
    if kind == "m":
        v = "—" if op.get("v") is None else format_mark(op["v"], lang)
        why = f" ({op['r']})" if op.get("r") else ""
        return f"{op.get('a')}·{op.get('c')}={v}{why}"
    if kind == "s":
        v = "—" if op.get("v") is None else op["v"]
        return f"{op.get('a')}·{op.get('c')}·{op.get('e')}={v}"
    if kind == "x":
        state = translate("Reports", "absent") if op.get("v") else translate("Reports", "present")
        return f"{op.get('f')}·{op.get('c')}: {state}"
    if kind == "reset":
        return translate("Reports", "all marks removed")
    return str(op)


def _op_chunks(entry: AuditEntry, lang: str) -> list[str]:
    """The mark changes of a multi-change entry, in row-sized pieces (single changes show in Old/New)."""
    ops = entry.ops or []
    if len(ops) <= 1 and entry.action in ("mark.set", "scores.set", "absence.set"):
        return []
    if not ops:
        return []
    texts = [_op_text(op, lang) for op in ops]
    return ["; ".join(texts[i:i + OPS_PER_ROW]) for i in range(0, len(texts), OPS_PER_ROW)]
