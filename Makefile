# The two commands a user (and CI) needs: `make demo` and `make test`.
PYTHON ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin
DB ?= demo.duckdb

.PHONY: demo test lint venv dev clean score

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "$(PYTHON) not found: install Python 3.11+ or run 'make PYTHON=python3 ...'"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(VENV)/.installed $@

venv: $(VENV)/.installed
dev: $(VENV)/.installed-dev

## Ingest the bundled sample articles into an embedded DuckDB file and show what was stored.
demo: $(VENV)/.installed
	rm -f $(DB)
	$(BIN)/warta ingest samples/seeds --db $(DB)
	$(BIN)/warta articles --db $(DB)
	$(BIN)/warta events --db $(DB) --limit 12
	$(BIN)/warta extract samples/seeds -o demo-out.jsonl
	@echo "wrote demo-out.jsonl (one JSON object per article)"

## Install the dev extras and run the whole test suite (slow tests included), lint and type checks.
test: $(VENV)/.installed-dev
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy
	$(BIN)/python -m pytest -q -m "not slow"
	$(BIN)/python -m pytest -q -m slow
	@if [ -d ../shared/gold ]; then $(BIN)/python benchmarks/score_gate.py; else echo "../shared not present: score gate skipped"; fi

clean:
	rm -rf $(VENV) demo.duckdb demo-out.jsonl .pytest_cache .mypy_cache .ruff_cache
