"""Helpers shared by the subcommands: opening files, printing JSON."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from ..storage.championship import Championship


def open_file(path: str, *, readonly: bool = True) -> Championship:
    """Open a championship file for a command; read-only unless the command writes."""
    return Championship.open(Path(path), readonly=readonly)


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")
