"""A learned ranker of third-person pronoun antecedents: pair features scored by weights trained on FullStack-LV."""

from __future__ import annotations

import bisect
import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

import numpy
from spacy.attrs import POS
from spacy.tokens import Doc, Token

from ..lang.lv import DATA_PACKAGE, closing_quotes, opening_quotes
from ..lang.lv.coref import (ARGUMENT_DEPS, is_demonstrative, is_person_noun, is_person_pronoun, points_to_clause,
                             pronoun_class)
from ..schema import PERSON

WEIGHTS_FILE = "coref_ranker.json"  # in lang/lv/: written by training/coref_ranker.py
NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON"})
ROLES = {"nsubj": "subj", "nsubj:pass": "subj", "obj": "obj", "iobj": "obj", "obl": "obl", "nmod": "nmod",
         "conj": "conj", "appos": "appos", "root": "root"}  # a candidate's dependency label → its role feature
INCOMPATIBLE = frozenset({"gender_clash", "number_clash", "person_wanted_missing"})  # features of a misfit
NULL = "null"  # the feature of "no antecedent in the window": its weight is the bar a candidate must clear


@dataclass(frozen=True)
class Context:
    """What the features read of the whole article, computed once per Doc."""

    entity_of: dict[int, tuple[int, int]]  # token → its named mention
    sentence_of: list[int]  # token → sentence number
    quoted: list[bool]  # token → inside quotation marks
    chain_size: dict[int, int]  # last token of a named mention → mentions of that name in the article
    seen: dict[int, Candidate | None] = field(default_factory=dict)  # token → what it is as a candidate
    nominals: list[int] = field(default_factory=list)  # positions of the nouns, names and pronouns, ascending


class Candidate(NamedTuple):
    """A candidate antecedent as every pronoun after it sees it: read once per article, not once per pronoun."""

    token: Token
    person: bool
    dep: str  # its dependency label, a name's by its head word
    role: str
    verb: Token | None
    gender: list[str]
    number: list[str]
    features: dict[str, float]  # the features of the candidate alone


def quotation_mask(doc: Doc) -> list[bool]:
    """Whether each token stands inside quotation marks (the marks themselves count as outside)."""
    opening, closing, inside, mask = opening_quotes(), closing_quotes(), False, []
    for token in doc:
        if inside and token.text in closing:
            inside = False
        elif not inside and token.text in opening:
            inside = True
            mask.append(False)
            continue
        mask.append(inside)
    return mask


def sentence_numbers(doc: Doc) -> list[int]:
    """Each token's sentence number."""
    numbers = [0] * len(doc)
    for n, sent in enumerate(doc.sents):
        numbers[sent.start : sent.end] = [n] * (sent.end - sent.start)
    return numbers


def clause_verb(token: Token) -> Token | None:
    """The verb of the clause a word belongs to (up to six heads up)."""
    node = token.head
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX"):
            return node
        if node.head == node:
            return None
        node = node.head
    return None


def is_person(token: Token) -> bool:
    """A word that names a person: a person entity, "viņš"/"viņa", an unrecognised proper noun, a person noun."""
    return (token.ent_type_ == PERSON or (token.pos_ == "PRON" and is_person_pronoun(token))
            or (token.pos_ == "PROPN" and not token.ent_type_) or is_person_noun(token))


def clash(a: list[str], b: list[str]) -> bool:
    """Both words mark a morphological feature (their values a, b) and the values differ."""
    return bool(a) and bool(b) and a != b


def as_candidate(token: Token, context: Context) -> Candidate | None:
    """A noun, a name (by its last word) or a personal pronoun as a candidate; None for any other word."""
    if token.i in context.seen:
        return context.seen[token.i]
    found = None
    named = token.i in context.entity_of
    last_of_name = not named or context.entity_of[token.i][1] - 1 == token.i
    if token.pos_ in NOMINAL_POS and last_of_name and (token.pos_ != "PRON" or pronoun_class(token) == "personal"):
        # a name's role is its head word's: "Egils Levits" is a subject by "Egils", "Levits" is only flat:name
        dep = token.doc[context.entity_of[token.i][0] : token.i + 1].root.dep_ if named else token.dep_
        role = ROLES.get(dep, "other")
        features = {
            f"role_{role}": 1.0,
            "pronoun": float(token.pos_ == "PRON"),
            "named_person": float(token.ent_type_ == PERSON),
            "named_other": float(named and token.ent_type_ != PERSON),
            "proper_unnamed": float(token.pos_ == "PROPN" and not named),
            "log_chain_size": math.log(context.chain_size.get(token.i, 1)),
            "genitive": float(token.morph.get("Case") == ["Gen"]),
        }
        found = Candidate(token, is_person(token), dep, role, clause_verb(token), token.morph.get("Gender"),
                          token.morph.get("Number"), {name: value for name, value in features.items() if value})
    context.seen[token.i] = found
    return found


class Anaphor(NamedTuple):
    """What the pair features read of the pronoun: read once per pronoun, not once per candidate."""

    token: Token
    wants_person: bool
    gender: list[str]
    number: list[str]
    case: str  # "nom" or "oblique"
    verb: Token | None
    sentence: int
    quoted: bool


def as_anaphor(pronoun: Token, context: Context) -> Anaphor:
    """A pronoun as the pair features read it."""
    case = "nom" if pronoun.morph.get("Case") == ["Nom"] else "oblique"
    return Anaphor(pronoun, is_person_pronoun(pronoun), pronoun.morph.get("Gender"), pronoun.morph.get("Number"),
                   case, clause_verb(pronoun), context.sentence_of[pronoun.i], context.quoted[pronoun.i])


def pair_features(anaphor: Anaphor, candidate: Candidate, context: Context) -> dict[str, float]:
    """The features of one (pronoun, earlier candidate) pair; absent binary features are 0."""
    wants_person, person, token = anaphor.wants_person, candidate.person, candidate.token
    distance = anaphor.token.i - token.i
    features = {
        **candidate.features,
        "distance": distance / 10,  # tokens, scaled like the rules' "a token costs 0.1"
        "log_distance": math.log1p(distance),
        f"sentences_{min(anaphor.sentence - context.sentence_of[token.i], 2)}": 1.0,
        "same_role": float(candidate.dep == anaphor.token.dep_),
        "person_wanted_found": float(wants_person and person),
        "person_wanted_missing": float(wants_person and not person),
        "person_unwanted": float(not wants_person and person),  # "tās", "tie" point to things more often
        "gender_clash": float(clash(anaphor.gender, candidate.gender)),
        "number_clash": float(clash(anaphor.number, candidate.number)),
        "same_clause": float(anaphor.verb is not None and candidate.verb == anaphor.verb),
        "quote_differs": float(context.quoted[token.i] != anaphor.quoted),
        f"pronoun_{anaphor.case}_{candidate.role}": 1.0,
    }
    return {name: value for name, value in features.items() if value}


def is_ranked(token: Token) -> bool:
    """A pronoun the ranker resolves: a third-person one, or any demonstrative "tas" form, which the ranker may
    leave without antecedent (it points to a clause or a fact as often as to a noun)."""
    kind = pronoun_class(token)
    return kind == "personal" or (kind is None and is_demonstrative(token))


def null_features(pronoun: Token, context: Context) -> dict[str, float] | None:
    """The features of "no antecedent", or None where the pronoun always takes one: "viņš" and "viņa" refer back
    in 85 % of train cases, and leaving one unlinked loses more pronoun accuracy than it gains in precision."""
    if is_person_pronoun(pronoun):
        return None
    features = {
        NULL: 1.0,
        "null_first_sentence": float(context.sentence_of[pronoun.i] == 0),
        "null_not_argument": float(pronoun.dep_ not in ARGUMENT_DEPS),
        "null_before_clause": float(points_to_clause(pronoun)),
        "null_singular": float(pronoun.morph.get("Number") == ["Sing"]),
        "null_in_quote": float(context.quoted[pronoun.i]),
    }
    return {name: value for name, value in features.items() if value}


def candidates(pronoun: Token, window: int, context: Context) -> list[tuple[Token, dict[str, float]]]:
    """The earlier candidates of a third-person pronoun within `window` tokens, nearest first, with features."""
    doc, anaphor = pronoun.doc, as_anaphor(pronoun, context)
    if not context.nominals:  # only these can be candidates: the other words are never made Tokens
        codes = numpy.array([doc.vocab.strings[pos] for pos in NOMINAL_POS], dtype="uint64")
        context.nominals.extend(numpy.flatnonzero(numpy.isin(doc.to_array(POS), codes)).tolist())
    first = bisect.bisect_left(context.nominals, pronoun.i - window)
    found, compatible = [], 0
    for i in reversed(context.nominals[first : bisect.bisect_left(context.nominals, pronoun.i)]):
        token = doc[i]
        candidate = as_candidate(token, context)
        if candidate is None:
            continue
        features = pair_features(anaphor, candidate, context)
        # how many nearer candidates would fit as well: the rules' "nearest agreeing mention" as a feature
        features["log_compatible_before"] = math.log1p(compatible)
        compatible += not (features.keys() & INCOMPATIBLE)
        found.append((token, features))
    return found


def best_antecedent(pronoun: Token, window: int, context: Context, weights: dict[str, float]) -> Token | None:
    """The highest-scoring candidate, or None where "no antecedent" scores higher."""
    null = null_features(pronoun, context)
    best, best_score = None, float("-inf") if null is None else score(null, weights)
    for token, features in candidates(pronoun, window, context):
        value = score(features, weights)
        if value > best_score:
            best, best_score = token, value
    return best


@lru_cache(maxsize=1)
def shipped_weights() -> dict[str, float]:
    """The trained weights shipped in lang/lv/coref_ranker.json (feature name → weight)."""
    text = resources.files(DATA_PACKAGE).joinpath(WEIGHTS_FILE).read_text(encoding="utf-8")
    return dict(json.loads(text)["weights"])


def score(features: dict[str, float], weights: dict[str, float]) -> float:
    """A candidate's score: the weighted sum of its features."""
    return sum(weights.get(name, 0.0) * value for name, value in features.items())
