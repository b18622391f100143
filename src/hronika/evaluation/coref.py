"""Score coreference chains against FullStack-LV with the CoNLL-2012 metrics (MUC, B³, CEAF-e) from scorch."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from pathlib import Path
from statistics import mean

from scorch import scores
from spacy.language import Language

from ..corpus.coref import Span, partition, read_coref

Chains = list[list[Span]]
METRICS = {"muc": scores.muc, "b3": scores.b_cubed, "ceafe": scores.ceaf_e}


def non_singletons(chains: Chains) -> Chains:
    """The chains as a partition, without the one-mention chains that CoNLL-2012 does not score."""
    return [chain for chain in partition(chains) if len(chain) > 1]


def corpus_clusters(documents: list[Chains]) -> list[set[Hashable]]:
    """All documents' chains as one clustering whose mentions are (document, start, end)."""
    # No chain crosses a document, so scoring the union sums every metric's numerators and denominators
    # over the documents: the reference scorer's corpus-level (micro) average, with no arithmetic of ours.
    return [{(doc, start, end) for start, end in chain} for doc, chains in enumerate(documents) for chain in chains]


def shares_a_mention(key: list[set[Hashable]], response: list[set[Hashable]]) -> bool:
    """Whether any predicted mention is a gold one; where none is, every metric is 0."""
    # scorch's CEAF passes a numpy -0.0 to statistics.harmonic_mean when nothing overlaps, which raises.
    return not set().union(*key).isdisjoint(set().union(*response))


def percent(value: float) -> float:
    """A 0–1 score as a percentage rounded to 2 decimals."""
    return round(100 * float(value), 2)


def score_coref(documents: list[tuple[Chains, Chains]]) -> dict:
    """MUC, B³ and CEAF-e precision, recall, F1 and their mean (the CoNLL F1) over (gold, predicted) chains.

    Mentions match by exact character span; singleton chains are dropped on both sides.
    """
    key = corpus_clusters([non_singletons(gold) for gold, _ in documents])
    response = corpus_clusters([non_singletons(predicted) for _, predicted in documents])
    scored = {name: metric(key, response) if shares_a_mention(key, response) else (0.0, 0.0, 0.0)
              for name, metric in METRICS.items()}
    result: dict = {name: {"p": percent(p), "r": percent(r), "f": percent(f)} for name, (r, p, f) in scored.items()}
    result["conll_f1"] = percent(mean(f for _, _, f in scored.values()))
    result["documents"] = len(documents)
    return result


def pronoun_accuracy(documents: list[tuple[Chains, Chains, list[list[bool]]]]) -> float:
    """Share (%) of gold pronoun mentions with an earlier mention in their gold chain that are resolved.

    Each document is (gold chains, predicted chains, pronoun flags parallel to the gold chains). A pronoun
    counts as resolved when the predicted chain holding its exact span also holds, by exact span, at least
    one of the mentions before it in its gold chain.
    """
    resolved = total = 0
    for gold, predicted, flags in documents:
        chain_of = {span: set(chain) for chain in non_singletons(predicted) for span in chain}
        for chain, chain_flags in zip(gold, flags):
            mentions = sorted(zip(chain, chain_flags))
            for i, (span, pronoun) in enumerate(mentions):
                if pronoun and i > 0:
                    total += 1
                    resolved += bool(chain_of.get(span, set()) & {earlier for earlier, _ in mentions[:i]})
    return percent(resolved / total) if total else 0.0


def evaluate_coref(split_dir: Path, predict: Callable[[list[str]], list[Chains]]) -> dict | None:
    """Coreference scores of `predict` (paragraph texts → their chains of character spans) on a split; None
    without the layer."""
    if not (split_dir / "Coreferences").is_dir():
        return None
    skipped: list[str] = []
    paragraphs = list(read_coref(split_dir, skipped))
    predicted = predict([par.text for par in paragraphs])
    result = score_coref([(par.chains, chains) for par, chains in zip(paragraphs, predicted)])
    result["pronoun_accuracy"] = pronoun_accuracy(
        [(par.chains, chains, par.pronouns) for par, chains in zip(paragraphs, predicted)])
    result["paragraphs"] = len(paragraphs)
    result["skipped"] = len(skipped)
    return result


def hronika_chains(nlp: Language) -> Callable[[list[str]], list[Chains]]:
    """A predictor: the `coref` component's chains as character spans."""

    def predict(texts: list[str]) -> list[Chains]:
        return [[[(doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)) for start, end in chain]
                 for chain in doc._.coref_data or []] for doc in nlp.pipe(texts)]

    return predict
