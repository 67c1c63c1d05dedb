"""Helpers shared by the subcommands: opening files, printing JSON."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from ..storage.championship import Championship


def open_file(path: str, *, readonly: bool = True) -> Championship:
    """Open a championship file for a command; read-only unless the command writes.

    A writing command takes the file's writer lock (refused in one sentence while the desk has the
    file open) and backs the file up before risky steps (import, merge), like the desk.
    """
    if readonly:
        return Championship.open(Path(path), readonly=True)
    from ..storage.backup import BackupPolicy
    from ..storage.filelock import FileLock

    lock = FileLock(path, app="wsk-desk command")
    if Path(path).exists():  # a missing file is refused by Championship.open with its own sentence
        lock.acquire()
    try:
        champ = Championship.open(Path(path))
    except BaseException:
        lock.release()
        raise
    champ.file_lock = lock
    champ.before_risky = BackupPolicy(champ).before_risky
    return champ


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")
