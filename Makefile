# hronika: `make run` and `make test` are the quick start; `make train` rebuilds the shipped pipeline.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
CORPUS ?= ../shared/data/fullstack-lv
# LVTB sentences beside FullStack-LV (issue 12), harmonised to its annotation, trained on without entities, with
# `make train EXTRA=../shared/data/lvtb-extra/harmonised`; the shipped model is trained without them (BENCHMARKS.md:
# they raise LAS by 2.6 but lower speaker accuracy), so by default there are none
EXTRA ?=
CONFIG ?= training/configs/lv_core.cfg
MODEL := src/hronika/models/lv_hronika_core
RUN := runs/core

.PHONY: install run test train evaluate bench peers bench-store faults load scaling

$(BIN)/hronika: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(BIN)/hronika

# the main job on the bundled samples: analyse and store them with their dates and outlets, then who said what,
# and how to open the pages over them
run: install
	$(BIN)/hronika ingest samples/*.txt --metadata samples/metadata.tsv --db hronika.duckdb
	$(BIN)/hronika quotes --db hronika.duckdb --limit 20
	@echo "See them in a browser: $(BIN)/hronika serve --db hronika.duckdb, then open http://127.0.0.1:8000/"

# The browser tests (tests/test_browser.py) drive Debian's Chromium: installed here when missing and apt-get can
# (CI runs as root); when it cannot, those tests are skipped with the reason and the rest run.
CHROMIUM := /usr/bin/chromium
test: install
	@test -x $(CHROMIUM) || ! command -v apt-get >/dev/null || \
		(DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null 2>&1 || \
		 (apt-get update -q >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium \
		  >/dev/null 2>&1)) || echo "chromium could not be installed: the browser tests will be skipped"
	$(BIN)/python -m pytest

# spaCy trains on one core: 7,000 steps, about an hour on this machine (see BENCHMARKS.md).
train: install
	$(BIN)/hronika convert $(CORPUS) corpus $(if $(EXTRA),--extra $(EXTRA))
	OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 $(BIN)/python -m spacy train $(CONFIG) --output $(RUN) \
		--paths.train corpus/train.spacy --paths.dev corpus/dev.spacy
	$(BIN)/hronika package $(RUN)/model-best $(MODEL) --dev $(CORPUS)/dev

evaluate: install
	$(BIN)/hronika evaluate $(CORPUS)/dev

bench: install
	$(BIN)/hronika bench

# hronika beside its peers on the same annotated lists (dateparser for time expressions), and (issue 12) beside
# UDPipe 1 and spaCy's stock `--optimize efficiency` recipe trained once on the train split into benchmarks/peers/
# (git-ignored, not shipped; delete a model's folder to retrain it), on FullStack-LV train alone, without the LVTB
# extra sentences. Training options: see BENCHMARKS.md.
PEERS := benchmarks/peers
SPACY_PEER_STEPS ?= 2000
peers: install
	$(BIN)/pip install --quiet -e '.[peers]'
	$(BIN)/python benchmarks/timex/compare.py
	OMP_NUM_THREADS=1 $(BIN)/python $(PEERS)/train_udpipe.py $(CORPUS)
	test -f corpus/fullstack/train.spacy || $(BIN)/hronika convert $(CORPUS) corpus/fullstack
	test -f $(PEERS)/spacy/model-best/config.cfg || OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 \
		$(BIN)/python -m spacy train $(PEERS)/spacy_efficiency.cfg --output $(PEERS)/spacy \
		--paths.train corpus/fullstack/train.spacy --paths.dev corpus/fullstack/dev.spacy \
		--training.max_steps $(SPACY_PEER_STEPS)
	$(BIN)/hronika bench --peers --corpus $(CORPUS)

# ingestion throughput with 1 and 2 workers, and the store's cost over bare analysis
bench-store: install
	$(BIN)/python benchmarks/store/bench_ingest.py 5

# kill -9 three times at random moments of a 1,000-document ingest, then resume: the store must equal an
# uninterrupted run's (the test suite does the same on 400 documents)
faults: install
	HRONIKA_FAULT_DOCUMENTS=1000 $(BIN)/python -m pytest tests/test_faults.py -q

# the HTTP API under load: 20 clients, mixed analyses and queries, against `hronika serve` on 127.0.0.1
load: install
	$(BIN)/python benchmarks/api/load.py

# every stage linear in its input: 1×, 2×, 4×, 8× of news and of adversarial text, at most 2.5× per doubling
scaling: install
	$(BIN)/python benchmarks/scaling/scaling.py
