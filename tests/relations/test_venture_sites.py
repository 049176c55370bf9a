"""The works and goods for a joint venture's plant go to the venture, not to the parent the story names
most (``relations/venture_sites.py``, asked by ``plant_works`` and ``lone_makers``), on pages written for
these tests."""

from __future__ import annotations

import pytest

from .helpers import rels

C = ["Kestrel", "Nordia", "Brixo", "Ebro Cells"]

PAGES = {
    "es": "Kestrel y Nordia levantan una fábrica de celdas en Tarrow. La planta pertenece a Ebro Cells, la empresa conjunta participada al 50% por Kestrel y por Nordia. Ebro Cells contará con 300 empleados. Kestrel prevé que la producción arranque en 2027. Kestrel ha invertido 2.000 millones en el proyecto. La obra civil la ejecuta Brixo, que trabaja desde el verano en la cimentación.",
    "en": "Kestrel and Nordia are building a cell plant in Tarrow. The plant belongs to Ebro Cells, the joint venture formed by Kestrel and Nordia last year. Ebro Cells will employ 300 people. Kestrel expects production to start in 2027. Kestrel has invested EUR 2 billion in the project. Main contractor Brixo has about 600 workers on site.",
    "fr": "Kestrel et Nordia construisent une usine de cellules à Tarrow. L'usine appartient à Ebro Cells, la coentreprise détenue à parts égales par Kestrel et Nordia. Ebro Cells emploiera 300 personnes. Kestrel prévoit un démarrage en 2027. Kestrel a investi 2 milliards d'euros dans le projet. Les travaux de construction ont été confiés à Brixo.",
    "it": "Kestrel e Nordia costruiscono una fabbrica di celle a Tarrow. L'impianto appartiene a Ebro Cells, la joint venture paritetica tra Kestrel e Nordia. Ebro Cells avrà 300 addetti. Kestrel prevede l'avvio nel 2027. Kestrel ha investito 2 miliardi nel progetto. I lavori sono stati affidati a Brixo, che ha vinto l'appalto nel 2024.",
    "de": "Kestrel und Nordia bauen in Tarrow eine Zellfabrik. Das Werk gehört Ebro Cells, dem Gemeinschaftsunternehmen von Kestrel und Nordia. Ebro Cells soll 300 Mitarbeiter beschäftigen. Kestrel rechnet mit dem Produktionsstart 2027. Kestrel hat 2 Milliarden Euro investiert. Generalunternehmer ist Brixo.",
}


def supplies(page, companies, lang):
    return sorted((r.source, r.target) for r in rels(page, companies, language=lang) if r.type == "supplies")


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_the_contractor_of_a_ventures_plant_works_for_the_venture(lang):
    assert supplies(PAGES[lang], C, lang) == [("Brixo", "Ebro Cells")]


def test_a_venture_named_once_leaves_the_story_company():
    page = PAGES["en"].replace("Ebro Cells will employ 300 people. ", "")
    assert supplies(page, C, "en") == [("Brixo", "Kestrel")]


def test_a_lone_maker_of_a_ventures_plant_supplies_the_venture():
    # (a real machine maker: lone_makers reads a maker whose kind the gazetteer knows)
    page = ("Stellantis y CATL aceleran la gigafactoría de Figueruelas. La planta pertenece a Iberia Cells, la empresa conjunta de "
            "Stellantis y CATL. Iberia Cells empleará a 2.000 personas. Stellantis ha recibido esta semana los primeros equipos. "
            "Los equipos proceden de Dürr.")
    assert supplies(page, ["Stellantis", "CATL", "Iberia Cells", "Dürr"], "es") == [("Dürr", "Iberia Cells")]
