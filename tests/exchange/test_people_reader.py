"""People lists: three languages, codes checked against the championship, located errors."""

from __future__ import annotations

from datetime import datetime

import pytest

from wsk_desk.domain.errors import InputError
from wsk_desk.domain.people import ExpertRole
from wsk_desk.exchange.people_reader import read_people, write_people_template

from .xlsx_builders import SAMPLES, write_xlsx

KNOWN_REGIONS = {"AST", "ALA"}
KNOWN = {"17": 1, "17J": 1, "39": 2}
COMP = ["id", "surname", "given_name", "patronymic", "region", "competency", "team", "birth_date"]
EXP = ["id", "surname", "given_name", "patronymic", "region", "competency", "role"]


def read(tmp_path, sheets, regions=KNOWN_REGIONS, known=KNOWN):
    return read_people(write_xlsx(tmp_path / "p.xlsx", sheets), set(regions), dict(known))


def fails(tmp_path, sheets, **kw) -> InputError:
    with pytest.raises(InputError) as info:
        read(tmp_path, sheets, **kw)
    assert info.value.file == "p.xlsx"
    return info.value


def test_sample_in_three_languages():
    result = read_people(SAMPLES / "people_example.xlsx", KNOWN_REGIONS, KNOWN)
    assert [r.code for r in result.regions] == ["AST", "ALA", "ULY", "KAR"]
    assert result.regions[2].name_kk == "Ұлытау облысы"
    assert len(result.competitors) == 9 and len(result.experts) == 7
    p01, p02, p03 = result.competitors[:3]
    assert (p01.surname, p01.patronymic, p01.competency, p01.birth_date) == ("Ахметов", "Болатович", "17", "2003-05-14")
    assert (p02.surname, p02.birth_date) == ("Иванова", "2004-03-21")  # stray spaces, date as text
    assert p03.region == "ULY" and p03.patronymic == "" and p03.birth_date is None
    assert result.competitors[4].competency == "17J"  # "17j" typed
    assert [c.team for c in result.competitors[5:]] == ["AST-1", "AST-1", "ALA-1", "ALA-1"]
    roles = [e.role for e in result.experts]
    assert roles == [ExpertRole.CHIEF, ExpertRole.DEPUTY, ExpertRole.EXPERT, ExpertRole.EXPERT,
                     ExpertRole.EXPERT, ExpertRole.CHIEF, ExpertRole.CHIEF]
    assert result.warnings == []
    assert len(result.people.competitors) == 9


def test_template_reads_back_empty(tmp_path):
    write_people_template(tmp_path / "t.xlsx")
    result = read_people(tmp_path / "t.xlsx", set(), {})
    assert (result.regions, result.competitors, result.experts, result.warnings) == ([], [], [], [])


def test_russian_headers_and_sheet_names(tmp_path):
    result = read(tmp_path, {
        "Конкурсанты": [["Код", "Фамилия", "Имя", "Отчество", "Регион", "Компетенция", "Дата рождения"],
                        ["1", "Петров", "Пётр", "Петрович", "ast", 17, datetime(2005, 1, 2)]],
        "Эксперты": [["Код", "Фамилия", "Имя", "Регион", "Компетенция", "Роль"],
                     [7, "Сидоров", "Иван", "ALA", "17", "Заместитель главного эксперта"]]})
    c, e = result.competitors[0], result.experts[0]
    assert (c.id, c.region, c.competency, c.birth_date) == ("1", "AST", "17", "2005-01-02")
    assert (e.id, e.role) == ("7", ExpertRole.DEPUTY)
    assert result.warnings == ["Эксперты: competency 17 has no chief expert"]


def test_competency_codes_match_look_alikes_and_leading_zeros(tmp_path):
    result = read(tmp_path, {"competitors": [COMP, ["1", "A", "B", "", "AST", "Т1", "", ""],
                                             ["2", "A", "B", "", "AST", 9, "", ""]]},
                  known={"T1": 1, "09": 1})
    assert [c.competency for c in result.competitors] == ["T1", "09"]


def test_region_defined_in_the_file(tmp_path):
    result = read(tmp_path, {"regions": [["code", "name_ru"], ["ZZZ", "Новый регион"]],
                             "competitors": [COMP, ["1", "A", "B", "", "zzz", "17"]]})
    assert result.regions[0].code == "ZZZ" and result.competitors[0].region == "ZZZ"
    assert result.warnings == ["the file has no experts sheet"]


@pytest.mark.parametrize("sheets,sheet,row,column,reason", [
    ({"competitors": [COMP, ["1", "A", "B", "", "XXX", "17"]]}, "competitors", 2, "E (region)",
     "region 'XXX' is not known"),
    ({"competitors": [COMP, ["1", "A", "B", "", "AST", "99"]]}, "competitors", 2, "F (competency)",
     "competency '99' is not in this championship"),
    ({"competitors": [COMP, ["1", "A", "B", "", "AST", "17"], ["1", "C", "D", "", "ALA", "17"]]},
     "competitors", 3, "A (id)", "appears twice"),
    ({"competitors": [COMP, ["1", "", "B", "", "AST", "17"]]}, "competitors", 2, "B (surname)", "surname is empty"),
    ({"competitors": [COMP, ["1", "A", "B", "", "AST", "39"]]}, "competitors", 2, "G (team)",
     "team competency"),
    ({"competitors": [COMP, ["1", "A", "B", "", "AST", "39", "T"], ["2", "A", "B", "", "ALA", "39", "T"]]},
     "competitors", 3, "E (region)", "mixes regions"),
    ({"competitors": [COMP, ["1", "A", "B", "", "AST", "17", "", "32.13.2001"]]}, "competitors", 2,
     "H (birth_date)", "not a date"),
    ({"experts": [EXP, ["1", "A", "B", "", "AST", "17", "boss"]]}, "experts", 2, "G (role)", "not known"),
    ({"experts": [EXP, ["1", "A", "B", "", "AST", "17", "chief"], ["2", "C", "D", "", "ALA", "17", "ГЭ"]]},
     "experts", 3, "G (role)", "already has a chief expert"),
    ({"regions": [["code", "name_ru"], ["AST", "Астана"], ["ast", "Астана"]]}, "regions", 3, "A (code)",
     "listed twice"),
    ({"regions": [["code", "name_ru", "name_en"], ["NEW", "", ""]]}, "regions", 2, "B (name_ru)", "no name"),
])
def test_errors(tmp_path, sheets, sheet, row, column, reason):
    err = fails(tmp_path, sheets)
    assert (err.sheet, err.row, err.column) == (sheet, row, column)
    assert reason in err.reason


def test_missing_column_and_missing_sheets(tmp_path):
    err = fails(tmp_path, {"competitors": [["id", "surname", "given_name", "region"], ["1", "A", "B", "AST"]]})
    assert (err.sheet, err.row, err.reason) == ("competitors", 1, "the column 'competency' is missing")
    err = fails(tmp_path, {"Лист1": [COMP]})
    assert "no sheet named regions, competitors or experts" in err.reason
    err = fails(tmp_path, {"experts": [["Список экспертов"], []]})
    assert "no header row found" in err.reason


def test_warnings(tmp_path):
    result = read(tmp_path, {
        "competitors": [COMP, ["1", "A", "B", "", "AST", "17", "X"]] +
                       [[str(i), "A", "B", "", "AST", "39", "T"] for i in range(2, 5)],
        "experts": [EXP, ["1", "A", "B", "", "ALA", "17", "chief"]]})
    assert result.warnings == [
        "competitors row 2: competency 17 is not a team competency; team 'X' is kept but not used",
        "competitors row 3: team T has 3 members, but competency 39 has teams of 2",
        "experts row 2: expert id 1 is also a competitor id in competency 17",
    ]
