"""The keyboard at a glance (Help ▸ Keyboard): the desk is built to be used without a mouse."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # a plain name pyside6-lupdate recognises


def shortcuts_text() -> str:
    rows = [
        ("0-9 , .  Enter", translate("Shortcuts", "type a mark; Enter stores it and moves down")),
        ("332  Enter", translate("Shortcuts", "judges' scores in a row: one digit per judge")),
        ("Tab / Shift+Tab", translate("Shortcuts", "store and move right / left")),
        ("Delete", translate("Shortcuts", "clear the cell")),
        ("Esc", translate("Shortcuts", "forget what was typed")),
        ("Ctrl+V", translate("Shortcuts", "paste a block from Excel: all of it, or nothing")),
        ("Ctrl+Z / Ctrl+Y", translate("Shortcuts", "undo / redo (each is recorded in the audit)")),
        ("F2", translate("Shortcuts", "deduction reason of a measurement mark")),
        ("A", translate("Shortcuts", "competitor absent / present for this form")),
        ("F4", translate("Shortcuts", "substitute expert for a compatriot (⊘)")),
        ("Ctrl+Shift+F", translate("Shortcuts", "next cell still to enter")),
        ("Ctrl+L / Ctrl+Shift+L", translate("Shortcuts", "lock form / unlock form (with a reason)")),
        ("Ctrl+Shift+D", translate("Shortcuts", "confirm a disagreement (⚠) with a reason")),
        ("Ctrl+Shift+T", translate("Shortcuts", "marking team of the form")),
        ("Ctrl+PgUp / Ctrl+PgDown", translate("Shortcuts", "previous / next form")),
        ("Ctrl+1 … Ctrl+5", translate("Shortcuts", "Overview, People, Scheme, Marks, Results")),
        ("F6", translate("Shortcuts", "switch between the competency list and the page")),
    ]
    return "\n".join(f"{keys}\t{what}" for keys, what in rows)
