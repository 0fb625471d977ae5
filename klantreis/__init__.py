"""Klantreis: client journeys of statushouders, mapped with their evidence.

One import package. In the repository the user interface and the renderers sit beside the
domain, as the layers they are (``ui/``, ``exports/``, ``journeys/`` next to ``klantreis/``);
the installed distribution carries them inside it (see ``package-dir`` in pyproject.toml). Either
way they are imported as ``klantreis.ui`` and ``klantreis.exports``: in the repository a finder
below maps those two names onto the folders beside this one.
"""

from __future__ import annotations

import importlib.util
import sys
from importlib.abc import MetaPathFinder
from pathlib import Path

_HERE = Path(__file__).resolve().parent
_SOURCE_TREE = _HERE.parent
LAYERS = ("ui", "exports")  # subpackages that live beside klantreis/ in the repository


class _SourceTreeLayers(MetaPathFinder):
    """``klantreis.ui`` and ``klantreis.exports`` from the repository's top-level folders."""

    def find_spec(self, name, path=None, target=None):
        prefix, _, layer = name.partition(".")
        if prefix != "klantreis" or layer not in LAYERS:
            return None
        folder = _SOURCE_TREE / layer
        return importlib.util.spec_from_file_location(
            name, folder / "__init__.py", submodule_search_locations=[str(folder)])


if not (_HERE / "ui").is_dir() and (_SOURCE_TREE / "ui" / "__init__.py").is_file() and not any(
        isinstance(f, _SourceTreeLayers) for f in sys.meta_path):
    sys.meta_path.append(_SourceTreeLayers())
