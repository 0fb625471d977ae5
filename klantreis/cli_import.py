"""``python main.py import``: a transcript into a project, or a REFI-QDA project into a new one.

    python main.py import TRANSCRIPT --into FILE.klantreis [--date D] [--language L] [--group G]
    python main.py import IN.qdpx OUT.klantreis

A transcript (.txt, .docx, .vtt, .srt) is added as a source, uncoded, its speakers guessed from
their labels (a respondent's code, the interviewer, an interpreter), in one transaction. A
speaker's label that looks like a person's name is refused: Klantreis never stores it, and the
app is where it gets a code; so is a file name that holds a name, as in the app (the file name
becomes the transcript's name): the user renames the file. Everything that can be refused is
checked on a read-only copy first, so a refused import leaves the project and its folder as they
were. Errors are KlantreisErrors: klantreis/cli.py prints them as one line and exits 2.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from klantreis.messages import message
from klantreis.model.enums import SpeakerRole
from klantreis.model.errors import ProjectFileError, TranscriptError


def run_import(args: argparse.Namespace) -> int:
    source = Path(args.source)
    if source.suffix.lower() == ".qdpx":
        if args.target is None:
            raise TranscriptError("cli_qdpx_needs_target")
        from klantreis.io.qdpx_import import import_qdpx_file

        print(import_qdpx_file(source, Path(args.target)))
        return 0
    if args.into is None:
        raise TranscriptError("cli_transcript_needs_into")
    if args.target is not None:
        raise TranscriptError("cli_transcript_extra_argument", value=args.target)
    from klantreis.evidence.session import now_stamp
    from klantreis.io.transcript_read import read_transcript
    from klantreis.model.entities import new_id
    from klantreis.store import SUFFIX, Project

    into = Path(args.into)
    if into.suffix.lower() != SUFFIX:
        raise TranscriptError("cli_transcript_into_not_project", path=str(into))
    parsed = read_transcript(source)
    settings = dict(name=source.name, imported_at=now_stamp(), transcript_id=new_id())
    look = Project.open(into, read_only=True)  # (checks first: nothing is touched if refused)
    look.close()
    _transcript(look.journey, parsed, args, **settings)
    project = Project.open(into)
    try:
        if project.read_only:  # (another Klantreis has it, or the file is write-protected)
            for notice in project.notices:
                print(f"{message('severity_waarschuwing')}: {notice}", file=sys.stderr)
            raise ProjectFileError("read_only_project", path=str(into))
        transcript = _transcript(project.journey, parsed, args, **settings)
        _apply(project, transcript)
    finally:
        project.close()
    speakers = ", ".join(f"{s.label} ({message(f'transcript_role_{s.role.value}')})"
                         for s in transcript.speakers) or "-"
    print(message("cli_transcript_imported", source=str(source), target=str(into),
                  name=transcript.name, turns=len(transcript.turns), speakers=speakers))
    return 0


def _transcript(journey, parsed, args: argparse.Namespace, **settings):
    """The transcript to add to ``journey``, or the KlantreisError that refuses it."""
    from klantreis.io.transcript_import import (
        guess_speakers,
        name_like_file,
        name_like_labels,
        same_file,
        transcript_from,
    )

    words = journey.info.privacy.words
    in_name = name_like_file(settings["name"], words)
    if in_name:
        raise TranscriptError("cli_transcript_file_name", path=args.source,
                              names=", ".join(f"'{part}'" for part in in_name))
    group_id = _group(journey, args.group)
    earlier = same_file(journey, parsed)
    if earlier is not None:
        raise TranscriptError("cli_transcript_duplicate", path=args.source, name=earlier.name)
    speakers = guess_speakers(journey, parsed.speakers)
    named = name_like_labels([s.label for s in speakers if s.role is not SpeakerRole.RESPONDENT],
                             words=words)
    if named:
        raise TranscriptError("cli_transcript_names", path=args.source,
                              labels=", ".join(f"'{label}'" for label in named))
    return transcript_from(parsed, settings["name"], speakers, imported_at=settings["imported_at"],
                           date=args.date, language=args.language, group_id=group_id,
                           transcript_id=settings["transcript_id"])


def _group(journey, wanted: str | None) -> str | None:
    if wanted is None:
        return None
    from klantreis.io.importer import GroupLookup

    found = GroupLookup(journey).find(wanted)
    if not found:
        raise TranscriptError("cli_group_unknown", group=wanted)
    if len(found) > 1:
        raise TranscriptError("cli_group_ambiguous", group=wanted,
                              ids=", ".join(g.id for g in found))
    return found[0].id


def _apply(project, transcript) -> None:
    """Add the transcript to the project's journey and write it in one transaction; if the
    write fails, the journey goes back too."""
    from klantreis.io.transcript_import import import_transcript_edit

    journey = project.journey
    edit = import_transcript_edit(journey, transcript)
    changes = []
    listener = changes.append
    journey.subscribe(listener)
    try:
        edit.apply(journey)
        try:
            project.apply(changes)
        except BaseException:
            edit.revert(journey)
            raise
    finally:
        journey.unsubscribe(listener)
