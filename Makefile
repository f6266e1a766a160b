# make run: set up .venv, extract the bundled example stories, print the events.
# make test: set up .venv with the test extras and run the whole test suite.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
EXTRAS ?= ner,web,postgres,spark,scale,build,test

.PHONY: run test venv clean bench

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

venv: $(BIN)/python
	$(BIN)/pip install -q -e '.[ner]'

run: venv
	mkdir -p out
	$(BIN)/hadath extract examples/stories.jsonl --format jsonl -o out/events.jsonl
	$(BIN)/hadath show out/events.jsonl

test: $(BIN)/python
	$(BIN)/pip install -q -e '.[$(EXTRAS)]'
	$(BIN)/python -m pytest -q $(PYTEST_ARGS)

bench: venv
	$(BIN)/python bench/throughput.py

clean:
	rm -rf $(VENV) out build *.egg-info
