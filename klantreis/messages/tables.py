"""Tables in and out: klantreis/io/table.py, workbook.py, quote_import.py, respondent_import.py,
exports/quote_csv.py, quote_xlsx.py."""

TEXTS: dict[str, dict[str, str]] = {
    "csv_not_utf8": {
        "nl": "'{path}' is geen UTF-8-tekst (regel {line}). Sla het bestand in Excel op als "
              "\"CSV UTF-8 (door komma's gescheiden)\" en probeer het opnieuw.",
        "en": "'{path}' is not UTF-8 text (line {line}). In Excel, save the file as "
              "\"CSV UTF-8 (Comma delimited)\" and try again."},
    "csv_empty": {"nl": "'{path}' is leeg: er staat geen kopregel met kolomnamen in.",
                  "en": "'{path}' is empty: it has no header row with column names."},
    "csv_empty_header": {"nl": "Kolom {column} in de kopregel van '{path}' heeft geen naam.",
                         "en": "Column {column} in the header row of '{path}' has no name."},
    "csv_duplicate_header": {"nl": "De kolomnaam '{name}' staat twee keer in de kopregel van '{path}'.",
                             "en": "The column name '{name}' appears twice in the header row of '{path}'."},
    "csv_too_many_cells": {
        "nl": "Regel {line} van '{path}' heeft {found} cellen, maar de kopregel heeft {expected} "
              "kolommen. Staat er een scheidingsteken in een tekst zonder aanhalingstekens?",
        "en": "Line {line} of '{path}' has {found} cells, but the header row has {expected} "
              "columns. Is there a separator in a text without quotation marks?"},
    "csv_malformed": {"nl": "'{path}' kan vanaf regel {line} niet als CSV worden gelezen: controleer de "
                            "aanhalingstekens.",
                      "en": "'{path}' cannot be read as CSV from line {line} on: check the quotation "
                            "marks."},
    "csv_cell_too_large": {
        "nl": "Regel {line} van '{path}' heeft een cel van meer dan {limit} tekens; zo lang is geen "
              "citaat (hoogstens 100.000 tekens). Staat er ergens een aanhalingsteken dat niet wordt "
              "gesloten, zodat de rest van het bestand in één cel valt?",
        "en": "Line {line} of '{path}' has a cell of more than {limit} characters; no quote is that "
              "long (at most 100,000 characters). Is there a quotation mark that is never closed, "
              "so that the rest of the file falls into one cell?"},
    "csv_nul": {
        "nl": "'{path}' bevat NUL-tekens (regel {line}): dit lijkt geen tekstbestand. Sla het in Excel "
              "op als \"CSV UTF-8 (door komma's gescheiden)\" en probeer het opnieuw.",
        "en": "'{path}' holds NUL characters (line {line}): this does not look like a text file. In "
              "Excel, save it as \"CSV UTF-8 (Comma delimited)\" and try again."},
    "csv_yes_no": {"nl": "'{value}' in kolom '{column}' is geen ja of nee.",
                   "en": "'{value}' in column '{column}' is not yes or no."},
    "csv_field_text": {"nl": "Citaattekst", "en": "Quote text"},
    "csv_field_touchpoint": {"nl": "Contactmoment (nummer of titel)", "en": "Touchpoint (number or title)"},
    "csv_field_respondent": {"nl": "Respondent (code)", "en": "Respondent (code)"},
    "csv_field_group": {"nl": "Groep", "en": "Group"},
    "csv_field_perspective": {"nl": "Perspectief", "en": "Perspective"},
    "csv_field_sentiment": {"nl": "Sentiment", "en": "Sentiment"},
    "csv_field_language": {"nl": "Taal (code)", "en": "Language (code)"},
    "csv_field_translation": {"nl": "Vertaling", "en": "Translation"},
    "csv_field_translated_by": {"nl": "Vertaald door", "en": "Translated by"},
    "csv_field_provenance": {"nl": "Herkomst (letterlijk of parafrase)",
                             "en": "Provenance (verbatim or paraphrase)"},
    "csv_field_source": {"nl": "Bron", "en": "Source"},
    "csv_field_tags": {"nl": "Labels", "en": "Tags"},
    "csv_field_code": {"nl": "Respondentcode", "en": "Respondent code"},
    "csv_mapping_no_text": {
        "nl": "Kies de kolom voor '{field}': zonder citaattekst valt er niets te importeren.",
        "en": "Choose the column for '{field}': without quote text there is nothing to import."},
    "csv_mapping_unknown_column": {"nl": "De kolom '{column}' (voor '{field}') staat niet in het bestand.",
                                   "en": "The column '{column}' (for '{field}') is not in the file."},
    "csv_mapping_unknown_field": {"nl": "Onbekend importveld '{field}'.", "en": "Unknown import field '{field}'."},
    "csv_row_error": {"nl": "regel {line}: {message}", "en": "line {line}: {message}"},
    "csv_text_required": {"nl": "De citaattekst is leeg.", "en": "The quote text is empty."},
    "csv_unknown_touchpoint": {"nl": "Onbekend contactmoment '{value}' (geef het nummer of de titel).",
                               "en": "Unknown touchpoint '{value}' (give its number or title)."},
    "csv_ambiguous_touchpoint": {
        "nl": "Contactmoment '{value}' is niet eenduidig: {count} contactmomenten hebben die titel. "
              "Zet het nummer ervoor, zoals '12. Intake'.",
        "en": "Touchpoint '{value}' is ambiguous: {count} touchpoints have that title. Put the "
              "number in front, as in '12. Intake'."},
    "csv_unknown_respondent": {
        "nl": "Onbekende respondent '{value}'. Een import maakt geen respondenten aan: voeg de "
              "respondent eerst toe.",
        "en": "Unknown respondent '{value}'. An import does not create respondents: add the "
              "respondent first."},
    "csv_unknown_group": {"nl": "Onbekende groep '{value}'.", "en": "Unknown group '{value}'."},
    "csv_ambiguous_group": {
        "nl": "Groep '{value}' is niet eenduidig: meerdere groepen heten zo. Gebruik het groeps-id.",
        "en": "Group '{value}' is ambiguous: several groups have that name. Use the group id."},
    "csv_group_mismatch": {"nl": "Respondent '{respondent}' hoort bij groep '{expected}', niet bij '{value}'.",
                           "en": "Respondent '{respondent}' belongs to group '{expected}', not to '{value}'."},
    "csv_bad_sentiment": {
        "nl": "Onbekend sentiment '{value}'. Gebruik -2, -1, 0, +1, +2, gemengd of onbekend (of zeer "
              "negatief, negatief, neutraal, positief, zeer positief).",
        "en": "Unknown sentiment '{value}'. Use -2, -1, 0, +1, +2, mixed or unknown (or very "
              "negative, negative, neutral, positive, very positive)."},
    "csv_bad_translator": {
        "nl": "Onbekende waarde '{value}' voor 'vertaald door'. Gebruik tolk of onderzoeker, of laat "
              "de cel leeg.",
        "en": "Unknown value '{value}' for 'translated by'. Use interpreter or researcher, or leave "
              "the cell empty."},
    "csv_bad_provenance": {"nl": "Onbekende herkomst '{value}'. Gebruik letterlijk of parafrase.",
                           "en": "Unknown provenance '{value}'. Use verbatim or paraphrase."},
    "csv_bad_perspective": {"nl": "Onbekend perspectief '{value}'. Gebruik client, uitvoerder of overig.",
                            "en": "Unknown perspective '{value}'. Use client, professional or other."},
    "csv_plan_not_ok": {
        "nl": "Er is niets geïmporteerd: het bestand bevat {count} fouten. Verbeter ze en probeer "
              "het opnieuw.",
        "nl_one": "Er is niets geïmporteerd: het bestand bevat 1 fout. Verbeter die en probeer het "
                  "opnieuw.",
        "en": "Nothing was imported: the file has {count} errors. Correct them and try again.",
        "en_one": "Nothing was imported: the file has 1 error. Correct it and try again."},
    "csv_no_quotes": {"nl": "Het bestand bevat geen citaten om te importeren.",
                      "en": "The file contains no quotes to import."},
    "csv_personal_data": {
        "nl": "Kolom '{column}' lijkt persoonsgegevens te bevatten. Klantreis bewaart respondenten "
              "alleen als code met kenmerken; verwijder deze kolom en probeer opnieuw.",
        "en": "Column '{column}' seems to contain personal data. Klantreis keeps respondents only "
              "as a code with attributes; remove this column and try again."},
    "csv_no_code_column": {
        "nl": "Geen kolom met respondentcodes gevonden. Noem die kolom 'code' of 'respondent', of "
              "kies hem zelf.",
        "en": "No column with respondent codes found. Name it 'code' or 'respondent', or choose it "
              "yourself."},
    "csv_code_required": {"nl": "De respondentcode is leeg.", "en": "The respondent code is empty."},
    "csv_code_twice": {"nl": "Respondentcode '{code}' staat ook al op regel {other}.",
                       "en": "Respondent code '{code}' is also on line {other}."},
    "csv_code_exists": {"nl": "Respondentcode '{code}' bestaat al in deze klantreis.",
                        "en": "Respondent code '{code}' already exists in this journey."},
    "csv_no_respondents": {"nl": "Het bestand bevat geen respondenten om te importeren.",
                           "en": "The file contains no respondents to import."},
    "xlsx_not_workbook": {
        "nl": "'{path}' kan niet als Excel-werkmap (.xlsx) worden gelezen: het bestand is beschadigd of heeft een andere indeling. Open het in Excel en sla het op als \"Excel-werkmap\" of als \"CSV UTF-8 (door komma's gescheiden)\".",
        "en": "'{path}' cannot be read as an Excel workbook (.xlsx): the file is damaged or in another format. Open it in Excel and save it as \"Excel Workbook\" or as \"CSV UTF-8 (Comma delimited)\"."},
    "xlsx_encrypted": {
        "nl": "'{path}' is met een wachtwoord beveiligd en kan daarom niet worden gelezen. Open het in Excel, haal het wachtwoord weg (Bestand > Info > Werkmap beveiligen > Versleutelen met wachtwoord) en probeer het opnieuw.",
        "en": "'{path}' is protected with a password and therefore cannot be read. Open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password) and try again."},
    "xlsx_old_format": {
        "nl": "'{path}' is een oud Excel-bestand (.xls), dat Klantreis niet leest. Open het in Excel en sla het op als \"Excel-werkmap (.xlsx)\" of als \"CSV UTF-8 (door komma's gescheiden)\".",
        "en": "'{path}' is an old Excel file (.xls), which Klantreis does not read. Open it in Excel and save it as \"Excel Workbook (.xlsx)\" or as \"CSV UTF-8 (Comma delimited)\"."},
    "xlsx_too_large": {
        "nl": "'{path}' is uitgepakt groter dan {limit} MB; zo groot is geen tabel om te importeren.",
        "en": "'{path}' unpacks to more than {limit} MB; no table to import is that large."},
    "xlsx_no_sheets": {"nl": "'{path}' bevat geen werkblad met cellen.",
                       "en": "'{path}' holds no worksheet with cells."},
    "xlsx_no_such_sheet": {"nl": "'{path}' heeft geen werkblad '{sheet}'. De werkbladen zijn: {sheets}.",
                           "en": "'{path}' has no worksheet '{sheet}'. The worksheets are: {sheets}."},
    "xlsx_empty_sheet": {
        "nl": "Werkblad '{sheet}' van '{path}' is leeg: er staat geen kopregel met kolomnamen in.",
        "en": "Worksheet '{sheet}' of '{path}' is empty: it has no header row with column names."},
    "xlsx_source": {"nl": "{path}, werkblad {sheet}", "en": "{path}, worksheet {sheet}"},
    "xlsx_formula_without_value": {
        "nl": "De cel in kolom '{column}' bevat een formule zonder opgeslagen uitkomst (Klantreis voert geen formules uit). Open het bestand in Excel, sla het op en probeer het opnieuw, of zet de waarde zelf in de cel.",
        "en": "The cell in column '{column}' holds a formula without a stored result (Klantreis does not run formulas). Open the file in Excel, save it and try again, or put the value in the cell yourself."},
    "xlsx_cell_too_long": {
        "nl": "Kolom '{column}' van rij {row} heeft {length} tekens; een Excel-cel bevat er hoogstens 32.767. Exporteer deze citaten als CSV.",
        "en": "Column '{column}' of row {row} has {length} characters; an Excel cell holds at most 32,767. Export these quotes as CSV."},
    "edit_import_csv": {"nl": "citaten importeren uit CSV", "en": "import quotes from CSV"},
    "edit_import_respondents": {"nl": "respondenten importeren", "en": "import respondents"},
}
