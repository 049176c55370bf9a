"""The interviewee's first person as the receiver of a passive of supplying ("le lithium nous est fourni
par Y", "il litio ci viene fornito da Y", "el litio nos es suministrado por Y") and as the subject before
an object pronoun ("nous lui livrerons", "nous les achetons"): entities/interview.py. Invented interviews
and sentences; real company names."""

from __future__ import annotations

import pytest

from tierscope.doc import Document
from tierscope.pipeline import default_pipeline

_PIPELINE = default_pipeline()

_HEAD = {
    "fr": ("ENTRETIEN\n\nClaire Vidal, directrice générale de Verkor : « Nous visons les utilitaires »\n\n"
           "Propos recueillis par Paul Martin\n\nQui sont vos fournisseurs ?\n\n"),
    "it": ("INTERVISTA\n\nGiulia Ferri, amministratrice delegata di Verkor: «Guardiamo ai furgoni»\n\n"
           "Chi sono i vostri fornitori?\n\n"),
    "es": ("ENTREVISTA\n\nLucía Prado, consejera delegada de Verkor: \"Queremos entrar en los furgones\"\n\n"
           "¿Quiénes son sus proveedores?\n\n"),
}


def rels(text, language):
    doc = _PIPELINE(Document(id="t", source="t.txt", format="txt", text=text))
    assert doc.language == language
    return {(r.type, r.source, r.target) for r in doc.relations}


@pytest.mark.parametrize("language, answer, supplier", [
    ("fr", "Depuis l'an dernier, le graphite nous est livré par Vianode, qui le produit en Norvège.", "Vianode"),
    ("fr", "Les électrolytes nous sont fournis par Arkema dans le cadre d'un contrat de trois ans.", "Arkema"),
    ("fr", "Une partie du nickel nous sera livrée par Eramet à partir de 2027.", "Eramet"),
    ("it", "Il grafite ci viene fornito da Vianode, che lo produce in Norvegia.", "Vianode"),
    ("it", "Gli elettroliti ci sono stati consegnati da Arkema con un anno di ritardo.", "Arkema"),
    ("es", "El grafito nos es suministrado por Vianode desde su planta noruega.", "Vianode"),
    ("es", "Los electrolitos nos fueron entregados por Arkema con un año de retraso.", "Arkema"),
])
def test_the_first_person_receives_a_passive_supply(language, answer, supplier):
    assert ("supplies", supplier, "Verkor") in rels(_HEAD[language] + answer + "\n", language)


@pytest.mark.parametrize("answer, triple", [
    ("Les cellules, nous les livrons à Renault depuis 2024.", ("supplies", "Verkor", "Renault")),
    ("Ces modules, nous les vendons à Renault depuis l'an dernier.", ("supplies", "Verkor", "Renault")),
    ("Le lithium, nous l'achetons à Albemarle depuis 2024.", ("supplies", "Albemarle", "Verkor")),
])
def test_nous_before_an_object_pronoun_and_a_verb_in_ons_is_the_subject(answer, triple):
    assert triple in rels(_HEAD["fr"] + answer + "\n", "fr")


@pytest.mark.parametrize("language, answer", [
    # the first person as an agent or a subject, not a receiver: no supply to the interviewee
    ("fr", "Le graphite est livré par nous à Vianode depuis 2024."),
])
def test_no_receiver_where_the_first_person_is_not_the_dative(language, answer):
    got = rels(_HEAD[language] + answer + "\n", language)
    assert ("supplies", "Vianode", "Verkor") not in got


@pytest.mark.parametrize("answer", [
    # "ci sono" + a noun + a participle is existential ("there are rivals supplied by Y"): no receiver
    "Ci sono rivali forniti da Vianode.",
    "In Spagna ci sono costruttori riforniti e altri forniti da Arkema.",
    "Ci saranno marchi forniti da Arkema.",
])
def test_italian_ci_sono_before_a_noun_is_no_receiver(answer):
    got = rels(_HEAD["it"] + answer + "\n", "it")
    assert not any(t == "supplies" and d == "Verkor" for t, _s, d in got), got


def test_italian_ci_sono_with_an_adverb_still_receives():
    got = rels(_HEAD["it"] + "Le guarnizioni ci sono ormai fornite da Arkema, che le produce in Francia.\n", "it")
    assert ("supplies", "Arkema", "Verkor") in got


@pytest.mark.parametrize("language, answer", [
    # the first person as the agent of a passive of supplying: the interviewee delivers, even to a company
    # upstream of its kind (the chain would turn such a tie round: relations/speaker_agents.py)
    ("fr", "Le séparateur recyclé est fourni par nous à Vianode depuis deux ans."),
    ("it", "Il separatore riciclato viene fornito da noi a Vianode da due anni."),
    ("es", "El separador reciclado es suministrado por nosotros a Vianode desde hace dos años."),
])
def test_the_first_person_as_the_agent_of_a_passive_supplies(language, answer):
    got = rels(_HEAD[language] + answer + "\n", language)
    assert ("supplies", "Verkor", "Vianode") in got and ("supplies", "Vianode", "Verkor") not in got
