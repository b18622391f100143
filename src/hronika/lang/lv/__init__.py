"""Latvian language rules kept as data files beside this module, loaded once through one loader."""

from __future__ import annotations

from functools import lru_cache, partial
from importlib import resources
from typing import Callable

import numpy
from spacy.strings import hash_string
from spacy.tokens import Doc

DATA_PACKAGE = "hronika.lang.lv"
NO_CLASS = "-"  # pronouns.tsv: a form no coreference rule reads


def data_lines(name: str) -> list[list[str]]:
    """Non-empty, non-comment lines of a data file (a path under lang/lv/, "timex/months.tsv"), split on tabs."""
    text = resources.files(DATA_PACKAGE).joinpath(name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


def words(name: str) -> frozenset[str]:
    """The first column of a data file: a word list."""
    return frozenset(cols[0] for cols in data_lines(name))


def pairs(name: str) -> dict[str, str]:
    """The first two columns of a data file: word → value."""
    return {cols[0]: cols[1] for cols in data_lines(name)}


def word_list(name: str) -> Callable[[], frozenset[str]]:
    """The word list of one data file as a function that reads it on first use and keeps it."""
    return lru_cache(maxsize=1)(partial(words, name))


@lru_cache(maxsize=None)
def string_hashes(words: frozenset[str]) -> numpy.ndarray:
    """The string hashes of a word list, as a Doc's attribute arrays hold them (the same in every vocabulary)."""
    return numpy.array([hash_string(word) for word in words], dtype="uint64")


def positions(doc: Doc, attr: int, words: frozenset[str]) -> list[int]:
    """The tokens whose attribute (LOWER, LEMMA …) is one of the words: one look at the array, not at each token."""
    return numpy.flatnonzero(numpy.isin(doc.to_array(attr), string_hashes(words))).tolist()


def word_pairs(name: str) -> Callable[[], dict[str, str]]:
    """The word → value table of one data file as a function that reads it on first use and keeps it."""
    return lru_cache(maxsize=1)(partial(pairs, name))


@lru_cache(maxsize=1)
def abbreviations() -> dict[str, bool]:
    """Abbreviation → whether it may end a sentence."""
    return {cols[0]: len(cols) > 1 and cols[1] == "final" for cols in data_lines("abbreviations.txt")}


@lru_cache(maxsize=1)
def quote_pairs() -> list[tuple[str, str]]:
    """(opening, closing) quotation mark pairs."""
    return [(cols[0], cols[1]) for cols in data_lines("quotes.tsv")]


@lru_cache(maxsize=1)
def opening_quotes() -> frozenset[str]:
    """Characters that open a quotation."""
    return frozenset(o for o, _ in quote_pairs())


@lru_cache(maxsize=1)
def closing_quotes() -> frozenset[str]:
    """Characters that close a quotation."""
    return frozenset(c for _, c in quote_pairs())


# lemmas of verbs that introduce reported speech, claims and opinions
speech_verbs = word_list("speech_verbs.tsv")


@lru_cache(maxsize=4)
def speech_verbs_of(frames: frozenset[str]) -> frozenset[str]:
    """Speech verbs with a sense in one of these FrameNet frames."""
    return frozenset(cols[0] for cols in data_lines("speech_verbs.tsv") if frames & set(cols[1].split(",")))


def question_verbs() -> frozenset[str]:
    """Verbs that report questions ("jautāja, vai …")."""
    return speech_verbs_of(frozenset({"Questioning"}))


def directive_verbs() -> frozenset[str]:
    """Verbs that report a request, a promise or a warning with an infinitive ("solīja samazināt nodokļus")."""
    return speech_verbs_of(frozenset({"Request", "Commitment", "Attempt_suasion", "Warning"}))


@lru_cache(maxsize=None)
def attribution_words(kind: str) -> frozenset[str]:
    """Words of one attribution construction ("after_genitive": pēc X teiktā; "clause_marker": kā norāda X)."""
    return frozenset(cols[1] for cols in data_lines("attribution.tsv") if cols[0] == kind)


# lemmas of nouns naming where something was said (intervija, laikraksts, aģentūra …)
media_nouns = word_list("media.txt")


@lru_cache(maxsize=1)
def first_names() -> dict[str, str]:
    """Latvian first name (nominative) → grammatical gender ("Masc", "Fem" or "")."""
    genders = {"masc": "Masc", "fem": "Fem"}
    return {cols[0]: genders.get(cols[1], "") for cols in data_lines("first_names.tsv")}


# lemmas of verbs that report speech only beside a quotation ("„…,“ viņš turpināja")
dialogue_verbs = word_list("dialogue_verbs.txt")


# written form (lower case) of a speech verb → its lemma, as the training data spells them
speech_verb_forms = word_pairs("speech_verb_forms.tsv")


# lemmas of nouns that refer back to an organisation ("banka", "ministrija", "uzņēmums")
organisation_nouns = word_list("organisation_nouns.txt")


@lru_cache(maxsize=1)
def pronoun_forms() -> dict[str, str]:
    """Pronoun form (lower case) → its coreference class (personal, demonstrative, reflexive, relative, speaker1 …)."""
    return {cols[0]: cols[1] for cols in data_lines("pronouns.tsv") if cols[1] != NO_CLASS}


@lru_cache(maxsize=None)
def tagged_pronouns(tag: str) -> frozenset[str]:
    """Pronoun forms with one tag ("things": "tās"; "subject": "kas"; "singular": "viņš", "pati")."""
    return frozenset(cols[0] for cols in data_lines("pronouns.tsv") if len(cols) > 2 and tag in cols[2].split(","))


# abbreviated honorifics written before a name ("V.E. Džovanni Polici"), not part of it
honorifics = word_list("honorifics.txt")


# every pronoun form, whether or not a coreference rule reads it
pronoun_words = word_list("pronouns.tsv")


# lemmas of common nouns that name people
person_nouns = word_list("person_nouns.txt")


@lru_cache(maxsize=None)
def coref_words(kind: str) -> frozenset[str]:
    """Words of one kind the coreference rules name ("person_suffix": -tājs, -niece; "clause_verb": būt)."""
    return frozenset(cols[1] for cols in data_lines("coref.tsv") if cols[0] == kind)


@lru_cache(maxsize=1)
def person_suffixes() -> tuple[str, ...]:
    """Suffixes of nouns that name a person by what they do ("-tājs", "-niece"), for str.endswith."""
    return tuple(sorted(coref_words("person_suffix")))


@lru_cache(maxsize=None)
def stem_letters(kind: str) -> tuple[str, ...]:
    """Endings of one kind the nominative rules test ("vowel", "indeclinable": -o, -y …), in file order."""
    return tuple(cols[1] for cols in data_lines("stem_letters.tsv") if cols[0] == kind)
