"""The domain layer stays pure: no Qt, no sqlite, so it runs anywhere in milliseconds."""

from __future__ import annotations

import ast
from pathlib import Path

DOMAIN = Path(__file__).resolve().parents[2] / "wsk_desk" / "domain"
FORBIDDEN = ("PySide6", "sqlite3", "sqlite_utils", "openpyxl", "shiboken6")


def _imports(path: Path) -> set[str]:
    return _imports_of(path.read_text(encoding="utf-8"))


def _imports_of(text: str) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(text)):
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


# statements, pragmas and the ways to send them: storage is the only layer that speaks to SQLite
SQL_WORDS = ("SELECT ", "INSERT INTO", "DELETE FROM", "UPDATE ", "PRAGMA", "VACUUM", "CREATE TABLE", "DROP ",
             "ALTER TABLE", "BEGIN", "COMMIT", "ROLLBACK", ".execute(", ".executescript(", ".query(", ".conn.")


def _sql_in(text: str) -> list[str]:
    return [word.strip() for word in SQL_WORDS if word in text] + \
        sorted({"sqlite3", "sqlite_utils"} & _imports_of(text))


def test_ui_holds_no_sql():
    ui = DOMAIN.parent / "ui"
    hits = [f"{path.name}: {word}" for path in sorted(ui.rglob("*.py"))
            for word in _sql_in(path.read_text(encoding="utf-8"))]
    assert hits == []


def test_the_sql_check_sees_pragmas_and_direct_calls():
    assert _sql_in('champ.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")') == ["PRAGMA", ".execute("]
    assert _sql_in('db.execute("VACUUM")') == ["VACUUM", ".execute("]
    assert _sql_in("import sqlite_utils\nrows = db.query('SELECT 1')") == ["SELECT", ".query(", "sqlite_utils"]
    assert _sql_in('self.tr("Select a form; the update is saved.")') == []
