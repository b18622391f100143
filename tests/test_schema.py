"""The typed analysis contract: its JSON, its JSON Schema file, and a round trip through both."""

import datetime as dt
import json
from pathlib import Path

import jsonschema

from hronika.analysis import analysis
from hronika.schema import Analysis, json_schema_text

SCHEMA_FILE = Path(__file__).resolve().parents[1] / "docs" / "analysis.schema.json"
TEXT = ("Valsts prezidents Edgars Rinkēvičs otrdien paziņoja, ka Latvija turpinās atbalstīt Ukrainu. "
        "„Mūsu atbalsts nav apspriežams,“ žurnālistiem sacīja Rinkēvičs. "
        "Viņš piebilda, ka lēmums par budžetu tiks pieņemts līdz 1.oktobrim.")


def test_the_schema_file_is_generated_from_the_classes():
    # when this fails: hronika schema > docs/analysis.schema.json
    assert SCHEMA_FILE.read_text(encoding="utf-8") == json_schema_text()


def test_an_analysis_is_valid_json_of_the_schema_and_reads_back(nlp):
    result = analysis(nlp(TEXT), dt.date(2024, 9, 12))
    data = json.loads(json.dumps(result.to_json(), ensure_ascii=False))
    jsonschema.validate(data, json.loads(SCHEMA_FILE.read_text(encoding="utf-8")))
    assert Analysis.from_json(data) == result
    assert data["published"] == "2024-09-12" and result.published == dt.date(2024, 9, 12)
    [person] = [e for e in result.entities if e.type == "person"]
    assert person.name == "Edgars Rinkēvičs"
    assert [q.speaker.entity for q in result.quotes] == [person.id] * 3
    assert [(t.text, t.value) for t in result.timexes] == [("otrdien", "2024-09-10"), ("1.oktobrim", "2024-10-01")]


def test_offsets_point_into_the_text(nlp):
    result = analysis(nlp(TEXT))
    spans = [m for e in result.entities for m in e.mentions] + [q.content for q in result.quotes] + result.timexes
    assert spans and all(TEXT[s.start:s.end] == s.text for s in spans)


def test_the_schema_refuses_an_unknown_quote_kind(nlp):
    data = analysis(nlp(TEXT)).to_json()
    data["quotes"][0]["kind"] = "rumour"
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    try:
        jsonschema.validate(data, schema)
    except jsonschema.ValidationError as error:
        assert list(error.absolute_path) == ["quotes", 0, "kind"]
    else:
        raise AssertionError("an unknown kind passed the schema")
