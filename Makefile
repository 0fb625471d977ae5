# Klantreis: two commands on a fresh machine.
#   make run    open the app (with the Raalte example when no FILE is given)
#   make test   the whole test suite, headless
# Both create .venv from pyproject.toml first; it is re-installed only when pyproject.toml changed.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-from-pyproject
ARGS   ?=

.PHONY: venv run test lint clean

venv: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade "pip>=23"
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@touch $(STAMP)

run: venv
	$(PY) main.py $(ARGS)

test: venv
	@QT_QPA_PLATFORM=offscreen $(PY) tools/check_qt_libs.py
	$(PY) -m ruff check .
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

lint: venv
	$(PY) -m ruff check .

clean:
	rm -rf $(VENV) .pytest_cache build *.egg-info
