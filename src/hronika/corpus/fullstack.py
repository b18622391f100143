"""Read the FullStack-LV corpus (UD + named entities) into spaCy Docs, one per paragraph."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab

NEWS_SECTION = "Periodika"


@dataclass
class Token:
    """One word of a CoNLL-U sentence (empty nodes and multiword ranges are dropped)."""

    form: str
    lemma: str
    upos: str
    xpos: str
    feats: str
    head: int
    deprel: str
    space_after: bool


@dataclass
class Paragraph:
    """One FullStack-LV paragraph: its sentences and, where annotated, the outer entity tags."""

    par_id: str
    doc_id: str
    sentences: list[list[Token]] = field(default_factory=list)
    ner_tags: list[str] | None = None

    @property
    def words(self) -> list[Token]:
        """All tokens of the paragraph in order."""
        return [tok for sent in self.sentences for tok in sent]

    @property
    def text(self) -> str:
        """The raw paragraph text, rebuilt from forms and SpaceAfter."""
        words = self.words
        return "".join(t.form + (" " if t.space_after and i < len(words) - 1 else "") for i, t in enumerate(words))


def _space_after(misc: str) -> bool:
    """False where the MISC column says SpaceAfter=No."""
    return "SpaceAfter=No" not in misc.split("|")


def conllu_token(line: str) -> Token | None:
    """The word of one CoNLL-U token line; None for empty nodes (5.1) and multiword ranges (1-2), which carry no
    surface token."""
    cols = line.split("\t")
    if not cols[0].isdigit():
        return None
    return Token(cols[1], cols[2], cols[3], cols[4], cols[5], int(cols[6]), cols[7], _space_after(cols[9]))


def read_conllu(path: Path) -> Paragraph:
    """Parse one paragraph's CoNLL-U file."""
    par = Paragraph(par_id=path.stem, doc_id=path.stem.split("-")[0])
    sent: list[Token] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# newdoc id"):
            par.doc_id = line.split("=", 1)[1].strip()
        if not line.strip():
            if sent:
                par.sentences.append(sent)
                sent = []
            continue
        if line.startswith("#"):
            continue
        token = conllu_token(line)
        if token is not None:
            sent.append(token)
    if sent:
        par.sentences.append(sent)
    return par


def read_ner_sentences(path: Path) -> list[list[tuple[str, str]]]:
    """(form, outer BIO tag) per token, per sentence, of one paragraph's CoNLL-2003 file."""
    sentences, sent = [], []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if not line.strip():
            if sent:
                sentences.append(sent)
                sent = []
            continue
        cols = line.split("\t")
        if not line.startswith("#") and cols[0].isdigit():
            sent.append((cols[1], cols[6]))
    return sentences


def align_ner_tags(par: Paragraph, ner_sentences: list[list[tuple[str, str]]]) -> list[str] | None:
    """NER tags for every UD token, or None where the files disagree on the words.

    A few NER files drop a sentence's final punctuation; those tokens are tagged O.
    """
    if len(ner_sentences) != len(par.sentences):
        return None
    tags = []
    for ud_sent, ner_sent in zip(par.sentences, ner_sentences):
        if len(ner_sent) > len(ud_sent) or any(t.form != form for t, (form, _) in zip(ud_sent, ner_sent)):
            return None
        if any(t.upos != "PUNCT" for t in ud_sent[len(ner_sent):]):
            return None
        tags += [tag for _, tag in ner_sent] + ["O"] * (len(ud_sent) - len(ner_sent))
    return tags


def bio_to_iob(tags: list[str]) -> list[str]:
    """Repair BIO tags so that an I- never follows O or another type (treated as a B-)."""
    fixed, prev = [], "O"
    for tag in tags:
        if tag.startswith("I-") and (prev == "O" or prev[2:] != tag[2:]):
            tag = "B-" + tag[2:]
        fixed.append(tag)
        prev = tag
    return fixed


def read_split(split_dir: Path) -> Iterator[Paragraph]:
    """Every paragraph of a split folder (UD + NamedEntities), sorted by id."""
    ner_dir = split_dir / "NamedEntities"
    for path in sorted((split_dir / "UD").glob("*.conllu")):
        par = read_conllu(path)
        ner_path = ner_dir / f"{path.stem}.conll2003"
        if ner_path.exists():
            tags = align_ner_tags(par, read_ner_sentences(ner_path))
            par.ner_tags = bio_to_iob(tags) if tags else None
        yield par


def paragraph_to_doc(vocab: Vocab, par: Paragraph) -> Doc:
    """A fully annotated Doc; entities are missing (not empty) where the paragraph has no NER file."""
    words = par.words
    spaces = [t.space_after for t in words]
    spaces[-1] = False
    heads, sent_starts, offset = [], [], 0
    for sent in par.sentences:
        for i, tok in enumerate(sent):
            heads.append(offset + tok.head - 1 if tok.head > 0 else offset + i)
            sent_starts.append(i == 0)
        offset += len(sent)
    doc = Doc(
        vocab,
        words=[t.form for t in words],
        spaces=spaces,
        lemmas=[t.lemma for t in words],
        pos=[t.upos for t in words],
        tags=[t.xpos for t in words],
        morphs=[t.feats if t.feats != "_" else "" for t in words],
        heads=heads,
        deps=[t.deprel for t in words],
        sent_starts=sent_starts,
        ents=par.ner_tags,
    )
    doc.user_data["par_id"] = par.par_id
    return doc


def split_to_docbin(split_dir: Path, vocab: Vocab) -> DocBin:
    """All paragraphs of a split as a DocBin, ready for `spacy train`."""
    db = DocBin(store_user_data=True)
    for par in read_split(split_dir):
        db.add(paragraph_to_doc(vocab, par))
    return db


@lru_cache(maxsize=4)
def load_metadata(corpus_root: Path) -> dict[str, dict]:
    """The corpus's metadata.json: document id → section and reference."""
    path = corpus_root / "metadata.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def news_documents(split_dir: Path) -> Iterable[tuple[str, str]]:
    """(doc_id, text) for each news document in a split, its paragraphs joined by blank lines."""
    meta = load_metadata(split_dir.parent)
    by_doc: dict[str, list[str]] = {}
    for par in read_split(split_dir):
        if meta.get(par.doc_id, {}).get("section") == NEWS_SECTION:
            by_doc.setdefault(par.doc_id, []).append(par.text)
    return [(doc_id, "\n\n".join(texts)) for doc_id, texts in by_doc.items()]
