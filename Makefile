# Klantreis: two commands on a fresh machine.
#   make run    open the app (with the Raalte example when no FILE is given)
#   make test   the whole test suite, headless
# Both create .venv from pyproject.toml first; it is re-installed only when pyproject.toml changed.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-from-pyproject
ARGS   ?=
# in CI (CI=true) the suite includes the long tests: the 50-kill crash run, about 1.5 minutes
PYTEST_ARGS ?= $(if $(filter true 1 yes,$(CI)),--slow)
# translations: Dutch is the source language; the .ts files and the .qm files built from them are
# kept in the repository (ui/i18n/klantreis_en.qm: English; klantreis_nl.qm: Dutch plurals), so a
# wheel built from a clean clone carries them; tests/ui/test_translations.py checks they are current
TS     := ui/i18n/klantreis_en.ts ui/i18n/klantreis_nl.ts ui/i18n/qt_wording_en.ts ui/i18n/qt_wording_nl.ts
SOURCES = $(wildcard ui/*.py ui/canvas/*.py)

.PHONY: venv run test lint clean translations qm bench

venv: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade "pip>=23"
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@touch $(STAMP)

# refresh the .ts files after changing user-facing texts, translate the new entries
# (pyside6-linguist ui/i18n/klantreis_en.ts, or tools/ts_fill.py), then `make qm`; a test fails
# while any entry is untranslated or a .qm is older than its .ts
translations: venv
	$(VENV)/bin/pyside6-lupdate -silent -no-obsolete -locations none -source-language nl_NL -target-language en_GB $(SOURCES) -ts ui/i18n/klantreis_en.ts
	$(VENV)/bin/pyside6-lupdate -silent -no-obsolete -locations none -pluralonly -source-language nl_NL -target-language nl_NL $(SOURCES) -ts ui/i18n/klantreis_nl.ts
	$(MAKE) qm

qm: venv
	for ts in $(TS); do $(VENV)/bin/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm; done

run: venv
	$(PY) main.py $(ARGS)

test: venv
	@QT_QPA_PLATFORM=offscreen $(PY) tools/check_qt_libs.py
	$(PY) -m ruff check .
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

# speed figures (medians, ratios to baselines), printed and written to bench.json; not a test
bench: venv
	QT_QPA_PLATFORM=offscreen $(PY) tools/bench.py

lint: venv
	$(PY) -m ruff check .

clean:
	rm -rf $(VENV) .pytest_cache build *.egg-info
