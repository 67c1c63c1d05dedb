"""Merging the 62 competency packages of the `worlds` demo into an empty master (target: under 30 s).

    .venv/bin/python benchmarks/bench_merge.py [--seed 2025] [--keep DIR]

Writes the worlds demo, splits it into one package per competency as if from
62 laptops (each with its own file id), then times, into an empty master:
reading and verifying every package (checksum, audit chain, replay), the
preview, and the single merge transaction (with its backup and audit entry).
Checks that the merged results equal the original's and that the master's
audit log verifies, and prints the figures.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from wsk_desk.demo.generate import write_demo  # noqa: E402
from wsk_desk.exchange.merge import apply_merge, plan_merge  # noqa: E402
from wsk_desk.exchange.package import read_package, write_package  # noqa: E402
from wsk_desk.storage import audit, repository as repo  # noqa: E402
from wsk_desk.storage.championship import Championship  # noqa: E402

TARGET_S = 30.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=2025)
    parser.add_argument("--keep", metavar="DIR", help="work in DIR and keep the files")
    args = parser.parse_args()
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench_merge_"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        return run(work, args.seed)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


def run(work: Path, seed: int) -> int:
    t = time.perf_counter()
    original = work / "worlds.wsk"
    original.unlink(missing_ok=True)
    write_demo(original, "worlds", seed).close()
    print(f"worlds demo written: {time.perf_counter() - t:.1f} s")

    venue = work / "venue.wsk"
    shutil.copy(original, venue)
    champ = Championship.open(venue)
    packages = []
    t = time.perf_counter()
    for comp in champ.competencies():
        with champ.db.atomic():
            repo.set_meta(champ.db, "file_id", f"laptop-{comp.code}")
        out = work / f"{comp.code}.wskpkg"
        write_package(champ, out, [comp.code], laptop=f"laptop-{comp.code}")
        packages.append(out)
    champ.close()
    written = time.perf_counter() - t
    size = sum(p.stat().st_size for p in packages)
    print(f"{len(packages)} packages written: {written:.2f} s, {size / 1e6:.1f} MB in all")

    master_path = work / "master.wsk"
    master_path.unlink(missing_ok=True)
    master = Championship.create(master_path, "Master", actor="organizer")
    t0 = time.perf_counter()
    pkgs = [read_package(p) for p in packages]
    t1 = time.perf_counter()
    plan = plan_merge(master, pkgs)
    t2 = time.perf_counter()
    outcome = apply_merge(master, plan)
    t3 = time.perf_counter()
    total = t3 - t0
    print(f"read + verify {len(pkgs)} packages: {t1 - t0:.2f} s")
    print(f"preview (plan):              {t2 - t1:.2f} s")
    print(f"merge transaction:           {t3 - t2:.2f} s ({len(outcome.changed)} competencies, backup included)")
    print(f"MERGE TOTAL:                 {total:.2f} s (target < {TARGET_S:.0f} s)")

    orig = Championship.open(original, readonly=True)
    try:
        same = [r.to_json() for r in master.all_results()] == [r.to_json() for r in orig.all_results()]
    finally:
        orig.close()
    ok = audit.verify(master.db).ok
    master.close()
    print(f"results equal to the original: {same}; master audit log verifies: {ok}")
    return 0 if same and ok and total < TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
