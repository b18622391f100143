"""The Ray engine: the same documents, quotations, entities and time expressions as the embedded path; resumable."""

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

ray = pytest.importorskip("ray", reason="Ray is not installed (pip install 'hronika[ray]')")

from hronika.corpus.fullstack import news_documents  # noqa: E402
from hronika.ingest import ray_engine  # noqa: E402
from hronika.ingest.run import ingest  # noqa: E402
from hronika.ingest.sources import read_inputs, read_metadata, with_metadata  # noqa: E402
from hronika.store import Store  # noqa: E402
from hronika.store.parquet import connect, import_batches, import_folder  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
DEV_TEXTS = 24  # dev news texts compared (all 166 take minutes; BENCHMARKS.md records the full comparison)
CONTENT = {  # what must be the same, order aside: each row keyed by the document's text hash, not by ids
    "documents": "SELECT hash, url, title, outlet, published, text, source FROM documents",
    "entities": "SELECT d.hash, e.type, e.name, m.start_char, m.end_char, m.text FROM mentions m "
                "JOIN documents d ON d.id = m.document_id JOIN entities e ON e.id = m.entity_id",
    "quotes": "SELECT d.hash, q.kind, q.speaker_name, e.name, q.speaker_text, q.cue, q.cue_lemma, q.content, "
              "q.start_char, q.end_char, q.confidence, q.published, q.speaker_start, q.speaker_end, q.cue_start, "
              "q.cue_end FROM quotes q JOIN documents d ON d.id = q.document_id "
              "LEFT JOIN entities e ON e.id = q.speaker_entity_id",
    "timexes": "SELECT d.hash, t.start_char, t.end_char, t.text, t.type, t.value FROM timexes t "
               "JOIN documents d ON d.id = t.document_id",
    "rejected": "SELECT source, reason FROM rejected",
}


@pytest.fixture(scope="module")
def local_ray():
    """A small local Ray instance for the module."""
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


def content(db: Path) -> dict[str, list[tuple]]:
    """Everything compared, sorted."""
    with Store(db) as store:
        return {name: sorted(map(tuple, store.con.execute(sql).fetchall()), key=repr) for name, sql in CONTENT.items()}


def sample_metadata() -> dict[str, dict]:
    return read_metadata(SAMPLES / "metadata.tsv")


def dev_texts(count: int) -> list[tuple[str, str]]:
    return list(news_documents(ROOT / ".." / "shared" / "data" / "fullstack-lv" / "dev"))[:count]


def dev_folder(tmp_path: Path, count: int) -> Path:
    folder = tmp_path / "dev"
    folder.mkdir()
    for doc_id, text in dev_texts(count):
        (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    return folder


def both_ways(inputs: list[str], tmp_path: Path, nlp, metadata: dict | None = None, workers: int = 2,
              **ray_options) -> tuple[dict, dict]:
    """The content of the embedded store and of the Ray run's Parquet imported into a store."""
    with Store(tmp_path / "embedded.duckdb") as store:
        ingest(with_metadata(read_inputs(inputs), metadata or {}), store, nlp)
    with Store(tmp_path / "ray.duckdb") as store:
        report = ray_engine.ingest_into(store, inputs, tmp_path / "out", workers=workers, metadata=metadata,
                                        **ray_options)
    assert report.stored > 0
    return content(tmp_path / "embedded.duckdb"), content(tmp_path / "ray.duckdb")


def test_samples_same_as_embedded(local_ray, nlp, tmp_path):
    embedded, by_ray = both_ways([str(SAMPLES)], tmp_path, nlp, sample_metadata())
    assert embedded["quotes"] and embedded["timexes"]
    assert by_ray == embedded


def test_dev_texts_same_as_embedded(local_ray, nlp, shared_corpus, tmp_path, monkeypatch):
    """Merged into the store while the actors work, two batches of two at a time, in input order."""
    monkeypatch.setattr(ray_engine, "MERGE_EVERY", 4)
    merges = []
    monkeypatch.setattr(ray_engine, "import_batches", lambda *args: merges.append(args[2]) or import_batches(*args))
    folder = dev_folder(tmp_path, DEV_TEXTS)
    embedded, by_ray = both_ways([str(folder)], tmp_path, nlp, batch_size=2)
    assert len(merges) >= 3 and all(len(m) >= 2 for m in merges)
    assert len(embedded["documents"]) == DEV_TEXTS
    assert by_ray == embedded


def test_shards_of_a_corpus_same_as_embedded(local_ray, nlp, tmp_path):
    """A JSONL corpus and a WARC archive read as many small byte ranges, with repeats of text and of URL across
    ranges and files and an article in another language: the same documents and rejections as the embedded path."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    records = [{"text": text, "url": f"https://lsm.lv/{i}"} for i, text in enumerate(texts)]
    records += [{"text": texts[0] + "\n", "url": "https://lsm.lv/copy"},  # the same text, white space aside
                {"text": "Cits teksts ar to pašu adresi, ko jau redzējām iepriekš šajā failā.",
                 "url": "https://lsm.lv/1"},
                {"text": "The minister said on Tuesday that the budget would be approved next week.",
                 "url": "https://lsm.lv/en"}, "{not json"]
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records),
                      encoding="utf-8")
    archive = tmp_path / "crawl.warc.gz"
    with archive.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for url, text in (("https://lsm.lv/0", texts[1]), ("https://lsm.lv/warc", texts[2] + " Papildu teikums.")):
            html = f"<html><body><article><p>{text}</p></article></body></html>".encode()
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(html),
                                                          http_headers=headers))
    embedded, by_ray = both_ways([str(corpus), str(archive)], tmp_path, nlp, shard_bytes=512)
    assert len(embedded["documents"]) == len(texts) + 1  # the archive's first page repeats a URL
    assert {r[1] for r in embedded["rejected"]} == {"invalid JSON (Expecting property name enclosed in double quotes)",
                                                    "not Latvian (language identified: en)"}
    assert by_ray == embedded


def test_import_is_resumable_and_parquet_queryable(local_ray, tmp_path):
    """Written, imported and queried through a URI, as on object storage (pyarrow's filesystems: file:// here)."""
    out = f"file://{tmp_path}/out"
    ray_engine.ingest([str(SAMPLES)], out, workers=1, batch_size=2, metadata=sample_metadata())
    with Store(tmp_path / "a.duckdb") as store:
        first = import_folder(store, out)
        again = import_folder(store, out)
        stats = store.stats()
    assert (first, again) == (5, 0) and stats["documents"] == 5 and stats["rejected"] == 1
    from typer.testing import CliRunner

    from hronika.cli import app

    result = CliRunner().invoke(app, ["store", "import", out, "--db", str(tmp_path / "b.duckdb")])
    assert result.exit_code == 0 and "imported 5 new documents" in result.output, result.output
    con = connect(out)
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 5
    assert con.execute("SELECT count(*) FROM quotes").fetchone()[0] == stats["quotes"]


class Failing:
    """The pipeline, failing on any text that holds BOOM (as `nlp.pipe` over a batch that holds it does)."""

    def __init__(self, nlp):
        self.nlp = nlp

    def __call__(self, text):
        if "BOOM" in text:
            raise ValueError("boom")
        return self.nlp(text)

    def pipe(self, texts):
        return [self(t) for t in texts]


def test_failing_document_is_a_rejection(nlp, tmp_path):
    analyser = object.__new__(ray_engine.Analyser)
    analyser.out, analyser.nlp = str(tmp_path / "out"), Failing(nlp)
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))[:2]]
    texts.append("Ministrs otrdien teica, ka BOOM esot sācies.")
    rows = [{"ordinal": i, "text": t, "source": f"t{i}", "url": None, "title": None, "outlet": None,
             "published": None} for i, t in enumerate(texts)]
    import pyarrow as pa

    result = analyser(pa.Table.from_pylist(rows))
    assert result["documents"] == [2] and result["rejections"] == [["t2\tanalysis failed (ValueError: boom)"]]
    con = connect(tmp_path / "out")
    assert con.execute("SELECT source, reason FROM rejections").fetchall() == [
        ("t2", "analysis failed (ValueError: boom)")]


def test_killed_run_resumes_with_every_document_once(tmp_path):
    folder = dev_folder(tmp_path, 12)
    out, db = tmp_path / "out", tmp_path / "a.duckdb"
    command = [sys.executable, "-m", "hronika", "ingest", str(folder), "--engine", "ray", "--workers", "1",
               "--batch-size", "2", "--parquet", str(out), "--db", str(db)]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    killed = subprocess.Popen(command, env=env, start_new_session=True, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 240
    while not list((out / "documents").glob("*.parquet")) and time.monotonic() < deadline:
        time.sleep(0.2)
    os.killpg(killed.pid, signal.SIGKILL)
    killed.wait()
    written = len(list((out / "documents").glob("*.parquet")))
    assert 0 < written < 6, "the run was not killed part-way"
    finished = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert finished.returncode == 0, finished.stderr
    con = connect(out)
    hashes = [r[0] for r in con.execute("SELECT hash FROM documents").fetchall()]
    assert len(hashes) == len(set(hashes)) == 12
    with Store(db) as store:
        assert store.stats()["documents"] == 12


def test_half_written_batch_is_cleared(tmp_path):
    out = str(tmp_path / "out")
    rows = {table: [] for table in ("documents", "mentions", "quotes", "timexes", "rejections")}
    ray_engine.write_batch(out, "batch-000000000", rows)
    ray_engine.write_batch(out, "batch-000000016", rows)
    (tmp_path / "out" / "documents" / "batch-000000016.parquet").unlink()  # killed before its documents file
    (tmp_path / "out" / "quotes" / "batch-000000032.parquet.tmp").write_bytes(b"half")
    assert ray_engine.clear_partial(out) == 5
    assert sorted(p.name for p in (tmp_path / "out").rglob("*")) == sorted(
        ["documents", "mentions", "quotes", "timexes", "rejections"] + ["batch-000000000.parquet"] * 5)


def test_batches_are_merged_in_input_order(monkeypatch):
    """A batch is handed on once every batch before it is written, whatever order the actors finish in."""
    monkeypatch.setattr(ray_engine, "MERGE_EVERY", 1)
    in_order = ray_engine.InOrder(np.array([0, 5, 7, 9, 12, 20]))
    assert in_order.add(7, 2, "b7") == []
    assert in_order.add(0, 2, "b0") == ["b0", "b7"]
    assert in_order.add(12, 2, "b12") == ["b12"]
    monkeypatch.setattr(ray_engine, "MERGE_EVERY", 4)
    in_order = ray_engine.InOrder(np.array([0, 5, 7, 9, 12, 20]))
    assert in_order.add(0, 2, "b0") == [] and in_order.add(7, 2, "b7") == ["b0", "b7"]
