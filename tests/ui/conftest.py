"""Desk fixtures: a small demo championship per test, and a main window opened on it.

QSettings and the data folder are redirected (Qt's test mode) so tests never
touch the real desk's recent files or demo.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths

from wsk_desk.demo.generate import write_demo


@pytest.fixture(scope="session")
def small_demo_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "small.wsk"
    champ = write_demo(path, "small")
    champ.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    champ.close()
    return path


@pytest.fixture
def small_demo(small_demo_template, tmp_path) -> Path:
    path = tmp_path / "small.wsk"
    shutil.copy(small_demo_template, path)
    return path


@pytest.fixture
def desk_settings(qapp):
    """The desk's application names, with settings and data folders in Qt's test locations, emptied."""
    qapp.setApplicationName("WSK Desk")
    qapp.setOrganizationName("WSK Desk")
    QStandardPaths.setTestModeEnabled(True)
    QSettings().clear()
    yield QSettings()
    QSettings().clear()
    QStandardPaths.setTestModeEnabled(False)


@pytest.fixture
def window(qtbot, desk_settings, small_demo):
    from wsk_desk.ui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    assert win.open_file(small_demo)
    yield win
    win.close()


@pytest.fixture
def form_d2(window, qtbot):
    """Competency 17, form D2 on screen (P01-P05 marked, P06-P10 not), the keyboard in the table."""
    from tests.ui.keyboard import open_form

    open_form(qtbot, window, "17", "D2")
    return window
