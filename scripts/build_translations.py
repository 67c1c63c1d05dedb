#!/usr/bin/env python3
"""Translations: refresh the Qt Linguist sources and compile them into the package.

    scripts/build_translations.py              # fill the .ts from the dictionaries, compile every .qm
    scripts/build_translations.py --update     # first pyside6-lupdate wsk_desk/ui and wsk_desk/reports
    scripts/build_translations.py --if-needed  # compile only the .qm files older than their .ts
    scripts/build_translations.py --check      # list strings still untranslated (exit 1 if any)

The .ts files (resources/translations/wsk_desk_{ru,kk,en}.ts) are what lupdate
writes and translators read; the words themselves live in scripts/translations_ru.py
and translations_kk.py, so running lupdate again never loses them. The .qm files
go to wsk_desk/i18n/ and are committed, so a plain `pip install .` has them.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
QM_DIR = ROOT / "wsk_desk" / "i18n"
SOURCES = [ROOT / "wsk_desk" / "ui", ROOT / "wsk_desk" / "reports"]
LANGS = ("ru", "kk", "en")

sys.path.insert(0, str(ROOT / "scripts"))


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease: next to this Python first (the venv), then on PATH."""
    for candidate in (Path(sys.executable).parent / name, ROOT / ".venv" / "bin" / name):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} was not found: install PySide6-Essentials (it brings the Qt Linguist tools).")
    return found


def ts_path(lang: str) -> Path:
    return TS_DIR / f"wsk_desk_{lang}.ts"


def qm_path(lang: str) -> Path:
    return QM_DIR / f"wsk_desk_{lang}.qm"


def lupdate(ts_files: list[Path]) -> None:
    """Extract every tr()/translate() string of the UI and the reports into the given .ts files."""
    cmd = [tool("pyside6-lupdate"), "-extensions", "py", "-locations", "none", "-no-obsolete",
           *[str(p.relative_to(ROOT)) for p in SOURCES], "-ts", *[str(p) for p in ts_files]]
    subprocess.run(cmd, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


def lrelease(lang: str) -> None:
    QM_DIR.mkdir(parents=True, exist_ok=True)
    cmd = [tool("pyside6-lrelease"), "-silent", str(ts_path(lang)), "-qm", str(qm_path(lang))]
    subprocess.run(cmd, cwd=ROOT, check=True)


def needs_build(lang: str) -> bool:
    ts, qm = ts_path(lang), qm_path(lang)
    return ts.exists() and (not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="run pyside6-lupdate over the sources first")
    parser.add_argument("--if-needed", action="store_true", help="compile only .qm files older than their .ts")
    parser.add_argument("--check", action="store_true", help="report untranslated strings, change nothing")
    args = parser.parse_args(argv)

    from fill_translations import fill_all, missing

    if args.check:
        gaps = {lang: missing(ts_path(lang)) for lang in ("ru", "kk")}
        for lang, items in gaps.items():
            for context, source in items:
                print(f"{lang}\t{context}\t{source!r}")
        return 1 if any(gaps.values()) else 0
    if args.if_needed:
        built = [lang for lang in LANGS if needs_build(lang)]
        for lang in built:
            lrelease(lang)
        print(f"compiled: {', '.join(built) or 'nothing (all current)'}")
        return 0
    TS_DIR.mkdir(parents=True, exist_ok=True)
    if args.update or not all(ts_path(lang).exists() for lang in LANGS):
        lupdate([ts_path(lang) for lang in LANGS])
    gaps = fill_all({lang: ts_path(lang) for lang in LANGS})
    for lang in LANGS:
        lrelease(lang)
    for lang, items in gaps.items():
        for context, source in items:
            print(f"untranslated {lang}\t{context}\t{source!r}", file=sys.stderr)
    print(f"compiled {', '.join(str(qm_path(lang).relative_to(ROOT)) for lang in LANGS)}")
    return 1 if any(gaps.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
