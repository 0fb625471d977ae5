"""The app sends nothing over the network and writes nothing outside the project file, its
previous versions, its lock, its settings and the paths the user chose: a scripted session in a
fresh home folder, then every file in that home is accounted for."""

from __future__ import annotations

import getpass
import os
import subprocess
import sys

import pypdfium2

from klantreis.io.files import convert
from tests.conftest import RAALTE_JSON, REPO


def _files(root):
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


def test_a_session_writes_only_where_it_may_and_uses_no_network(tmp_path):
    home, work, out, temp = (tmp_path / name for name in ("home", "werk", "uit", "tmp"))
    for folder in (home, work, out, temp):
        folder.mkdir()
    project = work / "sessie.klantreis"
    convert(RAALTE_JSON, project)
    before = set(_files(tmp_path))
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
           "XDG_DATA_HOME": str(home / ".local/share"), "XDG_CACHE_HOME": str(home / ".cache"),
           "KLANTREIS_DATA_DIR": str(home / "data"), "TMPDIR": str(temp), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "tests.ui.footprint_driver", str(project), str(out)],
                            cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "attempts 0" in result.stdout  # not one network connection was tried
    written = sorted(set(_files(tmp_path)) - before)
    allowed_prefixes = (
        "werk/sessie.klantreis",  # the project itself
        "werk/.sessie.klantreis.versies/",  # its previous versions
        "uit/bijlage.pdf", "uit/citaten.csv",  # what the user chose to write
        "home/.config/",  # QSettings (recent files, window state)
        "home/.cache/fontconfig/",  # the system font library's own cache (no user data)
    )
    unexpected = [f for f in written if not f.startswith(allowed_prefixes)]
    assert unexpected == [], unexpected
    assert "werk/.sessie.klantreis.lock" not in _files(tmp_path)  # the lock went with the session
    assert _files(temp) == []  # temporary files (preview, PDF build) cleaned up
    assert any(f.startswith("werk/.sessie.klantreis.versies/") for f in written)
    settings = [f for f in written if f.startswith("home/.config/")]
    assert all("klantreis" in f.lower() for f in settings), settings  # only our own settings file
    document = pypdfium2.PdfDocument(str(out / "bijlage.pdf"))
    meta = document.get_metadata_dict()
    document.close()
    user = getpass.getuser()
    assert all(user not in value for value in meta.values()), meta  # no OS user name
    assert f"({user})".encode() not in (out / "bijlage.pdf").read_bytes()
