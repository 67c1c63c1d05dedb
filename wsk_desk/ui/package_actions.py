"""File › Export results package / Import results packages: the venue laptop's and the organizer's halves.

Export writes the competency on screen (or all of them) into one .wskpkg file
for a USB stick or a mail, and shows its SHA-256 so the venue can read it out
to the organizer; it only reads, so a file open read-only can export too.
Import opens MergeDialog (verified packages, a preview, conflicts decided with
a reason); it writes into the open file, so it is off in read-only mode. The
merge itself reports the change to Championship's listeners, which refresh
the tree and the results like any other change.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from ..domain.errors import DeskError
from . import dialogs
from .texts import error_text

SUFFIX = ".wskpkg"


class PackageActions(QObject):
    """Adds the two actions to `menu`; `window` gives champ, code, lang, tree, undo_stack and show_message()."""

    def __init__(self, window: QWidget, menu: QMenu):
        super().__init__(window)
        self.window = window
        self.act_import = QAction(window)
        self.act_import.triggered.connect(lambda _=False: self.ask_import())
        self.act_export = QAction(window)
        self.act_export.triggered.connect(lambda _=False: self.ask_export())
        menu.addAction(self.act_import)
        menu.addAction(self.act_export)
        menu.aboutToShow.connect(self.update_enabled)
        self.retranslate()
        self.update_enabled()

    def retranslate(self) -> None:
        self.act_import.setText(self.tr("&Import results packages…"))
        self.act_export.setText(self.tr("E&xport results package…"))

    def update_enabled(self) -> None:
        champ = self.window.champ
        self.act_export.setEnabled(champ is not None)
        self.act_import.setEnabled(champ is not None and not champ.readonly)

    # ---- export -----------------------------------------------------------------------------------
    def ask_export(self) -> Path | None:
        """Which competencies, where to; then write the package and say so (or why not)."""
        champ = self.window.champ
        if champ is None:
            return None
        codes = self._ask_codes(champ)
        if codes is None:
            return None
        stem = Path(champ.path).stem + "-" + (codes[0] if codes else "all")
        out, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export results package"),
                                             str(Path(champ.path).with_name(stem + SUFFIX)),
                                             self.tr("Results packages (*.wskpkg)"))
        if not out:
            return None
        path = Path(out if out.lower().endswith(SUFFIX) else out + SUFFIX)
        return self.export(codes, path)

    def _ask_codes(self, champ: Any) -> list[str] | None:
        """[] for all competencies, [code] for the one on screen, None when cancelled."""
        code = self.window.code
        if not code:
            return []
        comps = champ.competencies()
        here = next((c for c in comps if c.code == code), None)
        if here is None:
            return []
        items = [self.tr("%1 %2 (the competency on screen)").replace("%1", here.code)
                 .replace("%2", here.name(self.window.lang)),
                 self.tr("All competencies of the file: %1").replace("%1", str(len(comps)))]
        chosen = dialogs.ask_choice(self.window, self.tr("Export results package"),
                                    self.tr("Which competencies go into the package?"), items)
        if chosen is None:
            return None
        return [here.code] if chosen == 0 else []

    def export(self, codes: list[str], out: Path) -> Path | None:
        from ..exchange.package import write_package

        title = self.tr("Export results package")
        try:
            pkg = write_package(self.window.champ, out, codes or None)
        except (DeskError, OSError) as exc:
            why = error_text(exc) if isinstance(exc, DeskError) else f"{out}: {exc.strerror or exc}"
            text = self.tr("The results package was not written: %1").replace("%1", why)
            self.window.show_message(text, True)
            dialogs.refuse(self.window, title, text)
            return None
        done = ", ".join(c["code"] for c in pkg.manifest["competencies"])
        self.window.show_message(self.tr("Wrote %1 (competencies %2).").replace("%1", out.name).replace("%2", done))
        dialogs.inform(self.window, title, self.tr(
            "Wrote %1 with competencies %2.\n\nSHA-256 of the package:\n%3\n\nTell the organizer this checksum "
            "so they can compare it with what the merge preview shows.").replace("%1", str(out))
            .replace("%2", done).replace("%3", pkg.file_sha256))
        return out

    # ---- import -----------------------------------------------------------------------------------
    def ask_import(self, paths: list[str] | None = None) -> Any:
        """Choose packages, preview them in MergeDialog, merge what the organizer imports there."""
        from .merge_dialog import MergeDialog

        champ = self.window.champ
        if champ is None:
            return None
        if champ.readonly:
            self.window.show_message(self.tr("The file is open read-only: packages cannot be merged into it."), True)
            return None
        if paths is None:
            paths, _ = QFileDialog.getOpenFileNames(self.window, self.tr("Import results packages"),
                                                    str(Path(champ.path).parent),
                                                    self.tr("Results packages (*.wskpkg)"))
        if not paths:
            return None
        dialog = MergeDialog(champ, paths, self.window)
        outcomes: list[Any] = []
        dialog.merged.connect(outcomes.append)
        dialog.merged.connect(self._merged)
        dialog.exec()
        dialog.deleteLater()
        return outcomes[-1] if outcomes else None

    def _merged(self, outcome: Any) -> None:
        """The tree and results were refreshed by the change notice; undo must not reach across a merge."""
        self.window.undo_stack.clear()
        if outcome.changed and not self.window.code:
            self.window.tree.select(outcome.changed[0])
        merged = ", ".join(outcome.changed) or "—"
        self.window.show_message(self.tr("Merged results packages: %1.").replace("%1", merged))
