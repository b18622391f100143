"""Lemma accuracy of the lemma_lexicon back-off variants on a FullStack-LV split, parsing it once.

    PYTHONPATH=src python training/lexicons/score_lemmas.py ../shared/data/fullstack-lv/dev

Runs the shipped pipeline up to the trained lemmatizer on the gold tokens, then scores the trained lemmatizer alone,
the back-off without hunspell-lv (training forms → simplemma), and with it (training forms → hunspell-lv → simplemma):
overall, and on the tokens whose form the training data lacks.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from hronika import pipeline
from hronika.components.lemmas import LemmaLexicon
from hronika.corpus.fullstack import read_split
from hronika.evaluation.core import gold_doc_input

MODEL_STEPS = ["tok2vec", "morphologizer", "tagger", "trainable_lemmatizer"]


def main(split: str) -> None:
    nlp = pipeline.load()
    pars = list(read_split(Path(split)))
    with nlp.select_pipes(enable=MODEL_STEPS):
        docs = list(nlp.pipe(gold_doc_input(nlp, par) for par in pars))
    saved = pipeline.MODEL_DIR / pipeline.LEMMA_COMPONENT
    variants = {
        "trained lemmatizer": None,
        "training forms, simplemma": LemmaLexicon(use_hunspell=False).from_disk(saved),
        "training forms, hunspell-lv, simplemma": LemmaLexicon(use_hunspell=True).from_disk(saved),
    }
    seen = {form for form, _ in variants["training forms, simplemma"].by_pos}
    for name, lexicon in variants.items():
        right, unseen = Counter(), Counter()
        for par, doc in zip(pars, docs):
            for gold, token in zip(par.words, doc):
                lemma = token.lemma_ if lexicon is None else (lexicon.lemma(token) or token.lemma_)
                right[lemma == gold.lemma] += 1
                if token.text not in seen:
                    unseen[lemma == gold.lemma] += 1
        print(f"{name:40s} lemma {100 * right[True] / right.total():.2f}   "
              f"unseen forms {100 * unseen[True] / unseen.total():.2f} ({unseen.total()} tokens)")


if __name__ == "__main__":
    main(sys.argv[1])
