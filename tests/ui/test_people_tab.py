"""The People tab shows every name in full: side by side when both lists fit, stacked when not."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt

from tests.ui.keyboard import OFFSCREEN_NOISE
from wsk_desk.domain.people import ExpertRole

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)

LONG = {"surname": "Құдайбергенова-Сейтқалиева", "given_name": "Аружан-Айгерім", "patronymic": "Маратқызы"}


def _cut_columns(table) -> list[int]:
    """Columns narrower than their longest text (Qt would draw them with '…')."""
    return [c for c in range(table.model().columnCount())
            if table.columnWidth(c) < table.sizeHintForColumn(c)]


def _show_people(window, qtbot, width: int):
    window.resize(width, 768)
    people = window.page.people
    window.page.tabs.setCurrentWidget(people)
    qtbot.waitUntil(people.isVisible)
    return people


def _lengthen_names(window) -> None:
    code = window.code
    comp = window.champ.competitors(code)[0]
    expert = window.champ.experts(code)[0]
    window.champ.save_people([dataclasses.replace(comp, **LONG)],
                             [dataclasses.replace(expert, **LONG, role=ExpertRole.DEPUTY)])
    window.page.people.load(window.champ, code)


def test_short_lists_sit_side_by_side_with_nothing_cut(window, qtbot):
    people = _show_people(window, qtbot, 1366)
    qtbot.waitUntil(lambda: not _cut_columns(people.competitors_table) and not _cut_columns(people.experts_table))
    assert people.split.orientation() == Qt.Horizontal


def test_long_names_stack_the_lists_at_1366_and_no_name_is_cut(window, qtbot):
    people = _show_people(window, qtbot, 1366)
    _lengthen_names(window)
    qtbot.waitUntil(lambda: people.split.orientation() == Qt.Vertical)
    qtbot.waitUntil(lambda: not _cut_columns(people.competitors_table) and not _cut_columns(people.experts_table))
    window.resize(2560, 768)  # a wide screen has room for both again
    qtbot.waitUntil(lambda: people.split.orientation() == Qt.Horizontal)
    qtbot.waitUntil(lambda: not _cut_columns(people.competitors_table) and not _cut_columns(people.experts_table))


def test_a_split_the_chief_expert_dragged_is_kept(window, qtbot):
    people = _show_people(window, qtbot, 1366)
    people.split.splitterMoved.emit(300, 1)  # what QSplitter emits when its handle is dragged
    people.split.setSizes([300, 2000])
    _lengthen_names(window)  # would stack the lists if the desk still chose the split
    window.resize(1300, 768)
    qtbot.wait(50)
    assert people.split.orientation() == Qt.Horizontal
    assert people.split.sizes()[0] < people.split.sizes()[1]
