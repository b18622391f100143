"""The `coref` component: coreference chains put on the Doc (`Doc._.coref_chains`)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..coref.resolver import ANTECEDENT_WINDOW, CorefResolver


def get_coref_chains(doc: Doc) -> list[list[Span]]:
    """`Doc._.coref_chains`: the article's chains as lists of spans, in text order."""
    return [[doc[start:end] for start, end in chain] for chain in doc._.coref_data or []]


class CorefComponent:
    """Puts the chains a `CorefResolver` links on the Doc as plain data (token ranges)."""

    def __init__(self, resolver: CorefResolver) -> None:
        self.resolver = resolver

    def __call__(self, doc: Doc) -> Doc:
        doc._.coref_data = self.resolver.resolve(doc)
        return doc

    def to_disk(self, path, *, exclude=tuple()) -> None:
        """Nothing to save: the rules, word classes and ranker weights ship with the package."""

    def from_disk(self, path, *, exclude=tuple()) -> CorefComponent:
        return self


if not Doc.has_extension("coref_data"):
    Doc.set_extension("coref_data", default=None)
    Doc.set_extension("coref_chains", getter=get_coref_chains)


@Language.factory(
    "coref",
    default_config={"window": ANTECEDENT_WINDOW, "ranker": True},
    requires=["doc.ents", "token.pos", "token.morph", "token.dep", "token.head", "token.lemma"],
    assigns=["doc._.coref_data"],
)
def make_coref_resolver(nlp: Language, name: str, window: int, ranker: bool) -> CorefComponent:
    """After the entity recogniser and person-name mending. `ranker`: third-person pronouns by the learned ranker
    (coref/ranker.py); false: by the hand-set rule."""
    return CorefComponent(CorefResolver(window, ranker))
