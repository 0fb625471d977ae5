"""The first window is shown without the modules it does not need (make bench measures how fast):
networkx, sqlite-utils, the exporters and the swimlane view are imported when first used."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from klantreis.io.files import convert
from tests.conftest import RAALTE_JSON

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
LATER = ("networkx.classes", "sqlite_utils.db", "reportlab", "klantreis.exports.pdf",
         "klantreis.ui.canvas.swimlane_scene")


def test_the_first_window_of_the_example_needs_none_of_the_heavy_modules(tmp_path):
    example = tmp_path / "raalte.klantreis"
    convert(RAALTE_JSON, example)
    script = textwrap.dedent(f"""
        import sys
        sys.argv = ["main.py", {str(example)!r}]
        import main
        code = main.main()
        loaded = [name for name in {LATER!r} if name in sys.modules]
        print("LOADED", ",".join(loaded), "CODE", code)
    """)
    env = {**os.environ, "KLANTREIS_QUIT_WHEN_SHOWN": "1", "QT_QPA_PLATFORM": "offscreen",
           "KLANTREIS_DATA_DIR": str(tmp_path / "data")}
    out = subprocess.run([sys.executable, "-c", script], cwd=REPO, env=env, capture_output=True,
                         text=True, timeout=120)
    assert "shown" in out.stdout, out.stderr
    line = next(line for line in out.stdout.splitlines() if line.startswith("LOADED"))
    assert line == "LOADED  CODE 0", line
