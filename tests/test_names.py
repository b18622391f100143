"""The lexicon of Latvian first names that mends person names."""


from hronika.lang.lv import first_names


def test_first_name_lexicon_knows_gender():
    names = first_names()
    assert names["Dzintra"] == "Fem" and names["Krišjānis"] == "Masc" and names["Ivo"] == "Masc"
