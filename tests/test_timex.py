"""Time values for any publication date: Easter, the weekday and month a past or future sentence means."""

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from hronika.timex.values import FUTURE, PAST, TimeRef, easter, timex_value, weekday_date

def test_easter():
    assert easter(2024) == dt.date(2024, 3, 31) and easter(2025) == dt.date(2025, 4, 20)


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2090, 12, 31)), st.integers(1, 7))
def test_weekday_in_the_past_is_within_the_week_before(published, weekday):
    day = weekday_date(weekday, published, PAST, None)
    assert day.isoweekday() == weekday and 1 <= (published - day).days <= 7
    ahead = weekday_date(weekday, published, FUTURE, None)
    assert ahead.isoweekday() == weekday and 1 <= (ahead - published).days <= 7


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2090, 12, 31)), st.integers(1, 12))
def test_month_in_a_past_sentence_is_not_after_publication(published, month):
    value = timex_value(TimeRef("date", month=month, tense=PAST), published)
    assert value <= published.isoformat()[:7]


def test_movable_holidays_follow_their_weekday_and_easter():
    assert timex_value(TimeRef("date", holiday="05-sun2", tense=PAST), dt.date(2025, 6, 1)) == "2025-05-11"
    assert timex_value(TimeRef("date", holiday="05-sun2", tense=FUTURE), dt.date(2025, 6, 1)) == "2026-05-10"
    assert timex_value(TimeRef("date", holiday="easter+49", tense=PAST), dt.date(2025, 7, 1)) == "2025-06-08"
