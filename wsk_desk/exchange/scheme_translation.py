"""Importing a marking scheme's texts in another language: the same scheme, translated, texts only.

The translated file is read by the ordinary scheme reader, then held against
the competency's scheme: every criterion, sub-criterion and aspect must be there
with the same id (look-alike-insensitive), type and max mark, or the import is
refused at the file's row naming what differs. Only texts land, so a
translation may come after marking has started, even onto locked forms.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from ..domain.errors import DeskError, InputError
from ..domain.ids import fold
from ..domain.messages import say
from ..domain.scheme import Aspect, MarkingScheme
from ..domain.scheme_texts import LANGS, translation
from .importing import ImportReport, file_checksum
from .messages import Message
from .scheme_reader import read_marking_scheme
from .workbook import file_label

KIND = {  # nominative for en/ru; kk puts the id first and uses the possessive form
    "criterion": {"en": "criterion", "ru": "критерий", "kk": "критерийі"},
    "subcriterion": {"en": "sub-criterion", "ru": "подкритерий", "kk": "ішкі критерийі"},
    "aspect": {"en": "aspect", "ru": "аспект", "kk": "аспектісі"},
}
TYPE = {"M": {"en": "measurement (M)", "ru": "измеримый (И)", "kk": "өлшенетін"},
        "J": {"en": "judgement (J)", "ru": "судейский (С)", "kk": "төрешілік"}}
LANG_NAME = {"ru": {"en": "Russian", "ru": "русском", "kk": "орыс"},
             "kk": {"en": "Kazakh", "ru": "казахском", "kk": "қазақ"},
             "en": {"en": "English", "ru": "английском", "kk": "ағылшын"}}
TEMPLATES: dict[str, dict[str, str]] = {
    "extra": {
        "en": "{kind} {id} is not in the marking scheme of competency {code}",
        "ru": "{kind} {id} отсутствует в схеме оценки компетенции {code}",
        "kk": "{id} {kind} {code} құзыреттілігінің бағалау схемасында жоқ",
    },
    "missing": {
        "en": "{kind} {id} of the marking scheme of competency {code} is missing from this file",
        "ru": "{kind} {id} из схемы оценки компетенции {code} в этом файле отсутствует",
        "kk": "{code} құзыреттілігінің бағалау схемасындағы {id} {kind} бұл файлда жоқ",
    },
    "type": {
        "en": "aspect {id} is {got} here but {have} in the marking scheme of competency {code}",
        "ru": "аспект {id} здесь {got}, а в схеме оценки компетенции {code} — {have}",
        "kk": "{id} аспектісі мұнда {got}, ал {code} құзыреттілігінің бағалау схемасында {have}",
    },
    "max": {
        "en": "aspect {id} has max mark {got} here but {have} in the marking scheme of competency {code}",
        "ru": "у аспекта {id} здесь максимальный балл {got}, а в схеме оценки компетенции {code} — {have}",
        "kk": "{id} аспектісінің ең жоғары балы мұнда {got}, ал {code} құзыреттілігінің бағалау схемасында {have}",
    },
    "no_scheme": {
        "en": "Competency {code} has no marking scheme yet: import its scheme first, then a translation.",
        "ru": "У компетенции {code} ещё нет схемы оценки: сначала импортируйте схему, затем перевод.",
        "kk": "{code} құзыреттілігінің бағалау схемасы әлі жоқ: алдымен схеманы, содан кейін аудармасын "
              "импорттаңыз.",
    },
    "bad_lang": {
        "en": "Unknown language '{lang}': choose ru, kk or en.",
        "ru": "Неизвестный язык «{lang}»: выберите ru, kk или en.",
        "kk": "Белгісіз тіл «{lang}»: ru, kk немесе en таңдаңыз.",
    },
    "landed": {
        "en": "Competency {code}: {n} texts of the marking scheme in {language} imported; marks unchanged.",
        "ru": "Компетенция {code}: импортировано текстов схемы оценки на {language} языке: {n}; оценки не "
              "изменились.",
        "kk": "{code} құзыреттілігі: бағалау схемасының {language} тіліндегі {n} мәтіні импортталды; бағалар "
              "өзгерген жоқ.",
    },
}


def said(key: str, **params: object) -> Message:
    """One of these sentences, in all three languages (str: English)."""
    return Message.from_texts(f"scheme_texts_{key}", say(key, table=TEMPLATES, **params))


def refusal(key: str, **params: object) -> DeskError:
    return DeskError.speaking(say(key, table=TEMPLATES, **params), said(key, **params))


def _number(value: Decimal) -> dict[str, str]:
    text = format(value.normalize(), "f") if value == value.to_integral() else str(value)
    return {"en": text, "ru": text.replace(".", ","), "kk": text.replace(".", ",")}


def _items(scheme: MarkingScheme) -> dict[str, tuple[str, str, Aspect | None]]:
    """fold(id) -> (kind, id, the aspect for an aspect), in scheme order."""
    out: dict[str, tuple[str, str, Aspect | None]] = {}
    for c in scheme.criteria:
        out[fold(c.id)] = ("criterion", c.id, None)
        for sub in c.subcriteria:
            out[fold(sub.id)] = ("subcriterion", sub.id, None)
            out.update({fold(a.id): ("aspect", a.id, a) for a in sub.aspects})
    return out


def structure_problem(scheme: MarkingScheme, translated: MarkingScheme, code: str) -> tuple[Message, str] | None:
    """The first difference in structure and the id of the file's item where it shows; None when they match."""
    ours, theirs = _items(scheme), _items(translated)
    for key, (kind, item, aspect) in theirs.items():  # in file order: the first row that is wrong
        if key not in ours:
            return said("extra", kind=KIND[kind], id=item, code=code), item
        have = ours[key][2]
        if aspect is None or have is None:
            continue
        if aspect.type is not have.type:
            return said("type", id=item, got=TYPE[aspect.type.value], have=TYPE[have.type.value], code=code), item
        if aspect.max_mark != have.max_mark:
            return said("max", id=item, got=_number(aspect.max_mark), have=_number(have.max_mark), code=code), item
    for key, (kind, item, _) in ours.items():
        if key not in theirs:  # shown at the file's parent item (the sub-criterion of a missing aspect)
            parent = {"aspect": item.rsplit(".", 1)[0], "subcriterion": item[:1]}.get(kind, "")
            found = theirs.get(fold(parent)) if parent else None
            return said("missing", kind=KIND[kind], id=item, code=code), found[1] if found else ""
    return None


def import_scheme_texts(champ, path: str | Path, code: str, lang: str) -> ImportReport:
    """Store the texts of a translated marking-scheme file as the competency's `lang` texts, all or nothing."""
    if lang not in LANGS:
        raise refusal("bad_lang", lang=lang)
    comp = champ.competency(code)  # refuses an unknown competency in a sentence
    scheme = champ.scheme(comp.code)
    if not scheme.criteria:
        raise refusal("no_scheme", code=comp.code)
    result = read_marking_scheme(path)
    problem = structure_problem(scheme, result.scheme, comp.code)
    if problem is not None:
        reason, item = problem
        first_sheet = next(iter(result.places.values()), ("", 0))[0]
        sheet, row = result.places.get(item, (first_sheet, None))
        raise InputError(reason, file=file_label(path), sheet=sheet, row=row)
    texts = translation(scheme, result.scheme, lang)
    champ.replace_scheme_texts(comp.code, lang, texts, source=file_label(path), checksum=file_checksum(path))
    return ImportReport(len(texts), [], [comp.code])


def landed_message(report: ImportReport, lang: str) -> Message:
    """What the CLI and the desk say after an import, in every language."""
    return said("landed", code=report.competencies[0], n=report.landed, language=LANG_NAME[lang])
