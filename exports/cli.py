"""python main.py export FILE [--pdf OUT.pdf] [--png OUT.png] [--json OUT.json] [--csv OUT.csv]
[--xlsx OUT.xlsx] [--paper A3|A4] [--lang nl|en] [--no-details] [--no-norms] [--no-indicators]: the files of
:mod:`klantreis.exports.registry` (one option per format) without opening the app. Options
given here override the project's own PDF options for this run; the project is not changed."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import replace

from klantreis.cli import UsageError, _fail, _Parser
from klantreis.exports.registry import FORMATS, Options, write
from klantreis.messages import message
from klantreis.model.entities import Paper
from klantreis.model.errors import KlantreisError


def build_parser() -> _Parser:
    parser = _Parser(prog="python main.py export",
                     description="De infographic-PDF, PNG, JSON, citaten-CSV of citaten-Excel-werkmap "
                                 "van een klantreis maken.")
    parser.add_argument("file", metavar="FILE", help=".klantreis- of .json-bestand")
    for name, format_ in FORMATS.items():
        parser.add_argument(f"--{name}", metavar=f"OUT{format_.suffix}", help=format_.help)
    parser.add_argument("--paper", choices=("A3", "A4"), help="papierformaat van de infographic")
    parser.add_argument("--lang", choices=("nl", "en"), help="taal van de vaste teksten")
    parser.add_argument("--no-details", action="store_true", help="zonder detailpagina's")
    parser.add_argument("--no-norms", action="store_true", help="zonder de pagina Toetsingskader")
    parser.add_argument("--no-indicators", action="store_true", help="zonder de pagina Indicatoren")
    return parser


def run(argv: Sequence[str]) -> int:
    try:
        args = build_parser().parse_args(list(argv))
        if not any(getattr(args, name) for name in FORMATS):
            raise UsageError(message("cli_usage_error", detail=message("export_needs_output")))
        return _export(args)
    except (UsageError, KlantreisError) as error:
        return _fail(str(error))


def _export(args) -> int:
    from klantreis.io.files import load_journey

    journey = load_journey(args.file)
    options = journey.info.pdf_options
    if args.paper:
        options = replace(options, paper=Paper(args.paper))
    if args.lang:
        options = replace(options, language=args.lang)
    if args.no_details:
        options = replace(options, details=False)
    if args.no_norms:
        options = replace(options, norms=False)
    if args.no_indicators:
        options = replace(options, indicators=False)
    for name in FORMATS:
        path = getattr(args, name)
        if path:
            write(name, journey, path, Options(pdf=options))
            print(message("export_written", path=path))
    return 0


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
