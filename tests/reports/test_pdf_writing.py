"""A PDF reaches the disk whole or not at all, and a failed write is said, never reported as success.

Qt's PDF writer keeps quiet about a failed write: on a nearly full disk the desk
printed "Wrote ...", exit 0, and left a truncated PDF. The CLI test below makes
the disk "full" for real with a file-size limit (RLIMIT_FSIZE), the others make
one step of the Python write fail with ENOSPC.
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu, QWidget

from tests.reports.demo_files import tiny
from wsk_desk.cli import main
from wsk_desk.reports import build_document
from wsk_desk.reports.document import Document, Section
from wsk_desk.reports.pdf_file import PdfWriteError
from wsk_desk.storage.championship import Championship

ROOT = Path(__file__).resolve().parents[2]


def small_doc() -> Document:
    return Document("Чемпионат", [Section("Бет", "<p>әғқ</p>" * 30)], "en")


def full_disk(*args, **kwargs):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.mark.parametrize("step", ["write", "fsync", "replace"])
def test_a_full_disk_is_one_sentence_and_leaves_no_file(tmp_path, monkeypatch, step):
    out = tmp_path / "d.pdf"
    monkeypatch.setattr(os, step, full_disk)
    with pytest.raises(PdfWriteError) as caught:
        small_doc().to_pdf(out)
    monkeypatch.undo()
    assert str(caught.value) == f"Cannot write {out}: no space left on device; no file was written."
    assert list(tmp_path.iterdir()) == []  # neither the PDF nor its temporary file


def test_a_failed_write_keeps_the_earlier_file_of_that_name(tmp_path, monkeypatch):
    out = tmp_path / "d.pdf"
    out.write_bytes(b"%PDF earlier")
    monkeypatch.setattr(os, "write", full_disk)
    with pytest.raises(PdfWriteError):
        small_doc().to_pdf(out)
    monkeypatch.undo()
    assert out.read_bytes() == b"%PDF earlier" and [p.name for p in tmp_path.iterdir()] == ["d.pdf"]


def test_the_written_pdf_is_whole(tmp_path):
    out = tmp_path / "d.pdf"
    assert small_doc().to_pdf(out) == 1
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")
    assert [p.name for p in tmp_path.iterdir()] == ["d.pdf"]


# `wsk-desk print` with the disk "full" from the moment the PDF is written: a file-size limit (RLIMIT_FSIZE)
# makes every write past 4 000 bytes fail, as a nearly full disk does (the championship file opens first).
FULL_DISK_PRINT = """
import resource, signal, sys
from wsk_desk.reports.document import Document
real_to_pdf = Document.to_pdf
def to_pdf_on_a_full_disk(self, path):
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG) instead of killing
    resource.setrlimit(resource.RLIMIT_FSIZE, (4000, resource.RLIM_INFINITY))
    return real_to_pdf(self, path)
Document.to_pdf = to_pdf_on_a_full_disk
from wsk_desk.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_the_print_command_on_a_full_disk_fails_and_writes_nothing(tmp_path):
    """What the auditor saw: a truncated PDF and "Wrote ...", exit 0. Now: one sentence, exit 1, no file."""
    out = tmp_path / "forms.pdf"
    done = subprocess.run([sys.executable, "-c", FULL_DISK_PRINT, "print", str(tiny()), "forms", str(out),
                           "--competency", "17", "--lang", "kk"], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=60)
    assert done.returncode == 1, done.stdout + done.stderr
    assert done.stdout == ""
    assert done.stderr == (f"wsk-desk: Cannot write {out}: the file is larger than allowed here; "
                           "no file was written.\n")
    assert list(tmp_path.iterdir()) == []


def test_the_print_command_counts_one_page_in_the_singular(tmp_path, capsys):
    out = tmp_path / "r.pdf"
    assert main(["print", str(tiny()), "results", str(out), "--competency", "17", "--lang", "en"]) == 0
    assert capsys.readouterr().out == f"Wrote {out}: results sheets, 1 page.\n"


def test_the_print_command_says_a_failed_write_with_exit_1(tmp_path, capsys, monkeypatch):
    out = tmp_path / "r.pdf"
    monkeypatch.setattr(os, "fsync", full_disk)
    code = main(["print", str(tiny()), "results", str(out), "--competency", "17", "--lang", "ru"])
    monkeypatch.undo()
    captured = capsys.readouterr()
    assert code == 1 and captured.out == ""
    assert captured.err == f"wsk-desk: Cannot write {out}: no space left on device; no file was written.\n"
    assert list(tmp_path.iterdir()) == []


@pytest.fixture
def menu(qtbot):
    """The desk's Reports menu on the hand-made championship, its messages collected."""
    from wsk_desk.ui.reports_menu import ReportsMenu

    champ = Championship.open(tiny(), readonly=True)
    parent = QWidget()
    qtbot.addWidget(parent)
    said: list[tuple[str, bool]] = []
    reports = ReportsMenu(QMenu(parent), parent, lambda: (champ, "17", "A1", "ru"),
                          lambda text, error: said.append((text, error)))
    yield reports, said
    champ.close()


def test_save_as_pdf_in_the_desk_says_the_disk_is_full_instead_of_saved(menu, tmp_path, monkeypatch):
    from wsk_desk.i18n import use_language

    reports, said = menu
    out = tmp_path / "results.pdf"
    monkeypatch.setattr(os, "write", full_disk)
    with use_language("ru"):
        assert reports.save_pdf("results", str(out)) is None
    monkeypatch.undo()
    assert said == [(f"Не удалось записать {out}: на диске нет места; файл не записан.", True)]
    assert list(tmp_path.iterdir()) == []
    assert reports.save_pdf("results", str(out)) == out and said[-1] == (f"Saved {out}.", False)


def test_a_document_built_for_the_desk_is_not_written_by_qt(tmp_path, monkeypatch):
    """Every byte goes through Python's write: nothing Qt could truncate silently."""
    champ = Championship.open(tiny(), readonly=True)
    try:
        doc = build_document("forms", champ, code="17", lang="kk")
    finally:
        champ.close()
    seen: list[int] = []
    real_write = os.write
    monkeypatch.setattr(os, "write", lambda fd, data: seen.append(len(data)) or real_write(fd, data))
    out = tmp_path / "f.pdf"
    doc.to_pdf(out)
    monkeypatch.undo()
    assert sum(seen) == out.stat().st_size > 0
