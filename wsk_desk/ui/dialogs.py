"""Small dialogs: a written reason, a choice from a list, a yes/no, the problems of an import.

Each goes through one function here, so tests can answer it by patching one
name (as Dangerzone does) instead of clicking a modal window.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QInputDialog, QLabel,
                               QMessageBox, QPlainTextEdit, QVBoxLayout, QWidget)

from ..domain.people import Entrant, Expert

translate = QCoreApplication.translate  # a plain name pyside6-lupdate recognises



def ask_reason(parent: QWidget, title: str, prompt: str, text: str = "") -> str | None:
    """A written reason, required: None when cancelled or left empty."""
    value, ok = QInputDialog.getText(parent, title, prompt, text=text)
    value = (value or "").strip()
    return value if ok and value else None


def ask_text(parent: QWidget, title: str, prompt: str, text: str = "") -> str | None:
    value, ok = QInputDialog.getText(parent, title, prompt, text=text)
    return value if ok else None


def ask_choice(parent: QWidget, title: str, prompt: str, items: list[str]) -> int | None:
    """The position of the chosen item, or None."""
    if not items:
        return None
    value, ok = QInputDialog.getItem(parent, title, prompt, items, 0, False)
    return items.index(value) if ok and value in items else None


def confirm(parent: QWidget, title: str, question: str) -> bool:
    answer = QMessageBox.question(parent, title, question, QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
    return answer == QMessageBox.Yes


def refuse(parent: QWidget, title: str, message: str) -> None:
    QMessageBox.warning(parent, title, message)


def inform(parent: QWidget, title: str, message: str) -> None:
    QMessageBox.information(parent, title, message)


class ProblemsDialog(QDialog):
    """What an import found: errors (nothing was changed) or warnings (it was imported)."""

    def __init__(self, parent: QWidget | None, title: str, summary: str, lines: list[str]):
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        head = QLabel(summary)
        head.setWordWrap(True)
        layout.addWidget(head)
        body = QPlainTextEdit("\n".join(lines))
        body.setReadOnly(True)
        layout.addWidget(body)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 420)


def show_problems(parent: QWidget, title: str, summary: str, lines: list[str]) -> None:
    ProblemsDialog(parent, title, summary, lines).exec()


class TeamDialog(QDialog):
    """Choose the judges of a form; compatriots of the competitors are named before marking starts."""

    def __init__(self, parent: QWidget | None, form_id: str, experts: list[Expert], current: list[str],
                 entrants: list[Entrant], judges: int):
        super().__init__(parent)
        self.setWindowTitle(translate("Dialogs", "Marking team of form %1").replace("%1", form_id))
        self.experts, self.entrants = experts, entrants
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.combos: list[QComboBox] = []
        for i in range(judges):
            combo = QComboBox()
            for e in experts:
                combo.addItem(f"{e.short_name} ({e.region}) · {e.id}", e.id)
            if i < len(current):
                combo.setCurrentIndex(max(0, combo.findData(current[i])))
            else:
                combo.setCurrentIndex(min(i, combo.count() - 1))
            combo.currentIndexChanged.connect(self._update)
            form.addRow(translate("Dialogs", "Judge %1").replace("%1", str(i + 1)), combo)
            self.combos.append(combo)
        layout.addLayout(form)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setTextFormat(Qt.PlainText)
        layout.addWidget(self.warning)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._update()

    def chosen(self) -> list[str]:
        return [c.currentData() for c in self.combos]

    def compatriot_lines(self) -> list[str]:
        by_id = {e.id: e for e in self.experts}
        lines = []
        for eid in dict.fromkeys(self.chosen()):
            expert = by_id[eid]
            for ent in self.entrants:
                if expert.region and expert.region == ent.region:
                    lines.append(translate("Dialogs", "⊘ %1 is from %2 like %3 %4: a substitute is needed for %3.")
                                 .replace("%1", expert.short_name).replace("%2", expert.region)
                                 .replace("%3", ent.id).replace("%4", ent.name))
        return lines

    def _update(self) -> None:
        lines = self.compatriot_lines()
        if len(set(self.chosen())) < len(self.chosen()):
            lines.insert(0, translate("Dialogs", "The same expert is chosen twice."))
        self.warning.setText("\n".join(lines) if lines else translate("Dialogs", "✓ No compatriots on this team."))
