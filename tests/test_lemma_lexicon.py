"""The hunspell-lv lemma back-off (issue 12): real Latvian forms that FullStack-LV train lacks."""

import pytest
from spacy.tokens import Doc

from hronika.components.lemmas import LemmaLexicon
from hronika.lang.lv.lexicon import hunspell_lexicon
from hronika.pipeline import LEMMA_COMPONENT, MODEL_DIR


@pytest.mark.parametrize("form, upos, lemma", [
    ("galdiem", "NOUN", "galds"),
    ("mājās", "NOUN", "māja"),
    ("runāju", "VERB", "runāt"),
    ("nevar", "VERB", "varēt"),  # negation: LVTB's lemma has no "ne"
    ("jārunā", "VERB", "runāt"),  # debitive
    ("lielākajiem", "ADJ", "liels"),  # comparative, definite
    ("izmainījies", "VERB", "izmainīties"),  # reflexive participle of a verb hunspell-lv lists unreflexive
    ("piedošanas", "NOUN", "piedošana"),  # noun of action of "piedot"
    ("dižošanās", "NOUN", "dižošanās"),  # reflexive noun of action of "dižoties"
])
def test_hunspell_lexicon(form, upos, lemma):
    assert hunspell_lexicon().lemmas(form, upos) == [lemma]


def test_hunspell_lexicon_unknown_and_class():
    lexicon = hunspell_lexicon()
    assert lexicon.analyse("xyzzyplugh") == ()
    assert lexicon.lemmas("galdiem", "VERB") == []  # a noun's form is no verb


@pytest.fixture(scope="module")
def lemma_lexicon():
    return LemmaLexicon().from_disk(MODEL_DIR / LEMMA_COMPONENT)


@pytest.mark.parametrize("form, upos, model_lemma, lemma", [
    ("izmainījies", "VERB", "izmainījies", "izmainīties"),
    ("piedošanas", "NOUN", "piedošans", "piedošana"),
    ("nerunājot", "VERB", "nerunāt", "runāt"),
    ("tvirtās", "VERB", "tvirt", "tvirts"),  # mistagged: the adjective is hunspell-lv's only analysis
])
def test_unseen_form_takes_lexicon_lemma(lemma_lexicon, form, upos, model_lemma, lemma):
    """A form unseen in training gets hunspell-lv's lemma over a wrong guess of the trained lemmatizer."""
    assert not any(key[0] == form for key in lemma_lexicon.by_pos)
    doc = Doc(lemma_lexicon_vocab(), words=["Viņi", form, "."], pos=["PRON", upos, "PUNCT"],
              lemmas=["viņš", model_lemma, "."])
    assert lemma_lexicon.lemma(doc[1]) == lemma


def test_lexicon_lemma_kept_when_model_agrees(lemma_lexicon):
    """"izmainījušās" is a form of both "izmainīt" and "izmainīties": the model's choice stands."""
    assert hunspell_lexicon().lemmas("izmainījušās", "VERB") == ["izmainīt", "izmainīties"]
    doc = Doc(lemma_lexicon_vocab(), words=["Viņi", "izmainījušās"], pos=["PRON", "VERB"],
              lemmas=["viņš", "izmainīties"])
    assert lemma_lexicon.lemma(doc[1]) == "izmainīties"


def test_hunspell_can_be_switched_off():
    assert LemmaLexicon(use_hunspell=False).hunspell is None


def lemma_lexicon_vocab():
    from spacy.vocab import Vocab
    return Vocab()
