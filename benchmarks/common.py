"""Shared by the benchmark scripts: the demo files they measure on, and a median timer."""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

CACHE = Path(tempfile.gettempdir()) / "wsk-desk-bench"


def demo_file(size: str, seed: int = 2025) -> Path:
    """The demo of that size, written once and reused by later runs (delete the folder to refresh)."""
    from wsk_desk.cli import main

    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"{size}-{seed}.wsk"
    if not path.exists():
        t0 = time.perf_counter()
        if main(["demo", str(path), "--size", size, "--seed", str(seed)]) != 0:
            raise SystemExit(f"could not write the {size} demo")
        print(f"(wrote the {size} demo in {time.perf_counter() - t0:.1f} s: {path})")
    return path


def median_time(fn: Callable[[], object], repeat: int = 7) -> float:
    """Median wall time of `fn` in seconds, after one warm-up run."""
    fn()
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def interleaved_medians(fns: dict[str, Callable[[], object]], repeat: int = 7) -> dict[str, float]:
    """Median wall time of each function, run in turn within each round.

    Figures that are compared with each other (a ratio) then see the same
    machine load and the same page-cache state, round by round.
    """
    for fn in fns.values():
        fn()
    times: dict[str, list[float]] = {name: [] for name in fns}
    for _ in range(repeat):
        for name, fn in fns.items():
            t0 = time.perf_counter()
            fn()
            times[name].append(time.perf_counter() - t0)
    return {name: statistics.median(ts) for name, ts in times.items()}
