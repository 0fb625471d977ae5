"""An open journey in the app: from a .klantreis project (kept open) or a .json file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from klantreis import interchange
from klantreis.files import file_type
from klantreis.journey import Journey
from klantreis.store import Project


@dataclass
class OpenDocument:
    path: Path
    journey: Journey
    project: Project | None = None  # None for a JSON file

    def close(self) -> None:
        if self.project is not None:
            self.project.close()
            self.project = None


def open_document(path: str | Path) -> OpenDocument:
    """Open a project or a JSON file; raises KlantreisError with a clear message."""
    path = Path(path)
    if file_type(path) == "json":
        return OpenDocument(path, interchange.load_json(path))
    project = Project.open(path)
    return OpenDocument(path, project.journey, project)
