"""The partnership family on made-up companies: a list whose members carry a bare kind noun ("and
carmakers Y and Z") founds a joint company pair by pair; "agreed to create a joint company" is a joint
venture; one plant named as the pair's ("la gigafactory di A e B", "l'usine de cathodes d'A et B",
"die gemeinsame Fabrik von A und B", "their joint plant") or built by the pair in a relative ("la
fabbrica che A e B costruiscono", "l'usine que A et B construisent") is their joint venture."""

from __future__ import annotations

import pytest

from .helpers import rels, triples

_C = ["Korvan", "Maltrix", "Delvo", "Sarnet"]


def _pairs(sentence, language, typ):
    return {frozenset((s, d)) for t, s, d, _st, _p in triples(rels(sentence, _C, language=language)) if t == typ}


_THREE = {frozenset(p) for p in (("Korvan", "Maltrix"), ("Korvan", "Delvo"), ("Maltrix", "Delvo"))}


@pytest.mark.parametrize("sentence, language", [
    ("Grid operator Korvan and carmakers Maltrix and Delvo have agreed to create a joint company for charging parks.", "en"),
    ("L'utility Korvan e le case auto Maltrix e Delvo costituiranno una joint venture per la ricarica.", "it"),
    ("L'énergéticien Korvan et les constructeurs Maltrix et Delvo vont créer une coentreprise pour la recharge.", "fr"),
    ("La eléctrica Korvan y los fabricantes Maltrix y Delvo crearán una empresa conjunta para la recarga.", "es"),
    ("Der Energiekonzern Korvan und die Autohersteller Maltrix und Delvo gründen ein Gemeinschaftsunternehmen.", "de"),
])
def test_founders_listed_with_kind_nouns_pair_up(sentence, language):
    assert _THREE <= _pairs(sentence, language, "joint_venture")


def test_a_bare_kind_noun_joins_a_list_of_customers():
    found = _pairs("Sarnet supplies cells to Korvan and carmakers Maltrix and Delvo.", "en", "supplies")
    assert {frozenset(("Sarnet", c)) for c in ("Korvan", "Maltrix", "Delvo")} <= found


@pytest.mark.parametrize("sentence", [
    "Korvan and Maltrix will set up a joint company to run charging hubs.",
    "Korvan and Maltrix agreed last week to form a new joint company for recycling.",
])
def test_a_joint_company_formed_is_a_venture(sentence):
    assert frozenset(("Korvan", "Maltrix")) in _pairs(sentence, "en", "joint_venture")


def test_no_joint_company_no_venture():
    s = "Korvan and Maltrix will cooperate on recycling, although they will not form a joint company for it."
    assert not _pairs(s, "en", "joint_venture")


@pytest.mark.parametrize("sentence, language", [
    ("Work continues at the plant of Korvan and Maltrix near Valencia.", "en"),
    ("Korvan and Maltrix laid the first stone of their joint plant in Ohio.", "en"),
    ("Procedono i lavori per la fabbrica di celle che Korvan e Maltrix costruiscono vicino a Melfi.", "it"),
    ("A Melfi avanzano i lavori della gigafactory di Korvan e Maltrix.", "it"),
    ("La première pierre de l'usine de cathodes de Korvan et Maltrix a été posée.", "fr"),
    ("L'usine que Korvan et le chinois Maltrix construisent près de Lille ouvrira en 2026.", "fr"),
    ("Korvan et Maltrix ont inauguré leur usine commune.", "fr"),
    ("Avanzan las obras de la gigafactoría de Korvan y Maltrix en Navarra.", "es"),
    ("Korvan y Maltrix inauguran su planta conjunta en Navarra.", "es"),
    ("Die Zellfabrik, die Korvan und Maltrix gemeinsam bauen, soll 2027 öffnen.", "de"),
    ("Die gemeinsame Fabrik von Korvan und Maltrix soll 2027 öffnen.", "de"),
    ("Korvan und Maltrix eröffnen ihre gemeinsame Batteriefabrik in Sachsen.", "de"),
])
def test_a_plant_of_the_pair_is_their_venture(sentence, language):
    assert frozenset(("Korvan", "Maltrix")) in _pairs(sentence, language, "joint_venture")


@pytest.mark.parametrize("sentence, language", [
    ("Sarnet supplies the plants of Korvan and Maltrix.", "en"),
    ("Sarnet fornisce le fabbriche di Korvan e Maltrix.", "it"),
    ("La fabbrica di Korvan e quella di Maltrix chiuderanno.", "it"),
    ("L'usine de Korvan et celle de Maltrix fermeront.", "fr"),
    ("La planta de Korvan y la de Maltrix cerrarán.", "es"),
    ("Das Werk von Korvan und das Werk von Maltrix schließen.", "de"),
])
def test_two_plants_are_no_venture(sentence, language):
    assert not _pairs(sentence, language, "joint_venture")


@pytest.mark.parametrize("sentence, language", [
    ("Korvan ships ore to a refinery in Ulsan that it owns jointly with Maltrix.", "en"),
    ("Korvan possiede insieme a Maltrix una raffineria in Corea.", "it"),
    ("Korvan détient avec Maltrix une usine en Corée.", "fr"),
    ("Korvan posee junto a Maltrix una planta en Corea.", "es"),
    ("Korvan betreibt gemeinsam mit Maltrix eine Raffinerie in Korea.", "de"),
])
def test_a_plant_owned_or_run_with_a_partner_is_a_venture(sentence, language):
    assert frozenset(("Korvan", "Maltrix")) in _pairs(sentence, language, "joint_venture")


@pytest.mark.parametrize("sentence, language", [
    ("Korvan betreibt gemeinsam mit Maltrix eine Software für Ladesäulen.", "de"),
    ("Korvan comparte con Maltrix su experiencia en baterías.", "es"),
])
def test_run_together_without_a_plant_is_no_venture(sentence, language):
    assert not _pairs(sentence, language, "joint_venture")


def test_a_list_after_with_is_not_a_set_of_partners_of_each_other():
    # the subject is not read (a preposition before it), but the list after "con" stays one company's partners
    from tierscope.doc import Document
    from tierscope.pipeline import default_pipeline
    doc = default_pipeline()(Document(id="t", source="t.txt", format="txt", language="it",
                                      text="Nel premium Brembo collabora con BMW, Mercedes-Benz e Porsche."))
    pairs = {frozenset((r.source, r.target)) for r in doc.relations if r.type == "partners_with"}
    assert frozenset(("BMW", "Porsche")) not in pairs and frozenset(("BMW", "Mercedes-Benz")) not in pairs
