"""A company the gazetteer does not know, named beside a joint company's noun: in an apposition after
it ("Velqua, la coentreprise que ...") or between commas after the noun ("La nueva sociedad, Velqua
Charge, invertirá ..."); an "e-" prefix is part of a name ("e-Drive Assembly")."""

from __future__ import annotations

import pytest

from entity_helpers import run, spans


@pytest.mark.parametrize(
    "text, language, name",
    [
        ("Les moteurs proviennent de Brivane, la coentreprise que Valeo a créée avec Siemens.", "fr", "Brivane"),
        ("Le celle arrivano da Ostrana Energia, la joint venture che Enel ha creato con Stellantis.", "it",
         "Ostrana Energia"),
        ("Cells come from Tarvell Power, the joint venture that Toyota set up with Panasonic.", "en", "Tarvell Power"),
        ("Repsol y Kia firmaron ayer la creación de una empresa conjunta, Lumbra Carga, que abrirá 80 estaciones.",
         "es", "Lumbra Carga"),
        ("La nueva sociedad, Lumbra Carga, comprará la electricidad a Iberdrola.", "es", "Lumbra Carga"),
        ("Renault et Veolia ont signé les statuts d'une coentreprise, Recyclis Nord, qui ouvrira en 2027.", "fr",
         "Recyclis Nord"),
        ("BMW und Eon gründen ein Gemeinschaftsunternehmen, Ladequell Süd, das 400 Ladepunkte bauen soll.", "de",
         "Ladequell Süd"),
        ("Die Getriebe liefert e-Drive Assembly, das Gemeinschaftsunternehmen von ZF und Audi.", "de",
         "e-Drive Assembly"),
    ],
)
def test_a_name_beside_a_joint_company_noun_is_a_company(text, language, name):
    doc = run(text, language)
    assert name in [c for _, c in spans(doc, "COMPANY")], spans(doc, "COMPANY")


@pytest.mark.parametrize(
    "text, language, not_a_name",
    [
        # a joint venture noun that is no apposition of a name: "Según la empresa, Madrid ..." names a place
        ("Según la empresa conjunta, Madrid tendrá 40 puntos de carga nuevos.", "es", "Madrid"),
        # no closing comma: the words after the noun are a new clause
        ("Creeranno una joint venture, Stellantis ne avrà il 51%.", "it", "Stellantis ne"),
    ],
)
def test_a_word_after_the_noun_that_opens_a_clause_is_no_name(text, language, not_a_name):
    doc = run(text, language)
    assert not_a_name not in [c for _, c in spans(doc, "COMPANY")], spans(doc, "COMPANY")
