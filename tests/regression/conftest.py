"""The rule tests' sentences end to end: `analyse(text)` is the shipped pipeline, trained components and rules."""

import pytest


@pytest.fixture(scope="session")
def analyse(nlp):
    return nlp
