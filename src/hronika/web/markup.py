"""An article's text as HTML with its marks, split at the stored character offsets: linear in text and marks."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from markupsafe import Markup, escape

# Nesting order when marks overlap: a quotation's content outermost, then its cue and speaker, entity mentions,
# time expressions innermost. A mark that crosses the boundary of an outer one is cut into pieces with the same key.
CONTENT, CUE, SPEAKER, MENTION, TIMEX = range(5)


@dataclass(frozen=True)
class Mark:
    """A stretch [start, end) of the text to wrap in `<tag attrs>`; `key` names it (pieces of one mark share it)."""

    start: int
    end: int
    layer: int
    key: str
    tag: str
    attrs: dict[str, str] = field(default_factory=dict, compare=False, hash=False)

    def open(self, first: bool) -> str:
        """The opening tag; only the first piece carries the `id` (a link target)."""
        attrs = {"data-key": self.key, "data-start": str(self.start), "data-end": str(self.end), **self.attrs}
        if not first:  # one link target and one keyboard stop per mark
            attrs.pop("id", None)
            attrs.pop("tabindex", None)
        return f"<{self.tag}" + "".join(f' {name}="{escape(value)}"' for name, value in attrs.items()) + ">"


def order(mark: Mark) -> tuple:
    """Outer marks first: by layer, then the one that starts earlier and ends later."""
    return mark.layer, mark.start, -mark.end, mark.key


def marked_html(text: str, marks: Iterable[Mark]) -> Markup:
    """The text, escaped, with every mark wrapped around exactly its characters. The text is cut at every mark's
    start and end; for each piece the marks over it are opened outermost first, keeping the ones still open."""
    size = len(text)
    marks = [m for m in marks if 0 <= m.start < m.end <= size]
    starts: dict[int, list[Mark]] = {}
    ends: dict[int, list[Mark]] = {}
    for mark in marks:
        starts.setdefault(mark.start, []).append(mark)
        ends.setdefault(mark.end, []).append(mark)
    cuts = sorted({0, size, *starts, *ends})
    out: list[str] = []
    active: set[Mark] = set()
    stack: list[Mark] = []  # the marks open in the HTML, outermost first
    opened: set[str] = set()  # keys whose first piece was written
    for here, after in zip(cuts, cuts[1:]):
        active.difference_update(ends.get(here, ()))
        active.update(starts.get(here, ()))
        wanted = sorted(active, key=order)
        keep = 0
        while keep < len(stack) and keep < len(wanted) and stack[keep] is wanted[keep]:
            keep += 1
        while len(stack) > keep:
            out.append(f"</{stack.pop().tag}>")
        for mark in wanted[keep:]:
            out.append(mark.open(mark.key not in opened))
            opened.add(mark.key)
            stack.append(mark)
        out.append(str(escape(text[here:after])))
    out.extend(f"</{mark.tag}>" for mark in reversed(stack))
    return Markup("".join(out))


def without_overlaps(marks: Iterable[Mark]) -> list[Mark]:
    """Marks of one layer that never overlap (a link cannot hold a link): of two that do, the earlier-starting,
    longer one is kept."""
    kept: list[Mark] = []
    for mark in sorted(marks, key=order):
        if not kept or mark.start >= kept[-1].end:
            kept.append(mark)
    return kept


def document_marks(doc: dict, entity_href, texts) -> list[Mark]:
    """The marks of a document as `queries.document` gives it (or an analysis in that shape): quotation content,
    cue and speaker mention; entity mentions by type, linked by `entity_href(id)` when stored; time expressions."""
    marks: list[Mark] = []
    for n, quote in enumerate(doc["quotes"], 1):
        key = f"q{quote.get('id') or n}"  # a stored quotation's id: /article/7#q123 links to it
        kind = quote["kind"]
        marks.append(Mark(quote["start_char"], quote["end_char"], CONTENT, key, "mark",
                          {"id": key, "class": f"quote-content kind-{kind}", "data-quote": key}))
        if quote.get("cue_start") is not None:
            marks.append(Mark(quote["cue_start"], quote["cue_end"], CUE, f"{key}c", "span",
                              {"class": "quote-cue", "data-quote": key}))
        if quote.get("speaker_start") is not None:
            marks.append(Mark(quote["speaker_start"], quote["speaker_end"], SPEAKER, f"{key}s", "span",
                              {"class": "quote-speaker", "data-quote": key, "tabindex": "0",
                               "data-tip": quote["speaker_name"] or "", "title": quote["speaker_name"] or ""}))
    mentions = []
    for n, mention in enumerate(doc["mentions"], 1):
        tip = f"{mention['name']} · {texts.t('types.' + mention['type'])}"
        attrs = {"class": f"ent ent-{mention['type']}", "data-tip": tip, "title": tip}
        if mention.get("entity_id") is not None:
            mentions.append(Mark(mention["start_char"], mention["end_char"], MENTION, f"m{n}", "a",
                                 {**attrs, "href": entity_href(mention["entity_id"])}))
        else:
            mentions.append(Mark(mention["start_char"], mention["end_char"], MENTION, f"m{n}", "span",
                                 {**attrs, "tabindex": "0"}))
    marks += without_overlaps(mentions)
    for n, timex in enumerate(doc["timexes"], 1):
        tip = f"{timex['type']} {timex['value']}"
        marks.append(Mark(timex["start_char"], timex["end_char"], TIMEX, f"t{n}", "span",
                          {"class": "timex", "tabindex": "0", "data-tip": tip, "title": tip}))
    return marks
