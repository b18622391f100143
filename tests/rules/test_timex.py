"""Time expressions found in frozen parses of real-style Latvian news sentences and normalised against the publication
date."""

import datetime as dt

import pytest

from hronika.analysis import analysis

TUESDAY = dt.date(2024, 9, 10)  # a Tuesday in ISO week 37


def timexes(analyse, text, published=TUESDAY):
    return [(t.text, t.type, t.value) for t in analysis(analyse(text), published).timexes]


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
    ("Pēc divām nedēļām sāksies remonts.", [("Pēc divām nedēļām", "DATE", "2024-09-24")]),  # a day, as in TempEval
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
def test_values_against_the_publication_date(analyse, text, expected):
    assert timexes(analyse, text) == expected


def test_month_names_are_lower_case(analyse):
    assert timexes(analyse, "Maija Kalniņa vadīja sēdi.") == []


def test_season_as_an_attribute_is_not_a_time(analyse):
    assert timexes(analyse, "Zemnieki sēja ziemas kviešus.") == []


def test_without_a_publication_date_only_what_the_text_fixes(analyse):
    values = [t.value for t in analysis(analyse("Otrdien, 1.oktobrī, sēde notika 2022. gadā."), None).timexes]
    assert values == ["XXXX-WXX-2", "XXXX-10-01", "2022"]


def test_a_half_or_quarter_without_a_year_is_of_the_publication_year(analyse):
    text = "Izaugsme pirmajā pusgadā bija lēnāka, bet otrajā ceturksnī tā pieauga."
    assert [(t, v) for t, _, v in timexes(analyse, text, dt.date(2024, 8, 1))] == [("pirmajā pusgadā", "2024-H1"),
                                                                       ("otrajā ceturksnī", "2024-Q2")]


def test_an_age_is_no_duration(analyse):
    assert timexes(analyse, "Kortnija stūma ratiņus ar sešus gadus veco Meisonu.") == []


@pytest.mark.parametrize("text, expected", [
    ("Līgo vakarā pilsētas estrādē būs koncerts.", [("Līgo vakarā", "TIME", "2025-06-23TEV")]),
    ("Lāčplēša dienā vakarā notiks lāpu gājiens.", [("Lāčplēša dienā vakarā", "TIME", "2024-11-11TEV")]),
    ("Valsts svētkos Rīgā notiks militārā parāde.", [("Valsts svētkos", "DATE", "2024-11-18")]),
    ("Neatkarības atjaunošanas dienā notiks koncerts.", [("Neatkarības atjaunošanas dienā", "DATE", "2025-05-04")]),
    ("Gada pirmajā pusē eksports pieauga.", [("Gada pirmajā pusē", "DATE", "2024-H1")]),
    ("Pagājušā gada otrajā pusē cenas kāpa.", [("Pagājušā gada otrajā pusē", "DATE", "2023-H2")]),
    ("Sēde ilga divarpus stundas.", [("divarpus stundas", "DURATION", "PT2H30M")]),
    ("Uzņēmums tirgū strādā jau ceturtdaļgadsimtu.", [("ceturtdaļgadsimtu", "DURATION", "P25Y")]),
    ("Pēdējā desmitgadē iedzīvotāju skaits saruka.", [("desmitgadē", "DURATION", "P10Y")]),
    ("Pirms divām nedēļām notika vēlēšanas.", [("Pirms divām nedēļām", "DATE", "2024-08-27")]),
    ("Mātes dienā bērni apsveica mammas.", [("Mātes dienā", "DATE", "2024-05-12")]),
    ("Mātes dienā koncertzālē notiks koncerts.", [("Mātes dienā", "DATE", "2025-05-11")]),
    ("Vasarsvētkos baznīcā bija daudz ļaužu.", [("Vasarsvētkos", "DATE", "2024-05-19")]),
])
def test_the_harder_phenomena(analyse, text, expected):
    assert timexes(analyse, text) == expected


def test_a_half_of_a_match_is_no_half_year(analyse):
    assert timexes(analyse, "Spēles pirmajā pusē mūsējie vadīja.") == []
