"""Adding a transcript that was read (:mod:`klantreis.io.transcript_read`) to a journey.

The speakers are guessed from their labels (:func:`guess_speakers`: a respondent's code, the
interviewer, an interpreter); a label that looks like a person's real name
(:func:`name_like_labels`) is replaced by a code or role in the text itself before import
(:func:`relabel`, wherever the label stands: the lines stay as they are), because respondents
stay codes. A file name that holds a name (:func:`name_like_file`) is refused: it becomes the
transcript's name. :func:`transcript_from` makes the
:class:`Transcript`, and :func:`import_transcript_edit` the one undoable step that adds it.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping
from dataclasses import replace
from pathlib import PurePath

from klantreis.evidence.privacy_names import _arabic_list_name, first_names, listed_words, names
from klantreis.io.transcript_labels import (
    INTERPRETER_WORDS,
    INTERVIEWER_WORDS,
    MAX_LABEL,
    clean_label,
    clearly_a_label,
    role_key,
)
from klantreis.io.transcript_read import ParsedTranscript
from klantreis.model.edits import Insert, Sequence
from klantreis.model.entities import new_id
from klantreis.model.enums import SpeakerRole
from klantreis.model.errors import TranscriptError
from klantreis.model.journey import Journey
from klantreis.model.transcripts import Speaker, Transcript


def guess_speakers(journey: Journey, labels: Iterable[str]) -> tuple[Speaker, ...]:
    """A :class:`Speaker` per label: a label equal to a respondent's code (case ignored) is
    that respondent; interviewer words ("Interviewer", "I", "Moderator", "Onderzoeker 2", ...)
    the interviewer; "Tolk", "Interpreter", "Vertaler" an interpreter; anything else unknown."""
    codes = {r.code.strip().casefold(): r.id for r in journey.respondents}
    speakers = []
    for label in labels:
        respondent_id = codes.get(label.strip().casefold())
        key = role_key(label)
        if respondent_id is not None:
            speakers.append(Speaker(label, SpeakerRole.RESPONDENT, respondent_id))
        elif key in INTERVIEWER_WORDS:
            speakers.append(Speaker(label, SpeakerRole.INTERVIEWER))
        elif key in INTERPRETER_WORDS:
            speakers.append(Speaker(label, SpeakerRole.INTERPRETER))
        else:
            speakers.append(Speaker(label))
    return tuple(speakers)


def name_like_labels(labels: Iterable[str], *, words: tuple[str, ...] = ()) -> list[str]:
    """The labels that look like a person's real name: a word of it is a first name of the
    bundled list (in Latin or Arabic script), a name follows a title ("Mevrouw Jansen", "Dhr.
    Bakker"), or it holds a word of the project's own list ``words``. Codes and role words
    never count. A surname alone that no title announces is not found (the privacy check of
    the text is the second net)."""
    latin = first_names()[0]
    found = []
    for label in labels:
        if clearly_a_label(label):
            continue
        parts = label.replace("-", " ").split()
        if (any(p.casefold().strip(".'’") in latin or _arabic_list_name(p) for p in parts)
                or names(label) or listed_words(label, words)):
            found.append(label)
    return found


def name_like_file(name: str, words: tuple[str, ...] = ()) -> list[str]:
    """The parts of a file's name (the extension and folders left out) that look like a
    person's name, as the app's import dialog judges a transcript's name: its words one by one
    as :func:`name_like_labels` (dots, underscores and hyphens between words), a name after a
    title ("interview mevrouw Jansen"), a word of the project's list ``words``."""
    spaced = PurePath(name.replace("\\", "/")).name
    spaced = spaced.replace(".", " ").replace("_", " ")
    found = name_like_labels(spaced.split(), words=words)
    for _kind, start, end in (*names(spaced), *listed_words(spaced, words)):
        found.append(spaced[start:end])
    return list(dict.fromkeys(found))


def relabel(parsed: ParsedTranscript, mapping: Mapping[str, str]) -> ParsedTranscript:
    """``parsed`` with speakers' labels replaced in the text itself (``{"Fatima": "R3"}``),
    wherever the reader found them (``parsed.label_spans``), every position recomputed; the
    text keeps its lines. A label mapped onto one that is already there merges the two
    speakers. The words said are left as they are (a name in them is for the privacy check).
    Raises :class:`TranscriptError` for a label the transcript does not have or a new label
    that cannot be one."""
    changes = {old: clean_label(new) for old, new in mapping.items() if old != new}
    for old, new in changes.items():
        if old not in parsed.speakers:
            raise TranscriptError("transcript_label_unknown", label=old)
        if not new or len(new) > MAX_LABEL or ":" in new or "\n" in mapping[old]:
            raise TranscriptError("transcript_label_invalid", label=mapping[old], limit=MAX_LABEL)
    if not changes:
        return parsed
    for old in changes:  # (a text not made by the reader: the label is nowhere to replace)
        if not any(label == old for _s, _e, label in parsed.label_spans):
            raise TranscriptError("transcript_label_unknown", label=old)
    text = parsed.text
    parts: list[str] = []
    spans = []
    starts: list[int] = []  # where the replaced labels stood in the old text
    shifts: list[int] = []  # how much later the new text is than the old after each
    copied = shift = 0
    for start, end, label in sorted(parsed.label_spans):
        new = changes.get(label)
        if new is None:
            spans.append((start + shift, end + shift, label))
            continue
        parts.append(text[copied:start])
        parts.append(new)
        copied = end
        spans.append((start + shift, start + shift + len(new), new))
        shift += len(new) - (end - start)
        starts.append(start)
        shifts.append(shift)
    parts.append(text[copied:])

    def moved(position: int) -> int:
        index = bisect.bisect_left(starts, position) - 1  # (the last label before it)
        return position + (shifts[index] if index >= 0 else 0)

    turns = tuple(replace(turn, start=moved(turn.start), end=moved(turn.end),
                          speaker=changes.get(turn.speaker, turn.speaker)) for turn in parsed.turns)
    speakers = tuple(dict.fromkeys(changes.get(label, label) for label in parsed.speakers))
    return replace(parsed, text="".join(parts), turns=turns, speakers=speakers,
                   label_spans=tuple(spans))


def transcript_from(parsed: ParsedTranscript, name: str, speakers: Iterable[Speaker], *,
                    imported_at: str, date: str = "", language: str = "nl",
                    group_id: str | None = None, transcript_id: str | None = None) -> Transcript:
    """The :class:`Transcript` of ``parsed``, read from the file called ``name``. A label of
    the text that ``speakers`` leaves out is a speaker of unknown role; a speaker whose label
    the text does not have is left out."""
    given = {s.label: s for s in speakers}
    return Transcript(
        id=transcript_id or new_id(), name=name, text=parsed.text, imported_at=imported_at,
        file_format=parsed.file_format, checksum=parsed.checksum, date=date, language=language,
        group_id=group_id, speakers=tuple(given.get(label, Speaker(label)) for label in parsed.speakers),
        turns=parsed.turns)


def same_file(journey: Journey, parsed: ParsedTranscript) -> Transcript | None:
    """The transcript of ``journey`` read from the same bytes as ``parsed``, if any."""
    return next((t for t in journey.transcripts if t.checksum == parsed.checksum), None)


def import_transcript_edit(journey: Journey, transcript: Transcript) -> Sequence:
    """The undoable step that adds ``transcript`` at the end of the journey's transcripts (one
    step in the undo menu: "transcript importeren"), applied by the journey's one writer. Its
    group and the respondents of its speakers must be in ``journey``: checked here (NotFound,
    before anything is pushed) and again by the journey when the step is applied."""
    if transcript.group_id is not None:
        journey.group(transcript.group_id)
    for speaker in transcript.speakers:
        if speaker.respondent_id is not None:
            journey.respondent(speaker.respondent_id)
    return Sequence([Insert(transcript, code="edit_import_transcript")], "edit_import_transcript")
