"""Journeys for the REFI-QDA tests: the Raalte example with a transcript whose passages became
quotes (one of them internal, one shared quote overlapping it) and whose speakers, turns with cue
times, date, language, format and checksum must come back, a second transcript without quotes,
respondents on quotes, translations, tags, a parked quote, and markers planted in everything
that must never leave the app. And what a round trip (export, import) must keep of a journey:
``quote_rows``, ``transcript_rows``, ``respondent_rows``, and ``round_trip`` itself."""

from __future__ import annotations

from dataclasses import replace

from klantreis.exports.qdpx import write_qdpx
from klantreis.graph.route import display_numbers
from klantreis.io.files import load_journey
from klantreis.io.qdpx_codes import propose_code_map
from klantreis.io.qdpx_import import import_qdpx_file, plan_qdpx_import
from klantreis.io.qdpx_read import read_qdpx
from klantreis.model.entities import (
    JourneyInfo,
    PrivacySettings,
    Provenance,
    Quote,
    Sentiment,
    Speaker,
    SpeakerRole,
    Transcript,
    TranscriptFormat,
    Translator,
    Turn,
)
from klantreis.model.journey import Journey
from tests.exports.conftest import raalte

MARKERS = ("LEKNOTITIE", "LEKCITAAT", "LEKVERTALING", "LEKGROEP", "LEKKENMERK", "LEKWAARDE",
           "LEKWOORD", "LEKPASSAGE")

BEFORE = "I: Hoe ging het zoeken naar een woning?\n"
SHARED = "R1: We kregen na vier maanden een huis, dat was snel."
SECRET = "R1: LEKPASSAGE mijn buurman heeft het geregeld, dat mag niemand weten."
AFTER = "I: En de inrichting?\nR1: De lening voor de spullen was een groot probleem voor ons.\n"
TEXT = BEFORE + SHARED + "\n" + SECRET + "\n" + AFTER
ENGLISH = "Interviewer: How did the move go?\nU2: Quicker than we expected.\nTolk: Sneller dan verwacht.\n"
CHECKSUM = "0123456789abcdef" * 4  # (of the original .vtt file)


def turns() -> tuple[Turn, ...]:
    """A turn per line, the line with the internal passage cut in two cues after the shared
    quote inside it ("... het geregeld" | ", dat mag niemand weten.")."""
    lines, found, at = TEXT.split("\n")[:-1], [], 0
    for number, line in enumerate(lines):
        speaker = line.split(":")[0]
        pieces = line.partition(", dat mag") if line == SECRET else (line, "", "")
        first = len(pieces[0])
        found.append(Turn(at, at + first, speaker, number * 5000, number * 5000 + 4000))
        if pieces[1]:
            found.append(Turn(at + first, at + len(line), speaker, number * 5000 + 4000,
                              number * 5000 + 4900))
        at += len(line) + 1
    return tuple(found)


def spans() -> dict[str, tuple[int, int]]:
    """The passages of the transcript's quotes."""
    shared = TEXT.index(SHARED) + 4, TEXT.index(SHARED) + len(SHARED)
    secret = TEXT.index(SECRET) + 4, TEXT.index(SECRET) + len(SECRET)
    overlap = TEXT.index("mijn buurman"), TEXT.index("mijn buurman") + len("mijn buurman heeft het geregeld")
    loan = TEXT.index("De lening"), TEXT.index("De lening") + len("De lening voor de spullen was een groot "
                                                               "probleem voor ons.")
    return {"shared": shared, "secret": secret, "overlap": overlap, "loan": loan}


def rich() -> Journey:
    """Raalte with a transcript, quotes of respondents, and nothing private planted."""
    journey = raalte()
    journey.add(Transcript("tr-1", "interview R1.vtt", TEXT, "2021-06-01T10:00:00",
                           TranscriptFormat.VTT, CHECKSUM, "1 juni 2021", "nl", "fg-statushouders-ar",
                           (Speaker("I", SpeakerRole.INTERVIEWER),
                            Speaker("R1", SpeakerRole.RESPONDENT, "r-r1")), turns()))
    journey.add(Transcript("tr-2", "interview U2.docx", ENGLISH, "2021-06-02T09:00:00",
                           TranscriptFormat.DOCX, date="2021-05-20", language="en",
                           speakers=(Speaker("U2", SpeakerRole.RESPONDENT, "r-u2"), Speaker("Interviewer"),
                                     Speaker("Tolk", SpeakerRole.INTERPRETER))))
    places = spans()
    for quote_id, key, tp, sentiment, tags in (
            ("q-tr-shared", "shared", "tp-b2", Sentiment.POSITIVE, ("wonen",)),
            ("q-tr-overlap", "overlap", "tp-b2", Sentiment.MIXED, ()),
            ("q-tr-loan", "loan", "tp-b6", Sentiment.VERY_NEGATIVE, ("financiën", "wonen"))):
        start, end = places[key]
        journey.add(Quote(quote_id, TEXT[start:end], touchpoint_id=tp, respondent_id="r-r1",
                          group_id="fg-statushouders-ar", sentiment=sentiment,
                          source=f"interview R1 r. {TEXT.count(chr(10), 0, start) + 1}", tags=tags,
                          transcript_id="tr-1", passage_start=start, passage_end=end))
    journey.add(Quote("q-live-ar", "الموظفة كانت لطيفة جداً معي.", "ar", "De medewerker was heel aardig.",
                      Translator.TOLK, "tp-b2", "r-r2", "fg-statushouders-ar", None,
                      Sentiment.VERY_POSITIVE, Provenance.PARAFRASE, "2021-06-01T11:12:13",
                      "sessie 1, 11:12", ("bejegening",)))
    journey.add(Quote("q-live-u", "Wij hebben\ntwee regels nodig.", touchpoint_id="tp-b3",
                      respondent_id="r-u1", group_id="fg-uitvoerders", sentiment=Sentiment.NEGATIVE,
                      source="sessie uitvoerders"))
    journey.add(Quote("q-parked", "Waar hoort dit bij?", respondent_id="r-r7",
                      group_id="fg-statushouders-er", sentiment=Sentiment.NEUTRAL))
    return journey


def planted() -> Journey:
    """:func:`rich` with a marker in every thing that must never leave the app."""
    journey = rich()
    start, end = spans()["secret"]
    journey.add(Quote("q-tr-secret", TEXT[start:end], touchpoint_id="tp-b2", respondent_id="r-r1",
                      internal=True, transcript_id="tr-1", passage_start=start, passage_end=end,
                      tags=("LEKWOORD-label",)))
    tp = journey.touchpoint("tp-b1")
    journey.update(replace(tp, internal_note="LEKNOTITIE over een buurman"))
    journey.add(Quote("q-intern", "LEKCITAAT niet delen", "en", "LEKVERTALING", Translator.TOLK,
                      touchpoint_id=tp.id, internal=True))
    group = journey.group("fg-statushouders-ar")
    journey.update(replace(group, note="LEKGROEP: de tolk kende R2 privé"))
    respondent = journey.respondent("r-r1")
    journey.update(replace(respondent, attributes=(*respondent.attributes, ("LEKKENMERK", "LEKWAARDE"))))
    info = journey.info
    journey.set_info(replace(info, attribute_names=(*info.attribute_names, "LEKKENMERK"),
                             privacy=PrivacySettings(words=("LEKWOORD", "Jansen"),
                                                     private_attributes=("lekkenmerk",))))
    return journey


def quote_rows(journey: Journey) -> list[tuple]:
    """Each quote as what the round trip must keep, independent of ids: also the transcript it
    was made from and its passage (None: captured live)."""
    numbers = display_numbers(journey)
    rows = []
    for q in journey.quotes:
        tp = journey.find("touchpoint", q.touchpoint_id)
        respondent = journey.find("respondent", q.respondent_id)
        group = journey.find("group", q.group_id)
        transcript = journey.find("transcript", q.transcript_id)
        rows.append((q.text, f"{numbers[tp.id]}. {tp.title}" if tp else None,
                     respondent.code if respondent else None, group.name if group else None,
                     q.sentiment, q.source, q.tags, q.language, q.translation, q.translated_by,
                     q.provenance, q.perspective, q.captured_at,
                     (transcript.name, q.passage_start, q.passage_end) if transcript else None))
    return sorted(rows, key=repr)


def transcript_rows(journey: Journey) -> list[tuple]:
    """Each transcript with its text, speakers (respondents by code), turns, date, language,
    format, checksum and group."""
    codes = {r.id: r.code for r in journey.respondents}
    return sorted((t.name, t.text, tuple((s.label, s.role, codes.get(s.respondent_id)) for s in t.speakers),
                   t.turns, t.date, t.language, t.file_format, t.checksum,
                   journey.group(t.group_id).name if t.group_id else None) for t in journey.transcripts)


def respondent_rows(journey: Journey) -> list[tuple]:
    return sorted((r.code, r.attributes, journey.group(r.group_id).name if r.group_id else None)
                  for r in journey.respondents)


def round_trip(journey: Journey, folder, how: str = "file") -> tuple[Journey, str]:
    """``journey`` exported to ``folder``/uit.qdpx and imported: as a new project (the command
    line: ``how="file"``), or planned into an empty journey (the dialog: "plan"); and the report."""
    write_qdpx(journey, folder / "uit.qdpx")
    if how == "file":
        report = import_qdpx_file(folder / "uit.qdpx", folder / "terug.klantreis")
        return load_journey(folder / "terug.klantreis"), report
    back = Journey(JourneyInfo(title=journey.info.title))
    project = read_qdpx(folder / "uit.qdpx")
    edit, plan = plan_qdpx_import(back, project, propose_code_map(back, project))
    edit.apply(back)
    assert not plan.already_there
    return back, plan.summary("uit.qdpx", "leeg")
