"""Starting the desk: the Qt application, its names (for QSettings and the data folder), fonts, language."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

APP_NAME = ORG_NAME = "WSK Desk"
BASE_POINT_SIZE = 11.0  # readable at arm's length on a 1366×768 venue laptop


def make_application() -> QApplication:
    """The one QApplication, named so QSettings and QStandardPaths find the desk's own places."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationDisplayName(APP_NAME)
    font = app.font()
    if font.pointSizeF() < BASE_POINT_SIZE:
        font.setPointSizeF(BASE_POINT_SIZE)
        app.setFont(font)
    load_language(app)
    return app  # type: ignore[return-value]


def load_language(app: QApplication) -> None:
    """Install the chosen language's translators; the languages work plugs its module in here."""
    try:
        from . import i18n as language
    except ImportError:
        return
    install = getattr(language, "install", None)
    if install is not None:
        install(app)


def run(path: str | None, readonly: bool = False) -> int:
    """Open the desk on `path`, or on the last file, or (first start) on the bundled demo."""
    app = make_application()
    from .first_start import startup_file
    from .main_window import MainWindow

    window = MainWindow()
    window.show()  # on screen at once; the file opens in the first turn of the event loop
    target = Path(path) if path else startup_file()
    QTimer.singleShot(0, lambda: window.open_file(target, readonly))
    return app.exec()
