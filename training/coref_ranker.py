"""Train the third-person pronoun ranker (src/hronika/coref/ranker.py) on FullStack-LV train coreference gold.

The ranker is a conditional logistic regression (a softmax over each pronoun's candidates and "no antecedent"),
fitted with L2 by L-BFGS on the pipeline's own parses and entities of the train paragraphs, as it sees them at
run time. Only train is read: the L2 strength is chosen by 5-fold cross-validation over train documents, and dev is
left for the comparison `hronika evaluate` reports.

    PYTHONPATH=src python training/coref_ranker.py ../shared/data/fullstack-lv/train \\
        --cache /tmp/coref-train.spacy --out src/hronika/lang/lv/coref_ranker.json

The first run parses the train paragraphs with the shipped pipeline (components before `coref`, about 40 s on one
core) and keeps them in --cache; later runs read the cache. The weights it writes are data learned from
FullStack-LV (CC BY-SA 4.0): the file says so, with the citation.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import numpy as np
from scipy.optimize import minimize
from spacy.language import Language
from spacy.tokens import Doc, DocBin

import hronika
from hronika.coref.ranker import NULL, Context, candidates, is_ranked, null_features, quotation_mask, sentence_numbers
from hronika.coref.resolver import ANTECEDENT_WINDOW, Chains, CorefResolver
from hronika.corpus.coref import CorefParagraph, read_coref
from hronika.evaluation.coref import pronoun_accuracy, score_coref
from hronika.pipeline import CORPUS_CREDIT

L2_GRID = (0.1, 1.0)  # L2 strengths tried by cross-validation on train
FOLDS = 5
# added to the learned "no antecedent" weight: the likelihood weighs every pronoun alike, but an anaphoric pronoun
# left alone costs pronoun accuracy and recall while a wrong link costs precision only; chosen on train folds
NULL_SHIFTS = (-100.0, -2.0, -1.0, 0.0)
RULE_COMPONENTS = ("coref", "timex", "quotes")  # what runs after the parse cache: not needed to build it

Span = tuple[int, int]


class Pronoun(NamedTuple):
    """One third-person pronoun: its options' feature dicts (0 is "no antecedent") and which options are right."""

    document: str
    options: list[dict[str, float]]
    right: list[int]


def parsed_docs(nlp: Language, paragraphs: list[CorefParagraph], cache: Path | None) -> list[Doc]:
    """The paragraphs as the pipeline leaves them to `coref` (read from the cache when it holds them)."""
    if cache is not None and cache.exists():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
        if [d.text for d in docs] == [p.text for p in paragraphs]:
            return docs
    with nlp.select_pipes(disable=[name for name in RULE_COMPONENTS if name in nlp.pipe_names]):
        docs = list(nlp.pipe(p.text for p in paragraphs))
    if cache is not None:
        DocBin(docs=docs, store_user_data=True).to_disk(cache)
    return docs


def char_span(doc: Doc, mention: Span) -> Span:
    """A token range as the character span the gold uses."""
    start, end = mention
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def document_of(paragraph: CorefParagraph) -> str:
    """The document a paragraph comes from ("c1-p16" → "c1")."""
    return paragraph.par_id.rsplit("-p", 1)[0]


def earlier_gold(paragraph: CorefParagraph) -> dict[Span, set[Span]]:
    """Each gold mention → the mentions before it in its chain."""
    return {span: set(chain[:i]) for chain in paragraph.chains for i, span in enumerate(sorted(chain))}


def pronouns_of(doc: Doc, paragraph: CorefParagraph, window: int) -> list[Pronoun]:
    """The document's third-person pronouns with their labelled options, built exactly as the resolver builds them."""
    entity_of = CorefResolver.entity_spans(doc)
    context = Context(entity_of, sentence_numbers(doc), quotation_mask(doc), CorefResolver.link_names(doc, Chains()))
    gold = earlier_gold(paragraph)
    found = []
    for token in doc:
        if not is_ranked(token):
            continue
        options = candidates(token, window, context)
        null = null_features(token, context)
        first = 0 if null is None else 1  # "no antecedent" is option 0 where the pronoun may have none
        before = gold.get(char_span(doc, (token.i, token.i + 1)))
        right = [k + first for k, (cand, _) in enumerate(options)
                 if before and char_span(doc, CorefResolver.mention_of(cand, entity_of)) in before]
        if not before and null is not None:
            right = [0]  # not a mention, or the first of its chain: no antecedent in the paragraph
        if right:  # otherwise the right antecedent is out of reach (window, span) or not an option
            found.append(Pronoun(document_of(paragraph), [null] * first + [f for _, f in options], right))
    return found


def matrices(pronouns: list[Pronoun], names: list[str]) -> list[tuple[np.ndarray, np.ndarray]]:
    """Per pronoun: its options' feature matrix and a 0/1 vector of the right ones."""
    index = {name: i for i, name in enumerate(names)}
    out = []
    for p in pronouns:
        x = np.zeros((len(p.options), len(names)))
        for row, features in enumerate(p.options):
            for name, value in features.items():
                if name in index:
                    x[row, index[name]] = value
        y = np.zeros(len(p.options))
        y[p.right] = 1.0
        out.append((x, y))
    return out


def fit(data: list[tuple[np.ndarray, np.ndarray]], n_features: int, l2: float) -> np.ndarray:
    """Weights maximising the log-probability that a pronoun's softmax picks one of its right options, minus L2."""
    x_all = np.vstack([x for x, _ in data])
    y_all = np.concatenate([y for _, y in data])
    bounds = np.cumsum([0] + [len(y) for _, y in data])
    groups = np.repeat(np.arange(len(data)), np.diff(bounds))

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        s = x_all @ w
        top = np.maximum.reduceat(s, bounds[:-1])
        e = np.exp(s - top[groups])
        total = np.add.reduceat(e, bounds[:-1])
        right = np.add.reduceat(e * y_all, bounds[:-1])
        value = -np.sum(np.log(right) - np.log(total)) + l2 * w @ w
        p_all, p_right = e / total[groups], e * y_all / right[groups]
        return value, x_all.T @ (p_all - p_right) + 2 * l2 * w

    return minimize(loss, np.zeros(n_features), jac=True, method="L-BFGS-B").x


def picked_right(data: list[tuple[np.ndarray, np.ndarray]], w: np.ndarray) -> float:
    """Share (%) of pronouns whose best-scoring option is a right one (the first wins ties, as at run time)."""
    return 100 * float(np.mean([y[int(np.argmax(x @ w))] for x, y in data])) if data else 0.0


def as_weights(names: list[str], w: np.ndarray) -> dict[str, float]:
    """Feature name → weight, rounded for a readable file."""
    return {name: round(float(v), 4) for name, v in zip(names, w) if round(float(v), 4)}


def coref_scores(docs: list[Doc], paragraphs: list[CorefParagraph],
                 weights_of: Callable[[CorefParagraph], dict[str, float] | None]) -> dict:
    """CoNLL F1 and pronoun antecedent accuracy of the resolver, each paragraph ranked with the weights
    `weights_of` gives it (None: the hand-set rule)."""
    resolver = CorefResolver(ranker=False)
    predicted = []
    for doc, paragraph in zip(docs, paragraphs):
        resolver.weights = weights_of(paragraph)
        predicted.append([[char_span(doc, m) for m in chain] for chain in resolver.resolve(doc)])
    result = score_coref([(p.chains, c) for p, c in zip(paragraphs, predicted)])
    accuracy = pronoun_accuracy([(p.chains, c, p.pronouns) for p, c in zip(paragraphs, predicted)])
    return {"conll_f1": result["conll_f1"], "pronoun_accuracy": accuracy}


def cross_validate(pronouns_by_doc: list[list[Pronoun]], docs: list[Doc], paragraphs: list[CorefParagraph],
                   names: list[str]) -> dict[tuple[float, float], dict]:
    """For each L2 strength and shift of the "no antecedent" weight: held-out ranking accuracy and end-to-end
    coref scores over FOLDS folds of train documents (paragraphs of one document stay in one fold)."""
    fold_of = {doc: i % FOLDS for i, doc in enumerate(sorted({document_of(p) for p in paragraphs}))}
    results = {}
    for l2 in L2_GRID:
        right = total = 0.0
        by_fold: dict[int, dict[str, float]] = {}
        for fold in range(FOLDS):
            train = [p for ps in pronouns_by_doc for p in ps if fold_of[p.document] != fold]
            test = [p for ps in pronouns_by_doc for p in ps if fold_of[p.document] == fold]
            w = fit(matrices(train, names), len(names), l2)
            right += picked_right(matrices(test, names), w) * len(test)
            total += len(test)
            by_fold[fold] = as_weights(names, w)
        for shift in NULL_SHIFTS:
            shifted = {fold: {**w, NULL: w.get(NULL, 0.0) + shift} for fold, w in by_fold.items()}
            results[l2, shift] = {"ranking_accuracy": round(right / total, 2),
                                  **coref_scores(docs, paragraphs, lambda p: shifted[fold_of[document_of(p)]])}
            print(f"l2={l2} null shift={shift}: {results[l2, shift]}", flush=True)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("train", type=Path, help="FullStack-LV train split folder (with Coreferences/ and UD/)")
    parser.add_argument("--cache", type=Path, help="DocBin of the parsed paragraphs, made on the first run")
    parser.add_argument("--out", type=Path, required=True, help="Where to write the weights (JSON)")
    args = parser.parse_args()
    if "train" not in args.train.name:
        parser.error("train on the train split only: dev is for the comparison, test is kept back")
    started = time.time()
    nlp = hronika.load()
    paragraphs = list(read_coref(args.train))
    docs = parsed_docs(nlp, paragraphs, args.cache)
    window = ANTECEDENT_WINDOW
    by_doc = [pronouns_of(doc, par, window) for doc, par in zip(docs, paragraphs)]
    pronouns = [p for ps in by_doc for p in ps]
    names = sorted({name for p in pronouns for features in p.options for name in features})
    print(f"{len(paragraphs)} paragraphs, {len(pronouns)} pronouns, {len(names)} features", flush=True)
    print("rules on train:", coref_scores(docs, paragraphs, lambda p: None), flush=True)
    cv = cross_validate(by_doc, docs, paragraphs, names)
    l2, shift = max(cv, key=lambda k: (cv[k]["conll_f1"] + cv[k]["pronoun_accuracy"], -k[0]))
    weights = as_weights(names, fit(matrices(pronouns, names), len(names), l2))
    weights[NULL] = round(weights.get(NULL, 0.0) + shift, 4)
    args.out.write_text(json.dumps({
        "about": "Weights of hronika's third-person pronoun antecedent ranker (coref/ranker.py), a conditional "
                 "logistic regression trained by training/coref_ranker.py on FullStack-LV train coreference gold.",
        "source": CORPUS_CREDIT,
        "window": window,
        "l2": l2,
        "null_shift": shift,
        "train_cross_validation": {f"l2={k[0]} null_shift={k[1]}": v for k, v in cv.items()},
        "pronouns": len(pronouns),
        "weights": dict(sorted(weights.items(), key=lambda kv: -abs(kv[1]))),
    }, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"l2={l2}, null shift={shift}; wrote {args.out} in {time.time() - started:.0f} s", flush=True)


if __name__ == "__main__":
    main()
