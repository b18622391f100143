# hronika: `make run` and `make test` are the quick start; `make train` rebuilds the shipped pipeline.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
CORPUS ?= ../shared/data/fullstack-lv
CONFIG ?= training/configs/lv_core.cfg
MODEL := src/hronika/models/lv_hronika_core
RUNS := runs

.PHONY: install run test train evaluate bench

$(BIN)/hronika: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(BIN)/hronika

run: install
	$(BIN)/hronika analyze samples/*.txt --summary

test: install
	$(BIN)/python -m pytest

# spaCy trains on one core: the core pipeline and the NER model train side by side (`-j2`), about 70 minutes here.
SPACY_TRAIN := OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 $(BIN)/python -m spacy train
TRAIN_ARGS := --paths.train corpus/train.spacy --paths.dev corpus/dev.spacy

train: install
	$(BIN)/hronika convert $(CORPUS) corpus
	rm -rf $(RUNS)/core $(RUNS)/ner && mkdir -p $(RUNS)
	$(MAKE) -j2 $(RUNS)/core/model-best $(RUNS)/ner/model-best
	$(BIN)/hronika package $(RUNS)/core/model-best $(MODEL) --ner $(RUNS)/ner/model-best --dev $(CORPUS)/dev

$(RUNS)/%/model-best:
	$(SPACY_TRAIN) training/configs/lv_$*.cfg --output $(RUNS)/$* $(TRAIN_ARGS) > $(RUNS)/$*.log 2>&1

evaluate: install
	$(BIN)/hronika evaluate $(CORPUS)/dev

bench: install
	$(BIN)/hronika bench
