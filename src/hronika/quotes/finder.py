"""Quotations and reported speech in Latvian news: kind, cue, content, speaker and the entity it refers to."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Iterator

import numpy
from spacy.attrs import SENT_START
from spacy.tokens import Doc, Span, Token

from ..schema import PERSON
from ..lang.lv import (
    attribution_words,
    closing_quotes,
    dialogue_verbs,
    directive_verbs,
    media_nouns,
    opening_quotes,
    question_verbs,
    speech_verb_forms,
    speech_verbs,
)
from .speakers import (
    NAME_TAIL_DEPS,
    NOUN_POS,
    RELATIVE_PRONOUNS,
    entities,
    noun_phrase,
    person_before,
    resolve_speaker,
)

# Confidence of each way of finding a quotation: its precision on the annotated news set (benchmarks/quotes),
# smoothed as (right + 1) / (found + 2); patterns seen fewer than five times there keep a prior guess.
CONFIDENCE = {
    "direct_attributed": 0.94,
    "direct_continued": 0.67,
    "direct_unattributed": 0.62,
    "direct_named": 0.8,
    "dialogue": 0.85,
    "ka_clause": 0.92,
    "ka_adjacent": 0.89,
    "inverted": 0.92,
    "infinitive": 0.5,  # calls and requests: the news set's guidelines leave them out, FrameNet counts them
    "words_of": 0.8,
    "according_to": 0.9,
    "as_says": 0.85,
    "evidential": 0.75,
    "headline": 0.96,
}
ALWAYS_OPENING = frozenset("„«‚")
ALWAYS_CLOSING = frozenset("»")
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "csubj"})
SUBORDINATE_DEPS = frozenset({"acl", "advcl", "ccomp", "csubj"})
CONTENT_DEPS = frozenset({"ccomp", "parataxis", "advcl", "obj", "xcomp", "conj"})
NAME_PART_DEPS = NAME_TAIL_DEPS | {"nmod", "det", "amod", "appos"}
DASHES = attribution_words("dash")
KEPT_MARKS = frozenset({"%", ")", "]", "‰", "°"})  # belong to the words before them: "līdz 3%", "(JV)"


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
    return None


def trim(doc: Doc, start: int, end: int) -> Span | None:
    """Span without leading or trailing punctuation and white space, but keeping a quoted fragment's closing mark."""
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    opening = None  # the first opening mark of the span, looked for once (per closing mark, a long span is n²)
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space) and doc[end - 1].text not in KEPT_MARKS:
        if quote_mark_role(doc, end - 1) == "close":
            if opening is None:
                opening = next((i for i in range(start, end) if quote_mark_role(doc, i) == "open"), end)
            if opening < end:
                break
        end -= 1
    return doc[start:end] if end > start else None


def quote_mark_role(doc: Doc, i: int) -> str | None:
    """"open", "close" or None for token i, from the mark and the spacing around it."""
    if not 0 <= i < len(doc):
        return None
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


def next_roles(roles: list[str | None]) -> list[str | None]:
    """For each token, the role of the first quotation mark after it, all in one pass back."""
    following, role = [None] * len(roles), None
    for i in range(len(roles) - 1, -1, -1):
        following[i] = role
        role = roles[i] or role
    return following


def quoted_spans(doc: Doc) -> list[tuple[int, int]]:
    """Outermost (start, end) token ranges between matching quotation marks, marks excluded.

    Best effort on broken text: an opening mark left unclosed runs to the end of its paragraph, and a closing
    mark with no opening one closes a quote that began at the start of its sentence.
    """
    spans, stack = [], []
    roles = [quote_mark_role(doc, i) for i in range(len(doc))]
    following = next_roles(roles)
    for i, role in enumerate(roles):
        if role == "open":
            stack.append(i)
        elif role == "close" and not stack:
            start = max(doc[i].sent.start, spans[-1][1] + 1 if spans else 0)
            if start < i:
                spans.append((start, i))
        elif role == "close":
            start = stack.pop()
            if not stack:
                spans.append((start + 1, i))
        elif doc[i].is_space and "\n" in doc[i].text and stack and following[i] != "close":
            spans.append((stack[0] + 1, i))  # unclosed, and the next paragraph does not close it
            stack = []
    if stack:
        spans.append((stack[0] + 1, len(doc)))
    return spans


def looks_like_speech(content: Span) -> bool:
    """Quoted words that say something, not a quoted name or title ("Latvijas Gāze")."""
    words = [t for t in content if not t.is_punct]
    has_verb = any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in content)
    after = content.doc[content.end].text if content.end < len(content.doc) else ""
    # Two quoted words are speech only when punctuated as such; from three on, a finite verb also tells.
    return len(words) >= 2 and after in ",.!?…" or len(words) >= 3 and has_verb


def quoted_name_end(doc: Doc, i: int) -> int | None:
    """Index after the closing mark of a short quoted name opening at i („Rīta Panorāma“), else None."""
    for j in range(i + 1, min(len(doc), i + 7)):
        if quote_mark_role(doc, j) == "close":
            inner = doc[i + 1 : j]
            return j + 1 if len(inner) and not looks_like_speech(inner) else None
    return None


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


def person_after(doc: Doc, end: int) -> Span | None:
    """A person named right after a closing mark, with no speech verb: „…,“ Dz. Lezdiņa joprojām to atceras."""
    i = end + 1
    while i < len(doc) and doc[i].is_punct and not quote_mark_role(doc, i):
        i += 1
    return next((e for e in entities(doc).starting(i, i + 2) if e.label_ == PERSON), None)  # "Dz." may fall outside


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
        heads = [t for t in before[:-1] if t.pos_ in NOUN_POS]
        if heads:
            return before[-1], max(heads, key=lambda t: (t.pos_ == "PROPN", -abs(t.i - opening)))
    return None, None


def speaker_of(cue: Token, content: Span) -> Span | None:
    """The speaker phrase of a cue verb, outside what was said: its subject; where the parse has none, the
    nominative noun phrase right after the cue (inverted order) or right before it, back to a comma or dash."""
    subject = subject_of(cue)
    if subject is not None and subject.dep_ == "nsubj:pass" and subject.head == cue:
        return None  # "kur konstatēta nesaimnieciska izlietošana": the passive subject is what was found, not who
    if subject is not None and not content.start <= subject.i < content.end:
        return noun_phrase(subject)
    if subject is None and set(cue.morph.get("Person")) & {"1", "2"}:
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
    # "…, aģentūru LETA informēja ministrijas preses nodaļā.": an office in the locative ends the sentence
    last = next((t for t in reversed(sent) if not (t.is_punct or t.is_space)), None)
    if last is not None and cue.i < last.i <= cue.i + 6 and last.pos_ == "NOUN" and last.morph.get("Case") == ["Loc"]:
        phrase = noun_phrase(last)
        if phrase.start > cue.i and not any(t.pos_ in ("VERB", "AUX") for t in phrase):
            return phrase
    return None


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


def opens_clause(cue: Token, word: Token) -> bool:
    """Whether a word opens a reported clause of this cue: "ka", "lai", or a question word after "jautāt"."""
    return word.lower_ in attribution_words("complementizer") or (
        cue.lemma_ in question_verbs() and word.lower_ in attribution_words("question_word")
    )


def clause_end(cue: Token, clause: Token) -> int:
    """End of a reported clause: the sentence end, unless another cue, a quotation mark or ", bet …" comes first."""
    doc = cue.doc
    breaks = attribution_words("clause_break")
    for token in doc[clause.i + 1 : cue.sent.end]:
        if token.lower_ in breaks and doc[token.i - 1].text == ",":
            return token.i - 1
        if token.i > clause.right_edge.i and (is_speech_cue(token) or quote_mark_role(doc, token.i) is not None):
            return clause.right_edge.i + 1
    return cue.sent.end


def complement_clause(cue: Token) -> Span | None:
    """The reported clause a speech verb governs in the parse: "X paziņoja, ka <content>", or with no
    "ka" after a comma: "Virsārste informē, <content>"."""
    for child in cue.children:
        if child.dep_ in CONTENT_DEPS and child.i > cue.i:
            marks = [t for t in child.children if t.i < child.i and t.dep_ in ("mark", "advmod", "obj", "nsubj")
                     and opens_clause(cue, t) and t.i > cue.i]
            if marks:
                return trim(cue.doc, marks[0].i + 1, clause_end(cue, child))
            if child.dep_ in ("obj", "obl") and child.pos_ == "NOUN":
                # "norāda uz pastāvošu risku, ka …", "noliedz runas, ka …": the noun belongs to what is reported
                for clause in child.children:
                    if any(t.dep_ == "mark" and t.lower_ in attribution_words("complementizer") for t in clause.children):
                        return trim(cue.doc, child.left_edge.i, clause_end(cue, clause))
            if child.dep_ in ("ccomp", "parataxis") and "Fin" in child.morph.get("VerbForm"):
                start = child.left_edge.i
                if start > cue.i + 1 and cue.doc[start - 1].text == ",":
                    return trim(cue.doc, start, child.right_edge.i + 1)
    return None


def infinitive_clause(cue: Token) -> Span | None:
    """What a call, request, promise or warning asks for: "aicina iedzīvotājus palīdzēt", "solīja samazināt
    nodokļus „jau nākamā gada sākumā“". News reports calls as statements, so they are reported speech here."""
    if cue.lemma_ not in directive_verbs() or "Pass" in cue.morph.get("Voice"):
        return None  # "Bērni tiks aicināti uzzīmēt …" invites the children, nobody is quoted
    for child in cue.children:
        if child.dep_ in ("xcomp", "ccomp") and child.i > cue.i and "Inf" in child.morph.get("VerbForm"):
            start = next((t.i for t in child.subtree if t.i > cue.i), child.i)
            return trim(cue.doc, start, child.right_edge.i + 1)
    # Where the parse attaches it elsewhere: an infinitive after at most two words for whom ("pieprasa aktrisei atgriezt")
    for token in cue.doc[cue.i + 1 : min(cue.sent.end, cue.i + 4)]:
        if "Inf" in token.morph.get("VerbForm"):
            return trim(cue.doc, cue.i + 1, max(t.i for t in token.subtree if t.i >= token.i) + 1)
        if token.pos_ not in NOUN_POS | {"DET", "ADJ"}:
            break
    return None


def clause_after(cue: Token) -> Span | None:
    """Where the parse misses it: ", ka …", ": …" or " – …" right after the cue, to the end of the sentence."""
    doc = cue.doc
    for token in doc[cue.i + 1 : min(cue.sent.end, cue.i + 5)]:
        # Whom it was said to may stand between: "mēs sakām mūsu pretiniekiem – …", "uzsauca pāri zālei: - …"
        if opens_clause(cue, token) or token.text in DASHES | {":"}:
            return trim(doc, token.i + 1, report_end(token))
        if token.pos_ in ("VERB", "AUX") or (token.is_punct and token.text != ","):
            return None
    return None


def report_end(start: Token) -> int:
    """End of a report that runs to the sentence end, unless ", bet …" starts another speaker's report there."""
    doc, breaks, end = start.doc, attribution_words("clause_break"), start.sent.end
    last_cue = None  # the last speech verb of the sentence, looked for once (per ", bet" it is n²)
    for token in doc[start.i + 1 : end]:
        if token.lower_ in breaks and doc[token.i - 1].text == ",":
            if last_cue is None:
                last_cue = next((t.i for t in reversed(doc[start.i + 1 : end]) if is_speech_cue(t)), -1)
            if last_cue >= token.i:
                return token.i - 1
    return end


def content_before(cue: Token) -> Span | None:
    """Inverted report without quotation marks: "<content>, skaidro būvuzraugs Raimonds Kalējs."."""
    doc, sent = cue.doc, cue.sent
    separators = [t for t in doc[sent.start : cue.i] if t.text in DASHES or t.text == ","]
    if not separators or "Pass" in cue.morph.get("Voice") or "Conv" in cue.morph.get("VerbForm"):
        return None  # a passive, or a converb ("…, norādot"), reports what follows it if anything
    if set(cue.morph.get("Person")) & {"1", "2"}:
        return None  # "…, teiksim, …": the writer's own aside
    cut = separators[-1]
    final_clause = doc[cut.i + 1 : sent.end]
    if any(t.lower_ in RELATIVE_PRONOUNS for t in doc[cut.i + 1 : cue.i]):
        return None  # "…, kas šogad ikvienu uz parku aicinās": the cue is in a relative clause about the noun
    subject = subject_of(cue)
    if any(c.dep_ == "obj" and c.pos_ in ("PRON", "DET") and c.i > cut.i and "Dem" not in c.morph.get("PronType")
           for c in cue.children):
        return None  # "aktieris kaut ko čukstēja": what was said is its own object; "…, to sacīja X" points back
    joined = {t.i for c in cue.children if c.dep_ == "conj" and c.i > cue.i and c.pos_ == "VERB" for t in c.subtree}
    tail = [t for t in doc[cue.i + 1 : sent.end] if not (t.is_punct or t.is_space or t.i in joined)]
    if subject is not None and cut.i < subject.i < cue.i and len(tail) >= 3:
        return None  # "…, dibinātājs Kaspars Ritums saka <content>": the report follows the cue
    # Another finite verb makes it a clause of its own, unless coordinated with the cue (another speech verb:
    # "secināja … un skaidroja", or any verb after it: "viņa sev teica un ielūkojās") or in a clause about the
    # speaker ("sacīja Barrozu, kas svētdien tikās …").
    if any(t.i != cue.i and t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")
           and not (t.head == cue and (t.lemma_ in speech_verbs() or t.i > cue.i))
           and not (t.i > cue.i and is_subordinate(t)) for t in final_clause):
        return None
    if any(opens_clause(cue, t) for t in final_clause):
        return None
    content = trim(doc, sent.start, cut.i)
    return content if content is not None and len(content) >= 3 else None


def report_kind(content: Span) -> str:
    """"mixed" for reported speech that quotes a fragment, else "indirect"."""
    return "mixed" if contains_quote_marks(content) else "indirect"


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
        set(inner.cue.root.morph.get("Person")) & {"1", "2"})


def overlaps(a: Span, b: Span) -> bool:
    """Whether two spans share a token."""
    return a.start < b.end and b.start < a.end


def within(inner: Span, outer: Span) -> bool:
    """Whether inner lies inside outer and is shorter."""
    return outer.start <= inner.start and inner.end <= outer.end and len(inner) < len(outer)


def contains_quote_marks(span: Span) -> bool:
    """Whether a span holds a quoted fragment of speech: „jau nākamā gada sākumā“, not a name („Pozitīvā Latvija“)."""
    doc = span.doc
    return any(quote_mark_role(doc, t.i) == "open" and t.i + 1 < span.end and doc[t.i + 1].text[:1].islower()
               for t in span)


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
    """Finds direct, indirect and mixed quotations with rules over the parse, and resolves their speakers."""

    def find(self, doc: Doc) -> list[Quote]:
        """The quotations of a Doc in text order, their speakers resolved."""
        found = Found(doc, list(self.direct_quotes(doc)) + list(self.dialogue_quotes(doc)))
        used_cues = {q.cue.start for q in found.quotes.values() if q.cue is not None}
        for quote in self.indirect_quotes(doc):
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
        self.continue_speakers(quotes)
        previous = None
        for quote in quotes:
            quote.speaker, quote.entity = resolve_speaker(quote.speaker, quote.content, previous)
            previous = (quote.speaker, quote.entity) if quote.speaker is not None else previous
        return quotes

    def direct_quotes(self, doc: Doc) -> Iterator[Quote]:
        """Quoted speech with the cue and speaker around it."""
        for start, end in quoted_spans(doc):
            content = trim(doc, start, end)
            # "ar vārdiem „Dievs, svētī Latviju“": the noun before the mark says these are somebody's words
            said = start >= 2 and doc[start - 2].lower_ in attribution_words("words_noun")
            if content is None or not (said or looks_like_speech(content)):
                continue
            cue = cue_after(doc, end) if end < len(doc) else None
            speaker_head = None
            if cue is None:
                cue, speaker_head = cue_before(doc, start)
            if cue is not None:
                speaker = noun_phrase(speaker_head) if speaker_head is not None else speaker_of(cue, content)
                pattern = "direct_attributed"
            else:
                speaker = person_after(doc, end)
                pattern = "direct_named" if speaker is not None else "direct_unattributed"
            yield Quote("direct", content, doc[cue.i : cue.i + 1] if cue is not None else None, speaker, None,
                        CONFIDENCE[pattern], pattern)

    def dialogue_quotes(self, doc: Doc) -> Iterator[Quote]:
        """Dialogue between dashes: "- Nē, - es teicu." / "- Kad tu uzrakstīsi? - Sanī jautāja."."""
        for sent in doc.sents:
            words = [t for t in sent if not t.is_space]
            if len(words) < 4 or words[0].text not in DASHES:
                continue
            second = next((t for t in words[2:] if t.text in DASHES and doc[t.i - 1].is_punct), None)
            cue = cue_after(doc, second.i) if second is not None else None
            if cue is None and second is not None:
                # Between dialogue dashes the main verb says how the line was spoken: "- Ēē... - meitene novilka."
                cue = next((t for t in doc[second.i + 1 : sent.end] if t.dep_ == "ROOT" and t.pos_ == "VERB"
                            and "Fin" in t.morph.get("VerbForm")), None)
            content = trim(doc, words[0].i + 1, second.i) if second is not None else None
            if cue is not None and content is not None:
                yield Quote("direct", content, doc[cue.i : cue.i + 1], speaker_of(cue, content), None,
                            CONFIDENCE["dialogue"], "dialogue")

    def speaker_lines(self, doc: Doc) -> Iterator[Quote]:
        """Headlines and interview answers: a paragraph that opens with "X:" is what X said, to its end."""
        for sent in doc.sents:
            if sent.start > 0 and not (doc[sent.start - 1].is_space and "\n" in doc[sent.start - 1].text):
                continue
            colon = next((t for t in sent[:7] if t.text == ":"), None)
            if colon is None or colon.i == sent.start or quote_mark_role(doc, colon.i + 1) == "open":
                continue
            if any(t.pos_ in ("VERB", "AUX") for t in doc[sent.start : colon.i]):
                continue  # "Psihologi uzskata: …" is a cue verb's clause, not a speaker line
            heads = [t for t in doc[sent.start : colon.i] if t.pos_ in ("PROPN", "NOUN") or t.ent_type_]
            paragraph_end = next((t.i for t in doc[colon.i :] if t.is_space and "\n" in t.text), len(doc))
            content = trim(doc, colon.i + 1, paragraph_end)
            if heads and content is not None and len(content) > 3:
                head = next((t for t in heads if t.ent_type_ or t.pos_ == "PROPN"), heads[0])
                while head.head != head and head.head.i < colon.i and head.dep_ in NAME_PART_DEPS:
                    head = head.head
                yield Quote("indirect", content, doc[colon.i : colon.i + 1], noun_phrase(head), None,
                            CONFIDENCE["headline"], "headline")

    def indirect_quotes(self, doc: Doc) -> Iterator[Quote]:
        """Reported speech: "X: …" lines, "ka" clauses, "pēc X teiktā", "kā norāda X", evidential mood."""
        yield from self.speaker_lines(doc)
        for token in doc:
            if is_speech_cue(token):
                content, pattern = complement_clause(token), "ka_clause"
                if content is None:
                    content, pattern = infinitive_clause(token), "infinitive"
                if content is None:
                    content, pattern = clause_after(token), "ka_adjacent"
                if content is None:
                    content, pattern = content_before(token), "inverted"
                if content is not None:
                    kind = report_kind(content)
                    yield Quote(kind, content, doc[token.i : token.i + 1], speaker_of(token, content), None,
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
        opinion = sent[0] if sent[0].lower_ in attribution_words("opinion_adverb") else None
        if opinion is not None and len(sent) > 2 and sent[1].text == ",":
            # "Viņaprāt, cenu kāpums bija saistīts ar …": the adverb is the speaker, a pronoun for the last person
            content = trim(doc, sent.start + 2, sent.end)
            if content is not None and len(content) >= 3:
                yield Quote("indirect", content, doc[opinion.i : opinion.i + 1], doc[opinion.i : opinion.i + 1], None,
                            CONFIDENCE["according_to"], "according_to")
                return
        markers = attribution_words("clause_marker")
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
                        yield Quote("indirect", rest, doc[cue.i : cue.i + 1], speaker_of(cue, rest), None,
                                    CONFIDENCE["as_says"], "as_says")
                        return
        if any("Qot" in t.morph.get("Mood") for t in sent):
            if not any(is_speech_cue(t) for t in sent):
                content = trim(doc, sent.start, sent.end)
                if content is not None:
                    kind = report_kind(content)
                    evidential = next(t for t in sent if "Qot" in t.morph.get("Mood"))
                    speaker = reporting_subject(evidential)
                    if speaker is not None and speaker.start == content.start:
                        content = trim(doc, speaker.end, sent.end) or content
                    yield Quote(kind, content, doc[evidential.i : evidential.i + 1], speaker, None,
                                CONFIDENCE["evidential"], "evidential")
                    return

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

def reporting_subject(evidential: Token) -> Span | None:
    """Who an evidential sentence reports: its own named subject ("Ķinis neredzot …"), else the person who is
    the subject of the sentence before ("Dzintra Lezdiņa sevi nosauc … Pērn esot uzrakstījusi …")."""
    doc, sent = evidential.doc, evidential.sent
    subject = subject_of(evidential)
    if subject is not None and (subject.ent_type_ == PERSON or subject.pos_ == "PROPN"):
        return noun_phrase(subject)
    if sent.start == 0:
        return None
    previous = doc[sent.start - 1].sent
    people = [e for e in entities(doc).starting(previous.start, previous.end) if e.label_ == PERSON]
    subjects = [e for e in people if any(t.dep_ in SUBJECT_DEPS for t in e) or e.start == previous.start]
    return subjects[0] if subjects else None
