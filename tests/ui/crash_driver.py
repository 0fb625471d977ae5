"""A scripted editing session for the crash test: the app's editing layer (OpenDocument, undo
commands, autosave) applies edits and captures quotes until it is killed.

Everything is determined by the seed (ids, texts, time stamps), so the test can replay the same
script in memory and know every state the file may be in. After each edit whose write has
returned, the driver prints "done <step>" and flushes.

    python -m tests.ui.crash_driver PROJECT SEED
"""

from __future__ import annotations

import hashlib
import os
import random
import sys
from dataclasses import replace

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def digest(journey) -> str:
    from klantreis.io import interchange

    return hashlib.sha256(interchange.dumps(journey).encode()).hexdigest()


def steps(document, seed: int):
    """Yield after each applied step (its number); the same seed gives the same steps."""
    from klantreis.model import edits
    from klantreis.model.entities import Quote, Score, Sentiment, Touchpoint, Transition

    rnd = random.Random(seed)
    journey = document.journey
    step = 0
    while True:
        step += 1
        tps = journey.touchpoints
        kind = rnd.choice(("quote", "quote", "quote", "rename", "move", "add", "vote", "undo"))
        stamp = (f"2024-03-{1 + seed % 28:02d}T{step // 3600 % 24:02d}:{step // 60 % 60:02d}:"
                 f"{step % 60:02d}")
        if kind == "quote":
            tp = rnd.choice(tps)
            text = f"Citaat {step} van sessie {seed}: " + "ja " * rnd.randrange(1, 40)
            edit = edits.Insert(Quote(f"q-{seed}-{step}", text, touchpoint_id=tp.id,
                                      sentiment=rnd.choice(list(Sentiment)), captured_at=stamp),
                                code="edit_capture_quote")
        elif kind == "rename":
            tp = rnd.choice(tps)
            edit = edits.Update(replace(tp, title=f"{tp.title.split(' #')[0]} #{step}"))
        elif kind == "move":
            tp = rnd.choice(tps)
            edit = edits.Update(replace(tp, x=float(rnd.randrange(0, 2000)), y=float(rnd.randrange(0, 90))))
        elif kind == "add":
            source = rnd.choice(tps)
            new = Touchpoint(f"t-{seed}-{step}", f"Nieuw contactmoment {step}", source.phase_id)
            link = Transition(f"e-{seed}-{step}", source.id, new.id)
            edit = edits.Sequence([edits.Insert(new), edits.Insert(link)], "edit_add_touchpoint")
        elif kind == "vote":  # one vote per respondent and touchpoint: a new one, or changed
            tp, respondent = rnd.choice(tps), rnd.choice(journey.respondents)
            value = rnd.randrange(-2, 3)
            old = next((s for s in journey.scores_for(tp.id) if s.respondent_id == respondent.id), None)
            edit = (edits.Update(replace(old, value=value, captured_at=stamp)) if old is not None else
                    edits.Insert(Score(f"s-{seed}-{step}", tp.id, value, respondent_id=respondent.id,
                                       captured_at=stamp)))
        else:
            if document.undo_stack.canUndo():
                document.undo_stack.undo()
                yield step
            continue
        if not document.apply(edit):
            raise SystemExit(f"step {step} refused")
        yield step


def main(path: str, seed: int) -> None:
    from PySide6.QtCore import QCoreApplication

    from klantreis.ui.document import open_document

    app = QCoreApplication.instance() or QCoreApplication([])
    document = open_document(path)
    print("ready", flush=True)
    for step in steps(document, seed):
        print(f"done {step}", flush=True)
    del app


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
