"""How long parsing 50,000 marks takes, from CSV and from xlsx.

Usage: python benchmarks/bench_marks_read.py [ROWS]

The import budget is 5 s on a 2-core laptop for the whole import; this measures the
parsing share (the storage side adds its checks and write time to it).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from openpyxl import Workbook

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from wsk_desk.exchange.marks_reader import read_marks  # noqa: E402

HEADER = ["competency", "form", "aspect", "competitor", "judge", "value"]


def rows(count: int) -> list[list[str]]:
    """A realistic mix: measurement marks with decimal commas, judges' scores, a few ABS."""
    out = []
    for i in range(count):
        competitor, k = f"P{i // 500:03}", i % 500
        form = f"{'ABCDE'[k // 100]}{k // 25 % 4 + 1}"
        if k % 97 == 0:
            out.append(["17", form, "", competitor, f"E{k % 7}", "ABS"])
        elif k % 5 == 0:
            out.append(["17", form, f"{form}.{k % 25 + 1}", competitor, f"E{k % 7}", str(k % 4)])
        else:
            out.append(["17", form, f"{form}.{k % 25 + 1}", competitor, "", f"{k % 3},{k % 10}"])
    return out


def write_csv(path: Path, data: list[list[str]]) -> None:
    lines = [";".join(HEADER)] + [";".join(r) for r in data]
    path.write_text("\ufeff" + "\n".join(lines) + "\n", encoding="utf-8")


def write_xlsx(path: Path, data: list[list[str]]) -> None:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Marks")
    ws.append(HEADER)
    for r in data:
        value = r[5] if r[5] == "ABS" else float(r[5].replace(",", "."))
        ws.append(r[:5] + [value])
    wb.save(path)


def timed(path: Path) -> tuple[float, int]:
    start = time.perf_counter()
    result = read_marks(path)
    return time.perf_counter() - start, len(result)


def main(count: int = 50_000) -> None:
    data = rows(count)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_csv(folder / "marks.csv", data)
        write_xlsx(folder / "marks.xlsx", data)
        for name in ("marks.csv", "marks.xlsx"):
            path = folder / name
            seconds, n = timed(path)
            size = path.stat().st_size / 1024
            print(f"{name:11} {n:>7,} rows  {size:8.0f} KiB  parsed in {seconds:6.2f} s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 50_000)
