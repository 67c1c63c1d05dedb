"""Screenshots of the desk's tabs at 1366×768 on the national demo, offscreen, into docs/screenshots/.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--suffix -ru]

Shows a competency still being marked: its overview, people, scheme, the
marks of a half-entered form with a disagreement (⚠), the same form with a
refused value, and the provisional results with medals and the chart.
The language is whatever the desk starts in (WSK_LANG or the remembered one);
the languages work passes --suffix to keep one set per language.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SHOTS = ("overview", "people", "scheme", "marks-entry", "results")


def settle(app, rounds: int = 30) -> None:
    for _ in range(rounds):
        app.processEvents()


def marking_form(win) -> str:
    """A form that is half entered and has an unconfirmed disagreement, if there is one."""
    page = win.page.marks
    best = None
    for i in range(page.forms.count()):
        page.forms.setCurrentIndex(i)
        if page.model.locked:
            continue
        missing, disagreements = page.form_progress()
        total = (page.model.rowCount()) * (page.model.columnCount())
        if 0 < missing < total and (best is None or disagreements > best[1]):
            best = (page.forms.currentData(), disagreements)
    return best[0] if best else page.forms.itemData(0)


def take(out: Path, suffix: str = "") -> list[Path]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from wsk_desk.ui.app import make_application
    from wsk_desk.ui.cells import DISAGREEMENT
    from wsk_desk.ui.first_start import install_demo
    from wsk_desk.ui.main_window import MainWindow
    from wsk_desk.ui.marks_model import COL_FIRST, ROW_ASPECT
    from wsk_desk.ui.nav_tree import competency_status

    app = make_application()
    tmp = Path(tempfile.mkdtemp())
    path = install_demo(tmp / "WSK-2025.wsk")
    win = MainWindow()
    win.resize(1366, 768)
    win.show()
    win.open_file(path)
    win.wait_integrity()
    while win.tree._pending:
        settle(app, 1)
    champ = win.champ
    code = next(c.code for c in champ.competencies() if competency_status(champ, c.code) == "marking")
    win.tree.select(code)
    settle(app)
    out.mkdir(parents=True, exist_ok=True)
    written = []

    def shot(name: str) -> None:
        settle(app)
        target = out / f"{name}{suffix}.png"
        win.grab().save(str(target))
        written.append(target)

    for tab, name in enumerate(SHOTS):
        win.show_tab(tab)
        if name == "marks-entry":
            page = win.page.marks
            page.show_form(marking_form(win))
            model, view = page.model, page.view
            cells = [(r, c) for c in range(COL_FIRST, model.columnCount()) for r in range(model.rowCount())
                     if model.kind(r) == ROW_ASPECT]
            target = next(((r, c) for r, c in cells if model.cell(r, c).state == DISAGREEMENT), cells[0])
            view.setCurrentIndex(model.index(*target))
            shot(name)
            empty = next(((r, c) for r, c in cells if model.cell(r, c).mark is None
                          and not model.aspect_at(r).is_judgement), None)
            if empty is not None:  # the same form refusing a value beyond the aspect's max
                view.setCurrentIndex(model.index(*empty))
                QTest.keyClicks(view, "9")
                QTest.keyClick(view, Qt.Key_Return)
                shot("marks-refused")
            continue
        if name == "results":
            table = win.page.results.table
            table.setCurrentIndex(win.page.results.proxy.index(0, 0))
        shot(name)
    win.close()
    shutil.rmtree(tmp, ignore_errors=True)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--suffix", default="", help="added to each file name, e.g. -kk")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        os.environ.setdefault("XDG_CONFIG_HOME", str(Path(home) / "config"))
        os.environ.setdefault("XDG_DATA_HOME", str(Path(home) / "data"))
        for path in take(Path(args.out), args.suffix):
            print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


if __name__ == "__main__":
    main()
