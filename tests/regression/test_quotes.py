"""tests/rules/test_quotes.py end to end: the same tests, their sentences through the shipped pipeline."""

from tests.rules.test_quotes import *  # noqa: F403
