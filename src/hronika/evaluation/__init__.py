"""`hronika evaluate` and `hronika bench`: every score against gold annotation, and speed."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language


def run(nlp: Language, directory: Path, *, limit: int = 0, quotes: Path | None = None,
        development_quotes: Path | None = None, timexes: Path | None = None, harder_timexes: Path | None = None,
        names: Path | None = None) -> dict:
    """Every score of `nlp` on a FullStack-LV split folder, and on the hand-annotated sets given (quotations: the
    validation and the development set; time expressions: the main set and the harder one, `timex.harder`): one JSON
    object whose sections are the core analysis, `speech`, `timex`, `coref` and `names`."""
    # imported here, not above: `hronika bench` (evaluation.speed) would load scipy with the coreference metrics
    from ..corpus.gold import read_timexes
    from .core import evaluate
    from .coref import evaluate_coref, hronika_chains
    from .names import score_dev_entities, score_name_list, score_persons
    from .speech import evaluate_speech
    from .timex import hronika_timexes, score_timexes

    results = evaluate(nlp, directory, limit=limit)
    speech = evaluate_speech(nlp, directory, quotes, development_quotes)
    if speech is not None:
        results["speech"] = speech
    if timexes is not None:
        items = read_timexes(timexes)
        results["timex"] = score_timexes(items, hronika_timexes(nlp)(items))
    if harder_timexes is not None:
        items = read_timexes(harder_timexes)
        results.setdefault("timex", {})["harder"] = score_timexes(items, hronika_timexes(nlp)(items))
    coref = evaluate_coref(directory, hronika_chains(nlp))
    if coref is not None:
        results["coref"] = coref
    results["names"] = score_dev_entities(nlp, directory)
    results["names"]["persons"] = score_persons(nlp, directory)
    if names is not None:
        results["names"]["forms"] = score_name_list(nlp, names)
    return results
