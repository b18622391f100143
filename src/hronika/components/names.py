"""The `person_names` component: person entities mended with the lexicon of Latvian first names."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..lang.lv.names import mended_people


class PersonNames:
    """Puts the mended entities on the Doc."""

    def __init__(self, add_missing: bool = True):
        self.add_missing = add_missing

    def __call__(self, doc: Doc) -> Doc:
        doc.ents = mended_people(doc, self.add_missing)
        return doc

    def to_disk(self, path, *, exclude=tuple()) -> None:
        """Nothing to save: the lexicon ships with the package."""

    def from_disk(self, path, *, exclude=tuple()) -> "PersonNames":
        return self


@Language.factory(
    "person_names",
    default_config={"add_missing": True},
    requires=["doc.ents", "token.pos", "token.lemma", "token.morph"],
    assigns=["doc.ents"],
)
def make_person_names(nlp: Language, name: str, add_missing: bool) -> PersonNames:
    """After the entity recogniser and the lemmatizer."""
    return PersonNames(add_missing)
