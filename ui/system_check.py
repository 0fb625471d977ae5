"""Before a window opens on Linux: are the system libraries there that Qt needs to show one?
Without them Qt itself aborts with an English message about xcb ("... is needed ... Aborted").
Looking for the files is quick (no Qt, no subprocess), so it runs at every start."""

from __future__ import annotations

import os
import sys

# the libraries Qt's xcb platform plugin loads, and the Debian package of each
WINDOW_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0", "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-render-util.so.0": "libxcb-render-util0", "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0", "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xkb.so.1": "libxcb-xkb1", "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}
LIBRARY_FOLDERS = ("/lib", "/usr/lib", "/lib64", "/usr/lib64", "/usr/local/lib",
                   "/lib/x86_64-linux-gnu", "/usr/lib/x86_64-linux-gnu",
                   "/lib/aarch64-linux-gnu", "/usr/lib/aarch64-linux-gnu")


def missing_packages(folders=None) -> list[str]:
    """The Debian packages of the window libraries that are in none of ``folders`` (the usual
    library folders and LD_LIBRARY_PATH)."""
    if folders is None:
        extra = [f for f in os.environ.get("LD_LIBRARY_PATH", "").split(":") if f]
        folders = [*extra, *LIBRARY_FOLDERS]
    present = set()
    for folder in folders:
        try:
            present.update(name for name in os.listdir(folder) if name in WINDOW_LIBRARIES)
        except OSError:
            continue
    return [package for name, package in WINDOW_LIBRARIES.items() if name not in present]


def window_problem(environ=os.environ, platform: str = sys.platform, folders=None) -> str | None:
    """Why no window can open here (in Dutch and English, with what to install), or None.
    Only on Linux with X11 and Qt's default platform: Wayland, another QT_QPA_PLATFORM (such
    as offscreen) and other systems are left to Qt."""
    if not platform.startswith("linux") or (environ.get("QT_QPA_PLATFORM") or "xcb") != "xcb":
        return None
    if environ.get("WAYLAND_DISPLAY"):
        return None
    if not environ.get("DISPLAY"):
        return ("Er is geen beeldscherm (DISPLAY is leeg): start Klantreis in een grafische sessie, "
                "of gebruik de opdrachten stats, check, convert en export.\n"
                "No display (DISPLAY is empty): start Klantreis in a graphical session, or use the "
                "commands stats, check, convert and export.")
    missing = missing_packages(folders)
    if not missing:
        return None
    return ("Qt kan geen venster openen: er ontbreken systeembibliotheken. Installeer ze met\n"
            "Qt cannot open a window: system libraries are missing. Install them with\n"
            f"  sudo apt-get install {' '.join(missing)}")
