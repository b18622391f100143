"""A spaCy tokenizer for Latvian news text that tokenizes as the Latvian treebank does."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Iterable, Iterator

import numpy
from spacy.attrs import NORM
from spacy.lang.char_classes import ALPHA, ALPHA_LOWER, ALPHA_UPPER, CONCAT_QUOTES, HYPHENS, PUNCT
from spacy.lang.punctuation import TOKENIZER_INFIXES, TOKENIZER_PREFIXES, TOKENIZER_SUFFIXES
from spacy.lang.tokenizer_exceptions import BASE_EXCEPTIONS, URL_MATCH
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry
from spacy.vocab import Vocab

from . import abbreviations

# spaCy splits a period after any digit; the treebank keeps ordinals and dates whole ("2021.", "22.5.2002.").
_DIGIT_PERIOD_SUFFIX = r"(?<=[0-9{al}{e}{p}(?:{q})])\.".format(al=ALPHA_LOWER, e=r"%²\-\+", q=CONCAT_QUOTES, p=PUNCT)
_LETTER_PERIOD_SUFFIX = r"(?<=[{al}{e}{p}(?:{q})])\.".format(al=ALPHA_LOWER, e=r"%²\-\+", q=CONCAT_QUOTES, p=PUNCT)
# spaCy splits hyphenated words; the treebank keeps "Vīķe-Freiberga" and "e-pasts" whole.
_HYPHEN_INFIX = r"(?<=[{a}])(?:{h})(?=[{a}])".format(a=ALPHA, h=HYPHENS)
# spaCy splits "word.Word" at the period; after a capital and one letter it is an initial ("Dž.Bērziņa"), kept below.
_SENTENCE_GLUE_INFIX = r"(?<=[{al}{q}])\.(?=[{au}{q}])".format(al=ALPHA_LOWER, au=ALPHA_UPPER, q=CONCAT_QUOTES)
_WORDS_GLUE_INFIX = r"(?<=[{al}{q}][{al}{q}])\.(?=[{au}{q}])".format(al=ALPHA_LOWER, au=ALPHA_UPPER, q=CONCAT_QUOTES)
# Text glued without a space, split by empty infixes after the period: ordinals as LETA writes them ("2021.gadā",
# "14.februārī"), initials ("D.Kudore", "Dž.Kudore") and abbreviations before numbers ("plkst.14.00").
GLUED_INFIXES = [
    r"(?<=[0-9]\.)(?=[{a}])".format(a=ALPHA),
    r"(?<=^[{au}]\.)(?=[{au}][{al}])".format(au=ALPHA_UPPER, al=ALPHA_LOWER),
    r"(?<=^[{au}][{al}]\.)(?=[{au}][{al}])".format(au=ALPHA_UPPER, al=ALPHA_LOWER),
    r"(?<=[{al}]\.)(?=[0-9])".format(al=ALPHA_LOWER),
]
# Year ranges ("2006.-2012.gadam") and a missing space after a question ("pagulēt?Pēc").
EXTRA_INFIXES = [
    r"(?<=[0-9]\.)[-–](?=[0-9])",
    r"(?<=[{al}])[?!](?=[{au}])".format(al=ALPHA_LOWER, au=ALPHA_UPPER),
]
# "?!" and "!!!" are one token; a hyphen left hanging after a word is its own ("runāt- čukstus").
EXTRA_SUFFIXES = [r"[?!]{2,}", r"(?<=[{a}\"”“»])-".format(a=ALPHA)]

SUFFIXES = EXTRA_SUFFIXES + [_LETTER_PERIOD_SUFFIX if s == _DIGIT_PERIOD_SUFFIX else s for s in TOKENIZER_SUFFIXES]
INFIXES = [
    _WORDS_GLUE_INFIX if i == _SENTENCE_GLUE_INFIX else i for i in TOKENIZER_INFIXES if i != _HYPHEN_INFIX
] + GLUED_INFIXES + EXTRA_INFIXES
PREFIXES = list(TOKENIZER_PREFIXES)

# Thousands written with spaces are one token in the treebank ("50 000", "5 432 989").
THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?: \d{3})+(?![\d,.]\d)")
# A number's period ends the sentence, not an ordinal, before a line end or before a capital after a long number
# ("... 1991. Tad ..."); short numbers before capitals stay ordinals ("11. Saeima").
NUMBER_THEN_PERIOD = re.compile(
    r"(?<![\w])(?<![0-9][.,:])(?:\d+(?:[.,:]\d+)*(?=\.\s*(?:\n|$))|(?:\d{3,}|\d+[.,:]\d+)(?=\.\s+[%s„\"«“]))" % ALPHA_UPPER
)
PERIOD = "."
# spaCy's URL matcher takes these for domains.
GLUED_NOT_URL = re.compile(r"\d+\.[^\W\d_]|[{au}][{al}]?\.[{au}][{al}]".format(au=ALPHA_UPPER, al=ALPHA_LOWER))
# spaCy strips affixes off a string one at a time, copying and hashing what is left each time: a run of n marks
# without white space ('"""…') costs n², so longer runs are cut into pieces first. The longest token in the
# treebank has 33 characters; URLs up to this length stay whole.
MAX_TOKEN_CHARS = 256
LONG_RUN = re.compile(r"(?<!\S)\S{%d,}" % (MAX_TOKEN_CHARS + 1))  # starts only where a run starts: one pass
# spaCy searches the suffix pattern over the whole string, at every position; a suffix lies in its last characters
# (the longest fixed one is 5 long), so only they are searched, and the whole string when a match fills the window.
SUFFIX_WINDOW = 32


def special_cases() -> dict[str, list[dict]]:
    """Tokenizer exceptions: spaCy's base ones plus the Latvian abbreviations and their capitalised forms."""
    rules = {k: v for k, v in BASE_EXCEPTIONS.items() if not k.endswith(".") or len(k) > 2}
    for abbr in abbreviations():
        for form in {abbr, abbr[:1].upper() + abbr[1:]}:
            rules[form] = [{ORTH: form}]
    return rules


def url_match(text: str):
    """spaCy's URL matcher, except for glued ordinals and initials that look like domains ("2021.gadā", "D.Kudore")."""
    return None if GLUED_NOT_URL.match(text) else URL_MATCH(text)


def windowed_search(pattern: re.Pattern):
    """pattern.search on the last SUFFIX_WINDOW characters, or on the whole string when a match fills them
    (it may go on: "……"); spaCy uses only the length of a suffix match."""

    def search(text: str) -> re.Match | None:
        match = pattern.search(text[-SUFFIX_WINDOW:])
        return pattern.search(text) if match and match.start() == 0 and len(text) > SUFFIX_WINDOW else match

    return search


def build_base_tokenizer(vocab: Vocab) -> Tokenizer:
    """spaCy's rule tokenizer with the Latvian affixes and exceptions."""
    return Tokenizer(
        vocab,
        rules=special_cases(),
        prefix_search=compile_prefix_regex(PREFIXES).search,
        suffix_search=windowed_search(compile_suffix_regex(SUFFIXES)),
        infix_finditer=compile_infix_regex(INFIXES).finditer,
        url_match=url_match,
    )


def bounded_pieces(text: str) -> list[str]:
    """The text cut inside every run without white space longer than MAX_TOKEN_CHARS, every MAX_TOKEN_CHARS."""
    pieces, last = [], 0
    for run in LONG_RUN.finditer(text):
        for cut in range(run.start() + MAX_TOKEN_CHARS, run.end(), MAX_TOKEN_CHARS):
            pieces.append(text[last:cut])
            last = cut
    return pieces + [text[last:]]


def _char_spans(doc: Doc, pattern: re.Pattern) -> list:
    """Spans of doc for each match of pattern that lines up with token boundaries."""
    spans = (doc.char_span(m.start(), m.end()) for m in pattern.finditer(doc.text))
    return [s for s in spans if s is not None]


def fix_numbers(doc: Doc) -> Doc:
    """Merge spaced thousands and split a sentence-final period off a number: the Doc built again in one pass
    where there is anything to fix (spaCy's retokenizer moves the rest of the Doc for each split: n²)."""
    text = doc.text
    merges = {span.start: span.end for span in _char_spans(doc, THOUSANDS) if len(span) > 1}
    splits = set()
    for match in NUMBER_THEN_PERIOD.finditer(text):
        token = doc.char_span(match.start(), match.end() + 1)
        if token is not None and len(token) == 1:
            splits.add(token.start)
    if not merges and not splits:
        return doc
    words, spaces, norms = [], [], []
    old_norms = doc.to_array(NORM)  # a tokenizer exception may set a norm; a merged or split token has its own
    i = 0
    while i < len(doc):
        token = doc[i]
        if i in merges:
            last = doc[merges[i] - 1]
            words.append(text[token.idx : last.idx + len(last.text)])
            spaces.append(bool(last.whitespace_))
            norms.append(0)
            i = merges[i]
            continue
        if i in splits:
            words += [token.text[:-1], PERIOD]
            spaces += [False, bool(token.whitespace_)]
            norms += [0, 0]
        else:
            words.append(token.text)
            spaces.append(bool(token.whitespace_))
            norms.append(old_norms[i])
        i += 1
    fixed = Doc(doc.vocab, words=words, spaces=spaces)
    fixed.from_array([NORM], numpy.array(norms, dtype="uint64"))
    return fixed


class LatvianTokenizer:
    """spaCy's tokenizer with Latvian rules, and a number fix-up it cannot express as affixes."""

    def __init__(self, vocab: Vocab):
        self.vocab = vocab
        self.tokenizer = build_base_tokenizer(vocab)

    def __call__(self, text: str) -> Doc:
        pieces = bounded_pieces(text)
        if len(pieces) == 1:
            return fix_numbers(self.tokenizer(text))
        docs = [self.tokenizer(piece) for piece in pieces]
        return fix_numbers(Doc.from_docs(docs, ensure_whitespace=False))

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    # The rules live in the package's data files, not in the saved pipeline: a model always uses the current ones.
    def to_bytes(self, *, exclude: Iterable[str] = tuple()) -> bytes:
        return json.dumps({"rules": __name__}).encode("utf-8")

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = tuple()) -> "LatvianTokenizer":
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = tuple()) -> None:
        Path(path).write_bytes(self.to_bytes())

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = tuple()) -> "LatvianTokenizer":
        return self


@registry.tokenizers("hronika.LatvianTokenizer.v1")
def create_latvian_tokenizer():
    """Config entry point: `[nlp.tokenizer] @tokenizers = "hronika.LatvianTokenizer.v1"`."""

    def make_tokenizer(nlp) -> LatvianTokenizer:
        return LatvianTokenizer(nlp.vocab)

    return make_tokenizer
