"""Rules vs the learned speaker ranker on the validation set, the development set and FrameNet dev; and calibration.

    PYTHONPATH=src python training/speaker_ranker_compare.py [--corpus ../shared/data/fullstack-lv]

Prints one JSON object: for the rules and the ranker, quote P/R/F and speaker accuracy (with per naming kind) on
benchmarks/quotes/gold.jsonl (validation) and train.jsonl (development: in-sample for the ranker, whose honest
figure is the cross-validated one `speaker_ranker.py train` prints), FrameNet dev speaker accuracy, and for the
ranker's probability and the patterns' confidence the share of right speakers at each threshold on validation.
Reads the validation set to report only: nothing here feeds back into the weights.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import hronika
from hronika.analysis import analysis
from hronika.components.quotes import quote_to_data
from hronika.corpus.gold import read_quotes
from hronika.evaluation.speech import matches, read_speech_frames, score_annotated, score_frames
from hronika.quotes.ranker import SpeakerRanker
from hronika.quotes.speakers import indexed

CHECKOUT = Path(__file__).resolve().parents[1]
SETS = {"validation": CHECKOUT / "benchmarks" / "quotes" / "gold.jsonl",
        "development": CHECKOUT / "benchmarks" / "quotes" / "train.jsonl"}
CONFIGS = {"rules": {"components": {"quotes": {"speaker_ranker": False}}},
           "ranker": {"components": {"quotes": {"speaker_ranker": True}}}}
THRESHOLDS = (0.5, 0.7, 0.8, 0.9, 0.95)


def summary(result: dict) -> dict:
    """The figures of `score_annotated` worth a table."""
    return {**{k: result[k] for k in ("p", "r", "f", "speaker_accuracy")},
            "by_naming": {k: [v["quotes"], v["speaker_accuracy"]] for k, v in result["speaker_by_naming"].items()}}


def matched_speakers(item, predicted) -> list[tuple[int, bool]]:
    """(index of the predicted quotation, whether its speaker is right) for each gold quotation matched."""
    spans = [(q.content.start, q.content.end) for q in predicted]
    return [(k, (g.speaker.name if g.speaker else None) == (predicted[k].speaker.name if predicted[k].speaker else None))
            for g, k in matches(item.quotes, spans)]


def table(pairs: list[tuple[float, bool]]) -> dict:
    """{threshold: [quotations at or above it, share of them right]}."""
    above = {t: [r for p, r in pairs if p >= t] for t in THRESHOLDS}
    return {t: [len(rs), round(100 * sum(rs) / len(rs), 2) if rs else None] for t, rs in above.items()}


def calibration(path: Path) -> dict:
    """Right speakers among matched quotations at or above each threshold: the rules' speakers by the pattern
    confidence; the ranker's by its probability, and by that probability times the pattern confidence."""
    nlp = hronika.load(config=CONFIGS["rules"])
    gold = read_quotes(path)
    ranker, rules, by_p, by_product = SpeakerRanker(), [], [], []
    for item, doc in zip(gold, nlp.pipe(t.text for t in gold)):
        predicted = analysis(doc).quotes
        rules += [(predicted[k].confidence, right) for k, right in matched_speakers(item, predicted)]
        quotes = doc._.quotes
        with indexed(doc):
            probabilities = ranker.rerank(doc, quotes)
        doc._.quote_data = [quote_to_data(q) for q in quotes]
        predicted = analysis(doc).quotes
        for k, right in matched_speakers(item, predicted):
            by_p.append((probabilities[k], right))
            by_product.append((predicted[k].confidence, right))  # the ranker's: the pattern's times the probability
    return {"rules_pattern_confidence": table(rules), "ranker_probability": table(by_p),
            "ranker_confidence": table(by_product)}

def main() -> None:
    """Score both configurations."""
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--corpus", type=Path, default=CHECKOUT.parent / "shared" / "data" / "fullstack-lv")
    args = options.parse_args()
    frames = list(read_speech_frames(args.corpus / "dev"))
    report: dict = {}
    for name, config in CONFIGS.items():
        nlp = hronika.load(config=config)
        report[name] = {key: summary(score_annotated(nlp, path)) for key, path in SETS.items()}
        report[name]["framenet_dev"] = score_frames(nlp, frames)
    report["calibration_validation"] = calibration(SETS["validation"])
    print(json.dumps(report, ensure_ascii=False))


if __name__ == "__main__":
    main()
