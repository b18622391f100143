"""Punctuation that sets off speech: quotation marks (which opens, which closes, what they enclose) and dashes."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..lang.lv import attribution_words, closing_quotes, opening_quotes

ALWAYS_OPENING = frozenset("„«‚")
ALWAYS_CLOSING = frozenset("»")
DASHES = attribution_words("dash")
KEPT_MARKS = frozenset({"%", ")", "]", "‰", "°"})  # belong to the words before them: "līdz 3%", "(JV)"


def quote_mark_role(doc: Doc, i: int) -> str | None:
    """"open", "close" or None for token i, from the mark and the spacing around it."""
    if not 0 <= i < len(doc):
        return None
    text = doc[i].text
    if text not in opening_quotes() and text not in closing_quotes():
        return None
    if text in ALWAYS_OPENING:
        return "open"
    if text in ALWAYS_CLOSING:
        return "close"
    space_before = i == 0 or bool(doc[i - 1].whitespace_) or doc[i - 1].is_space
    space_after = not doc[i].whitespace_ and i + 1 < len(doc) and not doc[i + 1].is_punct
    if space_before and space_after:
        return "open"
    if not space_before:
        return "close"
    return "open" if text in opening_quotes() and text not in closing_quotes() else "close"


def next_roles(roles: list[str | None]) -> list[str | None]:
    """For each token, the role of the first quotation mark after it, all in one pass back."""
    following, role = [None] * len(roles), None
    for i in range(len(roles) - 1, -1, -1):
        following[i] = role
        role = roles[i] or role
    return following


def quoted_spans(doc: Doc) -> list[tuple[int, int]]:
    """Outermost (start, end) token ranges between matching quotation marks, marks excluded.

    Best effort on broken text: an opening mark left unclosed runs to the end of its paragraph, and a closing
    mark with no opening one closes a quote that began at the start of its sentence.
    """
    spans, stack = [], []
    roles = [quote_mark_role(doc, i) for i in range(len(doc))]
    following = next_roles(roles)
    for i, role in enumerate(roles):
        if role == "open":
            stack.append(i)
        elif role == "close" and not stack:
            start = max(doc[i].sent.start, spans[-1][1] + 1 if spans else 0)
            if start < i:
                spans.append((start, i))
        elif role == "close":
            start = stack.pop()
            if not stack:
                spans.append((start + 1, i))
        elif doc[i].is_space and "\n" in doc[i].text and stack and following[i] != "close":
            spans.append((stack[0] + 1, i))  # unclosed, and the next paragraph does not close it
            stack = []
    if stack:
        spans.append((stack[0] + 1, len(doc)))
    return spans


def trim(doc: Doc, start: int, end: int) -> Span | None:
    """Span without leading or trailing punctuation and white space, but keeping a quoted fragment's closing mark."""
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    opening = None  # the first opening mark of the span, looked for once (per closing mark, a long span is n²)
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space) and doc[end - 1].text not in KEPT_MARKS:
        if quote_mark_role(doc, end - 1) == "close":
            if opening is None:
                opening = next((i for i in range(start, end) if quote_mark_role(doc, i) == "open"), end)
            if opening < end:
                break
        end -= 1
    return doc[start:end] if end > start else None


def looks_like_speech(content: Span) -> bool:
    """Quoted words that say something, not a quoted name or title ("Latvijas Gāze")."""
    words = [t for t in content if not t.is_punct]
    has_verb = any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in content)
    after = content.doc[content.end].text if content.end < len(content.doc) else ""
    # Two quoted words are speech only when punctuated as such; from three on, a finite verb also tells.
    return len(words) >= 2 and after in ",.!?…" or len(words) >= 3 and has_verb


def quoted_name_end(doc: Doc, i: int) -> int | None:
    """Index after the closing mark of a short quoted name opening at i („Rīta Panorāma“), else None."""
    for j in range(i + 1, min(len(doc), i + 7)):
        if quote_mark_role(doc, j) == "close":
            inner = doc[i + 1 : j]
            return j + 1 if len(inner) and not looks_like_speech(inner) else None
    return None


def contains_quote_marks(span: Span) -> bool:
    """Whether a span holds a quoted fragment of speech: „jau nākamā gada sākumā“, not a name („Pozitīvā Latvija“)."""
    doc = span.doc
    return any(quote_mark_role(doc, t.i) == "open" and t.i + 1 < span.end and doc[t.i + 1].text[:1].islower()
               for t in span)


def quoted_speech(doc: Doc) -> list[tuple[Span, int, int]]:
    """(content, start, end) of each quoted span that is speech, not a name: start and end bound the words
    between the marks, the content is those words trimmed."""
    found = []
    for start, end in quoted_spans(doc):
        content = trim(doc, start, end)
        # "ar vārdiem „Dievs, svētī Latviju“": the noun before the mark says these are somebody's words
        said = start >= 2 and doc[start - 2].lower_ in attribution_words("words_noun")
        if content is not None and (said or looks_like_speech(content)):
            found.append((content, start, end))
    return found
