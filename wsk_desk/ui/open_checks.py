"""Opening a championship in the desk: one writer, open-time checks, a way out of every problem.

`open_for_desk(parent, path)` is the only way the window should open a
file. It takes the writer's lock (offering read-only or cancel when another
desk holds it), refuses a file from a newer desk with a sentence, offers the
newest good backup for a damaged file (restored to a NEW file: the damaged
one stays as evidence), attaches automatic backups, and runs the audit check
whose result (`champ.integrity`) drives the window's red banner.

Questions go through `ask(kind, text, choices) -> choice key | None`; the
default shows a QMessageBox, tests pass their own.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..domain.errors import DeskError
from ..storage import backup
from ..storage.championship import Championship
from ..storage.connection import FileProblem
from ..storage.filelock import FileLock, LockHeld
from ..storage.integrity import verify_db
from .texts import fmt_when

Ask = Callable[[str, str, list[tuple[str, str]]], "str | None"]
Warn = Callable[[str], None]


translate = QCoreApplication.translate  # not a bare tr(): lupdate would file those under context ""


def _ok() -> list[tuple[str, str]]:
    return [("ok", translate("OpenChecks", "OK"))]


def _readonly_or_cancel() -> list[tuple[str, str]]:
    return [("readonly", translate("OpenChecks", "Open read-only")), ("cancel", translate("OpenChecks", "Cancel"))]


def message_box_asker(parent: QWidget | None) -> Ask:
    """Ask with a modal QMessageBox; `kind` picks the icon (error, warning, question)."""

    def ask(kind: str, text: str, choices: list[tuple[str, str]]) -> str | None:
        icon = {"error": QMessageBox.Icon.Critical, "warning": QMessageBox.Icon.Warning}.get(
            kind, QMessageBox.Icon.Question)
        box = QMessageBox(icon, translate("OpenChecks", "WSK Desk"), text, QMessageBox.StandardButton.NoButton, parent)
        buttons = {}
        for i, (key, label) in enumerate(choices):
            role = QMessageBox.ButtonRole.RejectRole if key == "cancel" else QMessageBox.ButtonRole.AcceptRole
            button = box.addButton(label, role)
            buttons[button] = key
            if i == 0:
                box.setDefaultButton(button)
        box.exec()
        return buttons.get(box.clickedButton())

    return ask


def integrity_failed(champ: Championship) -> bool:
    """True when the window must show the red banner: the audit log does not prove the marks."""
    return champ.integrity is not None and not champ.integrity.ok


def banner_text(champ: Championship) -> str:
    """The red banner's sentence, or '' when all is well."""
    if not integrity_failed(champ):
        return ""
    first = champ.integrity.problems[0] if champ.integrity.problems else ""
    return translate("OpenChecks", "This file was changed outside WSK Desk: {problem} "
                     "Treat its results with suspicion.").format(problem=first)


def open_for_desk(parent: QWidget | None, path: str | Path, *, ask: Ask | None = None,
                  second_folder: str | Path | None = None, warn: Warn | None = None,
                  actor: str | None = None, check_integrity: bool = True) -> Championship | None:
    """Open `path` for the desk, or return None when the user cancelled or nothing could be opened.

    check_integrity=False leaves `champ.integrity` None: the window runs the same check in the background
    (ui/integrity_check.py) so a national file opens without waiting for the audit replay.
    """
    ask = ask or message_box_asker(parent)
    path = Path(path)
    readonly = False
    lock = FileLock(path)
    if path.exists():
        try:
            lock.acquire()
        except LockHeld as held:
            who = held.holder.describe() if held.holder else translate("OpenChecks", "another program")
            text = translate("OpenChecks", "{name} is already open for writing in {who}.\n\n"
                             "Open it read-only, or cancel?").format(name=path.name, who=who)
            if ask("question", text, _readonly_or_cancel()) != "readonly":
                return None
            readonly = True
        except OSError:  # the folder cannot take the lock file: a read-only medium
            text = translate("OpenChecks", "{name} is on a disk or folder that cannot be written.\n\n"
                             "Open it read-only, or cancel?").format(name=path.name)
            if ask("question", text, _readonly_or_cancel()) != "readonly":
                return None
            readonly = True
    try:
        champ = Championship.open(path, readonly=readonly, actor=actor)
    except FileProblem as problem:
        lock.release()
        return _after_problem(parent, path, problem, ask, second_folder, warn, actor)
    except DeskError as exc:  # e.g. no backup could be taken before a format upgrade
        lock.release()
        ask("error", str(exc), _ok())
        return None
    if not readonly:
        champ.file_lock = lock
        lock.start_refreshing()
        backup.BackupPolicy(champ, second_folder=second_folder, warn=warn).attach()
    if check_integrity:
        champ.integrity = verify_db(champ.db)
    return champ


def _after_problem(parent: QWidget | None, path: Path, problem: FileProblem, ask: Ask,
                   second_folder: str | Path | None, warn: Warn | None, actor: str | None) -> Championship | None:
    if problem.kind in ("damaged", "not_sqlite"):
        extra = [second_folder] if second_folder and Path(second_folder).is_dir() else []
        good = backup.newest_good_backup(path, *extra)
        if good is None:
            ask("error", translate("OpenChecks", "{problem}\n\nNo good backup of it was found.").format(
                problem=problem_text(path, problem)), _ok())
            return None
        text = translate("OpenChecks", "{problem}\n\nThe newest good backup is from {when}. Restore it to a new "
                         "file and open that? The damaged file is kept as it is.").format(
            problem=problem_text(path, problem), when=fmt_when(good.taken_at, seconds=True))
        choices = [("restore", translate("OpenChecks", "Open the backup")),
                   ("cancel", translate("OpenChecks", "Cancel"))]
        if ask("warning", text, choices) != "restore":
            return None
        out = restored_name(path)
        try:
            backup.restore(good.path, out)
        except DeskError as exc:
            ask("error", str(exc), _ok())
            return None
        return open_for_desk(parent, out, ask=ask, second_folder=second_folder, warn=warn, actor=actor)
    if problem.kind == "readonly":
        text = translate("OpenChecks", "{problem}\n\nOpen it read-only, or cancel?").format(
            problem=problem_text(path, problem))
        if ask("question", text, _readonly_or_cancel()) != "readonly":
            return None
        try:
            champ = Championship.open(path, readonly=True, actor=actor)
        except DeskError as exc:
            ask("error", str(exc), _ok())
            return None
        champ.integrity = verify_db(champ.db)
        return champ
    ask("error", problem_text(path, problem), _ok())  # newer, missing, empty, locked, unreadable, wal_waiting
    return None


def problem_text(path: Path, problem: FileProblem) -> str:
    """The storage layer's refusal in the desk's language; SQLite's own words stay in brackets."""
    kind, name, detail = problem.kind, path.name, problem.detail
    if kind == "missing":
        text = translate("OpenChecks", "{name}: the file does not exist.")
    elif kind == "empty":
        text = translate("OpenChecks", "{name}: the file is empty (0 bytes), so it holds no championship.")
    elif kind == "not_sqlite":
        text = translate("OpenChecks", "{name}: this is not a WSK Desk championship file.")
    elif kind == "damaged":
        text = translate("OpenChecks", "{name}: the file is damaged ({detail}).")
    elif kind == "newer":
        text = translate("OpenChecks", "{name}: the file was written by a newer version of WSK Desk "
                         "(format steps {detail}); please update WSK Desk to open it.")
    elif kind == "locked":
        text = translate("OpenChecks", "{name}: the file is busy in another program ({detail}).")
    elif kind == "readonly":
        text = translate("OpenChecks", "{name}: the file or its folder is read-only ({detail}).")
    elif kind == "wal_waiting":
        text = translate("OpenChecks", "{name}: its latest changes are still in {name}-wal and its folder is "
                         "read-only; copy both files to a writable folder and open the copy.")
    elif kind == "unreadable":
        text = translate("OpenChecks", "{name}: the file cannot be opened ({detail}).")
    else:
        return str(problem)
    return text.format(name=name, detail=detail)


def restored_name(path: Path) -> Path:
    """A new name beside the damaged file: `<stem>-restored-<time>.wsk`, never an existing file."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    out = path.with_name(f"{path.stem}-restored-{stamp}.wsk")
    n = 2
    while out.exists():
        out = path.with_name(f"{path.stem}-restored-{stamp}-{n}.wsk")
        n += 1
    return out
