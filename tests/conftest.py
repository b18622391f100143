"""Shared fixtures: a blank Latvian pipeline with hronika's rules, the shipped pipeline, the corpus paths."""

from pathlib import Path

import pytest
import spacy

from hronika.pipeline import MODEL_DIR, TOKENIZER, load

FIXTURES = Path(__file__).parent / "fixtures"
FIXTURE_CORPUS = FIXTURES / "fullstack"
SHARED_CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "fullstack-lv"


def pytest_addoption(parser):
    parser.addoption("--freeze-parses", action="store_true",
                     help="Parse with the shipped pipeline the rule tests' texts that have no frozen parse yet.")


@pytest.fixture(scope="session")
def rules_nlp():
    """Tokenizer and sentence rules only: no trained model needed."""
    nlp = spacy.blank("lv", config={"nlp": {"tokenizer": TOKENIZER}})
    nlp.add_pipe("sentence_boundaries")
    return nlp


@pytest.fixture(scope="session")
def nlp():
    """The shipped, trained pipeline."""
    if not (MODEL_DIR / "config.cfg").exists():
        pytest.fail(f"the shipped pipeline is missing at {MODEL_DIR}")
    return load()


@pytest.fixture(scope="session")
def shared_corpus():
    """The full FullStack-LV corpus, present in CI and developer checkouts but not in a user's clone."""
    if not (SHARED_CORPUS / "dev" / "UD").is_dir():
        pytest.skip(f"the FullStack-LV corpus is not at {SHARED_CORPUS} (only CI and developers have ../shared)")
    return SHARED_CORPUS
