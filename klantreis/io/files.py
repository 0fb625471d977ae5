"""Reading and writing a journey by file name: .klantreis (project) or .json (interchange)."""

from __future__ import annotations

import os
from pathlib import Path

from klantreis.io import interchange
from klantreis.model.errors import ProjectFileError
from klantreis.model.journey import Journey
from klantreis.paths import EXAMPLE_COPY_NAME, EXAMPLE_JSON, user_data_dir
from klantreis.store import SUFFIX, open_project, save_project


def file_type(path: str | os.PathLike[str]) -> str:
    """'project' or 'json'; raises :class:`ProjectFileError` for anything else."""
    suffix = Path(path).suffix.lower()
    if suffix == SUFFIX:
        return "project"
    if suffix == ".json":
        return "json"
    raise ProjectFileError("unknown_extension", path=str(path))


def load_journey(path: str | os.PathLike[str]) -> Journey:
    if file_type(path) == "json":
        return interchange.load_json(path)
    return open_project(path)


def save_journey(path: str | os.PathLike[str], journey: Journey) -> list[str]:
    """Write ``journey`` to ``path`` as a new file, atomically; returns what the user should be
    told (side files of a project it replaced, set aside)."""
    if file_type(path) == "json":
        interchange.save_json(path, journey)
        return []
    return save_project(path, journey)


def convert(source: str | os.PathLike[str], target: str | os.PathLike[str], *,
            notices: list[str] | None = None) -> Journey:
    """Convert between .json and .klantreis; the source is never changed. What the user should
    be told (side files of a project it replaced, set aside) is added to ``notices``."""
    file_type(target)
    src, dst = Path(source), Path(target)
    if dst.exists() and src.exists() and src.resolve() == dst.resolve():
        raise ProjectFileError("same_file")
    journey = load_journey(src)
    told = save_journey(dst, journey)
    if notices is not None:
        notices.extend(told)
    return journey


def example_copy() -> Path:
    """The user's own copy of the Raalte example, made from the bundled JSON on first use.

    The repository's file is never modified: the app works on this copy.
    """
    target = user_data_dir() / EXAMPLE_COPY_NAME
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        convert(EXAMPLE_JSON, target)
    return target
