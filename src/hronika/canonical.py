"""Canonical base-form names of entity mentions: persons in the nominative, other names with their head back."""

from __future__ import annotations

import re

import simplemma
from spacy.tokens import Span, Token

from .lang.lv import closing_quotes, first_names, opening_quotes
from .lang.lv.inflection import adjective_nominative, best_nominative, looks_definite_adjective, noun_nominatives

PERSON = "person"
AS_WRITTEN_LABELS = frozenset({"time", "money"})  # their value is normalised elsewhere (timexes), not their name
QUOTE_MARKS = opening_quotes() | closing_quotes()
ABBREVIATION_WITH_ENDING = re.compile(r"^([A-ZĀČĒĢĪĶĻŅŠŪŽ]{2,})([a-zāēīū]{1,3})$")  # "VIDa", "NATO" stays
INDECLINABLE_ENDINGS = ("o", "y")
ADJECTIVE_POS = frozenset({"ADJ", "DET"})


def morph(token: Token, feature: str) -> str:
    """One value of a morphological feature, or ""."""
    values = token.morph.get(feature)
    return values[0] if len(values) == 1 else ""


def first_name_reading(token: Token) -> tuple[str, str, str] | None:
    """(nominative, case, gender) of a word that is a Latvian first name in some case, by the lexicon; among
    several readings ("Māra": Māra, or genitive of Māris) the tagger's case and gender decide."""
    names = first_names()
    readings = [(token.text, "Nom", names[token.text])] if token.text in names else []
    readings += [(name, e.case, e.gender) for name, e in noun_nominatives(token.text, any_stem=True)
                 if e.number == "Sing" and name in names and names[name] in ("", e.gender) and e.case != "Nom"]
    if not readings:
        return None
    case, gender = morph(token, "Case"), morph(token, "Gender")
    return max(readings, key=lambda r: (r[1] == case, r[2] == gender, r[1] == "Nom", r[1] != "Voc"))


def name_word_nominative(word: str, case: str, gender: str, known: bool = True, lemma: str = "") -> str:
    """A surname or other name word in the nominative, given the name's case and gender; each part of a double
    surname on its own ("Vīķes-Freibergas" → "Vīķe-Freiberga")."""
    if "-" in word.strip("-"):
        return "-".join(name_word_nominative(part, case, gender, known) for part in word.split("-"))
    if (known and case in ("Nom", "")) or word.endswith(".") or word.lower().endswith(INDECLINABLE_ENDINGS):
        return word
    if word.endswith("i") and case not in ("Acc", "Voc", "Loc") and gender == "Masc":
        return word  # "Kofi", "Meloni": foreign names in -i do not decline
    return best_nominative(word, case, gender, "Sing", case_known=known, lemma=lemma)


def person_name(words: list[Token]) -> str:
    """A person's name in the nominative: the case and gender come from a known first name in it, else from the
    tagger; every word then goes back to the nominative ("Edgaram Rinkēvičam" → "Edgars Rinkēvičs")."""
    readings = {t.i: first_name_reading(t) for t in words}
    # an indeclinable first name ("Džo") says nothing of the case
    known = [r for t in words if (r := readings[t.i]) is not None and not t.text.lower().endswith(INDECLINABLE_ENDINGS)]
    if known:
        case, gender = known[0][1], known[0][2]
    else:
        return " ".join(name_word_nominative(t.text, syntactic_case(words[-1]), morph(t, "Gender"), known=False,
                                             lemma=t.lemma_) for t in words)
    out = []
    for token in words:
        reading = readings[token.i]
        if reading is not None and reading[1] == case:
            out.append(reading[0])
        else:
            out.append(name_word_nominative(token.text, case, gender, lemma=token.lemma_))
    return " ".join(out)


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
    case = words[-1].morph.get("Case")
    while len(words) > 1 and case and words[0].morph.get("Case") not in (case, []):
        words = words[1:]
    while len(words) > 2 and words[0].pos_ == "NOUN":
        words = words[1:]
    return words


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
    if token.pos_ == "NOUN" and number != "Plur" and token.lemma_ and case != "Nom":
        # a common noun ("universitāte", "dome"): the trained lemmatizer knows it best
        return token.lemma_[:1].upper() + token.lemma_[1:] if text[:1].isupper() else token.lemma_
    if text[:1].isupper() and number != "Plur" and simplemma.is_known(text.lower(), lang="lv"):
        lemma = simplemma.lemmatize(text.lower(), lang="lv")  # a capitalised common noun: "Tallinas Universitāti"
        return lemma[:1].upper() + lemma[1:]
    return best_nominative(text, case, gender, number, lemma=token.lemma_)


def quoted_as_written(ent: Span, head: Token) -> bool:
    """Whether a quoted name stays as written: a foreign one ("Financial Times", «Rimi»), one in apposition to a
    generic noun ("uzņēmums „Eesti energia”"), or one the tagger reads in the nominative."""
    doc = ent.doc
    if not any(t.text in QUOTE_MARKS for t in ent) and not (ent.start > 0 and doc[ent.start - 1].text in QUOTE_MARKS):
        return False
    generic = ent.start > 1 and doc[ent.start - 1 if ent[0].text in QUOTE_MARKS else ent.start - 2].pos_ == "NOUN"
    return generic or head.pos_ == "X" or "Yes" in head.morph.get("Foreign") or morph(head, "Case") in ("Nom", "")


def head_reading(head: Token, nominative: str) -> tuple[str, str, str]:
    """(case, gender, number) of a name's head, from the ending that turned it into its nominative."""
    for name, ending in noun_nominatives(head.text):
        if name == nominative:
            return ending.case, ending.gender, ending.number
    return morph(head, "Case"), morph(head, "Gender"), morph(head, "Number") or "Sing"


def adjective_agrees(token: Token, case: str, gender: str, number: str) -> bool:
    """Whether an adjective's ending fits the head's case, gender and number."""
    from .lang.lv.inflection import adjective_endings, matching

    return bool(matching(adjective_endings(), token.text.lower(), case, gender, number))


def base_name(ent: Span) -> str:
    """A base-form name without quotation marks: a person's every word in the nominative; a place or
    organisation with its head (the last word) back in the nominative and adjectives agreeing with it."""
    words = [t for t in ent if t.text not in QUOTE_MARKS and not t.is_space]
    if not words or ent.label_ in AS_WRITTEN_LABELS:
        return ent.text
    if ent.label_ == PERSON:
        return person_name(person_name_words(words))
    head = words[-1]
    if not head.is_alpha or quoted_as_written(ent, head):
        return "".join(t.text + t.whitespace_ for t in words).strip()
    names = {head.i: head_nominative(head)}
    case, gender, number = head_reading(head, names[head.i])
    # Adjectives that agree with the head go back with it ("Centrālajai vēlēšanu komisijai"); those of a
    # genitive modifier do not ("Latvijas Nacionālās bibliotēkas fonda").
    for k, token in enumerate(words[:-1]):
        adjective = token.pos_ in ADJECTIVE_POS or "Part" in token.morph.get("VerbForm") or (
            token.text[:1].isupper() and looks_definite_adjective(token.text))
        # next to the head, or a capitalised part of the name across a genitive ("Centrālajai vēlēšanu komisijai")
        agrees = adjective_agrees(token, case, gender, number) and (words[k + 1] == head or token.text[:1].isupper())
        if adjective and agrees and case not in ("Nom", ""):
            names[token.i] = adjective_nominative(token.text, case, gender or morph(token, "Gender"), number,
                                                  morph(token, "Definite") or "Def")
    return "".join(names.get(t.i, t.text) + t.whitespace_ for t in words).strip()
