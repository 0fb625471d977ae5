"""Indicators and the toetsingskader: their undo steps and messages (klantreis/evidence/assessment.py)."""

TEXTS: dict[str, dict[str, str]] = {
    # undo steps ("Ongedaan maken: ...")
    "edit_add_indicator": {"nl": "indicator toevoegen", "en": "add indicator"},
    "edit_change_indicator": {"nl": "indicator wijzigen", "en": "change indicator"},
    "edit_remove_indicator": {"nl": "{count} indicatoren verwijderen",
                              "nl_one": "indicator verwijderen",
                              "en": "delete {count} indicators", "en_one": "delete indicator"},
    "edit_add_question": {"nl": "deelvraag toevoegen", "en": "add sub-question"},
    "edit_change_question": {"nl": "deelvraag wijzigen", "en": "change sub-question"},
    "edit_remove_question": {"nl": "deelvraag verwijderen", "en": "delete sub-question"},
    "edit_add_category": {"nl": "categorie toevoegen", "en": "add category"},
    "edit_rename_category": {"nl": "categorie hernoemen", "en": "rename category"},
    "edit_remove_category": {"nl": "categorie verwijderen", "en": "delete category"},
    "edit_add_norm": {"nl": "norm toevoegen", "en": "add norm"},
    "edit_change_norm": {"nl": "norm wijzigen", "en": "change norm"},
    "edit_change_reasoning": {"nl": "onderbouwing wijzigen", "en": "change reasoning"},
    "edit_remove_norm": {"nl": "norm verwijderen", "en": "delete norm"},
    "edit_assess_norm": {"nl": "beoordeling wijzigen", "en": "change assessment"},
    "edit_link_evidence": {"nl": "bewijs koppelen", "en": "link evidence"},
    "edit_unlink_evidence": {"nl": "bewijs loskoppelen", "en": "unlink evidence"},
    "edit_add_document": {"nl": "documentverwijzing toevoegen", "en": "add document reference"},
    "edit_remove_document": {"nl": "documentverwijzing verwijderen",
                             "en": "delete document reference"},
    # what a user typed
    "number_not_understood": {
        "nl": "{what}: '{value}' is geen getal. Typ alleen een getal, bijvoorbeeld 85 of 12,5 "
              "(of laat het veld leeg).",
        "en": "{what}: '{value}' is not a number. Type just a number, for example 85 or 12.5 "
              "(or leave the field empty)."},
    "number_ambiguous": {
        "nl": "{what}: '{value}' kan {whole} of {decimal} betekenen. Typ {whole} (zonder punt) "
              "of {decimal}.",
        "en": "{what}: '{value}' can mean {whole} or {decimal}. Type {whole} (without a "
              "separator) or {decimal}."},
    "touchpoint_numbers_not_understood": {
        "nl": "'{value}' is geen lijst van nummers van contactmomenten. Typ bijvoorbeeld 3, 5-7.",
        "en": "'{value}' is not a list of touchpoint numbers. Type for example 3, 5-7."},
    "deadline_first": {"nl": "Vul eerst de termijn in: een aantal dagen, weken, maanden of jaren.",
                       "en": "Fill in the term first: a number of days, weeks, months or years."},
    "unknown_touchpoint_number": {"nl": "Er is geen contactmoment met nummer {number}.",
                                  "en": "There is no touchpoint with number {number}."},
}
