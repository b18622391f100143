"""Speech cues: the verbs that report speech, their subjects, and the cue beside a quotation."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..lang.lv import attribution_words, dialogue_verbs, question_verbs, speech_verb_forms, speech_verbs
from .marks import quote_mark_role, quoted_name_end
from .speakers import NOUN_POS

SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "csubj"})
SUBORDINATE_DEPS = frozenset({"acl", "advcl", "ccomp", "csubj"})
OBLIQUE_CASES = frozenset({"Acc", "Dat", "Loc", "Ins"})


def grammatical_person(verb: Token) -> set[str]:
    """The persons a verb is in, its auxiliary's included: "Bijām pārliecināti" is in the first."""
    return set(verb.morph.get("Person")).union(*(c.morph.get("Person") for c in verb.children if c.dep_.startswith(("aux", "cop"))))


def is_asserted(verb: Token) -> bool:
    """Whether a verb is neither negated ("nedomā") nor hypothetical ("pateiktu", "jāatzīmē", "saki!")."""
    morph = verb.morph
    return "Neg" not in morph.get("Polarity") and not set(morph.get("Mood")) & {"Cnd", "Nec", "Imp"}


def is_speech_cue(token: Token) -> bool:
    """A verb whose lemma introduces reported speech, used to report it: asserted, not addressed to the reader
    ("vērtējat", "rakstīt"), an infinitive only after a verb of wanting ("gribu teikt, ka"), not the formula
    "kā jau ziņots"."""
    if token.pos_ not in ("VERB", "AUX") or token.lemma_ not in speech_verbs() or not is_asserted(token):
        return False
    morph = token.morph
    if "Part" in morph.get("VerbForm") and "Pres" in morph.get("Tense") and "Act" in morph.get("Voice"):
        return False  # "pārliecinošu uzvaru": a present active participle describes, it reports nothing
    if "Inf" in morph.get("VerbForm"):
        head = token.head
        return head.i < token.i and head.lemma_ in attribution_words("volition_verb") and is_asserted(head)
    if "2" in morph.get("Person"):
        return False
    before = token.doc[max(token.sent.start, token.i - 2) : token.i]
    return not ("Pass" in morph.get("Voice") and any(t.lower_ in attribution_words("formula_word") for t in before))


def is_quote_cue(token: Token) -> bool:
    """A speech verb, or beside a quotation also a verb of manner or continuation ("„…,“ viņš turpināja")."""
    if is_speech_cue(token):
        return True
    morph = token.morph
    return (token.pos_ in ("VERB", "AUX") and token.lemma_ in dialogue_verbs() and "Fin" in morph.get("VerbForm")
            and "Neg" not in morph.get("Polarity"))


def is_subordinate(verb: Token) -> bool:
    """Whether a verb heads a subordinate clause ("…, kad pasaulē nāca atvase, …")."""
    return verb.dep_.split(":")[0] in SUBORDINATE_DEPS or any(t.dep_ == "mark" for t in verb.children)


def main_clause_verb(converb: Token) -> Token:
    """The verb of the main clause a converb belongs to: "X ir gandarīts, ka …, uzsverot, ka …" → "gandarīts"."""
    verb = converb.head
    while verb.head != verb and is_subordinate(verb) and verb.i > verb.head.i:
        verb = verb.head
    return verb


def subject_of(verb: Token) -> Token | None:
    """The grammatical subject of a verb, looking through participles and coordination to the verb they join."""
    if "Conv" in verb.morph.get("VerbForm") and verb.head != verb:
        verb = main_clause_verb(verb)
    for candidate in (verb, verb.head):
        for child in candidate.children:
            if child.dep_ in SUBJECT_DEPS:
                return child
        if candidate.dep_.split(":")[0] not in ("conj", "advcl", "xcomp", "cop", "aux") or candidate.head == candidate:
            break
        if set(candidate.morph.get("Person")) & {"1", "2"}:
            break  # "… bija apņēmība – uzskatīju, ka …": the verb's own "es" is its subject
    if not verb.dep_.startswith("acl"):
        return None
    # "X izdeva grāmatu par mežiem, kurā pieminēja, ka …": a relative clause with no subject goes on with the
    # subject of the clause whose noun (or a noun of its phrase) it describes
    described = verb.head
    for _ in range(3):
        if described.pos_ not in NOUN_POS or described.head == described:
            return None
        if described.head.pos_ in ("VERB", "AUX"):
            return next((c for c in described.head.children if c.dep_ in SUBJECT_DEPS and c != described), None)
        described = described.head
    return None


def opens_clause(cue: Token, word: Token) -> bool:
    """Whether a word opens a reported clause of this cue: "ka", "lai", or a question word after "jautāt"."""
    return word.lower_ in attribution_words("complementizer") or (
        cue.lemma_ in question_verbs() and word.lower_ in attribution_words("question_word")
    )


def cue_after(doc: Doc, end: int) -> Token | None:
    """The speech verb after a closing quotation mark: „…,“ sacīja Kulbergs; „…,“ X vizīti vērtē pensionāre.

    It is the first finite verb of the rest of the sentence; quoted names on the way are skipped. Right after
    the mark a known form of a speech verb is the cue whatever the tagger made of it ("klāsta", "izteicies").
    """
    sent_end = doc[end].sent.end if end < len(doc) else len(doc)
    i = end + 1
    while i < sent_end and doc[i].is_punct and quote_mark_role(doc, i) is None:
        i += 1
    if i < sent_end and doc[i].lower_ in speech_verb_forms():
        return doc[i]
    while i < sent_end:
        if quote_mark_role(doc, i) == "open":
            i = quoted_name_end(doc, i)
            if i is None:
                return None
            continue
        token = doc[i]
        if is_quote_cue(token):
            return token
        if token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm") and not is_subordinate(token):
            return None
        i += 1
    return None


def may_speak(noun: Token) -> bool:
    """A noun that may name who speaks: one in no oblique case and with no preposition, or the genitive owner
    of such a noun ("Viktora acis staro …:"); not a topic ("stāsts par Sāru")."""
    if noun.morph.get("Case") == ["Gen"]:
        return noun.head.pos_ in NOUN_POS and noun.head != noun and may_speak(noun.head)
    return not set(noun.morph.get("Case")) & OBLIQUE_CASES and not any(c.dep_ == "case" for c in noun.children)


def cue_before(doc: Doc, start: int) -> tuple[Token | None, Token | None]:
    """(cue, speaker head) before an opening mark: X sacīja: „…“, or X: „…“."""
    opening = start - 1
    if opening <= 0:
        return None, None
    sent_start = doc[opening].sent.start
    before = doc[sent_start:opening]
    for token in reversed(before):
        if is_speech_cue(token):
            return token, None
    if len(before) and before[-1].lower_ in attribution_words("words_noun"):
        # "Rimšēvičs noslēdza ar vārdiem „…“": the words are the clause subject's, the clause verb the cue
        verbs = [t for t in before if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")]
        if verbs:
            subject = subject_of(verbs[-1])
            return verbs[-1], subject
    if len(before) and before[-1].text == ":":
        heads = [t for t in before[:-1] if t.pos_ in NOUN_POS and may_speak(t)]
        if heads:
            return before[-1], max(heads, key=lambda t: (t.pos_ == "PROPN", -abs(t.i - opening)))
    return None, None
