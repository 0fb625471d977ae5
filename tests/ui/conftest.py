"""Windows on a fresh copy of the Raalte example and on an empty project."""

from __future__ import annotations

import pytest

from klantreis.io.files import convert
from klantreis.model.entities import JourneyInfo
from klantreis.model.journey import Journey
from klantreis.store import Project
from tests.conftest import RAALTE_JSON
from tests.ui.helpers import window as _window


@pytest.fixture
def raalte(qtbot, tmp_path):
    path = tmp_path / "raalte.klantreis"
    convert(RAALTE_JSON, path)
    return _window(qtbot, path)


@pytest.fixture
def empty(qtbot, tmp_path):
    path = tmp_path / "leeg.klantreis"
    Project.create(path, Journey(JourneyInfo(title="Nieuwe reis"))).close()
    return _window(qtbot, path)
