"""Championship files for the report and export tests, written once per session.

`tiny()` is hand-made with known figures (so a test can name the exact text a
form must show); `small_demo()` is the deterministic small demo: one
competency still being marked (17), one final (10), one provisional team
competency (04).
"""

from __future__ import annotations

import shutil
import tempfile
import atexit
from decimal import Decimal
from pathlib import Path

import pytest

from wsk_desk.demo.generate import write_demo
from wsk_desk.domain.people import Competency, Competitor, Expert, ExpertRole, Region
from wsk_desk.domain.scheme import Aspect, AspectType, Criterion, MarkingScheme, SubCriterion
from wsk_desk.storage.championship import Championship

_DIR = Path(tempfile.mkdtemp(prefix="wsk-reports-tests-"))
atexit.register(shutil.rmtree, _DIR, True)
_CACHE: dict[str, Path] = {}

TINY_NAME = "Тест чемпионаты 2025"


def small_demo() -> Path:
    if "small" not in _CACHE:
        path = _DIR / "small.wsk"
        write_demo(path, "small").close()
        _CACHE["small"] = path
    return _CACHE["small"]


@pytest.fixture(scope="module")
def small_demo_champ():
    """The small demo, open read-only for a test module."""
    c = Championship.open(small_demo(), readonly=True)
    yield c
    c.close()


@pytest.fixture(scope="module")
def small_demo_results():
    """`wsk-desk results --json --lang en` of the small demo, by competency code."""
    return {c["code"]: c for c in cli_json("results", small_demo(), "--json", "--lang", "en")["competencies"]}


def tiny() -> Path:
    """Competency 17: form A1 (M 2.50 with a '<' in its text, J 3.00) and B1 (M 4.00); 3 competitors."""
    if "tiny" not in _CACHE:
        path = _DIR / "tiny.wsk"
        _write_tiny(path)
        _CACHE["tiny"] = path
    return _CACHE["tiny"]


def _write_tiny(path: Path) -> None:
    regions = [Region("AAA", "Город Ақтау", "Ақтау қаласы", "Aktau City"),
               Region("BBB", "Өңір Бэ", "Бэ облысы", "Region B"),
               Region("CCC", "Город Цэ", "Цэ қаласы", "City C"),
               Region("DDD", "Город Дэ", "Дэ қаласы", "City D")]
    champ = Championship.create(path, TINY_NAME, regions=regions, actor="tester")
    champ.save_competency(Competency("17", "Веб-технологии", "Веб-технологиялар", "Web Technologies"))
    competitors = [Competitor("P01", "Әлиев", "Қанат", "Серікұлы", region="AAA", competency="17"),
                   Competitor("P02", "Ivanova", "Anna", "", region="BBB", competency="17"),
                   Competitor("P03", "Ким", "Олег", "Петрович", region="CCC", competency="17")]
    experts = [Expert("E01", "Жақсыбеков", "Нұрлан", region="AAA", competency="17"),
               Expert("E02", "Петров", "Иван", region="BBB", competency="17"),
               Expert("E03", "Ли", "Анна", region="CCC", competency="17"),
               Expert("E04", "Сидоров", "Пётр", region="DDD", competency="17"),
               Expert("E10", "Үмбетова", "Гүлнар", region="DDD", competency="17", role=ExpertRole.CHIEF),
               Expert("E11", "Орлов", "Максим", region="DDD", competency="17", role=ExpertRole.DEPUTY)]
    champ.save_people(competitors, experts)
    a1 = SubCriterion("A1", "Планирование", "C1", (
        Aspect("A1.1", AspectType.MEASUREMENT, "Рабочее место <чисто> & убрано", Decimal("2.50"),
               requirement="без мусора"),
        Aspect("A1.2", AspectType.JUDGEMENT, "Качество работы", Decimal("3.00"),
               descriptors={0: "ниже", 1: "норма", 2: "выше", 3: "отлично"})))
    b1 = SubCriterion("B1", "Сборка", "C2", (Aspect("B1.1", AspectType.MEASUREMENT, "Размер", Decimal("4")),))
    champ.replace_scheme("17", MarkingScheme((Criterion("A", "Подготовка", (a1,)), Criterion("B", "Монтаж", (b1,)))))
    champ.set_marking_team("17", "A1", ["E01", "E02", "E03"])
    champ.substitute_many("17", [("A1", "P01", "E01", "E04"), ("A1", "P02", "E02", "E04")])
    champ.set_measurement("17", "A1.1", "P01", "1.25", "частично убрано")
    champ.set_measurement("17", "A1.1", "P02", "2.5")
    champ.set_measurement("17", "A1.1", "P03", "0")
    champ.set_scores("17", "A1.2", "P01", {"E04": 3, "E02": 2, "E03": 2})
    champ.set_scores("17", "A1.2", "P02", {"E01": 1, "E04": 1, "E03": 2})
    champ.close()


def unmarked() -> Path:
    """Competency 13: five criteria of one measurement aspect each, 16 competitors, no marks yet (as the
    national demo's 13, whose results sheet once squeezed "Why" to one word per line)."""
    if "unmarked" not in _CACHE:
        path = _DIR / "unmarked.wsk"
        regions = [Region(f"R{i:02d}", f"Область {i}", f"{i} облысы", f"Region {i}") for i in range(16)]
        champ = Championship.create(path, TINY_NAME, regions=regions, actor="tester")
        champ.save_competency(Competency("13", "Кузовной ремонт", "Шанақ жөндеу", "Autobody Repair"))
        people = [Competitor(f"P{i + 1:02d}", f"Фамилия{i}", "Имя", region=f"R{i:02d}", competency="13")
                  for i in range(16)]
        champ.save_people(people, [Expert("E01", "Ли", "Анна", region="R00", competency="13",
                                          role=ExpertRole.CHIEF)])
        criteria = tuple(Criterion(c, f"Критерий {c}", (SubCriterion(f"{c}1", "Работа", c, (
            Aspect(f"{c}1.1", AspectType.MEASUREMENT, "Размер", Decimal("20")),)),)) for c in "ABCDE")
        champ.replace_scheme("13", MarkingScheme(criteria))
        champ.close()
        _CACHE["unmarked"] = path
    return _CACHE["unmarked"]


def cli_json(*argv: str) -> dict:
    """What `wsk-desk ARGV` prints as JSON (the scoring engineer's `results --json`, `standings --json`)."""
    import contextlib
    import io
    import json

    from wsk_desk.cli import main

    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        code = main([str(a) for a in argv])
    assert code == 0, f"wsk-desk {' '.join(map(str, argv))} failed"
    return json.loads(buffer.getvalue())
