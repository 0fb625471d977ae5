import errno

import pytest

from klantreis import interchange
from klantreis.errors import ProjectFileError
from klantreis.fileio import write_atomically


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
