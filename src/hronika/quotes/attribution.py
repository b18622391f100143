"""Who said it and where, from the words around a cue: the speaker phrase and the medium."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..lang.lv import attribution_words, media_nouns, organisation_nouns
from ..schema import ORGANIZATION, PERSON
from .cues import SUBJECT_DEPS, grammatical_person, subject_of
from .marks import DASHES, quote_mark_role, quoted_name_end
from .speakers import NAME_TAIL_DEPS, NOUN_POS, entities, noun_phrase

NAME_PART_DEPS = NAME_TAIL_DEPS | {"nmod", "det", "amod", "appos"}


def speaker_of(cue: Token, content: Span) -> Span | None:
    """The speaker phrase of a cue verb, outside what was said: its subject; where the parse has none, the
    nominative noun phrase right after the cue (inverted order) or right before it, back to a comma or dash."""
    subject = subject_of(cue)
    if (subject is not None and subject.dep_ == "nsubj:pass" and subject.head == cue
            and cue.lemma_ not in attribution_words("belief_participle")):
        return None  # "kur konstatēta nesaimnieciska izlietošana": the passive subject is what was found, not who
    if subject is not None and not content.start <= subject.i < content.end:
        return noun_phrase(subject)
    if subject is None and grammatical_person(cue) & {"1", "2"}:
        return None  # "uzskatīju, ka …": the speaker is the unnamed "es" of the verb
    doc, sent = cue.doc, cue.sent
    if "Pass" in cue.morph.get("Voice"):
        # "Līgumā teikts, ka …", "„…,“ teikts vēstījumā": the document that says it, in the locative
        near = [t for t in (doc[cue.i - 1], doc[min(cue.i + 1, len(doc) - 1)]) if t.sent == sent and t.i != cue.i]
        document = next((t for t in near if t.pos_ == "NOUN" and t.morph.get("Case") == ["Loc"]), None)
        if document is not None and not content.start <= document.i < content.end:
            return noun_phrase(document)
    after = doc[cue.i + 1 : min(sent.end, cue.i + 4)]
    clause_start = max([t.i + 1 for t in doc[sent.start : cue.i] if t.text == "," or t.text in DASHES], default=sent.start)
    before = reversed(doc[clause_start : cue.i])
    for token in [*after, *before]:
        if token.pos_ not in NOUN_POS:
            continue
        while token.head.pos_ in NOUN_POS and token.head != token and token.dep_ in NAME_PART_DEPS:
            token = token.head
        if content.start <= token.i < content.end:
            continue
        if token.morph.get("Case") in (["Nom"], []) and token.dep_ not in ("obl", "iobj", "obj"):
            return noun_phrase(token)
    # "Valsts policijā informēja, ka …", "kā pastāstīja Rīgas domē": an organisation in the locative beside the
    # cue is where it was said, and who said it
    near = [*doc[cue.i + 1 : min(sent.end, cue.i + 4)], *reversed(doc[max(clause_start, cue.i - 3) : cue.i])]
    office = next((t for t in near if is_office(t) and not content.start <= t.i < content.end), None)
    phrase = noun_phrase(office) if office is not None else None
    if phrase is not None and not any(t.morph.get("Case") == ["Nom"] for t in phrase):  # a misparsed subject
        return phrase
    # "…, aģentūru LETA informēja ministrijas preses nodaļā.": an office in the locative ends the sentence
    last = next((t for t in reversed(sent) if not (t.is_punct or t.is_space)), None)
    if (last is not None and cue.i < last.i <= cue.i + 6 and last.pos_ == "NOUN" and last.morph.get("Case") == ["Loc"]
            and not content.start <= last.i < content.end):
        phrase = noun_phrase(last)
        if phrase.start > cue.i and not any(t.pos_ in ("VERB", "AUX") for t in phrase):
            return phrase
    return None


def is_office(token: Token) -> bool:
    """An organisation in the locative: "policijā", "Valsts ugunsdzēsības un glābšanas dienestā"."""
    return token.morph.get("Case") == ["Loc"] and (
        token.ent_type_ == ORGANIZATION or (token.pos_ == "NOUN" and token.lemma_ in organisation_nouns()))


def person_after(doc: Doc, end: int) -> Span | None:
    """A person named right after a closing mark, with no speech verb: „…,“ Dz. Lezdiņa joprojām to atceras."""
    i = end + 1
    while i < len(doc) and doc[i].is_punct and not quote_mark_role(doc, i):
        i += 1
    return next((e for e in entities(doc).starting(i, i + 2) if e.label_ == PERSON), None)  # "Dz." may fall outside


def reporting_subject(evidential: Token) -> Span | None:
    """Who an evidential sentence reports: its own named subject ("Ķinis neredzot …"), else the person who is
    the subject of the sentence before ("Dzintra Lezdiņa sevi nosauc … Pērn esot uzrakstījusi …")."""
    sent = evidential.sent
    subject = subject_of(evidential)
    # the subject is the source when it is a person: "visa Ventmala esot pilna" says something about a place
    if subject is not None and (subject.ent_type_ == PERSON or (subject.pos_ == "PROPN" and not subject.ent_type_)):
        return noun_phrase(subject)
    people = people_in_sentence_before(sent)
    subjects = [e for e in people if any(t.dep_ in SUBJECT_DEPS for t in e) or e.start == e.sent.start]
    return subjects[0] if subjects else None


def person_named_before(content: Span) -> Span | None:
    """The person named last in the sentence before the one a quotation starts in ("Vēl Dzintrai patīk … Jaukākais
    tad esot …")."""
    people = people_in_sentence_before(content.doc[content.start].sent)
    return people[-1] if people else None


def people_in_sentence_before(sent: Span) -> list[Span]:
    """The person entities of the sentence before this one, in text order (none for the first sentence)."""
    if sent.start == 0:
        return []
    previous = sent.doc[sent.start - 1].sent
    return [e for e in entities(sent.doc).starting(previous.start, previous.end) if e.label_ == PERSON]


def medium_of(cue: Token, content: Span) -> Span | None:
    """Where it was said, near the cue outside the content: "intervijā laikrakstam „Financial Times“"."""
    doc, sent = cue.doc, cue.sent
    for token in sent:
        if token.lemma_ in media_nouns() and not content.start <= token.i < content.end:
            start = min(t.i for t in token.subtree if not content.start <= t.i < content.end)
            end = token.i + 1
            while end < sent.end and (doc[end].pos_ == "PROPN" or doc[end].lemma_ in media_nouns()):
                end += 1
            if end < sent.end and quote_mark_role(doc, end) == "open":
                end = quoted_name_end(doc, end) or end
            return doc[start:end]
    return None
