"""The storage layer's refusals in ru/kk/en, so a Russian or Kazakh desk never shows an English sentence.

Storage has no Qt, so like `domain/messages.py` these are kept as templates;
`refuse()` builds the DeskError and the UI picks the language with `text(lang)`.
English stays the exception's own message, for the CLI and the logs.
"""

from __future__ import annotations

from ..domain.errors import DeskError
from ..domain.messages import say

TEMPLATES: dict[str, dict[str, str]] = {
    "read_only": {
        "en": "The file is open read-only: changes are not possible.",
        "ru": "Файл открыт только для чтения: изменения невозможны.",
        "kk": "Файл тек оқу үшін ашылған: өзгерту мүмкін емес.",
    },
    "file_exists": {
        "en": "{path}: the file already exists; choose another name.",
        "ru": "{path}: такой файл уже есть; выберите другое имя.",
        "kk": "{path}: мұндай файл бар; басқа атау таңдаңыз.",
    },
    "no_competency": {
        "en": "There is no competency {code} in this championship.",
        "ru": "В этом чемпионате нет компетенции {code}.",
        "kk": "Бұл чемпионатта {code} құзыреттілігі жоқ.",
    },
    "no_form": {
        "en": "There is no form {form} in competency {code}.",
        "ru": "В компетенции {code} нет ведомости {form}.",
        "kk": "{code} құзыреттілігінде {form} ведомосы жоқ.",
    },
    "no_expert": {
        "en": "There is no expert {expert} in competency {code}.",
        "ru": "В компетенции {code} нет эксперта {expert}.",
        "kk": "{code} құзыреттілігінде {expert} сарапшысы жоқ.",
    },
    "unknown_substitution": {
        "en": "Unknown form {form}, competitor {entrant} or expert {expert} in competency {code}.",
        "ru": "В компетенции {code} нет ведомости {form}, конкурсанта {entrant} или эксперта {expert}.",
        "kk": "{code} құзыреттілігінде {form} ведомосы, {entrant} конкурсанты немесе {expert} сарапшысы жоқ.",
    },
    "scheme_has_marks": {
        "en": "Competency {code} already has marks: replacing its marking scheme would discard them. "
              "Use --force (audited) if that is really intended.",
        "ru": "В компетенции {code} уже есть оценки: замена схемы оценки удалит их. "
              "Если это действительно нужно, используйте --force (запишется в журнал аудита).",
        "kk": "{code} құзыреттілігінде бағалар бар: бағалау схемасын ауыстыру оларды жояды. "
              "Шынымен қажет болса, --force қолданыңыз (аудит журналына жазылады).",
    },
    "not_locked": {
        "en": "Form {form} is not locked.",
        "ru": "Ведомость {form} не закрыта.",
        "kk": "{form} ведомосы бекітілмеген.",
    },
    "unknown_cell": {
        "en": "Unknown aspect {aspect} or competitor {entrant}.",
        "ru": "Неизвестный аспект {aspect} или конкурсант {entrant}.",
        "kk": "Белгісіз аспект {aspect} немесе конкурсант {entrant}.",
    },
    "already_signed": {
        "en": "Competency {code} is already signed off (revision {revision}).",
        "ru": "Результаты компетенции {code} уже утверждены (редакция {revision}).",
        "kk": "{code} құзыреттілігінің нәтижелері бекітілген (редакция {revision}).",
    },
    "backup_missing": {
        "en": "{path}: the backup does not exist.",
        "ru": "{path}: такой резервной копии нет.",
        "kk": "{path}: мұндай сақтық көшірме жоқ.",
    },
    "backup_bad": {
        "en": "{name} cannot be restored: it is {verdict}.",
        "ru": "{name} нельзя восстановить: копия неисправна ({verdict}).",
        "kk": "{name} қалпына келтіру мүмкін емес: көшірме ақаулы ({verdict}).",
    },
    "no_folder": {
        "en": "{path}: the folder does not exist.",
        "ru": "{path}: такой папки нет.",
        "kk": "{path}: мұндай қалта жоқ.",
    },
    "restore_over_itself": {
        "en": "{name}: a backup cannot be restored over itself.",
        "ru": "{name}: резервную копию нельзя восстановить поверх неё самой.",
        "kk": "{name}: сақтық көшірмені өзінің үстіне қалпына келтіруге болмайды.",
    },
    "open_elsewhere": {
        "en": "{name} is open in {who}: close it there before restoring over it.",
        "ru": "{name} открыт в {who}: закройте его там, прежде чем восстанавливать поверх него.",
        "kk": "{name} {who} ішінде ашық: үстіне қалпына келтірмес бұрын оны сол жерде жабыңыз.",
    },
    "open_in_other_program": {
        "en": "{name} is open in another program: close it there before restoring over it.",
        "ru": "{name} открыт в другой программе: закройте его там, прежде чем восстанавливать поверх него.",
        "kk": "{name} басқа бағдарламада ашық: үстіне қалпына келтірмес бұрын оны сол жерде жабыңыз.",
    },
    "standby_same_folder": {
        "en": "{path}: the standby copy must go to another folder than the file itself.",
        "ru": "{path}: дублирующая копия должна лежать в другой папке, не там, где сам файл.",
        "kk": "{path}: қосалқы көшірме файлдың өз қалтасынан басқа қалтада болуы керек.",
    },
}


def refuse(key: str, **params: object) -> DeskError:
    """The DeskError for `key`, speaking all three languages (raise it)."""
    return DeskError.speaking(say(key, table=TEMPLATES, **params))
