"""The rule components on frozen parses: `analyse(text)` runs them on the Doc tests/fixtures/parsed/ holds for text."""

import pytest
import spacy
from spacy.util import load_config

from hronika.pipeline import COREF_COMPONENT, MODEL_DIR, NAMES_COMPONENT, QUOTE_COMPONENT, TIMEX_COMPONENT
from tests.parses import PARSED, all_parses, freeze

RULE_COMPONENTS = (NAMES_COMPONENT, COREF_COMPONENT, TIMEX_COMPONENT, QUOTE_COMPONENT)


@pytest.fixture(scope="session")
def rules():
    """A blank Latvian pipeline with the rule components in the shipped pipeline's order and settings (its
    config.cfg only: no trained weights are read)."""
    config = load_config(MODEL_DIR / "config.cfg")
    nlp = spacy.blank("lv")
    for name in config["nlp"]["pipeline"]:
        if name in RULE_COMPONENTS:
            settings = {key: value for key, value in config["components"][name].items() if key != "factory"}
            nlp.add_pipe(name, config=settings)
    return nlp


@pytest.fixture(scope="session")
def frozen_parses():
    return all_parses()


@pytest.fixture
def analyse(request, rules, frozen_parses):
    """text → Doc: the rules run on the text's frozen parse. With --freeze-parses, a text without one is parsed
    by the shipped pipeline and its parse added to the test module's file: check it by eye before committing."""

    def run(text: str):
        parse = frozen_parses.get(text)
        if parse is None:
            if not request.config.getoption("--freeze-parses"):
                pytest.fail(f"no frozen parse of {text!r}: run pytest with --freeze-parses to add one")
            path = PARSED / f"{request.module.__name__.rsplit('.test_', 1)[-1]}.conllu"
            nlp = request.getfixturevalue("nlp")
            parse = frozen_parses[text] = freeze(nlp, list(RULE_COMPONENTS), text, request.node.originalname, path)
        return rules(parse.doc(rules.vocab))

    return run
