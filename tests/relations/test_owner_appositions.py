"""A company named in an apposition as the owner of the name before it is no party to that name's
supply (``relations/owner_appositions.py``), on sentences written for these tests."""

from __future__ import annotations

import pytest

from .helpers import rels

_BACK = {"del grupo": "Varco", "du groupe": "Varco"}


def supplies(sentence, companies, lang):
    return sorted((r.source, r.target) for r in rels(sentence, companies, language=lang, coref=_BACK)
                  if r.type == "supplies")


@pytest.mark.parametrize("lang, sentence", [
    # the apposition's head is a name the entity stage did not take: the owner is still no customer
    ("es", "Alvena, propiedad del grupo británico Varco, ha encargado 50 autobuses a Kestrel."),
    ("es", "La operadora Alvena, filial del grupo Varco, compró 40 autobuses a Kestrel el año pasado."),
    ("fr", "Alvena, propriété du groupe britannique Varco, a commandé 50 autobus à Kestrel."),
    ("fr", "Le transporteur Alvena, détenu par le fonds Varco, a commandé 30 autocars à Kestrel."),
    ("de", "Alvena, im Besitz des britischen Konzerns Varco, hat 50 Busse bei Kestrel bestellt."),
    ("it", "Alvena, controllata dal gruppo britannico Varco, ha ordinato 50 autobus a Kestrel."),
    ("en", "Alvena, owned by the British group Varco, has ordered 50 buses from Kestrel."),
    ("es", "Alvena, hoy propiedad del fondo Varco, ha comprado 20 autobuses a Kestrel."),
    ("es", "Alvena, propiedad de Varco desde 2019, encargó 60 autocares a Kestrel."),
    ("fr", "Alvena, propriété de Varco depuis 2019, a commandé 60 autocars à Kestrel."),
    ("it", "Alvena, di proprietà di Varco dal 2019, ha comprato 20 autobus da Kestrel."),
    ("en", "Alvena, a subsidiary of Varco, has bought 20 buses from Kestrel."),
])
def test_the_owner_in_an_apposition_is_no_customer(lang, sentence):
    assert supplies(sentence, ["Kestrel", "Varco"], lang) == []


@pytest.mark.parametrize("lang, sentence", [
    # a sibling named by "another company of the group": the group sells nothing to it
    ("es", "El hidróxido se embarca hacia Corea, donde lo compra Nordia, otra sociedad del grupo Varco, para fabricar cátodos."),
    ("es", "Todo el hidróxido se embarca hacia Corea, donde lo compra Nordia, otra sociedad del grupo, para fabricar cátodos."),
    ("fr", "Le lithium part en Corée, où l'achète Nordia, une autre société du groupe Varco, pour produire des cathodes."),
    ("it", "Il litio viene spedito in Corea, dove lo acquista Nordia, un'altra società del gruppo Varco, per produrre catodi."),
])
def test_the_group_of_a_sibling_is_no_supplier(lang, sentence):
    assert supplies(sentence, ["Nordia", "Varco"], lang) == []


@pytest.mark.parametrize("lang, sentence, want", [
    ("es", "Kestrel suministra baterías a Alvena, propiedad del grupo Varco, desde 2021.", [("Kestrel", "Alvena")]),
    ("en", "Kestrel supplies batteries to Varco, which owns Alvena.", [("Kestrel", "Varco")]),
    ("fr", "Kestrel fournit des batteries à Varco, propriétaire d'Alvena.", [("Kestrel", "Varco")]),
    ("en", "Alvena, owned by Varco, has ordered 50 buses from Kestrel.", [("Kestrel", "Alvena")]),
    ("it", "Alvena, di proprietà del fondo Varco, ha ordinato 30 autobus a Kestrel e a Varco.", [("Kestrel", "Alvena"), ("Varco", "Alvena")]),
])
def test_a_supply_of_the_named_unit_or_of_an_owner_named_plainly_stays(lang, sentence, want):
    assert supplies(sentence, ["Kestrel", "Alvena", "Varco"], lang) == want


@pytest.mark.parametrize("lang, sentence", [
    # a description with a participle of owning ("the company jointly owned by A and B"), then the head's
    # relative clause: the relative is the head's, not the nearer owners'
    ("it", "In vetrina c'è Tornavo Energia, l'azienda trentina controllata in comune da Brellan e Quistor, che fornirà a Maderno moduli di accumulo."),
    ("it", "Spicca Tornavo Energia, la società partecipata al 50% da Brellan e Quistor, che fornirà batterie a Maderno."),
    ("en", "Next comes Tornavo Energy, the company jointly owned by Brellan and Quistor, which will supply storage racks to Maderno."),
    ("en", "Next comes Tornavo Energy, a storage firm held equally by Brellan, Quistor and Pelwyn, which will supply racks to Maderno."),
    ("fr", "Vient ensuite Tornavo Energy, la société détenue à parts égales par Brellan et Quistor, qui fournira des batteries à Maderno."),
    ("es", "Destaca también Tornavo Energy, la compañía controlada a partes iguales por Brellan y Quistor, que suministrará baterías a Maderno."),
    ("de", "Dazu kommt Tornavo Energy, die Gesellschaft im gemeinsamen Besitz von Brellan und Quistor, die Batterien an Maderno liefert."),
])
def test_owners_after_a_described_participle_are_no_suppliers(lang, sentence):
    names = ["Tornavo Energy", "Tornavo Energia", "Brellan", "Quistor", "Pelwyn", "Maderno"]
    # (the entity stage reads the description as the head again: a mention between the comma and the owners)
    head = "Tornavo Energia" if lang == "it" else "Tornavo Energy"
    back = {d: head for d in ("la società", "the company", "a storage firm", "la société", "la compañía", "die Gesellschaft")}
    got = sorted((r.source, r.target) for r in rels(sentence, names, language=lang, coref=back) if r.type == "supplies")
    assert all(src.startswith("Tornavo") for src, _ in got) and [t for _, t in got] == ["Maderno"]


@pytest.mark.parametrize("lang, sentence, want", [
    # the apposition's own comma before "and": the company after it is a supplier of its own
    ("en", "Tornavo, owned by Brellan, and Quistor will supply racks to Maderno.", [("Quistor", "Maderno")]),
])
def test_a_name_after_the_closed_apposition_keeps_its_supply(lang, sentence, want):
    got = supplies(sentence, ["Tornavo", "Brellan", "Quistor", "Maderno"], lang)
    assert ("Quistor", "Maderno") in got and not any(s == "Brellan" for s, _ in got)


@pytest.mark.parametrize("chunk", ["Corvane, unused sites held by ", "Corvane, latest plants controlled by "])
def test_an_article_is_a_whole_word(chunk):
    # (invented: "un" of "unused" and "la" of "latest" are no articles opening a description)
    from tierscope.relations.owner_appositions import _OPENING

    assert _OPENING.search(chunk) is None


@pytest.mark.parametrize("chunk", ["Corvane, the firm jointly owned by ", "Corvane, l'azienda controllata da "])
def test_a_description_with_an_article_still_opens(chunk):
    from tierscope.relations.owner_appositions import _OPENING

    assert _OPENING.search(chunk) is not None
