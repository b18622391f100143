"""tests/rules/test_coref.py end to end: the same tests, their sentences through the shipped pipeline."""

from tests.rules.test_coref import *  # noqa: F403
