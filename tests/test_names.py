"""The lexicon of Latvian first names that mends person names."""


from hronika.lang.lv import first_names


def test_first_name_lexicon_knows_gender():
    names = first_names()
    assert names["Dzintra"] == "Fem" and names["Krišjānis"] == "Masc" and names["Ivo"] == "Masc"


def test_gold_persons_group_initials_surnames_and_first_names():
    from hronika.evaluation.names import person_groups, stands_for

    assert stands_for("V. Zatlers", "Valdis Zatlers") and stands_for("Zatlers", "Valdis Zatlers")
    assert not stands_for("A. Zatlers", "Valdis Zatlers") and not stands_for("Valdis Zatlers", "Valdis Zatlers")
    names = [((0, 14), "Valdis Zatlers"), ((40, 50), "V. Zatlers"), ((60, 67), "Zatlers"), ((70, 82), "Evika Siliņa"),
             ((90, 96), "Siliņa"), ((100, 105), "Evika")]
    assert person_groups(names, []) == [[0, 1, 2], [3, 4, 5]]
    # a coreference mention that spans two names ("Zatlers un Siliņa") joins neither to the other
    assert person_groups([((0, 7), "Zatlers"), ((10, 16), "Siliņa")], [[(0, 16), (30, 35)]]) == [[0], [1]]


def test_a_predicted_person_is_right_once_under_its_gold_name():
    from hronika.evaluation.names import GoldDocument, GoldPerson, judge_persons
    from hronika.schema import Entity, Mention

    text = "Valsts prezidents Valdis Zatlers tikās ar Zatleru. Betons kļuva dārgāks."
    gold = GoldDocument("p1", text, [GoldPerson("Valdis Zatlers", [(18, 32), (42, 49)])], [])
    predicted = [Entity("e1", "person", "Valdis Zatlers", [Mention(18, 32, "Valdis Zatlers")]),
                 Entity("e2", "person", "Zatlers", [Mention(42, 49, "Zatleru")]),
                 Entity("e3", "person", "Betons", [Mention(51, 57, "Betons")])]
    assert [(v.person, v.error) for v in judge_persons(gold, predicted)] == [(0, ""), (0, "duplicate"),
                                                                              (None, "not_a_person")]
