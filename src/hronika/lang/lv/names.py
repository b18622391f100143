"""Person names the entity recogniser cut or typed wrong, mended with the lexicon of Latvian first names."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ...schema import PERSON
from . import first_names, opening_quotes, pronoun_words
from .coref import is_person_noun

NAME_POS = frozenset({"PROPN", "X"})
# what may stand before a name's first capital: an opening quotation mark („Latvijas Gāze”) or a bracket
OPENING_MARKS = "".join(sorted(opening_quotes())) + "("


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


def mended_people(doc: Doc, add_missing: bool = True) -> list[Span]:
    """The Doc's entities with person names mended, titles taken for entities dropped, and (with add_missing) the
    first name + surname pairs the recogniser missed; one pass over the entities, one over the tokens."""
    ents = [span for ent in doc.ents for span in mended(ent)]
    ents = [ent for k, ent in enumerate(ents) if not is_title_before_person(ent, ents[k + 1] if k + 1 < len(ents) else None)]
    if add_missing:
        ents += unrecognised_people(doc)
    return filter_spans(ents)
