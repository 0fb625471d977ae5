"""Klantreis in the repository: ``python main.py ...`` does what the installed ``klantreis``
command does (klantreis/__main__.py)."""

import sys

from klantreis.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
