# Two commands set up a fresh clone:  `make site` (install, then build the sample content into site/)
# and `make test` (install the test tools too, then lint and run the tests).
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin
# argostranslate needs stanza, which needs torch: install the CPU build first, or pip fetches a CUDA
# build of several GB. Where pip does not find the CPU build by itself, point it at PyTorch's CPU index
# with TORCH_PIP_ARGS (see README).
TORCH ?= torch==2.13.0
TORCH_PIP_ARGS ?=

.PHONY: site test install install-test bench clean

site: install
	$(BIN)/briefgen build

test: install-test
	$(BIN)/ruff check .
	$(BIN)/pytest

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet $(TORCH_PIP_ARGS) "$(TORCH)"
	$(BIN)/pip install --quiet -e ".[search]"
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(BIN)/pip install --quiet -e ".[test]"
	touch $@

# The side-by-side benchmark needs Debian's hugo (apt-get install hugo); it leaves out what is missing.
bench: install
	$(BIN)/pip install --quiet -e ".[bench]"
	$(BIN)/python bench/compare.py
	$(BIN)/python bench/translate_bench.py

clean:
	rm -rf site .briefgen-cache
