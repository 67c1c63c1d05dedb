"""Import results packages: preview, refused packages, conflicts decided with a reason."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from wsk_desk.domain.people import Region
from wsk_desk.exchange.package import read_package, write_package
from wsk_desk.i18n import use_language
from wsk_desk.storage import audit, repository as repo, snapshot
from wsk_desk.storage.championship import Championship
from wsk_desk.ui.merge_dialog import MergeDialog


@pytest.fixture
def setup(small_demo_template, tmp_path):
    """Packages of the small demo from two laptops, and an empty master of the same championship."""
    venue = tmp_path / "venue.wsk"
    shutil.copy(small_demo_template, venue)
    champ = Championship.open(venue, actor="venue")
    name = champ.name
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
    master = Championship.create(tmp_path / "master.wsk", name, actor="organizer")
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


@pytest.fixture
def foreign_master(tmp_path):
    master = Championship.create(tmp_path / "other.wsk", "Другой чемпионат", actor="organizer")
    yield master
    master.close()


def test_a_package_of_another_championship_merges_only_when_the_box_naming_both_is_ticked(
        qtbot, setup, foreign_master):
    _master, tmp = setup
    dialog = MergeDialog(foreign_master, [tmp / "venue.wskpkg"])
    qtbot.addWidget(dialog)
    box = dialog.foreign_box
    demo_name = read_package(tmp / "venue.wskpkg").manifest["championship"]
    assert box.isVisibleTo(dialog) and not box.isChecked()
    assert "venue.wskpkg" in box.text() and f"“{demo_name}”" in box.text() and "“Другой чемпионат”" in box.text()
    assert not dialog.import_button.isEnabled() and "another championship" in dialog.status.text()
    assert dialog.import_now() is None and foreign_master.competencies() == []  # nothing merges without it
    box.click()
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.merged) as signal:
        dialog.import_button.click()
    assert sorted(signal.args[0].changed) == ["04", "10", "17"]
    dialog.clear()
    assert not box.isVisibleTo(dialog)
    dialog.add_packages([tmp / "other.wskpkg"])  # a new package of that championship: asked again
    assert box.isVisibleTo(dialog) and not box.isChecked() and not dialog.import_button.isEnabled()


def test_the_same_championship_needs_no_box(qtbot, setup):
    master, tmp = setup
    dialog = MergeDialog(master, [tmp / "venue.wskpkg"])
    qtbot.addWidget(dialog)
    assert not dialog.foreign_box.isVisibleTo(dialog) and dialog.foreign_confirmed()


def test_refusals_warnings_and_notes_in_a_russian_desk(qtbot, setup, foreign_master, monkeypatch):
    master, tmp = setup
    blob = bytearray((tmp / "venue.wskpkg").read_bytes())
    blob[100] ^= 0x10
    (tmp / "bad.wskpkg").write_bytes(bytes(blob))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    with use_language("ru"):
        dialog = MergeDialog(foreign_master, [tmp / "bad.wskpkg", tmp / "venue.wskpkg"])
        qtbot.addWidget(dialog)
        problems = dialog.problems.text()
        assert "bad.wskpkg: пакет повреждён или изменён после записи (контрольная сумма не совпадает)" in problems
        assert "venue.wskpkg — из чемпионата «" in problems and "«Другой чемпионат»" in problems
        assert "checksum" not in problems and "comes from" not in problems
        assert dialog.model.data(dialog.model.index(0, 3), Qt.ItemDataRole.ToolTipRole) == "новая компетенция"
        dialog.foreign_box.setChecked(True)
        foreign_master.save_region(Region("ZZZ", "Новый регион"))  # the master moves on after the preview
        assert dialog.import_now() is None
        assert shown == ["Главный файл изменился после предпросмотра; посмотрите объединение ещё раз."]
        dialog.close()
    # the first fixture's master: a conflict's note, said in Russian in the conflict box
    with use_language("ru"):
        first = MergeDialog(master, [tmp / "venue.wskpkg"])
        qtbot.addWidget(first)
        first.import_now()
        first.clear()
        first.add_packages([tmp / "other.wskpkg"])
        first.table.selectRow(0)
        assert "в главном файле уже есть компетенция 17, а пакет из другого источника" in first.conflict_box.title()
