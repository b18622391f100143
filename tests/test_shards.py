"""Shards: a large JSONL or gzipped WARC file read as byte ranges gives what reading it whole gives."""

import io
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hronika.ingest.shards import newlines_before_end, numbered, plan, read_shard
from hronika.ingest.sources import Columns, read_inputs

SENTENCES = ["Valsts prezidents Edgars Rinkēvičs otrdien paziņoja, ka Latvija turpinās atbalstīt Ukrainu.",
             "„Mēs esam gatavi,” sacīja Kulbergs.", "Pēc ministres teiktā, budžets esot sabalansēts."]
PAGE = ("<html><head><title>Ziņa {0}</title></head><body><article><p>{1}</p><p>Rīgā, {0}. novembrī.</p>"
        "</article></body></html>")


def read_all(shards, columns: Columns):
    """Every shard read in order in this process: what the Ray engine's tasks read between them."""
    counts = [newlines_before_end(s) for s in shards if s.is_jsonl_range]
    return [item for shard in numbered(shards, counts) for item in read_shard(shard, columns)]


def outcome(items) -> list[tuple]:
    """What was read, comparably: kind, source, text or reason, URL."""
    return [(type(i).__name__, i.source, getattr(i, "text", None) or getattr(i, "reason", None),
             getattr(i, "url", None)) for i in items]


def both(path, size: int) -> tuple[list, list, int]:
    shards, unreadable = plan([str(path)], size)
    assert not unreadable
    return outcome(read_inputs([str(path)])), outcome(read_all(shards, Columns())), len(shards)


lines = st.one_of(
    st.builds(lambda n, i: json.dumps({"text": " ".join(SENTENCES[: n % 3 + 1]) + f" ({i})", "url": f"https://x.lv/{i}"},
                                      ensure_ascii=i % 2 == 0), st.integers(0, 2), st.integers(0, 99)),
    st.just(""), st.just("{broken"), st.just("[1, 2]"), st.just('{"text": 5}'))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(lines, max_size=40), st.integers(1, 400), st.booleans(), st.booleans())
def test_jsonl_ranges_read_as_the_whole_file(tmp_path, records, size, bom, final_newline):
    path = tmp_path / "corpus.jsonl"
    text = "\n".join(records) + ("\n" if final_newline else "")
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    whole, sharded, count = both(path, size)
    assert sharded == whole
    assert count == (max(1, -(-path.stat().st_size // size)) if path.stat().st_size > size else 1)


def test_line_numbers_hold_across_ranges(tmp_path):
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(["{broken"] * 50), encoding="utf-8")
    _, sharded, count = both(path, 30)
    assert count > 10 and [s for _, s, _, _ in sharded] == [f"{path}:{n}" for n in range(1, 51)]


def test_utf16_jsonl_is_read_whole(tmp_path):
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(json.dumps({"text": s}) for s in SENTENCES * 20), encoding="utf-16")
    whole, sharded, count = both(path, 100)
    assert count == 1 and sharded == whole


def write_warc(path, pages: int, requests_every: int = 3) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=path.suffix == ".gz")
        for number in range(pages):
            url = f"https://lsm.lv/raksts/{number}"
            if number % requests_every == 0:
                request = io.BytesIO(b"GET / HTTP/1.1\r\n")
                writer.write_record(writer.create_warc_record(url, "request", payload=request))
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            html = PAGE.format(number, SENTENCES[number % 3]).encode()
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(html),
                                                          http_headers=headers))


def test_gzipped_warc_ranges_read_as_the_whole_archive(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, 30)
    for size in (1, 97, 1000, 4000):
        whole, sharded, count = both(path, size)
        assert len(whole) == 30 and count > 1
        assert sharded == whole


def test_uncompressed_warc_is_read_whole(tmp_path):
    path = tmp_path / "crawl.warc"
    write_warc(path, 10)
    whole, sharded, count = both(path, 100)
    assert count == 1 and sharded == whole and len(whole) == 10


def test_plan_keeps_input_order_and_names_what_is_missing(tmp_path):
    (tmp_path / "b.txt").write_text(SENTENCES[0], encoding="utf-8")
    (tmp_path / "a.txt").write_text(SENTENCES[1], encoding="utf-8")
    shards, _ = plan([str(tmp_path), str(tmp_path / "nav.txt")])
    assert [(s.index, s.item) for s in shards] == [(0, str(tmp_path / "a.txt")), (1, str(tmp_path / "b.txt")),
                                                   (2, str(tmp_path / "nav.txt"))]
    assert outcome(read_all(shards, Columns()))[-1] == ("Rejection", str(tmp_path / "nav.txt"),
                                                        "no such file or folder", None)
