"""Render every printable document of the national demo to PNG, for docs/screenshots/.

    .venv/bin/python scripts/render_documents.py [NATIONAL.wsk] [--out docs/screenshots] [--dpi 60]

Without a file it writes the national demo to a temporary folder first. Needs
pdftoppm (poppler-utils). Look at the PNGs: no column may be cut off, and the
Kazakh letters must be there.
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
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from wsk_desk.reports import build_document  # noqa: E402
from wsk_desk.storage.championship import Championship  # noqa: E402

# (png name, kind, competency, form, lang, pages): competency 20 has 20 competitors and locked forms
SHOTS = [
    ("marking_form_blank", "forms", "20", "A1", "ru", 1),
    ("marking_form_filled", "marks", "20", "A1", "ru", 1),
    ("results_sheet", "results", "18", None, "ru", 2),
    ("results_sheet_kk", "results", "20", None, "kk", 1),
    ("results_sheet_team", "results", "23", None, "en", 1),
    ("medal_list", "medals", None, None, "ru", 1),
    ("team_standings", "standings", None, None, "kk", 2),
    ("audit_report", "audit", "18", None, "ru", 1),
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", help="a national demo file (default: write one)")
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--dpi", type=int, default=60)
    args = parser.parse_args()
    if not shutil.which("pdftoppm"):
        print("pdftoppm is missing: install poppler-utils.", file=sys.stderr)
        return 1
    work = Path(tempfile.mkdtemp(prefix="wsk-shots-"))
    try:
        path = Path(args.file) if args.file else _demo(work)
        out = Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        champ = Championship.open(path, readonly=True)
        try:
            for name, kind, code, form, lang, pages in SHOTS:
                pdf = work / f"{name}.pdf"
                count = build_document(kind, champ, code=code, form=form, lang=lang).to_pdf(pdf)
                for old in out.glob(f"{name}*.png"):
                    old.unlink()
                subprocess.run(["pdftoppm", "-r", str(args.dpi), "-f", "1", "-l", str(min(pages, count)), "-png",
                                str(pdf), str(work / name)], check=True)
                for png in sorted(work.glob(f"{name}-*.png")):  # pdftoppm pads page numbers by the page count
                    page = int(png.stem.rsplit("-", 1)[1])
                    shutil.move(png, out / f"{name}-p{page}.png")
                print(f"{name}: {count} pages, first {min(pages, count)} rendered")
        finally:
            champ.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def _demo(work: Path) -> Path:
    from wsk_desk.demo.generate import write_demo

    path = work / "national.wsk"
    write_demo(path, "national").close()
    return path


if __name__ == "__main__":
    sys.exit(main())
