"""Score names: canonical names of inflected forms and of gold entities, and the persons an analysis lists."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Span

from .. import schema
from ..analysis import analysis
from ..schema import GPE, LOCATION, ORGANIZATION, PERSON
from ..lang.lv.canonical import QUOTE_MARKS, base_name
from .core import bio_spans, gold_doc_input, share
from ..corpus.coref import char_offsets, read_paragraph
from ..corpus.fullstack import NEWS_SECTION, Paragraph, Token, load_metadata, read_split
from ..lang.lv.names import is_written_name
from ..corpus.gold import read_names
from ..pipeline import SENTENCE_COMPONENT

NAME_LABELS = frozenset({PERSON, GPE, ORGANIZATION, LOCATION})


def score_name_list(nlp: Language, gold_path: Path) -> dict:
    """Share of hand-checked mentions (gold span and type, in their sentence) whose canonical name is right."""
    items = read_names(gold_path)
    right, by_type = 0, {}
    for item, doc in zip(items, nlp.pipe(i.text for i in items)):
        span = doc.char_span(item.start, item.end, label=item.type, alignment_mode="expand")
        ok = span is not None and base_name(span) == item.name
        right += ok
        counts = by_type.setdefault(item.type, [0, 0])
        counts[0] += ok
        counts[1] += 1
    return {"forms": len(items), "accuracy": share(right, len(items)),
            "types": {label: share(ok, n) for label, (ok, n) in sorted(by_type.items())}}


def gold_lemma_name(par: Paragraph, start: int, end: int, label: str) -> str:
    """The reference name of a gold entity: a person's every word by its gold lemma, another name's last word by
    its gold lemma (capitalised as written) and the rest as written; quotation marks left out."""
    words = [w for w in par.words[start:end] if w.form not in QUOTE_MARKS]
    if not words:
        return ""
    if label == PERSON:
        return " ".join(w.lemma for w in words)
    head = words[-1]
    lemma = head.lemma[:1].upper() + head.lemma[1:] if head.form[:1].isupper() else head.lemma
    return " ".join([w.form for w in words[:-1]] + [lemma])


def score_dev_entities(nlp: Language, split_dir: Path) -> dict:
    """Share of gold person, place and organisation entities whose canonical name equals the gold lemma rule."""
    pars = [p for p in read_split(split_dir) if p.ner_tags is not None]
    right = total = 0
    disabled = [SENTENCE_COMPONENT] if SENTENCE_COMPONENT in nlp.pipe_names else []
    with nlp.select_pipes(disable=disabled):
        for par, doc in zip(pars, nlp.pipe(gold_doc_input(nlp, p) for p in pars)):
            for start, end, label in bio_spans(par.ner_tags):
                if label in NAME_LABELS:
                    total += 1
                    # compare as spaCy spaces them: the rule joins words with single spaces
                    name = " ".join(base_name(Span(doc, start, end, label=label)).split())
                    right += name.replace(" ", "") == gold_lemma_name(par, start, end, label).replace(" ", "")
    return {"entities": total, "accuracy": share(right, total)}


# ---- the persons of an article, as `hronika analyze --json` lists them ----

PARAGRAPH_SEPARATOR = "\n\n"  # as corpus.fullstack.news_documents joins a document's paragraphs

CharSpan = tuple[int, int]


@dataclass
class GoldPerson:
    """One person of a gold document: every mention the annotation names it by, and its canonical name."""

    name: str
    mentions: list[CharSpan]


@dataclass
class GoldDocument:
    """One fully annotated news document: its text, its persons, and every gold entity mention of another type."""

    doc_id: str
    text: str
    persons: list[GoldPerson]
    others: list[CharSpan]


@dataclass
class PersonVerdict:
    """How one predicted person entity fares: its gold person's index, or None, and why it is wrong, or ""."""

    name: str
    person: int | None
    error: str  # "", "not_a_person", "duplicate", "wrong_name"


def person_groups(names: list[tuple[CharSpan, str]], chains: list[list[CharSpan]]) -> list[list[int]]:
    """Gold person mentions grouped into persons: the same coreference chain, the same lemma name, or a name that
    only one fuller name of the document may stand for (a lone surname or first name, "V. Zatlers")."""
    parent = list(range(len(names)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(i: int, j: int) -> None:
        parent[find(i)] = find(j)

    for chain in chains:
        # a mention that spans several names ("Luka, Lola un Fiona") is a group, not one of them
        single = [m for m in chain if sum(overlaps(span, m) for span, _ in names) == 1]
        inside = [i for i, (span, _) in enumerate(names) if any(overlaps(span, m) for m in single)]
        for i in inside[1:]:
            join(i, inside[0])
    by_name: dict[str, int] = {}
    for i, (_, name) in enumerate(names):
        join(i, by_name.setdefault(name, i))
    # the names that stand for no other: "Zatlers" is Valdis Zatlers's even where "V. Zatlers" is written too
    fullest = [name for name in by_name if not any(stands_for(name, other) for other in by_name)]
    for name, i in by_name.items():
        fuller = [other for other in fullest if other != name and stands_for(name, other)]
        if len(fuller) == 1:
            join(i, by_name[fuller[0]])
    groups: dict[int, list[int]] = {}
    for i in range(len(names)):
        groups.setdefault(find(i), []).append(i)
    return sorted(groups.values())


def stands_for(short: str, full: str) -> bool:
    """Whether a name may stand for a fuller one: its one word is the other's surname or first name, or it has
    the same words with initials for some ("V. Zatlers" for "Valdis Zatlers")."""
    a, b = short.split(), full.split()
    if len(a) == 1 < len(b):
        return a[0] in (b[0], b[-1])
    return len(a) == len(b) > 1 and a != b and all(
        x == y or (x.endswith(".") and y.startswith(x[:-1]) and not y.endswith(".")) for x, y in zip(a, b))


def overlaps(a: CharSpan, b: CharSpan) -> bool:
    """Whether two character spans share a character."""
    return a[0] < b[1] and b[0] < a[1]


def gold_documents(split_dir: Path) -> list[GoldDocument]:
    """The split's news documents whose every paragraph has its NER layer, with their gold persons: person
    mentions grouped by the coreference layer and by name, named by the fullest mention's gold lemmas."""
    meta = load_metadata(split_dir.parent)
    by_doc: dict[str, list[Paragraph]] = {}
    for par in read_split(split_dir):
        if meta.get(par.doc_id, {}).get("section") == NEWS_SECTION:
            by_doc.setdefault(par.doc_id, []).append(par)
    documents = []
    for doc_id, pars in by_doc.items():
        if any(p.ner_tags is None for p in pars):
            continue
        names: list[tuple[CharSpan, str]] = []
        others: list[CharSpan] = []
        chains: list[list[CharSpan]] = []
        at = 0
        for par in pars:
            offsets = char_offsets(par)
            for start, end, label in sorted(bio_spans(par.ner_tags)):
                if label != PERSON:
                    others.append((at + offsets[start][0], at + offsets[end - 1][1]))
                    continue
                for first, last in coordinated(par.words, start, end):
                    names.append(((at + offsets[first][0], at + offsets[last - 1][1]),
                                  person_lemma_name(par.words[first:last])))
            coref = split_dir / "Coreferences" / f"{par.par_id}.tsv"
            gold = read_paragraph(coref, split_dir / "UD" / f"{par.par_id}.conllu") if coref.exists() else None
            chains += [[(at + s, at + e) for s, e in chain] for chain in (gold.chains if gold else [])]
            at += len(par.text) + len(PARAGRAPH_SEPARATOR)
        persons = []
        for group in person_groups(names, chains):
            fullest = max(group, key=lambda i: (len(names[i][1].split()), -names[i][1].count("."), -i))
            persons.append(GoldPerson(names[fullest][1], [names[i][0] for i in group]))
        text = PARAGRAPH_SEPARATOR.join(p.text for p in pars)
        documents.append(GoldDocument(doc_id, text, persons, others))
    return documents


def coordinated(words: list[Token], start: int, end: int) -> list[tuple[int, int]]:
    """The persons of one gold person span: the outer span of "Žanis, Pauls un Karolīna Dakšas" holds three."""
    pieces, first = [], start
    for k in range(start, end + 1):
        if k == end or words[k].form == "," or words[k].upos == "CCONJ":
            if any(w.form[:1].isupper() for w in words[first:k]):
                pieces.append((first, k))
            first = k + 1
    return pieces


def person_lemma_name(words: list[Token]) -> str:
    """A gold person's name: each word's gold lemma, capitalised as written; an initial as written ("Dz.")."""
    return " ".join(w.form if w.form.endswith(".") else
                    (w.lemma[:1].upper() + w.lemma[1:] if w.form[:1].isupper() else w.lemma)
                    for w in words if w.form not in QUOTE_MARKS)


def judge_persons(gold: GoldDocument, predicted: list[schema.Entity]) -> list[PersonVerdict]:
    """Each predicted person entity, in the order listed: right when its mentions overlap a gold person's (the
    one they overlap most), no earlier entity took that person, and its name is the gold name."""
    verdicts, taken = [], set()
    for entity in predicted:
        # names only: a pronoun or a title the coreference rules added says nothing of whom the entity is
        spans = [(m.start, m.end) for m in entity.mentions if is_written_name(m.text)]
        counts = [sum(overlaps(s, g) for s in spans for g in person.mentions) for person in gold.persons]
        best = max(range(len(counts)), key=lambda k: counts[k], default=None)
        if best is None or counts[best] == 0:
            verdicts.append(PersonVerdict(entity.name, None, "not_a_person"))
            continue
        if best in taken:
            error = "duplicate"
        elif same_name(entity.name, gold.persons[best].name):
            error = ""
        else:
            error = "wrong_name"
        taken.add(best)
        verdicts.append(PersonVerdict(entity.name, best, error))
    return verdicts


def same_name(predicted: str, gold: str) -> bool:
    """Names compared without spaces (the rule and the gold space initials differently: "A.Bērziņš")."""
    return predicted.replace(" ", "") == gold.replace(" ", "")


def score_persons(nlp: Language, split_dir: Path, details: list | None = None) -> dict:
    """The persons of an article as `hronika analyze --json` lists them, against FullStack-LV's news documents.

    Gold: a document's NamedEntities person mentions, grouped into persons by its Coreferences chains (a chain
    holding two person mentions), by equal lemma names, and by a name that only one fuller name of the document
    may stand for (a lone surname or first name, initials: `stands_for`); a coordinated span ("Žanis, Pauls un
    Karolīna Dakšas") is one mention per person. A person's name is its fullest mention's gold lemmas, capitalised
    as written (`person_lemma_name`): most words, then fewest initials. Predicted: the entities of
    type person in the analysis of the document's raw text (paragraphs joined by a blank line).
    Precision: share of predicted persons that are right — they overlap a gold person's mentions, no earlier
    listed entity is that person, and the name equals the gold name (spaces ignored). Recall: share of gold
    persons some predicted person entity overlaps. Both pooled over documents, and as the mean of per-document
    shares (documents with something to count). `details`, if given, receives (doc_id, gold, verdicts)."""
    documents = gold_documents(split_dir)
    predicted_total = right_total = gold_total = found_total = 0
    errors: Counter = Counter()
    precisions, recalls = [], []
    for gold, doc in zip(documents, nlp.pipe(d.text for d in documents)):
        people = [e for e in analysis(doc).entities if e.type == PERSON]
        verdicts = judge_persons(gold, people)
        right = sum(not v.error for v in verdicts)
        found = len({v.person for v in verdicts if v.person is not None})
        predicted_total += len(verdicts)
        right_total += right
        gold_total += len(gold.persons)
        found_total += found
        errors.update(v.error for v in verdicts if v.error)
        if verdicts:
            precisions.append(right / len(verdicts))
        if gold.persons:
            recalls.append(found / len(gold.persons))
        if details is not None:
            details.append((gold.doc_id, gold, verdicts))
    return {"documents": len(documents), "gold_persons": gold_total, "predicted_persons": predicted_total,
            "p": share(right_total, predicted_total), "r": share(found_total, gold_total),
            "document_p": share(sum(precisions), len(precisions)), "document_r": share(sum(recalls), len(recalls)),
            "errors": dict(sorted(errors.items()))}
