# make test: create .venv when missing, install, run the test suite.
# make demo: create .venv when missing, install, run the bundled demo.
# make bench: also install the peers (Scrapy, trafilatura, LinkChecker) and run the benchmarks.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: test demo bench clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@

$(VENV)/.installed-bench: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[test,bench]'
	touch $@

test: $(VENV)/.installed
	$(BIN)/python -m pytest

demo: $(VENV)/.installed
	rm -rf demo-workspace
	$(BIN)/python -m scan demo demo-workspace

bench: $(VENV)/.installed-bench
	for b in bench/bench_*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) demo-workspace
