"""The `hronika` command line: analyse, ingest and query a store, evaluate, benchmark, build the pipeline."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .. import __version__
from ..ingest import Unreadable, decode_text, read_limited, read_text_file, text_refusal
from ..limits import ANALYSIS_QUEUE, ANALYSIS_TIMEOUT, MAX_ANALYSES, MAX_FILE_BYTES

DEFAULT_CORPUS = Path("../shared/data/fullstack-lv")
BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
ANNOTATED_QUOTES = BENCHMARKS / "quotes" / "gold.jsonl"
ANNOTATED_TIMEXES = BENCHMARKS / "timex" / "gold.jsonl"
ANNOTATED_NAMES = BENCHMARKS / "names" / "gold.jsonl"

app = typer.Typer(help="hronika: who said what, about whom, where and when, in Latvian news.", no_args_is_help=True)
console = Console()
err_console = Console(stderr=True, soft_wrap=True)


def fail(message: str, code: int = 2) -> None:
    """Print an error to stderr and exit."""
    err_console.print(f"[bold red]error:[/] {message}")
    raise typer.Exit(code)


def load_pipeline(model: Optional[Path]):
    """The shipped pipeline, or the one at `model`."""
    from ..pipeline import load

    try:
        return load(model)
    except (FileNotFoundError, OSError) as exc:
        fail(str(exc))


def read_input(path: Path) -> str:
    """Text of FILE, or of stdin for `-`, at most MAX_FILE_BYTES, with a clear error for bad input and a warning
    for bytes that had to be replaced."""
    try:
        if str(path) == "-":
            decoded = decode_text(read_limited(sys.stdin.buffer, MAX_FILE_BYTES, "stdin"), "stdin")
        else:
            decoded = read_text_file(path)
    except Unreadable as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"{path}: cannot be read ({exc.strerror or type(exc).__name__})")
    if decoded.warning:
        err_console.print(f"[yellow]warning[/] {escape(str(path))}: {escape(decoded.warning)}")
    reason = text_refusal(decoded.text)
    if reason is not None:
        fail(f"{path}: {reason}")
    return decoded.text


def parse_date(value: Optional[str]) -> Optional[dt.date]:
    """A YYYY-MM-DD date, checked; None stays None."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        fail(f"--date {value!r}: not a YYYY-MM-DD date")


@app.command()
def version() -> None:
    """Print the hronika version."""
    console.print(__version__)


@app.command()
def analyze(
    files: list[Path] = typer.Argument(..., help="Text files to analyse (`-` reads stdin)."),
    conllu: bool = typer.Option(False, "--conllu", help="Write CoNLL-U instead of the readable analysis."),
    as_json: bool = typer.Option(False, "--json", help="Write the analysis JSON (entities, quotes, timexes)."),
    date: Optional[str] = typer.Option(None, help="Publication date, YYYY-MM-DD, that time expressions refer to."),
    summary: bool = typer.Option(False, "--summary", help="One short summary per file instead of every token."),
    model: Optional[Path] = typer.Option(None, help="A pipeline folder other than the shipped one."),
) -> None:
    """Analyse Latvian text: tokens, lemmas, morphology, dependencies, named entities and who said what."""
    from ..analysis import analysis
    from ..render import doc_to_conllu, print_analysis, print_summary

    published = parse_date(date)
    texts = [(path, read_input(path)) for path in files]
    nlp = load_pipeline(model)
    for (path, text), doc in zip(texts, nlp.pipe(text for _, text in texts)):
        if as_json:
            sys.stdout.write(json.dumps(analysis(doc, published).to_json(), ensure_ascii=False) + "\n")
        elif conllu:
            sys.stdout.write(doc_to_conllu(doc, doc_id=Path(str(path)).stem))
        elif summary:
            print_summary(console, str(path), doc, published)
        else:
            print_analysis(console, doc, published)


@app.command()
def evaluate(
    directory: Path = typer.Argument(DEFAULT_CORPUS / "dev", help="A folder laid out like FullStack-LV's dev split."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object."),
    model: Optional[Path] = typer.Option(None, help="A pipeline folder other than the shipped one."),
    limit: int = typer.Option(0, help="Score only the first N paragraphs (0: all)."),
    quotes: Optional[Path] = typer.Option(
        ANNOTATED_QUOTES if ANNOTATED_QUOTES.exists() else None,
        help="Hand-annotated quotations (gold.jsonl beside texts.jsonl) for quote precision and recall.",
    ),
    timexes: Optional[Path] = typer.Option(
        ANNOTATED_TIMEXES if ANNOTATED_TIMEXES.exists() else None,
        help="Hand-annotated time expressions (JSONL with published dates) for TIMEX3 value accuracy.",
    ),
    names: Optional[Path] = typer.Option(
        ANNOTATED_NAMES if ANNOTATED_NAMES.exists() else None,
        help="Hand-checked inflected name forms (JSONL) for canonical-name accuracy.",
    ),
) -> None:
    """Score the pipeline against gold annotation: tokens, sentences, tags, lemmas, parse, entities, speech,
    time expressions."""
    from ..evaluation.core import evaluate as run_evaluation
    from ..evaluation.core import format_table
    from ..evaluation.speech import evaluate_speech
    from ..evaluation.coref import evaluate_coref, hronika_chains
    from ..evaluation.names import score_dev_entities, score_name_list
    from ..evaluation.timex import hronika_timexes, read_gold, score_timexes

    if not (directory / "UD").is_dir():
        fail(f"{directory}: not a FullStack-LV split folder (no UD/ inside)")
    if quotes is not None and not (quotes.exists() and quotes.with_name("texts.jsonl").exists()):
        fail(f"{quotes}: no such annotation file, or no texts.jsonl beside it")
    for annotation in (timexes, names):
        if annotation is not None and not annotation.is_file():
            fail(f"{annotation}: no such annotation file")
    nlp = load_pipeline(model)
    with console.status(f"Evaluating on {directory} ..."):
        results = run_evaluation(nlp, directory, limit=limit)
        speech = evaluate_speech(nlp, directory, quotes)
        if speech is not None:
            results["speech"] = speech
        if timexes is not None:
            items = read_gold(timexes)
            results["timex"] = score_timexes(items, hronika_timexes(nlp)(items))
        coref = evaluate_coref(directory, hronika_chains(nlp))
        if coref is not None:
            results["coref"] = coref
        results["names"] = score_dev_entities(nlp, directory)
        if names is not None:
            results["names"]["forms"] = score_name_list(nlp, names)
    if as_json:
        sys.stdout.write(json.dumps(results, ensure_ascii=False) + "\n")
        return
    table = Table("metric", "value", title=f"hronika on {directory} ({results['words']} words)")
    for key, value in format_table(results):
        table.add_row(key, value)
    console.print(table)


@app.command()
def bench(
    inputs: list[Path] = typer.Argument(None, help="Text files or folders (default: dev news documents, else the samples)."),
    n_process: int = typer.Option(0, help="Processes for the all-cores run (0: one per core)."),
    repeat: int = typer.Option(1, help="Run over the inputs this many times."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object."),
    model: Optional[Path] = typer.Option(None, help="A pipeline folder other than the shipped one."),
) -> None:
    """Words/s and articles/s of the full pipeline, on one core and on all, and peak memory."""
    from ..evaluation.speed import benchmark_texts, default_texts, run_benchmark

    texts = benchmark_texts(inputs) if inputs else default_texts(DEFAULT_CORPUS)
    if not texts:
        fail("nothing to benchmark: no readable text in the inputs")
    results = run_benchmark(model, texts * repeat, n_process)
    if as_json:
        sys.stdout.write(json.dumps(results) + "\n")
        return
    table = Table("run", "articles", "words", "seconds", "words/s", "articles/s", title="hronika bench")
    for run in results["runs"]:
        table.add_row(
            run["name"], str(run["articles"]), str(run["words"]), f"{run['seconds']:.2f}",
            f"{run['words_per_second']:.0f}", f"{run['articles_per_second']:.1f}",
        )
    console.print(table)
    console.print(f"peak memory: {results['peak_rss_mb']:.0f} MB; model size: {results['model_mb']:.1f} MB")


@app.command()
def convert(
    corpus: Path = typer.Argument(DEFAULT_CORPUS, help="The FullStack-LV folder (with train/ and dev/)."),
    output: Path = typer.Argument(Path("corpus"), help="Where to write train.spacy and dev.spacy."),
) -> None:
    """Convert FullStack-LV's UD and NER layers to spaCy DocBin files for training."""
    import spacy

    from ..corpus.fullstack import split_to_docbin

    output.mkdir(parents=True, exist_ok=True)
    nlp = spacy.blank("lv")
    for split in ("train", "dev"):
        if not (corpus / split / "UD").is_dir():
            fail(f"{corpus / split}: no UD/ folder (is {corpus} the FullStack-LV corpus?)")
        docbin = split_to_docbin(corpus / split, nlp.vocab)
        docbin.to_disk(output / f"{split}.spacy")
        console.print(f"{split}: {len(docbin)} paragraphs → {output / f'{split}.spacy'}")


@app.command()
def package(
    trained: Path = typer.Argument(..., help="A `spacy train` output (model-best)."),
    output: Path = typer.Argument(..., help="Where to write the hronika pipeline."),
    train_docs: Path = typer.Option(Path("corpus/train.spacy"), help="Training DocBin, for the lemma lexicon."),
    dev: Path = typer.Option(DEFAULT_CORPUS / "dev", help="Dev split to score and record in the model's meta."),
) -> None:
    """Package a trained spaCy pipeline as hronika's: Latvian rules, lemma lexicon, credits and dev scores."""
    from ..evaluation.core import evaluate as run_evaluation
    from ..pipeline import finalize, record_performance

    nlp = finalize(trained, output, train_docs)
    if (dev / "UD").is_dir():
        results = run_evaluation(nlp, dev)
        record_performance(output, results)
        sys.stdout.write(json.dumps(results, ensure_ascii=False) + "\n")
    console.print(f"pipeline written to {output}")


DB_OPTION = typer.Option(Path("hronika.duckdb"), "--db", help="The store: an embedded DuckDB file.")


def open_store(db: Path, read_only: bool = True):
    """The store at `db`, with a clear error when there is none."""
    from ..store import Store

    if read_only and not db.exists():
        fail(f"{db}: no store here (run `hronika ingest FILES --db {db}` first)")
    try:
        return Store(db, read_only=read_only)
    except Exception as exc:  # duckdb.IOException, a locked or corrupt file
        fail(f"{db}: cannot open the store ({exc})")


def print_rows(rows: list[dict], as_json: bool, title: str, columns: list[str]) -> None:
    """Rows as a Rich table, or as JSON."""
    if as_json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, default=str) + "\n")
        return
    table = Table(*columns, title=title)
    for row in rows:
        table.add_row(*(escape(str(row.get(c, "")) if row.get(c) is not None else "") for c in columns))
    console.print(table)


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
    model: Optional[Path] = typer.Option(None, help="A pipeline folder other than the shipped one."),
) -> None:
    """Analyse articles and store them; anything rejected is listed with its reason, and the exit code is 1."""
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    from ..ingest.run import ingest as run_ingest
    from ..ingest.sources import Columns, read_inputs

    columns = Columns(text_column, url_column, title_column, published_column, outlet_column)
    store = open_store(db, read_only=False)
    nlp = load_pipeline(model)
    with Progress(TextColumn("[bold]ingesting"), BarColumn(), TextColumn("{task.completed} articles"),
                  TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), console=err_console) as progress:
        task = progress.add_task("ingest", total=None, rate="")

        def advance(n: int) -> None:
            progress.advance(task, n)
            elapsed = progress.tasks[0].elapsed or 1e-9
            progress.update(task, rate=f"{progress.tasks[0].completed / elapsed:.1f} articles/s")

        report = run_ingest(read_inputs(inputs, columns), store, nlp, workers=workers, on_progress=advance)
    store.close()
    console.print(f"stored {report.stored}, already stored {report.skipped}, rejected {len(report.rejected)} → {db}")
    for warning in report.warnings:
        err_console.print(f"[yellow]warning[/] {escape(warning.source)}: {escape(warning.reason)}")
    for rejection in report.rejected:
        err_console.print(f"[yellow]rejected[/] {escape(rejection.source)}: {escape(rejection.reason)}")
    if report.rejected:
        raise typer.Exit(1)


@app.command()
def quotes(
    speaker: Optional[str] = typer.Option(None, help="Who said it: any name form (\"Siliņa\", \"Evikai Siliņai\")."),
    about: Optional[str] = typer.Option(None, help="An entity named in the quotation."),
    since: Optional[str] = typer.Option(None, help="Published on or after YYYY-MM-DD."),
    until: Optional[str] = typer.Option(None, help="Published on or before YYYY-MM-DD."),
    contains: Optional[str] = typer.Option(None, help="Words in the quotation."),
    limit: int = typer.Option(50, help="At most this many."),
    db: Path = DB_OPTION,
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Stored quotations, newest first."""
    from ..store import queries

    with open_store(db) as store:
        rows = queries.quotes(store, speaker, about, parse_date(since), parse_date(until), contains, limit)
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
    db: Path = DB_OPTION,
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """One stored article with its quotations, speakers, entities and time expressions highlighted."""
    from ..render import print_document
    from ..store import queries

    with open_store(db) as store:
        doc = queries.document(store, doc_id)
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
                for line in queries.export_jsonl(store):
                    out.write(line + "\n")
        elif fmt == "parquet":
            queries.export_parquet(store, output)
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
    """The HTTP API over the store (OpenAPI at /docs): /analyze, /documents, /quotes, /entities, /search."""
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


def main() -> None:
    """Console-script entry point."""
    app()

