"""Refusals in the three languages of the desk, so the status bar speaks the Chief Expert's language.

The domain has no Qt, so these sentences cannot go through Qt Linguist; like
`explain.py`, they are kept here as ru/kk/en templates. `say()` gives all
three at once; the UI picks the current language with `DeskError.text(lang)`.
"""

from __future__ import annotations

LANGS = ("en", "ru", "kk")

TEMPLATES: dict[str, dict[str, str]] = {
    "number": {
        "en": "'{value}' is not a number.",
        "ru": "«{value}» — не число.",
        "kk": "«{value}» — сан емес.",
    },
    "range_mark": {
        "en": "{value} is outside 0 to {max} for aspect {aspect}.",
        "ru": "{value} вне диапазона от 0 до {max} для аспекта {aspect}.",
        "kk": "{value} — {aspect} аспектісі үшін 0-ден {max}-ға дейінгі аралықтан тыс.",
    },
    "decimals": {
        "en": "{value} has more than 2 decimals.",
        "ru": "У {value} больше двух знаков после запятой.",
        "kk": "{value} санында үтірден кейін екі таңбадан көп.",
    },
    "range_score": {
        "en": "A judge's score is 0, 1, 2 or 3, not {value}.",
        "ru": "Судейская оценка — 0, 1, 2 или 3, а не {value}.",
        "kk": "Төрешілік баға — 0, 1, 2 немесе 3, {value} емес.",
    },
    "locked": {
        "en": "Form {form} is locked: unlock it, with a reason, to change marks.",
        "ru": "Ведомость {form} закрыта: чтобы изменить оценки, откройте её с указанием причины.",
        "kk": "{form} ведомосі жабық: бағаларды өзгерту үшін оны себебін көрсетіп ашыңыз.",
    },
    "type_judgement": {
        "en": "{aspect} is a judgement aspect: enter the judges' scores 0-3.",
        "ru": "{aspect} — судейский аспект: введите оценки судей 0-3.",
        "kk": "{aspect} — төрешілік аспект: төрешілердің 0-3 бағаларын енгізіңіз.",
    },
    "type_measurement": {
        "en": "{aspect} is a measurement aspect: enter a mark, not judges' scores.",
        "ru": "{aspect} — измеримый аспект: введите балл, а не оценки судей.",
        "kk": "{aspect} — өлшенетін аспект: төрешілер бағасын емес, балды енгізіңіз.",
    },
    "unknown_aspect": {
        "en": "There is no aspect {aspect} in this marking scheme.",
        "ru": "В этой схеме оценки нет аспекта {aspect}.",
        "kk": "Бұл бағалау схемасында {aspect} аспектісі жоқ.",
    },
    "unknown_competitor": {
        "en": "There is no competitor {who} in this competency.",
        "ru": "В этой компетенции нет конкурсанта {who}.",
        "kk": "Бұл құзыреттілікте {who} конкурсанты жоқ.",
    },
    "unknown_expert": {
        "en": "There is no expert {expert} in this competency.",
        "ru": "В этой компетенции нет эксперта {expert}.",
        "kk": "Бұл құзыреттілікте {expert} сарапшысы жоқ.",
    },
    "unknown_form": {
        "en": "There is no form {form} in this marking scheme.",
        "ru": "В этой схеме оценки нет ведомости {form}.",
        "kk": "Бұл бағалау схемасында {form} ведомосі жоқ.",
    },
    "team": {
        "en": "{expert} is not on the marking team of form {form} for {who}.",
        "ru": "{expert} не входит в оценочную группу ведомости {form} для {who}.",
        "kk": "{expert} {form} ведомосінің {who} үшін бағалау тобында жоқ.",
    },
    "reason_unlock": {
        "en": "Unlocking a form needs a written reason.",
        "ru": "Чтобы открыть ведомость, укажите причину.",
        "kk": "Ведомосты ашу үшін себебін жазыңыз.",
    },
    "reason_confirm": {
        "en": "Confirming a disagreement needs a written reason.",
        "ru": "Чтобы подтвердить расхождение, укажите причину.",
        "kk": "Алшақтықты растау үшін себебін жазыңыз.",
    },
    "reason_revision": {
        "en": "A corrected sign-off (a new revision) needs a written reason.",
        "ru": "Для исправленного утверждения (новой редакции) укажите причину.",
        "kk": "Түзетілген бекіту (жаңа редакция) үшін себебін жазыңыз.",
    },
    "lock_blocked": {
        "en": "Form {form} cannot be locked: {reasons}",
        "ru": "Ведомость {form} нельзя закрыть: {reasons}",
        "kk": "{form} ведомосін жабуға болмайды: {reasons}",
    },
    "signoff_open": {
        "en": "Every form must be locked before sign-off; still open: {forms}.",
        "ru": "Перед утверждением все ведомости должны быть закрыты; ещё открыты: {forms}.",
        "kk": "Бекіту алдында барлық ведомость жабылуы керек; әлі ашық: {forms}.",
    },
    "signoff_no_scheme": {
        "en": "Competency {code} has no marking scheme to sign off.",
        "ru": "У компетенции {code} нет схемы оценки для утверждения.",
        "kk": "{code} құзыреттілігінде бекітуге бағалау схемасы жоқ.",
    },
}


def say(key: str, table: dict[str, dict[str, str]] | None = None, **params: object) -> dict[str, str]:
    """The sentence `key` (of `table`, by default these) in every language, with its parameters filled in."""
    templates = (TEMPLATES if table is None else table)[key]
    out = {}
    for lang in LANGS:
        values = {k: (v.get(lang, v.get("en")) if isinstance(v, dict) else v) for k, v in params.items()}
        out[lang] = templates[lang].format(**values)
    return out
