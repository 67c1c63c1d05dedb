"""Storage refusals speak ru/kk/en: a Russian or Kazakh desk never shows an English sentence from storage."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from tests.storage.reliability_util import build
from wsk_desk.domain.errors import DeskError
from wsk_desk.storage.championship import Championship
from wsk_desk.storage.refusals import TEMPLATES

STORAGE = Path(__file__).resolve().parents[2] / "wsk_desk" / "storage"


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("key", sorted(TEMPLATES))
def test_each_refusal_has_three_languages_with_the_same_blanks(key):
    texts = TEMPLATES[key]
    assert set(texts) == {"en", "ru", "kk"}
    assert _fields(texts["ru"]) == _fields(texts["kk"]) == _fields(texts["en"])
    assert re.search("[а-яё]", texts["ru"]) and re.search("[а-яәғқңөұүһі]", texts["kk"])


def test_storage_raises_no_english_only_desk_error():
    """`raise DeskError("...")` in storage would reach the desk untranslated: use refusals.refuse()."""
    plain = []
    for path in sorted(STORAGE.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "DeskError"
                    and node.args and isinstance(node.args[0], (ast.Constant, ast.JoinedStr))):
                plain.append(f"{path.name}:{node.lineno}")
    assert plain == []


def test_read_only_refusal_in_russian_and_kazakh(tmp_path):
    path = build(tmp_path / "a.wsk")
    with Championship.open(path, readonly=True) as champ:
        with pytest.raises(DeskError) as info:
            champ.set_measurement("17", "B1.1", "P02", "7")
    assert info.value.text("ru") == "Файл открыт только для чтения: изменения невозможны."
    assert info.value.text("kk") == "Файл тек оқу үшін ашылған: өзгерту мүмкін емес."
    assert str(info.value) == "The file is open read-only: changes are not possible."
