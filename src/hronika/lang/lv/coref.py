"""Latvian pronoun classes for coreference, from a data file beside this module."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from . import _pairs, _words

PRONOUN_POS = frozenset({"PRON", "DET", "ADV"})
ARGUMENT_DEPS = frozenset({"nsubj", "nsubj:pass", "obj", "iobj", "obl", "nmod"})
PLURAL_DEMONSTRATIVES = frozenset({"tās", "tos"})
PERSON_SUFFIXES = ("tājs", "tāja", "nieks", "niece", "ists", "iste", "ietis", "iete", "ējs", "ēja")


@lru_cache(maxsize=1)
def pronoun_forms() -> dict[str, str]:
    """Pronoun form (lower case) → class."""
    return _pairs("pronouns.tsv")


def pronoun_class(token: Token) -> str | None:
    """The coreference class of a word, or None: a relative word must open its clause (", kurš", ", ar kuru"),
    a demonstrative stand on its own (not "tā māja"), a personal "viņa" not be the noun "viņa"."""
    kind = pronoun_forms().get(token.lower_)
    if kind is None or token.pos_ not in PRONOUN_POS:
        return None
    doc = token.doc
    if kind == "relative":
        before = doc[token.i - 1] if token.i > 0 else None
        if before is not None and before.pos_ == "ADP" and token.i > 1:
            before = doc[token.i - 2]
        return kind if before is not None and before.text == "," else None
    if kind == "demonstrative":
        # "tas", "tā", "to" point as often to a clause or a fact as to a noun: the plural "tās", "tos" name
        # things; a singular only as subject or object, and not before a clause or "būt" ("to, ka …", "tas ir")
        if token.dep_ not in ARGUMENT_DEPS:
            return None
        if token.lower_ in PLURAL_DEMONSTRATIVES:
            return "personal"
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        clausal = after is not None and (after.text in (",", ":") or after.lemma_ == "būt")
        return None if clausal or token.dep_ not in ("nsubj", "obj") else "personal"
    return kind


@lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    """Lemmas of common nouns that name people."""
    return _words("person_nouns.txt")


def is_person_noun(token: Token) -> bool:
    """A common noun that names a person: known from the corpus, or built with an agent suffix ("-tājs", "-niece")."""
    lemma = token.lemma_.lower()
    return lemma in person_nouns() or lemma.endswith(PERSON_SUFFIXES)
