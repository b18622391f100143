"""What rules out an inverted report ("<content>, skaidro X."): each filter takes the cue and the comma or dash
before it, and is true when the words before that separator are not what the cue reports."""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Token

from ..lang.lv import speech_verbs
from .cues import is_subordinate, opens_clause, subject_of
from .speakers import RELATIVE_PRONOUNS

Filter = Callable[[Token, Token], bool]


def passive_or_converb(cue: Token, cut: Token) -> bool:
    """Rejects a passive or a converb ("…, norādot"): it reports what follows it, if anything."""
    return "Pass" in cue.morph.get("Voice") or "Conv" in cue.morph.get("VerbForm")


def writers_aside(cue: Token, cut: Token) -> bool:
    """Rejects a verb in the first or second person ("…, teiksim, …"): the writer's own aside."""
    return bool(set(cue.morph.get("Person")) & {"1", "2"})


def relative_clause(cue: Token, cut: Token) -> bool:
    """Rejects a cue in a relative clause about a noun ("…, kas šogad ikvienu uz parku aicinās")."""
    return any(t.lower_ in RELATIVE_PRONOUNS for t in cue.doc[cut.i + 1 : cue.i])


def pronoun_object(cue: Token, cut: Token) -> bool:
    """Rejects a cue whose pronoun object is what was said ("kaut ko čukstēja"; "to sacīja X" points back)."""
    return any(c.dep_ == "obj" and c.pos_ in ("PRON", "DET") and c.i > cut.i and "Dem" not in c.morph.get("PronType")
               for c in cue.children)


def report_after_cue(cue: Token, cut: Token) -> bool:
    """Rejects a cue with its subject before it and three words after: "…, dibinātājs Ritums saka <content>"."""
    doc, subject = cue.doc, subject_of(cue)
    joined = {t.i for c in cue.children if c.dep_ == "conj" and c.i > cue.i and c.pos_ == "VERB" for t in c.subtree}
    tail = [t for t in doc[cue.i + 1 : cue.sent.end] if not (t.is_punct or t.is_space or t.i in joined)]
    return subject is not None and cut.i < subject.i < cue.i and len(tail) >= 3


def clause_of_its_own(cue: Token, cut: Token) -> bool:
    """Rejects a last clause with another finite verb of its own: the cue is not what it hangs on."""
    # Not counted: a verb coordinated with the cue (another speech verb: "secināja … un skaidroja", or any verb
    # after it: "viņa sev teica un ielūkojās"), or one in a clause about the speaker ("sacīja Barrozu, kas
    # svētdien tikās …").
    return any(t.i != cue.i and t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")
               and not (t.head == cue and (t.lemma_ in speech_verbs() or t.i > cue.i))
               and not (t.i > cue.i and is_subordinate(t)) for t in cue.doc[cut.i + 1 : cue.sent.end])


def clause_after_cue(cue: Token, cut: Token) -> bool:
    """Rejects a last clause with "ka", "lai" or a question word in it: the cue reports what follows."""
    return any(opens_clause(cue, t) for t in cue.doc[cut.i + 1 : cue.sent.end])


INVERTED_FILTERS: tuple[Filter, ...] = (
    passive_or_converb, writers_aside, relative_clause, pronoun_object, report_after_cue, clause_of_its_own,
    clause_after_cue,
)
