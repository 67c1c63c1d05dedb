"""Import results packages: preview, refused packages, conflicts decided with a reason."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtWidgets import QMessageBox

from wsk_desk.exchange.package import write_package
from wsk_desk.storage import audit, repository as repo, snapshot
from wsk_desk.storage.championship import Championship
from wsk_desk.ui.merge_dialog import MergeDialog


@pytest.fixture
def setup(small_demo_template, tmp_path):
    """Packages of the small demo from two laptops, and an empty master."""
    venue = tmp_path / "venue.wsk"
    shutil.copy(small_demo_template, venue)
    champ = Championship.open(venue, actor="venue")
    with champ.db.atomic():
        repo.set_meta(champ.db, "file_id", "venue-laptop")
    write_package(champ, tmp_path / "venue.wskpkg", laptop="venue")
    with champ.db.atomic():
        repo.set_meta(champ.db, "file_id", "other-laptop")
    form = next(f for f in champ.scheme("17").forms() if f.id not in champ.marksheet("17").locks)
    aspect = next(a for a in form.aspects if not a.is_judgement)
    champ.set_measurement("17", aspect.id, champ.entrants("17")[0].id, "0", "ошибка")
    write_package(champ, tmp_path / "other.wskpkg", ["17"], laptop="other")
    champ.close()
    master = Championship.create(tmp_path / "master.wsk", "Master", actor="organizer")
    yield master, tmp_path
    master.close()


def _rows(dialog):
    m = dialog.model
    return [[m.data(m.index(r, c)) for c in range(m.columnCount())] for r in range(m.rowCount())]


def test_preview_then_import_adds_every_competency(qtbot, setup):
    master, tmp = setup
    dialog = MergeDialog(master, [tmp / "venue.wskpkg"])
    qtbot.addWidget(dialog)
    rows = _rows(dialog)
    assert [r[0].split()[0] for r in rows] == ["04", "10", "17"]
    assert all(r[3] == "+ add" for r in rows) and rows[0][1].startswith("venue (venue.wskpkg)")
    assert master.competencies() == []  # a preview changes nothing
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.merged) as signal:
        dialog.import_button.click()
    assert sorted(signal.args[0].changed) == ["04", "10", "17"]
    assert [r[3] for r in _rows(dialog)] == ["= no change"] * 3
    assert not dialog.import_button.isEnabled()
    assert audit.verify(master.db).ok


def test_a_refused_package_is_named_and_left_out(qtbot, setup):
    master, tmp = setup
    blob = bytearray((tmp / "venue.wskpkg").read_bytes())
    blob[100] ^= 0x10
    (tmp / "bad.wskpkg").write_bytes(bytes(blob))
    dialog = MergeDialog(master, [tmp / "bad.wskpkg"])
    qtbot.addWidget(dialog)
    assert dialog.problems.isVisibleTo(dialog) and "bad.wskpkg" in dialog.problems.text()
    assert "checksum" in dialog.problems.text()
    assert dialog.model.rowCount() == 0 and not dialog.import_button.isEnabled()


def test_a_conflict_waits_for_a_decision_with_a_reason(qtbot, setup, monkeypatch):
    master, tmp = setup
    dialog = MergeDialog(master, [tmp / "venue.wskpkg"])
    qtbot.addWidget(dialog)
    dialog.import_now()
    before = snapshot.digest(snapshot.export_competency(master.db, "17"))
    dialog.clear()
    dialog.add_packages([tmp / "other.wskpkg"])
    (row,) = _rows(dialog)
    assert row[3] == "⚠ conflict: choose"
    dialog.table.selectRow(0)
    assert dialog.conflict_box.isVisibleTo(dialog)
    assert "venue-laptop" in dialog.side_by_side.text() and "other-laptop" in dialog.side_by_side.text()
    assert not dialog.import_button.isEnabled()  # nothing to do until decided
    dialog.choice.setCurrentIndex(dialog.choice.findData("take"))
    assert not dialog.import_button.isEnabled() and "reason" in dialog.status.text()
    dialog.reason.setText("Протокол главного эксперта")
    assert dialog.import_button.isEnabled()
    assert _rows(dialog)[0][3] == "⚠ conflict: take this package"
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    outcome = dialog.import_now()
    assert outcome.changed == ["17"] and not shown
    assert snapshot.digest(snapshot.export_competency(master.db, "17")) != before
    assert list(audit.entries(master.db))[-1].reason == "17: Протокол главного эксперта"
