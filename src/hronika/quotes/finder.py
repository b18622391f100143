"""Quotations and reported speech in Latvian news: the enabled patterns run in order, overlaps resolved,
speakers continued and resolved."""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable, Iterator

import numpy
from spacy.attrs import SENT_START
from spacy.tokens import Doc, Span, Token

from ..schema import PERSON
from .attribution import medium_of, person_named_before
from .confidence import calibration, speaker_source
from .cues import grammatical_person, is_speech_cue
from .marks import quoted_speech
from .patterns import CONTINUED, CUED, DIALOGUE, PATTERNS, QUOTED, SENTENCES, SPEAKER_LINES, Pattern, Quote
from .ranker import SpeakerRanker
from .speakers import person_before, resolve_speaker

RUN_SENTENCES = 2  # a report in the evidential mood this close after another continues it
CATAPHORA_SENTENCES = 2  # how far ahead an article's opening unattributed quotation looks for its speaker
CATAPHORIC = frozenset({"evidential", "direct_unattributed"})


def nested(a: Quote, b: Quote) -> bool:
    """Whether one quotation reports the other, its cue inside the other's content or outside it:
    "Vadība uzsver, ka …, vēsta Latvijas Radio"; "„Ministrs teica, ka …,“ atceras X"."""
    if within(a.content, b.content):
        inner, outer = a, b
    elif within(b.content, a.content):
        inner, outer = b, a
    else:
        return False
    if inner.cue is None or outer.cue is None or outer.cue.start == inner.cue.start:
        return False
    # "„Domāju, ka …,“ norādīja Ījabs" is one report: the inner cue must bring in someone else
    return outer.content.start <= inner.cue.start < outer.content.end and not (
        grammatical_person(inner.cue.root) & {"1", "2"})


def overlaps(a: Span, b: Span) -> bool:
    """Whether two spans share a token."""
    return a.start < b.end and b.start < a.end


def within(inner: Span, outer: Span) -> bool:
    """Whether inner lies inside outer and is shorter."""
    return outer.start <= inner.start and inner.end <= outer.end and len(inner) < len(outer)


class Found:
    """The quotations kept so far, in the order found, each filed under the sentences its content touches: a new
    one is compared with those of its own sentences, not with all of them (quadratic in a long article)."""

    def __init__(self, doc: Doc, quotes: list[Quote]):
        self.sentence = numpy.cumsum(doc.to_array(SENT_START) == 1) - 1  # token → its sentence's number
        self.quotes: dict[int, Quote] = {}  # by id: insertion order, and removal in one step
        self.by_sentence: dict[int, list[Quote]] = defaultdict(list)
        for quote in quotes:
            self.add(quote)

    def sentences(self, span: Span) -> range:
        """Numbers of the sentences a span touches."""
        return range(int(self.sentence[span.start]), int(self.sentence[span.end - 1]) + 1)

    def add(self, quote: Quote) -> None:
        """Keep a quotation."""
        self.quotes[id(quote)] = quote
        for k in self.sentences(quote.content):
            self.by_sentence[k].append(quote)

    def replace(self, old: list[Quote], quote: Quote) -> None:
        """Drop some quotations, then keep a new one."""
        for dropped in old:
            del self.quotes[id(dropped)]
            for k in self.sentences(dropped.content):
                self.by_sentence[k] = [q for q in self.by_sentence[k] if q is not dropped]
        self.add(quote)

    def overlapping(self, content: Span) -> list[Quote]:
        """Kept quotations whose content shares a token with this one."""
        found: dict[int, Quote] = {}
        for k in self.sentences(content):
            found.update((id(q), q) for q in self.by_sentence.get(k, ()) if overlaps(q.content, content))
        return list(found.values())


class QuoteFinder:
    """Finds direct, indirect and mixed quotations with the patterns of `PATTERNS` but those disabled, and
    resolves their speakers. A disabled pattern does not run: where it found a quotation, the next pattern of
    its stage may find one, and a quotation it kept out as overlapping may come in. With `ranker`, a learned
    ranker picks each speaker among the rules' and the other candidates (`hronika.quotes.ranker`)."""

    def __init__(self, disabled: Iterable[str] = (), ranker: SpeakerRanker | None = None):
        self.disabled = frozenset(disabled)
        self.ranker = ranker
        known = [p.name for p in PATTERNS]
        unknown = sorted(self.disabled - set(known))
        if unknown:
            raise ValueError(f"unknown quote pattern(s) {', '.join(unknown)}; the patterns are {', '.join(known)}")

    def first(self, stage: tuple[Pattern, ...], *place) -> Quote | None:
        """The quotation the first enabled pattern of a stage finds at one place (a sentence, a cue, …)."""
        for pattern in stage:
            if pattern.name not in self.disabled:
                said = pattern.find(*place)
                if said is not None:
                    return Quote(*said, None, pattern.confidence, pattern.name)
        return None

    def find(self, doc: Doc) -> list[Quote]:
        """The quotations of a Doc in text order, their speakers resolved."""
        direct = [q for place in quoted_speech(doc) if (q := self.first(QUOTED, *place))]
        direct += [q for sent in doc.sents if (q := self.first(DIALOGUE, sent))]
        found = Found(doc, direct)
        used_cues = {q.cue.start for q in found.quotes.values() if q.cue is not None}
        for quote in self.reported(doc):
            overlapping = found.overlapping(quote.content)
            if quote.kind == "mixed" and overlapping and all(within(q.content, quote.content) for q in overlapping):
                found.replace(overlapping, quote)  # a quoted fragment of a report
            elif not overlapping and (quote.cue is None or quote.cue.start not in used_cues
                                      or quote.pattern == "ka_clause"):  # "rakstīja, ka …: „…“" reports twice
                found.add(quote)
            elif quote.cue is not None and quote.cue.start not in used_cues and all(nested(quote, q) for q in overlapping):
                found.add(quote)
        quotes = sorted(found.quotes.values(), key=lambda q: q.content.start)
        for quote in quotes:
            if quote.cue is not None and quote.cue.root.pos_ in ("VERB", "AUX"):
                quote.medium = medium_of(quote.cue.root, quote.content)
            if (quote.medium is not None and quote.speaker is not None and overlaps(quote.medium, quote.speaker)
                    and not any(t.ent_type_ == PERSON for t in quote.speaker)):
                # "Kallasa intervijā laikrakstam „Financial Times“ norādīja": the paper printed it, she said it;
                # with nobody named before the medium, the medium speaks ("…, vēsta Latvijas Radio")
                quote.speaker = person_before(quote.medium) or quote.speaker
        quotes = self.continue_speakers(quotes, found.sentence)
        previous = None
        for quote in quotes:
            quote.speaker, quote.entity = resolve_speaker(quote.speaker, quote.content, previous)
            previous = (quote.speaker, quote.entity) if quote.speaker is not None else previous
            quote.confidence = calibration().confidence(quote.pattern, speaker_source(quote))
        if self.ranker is not None:
            self.ranker.rerank(doc, quotes)
        return quotes

    def reported(self, doc: Doc) -> Iterator[Quote]:
        """Reported speech, in the order it is weighed against the quotations already kept: "X: …" lines, then
        what each speech verb reports ("ka" clauses, …), then attributions of a whole sentence ("pēc X teiktā")."""
        yield from (q for sent in doc.sents if (q := self.first(SPEAKER_LINES, sent)))
        yield from (q for token in doc if is_speech_cue(token) and (q := self.first(CUED, token)))
        yield from (q for sent in doc.sents if (q := self.first(SENTENCES, sent)))

    def continue_speakers(self, quotes: list[Quote], sentence: numpy.ndarray) -> list[Quote]:
        """Quotations with no speaker of their own continue a report: the one before (an evidential sentence keeps
        its pattern, unattributed quoted speech becomes `direct_continued`), or at the start of an article the
        person named in the sentence before, else the report that follows within `CATAPHORA_SENTENCES` ("… esot
        pilna …", then "piebilst I. Mežiņa"). A speech verb in the evidential mood inside a run ("to pateikšot
        tikai energoaudits") is a report inside the report: the run's speaker said it. `sentence`: each token's
        sentence number (`Found.sentence`)."""
        continued, previous = [], None
        for quote in quotes:
            if (previous is not None and quote.cue is not None and is_reported(quote.cue.root)
                    and sentence[quote.content.start] - sentence[previous.content.end - 1] <= RUN_SENTENCES):
                quote.speaker, quote.pattern, quote.inherited = previous.speaker, "evidential", True
            elif quote.speaker is None and previous is not None:
                if quote.pattern == "evidential":
                    quote.speaker, quote.cue = previous.speaker, quote.cue or previous.cue
                else:
                    quote = self.first(CONTINUED, quote, previous) or quote
                quote.inherited = quote.speaker is not None
            elif quote.speaker is None and quote.pattern == "evidential":
                quote.speaker = person_named_before(quote.content)
                quote.inherited = quote.speaker is not None
            continued.append(quote)
            if quote.speaker is not None:
                previous = quote
        following = None
        for quote in reversed(continued):
            if quote.speaker is None and following is not None and quote.pattern in CATAPHORIC and (
                    sentence[following.content.start] - sentence[quote.content.end - 1] <= CATAPHORA_SENTENCES) and (
                    quote.kind == "direct" or not paragraph_break(quote.content.doc, quote.content.end, following.content.start)):
                quote.speaker, quote.inherited = following.speaker, True
            if quote.speaker is not None:
                following = quote
            elif following is not None:
                break  # only the unattributed quotations that open the article wait for a later speaker
        return continued


def paragraph_break(doc: Doc, start: int, end: int) -> bool:
    """Whether a paragraph ends between two tokens: an evidential report does not reach into the next one, a quoted
    paragraph may be attributed at the end of the next."""
    return any(t.is_space and "\n" in t.text for t in doc[start:end])


def is_reported(verb: Token) -> bool:
    """Whether a verb is in the evidential mood itself or through its auxiliary ("pateikšot", "esot teicis")."""
    return "Qot" in verb.morph.get("Mood") or any(
        "Qot" in t.morph.get("Mood") for t in verb.children if t.dep_ == "aux")
