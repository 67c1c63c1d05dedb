"""A championship file made whole on its own, before it is copied or shipped.

In WAL mode the latest writes live in the `-wal` file beside the database; a
copy of the main file alone would miss them. The demo installer (ui/first_start)
calls this instead of sending SQL from the UI layer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .championship import Championship


def fold_wal(champ: Championship, *, vacuum: bool = False) -> None:
    """Write the -wal back into the file and empty it; `vacuum` also drops free pages (a smaller shipped copy)."""
    champ.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    if vacuum:
        champ.db.execute("VACUUM")
