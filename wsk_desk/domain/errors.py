"""Errors a person can read: what is wrong and exactly where."""

from __future__ import annotations


class DeskError(Exception):
    """Any refusal the desk explains to the user in one sentence (never a traceback)."""

    texts: dict[str, str] = {}  # the same sentence in ru/kk/en, where the raiser knows them

    @classmethod
    def speaking(cls, texts: dict[str, str], message: str | None = None) -> "DeskError":
        """A refusal that knows its sentence in ru/kk/en; str() is `message`, by default the English."""
        error = cls(texts["en"] if message is None else message)
        error.texts = texts
        return error

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


# The location prefix of an InputError in each language (the reason brings its own translations).
_WHERE = {"en": ("sheet '{}'", "row {}", "column '{}'"),
          "ru": ("лист «{}»", "строка {}", "столбец «{}»"),
          "kk": ("парақ «{}»", "жол {}", "баған «{}»")}


def _said(value: object, lang: str) -> str:
    text = getattr(value, "text", None)
    return text(lang) if callable(text) else str(value)


class InputError(DeskError):
    """Bad input from a file: names the file, sheet, row, column and what is wrong.

    `message` may be a plain sentence or a message that renders itself per language
    (exchange.messages.Message: a str with `.code`, `.params` and `.text(lang)`); then
    `text(lang)` gives the whole sentence, location included, in ru or kk.
    """

    def __init__(self, message: str, *, file: str = "", sheet: str = "", row: int | None = None,
                 column: str = ""):
        self.file, self.sheet, self.row, self.column, self.reason = file, sheet, row, column, message
        self.code: str = getattr(message, "code", "")
        self.params: dict = dict(getattr(message, "params", {}))
        super().__init__(self.located())

    def located(self, lang: str = "en") -> str:
        sheet, row, column = _WHERE.get(lang, _WHERE["en"])
        where = []
        if self.file:
            where.append(self.file)
        if self.sheet:
            where.append(sheet.format(self.sheet))
        if self.row is not None:
            where.append(row.format(self.row))
        if self.column:
            where.append(column.format(_said(self.column, lang)))
        return (", ".join(where) + ": " if where else "") + _said(self.reason, lang)

    def text(self, lang: str = "en") -> str:
        """The sentence in `lang`; a reason raised as plain English stays wholly English, never half translated."""
        if lang == "en" or not callable(getattr(self.reason, "text", None)):
            return str(self)
        return self.located(lang)
