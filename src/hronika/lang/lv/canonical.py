"""Canonical base-form names of entity mentions: persons in the nominative, other names with their head back."""

from __future__ import annotations

import re

import simplemma
from spacy.tokens import Span, Token

from ...schema import PERSON, VALUE_TYPES
from . import closing_quotes, first_names, opening_quotes, stem_letters
from .inflection import (
    adjective_endings,
    adjective_nominative,
    best_nominative,
    looks_definite_adjective,
    matching,
    noun_nominatives,
)

QUOTE_MARKS = opening_quotes() | closing_quotes()
ABBREVIATION_WITH_ENDING = re.compile(r"^([A-ZĀČĒĢĪĶĻŅŠŪŽ]{2,})([a-zāēīū]{1,3})$")  # "VIDa", "NATO" stays
INDECLINABLE_ENDINGS = stem_letters("indeclinable")  # "Lukašenko"
FOREIGN_ENDINGS = stem_letters("foreign")  # "Meloni"
VOCATIVE_DROPS = stem_letters("vocative_drops")  # "Kristap": Kristaps
INDECLINABLE_LETTERS = frozenset(stem_letters("vowel"))  # a caseless name ends so: "Šoigu", "Polici", "Alī"
ADJECTIVE_POS = frozenset({"ADJ", "DET"})
CASES = ("Nom", "Gen", "Dat", "Acc", "Loc", "Voc")


def morph(token: Token, feature: str) -> str:
    """One value of a morphological feature, or ""."""
    values = token.morph.get(feature)
    return values[0] if len(values) == 1 else ""


def is_indeclinable(token: Token) -> bool:
    """A name word the tagger reads as indeclinable: a proper noun with no case, as FullStack-LV tags foreign
    names that keep one form ("Šoigu", "Polici", "Zardārī": np0000), which a Latvian ending must not be read into."""
    return token.pos_ == "PROPN" and not token.morph.get("Case") and token.text[-1:].lower() in INDECLINABLE_LETTERS


def first_name_readings(token: Token) -> list[tuple[str, str, str]]:
    """Every (nominative, case, gender) under which a word is a Latvian first name, by the lexicon
    ("Māra": Māra, or the genitive of Māris; "Kristap": the vocative of Kristaps); an indeclinable word only as
    written ("Alī" is no locative of Alis)."""
    names = first_names()
    readings = [(token.text, "Nom", names[token.text])] if token.text in names else []
    if is_indeclinable(token):
        return readings
    readings += [(name, e.case, e.gender) for name, e in noun_nominatives(token.text, any_stem=True)
                 if e.number == "Sing" and name in names and names[name] in ("", e.gender) and e.case != "Nom"]
    readings += [(token.text + end, "Voc", "Masc") for end in VOCATIVE_DROPS if token.text + end in names]
    return readings


def first_name_reading(token: Token, fits: set[tuple[str, str]] | None = None) -> tuple[str, str, str] | None:
    """The likeliest first-name reading of a word: one whose case and gender the surname can share, then the
    tagger's case and gender ("Agra Dzilnas": the genitive of Agris, not the name Agra)."""
    readings = first_name_readings(token)
    if not readings:
        return None
    case, gender = morph(token, "Case"), morph(token, "Gender")
    return max(readings, key=lambda r: (fits is None or (r[1], r[2]) in fits, r[1] == case, r[2] == gender,
                                        r[1] == "Nom", r[1] != "Voc"))


def surname_forms(token: Token) -> set[tuple[str, str]]:
    """(case, gender) pairs a surname's ending allows (never the 6th declension: no person name is in it)."""
    forms = {(e.case, e.gender) for _, e in noun_nominatives(token.text, any_stem=True) if e.kind != "6" and e.number == "Sing"}
    if token.text.lower().endswith(INDECLINABLE_ENDINGS + FOREIGN_ENDINGS):  # "Lukašenko", "Meloni" may not decline at all
        forms |= {(case, gender) for case in CASES for gender in ("Masc", "Fem")}
    return forms


def name_word_nominative(word: str, case: str, gender: str, known: bool = True, lemma: str = "") -> str:
    """A surname or other name word in the nominative, given the name's case and gender; each part of a double
    surname on its own ("Vīķes-Freibergas" → "Vīķe-Freiberga")."""
    if "-" in word.strip("-"):
        return "-".join(name_word_nominative(part, case, gender, known) for part in word.split("-"))
    if (known and case in ("Nom", "")) or word.endswith(".") or word.lower().endswith(INDECLINABLE_ENDINGS):
        return word
    if word.endswith(FOREIGN_ENDINGS) and case not in ("Acc", "Voc", "Loc") and not noun_nominatives(word, case, gender, "Sing"):
        return word  # "Kofi", "Meloni": foreign names in -i do not decline
    return best_nominative(word, case, gender, "Sing", case_known=known, lemma=lemma)


def person_name(words: list[Token], gender_hint: str = "") -> str:
    """A person's name in the nominative: the case and gender come from a known first name in it, else from the
    tagger; a title before the name tells the gender ("premjerministri Kaju Kallasu" → "Kaja Kallasa"); every
    word then goes back to the nominative ("Edgaram Rinkēvičam" → "Edgars Rinkēvičs")."""
    fits = surname_forms(words[-1]) if len(words) > 1 else None
    if fits and gender_hint:
        fits = {(case, gender) for case, gender in fits if gender == gender_hint}
    readings = {t.i: first_name_reading(t, fits) if t.i != words[-1].i or len(words) == 1 else None for t in words}
    if fits:  # a reading the surname cannot share is another name that looks alike ("Gitana" for Gitans)
        readings = {i: r if r is None or (r[1], r[2]) in fits else None for i, r in readings.items()}
    # an indeclinable first name ("Džo") says nothing of the case
    known = [r for t in words if (r := readings[t.i]) is not None
             and not t.text.lower().endswith(INDECLINABLE_ENDINGS) and not is_indeclinable(t)]
    if known:
        case, gender = known[0][1], known[0][2]
    else:
        return " ".join(t.text if is_indeclinable(t) else name_word_nominative(
            t.text, syntactic_case(words[-1]), gender_hint or morph(t, "Gender"), known=False, lemma=t.lemma_)
            for t in words)
    out = []
    for token in words:
        reading = readings[token.i]
        if is_indeclinable(token):
            out.append(token.text)
        elif reading is not None and reading[1] == case:
            out.append(reading[0])
        else:
            out.append(name_word_nominative(token.text, case, gender, lemma=token.lemma_))
    return " ".join(out)


def title_gender(ent: Span) -> str:
    """The gender of a title right before a name, in the same case ("ministrei Evikai Siliņai"), else ""."""
    if ent.start == 0:
        return ""
    title = ent.doc[ent.start - 1]
    if title.pos_ == "NOUN" and title.text[1:].islower() and morph(title, "Case") == morph(ent[0], "Case"):
        return morph(title, "Gender")
    return ""


def syntactic_case(token: Token) -> str:
    """The case a name stands in, from the parse where it tells ("Trampa administrācija": a genitive modifier),
    else from the tagger."""
    if token.dep_ == "nmod" and token.head.i > token.i and token.head.pos_ == "NOUN":
        return "Gen"
    return morph(token, "Case")


def person_name_words(words: list[Token]) -> list[Token]:
    """The name in a person mention without descriptors the recogniser took in: it starts at a known first name
    ("Jērcēniete Dzintra Lezdiņa"); otherwise the parts of a Latvian name agree in case."""
    first = next((i for i, t in enumerate(words) if first_name_reading(t) is not None), None)
    if first is not None and first < len(words) - 1:
        return words[first:]
    case, k = words[-1].morph.get("Case"), 0  # words[k:] is the name: one slice, not one a word
    # an initial is part of the name whatever case the tagger gave it ("Dz. Lindāne")
    while len(words) - k > 1 and case and words[k].morph.get("Case") not in (case, []) and not is_initial(words[k].text):
        k += 1
    while len(words) - k > 2 and words[k].pos_ == "NOUN":
        k += 1
    return words[k:]


def is_initial(word: str) -> bool:
    """An initial standing for a first name: "V.", "Dz."."""
    return word.endswith(".") and len(word) <= 3 and word[:1].isupper()


def is_capitals(word: str) -> bool:
    """A word of two or more letters set in capitals ("UŠAKOVS"); an initial ("A.") is not."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) > 1 and word.isupper() and not word.endswith(".")


def capitalised(word: str) -> str:
    """A capitals word as a name is written: each part of a double name capitalised ("VĪĶE-FREIBERGA")."""
    return "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-")) if is_capitals(word) else word


def head_nominative(token: Token) -> str:
    """The head word of a place or organisation name in the nominative ("Latvijas Bankā" → "Banka",
    "Valstīs" → "Valstis", "VIDa" → "VID")."""
    text = token.text
    abbreviation = ABBREVIATION_WITH_ENDING.match(text)
    if abbreviation:
        return abbreviation.group(1)
    case, gender, number = syntactic_case(token), morph(token, "Gender"), morph(token, "Number")
    if text.isupper() or text.lower().endswith(INDECLINABLE_ENDINGS):
        return text
    if plural_ending(text):
        number = "Plur"  # "Emirātos", "Rozēm": only a plural ends so; a singular lemma would be wrong
    elif token.pos_ == "NOUN" and number != "Plur" and case != "Nom" and token.lemma_.lower() in {
            name.lower() for name, _ in noun_nominatives(text.lower(), number="Sing", any_stem=True)}:
        # a common noun ("universitāte", "dome"): the trained lemmatizer's lemma, where the ending allows it
        return token.lemma_[:1].upper() + token.lemma_[1:] if text[:1].isupper() else token.lemma_
    if text[:1].isupper() and number != "Plur" and simplemma.is_known(text.lower(), lang="lv"):
        lemma = simplemma.lemmatize(text.lower(), lang="lv")  # a capitalised common noun: "Tallinas Universitāti"
        return lemma[:1].upper() + lemma[1:]
    return best_nominative(text, case, gender, number, lemma=token.lemma_)


def plural_ending(word: str) -> bool:
    """Whether a word's ending belongs to plural forms only ("-ēm", "-os", "-ās")."""
    endings = [e for _, e in noun_nominatives(word)]
    longest = max((len(e.ending) for e in endings), default=0)
    return longest > 1 and all(e.number == "Plur" for e in endings if len(e.ending) == longest)


def quoted_as_written(ent: Span, head: Token) -> bool:
    """Whether a quoted name stays as written: a foreign one ("Financial Times", «Rimi») or one the tagger reads in
    the nominative (in apposition to a generic noun: "uzņēmums „Eesti energia”")."""
    doc = ent.doc
    if not any(t.text in QUOTE_MARKS for t in ent) and not (ent.start > 0 and doc[ent.start - 1].text in QUOTE_MARKS):
        return False
    return head.pos_ == "X" or "Yes" in head.morph.get("Foreign") or morph(head, "Case") in ("Nom", "")


def head_reading(head: Token, nominative: str) -> tuple[str, str, str]:
    """(case, gender, number) of a name's head, from the ending that turned it into its nominative."""
    for name, ending in noun_nominatives(head.text):
        if name == nominative:
            return ending.case, ending.gender, ending.number
    return morph(head, "Case"), morph(head, "Gender"), morph(head, "Number") or "Sing"


def adjective_agrees(token: Token, case: str, gender: str, number: str) -> bool:
    """Whether an adjective's ending fits the head's case, gender and number."""
    return bool(matching(adjective_endings(), token.text.lower(), case, gender, number))


def base_name(ent: Span) -> str:
    """A base-form name without quotation marks: a person's every word in the nominative; a place or
    organisation with its head (the last word) back in the nominative and adjectives agreeing with it."""
    words = [t for t in ent if t.text not in QUOTE_MARKS and not t.is_space]
    if not words or ent.label_ in VALUE_TYPES:
        return ent.text
    if ent.label_ == PERSON:
        name = person_name(person_name_words(words), title_gender(ent))
        # a name set in capitals (a byline, a heading: "NILS UŠAKOVS") is a name, not an abbreviation
        # (FullStack-LV's gold lemmas capitalise a one-word name in capitals too: "GACHO" is Gacho)
        return " ".join(capitalised(w) for w in name.split()) if all(is_capitals(t.text) for t in words) else name
    head = words[-1]
    if not head.is_alpha or quoted_as_written(ent, head):
        return "".join(t.text + t.whitespace_ for t in words).strip()
    names = {head.i: head_nominative(head)}
    case, gender, number = head_reading(head, names[head.i])
    # Adjectives that agree with the head go back with it ("Centrālajai vēlēšanu komisijai"); those of a
    # genitive modifier do not ("Latvijas Nacionālās bibliotēkas fonda").
    for k, token in enumerate(words[:-1]):
        adjective = token.pos_ in ADJECTIVE_POS or "Part" in token.morph.get("VerbForm") or looks_definite_adjective(
            token.text)
        # next to the head, or a capitalised part of the name across a genitive ("Centrālajai vēlēšanu komisijai")
        agrees = adjective_agrees(token, case, gender, number) and (words[k + 1] == head or token.text[:1].isupper())
        if adjective and agrees and case not in ("Nom", ""):
            names[token.i] = adjective_nominative(token.text, case, gender or morph(token, "Gender"), number,
                                                  morph(token, "Definite") or "Def")
    # quotation marks are left out of the name, but the space after one stays ("„Latvijas valsts meži” Strenču")
    kept = {t.i for t in words}
    return "".join(names.get(t.i, t.text) + t.whitespace_ if t.i in kept else t.whitespace_ for t in ent).strip()
