"""`hronika version`, `analyze` and `schema`: one text at a time, no store."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer

from .. import __version__
from .common import app, console, load_pipeline, parse_date, read_input


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
def schema() -> None:
    """Print the JSON Schema of the analysis JSON (`hronika analyze --json`, the API's /analyze)."""
    from ..schema import json_schema_text

    sys.stdout.write(json_schema_text())
