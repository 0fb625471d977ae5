"""A name typed without an extension in Qt's own save dialog gets the chosen filter's one."""

from __future__ import annotations

from pathlib import Path

from klantreis.ui.prompts import with_filter_suffix


def test_the_chosen_filter_gives_the_extension_a_name_lacks():
    assert with_filter_suffix(Path("/tmp/citaten"), "Excel-werkmap (*.xlsx)") == Path("/tmp/citaten.xlsx")
    assert with_filter_suffix(Path("/tmp/citaten"), "CSV-bestanden (*.csv)") == Path("/tmp/citaten.csv")
    assert with_filter_suffix(Path("/tmp/citaten.csv"), "Excel-werkmap (*.xlsx)") == Path("/tmp/citaten.csv")
    assert with_filter_suffix(Path("/tmp/citaten"), "Alle bestanden (*)") == Path("/tmp/citaten")
    assert with_filter_suffix(Path("/tmp/citaten"), "") == Path("/tmp/citaten")
