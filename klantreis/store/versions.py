"""The previous versions of a project as journeys: read one, replace redacted text in all of
them, or remove them (the snapshots themselves are made by :mod:`klantreis.store.backups`)."""

from __future__ import annotations

from pathlib import Path

from klantreis.model.journey import Journey
from klantreis.store.backups import Snapshot, snapshots
from klantreis.store.project import open_project, save_project


def snapshot_journey(snapshot: Snapshot) -> Journey:
    """The journey of a previous version (read-only: the snapshot is never changed)."""
    return open_project(snapshot.path)


def redact_snapshots(project: str | Path, pairs: list[tuple[str, str]]) -> int:
    """Replace each ``(text, placeholder)`` in every previous version of ``project`` (after a
    redaction in the project itself); each snapshot is written anew, so the old text is in no
    page of it. Returns how many snapshots changed."""
    from klantreis.evidence.privacy_scan import replace_everywhere

    count = 0
    for snapshot in snapshots(project):
        journey, changed = replace_everywhere(snapshot_journey(snapshot), pairs)
        if changed:
            save_project(snapshot.path, journey)
            count += 1
    return count


def remove_snapshots(project: str | Path) -> int:
    """Delete every previous version of ``project``; returns how many."""
    count = 0
    for snapshot in snapshots(project):
        snapshot.path.unlink(missing_ok=True)
        count += 1
    return count
