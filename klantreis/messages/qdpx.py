"""REFI-QDA in and out: klantreis/io/qdpx_read.py, qdpx_codes.py, qdpx_people.py,
qdpx_import.py, exports/qdpx.py."""

TEXTS: dict[str, dict[str, str]] = {
    "qdpx_not_zip": {
        "nl": "'{path}' is geen REFI-QDA-project (.qdpx): het is geen zip-bestand of het is beschadigd. Exporteer het project opnieuw als REFI-QDA-project uit het programma waarin het gemaakt is.",
        "en": "'{path}' is not a REFI-QDA project (.qdpx): it is not a zip file, or it is damaged. Export the project again as a REFI-QDA project from the program it was made in."},
    "qdpx_too_many_entries": {
        "nl": "'{path}' bevat {count} bestanden; zoveel heeft geen REFI-QDA-project. Er is niets geïmporteerd.",
        "en": "'{path}' holds {count} files; no REFI-QDA project has that many. Nothing was imported."},
    "qdpx_unsafe_name": {
        "nl": "'{path}' bevat een bestand met een pad buiten het project ('{name}'). Zo'n bestand wordt uit veiligheid niet gelezen; er is niets geïmporteerd.",
        "en": "'{path}' holds a file with a path outside the project ('{name}'). Such a file is not read, for safety; nothing was imported."},
    "qdpx_too_large": {
        "nl": "'{path}' is uitgepakt groter dan {limit} MB aan tekst; zo groot is geen project om te importeren. Er is niets geïmporteerd.",
        "en": "'{path}' unpacks to more than {limit} MB of text; no project to import is that large. Nothing was imported."},
    "qdpx_damaged": {
        "nl": "'{name}' in '{path}' kan niet worden uitgepakt: het bestand is beschadigd of versleuteld. Er is niets geïmporteerd.",
        "en": "'{name}' in '{path}' cannot be unpacked: the file is damaged or encrypted. Nothing was imported."},
    "qdpx_no_project": {
        "nl": "'{path}' bevat geen project.qde: het is geen REFI-QDA-project. Er is niets geïmporteerd.",
        "en": "'{path}' holds no project.qde: it is not a REFI-QDA project. Nothing was imported."},
    "qdpx_bad_xml": {
        "nl": "Het project in '{path}' is geen geldige XML (regel {line}, kolom {column}). Er is niets geïmporteerd.",
        "en": "The project in '{path}' is not valid XML (line {line}, column {column}). Nothing was imported."},
    "qdpx_unsafe_xml": {
        "nl": "Het project in '{path}' gebruikt XML-entiteiten of verwijzingen naar andere bestanden; die worden uit veiligheid niet gelezen. Er is niets geïmporteerd.",
        "en": "The project in '{path}' uses XML entities or references to other files; these are not read, for safety. Nothing was imported."},
    "qdpx_not_project": {
        "nl": "'{path}' bevat geen REFI-QDA-project (het begint niet met <Project> in de naamruimte urn:QDA-XML:project:1.0). Er is niets geïmporteerd.",
        "en": "'{path}' holds no REFI-QDA project (it does not start with <Project> in the namespace urn:QDA-XML:project:1.0). Nothing was imported."},
    "qdpx_bad_number": {
        "nl": "'{value}' is geen geheel getal ({what}). Er is niets geïmporteerd.",
        "en": "'{value}' is not a whole number ({what}). Nothing was imported."},
    "qdpx_missing_guid": {
        "nl": "Een {what} in het project heeft geen GUID. Er is niets geïmporteerd.",
        "en": "A {what} in the project has no GUID. Nothing was imported."},
    "qdpx_duplicate_guid": {
        "nl": "Twee codes in het project hebben dezelfde GUID ({guid}). Er is niets geïmporteerd.",
        "en": "Two codes in the project have the same GUID ({guid}). Nothing was imported."},
    "qdpx_unknown_code": {
        "nl": "Een selectie in '{source}' is gecodeerd met een code die niet in het project staat (GUID {guid}). Er is niets geïmporteerd.",
        "en": "A selection in '{source}' is coded with a code that is not in the project (GUID {guid}). Nothing was imported."},
    "qdpx_external_source": {
        "nl": "De tekst van bron '{name}' staat buiten het .qdpx-bestand ({location}); Klantreis leest alleen bronnen in het project zelf. Exporteer het project met de bronnen erin. Er is niets geïmporteerd.",
        "en": "The text of source '{name}' is outside the .qdpx file ({location}); Klantreis only reads sources inside the project. Export the project with its sources in it. Nothing was imported."},
    "qdpx_missing_source": {
        "nl": "De tekst van bron '{name}' ontbreekt in het project (sources/{file}). Er is niets geïmporteerd.",
        "en": "The text of source '{name}' is missing from the project (sources/{file}). Nothing was imported."},
    "qdpx_source_without_text": {
        "nl": "Bron '{name}' heeft geen tekst (geen plainTextPath en geen PlainTextContent). Er is niets geïmporteerd.",
        "en": "Source '{name}' has no text (no plainTextPath and no PlainTextContent). Nothing was imported."},
    "qdpx_source_not_utf8": {
        "nl": "De tekst van bron '{name}' is geen UTF-8, zoals REFI-QDA voorschrijft. Er is niets geïmporteerd.",
        "en": "The text of source '{name}' is not UTF-8, as REFI-QDA requires. Nothing was imported."},
    "qdpx_position_outside": {
        "nl": "Een selectie in bron '{name}' loopt van teken {start} tot {end}, maar de tekst heeft {size} tekens. Er is niets geïmporteerd.",
        "en": "A selection in source '{name}' runs from character {start} to {end}, but the text has {size} characters. Nothing was imported."},
    "qdpx_reversed_selection": {
        "nl": "Een selectie in bron '{name}' loopt achterstevoren: ze begint bij teken {start} en eindigt daarvóór, bij teken {end}. Er is niets geïmporteerd.",
        "en": "A selection in source '{name}' runs backwards: it starts at character {start} and ends before that, at character {end}. Nothing was imported."},
    "qdpx_skipped_source": {
        "nl": "bron '{name}' ({kind}) overgeslagen: Klantreis neemt alleen tekst over",
        "en": "source '{name}' ({kind}) skipped: Klantreis only takes text"},
    "qdpx_target_exists": {
        "nl": "'{path}' bestaat al. Kies een nieuwe bestandsnaam voor het geïmporteerde project.",
        "en": "'{path}' already exists. Choose a new file name for the imported project."},
    "qdpx_unknown_touchpoint": {
        "nl": "Code '{code}' is gekoppeld aan een contactmoment dat niet (meer) in de klantreis staat.",
        "en": "Code '{code}' is linked to a touchpoint that is not (or no longer) in the journey."},
    "qdpx_unknown_phase": {
        "nl": "Code '{code}' zou een contactmoment worden in een fase die niet (meer) in de klantreis staat.",
        "en": "Code '{code}' would become a touchpoint in a phase that is not (or no longer) in the journey."},
    "qdpx_nothing": {
        "nl": "Het project bevat niets om te importeren: geen selecties met een gekozen code, geen cases en geen tekstbronnen.",
        "en": "The project holds nothing to import: no selections with a chosen code, no cases and no text sources."},
    "qdpx_imported_phase": {"nl": "Geïmporteerd", "en": "Imported"},
    "qdpx_source_lines": {"nl": "{name} r. {lines}", "en": "{name} l. {lines}"},
    "edit_import_qdpx": {"nl": "REFI-QDA-project importeren", "en": "import REFI-QDA project"},
    # the report
    "qdpx_report_done": {
        "nl": "{quotes} citaten, {touchpoints} nieuwe contactmomenten in {phases} nieuwe fasen, {respondents} nieuwe respondenten, {groups} nieuwe groepen en {transcripts} transcripten",
        "en": "{quotes} quotes, {touchpoints} new touchpoints in {phases} new phases, {respondents} new respondents, {groups} new groups and {transcripts} transcripts"},
    "qdpx_report_file": {
        "nl": "{done} geïmporteerd uit {source} in {target}.",
        "en": "{done} imported from {source} into {target}."},
    "qdpx_report_skipped": {"nl": "Overgeslagen of aangepast: {notes}.", "en": "Skipped or changed: {notes}."},
    "qdpx_note_no_code": {
        "nl": "{count} selecties zonder code", "nl_one": "1 selectie zonder code",
        "en": "{count} selections without a code", "en_one": "1 selection without a code"},
    "qdpx_note_skipped_codes": {
        "nl": "{count} selecties met alleen overgeslagen codes", "nl_one": "1 selectie met alleen overgeslagen codes",
        "en": "{count} selections with skipped codes only", "en_one": "1 selection with skipped codes only"},
    "qdpx_note_empty": {
        "nl": "{count} lege selecties", "nl_one": "1 lege selectie",
        "en": "{count} empty selections", "en_one": "1 empty selection"},
    "qdpx_note_too_long": {
        "nl": "{count} selecties langer dan 100.000 tekens", "nl_one": "1 selectie langer dan 100.000 tekens",
        "en": "{count} selections longer than 100,000 characters", "en_one": "1 selection longer than 100,000 characters"},
    "qdpx_note_several_places": {
        "nl": "{count} selecties met meer dan één contactmoment (het eerste is gebruikt)",
        "nl_one": "1 selectie met meer dan één contactmoment (het eerste is gebruikt)",
        "en": "{count} selections with more than one touchpoint (the first was used)",
        "en_one": "1 selection with more than one touchpoint (the first was used)"},
    "qdpx_note_parked": {
        "nl": "{count} citaten zonder contactmoment naar de parkeerplaats",
        "nl_one": "1 citaat zonder contactmoment naar de parkeerplaats",
        "en": "{count} quotes without a touchpoint to the parking lot",
        "en_one": "1 quote without a touchpoint to the parking lot"},
    "qdpx_note_empty_source": {
        "nl": "bron '{name}' zonder tekst", "en": "source '{name}' without text"},
    "qdpx_note_renamed": {
        "nl": "{count} cases met een naam die op een persoonsnaam lijkt of te lang is, geïmporteerd als {codes} (namen worden niet overgenomen)",
        "nl_one": "1 case met een naam die op een persoonsnaam lijkt of te lang is, geïmporteerd als {codes} (namen worden niet overgenomen)",
        "en": "{count} cases with a name that looks like a person's name or is too long, imported as {codes} (names are not taken over)",
        "en_one": "1 case with a name that looks like a person's name or is too long, imported as {codes} (names are not taken over)"},
    "qdpx_note_existing_respondents": {
        "nl": "{count} cases zijn bestaande respondenten (hun kenmerken zijn niet gewijzigd)",
        "nl_one": "1 case is een bestaande respondent (de kenmerken zijn niet gewijzigd)",
        "en": "{count} cases are existing respondents (their attributes were not changed)",
        "en_one": "1 case is an existing respondent (its attributes were not changed)"},
    "qdpx_note_unnamed_cases": {
        "nl": "{count} cases zonder naam (kenmerken van bronnen)", "nl_one": "1 case zonder naam (kenmerken van een bron)",
        "en": "{count} cases without a name (attributes of sources)", "en_one": "1 case without a name (attributes of a source)"},
    "qdpx_note_personal_variable": {
        "nl": "variabele '{name}' lijkt persoonsgegevens te bevatten en is niet overgenomen",
        "en": "variable '{name}' seems to hold personal data and was not taken over"},
    "qdpx_note_sets": {
        "nl": "{count} sets (Klantreis maakt alleen groepen van sets uit Klantreis zelf)",
        "nl_one": "1 set (Klantreis maakt alleen groepen van sets uit Klantreis zelf)",
        "en": "{count} sets (Klantreis makes groups only of sets from Klantreis itself)",
        "en_one": "1 set (Klantreis makes groups only of sets from Klantreis itself)"},
    "qdpx_note_already_there": {
        "nl": "Dit lijkt al geïmporteerd: {twins} van de {quotes} citaten staan al in de klantreis (zelfde tekst, bron en contactmoment) en {transcripts} transcripten hebben al dezelfde tekst of hetzelfde bestand. Nog een keer importeren zet ze er dubbel in",
        "en": "This seems to be imported already: {twins} of the {quotes} quotes are in the journey already (same text, source and touchpoint) and {transcripts} transcripts have the same text or file already. Importing again puts them in twice"},
    "qdpx_note_source_lines_changed": {
        "nl": "bron '{name}': de Klantreis-regels in de beschrijving horen niet (meer) bij deze tekst; ze zijn genegeerd en de bron is een gewoon transcript geworden",
        "en": "source '{name}': the Klantreis lines in its description do not (or no longer) match this text; they were ignored and the source became a plain transcript"},
    "qdpx_note_source_lines_broken": {
        "nl": "bron '{name}': de Klantreis-regels in de beschrijving kloppen niet (sprekers, beurten of posities buiten de tekst); ze zijn genegeerd en de bron is een gewoon transcript geworden",
        "en": "source '{name}': the Klantreis lines in its description are not consistent (speakers, turns or positions outside the text); they were ignored and the source became a plain transcript"},
    "qdpx_note_speaker_unlinked": {
        "nl": "{count} sprekers met een respondentcode die niet in het project staat (overgenomen zonder respondent)",
        "nl_one": "1 spreker met een respondentcode die niet in het project staat (overgenomen zonder respondent)",
        "en": "{count} speakers with a respondent code that is not in the project (taken over without a respondent)",
        "en_one": "1 speaker with a respondent code that is not in the project (taken over without a respondent)"},
    "qdpx_note_cited_text_ignored": {
        "nl": "{count} selecties met een regel 'Citaat:' die afwijkt van de geselecteerde tekst (de geselecteerde tekst is het citaat geworden)",
        "nl_one": "1 selectie met een regel 'Citaat:' die afwijkt van de geselecteerde tekst (de geselecteerde tekst is het citaat geworden)",
        "en": "{count} selections with a 'Citaat:' line that differs from the selected text (the selected text became the quote)",
        "en_one": "1 selection with a 'Citaat:' line that differs from the selected text (the selected text became the quote)"},
    "qdpx_note_unmapped": {
        "nl": "{count} codes zonder keuze", "nl_one": "1 code zonder keuze",
        "en": "{count} codes without a choice", "en_one": "1 code without a choice"},
}
