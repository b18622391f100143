"""The time a clause points to, from its verbs: past, present or future."""

from __future__ import annotations

from spacy.tokens import Token

from ..lang.lv.timex import planning_verbs
from .values import FUTURE, PAST


def verb_tense(verb: Token) -> str | None:
    """The time a verb puts its clause in: its tense; a future for obligations ("jāuzceļ"), plans ("plānots",
    "paredzēts") and present participles ("gaidāms"); a past for perfect participles ("ir paziņojis")."""
    morph = verb.morph
    if "Nec" in morph.get("Mood"):
        return FUTURE
    if "Part" in morph.get("VerbForm"):
        if verb.lemma_ in planning_verbs() or ["Fut"] in [c.morph.get("Tense") for c in verb.children]:
            return FUTURE
        return FUTURE if morph.get("Tense") == ["Pres"] else PAST
    if morph.get("Tense"):
        return morph.get("Tense")[0]
    return None


def clause_tense(token: Token) -> str:
    """Past, Pres or Fut of the clause a token belongs to: the nearest governing verb's; an infinitive of intent
    ("sprieda, kā pieņemt jau janvārī", "var iesniegt līdz 12. maijam") points ahead."""
    node = token
    for _ in range(8):
        if node.pos_ in ("VERB", "AUX"):
            if "Inf" in node.morph.get("VerbForm"):
                return FUTURE
            tense = verb_tense(node)
            if tense:
                return tense
        if node.head == node:
            break
        node = node.head
    verbs = [verb_tense(t) for t in token.sent if t.pos_ in ("VERB", "AUX")]
    return next((t for t in verbs if t), "")
