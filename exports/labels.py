"""The fixed texts of the PDF in the PDF's language (the journey's own texts are printed as they
are), from the one catalogue of the Qt-free layers (:mod:`klantreis.messages`, keys "pdf_*"),
and how numbers and label lines are written in it."""

from __future__ import annotations

from klantreis.messages import texts


def right_to_left(language: str) -> bool:
    """The direction of lines made of labels (an attribution, a quote's source line): that of
    the label language, not of the names in them."""
    return language in ("ar", "fa", "prs", "he", "ur")


def labels(language: str) -> dict[str, str]:
    """The label table of ``language`` ("nl" or "en"): word -> text."""
    return texts("pdf_", language)


def number(value: float, language: str, *, signed: bool = False) -> str:
    """One decimal, with a decimal comma in Dutch and a real minus sign."""
    text = f"{value:+.1f}" if signed else f"{value:.1f}"
    if language == "nl":
        text = text.replace(".", ",")
    return text.replace("-", "–")  # (the bundled fonts have no minus sign; an en dash reads as one)


def plain_number(value: float, language: str) -> str:
    """A whole number as it is (36), else with up to two decimals (1,5 in Dutch)."""
    text = f"{value:.0f}" if float(value).is_integer() else f"{value:.2f}".rstrip("0")
    if language == "nl":
        text = text.replace(".", ",")
    return text.replace("-", "–")


def duration(value: float, unit, words: dict[str, str], language: str, *, short: bool = False) -> str:
    """A deadline's amount or a realised duration with its unit: "36 maanden", "36 mnd"."""
    kind = "unit_short_" if short else "unit_one_" if value == 1 else "unit_"
    key = kind + str(getattr(unit, "value", unit))
    return f"{plain_number(value, language)} {words.get(key, str(unit))}"
