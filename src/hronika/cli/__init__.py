"""The `hronika` command line (Typer + Rich): analyse (`analyse`), store and serve (`store`), evaluate, benchmark and
build the pipeline (`maintainer`)."""

from __future__ import annotations

from . import analyse, maintainer, store  # noqa: F401  (each registers its commands on the app)
from .common import app


def main() -> None:
    """Console-script entry point."""
    app()
