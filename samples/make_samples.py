"""Generate the sample input files in this folder: `python samples/make_samples.py`.

The samples are written the way real files arrive (domain.md §4), so they double as
test fixtures and as examples for users:

- scheme_cis_example.xlsx: CIS template, columns in another order (Max Mark moved,
  "Max Mark 2" and per-competitor marks as unknown columns), line breaks in headers,
  the header repeated above each criterion with columns moved again, a Cyrillic
  "А2" among Latin ids, type "О"/"М" in Cyrillic, type S, J aspects with descriptors,
  numbers as text ("2,5", " 3 "), empty strings, stray spaces, merged cells, criterion
  totals to the right, a total row and trailing empty rows. Total 100.
- scheme_ru_example.xlsx: Russian "Критерии оценки" with preamble, criterion rows
  А/Б/В (the В written as a Latin B), numbered sub-criteria, И/С aspects (one С in
  Latin), marking days "С1" in the requirement column, merged cells and an Итого row.
- scheme_kk_translation_example.xlsx: the Russian scheme translated into Kazakh (Kazakh headers,
  same ids, types and marks), for `import scheme-texts --lang kk`.
- people_example.xlsx: regions (Russian headers), competitors (Kazakh headers, a team
  competency, dates as dates and as text), experts (English headers, roles in three
  languages; the judges come from regions other than the competitors'). Known
  competencies for it: 17 (single), 17J (single), 39 (teams of 2).
- marks_example.csv: UTF-8 with BOM, ';' delimiter, decimal commas, ABS, judges' scores,
  for competency 17 with the CIS example scheme and the people example.

The files are byte-for-byte reproducible (fixed timestamps inside the xlsx zip).
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent
_FIXED = (2025, 1, 1, 0, 0, 0)

CIS_HEADER = ["Sub\nCriteria\nID", "Sub Criteria\n\nName or Description", "Aspect\nType\nO = Obj\nS = Sub\nJ = Judg",
              "Aspect - Description", "Max\nMark", "Max Mark 2", "Judg Score",
              "Extra Aspect Description (Obj or Subj)\nOR\nJudgement Score Description (Judg only)",
              "Requirement\nor Nominal\nSize (Obj Only)", "WSSS Section", "Marking\nDay",
              "Competitor 1", "Competitor 2"]
# The second block moves WSSS before Requirement and drops the day column.
CIS_HEADER_2 = CIS_HEADER[:8] + ["WSSS Section", "Requirement\nor Nominal\nSize (Obj Only)", "Notes",
                                 "Competitor 1", "Competitor 2"]
DESCRIPTORS = ["Below industry standard", "Meets industry standard",
               "Meets the standard and exceeds it in respects", "Excellent, well beyond the standard"]


def _freeze(path: Path) -> None:
    """Rewrite an xlsx with fixed zip and document timestamps, so reruns give the same bytes."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2025-01-01T00:00:00Z", data)
            zout.writestr(zipfile.ZipInfo(name, _FIXED), data, zipfile.ZIP_DEFLATED)


def _save(wb: Workbook, path: Path) -> Path:
    wb.save(path)
    _freeze(path)
    return path


def _cis_row(ws, row: int, **cells) -> None:
    """Write named cells of the first block's layout; empty strings where real files have them."""
    cols = {"id": 1, "name": 2, "type": 3, "desc": 4, "max": 5, "max2": 6, "score": 7, "extra": 8,
            "req": 9, "wsss": 10, "day": 11, "c1": 12, "c2": 13}
    for key, col in cols.items():
        ws.cell(row=row, column=col, value=cells.get(key, ""))


def _cis_row2(ws, row: int, **cells) -> None:
    cols = {"id": 1, "name": 2, "type": 3, "desc": 4, "max": 5, "max2": 6, "score": 7, "extra": 8,
            "wsss": 9, "req": 10, "c1": 12, "c2": 13}
    for key, col in cols.items():
        ws.cell(row=row, column=col, value=cells.get(key, ""))


def scheme_cis(out: Path = HERE) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "CIS Marking Scheme Import"
    ws["A1"], ws["B1"] = "Competency name", "Веб-технологии / Web Technologies"
    ws.append(CIS_HEADER)  # row 2
    r = 3
    _cis_row(ws, r, id="A1", name="Дизайн макета", day="C1"); ws.merge_cells(f"B{r}:D{r}"); r += 1
    _cis_row(ws, r, type="O", desc="Макет соответствует прототипу", max=5, max2=4, score=2, wsss=1,
             extra="Минус 1 балл за каждое отличие", c1=5, c2=3); r += 1
    _cis_row(ws, r, extra="Не более 5 отличий"); r += 1  # continuation of the extra description
    _cis_row(ws, r, type="О", desc="Использована палитра цветов", max="2,5", wsss="1", c1=2.5); r += 1
    _cis_row(ws, r, type=" М ", desc="  Шрифты   подключены ", max=" 3 ", wsss=2, req="WOFF2"); r += 1
    _cis_row(ws, r, type="J", desc="Общее визуальное впечатление", max=4, wsss=3); r += 1
    for score, text in enumerate(DESCRIPTORS):
        _cis_row(ws, r, score=score, extra=text); r += 1
    _cis_row(ws, r, id="А2", name="Адаптивная вёрстка", day="C1"); r += 1  # Cyrillic А: a stray look-alike
    _cis_row(ws, r, type="M", desc="Работает точка перехода 768 px", max=3.5, wsss=2, req="768 px"); r += 1
    _cis_row(ws, r, type="S", desc="Эстетика на мобильном", max="2", wsss=3); r += 1
    for score, text in enumerate(DESCRIPTORS):
        _cis_row(ws, r, score=str(score), extra=text); r += 1
    ws.cell(row=4, column=15, value="Criterion\nA")
    ws.cell(row=4, column=16, value="Total\nMark")
    ws.cell(row=4, column=17, value=20)
    r += 2
    for col, title in enumerate(CIS_HEADER_2, start=1):  # the header again, columns moved
        ws.cell(row=r, column=col, value=title)
    r += 1
    _cis_row2(ws, r, id=" B1 ", name="Фронтенд-код"); r += 1
    ws.cell(row=r, column=15, value="Criterion B")
    ws.cell(row=r, column=16, value="Total Mark")
    ws.cell(row=r, column=17, value="50")
    for desc, mx in (("HTML проходит валидацию", 10), ("CSS проходит валидацию", "10,0"),
                     ("Скрипты загружаются без ошибок", 10)):
        _cis_row2(ws, r, type="O", desc=desc, max=mx, wsss=4, score=1); r += 1
    _cis_row2(ws, r, id="B2", name="Доступность"); r += 1
    _cis_row2(ws, r, type="O", desc="Альтернативный текст у изображений", max=5, wsss=4); r += 1
    _cis_row2(ws, r, type="O", desc="Контраст текста не ниже 4.5:1", max=5, wsss=4, req="4.5:1"); r += 1
    _cis_row2(ws, r, type="J", desc="Работа с клавиатуры", max=10, wsss=5); r += 1
    for score, text in enumerate(DESCRIPTORS):
        _cis_row2(ws, r, score=score, extra=text); r += 1
    r += 1
    for col, title in enumerate(CIS_HEADER, start=1):
        ws.cell(row=r, column=col, value=title)
    r += 1
    _cis_row(ws, r, id="C1", name="Презентация", day="C2"); r += 1
    _cis_row(ws, r, type="O", desc="Результаты сданы вовремя", max=10, wsss=6); r += 1
    _cis_row(ws, r, type="J", desc="Качество презентации", max=20, wsss=6); r += 1
    for score, text in enumerate(DESCRIPTORS):
        _cis_row(ws, r, score=score, extra=text); r += 1
    ws.merge_cells(start_row=r - 5, start_column=5, end_row=r - 1, end_column=5)  # max merged down
    r += 1
    ws.cell(row=r, column=8, value="Total")
    ws.cell(row=r, column=5, value=100)
    for blank in range(r + 1, r + 15):  # trailing rows of empty strings, as exported sheets have
        _cis_row(ws, blank)
    wb.create_sheet("Sheet2")["A1"] = "A4 landscape spreadsheet v1.1"
    return _save(wb, out / "scheme_cis_example.xlsx")


def scheme_ru(out: Path = HERE) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Критерии оценки"
    for label, value in (("Мероприятие", "Региональный чемпионат 2025"), ("Номер компетенции", "17"),
                         ("Наименование компетенции", "Веб-технологии"), ("Шифр КОД", "неактуально")):
        ws.append(["", label, "", value])
    ws.append([])
    ws.append(["Код", "Подкритерий", "Тип\nаспекта", "Аспект", "Судейский\nбалл", "Методика проверки аспекта",
               "Требование или номинальный размер", "Проф.\nзадача", "Макс.\nбалл", "Балл конкурсанта 1",
               "Итого по модулю"])
    ws.append([])

    def crit(letter, name, total):
        ws.append([letter, name, None, None, None, None, None, None, total])
        ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=6)

    def sub(number, name, day):
        ws.append([number, name, "", "", "", "", day])

    def asp(kind, desc, mx, day, method="", task=1):
        ws.append(["", "", kind, desc, "", method, day, task, mx, mx])

    def descriptors(day):
        for score, text in enumerate(DESCRIPTORS):
            ws.append([None, None, None, None, score, text, day])

    crit("А", "Проектирование", 40)
    sub(1, "Прототип интерфейса", "С1")
    asp("И", "Все экраны прототипа созданы", 10, "С1", "Минус 20% за каждый отсутствующий экран")
    asp("И", "Навигация между экранами", "7,5", "С1")
    asp("С", "Удобство интерфейса", 5, "С1")
    descriptors("С1")
    sub("2", "Схема базы данных", "С1")
    asp("и", "Сущности определены верно", 10, "С1", "Минус 0,5 балла за ошибку", 2)
    asp("И", "Связи определены верно", 7.5, "С1", "", 2)
    ws.append([None, None, None, None, None, None, "С1"])  # a row with only the day: ignored
    crit("Б", "Разработка", 35)
    sub(1.0, "Серверная часть", "С2")
    asp("И", "API отвечает по документации", 15, "С2", "Минус 25% за каждую ошибку", 3)
    asp("C", "Качество кода", 10, "С2", "", 3)  # Latin C: judgement all the same
    descriptors("С2")
    asp("И", "Данные сохраняются в БД", 10, "С2", "", 3)
    crit("B", "Тестирование и документация", 25)  # Latin B standing for Cyrillic В
    sub(1, "Модульные тесты", "С3")
    asp("И", "Создан проект тестов", 5, "С3", "", 4)
    asp("И", "Тесты проходят", 5, "С3", "Минус 10% за каждый падающий тест", 4)
    asp("С", "Документация понятна", 5, "С3", "", 5)
    descriptors("С3")
    sub(2, "Руководство пользователя", "С3")
    asp("И", "Руководство предоставлено", 10, "С3", "", 5)
    ws.append([])
    ws.append([None, None, None, None, None, "Итого:", None, None, 100])
    for _ in range(10):
        ws.append(["", "", "", "", "", "", "", "", ""])
    tasks = wb.create_sheet("Перечень профессиональных задач")
    tasks.append(["Перечень профессиональных задач"])
    tasks.merge_cells("A1:B1")
    for n, name in enumerate(("Проектирование", "Работа с данными", "Разработка", "Тестирование",
                              "Документирование"), start=1):
        tasks.append([n, name])
    return _save(wb, out / "scheme_ru_example.xlsx")


KK_DESCRIPTORS = ["Салалық стандарттан төмен", "Салалық стандартқа сәйкес",
                  "Стандартқа сәйкес және кейбір жағынан одан асып түседі",
                  "Өте жақсы: стандарттан едәуір асып түседі"]


def scheme_kk(out: Path = HERE) -> Path:
    """scheme_ru_example.xlsx translated into Kazakh: same criteria, forms, aspects, types and marks.

    Imported with `wsk-desk import scheme-texts ... --lang kk` onto the Russian scheme, it gives
    the Kazakh desk and the Kazakh marking forms their words; marks are not touched.
    """
    wb = Workbook()
    ws = wb.active
    ws.title = "Бағалау критерийлері"
    for label, value in (("Іс-шара", "Өңірлік чемпионат 2025"), ("Құзыреттілік нөмірі", "17"),
                         ("Құзыреттілік атауы", "Веб-технологиялар")):
        ws.append(["", label, "", value])
    ws.append([])
    ws.append(["Код", "Ішкі критерий", "Аспект\nтүрі", "Аспект сипаттамасы", "Төрешілік\nбалл",
               "Тексеру әдістемесі", "Талап немесе номиналды өлшем", "Кәсіби\nміндет", "Ең жоғары\nбалл"])

    def crit(letter, name, total):
        ws.append([letter, name, None, None, None, None, None, None, total])

    def sub(number, name, day):
        ws.append([number, name, "", "", "", "", day])

    def asp(kind, desc, mx, day, method="", task=1):
        ws.append(["", "", kind, desc, "", method, day, task, mx])

    def descriptors(day):
        for score, text in enumerate(KK_DESCRIPTORS):
            ws.append([None, None, None, None, score, text, day])

    crit("А", "Жобалау", 40)
    sub(1, "Интерфейс прототипі", "С1")
    asp("И", "Прототиптің барлық экрандары жасалған", 10, "С1", "Жоқ әрбір экран үшін минус 20%")
    asp("И", "Экрандар арасындағы навигация", 7.5, "С1")
    asp("С", "Интерфейстің ыңғайлылығы", 5, "С1")
    descriptors("С1")
    sub(2, "Дерекқор сызбасы", "С1")
    asp("И", "Мәндер дұрыс анықталған", 10, "С1", "Әр қате үшін минус 0,5 балл", 2)
    asp("И", "Байланыстар дұрыс анықталған", 7.5, "С1", "", 2)
    crit("Б", "Әзірлеу", 35)
    sub(1, "Серверлік бөлім", "С2")
    asp("И", "API құжаттамаға сәйкес жауап береді", 15, "С2", "Әр қате үшін минус 25%", 3)
    asp("С", "Код сапасы", 10, "С2", "", 3)
    descriptors("С2")
    asp("И", "Деректер дерекқорда сақталады", 10, "С2", "", 3)
    crit("В", "Тестілеу және құжаттама", 25)
    sub(1, "Модульдік тестілер", "С3")
    asp("И", "Тестілер жобасы құрылған", 5, "С3", "", 4)
    asp("И", "Тестілер сәтті өтеді", 5, "С3", "Сәтсіз өткен әр тест үшін минус 10%", 4)
    asp("С", "Құжаттама түсінікті", 5, "С3", "", 5)
    descriptors("С3")
    sub(2, "Пайдаланушы нұсқаулығы", "С3")
    asp("И", "Нұсқаулық ұсынылған", 10, "С3", "", 5)
    ws.append([])
    ws.append([None, None, None, None, None, "Барлығы:", None, None, 100])
    return _save(wb, out / "scheme_kk_translation_example.xlsx")


def people(out: Path = HERE) -> Path:
    import datetime as dt

    wb = Workbook()
    regions = wb.active
    regions.title = "Регионы"
    regions.append(["Код", "Название (рус)", "Атауы (қаз)", "Name (en)"])
    regions.append(["AST", "Астана", "Астана", "Astana"])
    regions.append(["ALA", "Алматы", "Алматы", "Almaty"])
    regions.append(["ULY", "Улытауская область", "Ұлытау облысы", "Ulytau Region"])
    regions.append(["KAR", "Карагандинская область", "Қарағанды облысы", "Karaganda Region"])
    regions.append(["", "", "", ""])
    comp = wb.create_sheet("Конкурсанттар")
    comp.append(["ID", "Тегі", "Аты", "Әкесінің аты", "Өңір", "Құзыреттілік", "Команда", "Туған күні"])
    comp.append(["P01", "Ахметов", "Серик", "Болатович", "AST", 17, "", dt.datetime(2003, 5, 14)])
    comp.append(["P02", " Иванова ", "Анна", "", "ALA", "17", "", "21.03.2004"])
    comp.append(["P03", "Нұрланұлы", "Ерлан", None, "ULY", "17", None, None])
    comp.append(["P04", "Smith", "John", "", "ALA", "17", "", "2002-11-30"])
    comp.append(["J01", "Қасымова", "Әйгерім", "", "AST", "17j", "", dt.date(2009, 1, 9)])
    comp.append(["T01", "Омаров", "Дамир", "", "AST", "39", "AST-1", None])
    comp.append(["T02", "Омарова", "Дана", "", "AST", "39", "AST-1", None])
    comp.append(["T03", "Ким", "Олег", "", "ALA", "39", "ALA-1", None])
    comp.append(["T04", "Ли", "Марина", "", "ALA", "39", "ALA-1", None])
    experts = wb.create_sheet("experts")
    experts.append(["id", "surname", "given_name", "patronymic", "region", "competency", "role"])
    experts.append(["E01", "Сергеев", "Павел", "Андреевич", "ULY", "17", "главный эксперт"])
    experts.append(["E02", "Жумабаева", "Айгуль", "", "ALA", "17", "deputy"])
    experts.append(["E03", "Петров", "Илья", "", "KAR", "17", "эксперт"])
    experts.append(["E04", "Сәрсенов", "Нұржан", "", "ULY", "17", "сарапшы"])
    experts.append(["E05", "Brown", "Kate", "", "ULY", "17", ""])
    experts.append(["E11", "Байжанов", "Арман", "", "ULY", "17J", "бас сарапшы"])
    experts.append(["E21", "Ермекова", "Сания", "", "ULY", "39", "Chief"])
    return _save(wb, out / "people_example.xlsx")


def marks(out: Path = HERE) -> Path:
    rows = [["competency", "form", "aspect", "competitor", "judge", "value"]]
    measurement = {"A1.1": ("5", "4"), "A1.2": ("2,5", "1,5"), "A1.3": ("3", "0"),
                   "A2.1": ("3,5", "3,5"), "B1.1": ("10", "8"), "B1.2": ("10", "10"), "B1.3": ("9,5", "7"),
                   "B2.1": ("5", "5"), "B2.2": ("4", "2,5"), "C1.1": ("10", "10")}
    for aspect, values in measurement.items():
        for competitor, value in zip(("P01", "P02"), values):
            rows.append(["17", aspect.split(".")[0], aspect, competitor, "", value])
    judges = {"A1.4": ("E03", "E04", "E05"), "А2.2": ("E03", "E04", "E05"),  # А2 typed in Cyrillic
              "B2.3": ("E03", "E04", "E05"), "C1.2": ("E03", "E04", "E05")}
    scores = {"P01": ("3", "2", "3"), "P02": ("1", "2", "2")}
    for aspect, experts in judges.items():
        for competitor, values in scores.items():
            for expert, value in zip(experts, values):
                rows.append(["17", aspect.split(".")[0], aspect, competitor, expert, value])
    rows.append(["17", "A1", "", "P03", "", "ABS"])
    rows.append(["17", "A2", "", "P03", "", "abs"])
    path = out / "marks_example.csv"
    path.write_bytes(("\ufeff" + "\r\n".join(";".join(r) for r in rows) + "\r\n").encode("utf-8"))
    return path


def main(out: Path = HERE) -> list[Path]:
    """Write every sample into `out` (this folder by default); return their paths."""
    return [make(out) for make in (scheme_cis, scheme_ru, scheme_kk, people, marks)]


if __name__ == "__main__":
    for written in main():
        print(written.relative_to(HERE.parent))
