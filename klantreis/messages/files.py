"""Files: opening, saving, locks, side files, versions (klantreis/store, klantreis/io)."""

TEXTS: dict[str, dict[str, str]] = {
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
    "withheld_transcripts": {"nl": "{count} transcripten", "nl_one": "1 transcript",
                             "en": "{count} transcripts", "en_one": "1 transcript"},
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
}
