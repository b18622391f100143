"""The learned pronoun ranker's shipped weights and its switch back to the rules."""

import fnmatch
import tomllib
from pathlib import Path

from hronika.coref.ranker import NULL, WEIGHTS_FILE, shipped_weights
from hronika.coref.resolver import CorefResolver

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"


def test_the_weights_file_loads_with_the_features_the_ranker_reads():
    weights = shipped_weights()
    assert NULL in weights
    # the signs the training data must give: agreement and a person for "viņš" matter, distance costs
    assert weights["gender_clash"] < 0 and weights["number_clash"] < 0
    assert weights["person_wanted_found"] > 0 > weights["person_wanted_missing"]
    assert weights["distance"] < 0


def test_the_resolver_ranks_by_default_and_keeps_the_rules_on_request():
    assert CorefResolver().weights == shipped_weights()
    assert CorefResolver(ranker=False).weights is None


def test_the_weights_file_ships_in_the_package():
    globs = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["tool"]["setuptools"]["package-data"]["hronika"]
    assert any(fnmatch.fnmatch(f"lang/lv/{WEIGHTS_FILE}", pattern) for pattern in globs)
