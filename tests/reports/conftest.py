"""Every report test needs an application object: pytest-qt's, so widgets work too."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _app(qapp):
    return qapp
