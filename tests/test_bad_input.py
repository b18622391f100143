"""Hostile but fair input to `ingest`: each bad record or file is rejected alone with its reason, sizes are checked
by reading, encodings are told apart, fetches stay on public addresses, and the store stays right."""

import datetime as dt
import http.server
import json
import os
import threading
from io import BytesIO
from pathlib import Path

import pytest
from typer.testing import CliRunner

from hronika.ingest.run import ingest
from hronika.cli import app
from hronika.ingest import read_text_file
from hronika.ingest import sources
from hronika.ingest.sources import Columns, fetch_refusal, read_inputs
from hronika.limits import MAX_TEXT_CHARS
from hronika.store import Article, Store, unlinked_file

runner = CliRunner()
SILINA = "Ministru prezidente Evika Siliņa otrdien paziņoja, ka valdība atbalstīs skolotāju algu pieaugumu."
RINKEVICS = "Valsts prezidents Edgars Rinkēvičs uzsvēra, ka Latvija turpinās atbalstīt Ukrainu."
QUOTED = "Valsts prezidents „Edgars Rinkēvičs” otrdien paziņoja, ka „Latvija turpinās atbalstīt Ukrainu”."


def reasons(items) -> dict[str, str]:
    """Rejection reasons by the last part of their source."""
    return {i.source.rsplit("/", 1)[-1]: i.reason for i in items if hasattr(i, "reason")}


def deny(path: Path, monkeypatch) -> None:
    """Make a file or folder unreadable: by its mode, and for root (whom modes do not stop) as the OS would say."""
    path.chmod(0)
    if os.geteuid() != 0:
        return
    error = PermissionError(13, "Permission denied", str(path))
    if path.is_dir():
        scandir = os.scandir
        monkeypatch.setattr(os, "scandir", lambda p=".": (_ for _ in ()).throw(error) if Path(p) == path else scandir(p))
    else:
        opener = Path.open
        monkeypatch.setattr(Path, "open", lambda self, *a, **k: (_ for _ in ()).throw(error) if self == path
                            else opener(self, *a, **k))


def test_unreadable_file_and_folder_are_rejected_and_the_rest_is_stored(tmp_path, nlp, monkeypatch):
    folder = tmp_path / "in"
    (folder / "locked").mkdir(parents=True)
    (folder / "a.txt").write_text(SILINA, encoding="utf-8")
    (folder / "secret.txt").write_text(RINKEVICS, encoding="utf-8")
    (folder / "locked" / "b.txt").write_text(RINKEVICS, encoding="utf-8")
    deny(folder / "secret.txt", monkeypatch)
    deny(folder / "locked", monkeypatch)
    with Store(tmp_path / "t.duckdb") as store:
        report = ingest(read_inputs([str(folder)]), store, nlp)
        assert store.stats()["documents"] == 1
    assert reasons(report.rejected) == {"secret.txt": "cannot be read (Permission denied)",
                                        "locked": "folder cannot be read (Permission denied)"}


def test_bad_records_are_rejected_alone(tmp_path, nlp):
    lines = [{"text": SILINA, "published": "2024-13-45"}, {"text": SILINA, "published": "2024-02-30"},
             {"text": RINKEVICS, "url": 123}, {"text": RINKEVICS, "title": ["a"]},
             {"text": "Latvija " * (MAX_TEXT_CHARS // 8 + 1)},
             {"text": RINKEVICS, "url": "https://lsm.lv/1", "published": "2024-02-29"}]
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines), encoding="utf-8")
    with Store(tmp_path / "t.duckdb") as store:
        report = ingest(read_inputs([str(corpus)]), store, nlp)
        assert store.con.execute("SELECT url, published FROM documents").fetchall()[0][0] == "https://lsm.lv/1"
    found = reasons(report.rejected)
    assert found["c.jsonl:1"] == "column 'published': '2024-13-45' is not a date (month must be in 1..12)"
    assert found["c.jsonl:2"].startswith("column 'published': '2024-02-30' is not a date")
    assert found["c.jsonl:3"] == "column 'url' holds int '123', not text"
    assert found["c.jsonl:4"] == "column 'title' holds list \"['a']\", not text"
    assert found["c.jsonl:5"] == f"{MAX_TEXT_CHARS + 8:,} characters is over the {MAX_TEXT_CHARS:,} limit"
    assert report.stored == 1


def test_the_pipeline_takes_whatever_ingest_admits(nlp):
    assert nlp.max_length == MAX_TEXT_CHARS


class FailingOn:
    """The pipeline, failing on texts with a marker, as a pipeline bug on one strange text would."""

    def __init__(self, nlp, marker: str):
        self.nlp, self.marker = nlp, marker

    def __call__(self, text):
        if self.marker in text:
            raise RuntimeError("a component failed")
        return self.nlp(text)

    def pipe(self, texts):
        return (self(text) for text in texts)


def test_a_text_the_pipeline_fails_on_is_rejected_and_its_window_is_stored(tmp_path, nlp):
    articles = [Article(SILINA, "a"), Article(RINKEVICS + " KĻŪDA", "b"), Article(QUOTED, "c")]
    with Store(tmp_path / "t.duckdb") as store:
        report = ingest(articles, store, FailingOn(nlp, "KĻŪDA"))
        assert store.stats()["documents"] == 2
    assert reasons(report.rejected) == {"b": "analysis failed (RuntimeError: a component failed)"}


def test_dev_zero_is_refused_after_reading_at_most_the_limit():
    result = runner.invoke(app, ["analyze", "/dev/zero"])
    assert result.exit_code == 2 and "/dev/zero: over the 20,971,520-byte limit" in result.output
    [rejection] = list(read_inputs(["/dev/zero"]))
    assert rejection.reason == "not a regular file or folder"


def test_a_large_corpus_is_streamed_and_an_overlong_line_is_rejected_alone(tmp_path, monkeypatch):
    monkeypatch.setattr(sources, "MAX_RECORD_BYTES", 5000)
    records = [json.dumps({"text": f"{SILINA} Nr. {n}."}, ensure_ascii=False) for n in range(400)]
    records[7] = json.dumps({"text": SILINA * 60}, ensure_ascii=False)
    corpus = tmp_path / "big.jsonl"
    corpus.write_text("\n".join(records), encoding="utf-8")
    assert corpus.stat().st_size > 40_000
    items = list(read_inputs([str(corpus)], max_bytes=10_000))  # the whole-file limit is for files read whole
    assert len(items) == 400 and reasons(items) == {"big.jsonl:8": "line over the 5,000-byte limit"}
    csv_corpus = tmp_path / "big.csv"
    csv_corpus.write_text("text\n" + "\n".join(f'"{SILINA} Nr. {n}."' for n in range(400)), encoding="utf-8")
    assert sum(hasattr(i, "text") for i in read_inputs([str(csv_corpus)], max_bytes=10_000)) == 400


def test_a_warc_record_over_the_limit_is_rejected_unread(tmp_path, monkeypatch):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    monkeypatch.setattr(sources, "MAX_RECORD_BYTES", 10_000)
    path = tmp_path / "crawl.warc.gz"
    page = "<html><body><article><p>{}</p></article></body></html>"
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for number, text in ((1, SILINA * 200), (2, RINKEVICS)):
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(f"https://lsm.lv/{number}", "response", http_headers=headers,
                                                          payload=BytesIO(page.format(text).encode())))
    first, second = read_inputs([str(path)])
    assert first.reason == "over the 10,000-byte limit" and second.url == "https://lsm.lv/2"


@pytest.mark.parametrize("data, text, warning", [
    (QUOTED.encode("iso8859_13"), QUOTED, None),  # „ ” are 0xA5 0xA1 here, undefined in Windows-1257
    (QUOTED.replace("”", "“").encode("cp1257"), QUOTED.replace("”", "“"), None),
    (QUOTED.encode("utf-16"), QUOTED, None),
    (QUOTED.encode()[:32] + b"\x9c" + QUOTED.encode()[32:], QUOTED.replace("Rinkēvičs", "Rink\ufffdēvičs"),
     "decoded as UTF-8 with 1 undecodable byte(s) replaced, the first byte 0x9C at offset 32"),
])
def test_encodings_are_told_apart(tmp_path, data, text, warning):
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    decoded = read_text_file(path)
    assert (decoded.text, decoded.warning) == (text, warning)


def test_nul_anywhere_is_binary_and_errors_name_the_byte(tmp_path):
    late_nul = tmp_path / "late.txt"
    late_nul.write_bytes(SILINA.encode() * 100 + b"\x00")
    mixed = tmp_path / "mixed.txt"
    mixed.write_bytes("Rīga".encode("cp1257") + b" \x81\x98")
    found = reasons(read_inputs([str(tmp_path)]))
    assert found["late.txt"] == f"binary data, not text (a NUL byte at offset {len(SILINA.encode()) * 100:,})"
    assert found["mixed.txt"] == "neither UTF-8 nor Windows-1257 nor ISO-8859-13 text (byte 0x81 at offset 5)"


def test_a_stray_byte_is_a_warning_of_the_run_not_mojibake(tmp_path, nlp):
    (tmp_path / "a.txt").write_bytes(RINKEVICS.encode().replace("ē".encode(), b"\xe7", 1))
    with Store(tmp_path / "t.duckdb") as store:
        report = ingest(read_inputs([str(tmp_path / "a.txt")]), store, nlp)
        [(text,)] = store.con.execute("SELECT text FROM documents").fetchall()
    assert "Rink\ufffdvičs" in text and "Ä" not in text
    assert [w.reason for w in report.warnings] == [
        "decoded as UTF-8 with 1 undecodable byte(s) replaced, the first byte 0xE7 at offset 29"]


@pytest.mark.parametrize("url, reason", [
    ("file:///etc/passwd", "not an http(s) URL (scheme 'file')"),
    ("ftp://lsm.lv/a", "not an http(s) URL (scheme 'ftp')"),
    ("http://169.254.169.254/latest/meta-data/", "169.254.169.254 is not a public address"),
    ("http://10.0.0.1/", "10.0.0.1 is not a public address"),
    ("http://127.0.0.1:8000/", "127.0.0.1 is not a public address"),
    ("http://[::ffff:127.0.0.1]/", "::ffff:127.0.0.1 is not a public address"),
    ("http://LOCALHOST./admin", "localhost is this machine, not a public address"),
    ("https://www.lsm.lv/raksts/1", None),
])
def test_only_public_http_addresses_are_fetched(url, reason):
    assert fetch_refusal(url) == reason


def test_a_feed_cannot_make_hronika_request_internal_hosts(tmp_path, monkeypatch):
    requests = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (the standard library's name)
            requests.append(self.path)
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = server.server_address[1]
    links = [f"http://127.0.0.1:{port}/a", f"http://localhost:{port}/b", "file:///etc/passwd",
             "http://169.254.169.254/latest/meta-data/"]
    feed = tmp_path / "feed.rss"
    feed.write_text("<rss><channel>" + "".join(f"<item><link>{link}</link></item>" for link in links) +
                    "</channel></rss>", encoding="utf-8")
    monkeypatch.setattr(sources, "FETCH_DELAY", 0.0)
    try:
        found = list(read_inputs([str(feed), f"http://127.0.0.1:{port}/rss"]))
    finally:
        server.shutdown()
    assert requests == []
    assert [r.reason.split(":")[0] for r in found] == ["not fetched"] * 5


def test_export_builds_no_sql_from_the_output_path(tmp_path, nlp):
    db = tmp_path / "e.duckdb"
    with Store(db) as store:
        ingest([Article(SILINA, "a")], store, nlp)
    folder = tmp_path / "ex" / "it'; SELECT 1; --"
    result = runner.invoke(app, ["export", str(folder), "--format", "parquet", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert (folder / "documents.parquet").stat().st_size > 0 and not (tmp_path / "ex" / "it").exists()


def test_the_temporary_file_behind_an_insert_has_no_name():
    with unlinked_file() as (out, path):
        out.write("{}\n")
        out.flush()
        assert Path(path).read_text() == "{}\n"
        assert os.readlink(path).endswith("(deleted)")  # nothing for a kill -9 to leave behind


def test_renames_reach_rows_written_in_the_same_window(tmp_path, nlp):
    said = Article("„Mēs to izdarīsim līdz rudenim,“ žurnālistiem sacīja Rāviņš.", "a")
    named = Article("Jelgavas mērs Andris Rāviņš otrdien paziņoja, ka pilsēta būvēs jaunu tiltu pār Lielupi.", "b")
    with Store(tmp_path / "one.duckdb") as store:
        ingest([said, named], store, nlp)
        one_run = store.con.execute("SELECT id, type, name FROM entities ORDER BY id").fetchall()
    for article in (said, named):
        with Store(tmp_path / "two.duckdb") as store:
            ingest([article], store, nlp)
            two_runs = store.con.execute("SELECT id, type, name FROM entities ORDER BY id").fetchall()
    assert (1, "person", "Andris Rāviņš") in one_run and one_run == two_runs


def test_columns_of_a_csv_corpus_with_a_broken_line(tmp_path, monkeypatch):
    monkeypatch.setattr(sources, "MAX_RECORD_BYTES", 3000)
    path = tmp_path / "c.tsv"
    path.write_text(f"teksts\tdatums\n{SILINA}\t12.09.2024\n{'x' * 4000}\t\n{RINKEVICS}\t2024-09-13\n",
                    encoding="utf-8")
    first, broken, last = read_inputs([str(path)], Columns(text="teksts", published="datums"))
    assert (first.published, last.published) == (dt.date(2024, 9, 12), dt.date(2024, 9, 13))
    assert broken.source.endswith("c.tsv:3") and broken.reason == "line over the 3,000-byte limit"
