"""Fill Qt Linguist .ts files from the Python dictionaries in translations_ru.py / translations_kk.py.

Run again after lupdate adds strings: known ones are filled, new ones stay
'unfinished' and are listed, so nothing untranslated slips into a release.
English is the source language: its file is marked finished as the identity.

A dictionary maps the English source to its translation; where one source needs
different words in different places, the key (context, source) wins over source.

Plural forms: a source with %n ("%n form(s) locked", from tr(text, "", n) or
translate(context, text, None, n)) is a numerus message. Its translation is a
tuple with one text per Qt plural form of the language (ru: one, few, many;
kk: one, other) or one text for them all. English forms come from the source:
'(s)' dropped for one, 's' for the others. lupdate's Python reader marks only
tr() calls numerus, so the %n rule here decides for translate() calls too.
"""

from __future__ import annotations

import importlib
import xml.etree.ElementTree as ET
from pathlib import Path

LOCALES = {"ru": "ru_RU", "kk": "kk_KZ", "en": "en_US"}
PLURAL_FORMS = {"ru": 3, "kk": 2, "en": 2}  # how many numerus forms Qt's lrelease expects per language
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


def lookup(words: dict, context: str, source: str) -> str | tuple | None:
    found = words.get((context, source))
    return found if found is not None else words.get(source)


def is_numerus(msg: ET.Element) -> bool:
    return msg.get("numerus") == "yes" or "%n" in (msg.findtext("source") or "")


def english_forms(source: str) -> list[str]:
    """'%n form(s) locked' → ['%n form locked', '%n forms locked']."""
    return [source.replace("(s)", ""), source.replace("(s)", "s")]


def plural_forms(found: str | tuple | list | None, lang: str) -> list[str] | None:
    """The numerus forms of a dictionary entry, or None when it does not give all of them."""
    if not found:
        return None
    forms = [found] * PLURAL_FORMS[lang] if isinstance(found, str) else list(found)
    return forms if len(forms) == PLURAL_FORMS[lang] and all(forms) else None


def forms(msg: ET.Element) -> list[str]:
    """The translated texts of a message: its numerus forms, or its one translation."""
    node = msg.find("translation")
    if node is None:
        return [""]
    if is_numerus(msg):
        return [f.text or "" for f in node.iter("numerusform")] or [""]
    return [node.text or ""]


def _fill_numerus(msg: ET.Element, node: ET.Element, found: list[str] | None, lang: str) -> None:
    msg.set("numerus", "yes")
    node.text = None
    for child in list(node):
        node.remove(child)
    for text in found or [""] * PLURAL_FORMS[lang]:
        ET.SubElement(node, "numerusform").text = text or None


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
            if is_numerus(msg):
                found = english_forms(source) if lang == "en" else plural_forms(lookup(words, context, source), lang)
                _fill_numerus(msg, node, found, lang)
                if found:
                    node.attrib.pop("type", None)
                else:
                    node.set("type", "unfinished")
                    gaps.append((context, source))
                continue
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
        if node is None or not all(text.strip() for text in forms(msg)) or \
                node.get("type") in ("unfinished", "obsolete", "vanished"):
            out.append((context, msg.findtext("source") or ""))
    return out
