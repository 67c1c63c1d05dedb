"""The championship file as one object: what the UI, CLI and reports talk to.

Every user action is one `db.atomic()` transaction with its audit entry, so a
mark is either wholly stored and logged or not at all. Results are cached per
competency and recomputed only for the competency an action touched.
"""

from __future__ import annotations

import getpass
import socket
import uuid
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, Callable, Iterable

from sqlite_utils import Database

from ..domain import entry
from ..domain.errors import DeskError, RuleViolation
from ..domain.ids import find
from ..domain.marking import compatriot_refusal
from ..domain.marks import MarkSheet
from ..domain.messages import say
from ..domain.people import Competency, Competitor, Entrant, Expert, Region, entrants
from ..domain.scheme import MarkingScheme
from ..domain.settings import ScoringSettings
from . import audit, repository as repo
from .backup import before_upgrade as backup_before_upgrade
from .connection import connect
from .faults import guard_writes
from .gc_pause import gc_paused
from .locking import LockingMixin
from .scheme_texts import SchemeTextsMixin
from .refusals import refuse


def default_actor() -> str:
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name on some systems
        user = "user"
    return f"{user}@{socket.gethostname()}"


@dataclass
class Change:
    """What an action changed, for listeners (status bar, views, standby copy)."""

    competency: str
    action: str


class Championship(LockingMixin, SchemeTextsMixin):
    def __init__(self, db: Database, path: Path, *, readonly: bool = False, actor: str | None = None):
        self.db = db
        self.path = path
        self.readonly = readonly
        self.actor = actor or default_actor()
        self._listeners: list[Callable[[Change], None]] = []
        self._ctx_cache: dict[str, entry.Context] = {}
        self._results_cache: dict[str, Any] = {}
        self._structure: dict[str, Any] = {}  # competencies and settings, until a structural change
        self.file_lock: Any = None  # filelock.FileLock held while open; set by whoever opened for writing
        self.integrity: Any = None  # audit.VerifyReport of the open-time check (ui.open_checks)
        self.backups: Any = None  # backup.BackupPolicy taking automatic backups, when attached

    # ---- opening -------------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path, *, readonly: bool = False, actor: str | None = None,
             before_upgrade: Callable[[Path, int], None] | None = None) -> "Championship":
        db = connect(path, readonly=readonly, before_upgrade=before_upgrade or backup_before_upgrade)
        return cls(db, Path(path), readonly=readonly, actor=actor)

    @classmethod
    def create(cls, path: str | Path, name: str, *, regions: Iterable[Region] = (),
               actor: str | None = None) -> "Championship":
        path = Path(path)
        if path.exists() and path.stat().st_size > 0:
            raise refuse("file_exists", path=path)
        db = connect(path, create=True)
        champ = cls(db, path, actor=actor)
        with db.atomic():
            repo.set_meta(db, "file_id", str(uuid.uuid4()))
            repo.set_meta(db, "name", name)
            repo.set_meta(db, "created_at", audit.now_iso())
            repo.save_settings(db, ScoringSettings())
            for region in regions:
                repo.save_region(db, region)
            audit.append(db, actor=champ.actor, action="championship.create", new={"name": name})
        return champ

    def __enter__(self) -> "Championship":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self.backups is not None:
            self.backups.flush()
        self.db.close()
        if self.file_lock is not None:
            self.file_lock.release()

    # ---- listeners -----------------------------------------------------------------------
    def subscribe(self, fn: Callable[[Change], None]) -> None:
        self._listeners.append(fn)

    def _changed(self, competency: str, action: str) -> None:
        self._structure.clear()
        self._ctx_cache.pop(competency, None)
        self._results_cache.pop(competency, None)
        if not competency:
            self._ctx_cache.clear()
            self._results_cache.clear()
        for fn in list(self._listeners):
            fn(Change(competency, action))

    def _writable(self) -> None:
        if self.readonly:
            raise refuse("read_only")

    # ---- reads ---------------------------------------------------------------------------
    @property
    def name(self) -> str:
        return repo.get_meta(self.db, "name")

    @property
    def file_id(self) -> str:
        return repo.get_meta(self.db, "file_id")

    def settings(self) -> ScoringSettings:
        if "settings" not in self._structure:
            self._structure["settings"] = repo.load_settings(self.db)
        return self._structure["settings"]

    def regions(self) -> list[Region]:
        return repo.load_regions(self.db)

    def competencies(self) -> list[Competency]:
        if "competencies" not in self._structure:
            self._structure["competencies"] = repo.load_competencies(self.db)
        return list(self._structure["competencies"])

    def competency(self, code: str) -> Competency:
        comps = {c.code: c for c in self.competencies()}
        key = find(code, comps)
        if key is None:
            raise refuse("no_competency", code=code)
        return comps[key]

    def competitors(self, code: str | None = None) -> list[Competitor]:
        return repo.load_competitors(self.db, code)

    def experts(self, code: str | None = None) -> list[Expert]:
        return repo.load_experts(self.db, code)

    def entrants(self, code: str) -> list[Entrant]:
        return entrants(self.competency(code), self.competitors(code))

    def scheme(self, code: str) -> MarkingScheme:
        return repo.load_scheme(self.db, code)

    def marksheet(self, code: str) -> MarkSheet:
        return repo.load_marksheet(self.db, code)

    def revision(self, code: str) -> int:
        return repo.competency_revision(self.db, code)

    def counts(self) -> dict[str, int]:
        return repo.counts(self.db)

    def context(self, code: str) -> entry.Context:
        """The rule context of a competency, cached until something in it changes."""
        ctx = self._ctx_cache.get(code)
        if ctx is None:
            with gc_paused():
                ctx = entry.Context(self.scheme(code), {e.id: e for e in self.entrants(code)},
                                    {x.id: x for x in self.experts(code)}, self.marksheet(code))
            self._ctx_cache[code] = ctx
        return ctx

    def results(self, code: str):  # -> domain.results.CompetencyResults
        """Results of one competency, recomputed only when it changed."""
        cached = self._results_cache.get(code)
        if cached is None:
            from ..domain.results import entrant_results

            ctx = self.context(code)
            cached = entrant_results(self.competency(code), ctx.scheme, list(ctx.entrants.values()), ctx.sheet,
                                     self.settings())
            self._results_cache[code] = cached
        return cached

    def all_results(self) -> list:
        with gc_paused():
            return [self.results(c.code) for c in self.competencies()]

    # ---- mark writes ---------------------------------------------------------------------
    def apply_ops(self, code: str, ops: list[dict], *, action: str, target: str = "", old: Any = None,
                  new: Any = None, reason: str = "", audit_extra: dict | None = None) -> int:
        """Store checked mark operations and their audit entry in one transaction."""
        self._writable()
        with self.db.atomic():
            repo.write_ops(self.db, code, ops)
            seq = audit.append(self.db, actor=self.actor, action=action, competency=code, target=target,
                               old=old, new=new if new is not None else audit_extra, reason=reason, ops=ops)
        # keep the cached context in step without reloading everything
        ctx = self._ctx_cache.get(code)
        self._results_cache.pop(code, None)
        if ctx is not None:
            _apply_to_sheet(ctx.sheet, ops)
        for fn in list(self._listeners):
            fn(Change(code, action))
        return seq

    def set_measurement(self, code: str, aspect_id: str, entrant_id: str, value: object,
                        reason: str = "") -> dict:
        ctx = self.context(code)
        op = entry.measurement_op(ctx, aspect_id, entrant_id, value, reason)
        old = ctx.sheet.measurements.get((op["a"], op["c"]))
        old_v = None if old is None else {"value": entry.canonical(old.value), "reason": old.reason}
        new_v = None if op["v"] is None else {"value": op["v"], "reason": op.get("r", "")}
        if old_v == new_v:
            return op
        self.apply_ops(code, [op], action="mark.set", target=f"{op['a']} · {op['c']}", old=old_v, new=new_v)
        return op

    def set_scores(self, code: str, aspect_id: str, entrant_id: str, scores: dict[str, object]) -> list[dict]:
        """Several judges' scores of one cell at once (typing `332`), all or nothing."""
        ctx = self.context(code)
        ops = [entry.score_op(ctx, aspect_id, entrant_id, e, s) for e, s in scores.items()]
        if not ops:
            return ops
        aspect, entrant = ops[0]["a"], ops[0]["c"]
        old = dict(ctx.sheet.scores.get((aspect, entrant), {}))
        new = dict(old)
        for op in ops:
            if op["v"] is None:
                new.pop(op["e"], None)
            else:
                new[op["e"]] = op["v"]
        if old == new:
            return ops
        self.apply_ops(code, ops, action="scores.set", target=f"{aspect} · {entrant}", old=old or None,
                       new=new or None)
        return ops

    def set_absent(self, code: str, form_id: str, entrant_id: str, absent: bool) -> dict:
        ctx = self.context(code)
        op = entry.absence_op(ctx, form_id, entrant_id, absent)
        was = (op["f"], op["c"]) in ctx.sheet.absences
        if was == bool(absent):
            return op
        self.apply_ops(code, [op], action="absence.set", target=f"{op['f']} · {op['c']}", old=was,
                       new=bool(absent))
        return op

    def apply_batch(self, code: str, changes: list[tuple], *, action: str, target: str = "",
                    reason: str = "", audit_extra: dict | None = None) -> list[dict]:
        """A paste or an import: every change checked first, then all stored, or none.

        `changes` items: ("m", aspect, entrant, value[, reason]), ("s", aspect, entrant, expert, score),
        ("x", form, entrant, absent: bool).
        """
        ctx = self.context(code)
        ops: list[dict] = []
        for i, change in enumerate(changes):
            try:
                if change[0] == "m":
                    ops.append(entry.measurement_op(ctx, change[1], change[2], change[3],
                                                    change[4] if len(change) > 4 else ""))
                elif change[0] == "s":
                    ops.append(entry.score_op(ctx, change[1], change[2], change[3], change[4]))
                elif change[0] == "x":
                    ops.append(entry.absence_op(ctx, change[1], change[2], change[3]))
                else:
                    raise RuleViolation("unknown", f"unknown change {change[0]!r}")
            except RuleViolation as exc:
                exc.index = i  # type: ignore[attr-defined]
                raise
        if ops:
            self.apply_ops(code, ops, action=action, target=target, reason=reason,
                           audit_extra=audit_extra or {"count": len(ops)})
        return ops

    def import_ops(self, ops: list[dict], codes: list[str], *, source: str, checksum: str) -> int:
        """A checked marks file: one transaction, one audit entry per competency it touches.

        One entry per competency (not one for the file) keeps each competency's log
        self-contained, so its results package replays on its own.
        """
        self._writable()
        self._risky("import")
        seq = 0
        with self.db.atomic():
            for code in codes:
                mine = [{k: v for k, v in op.items() if k != "co"} for op in ops if op.get("co", code) == code]
                repo.write_ops(self.db, code, mine)
                seq = audit.append(self.db, actor=self.actor, action="marks.import", competency=code,
                                   target=source, new={"file": source, "sha256": checksum, "count": len(mine)},
                                   ops=mine)
        for c in codes:
            self._changed(c, "marks.import")
        return seq

    def save_settings(self, settings: ScoringSettings, reason: str = "") -> None:
        """Change scoring settings; every result is recomputed, and the change is audited."""
        self._writable()
        old = self.settings().to_json()
        new = settings.to_json()
        if old == new:
            return
        with self.db.atomic():
            repo.save_settings(self.db, settings)
            audit.append(self.db, actor=self.actor, action="settings.save",
                         old={k: v for k, v in old.items() if new.get(k) != v},
                         new={k: v for k, v in new.items() if old.get(k) != v}, reason=reason)
        self._changed("", "settings.save")

    # ---- structure -----------------------------------------------------------------------
    def save_region(self, region: Region) -> None:
        self._writable()
        with self.db.atomic():
            repo.save_region(self.db, region)
            audit.append(self.db, actor=self.actor, action="region.save", target=region.code,
                         new=region.__dict__)
        self._changed("", "region.save")

    def save_competency(self, comp: Competency) -> None:
        self._writable()
        with self.db.atomic():
            repo.save_competency(self.db, comp)
            audit.append(self.db, actor=self.actor, action="competency.save", competency=comp.code,
                         new={"name_ru": comp.name_ru, "category": comp.category.value,
                              "team_size": comp.team_size})
        self._changed(comp.code, "competency.save")

    def has_marks(self, code: str) -> bool:
        sheet = self.marksheet(code)
        return bool(sheet.measurements or sheet.scores or sheet.absences)

    def replace_scheme(self, code: str, scheme: MarkingScheme, *, force: bool = False, source: str = "",
                       checksum: str = "", reason: str = "", competency: Competency | None = None) -> None:
        """Install a marking scheme. Refused when marks exist, unless forced (audited).

        `competency` (new, renamed or resized) is written in the same transaction and
        audit entry, so a refused import cannot leave it half-changed.
        """
        self._writable()
        if competency is not None and competency.code != code:
            raise ValueError(f"the competency record {competency.code} does not belong to competency {code}")
        had_marks = self.has_marks(code)
        if had_marks and not force:
            raise refuse("scheme_has_marks", code=code)
        self._risky("import")
        with self.db.atomic():
            ops = [{"k": "reset"}] if had_marks else None
            new: dict[str, Any] = {"file": source, "sha256": checksum, "aspects": scheme.aspect_count,
                                   "total": str(scheme.total), "forced": bool(force and had_marks)}
            if competency is not None:
                repo.save_competency(self.db, competency)
                new["competency"] = {"name_ru": competency.name_ru, "category": competency.category.value,
                                     "team_size": competency.team_size}
            repo.delete_scheme_and_marks(self.db, code)
            repo.save_scheme(self.db, code, scheme)
            audit.append(self.db, actor=self.actor, action="scheme.import", competency=code, target=source,
                         new=new, reason=reason, ops=ops)
        self._changed(code, "scheme.import")

    def save_people(self, competitors: list[Competitor], experts: list[Expert], regions: list[Region] = (),
                    *, source: str = "", checksum: str = "") -> None:
        self._writable()
        self._risky("import")
        with self.db.atomic():
            for region in regions:
                repo.save_region(self.db, region)
            repo.save_competitors(self.db, competitors)
            repo.save_experts(self.db, experts)
            audit.append(self.db, actor=self.actor, action="people.import", target=source,
                         new={"file": source, "sha256": checksum, "competitors": len(competitors),
                              "experts": len(experts), "regions": len(regions)})
        self._changed("", "people.import")

    def set_marking_team(self, code: str, form_id: str, expert_ids: list[str]) -> None:
        self._writable()
        form = self.scheme(code).form(form_id)
        if form is None:
            raise refuse("no_form", form=form_id, code=code)
        if form.id in self.context(code).sheet.locks:  # whose scores count is part of the locked result
            raise RuleViolation("locked", say("locked", form=form.id))
        experts = {e.id: e for e in self.experts(code)}
        ids = []
        for eid in expert_ids:
            key = find(eid, experts)
            if key is None:
                raise refuse("no_expert", expert=eid, code=code)
            ids.append(key)
        old = self.marksheet(code).marking_teams.get(form.id, [])
        with self.db.atomic():
            self.db.execute("DELETE FROM marking_team WHERE competency = ? AND form = ?", (code, form.id))
            for pos, eid in enumerate(ids):
                self.db.execute("INSERT INTO marking_team (competency, form, position, expert) VALUES (?,?,?,?)",
                                (code, form.id, pos, eid))
            audit.append(self.db, actor=self.actor, action="team.set", competency=code, target=form.id,
                         old=old, new=ids)
        self._changed(code, "team.set")

    def substitute(self, code: str, form_id: str, entrant_id: str, replaced: str, substitute: str) -> None:
        """Another expert marks this competitor in place of a compatriot."""
        self.substitute_many(code, [(form_id, entrant_id, replaced, substitute)])

    def substitute_many(self, code: str, items: list[tuple[str, str, str, str]]) -> None:
        """Several substitutions (form, competitor, replaced, substitute) in one action."""
        self._writable()
        ctx = self.context(code)
        rows = []
        for form_id, entrant_id, replaced, substitute in items:
            form = ctx.scheme.form(form_id)
            ent = find(entrant_id, ctx.entrants)
            sub = find(substitute, ctx.experts)
            if form is None or ent is None or sub is None:
                raise refuse("unknown_substitution", form=form_id, entrant=entrant_id, expert=substitute, code=code)
            if form.id in ctx.sheet.locks:  # a substitute changes whose score counts: not on a locked form
                raise RuleViolation("locked", say("locked", form=form.id))
            refusal = compatriot_refusal(ctx.experts[sub], ctx.entrants[ent])
            if refusal:
                raise RuleViolation("compatriot", refusal)
            rows.append((form.id, ent, replaced, sub))
        with self.db.atomic():
            for form_id, ent, replaced, sub in rows:
                self.db.execute("INSERT INTO substitutions (competency, form, competitor, replaced, substitute) "
                                "VALUES (?,?,?,?,?) ON CONFLICT DO UPDATE SET substitute = excluded.substitute",
                                (code, form_id, ent, replaced, sub))
                audit.append(self.db, actor=self.actor, action="team.substitute", competency=code,
                             target=f"{form_id} · {ent}", old=replaced, new=sub)
        self._changed(code, "team.substitute")


# every write path (anything that opens a transaction or calls _writable) turns storage errors into
# one-sentence StorageFaults, rolls back and stays alive: see storage/faults.py
guard_writes(Championship)


def _apply_to_sheet(sheet: MarkSheet, ops: list[dict]) -> None:
    from ..domain.marks import MeasurementMark

    for op in ops:
        if op["k"] == "m":
            if op.get("v") is None:
                sheet.measurements.pop((op["a"], op["c"]), None)
            else:
                sheet.measurements[(op["a"], op["c"])] = MeasurementMark(op["a"], op["c"], Decimal(op["v"]),
                                                                         op.get("r", ""))
        elif op["k"] == "s":
            cell = sheet.scores.setdefault((op["a"], op["c"]), {})
            if op.get("v") is None:
                cell.pop(op["e"], None)
                if not cell:
                    del sheet.scores[(op["a"], op["c"])]
            else:
                cell[op["e"]] = op["v"]
        elif op["k"] == "x":
            if op.get("v"):
                sheet.absences.add((op["f"], op["c"]))
            else:
                sheet.absences.discard((op["f"], op["c"]))
        elif op["k"] == "reset":
            sheet.measurements.clear()
            sheet.scores.clear()
            sheet.absences.clear()
            sheet.confirmations.clear()
