"""The command line: stats, convert, check, and the app's own arguments."""

import json
import subprocess
import sys

import pytest

from klantreis.evidence.analysis import counts
from klantreis.io import interchange
from klantreis.io.files import load_journey
from main import main
from tests.conftest import RAALTE_JSON, REPO, TEMPLATE_JSON, make_small_journey


def run_main(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_stats_on_the_raalte_example(capsys):
    code, out, err = run_main(capsys, "stats", str(RAALTE_JSON))
    assert code == 0 and err == ""
    stats = json.loads(out)
    journey = load_journey(RAALTE_JSON)
    assert stats == counts(journey)
    assert stats["touchpoints"] >= 25 and stats["groups"] == 3 and stats["quotes"] >= 35
    assert stats["touchpoints"] == len(journey.touchpoints)
    assert sum(stats["quotes_per_sentiment"].values()) == stats["quotes"]
    for key in ("phases", "touchpoints", "transitions", "groups", "respondents", "quotes",
                "scores", "quotes_per_sentiment"):
        assert key in stats


def test_stats_counts_what_was_put_in(tmp_path, capsys):
    path = tmp_path / "k.json"
    interchange.save_json(path, make_small_journey())
    _, out, _ = run_main(capsys, "stats", str(path))
    stats = json.loads(out)
    assert (stats["phases"], stats["touchpoints"], stats["transitions"], stats["groups"],
            stats["respondents"], stats["quotes"], stats["scores"]) == (2, 4, 4, 1, 1, 3, 1)
    assert stats["quotes_per_sentiment"]["-1"] == 1
    assert stats["quotes_per_sentiment"]["-2"] == 1
    assert stats["quotes_per_sentiment"]["gemengd"] == 1
    assert stats["parked_quotes"] == 1


def test_stats_and_check_count_and_judge_norms_indicators_and_deadlines(tmp_path, capsys):
    from dataclasses import replace

    from klantreis.model.entities import Assessment, Deadline, Indicator, Norm, Question, Reference

    journey = make_small_journey()
    tp = journey.touchpoints[0]
    journey.update(replace(tp, deadline=Deadline(36, realised=39)))  # no source
    journey.add(Indicator("i1", "Plan binnen termijn", "%", target=90))  # no realised value
    journey.add(Indicator("i2", "Kennisgemaakt met buren", "%", 90, 85, source="Dalfsen r. 796"))
    journey.add(Question("v1", "1", "Welk beleid is er?", "Beleid"))
    journey.add(Norm("n1", "v1", "Er wordt invulling gegeven aan de wettelijke taken."))
    journey.add(Norm("n2", "v1", "De keuzes zijn beargumenteerd.", Assessment.NIET))
    journey.add(Norm("n3", "v1", "Het beleid sluit aan.", Assessment.VOLDOET,
                     documents=(Reference("Rapport", "r. 12"),)))
    path = tmp_path / "normen.json"
    interchange.save_json(path, journey)
    _, out, _ = run_main(capsys, "stats", str(path))
    stats = json.loads(out)
    assert (stats["indicators"], stats["questions"], stats["norms"]) == (2, 1, 3)
    assert stats["assessments"] == {"open": 1, "voldoet": 1, "voldoet_deels": 0, "voldoet_niet": 1,
                                    "niet_te_beoordelen": 0}
    assert (stats["deadlines"], stats["deadlines_exceeded"]) == (1, 1)
    assert (stats["transcripts"], stats["quotes_from_transcripts"]) == (0, 0)
    code, out, _ = run_main(capsys, "check", str(path))
    assert code == 0  # warnings, no errors
    lines = out.splitlines()
    assert ("waarschuwing: norm bij deelvraag 1 is nog niet beoordeeld: 'Er wordt invulling gegeven"
            " aan de wettelijke taken.'") in lines
    assert any("de beoordeling van de norm bij deelvraag 1 noemt geen bewijs: 'De keuzes" in line
               for line in lines)
    assert not any("Het beleid sluit aan" in line for line in lines)
    assert "waarschuwing: indicator 'Plan binnen termijn' heeft geen gerealiseerde waarde" in lines
    assert not any("Kennisgemaakt" in line for line in lines)
    assert any("de termijn van contactmoment" in line and "heeft geen bron" in line for line in lines)


def test_convert_both_ways(tmp_path, capsys):
    project = tmp_path / "raalte.klantreis"
    code, out, _ = run_main(capsys, "convert", str(RAALTE_JSON), str(project))
    assert code == 0 and "contactmomenten" in out
    back = tmp_path / "raalte.json"
    assert run_main(capsys, "convert", str(project), str(back))[0] == 0
    assert back.read_bytes() == RAALTE_JSON.read_bytes()


@pytest.mark.parametrize("path", [RAALTE_JSON, TEMPLATE_JSON], ids=lambda p: p.name)
def test_check_passes_on_the_examples(capsys, path):
    code, out, _ = run_main(capsys, "check", str(path))
    assert code == 0, out
    assert "fout:" not in out


def test_check_exits_1_on_an_error(tmp_path, capsys):
    from klantreis.model.entities import Touchpoint

    journey = make_small_journey()
    journey.add(Touchpoint("t9", "Los eiland", "pb"))
    journey.add(Touchpoint("t8", "Nergens vandaan", "pb"))
    from klantreis.model.entities import Transition

    journey.add(Transition("e9", "t9", "t8"))
    path = tmp_path / "fout.json"
    interchange.save_json(path, journey)
    code, out, _ = run_main(capsys, "check", str(path))
    assert code == 1
    assert out.splitlines()[0].startswith("fout: contactmoment")
    assert "Los eiland" in out


@pytest.mark.parametrize(
    "args, expected",
    [
        (["stats", "nergens.json"], "bestaat niet"),
        (["stats", "notities.txt"], "Onbekend bestandstype"),
        (["stats"], "FILE"),
        (["convert", str(RAALTE_JSON), "/nonexistent-folder/x.klantreis"], "map bestaat niet"),
        (["convert", str(RAALTE_JSON), str(RAALTE_JSON)], "hetzelfde bestand"),
        (["check", str(REPO / "pyproject.toml")], "Onbekend bestandstype"),
        (["--onbekend"], "--onbekend"),
    ],
)
def test_user_errors_exit_2_with_one_line(capsys, args, expected):
    code, out, err = run_main(capsys, *args)
    assert code == 2
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("klantreis: ")
    assert expected in lines[0]
    assert "Traceback" not in err


def test_bad_project_file_exits_2(tmp_path, capsys):
    bad = tmp_path / "kapot.klantreis"
    bad.write_bytes(b"\x00" * 300)
    code, _, err = run_main(capsys, "stats", str(bad))
    assert code == 2 and "geen Klantreis-bestand" in err


def test_app_with_a_bad_file_exits_2_without_traceback(tmp_path):
    bad = tmp_path / "kapot.klantreis"
    bad.write_bytes(b"geen database")
    result = subprocess.run([sys.executable, "main.py", str(bad)], cwd=REPO, capture_output=True,
                            text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"klantreis: '{bad}' is geen Klantreis-bestand."]


def test_screenshot_of_the_default_example(tmp_path):
    shot = tmp_path / "shot.png"
    env_data = tmp_path / "data"
    import os

    env = {**os.environ, "KLANTREIS_DATA_DIR": str(env_data), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "main.py", "--screenshot", str(shot)], cwd=REPO,
                            capture_output=True, text=True, timeout=180, env=env,
                            stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stderr
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    # the app worked on a copy in the data folder; the repository's example is untouched
    copies = list(env_data.glob("*.klantreis"))
    assert len(copies) == 1
    assert interchange.dumps(load_journey(copies[0])) == RAALTE_JSON.read_text(encoding="utf-8")


def test_check_privacy_lists_findings_and_small_groups(tmp_path, capsys):
    from dataclasses import replace

    from klantreis.model.entities import PrivacySettings, Quote

    journey = make_small_journey()
    journey.add(Quote("q-p", "Mijn consulent Ahmed belde vanaf 06-12345678.", touchpoint_id="t1"))
    path = tmp_path / "p.json"
    interchange.save_json(path, journey)
    code, out, err = run_main(capsys, "check", str(path), "--privacy")
    assert code == 1 and err == ""
    lines = out.splitlines()
    assert ("naam in citaat bij 1. Inschrijving (tekst): Mijn consulent «Ahmed» belde vanaf "
            "06-12345678.") in lines
    assert any(line.startswith("telefoonnummer in citaat bij 1. Inschrijving") for line in lines)
    small = "kleine groep (minder dan 3): R1 met leeftijdsklasse: 30-40"
    assert any(line.startswith(small) for line in lines)
    journey.remove_quote("q-p")
    journey.set_info(replace(journey.info, privacy=PrivacySettings(k=1)))
    interchange.save_json(path, journey)
    code, out, _ = run_main(capsys, "check", str(path), "--privacy")
    assert code == 0 and out.strip() == "geen persoonsgegevens gevonden"
