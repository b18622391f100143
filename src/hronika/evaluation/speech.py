"""Score quotation finding: recall on FrameNet speech frames, precision and recall on hand-annotated news."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from spacy.language import Language

from ..analysis import analysis
from ..corpus.gold import QuotedText, Quote as GoldQuote, read_quotes
from ..quotes.confidence import speaker_source
from ..quotes.patterns import PATTERNS
from .core import PRF, share

SPEAKER, MESSAGE = "Speaker", "Message"
MIN_OVERLAP = 0.5
CONFIDENCE_STEPS = (0.0, 0.5, 0.7, 0.8, 0.9)


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


@dataclass(frozen=True)
class Judged:
    """One quotation the pipeline found in an annotated text, judged against the gold."""

    pattern: str
    source: str  # how its speaker was found: `quotes.confidence.speaker_source`
    confidence: float
    matched: bool  # its content overlaps a gold quotation's by MIN_OVERLAP
    speaker_right: bool  # matched, and the speaker's name is the gold one
    naming: str | None  # how the matched gold quotation's sentence names its speaker


def matches(gold: list[GoldQuote], spans: list[tuple[int, int]]) -> Iterator[tuple[GoldQuote, int]]:
    """(gold quotation, index of the found one) for each gold quotation whose content the most overlapping found
    content (character spans) covers by MIN_OVERLAP; each found quotation matches at most one."""
    unmatched = list(range(len(spans)))
    for g in gold:
        span = g.content.start, g.content.end
        k = max(unmatched, key=lambda k: overlap(span, spans[k]), default=None)
        if k is not None and overlap(span, spans[k]) >= MIN_OVERLAP:
            unmatched.remove(k)
            yield g, k


def judge(nlp: Language, gold: list[QuotedText]) -> Iterator[tuple[QuotedText, list[Judged]]]:
    """Each annotated text with the quotations found in it, judged; each gold quotation matches at most one."""
    for item, doc in zip(gold, nlp.pipe(item.text for item in gold)):
        raw = doc._.quotes
        predicted = analysis(doc).quotes  # quotes do not depend on the date
        judged = [Judged(q.pattern, speaker_source(q), q.confidence, False, False, None) for q in raw]
        for g, k in matches(item.quotes, [(q.content.start, q.content.end) for q in predicted]):
            found = predicted[k].speaker
            right = (g.speaker.name if g.speaker else None) == (found.name if found else None)
            judged[k] = Judged(raw[k].pattern, speaker_source(raw[k]), raw[k].confidence, True, right, naming_of(g))
        yield item, judged


def score_annotated(nlp: Language, gold_path: Path) -> dict:
    """Quote precision, recall, F1 (content overlap ≥ 0.5) and speaker-name accuracy on hand-annotated texts, also
    per quotation pattern, per way the gold speaker is named (`naming`) and by confidence."""
    gold = read_quotes(gold_path)
    counts, tally, judged_all = PRF(), Tally(), []
    for item, judged in judge(nlp, gold):
        counts.pred += len(judged)
        counts.gold += len(item.quotes)
        counts.tp += sum(j.matched for j in judged)
        for j in judged:
            tally.found[j.pattern] += 1
            if j.matched:
                tally.matched(j.pattern, j.naming, j.speaker_right)
        judged_all += judged
    return {"texts": len(gold), "quotes": counts.gold, **counts.scores(),
            "speaker_accuracy": share(sum(tally.speaker_right.values()), counts.tp),
            "patterns": tally.pattern_scores(counts.gold), "speaker_by_naming": tally.naming_scores(),
            "by_confidence": confidence_scores(judged_all)}


def confidence_scores(judged: list[Judged]) -> dict[str, dict]:
    """For each least confidence, the quotations at or above it: how many, the share that are gold quotations
    with the right speaker (`right`), and among those matching gold, the share with the right speaker."""
    scores = {}
    for least in CONFIDENCE_STEPS:
        kept = [j for j in judged if j.confidence >= least]
        matched = [j for j in kept if j.matched]
        scores[f"{least:.1f}"] = {"quotes": len(kept), "right": share(sum(j.speaker_right for j in kept), len(kept)),
                                  "speaker_accuracy": share(sum(j.speaker_right for j in matched), len(matched))}
    return scores


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

    def matched(self, pattern: str, naming: str | None, speaker_right: bool) -> None:
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
