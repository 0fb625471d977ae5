"""The README's screenshots of the app, made the same way every time (under Xvfb):

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python tools/screenshots.py docs

Each one is the Raalte example (or Dalfsen, for the design and the indicators) in a fresh data
folder, set up as a user would (selection, docks, typed text), 1600x1000. The PDF pictures come
from ``main.py export`` and poppler::

    python main.py export journeys/raalte-2021.json --pdf r.pdf
    pdftoppm -png -r 72 -f 1 -l 1 -singlefile r.pdf docs/infographic-raalte
    pdftoppm -png -r 70 -f 2 -l 2 -singlefile r.pdf docs/pdf-toetsingskader
    python main.py export journeys/dalfsen-2019.json --pdf d.pdf
    pdftoppm -png -r 70 -f 2 -l 2 -singlefile d.pdf docs/pdf-indicatoren
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("KLANTREIS_DATA_DIR", tempfile.mkdtemp(prefix="klantreis-shots-"))
os.environ.setdefault("XDG_CONFIG_HOME", tempfile.mkdtemp(prefix="klantreis-shots-config-"))


def main(folder: str) -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from klantreis.io.files import convert
    from klantreis.ui.app import create_application, install_language
    from klantreis.ui.document import open_document
    from klantreis.ui.main_window import MainWindow

    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    install_language(app, "nl")
    QSettings().remove("window")
    work = Path(tempfile.mkdtemp(prefix="klantreis-shots-work-"))
    path = work / "raalte.klantreis"
    convert(REPO / "journeys" / "raalte-2021.json", path)

    def window(project: Path = path) -> MainWindow:
        QSettings().remove("window")  # (each picture from the first-time layout)
        win = MainWindow(open_document(project))
        win.prompts.interactive = False
        win.resize(1600, 1000)
        win.show()
        QTest.qWaitForWindowExposed(win)
        win.view.fit()
        return win

    def settle() -> None:
        for _ in range(20):
            QApplication.processEvents()
            QTest.qWait(30)

    # the editor: a card selected, its fields in Eigenschappen
    win = window()
    win.scene.select_only(["tp-c3"])
    win.inspector.raise_()
    settle()
    win.grab().save(str(out / "screenshot-raalte.png"))
    # the same journey with a lane per actor, from its start
    win.scene.select_only([])
    win.set_swimlanes(True)
    settle()
    win.grab().save(str(out / "screenshot-swimlanes.png"))
    win.set_swimlanes(False)
    win.close()

    # the session: a card selected, the Citaten dock in front, a quote being typed in Arabic
    win = window()
    win.capture_action.trigger()
    win.quotes_action.trigger()
    win.view.resetTransform()
    win.view.zoom(0.8)
    win.canvas.show_touchpoint("tp-c4")
    bar = win.capture
    bar.group_box.setCurrentIndex(bar.group_box.findData("fg-statushouders-ar"))
    bar.details.source.setText("focusgroep 2, 00:42:10")
    bar.details.translation.setText("In het eerste jaar had ik maar één keer contact met de consulent.")
    bar.details.translator.setCurrentIndex(1)
    bar.field.setPlainText("في السنة الأولى تواصلت مع المستشار مرة واحدة فقط.")
    settle()
    win.grab().save(str(out / "screenshot-session.png"))
    win.close()

    # the actors of the journey
    from klantreis.ui.actors_dialog import ActorsDialog

    win = window()
    dialog = ActorsDialog(win.document, win)
    dialog.show()
    dialog.list.setCurrentRow(1)
    settle()
    dialog.grab().save(str(out / "screenshot-actors.png"))
    dialog.close()
    win.close()
    # the toetsingskader of the report: a norm chosen, its assessment, reasoning and evidence
    win = window()
    win.assessment.actions["norms"].trigger()
    norms = win.assessment.norms
    norms.tree.expandAll()
    norms.select("norm", "nr-01a")
    settle()
    win.grab().save(str(out / "screenshot-toetsingskader.png"))
    win.close()

    # Dalfsen: the route as lived beside the route as designed, deadlines and indicators
    dalfsen = work / "dalfsen.klantreis"
    convert(REPO / "journeys" / "dalfsen-2019.json", dalfsen)
    win = window(dalfsen)
    win.assessment.actions["indicators"].trigger()
    win.view.resetTransform()
    win.view.zoom(0.9)
    win.canvas.show_touchpoint("tp-pip")  # (steps of the design only and of practice only)
    settle()
    win.grab().save(str(out / "screenshot-design.png"))
    win.close()

    # a transcript imported and coded: passages with their card numbers, one being chosen
    win = window()
    win.prompts.open_path = lambda *_args: REPO / "tests" / "ui" / "transcripts" / "interview-r1.txt"
    win.prompts.run_dialog = lambda dialog: (dialog.group.setCurrentIndex(
        dialog.group.findData("fg-statushouders-ar")), dialog.date.setText("2021-03-12"),
        dialog.accept(), True)[-1]
    win.transcripts.actions["import"].trigger()
    while win.transcripts.importer.job is not None:
        QTest.qWait(20)
    dock, text = win.transcripts.dock, win.journey.transcripts[0].text
    from klantreis.evidence import session

    chosen = "Er was geen tolk, dus ik heb veel ja gezegd zonder het te begrijpen."
    for words, number, key in (("De eerste weken waren zwaar.", "9", "2"),
                               ("Het intakegesprek duurde maar een half uur.", "13", "1"),
                               ("في البداية لم أفهم شيئاً من الرسائل.", "13", "1"),
                               ("De taalschool is goed.", "17", "4"),
                               ("Luister eerst naar wat wij al kunnen.", "0", "0"), (chosen, "13", "2")):
        dock.target_id = session.touchpoint_by_number(win.journey, number)
        dock.set_sentiment(session.SENTIMENT_KEYS[key])
        dock.text.select_range(text.index(words), text.index(words) + len(words))
        if words != chosen:  # (the last one is being chosen)
            dock.make_quote()
    win.canvas.show_touchpoint(dock.target_id)
    dock.text.setFocus()
    settle()
    win.grab().save(str(out / "screenshot-transcript.png"))
    win.close()

    # in English, an arrow selected
    install_language(app, "en")
    win = window()
    win.scene.select_only([])
    arrow = win.scene.arrows["tr-c4-c5"] if "tr-c4-c5" in win.scene.arrows else next(iter(
        win.scene.arrows.values()))
    arrow.setSelected(True)
    win.inspector.raise_()
    settle()
    win.grab().save(str(out / "screenshot-english.png"))
    win.close()
    install_language(app, "nl")
    QSettings().setValue("language", "nl")
    print("screenshots in", out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "docs"))
