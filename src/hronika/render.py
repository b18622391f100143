"""Show an analysed Doc to a person (Rich tables) or to a program (CoNLL-U)."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from spacy.tokens import Doc, Token

from .analysis import analysis
from .schema import Analysis

CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ"})
QUOTE_MARKS = {"direct": "„…“", "indirect": "ka …", "mixed": "ka „…“"}  # how each kind of quotation looks


def _misc(token: Token) -> str:
    """The MISC column: SpaceAfter=No where the text has no space after the token."""
    return "_" if token.whitespace_ or token.i == len(token.doc) - 1 else "SpaceAfter=No"


def doc_to_conllu(doc: Doc, doc_id: str = "doc") -> str:
    """The Doc as CoNLL-U, one block per sentence, white-space tokens left out."""
    lines = [f"# newdoc id = {doc_id}"]
    for n, sent in enumerate(doc.sents, 1):
        words = [t for t in sent if not t.is_space]
        if not words:
            continue
        lines += [f"# sent_id = {doc_id}-s{n}", f"# text = {sent.text.strip()}"]
        index = {t.i: k for k, t in enumerate(words, 1)}
        for k, tok in enumerate(words, 1):
            head = 0 if tok.head.i == tok.i else index.get(tok.head.i, 0)
            dep = "root" if head == 0 else tok.dep_
            cols = [str(k), tok.text, tok.lemma_ or "_", tok.pos_ or "_", tok.tag_ or "_", str(tok.morph) or "_",
                    str(head), dep or "_", "_", _misc(tok)]
            lines.append("\t".join(cols))
        lines.append("")
    return "\n".join(lines) + "\n"


def print_analysis(console: Console, doc: Doc, published: dt.date | None = None) -> None:
    """Every sentence as a token table, then the entities, quotations and time expressions."""
    for n, sent in enumerate(doc.sents, 1):
        table = Table("#", "token", "lemma", "UPOS", "XPOS", "features", "head", "deprel", "entity",
                      title=f"[{n}] {sent.text.strip()}", title_justify="left", show_edge=False)
        for tok in sent:
            if tok.is_space:
                continue
            head = "0" if tok.head.i == tok.i else str(tok.head.i - sent.start + 1)
            ent = f"{tok.ent_iob_}-{tok.ent_type_}" if tok.ent_type_ else ""
            table.add_row(str(tok.i - sent.start + 1), tok.text, tok.lemma_, tok.pos_, tok.tag_,
                          str(tok.morph), head, tok.dep_, ent)
        console.print(table)
    print_findings(console, analysis(doc, published))


def print_findings(console: Console, result: Analysis) -> None:
    """Entities by type under their canonical names, who said what, and time expressions with their values."""
    by_type: dict[str, list[str]] = {}
    for entity in result.entities:
        count = len(entity.mentions)
        by_type.setdefault(entity.type, []).append(f"{entity.name} ×{count}" if count > 1 else entity.name)
    for label, names in sorted(by_type.items()):
        console.print(f"  [bold]{label}[/]: {escape(', '.join(names))}")
    for quote in result.quotes:
        who = quote.speaker.name if quote.speaker else "?"
        mark = QUOTE_MARKS[quote.kind]
        cue = quote.cue.text if quote.cue else ""
        console.print(f"  [bold cyan]{escape(who)}[/] [dim]({escape(cue)}, {mark}, {quote.confidence:.2f})[/]: "
                      f"{escape(quote.content.text)}")
    if result.timexes:
        when = ", ".join(f"{t.text} → {t.value}" for t in result.timexes)
        console.print(f"  [bold]when[/]: {escape(when)}")


def print_summary(console: Console, name: str, doc: Doc, published: dt.date | None = None) -> None:
    """A few lines on one article: size, entities, who said what, when, and the most frequent content lemmas."""
    words = sum(1 for t in doc if not t.is_space and not t.is_punct)
    lemmas = Counter(t.lemma_ for t in doc if t.pos_ in CONTENT_POS and not t.is_space)
    console.rule(f"[bold]{name}")
    result = analysis(doc, published)
    console.print(f"{len(list(doc.sents))} sentences, {words} words, {len(result.entities)} entities, "
                  f"{len(result.quotes)} quotations, {len(result.timexes)} time expressions"
                  + (f" (published {published})" if published else ""))
    print_findings(console, result)
    console.print("  [bold]frequent lemmas[/]: " + ", ".join(f"{l} ×{c}" for l, c in lemmas.most_common(8)))


def print_document(console: Console, doc: dict) -> None:
    """A stored article with its quotations (green), speakers (bold cyan), entity mentions (bold) and time
    expressions (magenta) highlighted, then who said what."""
    from rich.text import Text

    console.rule(f"[bold]{escape(doc.get('title') or '')} [dim]#{doc['id']} {doc.get('published') or ''}")
    text = Text(doc["text"])
    for quote in doc["quotes"]:
        text.stylize("green", quote["start_char"], quote["end_char"])
    for mention in doc["mentions"]:
        text.stylize("bold", mention["start_char"], mention["end_char"])
    for timex in doc["timexes"]:
        text.stylize("magenta", timex["start_char"], timex["end_char"])
    console.print(text)
    for quote in doc["quotes"]:
        console.print(f"  [bold cyan]{escape(quote['speaker_name'] or '?')}[/] [dim]({escape(quote['cue'] or '')})[/]: "
                      f"{escape(quote['content'])}")
