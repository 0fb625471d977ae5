"""Windows, and desks for one widget (tests/ui/helpers.Desk), on a fresh copy of the Raalte
example or an empty project. The Raalte project is converted from its JSON once per test run
and copied for each test."""

from __future__ import annotations

import shutil

import pytest

from klantreis.io.files import convert
from klantreis.model.entities import JourneyInfo
from klantreis.model.journey import Journey
from klantreis.store import Project
from tests.conftest import RAALTE_JSON
from tests.ui.helpers import Desk
from tests.ui.helpers import window as _window


@pytest.fixture(scope="session")
def raalte_project(tmp_path_factory):
    """The Raalte example as a project file, made once (tests get a copy: raalte_copy)."""
    path = tmp_path_factory.mktemp("raalte") / "raalte.klantreis"
    convert(RAALTE_JSON, path)
    return path


@pytest.fixture
def raalte_copy(raalte_project, tmp_path):
    path = tmp_path / "raalte.klantreis"
    shutil.copyfile(raalte_project, path)
    return path


@pytest.fixture
def raalte(qtbot, raalte_copy):
    return _window(qtbot, raalte_copy)


@pytest.fixture
def desk(qtbot, raalte_copy):
    """The Raalte project on a desk: for the tests of one widget."""
    return Desk(qtbot, raalte_copy)


@pytest.fixture
def empty(qtbot, tmp_path):
    path = tmp_path / "leeg.klantreis"
    Project.create(path, Journey(JourneyInfo(title="Nieuwe reis"))).close()
    return _window(qtbot, path)


@pytest.fixture
def empty_desk(qtbot, tmp_path):
    """An empty project on a desk: for the tests of one widget."""
    path = tmp_path / "leeg.klantreis"
    Project.create(path, Journey(JourneyInfo(title="Nieuwe reis"))).close()
    return Desk(qtbot, path)
