"""Coreference within an article: chains of names, titles and pronouns, by rules and a learned pronoun ranker."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span, Token

from ..schema import NAMED_TYPES, PERSON
from ..lang.lv.canonical import base_name
from ..lang.lv.coref import is_demonstrative, is_person_noun, is_person_pronoun, pronoun_class
from .ranker import Context, best_antecedent, clause_verb, quotation_mask, sentence_numbers, shipped_weights

NOMINAL_POS = frozenset({"NOUN", "PROPN"})
CLAUSE_POS = frozenset({"VERB", "AUX", "ADV", "SCONJ", "CCONJ", "ADP", "PART"})  # words no relative clause describes
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass"})
CLAUSE_DEPS = frozenset({"acl", "acl:relcl", "advcl", "ccomp"})
QUOTE_CHARS = frozenset("„“”\"«»")
ANTECEDENT_WINDOW = 60  # tokens back to look for a third-person pronoun's antecedent
# The hand-set rule (CorefResolver(ranker=False)): antecedent preferences for third-person pronouns, in tokens of
# distance (a token costs 0.1), tuned on train; the learned ranker (ranker.py) replaced it by default
WEIGHTS = {"subject": 2.0, "person": 3.0, "pronoun": 1.0, "same_clause": 2.0}


class Chains:
    """Union-find over mention spans, kept in text order."""

    def __init__(self) -> None:
        self.parent: dict[tuple[int, int], tuple[int, int]] = {}

    def find(self, mention: tuple[int, int]) -> tuple[int, int]:
        """The representative of a mention's chain."""
        self.parent.setdefault(mention, mention)
        while self.parent[mention] != mention:
            self.parent[mention] = self.parent[self.parent[mention]]
            mention = self.parent[mention]
        return mention

    def link(self, a: tuple[int, int], b: tuple[int, int]) -> None:
        """Put two mentions in one chain."""
        self.parent[self.find(a)] = self.find(b)

    def chains(self) -> list[list[tuple[int, int]]]:
        """Chains of at least two mentions, each in text order, ordered by their first mention."""
        groups: dict[tuple[int, int], list[tuple[int, int]]] = {}
        for mention in self.parent:
            groups.setdefault(self.find(mention), []).append(mention)
        return sorted((sorted(g) for g in groups.values() if len(g) > 1), key=lambda g: g[0])


def agrees(a: Token, b: Token) -> bool:
    """Whether two words agree in gender and number where both are known."""
    return all(not a.morph.get(f) or not b.morph.get(f) or a.morph.get(f) == b.morph.get(f) for f in ("Gender", "Number"))


def clause_subject(verb: Token | None, exclude: Token) -> Token | None:
    """The subject of a verb, or of the verbs it depends on or is coordinated with ("sāka pildīt savu misiju")."""
    node = verb
    for _ in range(4):
        if node is None:
            return None
        subject = next((c for c in node.children if c.dep_ in SUBJECT_DEPS and c != exclude), None)
        if subject is not None:
            return subject
        if node.head == node or node.dep_.split(":")[0] not in ("xcomp", "conj", "advcl", "ccomp", "csubj", "acl"):
            return None
        node = node.head
    return None


def person_of(verb: Token | None) -> str | None:
    """The speaker class a subjectless first- or second-person verb stands for ("Pazīšu sevi?": es)."""
    if verb is None:
        return None
    person, number = verb.morph.get("Person"), verb.morph.get("Number")
    plural = "pl" if number == ["Plur"] else ""
    return f"speaker1{plural}" if person == ["1"] else f"speaker2{plural}" if person == ["2"] else None


class CorefResolver:
    """Links mentions of one article into chains: name variants by their base form, relative pronouns to the noun
    their clause describes, reflexives to their clause's subject, third-person and demonstrative pronouns to the
    earlier mention the learned ranker scores best (or, with ranker=False, the hand-set rule's choice), first- and
    second-person words of one speaker to each other."""

    def __init__(self, window: int = ANTECEDENT_WINDOW, ranker: bool = True):
        self.window = window
        self.weights = shipped_weights() if ranker else None  # None: the hand-set WEIGHTS rule

    def resolve(self, doc: Doc) -> list[list[tuple[int, int]]]:
        """The article's chains, each a list of (start, end) token ranges in text order."""
        chains, entity_of = Chains(), self.entity_spans(doc)
        name_counts = self.link_names(doc, chains)
        context: Context | None = None  # built at the first third-person pronoun: most paragraphs have none
        previous_of_person: dict[str, tuple[int, int]] = {}
        for token in doc:
            kind = pronoun_class(token)
            if kind is None and self.weights is not None and is_demonstrative(token):
                kind = "personal"  # a demonstrative the rules skip: the ranker decides whether it refers back
            if kind is None:
                continue
            # FullStack-LV marks a relative word with its preposition: "par kuru", "ar kura"
            with_preposition = kind == "relative" and token.i > 0 and doc[token.i - 1].pos_ == "ADP"
            mention = (token.i - with_preposition, token.i + 1)
            antecedent = None
            if kind == "relative":
                antecedent = self.relative_antecedent(token)
            elif kind == "reflexive":
                verb = clause_verb(token)
                antecedent = clause_subject(verb, token)
                speaker = person_of(verb) if antecedent is None else None
                if speaker in previous_of_person:  # "Pazīšu sevi?": the "es" of the verb
                    chains.link(mention, previous_of_person[speaker])
                    continue
            elif kind == "personal" and self.weights is not None:
                context = context or Context(entity_of, sentence_numbers(doc), quotation_mask(doc), name_counts)
                antecedent = best_antecedent(token, self.window, context, self.weights)
            elif kind == "personal":
                antecedent = self.personal_antecedent(token, entity_of)
            elif kind.startswith("speaker"):
                earlier = previous_of_person.get(kind)
                previous_of_person[kind] = mention
                if earlier is not None:
                    chains.link(mention, earlier)
                continue
            if antecedent is not None and antecedent.i != token.i:
                chains.link(mention, self.mention_of(antecedent, entity_of))
        self.link_titles(doc, chains)
        return chains.chains()

    @staticmethod
    def link_titles(doc: Doc, chains: Chains) -> None:
        """A title right before a name is the same person or thing: "vecākā referenta Jāņa Riekstiņa"."""
        for ent in doc.ents:
            # a quoted name stands in the nominative whatever the case of the noun it names: "tirgū «Latgalīte»"
            quoted = ent[0].text in QUOTE_CHARS or (ent.start > 0 and doc[ent.start - 1].text in QUOTE_CHARS)
            before = ent.start - (1 if ent[0].text in QUOTE_CHARS or not quoted else 2)
            if ent.label_ not in NAMED_TYPES or before < 0:
                continue
            title = doc[before]
            lower = title.text.islower() or (title.is_sent_start and title.text[1:].islower())
            case = ent.root.morph.get("Case")
            if title.pos_ == "NOUN" and lower and (quoted or not case or title.morph.get("Case") == case):
                chains.link(title_span(title), (ent.start, ent.end))

    @staticmethod
    def entity_spans(doc: Doc) -> dict[int, tuple[int, int]]:
        """Token index → the (start, end) of the named entity it belongs to."""
        return {t.i: (e.start, e.end) for e in doc.ents if e.label_ in NAMED_TYPES for t in e}

    @staticmethod
    def mention_of(token: Token, entity_of: dict[int, tuple[int, int]]) -> tuple[int, int]:
        """A word's mention: its named entity, else the word itself. FullStack-LV marks most noun mentions by
        their head alone; taking the modifiers before it too lost 1.9 CoNLL F1 on dev."""
        return entity_of.get(token.i, (token.i, token.i + 1))

    @staticmethod
    def link_names(doc: Doc, chains: Chains) -> dict[int, int]:
        """Mentions of one name ("Edgars Rinkēvičs", "Rinkēviča") in one chain: persons by surname, others by
        their base form. Returns, for each name's last word, how many times the article names it."""
        first_of: dict[tuple[str, str], tuple[int, int]] = {}
        key_of: dict[int, tuple[str, str]] = {}
        for ent in doc.ents:
            if ent.label_ not in NAMED_TYPES:
                continue
            key = key_of[ent.end - 1] = (ent.label_, name_key(ent))
            mention = (ent.start, ent.end)
            if key in first_of:
                chains.link(mention, first_of[key])
            else:
                first_of[key] = mention
        counts = Counter(key_of.values())
        return {i: counts[key] for i, key in key_of.items()}

    @staticmethod
    def relative_antecedent(token: Token) -> Token | None:
        """The noun a relative clause describes: "skolotāju, kurš lika …" → "skolotāju"; "Tie, kas …" → "Tie"."""
        verb = token.head if token.head.pos_ in ("VERB", "AUX", "ADJ", "NOUN") else None
        while verb is not None and verb.dep_ not in CLAUSE_DEPS and verb.head != verb and verb.head.i > token.i:
            verb = verb.head
        if (verb is not None and verb.dep_.split(":")[0] in ("acl", "advcl", "ccomp") and verb.head.i < token.i
                and verb.head.pos_ not in CLAUSE_POS):
            return verb.head
        # the parse missed it, or found a verb ("nezināja, kur …" asks, describes nothing): the noun before the comma
        start = token.i - 1 - (token.i > 0 and token.doc[token.i - 1].pos_ == "ADP")
        before = token.doc[start - 1] if start > 0 and token.doc[start].text == "," else None
        return before if before is not None and before.pos_ not in CLAUSE_POS | {"PUNCT"} else None

    def personal_antecedent(self, pronoun: Token, entity_of: dict[int, tuple[int, int]]) -> Token | None:
        """The best earlier mention that agrees with a third-person pronoun: scored by distance, by being a
        subject, a person (for "viņš", "viņa") and in an earlier sentence rather than the pronoun's own clause."""
        doc = pronoun.doc
        wants_person = is_person_pronoun(pronoun)
        best, best_score = None, float("-inf")
        for token in reversed(doc[max(0, pronoun.i - self.window) : pronoun.i]):
            if token.pos_ not in NOMINAL_POS | {"PRON"} or not agrees(pronoun, token):
                continue
            if token.pos_ == "PRON" and pronoun_class(token) != "personal":
                continue
            if token.i in entity_of and entity_of[token.i][1] - 1 != token.i:
                continue  # one word per named mention: its last
            is_person = (token.ent_type_ == PERSON or (token.pos_ == "PRON" and is_person_pronoun(token))
                         or (token.pos_ == "PROPN" and not token.ent_type_) or is_person_noun(token))
            if wants_person and not is_person:
                continue  # "viņa" is a woman, not "laka" or "jaka" nearby
            score = -(pronoun.i - token.i) / 10
            score += WEIGHTS["subject"] * (token.dep_ in SUBJECT_DEPS or (token.head.dep_ in SUBJECT_DEPS and token.i in entity_of))
            score += WEIGHTS["person"] * (wants_person and is_person)
            score += WEIGHTS["pronoun"] * (token.pos_ == "PRON")
            score -= WEIGHTS["same_clause"] * (clause_verb(token) is not None and clause_verb(token) == clause_verb(pronoun))
            if score > best_score:
                best, best_score = token, score
        return best


def title_span(title: Token) -> tuple[int, int]:
    """A title with the words before it that modify it: "Latvijas Valsts arhīva vecākā referenta"."""
    start = title.i
    for child in reversed(list(title.lefts)):
        if any(t.is_punct for t in title.doc[child.left_edge.i : start]):
            break
        start = child.left_edge.i
    return start, title.i + 1


def name_key(ent: Span) -> str:
    """What makes two name mentions one entity: a person's surname in the nominative, another name's base form."""
    name = base_name(ent).lower()
    return name.split()[-1] if ent.label_ == PERSON and name.split() else name
