"""Quotations and reported speech on frozen parses of real Latvian news sentences (`analyse`: conftest.py)."""

import datetime as dt
import json

import pytest

from hronika.analysis import analysis


def quotes(analyse, text):
    return [(q.kind, q.speaker.text if q.speaker else None, q.entity.text if q.entity else None,
             q.cue.text if q.cue else None, q.content.text) for q in analyse(text)._.quotes]


def test_direct_quote_with_speaker_after(analyse):
    text = "„Mūsu atbalsts nav apspriežams,“ žurnālistiem sacīja Rinkēvičs."
    assert quotes(analyse, text) == [("direct", "Rinkēvičs", "Rinkēvičs", "sacīja", "Mūsu atbalsts nav apspriežams")]


def test_nested_quote_stays_inside_content(analyse):
    text = "„Šis nav „ātrais risinājums“, ko solīja valdība,“ sacīja Kulbergs."
    [(kind, speaker, _, cue, content)] = quotes(analyse, text)
    assert (kind, speaker, cue) == ("direct", "Kulbergs", "sacīja")
    assert content == "Šis nav „ātrais risinājums“, ko solīja valdība"


def test_speaker_before_with_colon_and_title(analyse):
    text = "Saeimas preses sekretāre Anna Ozola sacīja: „Sēde notiks rīt.“"
    [(kind, speaker, entity, cue, content)] = quotes(analyse, text)
    assert (kind, entity, cue, content) == ("direct", "Anna Ozola", "sacīja", "Sēde notiks rīt")


def test_indirect_ka_clause_and_pronoun_speaker(analyse):
    text = ("Valsts prezidents Edgars Rinkēvičs otrdien paziņoja, ka Latvija turpinās atbalstīt Ukrainu. "
            "Viņš piebilda, ka lēmums par budžetu tiks pieņemts līdz 1.oktobrim.")
    assert quotes(analyse, text) == [
        ("indirect", "Edgars Rinkēvičs", "Edgars Rinkēvičs", "paziņoja", "Latvija turpinās atbalstīt Ukrainu"),
        ("indirect", "Viņš", "Edgars Rinkēvičs", "piebilda", "lēmums par budžetu tiks pieņemts līdz 1.oktobrim"),
    ]


def test_according_to_genitive(analyse):
    [(kind, speaker, _, cue, content)] = quotes(analyse, "Pēc Rinkēviča teiktā, sarunas bija veiksmīgas.")
    assert (kind, speaker, cue, content) == ("indirect", "Rinkēviča", "teiktā", "sarunas bija veiksmīgas")


def test_evidential_sentence_continues_the_report(analyse):
    text = "Ministre Evika Siliņa uzsvēra, ka valdība strādās. Dati esot pareizi."
    result = quotes(analyse, text)
    assert result[-1][0] == "indirect" and result[-1][-1] == "Dati esot pareizi"
    assert result[-1][2] == "Evika Siliņa"


def test_unnamed_group_speaker_has_no_entity(analyse):
    [(kind, speaker, entity, cue, content)] = quotes(analyse, "Rietumu diplomāti uzskata, ka sankcijas darbojas.")
    assert (kind, speaker, entity, cue, content) == ("indirect", "Rietumu diplomāti", None, "uzskata", "sankcijas darbojas")


def test_quoted_name_is_not_a_quote(analyse):
    assert quotes(analyse, "Uzņēmums „Latvijas Gāze” paziņoja par jauniem tarifiem.") == []


def test_unbalanced_quote_does_not_crash(analyse):
    result = quotes(analyse, "„Mēs turpināsim strādāt un neapstāsimies, sacīja ministrs.\n\nNākamajā dienā sēde turpinājās.")
    assert all(kind == "direct" for kind, *_ in result)


def test_analysis_json_shape(analyse):
    text = ("Valsts prezidents Edgars Rinkēvičs otrdien paziņoja, ka Latvija turpinās atbalstīt Ukrainu. "
            "„Mūsu atbalsts nav apspriežams,“ žurnālistiem sacīja Rinkēvičs.")
    data = json.loads(json.dumps(analysis(analyse(text), dt.date(2024, 9, 12)).to_json(), ensure_ascii=False))
    assert set(data) == {"language", "published", "entities", "quotes", "timexes"}
    person = next(e for e in data["entities"] if e["name"] == "Edgars Rinkēvičs")
    assert {m["text"] for m in person["mentions"]} >= {"Edgars Rinkēvičs", "Rinkēvičs"}
    for quote in data["quotes"]:
        assert quote["speaker"]["entity"] == person["id"]
        for key in ("speaker", "cue", "content"):
            span = quote[key]
            assert text[span["start"] : span["end"]] == span["text"]


def test_inverted_report_without_quotation_marks(analyse):
    text = "Galu galā tā atsaukta, tomēr iecere mazliet aizkavēta, skaidro būvuzraugs Raimonds Kalējs."
    [(kind, speaker, entity, cue, content)] = quotes(analyse, text)
    assert (kind, cue) == ("indirect", "skaidro")
    assert content == "Galu galā tā atsaukta, tomēr iecere mazliet aizkavēta"
    assert "Kalējs" in speaker


def test_dialogue_between_dashes(analyse):
    [(kind, speaker, _, cue, content)] = quotes(analyse, "- Par ko tu smaidi? - vaicāja Sanī.")
    assert (kind, cue, content) == ("direct", "vaicāja", "Par ko tu smaidi")


def test_mixed_report_with_quoted_fragment(analyse):
    [(kind, speaker, _, cue, content)] = quotes(analyse, "Valdība solīja samazināt nodokļus „jau nākamā gada sākumā“.")
    assert (kind, speaker, cue) == ("mixed", "Valdība", "solīja")
    assert content == "samazināt nodokļus „jau nākamā gada sākumā“"


def test_source_medium(analyse):
    doc = analyse("Rinkēvičs intervijā laikrakstam „Financial Times“ sacīja, ka Krievija ir drauds.")
    [quote] = doc._.quotes
    assert quote.medium.text == "intervijā laikrakstam „Financial Times“"
    assert quote.content.text == "Krievija ir drauds"


def test_quoted_programme_name_does_not_block_attribution(analyse):
    [(kind, speaker, _, cue, content)] = quotes(analyse, "„Mēs strādājam,“ raidījumā „Rīta Panorāma“ sacīja ministrs.")
    assert (kind, speaker, cue, content) == ("direct", "ministrs", "sacīja", "Mēs strādājam")


def test_interview_answer_after_speaker_line(analyse):
    text = ("Degvielas cenas varētu samazināties.\n\nĢirts Kuplais: Varētu ieviest daudz ko. "
            "Bet jautājums ir, ko prasa likumdošana.\n\nSarunu pierakstīja žurnāliste.")
    doc = analyse(text)
    [quote] = [q for q in doc._.quotes if q.cue is not None and q.cue.text == ":"]
    assert quote.content.text == "Varētu ieviest daudz ko. Bet jautājums ir, ko prasa likumdošana"
    assert quote.entity is not None and quote.entity.text == "Ģirts Kuplais"


def test_evidential_subject_is_the_speaker(analyse):
    [(kind, speaker, _, cue, content)] = quotes(analyse, "Kalniņš esot ļoti apmierināts ar rezultātu.")
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
def test_not_reported_speech(analyse, text):
    assert quotes(analyse, text) == []


def test_canonical_speaker_name_in_the_nominative(analyse):
    data = analysis(analyse("Pēc Edgara Rinkēviča teiktā, sarunas bija veiksmīgas."))
    assert data.quotes[0].speaker.name == "Edgars Rinkēvičs"


def test_speaker_between_the_halves_and_dash(analyse):
    text = ("„Mēs esam gatavi sarunām,“ sacīja ministre Evika Siliņa, „bet nepiekāpsimies.“ "
            "„Budžets tiks pieņemts laikā“, — norādīja ministre.")
    result = quotes(analyse, text)
    assert [(kind, cue, content) for kind, _, _, cue, content in result] == [
        ("direct", "sacīja", "Mēs esam gatavi sarunām"),
        ("direct", "sacīja", "bet nepiekāpsimies"),
        ("direct", "norādīja", "Budžets tiks pieņemts laikā"),
    ]
    assert {entity for _, _, entity, _, _ in result} == {"Evika Siliņa"}


def test_quote_over_two_paragraphs(analyse):
    text = ("„Situācija ir sarežģīta, un mēs to zinām.\n\n"
            "Tomēr mēs atradīsim risinājumu,“ sacīja Kariņš.")
    [(kind, speaker, _, cue, content)] = quotes(analyse, text)
    assert (kind, speaker, cue) == ("direct", "Kariņš", "sacīja")
    assert content.startswith("Situācija ir sarežģīta") and content.endswith("atradīsim risinājumu")


def test_reported_clause_ends_at_but(analyse):
    text = "Līgumā teikts, ka ēka jāuzceļ līdz 1. oktobrim, bet viens no pretendentiem iesniedza sūdzību."
    [(kind, _, _, cue, content)] = quotes(analyse, text)
    assert (kind, cue, content) == ("indirect", "teikts", "ēka jāuzceļ līdz 1. oktobrim")


def test_quoted_name_does_not_make_a_report_mixed(analyse):
    doc = analyse("Ministrs sacīja, ka uzņēmums „Latvijas Gāze” strādās arī turpmāk.")
    [quote] = doc._.quotes
    assert (quote.kind, quote.content.text) == ("indirect", "uzņēmums „Latvijas Gāze” strādās arī turpmāk")


def test_inverted_report_with_a_second_speech_verb(analyse):
    text = "Betons esot labs, secināja speciālists un skaidroja kvalitātes noteikšanas tehnoloģiju."
    result = quotes(analyse, text)
    assert ("secināja", "Betons esot labs") in [(cue, content) for _, _, _, cue, content in result]


def test_as_says_clause_after_a_connective(analyse):
    text = "Tomēr, kā norāda asociācijas izpilddirektors Jānis Lelis, klientu skaits paliks stabils."
    [(kind, _, entity, cue, content)] = quotes(analyse, text)
    assert (kind, cue, content) == ("indirect", "norāda", "klientu skaits paliks stabils")


def test_possessor_is_not_the_speaker(analyse):
    [(kind, speaker, entity, cue, _)] = quotes(analyse, "Robsona advokāti norāda, ka dziedātājs esot vainīgs.")
    assert (kind, speaker, entity, cue) == ("indirect", "Robsona advokāti", None, "norāda")


def test_call_with_infinitive_is_reported_speech(analyse):
    [(kind, speaker, _, cue, content)] = quotes(analyse, "Valsts policija aicina satiksmes dalībniekus izvēlēties citu maršrutu.")
    assert (kind, speaker, cue) == ("indirect", "Valsts policija", "aicina")
    assert content.endswith("izvēlēties citu maršrutu")


def test_relative_pronoun_speaker_is_named_by_its_antecedent(analyse):
    data = analysis(analyse("Atzinumu sniedza auditorfirma, kas norāda, ka uzņēmums strādā labi."))
    [quote] = data.quotes
    assert (quote.speaker.text, quote.speaker.name) == ("kas", "auditorfirma")


def test_converb_speaker_is_the_main_clause_subject(analyse):
    text = "Dombrovskis ir gandarīts, ka Kipra ir sasniegusi programmas mērķus, uzsverot, ka valstij ir jānotur šis kurss."
    found = {q[3]: q for q in quotes(analyse, text)}
    assert found["uzsverot"][1] == "Dombrovskis" and found["uzsverot"][-1] == "valstij ir jānotur šis kurss"


def test_manner_verb_after_a_quote_is_its_cue(analyse):
    text = "„Liela daļa cilvēku tic, ka elektroenerģija būs vienmēr,“ viņš turpināja."
    [(kind, speaker, _, cue, _)] = quotes(analyse, text)
    assert (kind, speaker, cue) == ("direct", "viņš", "turpināja")


def test_words_of_the_clause_subject(analyse):
    text = "Savu uzrunu Rimšēvičs noslēdza ar vārdiem „Dievs, svētī Latviju“."
    [(kind, speaker, _, cue, content)] = quotes(analyse, text)
    assert (kind, speaker, cue, content) == ("direct", "Rimšēvičs", "noslēdza", "Dievs, svētī Latviju")


def test_document_in_the_locative_says_it(analyse):
    text = "Līgumā teikts, ka ēka jāuzceļ līdz 1. oktobrim."
    [(kind, speaker, entity, cue, content)] = quotes(analyse, text)
    assert (kind, speaker, entity, cue, content) == ("indirect", "Līgumā", None, "teikts", "ēka jāuzceļ līdz 1. oktobrim")


def test_first_person_cue_has_no_third_party_speaker(analyse):
    text = "Bet man pašai tolaik bija milzīga apņēmība – uzskatīju, ka es to varu."
    [(kind, speaker, _, cue, _)] = quotes(analyse, text)
    assert (kind, speaker, cue) == ("indirect", None, "uzskatīju")


def test_report_of_a_report_keeps_both(analyse):
    text = ("Grupas vadība uzsver, ka tieši zivju pārstrāde ir tas attīstības ceļš, ko pašlaik izvēlas uzņēmumi, "
            "vēsta Latvijas Radio.")
    cues = {q[3]: q for q in quotes(analyse, text)}
    assert cues["uzsver"][-1].startswith("tieši zivju pārstrāde") and cues["vēsta"][1] == "Latvijas Radio"
    assert cues["vēsta"][-1].startswith("Grupas vadība uzsver")


def test_first_person_report_inside_a_quote_is_one_quote(analyse):
    text = "„Domāju, ka Kaimiņš nonāks dilemmas priekšā,“ norādīja Ījabs."
    [(kind, speaker, _, cue, _)] = quotes(analyse, text)
    assert (kind, speaker, cue) == ("direct", "Ījabs", "norādīja")


def test_title_resolves_to_the_nearest_person_of_its_gender(analyse):
    text = ("Pasaulē nāca Kristīnes Ķepales un Rolanda Dubuva trešā atvasīte. "
            "„Bijām pārliecināti, ka gaidām meitiņu,“ stāsta māmiņa.")
    [(kind, speaker, entity, cue, _)] = quotes(analyse, text)
    assert (speaker, cue, entity) == ("māmiņa", "stāsta", "Kristīnes Ķepales")


def test_pronoun_without_named_antecedent_refers_to_the_unnamed_subject(analyse):
    text = "Mana vecmāmiņa no tēva puses zīlēja uz kārtīm, pati gan teica, ka niekojoties."
    [quote] = analysis(analyse(text)).quotes
    assert quote.speaker.text == "pati" and quote.speaker.name == "vecmāmiņa"


def test_organisation_noun_refers_to_the_organisation_named_before(analyse):
    text = ("Uzņēmums bija parādā „Nordea Bank Finland” vairāk nekā miljonu latu. "
            "Banka norāda, ka uzņēmums nav pildījis līguma saistības.")
    [quote] = analysis(analyse(text)).quotes
    assert quote.speaker.text == "Banka" and quote.speaker.name == "Nordea Bank Finland"


def test_the_medium_is_not_the_speaker_and_a_mistyped_surname_finds_its_person(analyse):
    text = ("Ministre tikās ar Igaunijas premjerministri Kaju Kallasu. Kallasa intervijā laikrakstam "
            "„Financial Times“ norādīja, ka Igaunija atbalsta šo iniciatīvu. Pēc Kallasas teiktā, sarunas sāksies "
            "nākamajā nedēļā.")
    result = analysis(analyse(text))
    assert [q.speaker.name for q in result.quotes] == ["Kaja Kallasa", "Kaja Kallasa"]
    assert result.quotes[0].medium.text.endswith("„Financial Times“")
    [person] = [e for e in result.entities if e.type == "person"]
    assert {"Kaju Kallasu", "Kallasa", "Kallasas"} <= {m.text for m in person.mentions}


def test_opinion_adverb_attributes_the_sentence_and_percent_stays(analyse):
    text = ("Latvijas Bankas prezidents Mārtiņš Kazāks atzina, ka inflācija varētu samazināties līdz 3%. "
            "Viņaprāt, cenu kāpums bija saistīts ar energoresursu cenām.")
    result = analysis(analyse(text)).quotes
    assert [(q.speaker.name, q.content.text) for q in result] == [
        ("Mārtiņš Kazāks", "inflācija varētu samazināties līdz 3%"),
        ("Mārtiņš Kazāks", "cenu kāpums bija saistīts ar energoresursu cenām")]


def test_invitations_and_relative_clauses_are_not_reports(analyse):
    text = ("Jelgavas novadam iezīmējas ar novada svētkiem, kas šogad ikvienu uz Elejas muižas parku aicinās 5. jūlijā. "
            "Bērni tiks aicināti uzzīmēt apsveikumu Rīgas pilij.")
    assert quotes(analyse, text) == []


def test_converb_and_first_person_asides_take_nothing_before_them(analyse):
    text = ("Tātad visos laikos valodas kopēji ir ilgojušies pēc tīras valodas, norādot uz tās nozīmi. "
            "Ja cilvēks ir izredzēta būtne, tad, teiksim, mēs esam citām būtnēm līdzīgi.")
    assert all(cue not in ("norādot", "teiksim") for _, _, _, cue, _ in quotes(analyse, text))


def test_opening_evidential_sentence_takes_the_speaker_named_next(analyse):
    text = ("Ezerā šovasar esot daudz vairāk zivju nekā pērn. "
            "„Makšķernieki brauc no visas Latvijas,” stāsta biedrības vadītājs Jānis Kalniņš.")
    result = quotes(analyse, text)
    assert [r[-1] for r in result] == ["Ezerā šovasar esot daudz vairāk zivju nekā pērn",
                                       "Makšķernieki brauc no visas Latvijas"]
    assert [r[1] for r in result] == ["Jānis Kalniņš", "Jānis Kalniņš"]


def test_evidential_speech_verb_inside_a_run_is_the_runs_report(analyse):
    text = ("Inženieris Andris Rutmanis sacīja, ka apkure tiks pārbaudīta. "
            "Konkrēta vaina neesot atrasta, to pateikšot tikai energoaudits.")
    result = quotes(analyse, text)
    assert len(result) == 2 and result[-1][1] == "Andris Rutmanis"


@pytest.mark.parametrize(
    "text",
    [
        # a title in apposition after the name, then the title alone as the speaker
        "Valērijs Zalužnijs, Ukrainas armijas virspavēlnieks, apmeklēja fronti. Virspavēlnieks uzsvēra, ka aizsardzība turas.",
        # a title a copula gives, with another man named in between
        "Jānis Bērziņš ir uzņēmuma valdes priekšsēdētājs. Pagājušajā gadā uzņēmumu pārbaudīja Pēteris Ozols. "
        "Valdes priekšsēdētājs sacīja, ka peļņa pieaugs.",
    ],
)
def test_title_speaker_is_the_person_given_that_title(analyse, text):
    *_, (kind, speaker, entity, cue, content) = quotes(analyse, text)
    assert entity in ("Valērijs Zalužnijs", "Jānis Bērziņš")


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Valsts policijā informēja, ka cietušie nogādāti slimnīcā.", "Valsts policija"),
        ("Kā aģentūrai LETA pastāstīja Rīgas domē, remonts sāksies rīt.", "Rīgas dome"),
    ],
)
def test_organisation_in_the_locative_beside_the_cue_is_the_speaker(analyse, text, speaker):
    [quote] = analysis(analyse(text)).quotes
    assert quote.speaker.name == speaker


def test_the_topic_before_a_colon_is_not_the_speaker(analyse):
    text = ("Viktors smej: „Man taču ir vēl viens dzīvnieks!” Seko stāsts par Sāru, pievienoto vērtību mājas "
            "pirkumam: „Saimnieki steidzami brauca projām un pārdeva māju.”")
    result = analysis(analyse(text)).quotes
    assert [q.speaker.name for q in result] == ["Viktors", "Viktors"]


def test_evidential_report_does_not_wait_for_a_speaker_in_the_next_paragraph(analyse):
    text = ("Kasē esot par maz eiro monētu.\n\n"
            "„Vieglāk ir, ja klienti maksā ar kartēm,” aģentūrai LETA sacīja kafejnīcas kasiere Anna Ozola.")
    first, second = analysis(analyse(text)).quotes
    assert first.speaker is None and second.speaker.name == "Anna Ozola"


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Iedzīvotāji atzina, ka problēma ir īrnieki. Tāpat viņi sacīja, ka mājas vecāko atrast būs grūti.",
         "iedzīvotāji"),
        ("Veselības ministrija paziņoja, ka rindas saīsināsies. Viņi arī norādīja, ka naudas pietiks.",
         "Veselības ministrija"),
    ],
)
def test_plural_pronoun_speaker_is_the_group_or_organisation_before(analyse, text, speaker):
    *_, last = analysis(analyse(text)).quotes
    assert last.speaker.text.lower() == "viņi" and last.speaker.name == speaker


def test_relative_clause_without_a_subject_reports_the_main_clauses(analyse):
    text = ("1831. gadā ārsts Pēteris Ozols izdeva grāmatu par mežiem, kurā pieminēja, ka koki aug lēnāk nekā agrāk.")
    [quote] = analysis(analyse(text)).quotes
    assert quote.speaker.name == "Pēteris Ozols" and quote.content.text == "koki aug lēnāk nekā agrāk"


def test_dash_paragraph_is_an_interview_answer_and_a_question_is_not(analyse):
    text = ("– Kā jūs vērtējat šo gadu?\n\n"
            "– Nevaru sūdzēties. Uzņēmums strādā ar peļņu, un klienti ir apmierināti.\n\n"
            "– Vienīgā iespēja ir taupīt siltumu, — aicināja Māris Bērzlaps.")
    result = quotes(analyse, text)
    answers = [r for r in result if r[3] is None]
    assert [r[-1] for r in answers] == ["Nevaru sūdzēties. Uzņēmums strādā ar peļņu, un klienti ir apmierināti"]
    assert answers[0][0] == "indirect" and answers[0][1] is None
    assert not any("Kā jūs vērtējat" in r[-1] for r in result)


@pytest.mark.parametrize(
    "text, content",
    [
        # the same subject goes on after "bet": still what she said
        ("Skolotāja Inta Fogele atzīst, ka jaunieši vairs nevēlas lasīt grāmatas, bet visu laiku pavada internetā.",
         "jaunieši vairs nevēlas lasīt grāmatas, bet visu laiku pavada internetā"),
        # a clause with a subject of its own after "bet" is the writer's
        ("Līgumā teikts, ka darbi jāpabeidz līdz maijam, bet viens no pretendentiem jau pārsūdzēja iepirkumu.",
         "darbi jāpabeidz līdz maijam"),
    ],
)
def test_a_contrast_clause_ends_the_report_only_with_a_subject_of_its_own(analyse, text, content):
    [quote] = analysis(analyse(text)).quotes
    assert quote.content.text == content


def test_pronoun_with_nobody_named_near_is_the_last_speaker(analyse):
    text = ("Inženieris Andris Rutmanis sacīja, ka apkure tiks pārbaudīta. Konkrēta vaina neesot atrasta. "
            "Pašlaik uz siltummezglu nav norādes. Namā dzīvo vairāk nekā simts iedzīvotāju, un daudzi no tiem "
            "sūdzas par aukstumu dzīvokļos un kāpņu telpās jau vairākus gadus, tāpēc pārvaldnieki sāka pārbaudes "
            "visos stāvvados un pagrabos, lai noskaidrotu, kur rodas siltuma zudumi un cik daudz tie izmaksā. "
            "Pagājušajā ziemā apkures rēķini pieauga gandrīz par trešdaļu, un vairākas ģimenes tos nespēja samaksāt. "
            "Viņš atgādināja, ka agrāk mājā bijis siltumskaitītājs.")
    *_, last = analysis(analyse(text)).quotes
    assert last.speaker.text == "Viņš" and last.speaker.name == "Andris Rutmanis"


def test_an_unnamed_first_person_speaker_is_left_out_of_the_analysis(analyse):
    doc = analyse("Es domāju, ka prezidenta vēlēšanas ir ārpus koalīcijas strīdiem.")
    [raw] = doc._.quotes
    assert raw.speaker.text == "Es"  # the phrase stays on the Doc, where FrameNet looks for it
    assert analysis(doc).quotes[0].speaker is None


def test_being_convinced_is_the_subjects_opinion(analyse):
    [quote] = analysis(analyse("Ministrs Jānis Bērziņš ir pārliecināts, ka budžets tiks pieņemts laikā.")).quotes
    assert quote.speaker.name == "Jānis Bērziņš" and quote.content.text == "budžets tiks pieņemts laikā"


@pytest.mark.parametrize(
    "text, content",
    [
        ("Manuprāt, krīze beigsies nākamgad.", "krīze beigsies nākamgad"),
        ("Nauda, manuprāt, ir izšķērdēta.", "Nauda, manuprāt, ir izšķērdēta"),
    ],
)
def test_first_person_opinion_adverb_is_a_quotation_without_a_named_speaker(analyse, text, content):
    [quote] = analysis(analyse(text)).quotes
    assert quote.content.text == content and quote.speaker is None


def test_a_convincing_win_reports_nothing(analyse):
    assert quotes(analyse, "Otrajā puslaikā komanda izcīnīja pārliecinošu uzvaru.") == []


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Valsts policija ziņo par negadījumu. Policijā informēja, ka cietušo nav.", "Valsts policija"),
        ("Valsts ugunsdzēsības un glābšanas dienestā (VUGD) pastāstīja, ka ugunsgrēks nodzēsts. "
         "Dienests arī atgādināja, ka jāievēro drošība.", "Valsts ugunsdzēsības un glābšanas dienests"),
    ],
)
def test_an_organisation_noun_speaker_is_the_organisation_named_before(analyse, text, speaker):
    *_, last = analysis(analyse(text)).quotes
    assert last.speaker.name == speaker
