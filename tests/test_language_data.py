"""Latvian words as data: every file under lang/lv/ read by the one loader, and words moved there still recognised."""

import datetime as dt
import fnmatch
import tomllib
from importlib import resources
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from hronika.lang.lv import DATA_PACKAGE, data_lines, stem_letters, tagged_pronouns
from hronika.lang.lv.coref import is_person_noun, is_person_pronoun, pronoun_class
from hronika.lang.lv.inflection import best_nominative, name_forms
from hronika.quotes.speakers import RELATIVE_PRONOUNS, SINGULAR_PRONOUNS
from hronika.timex.values import timex_value

DATA_ROOT = resources.files(DATA_PACKAGE)
DATA_FILES = sorted(
    str(path.relative_to(str(DATA_ROOT))) for path in Path(str(DATA_ROOT)).rglob("*") if path.suffix in (".tsv", ".txt")
)
PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"
TUESDAY = dt.date(2024, 9, 10)


def test_there_are_data_files():
    assert "pronouns.tsv" in DATA_FILES and "timex/words.tsv" in DATA_FILES


@pytest.mark.parametrize("name", DATA_FILES)
def test_every_data_file_opens_with_a_header_comment_and_has_rows(name):
    text = DATA_ROOT.joinpath(name).read_text(encoding="utf-8")
    assert text.startswith("# "), f"{name}: no header comment saying what its columns are"
    rows = data_lines(name)
    assert rows and all(cols[0] for cols in rows)


@pytest.mark.parametrize("name", DATA_FILES)
def test_every_data_file_ships_in_the_package(name):
    globs = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["tool"]["setuptools"]["package-data"]["hronika"]
    assert any(fnmatch.fnmatch(f"lang/lv/{name}", pattern) for pattern in globs)


def test_the_quote_rules_pronouns_are_tagged_in_pronouns_tsv():
    assert RELATIVE_PRONOUNS == tagged_pronouns("subject") >= {"kas", "kurš", "kuri"}
    assert SINGULAR_PRONOUNS == tagged_pronouns("singular") >= {"viņš", "viņa", "pati"}


def test_pronoun_classes_read_in_context():
    doc = Doc(spacy.blank("lv").vocab, words=["Viņa", "redzēja", "tās", "un", "laka", "skatītājs"],
              lemmas=["viņa", "redzēt", "tas", "un", "laka", "skatītājs"],
              pos=["PRON", "VERB", "PRON", "CCONJ", "NOUN", "NOUN"], heads=[1, 1, 1, 4, 1, 1],
              deps=["nsubj", "ROOT", "obj", "cc", "conj", "conj"])
    assert is_person_pronoun(doc[0]) and not is_person_pronoun(doc[4])
    assert pronoun_class(doc[2]) == "personal"  # the plural "tās" names things wherever it is an argument
    assert is_person_noun(doc[5]) and not is_person_noun(doc[4])  # by the suffix -tājs


def test_name_endings_read_from_data():
    assert stem_letters("indeclinable") == ("o", "y")
    assert best_nominative("Kariņa", "Gen", "Masc", "Sing") == "Kariņš"  # a soft stem: -š
    assert best_nominative("Porziņģa", "Gen", "Masc", "Sing") == "Porziņģis"  # a 2nd-declension stem
    assert name_forms("Lukašenko") == {"lukašenko"}  # indeclinable


@pytest.mark.parametrize("text, expected", [
    ("Darbi ilga aptuveni pusotru gadu.", [("aptuveni pusotru gadu", "DURATION", "P18M")]),
    ("Strīds ilga ilgus gadus.", [("ilgus gadus", "DURATION", "PXY")]),
    ("Remonts ilga pusgadu.", [("pusgadu", "DURATION", "P6M")]),
    ("Uzņēmums strādā vairāk nekā desmit gadus.", [("vairāk nekā desmit gadus", "DURATION", "P10Y")]),
    ("Tikšanās sāksies ap 6.30.", [("6.30", "TIME", "2024-09-10T06:30")]),
    ("Veikals strādās no plkst. 10 līdz 16.", [("plkst. 10", "TIME", "2024-09-10T10:00"),
                                               ("16", "TIME", "2024-09-10T16:00")]),
    ("Zāles jālieto ik pēc astoņām stundām.", [("ik pēc astoņām stundām", "SET", "PT8H")]),
    ("Līgums tika noslēgts š.g. 5. aprīlī.", [("š.g. 5. aprīlī", "DATE", "2024-04-05")]),
    ("Pērnā gada rudenī cenas kritās.", [("Pērnā gada rudenī", "DATE", "2023-FA")]),
    ("Naktī uz svētdienu Rīgā notika ugunsgrēks.", [("Naktī uz svētdienu", "TIME", "2024-09-07TNI")]),
    ("Nedēļas nogalē gaidāms lietus.", [("Nedēļas nogalē", "DATE", "2024-W37-WE")]),
    ("Šonakt Rīgā notika avārija.", [("Šonakt", "TIME", "2024-09-09TNI")]),
    ("Vēlēšanas notika 2010., 2011. un 2012.gadā.", [("2010.", "DATE", "2010"), ("2011.", "DATE", "2011"),
                                                     ("2012.gadā", "DATE", "2012")]),
    ("Pils celta deviņpadsmitā gadsimta beigās.", [("deviņpadsmitā gadsimta beigās", "DATE", "18")]),
    ("Atlaide no plkst. 10 līdz 16 eiro netika dota.", [("plkst. 10", "TIME", "2024-09-10T10:00")]),
])
def test_time_words_moved_to_data_are_still_recognised(nlp, text, expected):
    found = [(span.text, kind, timex_value(ref, TUESDAY)) for span, kind, ref in nlp(text)._.timexes]
    assert found == expected
