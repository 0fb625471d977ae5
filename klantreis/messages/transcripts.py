"""Transcripts: reading them in (klantreis/io/transcript_read.py), importing them
(klantreis/io/transcript_import.py, the command line) and coding their passages
(klantreis/evidence/passages.py)."""

TEXTS: dict[str, dict[str, str]] = {
    "transcript_unknown_extension": {
        "nl": "'{name}' is geen transcript dat Klantreis kan lezen: gebruik een .txt-, .docx-, "
              ".vtt- of .srt-bestand.",
        "en": "'{name}' is not a transcript Klantreis can read: use a .txt, .docx, .vtt or .srt "
              "file."},
    "transcript_not_text": {
        "nl": "'{name}' is geen tekst in UTF-8 of UTF-16 (regel {line}). Sla het bestand op als "
              "UTF-8-tekst (in Kladblok: Opslaan als, codering UTF-8) en probeer het opnieuw.",
        "en": "'{name}' is not text in UTF-8 or UTF-16 (line {line}). Save the file as UTF-8 text "
              "(in Notepad: Save as, encoding UTF-8) and try again."},
    "transcript_zip_as_text": {
        "nl": "'{name}' is geen tekst maar lijkt een Word-document (.docx) of ander zip-bestand. "
              "Is het een Word-document, geef het bestand dan de extensie .docx en importeer het "
              "opnieuw.",
        "en": "'{name}' is not text but looks like a Word document (.docx) or another zip file. "
              "If it is a Word document, give the file the extension .docx and import it again."},
    "transcript_doc_as_text": {
        "nl": "'{name}' is geen tekst maar lijkt een oud Word-document (.doc). Open het in Word, "
              "sla het op als .docx en importeer dat bestand.",
        "en": "'{name}' is not text but looks like an old Word document (.doc). Open it in Word, "
              "save it as .docx and import that file."},
    "transcript_empty": {"nl": "'{name}' bevat geen tekst.", "en": "'{name}' holds no text."},
    "transcript_too_large": {
        "nl": "'{name}' is te groot om als transcript te lezen ({size} MB; hoogstens {limit} MB).",
        "en": "'{name}' is too large to read as a transcript ({size} MB; at most {limit} MB)."},
    "transcript_not_zip": {
        "nl": "'{name}' is geen Word-document (.docx): het bestand is beschadigd of heeft de "
              "verkeerde extensie. Open het in Word en sla het op als .docx.",
        "en": "'{name}' is not a Word document (.docx): the file is damaged or has the wrong "
              "extension. Open it in Word and save it as .docx."},
    "transcript_old_word": {
        "nl": "'{name}' is een oud Word-document (.doc) of met een wachtwoord beveiligd. Sla het "
              "in Word op als .docx zonder wachtwoord en probeer het opnieuw.",
        "en": "'{name}' is an old Word document (.doc) or protected by a password. Save it in "
              "Word as .docx without a password and try again."},
    "transcript_not_word": {
        "nl": "'{name}' is geen Word-document (.docx): het is een zip-bestand zonder "
              "Word-tekst.",
        "en": "'{name}' is not a Word document (.docx): it is a zip file without Word text."},
    "transcript_not_vtt": {
        "nl": "'{name}' is geen WebVTT-ondertitelbestand: het begint niet met 'WEBVTT' of een "
              "ondertitel heeft een ongeldige tijd.",
        "en": "'{name}' is not a WebVTT subtitle file: it does not start with 'WEBVTT' or a "
              "subtitle has an invalid time."},
    "transcript_not_srt": {
        "nl": "'{name}' is geen SubRip-ondertitelbestand (.srt): er staat geen genummerde "
              "ondertitel met tijden in.",
        "en": "'{name}' is not a SubRip subtitle file (.srt): it holds no numbered subtitle "
              "with times."},
    "transcript_cue_backwards_at": {
        "nl": "'{name}': ondertitel {cue} (regel {line}: {times}) eindigt voordat hij begint. "
              "Verbeter de tijden van die ondertitel en probeer het opnieuw.",
        "en": "'{name}': subtitle {cue} (line {line}: {times}) ends before it begins. Correct "
              "the times of that subtitle and try again."},
    "transcript_cue_backwards": {
        "nl": "'{name}': ondertitel {cue} eindigt voordat hij begint. Verbeter de tijden van "
              "die ondertitel en probeer het opnieuw.",
        "en": "'{name}': subtitle {cue} ends before it begins. Correct the times of that "
              "subtitle and try again."},
    "transcript_cancelled": {"nl": "Het lezen van '{name}' is afgebroken.",
                             "en": "Reading '{name}' was cancelled."},
    "transcript_label_unknown": {
        "nl": "Het transcript heeft geen spreker '{label}'.",
        "en": "The transcript has no speaker '{label}'."},
    "transcript_label_invalid": {
        "nl": "'{label}' kan geen sprekernaam zijn: gebruik een code of rol van hoogstens "
              "{limit} tekens op één regel, zonder dubbele punt.",
        "en": "'{label}' cannot be a speaker's label: use a code or role of at most {limit} "
              "characters on one line, without a colon."},
    "transcript_passage_blank": {
        "nl": "De gekozen passage bevat alleen witruimte of sprekernamen: kies de woorden "
              "die iemand zei.",
        "en": "The chosen passage holds only white space or speaker labels: choose the words "
              "someone said."},
    "transcript_source_lines": {"nl": "transcript {name} r. {first}-{last}",
                                "en": "transcript {name} l. {first}-{last}"},
    "transcript_source_line": {"nl": "transcript {name} r. {first}",
                               "en": "transcript {name} l. {first}"},
    "transcript_source_times": {"nl": "transcript {name} {begin}-{end}",
                                "en": "transcript {name} {begin}-{end}"},
    "transcript_source_time": {"nl": "transcript {name} {begin}", "en": "transcript {name} {begin}"},
    "transcript_role_onbekend": {"nl": "onbekend", "en": "unknown"},
    "transcript_role_respondent": {"nl": "respondent", "en": "respondent"},
    "transcript_role_interviewer": {"nl": "interviewer", "en": "interviewer"},
    "transcript_role_tolk": {"nl": "tolk", "en": "interpreter"},
    "edit_import_transcript": {"nl": "transcript importeren", "en": "import transcript"},
    "edit_code_passage": {"nl": "passage coderen", "en": "code passage"},
    "cli_transcript_needs_into": {
        "nl": "geef het project waar het transcript in komt met --into BESTAND.klantreis",
        "en": "give the project the transcript goes into with --into FILE.klantreis"},
    "cli_transcript_extra_argument": {
        "nl": "onverwacht argument '{value}': een transcript komt met --into in een project",
        "en": "unexpected argument '{value}': a transcript goes into a project with --into"},
    "cli_transcript_into_not_project": {
        "nl": "'{path}' is geen .klantreis-project: een transcript wordt aan een project "
              "toegevoegd",
        "en": "'{path}' is not a .klantreis project: a transcript is added to a project"},
    "cli_qdpx_needs_target": {
        "nl": "geef het nieuwe project: python main.py import IN.qdpx UIT.klantreis",
        "en": "give the new project: python main.py import IN.qdpx OUT.klantreis"},
    "cli_transcript_names": {
        "nl": "'{path}' is niet geïmporteerd: sprekers die op een naam lijken ({labels}). "
              "Importeer het transcript in de app en geef die sprekers daar een code (R1) of "
              "rol (Interviewer): Klantreis bewaart geen namen.",
        "en": "'{path}' was not imported: speakers that look like names ({labels}). Import the "
              "transcript in the app and give those speakers a code (R1) or role (Interviewer) "
              "there: Klantreis keeps no names."},
    "cli_transcript_file_name": {
        "nl": "'{path}' is niet geïmporteerd: de bestandsnaam lijkt een echte naam te bevatten "
              "({names}). Hernoem het bestand zonder namen, bv. 'interview R3.txt', en "
              "importeer het opnieuw: Klantreis bewaart geen namen.",
        "en": "'{path}' was not imported: the file name seems to hold a real name ({names}). "
              "Rename the file without names, e.g. 'interview R3.txt', and import it again: "
              "Klantreis keeps no names."},
    "cli_transcript_duplicate": {
        "nl": "'{path}' is niet geïmporteerd: het project heeft dit bestand al als transcript "
              "'{name}'.",
        "en": "'{path}' was not imported: the project already holds this file as transcript "
              "'{name}'."},
    "cli_group_unknown": {"nl": "het project heeft geen groep '{group}'",
                          "en": "the project has no group '{group}'"},
    "cli_group_ambiguous": {
        "nl": "'{group}' past bij meer dan één groep ({ids}): geef het id van de groep",
        "en": "'{group}' matches more than one group ({ids}): give the group's id"},
    "cli_transcript_imported": {
        "nl": "{source} → {target}: transcript '{name}', {turns} beurten, sprekers: {speakers}",
        "en": "{source} → {target}: transcript '{name}', {turns} turns, speakers: {speakers}"},
}
