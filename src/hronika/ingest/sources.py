"""Articles from files, folders, web pages, feeds and archives: plain text, HTML, JSONL, CSV, RSS/Atom, WARC."""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import ipaddress
import json
import os
import re
import time
import xml.etree.ElementTree as ElementTree
import zlib
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO, Callable, Iterator
from urllib.parse import urlparse

from ..limits import MAX_FILE_BYTES, MAX_RECORD_BYTES
from ..store import Article
from . import READ_CHUNK, Decoded, Unreadable, bom_encoding, decode_bytes, decode_text, read_limited, text_refusal

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
FEED_SUFFIXES = frozenset({".rss", ".atom", ".xml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".json"})
CSV_DELIMITERS = {".csv": ",", ".tsv": "\t"}
WARC_SUFFIXES = (".warc", ".warc.gz")
GZIP_MAGIC = b"\x1f\x8b\x08"  # a gzip member's header: ID1, ID2, deflate
WARC_MAGIC = b"WARC/"  # how a WARC record begins
WARC_PROBE_BYTES = 1024  # compressed bytes enough to decompress a record's first few
FETCH_SETTINGS = Path(__file__).with_name("fetch.cfg")
FETCH_DELAY = 1.0  # seconds between two requests to one host: polite crawling
FETCH_SCHEMES = frozenset({"http", "https"})
LOCAL_HOSTS = frozenset({"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"})
DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%Y-%m-%dT%H:%M:%S", "%a, %d %b %Y %H:%M:%S %z")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
RECORD_FIELDS = ("url", "title", "published", "outlet")
METADATA_KEY = "file"  # the column of a metadata table that names the file a row describes

# csv's own default (131,072 characters a field) is below an article's limit; the row is checked against it after
csv.field_size_limit(MAX_RECORD_BYTES)


@dataclass
class Rejection:
    """An input that was not stored, and why."""

    source: str
    reason: str


@dataclass
class Columns:
    """Which JSONL keys or CSV columns hold an article's fields."""

    text: str = "text"
    url: str = "url"
    title: str = "title"
    published: str = "published"
    outlet: str = "outlet"


def parse_date(value: str) -> dt.date | None:
    """A date from the common ways dates are written; None for no date, ValueError for a date
    that is not one ("2024-13-45", "2024-02-30", "vakar")."""
    text = value.strip()
    if not text:
        return None
    if ISO_DATE.match(text):
        try:
            return dt.date.fromisoformat(text[:10])
        except ValueError as exc:
            raise ValueError(f"{value!r} is not a date ({exc})") from None
    for pattern in DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ValueError(f"{value!r} is not a date (YYYY-MM-DD, DD.MM.YYYY or RFC 822)")


def checked(article: Article) -> Article | Rejection:
    """The article, or a rejection when its text is empty or too long."""
    reason = text_refusal(article.text)
    return article if reason is None else Rejection(article.source, reason)


def from_html(html: str, source: str, url: str | None = None) -> Article | Rejection:
    """The main text, title, date and site of a web page (trafilatura)."""
    import trafilatura

    try:
        document = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    except Exception as exc:  # trafilatura raises various parser errors on broken markup
        return Rejection(source, f"HTML could not be parsed ({type(exc).__name__})")
    if document is None or not getattr(document, "text", None):
        return Rejection(source, "no article text found in the HTML")
    try:
        published = parse_date(document.date or "")
    except ValueError:  # trafilatura normalises dates; one it could not is no date
        published = None
    return checked(Article(document.text, source, url or document.url, document.title, document.sitename, published))


def from_record(record: dict, columns: Columns, source: str, warning: str | None = None) -> Article | Rejection:
    """An article from one JSONL object or CSV row; a field of the wrong type or an impossible date rejects it."""
    text = record.get(columns.text)
    if not isinstance(text, str):
        return Rejection(source, f"no text in column {columns.text!r}")
    values = {}
    for field_name in RECORD_FIELDS:
        column = getattr(columns, field_name)
        value = record.get(column)
        if value is not None and not isinstance(value, str):
            return Rejection(source, f"column {column!r} holds {type(value).__name__} {str(value)[:40]!r}, not text")
        values[field_name] = value or None
    try:
        values["published"] = parse_date(values["published"] or "")
    except ValueError as exc:
        return Rejection(source, f"column {columns.published!r}: {exc}")
    return checked(Article(text.replace("\r\n", "\n"), source, values["url"], values["title"], values["outlet"],
                           values["published"], warning))


def bounded_lines(readline: Callable[[int], str | bytes], limit: int, newline: str | bytes
                  ) -> Iterator[str | bytes | None]:
    """The lines `readline` gives, each at most `limit` long; None stands for a longer line, whose rest is read
    past in chunks (never held whole)."""
    while line := readline(limit + 1):
        if len(line) <= limit or line.endswith(newline):
            yield line
            continue
        while line and not line.endswith(newline):
            line = readline(READ_CHUNK)
        yield None


def decoded_lines(stream: BinaryIO, name: str, start: int = 0, end: int | None = None, first_number: int = 1
                  ) -> Iterator[tuple[int, Decoded | Rejection]]:
    """Numbered lines of a corpus file, decoded one by one: a line over MAX_RECORD_BYTES or in no known encoding is
    a rejection of that line alone. A byte-order mark decides the encoding of the whole file. With a byte range
    (a shard of a UTF-8 file), the lines that begin in [start, end), the first numbered `first_number`."""
    if start > 0:  # the line holding byte start - 1 belongs to the shard before
        stream.seek(start - 1)
        while (rest := stream.readline(READ_CHUNK)) and not rest.endswith(b"\n"):
            pass
        encoding = None
    else:
        encoding = bom_encoding(stream.read(4))
        stream.seek(len(codecs.BOM_UTF8) if encoding == "utf-8-sig" else 0)
        end = None if end is None else max(end, stream.tell() + 1)  # the first line begins at 0, its mark included
    if encoding in (None, "utf-8-sig"):
        readline = stream.readline if end is None else (lambda n: stream.readline(n) if stream.tell() < end else b"")
        lines: Iterator = bounded_lines(readline, MAX_RECORD_BYTES, b"\n")
    else:  # UTF-16 or UTF-32: decoded as a whole stream
        text = io.TextIOWrapper(stream, encoding=encoding, errors="replace", newline="")
        lines = bounded_lines(text.readline, MAX_RECORD_BYTES // 4, "\n")
    for number, line in enumerate(lines, first_number):
        source = f"{name}:{number}"
        if line is None:
            yield number, Rejection(source, f"line over the {MAX_RECORD_BYTES:,}-byte limit")
        elif isinstance(line, str):
            yield number, Decoded(line)
        else:
            try:
                yield number, decode_bytes(line, source)
            except Unreadable as exc:
                yield number, Rejection(source, exc.reason)


def from_jsonl(stream: BinaryIO, name: str, columns: Columns, start: int = 0, end: int | None = None,
               first_number: int = 1) -> Iterator[Article | Rejection]:
    """One article per JSON line, streamed; a broken line is rejected alone. A byte range reads one shard's lines
    (`decoded_lines`)."""
    for number, line in decoded_lines(stream, name, start, end, first_number):
        source = f"{name}:{number}"
        if isinstance(line, Rejection):
            yield line
            continue
        if not line.text.strip():
            continue
        try:
            record = json.loads(line.text)
        except json.JSONDecodeError as exc:
            yield Rejection(source, f"invalid JSON ({exc.msg})")
            continue
        if not isinstance(record, dict):
            yield Rejection(source, "not a JSON object")
            continue
        yield from_record(record, columns, source, line.warning)


def from_csv(stream: BinaryIO, name: str, columns: Columns, delimiter: str = ",") -> Iterator[Article | Rejection]:
    """One article per CSV (or TSV) row, columns by header, streamed; a row with a broken line is rejected alone."""
    problems: list[Rejection] = []
    warnings: list[str] = []

    def text_lines() -> Iterator[str]:
        for _, line in decoded_lines(stream, name):
            if isinstance(line, Rejection):
                problems.append(line)
                yield "\ufffd\n"  # a row in its place (the csv module skips empty ones), rejected below
            else:
                warnings.extend([line.warning] if line.warning else [])
                yield line.text

    reader = csv.DictReader(text_lines(), delimiter=delimiter)
    try:
        fieldnames = reader.fieldnames
    except csv.Error as exc:
        yield Rejection(name, f"unreadable CSV header ({exc})")
        return
    if fieldnames is None or columns.text not in fieldnames:
        yield Rejection(name, f"no {columns.text!r} column in the CSV header")
        return
    number = 1
    while True:
        number += 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield Rejection(f"{name}:{number}", f"unreadable CSV row ({exc})")
            continue
        if problems:
            yield Rejection(f"{name}:{number}", problems[0].reason)
        else:
            yield from_record(row, columns, f"{name}:{number}", "; ".join(warnings) or None)
        problems.clear()
        warnings.clear()


def local_name(tag: str) -> str:
    """An XML tag without its namespace."""
    return tag.rsplit("}", 1)[-1]


def feed_links(xml: str) -> list[str]:
    """The links of an RSS feed's items or an Atom feed's entries."""
    links = []
    for item in ElementTree.fromstring(xml).iter():
        if local_name(item.tag) in ("item", "entry"):
            links += [(child.text or "").strip() or child.get("href", "") for child in item
                      if local_name(child.tag) == "link"]
    return [link for link in dict.fromkeys(links) if link]


def from_feed(xml: str, name: str, fetcher: "Fetcher") -> Iterator[Article | Rejection]:
    """The pages an RSS/Atom feed links to, fetched politely."""
    try:
        links = feed_links(xml)
    except ElementTree.ParseError as exc:
        yield Rejection(name, f"not an RSS or Atom feed ({exc})")
        return
    for link in links:
        yield fetcher.article(link)


def fetch_refusal(url: str) -> str | None:
    """Why hronika will not request a URL, or None: only http(s) to public hosts. Names are checked again on every
    connection by trafilatura (SSRF_PROTECTION in fetch.cfg), which no redirect or DNS answer gets past."""
    parsed = urlparse(url)
    if parsed.scheme.lower() not in FETCH_SCHEMES:
        return f"not an http(s) URL (scheme {parsed.scheme or 'none'!r})"
    host = (parsed.hostname or "").rstrip(".").lower()
    if not host:
        return "no host in the URL"
    if host in LOCAL_HOSTS or host.endswith(".localhost"):
        return f"{host} is this machine, not a public address"
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return None
    address = getattr(address, "ipv4_mapped", None) or address
    return None if address.is_global else f"{host} is not a public address"


@lru_cache(maxsize=1)
def fetch_settings():
    """trafilatura's settings with hronika's download limits (fetch.cfg)."""
    from trafilatura.settings import use_config

    return use_config(str(FETCH_SETTINGS))


class Fetcher:
    """Web pages by URL through trafilatura: public http(s) addresses only, one request per host per FETCH_DELAY
    seconds."""

    def __init__(self) -> None:
        self.last_request: dict[str, float] = {}

    def fetch(self, url: str) -> str | Rejection:
        """The page's HTML, or why it was not fetched."""
        import trafilatura

        reason = fetch_refusal(url)
        if reason is not None:
            return Rejection(url, f"not fetched: {reason}")
        host = urlparse(url).netloc
        wait = self.last_request.get(host, 0) + FETCH_DELAY - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        self.last_request[host] = time.monotonic()
        html = trafilatura.fetch_url(url, config=fetch_settings())
        return Rejection(url, "could not be fetched") if html is None else html

    def article(self, url: str) -> Article | Rejection:
        """The article on a web page."""
        html = self.fetch(url)
        return html if isinstance(html, Rejection) else from_html(html, url, url)


def from_warc(stream: BinaryIO, name: str, start: int = 0, end: int | None = None) -> Iterator[Article | Rejection]:
    """The HTML pages of a WARC archive's response records; a record over MAX_RECORD_BYTES is rejected unread. With
    a byte range (a shard of a gzipped archive), the records whose gzip member begins in [start, end)."""
    from warcio.archiveiterator import ArchiveIterator

    if start > 0:
        start = gzip_member_start(stream, start, end)
        if start is None:
            return
        stream.seek(start)
    try:
        records = ArchiveIterator(stream)
        for record in records:
            if end is not None and records.offset >= end:  # `offset`: where the record being read begins
                return
            if record.rec_type != "response":
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            content_type = record.http_headers.get_header("Content-Type") if record.http_headers else ""
            if "html" not in (content_type or ""):
                continue
            source = f"{name}#{url}"
            try:
                html = decode_text(read_limited(record.content_stream(), MAX_RECORD_BYTES, source), source)
            except Unreadable as exc:
                yield Rejection(source, exc.reason)
                continue
            yield from_html(html.text, source, url)
    except Exception as exc:  # warcio raises on truncated or non-WARC input
        yield Rejection(name, f"not a readable WARC archive ({type(exc).__name__})")


def gzip_member_start(stream: BinaryIO, start: int, end: int | None) -> int | None:
    """Where the first gzip member holding a WARC record begins at or after `start` (before `end`), or None: a
    gzip header whose first bytes decompress to "WARC/" (compressed data does not hold one by chance)."""
    stream.seek(start)
    offset, tail = start, b""
    while end is None or offset < end:
        chunk = stream.read(READ_CHUNK)
        if not chunk:
            return None
        data, base = tail + chunk, offset - len(tail)
        found = data.find(GZIP_MAGIC)
        while found != -1:
            if base + found >= start and (end is None or base + found < end) and is_warc_member(stream, base + found):
                return base + found
            found = data.find(GZIP_MAGIC, found + 1)
        offset += len(chunk)
        tail = data[-(len(GZIP_MAGIC) - 1):]
        stream.seek(offset)
    return None


def is_warc_member(stream: BinaryIO, position: int) -> bool:
    """Whether a gzip member beginning at `position` decompresses to the start of a WARC record."""
    stream.seek(position)
    try:
        head = zlib.decompressobj(wbits=31).decompress(stream.read(WARC_PROBE_BYTES), len(WARC_MAGIC))
    except zlib.error:
        return False
    return head == WARC_MAGIC


def from_stream(stream: BinaryIO, path: Path, columns: Columns, max_bytes: int, fetcher: Fetcher
                ) -> Iterator[Article | Rejection]:
    """Articles in one open file, by its kind: corpora and archives streamed, other files read whole."""
    name, suffix = str(path), path.suffix.lower()
    if path.name.lower().endswith(WARC_SUFFIXES):
        yield from from_warc(stream, name)
    elif suffix in JSONL_SUFFIXES:
        yield from from_jsonl(stream, name, columns)
    elif suffix in CSV_DELIMITERS:
        yield from from_csv(stream, name, columns, CSV_DELIMITERS[suffix])
    else:
        decoded = decode_text(read_limited(stream, max_bytes, name), name)
        if suffix in HTML_SUFFIXES:
            yield from_html(decoded.text, name)
        elif suffix in FEED_SUFFIXES:
            yield from from_feed(decoded.text, name, fetcher)
        else:
            yield checked(Article(decoded.text, name, warning=decoded.warning))


def from_file(path: Path, columns: Columns, max_bytes: int = MAX_FILE_BYTES, fetcher: Fetcher | None = None
              ) -> Iterator[Article | Rejection]:
    """Articles in one file; whatever goes wrong with it is a rejection naming it, never an exception."""
    name = str(path)
    try:
        with path.open("rb") as stream:
            yield from from_stream(stream, path, columns, max_bytes, fetcher or Fetcher())
    except Unreadable as exc:
        yield Rejection(name, exc.reason)
    except OSError as exc:
        yield Rejection(name, f"cannot be read ({exc.strerror or type(exc).__name__})")
    except Exception as exc:  # a parser's bug on strange input costs this file, not the run
        yield Rejection(name, f"could not be read ({type(exc).__name__}: {exc})")


def folder_files(folder: Path, unreadable: list[Rejection]) -> Iterator[Path]:
    """The files in a folder and its subfolders, in name order, hidden ones left out; folders that cannot be
    listed are noted in `unreadable`."""
    def note(exc: OSError) -> None:
        unreadable.append(Rejection(exc.filename or str(folder), f"folder cannot be read ({exc.strerror})"))

    for root, dirs, files in os.walk(folder, onerror=note):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        yield from (Path(root) / f for f in sorted(files) if not f.startswith("."))


def from_path(item: str, columns: Columns, max_bytes: int, fetcher: Fetcher) -> Iterator[Article | Rejection]:
    """Articles in a file or folder named on the command line."""
    path = Path(item)
    if path.is_dir():
        unreadable: list[Rejection] = []
        for child in folder_files(path, unreadable):
            yield from unreadable
            unreadable.clear()
            if child.is_file():
                yield from from_file(child, columns, max_bytes, fetcher)
        yield from unreadable
    elif path.is_file():
        yield from from_file(path, columns, max_bytes, fetcher)
    elif path.exists():
        yield Rejection(item, "not a regular file or folder")
    else:
        yield Rejection(item, "no such file or folder")


def from_web(url: str, fetcher: Fetcher) -> Iterator[Article | Rejection]:
    """The article at a URL, or every article of the feed at it."""
    if not url.endswith(tuple(FEED_SUFFIXES)) and "/rss" not in url and "/feed" not in url:
        yield fetcher.article(url)
        return
    xml = fetcher.fetch(url)
    yield from [xml] if isinstance(xml, Rejection) else from_feed(xml, url, fetcher)


def read_metadata(path: Path) -> dict[str, dict]:
    """A metadata table (TSV with a header): file name → its `published`, `title`, `outlet` and `url`, the columns
    it has (others, such as `reference`, are ignored). A row without a file name or with a date that is none is an
    error naming the line."""
    table: dict[str, dict] = {}
    with path.open(encoding="utf-8", newline="") as file:
        rows = csv.DictReader(file, delimiter="\t")
        if METADATA_KEY not in (rows.fieldnames or []):
            raise ValueError(f"{path}: no {METADATA_KEY!r} column in the header")
        for row in rows:
            where = f"{path}:{rows.line_num}"
            name = (row.get(METADATA_KEY) or "").strip()
            if not name:
                raise ValueError(f"{where}: no file name")
            fields = {key: (row.get(key) or "").strip() or None for key in RECORD_FIELDS if key in row}
            try:
                fields["published"] = parse_date(fields.get("published") or "")
            except ValueError as exc:
                raise ValueError(f"{where}: {exc}") from None
            table[name] = {key: value for key, value in fields.items() if value is not None}
    return table


def with_metadata(items: Iterator[Article | Rejection], table: dict[str, dict]) -> Iterator[Article | Rejection]:
    """Articles with the fields a metadata table gives for their file (by its name), over what the file said."""
    for item in items:
        fields = table.get(Path(item.source).name) if isinstance(item, Article) else None
        yield replace(item, **fields) if fields else item


def read_inputs(inputs: list[str], columns: Columns | None = None, max_bytes: int = MAX_FILE_BYTES
                ) -> Iterator[Article | Rejection]:
    """Every article in files, folders (recursively, in name order) and URLs."""
    columns, fetcher = columns or Columns(), Fetcher()
    for item in inputs:
        if item.startswith(("http://", "https://")):
            yield from from_web(item, fetcher)
        else:
            yield from from_path(item, columns, max_bytes, fetcher)
