"""Latvian nouns and adjectives back in the nominative, from ending tables kept as data beside this module."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from . import data_lines, stem_letters


VOWELS = frozenset(stem_letters("vowel"))
UNALTERNATED_STEMS = stem_letters("unalternated")  # "Kariņ", "Rinkēvič"
SECOND_DECLENSION_STEMS = stem_letters("second_declension")  # "Porziņģ", "Zelensk"
SOFT_STEMS = stem_letters("soft")  # "Kariņ", "dzelzceļ"
(SOFT_NOMINATIVE,) = stem_letters("soft_nominative")  # "Kariņš", "dzelzceļš"


@dataclass(frozen=True)
class Ending:
    """One inflected ending: its case, number, gender, declension (or definiteness) and nominative ending."""

    ending: str
    case: str
    number: str
    gender: str
    kind: str
    nominative: str
    alternates: bool = False


@lru_cache(maxsize=1)
def noun_endings() -> tuple[Ending, ...]:
    """Noun endings, longest first."""
    rows = [Ending(c[0], c[1], c[2], c[3], c[4], c[5], len(c) > 6 and c[6] == "yes") for c in data_lines("noun_endings.tsv")]
    return tuple(sorted(rows, key=lambda e: -len(e.ending)))


@lru_cache(maxsize=1)
def adjective_endings() -> tuple[Ending, ...]:
    """Adjective endings, longest first."""
    rows = [Ending(c[0], c[1], c[2], c[3], c[4], c[5]) for c in data_lines("adjective_endings.tsv")]
    return tuple(sorted(rows, key=lambda e: -len(e.ending)))


@lru_cache(maxsize=1)
def alternations() -> tuple[tuple[str, str], ...]:
    """(alternated, base) consonants, longest first."""
    return tuple(sorted(((c[0], c[1]) for c in data_lines("alternations.tsv")), key=lambda a: -len(a[0])))


def unalternate(stem: str) -> str:
    """The stem with its alternated last consonant turned back ("Vējoņ" → "Vējon")."""
    for alternated, base in alternations():
        if stem.endswith(alternated):
            return stem[: -len(alternated)] + base
    return stem


def alternated(stem: str) -> bool:
    """Whether a stem ends in a consonant that only alternation produces ("Lēmaņ", not "Kariņ" or "Rinkēvič")."""
    if stem.endswith(UNALTERNATED_STEMS):
        return False
    return any(stem.endswith(a) for a, _ in alternations())


def matching(endings: tuple[Ending, ...], word: str, case: str = "", gender: str = "", number: str = "") -> list[Ending]:
    """Endings a word may have, given what is known of its case, gender and number."""
    return [e for e in endings if word.endswith(e.ending) and len(word) > len(e.ending) + 1
            and (not case or e.case == case) and (not gender or e.gender == gender) and (not number or e.number == number)]


@lru_cache(maxsize=1)
def sixth_declension_stems() -> tuple[str, ...]:
    """Stem endings of 6th-declension feminine nouns ("pil" of Daugavpils)."""
    return tuple(cols[0] for cols in data_lines("sixth_declension.txt"))


@lru_cache(maxsize=65536)  # names recur within and across articles; each look runs every ending
def noun_nominatives(word: str, case: str = "", gender: str = "", number: str = "",
                     any_stem: bool = False) -> tuple[tuple[str, Ending], ...]:
    """Candidate nominatives of a noun, most likely first. A 2nd-declension genitive needs a stem that shows it
    ("Vējoņa", "Porziņģa", "Zelenska") unless any_stem is set, as for looking a form up in a lexicon."""
    found = []
    for ending in matching(noun_endings(), word, case, gender, number):
        stem = word[: len(word) - len(ending.ending)]
        if stem[-1:].lower() in VOWELS:
            continue  # a Latvian noun stem ends in a consonant: "Nausēdas" is no nominative, "Paskua" no genitive
        if ending.alternates:
            if not (any_stem or alternated(stem) or stem.endswith(SECOND_DECLENSION_STEMS)):
                continue
            stem = unalternate(stem)
        nominative = ending.nominative
        if ending.kind == "1" and ending.case != "Nom" and stem.endswith(SOFT_STEMS):
            nominative = SOFT_NOMINATIVE  # "Kariņa" → "Kariņš", "dzelzceļa" → "dzelzceļš"
        found.append((stem + nominative, ending))
    # A 2nd-declension reading, where the stem allows it, comes before the 1st ("Lēmaņa" → Lēmanis, not
    # Lēmaņs); a 6th-declension stem ("Daugavpil") takes the 6th.
    sixth = lambda f: f[1].kind == "6" and not f[0][: -len(f[1].nominative)].endswith(sixth_declension_stems())  # noqa: E731
    return tuple(sorted(found, key=lambda f: (f[1].case != case if case else 0, not f[1].alternates, sixth(f))))


def adjective_nominative(word: str, case: str, gender: str, number: str, definite: str = "Def") -> str:
    """An adjective of a name in the nominative, agreeing with its head ("Lielajā" → "Lielā")."""
    for ending in matching(adjective_endings(), word.lower(), case, gender, number):
        if ending.kind == definite or not definite:
            stem = word[: len(word) - len(ending.ending)]
            nominative = next((e.ending for e in adjective_endings() if e.case == "Nom" and e.gender == gender
                               and e.number == number and e.kind == ending.kind), ending.nominative)
            return stem + nominative
    return word


def best_nominative(word: str, case: str = "", gender: str = "", number: str = "", case_known: bool = False,
                    lemma: str = "") -> str:
    """The most likely nominative of a name word. Its ending says most; a case known from a first name beside it
    decides; the lemmatizer's guess, the tagger's case, gender and number (unreliable on names) break ties."""
    candidates = noun_nominatives(word)
    if not candidates:
        return word

    def score(candidate: tuple[str, Ending]) -> float:
        nominative, ending = candidate
        points = (4 if ending.case == case else -4) if case_known and case else (1 if ending.case == case else 0)
        points += 2 * (ending.gender == gender) + (ending.number == number if number else 0) + 0.1 * len(ending.ending)
        stem = nominative[: len(nominative) - len(ending.nominative)]
        points += 0.5 * ending.alternates + 3 * (ending.kind == "6" and stem.endswith(sixth_declension_stems()))
        # Rare patterns need more evidence: masculines in -a, -e ("Dzilna") and the 3rd declension ("Markus")
        points -= 0.5 * (ending.gender == "Masc" and ending.kind in ("4", "5")) + 1.0 * (ending.kind == "3")
        return points + 0.05 * (nominative.lower() == lemma.lower())

    return max(candidates, key=score)[0]


def looks_definite_adjective(word: str) -> bool:
    """Whether a word ends like a definite adjective in an oblique case ("Centrālajai", "Apvienotajos")."""
    return any(word.endswith(e.ending) for e in adjective_endings() if e.kind == "Def" and e.ending.startswith("aj"))


def name_forms(word: str) -> set[str]:
    """A name word and the nominatives it may be an inflected form of, lower case ("Siliņai" → "siliņa")."""
    lower = word.lower()  # the ending tables are lower case: "SILIŅAI" is a form of "siliņa" too
    return {lower} | {name.lower() for name, _ in noun_nominatives(lower)}
