"""The shipped pipeline on real Latvian news sentences."""

import json

import pytest

from hronika.evaluation.core import evaluate
from hronika.render import doc_to_conllu

from .conftest import FIXTURE_CORPUS

ARTICLE = (
    "Valsts prezidents Edgars Rinkēvičs otrdien paziņoja, ka Latvija turpinās atbalstīt Ukrainu. "
    "„Mūsu atbalsts nav apspriežams,“ žurnālistiem sacīja Rinkēvičs. "
    "Viņš piebilda, ka lēmums par budžetu tiks pieņemts līdz 1.oktobrim."
)


@pytest.fixture(scope="module")
def doc(nlp):
    return nlp(ARTICLE)


def test_pipeline_components_and_credits(nlp):
    assert nlp.pipe_names[0] == "sentence_boundaries"
    assert {"morphologizer", "tagger", "trainable_lemmatizer", "lemma_lexicon", "parser", "ner"} <= set(nlp.pipe_names)
    assert nlp.pipe_names.index("lemma_lexicon") == nlp.pipe_names.index("trainable_lemmatizer") + 1
    assert nlp.meta["license"] == "CC BY-SA 4.0"
    assert "FullStack-LV" in nlp.meta["sources"][0]["name"]


def test_sentences_and_tokens(doc):
    assert [s.text.split()[0] for s in doc.sents] == ["Valsts", "„Mūsu", "Viņš"]
    assert [t.text for t in doc[-4:]] == ["līdz", "1.", "oktobrim", "."]


@pytest.mark.parametrize(
    "form, lemma, pos",
    [("paziņoja", "paziņot", "VERB"), ("sacīja", "sacīt", "VERB"), ("Latvija", "Latvija", "PROPN"),
     ("budžetu", "budžets", "NOUN"), ("atbalstīt", "atbalstīt", "VERB"), ("lēmums", "lēmums", "NOUN")],
)
def test_lemma_and_pos(doc, form, lemma, pos):
    token = next(t for t in doc if t.text == form)
    assert (token.lemma_, token.pos_) == (lemma, pos)


def test_morphology_and_xpos(doc):
    ukrainu = next(t for t in doc if t.text == "Ukrainu")
    assert ukrainu.morph.get("Case") == ["Acc"]
    assert ukrainu.tag_.startswith("np")
    assert next(t for t in doc if t.text == "paziņoja").morph.get("Tense") == ["Past"]


def test_dependency_parse(doc):
    first = next(doc.sents)
    assert first.root.text == "paziņoja"
    assert next(t for t in doc if t.text == "Rinkēvičs").head.text in {"paziņoja", "Edgars"}
    assert next(t for t in doc if t.text == "ka").dep_ == "mark"


def test_named_entities(doc):
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("Edgars Rinkēvičs", "person") in ents
    assert ("Latvija", "GPE") in ents


def test_conllu_output_is_well_formed(doc):
    blocks = doc_to_conllu(doc, doc_id="sample").strip().split("\n\n")
    assert len(blocks) == 3
    for block in blocks:
        rows = [line.split("\t") for line in block.splitlines() if not line.startswith("#")]
        assert all(len(r) == 10 for r in rows)
        heads = [int(r[6]) for r in rows]
        assert heads.count(0) == 1 and all(0 <= h <= len(rows) for h in heads)


def test_evaluate_on_fixture_paragraphs(nlp):
    results = evaluate(nlp, FIXTURE_CORPUS / "dev")
    for key in ("tokens_f", "sents_f", "upos", "xpos", "feats", "lemma", "uas", "las", "words_per_second"):
        assert 0 <= results[key] <= 100 or key == "words_per_second"
    assert results["tokens_f"] > 98 and results["upos"] > 85
    assert set(results["ner"]) == {"p", "r", "f", "types"}
    json.dumps(results)


def test_dev_scores_hold(nlp, shared_corpus):
    """The shipped model keeps its dev figures (BENCHMARKS.md), within rounding of a rebuilt environment."""
    results = evaluate(nlp, shared_corpus / "dev")
    recorded = nlp.meta["performance"]
    for key in ("tokens_f", "sents_f", "upos", "xpos", "feats", "lemma", "uas", "las"):
        assert results[key] >= recorded[key] - 0.3, key
    assert results["ner"]["f"] >= recorded["ner"]["f"] - 0.3


def test_quotes_survive_multiprocessing(nlp):
    texts = [ARTICLE, "„Tas ir vēsturisks notikums,“ sacīja pensionāre Dzidra Ploce."] * 2
    docs = list(nlp.pipe(texts, n_process=2, batch_size=1))
    assert [len(d._.quotes) for d in docs] == [len(nlp(t)._.quotes) for t in texts]
    assert docs[1]._.quotes[0].entity.text == "Dzidra Ploce"


def test_pipeline_takes_texts_as_long_as_ingestion_admits(nlp):
    from hronika.limits import MAX_TEXT_CHARS

    assert nlp.max_length == MAX_TEXT_CHARS
