"""The supply coverage grid (``supply_grid_cases.py``): each way the trade press of a language says
that X supplies Y, crossed with the status cues, read by the relation stage with the companies given
(so the entity stage is not what is tested). A case listed in ``GAPS`` is a construction the stage
does not read yet: it is expected to fail, and the test says so when it starts to pass."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc
from .supply_grid_cases import GRID, HARD, LEXICAL, MORPH, STATUS

_EX = RelationExtractor()

#: constructions still missed (the grid's finding; see the module docstring of supply_grid_cases)
GAPS = {
    # the customer names the goods by the supplier's deal from its side, no supply verb
    "Bosch said the order from BMW is worth more than one billion euros.",
    "El pedido de BMW supone para Bosch más de mil millones de euros.",
    # a coordinated pair signing a supply deal: who sells is left to the gazetteer's chain (sectors
    # are not given here)
    "Samsung SDI and BMW have signed a long-term supply contract for cylindrical cells.",
    "Samsung SDI und BMW haben einen langfristigen Liefervertrag über Rundzellen geschlossen.",
    "Samsung SDI e BMW hanno siglato un accordo di fornitura pluriennale per celle cilindriche.",
    "Samsung SDI et BMW ont conclu un contrat de fourniture pluriannuel pour des cellules cylindriques.",
    "Samsung SDI y BMW han cerrado un acuerdo de suministro plurianual de celdas cilíndricas.",
    # talks about a supply with the partner after "with" (the chain directs them on real pages)
    "Ford is in talks with CATL about the supply of cells for its vans.",
    "Ford è in trattativa con CATL per la fornitura di celle.",
    "Ford est en discussions avec CATL pour la fourniture de cellules.",
    "Ford negocia con CATL el suministro de celdas.",
    # goods of the supplier in the customer's cars, with no verb of supplying
    "BMW's iX runs on cells from Samsung SDI.",
    "Tesla's cars run on Panasonic Energy cells.",
    "In den Fahrzeugen von BMW stecken Zellen von Samsung SDI.",
    "Les voitures de BMW sont équipées de cellules de Samsung SDI.",
    # German verb second, the subject after the verb inside "verlässt sich X auf Y"; a verb-final clause
    "Bei den Brennstoffzellen verlässt sich Iveco auf Hyundai Motor.",
    "Porsche teilte mit, dass Bosch künftig die Inverter für den Taycan liefert.",
    # goods the product list does not know (power chips, microcontrollers, green steel by the tonne)
    "Infineon verkauft Leistungshalbleiter an Hyundai Motor.",
    "Renault adquiere sus microcontroladores a STMicroelectronics.",
    # hard cases
    "The cells, which will be supplied by Valmera Cells, go into Volvo Cars models built in Ghent.",
    "Dal prossimo anno Kessler Fahrzeugtechnik consegnerà componenti del telaio a Volkswagen.",
}


def _cases(grid):
    for lang, cases in grid.items():
        for cons, cue, text, pairs in cases:
            if pairs:
                marks = [pytest.mark.xfail(strict=True, reason="a known gap of the grid")] if text in GAPS else []
                yield pytest.param(lang, cue, text, pairs, marks=marks, id=f"{lang}-{cons}-{cue}-{text[:30]}")


def _supplies(text, names, lang):
    doc = _EX(make_doc(text, sorted(names), language=lang))
    return {(r.source, r.target): r.status for r in doc.relations if r.type == "supplies"}


@pytest.mark.parametrize("lang,cue,text,pairs", list(_cases(GRID)) + list(_cases(HARD)))
def test_the_grid_reads_the_supplier_and_the_customer(lang, cue, text, pairs):
    got = _supplies(text, {n for p in pairs for n in p}, lang)
    for pair in pairs:
        assert pair in got
        assert (pair[1], pair[0]) not in got


@pytest.mark.parametrize("lang,text", [
    ("it", "Secondo indiscrezioni, Renault acquisterebbe celle da CATL."),
    ("fr", "Selon Les Echos, Renault achèterait des cellules à CATL."),
    ("es", "Según fuentes del sector, Renault compraría celdas a CATL."),
])
def test_a_buyer_in_the_conditional_is_a_rumour(lang, text):
    assert _supplies(text, {"Renault", "CATL"}, lang).get(("CATL", "Renault")) == "rumoured"


@pytest.mark.parametrize("lang,text", [
    ("en", "Ferrovia exports fuel cells to Brixo."),
    ("it", "Ferrovia esporta celle a combustibile a Brixo."),
    ("fr", "Ferrovia exporte des piles à combustible à Brixo."),
    ("es", "Ferrovia exporta pilas de combustible a Brixo."),
    ("de", "Ferrovia exportiert Brennstoffzellen an Brixo."),
])
def test_exports_to_a_company_are_a_supply(lang, text):
    assert ("Ferrovia", "Brixo") in _supplies(text, {"Ferrovia", "Brixo"}, lang)


#: the sweep of verbs of the trade, with goods the product list knows (cells); the misses listed are the
#: sweep's finding (fronted customers, "switched to", "added as a supplier", ...)
_SWEEP_GAPS = {
    "Valmera halted shipments to Brixo in May.",
    "Brixo switched to Valmera for its cells.",
    "Brixo's cells are made by Valmera.", "Brixo nimmt Valmera Zellen ab.", "An Brixo liefert Valmera seit 2019 Zellen.",
    "Valmera approvvigiona Brixo di celle.", "A Brixo Valmera fornisce celle dal 2019.",
    "Valmera exporte des cellules vers Brixo.", "À Brixo, Valmera fournit des cellules depuis 2019.",
    "A Brixo, Valmera le suministra celdas desde 2019.",
}
_CELLS = {"en": [("gearboxes", "cells"), ("gearbox", "cell")], "de": [("Getrieben", "Zellen"), ("Getriebe", "Zellen")],
          "it": [("cambi automatici", "celle")], "fr": [("boîtes de vitesses", "cellules")], "es": [("cajas de cambio", "celdas")]}


def _sweep():
    for lang, texts in LEXICAL.items():
        for t in texts:
            for a, b in _CELLS[lang]:
                t = t.replace(a, b)
            marks = [pytest.mark.xfail(strict=True, reason="a known gap of the sweep")] if t in _SWEEP_GAPS else []
            yield pytest.param(lang, t, marks=marks, id=f"{lang}-{t[:40]}")


@pytest.mark.parametrize("lang,text", list(_sweep()))
def test_the_verbs_of_the_trade(lang, text):
    assert ("Valmera", "Brixo") in _supplies(text, {"Valmera", "Brixo"}, lang)


@pytest.mark.parametrize("lang,text", [
    ("it", "Per le versioni a idrogeno, Brixo continuerà ad affidarsi a Valmera per le celle a combustibile."),
    ("it", "Brixo si è affidata a Valmera per le celle."),
    ("fr", "Brixo pourrait compter sur Valmera pour ses cellules."),
    ("fr", "Brixo continuera de s'appuyer sur Valmera pour ses cellules."),
    ("es", "Brixo ha recurrido a Valmera para las celdas."),
    ("es", "Brixo va a confiar en Valmera para sus celdas."),
    ("de", "Brixo setzt bei den Zellen seiner günstigen Modelle auf Valmera."),
    ("de", "Brixo verlässt sich bei den Zellen auf Valmera."),
])
def test_relying_on_a_supplier_in_any_tense(lang, text):
    assert ("Valmera", "Brixo") in _supplies(text, {"Valmera", "Brixo"}, lang)


#: forms still read as another tie ("wird Zellen an Brixo verkaufen": the sale reading wins)
_MORPH_GAPS = {"Valmera wird Zellen an Brixo verkaufen."}


def _morph():
    for lang, groups in MORPH.items():
        for key, (tpl, forms) in groups.items():
            for f in forms:
                if " ... " in f:
                    a, b = f.split(" ... ")
                    obj = tpl.split("{}")[1].strip()
                    text = tpl.split("{}")[0] + a + " " + obj[:-1] + " " + b + "."
                else:
                    text = tpl.format(f)
                marks = [pytest.mark.xfail(strict=True, reason="a known gap")] if text in _MORPH_GAPS else []
                yield pytest.param(lang, text, marks=marks, id=f"{lang}-{key}-{f}")


@pytest.mark.parametrize("lang,text", list(_morph()))
def test_every_tense_of_supplying_and_buying(lang, text):
    assert ("Valmera", "Brixo") in _supplies(text, {"Valmera", "Brixo"}, lang)


def _we(text, we, other, lang):
    """Supplies read where ``we`` (a first-person word the entity stage resolves on an interview page)
    stands for Brixo or Valmera, whichever ``other`` is not."""
    ours = "Brixo" if other == "Valmera" else "Valmera"
    doc = _EX(make_doc(text, [other], language=lang, coref={we: ours}))
    return {(r.source, r.target) for r in doc.relations if r.type == "supplies"}


@pytest.mark.parametrize("lang,text,we,other", [
    ("fr", "Nous nous fournissons en cellules auprès de Valmera.", "nous", "Valmera"),
    ("fr", "Nous nous approvisionnons en cellules auprès de Valmera.", "Nous", "Valmera"),
    ("it", "Noi compriamo le celle da Valmera.", "Noi", "Valmera"),
    ("it", "Noi riceviamo le celle da Valmera.", "Noi", "Valmera"),
    ("it", "Noi ci affidiamo a Valmera per le celle.", "Noi", "Valmera"),
    ("es", "Nosotros compramos las celdas a Valmera.", "Nosotros", "Valmera"),
    ("es", "Nosotros nos abastecemos de celdas de Valmera.", "Nosotros", "Valmera"),
    ("es", "Nosotros confiamos en Valmera para las celdas.", "Nosotros", "Valmera"),
    ("es", "Nosotros vendemos celdas a Brixo.", "Nosotros", "Brixo"),
    ("it", "Noi vendiamo celle a Brixo.", "Noi", "Brixo"),
    ("fr", "Nous vendons des cellules à Brixo.", "Nous", "Brixo"),
])
def test_the_first_person_plural_of_an_interview(lang, text, we, other):
    # (for "nous nous fournissons" the entity stage marks the reflexive "nous", the one right before the verb)
    if text.startswith("Nous nous"):
        text_we = text.replace("Nous nous", "Nous NOUS")
        got = _we(text_we, "NOUS", other, lang)
    else:
        got = _we(text, we, other, lang)
    assert ("Valmera", "Brixo") in got


@pytest.mark.parametrize("lang,text,we", [
    ("en", "Our cells come mainly from Valmera.", "Our"),
    ("fr", "Nos cellules NMC viennent principalement de Valmera.", "Nos"),
    ("es", "Nuestras celdas proceden principalmente de Valmera.", "Nuestras"),
    ("it", "Le nostre celle arrivano soprattutto da Valmera.", "nostre"),
    ("de", "Unsere Zellen kommen vor allem von Valmera.", "Unsere"),
])
def test_our_goods_come_from_a_supplier(lang, text, we):
    assert ("Valmera", "Brixo") in _we(text, we, "Valmera", lang)


def test_our_people_are_no_goods():
    assert not _we("Our engineers come from Valmera.", "Our", "Valmera", "en")


@pytest.mark.parametrize("lang,text,supplied", [
    ("en", "Valmera has been sending cathode material to Brixo since 2021.", True),
    ("it", "Valmera invia celle a Brixo dal 2021.", True),
    ("fr", "Valmera envoie des cellules à Brixo depuis 2021.", True),
    ("de", "Valmera schickt seit 2021 Zellen an Brixo.", True),
    ("en", "Valmera sent a letter to Brixo about the cells.", False),
    ("fr", "Valmera envoie une lettre à Brixo.", False),
])
def test_goods_sent_to_a_company(lang, text, supplied):
    assert (("Valmera", "Brixo") in _supplies(text, {"Valmera", "Brixo"}, lang)) is supplied


@pytest.mark.parametrize("lang,text", [
    ("es", "Valmera sigue vendiendo celdas a Brixo."), ("es", "Valmera sigue enviando celdas a Brixo."),
    ("es", "Brixo sigue encargando celdas a Valmera."), ("es", "Brixo sigue recibiendo celdas de Valmera."),
    ("es", "Brixo quiere importar celdas de Valmera."), ("es", "Brixo seguirá abasteciéndose de celdas de Valmera."),
    ("it", "Brixo continua a importare celle da Valmera."), ("it", "Valmera sta consegnando celle a Brixo."),
    ("it", "Brixo sta ricevendo celle da Valmera."),
])
def test_a_supply_that_goes_on_or_starts(lang, text):
    # the gerund after "sigue", "sta", and the infinitive after a verb of wanting or going on
    assert ("Valmera", "Brixo") in _supplies(text, {"Valmera", "Brixo"}, lang)
