"""What every `hronika` command shares: the Typer app, consoles, errors, reading input, dates, the store."""

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

from ..ingest import Unreadable, decode_text, read_limited, read_text_file, text_refusal
from ..limits import MAX_FILE_BYTES

app = typer.Typer(help="hronika: who said what, about whom, where and when, in Latvian news.", no_args_is_help=True)
console = Console()
err_console = Console(stderr=True, soft_wrap=True)
DB_OPTION = typer.Option(Path("hronika.duckdb"), "--db", help="The store: an embedded DuckDB file.")
MIN_CONFIDENCE_OPTION = typer.Option(
    0.0, min=0.0, max=1.0,
    help="Only quotations of at least this confidence (the chance the quotation is real with the right speaker; "
         "0.8 kept 95 % right on the development set).")


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
