"""Entities the recogniser cut or typed wrong: person names mended with the lexicon of Latvian first names; holidays and quoted titles labelled by rule."""

from __future__ import annotations

from functools import lru_cache

import simplemma
from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ...schema import EVENT, PERSON
from . import (closing_quotes, data_lines, first_names, opening_quotes, positions, pronoun_words, stem_letters,
               word_list, word_pairs)
from .coref import is_person_noun
from .inflection import name_forms

NAME_POS = frozenset({"PROPN", "X"})
LANGUAGE = "lv"
NOT_AN_ENTITY = ""  # what `person_label` gives a word that names nothing: the entity is dropped
INFINITIVE_ENDINGS = stem_letters("infinitive")
# what may stand before a name's first capital: an opening quotation mark („Latvijas Gāze”) or a bracket
OPENING_MARKS = "".join(sorted(opening_quotes())) + "("
HOLIDAY_TIME_NOUNS = frozenset({"vakars", "nakts", "diena", "rīts"})  # "Ziemassvētku vakarā" is one event
holiday_names = word_list("holiday_names.txt")
title_nouns = word_pairs("title_nouns.tsv")  # lemma → the label of the quoted title after it
TITLE_WORDS = 15  # the longest quoted title looked for, in words


def is_first_name(token: Token) -> bool:
    """A capitalised word that is a Latvian first name: as written in the nominative, else by its lemma."""
    if not token.text[:1].isupper() or token.pos_ not in NAME_POS:
        return False
    names = first_names()
    if token.morph.get("Case") == ["Nom"]:
        return token.text in names
    return token.lemma_.capitalize() in names or token.text in names


def is_written_name(text: str) -> bool:
    """Whether a mention's text is a name as written: every word capitalised (or a number), and not a pronoun
    ("Viņš" opens a sentence with a capital, "Valsts prezidents" has a lower-case word)."""
    words = [word.lstrip(OPENING_MARKS) for word in text.split()]
    return bool(words) and all(w[:1].isupper() or w[:1].isdigit() for w in words) and (
        text.lower() not in pronoun_words())


def is_name_word(token: Token) -> bool:
    """A capitalised proper noun (a surname, a second first name) or an initial ("Dz.")."""
    return token.text[:1].isupper() and (token.pos_ in NAME_POS or (token.text.endswith(".") and len(token.text) <= 4))


def name_end(doc: Doc, start: int, limit: int) -> int:
    """End of the run of name words that starts at a first name."""
    end = start + 1
    while end < limit and is_name_word(doc[end]):
        end += 1
    return end


def mended(ent: Span) -> list[Span]:
    """The entity with its person name set right: descriptors cut off a person ("Jērcēniete Dzintra Lezdiņa"),
    a person split off the end of another type ("… vadītāja Ingrīda Gubernatorova" tagged as organisation)."""
    doc = ent.doc
    first = next((t.i for t in ent[1:] if is_first_name(t)), None)
    if first is None or name_end(doc, first, ent.end) != ent.end or first + 1 == ent.end:
        return [ent]
    if any(is_first_name(t) or t.text.endswith(".") for t in doc[ent.start : first]):
        return [ent]  # "Paula Nikola Ņečiporuka", "Dz. Lezdiņa": the name starts earlier
    person = Span(doc, first, ent.end, label=PERSON)
    if ent.label_ == PERSON:
        return [person]
    rest = doc[ent.start : first]
    while len(rest) and (rest[-1].is_punct or not rest[-1].text[:1].isupper()):
        rest = rest[:-1]  # the title between the organisation and the name is neither
    return [Span(doc, rest.start, rest.end, label=ent.label_), person] if len(rest) else [person]


def is_title_before_person(ent: Span, following: Span | None) -> bool:
    """Whether an entity of another type is the title of the person named right after it: "Aizsardzības ministrs
    Andris Sprūds", "Opozīcijas deputāts Edvards Smiltēns" (the recogniser takes the title for an organisation)."""
    last = ent[-1]
    return (ent.label_ != PERSON and following is not None and following.label_ == PERSON
            and following.start == ent.end and last.pos_ == "NOUN" and last.text.islower() and is_person_noun(last))


def unrecognised_people(doc: Doc) -> list[Span]:
    """First name and surname the recogniser missed: "… tikās ar Andri Rāviņu" outside every entity."""
    found, i = [], 0
    taken = {t.i for e in doc.ents for t in e}
    while i < len(doc):
        if i not in taken and is_first_name(doc[i]):
            end = name_end(doc, i, len(doc))
            if end - i >= 2 and not any(j in taken for j in range(i, end)):
                found.append(Span(doc, i, end, label=PERSON))
                i = end
                continue
        i += 1
    return found


@lru_cache(maxsize=1)
def places() -> dict[str, str]:
    """One-word place name (nominative, lower case) → its entity type (places.tsv)."""
    return {cols[0].lower(): cols[1] for cols in data_lines("places.tsv")}


def is_common_noun(word: str) -> bool:
    """Whether simplemma's Latvian dictionary knows a word as a form of a common noun (a lower-case lemma that is
    no infinitive: "Betons", "Vīrieši", not "Putina" of putināt); names have capitalised lemmas there ("Kanāda",
    "Bērziņš")."""
    lower = word.lower()
    if not simplemma.is_known(lower, lang=LANGUAGE):
        return False
    lemma = simplemma.lemmatize(lower, lang=LANGUAGE)
    return lemma[:1].islower() and not lemma.endswith(INFINITIVE_ENDINGS)


def capital_by_position(token: Token) -> bool:
    """Whether a word's capital may be the sentence's and not a name's: it opens the sentence or a quotation."""
    return token.is_sent_start or (token.i > 0 and token.nbor(-1).is_sent_start and token.nbor(-1).text in OPENING_MARKS)


def person_label(ent: Span, surnames: set[str]) -> str:
    """The label a one-word person entity should have: a place's type for a place ("Baltkrievija"), none for a
    word that is not a name ("sestdien"), a common noun capitalised only by its place in the sentence ("Betons
    ražo …") or a plural common noun ("Vīrieši"); else PERSON. A first name, or a surname a fully named person
    of the article has, stays a person ("Liepa" after "Kristaps Liepa")."""
    token = ent[0]
    if not token.text[:1].isupper():
        return NOT_AN_ENTITY
    forms = name_forms(token.text)
    if is_first_name(token) or token.text in first_names() or forms & surnames:
        return PERSON
    place = next((places()[f] for f in sorted(forms) if f in places()), None)
    if place is not None:
        return place
    if is_common_noun(token.text) and (capital_by_position(token) or token.morph.get("Number") == ["Plur"]):
        return NOT_AN_ENTITY
    return PERSON


def relabelled_people(ents: list[Span]) -> list[Span]:
    """One-word person entities that are places or no names relabelled or dropped (`person_label`)."""
    if not any(ent.label_ == PERSON and len(ent) == 1 for ent in ents):
        return ents  # most articles: nothing to look up
    surnames = {f for ent in ents if ent.label_ == PERSON and len(ent) > 1 for f in name_forms(ent[-1].text)}
    out = []
    for ent in ents:
        label = person_label(ent, surnames) if ent.label_ == PERSON and len(ent) == 1 else ent.label_
        if label == ent.label_:
            out.append(ent)
        elif label != NOT_AN_ENTITY:
            out.append(Span(ent.doc, ent.start, ent.end, label=label))
    return out


def holiday_events(doc: Doc) -> list[Span]:
    """Holidays named in the text as events, as FullStack-LV annotates them: "Ziemassvētku", "Jāņu naktī"."""
    events = []
    for i in positions(doc, LOWER, holiday_names()):
        end = i + 2 if i + 1 < len(doc) and doc[i + 1].lemma_ in HOLIDAY_TIME_NOUNS else i + 1
        events.append(Span(doc, i, end, label=EVENT))
    return events


def quoted_titles(doc: Doc) -> list[Span]:
    """Quoted titles after a noun that says what they are: filma „Taken 3”, festivāls „Positivus”; the marks are
    part of the entity, as FullStack-LV annotates it (lang/lv/title_nouns.tsv)."""
    labels = title_nouns()
    titles = []
    for i in positions(doc, LEMMA, frozenset(labels)):
        if i + 2 >= len(doc) or doc[i].pos_ != "NOUN" or doc[i + 1].text not in opening_quotes():
            continue
        end = next((k for k in range(i + 2, min(len(doc), i + 2 + TITLE_WORDS)) if doc[k].text in closing_quotes()), None)
        if end is not None and end > i + 2:
            titles.append(Span(doc, i + 1, end + 1, label=labels[doc[i].lemma_]))
    return titles


def mended_people(doc: Doc, add_missing: bool = True) -> list[Span]:
    """The Doc's entities with person names mended, titles taken for entities dropped, one-word persons that are
    places or common nouns relabelled or dropped, and (with add_missing) the first name + surname pairs the
    recogniser missed; one pass over the entities, one over the tokens."""
    ents = [span for ent in doc.ents for span in mended(ent)]
    ents = [ent for k, ent in enumerate(ents) if not is_title_before_person(ent, ents[k + 1] if k + 1 < len(ents) else None)]
    ents = relabelled_people(ents)
    if add_missing:
        ents += unrecognised_people(doc)
    ruled = holiday_events(doc) + quoted_titles(doc)
    if ruled:  # a holiday is an event, a film's quoted title a product, whatever the recogniser made of them
        ents = [e for e in ents if not any(e.start < v.end and v.start < e.end for v in ruled)] + ruled
    return filter_spans(ents)
