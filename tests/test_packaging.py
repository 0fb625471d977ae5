"""The installed app is the whole app: a wheel built from a clean copy of the repository, installed
into a fresh virtual environment, runs from another folder with its example, templates, fonts and
translations, and puts nothing in site-packages but the one import package klantreis."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import tomllib
import venv
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def test_every_package_folder_is_listed_in_pyproject():
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    mapped = {folder: name for name, folder in config["package-dir"].items()}
    found = set()
    for top, name in mapped.items():
        for init in (REPO / top).rglob("__init__.py"):
            relative = init.parent.relative_to(REPO / top).parts
            found.add(".".join((name, *relative)))
    assert found | {"klantreis.journeys"} == set(config["packages"])


def _clean_copy(target: Path) -> Path:
    """The files git knows (as they are in the working tree): what a fresh clone holds."""
    files = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                           cwd=REPO, capture_output=True, check=True).stdout.decode().split("\0")
    for name in filter(None, files):
        source = REPO / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return target


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """(the klantreis command, its python, a folder outside the repository, the environment)."""
    root = tmp_path_factory.mktemp("wheel")
    copy = _clean_copy(root / "schone-kopie")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                    "--quiet", "-w", str(root / "dist"), str(copy)], check=True, timeout=600)
    (wheel,) = (root / "dist").glob("klantreis-*.whl")
    env_dir = root / "venv"
    venv.create(env_dir, with_pip=False)
    python = env_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          capture_output=True, text=True, check=True).stdout.strip()
    # the dependencies come from this test's own environment (a path line in a .pth file: that
    # folder's own .pth files, such as the editable install of the repository, are not run)
    Path(site, "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps",
                    "--no-index", "--quiet", str(wheel)], check=True, timeout=600)
    elsewhere = root / "ergens-anders"
    elsewhere.mkdir()
    env = {**os.environ, "HOME": str(elsewhere), "KLANTREIS_DATA_DIR": str(elsewhere / "data"),
           "XDG_CONFIG_HOME": str(elsewhere / "config"), "QT_QPA_PLATFORM": "offscreen",
           "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("PYTHONPATH", None)
    command = env_dir / ("Scripts/klantreis.exe" if os.name == "nt" else "bin/klantreis")
    return command, python, elsewhere, env, wheel, Path(site)


def test_the_wheel_holds_one_import_package_with_its_data(installed):
    *_, wheel, _site = installed
    names = zipfile.ZipFile(wheel).namelist()
    tops = {n.split("/")[0] for n in names if not n.split("/")[0].endswith((".dist-info", ".data"))}
    assert tops == {"klantreis"}
    for needed in ("klantreis/journeys/raalte-2021.json", "klantreis/journeys/wet-inburgering-2021.json",
                   "klantreis/ui/i18n/klantreis_en.qm", "klantreis/ui/canvas/scene.py",
                   "klantreis/exports/pdf.py", "klantreis/resources/fonts/NotoSansArabic-Regular.ttf",
                   "klantreis/resources/fonts/OFL-1.1.txt", "klantreis/resources/first_names.txt",
                   "klantreis/resources/first_names.LICENSE", "klantreis/__main__.py"):
        assert needed in names


def test_the_installed_app_runs_from_another_folder(installed):
    command, python, elsewhere, env, _wheel, site = installed
    where = subprocess.run([str(python), "-c", "import klantreis.ui, klantreis.exports; "
                            "print(klantreis.ui.__file__, klantreis.exports.__file__)"],
                           cwd=elsewhere, env=env, capture_output=True, text=True, timeout=120)
    assert where.returncode == 0, where.stderr
    assert all(Path(p).is_relative_to(site) for p in where.stdout.split())  # not the repository's
    shot = elsewhere / "venster.png"
    run = subprocess.run([str(command), "--screenshot", str(shot)], cwd=elsewhere, env=env,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert shot.stat().st_size > 10_000  # the example, made from the bundled JSON
    assert (elsewhere / "data" / "Voorbeeld Raalte 2021.klantreis").exists()
    english = subprocess.run([str(command), "--lang", "en", "--screenshot", str(elsewhere / "en.png")],
                             cwd=elsewhere, env=env, capture_output=True, text=True, timeout=300)
    assert english.returncode == 0 and "all saved" in english.stdout, english.stdout + english.stderr
    templates = subprocess.run([str(python), "-c", "from klantreis.ui.opening import templates; "
                                "print(len(templates()))"], cwd=elsewhere, env=env,
                               capture_output=True, text=True, timeout=120)
    bundled = len(list((REPO / "journeys").glob("*.json")))
    assert templates.stdout.strip() == str(bundled), templates.stderr  # every bundled journey installed
    pdf = elsewhere / "raalte.pdf"
    example = elsewhere / "data" / "Voorbeeld Raalte 2021.klantreis"
    export = subprocess.run([str(command), "export", str(example), "--pdf", str(pdf)], cwd=elsewhere,
                            env=env, capture_output=True, text=True, timeout=300)
    assert export.returncode == 0, export.stderr
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 50_000
    # the REFI-QDA export checks its XML against the bundled schema: the wheel must carry it
    qdpx = elsewhere / "raalte.qdpx"
    export = subprocess.run([str(command), "export", str(example), "--qdpx", str(qdpx)], cwd=elsewhere,
                            env=env, capture_output=True, text=True, timeout=300)
    assert export.returncode == 0, export.stderr
    assert qdpx.read_bytes().startswith(b"PK")
