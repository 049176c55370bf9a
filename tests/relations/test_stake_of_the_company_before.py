"""A holder's share of a company left unnamed ("of the capital", "du capital", "its stake", "son
premier actionnaire") is a share of the company the sentence before speaks of (``capital_holders.py``);
an owner list stops at the comma that closes an apposition ("A, the arm of P, and B")."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

_C = ["Norvik", "Corvalis", "Tessaro", "Velquor"]


def _rels(text, language, companies=_C):
    return {(r.type, r.source, r.target, r.status) for r in RelationExtractor()(make_doc(text, companies, language=language)).relations}


@pytest.mark.parametrize("language,text", [
    ("en", "Norvik filed for bankruptcy in March. Corvalis, which held about 21% of the capital, has written off its stake."),
    ("en", "Norvik makes anode material in Finland. Corvalis still holds 18 percent of the shares."),
    ("en", "Norvik makes anode material in Finland. Corvalis has raised its stake to 12%."),
    ("fr", "La faillite de Norvik a laissé des pertes. Corvalis, qui détient environ 21 % du capital, a suivi la levée."),
    ("fr", "Norvik fabrique des cellules en Suède. Corvalis est son premier actionnaire, avec environ un quart du capital."),
    ("fr", "Norvik fabrique des cellules en Suède. Corvalis a porté sa participation à 12 %."),
    ("es", "El concurso de Norvik ha dejado pérdidas. Corvalis, que posee alrededor del 21% del capital, mantiene su apuesta."),
    ("es", "Norvik fabrica celdas en Suecia. Corvalis es su mayor accionista, con el 30% de las acciones."),
    ("es", "Norvik fabrica celdas en Suecia. Además, Corvalis ha elevado su participación al 12%."),
    ("it", "La governance di Norvik resta stabile. Corvalis, primo azionista con il 34%, ha rinnovato il patto."),
    ("it", "Norvik produce celle in Svezia. Corvalis, il fondo della famiglia Rossi, che detiene circa il 27% del capitale, approva il piano."),
    ("it", "Norvik produce celle in Svezia. Corvalis è il suo primo azionista."),
    ("de", "Norvik fertigt Zellen in Schweden. Corvalis hält rund 20 Prozent der Anteile."),
    ("de", "Norvik fertigt Zellen in Schweden. Auf der Aktionärsseite gab es eine Veränderung: Der Vermögensverwalter Corvalis "
           "hat seinen Anteil laut einer Mitteilung auf 5,2 Prozent aufgestockt."),
    ("de", "Norvik fertigt Zellen in Schweden. Corvalis ist ihr größter Aktionär."),
])
def test_a_stake_in_the_company_before(language, text):
    got = {(t, s, g) for t, s, g, _ in _rels(text, language)}
    assert ("invests_in", "Corvalis", "Norvik") in got


@pytest.mark.parametrize("language,text", [
    ("it", "La governance di Norvik resta stabile. Corvalis, primo azionista con il 34%, e Tessaro, che detiene circa "
           "il 27% del capitale, hanno rinnovato il patto."),
    ("en", "Norvik lost money again. Corvalis, which holds 30% of the capital, and Tessaro, which holds 20% of the capital, "
           "backed the plan."),
])
def test_two_holders_in_one_sentence(language, text):
    got = {(t, s, g) for t, s, g, _ in _rels(text, language)}
    assert {("invests_in", "Corvalis", "Norvik"), ("invests_in", "Tessaro", "Norvik")} <= got


@pytest.mark.parametrize("language,text", [
    ("en", "Norvik makes anode material. Corvalis controls 75% of the capital."),
    ("fr", "Norvik fabrique des anodes. Corvalis détient 80 % du capital."),
    ("de", "Norvik fertigt Anoden. Corvalis hält 75 Prozent der Anteile."),
])
def test_a_majority_is_ownership(language, text):
    got = {(t, s, g) for t, s, g, _ in _rels(text, language)}
    assert ("owns", "Corvalis", "Norvik") in got


@pytest.mark.parametrize("language,text", [
    # the company of "the capital" is named in the sentence itself
    ("en", "Norvik makes cells. Corvalis holds 21% of the capital of Velquor."),
    ("fr", "Norvik fabrique des cellules. Corvalis détient 21 % du capital de Velquor."),
    # a third company in the sentence: whose capital?
    ("en", "Norvik makes cells. Velquor bought Tessaro; Corvalis, which holds 21% of the capital, agreed."),
    ("es", "Norvik fabrica celdas. Velquor compró la parte de Corvalis, que poseía el 21% del capital."),
    # the holder is an object, not the subject of the main-clause form
    ("de", "Norvik fertigt Zellen. Laut Velquor hält Corvalis 20 Prozent der Anteile."),
    # the sentence before names two companies, none opening it
    ("en", "Last year Norvik and Velquor merged their plants. Corvalis holds 21% of the capital."),
    # a question
    ("fr", "Norvik fabrique des cellules. Corvalis détient-il 21 % du capital ?"),
    # another story
    (None, None),
])
def test_no_stake_read(language, text):
    if text is None:
        doc = make_doc(["Norvik makes cells in Sweden.", "Corvalis holds 21% of the capital."], _C, language="en")
        got = {(r.type, r.source, r.target) for r in RelationExtractor()(doc).relations}
    else:
        got = {(t, s, g) for t, s, g, _ in _rels(text, language)}
    assert not any(s == "Corvalis" and g == "Norvik" for t, s, g in got)


def test_evidence_runs_from_the_company_before():
    text = "Norvik filed for bankruptcy in March. Corvalis, which held about 21% of the capital, has written off its stake."
    doc = RelationExtractor()(make_doc(text, _C))
    rel = next(r for r in doc.relations if (r.source, r.target) == ("Corvalis", "Norvik"))
    assert rel.evidence.start == 0 and rel.evidence.text == text


@pytest.mark.parametrize("language,text", [
    ("en", "Velquor raised 50 million euros. Tessaro Ventures, the venture-capital arm of Tessaro, and Corvalis also took part."),
    ("de", "Velquor hat 50 Millionen Euro eingesammelt. Neu dabei waren Tessaro Ventures, die Beteiligungsgesellschaft des "
           "Autobauers Tessaro, und Corvalis."),
    ("fr", "Velquor a levé 50 millions d'euros. Tessaro Ventures, la filiale de capital-risque de Tessaro, et Corvalis ont aussi participé."),
    ("it", "Velquor ha raccolto 50 milioni di euro. Tessaro Ventures, la controllata di Tessaro, e Corvalis hanno partecipato."),
    ("es", "Velquor ha captado 50 millones de euros. Tessaro Ventures, la filial de capital riesgo de Tessaro, y Corvalis también participaron."),
])
def test_owner_list_stops_at_a_closing_comma(language, text):
    got = {(t, s, g) for t, s, g, _ in _rels(text, language, ["Velquor", "Tessaro Ventures", "Tessaro", "Corvalis"])}
    assert ("owns", "Tessaro", "Tessaro Ventures") in got
    assert ("owns", "Corvalis", "Tessaro Ventures") not in got


@pytest.mark.parametrize("language,text", [
    ("en", "Velquor Energy, a joint venture of Tessaro and Corvalis, builds a plant."),
    ("it", "Velquor Energy, controllata da Tessaro e Corvalis, costruisce un impianto."),
])
def test_a_list_of_owners_without_the_comma_stays(language, text):
    got = {(s, g) for t, s, g, _ in _rels(text, language, ["Velquor Energy", "Tessaro", "Corvalis"])}
    assert {("Tessaro", "Velquor Energy"), ("Corvalis", "Velquor Energy")} <= got or \
        frozenset(("Tessaro", "Corvalis")) <= {x for p in got for x in p}


@pytest.mark.parametrize("language,text", [
    ("en", "Norvik makes headlamps. Corvalis took control in 2022."),
    ("fr", "Norvik fabrique des phares. Corvalis en a pris le contrôle en 2022."),
    ("it", "Norvik produce fari. Corvalis ne ha preso il controllo nel 2022."),
    ("es", "Norvik fabrica faros. Corvalis tomó el control en 2022."),
    ("de", "Norvik fertigt Scheinwerfer. Corvalis übernahm 2022 die Mehrheit."),
    ("de", "Norvik fertigt Scheinwerfer. Corvalis hat 2022 die Kontrolle übernommen."),
])
def test_control_taken_of_the_company_before(language, text):
    assert ("acquires", "Corvalis", "Norvik", "active") in _rels(text, language)


@pytest.mark.parametrize("language,text", [
    ("en", "Norvik makes headlamps. Corvalis took control of Velquor in 2022."),  # its own object
    ("en", "Norvik makes headlamps. Velquor said Corvalis took control in 2022."),  # not the subject
    ("es", "Norvik fabrica faros. Corvalis tomó el control de Velquor en 2022."),
    ("de", "Norvik fertigt Scheinwerfer. Corvalis übernahm 2022 die Mehrheit an Velquor."),
])
def test_no_control_taken_of_the_company_before(language, text):
    assert not any((s, g) == ("Corvalis", "Norvik") for t, s, g, _ in _rels(text, language))


@pytest.mark.parametrize("language,text", [
    ("en", "Norvik was bought by Velquor in 2019. Corvalis kept a stake of about 20 percent and still buys Norvik cells."),
    ("en", "Norvik makes cells. Corvalis retains a 20% stake."),
    ("fr", "Norvik fabrique des cellules. Corvalis conserve une participation de 20 %."),
    ("es", "Norvik fabrica celdas. Corvalis mantiene una participación del 20%."),
    ("it", "Norvik produce celle. Corvalis mantiene una quota del 20%."),
    ("de", "Norvik fertigt Zellen. Corvalis behält einen Anteil von 20 Prozent."),
])
def test_a_stake_kept_in_the_company_before(language, text):
    assert ("invests_in", "Corvalis", "Norvik") in {(t, s, g) for t, s, g, _ in _rels(text, language)}


@pytest.mark.parametrize("language,text", [
    ("en", "Norvik makes cells. Corvalis holds a 20% stake in Tessaro."),
    ("de", "Norvik fertigt Zellen. Corvalis hält einen Anteil von 20 Prozent an Tessaro."),
    ("fr", "Norvik fabrique des cellules. Corvalis conserve une participation de 20 % dans Tessaro."),
])
def test_a_stake_kept_in_a_company_named(language, text):
    got = {(t, s, g) for t, s, g, _ in _rels(text, language)}
    assert ("invests_in", "Corvalis", "Tessaro") in got and ("invests_in", "Corvalis", "Norvik") not in got
