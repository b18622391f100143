"""Which language a text is in (py3langid, limited to the languages Latvian news archives mix)."""

from __future__ import annotations

from functools import lru_cache

LATVIAN = "lv"
# Restricting the candidates makes short texts more reliable: these are the languages met in Latvian archives.
CANDIDATES = ["lv", "lt", "et", "ru", "en", "de", "fi", "pl", "uk", "sv", "fr"]
SAMPLE_CHARS = 3000


@lru_cache(maxsize=1)
def identifier():
    """py3langid's identifier over the candidate languages."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    found = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    found.set_languages(CANDIDATES)
    return found


def language_of(text: str) -> str:
    """The ISO 639-1 code of a text's language."""
    return identifier().classify(text[:SAMPLE_CHARS])[0]
