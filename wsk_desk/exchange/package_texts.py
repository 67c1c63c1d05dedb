"""The sentences of results packages, the merge and the import options in English, Russian and Kazakh.

Same shape as message_texts.TEMPLATES (code -> (en, ru, kk)), which takes these in:
`Message(code, **params)` says them. The English is exactly what package.py, merge.py
and importing.py always said (tests and scripts match it).
"""

from __future__ import annotations

PACKAGE_TEMPLATES: dict[str, tuple[str, str, str]] = {
    # ---- reading a package (the file name comes first, as InputError's location) -------------
    "pkg_missing": ("the package does not exist.", "пакета нет.", "пакет жоқ."),
    "pkg_unreadable": ("the package cannot be read ({why}).", "пакет не читается ({why}).",
                       "пакетті оқу мүмкін емес ({why})."),
    "pkg_not_package_cut": (
        "this is not a WSK Desk results package, or its end was cut off.",
        "это не пакет результатов WSK Desk, или его конец обрезан.",
        "бұл WSK Desk нәтижелер пакеті емес немесе оның соңы кесілген."),
    "pkg_checksum": (
        "the package is damaged or was altered after it was written (its checksum does not match); ask the venue "
        "for the package again.",
        "пакет повреждён или изменён после записи (контрольная сумма не совпадает); запросите пакет с площадки "
        "ещё раз.",
        "пакет зақымдалған немесе жазылғаннан кейін өзгертілген (бақылау сомасы сәйкес келмейді); пакетті "
        "алаңнан қайта сұратыңыз."),
    "pkg_not_package": ("this is not a WSK Desk results package.", "это не пакет результатов WSK Desk.",
                        "бұл WSK Desk нәтижелер пакеті емес."),
    "pkg_newer": (
        "the package was written by a newer WSK Desk ({version}); update WSK Desk to merge it.",
        "пакет записан более новой версией WSK Desk ({version}); обновите WSK Desk, чтобы его объединить.",
        "пакетті WSK Desk-тің жаңа нұсқасы ({version}) жазған; оны біріктіру үшін WSK Desk-ті жаңартыңыз."),
    "pkg_content_sum": (
        "the package content does not match the checksum in its manifest: it was altered.",
        "содержимое пакета не совпадает с контрольной суммой в его описи: пакет изменён.",
        "пакет мазмұны оның тізімдемесіндегі бақылау сомасына сәйкес келмейді: пакет өзгертілген."),
    "pkg_content_unreadable": ("the package content cannot be read ({error}).",
                               "содержимое пакета не читается ({error}).", "пакет мазмұнын оқу мүмкін емес ({error})."),
    "pkg_lists_differ": (
        "the manifest and the content list different competencies.",
        "опись и содержимое пакета называют разные компетенции.",
        "тізімдеме мен пакет мазмұны әртүрлі құзыреттіліктерді атайды."),
    "pkg_altered": (
        "competency {code}: {problem} The package was altered; it is refused.",
        "компетенция {code}: {problem} Пакет изменён; он отклонён.",
        "{code} құзыреттілігі: {problem} Пакет өзгертілген; ол қабылданбады."),
    "pkg_lacks": ("the package lacks {part}.", "в пакете нет {part}.", "пакетте {part} жоқ."),
    "pkg_a_part": ("a part", "одной из частей", "бір бөлігі"),
    "pkg_damaged": ("the package is damaged ({error}).", "пакет повреждён ({error}).",
                    "пакет зақымдалған ({error})."),
    "pkg_manifest_unreadable": ("the package manifest cannot be read.", "опись пакета не читается.",
                                "пакет тізімдемесін оқу мүмкін емес."),
    # ---- writing a package -----------------------------------------------------------------------
    "pkg_nothing": ("{path}: there is no competency to put into a results package.",
                    "{path}: нет компетенций для пакета результатов.",
                    "{path}: нәтижелер пакетіне салатын құзыреттілік жоқ."),
    "pkg_cannot_package": (
        "Competency {code} cannot be packaged: {problem} Run `wsk-desk verify` on {file}.",
        "Компетенцию {code} нельзя упаковать: {problem} Проверьте файл {file} командой 'wsk-desk verify'.",
        "{code} құзыреттілігін пакетке салу мүмкін емес: {problem} {file} файлын 'wsk-desk verify' "
        "командасымен тексеріңіз."),
    # ---- what is wrong with one competency of a package (inside pkg_altered) ------------------
    "pc_digest": ("its content does not match the digest in the manifest.",
                  "её содержимое не совпадает с отпечатком в описи.",
                  "оның мазмұны тізімдемедегі таңбаға сәйкес келмейді."),
    "pc_last_entry": ("its last audit entry is not the one the manifest names.",
                      "её последняя запись журнала аудита не та, что названа в описи.",
                      "оның аудит журналындағы соңғы жазбасы тізімдемеде аталғандай емес."),
    "pc_unreadable": ("its content cannot be read.", "её содержимое не читается.", "оның мазмұнын оқу мүмкін емес."),
    "pc_other_code": ("it is filed under another competency's code.", "она записана под номером другой компетенции.",
                      "ол басқа құзыреттіліктің нөмірімен жазылған."),
    "pc_incomplete": ("its data is incomplete.", "её данные неполные.", "оның деректері толық емес."),
    "pc_foreign_rows": ("its table {table} holds rows of another competency.",
                        "её таблица {table} содержит строки другой компетенции.",
                        "оның {table} кестесінде басқа құзыреттіліктің жолдары бар."),
    "pc_entry_incomplete": ("an audit entry is incomplete.", "запись журнала аудита неполная.",
                            "аудит журналының жазбасы толық емес."),
    "pc_out_of_order": ("audit entry {seq} is out of order.", "запись журнала аудита {seq} стоит не по порядку.",
                        "аудит журналының {seq} жазбасы ретімен тұрмаған."),
    "pc_broken": (
        "audit entry {seq} ({action}) does not follow entry {prev}: the audit chain is broken.",
        "запись журнала аудита {seq} ({action}) не продолжает запись {prev}: цепочка журнала аудита нарушена.",
        "аудит журналының {seq} жазбасы ({action}) {prev} жазбасын жалғастырмайды: аудит тізбегі бұзылған."),
    "pc_altered": (
        "audit entry {seq} ({action}, {at}) was altered after it was written.",
        "запись журнала аудита {seq} ({action}, {at}) изменена после записи.",
        "аудит журналының {seq} жазбасы ({action}, {at}) жазылғаннан кейін өзгертілген."),
    "pc_bad_ops": ("audit entry {seq} carries changes that cannot be read.",
                   "запись журнала аудита {seq} содержит нечитаемые изменения.",
                   "аудит журналының {seq} жазбасында оқылмайтын өзгерістер бар."),
    "pc_marks_unreadable": ("its marks cannot be read.", "её оценки не читаются.", "оның бағаларын оқу мүмкін емес."),
    "pc_foreign_marks": ("it carries marks of competency {other}.", "в ней оценки компетенции {other}.",
                         "онда {other} құзыреттілігінің бағалары бар."),
    "pc_mismatch": (
        "{where}: the package holds {held}, but its audit record says {said} — the marks do not match the audit "
        "record.",
        "{where}: в пакете {held}, а по журналу аудита {said} — оценки не совпадают с журналом аудита.",
        "{where}: пакетте {held}, ал аудит журналы бойынша {said} — бағалар аудит журналына сәйкес келмейді."),
    "pc_at_absence": ("form {form}, competitor {who} (absence)", "ведомость {form}, конкурсант {who} (отсутствие)",
                      "{form} ведомосы, {who} конкурсанты (қатыспауы)"),
    "pc_at_mark": ("aspect {aspect}, competitor {who}", "аспект {aspect}, конкурсант {who}",
                   "{aspect} аспектісі, {who} конкурсанты"),
    "pc_at_score": ("aspect {aspect}, competitor {who}, judge {judge}",
                    "аспект {aspect}, конкурсант {who}, судья {judge}",
                    "{aspect} аспектісі, {who} конкурсанты, {judge} төреші"),
    "pc_nothing": ("nothing", "ничего", "ештеңе"),
    "pc_mark": ("mark {value}", "балл {value}", "{value} балл"),
    "pc_mark_reason": ("mark {value} ({reason})", "балл {value} ({reason})", "{value} балл ({reason})"),
    "pc_absence": ("an absence", "отсутствие", "қатыспау"),
    "pc_score": ("score {value}", "судейская оценка {value}", "{value} төрешілік баға"),
    # ---- the merge preview: warnings ------------------------------------------------------------
    "mrg_same_package": ("{name} is the same package as {other}; it is read once.",
                         "{name} — тот же пакет, что и {other}; он учитывается один раз.",
                         "{name} — {other} пакетімен бірдей; ол бір рет оқылады."),
    "mrg_other_championship": (
        "{name} comes from the championship “{theirs}”, the master is “{master}”.",
        "{name} — из чемпионата «{theirs}», а главный файл — «{master}».",
        "{name} — «{theirs}» чемпионатынан, ал негізгі файл — «{master}»."),
    "mrg_other_settings": (
        "{name} was scored with other settings ({keys}); the master's settings apply to the merged results.",
        "{name} подсчитан с другими настройками ({keys}); к объединённым результатам применяются настройки "
        "главного файла.",
        "{name} басқа баптаулармен есептелген ({keys}); біріктірілген нәтижелерге негізгі файлдың баптаулары "
        "қолданылады."),
    "mrg_foreign_refused": (
        "{name} comes from the championship “{theirs}”, not from “{master}” of the master: nothing was merged; "
        "add --force if it really belongs here.",
        "{name} — из чемпионата «{theirs}», а не из «{master}» главного файла: ничего не объединено; добавьте "
        "'--force', если пакет действительно относится сюда.",
        "{name} — «{theirs}» чемпионатынан, негізгі файлдың «{master}» чемпионатынан емес: ештеңе "
        "біріктірілмеді; пакет шынымен осында тиесілі болса, '--force' қосыңыз."),
    # ---- the merge: refusals --------------------------------------------------------------------
    "mrg_no_conflict": ("There is no conflict for competency {code} in this merge.",
                        "В этом объединении нет конфликта по компетенции {code}.",
                        "Бұл біріктіруде {code} құзыреттілігі бойынша қайшылық жоқ."),
    "mrg_bad_choice": ("Competency {code}: choose keep or take, not {choice}.",
                       "Компетенция {code}: выберите 'keep' или 'take', а не {choice}.",
                       "{code} құзыреттілігі: {choice} емес, 'keep' немесе 'take' таңдаңыз."),
    "mrg_reason": ("Resolving the conflict for competency {code} needs a written reason.",
                   "Для решения конфликта по компетенции {code} нужна письменная причина.",
                   "{code} құзыреттілігі бойынша қайшылықты шешу үшін жазбаша себеп керек."),
    "mrg_many_packages": (
        "Competency {code} comes from {n} different packages; merge the one to take on its own.",
        "Компетенция {code} пришла в разных пакетах ({n}); объедините нужный пакет отдельно.",
        "{code} құзыреттілігі әртүрлі пакеттерден келді ({n}); қажетті пакетті бөлек біріктіріңіз."),
    "mrg_master_changed": ("The master file changed since this preview; preview the merge again.",
                           "Главный файл изменился после предпросмотра; посмотрите объединение ещё раз.",
                           "Алдын ала қараудан кейін негізгі файл өзгерді; біріктіруді қайта қараңыз."),
    # ---- the merge preview: what a package means for a competency (MergeItem.note) -------------
    "mrg_note_superseded": ("{name} from the same source is newer.", "{name} из того же источника новее.",
                            "сол көзден келген {name} жаңарақ."),
    "mrg_note_venues": (
        "{n} different venues sent competency {code}; merge one of these packages at a time.",
        "компетенцию {code} прислали разные площадки ({n}); объединяйте эти пакеты по одному.",
        "{code} құзыреттілігін әртүрлі алаңдар жіберді ({n}); бұл пакеттерді бір-бірден біріктіріңіз."),
    "mrg_note_new": ("new competency", "новая компетенция", "жаңа құзыреттілік"),
    "mrg_note_same": ("already merged: the master holds exactly this", "уже объединено: в главном файле то же самое",
                      "біріктіріліп қойған: негізгі файлда дәл осы бар"),
    "mrg_note_older_source": ("the master already holds a later state from this source",
                              "в главном файле уже более позднее состояние из этого источника",
                              "негізгі файлда осы көзден келген кейінгі күй бар"),
    "mrg_note_other_source": (
        "the master already holds competency {code}, and it comes from another source",
        "в главном файле уже есть компетенция {code}, а пакет из другого источника",
        "негізгі файлда {code} құзыреттілігі бар, ал пакет басқа көзден келген"),
    "mrg_note_other_copy": (
        "the master already holds competency {code}, and it comes from another source (a copy of the same history)",
        "в главном файле уже есть компетенция {code}, а пакет из другого источника (копия той же истории)",
        "негізгі файлда {code} құзыреттілігі бар, ал пакет басқа көзден келген (сол тарихтың көшірмесі)"),
    "mrg_note_parted": (
        "the master already holds competency {code}, and the package's history parted from it (a file restored "
        "from a backup?)",
        "в главном файле уже есть компетенция {code}, а история пакета разошлась с ней (файл восстановлен из "
        "резервной копии?)",
        "негізгі файлда {code} құзыреттілігі бар, ал пакеттің тарихы одан ажырап кеткен (файл сақтық көшірмеден "
        "қалпына келтірілген бе?)"),
    "mrg_note_older": ("the master already holds a later state of this competency",
                       "в главном файле уже более позднее состояние этой компетенции",
                       "негізгі файлда бұл құзыреттіліктің кейінгі күйі бар"),
    "mrg_note_same_changed": ("already merged (and changed in the master since)",
                              "уже объединено (и с тех пор изменено в главном файле)",
                              "біріктіріліп қойған (содан бері негізгі файлда өзгертілген)"),
    "mrg_note_changed_here": ("competency {code} was changed in the master since its last merge",
                              "компетенция {code} изменена в главном файле после последнего объединения",
                              "{code} құзыреттілігі соңғы біріктіруден кейін негізгі файлда өзгертілген"),
    "mrg_note_revision": ("revision {old} → {new}", "редакция {old} → {new}", "нұсқа {old} → {new}"),
    "mrg_note_newer_marks": ("newer marks (audit entry {old} → {new})",
                             "более новые оценки (запись журнала аудита {old} → {new})",
                             "жаңарақ бағалар (аудит журналының жазбасы {old} → {new})"),
    # ---- import options ---------------------------------------------------------------------------
    "team_size_range": (
        "The team size must be a whole number from 1 (individual) to {max}, not {n}.",
        "Размер команды — целое число от 1 (индивидуальное участие) до {max}, а не {n}.",
        "Топ құрамы — бүтін сан: кемінде 1 (жеке қатысу), ең көбі {max}; {n} емес."),
}
