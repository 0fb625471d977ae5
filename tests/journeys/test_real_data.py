"""The real data in journeys/: the Raalte toetsingskader (16 deelvragen, every norm assessed with
its reasoning and places in the report), the deadlines of Raalte, Dalfsen and the Wet inburgering
2021 template, and the Dalfsen route with its indicators, both routes and its quotes.

The first tests need nothing outside the repository. The last ones read the source texts in
../shared/seeds (beside the repository) and check that every cited line holds what is cited; they
are skipped where that folder is absent (a clean clone, as in CI).
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest

from klantreis.evidence.validation import ERROR, WARNING, check_journey
from klantreis.io import interchange
from klantreis.model.entities import (
    Assessment,
    DurationUnit,
    Perspective,
    Provenance,
    RouteRole,
    TransitionKind,
)
from tests.conftest import RAALTE_JSON, REPO, TEMPLATE_JSON

DALFSEN_JSON = REPO / "journeys" / "dalfsen-2019.json"
SEEDS = REPO.parent / "shared" / "seeds"
RAALTE_TXT = SEEDS / "raalte-rekenkamer-2021.txt"
DALFSEN_TXT = SEEDS / "dalfsen-evaluatie-thuis-in-dalfsen.txt"
RAALTE_REPORT = "Rekenkamercommissie Raalte, Thuis in Raalte? (2021)"

CATEGORIES = {"Beleid van de gemeente": range(1, 5), "Regie op de beleidsuitvoering": range(5, 9),
              "Doeltreffendheid en doelmatigheid van het beleid": range(9, 14),
              "De rol van de raad": range(14, 17)}
# norms per deelvraag, as the table of the report (r. 446-586) lists them
NORMS_PER_QUESTION = [4, 2, 2, 1, 4, 3, 3, 3, 2, 4, 4, 3, 2, 1, 1, 1]
DESIGNED, LIVED, BOTH = RouteRole.DESIGNED, RouteRole.LIVED, RouteRole.BOTH
RANGE = re.compile(r"(\d+)(?:-(\d+))?")


def ranges(location: str) -> list[tuple[int, int]]:
    """The line ranges of 'r. 12-15, 20, 31-33' (the first r. in the text and what follows it)."""
    found = re.search(r"r\. ((?:\d+(?:-\d+)?)(?:, \d+(?:-\d+)?)*)", location)
    assert found, f"no line numbers in {location!r}"
    return [(int(a), int(b or a)) for a, b in RANGE.findall(found.group(1))]


@pytest.fixture(scope="module")
def raalte():
    return interchange.load_json(RAALTE_JSON)


@pytest.fixture(scope="module")
def dalfsen():
    return interchange.load_json(DALFSEN_JSON)


# ----------------------------------------------------------------------------- always


@pytest.mark.parametrize("path", [RAALTE_JSON, DALFSEN_JSON, TEMPLATE_JSON], ids=lambda p: p.name)
def test_the_files_are_canonical_and_check_without_errors_or_warnings(path):
    journey = interchange.load_json(path)
    assert interchange.dumps(journey) == path.read_text(encoding="utf-8")
    findings = [f.line() for f in check_journey(journey) if f.severity in (ERROR, WARNING)]
    assert findings == []


def test_raalte_keeps_its_klantreis(raalte):
    assert (raalte.count("touchpoint"), raalte.count("quote"), raalte.count("transition")) == (26, 38, 30)


def test_raalte_has_the_16_deelvragen_in_the_4_categories(raalte):
    questions = raalte.questions
    assert [q.number for q in questions] == [str(n) for n in range(1, 17)]
    for q in questions:
        assert int(q.number) in CATEGORIES[q.category], (q.number, q.category)
    per_question = Counter(n.question_id for n in raalte.norms)
    assert [per_question[q.id] for q in questions] == NORMS_PER_QUESTION
    assert [n.question_id for n in raalte.norms] == sorted(n.question_id for n in raalte.norms)


def test_every_raalte_norm_is_assessed_with_reasoning_and_places_in_the_report(raalte):
    tally = Counter()
    for norm in raalte.norms:
        assert norm.assessment is not Assessment.OPEN, norm.text
        assert len(norm.reasoning) > 80 and "r. " in norm.reasoning, norm.text
        assert norm.documents, norm.text
        for ref in norm.documents:
            assert ref.title == RAALTE_REPORT
            assert re.fullmatch(r"r\. \d+(-\d+)?", ref.location), ref.location
            (first, last), = ranges(ref.location)
            assert 1 <= first <= last
        for tp_id in norm.touchpoint_ids:
            raalte.touchpoint(tp_id)
        for quote_id in norm.quote_ids:
            raalte.quote(quote_id)
        tally[norm.assessment] += 1
    assert raalte.count("norm") == 40
    # the report judges: every kind of assessment occurs, "cannot judge" only where it says so
    assert tally[Assessment.NIET_TE_BEOORDELEN] <= 2
    assert all(tally[a] for a in (Assessment.VOLDOET, Assessment.DEELS, Assessment.NIET))
    assert any(norm.touchpoint_ids or norm.quote_ids for norm in raalte.norms)


def test_raalte_deadlines(raalte):
    pvt, exam, guidance = (raalte.touchpoint(i).deadline for i in ("tp-c5", "tp-d4", "tp-c3"))
    assert (pvt.amount, pvt.unit, pvt.realised) == (1, DurationUnit.JAREN, None)
    assert (exam.amount, exam.unit, exam.realised) == (36, DurationUnit.MAANDEN, 39)
    assert exam.exceeded and "r. 886-888" in exam.realised_note
    assert (guidance.amount, guidance.unit) == (18, DurationUnit.MAANDEN)
    for deadline in (pvt, exam, guidance):
        assert ranges(deadline.source)


DALFSEN_INDICATORS = {  # id: (target, realised, unit)
    "ind-plan-termijn": (90, 74, "%"), "ind-kennis-buren": (90, 85, "%"),
    "ind-kinderen-vereniging": (95, 80, "%"), "ind-kinderen-vve": (95, 95, "%"),
    "ind-volwassenen-vereniging": (75, 55, "%"), "ind-participatie-halfjaar": (75, 50, "%"),
    "ind-uitstroom": (40, 29, "%"), "ind-duur-inburgering": (30, 34, "maanden"),
    "ind-pip-termijn": (95, 74, "%"), "ind-taakstelling": (20, 20, "personen"),
}


def test_dalfsen_indicators(dalfsen):
    got = {i.id: (i.target, i.realised, i.unit) for i in dalfsen.indicators}
    assert got == DALFSEN_INDICATORS
    plan = next(i for i in dalfsen.indicators if i.id == "ind-plan-termijn")
    assert plan.name == "% statushouders met een integraal plan van aanpak binnen gestelde termijn"
    assert plan.touchpoint_ids == ("tp-intake-plan",)
    half_year = next(i for i in dalfsen.indicators if i.id == "ind-participatie-halfjaar")
    assert "‘+- 50%’" in half_year.note
    for indicator in dalfsen.indicators:
        assert indicator.touchpoint_ids and indicator.measured_on, indicator.id
        assert ranges(indicator.source), indicator.id


def test_dalfsen_has_the_designed_the_lived_and_shared_steps(dalfsen):
    route = {tp.id: tp.route for tp in dalfsen.touchpoints}
    designed = {"tp-brede-intake", "tp-pip", "tp-keuze-leerroute", "tp-b1-route",
                "tp-onderwijsroute", "tp-z-route", "tp-map", "tp-ontzorgen", "tp-handhaving"}
    both = {"tp-koppeling", "tp-warme-overdracht", "tp-woning", "tp-begeleiding", "tp-uitkering",
            "tp-pvt", "tp-voldaan", "tp-doel"}
    assert {t for t, r in route.items() if r == DESIGNED} == designed
    assert {t for t, r in route.items() if r == BOTH} == both
    assert {"tp-azc-info", "tp-intake-plan", "tp-inburgering", "tp-taalstage",
            "tp-uitstroom-werk"} <= {t for t, r in route.items() if r == LIVED}
    allowed = {DESIGNED: {DESIGNED, BOTH}, LIVED: {LIVED, BOTH}, BOTH: {BOTH}}
    for tr in dalfsen.transitions:  # an arrow of one route joins steps of that route
        assert {route[tr.source_id], route[tr.target_id]} <= allowed[tr.route], tr.id
    for role, start, end in ((DESIGNED, "tp-koppeling", "tp-voldaan"),
                             (LIVED, "tp-azc-info", "tp-uitstroom-werk")):
        g = nx.DiGraph((t.source_id, t.target_id) for t in dalfsen.transitions
                       if t.route in (role, BOTH))
        assert nx.has_path(g, start, end), role


def test_dalfsen_branches_and_loops(dalfsen):
    kinds = Counter((t.source_id, t.kind) for t in dalfsen.transitions)
    assert kinds[("tp-keuze-leerroute", TransitionKind.VERTAKKING)] == 3
    assert kinds[("tp-inburgering", TransitionKind.VERTAKKING)] == 2
    back = [t for t in dalfsen.transitions if t.kind is TransitionKind.TERUGKEER]
    assert any(t.label.startswith("terugval") and t.target_id == "tp-uitkering" for t in back)
    assert sum(t.target_id == "tp-keuze-leerroute" for t in back) == 3  # one route change


def test_dalfsen_deadlines(dalfsen):
    terms = {tp.id: tp.deadline for tp in dalfsen.touchpoints if tp.deadline is not None}
    expected = {"tp-pip": (8, DurationUnit.WEKEN), "tp-pvt": (18, DurationUnit.MAANDEN),
                "tp-map": (18, DurationUnit.MAANDEN), "tp-b1-route": (3, DurationUnit.JAREN),
                "tp-ontzorgen": (6, DurationUnit.MAANDEN), "tp-voldaan": (36, DurationUnit.MAANDEN),
                "tp-taalstage": (6, DurationUnit.MAANDEN),
                "tp-vrijwilligerswerk": (6, DurationUnit.MAANDEN)}
    assert {k: (d.amount, d.unit) for k, d in terms.items()} == expected
    assert (terms["tp-voldaan"].realised, terms["tp-voldaan"].exceeded) == (34, False)
    assert terms["tp-taalstage"].exceeded and "7/8" in terms["tp-taalstage"].realised_note
    for deadline in terms.values():
        assert ranges(deadline.source)


def test_dalfsen_quotes_and_groups(dalfsen):
    quotes = dalfsen.quotes
    assert len(quotes) == 28
    assert [q.id for q in quotes if q.provenance is Provenance.LETTERLIJK] == ["q-q1"]
    for q in quotes:
        assert ranges(q.source) and q.source.startswith("r. "), q.id
        assert q.touchpoint_id is not None, q.id
        if q.id.startswith("q-p"):
            assert q.perspective is Perspective.CLIENT, q.id
        else:
            assert q.perspective in (Perspective.UITVOERDER, Perspective.OVERIG), q.id
    groups = {g.id: g for g in dalfsen.groups}
    assert {"fg-kt-dalfsen", "fg-kt-nieuwleusen", "fg-werkgroep"} <= set(groups)
    assert groups["fg-werkgroep"].perspective is Perspective.UITVOERDER
    assert sum(q.group_id == "fg-werkgroep" for q in quotes) == 4


def test_the_template_keeps_its_ids_and_has_the_terms_of_the_law():
    template = interchange.load_json(TEMPLATE_JSON)
    assert [tp.id for tp in template.touchpoints] == [
        "tp-koppeling", "tp-brede-intake", "tp-warme-overdracht", "tp-inschrijving", "tp-pip",
        "tp-keuze", "tp-b1-route", "tp-onderwijsroute", "tp-z-route", "tp-pvt-map",
        "tp-ontzorgen", "tp-begeleiding", "tp-examen"]
    pvt_map, exam = template.touchpoint("tp-pvt-map").deadline, template.touchpoint("tp-examen").deadline
    assert (pvt_map.amount, pvt_map.unit) == (18, DurationUnit.MAANDEN)
    assert (exam.amount, exam.unit, exam.counted_from) == (3, DurationUnit.JAREN,
                                                           "inschrijving in de gemeente")
    assert ranges(pvt_map.source) == [(1594, 1600)] and (1592, 1594) in ranges(exam.source)


# ----------------------------------------------------------------------------- with the sources

needs_sources = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not beside the "
                                   "repository (a clean clone)")


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def _plain(text: str) -> str:
    """Without quotation marks, with one space for any white space, words hyphenated across a line
    joined, lower case."""
    text = re.sub(r"[‘’“”'\"]", "", text)
    text = re.sub(r"\s+", " ", text)
    return re.sub(r"(\w)- (\w)", r"\1-\2", text).strip().casefold()


def _cited(lines: list[str], spans: list[tuple[int, int]]) -> str:
    for first, last in spans:
        assert 1 <= first <= last <= len(lines), (first, last)
    return _plain(" ".join(" ".join(lines[a - 1:b]) for a, b in spans))


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-zà-ÿ]{6,}", _plain(text)))


@needs_sources
def test_every_raalte_reference_cites_lines_of_the_report_that_hold_its_reasoning(raalte):
    lines = _lines(RAALTE_TXT)
    whole = _plain(" ".join(lines))
    # the cited lines share two distinctive words with the norm and its reasoning: words of six
    # letters or more that are on at most 30 lines of the report (lines chosen at random do so
    # for about one reference in twenty)
    spread = Counter(w for line in lines for w in _words(line))
    for norm in raalte.norms:
        own = {w for w in _words(norm.text + " " + norm.reasoning) if spread[w] <= 30}
        for ref in norm.documents:
            cited = _cited(lines, ranges(ref.location))
            assert len(own & _words(cited)) >= 2, (norm.id, ref.location)
        for fragment in re.findall(r"“([^”]+)”", norm.reasoning):  # a quotation is the report's
            assert _plain(fragment) in whole, (norm.id, fragment)
    table = _plain(" ".join(lines[445:586])).replace(" ", "")  # (its words run together at times)
    for norm in raalte.norms:  # the norms as the table states them
        assert _plain(norm.text).replace(" ", "") in table, norm.text
    for question in raalte.questions:
        assert _plain(question.text).rstrip("?").replace(" ", "") in table, question.text


@needs_sources
def test_raalte_deadlines_are_in_their_lines(raalte):
    lines = _lines(RAALTE_TXT)
    exam = raalte.touchpoint("tp-d4").deadline
    assert "3 jaar" in _cited(lines, ranges(exam.source))
    assert "39 vs. 36 maanden" in _cited(lines, ranges(exam.realised_note)[:1])
    assert "1 jaar" in _cited(lines, ranges(raalte.touchpoint("tp-c5").deadline.source))
    assert "18 maanden" in _cited(lines, ranges(raalte.touchpoint("tp-c3").deadline.source))


@needs_sources
def test_every_dalfsen_quote_is_in_its_lines(dalfsen):
    lines = _lines(DALFSEN_TXT)
    for q in dalfsen.quotes:
        cited = _cited(lines, ranges(q.source))
        text = re.sub(r"^\[[^\]]+\] ", "", q.text)  # (an editor's note in brackets)
        if q.id == "q-p15":  # a list in the report, one line in the quote
            assert all(_plain(part) in cited for part in re.split(r"[:;.]", text) if part.strip())
        else:
            assert _plain(text) in cited, q.id


def _number(value: float) -> str:
    return f"{value:g}".replace(".", ",")


@needs_sources
def test_dalfsen_figures_and_terms_are_in_their_lines(dalfsen):
    lines = _lines(DALFSEN_TXT)
    for i in dalfsen.indicators:
        cited = _cited(lines, ranges(i.source))
        for value in (i.target, i.realised):
            assert re.search(rf"(?<![\d,]){_number(value)}(?![\d,])", cited), (i.id, value)
    said = {(8, DurationUnit.WEKEN): "acht weken", (18, DurationUnit.MAANDEN): "18 maanden",
            (6, DurationUnit.MAANDEN): "maanden", (3, DurationUnit.JAREN): "3 jaar",
            (36, DurationUnit.MAANDEN): "drie jaar"}
    for tp in dalfsen.touchpoints:
        if tp.deadline is not None:
            cited = _cited(lines, ranges(tp.deadline.source))
            assert said[(tp.deadline.amount, tp.deadline.unit)] in cited, tp.id
    assert "34" in _cited(lines, ranges(dalfsen.touchpoint("tp-voldaan").deadline.realised_note))
    assert "7/8 maanden" in _cited(lines, ranges(
        dalfsen.touchpoint("tp-taalstage").deadline.realised_note))
