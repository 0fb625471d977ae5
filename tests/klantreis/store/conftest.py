"""Projects for the store tests: a small one and one of a few hundred pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from klantreis.io.files import save_journey
from klantreis.synthetic import generate
from tests.conftest import make_small_journey


@pytest.fixture
def project(tmp_path) -> Path:
    path = tmp_path / "reis.klantreis"
    save_journey(path, make_small_journey())
    return path


@pytest.fixture
def large(tmp_path) -> Path:
    """A project of a few hundred pages, so a write spans many of them."""
    path = tmp_path / "groot.klantreis"
    save_journey(path, generate(60, 1500, 40))
    return path
