"""The single-file project store (.klantreis = one SQLite database)."""

from klantreis.store.project import SUFFIX, Project, open_project, save_project

__all__ = ["SUFFIX", "Project", "open_project", "save_project"]
