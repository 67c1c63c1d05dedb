"""Which file the desk opens when started without one: the last file, or on first start the demo.

Generating the national demo takes several seconds, so a prebuilt copy ships
compressed in `wsk_desk/resources/demo/` (built by scripts/build_demo.py) and
is unpacked into the user's data folder; generation is the fallback.
"""

from __future__ import annotations

import lzma
import os
import shutil
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

DEMO_NAME = "WSK-Demo-2025.wsk"
RESOURCE = Path(__file__).resolve().parent.parent / "resources" / "demo" / "national.wsk.xz"


def data_dir() -> Path:
    path = Path(QStandardPaths.writableLocation(QStandardPaths.AppDataLocation))
    path.mkdir(parents=True, exist_ok=True)
    return path


def demo_path() -> Path:
    return data_dir() / DEMO_NAME


def install_demo(target: Path | None = None) -> Path:
    """Put the national demo at `target` (never half-written: a temp name, then rename)."""
    target = target or demo_path()
    tmp = target.with_name(target.name + ".partial")
    for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        leftover.unlink(missing_ok=True)
    if RESOURCE.exists():
        with lzma.open(RESOURCE) as src, open(tmp, "wb") as dst:
            shutil.copyfileobj(src, dst, 1 << 20)
            dst.flush()
            os.fsync(dst.fileno())
    else:
        from ..demo.generate import write_demo
        from ..storage.compact import fold_wal

        champ = write_demo(tmp, "national")
        fold_wal(champ)
        champ.close()
    os.replace(tmp, target)
    for leftover in (Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        leftover.unlink(missing_ok=True)
    return target


def startup_file() -> Path:
    """The last file if it is still there; otherwise the demo, installed on first start."""
    last = str(QSettings().value("last_file", "") or "")
    if last and Path(last).exists():
        return Path(last)
    demo = demo_path()
    if not demo.exists():
        install_demo(demo)
    return demo


def build_resource(out: Path = RESOURCE) -> Path:
    """Regenerate the shipped demo (run after the demo generator or the file format changes)."""
    import tempfile

    from ..demo.generate import write_demo
    from ..storage.compact import fold_wal

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "national.wsk"
        champ = write_demo(path, "national")
        fold_wal(champ, vacuum=True)
        champ.close()
        out.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "rb") as src, lzma.open(out, "wb", preset=9) as dst:
            shutil.copyfileobj(src, dst, 1 << 20)
    return out
