"""Score quotation finding: recall on FrameNet speech frames, precision and recall on hand-annotated news."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from spacy.language import Language
from spacy.tokens import Doc

from ..analysis import analysis
from ..corpus.gold import Quote as GoldQuote, read_quotes
from ..quotes.patterns import PATTERNS
from .core import PRF, share

SPEAKER, MESSAGE = "Speaker", "Message"
MIN_OVERLAP = 0.5


@dataclass
class SpeechFrame:
    """One FrameNet example with a Speaker and a Message: character offsets of its target and the elements' roots."""

    text: str
    frame: str
    target: int
    speaker: int
    message: int


def token_offsets(text: str, forms: list[str]) -> list[int] | None:
    """Character offset of each form in text, in order; None where the forms do not spell the text."""
    offsets, at = [], 0
    for form in forms:
        found = text.find(form, at)
        if found < 0:
            return None
        offsets.append(found)
        at = found + len(form)
    return offsets


def read_speech_frames(split_dir: Path) -> Iterator[SpeechFrame]:
    """Every FrameNet example in the split whose frame elements include both Speaker and Message."""
    for path in sorted((split_dir / "FrameNet").glob("*.conll2009")):
        for block in path.read_text(encoding="utf-8").split("\n\n"):
            lines = block.splitlines()
            text = next((line.split("=", 1)[1].strip() for line in lines if line.startswith("# text")), None)
            rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
            rows = [r for r in rows if len(r) > 11 and r[0].isdigit()]
            if text is None or not rows:
                continue
            roles = {r[11]: i for i, r in enumerate(rows)}
            targets = [i for i, r in enumerate(rows) if r[9] == "Y"]
            offsets = token_offsets(text, [r[1] for r in rows])
            if SPEAKER in roles and MESSAGE in roles and targets and offsets is not None:
                yield SpeechFrame(text, rows[targets[0]][10], offsets[targets[0]], offsets[roles[SPEAKER]],
                                  offsets[roles[MESSAGE]])


def holds(span, char: int) -> bool:
    """Whether a span covers a character offset."""
    return span is not None and span.start_char <= char < span.end_char


def score_frames(nlp: Language, frames: list[SpeechFrame]) -> dict:
    """cue_recall, message_recall and speaker_accuracy over the frames, as percentages."""
    cue = message = speaker = 0
    for frame, doc in zip(frames, nlp.pipe(f.text for f in frames)):
        hits = [q for q in doc._.quotes if holds(q.cue, frame.target)]
        cue += bool(hits)
        message += any(holds(q.content, frame.message) for q in hits)
        speaker += any(holds(q.speaker, frame.speaker) or holds(q.entity, frame.speaker) for q in hits)
    n = len(frames)
    return {"frames": n, "cue_recall": share(cue, n), "message_recall": share(message, n),
            "speaker_accuracy": share(speaker, n)}


def overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Shared characters over the longer of two ranges."""
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return max(0, shared) / max(a[1] - a[0], b[1] - b[0], 1)


def score_annotated(nlp: Language, gold_path: Path) -> dict:
    """Quote precision, recall, F1 (content overlap ≥ 0.5) and speaker-name accuracy on hand-annotated texts, also
    per quotation pattern and per way the gold speaker is named (`naming`)."""
    gold = read_quotes(gold_path)
    docs: list[Doc] = list(nlp.pipe(item.text for item in gold))
    counts, tally = PRF(), Tally()
    for item, doc in zip(gold, docs):
        predicted = analysis(doc).quotes  # quotes do not depend on the date
        patterns = {id(q): raw.pattern for q, raw in zip(predicted, doc._.quotes)}
        counts.pred += len(predicted)
        counts.gold += len(item.quotes)
        unmatched = list(predicted)
        for g in item.quotes:
            span = g.content.start, g.content.end
            match = max(unmatched, key=lambda p: overlap(span, (p.content.start, p.content.end)), default=None)
            if match is None or overlap(span, (match.content.start, match.content.end)) < MIN_OVERLAP:
                continue
            unmatched.remove(match)
            counts.tp += 1
            right = (g.speaker.name if g.speaker else None) == (match.speaker.name if match.speaker else None)
            tally.matched(patterns[id(match)], naming_of(g), right)
        for quote in predicted:
            tally.found[patterns[id(quote)]] += 1
    return {"texts": len(gold), "quotes": counts.gold, **counts.scores(),
            "speaker_accuracy": share(sum(tally.speaker_right.values()), counts.tp),
            "patterns": tally.pattern_scores(counts.gold), "speaker_by_naming": tally.naming_scores()}


def naming_of(quote: GoldQuote) -> str:
    """How the gold quotation's sentence names its speaker: a NAMING_KINDS value, "unknown" where not annotated,
    "none" for a quotation without a speaker."""
    if quote.speaker is None:
        return "none"
    return quote.speaker.naming or "unknown"


@dataclass
class Tally:
    """Quotations found per pattern, and the matched ones with their speaker right or wrong per pattern and per
    naming. A pattern's precision is the share of its quotations that match a gold quotation; its recall the share
    of all gold quotations matched by one of its quotations, so that the patterns' recalls add up to the overall."""

    found: Counter = field(default_factory=Counter)
    right: Counter = field(default_factory=Counter)
    speaker_right: Counter = field(default_factory=Counter)  # by pattern
    by_naming: Counter = field(default_factory=Counter)
    by_naming_right: Counter = field(default_factory=Counter)

    def matched(self, pattern: str, naming: str, speaker_right: bool) -> None:
        """Count one quotation matched to gold."""
        self.right[pattern] += 1
        self.speaker_right[pattern] += speaker_right
        self.by_naming[naming] += 1
        self.by_naming_right[naming] += speaker_right

    def pattern_scores(self, gold: int) -> dict[str, dict]:
        """{pattern: {found, right, p, r, speaker_accuracy}} for every pattern of the registry, in the order they
        run; speaker accuracy over the pattern's matched quotations."""
        return {p.name: {"found": self.found[p.name], "right": self.right[p.name],
                         "p": share(self.right[p.name], self.found[p.name]), "r": share(self.right[p.name], gold),
                         "speaker_accuracy": share(self.speaker_right[p.name], self.right[p.name])}
                for p in PATTERNS}

    def naming_scores(self) -> dict[str, dict]:
        """{naming: {quotes, speaker_accuracy}} over the matched quotations, by how gold names their speaker."""
        return {kind: {"quotes": n, "speaker_accuracy": share(self.by_naming_right[kind], n)}
                for kind, n in sorted(self.by_naming.items())}


def evaluate_speech(nlp: Language, split_dir: Path, annotated: Path | None = None,
                    development: Path | None = None) -> dict | None:
    """The `speech` section of `hronika evaluate`: FrameNet recall, the annotated validation set (`annotated`: dev
    texts, never tuned on) and the development set (`development`: train texts, what rules are tuned on)."""
    frames = list(read_speech_frames(split_dir)) if (split_dir / "FrameNet").is_dir() else []
    if not frames and annotated is None and development is None:
        return None
    section = score_frames(nlp, frames) if frames else {}
    for key, path in (("annotated", annotated), ("development", development)):
        if path is not None:
            section[key] = score_annotated(nlp, path)
    return section
