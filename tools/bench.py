"""make bench: the speed figures of Klantreis, each a median of several runs (and where stated a
ratio to a baseline measured in the same run), printed as a table and written to bench.json.

Not tests: nothing here fails the build; the table says which targets are met.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("KLANTREIS_DATA_DIR", tempfile.mkdtemp(prefix="klantreis-bench-data-"))
WORK = Path(tempfile.mkdtemp(prefix="klantreis-bench-"))
RESULTS: list[dict] = []


def record(name: str, value: float, unit: str, target: str, ok: bool, detail: str = "") -> None:
    RESULTS.append({"name": name, "value": round(value, 3), "unit": unit, "target": target, "ok": ok,
                    "detail": detail})
    mark = "ok " if ok else "NO "
    print(f"{mark} {name:<52} {value:>10.3f} {unit:<4} target {target:<16} {detail}", flush=True)


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _time_until_shown(command: list[str], env: dict) -> float:
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               text=True)
    for line in process.stdout:
        if line.strip() == "shown":
            break
    elapsed = time.perf_counter() - start
    process.wait(60)
    return elapsed


BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
"""


def bench_startup(runs: int = 5) -> None:
    """As an installed app starts: with the compiled bytecode Python keeps of its modules (an
    environment may turn that off with PYTHONDONTWRITEBYTECODE; the first, unmeasured run of
    each script writes it)."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["KLANTREIS_QUIT_WHEN_SHOWN"] = "1"
    example = WORK / "raalte.klantreis"
    from klantreis.io.files import convert

    convert(REPO / "journeys" / "raalte-2021.json", example)
    _time_until_shown([sys.executable, "main.py", str(example)], env)
    _time_until_shown([sys.executable, "-c", BARE], env)
    ours, bare = [], []
    for _ in range(runs):
        ours.append(_time_until_shown([sys.executable, "main.py", str(example)], env))
        bare.append(_time_until_shown([sys.executable, "-c", BARE], env))
    ratio = statistics.median(ours) / statistics.median(bare)
    record("start-up (Raalte) / bare QMainWindow", ratio, "x", "<= 1.8", ratio <= 1.8,
           f"{statistics.median(ours):.2f} s vs {statistics.median(bare):.2f} s")


def large_project() -> Path:
    from klantreis.io.files import save_journey
    from klantreis.synthetic import generate

    path = WORK / "groot.klantreis"
    if not path.exists():
        save_journey(path, generate(touchpoints=1000, quotes=20000, respondents=300, transitions=1500))
    return path


def _plain_read(path: Path) -> float:
    start = time.perf_counter()
    connection = sqlite3.connect(path)
    for (table,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
        connection.execute(f"SELECT * FROM [{table}]").fetchall()
    connection.close()
    return time.perf_counter() - start


def _app():
    from klantreis.ui.app import create_application

    return create_application()


def _window(path: Path):
    from PySide6.QtWidgets import QApplication

    from klantreis.ui.document import open_document
    from klantreis.ui.main_window import MainWindow

    window = MainWindow(open_document(path))
    window.prompts.interactive = False
    window.resize(1920, 1080)
    window.show()
    QApplication.processEvents()
    return window


def bench_open(runs: int = 3) -> None:
    from PySide6.QtWidgets import QApplication

    path = large_project()
    times, plain = [], []
    for _ in range(runs):
        start = time.perf_counter()
        window = _window(path)
        QApplication.processEvents()
        times.append(time.perf_counter() - start)
        window.close()
        window.document.close() if window.document is not None else None
        QApplication.processEvents()
        plain.append(_plain_read(path))
    value = statistics.median(times)
    ratio = value / statistics.median(plain)
    record("open 1,000 tp / 20,000 quotes to a window", value, "s", "<= 1.5", value <= 1.5)
    record("open / plain sqlite3 read of every row", ratio, "x", "<= 6", ratio <= 6,
           f"plain read {statistics.median(plain):.3f} s")


def bench_capture_and_edits(count: int = 60) -> None:
    from dataclasses import replace

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from klantreis.evidence import session
    from klantreis.graph.layout import positions_for
    from klantreis.model.edits import Update, move_touchpoints

    path = WORK / "bewerken.klantreis"
    shutil.copyfile(large_project(), path)
    window = _window(path)
    journey = window.document.journey
    window.quotes.raise_()  # as in a session: the capture bar, and the quotes of the card in view
    window.canvas.show_touchpoint(journey.touchpoints[500].id)
    bar = window.capture
    bar.show()
    QApplication.processEvents()
    captures = []
    for n in range(count):
        bar.field.setPlainText(f"Citaat {n} tijdens de meting")
        start = time.perf_counter()
        QTest.keyClick(bar.field, Qt.Key.Key_Return)  # applied and committed when this returns
        captures.append((time.perf_counter() - start) * 1000)
        QApplication.processEvents()
    value = p95(captures)
    record("capture: Enter to committed on disk (p95)", value, "ms", "<= 15", value <= 15,
           f"median {statistics.median(captures):.1f} ms")
    document = window.document
    edits = []
    tps = journey.touchpoints
    for n in range(count):
        tp = journey.touchpoint(tps[(n * 37) % len(tps)].id)
        kind = n % 5
        if kind == 4:  # a card dragged a little within its band
            x, y = positions_for(journey)[tp.id]
            edit = move_touchpoints(journey, {tp.id: (tp.phase_id, x + 12, y)})
        elif kind == 0:
            edit = Update(replace(tp, title=f"{tp.title.split(' #')[0]} #{n}"))
        elif kind == 1:
            edit = Update(replace(tp, description=f"Beschrijving {n}"))
        elif kind == 2:
            respondent = journey.respondents[n % len(journey.respondents)].id
            edit = session.vote(journey, tp.id, respondent, n % 5 - 2)
        else:
            edit = session.capture_quote(journey, f"Nog een citaat {n}", touchpoint_id=tp.id)
        if edit is None:
            continue
        start = time.perf_counter()
        document.apply(edit)
        edits.append((time.perf_counter() - start) * 1000)
        QApplication.processEvents()
    value = p95(edits)
    record("an editing command with its autosave (p95)", value, "ms", "<= 10", value <= 10,
           f"median {statistics.median(edits):.1f} ms; rename, description, vote, quote, move")
    bench_canvas(window)
    window.close()


def bench_canvas(window, runs: int = 5) -> None:
    """Frames of a 1920x1080 view on the large journey: at normal zoom (1:1) and zoomed out to
    the whole journey; the median of several repaints (the first, cold one is in the detail)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from klantreis.ui.view import JourneyView

    view = JourneyView()  # the canvas view of the app, on the window's scene
    view.setScene(window.scene)
    view.setFixedSize(1920, 1080)
    view.show()
    QApplication.processEvents()

    def frames() -> tuple[float, float]:
        times = []
        for _ in range(runs + 1):
            start = time.perf_counter()
            view.viewport().repaint()
            times.append((time.perf_counter() - start) * 1000)
        return statistics.median(times[1:]), times[0]

    view.resetTransform()
    view.centerOn(window.scene.itemsBoundingRect().topLeft())
    normal, cold = frames()
    record("canvas: one frame at normal zoom (1920x1080)", normal, "ms", "<= 16", normal <= 16,
           f"first frame {cold:.0f} ms")
    view.fitInView(window.scene.itemsBoundingRect(), Qt.AspectRatioMode.KeepAspectRatio)
    whole, cold = frames()
    record("canvas: one frame of the whole journey", whole, "ms", "<= 16", whole <= 16,
           f"first frame {cold:.0f} ms")
    view.close()


# the peak is the process's own high-water mark (VmHWM): ru_maxrss of a child also counts the
# memory of the parent it was started from (Linux keeps it across exec)
PEAK = """
import sys, time
sys.path.insert(0, {repo!r})
from klantreis.synthetic import generate
from klantreis.exports.fonts import register_fonts
from klantreis.exports.pdf import write_pdf
journey = generate(touchpoints=200, quotes=5000, respondents=120, seed=3)
register_fonts()  # (as the baseline does before its clock starts)
start = time.perf_counter()
write_pdf(journey, {target!r})
seconds = time.perf_counter() - start
status = open("/proc/self/status").read()
peak = int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:")))
print(seconds, peak / 1024)
"""

BASELINE = """
import sys, time
sys.path.insert(0, {repo!r})
from reportlab.pdfgen.canvas import Canvas
from klantreis.exports.fonts import register_fonts
register_fonts()
pages, strings = {pages}, {strings}
start = time.perf_counter()
canvas = Canvas({target!r})
per_page = max(1, strings // pages)
for page in range(pages):
    canvas.setFont("Noto", 9)
    for n in range(per_page):
        canvas.drawString(50, 800 - (n % 70) * 11, f"Een regel tekst van de meting, nummer {{n}}")
    canvas.showPage()
canvas.save()
print(time.perf_counter() - start)
"""


def _count_strings(journey, target: Path) -> tuple[int, int]:
    from reportlab.pdfgen.canvas import Canvas

    from klantreis.exports.pdf import write_pdf

    count = {"n": 0}
    original = Canvas.drawString

    def counting(self, *args, **kwargs):
        count["n"] += 1
        return original(self, *args, **kwargs)

    Canvas.drawString = counting
    try:
        write_pdf(journey, target)
    finally:
        Canvas.drawString = original
    import pypdfium2

    document = pypdfium2.PdfDocument(str(target))
    pages = len(document)
    document.close()
    return pages, count["n"]


def bench_pdf(runs: int = 5) -> None:
    from klantreis.exports.pdf import write_pdf
    from klantreis.io import interchange
    from klantreis.synthetic import generate

    raalte = interchange.load_json(REPO / "journeys" / "raalte-2021.json")
    times = []
    for n in range(runs):
        start = time.perf_counter()
        write_pdf(raalte, WORK / f"raalte-{n}.pdf")
        times.append(time.perf_counter() - start)
    value = statistics.median(times)
    record("PDF of the Raalte example", value, "s", "<= 2", value <= 2)
    ours, peaks = [], []
    for _ in range(runs):
        script = PEAK.format(repo=str(REPO), target=str(WORK / "groot.pdf"))
        out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=600)
        seconds, peak = map(float, out.stdout.split())
        ours.append(seconds)
        peaks.append(peak)
    value = statistics.median(ours)
    record("PDF of 200 tp / 5,000 quotes", value, "s", "<= 20", value <= 20)
    record("PDF of 200 tp / 5,000 quotes: peak memory", max(peaks), "MB", "<= 600", max(peaks) <= 600)
    pages, strings = _count_strings(generate(touchpoints=200, quotes=5000, respondents=120, seed=3),
                                    WORK / "geteld.pdf")
    base = []
    for _ in range(runs):
        script = BASELINE.format(repo=str(REPO), pages=pages, strings=strings, target=str(WORK / "basis.pdf"))
        out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=600)
        base.append(float(out.stdout))
    ratio = value / statistics.median(base)
    record("PDF 200/5,000 / reportlab baseline (same pages, strings)", ratio, "x", "<= 3", ratio <= 3,
           f"{pages} pages, {strings} strings; baseline {statistics.median(base):.2f} s")


def bench_transcripts(runs: int = 3) -> None:
    """Reading a 10 MB transcript (.txt with stamps and four speakers) and 60,000 WebVTT cues."""
    from klantreis.io.transcript_read import parse_transcript

    lines, size, i = [], 0, 0
    while size < 10_000_000:
        speaker = ("Interviewer", "R1", "R2", "Tolk")[i % 4]
        line = (f"[{i // 3600:02d}:{i // 60 % 60:02d}:{i % 60:02d}] {speaker}: "
                f"Dit is zin {i} van het gesprek, over de gemeente en de brieven die kwamen.")
        lines.append(line)
        size, i = size + len(line) + 1, i + 1
    cues = "\n".join(f"{j // 3600:02d}:{j // 60 % 60:02d}:{j % 60:02d}.000 --> "
                     f"{j // 3600:02d}:{j // 60 % 60:02d}:{j % 60:02d}.900\n<v R{j % 3}>Zin {j} van het "
                     "gesprek, over de gemeente en de brieven die kwamen.</v>\n" for j in range(60_000))
    for label, data, name in (("Read a 10 MB .txt transcript", "\n".join(lines).encode(), "groot.txt"),
                              ("Read a .vtt of 60,000 cues", f"WEBVTT\n\n{cues}".encode(), "groot.vtt")):
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            parse_transcript(data, name)
            times.append(time.perf_counter() - start)
        value = statistics.median(times)
        record(label, value, "s", "<= 5", value <= 5, f"{len(data) / 1e6:.1f} MB")


PARTS = {"startup": bench_startup, "open": bench_open, "edits": bench_capture_and_edits, "pdf": bench_pdf,
         "transcripts": bench_transcripts}


def main(argv: list[str]) -> int:
    """``make bench`` runs every part; ``tools/bench.py open pdf`` only those (and then leaves
    bench.json alone)."""
    unknown = [name for name in argv if name not in PARTS]
    if unknown:
        print(f"unknown part {unknown[0]!r}; parts: {', '.join(PARTS)}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    print(f"Klantreis benchmarks ({os.cpu_count()} cores, Python {sys.version.split()[0]})\n", flush=True)
    _app()
    for name, part in PARTS.items():
        if not argv or name in argv:
            part()
    if argv:
        shutil.rmtree(WORK, ignore_errors=True)
        return 0
    total = time.perf_counter() - started
    (REPO / "bench.json").write_text(json.dumps({"seconds": round(total, 1), "results": RESULTS}, indent=2),
                                     encoding="utf-8")
    met = sum(r["ok"] for r in RESULTS)
    print(f"\n{met} of {len(RESULTS)} targets met in {total:.0f} s; written to bench.json")
    shutil.rmtree(WORK, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
