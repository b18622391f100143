"""The ways a quotation is found, each a named `Pattern` with its confidence, in the registry `PATTERNS`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, NamedTuple

from spacy.tokens import Doc, Span, Token

from ..lang.lv import attribution_words
from .attribution import NAME_PART_DEPS, person_after, reporting_subject, speaker_of
from .clauses import clause_after, complement_clause, content_before, infinitive_clause, report_kind
from .cues import cue_after, cue_before, is_speech_cue, subject_of
from .marks import DASHES, quote_mark_role, trim
from .speakers import noun_phrase


@dataclass
class Quote:
    """One quotation: what was said (content), the word that reports it (cue), who said it (speaker)."""

    kind: str
    content: Span
    cue: Span | None
    speaker: Span | None
    entity: Span | None
    confidence: float
    pattern: str
    medium: Span | None = None
    inherited: bool = False  # the speaker is another report's, not named in this quotation's sentence


class Said(NamedTuple):
    """What a pattern finds: the kind of quotation, what was said, the word that reports it, who said it."""

    kind: str
    content: Span
    cue: Span | None
    speaker: Span | None


@dataclass(frozen=True)
class Pattern:
    """One way of finding a quotation: its name (`Quote.pattern`), the function that finds it at one place of
    the text, and a prior guess of its precision, which the calibration (quotes/confidence.py) moves towards the
    pattern's record on the development set."""

    name: str
    find: Callable[..., Said | None]
    confidence: float


def word(token: Token) -> Span:
    """A token as a one-word span."""
    return token.doc[token.i : token.i + 1]


MIN_ANSWER_WORDS = 4

# Quoted speech, at each pair of quotation marks: (content, start, end) from `quoted_speech`.

def direct_attributed(content: Span, start: int, end: int) -> Said | None:
    """„…,“ sacīja X; X sacīja: „…“; X: „…“: a cue after the closing mark or before the opening one."""
    doc = content.doc
    cue = cue_after(doc, end) if end < len(doc) else None
    speaker_head = None
    if cue is None:
        cue, speaker_head = cue_before(doc, start)
    if cue is None:
        return None
    speaker = noun_phrase(speaker_head) if speaker_head is not None else speaker_of(cue, content)
    return Said("direct", content, word(cue), speaker)


def direct_named(content: Span, start: int, end: int) -> Said | None:
    """„…,“ Dz. Lezdiņa joprojām to atceras: a person named right after the closing mark, with no cue."""
    speaker = person_after(content.doc, end)
    return Said("direct", content, None, speaker) if speaker is not None else None


def direct_unattributed(content: Span, start: int, end: int) -> Said | None:
    """Quoted speech with neither cue nor speaker beside it."""
    return Said("direct", content, None, None)


# Dialogue and speaker lines, at each sentence.

def dialogue(sent: Span) -> Said | None:
    """Dialogue between dashes: "- Nē, - es teicu." / "- Kad tu uzrakstīsi? - Sanī jautāja."."""
    doc = sent.doc
    words = [t for t in sent if not t.is_space]
    if len(words) < 4 or words[0].text not in DASHES:
        return None
    second = next((t for t in words[2:] if t.text in DASHES and doc[t.i - 1].is_punct), None)
    if second is None:
        return None
    cue = cue_after(doc, second.i)
    if cue is None:
        # Between dialogue dashes the main verb says how the line was spoken: "- Ēē... - meitene novilka."
        cue = next((t for t in doc[second.i + 1 : sent.end] if t.dep_ == "ROOT" and t.pos_ == "VERB"
                    and "Fin" in t.morph.get("VerbForm")), None)
    content = trim(doc, words[0].i + 1, second.i)
    if cue is None or content is None:
        return None
    return Said("direct", content, word(cue), speaker_of(cue, content))


def starts_paragraph(doc: Doc, i: int) -> bool:
    """Whether a token opens the text or a paragraph."""
    return i == 0 or (doc[i - 1].is_space and "\n" in doc[i - 1].text)


def paragraph_end(doc: Doc, i: int) -> int:
    """The end of the paragraph a token is in."""
    return next((t.i for t in doc[i:] if t.is_space and "\n" in t.text), len(doc))


def headline(sent: Span) -> Said | None:
    """Headlines and interview answers: a paragraph that opens with "X:" is what X said, to its end."""
    doc = sent.doc
    if not starts_paragraph(doc, sent.start):
        return None
    colon = next((t for t in sent[:7] if t.text == ":"), None)
    if colon is None or colon.i == sent.start or quote_mark_role(doc, colon.i + 1) == "open":
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in doc[sent.start : colon.i]):
        return None  # "Psihologi uzskata: …" is a cue verb's clause, not a speaker line
    heads = [t for t in doc[sent.start : colon.i] if t.pos_ in ("PROPN", "NOUN") or t.ent_type_]
    content = trim(doc, colon.i + 1, paragraph_end(doc, colon.i))
    if not heads or content is None or len(content) <= 3:
        return None
    head = next((t for t in heads if t.ent_type_ or t.pos_ == "PROPN"), heads[0])
    while head.head != head and head.head.i < colon.i and head.dep_ in NAME_PART_DEPS:
        head = head.head
    return Said("indirect", content, word(colon), noun_phrase(head))


def names_other_speaker(token: Token) -> bool:
    """A speech verb that brings in a named speaker: "premjers Godmanis saka", "— aicināja M. Bērzlaps"."""
    if not is_speech_cue(token):
        return False
    subject = subject_of(token)
    after_dash = token.i > 0 and token.doc[token.i - 1].text in DASHES
    return after_dash or (subject is not None and bool(subject.ent_type_ or subject.pos_ == "PROPN"))


def answer(sent: Span) -> Said | None:
    """Interview answers and quoted remarks: a paragraph opened by a dash is what someone said, to its end; the
    text seldom names who at the line itself, so the speaker is left open. Not a question (the interviewer's),
    nor a paragraph whose own speech verbs say who speaks ("– …, — aicināja M. Bērzlaps.")."""
    doc = sent.doc
    if not starts_paragraph(doc, sent.start) or sent[0].text not in DASHES:
        return None
    content = trim(doc, sent.start + 1, paragraph_end(doc, sent.start))
    if content is None or sum(not t.is_punct for t in content) < MIN_ANSWER_WORDS or not any(
            t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in content):
        return None  # a list item ("– 2 kg miltu"), not a remark
    last = doc[content.end] if content.end < len(doc) else content[-1]
    if last.text == "?" or content[-1].text == "?" or any(names_other_speaker(t) for t in content):
        return None
    return Said("indirect", content, None, None)


# Reported speech, at each speech cue.

def reported(cue: Token, content: Span | None) -> Said | None:
    """What a cue reports, with the speaker phrase around the cue."""
    return None if content is None else Said(report_kind(content), content, word(cue), speaker_of(cue, content))


def ka_clause(cue: Token) -> Said | None:
    """"X paziņoja, ka …": the clause the cue governs in the parse."""
    return reported(cue, complement_clause(cue))


def infinitive(cue: Token) -> Said | None:
    """"X aicina iedzīvotājus palīdzēt": what a call, request or promise asks for."""
    return reported(cue, infinitive_clause(cue))


def ka_adjacent(cue: Token) -> Said | None:
    """"X uzsvēra – …": ", ka", ":" or a dash right after the cue, where the parse misses the clause."""
    return reported(cue, clause_after(cue))


def inverted(cue: Token) -> Said | None:
    """"…, skaidro X.": the words before the cue."""
    return reported(cue, content_before(cue))


# Attributions of a whole sentence, at each sentence.

def according_to(sent: Span) -> Said | None:
    """"Pēc X teiktā, …": the rest of the sentence, X its speaker."""
    doc, according, prepositions = sent.doc, attribution_words("after_genitive"), attribution_words("before_genitive")
    for token in sent:
        if token.lower_ in according and token.i > sent.start + 1:
            pec = [t for t in doc[max(sent.start, token.i - 5) : token.i] if t.lower_ in prepositions]
            if pec and pec[-1].i + 1 < token.i:
                speaker = doc[pec[-1].i + 1 : token.i]
                rest = trim(doc, token.i + 1, sent.end) if pec[-1].i == sent.start else trim(doc, sent.start, pec[-1].i)
                if rest is not None and len(rest) >= 2:
                    return Said("indirect", rest, word(token), speaker)
    return None


def opinion(sent: Span) -> Said | None:
    """"Viņaprāt, cenu kāpums bija …", "Nauda, manuprāt, ir izšķērdēta": the adverb is the speaker, a pronoun for
    the last person named (or, in the first person, the writer); what was said is the rest of the sentence, or the
    whole of it when the adverb stands inside."""
    doc, adverbs = sent.doc, attribution_words("opinion_adverb") | attribution_words("narrator_opinion_adverb")
    lowered = sent.text.lower()
    if not any(adverb in lowered for adverb in adverbs):  # one search in the text, not a look at every word
        return None
    for token in sent:
        if token.lower_ not in adverbs or token.i + 1 >= sent.end or doc[token.i + 1].text != ",":
            continue
        if token.i == sent.start:
            content = trim(doc, token.i + 2, sent.end)
        elif doc[token.i - 1].text == ",":
            content = trim(doc, sent.start, sent.end)
        else:
            continue
        if content is not None and len(content) >= 3:
            return Said("indirect", content, word(token), word(token))
    return None


def as_says(sent: Span) -> Said | None:
    """"Kā norāda X, …": the rest of the sentence, said by the subject of the cue a few words after "kā"."""
    doc, markers = sent.doc, attribution_words("clause_marker")
    for token in sent:
        if token.lower_ not in markers:
            continue
        # The cue follows within a few words: "kā norāda X", "kā koncerta beigās paziņoja X"
        window = doc[token.i + 1 : min(sent.end, token.i + 6)]
        cue = next((t for t in window if is_speech_cue(t)), None)
        if cue is not None and any(t.pos_ in ("VERB", "AUX", "PUNCT") for t in doc[token.i + 1 : cue.i]):
            cue = None
        # "Kā jau ziņots," (as reported before) is a formula, not an attribution.
        if cue is not None and "Pass" not in cue.morph.get("Voice"):
            clause_end = next((t.i for t in doc[cue.i + 1 : sent.end] if t.text == ","), sent.end)
            if token.i == sent.start or doc[token.i - 1].text == ",":
                # What was said is the rest of the sentence: after the "kā" clause when only a word or two
                # ("Tomēr, kā norāda X, …") stands before it, else before it.
                before = trim(doc, sent.start, token.i)
                rest = trim(doc, clause_end + 1, sent.end) if before is None or len(before) <= 2 else before
                if rest is not None and len(rest) >= 2:
                    return Said("indirect", rest, word(cue), speaker_of(cue, rest))
    return None


def evidential(sent: Span) -> Said | None:
    """"Ķinis neredzot …": a sentence in the evidential mood with no speech verb is someone's report."""
    doc = sent.doc
    verb = next((t for t in sent if "Qot" in t.morph.get("Mood")), None)
    if verb is None or any(is_speech_cue(t) for t in sent):
        return None
    content = trim(doc, sent.start, sent.end)
    if content is None:
        return None
    kind = report_kind(content)
    speaker = reporting_subject(verb)
    if speaker is not None and speaker.start == content.start:
        content = trim(doc, speaker.end, sent.end) or content
    return Said(kind, content, word(verb), speaker)


# Continuation, at each quotation without a speaker after one with a speaker.

def direct_continued(quote: Quote, previous: Quote) -> Said | None:
    """Unattributed quoted speech after someone's quotation goes on with it: that speaker, that cue."""
    if quote.pattern != "direct_unattributed":
        return None
    return Said(quote.kind, quote.content, previous.cue, previous.speaker)


# Each stage runs its patterns in order at each place, the first that finds something wins there.
QUOTED = (
    Pattern("direct_attributed", direct_attributed, 0.94),
    Pattern("direct_named", direct_named, 0.8),
    Pattern("direct_unattributed", direct_unattributed, 0.62),
)
DIALOGUE = (Pattern("dialogue", dialogue, 0.85),)
SPEAKER_LINES = (Pattern("headline", headline, 0.96), Pattern("answer", answer, 0.7))
CUED = (
    Pattern("ka_clause", ka_clause, 0.92),
    # calls and requests: the news set's guidelines leave them out, FrameNet counts them
    Pattern("infinitive", infinitive, 0.5),
    Pattern("ka_adjacent", ka_adjacent, 0.89),
    Pattern("inverted", inverted, 0.92),
)
SENTENCES = (
    Pattern("according_to", according_to, 0.9),
    Pattern("opinion", opinion, 0.9),
    Pattern("as_says", as_says, 0.85),
    Pattern("evidential", evidential, 0.75),
)
CONTINUED = (Pattern("direct_continued", direct_continued, 0.67),)
PATTERNS = QUOTED + DIALOGUE + SPEAKER_LINES + CUED + SENTENCES + CONTINUED
