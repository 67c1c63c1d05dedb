"""Reading PDFs back: text per page (pdftotext) and page sizes (pdfinfo), from poppler-utils.

scripts/setup.sh installs poppler-utils; without it these helpers fail with a
sentence saying so (the tests must not silently skip).
"""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path


def _tool(name: str) -> str:
    found = shutil.which(name)
    assert found, f"{name} is missing: install poppler-utils (scripts/setup.sh does) to read PDFs back"
    return found


def pages(pdf: Path, mode: str = "-layout") -> list[str]:
    """Text of each page, NFKC-normalised: the "ﬁ" ligature reads "fi", and "…" reads "...".

    `-layout` keeps a table row on one line; `-raw` keeps a wrapped cell's lines together.
    """
    out = subprocess.run([_tool("pdftotext"), mode, str(pdf), "-"], check=True, capture_output=True,
                         text=True).stdout
    texts = out.split("\f")
    if texts and not texts[-1].strip():
        texts.pop()
    return [unicodedata.normalize("NFKC", t) for t in texts]


def text(pdf: Path) -> str:
    return "\n".join(pages(pdf))


def words(pdf: Path) -> str:
    """All text in drawing order with whitespace collapsed: finds phrases that wrap inside a cell."""
    return " ".join(" ".join(pages(pdf, "-raw")).split())


def orientations(pdf: Path) -> list[str]:
    """'portrait' or 'landscape' for every page."""
    out = subprocess.run([_tool("pdfinfo"), "-f", "1", "-l", "9999", str(pdf)], check=True, capture_output=True,
                         text=True).stdout
    result = []
    for line in out.splitlines():
        if line.startswith("Page") and "size:" in line:
            dims = line.split("size:")[1].split("pts")[0].split("x")
            w, h = float(dims[0]), float(dims[1])
            assert {round(min(w, h)), round(max(w, h))} == {595, 842}, f"not A4: {line}"
            result.append("landscape" if w > h else "portrait")
    return result
