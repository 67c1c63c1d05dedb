"""The domain layer stays pure: no Qt, no sqlite, so it runs anywhere in milliseconds."""

from __future__ import annotations

import ast
from pathlib import Path

DOMAIN = Path(__file__).resolve().parents[2] / "wsk_desk" / "domain"
FORBIDDEN = ("PySide6", "sqlite3", "sqlite_utils", "openpyxl", "shiboken6")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found


def test_domain_modules_import_neither_qt_nor_sqlite():
    modules = sorted(DOMAIN.glob("*.py"))
    assert len(modules) >= 5
    offenders = {p.name: sorted(_imports(p) & set(FORBIDDEN)) for p in modules}
    assert {k: v for k, v in offenders.items() if v} == {}


def test_the_checker_sees_a_forbidden_import(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("import sqlite3\nfrom PySide6 import QtCore\n")
    assert {"sqlite3", "PySide6"} <= _imports(bad)


def test_ui_holds_no_sql():
    ui = DOMAIN.parent / "ui"
    hits = []
    for path in ui.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for word in ("SELECT ", "INSERT INTO", "DELETE FROM", "UPDATE ", "import sqlite3"):
            if word in text:
                hits.append(f"{path.name}: {word.strip()}")
    assert hits == []
