"""User-facing messages of the Qt-free layers, in Dutch and English.

The domain, the store and the command line cannot use Qt's tr(); they look their texts up here.
The app calls :func:`set_language` when the user picks a language, next to loading Qt's translator.
"""

from __future__ import annotations

_language = "nl"

MESSAGES: dict[str, dict[str, str]] = {
    # value validation
    "invalid_id": {"nl": "Ongeldige {what}: '{value}'.", "en": "Invalid {what}: '{value}'."},
    "not_text": {"nl": "{what} moet tekst zijn.", "en": "{what} must be text."},
    "required": {"nl": "{what} mag niet leeg zijn.", "en": "{what} cannot be empty."},
    "too_long": {"nl": "{what} is te lang (hoogstens {limit} tekens).",
                 "en": "{what} is too long (at most {limit} characters)."},
    "invalid_character": {"nl": "{what} bevat een ongeldig teken (een losse UTF-16-surrogaat).",
                          "en": "{what} holds an invalid character (a lone UTF-16 surrogate)."},
    "invalid_colour": {"nl": "Ongeldige {what}: '{value}' (verwacht #RRGGBB).",
                       "en": "Invalid {what}: '{value}' (expected #RRGGBB)."},
    "invalid_language": {"nl": "Ongeldige {what}: '{value}' (verwacht een taalcode zoals nl of ar).",
                         "en": "Invalid {what}: '{value}' (expected a language code such as nl or ar)."},
    "invalid_timestamp": {"nl": "Ongeldige {what}: '{value}'.", "en": "Invalid {what}: '{value}'."},
    "invalid_choice": {"nl": "Ongeldige waarde voor {what}: '{value}'.",
                       "en": "Invalid value for {what}: '{value}'."},
    "invalid_list": {"nl": "Ongeldige lijst voor {what}.", "en": "Invalid list for {what}."},
    "duplicate_in_list": {"nl": "{what} bevat een waarde twee keer.",
                          "en": "{what} contains a value twice."},
    "invalid_attribute": {"nl": "Een kenmerk heeft een naam en een waarde nodig.",
                          "en": "An attribute needs a name and a value."},
    "half_position": {"nl": "Een positie heeft zowel x als y nodig.",
                      "en": "A position needs both x and y."},
    "invalid_number": {"nl": "Ongeldig getal voor {what}: '{value}'.",
                       "en": "Invalid number for {what}: '{value}'."},
    "invalid_share": {"nl": "Het aandeel moet tussen 0 en 100 procent liggen, niet '{value}'.",
                      "en": "The share must be between 0 and 100 percent, not '{value}'."},
    "invalid_score": {"nl": "Een score ligt tussen -2 en +2, niet '{value}'.",
                      "en": "A score lies between -2 and +2, not '{value}'."},
    "score_without_owner": {"nl": "Een score hoort bij een respondent of een groep.",
                            "en": "A score belongs to a respondent or a group."},
    "translator_without_translation": {
        "nl": "Geef een vertaling op als u vermeldt wie vertaalde.",
        "en": "Give a translation when you state who translated."},
    # journey operations
    "duplicate_id": {"nl": "Er bestaat al een {kind} met id '{id}'.",
                     "en": "A {kind} with id '{id}' already exists."},
    "not_found": {"nl": "Er is geen {kind} met id '{id}'.", "en": "There is no {kind} with id '{id}'."},
    "bad_index": {"nl": "Positie {index} bestaat niet voor {kind}.",
                  "en": "Position {index} does not exist for {kind}."},
    "unknown_reference": {"nl": "{kind} verwijst naar {target} '{id}', maar er is geen {target} '{id}'.",
                          "en": "{kind} refers to {target} '{id}', but there is no {target} '{id}'."},
    "in_use": {"nl": "{kind} '{name}' is nog in gebruik door {count} {users}.",
               "en": "{kind} '{name}' is still used by {count} {users}."},
    "duplicate_transition": {
        "nl": "Er is al een overgang van '{source}' naar '{target}'.",
        "en": "There is already a transition from '{source}' to '{target}'."},
    "duplicate_score": {"nl": "Deze respondent of groep heeft al een score voor dit contactmoment.",
                        "en": "This respondent or group already has a score for this touchpoint."},
    "duplicate_code": {"nl": "Respondentcode '{code}' bestaat al.",
                       "en": "Respondent code '{code}' already exists."},
    # files
    "file_missing": {"nl": "Bestand '{path}' bestaat niet.", "en": "File '{path}' does not exist."},
    "file_unreadable": {"nl": "Bestand '{path}' kan niet worden gelezen: {reason}.",
                        "en": "File '{path}' cannot be read: {reason}."},
    "not_a_project": {"nl": "'{path}' is geen Klantreis-bestand.",
                      "en": "'{path}' is not a Klantreis file."},
    "project_locked": {"nl": "'{path}' is al geopend in een andere Klantreis (proces {pid} op {host}, sinds {since}).",
                       "en": "'{path}' is already open in another Klantreis (process {pid} on {host}, since {since})."},
    "project_locked_here": {"nl": "'{path}' is al geopend in een ander venster.",
                            "en": "'{path}' is already open in another window."},
    "read_only_project": {"nl": "'{path}' is alleen-lezen geopend; wijzigingen worden niet bewaard.",
                          "en": "'{path}' is open read-only; changes are not saved."},
    "damaged_project": {"nl": "'{path}' is beschadigd of onvolledig en is niet geopend.",
                        "en": "'{path}' is damaged or incomplete and was not opened."},
    "newer_project": {
        "nl": "'{path}' is gemaakt met een nieuwere versie van Klantreis (bestandsversie {found}, "
              "deze versie kent t/m {known}). Werk Klantreis bij om het te openen.",
        "en": "'{path}' was made with a newer version of Klantreis (file version {found}, this "
              "version knows up to {known}). Update Klantreis to open it."},
    "invalid_project": {"nl": "'{path}' bevat ongeldige gegevens: {reason}",
                        "en": "'{path}' contains invalid data: {reason}"},
    "not_json": {"nl": "'{path}' is geen geldig JSON-bestand (regel {line}).",
                 "en": "'{path}' is not a valid JSON file (line {line})."},
    "json_too_deep": {"nl": "'{path}' is niet gelezen: de JSON is te diep genest om te lezen.",
                      "en": "'{path}' was not read: the JSON is nested too deeply to read."},
    "json_number_too_long": {"nl": "'{path}' is niet gelezen: het bevat een getal met te veel cijfers.",
                             "en": "'{path}' was not read: it holds a number with too many digits."},
    "json_lone_surrogate": {
        "nl": "'{path}' is niet gelezen: het bevat een ongeldig teken (een losse UTF-16-surrogaat, "
              "zoals \\ud800) dat nergens kan worden opgeslagen.",
        "en": "'{path}' was not read: it holds an invalid character (a lone UTF-16 surrogate, such "
              "as \\ud800) that cannot be stored anywhere."},
    "not_journey_json": {"nl": "'{path}' is geen Klantreis-JSON-bestand.",
                         "en": "'{path}' is not a Klantreis JSON file."},
    "newer_json": {"nl": "'{path}' heeft JSON-formaatversie {found}; deze versie kent t/m {known}.",
                   "en": "'{path}' has JSON format version {found}; this version knows up to {known}."},
    "invalid_json_field": {"nl": "'{path}': {where}: {reason}", "en": "'{path}': {where}: {reason}"},
    "not_fragment": {"nl": "Het klembord bevat geen bruikbare contactmomenten.",
                     "en": "The clipboard holds no usable touchpoints."},
    "not_fragment_json": {"nl": "Het klembord bevat geen bruikbare contactmomenten (geen geldige "
                                "JSON, regel {line}).",
                          "en": "The clipboard holds no usable touchpoints (no valid JSON, line "
                                "{line})."},
    "newer_fragment": {"nl": "De contactmomenten op het klembord komen uit een nieuwere versie van "
                             "Klantreis (versie {found}; deze versie kent t/m {known}).",
                       "en": "The touchpoints on the clipboard come from a newer version of "
                             "Klantreis (version {found}; this version knows up to {known})."},
    "invalid_fragment": {"nl": "Klembord: {where}: {reason}", "en": "Clipboard: {where}: {reason}"},
    "unknown_field": {"nl": "onbekend veld '{field}'", "en": "unknown field '{field}'"},
    "wrong_type": {"nl": "verkeerd soort waarde", "en": "wrong kind of value"},
    "write_failed": {"nl": "Kan '{path}' niet schrijven: {reason}.",
                     "en": "Cannot write '{path}': {reason}."},
    "unknown_extension": {
        "nl": "Onbekend bestandstype '{path}': gebruik .klantreis of .json.",
        "en": "Unknown file type '{path}': use .klantreis or .json."},
    "reason_disk_full": {"nl": "de schijf is vol", "en": "the disk is full"},
    "reason_permission": {"nl": "geen toestemming", "en": "permission denied"},
    "reason_read_only": {"nl": "alleen-lezen schijf", "en": "read-only disk"},
    "reason_no_folder": {"nl": "de map bestaat niet", "en": "the folder does not exist"},
    "reason_is_folder": {"nl": "dit is een map", "en": "this is a folder"},
    "reason_symlink_loop": {"nl": "de snelkoppelingen (symlinks) verwijzen in een kring naar elkaar",
                            "en": "the symbolic links point to each other in a loop"},
    "reason_name_too_long": {"nl": "de naam of het pad is te lang", "en": "the name or path is too long"},
    "reason_busy": {"nl": "het bestand is in gebruik door een ander programma",
                    "en": "the file is in use by another program"},
    "reason_io": {"nl": "een lees- of schrijffout van de schijf", "en": "a disk read or write error"},
    "reason_other": {"nl": "systeemfout {code}", "en": "system error {code}"},
    "not_regular_file": {"nl": "'{path}' is geen gewoon bestand (maar bijvoorbeeld een pipe of een "
                               "apparaat) en is niet geopend.",
                         "en": "'{path}' is not a regular file (but, for example, a pipe or a device) "
                               "and was not opened."},
    "unknown_schema": {
        "nl": "'{path}' is niet geopend: het bevat onderdelen die Klantreis niet heeft gemaakt ({objects}). "
              "Zulke onderdelen kunnen gegevens wijzigen of wissen zonder dat u het merkt.",
        "en": "'{path}' was not opened: it holds parts Klantreis did not make ({objects}). Such parts "
              "can change or delete data without you noticing."},
    "schema_mismatch": {
        "nl": "'{path}' is niet geopend: de tabellen passen niet bij de bestandsversie ({version}). "
              "Is het bestand buiten Klantreis bewerkt? Er is niets veranderd.",
        "en": "'{path}' was not opened: its tables do not match its file version ({version}). Was "
              "the file edited outside Klantreis? Nothing was changed."},
    "damaged_with_side_files": {
        "nl": "'{path}' is niet geopend: het bestand vormt ook samen met de hulpbestanden ernaast "
              "({files}) geen leesbaar project. Er is niets veranderd.",
        "en": "'{path}' was not opened: neither the file alone nor the file with the helper files "
              "beside it ({files}) is a readable project. Nothing was changed."},
    "side_files_set_aside": {
        "nl": "Naast '{name}' stonden hulpbestanden van SQLite die niet bij dit project horen ({files}). "
              "Klantreis heeft ze niet gebruikt en bewaard als: {kept}. Het project zelf is in orde.",
        "en": "Beside '{name}' were SQLite helper files that do not belong to this project ({files}). "
              "Klantreis did not use them and kept them as: {kept}. The project itself is fine."},
    "side_files_recovered": {
        "nl": "'{name}' was niet goed afgesloten. Klantreis heeft de laatst bewaarde toestand "
              "hersteld; het bestand zoals het was en de hulpbestanden ernaast zijn bewaard als: {kept}.",
        "en": "'{name}' was not closed properly. Klantreis restored the last saved state; the file as "
              "it was and the helper files beside it were kept as: {kept}."},
    "side_files_ignored": {
        "nl": "Naast '{name}' staan hulpbestanden van SQLite die niet bij dit project horen ({files}); "
              "ze zijn niet gebruikt. Bij openen om te bewerken zet Klantreis ze opzij.",
        "en": "Beside '{name}' are SQLite helper files that do not belong to this project ({files}); "
              "they were not used. Opened for editing, Klantreis sets them aside."},
    "side_files_pending": {
        "nl": "'{name}' is niet goed afgesloten; u ziet de laatst bewaarde toestand. Het bestand "
              "zelf wordt hersteld zodra het wordt geopend om te bewerken.",
        "en": "'{name}' was not closed properly; you see the last saved state. The file itself is "
              "restored when it is opened for editing."},
    "side_file_not_regular": {
        "nl": "'{path}' is niet geopend: naast het project staat '{side}', en dat is geen gewoon bestand "
              "(maar bijvoorbeeld een map of een pipe). Haal het weg of hernoem het en probeer het opnieuw.",
        "en": "'{path}' was not opened: beside the project is '{side}', which is not a regular file "
              "(but, for example, a folder or a pipe). Remove or rename it and try again."},
    "side_files_appeared": {
        "nl": "Naast '{path}' is een hulpbestand van SQLite verschenen dat niet van dit venster is "
              "({files}); er is niets geschreven. Open het project opnieuw: Klantreis zet het dan veilig "
              "opzij.",
        "en": "Beside '{path}' a SQLite helper file appeared that is not this window's ({files}); "
              "nothing was written. Open the project again: Klantreis then sets it aside safely."},
    "lock_unavailable": {
        "nl": "Kan '{path}' niet schrijven: het slotbestand '{lock}' kan niet worden gemaakt of "
              "geopend ({reason}). Zonder slot kan een ander programma tegelijk schrijven en werk "
              "overschrijven.",
        "en": "Cannot write '{path}': the lock file '{lock}' cannot be created or opened ({reason}). "
              "Without a lock another program could write at the same time and overwrite work."},
    "lock_unavailable_read_only": {
        "nl": "'{path}' is alleen-lezen geopend: het slotbestand '{lock}' kan niet worden gemaakt of "
              "geopend ({reason}). Zonder slot kan een ander programma tegelijk schrijven en werk "
              "overschrijven.",
        "en": "'{path}' was opened read-only: the lock file '{lock}' cannot be created or opened "
              "({reason}). Without a lock another program could write at the same time and "
              "overwrite work."},
    "changed_elsewhere": {
        "nl": "'{path}' is buiten dit venster gewijzigd of vervangen sinds het werd geopend; deze "
              "wijziging is niet bewaard, zodat niets van de andere schrijver wordt overschreven. "
              "Open het project opnieuw om verder te werken met wat er nu in staat.",
        "en": "'{path}' was changed or replaced outside this window since it was opened; this "
              "change was not saved, so nothing the other writer wrote is overwritten. Open the "
              "project again to go on with what it holds now."},
    "plural_phase": {"nl": "fasen", "en": "phases"},
    "plural_actor": {"nl": "actoren", "en": "actors"},
    "plural_touchpoint": {"nl": "contactmomenten", "en": "touchpoints"},
    "plural_transition": {"nl": "overgangen", "en": "transitions"},
    "plural_group": {"nl": "groepen", "en": "groups"},
    "plural_respondent": {"nl": "respondenten", "en": "respondents"},
    "plural_quote": {"nl": "citaten", "en": "quotes"},
    "plural_score": {"nl": "scores", "en": "scores"},
    "withheld_notes": {"nl": "{count} interne notities", "nl_one": "1 interne notitie",
                       "en": "{count} internal notes", "en_one": "1 internal note"},
    "withheld_quotes": {"nl": "{count} interne citaten", "nl_one": "1 intern citaat",
                        "en": "{count} internal quotes", "en_one": "1 internal quote"},
    "withheld_group_notes": {"nl": "{count} groepsnotities", "nl_one": "1 groepsnotitie",
                             "en": "{count} group notes", "en_one": "1 group note"},
    "withheld_private": {"nl": "{count} privé-kenmerken van respondenten",
                         "nl_one": "1 privé-kenmerk van een respondent",
                         "en": "{count} private respondent attributes",
                         "en_one": "1 private respondent attribute"},
    "withheld_words": {"nl": "de woordenlijst van de privacycheck ({count} woorden)",
                       "nl_one": "de woordenlijst van de privacycheck (1 woord)",
                       "en": "the privacy check's word list ({count} words)",
                       "en_one": "the privacy check's word list (1 word)"},
    "convert_carries_everything": {
        "nl": "Let op: '{target}' bevat alles, ook wat nooit gedeeld wordt: {what}. Deel dit "
              "bestand niet; een deelbaar bestand maakt u in de app met Bestand > Exporteren.",
        "en": "Note: '{target}' holds everything, including what is never shared: {what}. Do not "
              "share this file; make a shareable one in the app with File > Export."},
    "positions_repaired": {
        "nl": "In '{path}' hebben enkele {what} dezelfde volgordepositie; Klantreis gebruikt de "
              "volgorde waarin ze zijn opgeslagen en legt die vast zodra het project wordt bewerkt.",
        "en": "In '{path}' some {what} share the same position; Klantreis uses the order in which "
              "they were stored and fixes it as soon as the project is edited."},
    "same_file": {"nl": "Invoer en uitvoer zijn hetzelfde bestand.",
                  "en": "Input and output are the same file."},
    # check findings
    "severity_fout": {"nl": "fout", "en": "error"},
    "severity_waarschuwing": {"nl": "waarschuwing", "en": "warning"},
    "severity_opmerking": {"nl": "opmerking", "en": "note"},
    "check_unreachable": {"nl": "contactmoment {name} is vanaf het begin van de reis niet te bereiken",
                          "en": "touchpoint {name} cannot be reached from the start of the journey"},
    "check_isolated": {"nl": "contactmoment {name} heeft geen enkele overgang",
                       "en": "touchpoint {name} has no transition at all"},
    "check_dead_end": {"nl": "de route stopt bij contactmoment {name} (doodlopend)",
                       "en": "the route stops at touchpoint {name} (dead end)"},
    "check_no_actor": {"nl": "contactmoment {name} heeft geen actor",
                       "en": "touchpoint {name} has no actor"},
    "check_untranslated": {"nl": "citaat '{text}' heeft geen Nederlandse vertaling",
                           "en": "quote '{text}' has no Dutch translation"},
    "check_empty_phase": {"nl": "fase '{name}' heeft geen contactmomenten",
                          "en": "phase '{name}' has no touchpoints"},
    "check_parked": {"nl": "{count} citaten op de parkeerplaats (zonder contactmoment)",
                     "nl_one": "1 citaat op de parkeerplaats (zonder contactmoment)",
                     "en": "{count} quotes in the parking lot (without a touchpoint)",
                     "en_one": "1 quote in the parking lot (without a touchpoint)"},
    "check_loop": {"nl": "lus: {names}", "en": "loop: {names}"},
    "check_ok": {"nl": "geen bevindingen", "en": "no findings"},
    # undo steps (shown after "Ongedaan maken: ")
    "edit_change": {"nl": "wijziging", "en": "change"},
    "edit_add_phase": {"nl": "fase toevoegen", "en": "add phase"},
    "edit_add_actor": {"nl": "actor toevoegen", "en": "add actor"},
    "edit_add_touchpoint": {"nl": "contactmoment toevoegen", "en": "add touchpoint"},
    "edit_add_transition": {"nl": "contactmomenten verbinden", "en": "connect touchpoints"},
    "edit_add_group": {"nl": "groep toevoegen", "en": "add group"},
    "edit_add_respondent": {"nl": "respondent toevoegen", "en": "add respondent"},
    "edit_add_quote": {"nl": "citaat toevoegen", "en": "add quote"},
    "edit_add_score": {"nl": "score toevoegen", "en": "add score"},
    "edit_change_phase": {"nl": "fase wijzigen", "en": "change phase"},
    "edit_change_actor": {"nl": "actor wijzigen", "en": "change actor"},
    "edit_change_touchpoint": {"nl": "contactmoment wijzigen", "en": "change touchpoint"},
    "edit_change_transition": {"nl": "overgang wijzigen", "en": "change transition"},
    "edit_change_group": {"nl": "groep wijzigen", "en": "change group"},
    "edit_change_respondent": {"nl": "respondent wijzigen", "en": "change respondent"},
    "edit_change_quote": {"nl": "citaat wijzigen", "en": "change quote"},
    "edit_change_score": {"nl": "score wijzigen", "en": "change score"},
    "edit_remove_phase": {"nl": "fase verwijderen", "en": "delete phase"},
    "edit_remove_actor": {"nl": "actor verwijderen", "en": "delete actor"},
    "edit_remove_touchpoint": {"nl": "contactmoment verwijderen", "en": "delete touchpoint"},
    "edit_remove_transition": {"nl": "overgang verwijderen", "en": "delete transition"},
    "edit_remove_group": {"nl": "groep verwijderen", "en": "delete group"},
    "edit_remove_respondent": {"nl": "respondent verwijderen", "en": "delete respondent"},
    "edit_remove_quote": {"nl": "citaat verwijderen", "en": "delete quote"},
    "edit_remove_score": {"nl": "score verwijderen", "en": "delete score"},
    "edit_remove_selection": {"nl": "selectie verwijderen", "en": "delete selection"},
    "edit_move_touchpoint": {"nl": "contactmoment verplaatsen", "en": "move touchpoint"},
    "edit_rename_touchpoint": {"nl": "contactmoment hernoemen", "en": "rename touchpoint"},
    "edit_change_field": {"nl": "{field} wijzigen", "en": "change {field}"},
    "edit_rename_phase": {"nl": "fase hernoemen", "en": "rename phase"},
    "edit_move_phase": {"nl": "fase verplaatsen", "en": "move phase"},
    "edit_move_actor": {"nl": "actor verplaatsen", "en": "move actor"},
    "edit_paste": {"nl": "plakken", "en": "paste"},
    "edit_duplicate": {"nl": "dupliceren", "en": "duplicate"},
    "edit_relayout": {"nl": "opnieuw ordenen", "en": "rearrange"},
    "edit_import_json": {"nl": "JSON importeren", "en": "import JSON"},
    "edit_change_info": {"nl": "reisgegevens wijzigen", "en": "change journey details"},
    "edit_change_attributes": {"nl": "kenmerken wijzigen", "en": "change attributes"},
    "edit_restore_version": {"nl": "vorige versie terugzetten", "en": "restore previous version"},
    "edit_redact": {"nl": "persoonsgegeven vervangen", "en": "redact personal data"},
    "edit_privacy_settings": {"nl": "privacy-instellingen wijzigen", "en": "change privacy settings"},
    "edit_pdf_options": {"nl": "PDF-instellingen wijzigen", "en": "change PDF settings"},
    "edit_capture_quote": {"nl": "citaat vastleggen", "en": "capture quote"},
    "edit_vote": {"nl": "stem vastleggen", "en": "record vote"},
    "edit_clear_vote": {"nl": "stem wissen", "en": "clear vote"},
    "edit_place_quote": {"nl": "citaten plaatsen", "nl_one": "citaat plaatsen",
                         "en": "place quotes", "en_one": "place quote"},
    "edit_park_quote": {"nl": "naar de parkeerplaats", "en": "to the parking lot"},
    "edit_move_quote": {"nl": "{count} citaten verplaatsen", "nl_one": "citaat verplaatsen",
                        "en": "move {count} quotes", "en_one": "move quote"},
    "edit_tag_quotes": {"nl": "label '{tag}' toevoegen", "en": "add tag '{tag}'"},
    "edit_remove_quotes": {"nl": "{count} citaten verwijderen", "en": "delete {count} quotes"},
    # CSV import and export (klantreis/io/table.py, quote_import.py, respondent_import.py; exports/quote_csv.py)
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
    "edit_import_csv": {"nl": "citaten importeren uit CSV", "en": "import quotes from CSV"},
    "edit_import_respondents": {"nl": "respondenten importeren", "en": "import respondents"},
    # command line
    "cli_usage_error": {"nl": "{detail} (zie 'python main.py --help')",
                        "en": "{detail} (see 'python main.py --help')"},
    "cli_converted": {"nl": "{source} → {target}: {touchpoints} contactmomenten, {quotes} citaten",
                      "en": "{source} → {target}: {touchpoints} touchpoints, {quotes} quotes"},
    "export_needs_output": {"nl": "geef minstens één van --pdf, --png, --json, --csv met een bestandsnaam",
                            "en": "give at least one of --pdf, --png, --json, --csv with a file name"},
    "privacy_finding": {"nl": "{kind} in {where}: {context}", "en": "{kind} in {where}: {context}"},
    "privacy_small_group": {"nl": "kleine groep (minder dan {k}): {codes} met {attributes}",
                            "en": "small group (fewer than {k}): {codes} with {attributes}"},
    "privacy_ok": {"nl": "geen persoonsgegevens gevonden", "en": "no personal data found"},
    "privacy_text_changed": {"nl": "de tekst is veranderd sinds de controle",
                             "en": "the text changed since the check"},
    "privacy_name": {"nl": "naam", "en": "name"},
    "privacy_word": {"nl": "woord uit de woordenlijst", "en": "word from the word list"},
    "privacy_bsn": {"nl": "BSN", "en": "citizen service number"},
    "privacy_phone": {"nl": "telefoonnummer", "en": "phone number"},
    "privacy_email": {"nl": "e-mailadres", "en": "e-mail address"},
    "privacy_address": {"nl": "adres", "en": "address"},
    "privacy_birth_date": {"nl": "geboortedatum", "en": "date of birth"},
    "privacy_possible_name": {"nl": "mogelijke naam", "en": "possible name"},
    "privacy_iban": {"nl": "rekeningnummer (IBAN)", "en": "bank account number (IBAN)"},
    "privacy_plate": {"nl": "kenteken", "en": "licence plate"},
    "privacy_age": {"nl": "leeftijd", "en": "age"},
    "privacy_place": {"nl": "kleine plaats (hint)", "en": "small place (hint)"},
    "privacy_at_touchpoint": {"nl": "citaat bij {number}. {title}", "en": "quote at {number}. {title}"},
    "privacy_parked": {"nl": "citaat op de parkeerplaats", "en": "quote in the parking lot"},
    "privacy_field_text": {"nl": "tekst", "en": "text"},
    "privacy_field_translation": {"nl": "vertaling", "en": "translation"},
    "privacy_field_title": {"nl": "titel", "en": "title"},
    "privacy_field_description": {"nl": "beschrijving", "en": "description"},
    "privacy_field_norm": {"nl": "norm", "en": "norm"},
    "privacy_field_internal_note": {"nl": "interne notitie", "en": "internal note"},
    "privacy_field_note": {"nl": "notitie", "en": "note"},
    "privacy_field_attribute": {"nl": "kenmerk {name}", "en": "attribute {name}"},
    "kind_quote": {"nl": "citaat", "en": "quote"},
    "kind_touchpoint": {"nl": "contactmoment", "en": "touchpoint"},
    "kind_group": {"nl": "groep", "en": "group"},
    "kind_respondent": {"nl": "respondent", "en": "respondent"},
    "cli_generated": {"nl": "{target}: {touchpoints} contactmomenten, {quotes} citaten", "en": "{target}: {touchpoints} touchpoints, {quotes} quotes"},
    "export_written": {"nl": "{path} geschreven", "en": "{path} written"},
}


def set_language(language: str) -> None:
    """Choose the language of messages: 'nl' (default) or 'en'."""
    global _language
    _language = "en" if language.startswith("en") else "nl"


def language() -> str:
    return _language


def message(code: str, /, **params: object) -> str:
    """The text of message ``code`` in the current language, with ``params`` filled in."""
    texts = MESSAGES.get(code)
    if texts is None:
        return code
    text = texts[_language]
    if params.get("count") == 1:  # a singular form where the message has one
        text = texts.get(f"{_language}_one", text)
    try:
        return text.format(**params)
    except (KeyError, IndexError):
        return text
