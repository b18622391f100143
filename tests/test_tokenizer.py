"""The Latvian tokenizer and sentence rules on real news sentences."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st


def words(nlp, text):
    return [t.text for t in nlp.make_doc(text) if not t.is_space]


def sentences(nlp, text):
    return [s.text.strip() for s in nlp(text).sents]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2021.gadā valdība", ["2021.", "gadā", "valdība"]),
        ("14.februārī Rīgā ieradās", ["14.", "februārī", "Rīgā", "ieradās"]),
        ("2022. gada 8. augustā", ["2022.", "gada", "8.", "augustā"]),
        ("ministrijas u.c. iestādes", ["ministrijas", "u.c.", "iestādes"]),
        ("t.sk. pašvaldības, utt.", ["t.sk.", "pašvaldības", ",", "utt."]),
        ("20. gs. sākumā", ["20.", "gs.", "sākumā"]),
        ("5 milj. eiro", ["5", "milj.", "eiro"]),
        ("Nr. 15, prof. Bērziņš un ģen. Graube", ["Nr.", "15", ",", "prof.", "Bērziņš", "un", "ģen.", "Graube"]),
        ("E. Rinkēvičs tikās ar V. Zatleru", ["E.", "Rinkēvičs", "tikās", "ar", "V.", "Zatleru"]),
        ("plkst. 9.00 sākās", ["plkst.", "9.00", "sākās"]),
        ("budžets ir 5 432 989 eiro", ["budžets", "ir", "5 432 989", "eiro"]),
        ("pieauga par 3,5%", ["pieauga", "par", "3,5", "%"]),
        ("Vīķe-Freiberga rakstīja e-pastu", ["Vīķe-Freiberga", "rakstīja", "e-pastu"]),
        ("vairāk – www.lsm.lv vai info@lsm.lv.", ["vairāk", "–", "www.lsm.lv", "vai", "info@lsm.lv", "."]),
        ("datums 22.5.2002. tika", ["datums", "22.5.2002.", "tika"]),
        ("SIA a/s „Latvijas Gāze”", ["SIA", "a/s", "„", "Latvijas", "Gāze", "”"]),
        ("«Irlavas interešu klubiņš»", ["«", "Irlavas", "interešu", "klubiņš", "»"]),
        ("‚iekšējais‘ un ‘cits’", ["‚", "iekšējais", "‘", "un", "‘", "cits", "’"]),
        ("Tas notika 1991.", ["Tas", "notika", "1991", "."]),
        ("D.Kudore un Dž.Bērziņa teic", ["D.", "Kudore", "un", "Dž.", "Bērziņa", "teic"]),
        ("sākums plkst.14.00.", ["sākums", "plkst.", "14.00", "."]),
        ("plāns 2006.-2012.gadam", ["plāns", "2006.", "-", "2012.", "gadam"]),
        ("Kāpēc tā?! Nezinu!!!", ["Kāpēc", "tā", "?!", "Nezinu", "!!!"]),
        ("z/s „Liepas” [..] sāka runāt- čukstus", ["z/s", "„", "Liepas", "”", "[..]", "sāka", "runāt", "-", "čukstus"]),
    ],
)
def test_tokenization(rules_nlp, text, expected):
    assert words(rules_nlp, text) == expected


def test_nested_quotes_are_separate_tokens(rules_nlp):
    text = "„Šis nav „ātrais risinājums“, ko solīja valdība,“ sacīja Kulbergs."
    assert words(rules_nlp, text) == [
        "„", "Šis", "nav", "„", "ātrais", "risinājums", "“", ",", "ko", "solīja", "valdība", ",", "“",
        "sacīja", "Kulbergs", ".",
    ]


def test_no_sentence_break_after_ordinal_or_abbreviation(rules_nlp):
    text = "Likums stājās spēkā 2021. gada 1. janvārī, kā arī prof. Bērziņš un Dr. Ozola to atbalstīja u.tml. lietas."
    assert sentences(rules_nlp, text) == [text]


def test_no_sentence_break_after_initial(rules_nlp):
    text = "Jērcēniete Dzintra Lezdiņa sevi nosauc par V. Zatlera fani."
    assert sentences(rules_nlp, text) == [text]


def test_no_break_before_ordinal_with_capital(rules_nlp):
    text = "Par to lems 11. Saeima, sacīja deputāts."
    assert sentences(rules_nlp, text) == [text]


def test_sentence_breaks_around_closing_quotes(rules_nlp):
    text = "„Mēs to izdarīsim.“ Tā sacīja ministre. Viņa piebilda: „Tas ir svarīgi!“ Sēde beidzās."
    assert sentences(rules_nlp, text) == [
        "„Mēs to izdarīsim.“", "Tā sacīja ministre.", "Viņa piebilda: „Tas ir svarīgi!“", "Sēde beidzās.",
    ]


def test_no_break_when_quote_is_followed_by_cue(rules_nlp):
    text = "„Mūsu atbalsts nav apspriežams!“ žurnālistiem sacīja Rinkēvičs."
    assert sentences(rules_nlp, text) == [text]


def test_break_inside_long_quote_and_after_year(rules_nlp):
    text = '"Uzskatīju par lielu godu. Tas ir vēsturisks notikums," vērtē pensionāre. Tas notika 1991. Tad viss mainījās.'
    assert sentences(rules_nlp, text) == [
        '"Uzskatīju par lielu godu.', 'Tas ir vēsturisks notikums," vērtē pensionāre.', "Tas notika 1991.",
        "Tad viss mainījās.",
    ]


def test_break_where_the_space_was_forgotten(rules_nlp):
    assert sentences(rules_nlp, "Vai izdevās pagulēt?Pēc spēles devāmies mājās.") == [
        "Vai izdevās pagulēt?", "Pēc spēles devāmies mājās.",
    ]


def test_line_break_ends_headline(rules_nlp):
    text = "Sprūdžs uzklausīs Rāviņa skaidrojumus\n\nSavukārt aģentūrā konstatēti pārkāpumi."
    assert sentences(rules_nlp, text) == ["Sprūdžs uzklausīs Rāviņa skaidrojumus", "Savukārt aģentūrā konstatēti pārkāpumi."]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aāčēRīgā 2021.„“\"«»-–,:;!?()\n/@%0 ")), max_size=80))
def test_tokens_cover_the_text_exactly(rules_nlp, text):
    doc = rules_nlp(text)
    assert doc.text == text
    assert "".join(t.text_with_ws for t in doc) == text
    assert all(doc.text[t.idx : t.idx + len(t.text)] == t.text for t in doc)


def test_long_runs_without_space_are_cut_into_bounded_tokens(rules_nlp):
    from hronika.lang.lv.tokenizer import MAX_TOKEN_CHARS

    text = "Sākums " + "Rinkēvičs" * 1000 + " beigas"
    doc = rules_nlp.make_doc(text)
    assert doc.text == text
    assert max(len(t.text) for t in doc) == MAX_TOKEN_CHARS
    assert [doc[0].text, doc[-1].text] == ["Sākums", "beigas"]


def test_a_run_of_marks_is_one_token_a_mark(rules_nlp):
    doc = rules_nlp.make_doc('Viņš teica ' + '"' * 3000 + "„“" * 500)
    assert len(doc) == 2 + 3000 + 1000
    assert {t.text for t in doc[2:]} == {'"', "„", "“"}


def test_suffix_search_reads_only_the_end_of_a_string():
    from hronika.lang.lv.tokenizer import SUFFIX_WINDOW, windowed_search

    class Recording:
        def __init__(self, pattern):
            self.pattern, self.lengths = re.compile(pattern), []

        def search(self, text):
            self.lengths.append(len(text))
            return self.pattern.search(text)

    suffix = Recording(r'"$|\.\.+$')
    assert windowed_search(suffix)("x" * 10_000 + '"').group() == '"'
    assert suffix.lengths == [SUFFIX_WINDOW]
    assert windowed_search(suffix)("x" + "." * 100).group() == "." * 100  # a match that fills the window goes on
    assert suffix.lengths[1:] == [SUFFIX_WINDOW, 101]
