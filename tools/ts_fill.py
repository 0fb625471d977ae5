"""Fill unfinished entries of a Qt translation file from a file of "Dutch<TAB>translation" lines
(after ``make translations`` added them, empty or with lupdate's guess), keeping the layout:

    .venv/bin/python tools/ts_fill.py new-texts.tsv                       # ui/i18n/klantreis_en.ts
    .venv/bin/python tools/ts_fill.py plurals.tsv ui/i18n/klantreis_nl.ts  # the Dutch plural forms

A text with %n takes "singular|plural" as its translation. Prints what is still unfinished.
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path
from xml.sax.saxutils import escape

EN = Path(__file__).resolve().parent.parent / "ui" / "i18n" / "klantreis_en.ts"
ENTRY = re.compile(r'(<source>(?P<source>[^<]*)</source>\s*)'
                   r'<translation type="unfinished">(?P<guess>[^<]*)</translation>')
PLURAL = re.compile(r'(?P<head><source>(?P<source>[^<]*)</source>\s*)<translation type="unfinished">'
                    r'(?P<body>(?:\s*<numerusform>[^<]*</numerusform>)+)\s*</translation>')


def _xml(text: str) -> str:
    return escape(text, {"'": "&apos;", '"': "&quot;"})


def main(pairs_file: str, ts: str | None = None) -> int:
    target = Path(ts) if ts else EN
    pairs = {}
    for line in Path(pairs_file).read_text(encoding="utf-8").splitlines():
        if "\t" in line:
            dutch, english = line.split("\t", 1)
            pairs[dutch.replace("\\n", "\n")] = english.replace("\\n", "\n")
    left = []

    def fill(match: re.Match) -> str:
        source = html.unescape(match.group("source"))
        if source not in pairs:  # (lupdate's guess from the same text elsewhere is shown too)
            left.append(source + (f"  [guess: {match.group('guess')}]" if match.group("guess") else ""))
            return match.group(0)
        return f"{match.group(1)}<translation>{_xml(pairs[source])}</translation>"

    def fill_plural(match: re.Match) -> str:
        source = html.unescape(match.group("source"))
        if source not in pairs or "|" not in pairs[source]:
            left.append(source + "  [plural: singular|plural]")
            return match.group(0)
        forms = "".join(f"\n            <numerusform>{_xml(f)}</numerusform>"
                        for f in pairs[source].split("|"))
        return f"{match.group('head')}<translation>{forms}\n        </translation>"

    text = ENTRY.sub(fill, target.read_text(encoding="utf-8"))
    target.write_text(PLURAL.sub(fill_plural, text), encoding="utf-8")
    for text in left:
        print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
