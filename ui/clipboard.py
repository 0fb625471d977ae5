"""The system clipboard for copied touchpoints: a thin Qt layer over :mod:`klantreis.io.fragment`.

A fragment goes on the clipboard twice: as JSON under :data:`MIME` (what Klantreis pastes, also
in another window or another running Klantreis) and as plain text, the numbered titles, for
any other app. Internal notes are never in a fragment, so they never reach the clipboard.
"""

from __future__ import annotations

import atexit

from PySide6.QtCore import QByteArray, QMimeData
from PySide6.QtGui import QGuiApplication

from klantreis.io import fragment as fragments
from klantreis.io.fragment import FragmentError

MIME = "application/x-klantreis-fragment"

# Platforms whose clipboard is Qt's in-process fallback, kept in a C++ global that is destroyed
# after Python has shut down. Deleting a QMimeData made from Python at that moment crashes
# (segmentation fault at exit, seen with PySide6 6.11 and the offscreen platform), so on these
# platforms the clipboard is cleared while Python still runs. Real platforms (xcb, wayland,
# windows, cocoa) destroy their clipboard with the application and keep working as usual.
_IN_PROCESS_PLATFORMS = ("offscreen", "minimal")
_guard_registered = False


def put_fragment(fragment: dict) -> None:
    """Put ``fragment`` on the system clipboard as Klantreis data and as plain text."""
    data = QMimeData()
    data.setData(MIME, QByteArray(fragments.dumps(fragment).encode("utf-8")))
    data.setText(fragments.as_text(fragment))
    _register_exit_guard()
    QGuiApplication.clipboard().setMimeData(data)


def has_fragment() -> bool:
    """Whether the clipboard holds Klantreis data (cheap: for enabling "Plakken")."""
    data = QGuiApplication.clipboard().mimeData()
    return data is not None and data.hasFormat(MIME)


def get_fragment() -> dict | None:
    """The fragment on the clipboard, or None when it holds none (e.g. text from another app).

    Raises :class:`klantreis.io.fragment.FragmentError` (a clear Dutch message) when the clipboard
    holds Klantreis data that cannot be pasted, e.g. from a newer version of Klantreis."""
    data = QGuiApplication.clipboard().mimeData()
    if data is None or not data.hasFormat(MIME):
        return None
    raw = bytes(data.data(MIME))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise FragmentError("not_json", path=fragments.SOURCE, line=1) from None
    return fragments.loads(text)


def _register_exit_guard() -> None:
    global _guard_registered
    if not _guard_registered:
        atexit.register(_clear_in_process_clipboard)
        _guard_registered = True


def _clear_in_process_clipboard() -> None:
    app = QGuiApplication.instance()
    if app is not None and QGuiApplication.platformName() in _IN_PROCESS_PLATFORMS:
        QGuiApplication.clipboard().clear()
