"""The journey as JSON for other tools (the interchange format of :mod:`klantreis.io.interchange`),
without what never leaves the app (:func:`klantreis.evidence.privacy.shareable`)."""

from __future__ import annotations

from pathlib import Path

from klantreis.evidence.privacy import shareable
from klantreis.io.interchange import save_json
from klantreis.model.journey import Journey


def write(journey: Journey, path: Path, options) -> None:  # noqa: ARG001 (no options apply)
    save_json(path, shareable(journey))
