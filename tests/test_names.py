"""Person names mended with the first-name lexicon, and the base-form names of the analysis JSON."""

from hronika.analysis import analysis
from hronika.lang.lv import first_names


def people(nlp, text):
    return [e.text for e in nlp(text).ents if e.label_ == "person"]


def test_first_name_lexicon_knows_gender():
    names = first_names()
    assert names["Dzintra"] == "Fem" and names["Krišjānis"] == "Masc" and names["Ivo"] == "Masc"


def test_title_tagged_with_the_name_is_cut_off(nlp):
    text = "„Cenas pieaugs,“ skaidro SIA „ZAAO” Kvalitātes vadītāja Ingrīda Gubernatorova."
    doc = nlp(text)
    assert ("Ingrīda Gubernatorova", "person") in [(e.text, e.label_) for e in doc.ents]
    assert analysis(doc)["quotes"][0]["speaker"]["name"] == "Ingrīda Gubernatorova"


def test_organisation_named_after_a_person_stays_whole(nlp):
    text = "Pacients nogādāts Paula Stradiņa Klīniskajā universitātes slimnīcā."
    assert not any(e.label_ == "person" and e.text == "Paula Stradiņa" for e in nlp(text).ents)


def test_nominative_first_name_keeps_an_ambiguous_surname(nlp):
    text = "Tādu prasību var izpildīt tikai šī firma, uzskata deputāts Kārlis Rimša."
    [quote] = analysis(nlp(text))["quotes"]
    assert quote["speaker"]["name"] == "Kārlis Rimša"


def test_possessive_leaves_an_unnamed_speaker_name(nlp):
    text = "Mana vecmāmiņa teica, ka zīlēšana ir nieki."
    [quote] = analysis(nlp(text))["quotes"]
    assert quote["speaker"]["entity"] is None and quote["speaker"]["name"] == "vecmāmiņa"
