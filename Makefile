# Two commands do all set-up: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-long eval lint clean

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	@$(BIN)/newsline ingest seeds --quiet
	@$(BIN)/newsline run

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/pytest -q

test-long: $(STAMP)
	$(BIN)/pytest -q -m long

lint: $(STAMP)
	$(BIN)/ruff check .

clean:
	rm -rf $(VENV) data/newsline.db*

eval: $(STAMP)
	$(BIN)/python bench/eval.py
