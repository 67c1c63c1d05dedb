"""`wsk-desk export` onto a full disk or into a read-only folder: one sentence naming the file, exit 2,
the earlier file untouched, no partial or temporary file left, and no "Exception ignored" noise.

The disk is simulated at `open()`: files opened for writing under one folder get a byte budget, then
fail with ENOSPC as a real full disk does (on write, and again on close for the data still buffered),
or refuse to open as a read-only mount does. Nothing else in the process is affected.
"""

from __future__ import annotations

import builtins
import errno
import gc
import io
import sys
import tempfile
from pathlib import Path

import pytest

from tests.reports.demo_files import small_demo
from wsk_desk.cli import main

KINDS = {"medals": ".xlsx", "results": ".xlsx", "standings": ".xlsx", "package": ".wskpkg"}
PREVIOUS = b"the export the organizer already has"


class Disk:
    """Writes under `root` share `budget` bytes; `readonly` refuses to open anything for writing there."""

    def __init__(self, root: Path, budget: int = 0, readonly: bool = False) -> None:
        self.root, self.left, self.readonly = str(root), budget, readonly
        self.real_open = builtins.open

    def open(self, file, mode="r", *args, **kwargs):
        writing = any(flag in mode for flag in "wxa+")
        if not writing or not isinstance(file, (str, Path)) or not str(Path(file).resolve()).startswith(self.root):
            return self.real_open(file, mode, *args, **kwargs)
        if self.readonly:
            raise OSError(errno.EROFS, "Read-only file system", str(file))
        return _Filling(self.real_open(file, mode, *args, **kwargs), self)


class _Filling:
    """A file on a disk that fills up: the write over the budget fails, and so does the close after it."""

    def __init__(self, real, disk: Disk) -> None:
        self._real, self._disk, self._lost = real, disk, False

    def write(self, data):
        if len(data) > self._disk.left:
            self._disk.left = 0
            self._lost = True
            raise OSError(errno.ENOSPC, "No space left on device")
        self._disk.left -= len(data)
        return self._real.write(data)

    def close(self):
        self._real.close()
        if self._lost:
            self._lost = False
            raise OSError(errno.ENOSPC, "No space left on device")

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __getattr__(self, name):
        return getattr(self._real, name)


@pytest.fixture
def unraisable(monkeypatch) -> list[str]:
    """What the interpreter would print as "Exception ignored in ..." (also an error through pytest)."""
    seen: list[str] = []
    monkeypatch.setattr(sys, "unraisablehook", lambda u: seen.append(f"{u.exc_type.__name__} in {u.object!r}"))
    return seen


def export(capsys, kind: str, out: Path, disk: Disk | None, monkeypatch) -> tuple[int, str, str]:
    demo = small_demo()  # written before the disk is broken
    with monkeypatch.context() as patch:
        if disk is not None:
            patch.setattr(builtins, "open", disk.open)
            patch.setattr(io, "open", disk.open)  # zipfile opens through io.open
        code = main(["export", str(demo), kind, str(out)])
    gc.collect()  # what a failed export left dangling is finalised now, not in a later test
    stdout, stderr = capsys.readouterr()
    return code, stdout, stderr


@pytest.fixture(scope="module")
def sizes(tmp_path_factory) -> dict[str, int]:
    """Bytes of each export of the small demo, to fill the disk early, half-way and at the very end."""
    folder = tmp_path_factory.mktemp("sizes")
    found = {}
    for kind, suffix in KINDS.items():
        out = folder / f"ok{suffix}"
        assert main(["export", str(small_demo()), kind, str(out)]) == 0
        found[kind] = out.stat().st_size
    return found


@pytest.mark.parametrize("kind", list(KINDS))
@pytest.mark.parametrize("fill", [0.0, 0.5, 0.999])
def test_a_full_disk_is_one_sentence_and_leaves_the_old_file(kind, fill, sizes, tmp_path, capsys, monkeypatch,
                                                             unraisable):
    out = tmp_path / f"r{KINDS[kind]}"
    out.write_bytes(PREVIOUS)
    disk = Disk(tmp_path, budget=int(sizes[kind] * fill))
    code, stdout, stderr = export(capsys, kind, out, disk, monkeypatch)
    assert (code, stdout, stderr) == (2, "", f"wsk-desk: Cannot write {out}: no space left on device.\n")
    assert out.read_bytes() == PREVIOUS
    assert [p.name for p in tmp_path.iterdir()] == [out.name]
    assert unraisable == []


@pytest.mark.parametrize("kind", list(KINDS))
def test_a_read_only_folder_is_one_sentence(kind, tmp_path, capsys, monkeypatch, unraisable):
    out = tmp_path / f"r{KINDS[kind]}"
    code, stdout, stderr = export(capsys, kind, out, Disk(tmp_path, readonly=True), monkeypatch)
    assert (code, stdout, stderr) == (2, "", f"wsk-desk: Cannot write {out}: read-only file system.\n")
    assert list(tmp_path.iterdir()) == []
    assert unraisable == []


@pytest.mark.parametrize("kind", ["medals", "results", "standings"])
@pytest.mark.parametrize("budget", [0, 3000])
def test_a_full_temporary_folder_names_it_and_leaves_nothing(kind, budget, tmp_path, capsys, monkeypatch,
                                                            unraisable):
    """openpyxl streams write-only sheets through files in the system's temporary folder."""
    system_tmp, folder = tmp_path / "tmp", tmp_path / "out"
    system_tmp.mkdir(), folder.mkdir()
    out = folder / "r.xlsx"
    out.write_bytes(PREVIOUS)
    monkeypatch.setattr(tempfile, "tempdir", str(system_tmp))
    code, stdout, stderr = export(capsys, kind, out, Disk(system_tmp, budget=budget), monkeypatch)
    assert (code, stdout) == (2, "")
    assert stderr == f"wsk-desk: Cannot write {out}: no space left on device in the temporary folder {system_tmp}.\n"
    assert out.read_bytes() == PREVIOUS
    assert [p.name for p in folder.iterdir()] == [out.name] and list(system_tmp.iterdir()) == []
    assert unraisable == []


@pytest.mark.parametrize("kind", list(KINDS))
def test_a_successful_export_leaves_no_temporary_file(kind, tmp_path, capsys, monkeypatch, unraisable):
    system_tmp, folder = tmp_path / "tmp", tmp_path / "out"
    system_tmp.mkdir(), folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(system_tmp))
    out = folder / f"r{KINDS[kind]}"
    out.write_bytes(PREVIOUS)
    code, stdout, stderr = export(capsys, kind, out, None, monkeypatch)
    assert (code, stderr) == (0, "") and stdout.startswith(f"Wrote {out}: ")
    assert out.read_bytes()[:2] == b"PK"  # replaced by the new zip
    assert [p.name for p in folder.iterdir()] == [out.name] and list(system_tmp.iterdir()) == []
    assert unraisable == []


def test_a_failure_while_a_sheet_streams_propagates_and_leaves_nothing(tmp_path, monkeypatch, unraisable):
    """Not a disk error (a bug, Ctrl+C): the same error comes out, the half-streamed sheet is closed quietly."""
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

    from wsk_desk.exchange.excel_export import export_results
    from wsk_desk.storage.championship import Championship

    system_tmp = tmp_path / "tmp"
    system_tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(system_tmp))
    real_append, calls = WriteOnlyWorksheet.append, []

    def append(self, row):
        calls.append(row)
        if len(calls) == 5:
            raise RuntimeError("interrupted")
        return real_append(self, row)

    monkeypatch.setattr(WriteOnlyWorksheet, "append", append)
    champ = Championship.open(small_demo(), readonly=True)
    try:
        with pytest.raises(RuntimeError, match="interrupted"):
            export_results(champ, tmp_path / "r.xlsx")
    finally:
        champ.close()
    gc.collect()
    assert len(calls) == 5 and [p.name for p in tmp_path.iterdir()] == ["tmp"]
    assert list(system_tmp.iterdir()) == [] and unraisable == []
