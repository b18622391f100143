"""Who a quotation's speaker phrase is: the named entity it holds, or what its pronoun, title or noun refers to."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..canonical import base_name
from ..lang.lv import attribution_words, first_names, media_nouns, organisation_nouns
from ..lang.lv.inflection import name_forms
from .coref import agrees

NOUN_POS = frozenset({"NOUN", "PROPN", "PRON"})
NAME_TAIL_DEPS = frozenset({"flat", "flat:name", "flat:foreign", "compound"})
PERSON = "person"
ORGANISATION = "organization"
SPEAKER_LABELS = frozenset({"person", "organization", "GPE"})
PRONOUN_WINDOW = 400  # characters back to look for a pronoun's antecedent
RELATIVE_PRONOUNS = frozenset({"kas", "kurš", "kura", "kuri", "kuras"})
SINGULAR_PRONOUNS = frozenset({"viņš", "viņa", "viņam", "viņai", "viņu", "viņ", "tā", "tas", "pats", "pati"})


def noun_phrase(head: Token) -> Span:
    """The noun phrase of a head: its modifiers before it, and after it only the rest of a name."""
    doc = head.doc
    start, end = head.i, head.i + 1
    for token in head.lefts:
        if not any(t.is_punct or t.dep_ in ("acl", "mark") for t in doc[token.left_edge.i : head.i]):
            start = min(start, token.left_edge.i)
    for token in head.rights:
        if token.dep_ in NAME_TAIL_DEPS and token.i == end:
            end = token.right_edge.i + 1
    return doc[start:end]


def resolve_speaker(speaker: Span | None, content: Span, previous: tuple[Span, Span | None] | None = None
                ) -> tuple[Span | None, Span | None]:
    """(speaker, entity): the speaker phrase linked to a named entity — one it contains, a pronoun's or title's
    antecedent; a pronoun with no named antecedent refers to the previous quotation's unnamed speaker (`previous`:
    its speaker and entity; "vecmāmiņa … viņa")."""
    if speaker is None:
        return None, None
    doc = speaker.doc
    head = speaker.root
    # Only an entity that is the phrase's head, or in apposition to it, names the speaker:
    # "Valsts prezidents Edgars Rinkēvičs" is Rinkēvičs, "Robsona advokāti" are not Robsons.
    inside = [e for e in doc.ents if e.label_ in SPEAKER_LABELS and e.start < speaker.end and speaker.start < e.end
              and (e.start <= head.i < e.end or (e.root.head == head and e.root.dep_.split(":")[0] in ("appos", "flat")))]
    if inside:
        # The named mention is the speaker: "Valsts prezidents Edgars Rinkēvičs" → "Edgars Rinkēvičs".
        named = max(inside, key=lambda e: (e.label_ == PERSON, len(e)))
        return named, named
    if head.text[:1].isupper() and head.pos_ in ("PROPN", "NOUN", "X", "ADJ"):
        # a surname the recogniser missed or mistyped ("Pēc Kallasas teiktā"): the person of that surname
        named = person_by_surname(head)
        if named is not None:
            return speaker, named
    if head.lower_ in RELATIVE_PRONOUNS and head.head.dep_.startswith("acl") and head.head.head.pos_ in NOUN_POS:
        # "auditorfirma, kas norāda" → the relative pronoun refers to the noun its clause describes
        antecedent = head.head.head
        named = [e for e in doc.ents if e.start <= antecedent.i < e.end and e.label_ in SPEAKER_LABELS]
        return speaker, named[0] if named else noun_phrase(antecedent)
    elif head.lower_ in SINGULAR_PRONOUNS or head.lower_ in attribution_words("opinion_adverb"):
        entity = coreferent_person(head, content) or pronoun_antecedent(head, content)
        if entity is None and previous is not None and previous[0].root.pos_ == "NOUN":
            earlier = previous[1] or previous[0]
            if agrees(head, earlier.root) and head.idx - earlier.start_char <= PRONOUN_WINDOW:
                entity = earlier
        return speaker, entity or nominal_antecedent(head, content)
    elif head.pos_ == "NOUN" and head.morph.get("Case") == ["Nom"]:  # "Līgumā teikts" names a document
        if head.lemma_ in organisation_nouns():
            return speaker, organisation_antecedent(head, content)
        return speaker, title_antecedent(head, content)
    return speaker, None


def person_before(medium: Span) -> Span | None:
    """The person named last before the medium's noun in its sentence ("Kallasa intervijā …")."""
    noun = next((t.i for t in medium if t.lemma_ in media_nouns()), medium.start)
    sent = medium.doc[medium.start].sent
    people = [e for e in medium.doc.ents if e.label_ == PERSON and sent.start <= e.start and e.end <= noun]
    return people[-1] if people else None


def person_by_surname(word: Token) -> Span | None:
    """The person entity of the article whose canonical surname a word is a form of, the nearest before it first."""
    forms = name_forms(word.text)
    people = [e for e in word.doc.ents if e.label_ == PERSON and base_name(e).split()[-1:] and
              base_name(e).split()[-1].lower() in forms]
    before = [e for e in people if e.end <= word.i]
    return before[-1] if before else (people[0] if people else None)


def coreferent_person(token: Token, content: Span) -> Span | None:
    """The person named last before a word in the word's coreference chain (the `coref` component's), if any."""
    doc = token.doc
    people = {(e.start, e.end): e for e in doc.ents if e.label_ == PERSON}
    for chain in doc._.coref_data or []:
        if any(start <= token.i < end for start, end in chain):
            named = [people[m] for m in chain if m in people and m[1] <= token.i
                     and not content.start <= m[0] < content.end]
            return named[-1] if named else None
    return None


def person_gender(ent: Span) -> list[str]:
    """A person's grammatical gender: from a known first name in the mention, else from its head word."""
    names = first_names()
    for token in ent:
        # An inflected form may spell another name ("Rolanda", genitive of Rolands): trust the lemma there.
        forms = (token.text, token.lemma_.capitalize())
        gender = next((names[f] for f in (forms if token.morph.get("Case") == ["Nom"] else forms[::-1]) if f in names), "")
        if gender:
            return [gender]
    return ent.root.morph.get("Gender")


def people_before(token: Token, content: Span) -> list[Span]:
    """Persons named before a token within the look-back window, nearest first, none inside the quotation."""
    doc = token.doc
    return [e for e in reversed(doc.ents) if e.label_ == PERSON and e.end <= token.i
            and token.idx - e.start_char <= PRONOUN_WINDOW and not (content.start <= e.start < content.end)]


def pronoun_antecedent(pronoun: Token, content: Span) -> Span | None:
    """The nearest person named before a singular pronoun who agrees with it in gender."""
    gender = pronoun.morph.get("Gender")
    return next((e for e in people_before(pronoun, content) if not gender or person_gender(e) in ([], gender)), None)


def title_antecedent(title: Token, content: Span) -> Span | None:
    """The last person introduced with this title before ("ministre Evika Siliņa … ministre sacīja"), else for a
    singular title ("sportiste", "māmiņa") the nearest person of its gender."""
    doc = title.doc
    people = people_before(title, content)
    for ent in people:
        before = doc[max(ent.sent.start, ent.start - 4) : ent.start]
        if any(t.lemma_ == title.lemma_ for t in before):
            return ent
    gender = title.morph.get("Gender")
    if title.morph.get("Number") == ["Sing"] and gender:
        return next((e for e in people if person_gender(e) == gender), None)
    return None


def organisation_antecedent(noun: Token, content: Span) -> Span | None:
    """The organisation a noun like "banka" refers to: the nearest one named before with that head word, else
    the nearest one named before."""
    doc = noun.doc
    named = [e for e in reversed(doc.ents) if e.label_ == ORGANISATION and e.end <= noun.i
             and noun.idx - e.start_char <= PRONOUN_WINDOW and not (content.start <= e.start < content.end)]
    return next((e for e in named if e.root.lemma_.lower() == noun.lemma_), named[0] if named else None)


def nominal_antecedent(pronoun: Token, content: Span) -> Span | None:
    """An unnamed subject a pronoun refers to: "Mana vecmāmiņa zīlēja uz kārtīm, pati gan teica, ka …"."""
    doc = pronoun.doc
    for token in reversed(doc[max(0, pronoun.i - 40) : pronoun.i]):
        if (token.dep_ == "nsubj" and token.pos_ == "NOUN" and token.head.pos_ == "VERB" and agrees(pronoun, token)
                and token.morph.get("Number") == ["Sing"] and not content.start <= token.i < content.end):
            return noun_phrase(token)
    return None
