"""Coreference within an article, on frozen parses of real-style Latvian news sentences."""

from hronika.analysis import analysis


def chains(analyse, text):
    return [[span.text for span in chain] for chain in analyse(text)._.coref_chains]


def chain_of(analyse, text, word):
    return next((chain for chain in chains(analyse, text) if word in chain), [])


def test_name_variants_and_pronoun_are_one_chain(analyse):
    text = ("Valsts prezidents Edgars Rinkēvičs otrdien paziņoja, ka Latvija atbalstīs Ukrainu. "
            "„Mūsu atbalsts nav apspriežams,“ žurnālistiem sacīja Rinkēvičs. Viņš piebilda, ka lēmums tiks pieņemts.")
    assert {"Edgars Rinkēvičs", "Rinkēvičs", "Viņš"} <= set(chain_of(analyse, text, "Viņš"))


def test_feminine_pronoun_skips_a_man(analyse):
    text = "Ministre Evika Siliņa tikās ar Krišjāni Kariņu. Viņa uzsvēra, ka valdība strādās."
    chain = chain_of(analyse, text, "Viņa")
    assert "Evika Siliņa" in chain and "Krišjāni Kariņu" not in chain


def test_relative_pronoun_refers_to_the_noun_its_clause_describes(analyse):
    text = "Policija aizturēja vīrieti, kurš bija nozadzis automašīnu."
    assert chain_of(analyse, text, "kurš") == ["vīrieti", "kurš"]


def test_reflexive_refers_to_the_subject(analyse):
    text = "Grupa zinātnieku izteica savu viedokli par klimatu."
    assert chain_of(analyse, text, "savu") == ["Grupa", "savu"]


def test_one_speakers_first_person_words_are_one_chain(analyse):
    text = "„Es to zinu, jo man to teica kolēģi,“ sacīja deputāts."
    assert chain_of(analyse, text, "Es") == ["Es", "man"]


def test_title_before_a_name_is_the_same_person(analyse):
    text = "Par to raksta Latvijas Valsts arhīva vecākais referents Jānis Riekstiņš."
    assert "Jānis Riekstiņš" in chain_of(analyse, text, "Jānis Riekstiņš")
    assert any("referents" in mention for mention in chain_of(analyse, text, "Jānis Riekstiņš"))


def test_resolved_pronouns_are_entity_mentions_in_the_analysis(analyse):
    text = "Kulbergs sēdē nepiedalījās. Viņš bija komandējumā."
    [person] = [e for e in analysis(analyse(text)).entities if e.type == "person"]
    assert [m.text for m in person.mentions] == ["Kulbergs", "Viņš"]


def test_a_noun_before_a_quoted_name_is_the_same_thing(analyse):
    chain = chain_of(analyse, "Zemnieki savus dārzeņus pārdod tirgū «Latgalīte» katru sestdienu.", "tirgū")
    assert any("Latgalīte" in mention for mention in chain)


def test_ranker_prefers_the_subject_person_to_a_nearer_object(analyse):
    text = "Valsts prezidents Egils Levits otrdien sveica jauno ministru. Viņš uzsvēra, ka valdībai jāstrādā ātrāk."
    chain = chain_of(analyse, text, "Viņš")
    assert "Egils Levits" in chain and "ministru" not in chain


def test_ranker_links_a_plural_demonstrative_to_the_things_it_names(analyse):
    text = "Pašvaldība iegādājās jaunus autobusus. Tos pilsēta saņems martā."
    assert chain_of(analyse, text, "Tos") == ["autobusus", "Tos"]


def test_ranker_leaves_a_demonstrative_that_points_to_a_clause_alone(analyse):
    text = "Ministrs paziņoja, ka nodokļi netiks celti. To viņš teica žurnālistiem."
    assert chain_of(analyse, text, "To") == []
