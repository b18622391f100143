"""Quotation confidence: how a speaker was found, and the calibration counted on the development set."""

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from hronika.quotes.confidence import SPEAKER_SOURCES, Calibration, calibration, speaker_source
from hronika.quotes.patterns import PATTERNS, Quote

WORDS = ["Ministre", "Evika", "Siliņa", "sacīja", ",", "ka", "viņa", "zina", "."]


@pytest.fixture
def doc():
    return Doc(Vocab(), words=WORDS, pos=["NOUN", "PROPN", "PROPN", "VERB", "PUNCT", "SCONJ", "PRON", "VERB", "PUNCT"])


def quote(doc, speaker, entity, inherited=False):
    return Quote("indirect", doc[6:8], doc[3:4], speaker, entity, 0.0, "ka_clause", inherited=inherited)


def test_speaker_sources(doc):
    name = doc[1:3]
    assert speaker_source(quote(doc, name, name)) == "full_name"
    assert speaker_source(quote(doc, doc[2:3], doc[2:3])) == "name"
    assert speaker_source(quote(doc, doc[6:7], name)) == "pronoun"
    assert speaker_source(quote(doc, doc[0:1], name)) == "noun"
    assert speaker_source(quote(doc, doc[0:1], None)) == "phrase"
    assert speaker_source(quote(doc, name, name, inherited=True)) == "inherited"
    assert speaker_source(quote(doc, None, None)) == "none"


def test_confidence_is_the_product_of_the_patterns_and_the_sources_records():
    table = Calibration({"ka_clause": (8, 10)}, {"full_name": (9, 10)})
    prior = next(p.confidence for p in PATTERNS if p.name == "ka_clause")
    assert table.confidence("ka_clause", "full_name") == round((8 + 4 * prior) / 14 * 10 / 12, 2)
    assert table.confidence("ka_clause", "none") == round((8 + 4 * prior) / 14 * 0.5, 2)  # never seen: one in two


def test_shipped_calibration_covers_every_pattern_and_trusts_names_over_guesses():
    table = calibration()
    assert set(table.patterns) <= {p.name for p in PATTERNS} and set(table.sources) <= set(SPEAKER_SOURCES)
    assert all(0 < table.confidence(p.name, s) < 1 for p in PATTERNS for s in SPEAKER_SOURCES)
    assert table.confidence("direct_attributed", "full_name") > table.confidence("direct_attributed", "none")
    assert table.confidence("direct_attributed", "full_name") > table.confidence("infinitive", "full_name")
