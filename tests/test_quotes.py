"""Quotations and reported speech on real Latvian news sentences."""

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hronika.analysis import analysis


def quotes(nlp, text):
    return [(q.kind, q.speaker.text if q.speaker else None, q.entity.text if q.entity else None,
             q.cue.text if q.cue else None, q.content.text) for q in nlp(text)._.quotes]


def test_direct_quote_with_speaker_after(nlp):
    text = "„Mūsu atbalsts nav apspriežams,“ žurnālistiem sacīja Rinkēvičs."
    assert quotes(nlp, text) == [("direct", "Rinkēvičs", "Rinkēvičs", "sacīja", "Mūsu atbalsts nav apspriežams")]


def test_nested_quote_stays_inside_content(nlp):
    text = "„Šis nav „ātrais risinājums“, ko solīja valdība,“ sacīja Kulbergs."
    [(kind, speaker, _, cue, content)] = quotes(nlp, text)
    assert (kind, speaker, cue) == ("direct", "Kulbergs", "sacīja")
    assert content == "Šis nav „ātrais risinājums“, ko solīja valdība"


def test_speaker_before_with_colon_and_title(nlp):
    text = "Saeimas preses sekretāre Anna Ozola sacīja: „Sēde notiks rīt.“"
    [(kind, speaker, entity, cue, content)] = quotes(nlp, text)
    assert (kind, entity, cue, content) == ("direct", "Anna Ozola", "sacīja", "Sēde notiks rīt")


def test_indirect_ka_clause_and_pronoun_speaker(nlp):
    text = ("Valsts prezidents Edgars Rinkēvičs otrdien paziņoja, ka Latvija turpinās atbalstīt Ukrainu. "
            "Viņš piebilda, ka lēmums par budžetu tiks pieņemts līdz 1.oktobrim.")
    assert quotes(nlp, text) == [
        ("indirect", "Edgars Rinkēvičs", "Edgars Rinkēvičs", "paziņoja", "Latvija turpinās atbalstīt Ukrainu"),
        ("indirect", "Viņš", "Edgars Rinkēvičs", "piebilda", "lēmums par budžetu tiks pieņemts līdz 1.oktobrim"),
    ]


def test_according_to_genitive(nlp):
    [(kind, speaker, _, cue, content)] = quotes(nlp, "Pēc Rinkēviča teiktā, sarunas bija veiksmīgas.")
    assert (kind, speaker, cue, content) == ("indirect", "Rinkēviča", "teiktā", "sarunas bija veiksmīgas")


def test_evidential_sentence_continues_the_report(nlp):
    text = "Ministre Evika Siliņa uzsvēra, ka valdība strādās. Dati esot pareizi."
    result = quotes(nlp, text)
    assert result[-1][0] == "indirect" and result[-1][-1] == "Dati esot pareizi"
    assert result[-1][2] == "Evika Siliņa"


def test_unnamed_group_speaker_has_no_entity(nlp):
    [(kind, speaker, entity, cue, content)] = quotes(nlp, "Rietumu diplomāti uzskata, ka sankcijas darbojas.")
    assert (kind, speaker, entity, cue, content) == ("indirect", "Rietumu diplomāti", None, "uzskata", "sankcijas darbojas")


def test_quoted_name_is_not_a_quote(nlp):
    assert quotes(nlp, "Uzņēmums „Latvijas Gāze” paziņoja par jauniem tarifiem.") == []


def test_unbalanced_quote_does_not_crash(nlp):
    result = quotes(nlp, "„Mēs turpināsim strādāt un neapstāsimies, sacīja ministrs.\n\nNākamajā dienā sēde turpinājās.")
    assert all(kind == "direct" for kind, *_ in result)


def test_analysis_json_shape(nlp):
    text = ("Valsts prezidents Edgars Rinkēvičs otrdien paziņoja, ka Latvija turpinās atbalstīt Ukrainu. "
            "„Mūsu atbalsts nav apspriežams,“ žurnālistiem sacīja Rinkēvičs.")
    data = json.loads(json.dumps(analysis(nlp(text), "2024-09-12"), ensure_ascii=False))
    assert set(data) == {"language", "published", "entities", "quotes", "timexes"}
    person = next(e for e in data["entities"] if e["name"] == "Edgars Rinkēvičs")
    assert {m["text"] for m in person["mentions"]} >= {"Edgars Rinkēvičs", "Rinkēvičs"}
    for quote in data["quotes"]:
        assert quote["speaker"]["entity"] == person["id"]
        for key in ("speaker", "cue", "content"):
            span = quote[key]
            assert text[span["start"] : span["end"]] == span["text"]


def test_inverted_report_without_quotation_marks(nlp):
    text = "Galu galā tā atsaukta, tomēr iecere mazliet aizkavēta, skaidro būvuzraugs Raimonds Kalējs."
    [(kind, speaker, entity, cue, content)] = quotes(nlp, text)
    assert (kind, cue) == ("indirect", "skaidro")
    assert content == "Galu galā tā atsaukta, tomēr iecere mazliet aizkavēta"
    assert "Kalējs" in speaker


def test_dialogue_between_dashes(nlp):
    [(kind, speaker, _, cue, content)] = quotes(nlp, "- Par ko tu smaidi? - vaicāja Sanī.")
    assert (kind, cue, content) == ("direct", "vaicāja", "Par ko tu smaidi")


def test_mixed_report_with_quoted_fragment(nlp):
    [(kind, speaker, _, cue, content)] = quotes(nlp, "Valdība solīja samazināt nodokļus „jau nākamā gada sākumā“.")
    assert (kind, speaker, cue) == ("mixed", "Valdība", "solīja")
    assert content == "samazināt nodokļus „jau nākamā gada sākumā“"


def test_source_medium(nlp):
    doc = nlp("Rinkēvičs intervijā laikrakstam „Financial Times“ sacīja, ka Krievija ir drauds.")
    [quote] = doc._.quotes
    assert quote.medium.text == "intervijā laikrakstam „Financial Times“"
    assert quote.content.text == "Krievija ir drauds"


def test_quoted_programme_name_does_not_block_attribution(nlp):
    [(kind, speaker, _, cue, content)] = quotes(nlp, "„Mēs strādājam,“ raidījumā „Rīta Panorāma“ sacīja ministrs.")
    assert (kind, speaker, cue, content) == ("direct", "ministrs", "sacīja", "Mēs strādājam")


def test_interview_answer_after_speaker_line(nlp):
    text = ("Degvielas cenas varētu samazināties.\n\nĢirts Kuplais: Varētu ieviest daudz ko. "
            "Bet jautājums ir, ko prasa likumdošana.\n\nSarunu pierakstīja žurnāliste.")
    doc = nlp(text)
    [quote] = [q for q in doc._.quotes if q.cue is not None and q.cue.text == ":"]
    assert quote.content.text == "Varētu ieviest daudz ko. Bet jautājums ir, ko prasa likumdošana"
    assert quote.entity is not None and quote.entity.text == "Ģirts Kuplais"


def test_evidential_subject_is_the_speaker(nlp):
    [(kind, speaker, _, cue, content)] = quotes(nlp, "Kalniņš esot ļoti apmierināts ar rezultātu.")
    assert (kind, speaker, cue) == ("indirect", "Kalniņš", "esot")
    assert content == "esot ļoti apmierināts ar rezultātu"


@pytest.mark.parametrize(
    "text",
    [
        "Jau ziņots, ka Valsts kontrole konstatējusi nepamatotus tēriņus.",  # the paper's own back-reference
        "Viņš nekad neteica, ka budžets ir pārāk mazs.",  # negated
        "Jāatzīmē, ka tiesneša pilnvaras beidzas februārī.",  # the author's aside
    ],
)
def test_not_reported_speech(nlp, text):
    assert quotes(nlp, text) == []


def test_canonical_speaker_name_in_the_nominative(nlp):
    data = analysis(nlp("Pēc Edgara Rinkēviča teiktā, sarunas bija veiksmīgas."))
    assert data["quotes"][0]["speaker"]["name"] == "Edgars Rinkēvičs"


def test_speaker_between_the_halves_and_dash(nlp):
    text = ("„Mēs esam gatavi sarunām,“ sacīja ministre Evika Siliņa, „bet nepiekāpsimies.“ "
            "„Budžets tiks pieņemts laikā“, — norādīja ministre.")
    result = quotes(nlp, text)
    assert [(kind, cue, content) for kind, _, _, cue, content in result] == [
        ("direct", "sacīja", "Mēs esam gatavi sarunām"),
        ("direct", "sacīja", "bet nepiekāpsimies"),
        ("direct", "norādīja", "Budžets tiks pieņemts laikā"),
    ]
    assert {entity for _, _, entity, _, _ in result} == {"Evika Siliņa"}


def test_quote_over_two_paragraphs(nlp):
    text = ("„Situācija ir sarežģīta, un mēs to zinām.\n\n"
            "Tomēr mēs atradīsim risinājumu,“ sacīja Kariņš.")
    [(kind, speaker, _, cue, content)] = quotes(nlp, text)
    assert (kind, speaker, cue) == ("direct", "Kariņš", "sacīja")
    assert content.startswith("Situācija ir sarežģīta") and content.endswith("atradīsim risinājumu")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(
    ["Viņš", "sacīja", ":", "„", "“", "”", "\"", "«", "»", ",", ".", "ka", "–", "-", "Rinkēvičs", "esot", "labi",
     "\n\n", "pēc", "teiktā", "?", "Ministre", "uzsvēra", "kā", "norāda"]), max_size=25))
def test_any_text_gives_well_formed_quotes(nlp, words):
    text = " ".join(words)
    doc = nlp(text)
    data = analysis(doc)
    for quote in data["quotes"]:
        assert quote["kind"] in ("direct", "indirect", "mixed")
        for key in ("speaker", "cue", "content"):
            if quote[key] is not None:
                assert text[quote[key]["start"] : quote[key]["end"]] == quote[key]["text"]


def test_reported_clause_ends_at_but(nlp):
    text = "Līgumā teikts, ka ēka jāuzceļ līdz 1. oktobrim, bet viens no pretendentiem iesniedza sūdzību."
    [(kind, _, _, cue, content)] = quotes(nlp, text)
    assert (kind, cue, content) == ("indirect", "teikts", "ēka jāuzceļ līdz 1. oktobrim")


def test_quoted_name_does_not_make_a_report_mixed(nlp):
    doc = nlp("Ministrs sacīja, ka uzņēmums „Latvijas Gāze” strādās arī turpmāk.")
    [quote] = doc._.quotes
    assert (quote.kind, quote.content.text) == ("indirect", "uzņēmums „Latvijas Gāze” strādās arī turpmāk")


def test_inverted_report_with_a_second_speech_verb(nlp):
    text = "Betons esot labs, secināja speciālists un skaidroja kvalitātes noteikšanas tehnoloģiju."
    result = quotes(nlp, text)
    assert ("secināja", "Betons esot labs") in [(cue, content) for _, _, _, cue, content in result]


def test_as_says_clause_after_a_connective(nlp):
    text = "Tomēr, kā norāda asociācijas izpilddirektors Jānis Lelis, klientu skaits paliks stabils."
    [(kind, _, entity, cue, content)] = quotes(nlp, text)
    assert (kind, cue, content) == ("indirect", "norāda", "klientu skaits paliks stabils")


def test_possessor_is_not_the_speaker(nlp):
    [(kind, speaker, entity, cue, _)] = quotes(nlp, "Robsona advokāti norāda, ka dziedātājs esot vainīgs.")
    assert (kind, speaker, entity, cue) == ("indirect", "Robsona advokāti", None, "norāda")


def test_call_with_infinitive_is_reported_speech(nlp):
    [(kind, speaker, _, cue, content)] = quotes(nlp, "Valsts policija aicina satiksmes dalībniekus izvēlēties citu maršrutu.")
    assert (kind, speaker, cue) == ("indirect", "Valsts policija", "aicina")
    assert content.endswith("izvēlēties citu maršrutu")


def test_relative_pronoun_speaker_is_named_by_its_antecedent(nlp):
    data = analysis(nlp("Atzinumu sniedza auditorfirma, kas norāda, ka uzņēmums strādā labi."))
    [quote] = data["quotes"]
    assert (quote["speaker"]["text"], quote["speaker"]["name"]) == ("kas", "auditorfirma")


def test_converb_speaker_is_the_main_clause_subject(nlp):
    text = "Dombrovskis ir gandarīts, ka Kipra ir sasniegusi programmas mērķus, uzsverot, ka valstij ir jānotur šis kurss."
    found = {q[3]: q for q in quotes(nlp, text)}
    assert found["uzsverot"][1] == "Dombrovskis" and found["uzsverot"][-1] == "valstij ir jānotur šis kurss"


def test_manner_verb_after_a_quote_is_its_cue(nlp):
    text = "„Liela daļa cilvēku tic, ka elektroenerģija būs vienmēr,“ viņš turpināja."
    [(kind, speaker, _, cue, _)] = quotes(nlp, text)
    assert (kind, speaker, cue) == ("direct", "viņš", "turpināja")


def test_words_of_the_clause_subject(nlp):
    text = "Savu uzrunu Rimšēvičs noslēdza ar vārdiem „Dievs, svētī Latviju“."
    [(kind, speaker, _, cue, content)] = quotes(nlp, text)
    assert (kind, speaker, cue, content) == ("direct", "Rimšēvičs", "noslēdza", "Dievs, svētī Latviju")


def test_document_in_the_locative_says_it(nlp):
    text = "Līgumā teikts, ka ēka jāuzceļ līdz 1. oktobrim."
    [(kind, speaker, entity, cue, content)] = quotes(nlp, text)
    assert (kind, speaker, entity, cue, content) == ("indirect", "Līgumā", None, "teikts", "ēka jāuzceļ līdz 1. oktobrim")


def test_first_person_cue_has_no_third_party_speaker(nlp):
    text = "Bet man pašai tolaik bija milzīga apņēmība – uzskatīju, ka es to varu."
    [(kind, speaker, _, cue, _)] = quotes(nlp, text)
    assert (kind, speaker, cue) == ("indirect", None, "uzskatīju")


def test_report_of_a_report_keeps_both(nlp):
    text = ("Grupas vadība uzsver, ka tieši zivju pārstrāde ir tas attīstības ceļš, ko pašlaik izvēlas uzņēmumi, "
            "vēsta Latvijas Radio.")
    cues = {q[3]: q for q in quotes(nlp, text)}
    assert cues["uzsver"][-1].startswith("tieši zivju pārstrāde") and cues["vēsta"][1] == "Latvijas Radio"
    assert cues["vēsta"][-1].startswith("Grupas vadība uzsver")


def test_first_person_report_inside_a_quote_is_one_quote(nlp):
    text = "„Domāju, ka Kaimiņš nonāks dilemmas priekšā,“ norādīja Ījabs."
    [(kind, speaker, _, cue, _)] = quotes(nlp, text)
    assert (kind, speaker, cue) == ("direct", "Ījabs", "norādīja")


def test_title_resolves_to_the_nearest_person_of_its_gender(nlp):
    text = ("Pasaulē nāca Kristīnes Ķepales un Rolanda Dubuva trešā atvasīte. "
            "„Bijām pārliecināti, ka gaidām meitiņu,“ stāsta māmiņa.")
    [(kind, speaker, entity, cue, _)] = quotes(nlp, text)
    assert (speaker, cue, entity) == ("māmiņa", "stāsta", "Kristīnes Ķepales")


def test_pronoun_without_named_antecedent_refers_to_the_unnamed_subject(nlp):
    text = "Mana vecmāmiņa no tēva puses zīlēja uz kārtīm, pati gan teica, ka niekojoties."
    [quote] = analysis(nlp(text))["quotes"]
    assert quote["speaker"]["text"] == "pati" and quote["speaker"]["name"] == "vecmāmiņa"


def test_organisation_noun_refers_to_the_organisation_named_before(nlp):
    text = ("Uzņēmums bija parādā „Nordea Bank Finland” vairāk nekā miljonu latu. "
            "Banka norāda, ka uzņēmums nav pildījis līguma saistības.")
    [quote] = analysis(nlp(text))["quotes"]
    assert quote["speaker"]["text"] == "Banka" and quote["speaker"]["name"] == "Nordea Bank Finland"


def test_the_medium_is_not_the_speaker_and_a_mistyped_surname_finds_its_person(nlp):
    text = ("Ministre tikās ar Igaunijas premjerministri Kaju Kallasu. Kallasa intervijā laikrakstam "
            "„Financial Times“ norādīja, ka Igaunija atbalsta šo iniciatīvu. Pēc Kallasas teiktā, sarunas sāksies "
            "nākamajā nedēļā.")
    result = analysis(nlp(text))
    assert [q["speaker"]["name"] for q in result["quotes"]] == ["Kaja Kallasa", "Kaja Kallasa"]
    assert result["quotes"][0]["medium"]["text"].endswith("„Financial Times“")
    [person] = [e for e in result["entities"] if e["type"] == "person"]
    assert {"Kaju Kallasu", "Kallasa", "Kallasas"} <= {m["text"] for m in person["mentions"]}


def test_opinion_adverb_attributes_the_sentence_and_percent_stays(nlp):
    text = ("Latvijas Bankas prezidents Mārtiņš Kazāks atzina, ka inflācija varētu samazināties līdz 3%. "
            "Viņaprāt, cenu kāpums bija saistīts ar energoresursu cenām.")
    result = analysis(nlp(text))["quotes"]
    assert [(q["speaker"]["name"], q["content"]["text"]) for q in result] == [
        ("Mārtiņš Kazāks", "inflācija varētu samazināties līdz 3%"),
        ("Mārtiņš Kazāks", "cenu kāpums bija saistīts ar energoresursu cenām")]


def test_invitations_and_relative_clauses_are_not_reports(nlp):
    text = ("Jelgavas novadam iezīmējas ar novada svētkiem, kas šogad ikvienu uz Elejas muižas parku aicinās 5. jūlijā. "
            "Bērni tiks aicināti uzzīmēt apsveikumu Rīgas pilij.")
    assert quotes(nlp, text) == []


def test_converb_and_first_person_asides_take_nothing_before_them(nlp):
    text = ("Tātad visos laikos valodas kopēji ir ilgojušies pēc tīras valodas, norādot uz tās nozīmi. "
            "Ja cilvēks ir izredzēta būtne, tad, teiksim, mēs esam citām būtnēm līdzīgi.")
    assert all(cue not in ("norādot", "teiksim") for _, _, _, cue, _ in quotes(nlp, text))


def counted_roles(monkeypatch):
    """Count the calls of quote_mark_role in the quote finder."""
    from hronika.quotes import marks

    calls, role = [], marks.quote_mark_role
    monkeypatch.setattr(marks, "quote_mark_role", lambda doc, i: (calls.append(i), role(doc, i))[1])
    return calls


def test_marks_are_paired_in_one_pass(rules_nlp, monkeypatch):
    from hronika.quotes.marks import quoted_spans

    # an open quotation across 2,000 paragraphs: each line break looked ahead for the closing mark (n²)
    doc = rules_nlp("„Sākums" + "\n\nturpinājums" * 2000 + "“")
    calls = counted_roles(monkeypatch)
    assert quoted_spans(doc) == [(1, len(doc) - 1)]
    assert len(calls) <= len(doc)


def test_trim_looks_for_an_opening_mark_once(rules_nlp, monkeypatch):
    from hronika.quotes.marks import trim

    # 3,000 closing marks to trim: each looked back over the whole span for an opening one (n²)
    doc = rules_nlp("Viņš teica, ka" + " “" * 3000)
    calls = counted_roles(monkeypatch)
    assert trim(doc, 0, len(doc)).text == "Viņš teica, ka"
    assert len(calls) <= 3 * len(doc)
