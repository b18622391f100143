"""Time expressions found in real-style Latvian news sentences and normalised against the publication date."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hronika.analysis import analysis
from hronika.timex.values import FUTURE, PAST, TimeRef, easter, timex_value, weekday_date

TUESDAY = "2024-09-10"  # a Tuesday in ISO week 37


def timexes(nlp, text, published=TUESDAY):
    return [(t["text"], t["type"], t["value"]) for t in analysis(nlp(text), published)["timexes"]]


@pytest.mark.parametrize("text, expected", [
    ("Valsts prezidents otrdien paziņoja, ka atbalsts turpināsies.", [("otrdien", "DATE", "2024-09-03")]),
    ("Jautājumu valdība skatīs ceturtdien.", [("ceturtdien", "DATE", "2024-09-12")]),
    ("Līgums jāparaksta līdz 1.oktobrim.", [("1.oktobrim", "DATE", "2024-10-01")]),
    ("Ēka tika nodota ekspluatācijā 2022. gada 8. augustā.", [("2022. gada 8. augustā", "DATE", "2022-08-08")]),
    ("Šā gada 20. jūnijā likums stājās spēkā.", [("Šā gada 20. jūnijā", "DATE", "2024-06-20")]),
    ("Pagājušā gada decembrī cenas kritās.", [("Pagājušā gada decembrī", "DATE", "2023-12")]),
    ("Pērn uzņēmums strādāja ar zaudējumiem.", [("Pērn", "DATE", "2023")]),
    ("Šonedēļ Saeima lems par budžetu.", [("Šonedēļ", "DATE", "2024-W37")]),
    ("Pagājušajā nedēļā valdība vienojās.", [("Pagājušajā nedēļā", "DATE", "2024-W36")]),
    ("Pirms trim gadiem viņš pameta amatu.", [("Pirms trim gadiem", "DATE", "2021")]),
    ("Pēc divām nedēļām sāksies remonts.", [("Pēc divām nedēļām", "DATE", "2024-W39")]),
    ("Vakar vakarā plkst. 21.30 notika avārija.", [("Vakar vakarā", "TIME", "2024-09-09TEV"),
                                                  ("plkst. 21.30", "TIME", "2024-09-09T21:30")]),
    ("Rīt no rīta ceļš būs slēgts.", [("Rīt no rīta", "TIME", "2024-09-11TMO")]),
    ("Viņš divus mēnešus strādāja Vācijā.", [("divus mēnešus", "DURATION", "P2M")]),
    ("Festivāls notiek katru gadu.", [("katru gadu", "SET", "P1Y")]),
    ("Veikals strādā pirmdienās.", [("pirmdienās", "SET", "XXXX-WXX-1")]),
    ("90. gados rūpnīca tika slēgta.", [("90. gados", "DATE", "199")]),
    ("XIX gadsimtā pilsēta auga.", [("XIX gadsimtā", "DATE", "18")]),
    ("Pašlaik nav skaidrības.", [("Pašlaik", "DATE", "PRESENT_REF")]),
    ("Augustā eksports pieauga.", [("Augustā", "DATE", "2024-08")]),
    ("Pavasarī darbi turpināsies.", [("Pavasarī", "DATE", "2025-SP")]),
    ("Naktī uz svētdienu policija aizturēja autovadītāju.", [("Naktī uz svētdienu", "TIME", "2024-09-07TNI")]),
    ("Lāčplēša dienā pie pils mūra tika aizdegtas svecītes.", [("Lāčplēša dienā", "DATE", "2023-11-11")]),
])
def test_values_against_the_publication_date(nlp, text, expected):
    assert timexes(nlp, text) == expected


def test_month_names_are_lower_case(nlp):
    assert timexes(nlp, "Maija Kalniņa vadīja sēdi.") == []


def test_season_as_an_attribute_is_not_a_time(nlp):
    assert timexes(nlp, "Zemnieki sēja ziemas kviešus.") == []


def test_without_a_publication_date_only_what_the_text_fixes(nlp):
    values = [t["value"] for t in analysis(nlp("Otrdien, 1.oktobrī, sēde notika 2022. gadā."), None)["timexes"]]
    assert values == ["XXXX-WXX-2", "XXXX-10-01", "2022"]


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


def test_a_half_or_quarter_without_a_year_is_of_the_publication_year(nlp):
    text = "Izaugsme pirmajā pusgadā bija lēnāka, bet otrajā ceturksnī tā pieauga."
    assert [(t, v) for t, _, v in timexes(nlp, text, "2024-08-01")] == [("pirmajā pusgadā", "2024-H1"),
                                                                       ("otrajā ceturksnī", "2024-Q2")]


def test_an_age_is_no_duration(nlp):
    assert timexes(nlp, "Kortnija stūma ratiņus ar sešus gadus veco Meisonu.") == []
