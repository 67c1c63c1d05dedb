"""Marks entry and results at 1366×768 in every language, and in the pseudo-translation, into docs/screenshots/.

    .venv/bin/python scripts/screenshots_i18n.py [--out docs/screenshots]

Writes marks-entry-{ru,kk,en,pseudo}.png and results-{ru,kk,en,pseudo}.png. Each
language runs in its own process (a fresh QApplication started in that language,
WSK_LANG / WSK_PSEUDO) through scripts/screenshots.py, which picks a half-entered form
with a disagreement on the national demo. Look at them: nothing cut off, Kazakh
letters right; in the pseudo set every string is bracketed, so a missing "]" is a
widget too narrow for a 40% longer language.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KEEP = ("marks-entry", "results")
RUNS = {"ru": {"WSK_LANG": "ru"}, "kk": {"WSK_LANG": "kk"}, "en": {"WSK_LANG": "en"},
        "pseudo": {"WSK_LANG": "ru", "WSK_PSEUDO": "1"}}


def shoot(name: str, extra_env: dict[str, str], out: Path) -> list[Path]:
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                   XDG_CONFIG_HOME=str(Path(tmp) / "config"), XDG_DATA_HOME=str(Path(tmp) / "data"), **extra_env)
        if "WSK_PSEUDO" not in extra_env:
            env.pop("WSK_PSEUDO", None)
        shots = Path(tmp) / "shots"
        subprocess.run([sys.executable, str(ROOT / "scripts" / "screenshots.py"), "--out", str(shots)],
                       env=env, check=True, stdout=subprocess.DEVNULL)
        written = []
        for stem in KEEP:
            target = out / f"{stem}-{name}.png"
            shutil.copyfile(shots / f"{stem}.png", target)
            written.append(target)
        return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--only", choices=list(RUNS), action="append", help="just these languages")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for name in args.only or RUNS:
        for path in shoot(name, RUNS[name], out):
            print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


if __name__ == "__main__":
    main()
