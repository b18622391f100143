"""Person names mended with the first-name lexicon, and the base-form names of the analysis JSON, on frozen parses."""

import pytest

from hronika.analysis import analysis
from hronika.lang.lv.canonical import base_name


def test_title_tagged_with_the_name_is_cut_off(analyse):
    text = "„Cenas pieaugs,“ skaidro SIA „ZAAO” Kvalitātes vadītāja Ingrīda Gubernatorova."
    doc = analyse(text)
    assert ("Ingrīda Gubernatorova", "person") in [(e.text, e.label_) for e in doc.ents]
    assert analysis(doc).quotes[0].speaker.name == "Ingrīda Gubernatorova"


def test_organisation_named_after_a_person_stays_whole(analyse):
    text = "Pacients nogādāts Paula Stradiņa Klīniskajā universitātes slimnīcā."
    assert not any(e.label_ == "person" and e.text == "Paula Stradiņa" for e in analyse(text).ents)


def test_nominative_first_name_keeps_an_ambiguous_surname(analyse):
    text = "Tādu prasību var izpildīt tikai šī firma, uzskata deputāts Kārlis Rimša."
    [quote] = analysis(analyse(text)).quotes
    assert quote.speaker.name == "Kārlis Rimša"


def test_possessive_leaves_an_unnamed_speaker_name(analyse):
    text = "Mana vecmāmiņa teica, ka zīlēšana ir nieki."
    [quote] = analysis(analyse(text)).quotes
    assert quote.speaker.entity is None and quote.speaker.name == "vecmāmiņa"


@pytest.mark.parametrize("text, mention, label, name", [
    ("Valdības vadītāja tikās ar Edgaram Rinkēvičam pietuvināto padomnieku.", "Edgaram Rinkēvičam", "person",
     "Edgars Rinkēvičs"),
    ("Ministru prezidentei Evikai Siliņai tika iesniegts ziņojums.", "Evikai Siliņai", "person", "Evika Siliņa"),
    ("Valsts prezidents apbalvoja Krišjāni Kariņu.", "Krišjāni Kariņu", "person", "Krišjānis Kariņš"),
    ("Saeima atbalstīja Raimonda Vējoņa priekšlikumu.", "Raimonda Vējoņa", "person", "Raimonds Vējonis"),
    ("Koncerts notiks Daugavpilī.", "Daugavpilī", "GPE", "Daugavpils"),
    ("Latvijas Bankā norādīja, ka inflācija mazinās.", "Latvijas Bankā", "organization", "Latvijas Banka"),
    ("Delegācija ieradās no Igaunijas.", "Igaunijas", "GPE", "Igaunija"),
    ("Vēstule nosūtīta Centrālajai vēlēšanu komisijai.", "Centrālajai vēlēšanu komisijai", "organization",
     "Centrālā vēlēšanu komisija"),
    ("Intervijā laikrakstam „Financial Times“ ministrs to apstiprināja.", "„Financial Times“", "organization",
     "Financial Times"),
    ("Ministrs uzrunāja Vairu Vīķi-Freibergu.", "Vairu Vīķi-Freibergu", "person", "Vaira Vīķe-Freiberga"),
    # foreign names that keep one form in every case: the tagger gives them no case
    ("Putins devis rīkojumu aizsardzības ministram Sergejam Šoigu atvilkt spēkus.", "Sergejam Šoigu", "person",
     "Sergejs Šoigu"),
    ("Kā paziņojis I. Šalabi, prokurori gatavojas apsūdzībai.", "I. Šalabi", "person", "I. Šalabi"),
    ("Pakistānas prezidents Asīfs Alī Zardārī paziņoja, ka valsts palīdzēs.", "Asīfs Alī Zardārī", "person",
     "Asīfs Alī Zardārī"),
    ("Pāvesta sūtnis Džovanni Polici ieradās Rīgā.", "Džovanni Polici", "person", "Džovanni Polici"),
])
def test_canonical_name_of_an_inflected_mention(analyse, text, mention, label, name):
    doc = analyse(text)
    start = text.index(mention)
    span = doc.char_span(start, start + len(mention), label=label, alignment_mode="expand")
    assert base_name(span) == name


def test_a_title_tells_the_gender_and_is_no_entity_of_its_own(analyse):
    doc = analyse("Aizsardzības ministrs Andris Sprūds tikās ar Igaunijas premjerministri Kaju Kallasu.")
    assert [(e.text, e.label_) for e in doc.ents if e.label_ != "GPE"] == [("Andris Sprūds", "person"),
                                                                         ("Kaju Kallasu", "person")]
    assert base_name(doc.ents[-1]) == "Kaja Kallasa"


@pytest.mark.parametrize("text, word, label", [
    ("Baltkrievija paziņoja, ka slēgs robežu ar Lietuvu.", "Baltkrievija", "GPE"),
    ("Kipra atbalstīja sankcijas, paziņoja ministrs.", "Kipra", "GPE"),
    ("Betons šogad kļuvis dārgāks par trešdaļu.", "Betons", None),
])
def test_a_place_or_a_common_noun_the_recogniser_calls_a_person_is_none(analyse, text, word, label):
    doc = analyse(text)
    assert [e.label_ for e in doc.ents if e.text == word] == ([label] if label else [])
    assert not [e for e in analysis(doc).entities if e.type == "person"]


def test_a_surname_that_is_a_common_noun_stays_a_person(analyse):
    doc = analyse("Sacensībās uzvarēja Kristaps Liepa. Liepa teica, ka ir ļoti laimīgs.")
    [person] = [e for e in analysis(doc).entities if e.type == "person"]
    assert person.name == "Kristaps Liepa" and [m.text for m in person.mentions][:2] == ["Kristaps Liepa", "Liepa"]


def persons(data):
    return sorted(e.name for e in data.entities if e.type == "person")


def test_abbreviation_in_brackets_is_the_organisation_it_follows(analyse):
    text = ("Latvijas Audžuģimeņu biedrība (LAB) rīkoja konferenci. "
            "LAB valde uzskata, ka audžuģimeņu skaits pieaugs.")
    data = analysis(analyse(text))
    names = [e.name for e in data.entities if e.type == "organization"]
    assert "LAB" not in names and "Latvijas Audžuģimeņu biedrība" in names


def test_honorific_is_not_part_of_the_name(analyse):
    text = "Bibliotēkā viesojās V.E. Džovanni Polici. Viņš sacīja, ka ēka kļūs par pilsētas simbolu."
    assert persons(analysis(analyse(text))) == ["Džovanni Polici"]


def test_first_name_alone_fills_the_initial_of_a_named_person(analyse):
    text = ("Skolotāja Dz. Lindāne strādā skolā jau divdesmit gadus. "
            "Dzintrai ļoti patīk darbs ar bērniem, un pēc stundām viņa vada teātra pulciņu.")
    assert persons(analysis(analyse(text))) == ["Dzintra Lindāne"]


@pytest.mark.parametrize("text, event", [
    ("Ziemassvētku vakarā baznīcās notiks dievkalpojumi.", "Ziemassvētku vakarā"),
    ("Jāņos laiks būs silts.", "Jāņos"),
])
def test_a_holiday_is_an_event(analyse, text, event):
    assert (event, "event") in [(e.text, e.label_) for e in analyse(text).ents]


@pytest.mark.parametrize("text, title", [
    ("Kinoteātrī rādīs filmu „Nolaupītā 3”, kas stāsta par bijušo aģentu.", ("„Nolaupītā 3”", "product")),
    ("Vasarā Salacgrīvā notiks festivāls \"Positivus\".", ('"Positivus"', "event")),
])
def test_a_quoted_title_after_a_film_or_festival_is_a_product_or_an_event(analyse, text, title):
    assert title in [(e.text, e.label_) for e in analyse(text).ents]
