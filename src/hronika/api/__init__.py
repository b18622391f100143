"""The HTTP API (FastAPI): analyse a text, read and search the store, add documents with an API key."""

from __future__ import annotations

import contextlib
import datetime as dt
import hmac
import json
import queue
import re
import threading
from pathlib import Path as FilePath
from typing import Annotated, Any, Iterable, Literal, Optional

from fastapi import Depends, FastAPI, Header, HTTPException, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pebble import ProcessExpired
from pydantic import BaseModel, BeforeValidator, Field
from starlette.middleware.trustedhost import TrustedHostMiddleware

from ..limits import ANALYSIS_QUEUE, ANALYSIS_TIMEOUT, MAX_ANALYSES, MAX_TEXT_CHARS
from ..schema import QUOTE_KINDS, Analysis
from ..web import pages
from .middleware import AllowedMethods, BodyLimit
from .pool import AnalysisPool, Busy

MAX_BODY_BYTES = 2_000_000
PAGE_LIMIT = 200
MAX_OFFSET = 2**53  # ids and offsets beyond what a store holds (and what DuckDB's BIGINT takes) are refused
RETRY_AFTER = 5  # seconds a client turned away with 503 is asked to wait
LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")  # Host headers always accepted (DNS rebinding names none of them)
ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def iso_date(value: Any) -> Any:
    """A date only as a YYYY-MM-DD string: pydantic alone reads 0 or "0" as 1970-01-01."""
    if isinstance(value, dt.date) or (isinstance(value, str) and ISO_DATE.fullmatch(value)):
        return value
    raise ValueError("a date is written YYYY-MM-DD")


IsoDate = Annotated[dt.date, BeforeValidator(iso_date)]
MinConfidence = Annotated[float, Query(ge=0.0, le=1.0, description="Only quotations of at least this confidence.")]
Words = Annotated[Optional[str], Query(max_length=200)]
Id = Annotated[Optional[int], Query(ge=0, le=MAX_OFFSET)]


class AnalyzeRequest(BaseModel):
    """A text to analyse and its publication date."""

    text: str = Field(min_length=1, max_length=MAX_TEXT_CHARS)
    published: Optional[IsoDate] = None


class DocumentRequest(BaseModel):
    """An article to store: Latvian text, not stored already (by text or URL)."""

    text: str = Field(max_length=MAX_TEXT_CHARS)
    published: Optional[IsoDate] = None
    url: Optional[str] = Field(default=None, max_length=2000)
    title: Optional[str] = Field(default=None, max_length=1000)
    outlet: Optional[str] = Field(default=None, max_length=200)


class Error(BaseModel):
    """Why a request failed."""

    detail: Any


class Json(JSONResponse):
    """JSON in UTF-8 where a lone surrogate is written as its \\u escape: pydantic refuses text with one (not valid
    Unicode), and its 422 quotes the input."""

    def render(self, content: Any) -> bytes:
        return json.dumps(content, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode(
            "utf-8", "backslashreplace")


ERRORS = {status: {"model": Error} for status in (400, 401, 404, 413, 422, 500)}
ANALYSIS_ERRORS = ERRORS | {status: {"model": Error} for status in (503, 504)}
# OpenAPI links (what schemathesis's stateful run follows): an id in a response is the path parameter of another call
DOCUMENT_LINK = {"operationId": "get_document", "parameters": {"doc_id": "$response.body#/id"}}
FIRST_DOCUMENT_LINK = {"operationId": "get_document", "parameters": {"doc_id": "$response.body#/0/id"}}
FIRST_ENTITY_LINK = {"operationId": "get_entity", "parameters": {"entity_id": "$response.body#/0/id"}}


def found_or_404(found: dict | None, reason: str) -> dict:
    """A looked-up record, or a 404 with the reason."""
    if found is None:
        raise HTTPException(status_code=404, detail=reason)
    return found


def host_patterns(hosts: Iterable[str]) -> list[str]:
    """Host header values to accept: names as given, IPv6 addresses in brackets as a Host header writes them."""
    return [f"[{host}]" if ":" in host and not host.startswith("[") else host for host in hosts]


def create_app(db: FilePath, api_key: Optional[str] = None, nlp=None, *, allowed_hosts: Iterable[str] = LOCAL_HOSTS,
               max_analyses: int = MAX_ANALYSES, analysis_queue: int = ANALYSIS_QUEUE,
               analysis_timeout: float = ANALYSIS_TIMEOUT) -> FastAPI:
    """The API over one store file. `api_key` (if set) guards the write endpoints; `allowed_hosts` are the Host
    headers answered (others get 400); at most `max_analyses` analyses run at once, each in a process of its own that
    is killed after `analysis_timeout` seconds, and `analysis_queue` more wait (beyond that: 503)."""
    from ..ingest.run import refusal
    from ..pipeline import load
    from ..store import Article, Store
    from ..store import queries

    if api_key is not None and not api_key.strip():
        raise ValueError("the API key is empty: give a key, or none to leave the write endpoints open")
    # loaded before the workers fork, so each has it without loading or pickling it
    analyses = AnalysisPool(nlp if nlp is not None else load(), max_analyses, analysis_queue, analysis_timeout)
    # One connection for the server's life: every write commits its own transaction, so nothing waits for a close.
    # One DuckDB thread: the server's reads are small, and its cores are for the analyses (1.5× requests/s).
    store = Store(db, threads=1)

    # Reading connections not in use: a read takes one (or opens one) and gives it back. They belong to the app,
    # not to a thread: DuckDB aborts the process when a worker thread's connection is destroyed at exit.
    idle_readers: queue.SimpleQueue = queue.SimpleQueue()

    @contextlib.asynccontextmanager
    async def lifespan(_: FastAPI):
        analyses.start()
        yield
        analyses.close()
        while not idle_readers.empty():
            idle_readers.get_nowait().close()

    app = FastAPI(title="hronika", version="1", lifespan=lifespan, default_response_class=Json,
                  description="Who said what, about whom, where and when, in Latvian news: analysis of one text, and "
                  "the store of analysed articles.")
    app.state.analyses = analyses
    lock = threading.Lock()  # writes (and the search index) go through `store`, one at a time
    # the last added is the outermost: the Host is checked first, then the body's size, then the method
    app.add_middleware(AllowedMethods, router=app.router)
    app.add_middleware(BodyLimit, limit=MAX_BODY_BYTES)
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=host_patterns(allowed_hosts))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, error: RequestValidationError) -> Json:
        """422 with pydantic's errors, as FastAPI gives them, in JSON that can be written whatever the input."""
        return Json({"detail": jsonable_encoder(error.errors())}, status_code=422)

    @app.exception_handler(Exception)
    async def server_error(request: Request, error: Exception) -> Json:
        """500 as JSON too (the traceback goes to the server's log)."""
        return Json({"detail": "internal server error"}, status_code=500)

    def read(function, *args, **kwargs):
        """Run a store query on a reading connection of its own, side by side with the other reads."""
        try:
            reader = idle_readers.get_nowait()
        except queue.Empty:
            reader = store.cursor()
        try:
            return function(reader, *args, **kwargs)
        finally:
            idle_readers.put(reader)

    def locked(function, *args, **kwargs):
        """Run a function of the writing connection under the lock."""
        with lock:
            return function(*args, **kwargs)

    def check_key(x_api_key: Annotated[Optional[str], Header()] = None) -> None:
        """401 unless the request carries the API key (when one is set), compared in constant time."""
        # Starlette reads header bytes as Latin-1: encoding back gives the bytes the client sent
        if api_key is not None and not (x_api_key is not None and hmac.compare_digest(
                x_api_key.encode("latin-1"), api_key.encode("utf-8"))):
            raise HTTPException(status_code=401, detail="missing or wrong X-API-Key header")

    async def analysed(text: str, published: Optional[dt.date]) -> Analysis:
        """The analysis from a worker process: 503 when too many wait, 504 when it was killed for the time."""
        try:
            return await analyses.analyse(text, published)
        except Busy as busy:
            raise HTTPException(status_code=503, detail=f"busy: {busy}; try again later",
                                headers={"Retry-After": str(RETRY_AFTER)}) from None
        except TimeoutError:
            raise HTTPException(status_code=504, detail=f"analysis took over {analysis_timeout:g} s and was "
                                "stopped") from None
        except ProcessExpired as gone:
            raise HTTPException(status_code=500, detail=f"the analysis process ended (exit code {gone.exitcode})"
                                ) from None

    def duplicate(article: Article) -> Optional[dict]:
        """Why an article is not stored when its text or URL is stored already, with that document's id."""
        found = store.stored_as(article)
        if found is None:
            return None
        doc_id, what = found
        return {"id": doc_id, "stored": False, "reason": f"the same {what} is stored already as document {doc_id}"}

    def stored(article: Article, result: Analysis) -> dict:
        """Store an analysed article, or say why not (stored meanwhile by another request)."""
        with lock:
            if store.add([(article, result)]):
                return {"id": store.stored_as(article)[0], "stored": True}
            return duplicate(article) or {"id": None, "stored": False, "reason": "not stored"}

    async def add_article(article: Article) -> dict:
        """Analyse and store an article (422 when it is refused), or say which stored document it repeats."""
        reason = await run_in_threadpool(refusal, article)
        if reason is not None:
            raise HTTPException(status_code=422, detail=reason)
        found = await run_in_threadpool(locked, duplicate, article)
        if found is not None:
            return found
        result = await analysed(article.text, article.published)
        return await run_in_threadpool(stored, article, result)

    def key_ok(given: Optional[str]) -> bool:
        """Whether a key given in a form opens the write endpoints (any does when none is set)."""
        return api_key is None or (given is not None and hmac.compare_digest(given.encode("utf-8"),
                                                                              api_key.encode("utf-8")))

    # the pages come first: their form POST /analyze is matched before the JSON API's POST /analyze
    app.include_router(pages.router(pages.Backend(read, analysed, add_article, key_ok)))
    app.mount("/static", pages.static_files(), name="static")

    @app.post("/analyze", response_model=Analysis, responses=ANALYSIS_ERRORS,
              summary="Analyse one text: entities, quotes, time expressions")
    async def analyze(body: AnalyzeRequest) -> Json:
        # written by the contract's own to_json: the same bytes as `hronika analyze --json`
        return Json((await analysed(body.text, body.published)).to_json())

    @app.post("/documents", responses=ANALYSIS_ERRORS | {200: {"links": {"GetDocument": DOCUMENT_LINK}}},
              dependencies=[Depends(check_key)], summary="Analyse and store an article",
              description="422 with the reason for a text that is empty, too long or not Latvian; a text or URL "
              "stored already is answered with that document's id, `stored: false` and the reason.")
    async def add_document(body: DocumentRequest) -> dict:
        return await add_article(Article(body.text, "api", body.url, body.title, body.outlet, body.published))

    @app.get("/documents", responses=ERRORS | {200: {"links": {"GetDocument": FIRST_DOCUMENT_LINK}}},
             summary="Documents, newest first")
    def list_documents(offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
                       limit: Annotated[int, Query(ge=1, le=PAGE_LIMIT)] = 50, contains: Words = None,
                       outlet: Words = None, since: Optional[IsoDate] = None,
                       until: Optional[IsoDate] = None) -> list[dict]:
        return read(queries.documents, offset, limit, contains, outlet, since, until)

    @app.get("/overview", responses=ERRORS, summary="The store at a glance: counts, documents per month, "
             "top speakers, top entities, outlets")
    def get_overview() -> dict:
        return read(queries.overview)

    @app.get("/documents/{doc_id}", responses=ERRORS, operation_id="get_document",
             summary="One document with its quotes, mentions, timexes")
    def get_document(doc_id: Annotated[int, Path(ge=0, le=MAX_OFFSET)], min_confidence: MinConfidence = 0.0) -> dict:
        return found_or_404(read(queries.document, doc_id, min_confidence), f"no document {doc_id}")

    @app.get("/quotes", responses=ERRORS, summary="Quotations by speaker, topic, date and words")
    def list_quotes(speaker: Annotated[Optional[str], Query(max_length=200)] = None,
                    about: Annotated[Optional[str], Query(max_length=200)] = None,
                    since: Optional[IsoDate] = None, until: Optional[IsoDate] = None,
                    contains: Annotated[Optional[str], Query(max_length=200)] = None,
                    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
                    limit: Annotated[int, Query(ge=1, le=PAGE_LIMIT)] = 50,
                    min_confidence: MinConfidence = 0.0, kind: Optional[Literal[QUOTE_KINDS]] = None,
                    outlet: Words = None, speaker_id: Id = None, about_id: Id = None) -> list[dict]:
        where = queries.QuoteFilter(speaker, about, since, until, contains, min_confidence, kind, outlet, speaker_id,
                                    about_id)
        return read(queries.quote_rows, where, limit, offset)

    @app.get("/entities", responses=ERRORS | {200: {"links": {"GetEntity": FIRST_ENTITY_LINK}}},
             summary="Entities, most mentioned first")
    def list_entities(type: Annotated[Optional[str], Query(max_length=40)] = None,
                      offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
                      top: Annotated[int, Query(ge=1, le=PAGE_LIMIT)] = 20) -> list[dict]:
        return read(queries.entities, type, top, offset)

    @app.get("/entities/{entity_id}", responses=ERRORS, operation_id="get_entity",
             summary="One entity and its quotes over time")
    def get_entity(entity_id: Annotated[int, Path(ge=0, le=MAX_OFFSET)]) -> dict:
        return found_or_404(read(queries.entity, entity_id), f"no entity {entity_id}")

    @app.get("/search", responses=ERRORS, summary="Full-text search over documents")
    def search(q: Annotated[str, Query(min_length=1, max_length=200)],
               limit: Annotated[int, Query(ge=1, le=PAGE_LIMIT)] = 20) -> list[dict]:
        locked(store.refresh_search_index)  # documents stored through the API are found at once
        return read(queries.search, q, limit)

    return app
