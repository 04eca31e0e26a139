# JobCRM — the two commands: `make run` and `make test`. Both build .venv from the pinned locks.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint bench screenshots translations clean

$(STAMP): pyproject.toml requirements.lock requirements-dev.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/jobcrm $(ARGS)

lint: $(STAMP)
	$(BIN)/ruff check jobcrm tests tools bench main.py

test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q $(PYTEST_ARGS)

# The figures of issue 9 at job-centre scale, each with its floor (the scale database is cached in
# ~/.cache/jobcrm-bench). Prints the table and writes bench-results.json. BENCH_ARGS="--quick" to try things.
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench $(BENCH_ARGS)

# Re-extract translatable strings into resources/i18n/jobcrm_da.ts and compile the .qm the app loads.
translations: $(STAMP)
	$(BIN)/python tools/i18n.py

screenshots: $(STAMP)
	$(BIN)/python tools/screenshots.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache build *.egg-info
