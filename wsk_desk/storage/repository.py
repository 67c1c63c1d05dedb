"""Rows to domain objects and back. Plain reads and structural writes, no rules.

Rules (ranges, compatriots, locks) live in the domain and are enforced by
`marks_store` before anything here is called for marks.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from sqlite_utils import Database

from ..domain.marks import FormLock, MarkSheet, MeasurementMark, SignOff
from ..domain.people import Category, Competency, Competitor, Expert, ExpertRole, Region
from ..domain.scheme import Aspect, AspectType, Criterion, MarkingScheme, SubCriterion
from ..domain.scheme_texts import TextIndex
from ..domain.settings import ScoringSettings
from . import scheme_texts


# ---- meta and settings -------------------------------------------------------------------

def get_meta(db: Database, key: str, default: str = "") -> str:
    row = db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else default


def set_meta(db: Database, key: str, value: str) -> None:
    db.execute("INSERT INTO meta (key, value) VALUES (?, ?) "
               "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))


def load_settings(db: Database) -> ScoringSettings:
    data = {k: json.loads(v) for k, v in db.execute("SELECT key, value FROM settings")}
    return ScoringSettings.from_json(data)


def save_settings(db: Database, settings: ScoringSettings) -> None:
    for key, value in settings.to_json().items():
        db.execute("INSERT INTO settings (key, value) VALUES (?, ?) "
                   "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, json.dumps(value)))


# ---- regions and competencies ------------------------------------------------------------

def load_regions(db: Database) -> list[Region]:
    return [Region(*row) for row in db.execute(
        "SELECT code, name_ru, name_kk, name_en FROM regions ORDER BY code")]


def save_region(db: Database, region: Region) -> None:
    db["regions"].upsert({"code": region.code, "name_ru": region.name_ru, "name_kk": region.name_kk,
                          "name_en": region.name_en}, pk="code")


def load_competencies(db: Database) -> list[Competency]:
    rows = db.execute("SELECT code, name_ru, name_kk, name_en, category, team_size FROM competencies")
    comps = [Competency(code, ru, kk, en, Category(cat), size) for code, ru, kk, en, cat, size in rows]
    return sorted(comps, key=competency_sort_key)


def competency_sort_key(c: Competency) -> tuple:
    digits = "".join(ch for ch in c.code if ch.isdigit())
    return (c.category != Category.MAIN, int(digits) if digits else 10**6, c.code)


def save_competency(db: Database, c: Competency) -> None:
    db.execute(
        "INSERT INTO competencies (code, name_ru, name_kk, name_en, category, team_size) VALUES (?,?,?,?,?,?) "
        "ON CONFLICT(code) DO UPDATE SET name_ru=excluded.name_ru, name_kk=excluded.name_kk, "
        "name_en=excluded.name_en, category=excluded.category, team_size=excluded.team_size",
        (c.code, c.name_ru, c.name_kk, c.name_en, c.category.value, c.team_size))


def competency_revision(db: Database, code: str) -> int:
    row = db.execute("SELECT revision FROM competencies WHERE code = ?", (code,)).fetchone()
    return int(row[0]) if row else 0


def set_competency_revision(db: Database, code: str, revision: int) -> None:
    db.execute("UPDATE competencies SET revision = ? WHERE code = ?", (revision, code))


# ---- people ------------------------------------------------------------------------------

def load_competitors(db: Database, competency: str | None = None) -> list[Competitor]:
    sql = ("SELECT id, surname, given_name, patronymic, region, competency, team, birth_date, withdrawn "
           "FROM competitors")
    params: tuple = ()
    if competency is not None:
        sql += " WHERE competency = ?"
        params = (competency,)
    rows = db.execute(sql + " ORDER BY competency, position, id", params)
    return [Competitor(id=r[0], surname=r[1], given_name=r[2], patronymic=r[3], region=r[4],
                       competency=r[5], team=r[6], birth_date=r[7], withdrawn=bool(r[8])) for r in rows]


def load_experts(db: Database, competency: str | None = None) -> list[Expert]:
    sql = "SELECT id, surname, given_name, patronymic, region, competency, role FROM experts"
    params: tuple = ()
    if competency is not None:
        sql += " WHERE competency = ?"
        params = (competency,)
    rows = db.execute(sql + " ORDER BY competency, CASE role WHEN 'chief' THEN 0 WHEN 'deputy' THEN 1 "
                      "ELSE 2 END, id", params)
    return [Expert(id=r[0], surname=r[1], given_name=r[2], patronymic=r[3], region=r[4],
                   competency=r[5], role=ExpertRole(r[6])) for r in rows]


def save_competitors(db: Database, competitors: list[Competitor]) -> None:
    db["competitors"].upsert_all(
        [{"competency": c.competency, "id": c.id, "surname": c.surname, "given_name": c.given_name,
          "patronymic": c.patronymic, "region": c.region, "team": c.team, "birth_date": c.birth_date,
          "withdrawn": int(c.withdrawn), "position": i} for i, c in enumerate(competitors)],
        pk=("competency", "id"))
    teams = sorted({(c.competency, c.team) for c in competitors if c.team})  # same rows in the same order
    if teams:
        db["teams"].upsert_all([{"competency": comp, "id": team, "name": team} for comp, team in teams],
                               pk=("competency", "id"))


def save_experts(db: Database, experts: list[Expert]) -> None:
    db["experts"].upsert_all(
        [{"competency": e.competency, "id": e.id, "surname": e.surname, "given_name": e.given_name,
          "patronymic": e.patronymic, "region": e.region, "role": e.role.value} for e in experts],
        pk=("competency", "id"))


def set_withdrawn(db: Database, competency: str, competitor_ids: list[str], withdrawn: bool) -> None:
    for cid in competitor_ids:
        db.execute("UPDATE competitors SET withdrawn = ? WHERE competency = ? AND id = ?",
                   (int(withdrawn), competency, cid))


# ---- marking scheme ----------------------------------------------------------------------

def load_scheme(db: Database, competency: str) -> MarkingScheme:
    """The scheme with its translations, each item built once (a replace() per aspect cost 50 ms on worlds)."""
    index = TextIndex(scheme_texts.load_texts(db, competency))
    descriptors: dict[str, dict[int, str]] = {}
    for aspect, score, text in db.execute(
            "SELECT aspect, score, text FROM descriptors WHERE competency = ?", (competency,)):
        descriptors.setdefault(aspect, {})[score] = text
    aspects: dict[str, list[Aspect]] = {}
    for aid, form, typ, desc, mx, extra, req, wsss in db.execute(
            "SELECT id, form, type, description, max_mark, extra, requirement, wsss_section FROM aspects "
            "WHERE competency = ? ORDER BY position", (competency,)):
        aspects.setdefault(form, []).append(Aspect(aid, AspectType(typ), desc, Decimal(mx), extra, req, wsss,
                                                   descriptors.get(aid, {}), **index.aspect_texts(aid)))
    forms: dict[str, list[SubCriterion]] = {}
    for sid, crit, name, day in db.execute(
            "SELECT id, criterion, name, day FROM subcriteria WHERE competency = ? ORDER BY position",
            (competency,)):
        forms.setdefault(crit, []).append(SubCriterion(sid, name, day, tuple(aspects.get(sid, [])),
                                                       index.of("subcriterion", sid)))
    criteria = [Criterion(cid, name, tuple(forms.get(cid, [])), index.of("criterion", cid)) for cid, name in
                db.execute("SELECT id, name FROM criteria WHERE competency = ? ORDER BY position", (competency,))]
    return MarkingScheme(tuple(criteria), scheme_texts.scheme_lang(db, competency))


def delete_scheme_and_marks(db: Database, competency: str) -> None:
    for table in ("measurement_marks", "judge_scores", "absences", "confirmations", "form_locks",
                  "substitutions", "marking_team", "scheme_texts", "descriptors", "aspects", "subcriteria",
                  "criteria"):
        db.execute(f"DELETE FROM {table} WHERE competency = ?", (competency,))


def save_scheme(db: Database, competency: str, scheme: MarkingScheme) -> None:
    crit_rows, form_rows, aspect_rows, desc_rows = [], [], [], []
    pos = 0
    for ci, crit in enumerate(scheme.criteria):
        crit_rows.append({"competency": competency, "id": crit.id, "name": crit.name, "position": ci})
        for sub in crit.subcriteria:
            form_rows.append({"competency": competency, "id": sub.id, "criterion": crit.id, "name": sub.name,
                              "day": sub.day, "position": len(form_rows)})
            for a in sub.aspects:
                pos += 1
                aspect_rows.append({"competency": competency, "id": a.id, "form": sub.id, "position": pos,
                                    "type": a.type.value, "description": a.description,
                                    "max_mark": str(a.max_mark), "extra": a.extra,
                                    "requirement": a.requirement, "wsss_section": a.wsss_section})
                desc_rows.extend({"competency": competency, "aspect": a.id, "score": s, "text": t}
                                 for s, t in sorted(a.descriptors.items()))
    for table, rows in (("criteria", crit_rows), ("subcriteria", form_rows), ("aspects", aspect_rows),
                        ("descriptors", desc_rows)):
        if rows:
            db[table].insert_all(rows)
    scheme_texts.save_scheme_texts(db, competency, scheme)  # its language and translations


# ---- marks -------------------------------------------------------------------------------

def load_marksheet(db: Database, competency: str) -> MarkSheet:
    sheet = MarkSheet()
    p = (competency,)
    rows = db.execute("SELECT aspect, competitor, value, reason FROM measurement_marks WHERE competency = ?",
                      p).fetchall()
    # marks repeat ("0", "1", "0.5"...): parse each distinct text once
    decimals = {value: Decimal(value) for value in {r[2] for r in rows}}
    sheet.measurements = {(a, c): MeasurementMark(a, c, decimals[v], r) for a, c, v, r in rows}
    scores = sheet.scores
    for aspect, comp, expert, score in db.execute(
            "SELECT aspect, competitor, expert, score FROM judge_scores WHERE competency = ?", p):
        key = (aspect, comp)
        cell = scores.get(key)
        if cell is None:
            cell = scores[key] = {}
        cell[expert] = score
    sheet.absences = {(f, c) for f, c in db.execute(
        "SELECT form, competitor FROM absences WHERE competency = ?", p)}
    sheet.confirmations = {(a, c): r for a, c, r in db.execute(
        "SELECT aspect, competitor, reason FROM confirmations WHERE competency = ?", p)}
    sheet.locks = {f: FormLock(f, by, at) for f, by, at in db.execute(
        "SELECT form, locked_by, locked_at FROM form_locks WHERE competency = ?", p)}
    row = db.execute("SELECT revision, signed_by, signed_at, reason FROM signoffs WHERE competency = ? "
                     "AND active = 1 ORDER BY revision DESC LIMIT 1", p).fetchone()
    sheet.signoff = SignOff(*row) if row else None
    for form, expert in db.execute("SELECT form, expert FROM marking_team WHERE competency = ? "
                                   "ORDER BY form, position", p):
        sheet.marking_teams.setdefault(form, []).append(expert)
    for form, comp, replaced, sub in db.execute(
            "SELECT form, competitor, replaced, substitute FROM substitutions WHERE competency = ?", p):
        sheet.substitutions[(form, comp, replaced)] = sub
    return sheet


def write_ops(db: Database, competency: str, ops: list[dict[str, Any]]) -> None:
    """Apply mark operations (the same ones the audit log records) to the tables."""
    default = competency
    for op in ops:
        kind = op["k"]
        competency = op.get("co", default)
        if kind == "m":
            if op.get("v") is None:
                db.execute("DELETE FROM measurement_marks WHERE competency=? AND aspect=? AND competitor=?",
                           (competency, op["a"], op["c"]))
            else:
                db.execute("INSERT INTO measurement_marks (competency, aspect, competitor, value, reason) "
                           "VALUES (?,?,?,?,?) ON CONFLICT DO UPDATE SET value=excluded.value, "
                           "reason=excluded.reason", (competency, op["a"], op["c"], op["v"], op.get("r", "")))
        elif kind == "s":
            if op.get("v") is None:
                db.execute("DELETE FROM judge_scores WHERE competency=? AND aspect=? AND competitor=? "
                           "AND expert=?", (competency, op["a"], op["c"], op["e"]))
            else:
                db.execute("INSERT INTO judge_scores (competency, aspect, competitor, expert, score) "
                           "VALUES (?,?,?,?,?) ON CONFLICT DO UPDATE SET score=excluded.score",
                           (competency, op["a"], op["c"], op["e"], int(op["v"])))
        elif kind == "x":
            if op.get("v"):
                db.execute("INSERT OR IGNORE INTO absences (competency, form, competitor) VALUES (?,?,?)",
                           (competency, op["f"], op["c"]))
            else:
                db.execute("DELETE FROM absences WHERE competency=? AND form=? AND competitor=?",
                           (competency, op["f"], op["c"]))
        elif kind == "reset":
            for table in ("measurement_marks", "judge_scores", "absences", "confirmations"):
                db.execute(f"DELETE FROM {table} WHERE competency = ?", (competency,))
        else:
            raise ValueError(f"unknown mark operation {kind!r}")


def counts(db: Database) -> dict[str, int]:
    def one(sql: str) -> int:
        return int(db.execute(sql).fetchone()[0])
    return {
        "regions": one("SELECT COUNT(*) FROM regions"),
        "competencies": one("SELECT COUNT(*) FROM competencies"),
        "competitors": one("SELECT COUNT(*) FROM competitors"),
        "experts": one("SELECT COUNT(*) FROM experts"),
        "forms": one("SELECT COUNT(*) FROM subcriteria"),
        "aspects": one("SELECT COUNT(*) FROM aspects"),
        "marks": one("SELECT COUNT(*) FROM measurement_marks"),
        "judge_scores": one("SELECT COUNT(*) FROM judge_scores"),
        "absences": one("SELECT COUNT(*) FROM absences"),
        "locked_forms": one("SELECT COUNT(*) FROM form_locks"),
        "signed_off": one("SELECT COUNT(DISTINCT competency) FROM signoffs WHERE active = 1"),
        "audit_entries": one("SELECT COUNT(*) FROM audit"),
    }


# Columns that say when or on which machine something happened, not what the championship holds.
VOLATILE = {"meta": {"file_id", "created_at", "audit_head"},
            "audit": {"at", "hash", "prev_hash"},
            "form_locks": {"locked_at"}, "signoffs": {"signed_at"}}


def content_digest(db: Database) -> str:
    """SHA-256 over everything the championship holds, leaving out times and file identity.

    Two demo files made with one seed have the same digest; so do a file and
    its restored backup.
    """
    import hashlib

    digest = hashlib.sha256()
    tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                       "AND name NOT LIKE 'sqlite_%' AND name != '_sqlite_migrations' ORDER BY name")]
    for table in tables:
        cols = [r[1] for r in db.execute(f"PRAGMA table_info({table})")]
        skip = VOLATILE.get(table, set())
        keep = [c for c in cols if c not in skip]
        digest.update(f"#{table}:{','.join(keep)}\n".encode())
        rows = db.execute(f"SELECT {', '.join(keep)} FROM {table}").fetchall()
        if table == "meta":
            rows = [r for r in rows if r[0] not in skip]
        for row in sorted(rows, key=repr):
            digest.update(repr(row).encode("utf-8"))
    return digest.hexdigest()
