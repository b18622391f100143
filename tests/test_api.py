"""The HTTP API on a small store: every endpoint, hostile requests answered in JSON, the bounded analysis pool, and
schemathesis against its own OpenAPI (each request alone, and in sequences that follow the OpenAPI links)."""

import datetime as dt
import multiprocessing
import os
import tempfile
import threading
import time
from pathlib import Path

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings
from schemathesis import checks

from hronika.api import MAX_BODY_BYTES, RETRY_AFTER, create_app
from hronika.ingest.run import ingest
from hronika.pipeline import load
from hronika.store import Article, Store

ARTICLE = ("Valsts prezidents Edgars Rinkēvičs otrdien paziņoja, ka Latvija turpinās atbalstīt Ukrainu. "
           "„Mūsu atbalsts nav apspriežams,“ žurnālistiem sacīja Rinkēvičs.")
SAMPLE = (Path(__file__).resolve().parents[1] / "samples" / "p3739.txt").read_text(encoding="utf-8")
LONG = SAMPLE * 30  # 130,000 characters of news: seconds of analysis, far over the narrow app's timeout
KEY = "secret"
HOSTS = ["testserver"]  # the Host header TestClient sends
NLP = load()


def build_app():
    """A store with one analysed article, in a temporary folder, and the API over it."""
    db = Path(tempfile.mkdtemp(prefix="hronika-api-")) / "api.duckdb"
    with Store(db) as store:
        ingest([Article(ARTICLE, "test", "https://example.lv/1", "Prezidents", "LETA", dt.date(2024, 9, 12))], store, NLP)
    return create_app(db, api_key=KEY, nlp=NLP, allowed_hosts=HOSTS)


# Built at import: schemathesis reads the schema while collecting (its pytest-fixture loader fails on pytest 9).
APP = build_app()


@pytest.fixture(scope="module")
def app():
    return APP


@pytest.fixture(scope="module")
def client(app):
    return TestClient(app)


@pytest.fixture(scope="module")
def narrow(tmp_path_factory):
    """An API with one analysis at a time, none waiting, and one second for each: its workers stop with it."""
    db = tmp_path_factory.mktemp("narrow") / "api.duckdb"
    with TestClient(create_app(db, nlp=NLP, allowed_hosts=HOSTS, max_analyses=1, analysis_queue=0,
                               analysis_timeout=1.0), raise_server_exceptions=False) as narrow_client:
        yield narrow_client


def worker_pids() -> set[int]:
    """Live analysis worker processes of this test process (every app's)."""
    return {p.pid for p in multiprocessing.active_children() if p.name == "pebble_pool_worker"}


def test_analyze_returns_the_analysis_json(client):
    response = client.post("/analyze", json={"text": ARTICLE, "published": "2024-09-12"})
    assert response.status_code == 200
    body = response.json()
    assert body["quotes"][0]["speaker"]["name"] == "Edgars Rinkēvičs"
    assert {"text": "otrdien", "value": "2024-09-10"}.items() <= body["timexes"][0].items()


def test_quotes_by_inflected_speaker_and_entity_page(client):
    [quote, *_] = client.get("/quotes", params={"speaker": "Rinkēviča"}).json()
    assert quote["speaker_name"] == "Edgars Rinkēvičs"
    entity = client.get("/entities", params={"type": "person"}).json()[0]
    assert client.get(f"/entities/{entity['id']}").json()["quotes"]


def test_documents_search_and_not_found(client):
    doc = next(doc for doc in client.get("/documents").json() if doc["title"] == "Prezidents")
    assert client.get(f"/documents/{doc['id']}").json()["title"] == "Prezidents"
    assert client.get("/search", params={"q": "Ukrainu"}).json()[0]["id"] == doc["id"]
    missing = client.get("/documents/999999")
    assert missing.status_code == 404 and "no document" in missing.json()["detail"]


def test_writes_need_the_key_and_a_repeat_says_why_it_was_not_stored(client):
    article = {"text": "Ministre Evika Siliņa sacīja, ka budžets tiks pieņemts.", "url": "https://example.lv/2"}
    assert client.post("/documents", json=article).status_code == 401
    assert client.post("/documents", json=article, headers={"X-API-Key": KEY + "x"}).status_code == 401
    stored = client.post("/documents", json=article, headers={"X-API-Key": KEY})
    assert stored.status_code == 200 and stored.json()["stored"]
    doc_id = stored.json()["id"]
    # the same text with other white space, and another text under the same URL
    again = client.post("/documents", json={"text": " Ministre Evika  Siliņa sacīja, ka budžets tiks pieņemts."},
                        headers={"X-API-Key": KEY})
    assert again.json() == {"id": doc_id, "stored": False,
                            "reason": f"the same text is stored already as document {doc_id}"}
    same_url = client.post("/documents", json={**article, "text": "Saeima budžetu pieņems rudenī."},
                           headers={"X-API-Key": KEY})
    assert same_url.json() == {"id": doc_id, "stored": False,
                               "reason": f"the same URL is stored already as document {doc_id}"}


@pytest.mark.parametrize("text, reason", [
    ("", "no text"),
    (" \n\t ", "no text"),
    ("The prime minister said on Tuesday that the budget would be adopted next week.",
     "not Latvian (language identified: en)"),
])
def test_documents_refuses_what_ingest_refuses_with_its_reason(client, text, reason):
    response = client.post("/documents", json={"text": text}, headers={"X-API-Key": KEY})
    assert response.status_code == 422 and response.json() == {"detail": reason}


def test_a_stored_document_is_found_by_search_at_once(client):
    text = "Rīgas domes deputāts Kaspars Ozoliņš ierosināja pārbūvēt Vanšu tiltu līdz nākamajam gadam."
    stored = client.post("/documents", json={"text": text}, headers={"X-API-Key": KEY}).json()
    assert stored["stored"]
    assert stored["id"] in [hit["id"] for hit in client.get("/search", params={"q": "Vanšu"}).json()]


def test_bodies_have_a_limit_with_or_without_a_length(client):
    huge = client.post("/analyze", content=b"x" * (MAX_BODY_BYTES + 1), headers={"content-type": "application/json"})
    assert huge.status_code == 413 and "detail" in huge.json()

    def chunks():
        """A chunked body (no Content-Length) of 3 MB."""
        for _ in range(30):
            yield b" " * 100_000

    chunked = client.post("/analyze", content=chunks(), headers={"content-type": "application/json"})
    assert "content-length" not in chunked.request.headers
    assert chunked.status_code == 413 and chunked.json() == {"detail": f"request body over {MAX_BODY_BYTES:,} bytes"}


@pytest.mark.parametrize("published, text, written", [
    ("9999-12-31", "Rīt Saeimā notiks balsojums par budžetu.", "Rīt"),
    ("0001-01-01", "Vakar valdība apstiprināja budžetu.", "Vakar"),
    ("9999-12-31", "Nākamgad valdība pieņems jaunu budžetu.", "Nākamgad"),
    ("0001-01-01", "Pirms diviem gadiem valdība pieņēma budžetu.", "Pirms diviem gadiem"),
])
def test_dates_at_the_ends_of_the_calendar_leave_the_value_unknown(client, published, text, written):
    response = client.post("/analyze", json={"text": text, "published": published})
    assert response.status_code == 200
    [timex] = [t for t in response.json()["timexes"] if t["text"] == written]
    assert timex["value"] == "XXXX"


def test_a_lone_surrogate_is_refused_as_json(client):
    body = '{"text": "Vakar \\ud800 valdība apstiprināja budžetu."}'
    response = client.post("/analyze", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 422 and response.json()["detail"][0]["loc"] == ["body", "text"]


@pytest.mark.parametrize("published", [0, "0", 20240912, "12.09.2024", "2024-9-12", "2024-02-30"])
def test_published_is_an_iso_date_string_only(client, published):
    response = client.post("/analyze", json={"text": ARTICLE, "published": published})
    assert response.status_code == 422 and response.json()["detail"][0]["loc"] == ["body", "published"]


@pytest.mark.parametrize("name", ["since", "until"])
def test_date_queries_are_iso_dates_only(client, name):
    assert client.get("/quotes", params={name: "0"}).status_code == 422
    assert client.get("/quotes", params={name: "1726099200"}).status_code == 422
    assert client.get("/quotes", params={name: "2024-09-12"}).status_code == 200


def test_options_answer_the_methods_a_path_has(client):
    for path, methods in (("/documents", {"GET", "POST", "OPTIONS"}), ("/quotes", {"GET", "OPTIONS"}),
                          ("/documents/1", {"GET", "OPTIONS"}),
                          ("/analyze", {"GET", "POST", "OPTIONS"})):  # GET: the page with the form
        response = client.options(path)
        assert response.status_code == 204, path
        assert set(response.headers["allow"].split(", ")) == methods, path
    unknown = client.options("/nowhere")
    assert unknown.status_code == 404 and unknown.json() == {"detail": "Not Found"}
    other = client.delete("/documents")
    assert other.status_code == 405 and set(other.headers["allow"].split(", ")) == {"GET", "POST", "OPTIONS"}


def test_other_host_headers_are_refused(tmp_path):
    assert TestClient(APP).get("/documents", headers={"host": "attacker.example"}).status_code == 400
    local = create_app(tmp_path / "api.duckdb", nlp=NLP)  # by default: localhost, 127.0.0.1 and ::1 only
    for base in ("http://localhost:8000", "http://127.0.0.1", "http://[::1]:8000"):
        assert TestClient(local, base_url=base).get("/documents").status_code == 200, base
    assert TestClient(local).get("/documents").status_code == 400  # "testserver"
    assert TestClient(local, base_url="http://rebound.example").get("/documents").status_code == 400


@pytest.mark.parametrize("key", ["", "  "])
def test_an_empty_api_key_is_refused_at_start(tmp_path, key):
    with pytest.raises(ValueError, match="API key is empty"):
        create_app(tmp_path / "api.duckdb", api_key=key, nlp=NLP, allowed_hosts=HOSTS)


def test_every_server_error_is_json(narrow):
    def fails() -> dict:
        raise RuntimeError("a bug")

    narrow.app.add_api_route("/fails", fails)
    response = narrow.get("/fails")
    assert response.status_code == 500 and response.json() == {"detail": "internal server error"}


def test_a_timed_out_analysis_has_its_process_killed_and_replaced(narrow):
    assert narrow.post("/analyze", json={"text": ARTICLE}).status_code == 200
    before = worker_pids()
    timed_out = narrow.post("/analyze", json={"text": LONG})
    assert timed_out.status_code == 504 and "stopped" in timed_out.json()["detail"]
    after = narrow.post("/analyze", json={"text": ARTICLE, "published": "2024-09-12"})
    assert after.status_code == 200 and after.json()["quotes"]
    [killed] = before - worker_pids()  # the narrow app's one worker; a new one served the next request
    assert len(worker_pids() - before) == 1
    with pytest.raises(ProcessLookupError):
        os.kill(killed, 0)


def test_a_full_pool_answers_503_with_retry_after(narrow):
    pool = narrow.app.state.analyses
    results = {}
    running = threading.Thread(target=lambda: results.update(long=narrow.post("/analyze", json={"text": LONG})))
    running.start()
    deadline = time.monotonic() + 30
    while pool.pending < 1 and time.monotonic() < deadline:  # the long one has taken the only place
        time.sleep(0.01)
    busy = narrow.post("/analyze", json={"text": ARTICLE})
    stored = narrow.post("/documents", json={"text": ARTICLE})
    running.join()
    assert busy.status_code == 503 and busy.headers["retry-after"] == str(RETRY_AFTER)
    assert busy.json()["detail"].startswith("busy")
    assert stored.status_code == 503
    assert results["long"].status_code == 504
    assert narrow.post("/analyze", json={"text": ARTICLE}).status_code == 200  # the place is free again


schema = schemathesis.openapi.from_asgi("/openapi.json", APP)
CHECKS = [checks.not_a_server_error, checks.status_code_conformance, checks.content_type_conformance,
          checks.response_schema_conformance, checks.allow_header_conformance, checks.unsupported_method]


@schema.parametrize()
@settings(max_examples=15, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
def test_no_server_errors_for_any_request_the_schema_allows(case):
    # what is checked: no 5xx, and every response (405 with its Allow header too) as the OpenAPI document describes it
    case.call_and_validate(headers={"X-API-Key": KEY}, checks=CHECKS)


class APIStateMachine(schema.as_state_machine()):
    """Sequences of calls that follow the OpenAPI links: a stored or listed document or entity is then fetched."""

    def validate_response(self, response, case, additional_checks=None, **kwargs):
        case.validate_response(response, checks=CHECKS, transport_kwargs=kwargs)

    def get_call_kwargs(self, case):
        return {"headers": {"X-API-Key": KEY}}


TestAPIStateful = APIStateMachine.TestCase
TestAPIStateful.settings = settings(max_examples=25, stateful_step_count=5, deadline=None, derandomize=True,
                                    suppress_health_check=list(HealthCheck))
