"""Tables from CSV files as Excel writes them: delimiter, encoding, empty rows and columns,
line numbers and bad headers."""

from __future__ import annotations

import pytest

from klantreis.io.table import Table, parse_table, read_table
from klantreis.model.errors import CsvError


def write(tmp_path, text: str, *, bom: bool = False):
    path = tmp_path / "citaten.csv"
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    return path


@pytest.mark.parametrize("d", [",", ";", "\t"])
@pytest.mark.parametrize("bom", [False, True])
def test_read_table_sniffs_the_delimiter_and_skips_the_bom(tmp_path, d, bom):
    path = write(tmp_path, f"tekst{d}contactmoment{d}sentiment\r\nTe lang gewacht{d}2{d}-1\r\n"
                           f"Fijn geholpen{d}Intake{d}+1\r\n", bom=bom)
    table = read_table(path)
    assert table == Table(("tekst", "contactmoment", "sentiment"),
                             (("Te lang gewacht", "2", "-1"), ("Fijn geholpen", "Intake", "+1")),
                             (2, 3), d)


def test_commas_in_texts_of_a_semicolon_file_or_a_single_column_stay_whole():
    table = parse_table("tekst;contactmoment\nIk vond het, eerlijk gezegd, moeilijk;2\n")
    assert (table.delimiter, table.rows) == (";", (("Ik vond het, eerlijk gezegd, moeilijk", "2"),))
    table = parse_table("tekst\nIk vond het, eerlijk gezegd, moeilijk\nNee\n")
    assert (table.delimiter, table.rows) == (";", (("Ik vond het, eerlijk gezegd, moeilijk",), ("Nee",)))


def test_empty_rows_and_columns_are_left_out_and_short_rows_padded():
    table = parse_table("\ntekst;bron;\nA;r. 1;\n;;\n\nB;;\n\n")
    assert table.headers == ("tekst", "bron")
    assert table.rows == (("A", "r. 1"), ("B", ""))
    assert table.lines == (3, 6)
    table = parse_table("tekst;bron;taal\nA\nB;x;nl;;\n")
    assert table.rows == (("A", "", ""), ("B", "x", "nl"))


def test_a_row_with_more_cells_than_the_header_is_refused_with_its_line():
    with pytest.raises(CsvError) as caught:
        parse_table("tekst;bron\nA;x\nB;y;extra\n", source="c.csv")
    assert caught.value.code == "csv_too_many_cells"
    assert str(caught.value).startswith("Regel 3 van 'c.csv' heeft 3 cellen, maar de kopregel heeft 2")
    with pytest.raises(CsvError) as caught:  # an unnamed column is dropped only when it is empty
        parse_table("tekst;bron;\nA;x;;\nB;y;;extra\n")
    assert (caught.value.code, caught.value.params["line"]) == ("csv_too_many_cells", 3)


def test_wrong_encoding_says_which_line_and_how_to_save(tmp_path):
    path = tmp_path / "excel.csv"
    path.write_bytes("tekst;bron\nGoed;x\nCafé;y\n".encode("cp1252"))
    with pytest.raises(CsvError) as caught:
        read_table(path)
    assert caught.value.code == "csv_not_utf8"
    assert caught.value.params["line"] == 3
    assert "UTF-8" in str(caught.value) and '"CSV UTF-8' in str(caught.value)
    assert "(regel 3)" in str(caught.value)


def test_utf16_from_excel_unicode_text_is_read(tmp_path):
    path = tmp_path / "unicode.txt"
    path.write_bytes("tekst\tbron\nCafé\tx\n".encode("utf-16"))
    assert read_table(path).rows == (("Café", "x"),)


def test_missing_and_unreadable_files(tmp_path):
    with pytest.raises(CsvError) as caught:
        read_table(tmp_path / "weg.csv")
    assert caught.value.code == "file_missing" and "weg.csv" in str(caught.value)
    with pytest.raises(CsvError) as caught:
        read_table(tmp_path)
    assert caught.value.code == "file_unreadable"


@pytest.mark.parametrize("text", ["", "   \n\n", "\ufeff", ";;\n"])
def test_an_empty_file_has_no_header(tmp_path, text):
    with pytest.raises(CsvError) as caught:
        read_table(write(tmp_path, text))
    assert caught.value.code == "csv_empty"
    assert "geen kopregel" in str(caught.value)


@pytest.mark.parametrize("header, code, detail", [
    ("tekst;Tekst", "csv_duplicate_header", "'Tekst'"),
    ("tekst;;bron", "csv_empty_header", "Kolom 2"),
])
def test_bad_headers(header, code, detail):
    with pytest.raises(CsvError) as caught:
        parse_table(f"{header}\na;b;c\n")
    assert caught.value.code == code and detail in str(caught.value)


def test_an_unclosed_quote_gives_the_line_where_the_row_starts():
    with pytest.raises(CsvError) as caught:
        parse_table('tekst;bron\nA;x\n"B;y\nC;z\n', source="c.csv")
    assert caught.value.code == "csv_malformed" and caught.value.params["line"] == 3
