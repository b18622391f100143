"""hronika: who said what, about whom, where and when, in Latvian news."""

__version__ = "0.1.0"


def load(path=None, config=None):
    """The hronika Latvian pipeline (see `hronika.pipeline.load`)."""
    from .pipeline import load as _load

    return _load(path, config)
