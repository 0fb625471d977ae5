"""Klantreis: entry point. Parses the command line, then opens the app or runs a command; the
only module of the domain package that reaches into klantreis.ui and klantreis.exports (lazily,
so a command needs no Qt). Run as ``klantreis`` (installed), ``python -m klantreis`` or
``python main.py`` (in the repository).

    python main.py [FILE] [--screenshot PNG] [--lang nl|en]
    python main.py stats FILE
    python main.py convert IN OUT
    python main.py check FILE
    python main.py export FILE --pdf OUT.pdf [--png OUT.png] [--paper A3|A4] [--lang nl|en] [--no-details]
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence


def _app_parser() -> argparse.ArgumentParser:
    from klantreis.cli import _Parser

    parser = _Parser(
        prog="python main.py",
        description=("Klantreis: klantreizen in kaart brengen. Commando's: stats, convert, check, "
                     "export, import, generate."),
    )
    parser.add_argument("file", metavar="FILE", nargs="?",
                        help=".klantreis- of .json-bestand (zonder: het voorbeeld Raalte 2021)")
    parser.add_argument("--screenshot", metavar="PNG",
                        help="toon het venster, sla een schermafbeelding op en sluit af")
    parser.add_argument("--lang", choices=("nl", "en"), help="taal van de interface")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from klantreis import messages
    from klantreis.cli import COMMANDS, UsageError, run

    lang = os.environ.get("KLANTREIS_LANG", "")
    if lang:
        messages.set_language(lang)
    if argv and argv[0] in COMMANDS:
        return run(argv)
    if argv and argv[0] == "export":
        from klantreis.exports.cli import run as export

        return export(argv[1:])
    try:
        args = _app_parser().parse_args(argv)
    except UsageError as error:
        print(f"klantreis: {error}", file=sys.stderr)
        return 2
    from klantreis.ui.system_check import window_problem

    problem = window_problem()
    if problem:  # (Qt would abort with its own English message)
        print(f"klantreis: {problem}", file=sys.stderr)
        return 2
    from klantreis.ui.app import run_app

    return run_app(file=args.file, screenshot=args.screenshot, language=args.lang)


if __name__ == "__main__":
    sys.exit(main())
