"""python main.py export FILE --pdf OUT.pdf [--png OUT.png] [--paper A3|A4] [--lang nl|en]
[--no-details]: the PDF (and the PNG of its infographic page) without opening the app. Options
given here override the project's own PDF options for this run; the project is not changed."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import replace

from klantreis.cli import UsageError, _fail, _Parser
from klantreis.messages import message
from klantreis.model.entities import Paper
from klantreis.model.errors import KlantreisError


def build_parser() -> _Parser:
    parser = _Parser(prog="python main.py export",
                     description="De infographic-PDF (en PNG) van een klantreis maken.")
    parser.add_argument("file", metavar="FILE", help=".klantreis- of .json-bestand")
    parser.add_argument("--pdf", metavar="OUT.pdf", help="de PDF: infographic en detailpagina's")
    parser.add_argument("--png", metavar="OUT.png", help="de infographic als PNG van 300 dpi")
    parser.add_argument("--paper", choices=("A3", "A4"), help="papierformaat van de infographic")
    parser.add_argument("--lang", choices=("nl", "en"), help="taal van de vaste teksten")
    parser.add_argument("--no-details", action="store_true", help="zonder detailpagina's")
    return parser


def run(argv: Sequence[str]) -> int:
    try:
        args = build_parser().parse_args(list(argv))
        if not args.pdf and not args.png:
            raise UsageError(message("cli_usage_error", detail=message("export_needs_output")))
        return _export(args)
    except (UsageError, KlantreisError) as error:
        return _fail(str(error))


def _export(args) -> int:
    from klantreis.exports.pdf import write_pdf
    from klantreis.exports.png import write_png
    from klantreis.io.files import load_journey

    journey = load_journey(args.file)
    options = journey.info.pdf_options
    if args.paper:
        options = replace(options, paper=Paper(args.paper))
    if args.lang:
        options = replace(options, language=args.lang)
    if args.no_details:
        options = replace(options, details=False)
    if args.pdf:
        write_pdf(journey, args.pdf, options)
        print(message("export_written", path=args.pdf))
    if args.png:
        write_png(journey, args.png, options)
        print(message("export_written", path=args.png))
    return 0


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
