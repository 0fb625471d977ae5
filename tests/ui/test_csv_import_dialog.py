"""The CSV import dialogs: map the columns, see every row as it will be read, import all or nothing."""

from __future__ import annotations

from klantreis.exports.quote_csv import export_quotes
from klantreis.io.quote_import import QUOTE_FIELDS
from klantreis.model.entities import Sentiment
from klantreis.model.errors import CsvError
from klantreis.store.project import open_project
from klantreis.ui.csv_import_dialog import (
    QuoteImportDialog,
    RespondentImportDialog,
    import_quotes,
    import_respondents,
)
from tests.ui.helpers import on_disk, state

GOOD_QUOTES = (
    "tekst;contactmoment;respondent;sentiment;taal\n"
    "De woning was te klein.;5;R1;-1;nl\n"
    "Niemand legde de brief uit.;Asielbeslissing en verblijfsvergunning;R7;negatief;nl\n"
    "Fijn dat de buurvrouw hielp.;;U2;+2;en\n"
)


def _write(tmp_path, text: str, name: str = "citaten.csv", encoding: str = "utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def _running(window, answer: bool, check=None):
    """Replace the modal loop: look at the dialog (``check``), then accept or cancel it."""
    seen = []

    def run(dialog):
        seen.append(dialog)
        if check is not None:
            check(dialog)
        if answer:
            dialog.accept()
        else:
            dialog.reject()
        return dialog.result() == dialog.DialogCode.Accepted
    window.prompts.run_dialog = run
    return seen


def _cell(dialog, row: int, column: int) -> str:
    return dialog.preview.item(row, column).text()


def test_a_good_file_imports_every_quote_in_one_undo_step_and_on_disk(desk, tmp_path):
    path = _write(tmp_path, GOOD_QUOTES)
    before = state(desk)
    count = len(desk.document.journey.quotes)

    def check(dialog):
        assert dialog.plan.ok and len(dialog.plan.items) == 3
        assert dialog.import_button.isEnabled() and dialog.import_button.text() == "Importeren"
        assert dialog.summary_label.text() == "3 citaten klaar om te importeren"
        assert dialog.errors.count() == 0
        assert "citaten.csv" in dialog.file_label.text() and "puntkomma (;)" in dialog.file_label.text()
        assert "3 rijen" in dialog.file_label.text()
        assert [_cell(dialog, r, 0) for r in range(3)] == ["2", "3", "4"]
        assert [_cell(dialog, 0, c) for c in range(1, 8)] == [
            "De woning was te klein.", "5. Verkenning en matching van een woning", "R1",
            "Focusgroep statushouders (Arabischsprekend)", "statushouders", "negatief (−1)", "nl"]
        assert _cell(dialog, 1, 2) == "2. Asielbeslissing en verblijfsvergunning"
        assert [_cell(dialog, 2, c) for c in (2, 3, 5, 7)] == ["parkeerplaats", "U2", "uitvoerders", "en"]

    _running(desk, True, check)
    assert import_quotes(desk.workspace, path) is True
    journey = desk.document.journey
    added = journey.quotes[count:]
    assert [(q.text, q.touchpoint_id, journey.respondent(q.respondent_id).code, q.sentiment)
            for q in added] == [
        ("De woning was te klein.", "tp-b2", "R1", Sentiment.NEGATIVE),
        ("Niemand legde de brief uit.", "tp-a2", "R7", Sentiment.NEGATIVE),
        ("Fijn dat de buurvrouw hielp.", None, "U2", Sentiment.VERY_POSITIVE)]
    assert added[2].group_id == "fg-uitvoerders"
    assert desk.statusBar().currentMessage() == "3 citaten geïmporteerd uit citaten.csv"
    assert len(open_project(desk.document.project.path).quotes) == count + 3
    assert on_disk(desk) == state(desk)
    assert desk.document.undo_stack.undoText() == "citaten importeren uit CSV"
    desk.undo_action.trigger()
    assert state(desk) == before == on_disk(desk)


def test_one_bad_row_disables_import_and_changes_nothing(desk, tmp_path):
    path = _write(tmp_path, GOOD_QUOTES + "Dit contactmoment bestaat niet.;99;R2;0;nl\n")
    before = state(desk)

    def check(dialog):
        assert not dialog.import_button.isEnabled() and not dialog.plan.ok
        assert [dialog.errors.item(i).text() for i in range(dialog.errors.count())] == [
            "regel 5: Onbekend contactmoment '99' (geef het nummer of de titel)."]
        assert dialog.summary_label.text() == "1 regel met fouten: er wordt niets geïmporteerd"
        assert _cell(dialog, 3, 0) == "5"
        assert _cell(dialog, 3, 1) == "⚠ Onbekend contactmoment '99' (geef het nummer of de titel)."
        assert dialog.preview.columnSpan(3, 1) == 7

    seen = _running(desk, False, check)
    assert import_quotes(desk.workspace, path) is False
    assert len(seen) == 1 and state(desk) == before == on_disk(desk)
    _running(desk, True)  # even a dialog that says "accepted" imports nothing with errors
    assert import_quotes(desk.workspace, path) is False
    assert state(desk) == before and desk.document.undo_stack.count() == 0


def test_a_cp1252_file_is_refused_in_red_without_a_traceback(desk, tmp_path):
    path = _write(tmp_path, "tekst;contactmoment\nCafé om de hoek;1\n", "excel.csv", "cp1252")
    dialog = QuoteImportDialog(desk.document.journey, path, desk.host)
    assert dialog.error_label.text() == str(CsvError("csv_not_utf8", path=str(path), line=2))
    assert "UTF-8" in dialog.error_label.text() and not dialog.error_label.isHidden()
    assert dialog.error_label.styleSheet().startswith("color: #B00020")
    assert dialog.plan is None and not dialog.import_button.isEnabled()
    assert dialog.preview.rowCount() == 0
    assert all(not box.isEnabled() and box.count() == 1 for box in dialog.mapping_boxes.values())


def test_remapping_a_column_plans_again_at_once(desk, tmp_path):
    path = _write(tmp_path, "tekst;contactmoment;fase\n"
                            "Te lang gewacht.;1;Voor aankomst\nGoed geholpen.;4;Vestiging\n")
    dialog = QuoteImportDialog(desk.document.journey, path, desk.host)
    touchpoint = dialog.mapping_boxes["touchpoint"]
    assert touchpoint.currentData() == "contactmoment" and dialog.plan.ok
    assert _cell(dialog, 1, 2) == "4. Koppeling aan Raalte: SallandWonen en VWN ingeschakeld"
    touchpoint.setCurrentIndex(touchpoint.findData("fase"))
    assert [dialog.errors.item(i).text() for i in range(dialog.errors.count())] == [
        "regel 2: Onbekend contactmoment 'Voor aankomst' (geef het nummer of de titel).",
        "regel 3: Onbekend contactmoment 'Vestiging' (geef het nummer of de titel)."]
    assert not dialog.import_button.isEnabled()
    assert dialog.summary_label.text() == "2 regels met fouten: er wordt niets geïmporteerd"
    touchpoint.setCurrentIndex(0)  # (niet gebruiken): everything to the parking lot
    assert touchpoint.currentText() == "(niet gebruiken)"
    assert dialog.plan.ok and dialog.errors.count() == 0 and dialog.import_button.isEnabled()
    assert [_cell(dialog, r, 2) for r in range(2)] == ["parkeerplaats", "parkeerplaats"]
    text = dialog.mapping_boxes["text"]
    text.setCurrentIndex(0)  # without a text column nothing can be planned
    assert dialog.plan is None and not dialog.import_button.isEnabled()
    assert dialog.error_label.text() == str(CsvError("csv_mapping_no_text", field="Citaattekst"))
    text.setCurrentIndex(text.findData("tekst"))
    assert dialog.plan.ok and dialog.error_label.isHidden() and dialog.import_button.isEnabled()


def test_an_exported_file_maps_itself_completely(desk, tmp_path):
    journey = desk.document.journey
    path = tmp_path / "export.csv"
    assert export_quotes(journey, journey.quotes, path) == 38
    dialog = QuoteImportDialog(journey, path, desk.host)
    assert {field: dialog.mapping_boxes[field].currentData() for field in QUOTE_FIELDS} == {
        "text": "tekst", "touchpoint": "contactmoment", "respondent": "respondent", "group": "groep",
        "perspective": "perspectief", "sentiment": "sentiment", "language": "taal",
        "translation": "vertaling", "translated_by": "vertaald door", "provenance": "herkomst",
        "source": "bron", "tags": "labels"}
    assert dialog.plan.ok and len(dialog.plan.items) == 38
    assert dialog.summary_label.text() == "38 citaten klaar om te importeren"
    assert dialog.preview.rowCount() == 20 and _cell(dialog, 0, 1) == journey.quotes[0].text
    assert "eerste 20 van 38 rijen" in dialog.preview_box.title()
    fields = ("text", "touchpoint_id", "respondent_id", "group_id", "perspective", "sentiment",
              "language", "translation", "translated_by", "provenance", "source", "tags")
    assert [tuple(getattr(q, f) for f in fields) for q in dialog.plan.items] == [
        tuple(getattr(q, f) for f in fields) for q in journey.quotes]


RESPONDENTS = (
    "code,groep,geslacht,woonplaats,kenmerk: taalniveau\n"
    "R20,Focusgroep statushouders (Eritrea),vrouw,Raalte,A2\n"
    "R21,,man,Heino,\n"
)


def test_respondents_and_their_new_attributes_arrive_in_one_undo_step(desk, tmp_path):
    path = _write(tmp_path, RESPONDENTS, "respondenten.csv")
    before = state(desk)
    old_names = desk.document.journey.info.attribute_names

    def check(dialog):
        assert dialog.code_box.currentData() == "code" and dialog.group_box.currentData() == "groep"
        assert "komma (,)" in dialog.file_label.text()
        assert dialog.summary_label.text() == "2 respondenten klaar om te importeren"
        assert dialog.new_attributes_label.text() == (
            "Nieuwe kenmerken voor dit project: woonplaats, taalniveau")
        assert [_cell(dialog, 0, c) for c in range(4)] == [
            "2", "R20", "Focusgroep statushouders (Eritrea)",
            "geslacht: vrouw · woonplaats: Raalte · taalniveau: A2"]
        assert [_cell(dialog, 1, c) for c in range(3)] == ["3", "R21", "–"]

    _running(desk, True, check)
    assert import_respondents(desk.workspace, path) is True
    journey = desk.document.journey
    assert [(r.code, r.group_id, r.attributes) for r in journey.respondents[13:]] == [
        ("R20", "fg-statushouders-er", (("geslacht", "vrouw"), ("woonplaats", "Raalte"),
                                        ("taalniveau", "A2"))),
        ("R21", None, (("geslacht", "man"), ("woonplaats", "Heino")))]
    assert journey.info.attribute_names == (*old_names, "woonplaats", "taalniveau")
    assert desk.statusBar().currentMessage() == "2 respondenten geïmporteerd uit respondenten.csv"
    assert open_project(desk.document.project.path).info.attribute_names == journey.info.attribute_names
    assert on_disk(desk) == state(desk)
    assert desk.document.undo_stack.count() == 1
    assert desk.document.undo_stack.undoText() == "respondenten importeren"
    desk.undo_action.trigger()
    assert state(desk) == before == on_disk(desk)


def test_known_codes_are_row_errors_and_no_group_column_can_be_chosen(desk, tmp_path):
    path = _write(tmp_path, "respondent;groep\nR1;Focusgroep beleidsuitvoerders\nR30;Onbekend\n")
    dialog = RespondentImportDialog(desk.document.journey, path, desk.host)
    assert [dialog.errors.item(i).text() for i in range(dialog.errors.count())] == [
        "regel 2: Respondentcode 'R1' bestaat al in deze klantreis.",
        "regel 3: Onbekende groep 'Onbekend'."]
    assert not dialog.import_button.isEnabled()
    dialog.group_box.setCurrentIndex(0)  # (geen): the column becomes an attribute
    assert dialog.group_box.currentText() == "(geen)"
    assert [e.text for e in dialog.plan.errors] == [
        "regel 2: Respondentcode 'R1' bestaat al in deze klantreis."]
    assert dialog.plan.attribute_names == ("groep",)
    assert [(r.code, r.attributes) for r in dialog.plan.items] == [("R30", (("groep", "Onbekend"),))]


def test_a_name_column_is_refused_for_privacy(desk, tmp_path):
    path = _write(tmp_path, "code;naam;geslacht\nR20;Fatima;vrouw\n", "namen.csv")
    before = state(desk)
    dialog = RespondentImportDialog(desk.document.journey, path, desk.host)
    assert dialog.error_label.text() == str(CsvError("csv_personal_data", column="naam"))
    assert "persoonsgegevens" in dialog.error_label.text() and not dialog.error_label.isHidden()
    assert dialog.plan is None and not dialog.import_button.isEnabled()
    assert dialog.preview.rowCount() == 0 and not dialog.code_box.isEnabled()
    _running(desk, True)
    assert import_respondents(desk.workspace, path) is False
    assert state(desk) == before and desk.document.undo_stack.count() == 0
