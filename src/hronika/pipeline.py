"""Load the shipped Latvian pipeline, and turn a trained spaCy pipeline into it."""

from __future__ import annotations

import json
import shutil
from functools import lru_cache
from pathlib import Path

import spacy
import srsly
from spacy.language import Language
from spacy.tokens import DocBin
from spacy.training import Example
from spacy.util import load_config

from . import __version__
from .components import coref, lemmas, names, quotes, sentences, spaces, timex  # noqa: F401  (registers the factories)
from .lang.lv import tokenizer  # noqa: F401  (registers the tokenizer)
from .limits import MAX_TEXT_CHARS

MODEL_DIR = Path(__file__).parent / "models" / "lv_hronika_core"
TOKENIZER = {"@tokenizers": "hronika.LatvianTokenizer.v1"}
SENTENCE_COMPONENT = "sentence_boundaries"
LEMMA_COMPONENT = "lemma_lexicon"
QUOTE_COMPONENT = "quotes"
SPACE_COMPONENT = "space_tags"
NAMES_COMPONENT = "person_names"
TIMEX_COMPONENT = "timex"
COREF_COMPONENT = "coref"
NER_COMPONENT = "ner"
# nlp.pipe batches: 32 documents ran 25 % faster than spaCy's default 1,000 on this CPU (dev paragraphs, one core).
PIPE_BATCH_SIZE = 32
CORPUS_CREDIT = {
    "name": "FullStack-LV (LUMII-AILab), on the Latvian UD Treebank",
    "url": "https://github.com/LUMII-AILab/FullStack",
    "license": "CC BY-SA 4.0",
    "author": "N. Gruzitis, L. Pretkalnina, B. Saulite, L. Rituma, G. Nespore-Berzkalne, A. Znotins, P. Paikens",
    "citation": "Creation of a balanced state-of-the-art multilayer corpus for NLU. LREC 2018.",
}
# lemma_lexicon reads hronika/lang/lv/hunspell_lemmas.tsv.gz, derived from this dictionary
LVTB_CREDIT = {
    "name": "Latvian UD Treebank (LVTB): FullStack-LV's UD layer (and, with `make train EXTRA=…`, its sentences "
            "beyond FullStack-LV, v2.5–v2.17, harmonised)",
    "url": "https://github.com/UniversalDependencies/UD_Latvian-LVTB",
    "license": "CC BY-SA 4.0",
    "author": "L. Pretkalnina, L. Rituma, B. Saulite, G. Nespore-Berzkalne, A. Znotins, N. Gruzitis and others, "
              "AI Lab of IMCS, University of Latvia",
    "citation": "Deriving enhanced Universal Dependencies from a hybrid dependency-constituency treebank. TSD 2018.",
}

HUNSPELL_CREDIT = {
    "name": "hunspell-lv 1.4.0, Latvian spelling dictionary (lemmas of unseen word forms)",
    "url": "https://packages.debian.org/stable/hunspell-lv",
    "license": "LGPL 2.1 or later",
    "author": "Janis Eisaks; word list of A. Spektors and the AI Lab of IMCS, University of Latvia",
}


@lru_cache(maxsize=2)
def _load_cached(path: str, config: str) -> Language:
    """Load a pipeline once per process and settings (JSON, hashable), taking texts as long as ingestion admits."""
    nlp = spacy.load(path, config=json.loads(config))
    nlp.max_length = MAX_TEXT_CHARS
    return nlp


def load(path: str | Path | None = None, config: dict | None = None) -> Language:
    """The hronika Latvian pipeline (the shipped one unless a path is given), its settings overridden by config:
    {"components": {"quotes": {"disabled_patterns": ["evidential"]}}}."""
    path = Path(path) if path else MODEL_DIR
    if not (path / "config.cfg").exists():
        raise FileNotFoundError(f"{path}: no trained pipeline here (run `make train` to build one)")
    return _load_cached(str(path), json.dumps(config or {}, sort_keys=True))


def finalize(trained: Path, out: Path, train_docs: Path, ner: Path | None = None) -> Language:
    """Package a `spacy train` output as the hronika pipeline: Latvian rules, lemma lexicon, person names,
    coreference, time expressions, quotes, credits. `ner`: a recogniser trained on its own (with its own encoder,
    `training/configs/lv_ner.cfg`) that takes the place of the trained pipeline's."""
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(trained, out)
    config = load_config(out / "config.cfg")
    config["nlp"]["tokenizer"] = dict(TOKENIZER)
    config["paths"] = {key: None for key in config["paths"]}
    config["nlp"]["batch_size"] = PIPE_BATCH_SIZE
    config.to_disk(out / "config.cfg")
    nlp = spacy.load(out)
    if ner is not None:
        before_ner = nlp.pipe_names[nlp.pipe_names.index(NER_COMPONENT) - 1]
        nlp.remove_pipe(NER_COMPONENT)
        nlp.add_pipe(NER_COMPONENT, source=spacy.load(ner), after=before_ner)
    if SENTENCE_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(SENTENCE_COMPONENT, first=True)
    if LEMMA_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(LEMMA_COMPONENT, after="trainable_lemmatizer")
    if SPACE_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(SPACE_COMPONENT, after=LEMMA_COMPONENT)
    if QUOTE_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(QUOTE_COMPONENT, last=True)
    for name in (NAMES_COMPONENT, COREF_COMPONENT, TIMEX_COMPONENT):
        if name not in nlp.pipe_names:
            nlp.add_pipe(name, before=QUOTE_COMPONENT)
    examples = lambda: (Example(doc, doc) for doc in DocBin().from_disk(train_docs).get_docs(nlp.vocab))  # noqa: E731
    nlp.get_pipe(LEMMA_COMPONENT).initialize(examples)
    nlp.meta.update(
        name="hronika_core",
        version=__version__,
        description="Latvian tokens, sentences, lemmas, morphology, XPOS, dependencies and named entities for news text.",
        license="CC BY-SA 4.0",
        author="hronika",
        sources=[CORPUS_CREDIT, LVTB_CREDIT, HUNSPELL_CREDIT],
    )
    nlp.to_disk(out)
    return nlp


def record_performance(out: Path, results: dict) -> None:
    """Store dev scores in the packaged pipeline's meta.json."""
    meta = srsly.read_json(out / "meta.json")
    meta["performance"] = results
    srsly.write_json(out / "meta.json", meta)
