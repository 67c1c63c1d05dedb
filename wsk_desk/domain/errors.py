"""Errors a person can read: what is wrong and exactly where."""

from __future__ import annotations


class DeskError(Exception):
    """Any refusal the desk explains to the user in one sentence (never a traceback)."""

    texts: dict[str, str] = {}  # the same sentence in ru/kk/en, where the raiser knows them

    def text(self, lang: str = "en") -> str:
        """The sentence in `lang` when known, otherwise as raised."""
        return self.texts.get(lang) or str(self)


class RuleViolation(DeskError):
    """An entry that breaks a competition rule (range, compatriot, locked form...)."""

    def __init__(self, rule: str, message: str | dict[str, str]):
        texts = message if isinstance(message, dict) else {}
        message = texts.get("en", "") if texts else message
        super().__init__(message)
        self.rule = rule  # short rule code, e.g. "compatriot", "range", "locked"
        self.message = message
        self.texts = texts


class InputError(DeskError):
    """Bad input from a file: names the file, sheet, row, column and what is wrong."""

    def __init__(self, message: str, *, file: str = "", sheet: str = "", row: int | None = None,
                 column: str = ""):
        self.file, self.sheet, self.row, self.column, self.reason = file, sheet, row, column, message
        super().__init__(self.located())

    def located(self) -> str:
        where = []
        if self.file:
            where.append(self.file)
        if self.sheet:
            where.append(f"sheet '{self.sheet}'")
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column:
            where.append(f"column '{self.column}'")
        return (", ".join(where) + ": " if where else "") + self.reason
