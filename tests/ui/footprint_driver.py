"""A scripted session for the footprint test: open a project, capture quotes, export a PDF and
a CSV to chosen paths, close. Any attempt to use the network raises (and is reported).

    python -m tests.ui.footprint_driver PROJECT OUT_FOLDER
"""

from __future__ import annotations

import os
import socket
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ATTEMPTS = []


def _refuse(*args, **kwargs):
    ATTEMPTS.append(args[:2])
    raise OSError("Klantreis must not use the network")


socket.socket.connect = _refuse
socket.socket.connect_ex = _refuse
socket.create_connection = _refuse
socket.getaddrinfo = _refuse


def main(project: str, out: str) -> int:
    from pathlib import Path

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from klantreis.ui.app import create_application
    from klantreis.ui.document import open_document
    from klantreis.ui.main_window import MainWindow

    app = create_application()
    window = MainWindow(open_document(project))
    window.prompts.interactive = False
    window.prompts.run_dialog = lambda dialog: True  # (the privacy check: export anyway)
    window.show()
    app.processEvents()
    window.canvas.show_touchpoint(window.document.journey.touchpoints[3].id)
    bar = window.capture
    window.capture.show()
    for n in range(5):
        bar.field.setPlainText(f"Citaat {n} van de sessie")
        QTest.keyClick(bar.field, Qt.Key.Key_Return)
    targets = iter([Path(out) / "bijlage.pdf", Path(out) / "citaten.csv"])
    window.prompts.save_path = lambda *_args: next(targets)
    dialog = window.files.export_pdf()
    assert dialog.export_pdf()
    while dialog.job is not None or dialog._preview_job is not None:
        app.processEvents()
    dialog.done(0)
    assert window.sessions.export_all()
    window.close()
    if window.document is not None:  # (closing the window closes its document)
        window.document.close()
    app.processEvents()
    print("attempts", len(ATTEMPTS), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
