"""Relations whose parties are named in different sentences: investors in a round told after the
sentence that names the company raising the money (``rounds.py``), and customers, suppliers,
shareholders listed after the sentence that names their company (``members.py``)."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text, companies, language):
    return {(r.type, r.source, r.target, r.status) for r in RelationExtractor()(make_doc(text, companies, language=language)).relations}


@pytest.mark.parametrize("language,text", [
    ("en", "Norvik has raised 250 million euros to finish its first plant. The round closed on Friday. "
           "Existing backers Corvalis and Tessaro also took part."),
    ("en", "Norvik raised fresh equity of $400 million on Monday. Corvalis led the round, joined by Tessaro."),
    ("it", "Norvik ha chiuso un aumento di capitale da 120 milioni di euro. Hanno partecipato anche Corvalis e il fondo Tessaro."),
    ("it", "Norvik ha raccolto 80 milioni di euro. L'operazione è stata guidata da Corvalis, con Tessaro."),
    ("de", "Norvik hat in einer Finanzierungsrunde 90 Millionen Euro eingesammelt. "
           "Angeführt wurde die Runde von Corvalis, außerdem beteiligte sich erstmals Tessaro."),
    ("de", "Norvik sammelt weitere 60 Millionen Euro ein. Größter Zeichner war Corvalis; daneben beteiligten sich Tessaro."),
    ("fr", "Norvik a bouclé une levée de fonds de 200 millions d'euros. Le tour de table est mené par Corvalis, aux côtés de Tessaro."),
    ("fr", "Norvik a levé 70 millions d'euros. Corvalis et Tessaro ont également participé à l'opération."),
    ("es", "Norvik ha recaudado 150 millones de euros en una ronda de financiación. "
           "La ronda ha sido liderada por Corvalis y también han participado Tessaro."),
])
def test_investors_after_the_raise(language, text):
    got = _rels(text, ["Norvik", "Corvalis", "Tessaro"], language)
    assert {(t, s, g) for t, s, g, _ in got} >= {("invests_in", "Corvalis", "Norvik"), ("invests_in", "Tessaro", "Norvik")}
    assert all(st == "active" for t, s, g, st in got if t == "invests_in")


def test_round_evidence_runs_from_the_raise():
    text = "Norvik has raised 250 million euros. New investors Corvalis and Tessaro took part."
    doc = RelationExtractor()(make_doc(text, ["Norvik", "Corvalis", "Tessaro"]))
    assert doc.relations and all(r.evidence.start == 0 and r.evidence.text == text for r in doc.relations)


@pytest.mark.parametrize("text", [
    # too far from the raise
    "Norvik has raised 250 million euros. It builds a plant. The plant opens in May. It employs 300 people. "
    "Corvalis and Tessaro took part in a conference.",
    # another company's raise ends the round
    "Norvik has raised 250 million euros. Velquor raised 90 million euros as well. Corvalis and Tessaro took part.",
    # no raise at all
    "Norvik opened a plant in Spain. Corvalis and Tessaro took part in the ceremony.",
    # a contrast clause is another matter
    "Norvik has raised 250 million euros. Private funds took part, while Corvalis and Tessaro stayed away.",
])
def test_no_investors_without_a_round_near(text):
    got = _rels(text, ["Norvik", "Corvalis", "Tessaro", "Velquor"], "en")
    assert not {(s, g) for t, s, g, _ in got if t == "invests_in"} & {("Corvalis", "Norvik"), ("Tessaro", "Norvik")}


def test_stories_are_not_crossed():
    got = _rels(["Norvik has raised 250 million euros.", "Corvalis and Tessaro took part in the round."],
                ["Norvik", "Corvalis", "Tessaro"], "en")
    assert not any(t == "invests_in" for t, *_ in got)


@pytest.mark.parametrize("language,text,expected", [
    ("en", "Norvik sells its cells across Europe. Among its customers are Corvalis and Tessaro.",
     {("supplies", "Norvik", "Corvalis"), ("supplies", "Norvik", "Tessaro")}),
    ("en", "Norvik buys wafers from several suppliers. Among them are Corvalis and Tessaro.",
     {("supplies", "Corvalis", "Norvik"), ("supplies", "Tessaro", "Norvik")}),
    ("it", "Norvik vende i suoi freni in tutta Europa. Tra i suoi clienti ci sono Corvalis e Tessaro.",
     {("supplies", "Norvik", "Corvalis"), ("supplies", "Norvik", "Tessaro")}),
    ("it", "Norvik acquista il litio da diversi fornitori. Tra questi ci sono Corvalis e Tessaro.",
     {("supplies", "Corvalis", "Norvik"), ("supplies", "Tessaro", "Norvik")}),
    ("de", "Norvik bezieht die Scheiben von mehreren Lieferanten. Dazu zählen Corvalis und Tessaro.",
     {("supplies", "Corvalis", "Norvik"), ("supplies", "Tessaro", "Norvik")}),
    ("de", "Norvik ist in 20 Ländern tätig. Zu seinen wichtigsten Kunden zählen Corvalis und Tessaro.",
     {("supplies", "Norvik", "Corvalis"), ("supplies", "Norvik", "Tessaro")}),
    ("fr", "Depuis sa création, Norvik a beaucoup investi. Parmi ses actionnaires figurent Corvalis et Tessaro.",
     {("invests_in", "Corvalis", "Norvik"), ("invests_in", "Tessaro", "Norvik")}),
    ("fr", "Norvik produit des sièges dans 30 pays. Ses principaux clients sont Corvalis et Tessaro.",
     {("supplies", "Norvik", "Corvalis"), ("supplies", "Norvik", "Tessaro")}),
    ("es", "Norvik fabrica piezas en 20 países. Entre sus clientes figuran Corvalis y Tessaro.",
     {("supplies", "Norvik", "Corvalis"), ("supplies", "Norvik", "Tessaro")}),
    ("es", "Norvik compra el níquel a varios proveedores. Entre ellos están Corvalis y Tessaro.",
     {("supplies", "Corvalis", "Norvik"), ("supplies", "Tessaro", "Norvik")}),
])
def test_members_listed_after_their_company(language, text, expected):
    got = {(t, s, g) for t, s, g, _ in _rels(text, ["Norvik", "Corvalis", "Tessaro"], language)}
    assert got >= expected


@pytest.mark.parametrize("text", [
    # two companies before: whose customers?
    "Norvik and Velquor compete in Europe. Among its customers are Corvalis and Tessaro.",
    # a company named after the list's possessive: whose customers?
    "Norvik sells cells in Europe. Corvalis and Tessaro are among its customers, Velquor said.",
    # the list does not open the sentence
    "Norvik sells cells in Europe. Last year Corvalis and Tessaro were among its customers.",
    # "among them" with no role noun before
    "Norvik opened a plant in Spain. Among them are Corvalis and Tessaro.",
])
def test_no_members_when_the_owner_or_role_is_unclear(text):
    got = _rels(text, ["Norvik", "Corvalis", "Tessaro", "Velquor"], "en")
    assert not {(s, g) for t, s, g, _ in got} & {("Norvik", "Corvalis"), ("Norvik", "Tessaro"), ("Velquor", "Corvalis")}


# --- the raiser named in an aside by a description does not stop the round; a round sentence that names
# no raiser is the round of the company the story is about -----------------------------------------------

def test_a_description_of_the_raiser_in_an_aside_does_not_stop_the_round():
    text = ("Norvik ha cerrado una ronda de financiación de 52 millones de euros. En la operación han acudido "
            "sus accionistas Corvalis y Tessaro, que ya estaban en el capital desde la fundación de la compañía.")
    got = _rels_coref(text, "es", {"la compañía": "Norvik"})
    assert {("Corvalis", "Norvik"), ("Tessaro", "Norvik")} <= {(s, g) for t, s, g, _ in got if t == "invests_in"}


@pytest.mark.parametrize("language,text", [
    ("it", "Norvik estrae litio dalle salamoie. Norvik vende il litio ai produttori di celle. "
           "Nell'ultimo aumento di capitale hanno sottoscritto nuove azioni anche Corvalis e Tessaro."),
    ("en", "Norvik extracts lithium from brines. Norvik sells it to cell makers. "
           "In the latest capital increase, Corvalis and Tessaro also took part."),
])
def test_a_round_sentence_without_a_raiser_is_the_storys_companys(language, text):
    got = _rels(text, ["Norvik", "Corvalis", "Tessaro"], language)
    assert {("Corvalis", "Norvik"), ("Tessaro", "Norvik")} <= {(s, g) for t, s, g, _ in got if t == "invests_in"}


def test_no_story_company_no_round_investors():
    text = "In the latest capital increase, Corvalis and Tessaro also took part."
    assert not [r for r in _rels(text, ["Corvalis", "Tessaro"], "en") if r[0] == "invests_in"]


def test_de_a_financing_closed_and_an_investor_that_took_part():
    text = ("Norvik hat die Finanzierung für die erste Ausbaustufe abgeschlossen. "
            "Neu an Bord ist der Finanzinvestor Corvalis, der sich mit 100 Millionen Euro an der Runde beteiligte.")
    got = _rels(text, ["Norvik", "Corvalis"], "de")
    assert ("invests_in", "Corvalis", "Norvik") in {(t, s, g) for t, s, g, _ in got}


def _rels_coref(text, language, coref):
    doc = make_doc(text, ["Norvik", "Corvalis", "Tessaro"], language=language, coref=coref)
    return {(r.type, r.source, r.target, r.status) for r in RelationExtractor()(doc).relations}
