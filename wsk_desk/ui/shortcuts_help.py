"""The keyboard at a glance (Help ▸ Keyboard): the desk is built to be used without a mouse."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def shortcuts_text() -> str:
    def t(text: str) -> str:
        return QCoreApplication.translate("Shortcuts", text)

    rows = [
        ("0-9 , .  Enter", t("type a mark; Enter stores it and moves down")),
        ("332  Enter", t("judges' scores in a row: one digit per judge")),
        ("Tab / Shift+Tab", t("store and move right / left")),
        ("Delete", t("clear the cell")),
        ("Esc", t("forget what was typed")),
        ("Ctrl+V", t("paste a block from Excel: all of it, or nothing")),
        ("Ctrl+Z / Ctrl+Y", t("undo / redo (each is recorded in the audit)")),
        ("F2", t("deduction reason of a measurement mark")),
        ("A", t("competitor absent / present for this form")),
        ("F4", t("substitute expert for a compatriot (⊘)")),
        ("Ctrl+Shift+F", t("next cell still to enter")),
        ("Ctrl+L / Ctrl+Shift+L", t("lock form / unlock form (with a reason)")),
        ("Ctrl+Shift+D", t("confirm a disagreement (⚠) with a reason")),
        ("Ctrl+Shift+T", t("marking team of the form")),
        ("Ctrl+PgUp / Ctrl+PgDown", t("previous / next form")),
        ("Ctrl+1 … Ctrl+5", t("Overview, People, Scheme, Marks, Results")),
        ("F6", t("switch between the competency list and the page")),
    ]
    return "\n".join(f"{keys}\t{what}" for keys, what in rows)
