"""Shared test set-up: headless Qt, and the `gui` marker applied automatically."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

GUI_FIXTURES = {"qtbot", "qapp", "qtmodeltester"}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark every test that uses Qt as `gui`: by fixture, or by living under tests/ui or tests/reports."""
    for item in items:
        path = str(item.fspath).replace(os.sep, "/")
        uses_qt = bool(GUI_FIXTURES & set(getattr(item, "fixturenames", ())))
        if uses_qt or "/tests/ui/" in path or "/tests/reports/" in path:
            item.add_marker(pytest.mark.gui)


@pytest.fixture(scope="session")
def national_demo(tmp_path_factory) -> "Path":
    """The national demo, written once per test session through the CLI. Copy it before changing it."""
    from wsk_desk.cli import main

    path = tmp_path_factory.mktemp("national") / "national.wsk"
    assert main(["demo", str(path), "--size", "national", "--seed", "2025"]) == 0
    return path
