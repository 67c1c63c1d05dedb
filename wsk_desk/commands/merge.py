"""`merge` and the national views (`medals`, `best`, `pending`) of the organizer.

`merge` always prints the preview first; conflicts stay untouched unless
`--resolve CODE=keep|take` with a `--reason` says otherwise. A package from a
championship of another name is refused unless `--force`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..domain.errors import DeskError
from .common import open_file, print_json
from . import national


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("merge", help="verify results packages and merge them into the master file")
    p.add_argument("master", metavar="MASTER.wsk")
    p.add_argument("packages", metavar="PACKAGE", nargs="+")
    p.add_argument("--resolve", action="append", default=[], metavar="CODE=keep|take",
                   help="settle a conflict: keep the master's competency or take the package's")
    p.add_argument("--reason", action="append", default=[], metavar="TEXT",
                   help="why (one for all --resolve, or one per --resolve in the same order)")
    p.add_argument("--dry-run", action="store_true", help="show the preview only")
    p.add_argument("--force", action="store_true",
                   help="merge packages from a championship of another name (refused otherwise)")
    p.add_argument("--json", action="store_true", help="print the preview and outcome as JSON")
    p.set_defaults(func=cmd_merge)
    national.register(sub)


def export_package(champ, out: str, competencies: list[str] | None) -> str:
    """`export FILE package OUT.wskpkg [--competency CODE]` (a kind of commands/exports.py)."""
    from ..exchange.package import write_package

    pkg = write_package(champ, Path(out), competencies)
    codes = ", ".join(c["code"] for c in pkg.manifest["competencies"])
    return f"Wrote {out}: results package of competencies {codes}; SHA-256 {pkg.file_sha256}."


def _resolutions(args: argparse.Namespace) -> dict[str, tuple[str, str]]:
    if args.resolve and not args.reason:
        raise DeskError("--resolve needs --reason TEXT: say why the conflict is settled this way.")
    if len(args.reason) not in (1, len(args.resolve)) and args.resolve:
        raise DeskError("Give one --reason for all --resolve options, or one per --resolve.")
    out: dict[str, tuple[str, str]] = {}
    for i, spec in enumerate(args.resolve):
        code, sep, choice = spec.partition("=")
        if not sep or choice not in ("keep", "take") or not code:
            raise DeskError(f"--resolve {spec}: write it as CODE=keep or CODE=take.")
        out[code.strip()] = (choice, args.reason[i if len(args.reason) > 1 else 0])
    return out


def cmd_merge(args: argparse.Namespace) -> int:
    from ..exchange.merge import apply_merge, plan_merge

    resolutions = _resolutions(args)
    master = open_file(args.master, readonly=args.dry_run)
    try:
        plan = plan_merge(master, args.packages)
        if not args.json:
            print_preview(plan, Path(args.master).name)
        if not args.force:
            _refuse_foreign(plan, master.name)
        outcome = None if args.dry_run else apply_merge(master, plan, resolutions)
    finally:
        master.close()
    if args.json:
        data = plan.to_json()
        if outcome is not None:
            data["outcome"] = {"changed": outcome.changed, "kept": outcome.kept, "unresolved": outcome.unresolved,
                               "audit_entry": outcome.audit_seq}
        print_json(data)
    elif outcome is not None:
        left = list(dict.fromkeys(outcome.unresolved))
        left_words = (f"{len(left)} conflict{'' if len(left) == 1 else 's'} left unchanged ({', '.join(left)})"
                      if left else "")
        if outcome.changed or outcome.kept:
            print(f"Merged: {', '.join(outcome.changed) or 'nothing replaced'}"
                  + (f"; kept the master's {', '.join(outcome.kept)}" if outcome.kept else "")
                  + f" (audit entry {outcome.audit_seq})" + (f"; {left_words}." if left else "."))
        elif left:
            print(f"Nothing merged: {left_words}.")
        else:
            print("Nothing to change: the master already holds these results.")
    unresolved = outcome.unresolved if outcome is not None else [i.code for i in plan.conflicts()]
    if unresolved and not args.dry_run:
        codes = ", ".join(dict.fromkeys(unresolved))
        print(f"wsk-desk: competency {codes} left unchanged because of a conflict; settle it with "
              f"--resolve CODE=keep|take --reason TEXT.", file=sys.stderr)
        return 2
    return 0


def _refuse_foreign(plan, master_name: str) -> None:
    """A package named for another championship is most likely the wrong file: refused unless --force."""
    from ..exchange.messages import refusal

    for pkg in plan.packages:
        theirs = pkg.manifest.get("championship", "")
        if theirs and theirs != master_name:
            raise refusal("mrg_foreign_refused", name=pkg.path.name, theirs=theirs, master=master_name)


ACTION_WORDS = {"new": "add", "same": "no change", "update": "replace", "older": "skip (older)",
                "conflict": "CONFLICT", "superseded": "skip (superseded)"}


def print_preview(plan, master_name: str) -> None:
    print(f"Merge into {master_name}: {len(plan.packages)} package(s), verified (checksum and audit record).")
    for pkg in plan.packages:
        print(f"  {pkg.path.name}: from {pkg.laptop or '?'}, written {pkg.created_at}, "
              f"SHA-256 {pkg.file_sha256[:16]}…")
    for warning in plan.warnings:
        print(f"  ! {warning}")
    rows = [("competency", "package", "laptop", "revision", "action", "note")]
    for i in plan.items:
        rows.append((i.code, i.package.path.name, i.laptop, f"r{i.revision} · entry {i.seq}",
                     ACTION_WORDS.get(i.action, i.action), i.note))
    widths = [max(len(r[k]) for r in rows) for k in range(5)]
    for r in rows:
        print("  " + "  ".join(r[k].ljust(widths[k]) for k in range(5)) + "  " + r[5])
    for i in plan.items:
        if i.medal_changes:
            verb = "taking" if i.action == "conflict" else "merging"
            print(f"Medal changes in {i.code} when {verb} {i.package.path.name}:")
            for ch in i.medal_changes:
                print(f"  {ch['name']} ({ch['id']}): {ch['from'] or '—'} → {ch['to'] or '—'}")
    for i in plan.conflicts():
        m = i.master or {}
        print(f"Conflict in {i.code}: {i.note}.")
        side = [("", "master", i.package.path.name),
                ("source", m.get("source", ""), i.source),
                ("laptop", m.get("laptop") or "—", i.laptop),
                ("revision", str(m.get("revision", "")), str(i.revision)),
                ("audit entry", str(m.get("seq") or "—"), str(i.seq)),
                ("marks", str(m.get("marks", "")), str(i.package.entry(i.code).get("marks", "")))]
        w0, w1 = max(len(s[0]) for s in side), max(len(s[1]) for s in side)
        for label, mine, theirs in side:
            print(f"  {label.ljust(w0)}  {mine.ljust(w1)}  {theirs}")
