"""Train the learned speaker ranker (hronika/quotes/ranker.py) and compare it with the rules.

Run from a source checkout, in two steps (the first parses once and caches the Docs; ≈2 min on 2 vCPU):

    PYTHONPATH=src python training/speaker_ranker.py parse  [--corpus ../shared/data/fullstack-lv] [--cache runs/ranker]
    PYTHONPATH=src python training/speaker_ranker.py train  [--cache runs/ranker] [--folds 5]

`parse` puts each FullStack-LV train FrameNet speech frame back in its UD paragraph (the sentences before it are
where a pronoun or a title finds its person) with the Speaker's gold coreference chain. `train` reads the pipeline's
own parses of those paragraphs (right: the candidate that is the gold Speaker or a mention of its chain) and of the
development set (benchmarks/quotes/train.jsonl: the candidate whose name is the gold speaker's), runs the rules,
gathers each quotation's candidates, reports rules vs ranker by 5-fold cross-validation over documents (each
development fold scored by a ranker that never saw it; the FrameNet folds likewise), then fits on everything and
writes the weights and that report to src/hronika/quotes/speaker_ranker.json. No dev or test data is read here: the
validation set and FrameNet dev are scored by training/speaker_ranker_compare.py (and `hronika evaluate`).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy
from spacy.tokens import Doc, DocBin

import hronika
from hronika.analysis import cluster_entities, phrase_base_form
from hronika.corpus.coref import read_paragraph as read_coref_paragraph
from hronika.corpus.fullstack import read_conllu
from hronika.corpus.gold import read_quotes
from hronika.evaluation.speech import holds, matches, read_speech_frames
from hronika.quotes.finder import QuoteFinder
from hronika.quotes.patterns import Quote
from hronika.quotes.ranker import FEATURES, WEIGHTS, Candidate, fit, quote_candidates, softmax
from hronika.quotes.speakers import indexed

CHECKOUT = Path(__file__).resolve().parents[1]
DEVELOPMENT = CHECKOUT / "benchmarks" / "quotes" / "train.jsonl"
RULES_ONLY = {"components": {"quotes": {"speaker_ranker": False}}}
DEVELOPMENT_WEIGHT = 2.0  # a development quotation counts twice a FrameNet sentence: it is the news the ranker serves
L2 = 3.0  # of 0.3, 1, 3, 10 (and development weights 1, 2, 4): the best development 5-fold figure


def frame_paragraphs(split: Path) -> dict[str, str]:
    """Each FrameNet example's text → the id of the UD paragraph it is a sentence of (`# sent_id = a-c37-p140s1`)."""
    found = {}
    for path in sorted((split / "FrameNet").glob("*.conll2009")):
        for block in path.read_text(encoding="utf-8").split("\n\n"):
            meta = dict(line[2:].split(" = ", 1) for line in block.splitlines() if line.startswith("# ") and " = " in line)
            if "sent_id" in meta and "text" in meta:
                found[meta["text"].strip()] = meta["sent_id"].split("-", 1)[1].rsplit("s", 1)[0]
    return found


def paragraph(split: Path, par_id: str) -> tuple[str, list[list[tuple[int, int]]]] | None:
    """A train paragraph's UD text and its gold coreference chains (none where the layer lacks it)."""
    ud, tsv = split / "UD" / f"{par_id}.conllu", split / "Coreferences" / f"{par_id}.tsv"
    if not ud.exists():
        return None
    chains = read_coref_paragraph(tsv, ud) if tsv.exists() else None
    return (chains.text, chains.chains) if chains is not None else (read_conllu(ud).text, [])


def parse(corpus: Path, cache: Path) -> None:
    """Parse with the rules-only pipeline and keep the Docs: the development texts, and the FrameNet train examples
    in their paragraphs (the sentences before are where pronouns and titles find their person), each with its
    Speaker's character offset there and the offsets of the mentions of its gold coreference chain."""
    nlp = hronika.load(config=RULES_ONLY)
    cache.mkdir(parents=True, exist_ok=True)
    split = corpus / "train"
    par_of, texts, frames = frame_paragraphs(split), {}, []
    for frame in read_speech_frames(split):
        found = paragraph(split, par_of.get(frame.text.strip(), ""))
        at = found[0].find(frame.text) if found else -1
        if at < 0:
            found, at = (frame.text, []), 0  # the sentence alone where its paragraph cannot be found
        text, chains = found
        speaker = at + frame.speaker
        chain = next((c for c in chains if any(s <= speaker < e for s, e in c)), [])
        texts.setdefault(text, len(texts))
        frames.append({"paragraph": texts[text], "target": at + frame.target, "speaker": speaker,
                       "chain": [s for s, _ in chain]})
    batches = {"frames": list(texts), "development": [t.text for t in read_quotes(DEVELOPMENT)]}
    for name, batch in batches.items():
        docs = DocBin(store_user_data=True)
        for doc in nlp.pipe(batch):
            docs.add(doc)
        docs.to_disk(cache / f"{name}.spacy")
        print(f"{name}: {len(batch)} texts", file=sys.stderr)
    (cache / "frames.json").write_text(json.dumps(frames))


@dataclass
class Example:
    """One found quotation with its candidates: features, which are right, and which the rules chose."""

    source: str  # "development" or "frames"
    document: int
    x: numpy.ndarray
    y: numpy.ndarray
    rules: int  # the rules' candidate (the no-speaker one where the rules give none)
    confidence: float = 1.0  # the pattern's


def rules_quotes(doc: Doc) -> list[Quote]:
    """The rules' quotations of a parsed Doc."""
    with indexed(doc):
        return QuoteFinder().find(doc)


def speaker_name(c: Candidate, lookup: dict) -> str | None:
    """The name `analysis` would give this candidate as speaker: its entity's canonical name, else its phrase's."""
    if c.speaker is None:
        return None
    entity = lookup.get((c.entity.start, c.entity.end)) if c.entity is not None else None
    return entity.name if entity is not None else phrase_base_form(c.entity or c.speaker)


def rules_index(found: list[Candidate]) -> int:
    """The position of the rules' candidate, else of the no-speaker one (always first)."""
    return next((k for k, c in enumerate(found) if c.rules), 0)


def development_examples(docs: list[Doc]) -> tuple[list[Example], int]:
    """Examples of the development set's found quotations matched to gold (the same matching as `hronika evaluate`);
    with the number of matched quotations whose right speaker no candidate holds."""
    examples, missing = [], 0
    for d, (item, doc) in enumerate(zip(read_quotes(DEVELOPMENT), docs)):
        quotes = rules_quotes(doc)
        _, lookup = cluster_entities(doc)
        groups = quote_candidates(doc, quotes)
        spans = [(q.content.start_char, q.content.end_char) for q in quotes]
        for g, k in matches(item.quotes, spans):
            found, x = groups[k]
            gold = g.speaker.name if g.speaker else None
            y = numpy.array([float(speaker_name(c, lookup) == gold) for c in found])
            missing += not y.any()
            examples.append(Example("development", d, x, y, rules_index(found), quotes[k].confidence))
    return examples, missing


def refers(c: Candidate, frame: dict) -> bool:
    """Whether a candidate is the frame's Speaker: its entity (or mention) holds a mention of the Speaker's gold
    chain; where the Speaker is in no chain, its mention or entity holds the Speaker (as `hronika evaluate` scores)."""
    if not frame["chain"]:
        return holds(c.speaker, frame["speaker"]) or holds(c.entity, frame["speaker"])
    return any(holds(c.entity or c.speaker, r) for r in [frame["speaker"], *frame["chain"]])


def frame_examples(docs: list[Doc], frames: list[dict]) -> tuple[list[Example], int]:
    """Examples of the FrameNet speech frames whose cue the rules found (right: `refers`; a pronoun linked to a
    person outside its gold chain is wrong)."""
    examples, missing = [], 0
    for frame in frames:
        doc = docs[frame["paragraph"]]
        quotes = rules_quotes(doc)
        hits = [k for k, q in enumerate(quotes) if holds(q.cue, frame["target"])]
        if not hits:
            continue
        found, x = quote_candidates(doc, quotes)[hits[0]]
        y = numpy.array([float(refers(c, frame)) for c in found])
        missing += not y.any()
        examples.append(Example("frames", frame["paragraph"], x, y, rules_index(found)))
    return examples, missing


def train(examples: list[Example]) -> numpy.ndarray:
    """Weights fitted on the examples that have a right candidate."""
    usable = [e for e in examples if e.y.any()]
    return fit([(e.x, e.y) for e in usable],
               [DEVELOPMENT_WEIGHT if e.source == "development" else 1.0 for e in usable], l2=L2)


def accuracy(examples: list[Example], w: numpy.ndarray | None) -> float:
    """Share of examples whose chosen candidate is right: the ranker's (w), else the rules'."""
    if not examples:
        return 0.0
    right = sum(e.y[int(numpy.argmax(e.x @ w)) if w is not None else e.rules] for e in examples)
    return round(100 * right / len(examples), 2)


def cross_validated(examples: list[Example], source: str, folds: int) -> tuple[float, float, dict]:
    """Rules and ranker accuracy on the examples of one source, each fold's documents scored by a ranker trained on
    the other folds' and all of the other source's examples; and the calibration of the ranker's confidence (the
    pattern's times the probability): {threshold: [examples at or above it, share right]}."""
    documents = sorted({e.document for e in examples if e.source == source})
    random.Random(11).shuffle(documents)
    fold_of = {d: k % folds for k, d in enumerate(documents)}
    scored = [e for e in examples if e.source == source]
    right, confident = 0.0, []
    for k in range(folds):
        held = [e for e in scored if fold_of[e.document] == k]
        w = train([e for e in examples if e.source != source or fold_of[e.document] != k])
        right += accuracy(held, w) * len(held) / 100
        for e in held:
            p = softmax(e.x @ w)
            confident.append((e.confidence * p.max(), e.y[int(p.argmax())]))
    calibration = {t: [len(rs), round(100 * sum(rs) / len(rs), 2) if rs else None]
                   for t in (0.8, 0.9) for rs in [[r for c, r in confident if c >= t]]}
    return accuracy(scored, None), round(100 * right / len(scored), 2), calibration


def load_docs(cache: Path, name: str, nlp) -> list[Doc]:
    """The cached Docs of one text set."""
    return list(DocBin().from_disk(cache / f"{name}.spacy").get_docs(nlp.vocab))


def main_train(cache: Path, folds: int, output: Path) -> None:
    """Examples, the comparison, and the weights fitted on everything."""
    nlp = hronika.load(config=RULES_ONLY)
    frames = json.loads((cache / "frames.json").read_text())
    development, dev_missing = development_examples(load_docs(cache, "development", nlp))
    framenet, frame_missing = frame_examples(load_docs(cache, "frames", nlp), frames)
    examples = development + framenet
    rules_cv, ranker_cv, calibration = cross_validated(examples, "development", folds)
    rules_frames, ranker_frames, _ = cross_validated(examples, "frames", folds)
    w = train(examples)
    report = {
        "development_quotes": len(development), "development_no_right_candidate": dev_missing,
        "frames": len(framenet), "frames_no_right_candidate": frame_missing,
        f"development_{folds}fold": {"rules": rules_cv, "ranker": ranker_cv, "confidence_calibration": calibration},
        f"frames_{folds}fold": {"rules": rules_frames, "ranker": ranker_frames},
        "frames_in_sample": {"rules": accuracy(framenet, None), "ranker": accuracy(framenet, w)},
    }
    print(json.dumps(report, ensure_ascii=False))
    weights = {name: round(float(v), 4) for name, v in zip(FEATURES, w)}
    output.write_text(json.dumps({"trained_on": "FullStack-LV train FrameNet speech frames + benchmarks/quotes/train.jsonl",
                                  "recipe": "training/speaker_ranker.py", "report": report, "weights": weights},
                                 ensure_ascii=False, indent=1) + "\n")


if __name__ == "__main__":
    options = argparse.ArgumentParser(description="Train the speaker ranker (see the module docstring).")
    options.add_argument("step", choices=("parse", "train"))
    options.add_argument("--corpus", type=Path, default=CHECKOUT.parent / "shared" / "data" / "fullstack-lv")
    options.add_argument("--cache", type=Path, default=CHECKOUT / "runs" / "ranker")
    options.add_argument("--folds", type=int, default=5)
    options.add_argument("--output", type=Path, default=WEIGHTS)
    args = options.parse_args()
    if args.step == "parse":
        parse(args.corpus, args.cache)
    else:
        main_train(args.cache, args.folds, args.output)
