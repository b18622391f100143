"""The LVTB extra sentences as training Docs, on a few sentences copied from `lvtb-extra/harmonised` (CC BY-SA 4.0)."""

import spacy

from hronika.corpus.lvtb import extra_docs, extra_paragraphs

from .conftest import FIXTURES

EXTRA = FIXTURES / "lvtb-extra"
TAGSET = {"cc", "sppd", "pd3fpdn", "pp10pnn", "vcnipii1pan", "zs", "ncfpn4", "pp10pgn", "ncfpl4", "vmnipii30an",
          "r0t", "pi0fsny", "ncfsn4", "npfsn4", "npfsn5"}  # "r0n" (an LVTB v2.16+ adverb tag) is not in it


def texts(skip=frozenset()):
    return [" | ".join(" ".join(t.form for t in s) for s in par.sentences)
            for par in extra_paragraphs(EXTRA, set(skip), TAGSET)]


def test_a_sentence_in_two_files_is_read_once():
    assert texts().count("Un bez tām mēs esam pagalam .") == 1


def test_paragraphs_group_sentences_and_documents_can_be_left_out():
    with_dev_document = texts()
    assert "Aiva Kanepone . | Putni brīnās par Liepāju ( 2024 )" in with_dev_document
    assert any(text.startswith("Redzēdama , ka vecāmāte") for text in with_dev_document)
    assert not any(text.startswith("Redzēdama") for text in texts(skip={"d173"}))


def test_docs_keep_the_tree_and_leave_entities_and_unknown_tags_missing():
    nlp = spacy.blank("lv")
    docs = list(extra_docs(nlp.vocab, EXTRA, set(), TAGSET))
    doc = next(d for d in docs if d.text.startswith("Un bez tām"))
    assert doc.text == "Un bez tām mēs esam pagalam."
    pagalam = doc[5]
    assert (pagalam.lemma_, pagalam.pos_, pagalam.dep_, pagalam.tag_) == ("pagalam", "ADV", "root", "")
    assert doc[3].head.i == 5 and doc[3].dep_ == "nsubj" and doc[2].tag_ == "pd3fpdn"
    assert all(t.ent_iob_ == "" for d in docs for t in d)
