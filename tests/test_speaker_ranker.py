"""The learned speaker ranker: its weights load, it picks the speaker on a clear Latvian article, it is switched on
by the pipeline's config and off by default, and its fit learns a separable choice."""

import json

import numpy
import pytest
import spacy

import hronika
from hronika.quotes.confidence import PRIOR
from hronika.analysis import analysis
from hronika.quotes.ranker import FEATURES, WEIGHTS, fit, load_weights

ARTICLE = ("Valsts prezidents Edgars Rinkēvičs otrdien tikās ar Igaunijas premjerministri Kristenu Mihalu. "
           "„Mūsu atbalsts Ukrainai nav apspriežams,“ žurnālistiem sacīja Rinkēvičs. "
           "Viņš uzsvēra, ka abas valstis stiprinās robežu. "
           "Finanšu ministre Daiga Auziņa-Melalksne pastāstīja, ka budžets ir sabalansēts. "
           "Viņa piebilda, ka nodokļi netiks celti.")
RANKED = {"speaker_ranker": True}


@pytest.fixture(scope="module")
def ranked(nlp):
    """The article parsed by the shipped pipeline, its quotations found again with the ranker on."""
    return spacy.blank("lv").add_pipe("quotes", config=RANKED)(nlp(ARTICLE))


def test_weights_load_one_per_feature():
    names = json.loads(WEIGHTS.read_text(encoding="utf-8"))["weights"]
    assert set(names) == set(FEATURES)
    weights = load_weights()
    assert weights.shape == (len(FEATURES),) and numpy.isfinite(weights).all() and weights.any()


def test_ranker_picks_the_named_speaker_and_the_pronouns_person(ranked):
    said = [(q.content.text, q.speaker.name if q.speaker else None) for q in analysis(ranked).quotes]
    assert said == [
        ("Mūsu atbalsts Ukrainai nav apspriežams", "Edgars Rinkēvičs"),
        ("abas valstis stiprinās robežu", "Edgars Rinkēvičs"),
        ("budžets ir sabalansēts", "Daiga Auziņa-Melalksne"),
        ("nodokļi netiks celti", "Daiga Auziņa-Melalksne"),
    ]


def test_ranker_confidence_is_the_patterns_prior_times_its_probability(ranked):
    assert all(0 < q.confidence <= PRIOR[q.pattern] for q in ranked._.quotes)


def test_ranker_is_off_by_default_and_switched_on_by_config(nlp):
    assert nlp.get_pipe("quotes").finder.ranker is None
    on = hronika.load(config={"components": {"quotes": RANKED}})
    assert on.get_pipe("quotes").finder.ranker is not None


def test_fit_learns_a_separable_choice():
    # two candidates per quotation, the right one always has the "rules" feature: it must weigh positive
    rules = FEATURES.index("rules")
    x = numpy.zeros((2, len(FEATURES)))
    x[0, rules] = 1
    x[1, FEATURES.index("inside")] = 1
    w = fit([(x, numpy.array([1.0, 0.0]))] * 5)
    assert (x @ w).argmax() == 0 and w[rules] > 0
