"""Putting a finished PDF on disk: the whole file or nothing, and a failure said in one sentence.

Qt's PDF writer does not report a failed write: on a full disk it left a
truncated file and the desk said "Wrote ...". So Qt renders into memory and
Python writes the bytes, where every failure is an OSError; the bytes are
flushed to the disk (fsync) before the temporary file is renamed into place,
so a reader never finds half a PDF under the real name, and the temporary
file is removed whatever happens.
"""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ..domain.errors import DeskError
from ..i18n import installed_lang

translate = QCoreApplication.translate


class PdfWriteError(DeskError):
    """The PDF could not be written; nothing was left behind (an earlier file of that name is untouched)."""

    def __init__(self, path: Path, exc: OSError):
        self.path, self.errno = path, exc.errno
        english, local = _reason(exc)
        super().__init__(f"Cannot write {path}: {english}; no file was written.")
        lang = installed_lang()
        if lang and lang != "en":  # the desk's own language for the GUI; the CLI prints the English
            self.texts = {lang: translate("Reports", "Cannot write {file}: {reason}; no file was written.")
                          .format(file=path, reason=local)}


def write_pdf_bytes(path: Path, data: bytes) -> None:
    """Write `data` to `path` atomically: temp file, fsync, rename. Raises PdfWriteError."""
    tmp = path.with_name(f".{path.name}.partial")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o666)
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise PdfWriteError(path, exc) from exc
    _sync_folder(path.parent)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); a folder that cannot be synced is no reason to fail."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _reason(exc: OSError) -> tuple[str, str]:
    """Why, in English and in the desk's language."""
    code = exc.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return "no space left on device", translate("Reports", "no space left on device")
    if code == errno.EFBIG:
        return "the file is larger than allowed here", translate("Reports", "the file is larger than allowed here")
    if code == errno.EROFS:
        return "the disk is read-only", translate("Reports", "the disk is read-only")
    if code in (errno.EACCES, errno.EPERM):
        return "permission denied", translate("Reports", "permission denied")
    if code == errno.EIO:
        return ("the disk failed (was the USB stick pulled?)",
                translate("Reports", "the disk failed (was the USB stick pulled?)"))
    if code == errno.ENOENT:
        return "the folder is no longer there", translate("Reports", "the folder is no longer there")
    text = (exc.strerror or str(exc)).rstrip(".")
    text = text[:1].lower() + text[1:]
    return text, text
