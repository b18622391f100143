"""Ingestion into the DuckDB store: every kind of input, bad input rejected with reasons, duplicates stored once,
entities joined across articles, queries and exports (kill -9 runs: test_faults.py)."""

import datetime as dt
import json

from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from hronika.ingest.run import Report, admitted, ingest
from hronika.cli import app
from hronika.ingest.sources import Columns, read_inputs
from hronika.schema import Analysis, Entity, Mention, Quote, Speaker, TextSpan
from hronika.store import Article, Store
from hronika.store import queries

runner = CliRunner()
SILINA = "Ministru prezidente Evika Siliņa otrdien paziņoja, ka valdība atbalstīs skolotāju algu pieaugumu."
SILINA_AGAIN = "„Budžets tiks pieņemts laikā,“ žurnālistiem sacīja Siliņa."
RINKEVICS = "Valsts prezidents Edgars Rinkēvičs uzsvēra, ka Latvija turpinās atbalstīt Ukrainu."
HTML = ("<html><head><title>Siliņa par budžetu</title><meta name='date' content='2024-09-12'></head><body>"
        "<article><p>" + SILINA + "</p><p>" + RINKEVICS + " Viņš piebilda, ka atbalsts ir ilgtermiņa.</p>"
        "</article></body></html>")


def store_inputs(tmp_path, nlp, paths, **kwargs):
    with Store(tmp_path / "t.duckdb") as store:
        report = ingest(read_inputs([str(p) for p in paths], **kwargs), store, nlp)
        return report, store.stats()


def test_every_kind_of_input_and_every_kind_of_bad_input(tmp_path, nlp):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(SILINA, encoding="utf-8")
    (folder / "archive.txt").write_bytes(RINKEVICS.encode("cp1257"))
    (folder / "page.html").write_text(HTML, encoding="utf-8")
    (folder / "broken.html").write_text("<html><body><div><p>", encoding="utf-8")
    (folder / "empty.txt").write_text("   \n", encoding="utf-8")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (folder / "english.txt").write_text("The prime minister said on Tuesday that the budget will pass.", encoding="utf-8")
    (folder / "big.txt").write_text(SILINA * 100, encoding="utf-8")
    lines = [json.dumps({"body": SILINA_AGAIN, "link": "https://lsm.lv/1", "date": "2024-09-13"}), "{not json",
             json.dumps({"body": SILINA_AGAIN, "link": "https://lsm.lv/1"})]  # the same URL again
    (folder / "feed.jsonl").write_text("\n".join(lines), encoding="utf-8")
    (folder / "items.csv").write_text("body,link\n\"" + RINKEVICS + " Tas ir svarīgi.\",https://lsm.lv/2\n",
                                      encoding="utf-8")
    columns = Columns(text="body", url="link", published="date")
    report, counts = store_inputs(tmp_path, nlp, [folder, tmp_path / "missing.txt"], columns=columns, max_bytes=5000)
    reasons = {r.source.rsplit("/", 1)[-1]: r.reason for r in report.rejected}
    assert reasons["empty.txt"] == "empty file"
    assert reasons["image.txt"] == "binary file, not text"
    assert "over the 5,000-byte limit" in reasons["big.txt"]
    assert reasons["broken.html"] == "no article text found in the HTML"
    assert reasons["english.txt"] == "not Latvian (language identified: en)"
    assert reasons["feed.jsonl:2"].startswith("invalid JSON")
    assert reasons["missing.txt"] == "no such file or folder"
    assert counts["documents"] == 5 and counts["rejected"] == len(report.rejected) == 7
    assert report.skipped == 1  # the repeated URL


def test_an_article_is_analysed_when_first_of_its_text_and_of_its_url():
    """The rule both engines follow (the Ray engine decides it from hashes and URLs across shards)."""
    items = [Article(SILINA, "a", url="https://lsm.lv/1"), Article(RINKEVICS, "b", url="https://lsm.lv/1"),
             Article(RINKEVICS + "\n", "c", url="https://lsm.lv/2"), Article(SILINA_AGAIN, "d")]
    report, rejections = Report(), []
    assert [a.source for a in admitted(items, report, rejections)] == ["a", "d"]
    assert report.skipped == 2 and not rejections  # b repeats a's URL; c repeats b's text


def test_a_rerun_stores_nothing_twice_and_entities_join_across_articles(tmp_path, nlp):
    for name, text in (("a.txt", SILINA), ("b.txt", SILINA_AGAIN), ("c.txt", SILINA + "\n")):
        (tmp_path / name).write_text(text, encoding="utf-8")
    paths = [tmp_path / n for n in ("a.txt", "b.txt", "c.txt")]
    report, counts = store_inputs(tmp_path, nlp, paths)
    assert (report.stored, report.skipped, counts["documents"]) == (2, 1, 2)  # c.txt is a.txt again
    report, counts = store_inputs(tmp_path, nlp, paths)
    assert (report.stored, report.skipped, counts["documents"]) == (0, 3, 2)
    with Store(tmp_path / "t.duckdb", read_only=True) as store:
        [person] = [e for e in queries.entities(store, "person") if "Siliņa" in e["name"]]
        assert person["name"] == "Evika Siliņa" and person["documents"] == 2
        said = queries.quotes(store, speaker="Evikai Siliņai")
        assert {q["content"] for q in said} == {"valdība atbalstīs skolotāju algu pieaugumu",
                                                "Budžets tiks pieņemts laikā"}
        assert [q["content"] for q in queries.quotes(store, contains="budžets")] == ["Budžets tiks pieņemts laikā"]


def test_cli_queries_exports_and_exit_codes(tmp_path, nlp):
    db = tmp_path / "cli.duckdb"
    (tmp_path / "a.html").write_text(HTML, encoding="utf-8")
    (tmp_path / "b.txt").write_text("", encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(tmp_path / "a.html"), str(tmp_path / "b.txt"), "--db", str(db)])
    assert result.exit_code == 1 and "b.txt" in result.output and "empty file" in result.output
    stats = json.loads(runner.invoke(app, ["stats", "--db", str(db), "--json"]).output)
    assert stats == {"documents": 1, "entities": stats["entities"], "quotes": 3, "timexes": 1, "rejected": 1}
    quotes = json.loads(runner.invoke(app, ["quotes", "--db", str(db), "--speaker", "Rinkēviča", "--json"]).output)
    assert [q["cue"] for q in quotes] == ["uzsvēra", "piebilda"] or len(quotes) == 2
    assert json.loads(runner.invoke(app, ["quotes", "--db", str(db), "--since", "2024-10-01", "--json"]).output) == []
    shown = runner.invoke(app, ["show", "1", "--db", str(db)])
    assert shown.exit_code == 0 and "Evika Siliņa" in shown.output
    assert runner.invoke(app, ["show", "99", "--db", str(db)]).exit_code == 2
    assert runner.invoke(app, ["export", str(tmp_path / "all.jsonl"), "--db", str(db)]).exit_code == 0
    assert json.loads((tmp_path / "all.jsonl").read_text(encoding="utf-8").splitlines()[0])["title"] == "Siliņa par budžetu"
    assert runner.invoke(app, ["export", str(tmp_path / "pq"), "--format", "parquet", "--db", str(db)]).exit_code == 0
    assert (tmp_path / "pq" / "quotes.parquet").exists()
    assert runner.invoke(app, ["stats", "--db", str(tmp_path / "none.duckdb")]).exit_code == 2


def test_undecodable_bytes_are_rejected_with_the_reason(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes(b"Valsts prezidents \xff\x81\x83 pazi\x98o")  # not UTF-8, and 0x81 is undefined in Windows-1257
    [rejection] = list(read_inputs([str(path)]))
    assert rejection.source == str(path) and "neither UTF-8 nor Windows-1257" in rejection.reason


def test_warc_archive_pages(tmp_path, nlp):
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        record = writer.create_warc_record("https://lsm.lv/raksts/1", "response", payload=BytesIO(HTML.encode()),
                                           http_headers=headers)
        writer.write_record(record)
    [article] = list(read_inputs([str(path)]))
    assert article.url == "https://lsm.lv/raksts/1" and "Rinkēvičs" in article.text


def test_feed_items_are_fetched_politely(tmp_path, monkeypatch):
    from hronika.ingest import sources

    feed = tmp_path / "feed.rss"
    feed.write_text("""<?xml version="1.0"?><rss version="2.0"><channel><title>LSM</title>
        <link>https://lsm.lv</link><item><title>Siliņa</title><link>https://lsm.lv/a</link></item>
        <item><title>Rinkēvičs</title><link>https://lsm.lv/b</link></item></channel></rss>""", encoding="utf-8")
    fetched = []
    monkeypatch.setattr(sources, "FETCH_DELAY", 0.0)
    monkeypatch.setattr("trafilatura.fetch_url", lambda url, **_: fetched.append(url) or (HTML if url.endswith("a") else None))
    found = list(read_inputs([str(feed)]))
    assert fetched == ["https://lsm.lv/a", "https://lsm.lv/b"]
    assert found[0].url == "https://lsm.lv/a" and found[1].reason == "could not be fetched"


def test_tab_separated_corpus_with_configured_columns(tmp_path):
    path = tmp_path / "corpus.tsv"
    path.write_text("teksts\tdatums\n" + SILINA + "\t12.09.2024\n", encoding="utf-8")
    [article] = list(read_inputs([str(path)], Columns(text="teksts", published="datums")))
    assert article.published == dt.date(2024, 9, 12) and article.text == SILINA


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=3000), st.sampled_from([".txt", ".html", ".jsonl", ".csv", ".tsv", ".rss", ".warc"]))
def test_any_bytes_in_any_kind_of_file_give_articles_or_reasons_never_a_crash(tmp_path_factory, data, suffix):
    path = tmp_path_factory.mktemp("fuzz") / f"input{suffix}"
    path.write_bytes(data)
    for item in read_inputs([str(path)]):
        assert item.source.startswith(str(path))
        assert getattr(item, "reason", None) or getattr(item, "text", "").strip()


def test_a_version_1_store_is_migrated_with_its_entities_names(tmp_path):
    import duckdb

    from hronika.store.migrations import MIGRATIONS

    db = tmp_path / "old.duckdb"
    con = duckdb.connect(str(db))
    for statement in MIGRATIONS[1]:
        con.execute(statement)
    con.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    con.execute("INSERT INTO entities VALUES (1, 'person', 'Valdis Zatlers', 'zatlers')")
    con.close()
    with Store(db) as store:
        assert store.schema_version() == 3
        assert store.con.execute("SELECT * FROM entity_names").fetchall() == [(1, "Valdis Zatlers")]


def test_only_names_are_aliases_so_a_speaker_query_finds_only_that_speaker(tmp_path):
    # Lukašenko's mentions include a pronoun and a description that names Putin: neither may become his alias
    text = ("Aleksandrs Lukašenko tikās ar Vladimiru Putinu. Viņš sacīja, ka sarunas bija labas. "
            "Pēc Putina vizītes izziņošanas Lukašenko paziņoja, ka robeža paliks slēgta. "
            "Putins norādīja, ka sadarbība turpināsies.")

    def span(part: str, kind=Mention, *extra):
        start = text.index(part)
        return kind(start, start + len(part), part, *extra)

    lukasenko = Entity("e1", "person", "Aleksandrs Lukašenko", [
        span("Aleksandrs Lukašenko"), span("Viņš"), span("Pēc Putina vizītes izziņošanas"), span("Lukašenko paziņoja")])
    putin = Entity("e2", "person", "Vladimirs Putins", [span("Vladimiru Putinu"), span("Putins norādīja")])

    def quote(speaker: str, entity: Entity, content: str) -> Quote:
        return Quote("indirect", span(speaker, Speaker, entity.id, entity.name), None, span(content, TextSpan), 0.9)

    analysed = Analysis("lv", None, [lukasenko, putin], [
        quote("Viņš", lukasenko, "sarunas bija labas"), quote("Lukašenko", lukasenko, "robeža paliks slēgta"),
        quote("Putins", putin, "sadarbība turpināsies")], [])
    with Store(tmp_path / "s.duckdb") as store:
        store.add([(Article(text, "t"), analysed)])
        aliases = {a for (a,) in store.con.execute("SELECT alias FROM aliases").fetchall()}
        assert {"Viņš", "Pēc Putina vizītes izziņošanas"}.isdisjoint(aliases)
        assert {"Aleksandrs Lukašenko", "Vladimiru Putinu", "Vladimirs Putins"} <= aliases
        assert [q["content"] for q in queries.quotes(store, speaker="Putins")] == ["sadarbība turpināsies"]


def test_quotations_below_a_confidence_are_left_out_of_queries_and_exports(tmp_path):
    text = "Ministre Evika Siliņa sacīja, ka budžets būs. Viņa piebilda, ka nodokļi necelsies."
    siline = Entity("e1", "person", "Evika Siliņa", [Mention(9, 21, "Evika Siliņa")])

    def quote(content: str, confidence: float) -> Quote:
        start = text.index(content)
        return Quote("indirect", Speaker(9, 21, "Evika Siliņa", "e1", "Evika Siliņa"), None,
                     TextSpan(start, start + len(content), content), confidence)

    analysed = Analysis("lv", None, [siline], [quote("budžets būs", 0.94), quote("nodokļi necelsies", 0.62)], [])
    db = tmp_path / "c.duckdb"
    with Store(db) as store:
        store.add([(Article(text, "t"), analysed)])
        assert [q["content"] for q in queries.quotes(store, min_confidence=0.9)] == ["budžets būs"]
        assert len(queries.quotes(store)) == 2
        assert [q["content"] for q in queries.document(store, 1, 0.9)["quotes"]] == ["budžets būs"]
        assert json.loads(next(queries.export_jsonl(store, 0.9)))["quotes"][0]["content"] == "budžets būs"
        queries.export_parquet(store, tmp_path / "pq", 0.9)
        assert store.con.execute("SELECT count(*) FROM read_parquet(?)", [str(tmp_path / "pq" / "quotes.parquet")]
                                 ).fetchone() == (1,)
    found = runner.invoke(app, ["quotes", "--db", str(db), "--min-confidence", "0.9", "--json"])
    assert [q["content"] for q in json.loads(found.output)] == ["budžets būs"]
    assert runner.invoke(app, ["quotes", "--db", str(db), "--min-confidence", "1.5"]).exit_code == 2


def test_a_surname_first_joins_the_full_name_that_comes_later(tmp_path, nlp):
    texts = {"a.txt": SILINA_AGAIN, "b.txt": SILINA}  # "Siliņa" alone is stored before "Evika Siliņa"
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    for name in texts:  # one run per article: the store resolves across runs as within one
        store_inputs(tmp_path, nlp, [tmp_path / name])
    with Store(tmp_path / "t.duckdb", read_only=True) as store:
        people = [e for e in queries.entities(store, "person") if "Siliņ" in e["name"]]
        assert [(p["name"], p["documents"]) for p in people] == [("Evika Siliņa", 2)]
        assert len(queries.quotes(store, speaker="Siliņa")) == 2


def test_a_surname_two_stored_people_share_stays_apart(tmp_path, nlp):
    texts = {"a.txt": "Ekonomikas ministrs Jānis Kalniņš paziņoja, ka nodokļi netiks celti.",
             "b.txt": "Rīgas domes deputāts Pēteris Kalniņš uzsvēra, ka tramvaja līnija ir vajadzīga.",
             "c.txt": "„Lēmums vēl nav pieņemts,“ piebilda Kalniņš."}
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    store_inputs(tmp_path, nlp, [tmp_path / name for name in texts])
    with Store(tmp_path / "t.duckdb", read_only=True) as store:
        people = sorted((e["name"], e["documents"]) for e in queries.entities(store, "person"))
        assert people == [("Jānis Kalniņš", 1), ("Kalniņš", 1), ("Pēteris Kalniņš", 1)]
