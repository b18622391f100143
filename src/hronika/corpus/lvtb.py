"""Read the extra LVTB sentences (`../shared/data/lvtb-extra/harmonised`) as training Docs without entities."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable, Iterator

from spacy.tokens import Doc
from spacy.vocab import Vocab

from .fullstack import Paragraph, Token, conllu_token, paragraph_to_doc

# v2.5-era file first: the train sample repeats its sentences and marks them, so the marked copies are skipped
EXTRA_FILES = ("lvtb-v25-train-extra.conllu", "lvtb-train-sample-extra.conllu", "lvtb-dev-extra.conllu")
SENTENCE_NUMBER = re.compile(r"-s\d+$")


def read_sentences(path: Path) -> Iterator[tuple[dict[str, str], list[Token]]]:
    """(comments, tokens) of every sentence of a CoNLL-U file; `newdoc`/`newpar` carry over to later sentences."""
    comments: dict[str, str] = {}
    inherited: dict[str, str] = {}
    sent: list[Token] = []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if not line.strip():
            if sent:
                yield {**inherited, **comments}, sent
            comments, sent = {}, []
        elif line.startswith("#"):
            key, _, value = line[1:].partition("=")
            key, value = key.strip(), value.strip()
            (inherited if key in ("newdoc id", "newpar id") else comments)[key] = value
        elif (token := conllu_token(line)) is not None:
            sent.append(token)


def group_key(comments: dict[str, str]) -> str:
    """The paragraph a sentence belongs to: its `newpar id`, else its synthetic sentence id without `-sK`."""
    return comments.get("newpar id") or SENTENCE_NUMBER.sub("", comments.get("sent_id", ""))


def extra_paragraphs(folder: Path, skip_documents: set[str], tagset: set[str]) -> Iterator[Paragraph]:
    """Paragraphs of the extra files, minus marked duplicates and documents in `skip_documents`.

    An XPOS the training tagset lacks (the v2.16+ adverb tags the harmonisation could not map back) becomes
    empty, which the tagger treats as missing rather than as a label to learn."""
    for name in EXTRA_FILES:
        current: Paragraph | None = None
        for comments, tokens in read_sentences(folder / name):
            if "duplicate_in" in comments and name != EXTRA_FILES[0]:
                continue
            if comments.get("newdoc id") in skip_documents:
                continue
            tokens = [t if t.xpos in tagset else Token(**{**t.__dict__, "xpos": ""}) for t in tokens]
            key = group_key(comments)
            if current is None or current.par_id != key:
                if current is not None:
                    yield current
                current = Paragraph(par_id=key, doc_id=comments.get("newdoc id", key))
            current.sentences.append(tokens)
        if current is not None:
            yield current


def extra_docs(vocab: Vocab, folder: Path, skip_documents: set[str], tagset: set[str]) -> Iterable[Doc]:
    """Docs for `spacy train`: full UD annotation, entities missing (not empty)."""
    return (paragraph_to_doc(vocab, par) for par in extra_paragraphs(folder, skip_documents, tagset))
