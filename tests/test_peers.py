"""`hronika bench --peers` (issue 12): the report's shape, and absent peers named with how to make them."""

import importlib.util
import json

import pytest
from typer.testing import CliRunner

from hronika.cli import app
from hronika.cli.maintainer import PEERS
from hronika.evaluation.peers import SPACY_MODEL, UDPIPE_MODEL, compare, with_ratios

from .conftest import FIXTURE_CORPUS

runner = CliRunner()


def test_ratio_is_hronika_over_each_peer():
    results = with_ratios({
        "hronika": {"words_per_second": 3000.0, "upos": 94.0},
        "udpipe1": {"words_per_second": 1500.0, "upos": 93.0},
        "spacy_efficiency": {"words_per_second": 6000.0, "upos": 92.0},
        "other": {"absent": "no model"},
    })
    assert results["ratio"] == {"udpipe1": 2.0, "spacy_efficiency": 0.5, "other": None}
    assert results["hronika"] == {"words_per_second": 3000.0, "upos": 94.0}
    assert set(results) == {"hronika", "udpipe1", "spacy_efficiency", "other", "ratio"}


def test_peers_without_trained_peers_say_what_is_missing(tmp_path, nlp):
    result = runner.invoke(app, ["bench", "--peers", "--json", "--corpus", str(FIXTURE_CORPUS), "--peers-dir",
                                 str(tmp_path), "--limit", "2", "--rounds", "1"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    for name, model in (("udpipe1", UDPIPE_MODEL), ("spacy_efficiency", SPACY_MODEL)):
        assert "make peers" in report[name]["absent"]
        assert report["ratio"][name] is None
    assert str(tmp_path / SPACY_MODEL) in report["spacy_efficiency"]["absent"]
    hronika = report["hronika"]
    assert hronika["words_per_second"] > 0
    assert set(hronika) >= {"words_per_second", "upos", "lemma", "las", "ner_f"}
    assert report["run"]["paragraphs"] == 2


def test_trained_peers_are_scored_beside_hronika(nlp):
    if importlib.util.find_spec("ufal") is None or importlib.util.find_spec("ufal.udpipe") is None:
        pytest.skip("ufal.udpipe is not installed (pip install -e '.[peers]')")
    if not (PEERS / UDPIPE_MODEL).is_file():
        pytest.skip(f"no UDPipe 1 peer at {PEERS / UDPIPE_MODEL}: `make peers` trains it")
    report = compare(nlp, FIXTURE_CORPUS / "dev", PEERS, rounds=1)
    udpipe = report["udpipe1"]
    assert udpipe["upos"] > 70 and udpipe["las"] > 40 and udpipe["ner_f"] is None
    assert report["ratio"]["udpipe1"] == round(report["hronika"]["words_per_second"] / udpipe["words_per_second"], 2)
