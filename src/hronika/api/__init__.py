"""The HTTP API (FastAPI): analyse a text, read and search the store, add documents with an API key."""

from __future__ import annotations

import asyncio
import datetime as dt
import threading
from pathlib import Path as FilePath
from typing import Annotated, Any, Optional

from fastapi import Depends, FastAPI, Header, HTTPException, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

MAX_BODY_BYTES = 2_000_000
MAX_TEXT_CHARS = 200_000
ANALYSIS_TIMEOUT = 60.0  # seconds for one /analyze or POST /documents
PAGE_LIMIT = 200
MAX_OFFSET = 2**53  # ids and offsets beyond what a store holds (and what DuckDB's BIGINT takes) are refused


class AnalyzeRequest(BaseModel):
    """A text to analyse and its publication date."""

    text: str = Field(min_length=1, max_length=MAX_TEXT_CHARS)
    published: Optional[dt.date] = None


class DocumentRequest(AnalyzeRequest):
    """An article to store."""

    url: Optional[str] = Field(default=None, max_length=2000)
    title: Optional[str] = Field(default=None, max_length=1000)
    outlet: Optional[str] = Field(default=None, max_length=200)


class Error(BaseModel):
    """Why a request failed."""

    detail: Any


ERRORS = {status: {"model": Error} for status in (400, 401, 404, 413, 422, 504)}


def found_or_404(found: dict | None, reason: str) -> dict:
    """A looked-up record, or a 404 with the reason."""
    if found is None:
        raise HTTPException(status_code=404, detail=reason)
    return found


def create_app(db: FilePath, api_key: Optional[str] = None, nlp=None) -> FastAPI:
    """The API over one store file; `api_key` (if set) guards the write endpoints."""
    from ..analysis import analysis
    from ..pipeline import load
    from ..store import Article, Store
    from ..store import queries

    # One connection for the server's life: every write commits its own transaction, so nothing waits for a close.
    store = Store(db)
    app = FastAPI(title="hronika", version="1", description="Who said what, about whom, where and when, in "
                  "Latvian news: analysis of one text, and the store of analysed articles.")
    lock = threading.Lock()  # one DuckDB connection: one request at a time touches it
    pipeline = {"nlp": nlp}

    def get_nlp():
        """The pipeline, loaded on first use."""
        if pipeline["nlp"] is None:
            pipeline["nlp"] = load()
        return pipeline["nlp"]

    def read(function, *args, **kwargs):
        """Run a store query under the lock."""
        with lock:
            return function(store, *args, **kwargs)

    def check_key(x_api_key: Annotated[Optional[str], Header()] = None) -> None:
        """401 unless the request carries the API key (when one is set)."""
        if api_key is not None and x_api_key != api_key:
            raise HTTPException(status_code=401, detail="missing or wrong X-API-Key header")

    @app.middleware("http")
    async def limit_body(request: Request, call_next):
        """413 for a body over MAX_BODY_BYTES, told before it is read."""
        length = request.headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > MAX_BODY_BYTES):
            return JSONResponse({"detail": f"request body over {MAX_BODY_BYTES:,} bytes"}, status_code=413)
        return await call_next(request)

    async def analysed(text: str, published: Optional[dt.date]) -> dict:
        """The analysis JSON, or 504 when it takes longer than ANALYSIS_TIMEOUT."""
        day = published.isoformat() if published else None
        try:
            return await asyncio.wait_for(run_in_threadpool(lambda: analysis(get_nlp()(text), day)), ANALYSIS_TIMEOUT)
        except asyncio.TimeoutError:
            raise HTTPException(status_code=504, detail=f"analysis took over {ANALYSIS_TIMEOUT:.0f} s") from None

    @app.post("/analyze", responses=ERRORS, summary="Analyse one text: entities, quotes, time expressions")
    async def analyze(body: AnalyzeRequest) -> dict:
        return await analysed(body.text, body.published)

    @app.post("/documents", responses=ERRORS, dependencies=[Depends(check_key)], summary="Analyse and store an article")
    async def add_document(body: DocumentRequest) -> dict:
        result = await analysed(body.text, body.published)
        article = Article(body.text, "api", body.url, body.title, body.outlet,
                          body.published.isoformat() if body.published else None)
        with lock:
            added = store.add([(article, result)])
            found = store.con.execute("SELECT id FROM documents WHERE hash = ?", [article.hash]).fetchone()
        return {"id": found[0] if found else None, "stored": bool(added)}

    @app.get("/documents", responses=ERRORS, summary="Documents, newest first")
    def list_documents(offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
                       limit: Annotated[int, Query(ge=1, le=PAGE_LIMIT)] = 50) -> list[dict]:
        return read(queries.documents, offset, limit)

    @app.get("/documents/{doc_id}", responses=ERRORS, summary="One document with its quotes, mentions, timexes")
    def get_document(doc_id: Annotated[int, Path(ge=0, le=MAX_OFFSET)]) -> dict:
        return found_or_404(read(queries.document, doc_id), f"no document {doc_id}")

    @app.get("/quotes", responses=ERRORS, summary="Quotations by speaker, topic, date and words")
    def list_quotes(speaker: Annotated[Optional[str], Query(max_length=200)] = None,
                    about: Annotated[Optional[str], Query(max_length=200)] = None,
                    since: Optional[dt.date] = None, until: Optional[dt.date] = None,
                    contains: Annotated[Optional[str], Query(max_length=200)] = None,
                    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
                    limit: Annotated[int, Query(ge=1, le=PAGE_LIMIT)] = 50) -> list[dict]:
        return read(queries.quotes, speaker, about, since.isoformat() if since else None,
                    until.isoformat() if until else None, contains, limit, offset)

    @app.get("/entities", responses=ERRORS, summary="Entities, most mentioned first")
    def list_entities(type: Annotated[Optional[str], Query(max_length=40)] = None,
                      offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
                      top: Annotated[int, Query(ge=1, le=PAGE_LIMIT)] = 20) -> list[dict]:
        return read(queries.entities, type, top, offset)

    @app.get("/entities/{entity_id}", responses=ERRORS, summary="One entity and its quotes over time")
    def get_entity(entity_id: Annotated[int, Path(ge=0, le=MAX_OFFSET)]) -> dict:
        return found_or_404(read(queries.entity, entity_id), f"no entity {entity_id}")

    @app.get("/search", responses=ERRORS, summary="Full-text search over documents")
    def search(q: Annotated[str, Query(min_length=1, max_length=200)],
               limit: Annotated[int, Query(ge=1, le=PAGE_LIMIT)] = 20) -> list[dict]:
        return read(queries.search, q, limit)

    return app
