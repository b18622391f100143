"""Articles from files, folders, web pages, feeds and archives: plain text, HTML, JSONL, CSV, RSS/Atom, WARC."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import time
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator
from urllib.parse import urlparse

from ..store import Article
from . import MAX_BYTES, decode_text

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ""})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
FEED_SUFFIXES = frozenset({".rss", ".atom", ".xml"})
WARC_SUFFIXES = (".warc", ".warc.gz")
MAX_TEXT_CHARS = 2_000_000
FETCH_DELAY = 1.0  # seconds between two requests to one host: polite crawling
DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%Y-%m-%dT%H:%M:%S", "%a, %d %b %Y %H:%M:%S %z")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


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
    extra: dict = field(default_factory=dict)


def parse_date(value: object) -> str | None:
    """An ISO date (YYYY-MM-DD) from the common ways dates are written, else None."""
    if not value:
        return None
    text = str(value).strip()
    if ISO_DATE.match(text):
        return text[:10]
    for pattern in DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, pattern).date().isoformat()
        except ValueError:
            continue
    return None


def checked(article: Article) -> Article | Rejection:
    """The article, or a rejection when its text is empty or too long."""
    if not article.text or not article.text.strip():
        return Rejection(article.source, "no text")
    if len(article.text) > MAX_TEXT_CHARS:
        return Rejection(article.source, f"{len(article.text):,} characters is over the {MAX_TEXT_CHARS:,} limit")
    return article


def from_html(html: str, source: str, url: str | None = None) -> Article | Rejection:
    """The main text, title, date and site of a web page (trafilatura)."""
    import trafilatura

    try:
        document = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    except Exception as exc:  # trafilatura raises various parser errors on broken markup
        return Rejection(source, f"HTML could not be parsed ({type(exc).__name__})")
    if document is None or not getattr(document, "text", None):
        return Rejection(source, "no article text found in the HTML")
    return checked(Article(document.text, source, url or document.url, document.title, document.sitename,
                           parse_date(document.date)))


def from_record(record: dict, columns: Columns, source: str) -> Article | Rejection:
    """An article from one JSONL object or CSV row."""
    text = record.get(columns.text)
    if not isinstance(text, str):
        return Rejection(source, f"no text in column {columns.text!r}")
    return checked(Article(text.replace("\r\n", "\n"), source, record.get(columns.url) or None,
                           record.get(columns.title) or None, record.get(columns.outlet) or None,
                           parse_date(record.get(columns.published))))


def from_jsonl(text: str, name: str, columns: Columns) -> Iterator[Article | Rejection]:
    """One article per JSON line; a broken line is rejected alone."""
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Rejection(f"{name}:{number}", f"invalid JSON ({exc.msg})")
            continue
        yield from_record(record, columns, f"{name}:{number}") if isinstance(record, dict) else Rejection(
            f"{name}:{number}", "not a JSON object")


def from_csv(text: str, name: str, columns: Columns, delimiter: str = ",") -> Iterator[Article | Rejection]:
    """One article per CSV (or TSV) row, columns by header."""
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    if reader.fieldnames is None or columns.text not in reader.fieldnames:
        yield Rejection(name, f"no {columns.text!r} column in the CSV header")
        return
    for number, row in enumerate(reader, 2):
        yield from_record(row, columns, f"{name}:{number}")


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
    return [link for link in dict.fromkeys(links) if link.startswith("http")]


def from_feed(xml: str, name: str) -> Iterator[Article | Rejection]:
    """The pages an RSS/Atom feed links to, fetched politely."""
    try:
        links = feed_links(xml)
    except ElementTree.ParseError as exc:
        yield Rejection(name, f"not an RSS or Atom feed ({exc})")
        return
    for link in links:
        yield from_url(link)


_last_fetch: dict[str, float] = {}


def from_url(url: str) -> Article | Rejection:
    """A web page fetched with trafilatura (its timeouts), one request per host per FETCH_DELAY seconds."""
    import trafilatura

    host = urlparse(url).netloc
    wait = _last_fetch.get(host, 0) + FETCH_DELAY - time.monotonic()
    if wait > 0:
        time.sleep(wait)
    _last_fetch[host] = time.monotonic()
    html = trafilatura.fetch_url(url)
    if html is None:
        return Rejection(url, "could not be fetched")
    return from_html(html, url, url)


def from_warc(path: Path) -> Iterator[Article | Rejection]:
    """The HTML pages of a WARC archive's response records."""
    from warcio.archiveiterator import ArchiveIterator

    with path.open("rb") as stream:
        try:
            for record in ArchiveIterator(stream):
                if record.rec_type != "response":
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                content_type = record.http_headers.get_header("Content-Type") if record.http_headers else ""
                if "html" not in (content_type or ""):
                    continue
                body = record.content_stream().read()
                try:
                    html = decode_text(body, f"{path}#{url}")
                except ValueError as exc:
                    yield Rejection(f"{path}#{url}", str(exc).split(": ", 1)[-1])
                    continue
                yield from_html(html, f"{path}#{url}", url)
        except Exception as exc:  # warcio raises on truncated or non-WARC input
            yield Rejection(str(path), f"not a readable WARC archive ({type(exc).__name__})")


def from_file(path: Path, columns: Columns, max_bytes: int = MAX_BYTES) -> Iterator[Article | Rejection]:
    """Articles in one file, by its kind."""
    name = str(path)
    if path.name.endswith(WARC_SUFFIXES):
        yield from from_warc(path)
        return
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ValueError(f"{name}: {size:,} bytes is over the {max_bytes:,}-byte limit")
        text = decode_text(path.read_bytes(), name).replace("\r\n", "\n").replace("\r", "\n")
    except ValueError as exc:
        yield Rejection(name, str(exc).split(": ", 1)[-1])
        return
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".json"):
        yield from from_jsonl(text, name, columns)
    elif suffix in (".csv", ".tsv"):
        yield from from_csv(text, name, columns, "\t" if suffix == ".tsv" else ",")
    elif suffix in HTML_SUFFIXES:
        yield from_html(text, name)
    elif suffix in FEED_SUFFIXES:
        yield from from_feed(text, name)
    else:
        yield checked(Article(text, name))


def read_inputs(inputs: list[str], columns: Columns | None = None, max_bytes: int = MAX_BYTES
                ) -> Iterator[Article | Rejection]:
    """Every article in files, folders (recursively, in name order) and URLs."""
    columns = columns or Columns()
    for item in inputs:
        if item.startswith(("http://", "https://")):
            if item.endswith(tuple(FEED_SUFFIXES)) or "/rss" in item or "/feed" in item:
                import trafilatura

                xml = trafilatura.fetch_url(item)
                yield from from_feed(xml, item) if xml else iter([Rejection(item, "could not be fetched")])
            else:
                yield from_url(item)
            continue
        path = Path(item)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")):
                yield from from_file(child, columns, max_bytes)
        elif path.is_file():
            yield from from_file(path, columns, max_bytes)
        else:
            yield Rejection(item, "no such file or folder")
