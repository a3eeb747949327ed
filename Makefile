# indsigt — two commands: `make demo` and `make test`. Both set everything up from a fresh clone.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell sha1sum pyproject.toml | cut -c1-12)
SPARK  := $(VENV)/.spark-$(shell sha1sum pyproject.toml | cut -c1-12)

.PHONY: setup demo test lint format bench clean

# setup.py compiles the name search (mypyc): a changed module there is built again
NAMES  := $(wildcard src/indsigt/protect/names/*.py)

setup: $(STAMP)

$(STAMP): pyproject.toml setup.py $(NAMES)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	bash scripts/build-deps.sh
	$(BIN)/pip install -q -U pip setuptools wheel
	$(BIN)/pip install -q -e '.[dev]'
	rm -f $(VENV)/.installed-*
	touch $@

demo: setup
	$(BIN)/indsigt demo

# the [spark] extra (PySpark; Java from scripts/test-deps.sh): the tests run the analysis on Spark once
$(SPARK): $(STAMP)
	$(BIN)/pip install -q -e '.[dev,spark]'
	rm -f $(VENV)/.spark-*
	touch $@

test: setup $(SPARK)
	bash scripts/test-deps.sh
	$(BIN)/ruff check src tests bench setup.py
	$(BIN)/ruff format --check src tests bench setup.py
	$(BIN)/lint-imports --config pyproject.toml
	bash scripts/run-tests.sh

lint: setup
	$(BIN)/ruff check src tests bench setup.py
	$(BIN)/lint-imports --config pyproject.toml

format: setup
	$(BIN)/ruff format src tests bench setup.py
	$(BIN)/ruff check --fix src tests bench setup.py

bench: setup
	$(BIN)/pip install -q -e '.[dev,bench]'
	bash bench/run_all.sh

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis artifacts build
	rm -f src/indsigt_names__mypyc*.so src/indsigt/protect/names/*.so src/indsigt/protect/names/compiled.sha256
