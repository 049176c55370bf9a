"""Review fixes of the status rules: an English article is no preposition of the deliveries'
recipient ("deliveries of a Gen6 pack are set to begin"), and an interviewer's question in quotes
(«È così?») is a question too. Invented companies and sentences."""

from __future__ import annotations

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text, language, names=("Almara", "Brixo", "Kelda")):
    doc = RelationExtractor()(make_doc(text, list(names), language=language))
    return {(r.type, r.source, r.target): r.status for r in doc.relations}


def test_an_english_article_names_no_other_recipient():
    text = "Almara supplies cells to Brixo; deliveries of a Gen6 pack are set to begin in 2026."
    assert _rels(text, "en").get(("supplies", "Almara", "Brixo")) == "announced"


def test_deliveries_to_another_company_still_keep_the_status():
    text = "Almara supplies cells to Brixo; deliveries to Kelda are set to begin in 2026."
    assert _rels(text, "en").get(("supplies", "Almara", "Brixo")) != "announced"



def test_a_question_in_quotes_lets_the_answer_deny_the_report():
    # the whole pipeline: its sentence splitter ends the question at "?»"
    from tierscope.doc import Document
    from tierscope.pipeline import default_components

    doc = Document(id="t", source="t.txt", language="it", text=(
        "Secondo indiscrezioni, Brembo fornirebbe i freni a Ferrari. «È così?» «No, nessuna trattativa», dice Brembo."))
    for c in default_components():
        if type(c).__name__ not in ("LanguageDetector", "DateFinder"):
            doc = c(doc)
    assert {(r.source, r.type, r.target, r.status) for r in doc.relations} == {("Brembo", "supplies", "Ferrari", "denied")}
