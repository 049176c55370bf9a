"""More ways a round's investors are told after the sentence that names the company raising the
money (``rounds.py``): money put in again, a round one takes part in ("auquel participent"), new
investors joined alongside, money brought by ("aportados por")."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


@pytest.mark.parametrize("language,text", [
    ("en", "Norvik has raised 200 million dollars. Existing shareholders Corvalis and Tessaro put more money into the round."),
    ("en", "Norvik raised 90 million euros on Tuesday. Velquor led it, alongside new investors Corvalis and Tessaro."),
    ("en", "Norvik has raised 150 million euros in a Series B round. Corvalis and Tessaro were in that round."),
    ("fr", "Norvik a levé 220 millions d'euros. Velquor mène le tour de table, auquel participent Corvalis et Tessaro."),
    ("fr", "Norvik a levé 80 millions d'euros. Corvalis et Tessaro, déjà actionnaires, ont remis au pot."),
    ("it", "Norvik ha raccolto 60 milioni di euro. Corvalis e Tessaro hanno investito di nuovo."),
    ("es", "Norvik ha recaudado 40 millones de euros. En la ronda acuden además Corvalis y Tessaro."),
    ("es", "Norvik cerró una ronda de serie A de 25 millones de euros. El dinero fue aportado por Corvalis y Tessaro."),
    ("de", "Norvik hat 95 Millionen Euro eingesammelt. Auch die Altinvestoren Corvalis und Tessaro haben erneut Geld gegeben."),
    ("de", "Norvik hat 70 Millionen Euro eingesammelt. Neu beteiligt haben sich Corvalis und Tessaro."),
    ("de", "Norvik sammelt 50 Millionen Euro ein. Beim Eigenkapital haben Corvalis und Tessaro mitgezogen."),
])
def test_investors_of_the_round(language, text):
    doc = RelationExtractor()(make_doc(text, ["Norvik", "Corvalis", "Tessaro", "Velquor"], language=language))
    got = {(r.type, r.source, r.target) for r in doc.relations}
    assert got >= {("invests_in", "Corvalis", "Norvik"), ("invests_in", "Tessaro", "Norvik")}, got


@pytest.mark.parametrize("language,text", [
    # no raise near
    ("en", "Norvik opened a plant in Spain. Corvalis and Tessaro put more money into their own plants."),
    ("de", "Norvik eröffnet ein Werk. Corvalis und Tessaro haben erneut Geld gegeben, für ihre eigenen Werke."),
])
def test_no_investors_without_a_round(language, text):
    doc = RelationExtractor()(make_doc(text, ["Norvik", "Corvalis", "Tessaro"], language=language))
    assert not any(r.type == "invests_in" and r.target == "Norvik" for r in doc.relations)


@pytest.mark.parametrize("language,text", [
    ("de", "Norvik hat 70 Millionen Euro eingesammelt. Neu beteiligt haben sich der Wagniskapitalarm des Zulieferers Velquor, Tessaro, sowie Corvalis."),
    ("en", "Norvik has raised 40 million euros. New investors include the venture arm of carmaker Velquor, Tessaro, and Corvalis."),
])
def test_the_parent_named_before_its_investing_arm_is_no_investor(language, text):
    doc = RelationExtractor()(make_doc(text, ["Norvik", "Corvalis", "Tessaro", "Velquor"], language=language))
    got = {(r.type, r.source, r.target) for r in doc.relations}
    assert got >= {("invests_in", "Tessaro", "Norvik"), ("invests_in", "Corvalis", "Norvik")}, got
    assert ("invests_in", "Velquor", "Norvik") not in got, got


@pytest.mark.parametrize("language,text", [
    ("en", "Norvik's funding round was led by Corvalis, with Tessaro also taking part."),
    ("en", "The funding round of Norvik was led by Corvalis, with Tessaro."),
    ("fr", "La levée de fonds de Norvik a été menée par Corvalis, aux côtés de Tessaro."),
    ("it", "Il round di Norvik è stato guidato da Corvalis, con la partecipazione di Tessaro."),
    ("es", "Norvik se financió en su ronda de serie A con 25 millones de euros aportados por Corvalis, el fondo Tessaro y Velquor."),
    ("de", "Norvik hat 50 Millionen Euro eingesammelt; angeführt wurde die Runde von Corvalis, Tessaro beteiligte sich ebenfalls."),
])
def test_investors_in_the_sentence_of_the_round(language, text):
    doc = RelationExtractor()(make_doc(text, ["Norvik", "Corvalis", "Tessaro", "Velquor"], language=language))
    got = {(r.type, r.source, r.target) for r in doc.relations}
    assert got >= {("invests_in", "Corvalis", "Norvik"), ("invests_in", "Tessaro", "Norvik")}, got


@pytest.mark.parametrize("language,text", [
    # the list of investors ends where the sentence goes on to another matter
    ("es", "Norvik cierra una ronda de 55 millones liderada por Corvalis, prepara sus primeras entregas a Tessaro y estudia una fábrica."),
    ("en", "Norvik closed a funding round led by Corvalis and will start deliveries to Tessaro in May."),
    # another company's round
    ("en", "Norvik raised 50 million euros, while Velquor's round was led by Tessaro."),
])
def test_no_investor_past_the_list(language, text):
    doc = RelationExtractor()(make_doc(text, ["Norvik", "Corvalis", "Tessaro", "Velquor"], language=language))
    assert not any(r.type == "invests_in" and r.source == "Tessaro" and r.target == "Norvik" for r in doc.relations)


@pytest.mark.parametrize("language,text", [
    ("fr", "Norvik a finalisé un tour de table de 1,3 milliard d'euros auprès de ses actionnaires historiques Corvalis et Tessaro."),
    ("fr", "Norvik a financé son usine grâce à un tour de table de 2 milliards d'euros réunissant notamment Corvalis et le fonds Tessaro."),
    ("es", "Norvik ha cerrado una ampliación de capital de 60 millones en la que han entrado como accionistas minoritarios Corvalis y Tessaro."),
    ("it", "Norvik ha chiuso un aumento di capitale da 80 milioni in cui sono entrati Corvalis e Tessaro."),
    ("en", "Norvik raised 300 million dollars from existing shareholders Corvalis and Tessaro."),
])
def test_investors_brought_together_by_the_round(language, text):
    doc = RelationExtractor()(make_doc(text, ["Norvik", "Corvalis", "Tessaro"], language=language))
    got = {(r.type, r.source, r.target) for r in doc.relations}
    assert got >= {("invests_in", "Corvalis", "Norvik"), ("invests_in", "Tessaro", "Norvik")}, got


def test_a_new_round_of_another_company_is_its_own():
    text = ("Velquor ha recaudado 40 millones de euros. Nueva ronda de financiación. "
            "En paralelo, Norvik ha cerrado una ampliación de capital en la que han entrado Corvalis y Tessaro.")
    doc = RelationExtractor()(make_doc(text, ["Norvik", "Corvalis", "Tessaro", "Velquor"], language="es"))
    got = {(r.type, r.source, r.target) for r in doc.relations}
    assert ("invests_in", "Corvalis", "Norvik") in got, got
    assert not any(r.target == "Velquor" for r in doc.relations), got
