"""Locking forms, confirming disagreements and signing off a competency.

A locked form refuses changes; unlocking needs a reason. Sign-off makes the
results final and records a revision with its medal list, so that a later
correction can say exactly which medals it moved.
"""

from __future__ import annotations

import json
from typing import Callable

from ..domain.errors import RuleViolation
from ..domain.ids import find
from ..domain.messages import LANGS, say
from . import audit, repository as repo
from .refusals import refuse


class LockingMixin:
    """Mixed into Championship; uses its db, actor, context() and results()."""

    before_risky: Callable[[str], None] | None = None  # backup hook: called before unlock and sign-off

    def _risky(self, action: str) -> None:
        if self.before_risky is not None:
            self.before_risky(action)

    def form_status(self, code: str, form_id: str, lang: str = "en"):
        from ..domain.completeness import form_status

        ctx = self.context(code)
        form = ctx.scheme.form(form_id)
        if form is None:
            raise refuse("no_form", form=form_id, code=code)
        return form_status(ctx.scheme, form, list(ctx.entrants.values()), ctx.sheet, self.settings(),
                           experts=ctx.experts, lang=lang)

    def lock_form(self, code: str, form_id: str) -> None:
        self._writable()
        status = self.form_status(code, form_id)
        form = self.context(code).scheme.form(form_id)
        if form.id in self.context(code).sheet.locks:
            return
        if not status.can_lock:
            raise RuleViolation("incomplete", say("lock_blocked", form=form.id, reasons={
                lang: "; ".join(self.form_status(code, form_id, lang).reasons) for lang in LANGS}))
        at = audit.now_iso()
        with self.db.atomic():
            self.db.execute("INSERT INTO form_locks (competency, form, locked_by, locked_at) VALUES (?,?,?,?)",
                            (code, form.id, self.actor, at))
            audit.append(self.db, actor=self.actor, action="form.lock", competency=code, target=form.id, at=at)
        self._changed(code, "form.lock")

    def unlock_form(self, code: str, form_id: str, reason: str) -> None:
        self._writable()
        if not reason.strip():
            raise RuleViolation("reason", say("reason_unlock"))
        form = self.context(code).scheme.form(form_id)
        if form is None or form.id not in self.context(code).sheet.locks:
            raise refuse("not_locked", form=form_id)
        self._risky("unlock")
        signed = self.context(code).sheet.signoff
        with self.db.atomic():
            self.db.execute("DELETE FROM form_locks WHERE competency = ? AND form = ?", (code, form.id))
            if signed is not None:
                self.db.execute("UPDATE signoffs SET active = 0 WHERE competency = ?", (code,))
            audit.append(self.db, actor=self.actor, action="form.unlock", competency=code, target=form.id,
                         reason=reason.strip(),
                         old={"signed_revision": signed.revision} if signed else None)
        self._changed(code, "form.unlock")

    def confirm_disagreement(self, code: str, aspect_id: str, entrant_id: str, reason: str) -> None:
        """The Chief Expert accepts diverging scores as they are, with a written reason."""
        self._writable()
        if not reason.strip():
            raise RuleViolation("reason", say("reason_confirm"))
        ctx = self.context(code)
        aspect = ctx.scheme.aspect(aspect_id)
        ent = find(entrant_id, ctx.entrants)
        if aspect is None or ent is None:
            raise refuse("unknown_cell", aspect=aspect_id, entrant=entrant_id)
        form = ctx.scheme.form_of(aspect.id)
        if form.id in ctx.sheet.locks:
            raise RuleViolation("locked", say("locked", form=form.id))
        with self.db.atomic():
            self.db.execute("INSERT INTO confirmations (competency, aspect, competitor, reason) VALUES (?,?,?,?) "
                            "ON CONFLICT DO UPDATE SET reason = excluded.reason",
                            (code, aspect.id, ent, reason.strip()))
            audit.append(self.db, actor=self.actor, action="disagreement.confirm", competency=code,
                         target=f"{aspect.id} · {ent}", new=ctx.sheet.scores.get((aspect.id, ent)),
                         reason=reason.strip())
        self._changed(code, "disagreement.confirm")

    def sign_off(self, code: str, signed_by: str, reason: str = "") -> int:
        """Make the results final as a new revision; returns the revision number."""
        self._writable()
        ctx = self.context(code)
        open_forms = [f.id for f in ctx.scheme.forms() if f.id not in ctx.sheet.locks]
        if not list(ctx.scheme.forms()):
            raise RuleViolation("incomplete", say("signoff_no_scheme", code=code))
        if open_forms:
            raise RuleViolation("incomplete", say("signoff_open", forms=", ".join(open_forms)))
        if ctx.sheet.signoff is not None:
            raise refuse("already_signed", code=code, revision=ctx.sheet.signoff.revision)
        revision = repo.competency_revision(self.db, code) + 1
        if revision > 1 and not reason.strip():
            raise RuleViolation("reason", say("reason_revision"))
        self._risky("signoff")
        snapshot = medal_snapshot(self.results(code))
        previous = self.db.execute("SELECT results FROM signoffs WHERE competency = ? ORDER BY revision DESC "
                                   "LIMIT 1", (code,)).fetchone()
        changes = medal_changes(json.loads(previous[0]) if previous else None, snapshot)
        at = audit.now_iso()
        with self.db.atomic():
            self.db.execute("INSERT INTO signoffs (competency, revision, signed_by, signed_at, reason, "
                            "medal_changes, results, active) VALUES (?,?,?,?,?,?,?,1)",
                            (code, revision, signed_by, at, reason.strip(),
                             json.dumps(changes, ensure_ascii=False), json.dumps(snapshot, ensure_ascii=False)))
            repo.set_competency_revision(self.db, code, revision)
            audit.append(self.db, actor=self.actor, action="competency.signoff", competency=code,
                         target=f"revision {revision}", new={"signed_by": signed_by, "medal_changes": changes},
                         reason=reason.strip(), at=at)
        self._changed(code, "competency.signoff")
        return revision

    def revisions(self, code: str) -> list[dict]:
        rows = self.db.execute("SELECT revision, signed_by, signed_at, reason, medal_changes, active "
                               "FROM signoffs WHERE competency = ? ORDER BY revision", (code,))
        return [{"revision": r, "signed_by": by, "signed_at": at, "reason": why,
                 "medal_changes": json.loads(mc), "active": bool(act)} for r, by, at, why, mc, act in rows]


def medal_snapshot(results) -> list[dict]:
    return [{"id": r.id, "name": r.name, "medal": r.medal.value if r.medal else None, "rank": r.rank}
            for r in results.rows]


def medal_changes(before: list[dict] | None, after: list[dict]) -> list[dict]:
    """Which results gained, lost or changed a medal between two revisions."""
    if before is None:
        return []
    old = {r["id"]: r for r in before}
    out = []
    for r in after:
        was = old.get(r["id"], {}).get("medal")
        if was != r["medal"]:
            out.append({"id": r["id"], "name": r["name"], "from": was, "to": r["medal"]})
    return out
