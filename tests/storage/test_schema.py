"""The file format: migrations upgrade old files, newer files are refused, pragmas are set."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from wsk_desk.storage import schema
from wsk_desk.storage.championship import Championship
from wsk_desk.storage.connection import FileProblem
from wsk_desk.storage.integrity import verify_file

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_every_schema_version_has_a_fixture():
    """tests/fixtures/make_schema_fixture.py writes one per released version; none may be skipped."""
    have = sorted(int(p.stem.removeprefix("schema_v")) for p in FIXTURES.glob("schema_v*.wsk"))
    assert have == list(range(1, schema.CURRENT_VERSION + 1))


@pytest.mark.parametrize("version", range(1, schema.CURRENT_VERSION + 1))
def test_every_old_file_is_upgraded_and_keeps_its_content(tmp_path, version):
    path = tmp_path / "old.wsk"
    shutil.copy(FIXTURES / f"schema_v{version}.wsk", path)
    upgrades = []
    champ = Championship.open(path, before_upgrade=lambda p, v: upgrades.append(v))
    try:
        # the backup hook ran once, before the upgrade, at the file's version; never for a current file
        assert upgrades == ([version] if version < schema.CURRENT_VERSION else [])
        assert schema.schema_version(champ.db) == schema.CURRENT_VERSION
        assert champ.db.execute("PRAGMA user_version").fetchone()[0] == schema.CURRENT_VERSION
        indexes = {r[0] for r in champ.db.execute("SELECT name FROM sqlite_master WHERE type='index'")}
        assert "measurement_by_competitor" in indexes
        sheet = champ.marksheet("17")
        assert str(sheet.measurements[("A1.1", "P02")].value) == "30"
        assert sheet.measurements[("A1.1", "P02")].reason == "half done"
        assert sheet.scores[("A1.2", "P01")] == {"E02": 3, "E03": 3, "E04": 2}
        assert champ.name == f"Fixture v{version}"
    finally:
        champ.close()
    # a second open has nothing left to upgrade, and the upgraded file verifies
    again = Championship.open(path, before_upgrade=lambda p, v: upgrades.append(v))
    again.close()
    assert len(upgrades) <= 1
    assert verify_file(path).ok


def test_pragmas_are_wal_full_sync_and_foreign_keys(tmp_path):
    champ = Championship.create(tmp_path / "p.wsk", "P")
    try:
        assert champ.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert champ.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert champ.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    finally:
        champ.close()


def test_file_from_a_newer_desk_is_refused(tmp_path):
    path = tmp_path / "new.wsk"
    Championship.create(path, "N").close()
    import sqlite3

    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES ('wsk_desk', 'm999_from_the_future', '2030-01-01')")
    conn.commit()
    conn.close()
    with pytest.raises(FileProblem) as info:
        Championship.open(path)
    assert info.value.kind == "newer"
    assert "newer version of WSK Desk" in str(info.value)


def test_not_a_championship_file_is_refused(tmp_path):
    path = tmp_path / "notes.wsk"
    path.write_text("hello")
    with pytest.raises(FileProblem) as info:
        Championship.open(path)
    assert info.value.kind == "not_sqlite"


def test_missing_file_is_refused(tmp_path):
    with pytest.raises(FileProblem) as info:
        Championship.open(tmp_path / "nothing.wsk")
    assert info.value.kind == "missing"


def test_older_file_opened_read_only_is_read_upgraded_and_left_untouched(tmp_path):
    """The organizer's `results`/`print` on an older file work; the file itself is not upgraded."""
    path = tmp_path / "old.wsk"
    shutil.copy(FIXTURES / "schema_v1.wsk", path)
    before = path.read_bytes()
    champ = Championship.open(path, readonly=True)
    try:
        assert champ.readonly and schema.schema_version(champ.db) == schema.CURRENT_VERSION
        assert str(champ.marksheet("17").measurements[("A1.1", "P02")].value) == "30"
        assert [r.id for r in champ.results("17").rows] == ["P01", "P02"]
    finally:
        champ.close()
    assert path.read_bytes() == before
