"""Commands over a store: `ingest`, `quotes`, `entities`, `show`, `stats`, `export`, `serve`."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.markup import escape

from ..limits import ANALYSIS_QUEUE, ANALYSIS_TIMEOUT, MAX_ANALYSES
from .common import (DB_OPTION, MIN_CONFIDENCE_OPTION, app, console, err_console, fail, load_pipeline, open_store,
                     parse_date, print_rows)


@app.command()
def ingest(
    inputs: list[str] = typer.Argument(..., help="Files, folders, URLs or feeds: text, HTML, JSONL, CSV, RSS/Atom, WARC."),
    db: Path = DB_OPTION,
    workers: int = typer.Option(1, help="Processes for the analysis (one per core is fastest)."),
    text_column: str = typer.Option("text", help="JSONL key or CSV column with the article text."),
    url_column: str = typer.Option("url", help="JSONL key or CSV column with the article URL."),
    title_column: str = typer.Option("title", help="JSONL key or CSV column with the title."),
    published_column: str = typer.Option("published", help="JSONL key or CSV column with the publication date."),
    outlet_column: str = typer.Option("outlet", help="JSONL key or CSV column with the outlet."),
    metadata: Optional[Path] = typer.Option(None, help="A TSV table of the files' metadata: a `file` column (the "
                                            "file's name) and any of `published`, `title`, `outlet`, `url`."),
    model: Optional[Path] = typer.Option(None, help="A pipeline folder other than the shipped one."),
    engine: str = typer.Option("embedded", help="embedded (forked processes, straight into the store) or ray "
                               "(Ray Data actors write Parquet to --parquet, then merged into the store)."),
    address: Optional[str] = typer.Option(None, help="With --engine ray: a running Ray cluster to join "
                                          "(`ray start --head` prints it); without it a local Ray starts and stops."),
    parquet: Optional[str] = typer.Option(None, help="With --engine ray: the Parquet output folder (local, or "
                                           "s3://… gs://…); default: the --db file's name with .parquet."),
    batch_size: int = typer.Option(16, min=1, help="With --engine ray: articles per actor call and Parquet file."),
) -> None:
    """Analyse articles and store them; anything rejected is listed with its reason, and the exit code is 1."""
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    from ..ingest.run import ingest as run_ingest
    from ..ingest.sources import Columns, read_inputs, read_metadata, with_metadata

    if engine not in ("embedded", "ray"):
        fail(f"--engine {engine!r}: use embedded or ray")
    columns = Columns(text_column, url_column, title_column, published_column, outlet_column)
    try:
        table = read_metadata(metadata) if metadata is not None else {}
    except (OSError, UnicodeDecodeError, ValueError, csv.Error) as exc:
        fail(f"--metadata {metadata}: {exc}")
    store = open_store(db, read_only=False)
    nlp = load_pipeline(model) if engine == "embedded" else None
    with Progress(TextColumn("[bold]ingesting"), BarColumn(), TextColumn("{task.completed} articles"),
                  TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), console=err_console) as progress:
        task = progress.add_task("ingest", total=None, rate="")

        def advance(n: int) -> None:
            progress.advance(task, n)
            elapsed = progress.tasks[0].elapsed or 1e-9
            progress.update(task, rate=f"{progress.tasks[0].completed / elapsed:.1f} articles/s")

        if engine == "embedded":
            articles = with_metadata(read_inputs(inputs, columns), table)
            report = run_ingest(articles, store, nlp, workers=workers, on_progress=advance)
        else:
            report = ray_ingest(inputs, columns, table, store, parquet or str(db.with_suffix(".parquet")), workers,
                                model, address, batch_size, advance)
    store.close()
    console.print(f"stored {report.stored}, already stored {report.skipped}, rejected {len(report.rejected)} → {db}")
    for warning in report.warnings:
        err_console.print(f"[yellow]warning[/] {escape(warning.source)}: {escape(warning.reason)}")
    for rejection in report.rejected:
        err_console.print(f"[yellow]rejected[/] {escape(rejection.source)}: {escape(rejection.reason)}")
    if report.rejected:
        raise typer.Exit(1)


def ray_ingest(inputs: list[str], columns, metadata: dict, store, out: str, workers: int, model: Optional[Path],
               address: Optional[str], batch_size: int, advance):
    """`ingest --engine ray`: Parquet under `out`, merged into the store as it is written."""
    try:
        from ..ingest import ray_engine
    except ImportError as exc:
        fail(f"--engine ray needs Ray: pip install 'hronika[ray]' ({exc})")
    return ray_engine.ingest_into(store, inputs, out, workers=workers, model=model, address=address,
                                  batch_size=batch_size, columns=columns, metadata=metadata, on_progress=advance)


store_app = typer.Typer(help="The store and its Parquet folders.", no_args_is_help=True)
app.add_typer(store_app, name="store")


@store_app.command("import")
def import_parquet(
    folder: str = typer.Argument(..., help="A Parquet folder written by `ingest --engine ray`: a path, or a URI "
                                 "(s3://… gs://… hdfs://…)."),
    db: Path = DB_OPTION,
) -> None:
    """Merge a Parquet folder into the store (entities resolved across documents; run again to resume)."""
    from ..store.parquet import import_folder

    if "://" not in folder and not Path(folder).is_dir():
        fail(f"{folder}: no such folder")
    with open_store(db, read_only=False) as store:
        added = import_folder(store, folder)
        counts = store.stats()
    console.print(f"imported {added} new documents → {db} ({counts['documents']} documents in all)")


@app.command()
def quotes(
    speaker: Optional[str] = typer.Option(None, help="Who said it: any name form (\"Siliņa\", \"Evikai Siliņai\")."),
    about: Optional[str] = typer.Option(None, help="An entity named in the quotation."),
    since: Optional[str] = typer.Option(None, help="Published on or after YYYY-MM-DD."),
    until: Optional[str] = typer.Option(None, help="Published on or before YYYY-MM-DD."),
    contains: Optional[str] = typer.Option(None, help="Words in the quotation."),
    limit: int = typer.Option(50, help="At most this many."),
    min_confidence: float = MIN_CONFIDENCE_OPTION,
    db: Path = DB_OPTION,
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Stored quotations, newest first."""
    from ..store import queries

    with open_store(db) as store:
        rows = queries.quotes(store, speaker, about, parse_date(since), parse_date(until), contains, limit,
                              min_confidence=min_confidence)
    print_rows(rows, as_json, f"{len(rows)} quotations", ["published", "speaker_name", "cue", "content", "document_id"])


@app.command()
def entities(
    kind: Optional[str] = typer.Option(None, "--type", help="person, organization, GPE, location, …"),
    top: int = typer.Option(20, help="The most mentioned N."),
    db: Path = DB_OPTION,
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Entities across the store, most mentioned first."""
    from ..store import queries

    with open_store(db) as store:
        rows = queries.entities(store, kind, top)
    print_rows(rows, as_json, f"top {len(rows)} entities", ["id", "type", "name", "mentions", "documents", "quotes"])


@app.command()
def show(
    doc_id: int = typer.Argument(..., help="A document id (see `hronika quotes` or `stats`)."),
    min_confidence: float = MIN_CONFIDENCE_OPTION,
    db: Path = DB_OPTION,
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """One stored article with its quotations, speakers, entities and time expressions highlighted."""
    from ..render import print_document
    from ..store import queries

    with open_store(db) as store:
        doc = queries.document(store, doc_id, min_confidence)
    if doc is None:
        fail(f"no document {doc_id} in {db}")
    if as_json:
        sys.stdout.write(json.dumps(doc, ensure_ascii=False, default=str) + "\n")
        return
    print_document(console, doc)


@app.command()
def stats(db: Path = DB_OPTION, as_json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """How much the store holds."""
    with open_store(db) as store:
        counts = store.stats()
    if as_json:
        sys.stdout.write(json.dumps(counts) + "\n")
        return
    print_rows([counts], False, str(db), list(counts))


@app.command()
def export(
    output: Path = typer.Argument(..., help="A .jsonl file, a folder for Parquet files, or a .conllu file."),
    fmt: str = typer.Option("jsonl", "--format", help="jsonl, parquet or conllu."),
    min_confidence: float = MIN_CONFIDENCE_OPTION,
    db: Path = DB_OPTION,
    model: Optional[Path] = typer.Option(None, help="For conllu: a pipeline folder other than the shipped one."),
) -> None:
    """Everything in the store: documents with their analyses (JSONL), every table (Parquet), or parses (CoNLL-U)."""
    from ..store import queries

    if fmt not in ("jsonl", "parquet", "conllu"):
        fail(f"--format {fmt!r}: use jsonl, parquet or conllu")
    with open_store(db) as store:
        if fmt == "jsonl":
            with output.open("w", encoding="utf-8") as out:
                for line in queries.export_jsonl(store, min_confidence):
                    out.write(line + "\n")
        elif fmt == "parquet":
            queries.export_parquet(store, output, min_confidence)
        else:
            from ..render import doc_to_conllu

            nlp = load_pipeline(model)
            texts = ((text, doc_id) for doc_id, text in queries.document_texts(store))
            with output.open("w", encoding="utf-8") as out:
                for doc, doc_id in nlp.pipe(texts, as_tuples=True):
                    out.write(doc_to_conllu(doc, doc_id=f"d{doc_id}"))
    console.print(f"exported {fmt} → {output}")


@app.command()
def serve(
    db: Path = DB_OPTION,
    host: str = typer.Option("127.0.0.1", help="Address to listen on."),
    port: int = typer.Option(8000, help="Port to listen on."),
    api_key: Optional[str] = typer.Option(None, envvar="HRONIKA_API_KEY", show_envvar=True,
                                          help="Key for the write endpoints. Prefer the environment variable or "
                                          "--api-key-file: a command line shows in `ps`."),
    api_key_file: Optional[Path] = typer.Option(None, help="File holding the key for the write endpoints."),
    allowed_host: list[str] = typer.Option([], metavar="NAME", help="Another Host header to answer (a name "
                                           "clients use for this server; repeatable). The bind address and "
                                           "localhost always are."),
    max_analyses: int = typer.Option(MAX_ANALYSES, min=1, help="Analyses at once, each in a worker process."),
    analysis_queue: int = typer.Option(ANALYSIS_QUEUE, min=0, help="Analyses waiting for a worker before 503."),
    analysis_timeout: float = typer.Option(ANALYSIS_TIMEOUT, min=0.1, help="Seconds an analysis may run before its "
                                           "process is killed (504)."),
) -> None:
    """The pages (/, /article/ID, /entity/ID, /analyze) and the HTTP API over the store (OpenAPI at /docs)."""
    import uvicorn

    from ..api import LOCAL_HOSTS, create_app

    if api_key is not None and api_key_file is not None:
        fail("give the API key one way: --api-key-file, --api-key or HRONIKA_API_KEY")
    if api_key_file is not None:
        try:
            api_key = api_key_file.read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError) as exc:
            fail(f"{api_key_file}: cannot read the API key ({exc})")
    if api_key is not None and not api_key.strip():
        fail("the API key is empty: give a key, or none to leave the write endpoints open")
    try:
        app_ = create_app(db, api_key.strip() if api_key else None, allowed_hosts=[host, *LOCAL_HOSTS, *allowed_host],
                          max_analyses=max_analyses, analysis_queue=analysis_queue, analysis_timeout=analysis_timeout)
    except Exception as exc:  # a locked or unreadable store
        fail(f"{db}: cannot serve this store ({exc})")
    uvicorn.run(app_, host=host, port=port, timeout_keep_alive=5)
