"""Score canonical names: on hand-checked inflected forms, and on dev entities against their gold lemmas."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Span

from ..schema import GPE, LOCATION, ORGANIZATION, PERSON
from ..lang.lv.canonical import QUOTE_MARKS, base_name
from .core import bio_spans, gold_doc_input, share
from ..corpus.fullstack import Paragraph, read_split
from ..corpus.gold import read_names
from ..pipeline import SENTENCE_COMPONENT

NAME_LABELS = frozenset({PERSON, GPE, ORGANIZATION, LOCATION})


def score_name_list(nlp: Language, gold_path: Path) -> dict:
    """Share of hand-checked mentions (gold span and type, in their sentence) whose canonical name is right."""
    items = read_names(gold_path)
    right, by_type = 0, {}
    for item, doc in zip(items, nlp.pipe(i.text for i in items)):
        span = doc.char_span(item.start, item.end, label=item.type, alignment_mode="expand")
        ok = span is not None and base_name(span) == item.name
        right += ok
        counts = by_type.setdefault(item.type, [0, 0])
        counts[0] += ok
        counts[1] += 1
    return {"forms": len(items), "accuracy": share(right, len(items)),
            "types": {label: share(ok, n) for label, (ok, n) in sorted(by_type.items())}}


def gold_lemma_name(par: Paragraph, start: int, end: int, label: str) -> str:
    """The reference name of a gold entity: a person's every word by its gold lemma, another name's last word by
    its gold lemma (capitalised as written) and the rest as written; quotation marks left out."""
    words = [w for w in par.words[start:end] if w.form not in QUOTE_MARKS]
    if not words:
        return ""
    if label == PERSON:
        return " ".join(w.lemma for w in words)
    head = words[-1]
    lemma = head.lemma[:1].upper() + head.lemma[1:] if head.form[:1].isupper() else head.lemma
    return " ".join([w.form for w in words[:-1]] + [lemma])


def score_dev_entities(nlp: Language, split_dir: Path) -> dict:
    """Share of gold person, place and organisation entities whose canonical name equals the gold lemma rule."""
    pars = [p for p in read_split(split_dir) if p.ner_tags is not None]
    right = total = 0
    disabled = [SENTENCE_COMPONENT] if SENTENCE_COMPONENT in nlp.pipe_names else []
    with nlp.select_pipes(disable=disabled):
        for par, doc in zip(pars, nlp.pipe(gold_doc_input(nlp, p) for p in pars)):
            for start, end, label in bio_spans(par.ner_tags):
                if label in NAME_LABELS:
                    total += 1
                    # compare as spaCy spaces them: the rule joins words with single spaces
                    name = " ".join(base_name(Span(doc, start, end, label=label)).split())
                    right += name.replace(" ", "") == gold_lemma_name(par, start, end, label).replace(" ", "")
    return {"entities": total, "accuracy": share(right, total)}
