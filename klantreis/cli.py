"""The command-line commands that need no window: stats, convert, check, import, generate.

Each returns an exit code: 0 fine, 1 check found an error, 2 a user error (bad file, bad path),
reported as one line on stderr without a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from klantreis.messages import message
from klantreis.model.errors import KlantreisError

COMMANDS = ("stats", "convert", "check", "generate", "import")


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, detail: str) -> None:  # one line, exit 2 (argparse's own would print usage)
        raise UsageError(message("cli_usage_error", detail=detail))


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python main.py", description="Klantreis op de opdrachtregel.")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    stats = sub.add_parser("stats", help="aantallen als één JSON-object")
    stats.add_argument("file", metavar="FILE")
    convert = sub.add_parser("convert", help="omzetten tussen .json en .klantreis")
    convert.add_argument("source", metavar="IN")
    convert.add_argument("target", metavar="OUT")
    check = sub.add_parser("check", help="de reis controleren; exit 1 bij een fout")
    check.add_argument("file", metavar="FILE")
    check.add_argument("--privacy", action="store_true",
                       help="zoeken naar persoonsgegevens; exit 1 als er iets gevonden is")
    generate = sub.add_parser("generate", help="een synthetisch project maken (voor metingen en tests)")
    generate.add_argument("target", metavar="OUT")
    for name, default in (("touchpoints", 1000), ("quotes", 20000), ("respondents", 300)):
        generate.add_argument(f"--{name}", type=int, default=default)
    generate.add_argument("--transitions", type=int, default=None)
    generate.add_argument("--seed", type=int, default=1)
    imports = sub.add_parser("import", help="een transcript aan een project toevoegen, of een "
                             "REFI-QDA-project (.qdpx) omzetten naar een nieuw project")
    imports.add_argument("source", metavar="TRANSCRIPT|IN.qdpx")
    imports.add_argument("target", metavar="OUT.klantreis", nargs="?",
                         help="het nieuwe project (alleen bij een .qdpx)")
    imports.add_argument("--into", metavar="FILE.klantreis", help="het project waar het transcript in komt")
    imports.add_argument("--date", default="", help="datum van het gesprek")
    imports.add_argument("--language", default="nl", help="taal van het transcript (nl, ar, ...)")
    imports.add_argument("--group", metavar="GROUP", help="id of naam van de groep of sessie")
    return parser


def run(argv: Sequence[str]) -> int:
    try:
        args = build_parser().parse_args(list(argv))
        return _dispatch(args)
    except UsageError as error:
        return _fail(str(error))
    except KlantreisError as error:
        return _fail(str(error))


def _fail(text: str) -> int:
    print(f"klantreis: {text}", file=sys.stderr)
    return 2


def _dispatch(args: argparse.Namespace) -> int:
    from klantreis.io.files import convert, load_journey

    if args.command == "stats":
        from klantreis.evidence.analysis import counts

        print(json.dumps(counts(load_journey(args.file)), ensure_ascii=False))
        return 0
    if args.command == "generate":
        from klantreis.io.files import save_journey
        from klantreis.synthetic import generate

        journey = generate(args.touchpoints, args.quotes, args.respondents,
                           transitions=args.transitions, seed=args.seed)
        save_journey(args.target, journey)
        print(message("cli_generated", target=args.target, touchpoints=journey.count("touchpoint"),
                      quotes=journey.count("quote")))
        return 0
    if args.command == "import":
        from klantreis.cli_import import run_import

        return run_import(args)
    if args.command == "convert":
        from klantreis.evidence.privacy import withheld

        notices: list[str] = []
        journey = convert(args.source, args.target, notices=notices)
        for notice in notices:  # (side files of the project it replaced, set aside)
            print(f"{message('severity_waarschuwing')}: {notice}", file=sys.stderr)
        print(message("cli_converted", source=args.source, target=args.target,
                      touchpoints=journey.count("touchpoint"), quotes=journey.count("quote")))
        kept = withheld(journey)
        if kept:  # (the lossless format: everything, also what an export leaves out)
            print(message("convert_carries_everything", target=args.target, what=", ".join(kept)),
                  file=sys.stderr)
        return 0
    journey, notices = _read_for_check(args.file)
    for notice in notices:  # (side files set aside, tied positions: the file itself is fine)
        print(f"{message('severity_waarschuwing')}: {notice}")
    if args.privacy:
        return _privacy(journey)
    from klantreis.evidence.validation import ERROR, check_journey

    findings = check_journey(journey)
    for finding in findings:
        print(finding.line())
    if not findings and not notices:
        print(message("check_ok"))
    return 1 if any(f.severity == ERROR for f in findings) else 0


def _read_for_check(path: str):
    """The journey of a file, read without changing anything, and what opening it noticed."""
    from klantreis.io.files import file_type, load_journey

    if file_type(path) == "json":
        return load_journey(path), []
    from klantreis.store import Project

    project = Project.open(path, read_only=True)
    project.close()
    return project.journey, project.notices


def _privacy(journey) -> int:
    """One line per likely piece of personal data and per small group; exit 1 when any."""
    from klantreis.evidence.privacy_scan import place, scan, small_groups

    findings = scan(journey)
    for finding in findings:
        print(message("privacy_finding", kind=message(f"privacy_{finding.kind}"),
                      where=place(journey, finding), context=finding.context().replace("\n", " ")))
    groups = small_groups(journey, [r.id for r in journey.respondents])
    for group in groups:
        print(message("privacy_small_group", codes=", ".join(group.codes), k=journey.info.privacy.k,
                      attributes=", ".join(f"{n}: {v}" for n, v in group.attributes)))
    if not findings and not groups:
        print(message("privacy_ok"))
    return 1 if findings or groups else 0


