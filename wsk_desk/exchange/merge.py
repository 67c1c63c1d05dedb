"""The organizer's merge of results packages into a master file: a preview first, then one transaction.

Deciding what a package means for a competency already in the master uses
the audit chain, not clocks or revision numbers alone ("lineage"). The master
remembers, per merged competency, the last audit entry (seq and hash) of the
package it took; for a competency it holds itself, its own last entry. A
package that carries that very entry continues the same history:
- same content: `same`, a no-op (re-importing is idempotent);
- further along: `update`, which replaces the competency (medal changes shown);
- not as far: `older`, nothing happens.
A package that does not carry it, comes from another source, or meets a
competency changed here since the last merge, is a `conflict`: nothing
changes until the organizer chooses `keep` or `take`, with a reason.
Provisional results change without a new sign-off revision, which is why
"newer" means further along the chain, with the revision shown beside it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from ..domain.errors import RuleViolation
from ..storage import audit, snapshot
from ..storage.faults import guarded
from ..storage.locking import medal_changes, medal_snapshot
from .messages import Message, refusal
from .package import Package, read_package

CHANGING = ("new", "update")


@dataclass
class MergeItem:
    """What one package means for one competency of the master."""

    code: str
    name: str
    package: Package
    action: str  # new | same | update | older | conflict | superseded
    revision: int
    seq: int
    note: str = ""
    master: dict[str, Any] | None = None  # the master's side, for the side-by-side view
    medal_changes: list[dict] = field(default_factory=list)

    @property
    def source(self) -> str:
        return self.package.source

    @property
    def laptop(self) -> str:
        return self.package.laptop

    def to_json(self) -> dict[str, Any]:
        return {"competency": self.code, "name": self.name, "package": self.package.path.name,
                "source": self.source, "laptop": self.laptop, "revision": self.revision, "seq": self.seq,
                "action": self.action, "note": self.note, "master": self.master,
                "medal_changes": self.medal_changes}


@dataclass
class MergePlan:
    items: list[MergeItem]
    packages: list[Package]
    warnings: list[str]
    master_head: tuple[int, str]

    def conflicts(self) -> list[MergeItem]:
        return [i for i in self.items if i.action == "conflict"]

    def changes(self) -> list[MergeItem]:
        return [i for i in self.items if i.action in CHANGING]

    def to_json(self) -> dict[str, Any]:
        return {"items": [i.to_json() for i in self.items], "warnings": self.warnings,
                "packages": [{"file": p.path.name, "source": p.source, "laptop": p.laptop,
                              "created_at": p.created_at, "sha256": p.file_sha256} for p in self.packages]}


@dataclass
class MergeOutcome:
    changed: list[str]
    kept: list[str]
    unresolved: list[str]
    audit_seq: int | None
    backup: Any = None


# ---- preview -------------------------------------------------------------------------------

def plan_merge(master: Any, packages: Iterable[Package | str | Path]) -> MergePlan:
    """What merging these packages would do, per competency; changes nothing."""
    pkgs: list[Package] = []
    warnings: list[str] = []
    seen: dict[str, Package] = {}
    for p in packages:
        pkg = p if isinstance(p, Package) else read_package(p)
        if pkg.file_sha256 in seen:
            warnings.append(Message("mrg_same_package", name=pkg.path.name, other=seen[pkg.file_sha256].path.name))
            continue
        seen[pkg.file_sha256] = pkg
        pkgs.append(pkg)
        warnings.extend(_package_warnings(master, pkg))
    by_code: dict[str, list[Package]] = {}
    for pkg in pkgs:
        for code in pkg.competencies:
            by_code.setdefault(code, []).append(pkg)
    items: list[MergeItem] = []
    for code in sorted(by_code, key=_code_key):
        items.extend(_plan_code(master, code, by_code[code]))
    return MergePlan(items, pkgs, warnings, snapshot.chain_head(master.db))


def _code_key(code: str) -> tuple:
    digits = "".join(ch for ch in code if ch.isdigit())
    return (code.endswith("J"), int(digits) if digits else 10**6, code)


def foreign_championship(master: Any, pkg: Package) -> str:
    """The championship a package names when it is not the master's (most likely the wrong file); else ''."""
    theirs = pkg.manifest.get("championship", "")
    return theirs if theirs and theirs != master.name else ""


def _package_warnings(master: Any, pkg: Package) -> list[Message]:
    out = []
    theirs = foreign_championship(master, pkg)
    if theirs:
        out.append(Message("mrg_other_championship", name=pkg.path.name, theirs=theirs, master=master.name))
    mine = snapshot.settings(master.db)
    differ = sorted(k for k, v in pkg.settings.items() if k in mine and mine[k] != v)
    if differ:
        out.append(Message("mrg_other_settings", name=pkg.path.name, keys=", ".join(differ)))
    return out


def _item(code: str, pkg: Package, action: str, note: str, master: dict | None = None) -> MergeItem:
    e = pkg.entry(code)
    return MergeItem(code, e.get("name", ""), pkg, action, int(e.get("revision", 0)), int(e.get("seq", 0)),
                     note, master)


def _position(pkg: Package, code: str) -> tuple[int, int]:
    e = pkg.entry(code)
    return (int(e.get("seq", 0)), int(e.get("revision", 0)))


def _plan_code(master: Any, code: str, candidates: list[Package]) -> list[MergeItem]:
    items: list[MergeItem] = []
    newest: dict[str, Package] = {}
    for pkg in candidates:  # one package per source: the one furthest along
        best = newest.get(pkg.source)
        if best is None or _position(pkg, code) > _position(best, code):
            if best is not None:
                items.append(_item(code, best, "superseded", Message("mrg_note_superseded", name=pkg.path.name)))
            newest[pkg.source] = pkg
        else:
            items.append(_item(code, pkg, "superseded", Message("mrg_note_superseded", name=best.path.name)))
    side = _master_side(master, code)
    for pkg in newest.values():
        item = _decide(master, code, pkg, side)
        if len(newest) > 1 and item.action in CHANGING:
            item.action = "conflict"
            item.note = Message("mrg_note_venues", n=len(newest), code=code)
        if item.action in ("update", "conflict") and side is not None:
            item.medal_changes = _medal_changes(master, code, pkg)
        items.append(item)
    return items


def _master_side(master: Any, code: str) -> dict[str, Any] | None:
    if code not in snapshot.competency_codes(master.db):
        return None
    data = snapshot.export_competency(master.db, code)
    record = snapshot.merged_record(master.db, code)
    own = data["audit"][-1] if data["audit"] else None
    marks = sum(len(data["tables"].get(t, {"rows": []})["rows"]) for t in ("measurement_marks", "judge_scores"))
    side = {"source": data["competency"].get("source_id") or master.file_id,
            "revision": int(data["competency"].get("revision") or 0), "marks": marks,
            "digest": snapshot.digest(data), "laptop": "", "seq": None, "head": None, "changed_here": False}
    if record is not None:
        side.update(laptop=record.get("laptop", ""), seq=record["seq"], head=record["head"],
                    changed_here=side["digest"] != record["digest"])
        if own is not None and own[0] > record["merge_seq"]:
            side["changed_here"] = True
    elif own is not None:
        side.update(seq=own[0], head=own[-1])
    return side


def _decide(master: Any, code: str, pkg: Package, side: dict | None) -> MergeItem:
    e = pkg.entry(code)
    if side is None:
        return _item(code, pkg, "new", Message("mrg_note_new"))
    if e["digest"] == side["digest"]:
        return _item(code, pkg, "same", Message("mrg_note_same"), side)
    carried = {row[0]: row[-1] for row in pkg.competencies[code]["audit"]}
    continues = side["seq"] is not None and carried.get(side["seq"]) == side["head"]
    if not continues and pkg.source == side["source"] and e["seq"] < (side["seq"] or 0):
        return _item(code, pkg, "older", Message("mrg_note_older_source"), side)
    if pkg.source != side["source"]:
        return _item(code, pkg, "conflict", Message("mrg_note_other_copy" if continues else "mrg_note_other_source",
                                                    code=code), side)
    if not continues:
        return _item(code, pkg, "conflict", Message("mrg_note_parted", code=code), side)
    if e["seq"] < side["seq"]:
        return _item(code, pkg, "older", Message("mrg_note_older"), side)
    if e["seq"] == side["seq"]:
        return _item(code, pkg, "same", Message("mrg_note_same_changed"), side)
    if side["changed_here"]:
        return _item(code, pkg, "conflict", Message("mrg_note_changed_here", code=code), side)
    if int(e.get("revision", 0)) > side["revision"]:
        note = Message("mrg_note_revision", old=side["revision"], new=e.get("revision"))
    else:
        note = Message("mrg_note_newer_marks", old=side["seq"], new=e["seq"])
    return _item(code, pkg, "update", note, side)


def _medal_changes(master: Any, code: str, pkg: Package) -> list[dict]:
    """Medals that taking this package would move: domain results before and after."""
    from ..storage.championship import Championship

    before = medal_snapshot(master.results(code))
    scratch = snapshot.scratch(snapshot.settings(master.db), pkg.regions, [pkg.competencies[code]])
    try:
        after = medal_snapshot(Championship(scratch, Path(":memory:"), readonly=True).results(code))
    finally:
        scratch.close()
    return medal_changes(before, after)


# ---- apply ---------------------------------------------------------------------------------

def apply_merge(master: Any, plan: MergePlan, resolutions: dict[str, tuple[str, str]] | None = None) -> MergeOutcome:
    """Write the plan into the master: one transaction, one audit entry, a backup before."""
    resolutions = resolutions or {}
    conflicts: dict[str, list[MergeItem]] = {}
    for item in plan.conflicts():
        conflicts.setdefault(item.code, []).append(item)
    taking: list[MergeItem] = []
    kept: dict[str, str] = {}
    reasons: dict[str, str] = {}
    for code, (choice, reason) in resolutions.items():
        key = next((c for c in conflicts if c.casefold() == code.casefold()), None)
        if key is None:
            raise refusal("mrg_no_conflict", code=code)
        if choice not in ("keep", "take"):
            raise refusal("mrg_bad_choice", code=code, choice=repr(choice))
        if not reason or not reason.strip():
            raise RuleViolation("reason", refusal("mrg_reason", code=key).texts)
        if choice == "take":
            if len(conflicts[key]) > 1:
                raise refusal("mrg_many_packages", code=key, n=len(conflicts[key]))
            taking.append(conflicts[key][0])
        else:
            kept[key] = reason.strip()
        reasons[key] = reason.strip()
    writes = plan.changes() + taking
    unresolved = [c for c in conflicts if c not in kept and all(t.code != c for t in taking)]
    if not writes and not kept:
        return MergeOutcome([], [], unresolved, None)
    master._writable()
    if snapshot.chain_head(master.db) != plan.master_head:
        raise refusal("mrg_master_changed")
    backup = _backup(master)
    taken = {i.code for i in taking}
    report = {code: {"action": "keep", "packages": [i.package.path.name for i in conflicts[code]]}
              for code in kept}
    why = "; ".join(f"{c}: {r}" for c, r in sorted(reasons.items()))
    seq = guarded(_write)(master, plan, writes, taken, report, why)
    master._changed("", "results.merge")
    return MergeOutcome([i.code for i in writes], sorted(kept), unresolved, seq, backup)


def _write(master: Any, plan: MergePlan, writes: list[MergeItem], taken: set[str], report: dict[str, Any],
           why: str) -> int:
    """The merge transaction (guarded: a storage fault rolls it back and becomes one sentence)."""
    ops: list[dict] = []
    head = snapshot.chain_head(master.db)
    with master.db.atomic():
        existing = set(snapshot.competency_codes(master.db))
        added_regions: set[str] = set()
        for item in writes:
            pkg, data = item.package, item.package.competencies[item.code]
            added_regions.update(snapshot.add_missing_regions(master.db, pkg.regions))
            if item.code in existing:
                ops.append({"k": "reset", "co": item.code})
            snapshot.replace_competency(master.db, data, source_id=pkg.source)
            ops.extend(_mark_ops(item.code, data["tables"]))
            ops.append(_control_op(item.code, data["tables"]))
            e = pkg.entry(item.code)
            snapshot.set_merged_record(master.db, item.code, {
                "source": pkg.source, "laptop": pkg.laptop, "package": pkg.path.name,
                "sha256": pkg.file_sha256, "seq": e["seq"], "head": e["head"], "revision": e["revision"],
                "digest": e["digest"], "merge_seq": head[0] + 1, "merged_at": audit.now_iso()})
            report[item.code] = {"action": "take" if item.code in taken else item.action,
                                 "package": pkg.path.name, "source": pkg.source, "laptop": pkg.laptop,
                                 "revision": e["revision"], "seq": e["seq"], "head": e["head"],
                                 "medal_changes": item.medal_changes}
        return audit.append(master.db, actor=master.actor, action="results.merge",
                            target=", ".join(p.path.name for p in plan.packages),
                            new={"competencies": report, "regions_added": sorted(added_regions),
                                 "packages": [{"file": p.path.name, "sha256": p.file_sha256, "source": p.source,
                                               "laptop": p.laptop} for p in plan.packages]},
                            reason=why, ops=ops or None)


def _control_op(code: str, tables: dict[str, dict]) -> dict:
    """The package's form locks and active sign-off, logged so that `verify` covers them in the master too."""
    def rows(table: str) -> list[dict]:
        part = tables.get(table) or {"columns": [], "rows": []}
        return [dict(zip(part["columns"], r)) for r in part["rows"]]
    active = [r["revision"] for r in rows("signoffs") if r.get("active")]
    return {"k": "state", "co": code, "locks": sorted(r["form"] for r in rows("form_locks")),
            "signoff": max(active) if active else None}


def _mark_ops(code: str, tables: dict[str, dict]) -> list[dict]:
    """The package's marks as logged operations, so that replaying the master's log gives its marks."""
    ops: list[dict] = []
    for table, make in (("measurement_marks", lambda r: {"k": "m", "a": r["aspect"], "c": r["competitor"],
                                                          "v": r["value"], "r": r["reason"]}),
                        ("judge_scores", lambda r: {"k": "s", "a": r["aspect"], "c": r["competitor"],
                                                    "e": r["expert"], "v": r["score"]}),
                        ("absences", lambda r: {"k": "x", "f": r["form"], "c": r["competitor"], "v": True})):
        part = tables.get(table)
        if not part:
            continue
        cols = part["columns"]
        for row in part["rows"]:
            op = make(dict(zip(cols, row)))
            op["co"] = code
            ops.append(op)
    return ops


def _backup(master: Any) -> Any:
    """A backup before the merge: the desk's policy when attached, else one beside the file."""
    hook = getattr(master, "before_risky", None)
    if hook is not None:
        return hook("merge")
    try:
        from ..storage import backup
    except ImportError:  # the backup module not built yet: nothing to call
        return None
    return backup.make_backup(master.db.conn, backup.backup_dir(master.path), name_of=master.path, reason="merge")
