"""The command line, run as a user would."""

import json

from typer.testing import CliRunner

from hronika.cli import app

from .conftest import FIXTURE_CORPUS

runner = CliRunner()
TEXT = "Saeimas priekšsēdētāja Daiga Mieriņa šodien tikās ar Igaunijas premjerministri Kaju Kallasu Rīgā."


def test_analyze_readable(tmp_path, nlp):
    path = tmp_path / "zina.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(path)])
    assert result.exit_code == 0, result.output
    assert "tikās" in result.output and "tikties" in result.output


def test_analyze_conllu_from_stdin(nlp):
    result = runner.invoke(app, ["analyze", "-", "--conllu"], input=TEXT)
    assert result.exit_code == 0
    rows = [l.split("\t") for l in result.output.splitlines() if l and not l.startswith("#")]
    assert [r[1] for r in rows][:3] == ["Saeimas", "priekšsēdētāja", "Daiga"]
    assert all(len(r) == 10 for r in rows)


def test_analyze_windows_1257_file(tmp_path, nlp):
    path = tmp_path / "arhivs.txt"
    path.write_bytes(TEXT.encode("cp1257"))
    result = runner.invoke(app, ["analyze", str(path), "--summary"])
    assert result.exit_code == 0
    assert "Daiga Mieriņa" in result.output and "Igaunija" in result.output  # canonical names, from cp1257 text


def test_analyze_bad_input_is_a_clear_error(tmp_path):
    empty = tmp_path / "tukss.txt"
    empty.write_bytes(b"")
    result = runner.invoke(app, ["analyze", str(empty)])
    assert result.exit_code == 2
    assert "tukss.txt: empty file" in result.output


def test_evaluate_json(nlp):
    result = runner.invoke(app, ["evaluate", str(FIXTURE_CORPUS / "dev"), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert {"tokens_f", "sents_f", "upos", "xpos", "feats", "lemma", "uas", "las", "ner", "words_per_second"} <= set(data)
    assert set(data["ner"]) == {"p", "r", "f", "types"}


def test_evaluate_rejects_wrong_folder(tmp_path):
    result = runner.invoke(app, ["evaluate", str(tmp_path)])
    assert result.exit_code == 2
    assert "not a FullStack-LV split folder" in result.output


def test_package_names_a_recogniser_folder_that_holds_no_model(tmp_path):
    result = runner.invoke(app, ["package", str(tmp_path), str(tmp_path / "out"), "--ner", str(tmp_path / "nav")])
    assert result.exit_code == 2
    assert "nav: no trained pipeline here" in result.output


def test_convert_names_a_folder_that_is_not_lvtb_extra(tmp_path):
    for split in ("train", "dev"):
        (tmp_path / "corpus" / split / "UD").mkdir(parents=True)
    result = runner.invoke(app, ["convert", str(tmp_path / "corpus"), str(tmp_path / "out"), "--extra", str(tmp_path)])
    assert result.exit_code == 2
    assert "lvtb-v25-train-extra.conllu" in result.output
