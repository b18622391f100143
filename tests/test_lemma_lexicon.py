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


@pytest.mark.parametrize("form, tagged, upos", [
    ("satrūkās", "NOUN", "VERB"),  # only a verb in hunspell-lv
    ("tvirtās", "VERB", "ADJ"),  # only an adjective
    ("galdiem", "NOUN", None),  # agrees: kept
    ("droši", "ADV", None),  # adverbs are left alone (hunspell-lv files them under the adjective)
])
def test_part_of_speech_check(lemma_lexicon, form, tagged, upos):
    doc = Doc(lemma_lexicon_vocab(), words=["Viņa", form], pos=["PRON", tagged], lemmas=["viņa", form])
    assert lemma_lexicon.part_of_speech(doc[1]) == upos


def test_part_of_speech_set_by_the_component(lemma_lexicon):
    doc = Doc(lemma_lexicon_vocab(), words=["Viņa", "satrūkās"], pos=["PRON", "NOUN"], lemmas=["viņa", "satrūka"])
    lemma_lexicon(doc)
    assert (doc[1].pos_, doc[1].lemma_) == ("VERB", "satrūkties")
