# tierscope: the two commands a fresh machine needs are `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
TS     := $(VENV)/bin/tierscope
DB     ?= tierscope.db

.PHONY: install demo test bench eval clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed

## Set up, ingest the bundled demo corpus into ./tierscope.db and print what was found.
demo: install
	$(TS) ingest examples/news --db $(DB)
	$(TS) companies --db $(DB)
	$(TS) relations --db $(DB)

## Set up and run the whole test suite.
test: install
	bash scripts/test-setup.sh
	$(PY) -m pytest -q

## Throughput and peak memory of extract and ingest on a generated corpus (not part of the tests):
## txt and html, at BENCH_N/4, BENCH_N/2 and BENCH_N articles; `make bench BENCH_N=100` for a quick look.
BENCH_N ?= 2000
bench: install
	$(PY) bench/run.py -n $(BENCH_N)

## Accuracy on the project's golden set (see docs/accuracy.md).
eval: install
	$(TS) eval tests/golden/gold.jsonl --json-out build/eval-golden.json

clean:
	rm -rf $(VENV) build bench/out .pytest_cache
