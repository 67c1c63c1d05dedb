"""Writing a write-only workbook to its file so that a failure leaves nothing behind.

openpyxl streams each write-only sheet into a file of the system's temporary
folder through two generators, and `Workbook.save` leaves its ZipFile open when
a write fails. After a failure (a full disk, a read-only folder) the garbage
collector then finalises both, which prints dozens of "Exception ignored"
tracebacks, and the temporary files stay until the process ends. Here every
sheet is finished before the output is opened, the zip is written and closed
by this module into `.NAME.partial` beside the output, and on any failure the
sheets' generators are closed and their files removed; the error becomes one
sentence naming the output file.
"""

from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager, suppress
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl import Workbook
from openpyxl.worksheet import _writer as sheet_writer
from openpyxl.writer.excel import ExcelWriter

from ..domain.errors import DeskError


def check_target(path: str | Path) -> Path:
    """Refuse a bad output path before any sheet is built."""
    path = Path(path)
    if not path.parent.is_dir():
        raise DeskError(f"{path.parent}: the folder does not exist.")
    if path.is_dir():
        raise DeskError(f"{path}: this is a folder; name the output file.")
    return path


def reason(exc: OSError) -> str:
    """'No space left on device' → 'no space left on device', to follow a colon inside a sentence."""
    text = (exc.strerror or str(exc) or type(exc).__name__).strip().rstrip(".")
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def cannot_write(path: str | Path, exc: OSError, where: str = "") -> DeskError:
    return DeskError(f"Cannot write {path}: {reason(exc)}{where}.")


@contextmanager
def output_workbook(path: str | Path) -> Iterator[Workbook]:
    """`with output_workbook(path) as wb:` add write-only sheets; leaving the block cleanly writes `path`.

    Raises DeskError naming `path` when the temporary folder or the output's
    disk fails; the file already at `path` is then left as it was.
    """
    path = check_target(path)
    wb = Workbook(write_only=True)
    known = set(_temp_files())
    try:
        try:
            yield wb
            for ws in wb.worksheets:  # finish every sheet: nothing streams while the output is written
                if not ws.closed:
                    ws.close()
        except OSError as exc:
            raise cannot_write(path, exc, f" in the temporary folder {tempfile.gettempdir()}") from exc
        _save(wb, path)
    finally:
        discard(wb)
        _remove_new_temp_files(known)


def _save(wb: Workbook, path: Path) -> None:
    """Zip the finished sheets into `.NAME.partial`, flush it to disk, then rename it over `path`."""
    partial = path.with_name(f".{path.name}.partial")
    try:
        with open(partial, "wb") as fh:
            archive = ZipFile(fh, "w", ZIP_DEFLATED, allowZip64=True)
            try:
                wb.properties.modified = datetime.now(timezone.utc).replace(tzinfo=None)
                ExcelWriter(wb, archive).save()  # closes the archive when all went well
            finally:
                with suppress(Exception):  # after a failure: nothing left open for ZipFile.__del__
                    archive.close()
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(partial, path)
    except OSError as exc:
        raise cannot_write(path, exc) from exc
    finally:
        with suppress(OSError):
            partial.unlink(missing_ok=True)


def discard(wb: Workbook) -> None:
    """Close what openpyxl still streams for `wb` and delete its temporary sheet files (idempotent)."""
    for ws in wb.worksheets:
        writer = getattr(ws, "_writer", None)
        for stream in (getattr(ws, "_rows", None), getattr(writer, "xf", None)):
            if stream is not None:
                with suppress(Exception):  # the disk that failed may fail again on the closing tags
                    stream.close()
        out = getattr(writer, "out", None)
        if isinstance(out, str) and os.path.exists(out):
            with suppress(OSError, ValueError):
                writer.cleanup()


def _temp_files() -> list[str]:
    """openpyxl's list of the temporary sheet files it created (it removes the rest only at exit)."""
    return getattr(sheet_writer, "ALL_TEMP_FILES", [])


def _remove_new_temp_files(known: set[str]) -> None:
    """Remove the temporary sheet files created since `known` that are still on disk.

    When the temporary folder is full, openpyxl can fail while opening a sheet's
    file, before the sheet holds its name; only its list still does. Exports
    run one at a time in a process (the GUI's on its main thread), so a file
    created meanwhile belongs to this workbook.
    """
    files = _temp_files()
    for name in [f for f in files if f not in known]:
        with suppress(OSError):
            os.remove(name)
        with suppress(ValueError):
            files.remove(name)
