"""Who a quotation's speaker phrase is: the named entity it holds, or what its pronoun, title or noun refers to."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from contextlib import contextmanager
from typing import Iterator

from spacy.tokens import Doc, Span, Token

from ..schema import ORGANIZATION, PERSON, SPEAKER_TYPES
from ..lang.lv.canonical import base_name
from ..lang.lv import attribution_words, first_names, media_nouns, organisation_nouns, tagged_pronouns
from ..lang.lv.inflection import name_forms
from ..coref.resolver import agrees
from .cast import Cast

NOUN_POS = frozenset({"NOUN", "PROPN", "PRON"})
NAME_TAIL_DEPS = frozenset({"flat", "flat:name", "flat:foreign", "compound"})
PRONOUN_WINDOW = 400  # characters back to look for a pronoun's antecedent
RELATIVE_PRONOUNS = tagged_pronouns("subject")
SINGULAR_PRONOUNS = tagged_pronouns("singular")
PLURAL_PRONOUNS = tagged_pronouns("plural")
MODIFIER_BREAKS = frozenset({"acl", "mark"})  # a noun phrase's modifiers do not reach across these
ENTITY_INDEX = "hronika.entities"  # Doc.user_data key of the entity index while the quote finder runs


class Entities:
    """A Doc's entities with lookups by position, each a bisection: `doc.ents` builds every entity again on each
    use, and a look-up per quotation over all of them is quadratic in a long article."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.ents = doc.ents  # in text order, never overlapping: starts and ends both rise
        self.starts = [e.start for e in self.ents]
        self.ends = [e.end for e in self.ents]
        self.start_chars = [e.start_char for e in self.ents]
        self._surnames: dict[str, list[int]] | None = None
        self._chains: tuple[dict[int, int], list[list[Span]]] | None = None
        self._cast: Cast | None = None

    @property
    def cast(self) -> Cast:
        """The article's persons by title, built on first use."""
        if self._cast is None:
            self._cast = Cast(self.ents)
        return self._cast

    def overlapping(self, start: int, end: int) -> tuple[Span, ...]:
        """Entities that share a token with doc[start:end], in text order."""
        return self.ents[bisect_right(self.ends, start) : bisect_left(self.starts, end)]

    def starting(self, start: int, end: int) -> tuple[Span, ...]:
        """Entities that start at a token of doc[start:end], in text order."""
        return self.ents[bisect_left(self.starts, start) : bisect_left(self.starts, end)]

    def before(self, i: int, start_char: int) -> tuple[Span, ...]:
        """Entities that end by token i and start at or after a character offset, in text order."""
        return self.ents[bisect_left(self.start_chars, start_char) : bisect_right(self.ends, i)]

    def surnamed(self, forms: set[str], i: int) -> Span | None:
        """The person whose canonical surname is one of these forms (lower case) named last before token i, else
        the first one named after it."""
        if self._surnames is None:
            self._surnames = {}
            for k, ent in enumerate(self.ents):
                words = base_name(ent).split() if ent.label_ == PERSON else []
                if words:
                    self._surnames.setdefault(words[-1].lower(), []).append(k)
        found = [self._surnames[f] for f in forms if f in self._surnames]
        ended = bisect_right(self.ends, i)  # entities k < ended end by token i
        before = [ks[bisect_left(ks, ended) - 1] for ks in found if ks[0] < ended]
        first = max(before) if before else min((ks[0] for ks in found), default=None)
        return None if first is None else self.ents[first]

    def chain_people(self, i: int) -> list[Span]:
        """The person entities (text order) of the first coreference chain with a mention that holds token i."""
        if self._chains is None:
            people = {(e.start, e.end): e for e in self.ents if e.label_ == PERSON}
            chain_of: dict[int, int] = {}
            chains = []
            for c, chain in enumerate(self.doc._.coref_data or []):
                mentions = [tuple(m) for m in chain]
                for start, end in mentions:
                    for t in range(start, end):
                        chain_of.setdefault(t, c)
                chains.append([people[m] for m in mentions if m in people])
            self._chains = chain_of, chains
        chain_of, chains = self._chains
        return chains[chain_of[i]] if i in chain_of else []


def ent_start(ent: Span) -> int:
    """The first token of an entity (a sort key)."""
    return ent.start


def entities(doc: Doc) -> Entities:
    """The entity index of a Doc: the quote finder's while it runs, else a new one."""
    index = doc.user_data.get(ENTITY_INDEX)
    return index if index is not None else Entities(doc)


@contextmanager
def indexed(doc: Doc) -> Iterator[Entities]:
    """Keep one entity index on the Doc for the look-ups of one component run (its entities do not change)."""
    doc.user_data[ENTITY_INDEX] = index = Entities(doc)
    try:
        yield index
    finally:
        doc.user_data.pop(ENTITY_INDEX, None)


def noun_phrase(head: Token) -> Span:
    """The noun phrase of a head: its modifiers before it, and after it only the rest of a name."""
    doc = head.doc
    start, end = head.i, head.i + 1
    edges = [token.left_edge.i for token in head.lefts]
    if edges:
        # a modifier counts when no punctuation or clause word lies between it and the head: one pass back
        words = doc[min(edges) : head.i]
        stop = next((t.i for t in reversed(words) if t.is_punct or t.dep_ in MODIFIER_BREAKS), -1)
        start = min([edge for edge in edges if edge > stop], default=start)
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
    inside = [e for e in entities(doc).overlapping(speaker.start, speaker.end) if e.label_ in SPEAKER_TYPES
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
        named = [e for e in entities(doc).overlapping(antecedent.i, antecedent.i + 1) if e.label_ in SPEAKER_TYPES]
        return speaker, named[0] if named else noun_phrase(antecedent)
    elif head.lower_ in SINGULAR_PRONOUNS or head.lower_ in attribution_words("opinion_adverb"):
        entity = coreferent_person(head, content) or pronoun_antecedent(head, content)
        if entity is None and previous is not None and previous[0].root.pos_ == "NOUN":
            earlier = previous[1] or previous[0]
            if agrees(head, earlier.root) and head.idx - earlier.start_char <= PRONOUN_WINDOW:
                entity = earlier
        if entity is None and previous is not None and previous[1] is not None and previous[1].label_ == PERSON:
            # nobody named near: the person who spoke last, when of the pronoun's gender ("Viņš atgādināja, …")
            gender = head.morph.get("Gender")
            if not gender or person_gender(previous[1]) in ([], gender):
                entity = previous[1]
        return speaker, entity or nominal_antecedent(head, content)
    elif head.lower_ in PLURAL_PRONOUNS and head.morph.get("Case") in (["Nom"], []):
        return speaker, plural_antecedent(head, content, previous)
    elif head.pos_ == "NOUN" and head.lemma_ in organisation_nouns() and head.morph.get("Case") in (["Nom"], ["Loc"]):
        return speaker, organisation_antecedent(head, content)  # "banka norāda", "policijā informēja"
    elif head.pos_ == "NOUN" and head.morph.get("Case") == ["Nom"]:  # "Līgumā teikts" names a document
        return speaker, title_antecedent(head, content)
    return speaker, None


def person_before(medium: Span) -> Span | None:
    """The person named last before the medium's noun in its sentence ("Kallasa intervijā …")."""
    noun = next((t.i for t in medium if t.lemma_ in media_nouns()), medium.start)
    sent = medium.doc[medium.start].sent
    people = [e for e in entities(medium.doc).starting(sent.start, noun) if e.label_ == PERSON and e.end <= noun]
    return people[-1] if people else None


def person_by_surname(word: Token) -> Span | None:
    """The person entity of the article whose canonical surname a word is a form of, the nearest before it first."""
    return entities(word.doc).surnamed(name_forms(word.text), word.i)


def coreferent_person(token: Token, content: Span) -> Span | None:
    """The person named last before a word in the word's coreference chain (the `coref` component's), if any."""
    people = entities(token.doc).chain_people(token.i)
    k = bisect_left(people, token.i, key=ent_start)  # those from the word on end after it
    while k > 0:
        ent = people[k - 1]
        if ent.end > token.i:
            k -= 1
        elif content.start <= ent.start < content.end:
            k = bisect_left(people, content.start, key=ent_start)  # skip what was said in one step
        else:
            return ent
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
    near = entities(token.doc).before(token.i, token.idx - PRONOUN_WINDOW)
    return [e for e in reversed(near) if e.label_ == PERSON and not (content.start <= e.start < content.end)]


def pronoun_antecedent(pronoun: Token, content: Span) -> Span | None:
    """The nearest person named before a singular pronoun who agrees with it in gender."""
    gender = pronoun.morph.get("Gender")
    return next((e for e in people_before(pronoun, content) if not gender or person_gender(e) in ([], gender)), None)


def title_antecedent(title: Token, content: Span) -> Span | None:
    """The person the article gives this title ("ministre Evika Siliņa … ministre sacīja"; `Cast`), else for a
    singular title ("sportiste", "māmiņa") the nearest person of its gender named before."""
    titled = entities(title.doc).cast.person_titled(title, content)
    if titled is not None:
        return titled
    gender = title.morph.get("Gender")
    if title.morph.get("Number") == ["Sing"] and gender:
        return next((e for e in people_before(title, content) if person_gender(e) == gender), None)
    return None


def organisation_antecedent(noun: Token, content: Span) -> Span | None:
    """The organisation a noun like "banka" refers to: the nearest one named before with that head word, else
    the nearest one named before."""
    near = entities(noun.doc).before(noun.i, noun.idx - PRONOUN_WINDOW)
    named = [e for e in reversed(near) if e.label_ == ORGANIZATION and not (content.start <= e.start < content.end)]
    return next((e for e in named if e.root.lemma_.lower() == noun.lemma_), named[0] if named else None)


def plural_antecedent(pronoun: Token, content: Span, previous: tuple[Span, Span | None] | None) -> Span | None:
    """Who "viņi" are: the previous quotation's speaker when that was an organisation or a plural noun nearby
    ("Iedzīvotāji atzina, ka … Tāpat viņi šaubījās, vai …"; a ministry's "viņi"), else the nearest organisation
    named before."""
    if previous is not None:
        earlier = previous[1] or previous[0]
        plural = earlier.label_ == ORGANIZATION or (earlier.root.pos_ == "NOUN"
                                                    and earlier.root.morph.get("Number") == ["Plur"])
        if plural and 0 <= pronoun.idx - earlier.start_char <= PRONOUN_WINDOW:
            return earlier
    near = entities(pronoun.doc).before(pronoun.i, pronoun.idx - PRONOUN_WINDOW)
    return next((e for e in reversed(near) if e.label_ == ORGANIZATION and not content.start <= e.start < content.end),
                None)


def nominal_antecedent(pronoun: Token, content: Span) -> Span | None:
    """An unnamed subject a pronoun refers to: "Mana vecmāmiņa zīlēja uz kārtīm, pati gan teica, ka …"."""
    doc = pronoun.doc
    for token in reversed(doc[max(0, pronoun.i - 40) : pronoun.i]):
        if (token.dep_ == "nsubj" and token.pos_ == "NOUN" and token.head.pos_ == "VERB" and agrees(pronoun, token)
                and token.morph.get("Number") == ["Sing"] and not content.start <= token.i < content.end):
            return noun_phrase(token)
    return None
