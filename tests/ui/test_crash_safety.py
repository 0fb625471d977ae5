"""Kill the editing layer with SIGKILL at random moments: the project file always opens, passes
SQLite's integrity check and Klantreis's own check, and holds every change whose write had
returned (and at most the one after it, whose write may have finished just before the kill).

The default run kills 5 times; the long run (--slow) 50 times."""

from __future__ import annotations

import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from klantreis.evidence.validation import ERROR, check_journey
from klantreis.io.files import convert
from klantreis.store import Project
from klantreis.store.project import open_project
from klantreis.ui.document import open_document
from tests.conftest import RAALTE_JSON, REPO
from tests.ui.crash_driver import digest, steps


def _replay(start, seed: int, last: int, folder) -> tuple[str, str]:
    """The digests of the states the driver was in after step ``last`` and after the step
    after it (replayed on a copy in this process)."""
    copy = folder / f"replay-{seed}.klantreis"
    shutil.copyfile(start, copy)
    document = open_document(copy)
    document.project.db.execute("PRAGMA synchronous = OFF")  # (a replay need not survive a crash)
    try:
        found = [digest(document.journey)] if last == 0 else []
        for step in steps(document, seed):
            if step >= last:
                found.append(digest(document.journey))
            if len(found) == 2:
                return tuple(found)
    finally:
        document.close()
    raise AssertionError("the script ended")


def _kill_once(path, seed: int, delay: float, folder) -> tuple[int, list[str]]:
    start = folder / f"start-{seed}.klantreis"
    shutil.copyfile(path, start)
    child = subprocess.Popen([sys.executable, "-m", "tests.ui.crash_driver", str(path), str(seed)],
                             cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    first = child.stdout.readline()  # the project is open (a slow machine takes its time)
    time.sleep(delay)  # ... then a random moment of editing
    child.send_signal(signal.SIGKILL)
    out, err = child.communicate(timeout=60)
    out = first + out
    assert child.returncode == -signal.SIGKILL, err
    done = [int(line.split()[1]) for line in out.splitlines() if line.startswith("done ")]
    last = done[-1] if done else 0
    started = time.perf_counter()
    states = _replay(start, seed, last, folder)
    print(f"seed {seed}: killed after step {last}; replayed in {time.perf_counter() - started:.1f} s")
    return last, states


def _check(path, last: int, states: tuple[str, str], seed: int) -> None:
    looked = open_project(path)  # read-only: from a recovered private copy, the file untouched
    project = Project.open(path)  # as Klantreis opens it to edit (rolling back a half-written step)
    journey = project.journey
    project.close()
    assert digest(looked) == digest(journey), seed
    # the journal of the killed write was proven to belong: recovered in place, nothing set aside
    assert project.notices == [] and not list(path.parent.glob("*(herstel*")), seed
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",), seed
    finally:
        connection.close()
    assert not [f for f in check_journey(journey) if f.severity == ERROR], seed
    assert digest(journey) in states, f"seed {seed}: after step {last} the file holds another state"


def _run(kills: int, tmp_path, base_seed: int) -> list[int]:
    path = tmp_path / "sessie.klantreis"
    convert(RAALTE_JSON, path)
    rnd = random.Random(base_seed)
    reached = []
    for n in range(kills):
        seed = base_seed * 1000 + n
        last, states = _kill_once(path, seed, rnd.uniform(0.0, 1.2), tmp_path)
        _check(path, last, states, seed)
        reached.append(last)
    return reached


def test_five_kills_lose_nothing_that_was_written(qtbot, tmp_path):
    reached = _run(5, tmp_path, base_seed=7)
    assert sum(reached) > 0  # the driver really edited before some of the kills


@pytest.mark.slow
def test_fifty_kills_lose_nothing_that_was_written(qtbot, tmp_path):
    reached = _run(50, tmp_path, base_seed=11)
    assert sum(1 for r in reached if r) > 25
