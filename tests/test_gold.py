"""The annotated sets in benchmarks/ load and validate, in the counts their READMEs give; a broken line is refused
with its file, line and reason."""

import json
from pathlib import Path

import pytest

from hronika.corpus.gold import GoldError, read_names, read_quotes, read_timexes

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
QUOTES = BENCHMARKS / "quotes" / "gold.jsonl"
NAMES = BENCHMARKS / "names" / "gold.jsonl"
TIMEXES = BENCHMARKS / "timex" / "gold.jsonl"


def test_quotes_load_in_their_counts():
    texts = read_quotes(QUOTES)
    assert len(texts) == 41
    assert sum(len(t.quotes) for t in texts) == 105
    assert sum(not t.quotes for t in texts) == 12


def test_the_development_set_loads_in_its_counts_with_every_speaker_named():
    texts = read_quotes(BENCHMARKS / "quotes" / "train.jsonl")
    assert (len(texts), sum(len(t.quotes) for t in texts)) == (132, 184)
    speakers = [q.speaker for t in texts for q in t.quotes if q.speaker is not None]
    assert speakers and all(s.naming is not None for s in speakers)
    assert {t.id for t in texts}.isdisjoint(t.id for t in read_quotes(QUOTES))  # train, not the dev texts


def test_names_load_in_their_counts():
    assert len(read_names(NAMES)) == 471


def test_timexes_load_in_their_counts():
    items = read_timexes(TIMEXES)
    assert len(items) == 305
    assert sum(len(i.timexes) for i in items) == 458


def broken_copy(tmp_path: Path, source: Path, change) -> Path:
    """A copy of a gold file whose second line is changed by `change` (a function of the parsed record)."""
    lines = source.read_text(encoding="utf-8").splitlines()
    record = json.loads(lines[1])
    change(record)
    lines[1] = json.dumps(record, ensure_ascii=False)
    path = tmp_path / source.parent.name / "gold.jsonl"
    path.parent.mkdir(parents=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def refusal(read, path: Path) -> str:
    with pytest.raises(GoldError) as error:
        read(path)
    assert len(error.value.problems) == 1
    return error.value.problems[0]


def test_an_offset_past_the_text_is_refused(tmp_path):
    def past_the_end(record):
        record["start"], record["end"] = len(record["text"]) + 1, len(record["text"]) + 6

    problem = refusal(read_names, broken_copy(tmp_path, NAMES, past_the_end))
    assert problem.startswith(f"{tmp_path / 'names' / 'gold.jsonl'}:2: mention: offsets ")
    assert problem.endswith("are not a span within the text's 19 characters; 'Didzi' is at 13-18")


def test_a_span_whose_text_differs_is_refused_saying_where_it_is(tmp_path):
    def shifted(record):
        record["timexes"][0]["start"] += 1
        record["timexes"][0]["end"] += 1

    problem = refusal(read_timexes, broken_copy(tmp_path, TIMEXES, shifted))
    assert problem.startswith(f"{tmp_path / 'timex' / 'gold.jsonl'}:2: timex 0: text[16:31] is ")
    assert problem.endswith(", not 'pirms 60 gadiem'; 'pirms 60 gadiem' is at 15-30")


def test_an_unknown_quote_kind_is_refused(tmp_path):
    def reported(record):
        record["quotes"] = [{"kind": "reported", "cue": None, "speaker": None,
                             "content": {"start": 0, "end": 5, "text": record["text"][:5]}}]

    problem = refusal(read_quotes, broken_copy(tmp_path, QUOTES, reported))
    path = tmp_path / "quotes" / "gold.jsonl"
    assert problem == f"{path}:2: quotes.0.kind: Input should be 'direct', 'indirect' or 'mixed'"


def test_an_unknown_timex_type_is_refused(tmp_path):
    def era(record):
        record["timexes"][0]["type"] = "ERA"

    assert refusal(read_timexes, broken_copy(tmp_path, TIMEXES, era)).endswith(
        ":2: timexes.0.type: Input should be 'DATE', 'TIME', 'DURATION' or 'SET'")


def test_missing_and_unknown_fields_are_refused(tmp_path):
    def untidy(record):
        del record["name"]
        record["lemma"] = record["mention"]

    assert refusal(read_names, broken_copy(tmp_path, NAMES, untidy)).endswith(
        ":2: name: Field required; lemma: unknown field")


def test_a_value_of_the_wrong_json_type_is_refused(tmp_path):
    def textual_offset(record):
        record["start"] = str(record["start"])

    assert refusal(read_names, broken_copy(tmp_path, NAMES, textual_offset)).endswith(
        ":2: start: Input should be a valid integer")


def test_a_duplicate_id_is_refused(tmp_path):
    def same_id(record):
        record["id"] = "n001"

    assert refusal(read_names, broken_copy(tmp_path, NAMES, same_id)).endswith(":2: duplicate id 'n001'")


def test_every_broken_line_is_named(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text('{"id": "x"\n\n[]\n', encoding="utf-8")
    with pytest.raises(GoldError) as error:
        read_names(path)
    assert [p.split(": ", 1)[0] for p in error.value.problems] == [f"{path}:1", f"{path}:2", f"{path}:3"]
    assert error.value.problems[2] == f"{path}:3: Input should be an object"


def test_an_impossible_publication_date_is_refused(tmp_path):
    def leap(record):
        record["published"] = "2023-02-29"

    assert refusal(read_timexes, broken_copy(tmp_path, TIMEXES, leap)).endswith(
        ":2: published: Input should be a valid date in the format YYYY-MM-DD, day value is outside expected range")


def test_an_unknown_naming_kind_is_refused(tmp_path):
    def nickname(record):
        text = record["text"]
        record["quotes"] = [{"kind": "indirect", "cue": None, "content": {"start": 0, "end": 5, "text": text[:5]},
                             "speaker": {"start": 6, "end": 9, "text": text[6:9], "name": "X", "naming": "nickname"}}]

    problem = refusal(read_quotes, broken_copy(tmp_path, QUOTES, nickname))
    assert ":2: quotes.0.speaker.naming: Input should be 'full_name', 'surname', 'title', 'pronoun', " in problem
