"""Where Klantreis keeps things: the bundled journeys and the user's data folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
JOURNEYS_DIR = PACKAGE_DIR.parent / "journeys"
FONTS_DIR = PACKAGE_DIR / "resources" / "fonts"
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


def example_copy() -> Path:
    """The user's own copy of the Raalte example, made from the bundled JSON on first use.

    The repository's file is never modified: the app works on this copy.
    """
    from klantreis.files import convert

    target = user_data_dir() / EXAMPLE_COPY_NAME
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        convert(EXAMPLE_JSON, target)
    return target
