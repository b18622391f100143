"""The analysis of one article (`schema.Analysis`): entities, quotations and time expressions with character offsets."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from . import schema
from .coref.resolver import name_key
from .lang.lv.canonical import base_name, head_nominative, is_initial
from .lang.lv.inflection import name_forms
from .lang.lv import attribution_words, honorifics, organisation_nouns, pronoun_forms
from .lang.lv.names import is_first_name
from .quotes.finder import Quote
from .schema import ORGANIZATION, PERSON
from .timex.values import timex_value

LANGUAGE = "lv"
DIGRAPH_ENDS = {"D": "z", "C": "h"}  # "D." is not "Dzintra", nor "C." "Hermanis": Dz, Dž and Ch are letters of their own


def cluster_key(ent: Span) -> tuple[str, str]:
    """Mentions with the same key are one entity: persons by surname, others by their base name."""
    return ent.label_, name_key(ent)


@dataclass
class Cluster:
    """One entity of an article while its mentions are gathered."""

    id: str
    type: str
    name: str
    mentions: list[Span] = field(default_factory=list)
    given: str = ""  # a first name the article writes alone for a person it names by initial ("Dzintra", "Dz. Lindāne")

    def entity(self) -> schema.Entity:
        """The entity, mentions in text order, each once."""
        mentions = sorted({(m.start_char, m.end_char): m for m in self.mentions}.values(), key=lambda m: m.start_char)
        return schema.Entity(self.id, self.type, self.name, [schema.Mention(*offsets(m)) for m in mentions])


def offsets(span: Span) -> tuple[int, int, str]:
    """(start, end, text) of a span, in characters."""
    return span.start_char, span.end_char, span.text


def cluster_entities(doc: Doc) -> tuple[list[Cluster], dict[tuple[int, int], Cluster]]:
    """Entities of the article, and a lookup from each mention's token range to its entity."""
    by_key: dict[tuple[str, str], Cluster] = {}
    for ent in doc.ents:
        key = cluster_key(ent)
        if key not in by_key:
            by_key[key] = Cluster(f"e{len(by_key) + 1}", ent.label_, "")
        entity = by_key[key]
        entity.mentions.append(ent)
    merge_surnames(by_key)
    merge_abbreviations(doc, by_key)
    merge_organisation_nouns(by_key)
    for entity in by_key.values():
        # The fullest mention names the entity; one written in the nominative beats a lemmatised one.
        best = max(entity.mentions, key=lambda m: (len(m), not any(is_initial(t.text) for t in m),
                                                    all(t.morph.get("Case") in (["Nom"], []) for t in m)))
        entity.name = given_name(entity, without_honorifics(written_surname(entity, best, base_name(best))))
    lookup = {(m.start, m.end): e for e in by_key.values() for m in e.mentions}
    add_coreferent_mentions(doc, lookup)
    return list(by_key.values()), lookup


def add_coreferent_mentions(doc: Doc, lookup: dict[tuple[int, int], Cluster]) -> None:
    """Pronouns, titles and other words the `coref` component put in a named entity's chain become its mentions."""
    for chain in doc._.coref_data or []:
        named = [lookup[m] for m in map(tuple, chain) if m in lookup]
        # a chain that holds a person and a mistyped title ("Opozīcijas deputāts" as a location) is the person's
        entity = next((e for e in named if e.type == PERSON), named[0] if named else None)
        if entity is None:
            continue
        for start, end in chain:
            if (start, end) not in lookup:
                entity.mentions.append(doc[start:end])
                lookup[(start, end)] = entity


def written_surname(entity: Cluster, best: Span, name: str) -> str:
    """A person's name with the surname as the article writes it in the nominative, where the fullest mention
    is inflected and its ending leaves the nominative open ("Einara Repšes" is Repše's or Repšis's: "Repše
    teica" decides)."""
    words = name.split()
    if entity.type != PERSON or len(words) < 2 or best[-1].morph.get("Case") in (["Nom"], []):
        return name
    forms = name_forms(best[-1].text)
    written = {m[0].text for m in entity.mentions if len(m) == 1 and m[0].morph.get("Case") == ["Nom"]
               and m[0].text.lower() in forms and m[0].text[:1].isupper()}
    return " ".join(words[:-1] + [written.pop()]) if len(written) == 1 else name


def merge_surnames(by_key: dict[tuple[str, str], Cluster]) -> None:
    """A person named by surname alone joins the one fully named person whose surname it may be a form of
    ("Kallasa", read as the genitive of a "Kallass", is Kaja Kallasa's)."""
    people = {key: e for key, e in by_key.items() if e.type == PERSON}
    full = {key: e for key, e in people.items() if any(len(m) > 1 for m in e.mentions)}
    full_by_name = {key[1]: key for key in full}  # one key per name: a person's label is always PERSON
    for key, entity in people.items():
        if key in full:
            continue
        forms = {f for m in entity.mentions for f in name_forms(m[-1].text)}
        matches = [full_by_name[f] for f in forms if f in full_by_name]
        if not matches:  # both inflected, their forms meet: "Repše" and "Einara Repšes" (Repše or Repšis)
            matches = [k for k, e in full.items() if forms & surname_forms(e)]
        if not matches:  # a first name alone: the one person of the article who has it ("teica Lelde")
            matches = [k for k, e in full.items() if forms & first_name_forms(e)]
        given = ""
        if not matches and all(is_first_name(m[0]) for m in entity.mentions):
            # the one person named by an initial it may stand for: "Dzintrai" is "Dz. Lindāne"
            given = base_name(entity.mentions[0])
            matches = [k for k, e in full.items() if any(stands_for(initial, given) for initial in initials(e))]
        if len(matches) == 1:
            by_key[matches[0]].mentions += entity.mentions
            by_key[matches[0]].given = by_key[matches[0]].given or given
            del by_key[key]


def initials(person: Cluster) -> set[str]:
    """The initials a person is named by, without the dot: {"Dz"} for "Dz. Lindāne"."""
    return {m[0].text.rstrip(".") for m in person.mentions if len(m) > 1 and is_initial(m[0].text)}


def stands_for(initial: str, first_name: str) -> bool:
    """Whether an initial may be a first name's: "Dz" for "Dzintra", not "D" for it ("Dz" is one Latvian letter)."""
    return first_name.startswith(initial) and first_name[len(initial) : len(initial) + 1] not in DIGRAPH_ENDS.get(initial, "")


def given_name(person: Cluster, name: str) -> str:
    """A person named by an initial, with the first name the article writes alone in its place."""
    words = name.split()
    if person.given and len(words) > 1 and is_initial(words[0]) and stands_for(words[0].rstrip("."), person.given):
        return " ".join([person.given, *words[1:]])
    return name


def without_honorifics(name: str) -> str:
    """A name without the honorific before it: "V.E. Džovanni Polici" is "Džovanni Polici"."""
    words = name.split()
    while len(words) > 2 and words[0] in honorifics():
        words = words[1:]
    return " ".join(words)


def merge_abbreviations(doc: Doc, by_key: dict[tuple[str, str], Cluster]) -> None:
    """A name's abbreviation in brackets right after it is the same entity: "Latvijas Audžuģimeņu biedrība (LAB)"."""
    cluster_of = {(m.start, m.end): key for key, e in by_key.items() for m in e.mentions}
    ents = doc.ents
    starting = {e.start: e for e in ents}
    for ent in ents:
        after = ent.end
        if after + 2 >= len(doc) or doc[after].text != "(":
            continue
        short = starting.get(after + 1)
        if (short is None or len(short) != 1 or not short.text.isupper() or doc[short.end].text != ")"
                or len(ent) < 2 or short.text[0] != ent.text[0]):
            continue
        full_key, short_key = cluster_of.get((ent.start, ent.end)), cluster_of.get((short.start, short.end))
        if full_key and short_key and full_key != short_key and short_key in by_key and full_key in by_key:
            by_key[full_key].mentions += by_key.pop(short_key).mentions
            cluster_of.update({(m.start, m.end): full_key for m in by_key[full_key].mentions})


def merge_organisation_nouns(by_key: dict[tuple[str, str], Cluster]) -> None:
    """An organisation tagged by its common noun alone ("Dienests arī atgādināja") is the one organisation of the
    article named in full with that head word ("Valsts ugunsdzēsības un glābšanas dienests")."""
    organisations = {key: e for key, e in by_key.items() if e.type == ORGANIZATION}
    for key, entity in organisations.items():
        lemmas = {m.root.lemma_.lower() for m in entity.mentions}
        if any(len(m) > 1 for m in entity.mentions) or len(lemmas) != 1 or not lemmas <= organisation_nouns():
            continue
        named = [k for k, e in organisations.items() if k != key and k in by_key
                 and any(len(m) > 1 and m.root.lemma_.lower() in lemmas for m in e.mentions)]
        if len(named) == 1:
            by_key[named[0]].mentions += by_key.pop(key).mentions


def surname_forms(person: Cluster) -> set[str]:
    """The possible nominatives (lower case) of a fully named person's surname, from every mention."""
    return {f for m in person.mentions if len(m) > 1 for f in name_forms(m[-1].text)}


def first_name_forms(person: Cluster) -> set[str]:
    """The possible nominatives (lower case) of a fully named person's first names, from every mention."""
    return {f for m in person.mentions if len(m) > 1 and is_first_name(m[0]) for f in name_forms(m[0].text)}


def speaker_entity(quote: Quote, lookup: dict[tuple[int, int], Cluster]) -> Cluster | None:
    """The article entity a quotation's speaker refers to, if any."""
    return lookup.get((quote.entity.start, quote.entity.end)) if quote.entity is not None else None


def add_speaker_mentions(quotes: list[Quote], lookup: dict[tuple[int, int], Cluster]) -> None:
    """Pronouns and titles resolved as speakers become mentions of their entity."""
    starts: dict[str, set[int]] = {}  # each entity's mention starts, gathered once: a scan per quote is quadratic
    for quote in quotes:
        entity = speaker_entity(quote, lookup)
        if entity is not None and quote.speaker is not None:
            if entity.id not in starts:
                starts[entity.id] = {m.start for m in entity.mentions}
            taken = starts[entity.id]
            if quote.speaker.start not in taken:
                entity.mentions.append(quote.speaker)
                taken.add(quote.speaker.start)


def typed_quote(quote: Quote, lookup: dict[tuple[int, int], Cluster]) -> schema.Quote:
    """One quotation; its speaker carries the entity id and canonical name, or the phrase's base form."""
    speaker = None
    if quote.speaker is not None and not is_narrator(quote):
        entity = speaker_entity(quote, lookup)
        # Without an entity of the article, the speaker is named by its phrase, or by the phrase a relative
        # pronoun refers to ("auditorfirma, kas norāda" → "auditorfirma").
        name = entity.name if entity is not None else phrase_base_form(quote.entity or quote.speaker)
        speaker = schema.Speaker(*offsets(quote.speaker), entity.id if entity else None, name)
    cue = None if quote.cue is None else schema.Cue(*offsets(quote.cue), quote.cue.root.lemma_)
    medium = None if quote.medium is None else schema.TextSpan(*offsets(quote.medium))
    return schema.Quote(quote.kind, speaker, cue, schema.TextSpan(*offsets(quote.content)), quote.confidence, medium)


def is_narrator(quote: Quote) -> bool:
    """Whether the speaker is an "es" the article never names: the writer or an unnamed narrator, whom the output
    leaves without a speaker ("Es domāju, ka …", "Manuprāt, …")."""
    word = quote.speaker[0].lower_
    return quote.entity is None and len(quote.speaker) == 1 and (
        pronoun_forms().get(word) == "speaker1" or word in attribution_words("narrator_opinion_adverb"))


def phrase_base_form(span: Span) -> str:
    """An unnamed speaker's phrase with its head in the base form ("daļai ekonomistu" → "daļa ekonomistu")."""
    root = span.root
    # "mana vecmāmiņa" is "vecmāmiņa": a possessive says whose, from the writer's point of view
    words = [t for t in span if not (t.pos_ == "DET" and "Yes" in t.morph.get("Poss") and t.i < root.i)]
    span = span.doc[words[0].i : span.end] if words and words[0].i > span.start else span
    # A nominative stays as written; the lemma of a plural is singular ("diplomāti" → "diplomāts"): keep it too.
    keep = root.morph.get("Number") == ["Plur"] or root.morph.get("Case") in (["Nom"], [])
    head = root.text if keep else head_nominative(root)
    text = "".join((head if t.i == root.i else t.text) + t.whitespace_ for t in span).strip()
    if (span[0].is_sent_start and span[0].pos_ != "PROPN" and not span[0].text.isupper()
            and not (len(span) > 1 and root.lemma_ in organisation_nouns())):  # "Valsts policija" is a name
        text = text[:1].lower() + text[1:]  # the capital only marks the sentence start
    return text


def timexes(doc: Doc, published: dt.date | None) -> list[schema.Timex]:
    """Time expressions with TIMEX3 values anchored on the publication date (without one, dates stay XXXX)."""
    return [schema.Timex(*offsets(span), kind, timex_value(ref, published))
            for span, kind, ref in (doc._.timexes if doc.has_extension("timexes") else [])]


def analysis(doc: Doc, published: dt.date | None = None) -> schema.Analysis:
    """The analysis of one article."""
    clusters, lookup = cluster_entities(doc)
    quotes = doc._.quotes or []
    add_speaker_mentions(quotes, lookup)
    return schema.Analysis(LANGUAGE, published, [c.entity() for c in clusters],
                           [typed_quote(q, lookup) for q in quotes], timexes(doc, published))
