"""The `quotes` component: quotations with their speakers put on the Doc (`Doc._.quotes`)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..quotes.finder import QuoteFinder
from ..quotes.patterns import Quote
from ..quotes.ranker import SpeakerRanker
from ..quotes.speakers import indexed


SPAN_FIELDS = ("content", "cue", "speaker", "entity", "medium")


def _span_data(span: Span | None) -> list | None:
    """A span as [start, end, label] token offsets."""
    return None if span is None else [span.start, span.end, span.label_]


def quote_to_data(quote: Quote) -> dict:
    """A quotation as plain data, so that Docs with quotes pickle and cross process boundaries (`n_process`)."""
    data = {name: _span_data(getattr(quote, name)) for name in SPAN_FIELDS}
    return {**data, "kind": quote.kind, "confidence": quote.confidence, "pattern": quote.pattern,
            "inherited": quote.inherited}


def quote_from_data(doc: Doc, data: dict) -> Quote:
    """The quotation back, its spans on the Doc."""
    spans = {name: None if data[name] is None else Span(doc, *data[name]) for name in SPAN_FIELDS}
    return Quote(kind=data["kind"], confidence=data["confidence"], pattern=data["pattern"],
                 inherited=data.get("inherited", False), **spans)


def get_quotes(doc: Doc) -> list[Quote]:
    """`Doc._.quotes`: the quotations the `quotes` component found."""
    return [quote_from_data(doc, data) for data in doc._.quote_data or []]


class QuoteComponent:
    """Puts the quotations a `QuoteFinder` finds on the Doc as plain data."""

    def __init__(self, finder: QuoteFinder) -> None:
        self.finder = finder

    def __call__(self, doc: Doc) -> Doc:
        with indexed(doc):
            doc._.quote_data = [quote_to_data(q) for q in self.finder.find(doc)]
        return doc


if not Doc.has_extension("quote_data"):
    Doc.set_extension("quote_data", default=None)
    Doc.set_extension("quotes", getter=get_quotes)


@Language.factory(
    "quotes",
    requires=["token.lemma", "token.pos", "token.dep", "token.head", "doc.sents", "doc.ents"],
    assigns=["doc._.quote_data"],
    default_config={"disabled_patterns": [], "speaker_ranker": False},
)
def make_quote_finder(nlp: Language, name: str, disabled_patterns: list[str], speaker_ranker: bool) -> QuoteComponent:
    """Quotations and reported speech, after the parser and the entity recogniser; the patterns named in
    disabled_patterns (see `hronika.quotes.patterns.PATTERNS`) do not run; with speaker_ranker, the learned ranker
    (`hronika.quotes.ranker`) picks each speaker after the rules."""
    return QuoteComponent(QuoteFinder(disabled_patterns, SpeakerRanker() if speaker_ranker else None))
