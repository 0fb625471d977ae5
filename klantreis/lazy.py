"""Modules imported when first used, not when Klantreis starts: the first window needs neither
networkx (numbering a route without loops needs only graphlib) nor sqlite-utils (reading a
project needs only sqlite3)."""

from __future__ import annotations

import importlib
import threading
from types import ModuleType


class LazyModule(ModuleType):
    """Stands for module ``name``, which is imported at the first attribute asked of it (from
    any thread: the PDF export runs in a worker)."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self._lock = threading.Lock()
        self._module: ModuleType | None = None

    def __getattr__(self, attribute: str):  # (only for what the stand-in itself does not have)
        if attribute.startswith("__"):
            raise AttributeError(attribute)
        module = self._module
        if module is None:
            with self._lock:
                if self._module is None:
                    self._module = importlib.import_module(self.__name__)
                module = self._module
        return getattr(module, attribute)


def lazy_module(name: str) -> ModuleType:
    return LazyModule(name)
