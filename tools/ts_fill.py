"""Fill unfinished entries of ui/i18n/klantreis_en.ts from a file of "Dutch<TAB>English" lines
(after ``make translations`` added them, empty or with lupdate's guess), keeping the layout:

    .venv/bin/python tools/ts_fill.py new-texts.tsv

Prints the entries that are still unfinished afterwards.
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path
from xml.sax.saxutils import escape

TS = Path(__file__).resolve().parent.parent / "ui" / "i18n" / "klantreis_en.ts"
ENTRY = re.compile(r'(<source>(?P<source>[^<]*)</source>\s*)'
                   r'<translation type="unfinished">(?P<guess>[^<]*)</translation>')


def main(pairs_file: str) -> int:
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
        text = escape(pairs[source], {"'": "&apos;", '"': "&quot;"})
        return f"{match.group(1)}<translation>{text}</translation>"

    TS.write_text(ENTRY.sub(fill, TS.read_text(encoding="utf-8")), encoding="utf-8")
    for text in left:
        print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
