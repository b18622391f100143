"""Coreference gold reading (FullStack-LV WebAnno TSV) and scoring (scorch's MUC, B³, CEAF-e)."""

import shutil
from pathlib import Path

import pytest

from hronika.evaluation.coref import evaluate_coref, pronoun_accuracy, score_coref
from hronika.corpus.coref import link_column, read_coref

from .conftest import FIXTURE_CORPUS

CHAIN_HEADER = "#T_CH=de.tudarmstadt.ukp.dkpro.core.api.coref.type.CoreferenceLink|referenceRelation|referenceType"
RELATION_HEADER = ("#T_RL=de.tudarmstadt.ukp.dkpro.core.api.syntax.type.dependency.Dependency|DependencyType|flavor|"
                   "BT_de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS")
POS_HEADER = "#T_SP=de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS|PosValue|coarseValue"
LEMMA_HEADER = "#T_SP=de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Lemma|value"
MORPH_HEADER = ("#T_SP=de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.morph.MorphologicalFeatures|animacy|aspect|case|"
                "definiteness|degree|gender|mood|negative|numType|number|person|possessive|pronType|reflex|tense|"
                "transitivity|value|verbForm|voice")

# "Jānis redzēja savu māsu. Viņa smaidīja." — "savu" is in two mentions (stacked links); chain 3 is a singleton.
TINY_TSV = "\n".join([
    "#FORMAT=WebAnno TSV 3.2", POS_HEADER, LEMMA_HEADER, CHAIN_HEADER, RELATION_HEADER, "", "",
    "#Text=Jānis redzēja savu māsu.",
    "1-1\t0-5\tJānis\tnpmsn1\t*\tJānis\t*->1-1\t*[1]\tnsubj\tbasic\t1-2\t",
    "1-2\t6-13\tredzēja\tvmnis\t*\tredzēt\t*->3-1\t*[3]\troot\tbasic\t1-2\t",
    "1-3\t14-18\tsavu\tps0fsa\t*\tsavs\t*->1-2|*->2-1\t*[1]|*[2]\tdet\tbasic\t1-4\t",
    "1-4\t19-23\tmāsu\tncfsa4\t*\tmāsa\t*->2-1\t*[2]\tobj\tbasic\t1-2\t",
    "1-5\t23-24\t.\tzs\t*\t.\t_\t_\tpunct\tbasic\t1-2\t",
    "", "#Text=Viņa smaidīja.",
    "2-1\t25-29\tViņa\tpp3fsn\t*\tviņa\t*->2-2\t*[2]\tnsubj\tbasic\t2-2\t",
    "2-2\t30-38\tsmaidīja\tvmnis\t*\tsmaidīt\t_\t_\troot\tbasic\t2-2\t",
    "2-3\t38-39\t.\tzs\t*\t.\t_\t_\tpunct\tbasic\t2-2\t", "",
])
TINY_CONLLU = "\n".join([
    "1\tJānis\tJānis\tPROPN\tnpmsn1\t_\t2\tnsubj\t_\t_",
    "2\tredzēja\tredzēt\tVERB\tvmnis\t_\t0\troot\t_\t_",
    "3\tsavu\tsavs\tDET\tps0fsa\tPoss=Yes|PronType=Prs\t4\tdet\t_\t_",
    "4\tmāsu\tmāsa\tNOUN\tncfsa4\t_\t2\tobj\t_\tSpaceAfter=No",
    "5\t.\t.\tPUNCT\tzs\t_\t2\tpunct\t_\t_", "",
    "1\tViņa\tviņa\tPRON\tpp3fsn\tPronType=Prs\t2\tnsubj\t_\t_",
    "2\tsmaidīja\tsmaidīt\tVERB\tvmnis\t_\t0\troot\t_\tSpaceAfter=No",
    "3\t.\t.\tPUNCT\tzs\t_\t2\tpunct\t_\t_", "",
])


A, B, C, D, E, X, Y = ((i, i + 1) for i in range(0, 14, 2))  # one-character mentions for hand-built chains


@pytest.fixture
def coref_split(tmp_path: Path) -> Path:
    """A split folder of the fixture Coreferences files beside their UD files."""
    shutil.copytree(FIXTURE_CORPUS / "Coreferences", tmp_path / "Coreferences")
    shutil.copytree(FIXTURE_CORPUS / "dev" / "UD", tmp_path / "UD")
    return tmp_path


@pytest.fixture
def tiny_split(tmp_path: Path) -> Path:
    """A made-up paragraph with stacked links and a singleton chain, without the morphology layer."""
    (tmp_path / "Coreferences").mkdir()
    (tmp_path / "UD").mkdir()
    (tmp_path / "Coreferences" / "x1-p1.tsv").write_text(TINY_TSV, encoding="utf-8")
    (tmp_path / "UD" / "x1-p1.conllu").write_text(TINY_CONLLU, encoding="utf-8")
    return tmp_path


def test_link_column_counts_every_feature_of_every_layer():
    assert link_column([POS_HEADER, LEMMA_HEADER, CHAIN_HEADER, RELATION_HEADER]) == 6
    assert link_column([MORPH_HEADER, POS_HEADER, LEMMA_HEADER, CHAIN_HEADER]) == 3 + 19 + 2 + 1
    assert link_column([MORPH_HEADER, POS_HEADER, LEMMA_HEADER, RELATION_HEADER]) is None


def test_reader_gives_the_fixture_chains(coref_split):
    skipped: list[str] = []
    (par,) = read_coref(coref_split, skipped)
    assert skipped == ["p980-p2"]
    assert par.par_id == "p980-p1"
    assert [[par.text[s:e] for s, e in chain] for chain in par.chains] == [
        ["vēsturisks notikums", "par kuru"],
        ["Valsts prezidenta", "Valda Zatlera", "Valsts prezidents"],
        ["pensionāre", "Dzidra Ploce"],
    ]
    assert par.chains[1] == [(128, 145), (146, 159), (207, 224)]
    assert par.pronouns == [[False, True], [False, False, False], [False, False]]
    assert par.pronoun_spans == {(77, 85)}


def test_reader_splits_stacked_links_and_drops_singletons(tiny_split):
    (par,) = read_coref(tiny_split)
    assert par.text == "Jānis redzēja savu māsu. Viņa smaidīja."
    assert [[par.text[s:e] for s, e in chain] for chain in par.chains] == [["Jānis", "savu"], ["savu māsu", "Viņa"]]
    assert par.pronouns == [[False, True], [False, True]]


def test_gold_against_gold_scores_100(coref_split):
    gold = [par.chains for par in read_coref(coref_split)]
    result = score_coref([(chains, chains) for chains in gold])
    assert result["conll_f1"] == 100.0
    assert all(result[m] == {"p": 100.0, "r": 100.0, "f": 100.0} for m in ("muc", "b3", "ceafe"))
    assert result["documents"] == 1


def test_damaged_prediction_scores_lower(coref_split):
    (par,) = read_coref(coref_split)
    first, second, third = par.chains
    damaged = [first + second, third[:1]]  # two entities merged, a third lost to a singleton
    result = score_coref([(par.chains, damaged)])
    assert result["conll_f1"] < 100
    assert result["muc"]["r"] < 100 and result["muc"]["p"] < 100 and result["b3"]["p"] < 100


def test_muc_matches_the_hand_computed_value():
    # Document 1: key {a b c d e}, response {a b} {c d} {x y} (x, y are not gold mentions).
    #   recall numerator 5 − |{ab, cd, e}| = 2 over 5 − 1 = 4; precision (2 − 1) + (2 − 1) + (2 − 2) = 2 over 3.
    # Document 2: key {a b}, nothing predicted: recall 0 over 1. Summed: R = 2/5, P = 2/3, F = 2RP/(R + P) = 1/2.
    result = score_coref([([[A, B, C, D, E]], [[A, B], [C, D], [X, Y]]), ([[A, B]], [])])
    assert result["muc"] == {"p": 66.67, "r": 40.0, "f": 50.0}
    assert result["documents"] == 2


def test_mentions_of_different_documents_never_match():
    result = score_coref([([[A, B]], []), ([], [[A, B]])])
    assert result["muc"]["f"] == result["b3"]["f"] == result["ceafe"]["f"] == 0.0


def test_predicted_singletons_are_ignored():
    assert score_coref([([[A, B]], [[A, B], [C], [D]])])["b3"]["p"] == 100.0


def test_pronoun_accuracy_on_a_tiny_example():
    # "Jānis(A) … viņš(B) … viņu(C)" and "tas(D) … projekts(E)": B and C have antecedents, D comes first.
    gold = [[A, B, C], [D, E]]
    flags = [[False, True, True], [True, False]]
    predicted = [[A, B], [C, E]]  # B finds A; C is put with a mention of another entity
    assert pronoun_accuracy([(gold, predicted, flags)]) == 50.0
    assert pronoun_accuracy([(gold, gold, flags)]) == 100.0
    assert pronoun_accuracy([(gold, [], flags)]) == 0.0


def test_evaluate_coref_runs_a_predictor(coref_split):
    result = evaluate_coref(coref_split, lambda texts: [[] for _ in texts])
    assert result["paragraphs"] == 1 and result["skipped"] == 1 and result["conll_f1"] == 0.0
    assert evaluate_coref(coref_split / "UD", lambda texts: []) is None


def test_the_real_dev_split_reads_and_scores(shared_corpus):
    dev = shared_corpus / "dev"
    skipped: list[str] = []
    paragraphs = list(read_coref(dev, skipped))
    assert len(paragraphs) > 500 and len(skipped) < 0.05 * len(paragraphs)
    assert sum(len(par.chains) for par in paragraphs) > 500
    for par in paragraphs:
        assert [len(chain) for chain in par.chains] == [len(flags) for flags in par.pronouns]
        for chain in par.chains:
            assert len(chain) >= 2 and chain == sorted(chain)
            assert all(par.text[s:e] and par.text[s:e] == par.text[s:e].strip() for s, e in chain)
    gold = [par.chains for par in paragraphs]  # evaluate_coref asks in the reader's order
    result = evaluate_coref(dev, lambda texts: gold)
    assert result["conll_f1"] == 100.0 and result["pronoun_accuracy"] == 100.0
