"""A lazy module is imported at its first use, once, also when threads ask for it at once."""

from __future__ import annotations

import sys
import threading

from klantreis.lazy import lazy_module


def test_imported_at_first_use_and_once_for_many_threads(tmp_path, monkeypatch):
    (tmp_path / "slow_to_import.py").write_text(
        "import time\nCOUNT = []\ntime.sleep(0.2)\nCOUNT.append(1)\nVALUE = 42\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    module = lazy_module("slow_to_import")
    assert "slow_to_import" not in sys.modules
    seen, errors = [], []

    def use() -> None:
        try:
            seen.append(module.VALUE)
        except Exception as error:  # noqa: BLE001 (any failure of a thread is the finding)
            errors.append(error)

    threads = [threading.Thread(target=use) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == [] and seen == [42] * 8
    assert sys.modules["slow_to_import"].COUNT == [1]
    monkeypatch.delitem(sys.modules, "slow_to_import")
