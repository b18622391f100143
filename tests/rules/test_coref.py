"""Coreference within an article, on real-style Latvian news sentences."""

from hronika.analysis import analysis


def chains(nlp, text):
    return [[span.text for span in chain] for chain in nlp(text)._.coref_chains]


def chain_of(nlp, text, word):
    return next((chain for chain in chains(nlp, text) if word in chain), [])


def test_name_variants_and_pronoun_are_one_chain(nlp):
    text = ("Valsts prezidents Edgars Rinkēvičs otrdien paziņoja, ka Latvija atbalstīs Ukrainu. "
            "„Mūsu atbalsts nav apspriežams,“ žurnālistiem sacīja Rinkēvičs. Viņš piebilda, ka lēmums tiks pieņemts.")
    assert {"Edgars Rinkēvičs", "Rinkēvičs", "Viņš"} <= set(chain_of(nlp, text, "Viņš"))


def test_feminine_pronoun_skips_a_man(nlp):
    text = "Ministre Evika Siliņa tikās ar Krišjāni Kariņu. Viņa uzsvēra, ka valdība strādās."
    chain = chain_of(nlp, text, "Viņa")
    assert "Evika Siliņa" in chain and "Krišjāni Kariņu" not in chain


def test_relative_pronoun_refers_to_the_noun_its_clause_describes(nlp):
    text = "Policija aizturēja vīrieti, kurš bija nozadzis automašīnu."
    assert chain_of(nlp, text, "kurš") == ["vīrieti", "kurš"]


def test_reflexive_refers_to_the_subject(nlp):
    text = "Grupa zinātnieku izteica savu viedokli par klimatu."
    assert chain_of(nlp, text, "savu") == ["Grupa", "savu"]


def test_one_speakers_first_person_words_are_one_chain(nlp):
    text = "„Es to zinu, jo man to teica kolēģi,“ sacīja deputāts."
    assert chain_of(nlp, text, "Es") == ["Es", "man"]


def test_title_before_a_name_is_the_same_person(nlp):
    text = "Par to raksta Latvijas Valsts arhīva vecākais referents Jānis Riekstiņš."
    assert "Jānis Riekstiņš" in chain_of(nlp, text, "Jānis Riekstiņš")
    assert any("referents" in mention for mention in chain_of(nlp, text, "Jānis Riekstiņš"))


def test_resolved_pronouns_are_entity_mentions_in_the_analysis(nlp):
    text = "Kulbergs sēdē nepiedalījās. Viņš bija komandējumā."
    [person] = [e for e in analysis(nlp(text))["entities"] if e["type"] == "person"]
    assert [m["text"] for m in person["mentions"]] == ["Kulbergs", "Viņš"]


def test_a_noun_before_a_quoted_name_is_the_same_thing(nlp):
    chain = chain_of(nlp, "Zemnieki savus dārzeņus pārdod tirgū «Latgalīte» katru sestdienu.", "tirgū")
    assert any("Latgalīte" in mention for mention in chain)
