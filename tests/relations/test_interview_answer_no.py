"""An interview's answer that opens with "No." after a question on a reported deal ("A: No.", "Nein.",
"R : Non.", "R: No.") turns the report down, whatever the answer goes on to say; the real sentence splitter
joins a short "No." to what follows, so these run through the default pipeline. Invented companies."""

from __future__ import annotations

import pytest



@pytest.fixture(scope="module")
def run(read_page):
    return read_page


@pytest.mark.parametrize("lang, text", [
    ("en", "Q: Last spring several trade papers reported that Vostrin Energy was close to buying Quarnell Metals. "
           "Is that true?\n\nA: No. We are focused on our own plant in Leeds."),
    ("en", "Last spring there were reports that Vostrin Energy wanted to buy Quarnell Metals. Were they true?\n\n"
           "No. There was never an offer from Vostrin Energy, and we want to stay independent."),
    ("de", "F: Im Frühjahr hieß es, Vostrin Energy wolle Quarnell Metals übernehmen. Stimmt das?\n\n"
           "A: Nein. Wir konzentrieren uns auf unser eigenes Werk."),
    ("fr", "Q : Selon la presse, Vostrin Energy voulait racheter Quarnell Metals. Est-ce vrai ?\n\n"
           "R : Non. Nous nous concentrons sur notre usine."),
    ("it", "D: Secondo indiscrezioni, Vostrin Energy voleva rilevare Quarnell Metals. È vero?\n\n"
           "R: No. Siamo concentrati sul nostro stabilimento."),
    ("es", "P: Según la prensa, Vostrin Energy quería comprar Quarnell Metals. ¿Es cierto?\n\n"
           "R: No. Estamos centrados en nuestra planta."),
])
def test_an_answer_no_denies_the_report_asked_about(run, lang, text):
    doc = run(text, lang)
    assert [(r.type, r.status) for r in doc.relations if {r.source, r.target} == {"Vostrin Energy", "Quarnell Metals"}] \
        == [("acquires", "denied")]


def test_an_answer_no_leaves_a_stated_tie_alone(run):
    # a tie told as a fact, not a report, is not turned down by a "No." that answers another question
    doc = run("Vostrin Energy has supplied cathodes to Quarnell Metals since 2019. Will that change?\n\n"
              "A: No. We are adding a second line.", "en")
    assert [r.status for r in doc.relations if {r.source, r.target} == {"Vostrin Energy", "Quarnell Metals"}] == ["active"]
