"""The cast of an article: its persons by the titles and roles the text gives them, wherever it gives them."""

from __future__ import annotations

from bisect import bisect_left
from typing import Iterable

from spacy.tokens import Span, Token

from ..schema import PERSON

APPOSITION_DEPS = frozenset({"appos", "conj"})  # "Zalužnijs, armijas virspavēlnieks, …" parses as either
COPULA_DEPS = frozenset({"cop"})


def is_title(token: Token) -> bool:
    """A common noun written in lower case, as titles and roles are: "ministre", "virspavēlnieks"."""
    return token.pos_ == "NOUN" and token.text.islower() and token.morph.get("Number") != ["Plur"]


def title_before(person: Span) -> Token | None:
    """The title right before a name: "Ukrainas armijas virspavēlnieks Valērijs Zalužnijs"."""
    doc = person.doc
    before = doc[person.start - 1] if person.start > 0 else None
    return before if before is not None and is_title(before) and before.sent == person.sent else None


def apposition_after(person: Span) -> Token | None:
    """A title set off by a comma after a name: "Valērijs Zalužnijs, armijas virspavēlnieks, …"."""
    doc = person.doc
    if person.end >= len(doc) or doc[person.end].text != ",":
        return None
    return next((t for t in person.root.children if t.dep_ in APPOSITION_DEPS and t.i > person.end and is_title(t)
                 and not any(p.text == "," for p in doc[person.end + 1 : t.left_edge.i])), None)


def predicate_title(person: Span) -> Token | None:
    """The title a copula gives its subject: "Jānis Bērziņš ir uzņēmuma valdes priekšsēdētājs"."""
    root = person.root
    head = root.head
    if root.dep_ == "nsubj" and is_title(head) and any(c.dep_ in COPULA_DEPS for c in head.children):
        return head
    return None


def titles_of(person: Span) -> Iterable[Token]:
    """Every title the text gives a person mention."""
    for find in (title_before, apposition_after, predicate_title):
        title = find(person)
        if title is not None:
            yield title


class Cast:
    """The persons of an article by the lemmas of their titles: each title with where it was given and to whom."""

    def __init__(self, ents: Iterable[Span]):
        self.titled: dict[str, list[tuple[int, Span]]] = {}  # title lemma → (title's token, person) in text order
        for ent in ents:
            if ent.label_ == PERSON:
                for title in titles_of(ent):
                    self.titled.setdefault(title.lemma_, []).append((title.i, ent))

    def person_titled(self, title: Token, content: Span) -> Span | None:
        """The person last given this title before the word, else the first given it after; none said inside
        the quotation ("ministre Siliņa … ministre sacīja")."""
        given = [(i, p) for i, p in self.titled.get(title.lemma_, ()) if not content.start <= p.start < content.end
                 and i != title.i]
        k = bisect_left(given, title.i, key=lambda pair: pair[0])
        if k > 0:
            return given[k - 1][1]
        return given[k][1] if k < len(given) else None
