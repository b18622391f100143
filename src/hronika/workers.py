"""The pipeline of a forked worker process (ingestion's and the server's): handed over at fork, never pickled."""

from __future__ import annotations

from spacy.language import Language

_pipeline: Language | None = None


def set_pipeline(nlp: Language) -> None:
    """In a new worker, as its pool's initializer: the pipeline it analyses with (a forked child inherits it)."""
    global _pipeline
    _pipeline = nlp


def pipeline() -> Language:
    """This worker's pipeline."""
    if _pipeline is None:
        raise RuntimeError("not a worker process: no pipeline was handed over")
    return _pipeline
