"""Importing 50,000 marks (CSV and xlsx): read, check every rule, land in one transaction.

Target on a 2-core laptop: under 5 s. Prints the time of each stage.
"""

from __future__ import annotations

import csv
import tempfile
import time
from decimal import Decimal
from pathlib import Path

import common  # noqa: F401  (puts the repository on sys.path)
from openpyxl import Workbook

from wsk_desk.demo.data import REGIONS
from wsk_desk.domain.people import Competency, Competitor, Expert
from wsk_desk.domain.scheme import Aspect, AspectType, Criterion, MarkingScheme, SubCriterion
from wsk_desk.exchange.importing import import_marks, marks_to_ops
from wsk_desk.exchange.marks_reader import read_marks
from wsk_desk.storage.championship import Championship

COMPETITORS, ASPECTS = 25, 50  # x 40 competencies = 50,000 marks
COMPETENCIES = 40


def build(folder: Path) -> tuple[Path, list[list[str]]]:
    path = folder / "import.wsk"
    champ = Championship.create(path, "Import benchmark", regions=REGIONS)
    scheme = MarkingScheme(tuple(
        Criterion(letter, f"Criterion {letter}", (SubCriterion(f"{letter}1", "Form", "C1", tuple(
            Aspect(f"{letter}1.{n}", AspectType.MEASUREMENT, f"Aspect {n}", Decimal("1"))
            for n in range(1, ASPECTS // 5 + 1))),)) for letter in "ABCDE"))
    rows = []
    for k in range(COMPETENCIES):
        code = f"{k + 1:02d}"
        champ.save_competency(Competency(code, f"Компетенция {code}"))
        champ.save_people([Competitor(f"P{i:02d}", "Иванов", "Иван", region=REGIONS[i % 20].code, competency=code)
                           for i in range(COMPETITORS)],
                          [Expert("E01", "Ким", "Олег", region="AST", competency=code)])
        champ.replace_scheme(code, scheme)
        for aspect in scheme.aspects():
            form = aspect.id.split(".")[0]
            for i in range(COMPETITORS):
                rows.append([code, form, aspect.id, f"P{i:02d}", "", "0,5" if i % 3 else "1"])
    champ.close()
    return path, rows


def main() -> None:
    folder = Path(tempfile.mkdtemp())
    path, rows = build(folder)
    csv_path = folder / "marks.csv"
    with csv_path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, delimiter=";")
        w.writerow(["competency", "form", "aspect", "competitor", "judge", "value"])
        w.writerows(rows)
    xlsx_path = folder / "marks.xlsx"
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("marks")
    ws.append(["competency", "form", "aspect", "competitor", "judge", "value"])
    for r in rows:
        ws.append(r)
    wb.save(xlsx_path)
    print(f"{len(rows)} marks")
    for label, src in (("CSV", csv_path), ("xlsx", xlsx_path)):
        work = folder / f"{label}.wsk"
        work.write_bytes(path.read_bytes())
        champ = Championship.open(work)
        t0 = time.perf_counter()
        parsed = read_marks(src)
        t1 = time.perf_counter()
        marks_to_ops(champ, parsed)
        t2 = time.perf_counter()
        champ.close()
        champ = Championship.open(work)
        t3 = time.perf_counter()
        report = import_marks(champ, src)
        t4 = time.perf_counter()
        champ.close()
        print(f"{label}: read {t1 - t0:.2f} s, check {t2 - t1:.2f} s; whole import (read, check, write, "
              f"audit, backup) {t4 - t3:.2f} s for {report.landed} marks")


if __name__ == "__main__":
    main()
