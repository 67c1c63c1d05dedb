"""Small helpers that write test workbooks from plain lists of rows."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Sequence

from openpyxl import Workbook

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "samples"
REAL_SCHEMES = REPO / ".." / "shared" / "real-marking-schemes"

CIS_HEADER = ["Sub\nCriteria\nID", "Sub Criteria\n\nName or Description",
              "Aspect\nType\nO = Obj\nS = Sub\nJ = Judg", "Aspect - Description", "Judg Score",
              "Extra Aspect Description (Obj or Subj)\nOR\nJudgement Score Description (Judg only)",
              "Requirement\nor Nominal\nSize (Obj Only)", "WSSS Section", "Max\nMark"]
RU_HEADER = ["Код", "Подкритерий", "Тип аспекта", "Аспект", "Судейский балл", "Методика проверки аспекта",
             "Требование или номинальный размер", "Проф. задача", "Макс. балл"]


def write_xlsx(path: Path, sheets: dict[str, Sequence[Sequence[Any]]]) -> Path:
    """One sheet per entry, rows written from A1 down."""
    wb = Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(list(row))
    wb.save(path)
    return path


def cis_rows(*rows: Sequence[Any]) -> list[list[Any]]:
    """A CIS header on row 1, then `rows` (each padded to the 9 template columns)."""
    return [CIS_HEADER] + [list(r) + [None] * (9 - len(r)) for r in rows]


def sub(sid: str, name: str = "Sub") -> list[Any]:
    return [sid, name]


def aspect(kind: str, desc: str, max_mark: Any, extra: Any = None, score: Any = None) -> list[Any]:
    return [None, None, kind, desc, score, extra, None, None, max_mark]


def descriptor(score: Any, text: str) -> list[Any]:
    return [None, None, None, None, score, text]


def judgement(desc: str, max_mark: Any) -> list[list[Any]]:
    """A J aspect with its four descriptor rows."""
    return [aspect("J", desc, max_mark)] + [descriptor(s, f"level {s}") for s in range(4)]
