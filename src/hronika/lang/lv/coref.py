"""Latvian pronoun classes and person nouns for coreference: the word lists of pronouns.tsv and coref.tsv read in context."""

from __future__ import annotations

from spacy.tokens import Token

from . import coref_words, person_nouns, person_suffixes, pronoun_forms, tagged_pronouns

PRONOUN_POS = frozenset({"PRON", "DET", "ADV"})
ARGUMENT_DEPS = frozenset({"nsubj", "nsubj:pass", "obj", "iobj", "obl", "nmod"})


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
        if token.lower_ in tagged_pronouns("things"):
            return "personal"
        return None if points_to_clause(token) or token.dep_ not in ("nsubj", "obj") else "personal"
    return kind


def is_demonstrative(token: Token) -> bool:
    """A form of "tas" standing as a pronoun ("to", "tajā"), not a determiner ("tā māja"), whatever it points to."""
    return pronoun_forms().get(token.lower_) == "demonstrative" and token.pos_ in PRONOUN_POS and token.dep_ != "det"


def points_to_clause(token: Token) -> bool:
    """A demonstrative before a comma, a colon or "būt" ("to, ka …", "tas ir"): it points to a clause or a fact."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return after is not None and (after.text in (",", ":") or after.lemma_ in coref_words("clause_verb"))


def is_person_pronoun(token: Token) -> bool:
    """A form of "viņš" or "viņa", by its lemma: a pronoun that stands for a person."""
    return pronoun_forms().get(token.lemma_.lower()) == "personal"


def is_person_noun(token: Token) -> bool:
    """A common noun that names a person: known from the corpus, or built with an agent suffix ("-tājs", "-niece")."""
    lemma = token.lemma_.lower()
    return lemma in person_nouns() or lemma.endswith(person_suffixes())
