"""The FullStack-LV converter on copied dev paragraphs."""

import spacy

from hronika.corpus.fullstack import bio_to_iob, news_documents, paragraph_to_doc, read_split, split_to_docbin

from .conftest import FIXTURE_CORPUS

DEV = FIXTURE_CORPUS / "dev"


def paragraphs():
    return {p.par_id: p for p in read_split(DEV)}


def test_reads_every_paragraph_with_its_sentences():
    pars = paragraphs()
    assert sorted(pars) == ["d160-p470", "p10126-p1", "p3732-p1", "p980-p1", "p980-p2"]
    assert [len(p.sentences) for p in (pars["p980-p1"], pars["d160-p470"])] == [3, 2]
    assert pars["p980-p1"].doc_id == "p980"


def test_doc_keeps_gold_annotation_and_raw_text():
    nlp = spacy.blank("lv")
    par = paragraphs()["p980-p1"]
    doc = paragraph_to_doc(nlp.vocab, par)
    assert doc.text == par.text
    assert doc.text.startswith('"Uzskatīju par lielu godu atnākt un piedalīties. Tas ir vēsturisks notikums,')
    assert [s.text.split()[0] for s in doc.sents] == ['"Uzskatīju', "Tas", "Valsts"]
    zatlera = next(t for t in doc if t.text == "Zatlera")
    assert (zatlera.lemma_, zatlera.pos_, zatlera.tag_) == ("Zatlers", "PROPN", "npmsg1")
    assert zatlera.morph.get("Case") == ["Gen"]
    assert zatlera.head.text == "Valda" and zatlera.dep_ == "flat:name"
    assert ("Valda Zatlera", "person") in {(e.text, e.label_) for e in doc.ents}


def test_paragraph_without_ner_file_has_missing_not_empty_entities():
    nlp = spacy.blank("lv")
    doc = paragraph_to_doc(nlp.vocab, paragraphs()["p10126-p1"])
    assert all(t.ent_iob_ == "" for t in doc)
    annotated = paragraph_to_doc(nlp.vocab, paragraphs()["p980-p2"])
    assert all(t.ent_iob_ in ("O", "B", "I") for t in annotated)


def test_docbin_round_trip():
    nlp = spacy.blank("lv")
    docs = list(split_to_docbin(DEV, nlp.vocab).get_docs(nlp.vocab))
    assert len(docs) == 5
    assert sum(len(d) for d in docs) == sum(len(p.words) for p in read_split(DEV))


def test_bio_repair_turns_stray_inside_into_begin():
    assert bio_to_iob(["O", "I-person", "I-person", "I-GPE"]) == ["O", "B-person", "I-person", "B-GPE"]


def test_news_documents_join_paragraphs_of_news_only():
    docs = dict(news_documents(DEV))
    assert sorted(docs) == ["p10126", "p3732", "p980"]
    assert docs["p980"].count("\n\n") == 1
