"""Analyses in worker processes: a few at once, a few more waiting, one that runs too long killed with its process."""

from __future__ import annotations

import asyncio
import datetime as dt
import multiprocessing
import threading
from typing import Optional

from pebble import ProcessPool
from spacy.language import Language

from ..analysis import analysis
from ..schema import Analysis
from ..workers import pipeline, set_pipeline

WORKER_TASKS = 1000  # analyses before a worker is replaced: spaCy's string store only grows


class Busy(Exception):
    """Every worker is busy and the queue is full."""


def analysed(text: str, published: Optional[dt.date]) -> Analysis:
    """In a worker: the analysis of one text, plain data that crosses back to the server cheaply."""
    return analysis(pipeline()(text), published)


class AnalysisPool:
    """`workers` processes forked with the loaded pipeline; `queue` more analyses may wait for one; an analysis that
    runs over `timeout` seconds has its process killed (pebble) and replaced, so it stops using the CPU."""

    def __init__(self, nlp: Language, workers: int, queue: int, timeout: float) -> None:
        if workers < 1 or queue < 0 or timeout <= 0:
            raise ValueError(f"need at least one worker, no negative queue and a positive timeout "
                             f"(got {workers}, {queue}, {timeout})")
        self.capacity = workers + queue
        self.timeout = timeout
        self.pending = 0  # analyses running or waiting
        self._nlp = nlp
        self._workers = workers
        self._pool: Optional[ProcessPool] = None
        self._lock = threading.Lock()  # TestClient calls from several threads, each with its own event loop

    def start(self) -> ProcessPool:
        """The worker processes, forked now if they are not running (first use, or after `close`)."""
        with self._lock:
            if self._pool is None:
                # fork: the workers share the parent's loaded pipeline; the parent's threads (DuckDB's) they never touch
                self._pool = ProcessPool(max_workers=self._workers, max_tasks=WORKER_TASKS, initializer=set_pipeline,
                                         initargs=(self._nlp,), context=multiprocessing.get_context("fork"))
                _ = self._pool.active  # pebble forks its workers on the first look at the pool
            return self._pool

    async def analyse(self, text: str, published: Optional[dt.date]) -> Analysis:
        """The analysis; Busy when the queue is full, TimeoutError when the worker was killed for the time."""
        with self._lock:
            if self.pending >= self.capacity:
                raise Busy(f"{self.pending} analyses are running or waiting")
            self.pending += 1
        try:
            # a cancelled request (client gone) cancels the future, and pebble stops the worker running it
            future = self.start().schedule(analysed, (text, published), timeout=self.timeout)
            return await asyncio.wrap_future(future)
        finally:
            with self._lock:
                self.pending -= 1

    def close(self) -> None:
        """Stop the workers, whatever they are doing; the next analysis forks new ones."""
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.stop()
            pool.join()
