"""Interviews in French and Italian: the first person plural of the answers is the interviewee's
company (entities/interview.py), read by the frames as they read its name; an ordinary story with a
quoted "nous", and the questions of an interview, are left alone."""

from __future__ import annotations

import pytest

from tierscope.doc import Document
from tierscope.pipeline import default_pipeline

_PIPELINE = default_pipeline()


def rels(text, language):
    doc = _PIPELINE(Document(id="t", source="t.txt", format="txt", text=text))
    assert doc.language == language
    return {(r.type, r.source, r.target) for r in doc.relations}


_FR_HEAD = ("« Notre usine tourne enfin à plein régime » : entretien avec le PDG de Forsee Power\n\n"
            "Le patron du fabricant de batteries revient sur ses clients et ses fournisseurs. Entretien.\n\n"
            "Quels sont vos principaux débouchés aujourd'hui ?\n\n")
_IT_HEAD = ("Brembo, l'amministratore delegato: \"I nostri freni vanno forte in America\"\n\n"
            "Abbiamo incontrato il numero uno del produttore di freni a margine di una fiera a Milano.\n\n"
            "Chi sono i vostri clienti oggi?\n\n")


@pytest.mark.parametrize("answer, expected", [
    ("Nous livrons depuis deux ans des packs de batteries à Alstom pour ses trains régionaux.",
     ("supplies", "Forsee Power", "Alstom")),
    ("Depuis l'an dernier, nous fournissons aussi des modules à Iveco pour ses bus électriques.",
     ("supplies", "Forsee Power", "Iveco")),
    ("Nos cellules viennent du japonais Toshiba, qui nous livre depuis 2021 des cellules au titanate.",
     ("supplies", "Toshiba", "Forsee Power")),
    ("Pour le lithium-ion, Samsung SDI nous fournit des cellules cylindriques depuis le démarrage.",
     ("supplies", "Samsung SDI", "Forsee Power")),
    ("Nous achetons désormais nos cellules auprès de Samsung SDI, en Corée.",
     ("supplies", "Samsung SDI", "Forsee Power")),
])
def test_fr_interview_we_is_the_interviewee(answer, expected):
    assert expected in rels(_FR_HEAD + answer, "fr")


@pytest.mark.parametrize("answer, expected", [
    ("Con Ferrari abbiamo firmato un contratto di fornitura per i nuovi modelli ibridi.",
     ("supplies", "Brembo", "Ferrari")),
    ("Lo scorso anno abbiamo firmato un contratto di fornitura con Rivian per i suoi furgoni elettrici.",
     ("supplies", "Brembo", "Rivian")),
])
def test_it_interview_we_is_the_interviewee(answer, expected):
    assert expected in rels(_IT_HEAD + answer, "it")


def test_fr_quoted_we_in_an_ordinary_story_is_left_alone():
    text = ("Forsee Power publie ses résultats annuels.\n\n"
            "« Nous livrons des packs à Alstom depuis deux ans », a déclaré le PDG de Iveco lors d'un salon.")
    assert ("supplies", "Forsee Power", "Alstom") not in rels(text, "fr")


def test_fr_question_of_an_interview_is_the_journalist():
    text = _FR_HEAD + "Nous avons lu que vous livrez Alstom : est-ce vrai ?\n\nJe ne peux rien dire."
    assert not any(r[1] == "Forsee Power" and r[2] == "Alstom" for r in rels(text, "fr"))


def test_it_interview_without_a_named_executive_company_is_left_alone():
    text = ("Intervista: \"Il mercato va più piano del previsto\"\n\n"
            "Abbiamo incontrato un analista del settore a Torino.\n\n"
            "Che cosa vede?\n\n"
            "Con Alstom abbiamo firmato un contratto di fornitura per i treni, ci dicono in molti.")
    assert not any(r[2] == "Alstom" and r[0] == "supplies" for r in rels(text, "it"))


# --- a plain deal for goods signed with several makers of one tier (frames/supply.py, tier_only) ---

def _plain(text, language):
    from tierscope.relations import RelationExtractor  # noqa: F401 (the pipeline runs it)
    return rels(text, language)


@pytest.mark.parametrize("text, language, expected", [
    ("Renault ha firmato con LG Energy Solution e CATL accordi per batterie LFP.", "it",
     {("supplies", "LG Energy Solution", "Renault"), ("supplies", "CATL", "Renault")}),
    ("Volvo Cars ha siglato accordi con Samsung SDI e SK On per celle destinate alle nuove elettriche.", "it",
     {("supplies", "Samsung SDI", "Volvo Cars"), ("supplies", "SK On", "Volvo Cars")}),
    ("Stellantis a signé avec CATL et SK On des accords pour des cellules LFP.", "fr",
     {("supplies", "CATL", "Stellantis"), ("supplies", "SK On", "Stellantis")}),
    ("CATL ha firmato con Renault e Stellantis contratti per batterie LFP.", "it",
     {("supplies", "CATL", "Renault"), ("supplies", "CATL", "Stellantis")}),
])
def test_deal_for_goods_with_several_makers_of_one_tier(text, language, expected):
    assert expected <= _plain(text, language)


@pytest.mark.parametrize("text, language", [
    # makers of different tiers in the list: who supplies whom is not told
    ("Renault a signé avec LG Energy Solution et Stellantis des accords pour des batteries LFP.", "fr"),
    ("Renault ha firmato con CATL e Stellantis accordi per batterie LFP.", "it"),
])
def test_deal_for_goods_with_a_mixed_list_is_no_supply(text, language):
    assert not any(r[0] == "supplies" for r in _plain(text, language))


# --- a customer that ended one deal and turned to another supplier (extractor, RELY frame status) ---

@pytest.mark.parametrize("text, expected", [
    ("Volvo Cars avait résilié en 2024 un contrat portant sur des cellules, invoquant des retards, "
     "et s'est tourné vers CATL et Samsung SDI.",
     {("supplies", "CATL", "Volvo Cars", "active"), ("supplies", "Samsung SDI", "Volvo Cars", "active")}),
    ("Après avoir annulé un contrat de deux milliards, Stellantis s'est tourné vers SK On pour ses cellules.",
     {("supplies", "SK On", "Stellantis", "active")}),
])
def test_fr_turned_to_a_new_supplier_after_an_end_is_active(text, expected):
    doc = _PIPELINE(Document(id="t", source="t.txt", format="txt", text=text))
    assert expected <= {(r.type, r.source, r.target, r.status) for r in doc.relations}


def test_fr_turned_to_a_supplier_then_ended_stays_ended():
    text = "Stellantis s'est tourné vers SK On pour ses cellules jusqu'en 2022, avant de rompre le contrat."
    doc = _PIPELINE(Document(id="t", source="t.txt", format="txt", text=text))
    assert {(r.source, r.target, r.status) for r in doc.relations if r.type == "supplies"} <= {("SK On", "Stellantis", "ended")}
