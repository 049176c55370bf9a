"""A joint venture told by what its parents do together or share: a plant two companies build or
run together ("A and B are building a plant together", "A e B stanno costruendo insieme una
fabbrica"), a venture named before a relative that names its parents ("X, la coentreprise que A a
créée avec B", "X, la sociedad que A comparte con B") and "X, the battery venture of A and B".
Sentences written for the test (invented companies)."""

from __future__ import annotations

import pytest

from .helpers import rels

CO = ["Brelix", "Tovan", "Kornex", "Ardent Cells"]


def pairs(text, lang):
    return {(r.type, frozenset((r.source, r.target))) for r in rels(text, CO, language=lang)}


JV = ("joint_venture", frozenset(("Brelix", "Tovan")))
PW = ("partners_with", frozenset(("Brelix", "Tovan")))


@pytest.mark.parametrize("lang, text", [
    ("en", "Brelix and Tovan are jointly building a cell plant in Spain."),
    ("en", "Brelix and Tovan are building a cell plant together in Spain."),
    ("en", "Brelix and Tovan will run the new refinery together from 2027."),
    ("it", "Brelix e Tovan stanno costruendo insieme una fabbrica di celle."),
    ("it", "Brelix e Tovan costruiranno insieme uno stabilimento in Piemonte."),
    ("fr", "Brelix et Tovan construisent ensemble une usine de cellules en Espagne."),
    ("fr", "Brelix et Tovan exploitent conjointement une raffinerie de lithium."),
    ("es", "Brelix y Tovan construyen juntos una fábrica de celdas en Aragón."),
    ("es", "Brelix y Tovan están construyendo conjuntamente una planta de cátodos."),
    ("de", "Brelix und Tovan bauen gemeinsam eine Zellfabrik in Spanien."),
    ("de", "Die Konzerne Brelix und Tovan betreiben gemeinsam ein Werk in Ungarn."),
])
def test_plant_built_together_is_a_joint_venture(lang, text):
    assert JV in pairs(text, lang)


@pytest.mark.parametrize("lang, text", [
    ("en", "Brelix and Tovan make battery packs together."),
    ("en", "Brelix and Tovan are jointly producing a small van."),
    ("it", "Brelix e Tovan produrranno insieme un furgone elettrico."),
    ("fr", "Brelix et Tovan fabriquent ensemble des moteurs électriques."),
    ("es", "Brelix y Tovan fabrican conjuntamente motores eléctricos."),
    ("de", "Brelix und Tovan entwickeln gemeinsam eine Plattform für Kleinwagen."),
])
def test_goods_made_together_is_a_partnership(lang, text):
    assert PW in pairs(text, lang)


@pytest.mark.parametrize("lang, text", [
    ("en", "Brelix built a plant in Ohio, and Tovan is building together with local partners."),
    ("it", "Brelix costruisce una fabbrica, mentre Tovan lavora con i sindacati."),
    ("fr", "Brelix construit une usine; Tovan et ses fournisseurs travaillent sur les batteries."),
])
def test_one_company_building_is_no_pair(lang, text):
    got = pairs(text, lang)
    assert JV not in got and PW not in got


@pytest.mark.parametrize("lang, text", [
    ("fr", "Côté moteurs, Ardent Cells, la coentreprise que Brelix a créée avec le chinois Tovan, fonctionne depuis deux ans."),
    ("fr", "Ardent Cells, la société que Brelix partage à parts égales avec Tovan, produit des cathodes."),
    ("it", "Ardent Cells, la joint venture che Brelix ha costituito con Tovan, produce celle."),
    ("it", "Ardent Cells, la società che Brelix condivide con Tovan, produce catodi."),
    ("es", "Ardent Cells, la empresa conjunta que Brelix creó con Tovan, produce celdas."),
    ("es", "En Australia, Ardent Cells, la sociedad que Brelix comparte a partes iguales con Tovan, puso en marcha su refinería."),
    ("de", "Ardent Cells, das Gemeinschaftsunternehmen, das Brelix 2020 mit Tovan gegründet hat, baut ein Werk."),
    ("de", "Ardent Cells, das Unternehmen, das Brelix mit Tovan teilt, produziert Kathoden."),
    ("en", "Ardent Cells, the company that Brelix shares with Tovan, makes cathodes."),
])
def test_venture_named_before_its_parents_relative(lang, text):
    got = pairs(text, lang)
    assert JV in got
    assert not any(t == "joint_venture" and "Ardent Cells" in p for t, p in got)


@pytest.mark.parametrize("text", [
    "Kornex already supplies cathode to Ardent Cells, the battery venture of Brelix and Tovan, since 2023.",
    "Ardent Cells, the cell venture of Brelix and Tovan, opened its second plant.",
])
def test_venture_of_two_parents(text):
    got = pairs(text, "en")
    assert JV in got


def test_relative_of_a_venture_that_supplies_names_no_parent():
    got = pairs("Ardent Cells, the joint venture that supplies Tovan, opened a plant.", "en")
    assert not any(t == "joint_venture" for t, _ in got)


@pytest.mark.parametrize("lang, text", [
    ("de", "Brelix und Tovan haben die Aufteilung ihres gemeinsamen Batterieunternehmens in den USA abgeschlossen."),
    ("de", "Brelix und Tovan gründen ein gemeinsames Unternehmen."),
    ("de", "Brelix und Tovan betreiben ihre gemeinsame Tochter in Ungarn."),
    ("fr", "Brelix et Tovan construisent leur usine commune de cellules LFP."),
    ("es", "Brelix y Tovan levantan su planta conjunta en Aragón."),
    ("it", "Brelix e Tovan hanno inaugurato il loro stabilimento comune a Termoli."),
])
def test_a_shared_company_or_plant_is_a_joint_venture(lang, text):
    assert JV in pairs(text, lang)


def test_de_shared_company_not_planned_is_no_joint_venture():
    text = "Brelix arbeitet mit Tovan an Batteriegehäusen; eine gemeinsame Gesellschaft ist dafür nicht vorgesehen."
    got = pairs(text, "de")
    assert PW in got and JV not in got


@pytest.mark.parametrize("text", [
    "Brelix is spending heavily on its battery business, Vasko, which has yet to post a profit.",
    "Brelix has listed its charging arm, Vasko, in Frankfurt.",
])
def test_en_unit_in_apposition_after_its_business(text):
    got = {(r.type, r.source, r.target) for r in rels(text, CO + ["Vasko"], language="en")}
    assert ("owns", "Brelix", "Vasko") in got


def test_en_business_without_a_closed_apposition_is_no_unit():
    got = {(r.type, r.source, r.target) for r in rels("Brelix will expand its battery business, Vasko said.", CO + ["Vasko"], language="en")}
    assert ("owns", "Brelix", "Vasko") not in got


@pytest.mark.parametrize("text", [
    "Not part of the sale is Ardent Cells, the joint venture Brelix formed with Tovan, to make cathode in Europe.",
    "Ardent Cells, the joint venture Brelix set up with Tovan in 2022, makes cathode.",
])
def test_en_venture_with_a_contact_relative(text):
    got = pairs(text, "en")
    assert JV in got
    assert not any(t == "joint_venture" and "Ardent Cells" in p for t, p in got)


def test_en_contact_relative_parents_not_the_buyer():
    got = pairs("Kornex buys cathode from the joint venture Brelix set up with Tovan in 2022.", "en")
    assert JV in got
    assert ("joint_venture", frozenset(("Kornex", "Tovan"))) not in got


def test_de_venture_split_up_is_ended():
    r = [r for r in rels("Brelix und Tovan haben die Aufteilung ihres gemeinsamen Batterieunternehmens in den USA abgeschlossen.", CO, language="de")
         if r.type == "joint_venture"]
    assert r and r[0].status == "ended"


def test_de_costs_split_ends_no_partnership():
    r = [r for r in rels("Brelix und Tovan regeln die Aufteilung der Kosten für ihre Partnerschaft.", CO, language="de")
         if r.type == "partners_with"]
    assert r and r[0].status != "ended"
