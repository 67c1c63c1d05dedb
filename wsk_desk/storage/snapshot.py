"""A competency's rows as plain data, out of a file and into another: what packages and merges move.

Results packages (exchange/package.py) and the organizer's merge
(exchange/merge.py) must not hold SQL, so this module is their only door to
the file. Rows travel as {"columns": [...], "rows": [[...]]} per table.

Which tables belong to a competency is read from the file itself (every
table with a `competency` column except the audit log), in foreign-key
order, so a table added by a later migration travels without anyone
remembering to list it here.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any, Iterable

from sqlite_utils import Database

from . import audit

SKIP_TABLES = {"audit", "competencies", "_sqlite_migrations"}
AUDIT_COLUMNS = ("seq", "at", "actor", "action", "competency", "target", "old", "new", "reason", "ops",
                 "prev_hash", "hash")
MERGED_KEY = "merged:"  # meta key prefix: where each merged competency came from

Table = dict[str, list]  # {"columns": [...], "rows": [[...], ...]}


def columns(db: Database, table: str) -> list[str]:
    return [r[1] for r in db.execute(f"PRAGMA table_info([{table}])")]


def competency_tables(db: Database) -> list[str]:
    """Tables holding one competency's rows, parents before children (safe insert order)."""
    names = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                      "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    mine = [n for n in names if n not in SKIP_TABLES and "competency" in columns(db, n)]
    parents = {n: {r[2] for r in db.execute(f"PRAGMA foreign_key_list([{n}])")} & set(mine) - {n}
               for n in mine}
    ordered: list[str] = []
    while len(ordered) < len(mine):
        ready = [n for n in mine if n not in ordered and parents[n] <= set(ordered)]
        if not ready:  # a cycle would be a schema bug; keep going in name order rather than hang
            ready = [n for n in mine if n not in ordered][:1]
        ordered.extend(ready)
    return ordered


def _table(db: Database, table: str, where: str, params: tuple) -> Table:
    cols = columns(db, table)
    rows = [list(r) for r in db.execute(f"SELECT {', '.join(cols)} FROM [{table}] WHERE {where} "
                                        f"ORDER BY {', '.join(cols)}", params)]
    return {"columns": cols, "rows": rows}


def competency_codes(db: Database) -> list[str]:
    return [r[0] for r in db.execute("SELECT code FROM competencies ORDER BY code")]


def export_competency(db: Database, code: str) -> dict[str, Any]:
    """Everything of one competency: its row, its tables and the audit entries that touched it."""
    row = _table(db, "competencies", "code = ?", (code,))
    if not row["rows"]:
        raise KeyError(code)
    tables = {t: _table(db, t, "competency = ?", (code,)) for t in competency_tables(db)}
    return {"competency": dict(zip(row["columns"], row["rows"][0])), "tables": tables,
            "audit": audit_rows(db, code)}


def audit_rows(db: Database, code: str) -> list[list]:
    """The audit entries of one competency, verbatim (with their hashes), in chain order.

    An entry of another competency or of none (a merge) is included when one of its ops names
    this competency ("co"): without it the marks could not be replayed.
    """
    tag = '"co":' + json.dumps(code, ensure_ascii=False)
    out = []
    for row in db.execute(f"SELECT {', '.join(AUDIT_COLUMNS)} FROM audit WHERE competency = ? "
                          "OR (ops IS NOT NULL AND instr(ops, ?) > 0) ORDER BY seq", (code, tag)):
        if row[4] == code or any(op.get("co") == code for op in json.loads(row[9])):
            out.append(list(row))
    return out


def chain_head(db: Database) -> tuple[int, str]:
    return audit.last_hash(db)


def regions(db: Database, codes: Iterable[str]) -> Table:
    wanted = sorted(set(codes))
    marks = ", ".join("?" for _ in wanted) or "NULL"
    return _table(db, "regions", f"code IN ({marks})", tuple(wanted))


def settings(db: Database) -> dict[str, str]:
    return {k: v for k, v in db.execute("SELECT key, value FROM settings ORDER BY key")}


def digest(data: dict[str, Any]) -> str:
    """SHA-256 over a competency's content, independent of row order and of where it came from."""
    comp = {k: v for k, v in data["competency"].items() if k != "source_id"}
    tables = {name: sorted(json.dumps(r, ensure_ascii=False) for r in t["rows"]) + [t["columns"]]
              for name, t in data["tables"].items() if t["rows"]}
    text = json.dumps([comp, tables], ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# ---- writes (inside the caller's db.atomic()) ---------------------------------------------

def _insert(db: Database, table: str, data: Table, overrides: dict[str, Any] | None = None) -> None:
    have = columns(db, table)
    idx = [(i, c) for i, c in enumerate(data["columns"]) if c in have]
    cols = [c for _, c in idx]
    extra = [c for c in (overrides or {}) if c not in cols and c in have]
    sql = (f"INSERT INTO [{table}] ({', '.join(cols + extra)}) "
           f"VALUES ({', '.join('?' for _ in cols + extra)})")
    fixed = overrides or {}
    rows = ([fixed.get(c, row[i]) for i, c in idx] + [fixed[c] for c in extra] for row in data["rows"])
    db.conn.executemany(sql, rows)


def remove_competency_rows(db: Database, code: str) -> None:
    """Delete a competency's rows (children first), keeping its row in `competencies`."""
    for table in reversed(competency_tables(db)):
        db.execute(f"DELETE FROM [{table}] WHERE competency = ?", (code,))


def replace_competency(db: Database, data: dict[str, Any], *, source_id: str) -> None:
    """Make the file hold exactly this competency's content. Marks are NOT audited here: the caller logs them."""
    comp = dict(data["competency"])
    code = comp["code"]
    remove_competency_rows(db, code)
    comp["source_id"] = source_id
    have = columns(db, "competencies")
    cols = [c for c in comp if c in have]
    updates = ", ".join(f"{c} = excluded.{c}" for c in cols if c != "code")
    db.execute(f"INSERT INTO competencies ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)}) "
               f"ON CONFLICT(code) DO UPDATE SET {updates}", [comp[c] for c in cols])
    for table in competency_tables(db):
        part = data["tables"].get(table)
        if part and part["rows"]:
            _insert(db, table, part)


def add_missing_regions(db: Database, data: Table) -> list[str]:
    """Insert regions the file lacks (an existing region keeps its names); returns the codes added."""
    have = {r[0] for r in db.execute("SELECT code FROM regions")}
    code_at = data["columns"].index("code")
    missing = {"columns": data["columns"], "rows": [r for r in data["rows"] if r[code_at] not in have]}
    if missing["rows"]:
        _insert(db, "regions", missing)
    return [r[code_at] for r in missing["rows"]]


def save_settings(db: Database, values: dict[str, str]) -> None:
    for key, value in values.items():
        db.execute("INSERT INTO settings (key, value) VALUES (?, ?) "
                   "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))


def merged_record(db: Database, code: str) -> dict[str, Any] | None:
    row = db.execute("SELECT value FROM meta WHERE key = ?", (MERGED_KEY + code,)).fetchone()
    return json.loads(row[0]) if row else None


def set_merged_record(db: Database, code: str, record: dict[str, Any]) -> None:
    db.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
               (MERGED_KEY + code, json.dumps(record, ensure_ascii=False, sort_keys=True)))


def source_id(db: Database, code: str) -> str:
    row = db.execute("SELECT source_id FROM competencies WHERE code = ?", (code,)).fetchone()
    return row[0] if row else ""


def scratch(settings_values: dict[str, str], region_rows: Table, comps: list[dict[str, Any]]) -> Database:
    """An in-memory championship holding just these competencies: to compute results before a merge."""
    from .connection import connect

    db = connect(Path(":memory:"), create=True)
    with db.atomic():
        save_settings(db, settings_values)
        add_missing_regions(db, region_rows)
        for data in comps:
            replace_competency(db, data, source_id="")
    return db
