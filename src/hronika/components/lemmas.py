"""Lemma back-off after the trained lemmatizer: the training data's own word forms, then hunspell-lv's dictionary,
then simplemma's."""

from __future__ import annotations

from collections import Counter, defaultdict
from os.path import commonprefix
from pathlib import Path
from typing import Callable, Iterable

import simplemma
import srsly
from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.training import Example

from ..lang.lv.lexicon import UPOS_CLASS, hunspell_lexicon

LANG = "lv"
# The dictionary helps on dev for nouns and verbs the training data lacks; for adjectives its lemma
# (often the definite form) and for names it does not.
DICTIONARY_POS = frozenset({"NOUN", "VERB", "ADV"})
# hunspell-lv (issue 12): dev lemma 93.25 → 94.49 tried before simplemma, 94.32 after it; its proper nouns help too.
HUNSPELL_POS = frozenset({"NOUN", "PROPN", "VERB", "AUX", "ADJ", "ADV", "NUM", "PRON", "DET"})
# Where none of the form's analyses has the tagger's part of speech, these take any of them: dev 95.28 → 96.30.
HUNSPELL_ANY_CLASS_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ"})
# A form the training data lacks whose every hunspell-lv analysis has one class, other than the tagger's part of speech,
# takes that class's (dev UPOS 93.90 → 95.50 on gold tokens). Adverbs are left alone: hunspell-lv files the adverbs of
# adjectives ("droši", "drošāk") under the adjective; and names: its proper nouns share the nouns' class.
CLASS_UPOS = {"N": "NOUN", "V": "VERB", "A": "ADJ", "R": "ADV", "M": "NUM", "P": "PRON"}
KEEP_POS = frozenset({"ADV", "PROPN"})
LOWERCASE_LEMMA_POS = frozenset({"NOUN", "VERB", "ADJ", "ADV", "AUX", "PRON", "DET", "NUM", "INTJ", "ADP", "PART"})


def _sentence_initial(token: Token) -> bool:
    """Whether the token opens its sentence, perhaps after a quotation mark or a dash."""
    return token.i == 0 or token.is_sent_start or (token.i == 1 or token.nbor(-1).is_sent_start) and token.nbor(-1).is_punct


def _form_keys(token: Token) -> tuple[str, ...]:
    """The token's form, and its lower-case form where a capital marks only the sentence start."""
    text = token.text
    if token.pos_ != "PROPN" and text[:1].isupper() and not text.isupper() and _sentence_initial(token):
        return (text, text.lower())
    return (text,)


class LemmaLexicon:
    """Overrides the trained lemmatizer where the training data or a dictionary knows better."""

    def __init__(self, use_dictionary: bool = True, use_hunspell: bool = True, hunspell_pos: bool = True):
        self.use_dictionary = use_dictionary
        self.hunspell = hunspell_lexicon() if use_hunspell else None
        self.hunspell_pos = hunspell_pos and use_hunspell
        self.seen: frozenset[str] = frozenset()
        self.by_pos: dict[tuple[str, str], str] = {}
        self.by_form: dict[str, str] = {}
        self.by_morph: dict[tuple[str, str, str], str] = {}

    def initialize(self, get_examples: Callable[[], Iterable[Example]], *, nlp: Language | None = None) -> None:
        """Learn the most frequent lemma of each (form, UPOS), and of (form, UPOS, features) where they differ."""
        counts: dict[tuple, Counter] = defaultdict(Counter)
        for example in get_examples():
            for token in example.reference:
                if token.lemma_:
                    counts[(token.text, token.pos_)][token.lemma_] += 1
                    counts[(token.text, token.pos_, str(token.morph))][token.lemma_] += 1
        self.by_pos = {k: c.most_common(1)[0][0] for k, c in counts.items() if len(k) == 2}
        lemmas_of_form: dict[str, set] = defaultdict(set)
        for key, c in counts.items():
            if len(key) == 2:
                lemmas_of_form[key[0]].update(c)
        # A form with one lemma whatever its part of speech keeps it even where the tagger errs.
        self.by_form = {form: next(iter(lemmas)) for form, lemmas in lemmas_of_form.items() if len(lemmas) == 1}
        ambiguous = {k for k, c in counts.items() if len(k) == 2 and len(c) > 1}
        self.by_morph = {k: c.most_common(1)[0][0] for k, c in counts.items() if len(k) == 3 and k[:2] in ambiguous}
        self.seen = frozenset(form for form, _ in self.by_pos)

    def lemma(self, token: Token) -> str | None:
        """The back-off lemma of a token, or None to keep the model's."""
        pos = token.pos_
        for form in _form_keys(token):
            lemma = self.by_pos.get((form, pos))
            if lemma is not None:
                return self.by_morph.get((form, pos, str(token.morph)), lemma)
        for form in _form_keys(token):
            if form in self.by_form:
                return self.by_form[form]
        if self.hunspell is not None and pos in HUNSPELL_POS:
            lemma = self._hunspell_lemma(token)
            if lemma is not None:
                return lemma
        if self.use_dictionary and pos in DICTIONARY_POS:
            for form in _form_keys(token):
                if simplemma.is_known(form, lang=LANG):
                    return simplemma.lemmatize(form, lang=LANG)
        lemma = token.lemma_
        if pos in LOWERCASE_LEMMA_POS and lemma[:1].isupper() and not lemma.isupper() and _sentence_initial(token):
            return lemma.lower()
        return None

    def _hunspell_lemma(self, token: Token) -> str | None:
        """hunspell-lv's lemma of the form for its part of speech (for an open class, of any where none fits): the
        model's where it is one of them, else the one closest to the model's."""
        for form in _form_keys(token):
            lemmas = self.hunspell.lemmas(form, token.pos_)
            if not lemmas and token.pos_ in HUNSPELL_ANY_CLASS_POS:
                # the tagger often errs on forms it has not seen: a verb form tagged as a noun keeps the verb's lemma
                lemmas = sorted({lemma for lemma, _ in self.hunspell.analyse(form)})
            if not lemmas:
                continue
            model = token.lemma_
            if model in lemmas or len(lemmas) == 1:
                return model if model in lemmas else lemmas[0]
            model = model.lower()
            return max(lemmas, key=lambda lemma: (len(commonprefix([lemma.lower(), model])), -len(lemma)))
        return None

    def part_of_speech(self, token: Token) -> str | None:
        """hunspell-lv's part of speech for a form unseen in training where it differs from the tagger's, else None."""
        if token.pos_ in KEEP_POS or token.text in self.seen:
            return None
        classes = {pos for _, pos in self.hunspell.analyse(token.text)}
        if len(classes) != 1 or "-" in classes:
            return None
        cls = classes.pop()
        return None if UPOS_CLASS.get(token.pos_) == cls else CLASS_UPOS[cls]

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            if self.hunspell_pos:
                pos = self.part_of_speech(token)
                if pos is not None:
                    token.pos_ = pos
            lemma = self.lemma(token)
            if lemma is not None:
                token.lemma_ = lemma
        return doc

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = tuple()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_msgpack(path / "lexicon.msgpack", {
            "use_dictionary": self.use_dictionary,
            "by_pos": [[*k, v] for k, v in self.by_pos.items()],
            "by_morph": [[*k, v] for k, v in self.by_morph.items()],
            "by_form": self.by_form,
        })

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = tuple()) -> "LemmaLexicon":
        data = srsly.read_msgpack(Path(path) / "lexicon.msgpack")
        self.use_dictionary = data["use_dictionary"]
        self.by_pos = {(f, p): lemma for f, p, lemma in data["by_pos"]}
        self.by_morph = {(f, p, m): lemma for f, p, m, lemma in data["by_morph"]}
        self.by_form = data["by_form"]
        self.seen = frozenset(form for form, _ in self.by_pos)
        return self


@Language.factory(
    "lemma_lexicon",
    requires=["token.pos", "token.morph", "token.lemma", "token.is_sent_start"],
    assigns=["token.lemma", "token.pos"],
    default_config={"use_dictionary": True, "use_hunspell": True, "hunspell_pos": True},
)
def make_lemma_lexicon(nlp: Language, name: str, use_dictionary: bool, use_hunspell: bool,
                       hunspell_pos: bool) -> LemmaLexicon:
    """Lemma back-off placed after the trainable lemmatizer (and hunspell-lv's check on the tagger's part of speech)."""
    return LemmaLexicon(use_dictionary, use_hunspell, hunspell_pos)
