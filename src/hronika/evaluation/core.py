"""Score a pipeline against a folder laid out like FullStack-LV's dev split."""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from spacy.language import Language
from spacy.tokens import Doc, MorphAnalysis

from ..corpus.fullstack import Paragraph, read_split
from ..pipeline import SENTENCE_COMPONENT


@dataclass
class PRF:
    """Counts for precision, recall and F1."""

    tp: int = 0
    pred: int = 0
    gold: int = 0

    def add(self, predicted: set, gold: set) -> None:
        """Count one item's predicted and gold sets."""
        self.tp += len(predicted & gold)
        self.pred += len(predicted)
        self.gold += len(gold)

    def scores(self) -> dict[str, float]:
        """Precision, recall and F1 as percentages."""
        p = 100 * self.tp / self.pred if self.pred else 0.0
        r = 100 * self.tp / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"p": round(p, 2), "r": round(r, 2), "f": round(f, 2)}


def share(part: int, total: int) -> float:
    """part / total as a percentage with two decimals (0 for no total)."""
    return round(100 * part / total, 2) if total else 0.0


@dataclass
class Accuracy:
    """Per-token agreement counts for each attribute."""

    correct: Counter = field(default_factory=Counter)
    total: int = 0

    def percent(self, key: str) -> float:
        """Share of tokens where key agreed, as a percentage."""
        return round(100 * self.correct[key] / self.total, 2) if self.total else 0.0


def gold_char_spans(par: Paragraph) -> tuple[set, set]:
    """(token spans, sentence spans) of a gold paragraph, as character offsets into its text."""
    tokens, sents, offset = set(), set(), 0
    words = par.words
    k = 0
    for sent in par.sentences:
        sent_start = offset
        for tok in sent:
            tokens.add((offset, offset + len(tok.form)))
            end = offset + len(tok.form)
            offset = end + (1 if tok.space_after and k < len(words) - 1 else 0)
            k += 1
        sents.add((sent_start, end))
    return tokens, sents


def predicted_char_spans(doc: Doc) -> tuple[set, set]:
    """(token spans, sentence spans) of a predicted Doc, white space left out."""
    tokens = {(t.idx, t.idx + len(t.text)) for t in doc if not t.is_space}
    sents = set()
    for sent in doc.sents:
        words = [t for t in sent if not t.is_space]
        if words:
            sents.add((words[0].idx, words[-1].idx + len(words[-1].text)))
    return tokens, sents


def universal(deprel: str) -> str:
    """The universal part of a dependency label (CoNLL 2018 scores ignore subtypes)."""
    return deprel.split(":", 1)[0]


def gold_doc_input(nlp: Language, par: Paragraph) -> Doc:
    """An unannotated Doc with the gold tokens and sentence boundaries."""
    words = par.words
    spaces = [t.space_after for t in words]
    spaces[-1] = False
    starts = [i == 0 for sent in par.sentences for i in range(len(sent))]
    return Doc(nlp.vocab, words=[t.form for t in words], spaces=spaces, sent_starts=starts)


def score_tagging(nlp: Language, pars: list[Paragraph], acc: Accuracy, ner: PRF, ner_types: dict) -> None:
    """UPOS, XPOS, UFeats, lemma, UAS, LAS and NER on gold tokens."""
    disabled = [SENTENCE_COMPONENT] if SENTENCE_COMPONENT in nlp.pipe_names else []
    with nlp.select_pipes(disable=disabled):
        score_docs(pars, nlp.pipe(gold_doc_input(nlp, par) for par in pars), acc, ner, ner_types)


def score_docs(pars: list[Paragraph], docs: Iterable[Doc], acc: Accuracy, ner: PRF, ner_types: dict) -> None:
    """Count agreement of Docs analysed on the gold tokens (one per paragraph, in order) with the gold paragraphs."""
    for par, doc in zip(pars, docs):
        offset = 0
        heads = []
        for sent in par.sentences:
            heads.extend(offset + t.head - 1 if t.head else None for t in sent)
            offset += len(sent)
        for gold, tok, head in zip(par.words, doc, heads):
            acc.total += 1
            gold_feats = str(MorphAnalysis(doc.vocab, gold.feats if gold.feats != "_" else ""))
            pred_head = None if tok.dep_ == "ROOT" or tok.head.i == tok.i else tok.head.i
            attach = pred_head == head
            acc.correct.update(
                upos=tok.pos_ == gold.upos,
                xpos=tok.tag_ == gold.xpos,
                feats=str(tok.morph) == gold_feats,
                lemma=tok.lemma_ == gold.lemma,
                uas=attach,
                las=attach and universal("root" if pred_head is None else tok.dep_) == universal(gold.deprel),
            )
        if par.ner_tags is not None:
            gold_ents = bio_spans(par.ner_tags)
            pred_ents = {(e.start, e.end, e.label_) for e in doc.ents}
            ner.add(pred_ents, gold_ents)
            for label in {e[2] for e in gold_ents | pred_ents}:
                ner_types.setdefault(label, PRF()).add(
                    {e for e in pred_ents if e[2] == label}, {e for e in gold_ents if e[2] == label}
                )


def bio_spans(tags: list[str]) -> set[tuple[int, int, str]]:
    """(start, end, label) token spans of a BIO tag sequence."""
    spans, start, label = set(), None, None
    for i, tag in enumerate(tags + ["O"]):
        if start is not None and not tag.startswith("I-"):
            spans.add((start, i, label))
            start = None
        if tag.startswith("B-"):
            start, label = i, tag[2:]
    return spans


def score_raw(nlp: Language, pars: list[Paragraph]) -> dict[str, float]:
    """Tokenization and sentence F1 from raw text, and words/s of the full pipeline."""
    tokens, sents = PRF(), PRF()
    texts = [par.text for par in pars]
    list(nlp.pipe(texts[:20]))  # warm up, as `hronika bench` does
    started = time.perf_counter()
    docs = list(nlp.pipe(texts))
    elapsed = time.perf_counter() - started
    words = 0
    for par, doc in zip(pars, docs):
        gold_tokens, gold_sents = gold_char_spans(par)
        pred_tokens, pred_sents = predicted_char_spans(doc)
        tokens.add(pred_tokens, gold_tokens)
        sents.add(pred_sents, gold_sents)
        words += len(pred_tokens)
    return {
        "tokens_p": tokens.scores()["p"],
        "tokens_r": tokens.scores()["r"],
        "tokens_f": tokens.scores()["f"],
        "sents_p": sents.scores()["p"],
        "sents_r": sents.scores()["r"],
        "sents_f": sents.scores()["f"],
        "words_per_second": round(words / elapsed, 1) if elapsed else 0.0,
    }


def evaluate(nlp: Language, split_dir: Path, limit: int = 0) -> dict:
    """Every score of the core analysis on one split folder."""
    pars = list(read_split(split_dir))
    if limit:
        pars = pars[:limit]
    if not pars:
        raise ValueError(f"{split_dir}: no UD/*.conllu paragraphs found")
    results: dict = score_raw(nlp, pars)
    acc, ner, ner_types = Accuracy(), PRF(), {}
    score_tagging(nlp, pars, acc, ner, ner_types)
    for key in ("upos", "xpos", "feats", "lemma", "uas", "las"):
        results[key] = acc.percent(key)
    results["ner"] = {**ner.scores(), "types": {k: v.scores() for k, v in sorted(ner_types.items())}}
    results["paragraphs"] = len(pars)
    results["words"] = acc.total
    return results


def quote_rows(scores: dict, label: str) -> Iterable[tuple[str, str]]:
    """Table rows of one annotated quotation set: overall, per pattern, per way the speaker is named."""
    yield f"quotes, {label}: {scores['texts']} news texts (p / r / f)", (
        f"{scores['p']:.2f} / {scores['r']:.2f} / {scores['f']:.2f}")
    yield "  speaker accuracy", f"{scores['speaker_accuracy']:.2f}"
    for name, s in scores["patterns"].items():
        yield f"  {name}: {s['found']} found (p / r / speaker)", f"{s['p']:.2f} / {s['r']:.2f} / {s['speaker_accuracy']:.2f}"
    for naming, s in scores["speaker_by_naming"].items():
        yield f"  speaker named by {naming}: {s['quotes']} quotes", f"{s['speaker_accuracy']:.2f}"


def format_table(results: dict) -> Iterable[tuple[str, str]]:
    """(metric, value) rows for a human-readable report."""
    for key in ("tokens_f", "sents_f", "upos", "xpos", "feats", "lemma", "uas", "las"):
        yield key, f"{results[key]:.2f}"
    ner = results["ner"]
    yield "ner (p / r / f)", f"{ner['p']:.2f} / {ner['r']:.2f} / {ner['f']:.2f}"
    for label, s in ner["types"].items():
        yield f"  {label}", f"{s['p']:.2f} / {s['r']:.2f} / {s['f']:.2f}"
    yield "words_per_second", f"{results['words_per_second']:.0f}"
    speech = results.get("speech") or {}
    if "frames" in speech:
        yield f"speech frames ({speech['frames']}): cue / message / speaker", (
            f"{speech['cue_recall']:.2f} / {speech['message_recall']:.2f} / {speech['speaker_accuracy']:.2f}")
    for key, label in (("annotated", "validation"), ("development", "development")):
        if key in speech:
            yield from quote_rows(speech[key], label)
    if "timex" in results:
        t = results["timex"]
        yield f"timexes, {t['timexes']} annotated (f / value accuracy)", f"{t['lenient']['f']:.2f} / {t['accuracy']:.2f}"
    if "names" in results:
        n = results["names"]
        yield f"canonical names: {n['entities']} dev entities (gold lemma rule)", f"{n['accuracy']:.2f}"
        if "persons" in n:
            people = n["persons"]
            yield f"  persons of {people['documents']} news documents as analyze lists them (p / r)", (
                f"{people['p']:.2f} / {people['r']:.2f}")
        if "forms" in n:
            yield f"  {n['forms']['forms']} hand-checked forms", f"{n['forms']['accuracy']:.2f}"
    if "coref" in results:
        c = results["coref"]
        yield f"coreference, {c['paragraphs']} paragraphs: MUC / B³ / CEAF-e F1", (
            f"{c['muc']['f']:.2f} / {c['b3']['f']:.2f} / {c['ceafe']['f']:.2f}")
        yield "  CoNLL F1 / pronoun antecedent accuracy", f"{c['conll_f1']:.2f} / {c['pronoun_accuracy']:.2f}"
