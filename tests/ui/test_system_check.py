"""Before a window opens: missing system libraries (or no display) give a message with the
Debian packages to install, instead of Qt's own abort."""

from __future__ import annotations

from klantreis.ui.system_check import WINDOW_LIBRARIES, missing_packages, window_problem


def test_missing_libraries_are_named_by_their_debian_packages(tmp_path):
    for name in WINDOW_LIBRARIES:
        if name != "libxcb-cursor.so.0":
            (tmp_path / name).write_bytes(b"")
    assert missing_packages([str(tmp_path)]) == ["libxcb-cursor0"]
    (tmp_path / "libxcb-cursor.so.0").write_bytes(b"")
    assert missing_packages([str(tmp_path)]) == []


def test_only_an_x11_window_on_linux_is_checked(tmp_path):
    empty = [str(tmp_path)]
    x11 = {"DISPLAY": ":0"}
    assert "libxcb-cursor0" in window_problem(x11, "linux", empty)
    assert "sudo apt-get install" in window_problem({**x11, "QT_QPA_PLATFORM": ""}, "linux", empty)
    assert window_problem({**x11, "QT_QPA_PLATFORM": "offscreen"}, "linux", empty) is None
    assert window_problem({**x11, "WAYLAND_DISPLAY": "wayland-0"}, "linux", empty) is None
    assert window_problem(x11, "win32", empty) is None
    assert "DISPLAY" in window_problem({}, "linux", empty)


def test_the_app_stops_with_the_message_before_qt_starts(monkeypatch, capsys, tmp_path):
    from klantreis import __main__ as entry
    from klantreis.ui import system_check

    monkeypatch.setattr(system_check, "LIBRARY_FOLDERS", (str(tmp_path),))
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("LD_LIBRARY_PATH", raising=False)
    assert entry.main([]) == 2
    assert "sudo apt-get install libxcb-cursor0" in capsys.readouterr().err
