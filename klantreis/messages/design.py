"""The route as designed against the route as lived: comparing with a design
(klantreis/graph/design.py) and the marks on the cards (klantreis/evidence/card_marks.py)."""

TEXTS: dict[str, dict[str, str]] = {
    "edit_compare_design": {"nl": "vergelijken met ontwerp", "en": "compare with design"},
    "design_mark_designed": {"nl": "ontwerp", "en": "design"},
    "design_mark_lived": {"nl": "praktijk", "en": "practice"},
    "design_only_designed": {"nl": "Alleen in het ontwerp: in de praktijk niet gezien",
                             "en": "Only in the design: not seen in practice"},
    "design_only_lived": {"nl": "Alleen in de praktijk: het ontwerp heeft deze stap niet",
                          "en": "Only in practice: the design does not have this step"},
    "design_both": {"nl": "In het ontwerp en in de praktijk", "en": "In the design and in practice"},
    "design_norm": {"nl": "norm {amount} {unit}", "en": "norm {amount} {unit}"},
    "design_realised": {"nl": "werkelijk {amount} {unit}", "en": "actual {amount} {unit}"},
    "design_counted_from": {"nl": "na {start}", "en": "after {start}"},
    "design_exceeded": {"nl": "termijn overschreden", "en": "term exceeded"},
    "design_source": {"nl": "Bron: {source}", "en": "Source: {source}"},
    "design_indicator": {"nl": "{name}: {realised} gerealiseerd, streefwaarde {target}",
                         "en": "{name}: {realised} realised, target {target}"},
    "design_unit_dagen": {"nl": "dg", "en": "d"},
    "design_unit_weken": {"nl": "wk", "en": "wk"},
    "design_unit_maanden": {"nl": "mnd", "en": "mo"},
    "design_unit_jaren": {"nl": "jr", "en": "yr"},
    "design_unit_full_dagen": {"nl": "dagen", "en": "days"},
    "design_unit_full_weken": {"nl": "weken", "en": "weeks"},
    "design_unit_full_maanden": {"nl": "maanden", "en": "months"},
    "design_unit_full_jaren": {"nl": "jaar", "en": "years"},
}
