"""The clipboard carries a fragment as Klantreis data and as plain text (offscreen clipboard)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QByteArray, QMimeData
from PySide6.QtGui import QGuiApplication

from klantreis.io import fragment, interchange
from klantreis.model.entities import JourneyInfo
from klantreis.model.journey import Journey
from klantreis.ui import clipboard
from tests.conftest import REPO, make_small_journey


@pytest.fixture
def board(qapp):
    board = QGuiApplication.clipboard()
    board.clear()
    yield board
    board.clear()


def test_a_fragment_goes_on_the_clipboard_as_data_and_as_numbered_titles(board):
    data = fragment.copy_fragment(make_small_journey(), ["t1", "t2", "t3"])
    clipboard.put_fragment(data)
    assert board.mimeData().hasFormat(clipboard.MIME)
    assert board.text() == "1. Inschrijving\n2. Intake\n3. B1-route\n"
    assert clipboard.has_fragment()
    assert clipboard.get_fragment() == data


def test_text_from_another_app_is_no_fragment(board):
    board.setText("1. Inschrijving")
    assert not clipboard.has_fragment()
    assert clipboard.get_fragment() is None
    board.clear()
    assert clipboard.get_fragment() is None


@pytest.mark.parametrize("raw", [b"{kapot", b"\xff\xfe", b'{"format": "klantreis", "version": 1}'])
def test_unusable_klantreis_data_on_the_clipboard_says_why(board, raw):
    data = QMimeData()
    data.setData(clipboard.MIME, QByteArray(raw))
    board.setMimeData(data)
    with pytest.raises(fragment.FragmentError) as error:
        clipboard.get_fragment()
    assert "klembord" in str(error.value).lower()


def test_copy_in_one_project_and_paste_in_another_through_the_clipboard(board):
    source = make_small_journey()
    clipboard.put_fragment(fragment.copy_fragment(source, ["t2", "t3"]))
    target = Journey(JourneyInfo(title="Tweede project"))
    edit, new_ids = fragment.paste_edits(target, clipboard.get_fragment())
    edit.apply(target)
    assert [target.touchpoint(i).title for i in new_ids] == ["Intake", "B1-route"]
    assert target.count("transition") == 1
    edit.revert(target)
    assert interchange.dumps(target) == interchange.dumps(Journey(JourneyInfo(title="Tweede project")))


EXIT_PROBE = """
from PySide6.QtWidgets import QApplication
from klantreis.io import fragment
from tests.conftest import make_small_journey
from klantreis.ui import clipboard
app = QApplication([])
clipboard.put_fragment(fragment.copy_fragment(make_small_journey(), ["t1"]))
print(clipboard.get_fragment() is not None)
"""


def test_the_app_exits_cleanly_with_a_fragment_still_on_the_offscreen_clipboard():
    # without the exit guard in ui.clipboard this process ends with a segmentation fault
    result = subprocess.run([sys.executable, "-c", EXIT_PROBE], cwd=REPO, capture_output=True,
                            text=True, timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert (result.returncode, result.stdout.strip()) == (0, "True"), result.stderr

