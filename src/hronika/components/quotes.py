"""Quotations and reported speech in Latvian news: kind, cue, content, speaker and the entity it refers to."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..lang.lv import attribution_words, closing_quotes, opening_quotes, speech_verbs

# Confidence of each way of finding a quotation: how often that pattern was right on the annotated news set.
CONFIDENCE = {
    "direct_attributed": 0.95,
    "direct_continued": 0.75,
    "direct_unattributed": 0.5,
    "ka_clause": 0.9,
    "ka_adjacent": 0.75,
    "according_to": 0.9,
    "as_says": 0.85,
    "evidential": 0.7,
    "headline": 0.8,
}
ALWAYS_OPENING = frozenset("„«‚")
ALWAYS_CLOSING = frozenset("»")
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "csubj"})
CONTENT_DEPS = frozenset({"ccomp", "parataxis", "advcl", "obj", "xcomp", "conj"})
NOUN_POS = frozenset({"NOUN", "PROPN", "PRON"})
NAME_TAIL_DEPS = frozenset({"flat", "flat:name", "flat:foreign", "compound"})
PERSON = "person"
SPEAKER_LABELS = frozenset({"person", "organization", "GPE"})
SAY_WINDOW = 6  # tokens between a closing quotation mark and its cue: „…,“ žurnālistiem vakar sacīja X
PRONOUN_WINDOW = 400  # characters back to look for a pronoun's antecedent


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


def is_speech_cue(token: Token) -> bool:
    """A verb (or participle) whose lemma introduces reported speech."""
    return token.pos_ in ("VERB", "AUX") and token.lemma_ in speech_verbs()


def subject_of(verb: Token) -> Token | None:
    """The grammatical subject of a verb, looking through participles and coordination to the verb they join."""
    for candidate in (verb, verb.head):
        for child in candidate.children:
            if child.dep_ in SUBJECT_DEPS:
                return child
        if candidate.dep_ not in ("conj", "advcl", "xcomp") or candidate.head == candidate:
            break
    return None


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


def trim(doc: Doc, start: int, end: int) -> Span | None:
    """Span without leading or trailing punctuation and white space; None when nothing is left."""
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return doc[start:end] if end > start else None


def quote_mark_role(doc: Doc, i: int) -> str | None:
    """"open", "close" or None for token i, from the mark and the spacing around it."""
    text = doc[i].text
    if text not in opening_quotes() and text not in closing_quotes():
        return None
    if text in ALWAYS_OPENING:
        return "open"
    if text in ALWAYS_CLOSING:
        return "close"
    space_before = i == 0 or bool(doc[i - 1].whitespace_) or doc[i - 1].is_space
    space_after = not doc[i].whitespace_ and i + 1 < len(doc) and not doc[i + 1].is_punct
    if space_before and space_after:
        return "open"
    if not space_before:
        return "close"
    return "open" if text in opening_quotes() and text not in closing_quotes() else "close"


def quoted_spans(doc: Doc) -> list[tuple[int, int]]:
    """Outermost (start, end) token ranges between matching quotation marks, marks excluded.

    An opening mark left unclosed runs to the end of its paragraph: best effort on broken text.
    """
    spans, stack = [], []
    for i in range(len(doc)):
        role = quote_mark_role(doc, i)
        if role == "open":
            stack.append(i)
        elif role == "close" and stack:
            start = stack.pop()
            if not stack:
                spans.append((start + 1, i))
        elif doc[i].is_space and "\n" in doc[i].text and stack:
            spans.append((stack[0] + 1, i))
            stack = []
    if stack:
        spans.append((stack[0] + 1, len(doc)))
    return spans


def looks_like_speech(content: Span) -> bool:
    """Quoted words that say something, not a quoted name or title ("Latvijas Gāze")."""
    words = [t for t in content if not t.is_punct]
    has_verb = any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in content)
    return len(words) >= 3 and (has_verb or content[-1].text in ",.!?…")


def cue_after(doc: Doc, end: int) -> Token | None:
    """The speech verb just after a closing quotation mark: „…,“ sacīja Kulbergs."""
    sent_end = doc[end].sent.end if end < len(doc) else len(doc)
    for token in doc[end + 1 : min(sent_end, end + 1 + SAY_WINDOW)]:
        if quote_mark_role(doc, token.i) == "open":
            break
        if is_speech_cue(token):
            return token
    return None


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
    if len(before) and before[-1].text == ":":
        heads = [t for t in before[:-1] if t.pos_ in NOUN_POS]
        if heads:
            return before[-1], max(heads, key=lambda t: (t.pos_ == "PROPN", -abs(t.i - opening)))
    return None, None


def speaker_of(cue: Token, after: int | None = None) -> Span | None:
    """The speaker phrase of a cue verb: its subject, else the noun right after it (inverted order)."""
    subject = subject_of(cue)
    if subject is not None:
        return noun_phrase(subject)
    doc = cue.doc
    for token in doc[cue.i + 1 : min(cue.sent.end, cue.i + 4)]:
        if token.pos_ in NOUN_POS and token.dep_ not in ("obl", "iobj"):
            return noun_phrase(token)
    return None


def ka_clause(cue: Token) -> Span | None:
    """The "ka" clause a speech verb governs: X paziņoja, ka <content>."""
    for child in cue.children:
        if child.dep_ in CONTENT_DEPS and child.i > cue.i:
            marks = [t for t in child.children if t.dep_ == "mark" and t.lower_ == "ka" and t.i < child.i]
            if marks:
                return trim(cue.doc, marks[0].i + 1, child.right_edge.i + 1)
    return None


def ka_after(cue: Token) -> Span | None:
    """Fallback for a wrong parse: ", ka" right after the cue, content to the end of the sentence."""
    doc = cue.doc
    for token in doc[cue.i + 1 : min(cue.sent.end, cue.i + 4)]:
        if token.lower_ == "ka":
            return trim(doc, token.i + 1, cue.sent.end)
    return None


def contains_quote_marks(span: Span) -> bool:
    """Whether a span holds a quoted fragment."""
    return any(quote_mark_role(span.doc, t.i) is not None for t in span)


class QuoteFinder:
    """Finds direct, indirect and mixed quotations with rules over the parse, and resolves their speakers."""

    def __call__(self, doc: Doc) -> Doc:
        quotes = list(self.direct_quotes(doc))
        taken = {i for q in quotes for i in range(q.content.start, q.content.end)}
        for quote in self.indirect_quotes(doc):
            if not taken.intersection(range(quote.content.start, quote.content.end)) or quote.kind == "mixed":
                quotes.append(quote)
                taken.update(range(quote.content.start, quote.content.end))
        quotes.sort(key=lambda q: q.content.start)
        self.continue_speakers(quotes)
        doc._.quotes = [self.resolve(q) for q in quotes]
        return doc

    def direct_quotes(self, doc: Doc) -> Iterator[Quote]:
        """Quoted speech with the cue and speaker around it."""
        for start, end in quoted_spans(doc):
            content = trim(doc, start, end)
            if content is None or not looks_like_speech(content):
                continue
            cue = cue_after(doc, end) if end < len(doc) else None
            speaker_head = None
            if cue is None:
                cue, speaker_head = cue_before(doc, start)
            if cue is not None:
                speaker = noun_phrase(speaker_head) if speaker_head is not None else speaker_of(cue)
                pattern = "direct_attributed"
            else:
                speaker, pattern = None, "direct_unattributed"
            yield Quote("direct", content, doc[cue.i : cue.i + 1] if cue is not None else None, speaker, None,
                        CONFIDENCE[pattern], pattern)

    def indirect_quotes(self, doc: Doc) -> Iterator[Quote]:
        """Reported speech: "ka" clauses, "pēc X teiktā", "kā norāda X", evidential mood, "X: …" headlines."""
        for token in doc:
            if is_speech_cue(token):
                content, pattern = ka_clause(token), "ka_clause"
                if content is None:
                    content, pattern = ka_after(token), "ka_adjacent"
                if content is not None:
                    kind = "mixed" if contains_quote_marks(content) else "indirect"
                    yield Quote(kind, content, doc[token.i : token.i + 1], speaker_of(token), None,
                                CONFIDENCE[pattern], pattern)
        for sent in doc.sents:
            yield from self.sentence_attributions(sent)

    def sentence_attributions(self, sent: Span) -> Iterator[Quote]:
        """Attributions that cover a whole sentence."""
        doc = sent.doc
        according = attribution_words("after_genitive")
        for token in sent:
            if token.lower_ in according and token.i > sent.start + 1:
                pec = [t for t in doc[max(sent.start, token.i - 5) : token.i] if t.lower_ == "pēc"]
                if pec and pec[-1].i + 1 < token.i:
                    speaker = doc[pec[-1].i + 1 : token.i]
                    rest = trim(doc, token.i + 1, sent.end) if pec[-1].i == sent.start else trim(doc, sent.start, pec[-1].i)
                    if rest is not None and len(rest) >= 2:
                        yield Quote("indirect", rest, doc[token.i : token.i + 1], speaker, None,
                                    CONFIDENCE["according_to"], "according_to")
                        return
        markers = attribution_words("clause_marker")
        for token in sent:
            if token.lower_ in markers and token.i + 1 < sent.end and is_speech_cue(doc[token.i + 1]):
                cue = doc[token.i + 1]
                clause_end = next((t.i for t in doc[cue.i + 1 : sent.end] if t.text == ","), sent.end)
                if token.i == sent.start or doc[token.i - 1].text == ",":
                    rest = trim(doc, clause_end + 1, sent.end) if token.i <= sent.start + 1 else trim(doc, sent.start, token.i)
                    if rest is not None and len(rest) >= 2:
                        yield Quote("indirect", rest, doc[cue.i : cue.i + 1], speaker_of(cue), None,
                                    CONFIDENCE["as_says"], "as_says")
                        return
        root = sent.root
        if "Qot" in root.morph.get("Mood") or any("Qot" in t.morph.get("Mood") and t.head == root for t in sent):
            if not any(is_speech_cue(t) for t in sent):
                content = trim(doc, sent.start, sent.end)
                if content is not None:
                    kind = "mixed" if contains_quote_marks(content) else "indirect"
                    evidential = next(t for t in sent if "Qot" in t.morph.get("Mood"))
                    yield Quote(kind, content, doc[evidential.i : evidential.i + 1], None, None,
                                CONFIDENCE["evidential"], "evidential")
                    return
        colon = next((t for t in sent[:6] if t.text == ":"), None)
        if colon is not None and colon.i > sent.start and sent.end - colon.i > 3:
            heads = [t for t in doc[sent.start : colon.i] if t.pos_ == "PROPN" or t.ent_type_ in SPEAKER_LABELS]
            content = trim(doc, colon.i + 1, sent.end)
            if heads and content is not None and quote_mark_role(doc, colon.i + 1) is None:
                yield Quote("indirect", content, doc[colon.i : colon.i + 1], noun_phrase(heads[0]), None,
                            CONFIDENCE["headline"], "headline")

    @staticmethod
    def continue_speakers(quotes: list[Quote]) -> None:
        """Quotes with no speaker of their own continue the previous speaker's report (evidential, quoted)."""
        previous = None
        for quote in quotes:
            if quote.speaker is None and previous is not None and quote.pattern in ("evidential", "direct_unattributed"):
                quote.speaker, quote.cue = previous.speaker, quote.cue or previous.cue
                if quote.pattern == "direct_unattributed":
                    quote.pattern, quote.confidence = "direct_continued", CONFIDENCE["direct_continued"]
            if quote.speaker is not None:
                previous = quote

    def resolve(self, quote: Quote) -> Quote:
        """Link the speaker phrase to a named entity: one it contains, or a pronoun's or title's antecedent."""
        speaker = quote.speaker
        if speaker is None:
            return quote
        doc = speaker.doc
        inside = [e for e in doc.ents if e.label_ in SPEAKER_LABELS and e.start < speaker.end and speaker.start < e.end]
        if inside:
            # The named mention is the speaker: "Valsts prezidents Edgars Rinkēvičs" → "Edgars Rinkēvičs".
            quote.entity = quote.speaker = max(inside, key=lambda e: (e.label_ == PERSON, len(e)))
            return quote
        head = speaker.root
        if head.pos_ == "PRON" and head.lower_ in SINGULAR_PRONOUNS:
            quote.entity = pronoun_antecedent(head)
        elif head.pos_ == "NOUN":
            quote.entity = title_antecedent(head)
        return quote


def pronoun_antecedent(pronoun: Token) -> Span | None:
    """The nearest person named before a singular pronoun who agrees with it in gender."""
    gender = pronoun.morph.get("Gender")
    for ent in reversed([e for e in pronoun.doc.ents if e.label_ == PERSON and e.end <= pronoun.i]):
        if pronoun.idx - ent.start_char > PRONOUN_WINDOW:
            return None
        ent_gender = ent.root.morph.get("Gender")
        if not gender or not ent_gender or gender == ent_gender:
            return ent
    return None


def title_antecedent(title: Token) -> Span | None:
    """The last person introduced with this title before: "ministre Evika Siliņa … ministre sacīja"."""
    doc = title.doc
    for ent in reversed([e for e in doc.ents if e.label_ == PERSON and e.end <= title.i]):
        before = doc[max(ent.sent.start, ent.start - 4) : ent.start]
        if any(t.lemma_ == title.lemma_ for t in before):
            return ent
    return None


SINGULAR_PRONOUNS = frozenset({"viņš", "viņa", "viņam", "viņai", "viņu", "viņ", "tā", "tas"})


if not Doc.has_extension("quotes"):
    Doc.set_extension("quotes", default=None)


@Language.factory(
    "quotes",
    requires=["token.lemma", "token.pos", "token.dep", "token.head", "doc.sents", "doc.ents"],
    assigns=["doc._.quotes"],
)
def make_quote_finder(nlp: Language, name: str) -> QuoteFinder:
    """Quotations and reported speech, after the parser and the entity recogniser."""
    return QuoteFinder()
