"""Train UDPipe 1 (ufal.udpipe) on FullStack-LV's train split: tokenizer, tagger, parser (issue 12, part 4).

Usage: python benchmarks/peers/train_udpipe.py [CORPUS] — writes benchmarks/peers/udpipe/lv-fullstack.udpipe
and skips training when that file exists. Options are UDPipe 1's documented training options; fewer epochs and
iterations than the defaults (tokenizer epochs=100, tagger iterations=20, parser iterations=10) to fit a 2-core
machine's hour — see OPTIONS and BENCHMARKS.md.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
MODEL = HERE / "udpipe" / "lv-fullstack.udpipe"
OPTIONS = {
    "tokenizer": "epochs=20",
    "tagger": "iterations=2",
    "parser": "iterations=3",
}


def read_sentences(split: Path):
    """Every CoNLL-U sentence of the split's UD folder, paragraph files in sorted order, as ufal.udpipe Sentences."""
    from ufal.udpipe import InputFormat, ProcessingError, Sentence, Sentences

    reader = InputFormat.newConlluInputFormat()
    sentences, error = Sentences(), ProcessingError()
    for path in sorted((split / "UD").glob("*.conllu")):
        reader.setText(path.read_text(encoding="utf-8"))
        sentence = Sentence()
        while reader.nextSentence(sentence, error):
            sentences.push_back(sentence)
            sentence = Sentence()
        if error.occurred():
            raise SystemExit(f"{path}: {error.message}")
    return sentences


def main() -> None:
    corpus = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/fullstack-lv")
    if MODEL.exists():
        print(f"{MODEL}: already trained, skipping")
        return
    from ufal.udpipe import ProcessingError, Sentences, Trainer

    train = read_sentences(corpus / "train")
    print(f"UDPipe 1: {len(train)} train sentences, options {OPTIONS}", flush=True)
    started, error = time.perf_counter(), ProcessingError()
    model = Trainer.train("morphodita_parsito", train, Sentences(), OPTIONS["tokenizer"], OPTIONS["tagger"],
                          OPTIONS["parser"], error)
    if error.occurred():
        raise SystemExit(f"UDPipe training failed: {error.message}")
    MODEL.parent.mkdir(parents=True, exist_ok=True)
    MODEL.write_bytes(model if isinstance(model, bytes) else model.encode("latin-1"))
    print(f"{MODEL}: {MODEL.stat().st_size / 1e6:.1f} MB in {time.perf_counter() - started:.0f} s", flush=True)


if __name__ == "__main__":
    main()
