"""Lemma and UPOS accuracy of the lemma_lexicon back-off variants on a FullStack-LV split, parsing it once.

    PYTHONPATH=src python training/lexicons/score_lemmas.py ../shared/data/fullstack-lv/dev

Runs the shipped pipeline up to the trained lemmatizer on the gold tokens, then scores the trained lemmatizer alone,
the back-off without hunspell-lv (training forms → simplemma), with it (training forms → hunspell-lv → simplemma), and
with hunspell-lv also checking the tagger's part of speech: overall, and on the tokens whose form the training data
lacks.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from hronika import pipeline
from hronika.components.lemmas import LemmaLexicon
from hronika.corpus.fullstack import read_split
from hronika.evaluation.core import gold_doc_input
from spacy.tokens import Doc

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
        "training forms, hunspell-lv, simplemma": LemmaLexicon(hunspell_pos=False).from_disk(saved),
        "  + hunspell-lv part of speech": LemmaLexicon().from_disk(saved),
    }
    seen = {form for form, _ in variants["training forms, simplemma"].by_pos}
    for name, lexicon in variants.items():
        right, unseen, upos = Counter(), Counter(), Counter()
        for par, doc in zip(pars, docs):
            doc = lexicon(Doc(doc.vocab).from_bytes(doc.to_bytes())) if lexicon is not None else doc
            for gold, token in zip(par.words, doc):
                right[token.lemma_ == gold.lemma] += 1
                upos[token.pos_ == gold.upos] += 1
                if token.text not in seen:
                    unseen[token.lemma_ == gold.lemma] += 1
        print(f"{name:40s} lemma {100 * right[True] / right.total():.2f}   "
              f"unseen forms {100 * unseen[True] / unseen.total():.2f} ({unseen.total()} tokens)   "
              f"UPOS {100 * upos[True] / upos.total():.2f}")


if __name__ == "__main__":
    main(sys.argv[1])
