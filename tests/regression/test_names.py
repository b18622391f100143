"""tests/rules/test_names.py end to end: the same tests, their sentences through the shipped pipeline."""

from tests.rules.test_names import *  # noqa: F403
