"""The code book of a journey as a REFI-QDA ``.qdc`` file (see :mod:`klantreis.exports.qdpx`),
as one module of the export registry (``Format("qdc", ".qdc", "klantreis.exports.qdc", ...)``)."""

from __future__ import annotations

from pathlib import Path

from klantreis.exports.qdpx import write_qdc
from klantreis.model.journey import Journey


def write(journey: Journey, path: Path, options) -> int:  # noqa: ARG001 (no options apply)
    return write_qdc(journey, path)
