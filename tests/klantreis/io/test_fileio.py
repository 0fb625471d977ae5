import errno
import os

import pytest

from klantreis.io import interchange
from klantreis.io.fileio import write_atomically, write_bytes_atomically
from klantreis.model.errors import ProjectFileError


def test_disk_full_leaves_the_old_file_and_no_temporary_file(tmp_path, small_journey):
    target = tmp_path / "reis.json"
    interchange.save_json(target, small_journey)
    before = target.read_bytes()

    def half_then_full(tmp):
        tmp.write_bytes(b'{"format": "klantr')
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(ProjectFileError) as info:
        write_atomically(target, half_then_full)
    assert "de schijf is vol" in str(info.value)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["reis.json"]


def test_missing_folder_gives_a_clear_message(tmp_path, small_journey):
    with pytest.raises(ProjectFileError) as info:
        interchange.save_json(tmp_path / "bestaat-niet" / "reis.json", small_journey)
    assert "de map bestaat niet" in str(info.value)


def test_other_errors_also_clean_up(tmp_path):
    def boom(tmp):
        tmp.write_bytes(b"x")
        raise RuntimeError("programming error")

    with pytest.raises(RuntimeError):
        write_atomically(tmp_path / "a.json", boom)
    assert list(tmp_path.iterdir()) == []


def test_new_files_follow_the_umask_and_replaced_files_keep_their_mode(tmp_path):
    old_umask = os.umask(0o022)
    try:
        fresh = tmp_path / "nieuw.json"
        write_bytes_atomically(fresh, b"{}")
        assert fresh.stat().st_mode & 0o777 == 0o644
        private = tmp_path / "prive.json"
        private.write_bytes(b"{}")
        private.chmod(0o600)
        write_bytes_atomically(private, b"[]")
        assert private.stat().st_mode & 0o777 == 0o600 and private.read_bytes() == b"[]"
    finally:
        os.umask(old_umask)


@pytest.mark.parametrize("title, expected", [
    ("Thuis in Raalte?", "Thuis in Raalte.klantreis"),
    ("CON", "CON_.klantreis"),  # a reserved name on Windows
    ("nul", "nul_.klantreis"),
    ("Raalte: 2021/2022 *concept*", "Raalte- 2021-2022 -concept.klantreis"),
    ("Eindrapport. ", "Eindrapport.klantreis"),  # Windows drops a trailing dot or space
    ("   ", "klantreis.klantreis"),
    ("تجربة العملاء", "تجربة العملاء.klantreis"),
])
def test_suggested_names_are_valid_on_every_os(title, expected):
    from pathvalidate import is_valid_filename

    from klantreis.io.fileio import suggested_name

    name = suggested_name(title, ".klantreis")
    assert name == expected
    for platform in ("windows", "macos", "linux"):
        assert is_valid_filename(name, platform=platform)


def test_a_suggested_name_fits_a_deep_folder(tmp_path):
    from pathlib import Path

    from klantreis.io.fileio import MAX_PATH, suggested_name

    folder = Path("C:/Users/onderzoeker/Documents/" + "projecten met een lange naam/" * 5)
    name = suggested_name("Klantreis " * 40, ".klantreis", folder=folder)
    assert len(str(folder / name)) <= MAX_PATH and name.endswith(".klantreis")
