"""The quote patterns' registry: names and confidences, switching a pattern off, the inverted report's filters,
and precision and recall per pattern."""

import json

import pytest
import spacy
from spacy.tokens import Doc

import hronika
from hronika.evaluation.speech import evaluate_speech
from hronika.quotes.clauses import content_before
from hronika.quotes.filters import INVERTED_FILTERS, writers_aside
from hronika.quotes.finder import QuoteFinder
from hronika.quotes.confidence import calibration, speaker_source
from hronika.quotes.patterns import PATTERNS

ARTICLE = ("Ekonomika: Izaugsme turpināsies arī nākamgad.\n\n"
           "„Mūsu atbalsts nav apspriežams,“ žurnālistiem sacīja Rinkēvičs. "
           "Rīgas domes priekšsēdētājs Vilnis Ķirsis sacīja, ka budžets ir sabalansēts. Nākamgad nodokļi neesot jāceļ. "
           "Cenas pieaugs vēl vismaz gadu, skaidro ekonomists Pēteris Strautiņš. "
           "Kā norāda Finanšu ministrija, budžeta deficīts nepārsniegs trīs procentus. "
           "Pēc Kazāka teiktā, inflācija samazināsies. "
           "Ministrs aicināja iedzīvotājus taupīt elektrību.")


@pytest.fixture(scope="module")
def article(nlp):
    return nlp(ARTICLE)


def found_by(doc, disabled=()):
    """(pattern, content) of each quotation a `quotes` component with these patterns disabled finds in doc."""
    component = spacy.blank("lv").add_pipe("quotes", config={"disabled_patterns": list(disabled)})
    return [(q.pattern, q.content.text) for q in component(doc)._.quotes]


def test_registry_names_are_unique_and_confidences_probabilities():
    names = [p.name for p in PATTERNS]
    assert len(names) == len(set(names))
    assert all(0 < p.confidence <= 1 and p.find.__doc__ for p in PATTERNS)


def test_each_quote_carries_its_patterns_name_and_calibrated_confidence(article):
    assert [q.pattern for q in article._.quotes] == [
        "headline", "direct_attributed", "ka_clause", "evidential", "inverted", "as_says", "according_to", "infinitive"]
    assert all(q.confidence == calibration().confidence(q.pattern, speaker_source(q)) for q in article._.quotes)


def test_shipped_pipeline_runs_every_pattern(nlp):
    assert nlp.get_pipe("quotes").finder.disabled == frozenset()


@pytest.mark.parametrize("name", ["headline", "evidential", "inverted", "as_says", "according_to", "infinitive"])
def test_disabling_a_pattern_removes_exactly_its_quotes(article, name):
    everything = found_by(article)
    assert found_by(article, [name]) == [q for q in everything if q[0] != name] != everything


def test_a_disabled_pattern_gives_way_to_the_next_of_its_stage(article):
    # Where the parse gives the "ka" clause, ka_clause finds it; without it, ka_adjacent finds the same words.
    assert ("ka_adjacent", "budžets ir sabalansēts") in found_by(article, ["ka_clause"])


def test_hronika_load_takes_disabled_patterns(article):
    nlp = hronika.load(config={"components": {"quotes": {"disabled_patterns": ["evidential"]}}})
    assert nlp.get_pipe("quotes").finder.disabled == {"evidential"}
    assert "evidential" not in [q.pattern for q in nlp(ARTICLE)._.quotes]


def test_an_unknown_pattern_fails_naming_the_known_ones():
    with pytest.raises(ValueError, match="evidentia;.*evidential"):
        QuoteFinder(["evidentia"])
    with pytest.raises(ValueError, match="evidentia"):
        spacy.blank("lv").add_pipe("quotes", config={"disabled_patterns": ["evidentia"]})


def test_inverted_report_filters(rules_nlp):
    # "Cenas pieaugs vēl gadu, skaidro Strautiņš.", parsed by hand: the words before the comma are the report,
    # unless the cue is the writer's own ("skaidroju").
    words = ["Cenas", "pieaugs", "vēl", "gadu", ",", "skaidro", "Strautiņš", "."]
    heads = [1, 5, 1, 1, 1, 5, 5, 5]
    deps = ["nsubj", "parataxis", "advmod", "obl", "punct", "ROOT", "nsubj", "punct"]
    pos = ["NOUN", "VERB", "ADV", "NOUN", "PUNCT", "VERB", "PROPN", "PUNCT"]
    for person, report in (("3", "Cenas pieaugs vēl gadu"), ("1", None)):
        morphs = [""] * 5 + [f"Mood=Ind|Person={person}|VerbForm=Fin", "Case=Nom", ""]
        doc = Doc(rules_nlp.vocab, words=words, spaces=[True, True, True, False, True, True, False, False],
                  heads=heads, deps=deps, pos=pos, morphs=morphs)
        cue, comma = doc[5], doc[4]
        found = content_before(cue)
        assert (found.text if found else None) == report
        assert [f for f in INVERTED_FILTERS if f(cue, comma)] == ([] if report else [writers_aside])
    assert all(f.__doc__.startswith("Rejects") for f in INVERTED_FILTERS)


def test_evaluate_scores_each_pattern(nlp, tmp_path):
    text = "Rīgas domes priekšsēdētājs Vilnis Ķirsis sacīja, ka budžets ir sabalansēts. Nākamgad nodokļi neesot jāceļ."

    def span(part: str, **extra) -> dict:
        start = text.index(part)
        return {"start": start, "end": start + len(part), "text": part, **extra}

    quote = {"kind": "indirect", "cue": span("sacīja", lemma="sacīt"), "content": span("budžets ir sabalansēts"),
             "speaker": span("Rīgas domes priekšsēdētājs Vilnis Ķirsis", name="Vilnis Ķirsis", naming="full_name")}
    gold = {"id": "t1", "published": None, "reference": "", "text": text, "quotes": [quote]}
    (tmp_path / "gold.jsonl").write_text(json.dumps(gold, ensure_ascii=False) + "\n", encoding="utf-8")
    scores = evaluate_speech(nlp, tmp_path, tmp_path / "gold.jsonl")["annotated"]
    patterns = scores["patterns"]
    assert list(patterns) == [p.name for p in PATTERNS]
    assert patterns["ka_clause"] == {"found": 1, "right": 1, "p": 100.0, "r": 100.0, "speaker_accuracy": 100.0}
    assert patterns["evidential"] == {"found": 1, "right": 0, "p": 0.0, "r": 0.0, "speaker_accuracy": 0.0}
    assert (scores["p"], scores["r"]) == (50.0, 100.0)
    assert scores["speaker_by_naming"] == {"full_name": {"quotes": 1, "speaker_accuracy": 100.0}}
