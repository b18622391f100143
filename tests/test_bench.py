"""`hronika bench`'s time per component, on the shipped pipeline and real Latvian text (no timing asserted)."""

from hronika.evaluation.speed import component_times

TEXTS = ["Valsts prezidents Edgars Rinkēvičs otrdien paziņoja, ka Latvija turpinās atbalstīt Ukrainu.",
         "„Mūsu atbalsts nav apspriežams,“ žurnālistiem sacīja Rinkēvičs."] * 3


def test_every_component_has_its_share_of_one_core(nlp):
    parts = component_times(nlp, TEXTS, batch_size=4)
    assert list(parts) == ["tokenizer", *nlp.pipe_names]
    assert abs(sum(p["share"] for p in parts.values()) - 1) < 0.01
    assert all(p["seconds"] >= 0 for p in parts.values())
