"""Translations: every string translated in ru and kk, the .ts current with the code, the .qm current with
the .ts, placeholders and shortcuts intact; `print`/`export --lang kk` give Kazakh headers."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QTranslator

from wsk_desk import i18n
from wsk_desk.cli import main

ROOT = Path(__file__).resolve().parent.parent
TS = {lang: ROOT / "resources" / "translations" / f"wsk_desk_{lang}.ts" for lang in i18n.LANGS}
PLACEHOLDER = re.compile(r"%L?\d+|\{[^{}]*\}")
ACCEL = re.compile(r"&(?!&)\S")

sys.path.insert(0, str(ROOT / "scripts"))
import build_translations  # noqa: E402
from fill_translations import english_forms, forms, is_numerus, messages, missing  # noqa: E402

# which numerus form Qt picks for 1, 2 and 5 (ru: one, few, many; kk and en: one, other)
FORM_OF = {"ru": {1: 0, 2: 1, 5: 2}, "kk": {1: 0, 2: 1, 5: 1}, "en": {1: 0, 2: 1, 5: 1}}


def pairs(ts: Path) -> list[tuple[str, str, str]]:
    """(context, source, translation) of every message; one per plural form of a %n message."""
    return [(ctx, m.findtext("source") or "", text) for ctx, m in messages(ts) for text in forms(m)]


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_every_string_is_translated_and_finished(lang):
    gaps = missing(TS[lang])
    assert not gaps, f"{len(gaps)} strings untranslated or unfinished in {lang}, e.g. {gaps[:5]}"
    assert len(pairs(TS[lang])) > 300  # the whole desk, not an empty file


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_translations_are_not_just_the_english(lang):
    """A translation equal to its English source is allowed only for codes and symbols."""
    same = [s for _, s, t in pairs(TS[lang])
            if s == t and re.search(r"[A-Za-z]{3}", PLACEHOLDER.sub("", s).replace("WSK Desk", ""))]
    assert not same, same[:10]
    letters = "".join(t for _, _, t in pairs(TS[lang]))
    if lang == "kk":  # the Kazakh letters are really there (not Russian under a Kazakh name)
        assert all(ch in letters for ch in "әғқңөұүі")


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_placeholders_shortcuts_and_tabs_survive_translation(lang):
    for ctx, source, text in pairs(TS[lang]):
        where = f"{lang} {ctx}: {source!r} -> {text!r}"
        assert sorted(set(PLACEHOLDER.findall(source))) == sorted(set(PLACEHOLDER.findall(text))), where
        assert len(ACCEL.findall(source)) == len(ACCEL.findall(text)), where
        assert source.count("\t") == text.count("\t") and source.split("\t")[1:] == text.split("\t")[1:], where
        assert source.count("\n") == text.count("\n"), where
        assert ("%n" in source) == ("%n" in text), where  # a plural form shows its number


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_plural_messages_have_every_form_of_the_language(lang):
    """A %n message has Qt's number of plural forms for the language, each with its %n."""
    numerus = [(ctx, m) for ctx, m in messages(TS[lang]) if is_numerus(m)]
    assert len(numerus) >= 10
    for ctx, m in numerus:
        texts = forms(m)
        assert m.get("numerus") == "yes" and len(texts) == len(set(FORM_OF[lang].values())), (ctx, texts)
        assert all("%n" in t for t in texts), (lang, ctx, texts)
    if lang == "ru":  # one, few, many really differ somewhere
        assert any(len(set(forms(m))) == 3 for _, m in numerus)


def test_english_is_the_source_itself_and_finished():
    assert not missing(TS["en"])
    for _, m in messages(TS["en"]):
        source = m.findtext("source") or ""
        assert forms(m) == (english_forms(source) if is_numerus(m) else [source])
    assert english_forms("%n disagreement(s) to confirm") == ["%n disagreement to confirm",
                                                              "%n disagreements to confirm"]


def test_the_ts_files_are_current_with_the_code(tmp_path):
    """lupdate on today's sources finds exactly the strings the .ts files hold (run --update when this fails)."""
    fresh = tmp_path / "fresh.ts"
    build_translations.lupdate([fresh])
    found = {(ctx, m.findtext("source")) for ctx, m in messages(fresh)}
    for lang in i18n.LANGS:
        held = {(ctx, m.findtext("source")) for ctx, m in messages(TS[lang])}
        assert found - held == set(), f"new strings not in {lang}.ts: {sorted(found - held)[:5]}"
        assert held - found == set(), f"strings gone from the code still in {lang}.ts: {sorted(held - found)[:5]}"


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_the_shipped_qm_matches_the_ts(lang):
    """The compiled file in the package gives every translation of the .ts (rebuild when this fails)."""
    translator = QTranslator()
    assert translator.load(str(i18n.qm_path(lang)))
    wrong = []
    for ctx, m in messages(TS[lang]):
        source, texts = m.findtext("source") or "", forms(m)
        if is_numerus(m):
            wrong += [(ctx, source, n) for n, i in FORM_OF[lang].items()
                      if translator.translate(ctx, source, None, n) != texts[i]]
        elif translator.translate(ctx, source) != texts[0]:
            wrong.append((ctx, source))
    assert not wrong, wrong[:5]


def test_package_data_ships_the_qm_files():
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"i18n/*.qm"' in text
    assert all(i18n.qm_path(lang).parent == ROOT / "wsk_desk" / "i18n" for lang in i18n.LANGS)


def test_pseudo_translation_brackets_lengthens_and_keeps_placeholders():
    for text in ("Save", "Form %1 is locked.", "&File", "Page {page} of {pages}", "Sign off…"):
        shown = i18n.pseudo(text)
        assert shown.startswith("[") and shown.endswith("]")
        assert len(shown) - len(text) >= 0.4 * len(PLACEHOLDER.sub("", text))
        assert text in shown  # placeholders, accelerators and words untouched
    assert i18n.pseudo("") == ""


def test_if_needed_compiles_only_what_is_older(tmp_path, monkeypatch):
    """--if-needed leaves current .qm files alone and rebuilds one whose .ts is newer."""
    qm_dir = tmp_path / "i18n"
    qm_dir.mkdir()
    monkeypatch.setattr(build_translations, "QM_DIR", qm_dir)
    assert build_translations.main(["--if-needed"]) == 0
    built = {lang: (qm_dir / f"wsk_desk_{lang}.qm").stat().st_mtime_ns for lang in i18n.LANGS}
    assert build_translations.main(["--if-needed"]) == 0
    assert built == {lang: (qm_dir / f"wsk_desk_{lang}.qm").stat().st_mtime_ns for lang in i18n.LANGS}


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    from wsk_desk.demo.generate import write_demo

    path = tmp_path_factory.mktemp("lang") / "small.wsk"
    write_demo(path, "small").close()
    return path


def test_export_lang_kk_gives_kazakh_headers_and_names(demo_file, tmp_path, capsys):
    out = tmp_path / "medals.xlsx"
    assert main(["export", str(demo_file), "medals", str(out), "--lang", "kk"]) == 0
    book = load_workbook(out, read_only=True)  # read-only books keep the file open until closed
    try:
        cells = [str(c) for row in book.worksheets[0].iter_rows(values_only=True) for c in row if c is not None]
    finally:
        book.close()
    assert {"Орын", "Өңір", "Құзыреттілік", "Тегі"} <= set(cells)
    assert "Фамилия" not in cells and "Surname" not in cells
    assert any("облысы" in c or "қаласы" in c for c in cells)  # region names in Kazakh


@pytest.mark.gui
@pytest.mark.parametrize("lang, words, absent", [
    ("kk", ["Нәтижелер ведомосі", "Балл", "Шкала", "Орын", "Бет 1 /"], ["Results sheet", "Ведомость результатов"]),
    ("ru", ["Ведомость результатов", "Баллы", "Шкала", "Страница 1 из"], ["Results sheet", "Нәтижелер ведомосі"]),
    ("en", ["Results sheet", "Raw", "Scale", "Page 1 of"], ["Ведомость результатов"]),
])
def test_print_lang_gives_headers_in_that_language(demo_file, tmp_path, capsys, lang, words, absent):
    out = tmp_path / f"results-{lang}.pdf"
    assert main(["print", str(demo_file), "results", str(out), "--competency", "17", "--lang", lang]) == 0
    text = " ".join(subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    for word in words:
        assert word in text, (word, text[:400])
    for word in absent:
        assert word not in text
    assert i18n.installed_lang() is None  # --lang did not leave its translators behind


def test_no_translation_call_hides_inside_an_f_string():
    """lupdate cannot see tr()/translate() inside f-string braces: such a string is never translated."""
    import tokenize

    hidden = []
    for folder in build_translations.SOURCES:
        for path in folder.rglob("*.py"):
            with path.open("rb") as f:
                for tok in tokenize.tokenize(f.readline):
                    prefix = tok.string[:2].lower() if tok.type == tokenize.STRING else ""
                    if "f" in prefix and re.search(r"\{[^{}]*\b(tr|translate)\(", tok.string):
                        hidden.append(f"{path.name}:{tok.start[0]}")
    assert not hidden, hidden
