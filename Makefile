# The two commands of the README.  Everything they need is installed here.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PORT   ?= 8001

.PHONY: run test setup test-setup corpus clean

## run: set up, ingest raw/ into processed/protokoll.db and serve it on http://127.0.0.1:$(PORT)
run: setup
	$(BIN)/protokoll build raw/ --db processed/protokoll.db
	$(BIN)/protokoll serve --db processed/protokoll.db --port $(PORT)

## test: set up with test tools (and the browser the page tests drive), check lint, format, layers and types, run every test
test: test-setup
	$(BIN)/ruff check pipeline tests benchmarks notebooks
	$(BIN)/ruff format --check pipeline tests benchmarks notebooks
	$(BIN)/lint-imports
	$(BIN)/mypy
	$(BIN)/pytest -n 2 --dist loadfile

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

setup: $(BIN)/python
	bash scripts/install-system-deps.sh --runtime || echo "warning: could not install Tesseract; scanned pages will not be OCR'd" >&2
	$(BIN)/pip install --quiet -e .

test-setup: $(BIN)/python
	bash scripts/install-system-deps.sh
	$(BIN)/pip install --quiet -e ".[test]"

## corpus: regenerate the bundled sample PDFs in raw/ and their expected JSON in tests/golden/
corpus: test-setup
	$(BIN)/python tests/make_corpus.py

clean:
	rm -rf processed/cache processed/protokoll.db*
