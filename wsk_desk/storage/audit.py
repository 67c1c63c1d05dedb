"""The append-only, hash-chained audit log, and the replay that proves the marks.

Every entry carries SHA-256 over its own content and the previous entry's
hash, so a changed or deleted row breaks the chain. Entries that change marks
carry `ops`, the exact changes; replaying them from the start must give the
marks tables as they are. `verify()` checks both.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Iterable, Iterator

from sqlite_utils import Database

GENESIS = "0" * 64


def now_iso() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


def _dump(value: Any) -> str | None:
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


def entry_hash(prev_hash: str, seq: int, at: str, actor: str, action: str, competency: str,
               target: str, old: str | None, new: str | None, reason: str, ops: str | None) -> str:
    content = json.dumps([prev_hash, seq, at, actor, action, competency, target, old, new, reason, ops],
                         ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(content.encode("utf-8")).hexdigest()


def last_hash(db: Database) -> tuple[int, str]:
    row = db.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    return (row[0], row[1]) if row else (0, GENESIS)


def append(db: Database, *, actor: str, action: str, competency: str = "", target: str = "",
           old: Any = None, new: Any = None, reason: str = "", ops: list[dict] | None = None,
           at: str | None = None) -> int:
    """Add one entry at the end of the chain. Call inside the action's db.atomic()."""
    seq, prev = last_hash(db)
    seq += 1
    at = at or now_iso()
    old_s, new_s, ops_s = _dump(old), _dump(new), _dump(ops)
    digest = entry_hash(prev, seq, at, actor, action, competency, target, old_s, new_s, reason, ops_s)
    db.execute(
        "INSERT INTO audit (seq, at, actor, action, competency, target, old, new, reason, ops, prev_hash, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (seq, at, actor, action, competency, target, old_s, new_s, reason, ops_s, prev, digest),
    )
    # The anchor: where the chain must end. Without it, removing the newest entries leaves a valid chain.
    db.execute("INSERT INTO meta (key, value) VALUES ('audit_head', ?) "
               "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (f"{seq}:{digest}",))
    return seq


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    actor: str
    action: str
    competency: str
    target: str
    old: Any
    new: Any
    reason: str
    ops: list[dict] | None


def entries(db: Database, competency: str | None = None) -> Iterator[AuditEntry]:
    sql = "SELECT seq, at, actor, action, competency, target, old, new, reason, ops FROM audit"
    params: tuple = ()
    if competency is not None:
        sql += " WHERE competency = ?"
        params = (competency,)
    for row in db.execute(sql + " ORDER BY seq", params):
        seq, at, actor, action, comp, target, old, new, reason, ops = row
        yield AuditEntry(seq, at, actor, action, comp, target,
                         json.loads(old) if old else None, json.loads(new) if new else None,
                         reason, json.loads(ops) if ops else None)


# ---- marks as a set of keyed values, for replay and comparison -------------------------

MarkState = dict[tuple, Any]


def apply_ops(state: MarkState, competency: str, ops: Iterable[dict]) -> None:
    """Apply logged mark changes to a state keyed like the tables' primary keys."""
    default = competency
    for op in ops:
        kind = op["k"]
        competency = op.get("co", default)  # an import spanning competencies tags each op
        if kind == "reset":  # the competency's marks start again (its locks follow their own actions)
            for key in [k for k in state if k[1] == competency and k[0] in MARK_KINDS]:
                del state[key]
            continue
        if kind == "state":  # a merge installs the package's locks and sign-off as they are
            drop_controls(state, competency)
            for form in op.get("locks", ()):
                state[("l", competency, form)] = True
            if op.get("signoff") is not None:
                state[("so", competency)] = op["signoff"]
            continue
        if kind == "m":
            key = ("m", competency, op["a"], op["c"])
            value = None if op.get("v") is None else (op["v"], op.get("r", ""))
        elif kind == "s":
            key = ("s", competency, op["a"], op["c"], op["e"])
            value = op.get("v")
        elif kind == "x":
            key = ("x", competency, op["f"], op["c"])
            value = True if op.get("v") else None
        else:
            raise ValueError(f"unknown mark operation {kind!r}")
        if value is None:
            state.pop(key, None)
        else:
            state[key] = value


MARK_KINDS = ("m", "s", "x")


def drop_controls(state: MarkState, competency: str) -> None:
    for key in [k for k in state if k[1] == competency and k[0] in ("l", "so")]:
        del state[key]


def apply_action(state: MarkState, action: str, competency: str, target: str) -> None:
    """Locks and sign-offs replayed from the actions that change them, so removing one is caught too."""
    if action == "form.lock":
        state[("l", competency, target)] = True
    elif action == "form.unlock":
        state.pop(("l", competency, target), None)
        state.pop(("so", competency), None)  # unlocking reopens signed-off results
    elif action == "competency.signoff":
        state[("so", competency)] = int(target.rsplit(" ", 1)[-1])
    elif action == "scheme.import":  # a new scheme starts with every form open
        for key in [k for k in state if k[1] == competency and k[0] == "l"]:
            del state[key]


def current_controls(db: Database) -> MarkState:
    """Form locks and the active sign-off of every competency, keyed like the replay."""
    state: MarkState = {("l", comp, form): True for comp, form in db.execute(
        "SELECT competency, form FROM form_locks")}
    for comp, revision in db.execute("SELECT competency, revision FROM signoffs WHERE active = 1"):
        state[("so", comp)] = revision
    return state


def current_marks(db: Database) -> MarkState:
    state: MarkState = {}
    for comp, aspect, competitor, value, reason in db.execute(
            "SELECT competency, aspect, competitor, value, reason FROM measurement_marks"):
        state[("m", comp, aspect, competitor)] = (value, reason)
    for comp, aspect, competitor, expert, score in db.execute(
            "SELECT competency, aspect, competitor, expert, score FROM judge_scores"):
        state[("s", comp, aspect, competitor, expert)] = score
    for comp, form, competitor in db.execute("SELECT competency, form, competitor FROM absences"):
        state[("x", comp, form, competitor)] = True
    return state


@dataclass(frozen=True)
class VerifyReport:
    ok: bool
    entries: int
    problems: list[str]


def verify(db: Database) -> VerifyReport:
    """Check the hash chain and that replaying the log gives the marks in the tables."""
    problems: list[str] = []
    prev = GENESIS
    expected_seq = 1
    replayed: MarkState = {}
    count = 0
    for row in db.execute("SELECT seq, at, actor, action, competency, target, old, new, reason, ops,"
                          " prev_hash, hash FROM audit ORDER BY seq"):
        seq, at, actor, action, comp, target, old, new, reason, ops, prev_hash, digest = row
        count += 1
        if not problems:
            if seq != expected_seq:
                problems.append(f"audit entry {expected_seq} is missing (the next entry is {seq}).")
            elif prev_hash != prev:
                problems.append(f"audit entry {seq} ({action}) does not follow entry {seq - 1}: "
                                "the chain is broken.")
            elif entry_hash(prev, seq, at, actor, action, comp, target, old, new, reason, ops) != digest:
                problems.append(f"audit entry {seq} ({action}, {at}) was altered after it was written.")
        prev = digest
        expected_seq = seq + 1
        if ops:
            apply_ops(replayed, comp, json.loads(ops))
        apply_action(replayed, action, comp, target)
    if not problems:
        row = db.execute("SELECT value FROM meta WHERE key = 'audit_head'").fetchone()
        if row is not None and row[0] != f"{expected_seq - 1}:{prev}":
            head_seq = row[0].split(":")[0]
            problems.append(f"the audit log ends at entry {expected_seq - 1}, but entry {head_seq} was "
                            "written last: entries were removed from the end of the log.")
    if problems:
        return VerifyReport(False, count, problems)
    actual = current_marks(db) | current_controls(db)
    for key in sorted(set(actual) | set(replayed), key=str):
        if actual.get(key) != replayed.get(key):
            problems.append(f"{_describe(key)}: the file holds {_show(actual.get(key), key[0])}, "
                            f"but the audit log says {_show(replayed.get(key), key[0])}.")
            break
    return VerifyReport(not problems, count, problems)


def _describe(key: tuple) -> str:
    kind = key[0]
    if kind == "l":
        return f"competency {key[1]}, form {key[2]} (lock)"
    if kind == "so":
        return f"competency {key[1]} (sign-off)"
    if kind == "m":
        return f"competency {key[1]}, aspect {key[2]}, competitor {key[3]}"
    if kind == "s":
        return f"competency {key[1]}, aspect {key[2]}, competitor {key[3]}, judge {key[4]}"
    return f"competency {key[1]}, form {key[2]}, competitor {key[3]} (absence)"


def _show(value: Any, key_kind: str = "") -> str:
    if value is None:
        return {"l": "no lock", "so": "no sign-off"}.get(key_kind, "nothing")
    if key_kind == "so":
        return f"sign-off revision {value}"
    if isinstance(value, tuple):
        return f"mark {value[0]}" + (f" ({value[1]})" if value[1] else "")
    if value is True:
        return "locked" if key_kind == "l" else "absent"
    return f"score {value}"
