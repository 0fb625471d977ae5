"""Before the tests: can Qt load on this machine? If a system library is missing, say which
Debian packages to install, instead of a wall of import errors."""

from __future__ import annotations

import subprocess
import sys

OFFSCREEN_DEBS = ("libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 "
                  "libglib2.0-0 libxkbcommon0")
WINDOW_DEBS = ("libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 "
               "libxcb-render0 libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0")

PROBE = (
    "from PySide6.QtWidgets import QApplication; import sys; "
    "app = QApplication(['probe', '-platform', 'offscreen']); print('ok')"
)


def main() -> int:
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                            timeout=120)
    if result.returncode == 0 and "ok" in result.stdout:
        return 0
    detail = (result.stderr.strip().splitlines() or ["?"])[-1]
    print("Qt kan niet starten op deze machine / Qt cannot start on this machine:", file=sys.stderr)
    print(f"  {detail}", file=sys.stderr)
    print("Installeer de systeembibliotheken / install the system libraries:", file=sys.stderr)
    print(f"  sudo apt-get install {OFFSCREEN_DEBS}", file=sys.stderr)
    print(f"Voor een echt venster ook / for a real window also:\n  sudo apt-get install {WINDOW_DEBS}",
          file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
