"""Parsed Docs built by hand from frozen CoNLL-U, so that the rule tests need no trained model.

As in spaCy's own tests, a rule test runs on a Doc built from words, heads, dependency labels, parts of speech,
features, lemmas and entities (`Doc(vocab, words=..., heads=..., ...)`), not on what the current model makes of
a sentence: a retrain then cannot break a rule test for reasons that have nothing to do with the rule.

The parses are kept as CoNLL-U in tests/fixtures/parsed/, one file per test module, looked up by the text of the
document. A Latvian news sentence has 10 to 40 tokens: spaCy's inline parallel lists of words, heads and labels
would be walls of lists where a misaligned column goes unseen, and the test would no longer show its sentence and
its assertion at a glance. One CoNLL-U row per token reads like the treebank the model learned from, shows every
annotation of a word together, and a re-frozen parse shows in a diff as the tokens that changed.

The format: each document opens with `# newdoc id = <test>`; its sentences are CoNLL-U blocks (ID FORM LEMMA UPOS
XPOS FEATS HEAD DEPREL DEPS MISC; HEAD 0 for the root); MISC holds `SpaceAfter=No` and the named entity as BIO
(`NER=B-person`). White-space tokens ("\\n\\n" between paragraphs) are rows of their own, the FORM and LEMMA written
with `\\n`, `\\s`, `\\t` for line break, space and tab. The entities are the recogniser's, before `person_names`
mends them: a parse is the Doc as the trained components leave it to the rules.

A new test sentence: `pytest tests/rules --freeze-parses` parses the texts that have none with the shipped pipeline
and appends them to the test module's file; check by eye the words the test relies on (heads, labels, entities)
before committing. tests/regression/ runs the same tests end to end, through the shipped pipeline.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

PARSED = Path(__file__).parent / "fixtures" / "parsed"
ESCAPES = {"\n": "\\n", " ": "\\s", "\t": "\\t"}
NER_KEY = "NER="
NO_SPACE = "SpaceAfter=No"


class Parse(NamedTuple):
    """One document's tokens and their annotation, as `Doc`'s constructor takes them."""

    words: list[str]
    spaces: list[bool]
    lemmas: list[str]
    pos: list[str]
    tags: list[str]
    morphs: list[str]
    heads: list[int]
    deps: list[str]
    ents: list[str]

    @property
    def text(self) -> str:
        return "".join(word + " " * space for word, space in zip(self.words, self.spaces))

    def doc(self, vocab: Vocab) -> Doc:
        """A new Doc with this parse (the rules write on the Doc, so each test gets its own)."""
        return Doc(vocab, **self._asdict())


def escape(text: str) -> str:
    for char, escaped in ESCAPES.items():
        text = text.replace(char, escaped)
    return text


def unescape(text: str) -> str:
    for char, escaped in ESCAPES.items():
        text = text.replace(escaped, char)
    return text


def read_document(lines: list[str]) -> Parse:
    """A document's CoNLL-U lines (comments, token rows and blank lines between sentences) as a parse."""
    parse = Parse(*([] for _ in Parse._fields))
    sentence_start = 0
    for line in lines:
        if not line.strip():
            sentence_start = len(parse.words)
            continue
        if line.startswith("#"):
            continue
        _, form, lemma, upos, xpos, feats, head, deprel, _, misc = line.split("\t")
        misc_fields = misc.split("|")
        parse.words.append(unescape(form))
        parse.spaces.append(NO_SPACE not in misc_fields)
        parse.lemmas.append(unescape(lemma))
        parse.pos.append(upos)
        parse.tags.append(xpos)
        parse.morphs.append("" if feats == "_" else feats)
        parse.heads.append(len(parse.words) - 1 if head == "0" else sentence_start + int(head) - 1)
        parse.deps.append(deprel)
        parse.ents.append(next((f[len(NER_KEY):] for f in misc_fields if f.startswith(NER_KEY)), "O"))
    return parse


def read_parses(path: Path) -> dict[str, Parse]:
    """The parses of a CoNLL-U file by the text of their document."""
    documents: list[list[str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# newdoc"):
            documents.append([])
        documents[-1].append(line)
    parses = [read_document(lines) for lines in documents]
    return {parse.text: parse for parse in parses}


def all_parses() -> dict[str, Parse]:
    """Every frozen parse, by the text of its document."""
    return {text: parse for path in sorted(PARSED.glob("*.conllu")) for text, parse in read_parses(path).items()}


def to_conllu(doc: Doc, doc_id: str) -> str:
    """A parsed Doc as a CoNLL-U document in the format `read_document` reads."""
    lines = [f"# newdoc id = {doc_id}"]
    for sent in doc.sents:
        lines.append(f"# text = {sent.text.strip()}")
        for tok in sent:
            if not sent.start <= tok.head.i < sent.end:
                raise ValueError(f"{tok.text!r} in {sent.text!r} has its head outside the sentence")
            head = 0 if tok.head.i == tok.i else tok.head.i - sent.start + 1
            misc = [NO_SPACE] * (not tok.whitespace_) + [f"{NER_KEY}{tok.ent_iob_}-{tok.ent_type_}"] * bool(tok.ent_type_)
            lines.append("\t".join([str(tok.i - sent.start + 1), escape(tok.text), escape(tok.lemma_), tok.pos_,
                                    tok.tag_, str(tok.morph) or "_", str(head), tok.dep_, "_", "|".join(misc) or "_"]))
        lines.append("")
    return "\n".join(lines) + "\n"


def freeze(nlp: Language, rules: list[str], text: str, doc_id: str, path: Path) -> Parse:
    """Parse a text with the trained pipeline, leaving out the rule components, and add it to a CoNLL-U file."""
    with nlp.select_pipes(disable=rules):
        doc = nlp(text)
    with path.open("a", encoding="utf-8") as file:
        file.write(to_conllu(doc, doc_id))
    return read_parses(path)[text]
