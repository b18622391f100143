"""Maintainers' commands: `evaluate` and `bench` against the corpus, `convert` and `package` to train."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.table import Table

from .common import app, console, fail, load_pipeline

CORPUS = Path("../shared/data/fullstack-lv")  # where a developer's checkout has FullStack-LV (`--help` shows it)
CHECKOUT = Path(__file__).resolve().parents[3]  # a source checkout: the annotated sets and the samples
BENCHMARKS = CHECKOUT / "benchmarks"
SAMPLES = CHECKOUT / "samples"
ANNOTATED_QUOTES = BENCHMARKS / "quotes" / "gold.jsonl"  # dev texts: validation, never tuned on
DEVELOPMENT_QUOTES = BENCHMARKS / "quotes" / "train.jsonl"  # train texts: what quote rules are tuned on
ANNOTATED_TIMEXES = BENCHMARKS / "timex" / "gold.jsonl"
HARDER_TIMEXES = BENCHMARKS / "timex" / "harder.jsonl"
ANNOTATED_NAMES = BENCHMARKS / "names" / "gold.jsonl"
PEERS = BENCHMARKS / "peers"


@app.command()
def evaluate(
    directory: Path = typer.Argument(CORPUS / "dev", help="A folder laid out like FullStack-LV's dev split."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object."),
    model: Optional[Path] = typer.Option(None, help="A pipeline folder other than the shipped one."),
    limit: int = typer.Option(0, help="Score only the first N paragraphs (0: all)."),
    quotes: Optional[Path] = typer.Option(
        ANNOTATED_QUOTES if ANNOTATED_QUOTES.exists() else None,
        help="Hand-annotated quotations (JSONL: each text with its quotations) for quote precision and recall: the "
        "validation set.",
    ),
    development_quotes: Optional[Path] = typer.Option(
        DEVELOPMENT_QUOTES if DEVELOPMENT_QUOTES.exists() else None,
        help="The development set of annotated quotations (train texts), scored the same way.",
    ),
    timexes: Optional[Path] = typer.Option(
        ANNOTATED_TIMEXES if ANNOTATED_TIMEXES.exists() else None,
        help="Hand-annotated time expressions (JSONL with published dates) for TIMEX3 value accuracy.",
    ),
    harder_timexes: Optional[Path] = typer.Option(
        HARDER_TIMEXES if HARDER_TIMEXES.exists() else None,
        help="The harder set of time expressions (tense-directed dates, parts of a year, holidays, lengths).",
    ),
    names: Optional[Path] = typer.Option(
        ANNOTATED_NAMES if ANNOTATED_NAMES.exists() else None,
        help="Hand-checked inflected name forms (JSONL) for canonical-name accuracy.",
    ),
) -> None:
    """Score the pipeline against gold annotation: tokens, sentences, tags, lemmas, parse, entities, speech,
    time expressions."""
    from ..evaluation import run
    from ..evaluation.core import format_table

    if not (directory / "UD").is_dir():
        fail(f"{directory}: not a FullStack-LV split folder (no UD/ inside)")
    for annotation in (quotes, development_quotes, timexes, harder_timexes, names):
        if annotation is not None and not annotation.is_file():
            fail(f"{annotation}: no such annotation file")
    nlp = load_pipeline(model)
    with console.status(f"Evaluating on {directory} ..."):
        results = run(nlp, directory, limit=limit, quotes=quotes, development_quotes=development_quotes,
                      timexes=timexes, harder_timexes=harder_timexes, names=names)
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
    corpus: Path = typer.Option(CORPUS, help="FullStack-LV, whose dev news documents are the default input."),
    peers: bool = typer.Option(False, "--peers", help="hronika beside the peers trained by `make peers`, on the "
                               "corpus's dev paragraphs: words/s on one core, upos, lemma, las, ner_f."),
    peers_dir: Path = typer.Option(PEERS, help="Where `make peers` put the peers' models."),
    limit: int = typer.Option(0, help="With --peers: only the first N dev paragraphs (0: all)."),
    rounds: int = typer.Option(3, help="With --peers: time each system this many times in turn, keep its best."),
) -> None:
    """Words/s and articles/s of the full pipeline, on one core and on all, each component's share of one core's
    time, and peak memory; with --peers, beside UDPipe 1 and spaCy's stock recipe in the same run."""
    if peers:
        compare_peers(corpus / "dev", peers_dir, model, limit, rounds, as_json)
        return
    from ..evaluation.speed import benchmark_texts, default_texts, run_benchmark

    texts = benchmark_texts(inputs) if inputs else default_texts(corpus, SAMPLES)
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
    parts = Table("component", "seconds", "share", "words/s", title="one core, by component")
    for name, part in results["components"].items():
        parts.add_row(name, f"{part['seconds']:.2f}", f"{part['share']:.0%}", f"{part['words_per_second'] or 0:.0f}")
    console.print(parts)
    console.print(f"peak memory: {results['peak_rss_mb']:.0f} MB; model size: {results['model_mb']:.1f} MB")


def compare_peers(dev: Path, peers_dir: Path, model: Optional[Path], limit: int, rounds: int, as_json: bool) -> None:
    """`hronika bench --peers`: one JSON object or a table, absent peers named with how to make them."""
    from ..evaluation.peers import METRICS, compare

    if not (dev / "UD").is_dir():
        fail(f"{dev}: not a FullStack-LV split folder (no UD/ inside)")
    results = compare(load_pipeline(model), dev, peers_dir, limit=limit, rounds=rounds)
    if as_json:
        sys.stdout.write(json.dumps(results, ensure_ascii=False) + "\n")
        return
    run = results["run"]
    table = Table("system", "words/s", "ratio", *METRICS,
                  title=f"hronika and peers: {run['paragraphs']} paragraphs, one core, best of {run['rounds']}")
    for name, result in results.items():
        if name in ("ratio", "run") or "absent" in result:
            continue
        ratio = results["ratio"].get(name)
        table.add_row(name, f"{result['words_per_second']:.0f}", "" if ratio is None else f"{ratio:.2f}",
                      *("—" if result[m] is None else f"{result[m]:.2f}" for m in METRICS))
    console.print(table)
    for name, result in results.items():
        if isinstance(result, dict) and "absent" in result:
            console.print(f"{name} absent: {result['absent']}")


@app.command()
def convert(
    corpus: Path = typer.Argument(CORPUS, help="The FullStack-LV folder (with train/ and dev/)."),
    output: Path = typer.Argument(Path("corpus"), help="Where to write train.spacy and dev.spacy."),
    extra: Optional[Path] = typer.Option(
        None, help="The harmonised LVTB extra sentences (../shared/data/lvtb-extra/harmonised), added to train "
                   "without entities; sentences of documents that are in FullStack-LV dev are left out."),
) -> None:
    """Convert FullStack-LV's UD and NER layers to spaCy DocBin files for training."""
    import spacy

    from ..corpus.fullstack import split_to_docbin
    from ..corpus.lvtb import EXTRA_FILES, extra_docs

    output.mkdir(parents=True, exist_ok=True)
    nlp = spacy.blank("lv")
    for split in ("train", "dev"):
        if not (corpus / split / "UD").is_dir():
            fail(f"{corpus / split}: no UD/ folder (is {corpus} the FullStack-LV corpus?)")
    if extra is not None and not all((extra / name).is_file() for name in EXTRA_FILES):
        fail(f"{extra}: expected {', '.join(EXTRA_FILES)} (is it lvtb-extra/harmonised?)")
    for split in ("train", "dev"):
        docbin = split_to_docbin(corpus / split, nlp.vocab)
        if split == "train" and extra is not None:
            tagset = {token.tag_ for doc in docbin.get_docs(nlp.vocab) for token in doc}
            dev_documents = {path.stem.split("-")[0] for path in (corpus / "dev" / "UD").glob("*.conllu")}
            before = len(docbin)
            for doc in extra_docs(nlp.vocab, extra, dev_documents, tagset):
                docbin.add(doc)
            console.print(f"train: {len(docbin) - before} LVTB extra paragraphs from {extra}")
        docbin.to_disk(output / f"{split}.spacy")
        console.print(f"{split}: {len(docbin)} paragraphs → {output / f'{split}.spacy'}")


@app.command()
def package(
    trained: Path = typer.Argument(..., help="A `spacy train` output (model-best)."),
    output: Path = typer.Argument(..., help="Where to write the hronika pipeline."),
    train_docs: Path = typer.Option(Path("corpus/train.spacy"), help="Training DocBin, for the lemma lexicon."),
    dev: Path = typer.Option(CORPUS / "dev", help="Dev split to score and record in the model's meta."),
    ner: Optional[Path] = typer.Option(None, help="A recogniser trained on its own (`spacy train "
                                                  "training/configs/lv_ner.cfg`: model-best) to use instead."),
) -> None:
    """Package a trained spaCy pipeline as hronika's: Latvian rules, lemma lexicon, credits and dev scores."""
    from ..evaluation.core import evaluate as run_evaluation
    from ..pipeline import finalize, record_performance

    if ner is not None and not (ner / "config.cfg").is_file():
        fail(f"{ner}: no trained pipeline here (expected a `spacy train` model-best folder)")
    nlp = finalize(trained, output, train_docs, ner)
    if (dev / "UD").is_dir():
        results = run_evaluation(nlp, dev)
        record_performance(output, results)
        sys.stdout.write(json.dumps(results, ensure_ascii=False) + "\n")
    console.print(f"pipeline written to {output}")
