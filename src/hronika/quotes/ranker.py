"""A learned speaker ranker: each quotation's candidate speakers scored by a small logistic model, the best kept."""

from __future__ import annotations

import json
import math
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy
from spacy.tokens import Doc, Span, Token

from ..coref.resolver import name_key
from ..lang.lv import media_nouns, organisation_nouns, person_nouns, person_suffixes
from ..schema import ORGANIZATION, PERSON, SPEAKER_TYPES
from .cues import SUBJECT_DEPS, subject_of
from .confidence import PRIOR
from .patterns import Quote
from .speakers import entities, noun_phrase, person_gender, resolve_speaker

WEIGHTS = Path(__file__).with_name("speaker_ranker.json")
WINDOW_SENTENCES = 2  # sentences before the quotation's whose mentions are candidates
NOMINALS = frozenset({"NOUN", "PRON"})

# the patterns grouped by how they find a speaker: a feature per group, so that the model learns which rules to trust
PATTERN_GROUPS = {
    "direct_attributed": "attributed", "direct_named": "named", "direct_unattributed": "unattributed",
    "direct_continued": "unattributed", "dialogue": "line", "headline": "line", "ka_clause": "cued",
    "infinitive": "cued", "ka_adjacent": "cued", "inverted": "cued", "according_to": "sentence",
    "opinion": "sentence", "as_says": "sentence", "evidential": "evidential",
}
GROUPS = sorted(set(PATTERN_GROUPS.values()))
DEPS = ("nsubj", "obl", "nmod", "obj", "appos", "conj", "root")

FEATURES = (
    "null", "null_rules_null", "null_first_person", "null_no_cue", "rules", "rules_unresolved", "rules_pronoun", "previous", "previous_unattributed",
    "cue_subject", "child_of_cue", *(f"dep_{d}" for d in DEPS), "dep_other", "person", "organisation", "unnamed",
    "pronoun", "noun", "propn", "agent_noun", "thing_noun", "resolved", "inside", "before", "after", "cue_distance", "content_distance",
    "same_sentence", "sentence_1", "sentence_2", "far", "gender_agrees", "gender_differs", "titled", "nominative",
    "plural", "full_name", "salience", "most_salient",
    *(f"rules_{g}" for g in GROUPS), *(f"null_{g}" for g in GROUPS),
)


@dataclass
class Candidate:
    """One possible speaker of a quotation: the mention (None: nobody) and the named entity it refers to."""

    speaker: Span | None
    entity: Span | None
    rules: bool = False  # the rules' choice
    previous: bool = False  # the previous quotation's speaker
    key: tuple = field(default=())


def key_of(speaker: Span | None, entity: Span | None) -> tuple:
    """Candidates with one key are one speaker: an entity by its name key, else the phrase by its place."""
    if entity is not None and entity.label_ in SPEAKER_TYPES:
        return ("entity", entity.label_, name_key(entity))
    if speaker is None:
        return ("null",)
    span = entity or speaker
    return ("phrase", span.start, span.end)


class Sentences:
    """A Doc's sentence starts, to number a token's sentence by bisection."""

    def __init__(self, doc: Doc):
        self.spans = list(doc.sents)
        self.starts = [s.start for s in self.spans]

    def number(self, i: int) -> int:
        """The number of the sentence that holds token i."""
        return bisect_right(self.starts, i) - 1


def anchor(quote: Quote) -> Token:
    """Where the quotation is reported: its cue, else the start of what was said."""
    return quote.cue.root if quote.cue is not None else quote.content[0]


def candidates(quote: Quote, previous: Quote | None, sentences: Sentences) -> list[Candidate]:
    """The rules' speaker, the previous quotation's, the persons and organisations named and the nominal subjects
    (resolved as the rules resolve them) in the quotation's sentence and the two before it, and nobody."""
    doc = quote.content.doc
    at = sentences.number(anchor(quote).i)
    first = sentences.spans[max(0, at - WINDOW_SENTENCES)].start
    last = max(sentences.spans[at].end, sentences.spans[sentences.number(quote.content.start)].end)
    found = [Candidate(None, None)]
    if quote.speaker is not None:
        found.append(Candidate(quote.speaker, quote.entity, rules=True))
    if previous is not None and previous.speaker is not None:
        found.append(Candidate(previous.speaker, previous.entity, previous=True))
    named = [e for e in entities(doc).overlapping(first, last) if e.label_ in (PERSON, ORGANIZATION)]
    found += [Candidate(e, e) for e in named]
    for token in doc[first:last]:
        if token.dep_ in SUBJECT_DEPS and token.pos_ in NOMINALS and not token.ent_type_:
            found.append(Candidate(*resolve_speaker(noun_phrase(token), quote.content)))
    return merged(found)


def merged(found: list[Candidate]) -> list[Candidate]:
    """One candidate per speaker: the rules' mention where it is one of them, else the first; flags joined."""
    by_key: dict[tuple, Candidate] = {}
    for c in found:
        c.key = key_of(c.speaker, c.entity)
        kept = by_key.setdefault(c.key, c)
        if kept is not c:
            if c.rules:
                c.previous |= kept.previous
                by_key[c.key] = c
            else:
                kept.rules |= c.rules
                kept.previous |= c.previous
    return list(by_key.values())


def gender_of(c: Candidate) -> list[str]:
    """The candidate's grammatical gender: a person's from the name, else the mention's head word."""
    if c.entity is not None and c.entity.label_ == PERSON:
        return person_gender(c.entity)
    return c.speaker.root.morph.get("Gender") if c.speaker is not None else []


def is_agent_noun(word: Token) -> bool:
    """Whether a noun names someone who can speak: a person by role, an organisation, a medium."""
    lemma = word.lemma_.lower()
    return (lemma in person_nouns() or lemma in organisation_nouns() or lemma in media_nouns()
            or lemma.endswith(person_suffixes()))


def salience(doc: Doc, before: int) -> dict[tuple, int]:
    """How many times each entity was named before a token."""
    counts: dict[tuple, int] = {}
    for e in entities(doc).overlapping(0, before):
        if e.label_ in (PERSON, ORGANIZATION):
            k = key_of(e, e)
            counts[k] = counts.get(k, 0) + 1
    return counts


def features(quote: Quote, c: Candidate, sentences: Sentences, counts: dict[tuple, int],
             first_person: bool) -> dict[str, float]:
    """The features of one candidate of a quotation (FEATURES)."""
    group = PATTERN_GROUPS.get(quote.pattern, "cued")
    if c.speaker is None:
        return {"null": 1, "null_rules_null": float(quote.speaker is None), "null_first_person": float(first_person),
                "null_no_cue": float(quote.cue is None), f"null_{group}": 1}
    head, cue, content = c.speaker.root, anchor(quote), quote.content
    f: dict[str, float] = {"rules": float(c.rules), "previous": float(c.previous), f"rules_{group}": float(c.rules)}
    # the rules' weak choices: a phrase linked to no name, a pronoun
    f["rules_unresolved"] = float(c.rules and c.entity is None)
    f["rules_pronoun"] = float(c.rules and head.pos_ == "PRON")
    f["previous_unattributed"] = float(c.previous and group in ("unattributed", "evidential"))
    subject = subject_of(cue) if quote.cue is not None else None
    f["cue_subject"] = float(subject is not None and c.speaker.start <= subject.i < c.speaker.end)
    f["child_of_cue"] = float(quote.cue is not None and head.head == cue and head != cue)
    dep = head.dep_.split(":")[0]
    dep = "appos" if dep == "flat" else dep
    f[f"dep_{dep}" if dep in DEPS else "dep_other"] = 1
    label = c.entity.label_ if c.entity is not None else ""
    f["person"], f["organisation"] = float(label == PERSON), float(label == ORGANIZATION)
    f["unnamed"] = float(label not in SPEAKER_TYPES)
    f["pronoun"], f["noun"], f["propn"] = (float(head.pos_ == p) for p in ("PRON", "NOUN", "PROPN"))
    # a noun that can speak (a role, an office, a paper) or one that cannot ("loģistikas pašizmaksa")
    agent = is_agent_noun(head)
    f["agent_noun"] = float(label not in SPEAKER_TYPES and head.pos_ == "NOUN" and agent)
    f["thing_noun"] = float(label not in SPEAKER_TYPES and head.pos_ == "NOUN" and not agent)
    f["resolved"] = float(c.entity is not None and not (c.entity.start <= head.i < c.entity.end))
    f["inside"] = float(content.start <= c.speaker.start < content.end)
    f["before"] = float(c.speaker.end <= content.start)
    f["after"] = float(c.speaker.start >= content.end)
    f["cue_distance"] = math.log1p(abs(c.speaker.start - cue.i)) / 3
    gap = max(content.start - c.speaker.end, c.speaker.start - content.end, 0)
    f["content_distance"] = math.log1p(gap) / 3
    distance = sentences.number(cue.i) - sentences.number(c.speaker.start)
    f[{0: "same_sentence", 1: "sentence_1", 2: "sentence_2"}.get(distance, "far")] = 1
    gender, verb_gender = gender_of(c), cue.morph.get("Gender") if quote.cue is not None else []
    f["gender_agrees"] = float(bool(gender and verb_gender) and gender == verb_gender)
    f["gender_differs"] = float(bool(gender and verb_gender) and gender != verb_gender)
    named = c.entity if c.entity is not None else c.speaker
    doc = named.doc
    before = doc[max(named.sent.start, named.start - 3) : named.start]
    f["titled"] = float(any(t.pos_ == "NOUN" for t in before) or any(t.dep_ == "appos" for t in named.root.children))
    f["nominative"] = float(head.morph.get("Case") == ["Nom"])
    f["plural"] = float(head.morph.get("Number") == ["Plur"])
    f["full_name"] = float(label == PERSON and len(c.entity) > 1)
    n = counts.get(c.key, 0)
    f["salience"] = math.log1p(n) / 2
    f["most_salient"] = float(n > 0 and n == max(counts.values()))
    return f


def matrix(rows: list[dict[str, float]]) -> numpy.ndarray:
    """Feature dicts as a matrix, columns in FEATURES order."""
    index = {name: k for k, name in enumerate(FEATURES)}
    x = numpy.zeros((len(rows), len(FEATURES)))
    for r, row in enumerate(rows):
        for name, value in row.items():
            x[r, index[name]] = value
    return x


def quote_candidates(doc: Doc, quotes: list[Quote]) -> list[tuple[list[Candidate], numpy.ndarray]]:
    """Each quotation's candidates and their feature matrix; the previous quotation is the rules' one before."""
    sentences, result, previous = Sentences(doc), [], None
    for quote in quotes:
        found = candidates(quote, previous, sentences)
        counts = salience(doc, anchor(quote).i)
        cue = quote.cue.root if quote.cue is not None else None
        first_person = cue is not None and bool(set(cue.morph.get("Person")) & {"1", "2"})
        result.append((found, matrix([features(quote, c, sentences, counts, first_person) for c in found])))
        previous = quote if quote.speaker is not None else previous
    return result


def softmax(scores: numpy.ndarray) -> numpy.ndarray:
    """Probabilities of scores."""
    e = numpy.exp(scores - scores.max())
    return e / e.sum()


def fit(groups: list[tuple[numpy.ndarray, numpy.ndarray]], weights: list[float] | None = None, l2: float = 1.0,
        steps: int = 400) -> numpy.ndarray:
    """A conditional logit over candidate groups (features, 0/1 labels; any labelled 1 is right), by Newton steps
    with an L2 penalty."""
    w = numpy.zeros(len(FEATURES))
    weights = weights or [1.0] * len(groups)
    for _ in range(steps):
        gradient, hessian = l2 * w, l2 * numpy.eye(len(w))
        for (x, y), weight in zip(groups, weights):
            scores = x @ w
            p = softmax(scores)
            q = softmax(numpy.where(y > 0, scores, -numpy.inf))  # the right candidates' share of the probability
            gradient += weight * (x.T @ (p - q))
            mean = p @ x
            hessian += weight * ((x * p[:, None]).T @ x - numpy.outer(mean, mean))
        step = numpy.linalg.solve(hessian, gradient)
        w -= step
        if numpy.abs(step).max() < 1e-6:
            break
    return w


@lru_cache(maxsize=1)
def load_weights(path: str = str(WEIGHTS)) -> numpy.ndarray:
    """The shipped weights, in FEATURES order (a feature the file lacks weighs 0)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))["weights"]
    return numpy.array([data.get(name, 0.0) for name in FEATURES])


class SpeakerRanker:
    """Puts the best-scoring candidate as each quotation's speaker, and its probability into the confidence."""

    def __init__(self, weights: numpy.ndarray | None = None):
        self.weights = load_weights() if weights is None else weights

    def rerank(self, doc: Doc, quotes: list[Quote]) -> list[float]:
        """Set each quotation's speaker and entity to the most probable candidate; its confidence becomes the
        pattern's prior guess times that probability (in place of the calibrated one, which judges the rules'
        speaker); the probabilities, in order."""
        chosen = []
        for quote, (found, x) in zip(quotes, quote_candidates(doc, quotes)):
            p = softmax(x @ self.weights)
            best = found[int(p.argmax())]
            quote.speaker, quote.entity = best.speaker, best.entity
            quote.confidence = round(PRIOR[quote.pattern] * float(p.max()), 3)
            chosen.append(float(p.max()))
        return chosen
