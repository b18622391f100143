"""White-space tokens tagged SPACE: the treebank has none, so the trained taggers give them arbitrary tags."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

SPACE_POS = "SPACE"
SPACE_TAG = "_SP"


class SpaceTags:
    """Resets the part of speech, tag, features and lemma of white-space tokens ("\\n\\n" between paragraphs)."""

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            if token.is_space:
                token.pos_, token.tag_, token.lemma_ = SPACE_POS, SPACE_TAG, token.text
                token.set_morph(None)
        return doc

    def to_disk(self, path, *, exclude=tuple()) -> None:
        """Nothing to save."""

    def from_disk(self, path, *, exclude=tuple()) -> "SpaceTags":
        return self


@Language.factory("space_tags", requires=["token.pos", "token.tag"], assigns=["token.pos", "token.tag", "token.lemma"])
def make_space_tags(nlp: Language, name: str) -> SpaceTags:
    """Placed after the morphologizer, tagger and lemmatizer."""
    return SpaceTags()
