"""The fixed texts of the PDF in Dutch and English (the journey's own texts are printed as they
are). Exports run without Qt, so they keep their own small table instead of Qt's translations."""

from __future__ import annotations

_LABELS: dict[str, dict[str, str]] = {
    "nl": {
        "experience": "Beleving",
        "very_negative": "zeer negatief",
        "negative": "negatief",
        "neutral": "neutraal",
        "positive": "positief",
        "very_positive": "zeer positief",
        "mixed": "gemengd",
        "no_data": "geen gegevens",
        "lines": "Lijnen",
        "route": "route, in de volgorde van de nummers",
        "bottleneck": "knelpunt (rode rand om de smiley)",
        "worlds": "Twee werelden",
        "worlds_note": "Waar statushouders en uitvoerders het meest verschillen (in rood: 2 punten of meer).",
        "worlds_none": "Op geen contactmoment verschillen statushouders en uitvoerders een half punt of meer.",
        "difference": "verschil",
        "no_transition": "geen directe overgang",
        "jump": "vertakking of parallel spoor",
        "loop": "terugkeer (lus)",
        "line_clients": "hartslag statushouders",
        "line_executors": "hartslag uitvoerders",
        "line_all": "hartslag (alle respondenten)",
        "actors": "Actoren",
        "method": "Methode",
        "respondents": "{n} respondenten",
        "respondent": "1 respondent",
        "source": "Bron",
        "made_with": "Gemaakt met Klantreis.",
        "phase": "Fase",
        "actors_of": "Actoren",
        "norm": "Norm of termijn",
        "next": "Daarna",
        "kind_vertakking": "vertakking", "kind_parallel": "parallel", "kind_terugkeer": "terugkeer",
        "kind_omweg": "omweg", "kind_overdracht": "overdracht",
        "votes": "Stemmen",
        "quotes": "Citaten",
        "no_quotes": "Geen citaten bij dit contactmoment.",
        "no_scores": "Beleving: nog geen stemmen of citaten met een sentiment.",
        "mean": "gemiddeld {mean}",
        "spread": "spreiding {spread}",
        "n": "n = {n}",
        "mixed_n": "{n} gemengd",
        "all": "totaal",
        "clients": "statushouders",
        "unknown_respondent": "respondent onbekend",
        "executors": "uitvoerders",
        "original": "Origineel ({language})",
        "translation": "Vertaling",
        "translated_by": "vertaald door {who}",
        "page": "pagina {page}",
        "details": "Contactmomenten per fase",
        "not_placed": "{n} gemarkeerde citaten pasten niet op de kaart; ze staan bij hun contactmoment.",
        "subject": "Klantreis",
        "tolk": "tolk",
        "onderzoeker": "onderzoeker",
        "group": "groep",
        "arrow_labels": "Bij de pijlen",
        "more_labels": "en nog {n}: zie ‘Daarna’ op de detailpagina’s",
    },
    "en": {
        "experience": "Experience",
        "very_negative": "very negative",
        "negative": "negative",
        "neutral": "neutral",
        "positive": "positive",
        "very_positive": "very positive",
        "mixed": "mixed",
        "no_data": "no data",
        "lines": "Lines",
        "route": "route, in the order of the numbers",
        "bottleneck": "bottleneck (red ring around the smiley)",
        "worlds": "Two worlds",
        "worlds_note": "Where status holders and professionals differ most (in red: 2 points or more).",
        "worlds_none": "On no touchpoint do status holders and professionals differ by half a point or more.",
        "difference": "difference",
        "no_transition": "no direct transition",
        "jump": "branch or parallel track",
        "loop": "return (loop)",
        "line_clients": "heartbeat of status holders",
        "line_executors": "heartbeat of professionals",
        "line_all": "heartbeat (all respondents)",
        "actors": "Actors",
        "method": "Method",
        "respondents": "{n} respondents",
        "respondent": "1 respondent",
        "source": "Source",
        "made_with": "Made with Klantreis.",
        "phase": "Phase",
        "actors_of": "Actors",
        "norm": "Norm or deadline",
        "next": "Next",
        "kind_vertakking": "branch", "kind_parallel": "parallel", "kind_terugkeer": "return",
        "kind_omweg": "detour", "kind_overdracht": "handover",
        "votes": "Votes",
        "quotes": "Quotes",
        "no_quotes": "No quotes for this touchpoint.",
        "no_scores": "Experience: no votes or quotes with a sentiment yet.",
        "mean": "mean {mean}",
        "spread": "spread {spread}",
        "n": "n = {n}",
        "mixed_n": "{n} mixed",
        "all": "all",
        "clients": "status holders",
        "unknown_respondent": "respondent unknown",
        "executors": "professionals",
        "original": "Original ({language})",
        "translation": "Translation",
        "translated_by": "translated by {who}",
        "page": "page {page}",
        "details": "Touchpoints by phase",
        "not_placed": "{n} highlighted quotes did not fit on the map; they are listed with their touchpoint.",
        "subject": "Client journey",
        "tolk": "interpreter",
        "onderzoeker": "researcher",
        "group": "group",
        "arrow_labels": "On the arrows",
        "more_labels": "and {n} more: see ‘Next’ on the detail pages",
    },
}


def right_to_left(language: str) -> bool:
    """The direction of lines made of labels (an attribution, a quote's source line): that of
    the label language, not of the names in them."""
    return language in ("ar", "fa", "prs", "he", "ur")


def labels(language: str) -> dict[str, str]:
    """The label table of ``language`` ("nl" or "en")."""
    return _LABELS[language]


def number(value: float, language: str, *, signed: bool = False) -> str:
    """One decimal, with a decimal comma in Dutch and a real minus sign."""
    text = f"{value:+.1f}" if signed else f"{value:.1f}"
    if language == "nl":
        text = text.replace(".", ",")
    return text.replace("-", "–")  # (the bundled fonts have no minus sign; an en dash reads as one)
