"""Fill Qt Linguist .ts files from the Python dictionaries in translations_ru.py / translations_kk.py.

Run again after lupdate adds strings: known ones are filled, new ones stay
'unfinished' and are listed, so nothing untranslated slips into a release.
English is the source language: its file is marked finished as the identity.

A dictionary maps the English source to its translation; where one source needs
different words in different places, the key (context, source) wins over source.
"""

from __future__ import annotations

import importlib
import xml.etree.ElementTree as ET
from pathlib import Path

LOCALES = {"ru": "ru_RU", "kk": "kk_KZ", "en": "en_US"}
Key = tuple[str, str]


def dictionary(lang: str) -> dict:
    """The words for `lang` (a fresh import, so an edited dictionary is picked up)."""
    if lang == "en":
        return {}
    module = importlib.import_module(f"translations_{lang}")
    return importlib.reload(module).WORDS


def messages(ts: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [(ctx.findtext("name") or "", msg) for ctx in root.iter("context") for msg in ctx.iter("message")]


def lookup(words: dict, context: str, source: str) -> str | None:
    found = words.get((context, source))
    return found if found is not None else words.get(source)


def fill(ts: Path, lang: str) -> list[Key]:
    """Write the translations into `ts`; the (context, source) pairs still missing are returned."""
    tree = ET.parse(ts)
    root = tree.getroot()
    root.set("language", LOCALES[lang])
    root.set("sourcelanguage", "en_US")
    words = dictionary(lang)
    gaps: list[Key] = []
    for ctx in root.iter("context"):
        context = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            node = msg.find("translation")
            if node is None:
                node = ET.SubElement(msg, "translation")
            text = source if lang == "en" else lookup(words, context, source)
            if text:
                node.text = text
                node.attrib.pop("type", None)
            else:
                node.text = None
                node.set("type", "unfinished")
                gaps.append((context, source))
    ET.indent(tree, space="    ")
    body = ET.tostring(root, encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return gaps


def fill_all(files: dict[str, Path]) -> dict[str, list[Key]]:
    return {lang: fill(path, lang) for lang, path in files.items()}


def missing(ts: Path) -> list[Key]:
    """Strings of `ts` without a finished, non-empty translation."""
    out = []
    for context, msg in messages(ts):
        node = msg.find("translation")
        if node is None or not (node.text or "").strip() or node.get("type") in ("unfinished", "obsolete", "vanished"):
            out.append((context, msg.findtext("source") or ""))
    return out
