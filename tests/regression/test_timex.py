"""tests/rules/test_timex.py end to end: the same tests, their sentences through the shipped pipeline."""

from tests.rules.test_timex import *  # noqa: F403
