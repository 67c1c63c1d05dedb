"""fold_wal: the file alone holds every write (what the demo installer copies and ships)."""

from __future__ import annotations

import shutil

from wsk_desk.storage.championship import Championship
from wsk_desk.storage.compact import fold_wal


def test_a_copy_of_the_folded_file_alone_has_every_write(tmp_path):
    path = tmp_path / "c.wsk"
    champ = Championship.create(path, "Folded")
    try:
        wal = path.with_name(path.name + "-wal")
        assert wal.stat().st_size > 0  # the writes so far wait in the -wal
        fold_wal(champ)
        assert wal.stat().st_size == 0
        fold_wal(champ, vacuum=True)
        shutil.copy(path, tmp_path / "copy.wsk")  # the main file only, no -wal beside it
    finally:
        champ.close()
    copy = Championship.open(tmp_path / "copy.wsk", readonly=True)
    try:
        assert copy.name == "Folded"
    finally:
        copy.close()
