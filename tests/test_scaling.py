"""Every stage linear or bounded in its input: sentence and token caps, and adversarial text the rule stages once
took seconds or minutes over (the time ceilings are generous: each input below took 10 s or more before)."""

import importlib.util
import time
from pathlib import Path

import pytest

from hronika.quotes import finder as quotes
from hronika.lang.lv.sentences import MAX_SENTENCE_TOKENS, cap_sentences
from hronika.timex.finder import find_timexes

SCALING_SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "scaling" / "scaling.py"
# Each took 10 s or more in the tokenizer or the sentence rules before: runs of marks stripped one by one,
# backtracking regexes, a search of the whole Doc for each sentence end, the retokenizer moving the Doc per fix.
ADVERSARIAL = {
    "bare quotes": '"' * 20_000,
    "low quotes": "„" * 20_000,
    "periods": "." * 20_000,
    "exclamations": "!" * 20_000,
    "ellipses": "…" * 10_000,
    "brackets": "(" * 20_000,
    "spaces after a period": "Beigas." + " " * 40_000,
    "newlines at the end": "Beigas" + "\n" * 40_000,
    "ordinals": "1. " * 120_000,
    "years at line ends": "Tas notika 1991.\n" * 6_000,
    "spaced thousands": "Summa 1 000 " * 30_000,
}
SECONDS_CEILING = 2.0


def test_no_sentence_is_longer_than_the_cap(rules_nlp):
    doc = rules_nlp("vārds " * 1000)
    lengths = [len(s) for s in doc.sents]
    assert max(lengths) <= MAX_SENTENCE_TOKENS
    assert lengths[0] == MAX_SENTENCE_TOKENS and sum(lengths) == len(doc)


def test_cap_splits_only_long_sentences():
    import numpy

    starts = numpy.full(1000, -1)
    starts[[0, 10, 400]] = 1
    cap_sentences(starts, limit=300)
    assert list(numpy.flatnonzero(starts == 1)) == [0, 10, 310, 400, 700]


def test_no_dev_sentence_reaches_the_cap(rules_nlp, shared_corpus):
    from hronika.corpus.fullstack import read_split

    longest = max(len(s) for par in read_split(shared_corpus / "dev") for s in rules_nlp(par.text).sents)
    assert longest < MAX_SENTENCE_TOKENS * 0.8


@pytest.mark.parametrize("name", list(ADVERSARIAL))
def test_rule_stages_are_fast_on_adversarial_text(rules_nlp, name):
    text = ADVERSARIAL[name]
    started = time.perf_counter()
    doc = rules_nlp(text)
    assert time.perf_counter() - started < SECONDS_CEILING
    assert doc.text == text


def test_clock_times_look_back_only_in_their_sentence(rules_nlp):
    # 3,000 clock times with no sentence end took 30 s: each compared with every one before it
    doc = rules_nlp("plkst. 9.00 " * 3000)
    started = time.perf_counter()
    found = find_timexes(doc)
    assert time.perf_counter() - started < SECONDS_CEILING
    assert len(found) == 3000


def test_quote_overlap_checks_grow_linearly(nlp, monkeypatch):
    article = ("„Mūsu atbalsts nav apspriežams,“ žurnālistiem sacīja Rinkēvičs. Viņš piebilda, ka lēmums par budžetu "
               "tiks pieņemts līdz 1.oktobrim. Ministre Evika Siliņa paziņoja, ka valdība to atbalsta.\n\n")
    docs = {n: nlp.make_doc(article * n) for n in (8, 16)}
    for name, proc in nlp.pipeline[:-1]:
        docs = {n: proc(doc) for n, doc in docs.items()}
    calls = {}
    overlaps = quotes.overlaps
    for n, doc in docs.items():
        calls[n] = 0

        def counted(a, b, n=n):
            calls[n] += 1
            return overlaps(a, b)

        monkeypatch.setattr(quotes, "overlaps", counted)
        nlp.get_pipe("quotes")(doc)
    assert len(docs[16]._.quotes) == 2 * len(docs[8]._.quotes) > 0
    assert calls[16] <= 2.5 * calls[8]  # all pairs of quotations: 4×


def test_quote_finder_reads_the_entities_once(nlp, monkeypatch):
    from hronika.quotes import speakers

    built = []

    class Counted(speakers.Entities):
        def __init__(self, doc):
            built.append(doc)
            super().__init__(doc)

    monkeypatch.setattr(speakers, "Entities", Counted)
    doc = nlp("Viņš teica, ka Bērziņš piekrīt. „Jā,“ sacīja Anna Ozola. Ozola piebilda, ka tā ir.\n\n" * 5)
    built.clear()
    nlp.get_pipe("quotes")(doc)
    assert len(built) == 1 and len(doc._.quotes) >= 10
    assert speakers.ENTITY_INDEX not in doc.user_data


def scaling_module():
    spec = importlib.util.spec_from_file_location("scaling", SCALING_SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("kind", ["news", "oneline", "nopunct", "quotes", "marks", "nospace"])
def test_scaling_inputs_repeat_one_unit(kind):
    scaling = scaling_module()
    unit, double = scaling.make_text(kind, 2_000), scaling.make_input(kind, 2_000, 2)
    assert 1_800 <= len(unit) <= 2_000
    assert double == unit + scaling.JOINERS[kind] + unit
    if kind in ("oneline", "nopunct"):
        assert "\n" not in double
    if kind in ("marks", "nospace"):
        assert not any(c.isspace() for c in double)


class Mention:
    """A mention or speaker span that counts how often its start is read."""

    reads = 0

    def __init__(self, start):
        self._start = start

    @property
    def start(self):
        Mention.reads += 1
        return self._start


def test_speaker_mentions_are_added_in_one_pass():
    from types import SimpleNamespace

    from hronika.analysis import Cluster, add_speaker_mentions

    # 2,000 quotations of one person with 2,000 mentions: each compared with all mentions before (4 million reads)
    entity = Cluster("e1", "person", "Edgars Rinkēvičs", [Mention(i) for i in range(0, 4000, 2)])
    named = SimpleNamespace(start=0, end=2)
    quotes = [SimpleNamespace(entity=named, speaker=Mention(i)) for i in range(1, 4000, 2)]
    Mention.reads = 0
    add_speaker_mentions(quotes, {(0, 2): entity})
    assert len(entity.mentions) == 4000
    assert Mention.reads <= 3 * 4000
