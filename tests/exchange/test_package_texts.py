"""Results packages, the merge and the import options say their refusals and warnings in ru/kk/en.

str() stays the English sentence it always was (tests, scripts and the CLI read it); `.text(lang)` gives the
same sentence, location included, in Russian or Kazakh, so a Russian or Kazakh desk shows no English.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from wsk_desk import commands, exchange
from wsk_desk.domain.errors import DeskError, InputError
from wsk_desk.exchange.importing import import_scheme
from wsk_desk.exchange.merge import apply_merge, plan_merge
from wsk_desk.exchange.message_texts import TEMPLATES
from wsk_desk.exchange.package import read_package, write_package
from wsk_desk.storage.championship import Championship

from .packages_util import demo_file, forge


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    return tmp_path_factory.mktemp("package-texts")


@pytest.fixture(scope="module")
def pkg(base):
    champ = Championship.open(demo_file(base, "small"), readonly=True)
    try:
        write_package(champ, base / "all.wskpkg", laptop="venue-1")
    finally:
        champ.close()
    return base / "all.wskpkg"


def codes_used(folder: Path) -> set[str]:
    """Every constant code given to Message(...) or refusal(...), also inside `a if x else b`."""
    found = set()
    for path in folder.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        says = {"Message"} if "def refusal(" in text else {"Message", "refusal"}  # a refusal() of its own
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") in says and node.args:
                first = node.args[0]
                options = [first.body, first.orelse] if isinstance(first, ast.IfExp) else [first]
                found.update(o.value for o in options if isinstance(o, ast.Constant))
    return found


def test_every_code_used_has_its_three_sentences():
    used = codes_used(Path(exchange.__file__).parent) | codes_used(Path(commands.__file__).parent)
    assert {"pkg_checksum", "pc_mismatch", "mrg_other_championship", "mrg_note_other_copy",
            "team_size_range", "mrg_foreign_refused"} <= used
    assert used <= set(TEMPLATES), used - set(TEMPLATES)


def test_a_forged_mark_is_refused_in_every_language(pkg, tmp_path):
    def edit(manifest, content):
        part = content["competencies"]["10"]["tables"]["judge_scores"]
        score = part["columns"].index("score")
        part["rows"][0][score] = 3 if part["rows"][0][score] != 3 else 2

    with pytest.raises(InputError) as err:
        read_package(forge(pkg, tmp_path / "forged.wskpkg", edit))
    english = str(err.value)
    assert english.startswith(f"{tmp_path / 'forged.wskpkg'}: competency 10: aspect ")
    assert english.endswith("— the marks do not match the audit record. The package was altered; it is refused.")
    assert err.value.text("en") == english
    ru, kk = err.value.text("ru"), err.value.text("kk")
    assert ru.startswith(f"{tmp_path / 'forged.wskpkg'}: компетенция 10: аспект ") and ", судья " in ru
    assert "оценки не совпадают с журналом аудита. Пакет изменён; он отклонён." in ru
    assert "судейская оценка" in ru and "score" not in ru
    assert "бағалар аудит журналына сәйкес келмейді" in kk and "төреші" in kk and "altered" not in kk


def test_a_changed_byte_and_a_missing_file_in_russian_and_kazakh(pkg, tmp_path):
    blob = bytearray(pkg.read_bytes())
    blob[200] ^= 0x01
    (tmp_path / "bad.wskpkg").write_bytes(bytes(blob))
    with pytest.raises(InputError) as err:
        read_package(tmp_path / "bad.wskpkg")
    assert "its checksum does not match" in str(err.value)
    assert "контрольная сумма не совпадает" in err.value.text("ru")
    assert "бақылау сомасы сәйкес келмейді" in err.value.text("kk")
    with pytest.raises(InputError) as err:
        read_package(tmp_path / "none.wskpkg")
    assert (str(err.value), err.value.text("ru")) == (f"{tmp_path / 'none.wskpkg'}: the package does not exist.",
                                                      f"{tmp_path / 'none.wskpkg'}: пакета нет.")


def test_an_altered_audit_entry_in_russian(pkg, tmp_path):
    def edit(manifest, content):
        entry = next(e for e in content["competencies"]["10"]["audit"] if e[3] == "marks.enter")
        entry[8] = "переписано"  # the reason, after the hash was taken

    with pytest.raises(InputError, match=r"audit entry \d+ \(marks.enter, .*\) was altered") as err:
        read_package(forge(pkg, tmp_path / "edited.wskpkg", edit))
    assert "запись журнала аудита" in err.value.text("ru") and "изменена после записи" in err.value.text("ru")


def test_merge_warnings_refusals_and_notes_speak_three_languages(pkg, tmp_path):
    master = Championship.create(tmp_path / "m.wsk", "Другой чемпионат", actor="organizer")
    try:
        plan = plan_merge(master, [pkg, pkg])
        other, same = plan.warnings[:2]
        assert same == "all.wskpkg is the same package as all.wskpkg; it is read once."
        assert same.text("kk") == "all.wskpkg — all.wskpkg пакетімен бірдей; ол бір рет оқылады."
        assert other.startswith("all.wskpkg comes from the championship “") and other.endswith("“Другой чемпионат”.")
        assert "«Другой чемпионат»" in other.text("ru") and "comes" not in other.text("ru")
        assert plan.items[0].note == "new competency" and plan.items[0].note.text("kk") == "жаңа құзыреттілік"
        assert plan.to_json()["items"][0]["note"] == "new competency"  # JSON keeps the English
    finally:
        master.close()


def test_apply_merge_refusals_in_russian(pkg, tmp_path):
    master = Championship.create(tmp_path / "m.wsk", "M", actor="organizer")
    try:
        plan = plan_merge(master, [pkg])
        with pytest.raises(DeskError) as err:
            apply_merge(master, plan, {"99": ("keep", "потому что")})
        assert str(err.value) == "There is no conflict for competency 99 in this merge."
        assert err.value.text("ru") == "В этом объединении нет конфликта по компетенции 99."
    finally:
        master.close()


def test_the_team_size_refusal_in_three_languages(tmp_path):
    champ = Championship.create(tmp_path / "t.wsk", "T", actor="tester")
    try:
        with pytest.raises(DeskError) as err:
            import_scheme(champ, tmp_path / "never-read.xlsx", "17", team_size=0)
    finally:
        champ.close()
    assert str(err.value) == "The team size must be a whole number from 1 (individual) to 20, not 0."
    assert err.value.text("ru") == "Размер команды — целое число от 1 (индивидуальное участие) до 20, а не 0."
    assert err.value.text("kk") == "Топ құрамы — бүтін сан: кемінде 1 (жеке қатысу), ең көбі 20; 0 емес."


def test_a_package_that_cannot_be_packaged_says_why_in_russian(tmp_path):
    from tests.storage.reliability_util import build, raw

    path = build(tmp_path / "t.wsk")
    raw(path, "UPDATE measurement_marks SET value = '44' WHERE aspect = 'A1.1' AND competitor = 'P01'")
    champ = Championship.open(path, readonly=True)
    try:
        with pytest.raises(DeskError) as err:
            write_package(champ, tmp_path / "t.wskpkg")
    finally:
        champ.close()
    assert str(err.value).startswith("Competency 17 cannot be packaged: aspect A1.1, competitor P01: ")
    assert str(err.value).endswith("Run `wsk-desk verify` on t.wsk.")
    assert err.value.text("ru").startswith("Компетенцию 17 нельзя упаковать: аспект A1.1, конкурсант P01: ")
