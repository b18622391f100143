"""Ingestion runs: read inputs, skip what is stored or not Latvian, analyse on all cores, commit in batches."""

from __future__ import annotations

import multiprocessing
from collections import deque
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

import duckdb
from spacy.language import Language

from ..analysis import analysis
from ..schema import Analysis
from ..store import Article, Store
from ..workers import pipeline, set_pipeline
from . import text_refusal
from .language import LATVIAN, language_of
from .sources import Rejection

COMMIT_EVERY = 64  # documents per transaction: a kill loses at most this many, already analysed, documents
CHUNK = 4  # articles handed to a worker at a time
IN_FLIGHT = 2  # windows queued for the workers while one is being stored: they never wait for the writer


@dataclass
class Report:
    """What an ingestion run did."""

    stored: int = 0
    skipped: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    warnings: list[Rejection] = field(default_factory=list)  # stored, but something had to be mended


def refusal(article: Article) -> str | None:
    """Why an article is not stored (no text, too long, not Latvian), or None: the reasons `ingest` and the API give."""
    reason = text_refusal(article.text)
    if reason is not None:
        return reason
    language = language_of(article.text)
    if language != LATVIAN:
        return f"not Latvian (language identified: {language})"
    return None


def admitted(items: Iterable[Article | Rejection], report: Report, pending_rejections: list[Rejection]
             ) -> Iterator[Article]:
    """Articles for analysis: rejections, repeats within the run and other languages are set aside. An article is
    a repeat unless it is the first of its text and the first of its URL (the Ray engine's rule too)."""
    seen: set[str] = set()
    for item in items:
        if isinstance(item, Rejection):
            pending_rejections.append(item)
            continue
        keys = {item.hash} | ({item.url} if item.url else set())
        repeat = bool(keys & seen)
        seen |= keys
        if repeat:
            report.skipped += 1
            continue
        if item.warning:
            report.warnings.append(Rejection(item.source, item.warning))
        reason = refusal(item)
        if reason is not None:
            pending_rejections.append(Rejection(item.source, reason))
            continue
        yield item


def analysed_one(nlp: Language, article: Article) -> tuple[Article, Analysis | str]:
    """An article with its analysis, or with why it could not be analysed: one article's failure is its own."""
    try:
        return article, analysis(nlp(article.text), article.published)
    except Exception as exc:  # any failure of the pipeline on one text
        return article, f"analysis failed ({type(exc).__name__}: {str(exc)[:200]})"


def analysed(article: Article) -> tuple[Article, Analysis | str]:
    """analysed_one in a worker process, whose pipeline was inherited at fork."""
    return analysed_one(pipeline(), article)


def analysed_window(nlp: Language, window: list[Article]) -> list[tuple[Article, Analysis | str]]:
    """A window analysed in batches; when anything in it fails, one article at a time, so only that one fails."""
    try:
        docs = nlp.pipe(a.text for a in window)
        return [(a, analysis(doc, a.published)) for a, doc in zip(window, docs)]
    except Exception:
        return [analysed_one(nlp, a) for a in window]


def windows(articles: Iterator[Article], size: int, store: Store, report: Report) -> Iterator[list[Article]]:
    """Consecutive lists of at most `size` articles not in the store yet (one query a window)."""
    window: list[Article] = []
    for article in articles:
        window.append(article)
        if len(window) == size:
            yield new_articles(window, store, report)
            window = []
    if window:
        yield new_articles(window, store, report)


def new_articles(window: list[Article], store: Store, report: Report) -> list[Article]:
    """The articles of a window whose text and URL the store does not hold."""
    known = store.known(window)
    fresh = [a for a in window if a.hash not in known and (a.url is None or a.url not in known)]
    report.skipped += len(window) - len(fresh)
    return fresh


def analysed_windows(nlp: Language, articles: Iterator[Article], workers: int, size: int, store: Store,
                     report: Report) -> Iterator[list[tuple[Article, Analysis | str]]]:
    """Windows of (article, analysis) in input order: in this process, or in `workers` forked processes that
    return the small analysis rather than the Doc, working on the next windows while this one is stored. The store is
    only ever touched from this thread."""
    if workers <= 1:
        for window in windows(articles, size, store, report):
            yield analysed_window(nlp, window)
        return
    with multiprocessing.get_context("fork").Pool(workers, initializer=set_pipeline, initargs=(nlp,)) as pool:
        pending: deque = deque()
        for window in windows(articles, size, store, report):
            pending.append(pool.map_async(analysed, window, chunksize=CHUNK))
            if len(pending) > IN_FLIGHT:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()


def stored(store: Store, batch: list[tuple[Article, Analysis]], rejections: list[Rejection]) -> int:
    """Store a window in one transaction; if the store refuses it, each document alone, so that only a document
    the store cannot take is rejected (with the reason) and the rest is kept."""
    try:
        return store.add(batch, [(r.source, r.reason) for r in rejections])
    except duckdb.Error:
        count = 0
        for article, result in batch:
            try:
                count += store.add([(article, result)])
            except duckdb.Error as exc:
                rejections.append(Rejection(article.source, f"could not be stored ({str(exc).splitlines()[0][:200]})"))
        store.add([], [(r.source, r.reason) for r in rejections])
        return count


def ingest(items: Iterable[Article | Rejection], store: Store, nlp: Language, workers: int = 1,
           commit_every: int = COMMIT_EVERY, on_progress: Callable[[int], None] | None = None) -> Report:
    """Analyse and store every admitted article; each window of documents and the rejections met meanwhile are
    one transaction."""
    report, rejections = Report(), []
    articles = admitted(items, report, rejections)
    for window in analysed_windows(nlp, articles, workers, commit_every, store, report):
        batch = [(article, result) for article, result in window if isinstance(result, Analysis)]
        rejections += [Rejection(article.source, result) for article, result in window if isinstance(result, str)]
        report.stored += stored(store, batch, rejections)
        report.rejected += rejections
        rejections.clear()
        if on_progress is not None:
            on_progress(len(window))
    if rejections:
        store.add([], [(r.source, r.reason) for r in rejections])
        report.rejected += rejections
    store.reindex()
    return report
