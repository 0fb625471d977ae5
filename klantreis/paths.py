"""Where Klantreis keeps things: the bundled journeys and the user's data folder."""

from __future__ import annotations

import os
import sys
from importlib import resources
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def package_folder(name: str) -> Path:
    """A folder of data that ships with Klantreis: inside the installed package (found through
    importlib.resources), or beside ``klantreis/`` in the repository (``journeys``)."""
    inside = resources.files("klantreis").joinpath(name)
    if inside.is_dir():
        return Path(str(inside))
    return PACKAGE_DIR.parent / name


JOURNEYS_DIR = package_folder("journeys")
FONTS_DIR = package_folder("resources") / "fonts"
EXAMPLE_JSON = JOURNEYS_DIR / "raalte-2021.json"
EXAMPLE_COPY_NAME = "Voorbeeld Raalte 2021.klantreis"


def user_data_dir() -> Path:
    """The user's data folder for Klantreis (KLANTREIS_DATA_DIR overrides it, e.g. in tests)."""
    override = os.environ.get("KLANTREIS_DATA_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming"))
        return base / "Klantreis"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "Klantreis"
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "klantreis"
