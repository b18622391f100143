"""What a speech cue reports without quotation marks: the clause it governs, an infinitive it asks for, the
clause right after it, or the words before it."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..lang.lv import attribution_words, directive_verbs
from .cues import is_speech_cue, opens_clause
from .filters import INVERTED_FILTERS
from .marks import DASHES, contains_quote_marks, quote_mark_role, trim
from .speakers import NOUN_POS

CONTENT_DEPS = frozenset({"ccomp", "parataxis", "advcl", "obj", "xcomp", "conj"})


def clause_end(cue: Token, clause: Token) -> int:
    """End of a reported clause: the sentence end, unless another cue, a quotation mark or ", bet …" with a
    subject of its own comes first."""
    doc = cue.doc
    breaks = attribution_words("clause_break")
    for token in doc[clause.i + 1 : cue.sent.end]:
        if token.lower_ in breaks and doc[token.i - 1].text == "," and starts_own_clause(token):
            return token.i - 1
        if token.i > clause.right_edge.i and (is_speech_cue(token) or quote_mark_role(doc, token.i) is not None):
            return clause.right_edge.i + 1
    return cue.sent.end


def starts_own_clause(conjunction: Token) -> bool:
    """Whether ", bet …" opens the writer's clause: one with a subject of its own ("…, bet viens no pretendentiem
    …"), not the same speaker going on ("jaunieši nevēlas izglītoties, bet visu laiku pavada …") or a reported
    verb ("…, bet viņai šķitis, ka …")."""
    verb = conjunction.head
    if verb.i < conjunction.i or verb.pos_ not in ("VERB", "AUX", "ADJ", "NOUN"):
        return True
    if "Qot" in verb.morph.get("Mood") or any("Qot" in t.morph.get("Mood") for t in verb.children if t.dep_ in ("aux", "cop")):
        return False
    if "Part" in verb.morph.get("VerbForm") and not any(t.dep_ in ("aux", "cop") for t in verb.children):
        return False  # a participle alone is the evidential past: "bijis", "šķitis"
    return any(t.dep_.startswith("nsubj") for t in verb.children)


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
    """Inverted report without quotation marks: "<content>, skaidro būvuzraugs Raimonds Kalējs."; the words
    before the last comma or dash ahead of the cue, unless one of the inverted filters rules them out."""
    doc, sent = cue.doc, cue.sent
    separators = [t for t in doc[sent.start : cue.i] if t.text in DASHES or t.text == ","]
    if not separators or any(rejects(cue, separators[-1]) for rejects in INVERTED_FILTERS):
        return None
    content = trim(doc, sent.start, separators[-1].i)
    return content if content is not None and len(content) >= 3 else None


def report_kind(content: Span) -> str:
    """"mixed" for reported speech that quotes a fragment, else "indirect"."""
    return "mixed" if contains_quote_marks(content) else "indirect"
