"""Crash test: marks entered as fast as possible, the writer killed with SIGKILL at random moments.

    .venv/bin/python benchmarks/crash_test.py [--trials 50] [--seed 1] [--keep-file]

A writer subprocess opens the demo championship the way the desk does (file
lock, automatic backups), then enters marks through Championship.set_measurement
and set_scores, the same calls the marks grid makes. It prints `T` before a
call and `A` once the call has returned: an acknowledged mark, the moment the
grid would show it as saved. The parent kills the writer at a random moment
(sometimes while it is still opening or recovering the file), then checks that
every acknowledged mark is in the file (the one call in flight may or may not
have landed, but never half of it), that quick_check is ok and that the audit
log verifies. Prints trials, acknowledged marks and lost marks (must be 0).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

Cell = tuple  # ("m", code, aspect, entrant) or ("s", code, aspect, entrant, judge)


# ---- the writer (child process) ------------------------------------------------------------------

def targets(champ) -> list[tuple]:
    """Cells on unlocked forms that the rules accept: measurement marks and judges' score sets."""
    from wsk_desk.domain import entry

    found = []
    for comp in champ.competencies():
        code = comp.code
        ctx = champ.context(code)
        locks = champ.marksheet(code).locks
        for form in ctx.scheme.forms():
            if form.id in locks:
                continue
            for ent in ctx.entrants.values():
                if ent.withdrawn:
                    continue
                for aspect in form.aspects:
                    if not aspect.is_judgement:
                        found.append(("m", code, aspect.id, ent.id, str(aspect.max_mark)))
                        continue
                    team = ctx.sheet.marking_teams.get(form.id, [])
                    judges = [ctx.sheet.substitutions.get((form.id, ent.id, e), e) for e in team]
                    judges = [j for j in judges if accepted(entry, ctx, aspect.id, ent.id, j)]
                    if judges:
                        found.append(("s", code, aspect.id, ent.id, judges))
    return found


def accepted(entry, ctx, aspect_id: str, entrant_id: str, judge: str) -> bool:
    """Whether the rules let this judge score this cell (team, compatriot...), asked of the rules themselves."""
    from wsk_desk.domain.errors import RuleViolation

    try:
        entry.score_op(ctx, aspect_id, entrant_id, judge, 0)
    except RuleViolation:
        return False
    return True


def writer(path: str, seed: int) -> None:
    from wsk_desk.domain.entry import canonical
    from wsk_desk.domain.errors import DeskError
    from wsk_desk.storage.backup import BackupPolicy
    from wsk_desk.storage.championship import Championship
    from wsk_desk.storage.filelock import FileLock, lock_path

    rng = random.Random(seed)
    had_lock = lock_path(path).exists()
    lock = FileLock(path, app="crash-test writer")
    lock.acquire()  # a killed predecessor left its lock: stale, taken over
    print(f"LOCK {'stale-taken' if had_lock else 'free'}", flush=True)
    champ = Championship.open(path, actor="crash-test")
    champ.file_lock = lock
    BackupPolicy(champ, interval=0.5).attach()  # backups get killed halfway too
    cells = targets(champ)
    print(f"READY {len(cells)}", flush=True)
    while True:
        t = rng.choice(cells)
        if t[0] == "m":
            quarters = int(Decimal(t[4]) * 4)
            value = canonical(Decimal(rng.randint(0, quarters)) / 4)
            msg = {"k": "m", "code": t[1], "a": t[2], "c": t[3], "v": value}
            print("T " + json.dumps(msg), flush=True)
            try:
                champ.set_measurement(t[1], t[2], t[3], value)
            except DeskError as exc:
                print(f"R {exc}", flush=True)
                continue
        else:
            scores = {j: rng.randint(0, 3) for j in t[4]}
            msg = {"k": "s", "code": t[1], "a": t[2], "c": t[3], "v": scores}
            print("T " + json.dumps(msg), flush=True)
            try:
                champ.set_scores(t[1], t[2], t[3], scores)
            except DeskError as exc:
                print(f"R {exc}", flush=True)
                continue
        print("A " + json.dumps(msg), flush=True)


# ---- the parent ------------------------------------------------------------------------------------

def cells_of(msg: dict) -> dict[Cell, object]:
    if msg["k"] == "m":
        return {("m", msg["code"], msg["a"], msg["c"]): msg["v"]}
    return {("s", msg["code"], msg["a"], msg["c"], j): v for j, v in msg["v"].items()}


def file_cells(path: Path) -> dict[Cell, object]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        out: dict[Cell, object] = {("m", c, a, e): v for c, a, e, v in
                                   conn.execute("SELECT competency, aspect, competitor, value FROM measurement_marks")}
        out.update({("s", c, a, e, j): v for c, a, e, j, v in
                    conn.execute("SELECT competency, aspect, competitor, expert, score FROM judge_scores")})
    finally:
        conn.close()
    return out


def check_marks(path: Path, model: dict[Cell, object], pending: dict | None, label: str = "") -> dict:
    """Compare the file with every acknowledged mark; the call in flight must be all there or not at all.

    Updates `model` to what the file holds (an in-flight call that landed; a loss is counted once).
    """
    out: dict = {"lost": 0, "torn": 0, "in_flight_landed": 0, "problems": []}
    held = file_cells(path)
    if pending is not None:
        new = cells_of(pending)
        as_new = all(held.get(k) == v for k, v in new.items())
        as_old = all(held.get(k) == model.get(k) for k in new)
        if as_new and not as_old:
            out["in_flight_landed"] += 1
            model.update(new)
        elif not as_new and not as_old:
            out["torn"] += 1
            out["problems"].append(f"{label}: the call in flight landed only in part: {pending}")
    for cell, value in model.items():
        if held.get(cell) != value:
            out["lost"] += 1
            out["problems"].append(f"{label}: {cell} should be {value}, the file has {held.get(cell)}")
            model[cell] = held.get(cell)
    return out


def one_trial(path: Path, seed: int, rng: random.Random, early: bool) -> dict:
    proc = subprocess.Popen([sys.executable, str(Path(__file__).resolve()), "--writer", str(path), str(seed)],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lines: list[str] = []
    ready = threading.Event()

    def read() -> None:
        for line in proc.stdout:  # type: ignore[union-attr]
            lines.append(line)
            if line.startswith("READY"):
                ready.set()
        ready.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    if early:
        time.sleep(rng.uniform(0.0, 0.4))  # maybe while it opens, recovers the log or takes the lock
    else:
        ready.wait(30)
        time.sleep(rng.uniform(0.02, 0.6))
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    reader.join(10)
    err = proc.stderr.read()  # type: ignore[union-attr]
    proc.stdout.close()  # type: ignore[union-attr]
    proc.stderr.close()  # type: ignore[union-attr]
    return {"lines": lines, "stderr": err}


def run(path: Path, trials: int = 50, seed: int = 1, log=print) -> dict:
    """Kill a writer `trials` times; returns the figures. `path` must hold a championship."""
    from wsk_desk.storage.backup import backup_dir, list_backups
    from wsk_desk.storage.integrity import verify_file

    rng = random.Random(seed)
    model: dict[Cell, object] = file_cells(path)  # every cell, also the ones no writer touches
    figures = {"trials": 0, "acknowledged": 0, "acknowledged_score_sets": 0, "lost": 0, "torn": 0, "in_flight_landed": 0,
               "quick_check_failures": 0, "verify_failures": 0, "killed_before_ready": 0, "stale_locks_taken": 0,
               "writer_errors": 0, "problems": []}
    for trial in range(trials):
        early = rng.random() < 0.2
        result = one_trial(path, seed * 1000 + trial, rng, early)
        figures["trials"] += 1
        pending: dict | None = None
        ready = False
        for line in result["lines"]:
            if not line.endswith("\n"):
                break  # cut off by the kill mid-line: not acknowledged
            tag, _, rest = line.rstrip("\n").partition(" ")
            if tag == "READY":
                ready = True
            elif tag == "LOCK" and rest == "stale-taken":
                figures["stale_locks_taken"] += 1
            elif tag == "T":
                pending = json.loads(rest)
            elif tag == "A":
                msg = json.loads(rest)
                model.update(cells_of(msg))
                figures["acknowledged"] += 1
                figures["acknowledged_score_sets"] += msg["k"] == "s"
                pending = None
            elif tag == "R":
                pending = None
        if not ready:
            figures["killed_before_ready"] += 1
        if result["stderr"].strip():
            figures["writer_errors"] += 1
            figures["problems"].append(f"trial {trial}: writer said {result['stderr'].strip()[-300:]}")
        report = verify_file(path)
        if report.quick_check != "ok":
            figures["quick_check_failures"] += 1
            figures["problems"].append(f"trial {trial}: quick_check {report.quick_check}")
            break
        if not report.ok:
            figures["verify_failures"] += 1
            figures["problems"].append(f"trial {trial}: verify {report.problems[0]}")
        for key, value in check_marks(path, model, pending, f"trial {trial}").items():
            if key == "problems":
                figures["problems"].extend(value)
            else:
                figures[key] += value
        log(f"trial {trial + 1:2d}: {'killed early' if not ready else 'killed while writing'}, "
            f"{figures['acknowledged']} acknowledged so far, lost {figures['lost']}")
    backups = list_backups(backup_dir(path))
    figures["backups"] = len(backups)
    figures["backups_good"] = sum(1 for b in backups if b.check() == "ok")
    figures["backup_leftovers"] = len(list(backup_dir(path).glob("*.partial"))) if backup_dir(path).exists() else 0
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=50)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--file", help="use this championship file (a copy of the small demo otherwise)")
    parser.add_argument("--writer", nargs=2, metavar=("FILE", "SEED"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.writer:
        writer(args.writer[0], int(args.writer[1]))
        return 0
    from wsk_desk.demo.generate import write_demo

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(args.file) if args.file else Path(tmp) / "crash.wsk"
        if not args.file:
            write_demo(path, "small", args.seed).close()
        started = time.perf_counter()
        figures = run(path, args.trials, args.seed)
        elapsed = time.perf_counter() - started
    print()
    print(f"trials: {figures['trials']}")
    print(f"acknowledged marks: {figures['acknowledged']} ({figures['acknowledged_score_sets']} of them judges' "
          "score sets)")
    print(f"lost marks: {figures['lost']}")
    print(f"partly applied score sets: {figures['torn']}")
    print(f"in-flight call found committed after the kill: {figures['in_flight_landed']}")
    print(f"quick_check failures: {figures['quick_check_failures']}, verify failures: {figures['verify_failures']}")
    print(f"killed before the writer was ready: {figures['killed_before_ready']}, stale locks taken over: "
          f"{figures['stale_locks_taken']}")
    print(f"backups: {figures['backups']} kept, {figures['backups_good']} pass quick_check, "
          f"{figures['backup_leftovers']} half-written leftovers")
    print(f"time: {elapsed:.1f} s")
    for problem in figures["problems"][:10]:
        print(f"  problem: {problem}")
    bad = (figures["lost"] or figures["torn"] or figures["quick_check_failures"] or figures["verify_failures"]
           or figures["writer_errors"] or not figures["acknowledged"])
    return 1 if bad else 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main())
