"""hronika beside its peers in one run (issue 12): words/s on one core and the core scores on the same dev texts.

Peers are trained once by `make peers` into benchmarks/peers/ (not shipped): UDPipe 1 (`ufal.udpipe`) and spaCy's
stock `--optimize efficiency` recipe, both on FullStack-LV's train split. Accuracy is counted by the scorers of
`hronika evaluate` (evaluation.core) on the gold tokens; speed on the raw paragraph texts, one process pinned to one
core, each system timed `rounds` times in turn and its best round kept.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from ..corpus.fullstack import Paragraph, read_split
from ..pipeline import SENTENCE_COMPONENT
from .core import PRF, Accuracy, gold_doc_input, score_docs

HOW_TO_MAKE = "run `make peers` (trains the peers once into benchmarks/peers/)"
UDPIPE_MODEL = Path("udpipe") / "lv-fullstack.udpipe"
SPACY_MODEL = Path("spacy") / "model-best"
METRICS = ("upos", "lemma", "las", "ner_f")


@dataclass
class System:
    """One analyser: how to run it on raw texts (returns the words it found) and on gold tokens (returns Docs)."""

    name: str
    raw: Callable[[list[str]], int]
    gold: Callable[[list[Paragraph]], list[Doc]]
    has: tuple[str, ...]  # the metrics it has components for


def spacy_system(name: str, nlp: Language, has: tuple[str, ...], skip: tuple[str, ...] = ()) -> System:
    """A spaCy pipeline (hronika's or a stock one) as a System; `skip` components are left out on gold tokens."""

    def raw(texts: list[str]) -> int:
        return sum(sum(1 for t in doc if not t.is_space) for doc in nlp.pipe(texts))

    def gold(pars: list[Paragraph]) -> list[Doc]:
        with nlp.select_pipes(disable=[p for p in skip if p in nlp.pipe_names]):
            return list(nlp.pipe(gold_doc_input(nlp, par) for par in pars))

    return System(name, raw, gold, has)


def udpipe_system(path: Path, nlp: Language) -> System:
    """UDPipe 1 as a System: its own tokenizer on raw text; its tagger and parser on the gold tokens."""
    from ufal.udpipe import Model, ProcessingError, Sentence

    model = Model.load(str(path))
    if model is None:
        raise RuntimeError(f"{path}: UDPipe cannot load it")

    def raw(texts: list[str]) -> int:
        tokenizer, error, words = model.newTokenizer(Model.DEFAULT), ProcessingError(), 0
        for text in texts:
            tokenizer.setText(text)
            sentence = Sentence()
            while tokenizer.nextSentence(sentence, error):
                model.tag(sentence, Model.DEFAULT)
                model.parse(sentence, Model.DEFAULT)
                words += len(sentence.words) - 1  # words[0] is the technical root
                sentence = Sentence()
        return words

    def gold(pars: list[Paragraph]) -> list[Doc]:
        docs = []
        for par in pars:
            pos, lemmas, heads, deps, offset = [], [], [], [], 0
            for sent in par.sentences:
                sentence = Sentence()
                for tok in sent:
                    sentence.addWord(tok.form)
                model.tag(sentence, Model.DEFAULT)
                model.parse(sentence, Model.DEFAULT)
                for i, word in enumerate(list(sentence.words)[1:]):
                    pos.append(word.upostag)
                    lemmas.append(word.lemma)
                    heads.append(offset + word.head - 1 if word.head else offset + i)
                    deps.append("ROOT" if not word.head else word.deprel)
                offset += len(sent)
            doc = gold_doc_input(nlp, par)
            docs.append(Doc(nlp.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc],
                            pos=pos, lemmas=lemmas, heads=heads, deps=deps))
        return docs

    return System("udpipe1", raw, gold, ("upos", "lemma", "las"))


def load_peers(peers_dir: Path, nlp: Language) -> tuple[list[System], dict[str, str]]:
    """The peers trained under peers_dir, and for each absent one why it is absent and how to make it."""
    systems, absent = [], {}
    udpipe = peers_dir / UDPIPE_MODEL
    try:
        import ufal.udpipe  # noqa: F401
    except ImportError:
        absent["udpipe1"] = f"ufal.udpipe is not installed: {HOW_TO_MAKE}"
    else:
        if udpipe.is_file():
            systems.append(udpipe_system(udpipe, nlp))
        else:
            absent["udpipe1"] = f"no model at {udpipe}: {HOW_TO_MAKE}"
    stock = peers_dir / SPACY_MODEL
    if (stock / "config.cfg").is_file():
        import spacy

        stock_nlp = spacy.load(stock)
        has = ("upos", "las", "ner_f") + (("lemma",) if {"lemmatizer", "trainable_lemmatizer"} & set(stock_nlp.pipe_names) else ())
        systems.append(spacy_system("spacy_efficiency", stock_nlp, has))
    else:
        absent["spacy_efficiency"] = f"no model at {stock}: {HOW_TO_MAKE}"
    return systems, absent


def one_core(run: Callable[[], int]) -> tuple[int, float]:
    """(words, seconds) of run() in this process pinned to one core."""
    cores = os.sched_getaffinity(0)
    os.sched_setaffinity(0, {min(cores)})
    try:
        started = time.perf_counter()
        words = run()
        return words, time.perf_counter() - started
    finally:
        os.sched_setaffinity(0, cores)


def accuracy(system: System, pars: list[Paragraph]) -> dict[str, float | None]:
    """upos, lemma, las and ner_f of the system on the gold tokens; None for what it has no component for."""
    acc, ner, types = Accuracy(), PRF(), {}
    score_docs(pars, system.gold(pars), acc, ner, types)
    scores = {"upos": acc.percent("upos"), "lemma": acc.percent("lemma"), "las": acc.percent("las"),
              "ner_f": ner.scores()["f"]}
    return {key: value if key in system.has else None for key, value in scores.items()}


def with_ratios(results: dict[str, dict], reference: str = "hronika") -> dict:
    """The systems' results plus `ratio`: the reference's words/s over each other present system's."""
    ours = results[reference].get("words_per_second")
    ratio = {}
    for name, result in results.items():
        if name == reference:
            continue
        theirs = result.get("words_per_second")
        ratio[name] = round(ours / theirs, 2) if ours and theirs else None
    return {**results, "ratio": ratio}


def compare(nlp: Language, split_dir: Path, peers_dir: Path, *, limit: int = 0, rounds: int = 3) -> dict:
    """hronika and every trained peer on the same paragraphs of split_dir, in this one process."""
    pars = list(read_split(split_dir))[: limit or None]
    if not pars:
        raise ValueError(f"{split_dir}: no UD/*.conllu paragraphs found")
    texts = [par.text for par in pars]
    systems, absent = load_peers(peers_dir, nlp)
    systems.insert(0, spacy_system("hronika", nlp, METRICS, skip=(SENTENCE_COMPONENT,)))
    for system in systems:
        system.raw(texts[:20])  # warm up
    best: dict[str, tuple[int, float]] = {}
    for _ in range(max(1, rounds)):  # in turn, so that a busy moment of the machine does not fall on one system
        for system in systems:
            words, seconds = one_core(lambda: system.raw(texts))
            if system.name not in best or words / seconds > best[system.name][0] / best[system.name][1]:
                best[system.name] = (words, seconds)
    results: dict[str, dict] = {}
    for system in systems:
        words, seconds = best[system.name]
        results[system.name] = {"words": words, "seconds": round(seconds, 3),
                                "words_per_second": round(words / seconds, 1), **accuracy(system, pars)}
    for name, reason in absent.items():
        results[name] = {"absent": reason}
    report = with_ratios(results)
    report["run"] = {"paragraphs": len(pars), "gold_words": sum(len(p.words) for p in pars), "rounds": rounds,
                     "split": str(split_dir), "cores": 1}
    return report

