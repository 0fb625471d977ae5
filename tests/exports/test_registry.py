"""One registry for every file Klantreis writes: each format is one module with write()."""

from __future__ import annotations

import importlib
import sys
import types

import pytest

from klantreis.exports import registry
from klantreis.io.interchange import load_json
from tests.conftest import EXAMPLES

MAGIC = {"pdf": b"%PDF", "png": b"\x89PNG", "json": b"{", "csv": "\ufeffnummer".encode(),
         "xlsx": b"PK\x03\x04", "qdpx": b"PK\x03\x04", "qdc": b"<?xml"}


@pytest.mark.parametrize("name", sorted(registry.FORMATS))
def test_every_format_writes_its_file(name, tmp_path):
    journey = load_json(EXAMPLES[0])
    format_ = registry.FORMATS[name]
    assert callable(importlib.import_module(format_.module).write)
    path = tmp_path / f"uit{format_.suffix}"
    steps = []
    registry.write(name, journey, path, registry.Options(progress=lambda d, t: steps.append((d, t))))
    assert path.read_bytes().startswith(MAGIC[name])
    if name in ("pdf", "png"):
        assert steps and steps[-1][0] == steps[-1][1]  # progress reached its end
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]  # no temp files left


def test_the_quote_csv_writes_the_chosen_quotes_in_their_order(tmp_path):
    from klantreis.io.table import read_table

    journey = load_json(EXAMPLES[0])
    chosen = (journey.quotes[3].id, journey.quotes[0].id, "weg")
    count = registry.write("csv", journey, tmp_path / "c.csv", registry.Options(quote_ids=chosen))
    rows = read_table(tmp_path / "c.csv").rows
    assert count == 2 and [r[8] for r in rows] == [journey.quotes[3].text, journey.quotes[0].text]


def test_a_new_format_is_one_module_and_one_entry(tmp_path, monkeypatch):
    module = types.ModuleType("klantreis_test_format")
    module.write = lambda journey, path, options: path.write_text(journey.info.title) and 1
    monkeypatch.setitem(sys.modules, module.__name__, module)
    monkeypatch.setitem(registry.FORMATS, "txt",
                        registry.Format("txt", ".txt", module.__name__, "de titel"))
    journey = load_json(EXAMPLES[0])
    assert registry.write("txt", journey, tmp_path / "t.txt") == 1
    assert (tmp_path / "t.txt").read_text() == journey.info.title
    from klantreis.exports.cli import build_parser

    assert "--txt" in build_parser().format_help()
