"""The columns of a quote table: what the quote export (exports/quote_csv.py)
writes and the quote import (:mod:`klantreis.io.quote_import`) reads back."""

# what the export writes for a quote of a group whose respondent is not known, and what the
# import reads as "no respondent" (a project whose respondent is really coded "onbekend" would
# have to rename it)
UNKNOWN_RESPONDENT_CELL = "(onbekend)"
UNKNOWN_RESPONDENT = frozenset({"(onbekend)", "onbekend", "(unknown)", "unknown", "?"})

EXPORT_COLUMNS: tuple[str, ...] = (
    "nummer", "contactmoment", "fase", "respondent", "groep", "perspectief", "sentiment", "taal",
    "tekst", "vertaling", "vertaald door", "herkomst", "bron", "labels", "vastgelegd op",
)
ATTRIBUTE_PREFIX = "kenmerk: "
