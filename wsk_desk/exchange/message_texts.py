"""The sentences of the importers in English, Russian and Kazakh: code -> (en, ru, kk).

Kept apart from the readers so a translator reviews one file. The English text is
exactly what the readers always said (tests and scripts match it); ru and kk use
the desk's words (domain.md §1) and the same {placeholders}. Text in 'single
quotes' is a literal the file must contain (a header, a format name) and stays as is.
"""

from __future__ import annotations

TEMPLATES: dict[str, tuple[str, str, str]] = {
    # ---- where in a file (inside warnings; InputError builds its own prefix) -----------------
    "at_row": ("row {row}", "строка {row}", "жол {row}"),
    "at_sheet_row": ("sheet '{sheet}' row {row}", "лист «{sheet}», строка {row}", "парақ «{sheet}», жол {row}"),
    "at_named_row": ("{sheet} row {row}", "{sheet}, строка {row}", "{sheet}, жол {row}"),
    # ---- opening a file ----------------------------------------------------------------------
    "file_not_found": ("file not found", "файл не найден", "файл табылмады"),
    "is_folder": ("this is a folder, not a file", "это папка, а не файл", "бұл файл емес, қалта"),
    "too_big": ("file is larger than {mb} MB", "файл больше {mb} МБ", "файл {mb} МБ-тан үлкен"),
    "unreadable": ("file cannot be read ({why})", "файл не читается ({why})", "файлды оқу мүмкін емес ({why})"),
    "empty_bytes": ("file is empty (0 bytes)", "файл пустой (0 байт)", "файл бос (0 байт)"),
    "password": (
        "workbook is password-protected; remove the password in Excel (File > Info > Protect Workbook) "
        "and save again",
        "книга защищена паролем; снимите пароль в Excel (Файл > Сведения > Защита книги) и сохраните её снова",
        "кітап құпиясөзбен қорғалған; Excel-де құпиясөзді алып тастаңыз (Файл > Мәліметтер > Кітапты "
        "қорғау) және қайта сақтаңыз"),
    "old_xls": (
        "this is an old Excel 97-2003 (.xls) file; save it as .xlsx",
        "это файл старого формата Excel 97-2003 (.xls); сохраните его как .xlsx",
        "бұл Excel 97-2003 ескі пішіміндегі файл (.xls); оны .xlsx ретінде сақтаңыз"),
    "not_xlsx": (
        "not an Excel .xlsx workbook (the content is {kind})",
        "это не книга Excel .xlsx (внутри {kind})",
        "бұл Excel .xlsx кітабы емес (ішінде {kind})"),
    "kind_html": ("an HTML page", "HTML-страница", "HTML беті"),
    "kind_pdf": ("a PDF", "PDF-документ", "PDF құжаты"),
    "kind_other": ("text or another format", "текст или другой формат", "мәтін немесе басқа пішім"),
    "bad_zip": (
        "the xlsx file is damaged or incomplete (not a valid zip archive)",
        "файл xlsx повреждён или загружен не полностью (это не zip-архив)",
        "xlsx файлы зақымдалған немесе толық жүктелмеген (жарамды zip мұрағаты емес)"),
    "bad_xlsx": (
        "the file cannot be read as an xlsx workbook ({error})",
        "файл не читается как книга xlsx ({error})",
        "файлды xlsx кітабы ретінде оқу мүмкін емес ({error})"),
    "bad_sheet": ("the sheet cannot be read ({error})", "лист не читается ({error})",
                  "парақты оқу мүмкін емес ({error})"),
    "cannot_write": ("cannot write the file ({why})", "не удаётся записать файл ({why})",
                     "файлды жазу мүмкін емес ({why})"),
    # ---- numbers in cells --------------------------------------------------------------------
    "not_number": ("'{value}' is not a number", "«{value}» — не число", "«{value}» — сан емес"),
    "value_blank": ("the value is empty", "значение не заполнено", "мәні толтырылмаған"),
    "too_large_mark": ("{value} is too large to be a mark", "{value} — слишком большое число для балла",
                       "{value} балл үшін тым үлкен сан"),
    "decimals": ("{value} has more than 2 decimals", "у {value} больше двух знаков после запятой",
                 "{value} санында үтірден кейін екі таңбадан көп"),
    "bad_number": ("{what}: {problem}", "{what}: {problem}", "{what}: {problem}"),
    "criterion_total": ("criterion total", "сумма критерия", "критерий жиыны"),
    "max_mark": ("max mark", "максимальный балл", "ең жоғары балл"),
    "judgement_score": ("judgement score", "судейская оценка", "төрешілік баға"),
    # ---- marking scheme: refusals ------------------------------------------------------------
    "sub_before_criterion": (
        "sub-criterion number {number} comes before any criterion row (a row with a criterion letter in "
        "the id column)",
        "подкритерий номер {number} стоит раньше строки критерия (строки с буквой критерия в столбце кода)",
        "{number} нөмірлі ішкі критерий критерий жолынан бұрын тұр (код бағанында критерий әрпі бар жол)"),
    "bad_sub_id": (
        "'{id}' is not a sub-criterion id (expected a letter and a number such as A1, a criterion letter, "
        "or a number)",
        "«{id}» — не код подкритерия (нужны буква и номер, например A1, буква критерия или номер)",
        "«{id}» — ішкі критерий коды емес (әріп пен нөмір, мысалы A1, критерий әрпі немесе нөмір керек)"),
    "sub_twice": ("sub-criterion {id} appears twice (first at {where})",
                  "подкритерий {id} встречается дважды (первый раз — {where})",
                  "{id} ішкі критерийі екі рет кездеседі (алғаш рет — {where})"),
    "criterion_twice": ("criterion {id} appears twice (first at {where})",
                        "критерий {id} встречается дважды (первый раз — {where})",
                        "{id} критерийі екі рет кездеседі (алғаш рет — {where})"),
    "aspect_before_sub": ("aspect comes before any sub-criterion row", "аспект стоит раньше строки подкритерия",
                          "аспект ішкі критерий жолынан бұрын тұр"),
    "no_description": ("aspect has no description", "у аспекта нет описания", "аспектінің сипаттамасы жоқ"),
    "no_max": ("aspect has no max mark", "у аспекта нет максимального балла", "аспектінің ең жоғары балы жоқ"),
    "negative_max": ("max mark {max} is negative", "максимальный балл {max} отрицательный",
                     "ең жоғары балл {max} — теріс сан"),
    "max_too_large": ("max mark {max} is too large for one aspect",
                      "максимальный балл {max} слишком велик для одного аспекта",
                      "ең жоғары балл {max} бір аспект үшін тым үлкен"),
    "judgement_zero": ("judgement aspect has max mark 0", "у судейского аспекта максимальный балл 0",
                       "төрешілік аспектінің ең жоғары балы 0"),
    "unknown_type": (
        "aspect type '{type}' is not known (use M or O for measurement, J for judgement; И or С in Russian "
        "files)",
        "тип аспекта «{type}» неизвестен (И, M или O — измеримая оценка; С или J — судейская)",
        "«{type}» аспект түрі белгісіз (M немесе O — өлшенетін баға, J — төрешілік баға; орысша файлдарда "
        "И немесе С)"),
    "max_no_type": ("a row with a max mark has no aspect type",
                    "в строке с максимальным баллом не указан тип аспекта",
                    "ең жоғары балы бар жолда аспект түрі көрсетілмеген"),
    "no_type": ("aspect row has no aspect type", "в строке аспекта не указан тип аспекта",
                "аспект жолында аспект түрі көрсетілмеген"),
    "descriptor_twice": ("judgement score {score} is described twice for this aspect",
                         "судейская оценка {score} описана для этого аспекта дважды",
                         "{score} төрешілік бағасы осы аспект үшін екі рет сипатталған"),
    "score_not_0_3": ("judgement score {score} is not 0, 1, 2 or 3",
                      "судейская оценка {score} — не 0, 1, 2 или 3",
                      "{score} төрешілік бағасы 0, 1, 2 немесе 3 емес"),
    "no_scheme_header": (
        "no marking-scheme header found: expected a row with the columns 'Sub Criteria ID', 'Aspect Type', "
        "'Aspect - Description' and 'Max Mark' (or 'Код', 'Тип аспекта', 'Аспект', 'Макс. балл')",
        "не найден заголовок схемы оценки: нужна строка со столбцами «Код», «Тип аспекта», «Аспект» и "
        "«Макс. балл» (или 'Sub Criteria ID', 'Aspect Type', 'Aspect - Description', 'Max Mark')",
        "бағалау схемасының тақырып жолы табылмады: «Код», «Тип аспекта», «Аспект» және «Макс. балл» "
        "(немесе 'Sub Criteria ID', 'Aspect Type', 'Aspect - Description', 'Max Mark') бағандары бар жол керек"),
    "no_subs": ("the marking-scheme header was found, but no sub-criteria below it",
                "заголовок схемы оценки найден, но под ним нет подкритериев",
                "бағалау схемасының тақырыбы табылды, бірақ оның астында ішкі критерийлер жоқ"),
    # ---- marking scheme: warnings ------------------------------------------------------------
    "zero_max": ("{where}: aspect has max mark 0", "{where}: у аспекта максимальный балл 0",
                 "{where}: аспектінің ең жоғары балы 0"),
    "orphan_extra": ("{where}: an extra description without an aspect above it is ignored",
                     "{where}: дополнительное описание без аспекта над ним пропущено",
                     "{where}: үстінде аспектісі жоқ қосымша сипаттама ескерілмеді"),
    "orphan_name": ("{where}: a sub-criterion name without an id is ignored",
                    "{where}: название подкритерия без кода пропущено",
                    "{where}: коды жоқ ішкі критерий атауы ескерілмеді"),
    "no_aspects": ("{where}: sub-criterion {id} has no aspects", "{where}: в подкритерии {id} нет аспектов",
                   "{where}: {id} ішкі критерийінде аспектілер жоқ"),
    "no_subcriteria": ("{where}: criterion {id} has no sub-criteria", "{where}: в критерии {id} нет подкритериев",
                       "{where}: {id} критерийінде ішкі критерийлер жоқ"),
    "criterion_sum": ("{where}: criterion {id} gives a total of {file}, but its aspects add up to {sum}",
                      "{where}: у критерия {id} указана сумма {file}, но его аспекты дают в сумме {sum}",
                      "{where}: {id} критерийінің жиыны {file} деп көрсетілген, бірақ оның аспектілерінің "
                      "қосындысы {sum}"),
    "subjective": ("type S (subjective) read as judgement (J): {rows}",
                   "тип S (субъективная оценка) прочитан как судейская оценка (J): {rows}",
                   "S түрі (субъективті баға) төрешілік баға (J) ретінде оқылды: {rows}"),
    "file_total": ("{where}: the file gives a total of {value}, but the aspects add up to {total}",
                   "{where}: в файле указана сумма {value}, но аспекты дают в сумме {total}",
                   "{where}: файлда жиыны {value} деп көрсетілген, бірақ аспектілердің қосындысы {total}"),
    "not_100": ("the aspects add up to {total} marks, not 100", "сумма баллов аспектов — {total}, а не 100",
                "аспектілер балдарының қосындысы — {total}, 100 емес"),
    "descriptors": ("{where}: judgement aspect {id} has descriptors for {have}; expected 0, 1, 2 and 3",
                    "{where}: описания оценок судейского аспекта {id}: {have}; нужны 0, 1, 2 и 3",
                    "{where}: {id} төрешілік аспектісінің баға сипаттамалары: {have}; 0, 1, 2 және 3 керек"),
    "none": ("none", "нет", "жоқ"),
    "script": ("{where}: {what} '{shown}' is written with a {script} letter among {target} ids; read as '{new}'",
               "{where}: {what} «{shown}» написан {script} буквой среди {target} кодов; прочитан как «{new}»",
               "{where}: {what} «{shown}» {target} кодтар арасында {script} әрпімен жазылған; «{new}» деп оқылды"),
    "sub_id": ("sub-criterion id", "код подкритерия", "ішкі критерий коды"),
    "criterion_id": ("criterion id", "код критерия", "критерий коды"),
    "latin_letter": ("latin", "латинской", "латын"),
    "cyrillic_letter": ("cyrillic", "кириллической", "кирилл"),
    "latin_ids": ("latin", "латинских", "латын"),
    "cyrillic_ids": ("cyrillic", "кириллических", "кирилл"),
    # ---- people list -------------------------------------------------------------------------
    "no_header": ("no header row found (expected the columns {names})",
                  "не найдена строка заголовков (нужны столбцы {names})",
                  "тақырып жолы табылмады ({names} бағандары керек)"),
    "column_missing": ("the column '{column}' is missing", "нет столбца «{column}»", "«{column}» бағаны жоқ"),
    "field_empty": ("{field} is empty", "не заполнено поле «{field}»", "«{field}» өрісі толтырылмаған"),
    "region_twice": ("region {code} is listed twice (first at row {row})",
                     "регион {code} указан дважды (впервые в строке {row})",
                     "{code} өңірі екі рет көрсетілген (алғаш рет {row}-жолда)"),
    "region_no_name": ("region {code} has no name", "у региона {code} нет названия", "{code} өңірінің атауы жоқ"),
    "unknown_region": (
        "region '{region}' is not known: add it to the championship or to the regions sheet of this file",
        "регион «{region}» неизвестен: добавьте его в чемпионат или на лист регионов этого файла",
        "«{region}» өңірі белгісіз: оны чемпионатқа немесе осы файлдың өңірлер парағына қосыңыз"),
    "unknown_competency": ("competency '{competency}' is not in this championship (known: {known})",
                           "компетенции «{competency}» нет в этом чемпионате (есть: {known})",
                           "«{competency}» құзыреттілігі бұл чемпионатта жоқ (барлары: {known})"),
    "none_yet": ("none yet", "пока нет", "әзірге жоқ"),
    "competitor_twice": ("competitor id {id} appears twice in competency {code} (first at row {row})",
                         "код конкурсанта {id} встречается в компетенции {code} дважды (впервые в строке {row})",
                         "{id} конкурсант коды {code} құзыреттілігінде екі рет кездеседі (алғаш рет {row}-жолда)"),
    "team_required": ("competency {code} is a team competency (teams of {size}): the team is required",
                      "компетенция {code} командная (команды по {size}): укажите команду",
                      "{code} құзыреттілігі командалық ({size} адамнан): команданы көрсетіңіз"),
    "team_mixes_regions": ("team {team} mixes regions ({regions})",
                           "в команде {team} конкурсанты из разных регионов ({regions})",
                           "{team} командасында әртүрлі өңірлердің конкурсанттары бар ({regions})"),
    "bad_date": ("'{value}' is not a date (use 2007-03-21 or 21.03.2007)",
                 "«{value}» — не дата (пишите 2007-03-21 или 21.03.2007)",
                 "«{value}» — дұрыс күн емес (2007-03-21 немесе 21.03.2007 деп жазыңыз)"),
    "expert_twice": ("expert id {id} appears twice in competency {code} (first at row {row})",
                     "код эксперта {id} встречается в компетенции {code} дважды (впервые в строке {row})",
                     "{id} сарапшы коды {code} құзыреттілігінде екі рет кездеседі (алғаш рет {row}-жолда)"),
    "unknown_role": ("role '{role}' is not known (use chief, deputy or expert)",
                     "роль «{role}» неизвестна (пишите: главный эксперт, заместитель главного эксперта или эксперт)",
                     "«{role}» рөлі белгісіз (бас сарапшы, бас сарапшының орынбасары немесе сарапшы деп жазыңыз)"),
    "second_chief": ("competency {code} already has a chief expert (row {row})",
                     "у компетенции {code} уже есть главный эксперт (строка {row})",
                     "{code} құзыреттілігінде бас сарапшы бұрыннан бар ({row}-жол)"),
    "no_people_sheets": (
        "no sheet named regions, competitors or experts (or регионы, конкурсанты, эксперты / өңірлер, "
        "конкурсанттар, сарапшылар)",
        "нет листа с названием «регионы», «конкурсанты» или «эксперты» (или 'regions', 'competitors', "
        "'experts' / «өңірлер», «конкурсанттар», «сарапшылар»)",
        "«өңірлер», «конкурсанттар» немесе «сарапшылар» деген парақ жоқ (немесе 'regions', 'competitors', "
        "'experts' / «регионы», «конкурсанты», «эксперты»)"),
    "team_unused": ("{where}: competency {code} is not a team competency; team '{team}' is kept but not used",
                    "{where}: компетенция {code} не командная; команда «{team}» сохранена, но не используется",
                    "{where}: {code} құзыреттілігі командалық емес; «{team}» командасы сақталды, бірақ "
                    "қолданылмайды"),
    "team_size": ("{where}: team {team} has {n} members, but competency {code} has teams of {size}",
                  "{where}: в команде {team} участников: {n}, а в компетенции {code} команды по {size}",
                  "{where}: {team} командасында {n} мүше бар, ал {code} құзыреттілігінде командалар {size} "
                  "адамнан"),
    "expert_is_competitor": ("{where}: expert id {id} is also a competitor id in competency {code}",
                             "{where}: код эксперта {id} совпадает с кодом конкурсанта в компетенции {code}",
                             "{where}: {id} сарапшы коды {code} құзыреттілігіндегі конкурсант кодымен бірдей"),
    "no_chief": ("{sheet}: competency {code} has no chief expert",
                 "{sheet}: у компетенции {code} нет главного эксперта",
                 "{sheet}: {code} құзыреттілігінде бас сарапшы жоқ"),
    "no_sheet": ("the file has no {kind} sheet", "в файле нет листа «{kind}»", "файлда «{kind}» парағы жоқ"),
    # ---- marks -------------------------------------------------------------------------------
    "column_missing_needed": ("the column '{column}' is missing (columns needed: {names})",
                              "нет столбца «{column}» (нужны столбцы: {names})",
                              "«{column}» бағаны жоқ (керек бағандар: {names})"),
    "aspect_empty": ("aspect is empty (only an ABS row may leave it empty)",
                     "не заполнен аспект (пустым его может оставить только строка ABS или Н/Я)",
                     "аспект толтырылмаған (оны тек ABS жолы бос қалдыра алады)"),
    "not_aspect_of_form": (
        "aspect '{aspect}' is not an aspect of form '{form}' (aspect ids are <form>.<n>, e.g. {form}.1)",
        "«{aspect}» — не аспект ведомости «{form}» (код аспекта: <ведомость>.<n>, например {form}.1)",
        "«{aspect}» — «{form}» ведомосінің аспектісі емес (аспект коды: <ведомость>.<n>, мысалы {form}.1)"),
    "mark_twice": ("this mark was already given at row {row}", "эта оценка уже указана в строке {row}",
                   "бұл баға {row}-жолда берілген"),
    "value_empty": ("value is empty (a number, or ABS for an absent competitor)",
                    "не заполнен балл (нужно число или ABS для отсутствующего конкурсанта)",
                    "балл толтырылмаған (сан немесе келмеген конкурсант үшін ABS керек)"),
    "bad_value": ("{problem} (a number, or ABS for an absent competitor)",
                  "{problem} (нужно число или ABS для отсутствующего конкурсанта)",
                  "{problem} (сан немесе келмеген конкурсант үшін ABS керек)"),
    "not_utf8": ("the file is not UTF-8 text; save it as 'CSV UTF-8'",
                 "файл не в кодировке UTF-8; сохраните его как 'CSV UTF-8'",
                 "файл UTF-8 мәтіні емес; оны 'CSV UTF-8' ретінде сақтаңыз"),
    "binary_csv": ("the file is binary, not CSV text", "файл двоичный, а не текст CSV", "файл екілік, CSV мәтіні емес"),
    "bad_csv": ("the CSV cannot be read ({error})", "CSV не читается ({error})",
                "CSV файлын оқу мүмкін емес ({error})"),
    "file_empty": ("the file is empty", "файл пустой", "файл бос"),
    "no_competency": ("there is no competency {code} in this championship", "в этом чемпионате нет компетенции {code}",
                      "бұл чемпионатта {code} құзыреттілігі жоқ"),
    "judge_needed": ("aspect {aspect} is a judgement aspect: the judge column must name the expert",
                     "аспект {aspect} судейский: в столбце эксперта укажите эксперта",
                     "{aspect} — төрешілік аспект: сарапшы бағанында сарапшыны көрсетіңіз"),
    "no_marks": ("the file holds no marks", "в файле нет оценок", "файлда бағалар жоқ"),
    "marked_then_absent": (
        "competitor {who} has a mark in form {form} at row {row}, so this row cannot mark them absent from it",
        "у конкурсанта {who} есть оценка в ведомости {form} в строке {row}, поэтому эта строка не может отметить "
        "его отсутствующим в ней",
        "{who} конкурсантының {form} ведомосінде {row}-жолда бағасы бар, сондықтан бұл жол оны осы ведомосте "
        "келмеген деп белгілей алмайды"),
    "absent_then_marked": (
        "competitor {who} is marked absent from form {form} at row {row}, so this row cannot give them a mark in it",
        "конкурсант {who} отмечен отсутствующим в ведомости {form} в строке {row}, поэтому эта строка не может "
        "поставить ему оценку в ней",
        "{who} конкурсанты {form} ведомосінде {row}-жолда келмеген деп белгіленген, сондықтан бұл жол оған осы "
        "ведомосте баға қоя алмайды"),
    "loose_team": (
        "competency {code} has teams of {size}, but {n} of its competitors have no team ({ids}); each of them "
        "counts as a team of one until the people list gives their teams",
        "в компетенции {code} команды по {size}, но у {n} её конкурсантов нет команды ({ids}); каждый из них "
        "считается командой из одного человека, пока список участников не укажет их команды",
        "{code} құзыреттілігінде командалар {size} адамнан, бірақ оның {n} конкурсантының командасы жоқ ({ids}); "
        "қатысушылар тізімі олардың командасын көрсеткенше, әрқайсысы бір адамдық команда болып саналады"),
    # ---- the command line ----------------------------------------------------------------------
    "cli_warning": ("warning: {text}", "предупреждение: {text}", "ескерту: {text}"),
    "cli_scheme": ("Imported the marking scheme of {code}: {n} aspects.",
                   "Схема оценки компетенции {code} импортирована: аспектов {n}.",
                   "{code} құзыреттілігінің бағалау схемасы импортталды: аспектілер {n}."),
    "cli_people": ("Imported {n} people for {codes}.", "Импортировано конкурсантов и экспертов: {n} ({codes}).",
                   "Импортталған конкурсанттар мен сарапшылар: {n} ({codes})."),
    "no_competency_word": ("no competency", "нет компетенций", "құзыреттілік жоқ"),
    "cli_marks": ("Imported {n} marks into {codes}.", "Импортировано оценок: {n} ({codes}).",
                  "Импортталған бағалар: {n} ({codes})."),
    "cli_totals": ("{n} aspects ({m} measurement, {j} judgement), total {total}",
                   "аспектов: {n} (измеримых: {m}, судейских: {j}), сумма {total}",
                   "аспектілер: {n} (өлшенетін: {m}, төрешілік: {j}), жиыны {total}"),
}

# Column and field names as the readers accept them in each language (header patterns match these).
FIELDS: dict[str, tuple[str, str]] = {
    "id": ("код", "нөмір"), "code": ("код", "коды"), "surname": ("фамилия", "тегі"),
    "given_name": ("имя", "аты"), "patronymic": ("отчество", "әкесінің аты"), "region": ("регион", "өңір"),
    "competency": ("компетенция", "құзыреттілік"), "team": ("команда", "топ"),
    "birth_date": ("дата рождения", "туған күні"), "role": ("роль", "рөлі"),
    "name_ru": ("название (рус)", "атауы (орыс)"), "name_kk": ("название (каз)", "атауы (қаз)"),
    "name_en": ("название (англ)", "атауы (ағыл)"), "form": ("ведомость", "бағалау ведомосі"),
    "aspect": ("аспект", "аспект"), "competitor": ("конкурсант", "конкурсант"), "judge": ("эксперт", "сарапшы"),
    "value": ("балл", "баға"), "score": ("судейский балл", "төрешілік балл"), "max": ("макс. балл", "ең жоғары балл"),
    "type": ("тип аспекта", "аспект түрі"), "description": ("аспект", "аспект сипаттамасы"),
    "competitors": ("конкурсанты", "конкурсанттар"), "experts": ("эксперты", "сарапшылар"),
}

# The results packages', the merge's and the import options' sentences (kept in their own file).
from .package_texts import PACKAGE_TEMPLATES  # noqa: E402 - data only, no cycle

TEMPLATES.update(PACKAGE_TEMPLATES)
