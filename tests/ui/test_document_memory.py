"""An open document is frozen for Python's garbage collector (no full passes over a large project
while the user types); closing it lets the collector have what it leaves behind, at once."""

from __future__ import annotations

import gc

from PySide6.QtWidgets import QApplication

from klantreis.files import convert
from tests.conftest import RAALTE_JSON
from ui.app import create_application
from ui.document import open_document


def test_what_a_document_loads_is_left_out_of_collections_until_it_closes(tmp_path, qtbot):
    create_application()
    path = tmp_path / "raalte.klantreis"
    convert(RAALTE_JSON, path)
    gc.unfreeze()
    document = open_document(path)
    quote = document.journey.quotes[0]
    try:
        assert gc.get_freeze_count() > 0
        assert not any(obj is quote for obj in gc.get_objects())  # (frozen: not in a generation)
    finally:
        collections = []

        def seen(phase, info):
            if phase == "stop":
                collections.append(info["generation"])

        gc.callbacks.append(seen)
        try:
            document.close()
            assert gc.get_freeze_count() == 0
            QApplication.processEvents()
            assert 2 in collections  # the full collection, right after the close
        finally:
            gc.callbacks.remove(seen)
