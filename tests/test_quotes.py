"""Quotations on any text end to end, and the quote finder's cost on long texts."""


from hypothesis import given, settings
from hypothesis import strategies as st

from hronika.analysis import analysis
from hronika.schema import QUOTE_KINDS


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(
    ["Viņš", "sacīja", ":", "„", "“", "”", "\"", "«", "»", ",", ".", "ka", "–", "-", "Rinkēvičs", "esot", "labi",
     "\n\n", "pēc", "teiktā", "?", "Ministre", "uzsvēra", "kā", "norāda"]), max_size=25))
def test_any_text_gives_well_formed_quotes(nlp, words):
    text = " ".join(words)
    doc = nlp(text)
    for quote in analysis(doc).quotes:
        assert quote.kind in QUOTE_KINDS
        for span in (quote.speaker, quote.cue, quote.content):
            if span is not None:
                assert text[span.start : span.end] == span.text


def counted_roles(monkeypatch):
    """Count the calls of quote_mark_role in the quote finder."""
    from hronika.quotes import marks

    calls, role = [], marks.quote_mark_role
    monkeypatch.setattr(marks, "quote_mark_role", lambda doc, i: (calls.append(i), role(doc, i))[1])
    return calls


def test_marks_are_paired_in_one_pass(rules_nlp, monkeypatch):
    from hronika.quotes.marks import quoted_spans

    # an open quotation across 2,000 paragraphs: each line break looked ahead for the closing mark (n²)
    doc = rules_nlp("„Sākums" + "\n\nturpinājums" * 2000 + "“")
    calls = counted_roles(monkeypatch)
    assert quoted_spans(doc) == [(1, len(doc) - 1)]
    assert len(calls) <= len(doc)


def test_trim_looks_for_an_opening_mark_once(rules_nlp, monkeypatch):
    from hronika.quotes.marks import trim

    # 3,000 closing marks to trim: each looked back over the whole span for an opening one (n²)
    doc = rules_nlp("Viņš teica, ka" + " “" * 3000)
    calls = counted_roles(monkeypatch)
    assert trim(doc, 0, len(doc)).text == "Viņš teica, ka"
    assert len(calls) <= 3 * len(doc)
