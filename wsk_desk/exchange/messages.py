"""What the importers say, in the Chief Expert's language: a message is a code with parameters.

A `Message` *is* its English sentence (a `str`), so every caller that joins, prints
or compares warnings keeps working and English output is unchanged; `.text(lang)`
renders the same code and parameters in Russian or Kazakh. An `InputError` whose
reason is a Message renders its location prefix in that language too (see
`domain.errors`). The templates themselves live in `message_texts.py`.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Iterable

from ..domain.errors import DeskError
from .message_texts import FIELDS, TEMPLATES

LANGS = ("en", "ru", "kk")


def _render(value: Any, lang: str) -> str:
    """One parameter in `lang`: nested messages translated, lists joined, decimal comma in ru/kk."""
    if isinstance(value, Message):
        return value.text(lang)
    if isinstance(value, (list, tuple)):
        return ", ".join(_render(v, lang) for v in value)
    if isinstance(value, Decimal) and lang != "en":
        return str(value).replace(".", ",")
    return str(value)


class Message(str):
    """An English sentence that also knows its code and parameters, so it can be said in ru and kk."""

    code: str
    params: dict[str, Any]
    _texts: dict[str, str] | None

    def __new__(cls, code: str, /, **params: Any) -> Message:
        obj = super().__new__(cls, _fill(code, "en", params))
        obj.code, obj.params, obj._texts = code, params, None
        return obj

    @classmethod
    def from_texts(cls, code: str, texts: dict[str, str]) -> Message:
        """A sentence someone else already wrote in each language (a rule refusal, a field name)."""
        obj = super().__new__(cls, texts["en"])
        obj.code, obj.params, obj._texts = code, {}, dict(texts)
        return obj

    def text(self, lang: str = "en") -> str:
        """The sentence in `lang` (ru, kk or en); an unknown language gets the English."""
        if self._texts is not None:
            return self._texts.get(lang) or self._texts["en"]
        return _fill(self.code, lang, self.params)

    def __reduce__(self) -> tuple[Any, ...]:  # copy/deepcopy/pickle: str's default would lose the code
        return (_rebuild, (self.code, self.params, self._texts))


def _rebuild(code: str, params: dict[str, Any], texts: dict[str, str] | None) -> Message:
    return Message.from_texts(code, texts) if texts is not None else Message(code, **params)


def _fill(code: str, lang: str, params: dict[str, Any]) -> str:
    templates = TEMPLATES[code]
    template = templates[LANGS.index(lang)] if lang in LANGS else templates[0]
    return template.format(**{k: _render(v, lang) for k, v in params.items()})


def say(code: str, lang: str, **params: Any) -> str:
    """One sentence straight away, for a caller that prints rather than keeps it (the CLI)."""
    return Message(code, **params).text(lang)


def text_in(item: object, lang: str) -> str:
    """A warning or refusal in `lang` when it carries its languages, otherwise as it is."""
    text = getattr(item, "text", None)
    return text(lang) if callable(text) else str(item)


def heading(name: str, english: str | None = None) -> Message:
    """A column or field name as the Chief Expert would head it (English: the internal name, as before)."""
    ru, kk = FIELDS.get(name, (name, name))
    return Message.from_texts("field", {"en": english or name, "ru": ru, "kk": kk})


def headings(names: Iterable[str]) -> list[Message]:
    return [heading(n) for n in names]


def where(sheet: str, row: int, first_sheet: str) -> Message:
    """'row 5' on the first sheet read, "sheet 'B' row 5" on the others (as the scheme reader writes it)."""
    return Message("at_row", row=row) if sheet == first_sheet else Message("at_sheet_row", sheet=sheet, row=row)


def problem(exc: ValueError) -> Any:
    """What a ValueError from the cell helpers says: its Message when it has one, else its text."""
    first = exc.args[0] if exc.args else ""
    return first if isinstance(first, Message) else str(exc)


def rule_reason(rule: str, message: str, texts: dict[str, str]) -> Message:
    """A competition rule's refusal (RuleViolation) as a reason at a file's row, without its full stop."""
    said = {lang: (texts.get(lang) or message).rstrip(".") for lang in LANGS}
    said["en"] = message.rstrip(".")
    return Message.from_texts(f"rule_{rule}", said)


def refusal(code: str, /, **params: Any) -> DeskError:
    """A DeskError saying `code` in ru/kk/en (`DeskError.text(lang)`, `ui.texts.error_text`); str() is the English."""
    message = Message(code, **params)
    return DeskError.speaking({lang: message.text(lang) for lang in LANGS}, message)
