"""The synthetic projects of the benchmarks: the asked size, valid, the same every time."""

from __future__ import annotations

from klantreis.evidence.validation import ERROR, check_journey
from klantreis.io import interchange
from klantreis.store.project import open_project
from klantreis.synthetic import generate
from main import main


def test_size_validity_and_variety():
    journey = generate(touchpoints=120, quotes=900, respondents=40)
    assert (journey.count("touchpoint"), journey.count("transition"), journey.count("quote"),
            journey.count("respondent")) == (120, 180, 900, 40)
    assert not [f for f in check_journey(journey) if f.severity == ERROR]
    assert {q.language for q in journey.quotes} == {"nl", "ar", "ti"}
    assert any(q.touchpoint_id is None for q in journey.quotes)  # parked
    assert any(q.internal for q in journey.quotes) and journey.count("score") > 0
    kinds = {t.kind.value for t in journey.transitions}
    assert {"volgende", "vertakking", "parallel", "terugkeer"} <= kinds
    assert {g.perspective.value for g in journey.groups} == {"client", "uitvoerder"}


def test_the_same_arguments_give_the_same_journey():
    first = interchange.dumps(generate(30, 100, 10, seed=4))
    assert first == interchange.dumps(generate(30, 100, 10, seed=4))
    assert first != interchange.dumps(generate(30, 100, 10, seed=5))


def test_the_generate_command(tmp_path, capsys):
    target = tmp_path / "groot.klantreis"
    args = ["generate", str(target), "--touchpoints", "60", "--quotes", "400", "--respondents", "20"]
    assert main(args) == 0
    assert capsys.readouterr().out.strip() == f"{target}: 60 contactmomenten, 400 citaten"
    assert open_project(target).count("quote") == 400
