"""Supplies told in one sentence the way journalists write them, in five languages: invented sentences,
invented companies, written before the dev pages were read (choosing, relying, entrusting, goods fitted to a
customer's vehicle, sole sources, awards and their passives). Each is read on its own with its companies and
their sectors given; the supplier -> customer pair must be found, in that direction. The ones no rule reads yet
are strict xfails with the reason, so a fix shows up as an XPASS."""

from __future__ import annotations

import pytest

from .helpers import rels

_SECTORS = {"Pellworth Cells": ["battery_cells"], "Sorenta Parts": ["supplier"], "Lumeq Chips": ["semiconductors"],
            "Dravik Motors": ["carmaker"], "Ostara Bus": ["carmaker"]}
_SUPPLIERS = ("Pellworth Cells", "Sorenta Parts", "Lumeq Chips")

CASES = {
    "en": [
        "Pellworth Cells' batteries will power Dravik Motors' next compact SUV.",
        'Dravik Motors has picked Pellworth Cells for the battery packs of its new city car.',
        "Pellworth Cells is Dravik Motors' sole source of battery cells.",
        'Dravik Motors relies on Lumeq Chips for its silicon carbide chips.',
        'Dravik Motors turned to Sorenta Parts for the inverters of its new pickup.',
        'Dravik Motors has tapped Sorenta Parts to build the seats for its electric van.',
        'Dravik Motors awarded Sorenta Parts a contract to deliver 40,000 axles.',
        'Dravik Motors has chosen Pellworth Cells as the supplier of cells for its next platform.',
        'Sorenta Parts landed an order from Ostara Bus for 2,000 drive units.',
        'Ostara Bus has placed an order with Sorenta Parts for 300 electric axles.',
        "Lumeq Chips' processors are used in Dravik Motors' latest models.",
        "Dravik Motors' new van will run on cells made by Pellworth Cells.",
        'Dravik Motors depends on Lumeq Chips for the power chips in its inverters.',
        'Dravik Motors has selected Sorenta Parts to supply brake systems for its new sedan.',
        "Pellworth Cells will be the exclusive supplier of battery cells for Dravik Motors' new SUV.",
    ],
    "it": [
        'La fornitura delle batterie è stata affidata a Pellworth Cells da Dravik Motors.',
        'Dravik Motors ha scelto Pellworth Cells per le batterie della nuova utilitaria.',
        'Dravik Motors si affida a Lumeq Chips per i semiconduttori.',
        'Dravik Motors ha affidato a Sorenta Parts la fornitura dei sedili.',
        'Le celle di Pellworth Cells equipaggeranno la nuova berlina di Dravik Motors.',
        'Sorenta Parts sarà il fornitore unico di Dravik Motors per i freni.',
        'Dravik Motors punta su Pellworth Cells per le batterie della sua nuova gamma.',
        'Sorenta Parts si è aggiudicata una commessa da Ostara Bus per 300 assali elettrici.',
        'Ostara Bus ha commissionato a Sorenta Parts 300 assali elettrici.',
        'Le batterie di Pellworth Cells alimenteranno la nuova berlina di Dravik Motors.',
        'Dravik Motors ha selezionato Sorenta Parts come fornitore dei sedili.',
        'Dravik Motors si rivolge a Lumeq Chips per i chip dei suoi inverter.',
    ],
    "de": [
        'Dravik Motors setzt bei den Batteriezellen auf Pellworth Cells.',
        'Dravik Motors greift bei den Sitzen auf Sorenta Parts zurück.',
        'Dravik Motors hat Pellworth Cells als Lieferanten für die Zellen ausgewählt.',
        'Sorenta Parts ist alleiniger Lieferant der Bremsen für Dravik Motors.',
        'Dravik Motors vertraut bei den Elektromotoren auf Sorenta Parts.',
        'Dravik Motors hat Sorenta Parts mit der Lieferung der Achsen beauftragt.',
        'Sorenta Parts hat von Ostara Bus einen Auftrag über 300 Elektroachsen erhalten.',
        'Sorenta Parts rüstet die neuen Transporter von Dravik Motors mit Sitzen aus.',
        'Die Zellen von Pellworth Cells sollen das neue SUV von Dravik Motors antreiben.',
        'Bei den Halbleitern setzt Dravik Motors künftig auf Lumeq Chips.',
        'Dravik Motors hat sich für Pellworth Cells als Zelllieferanten entschieden.',
        'Dravik Motors hat bei Sorenta Parts 300 Elektroachsen bestellt.',
    ],
    "fr": [
        'Dravik Motors a retenu Pellworth Cells pour la fourniture des batteries de sa future citadine.',
        'Dravik Motors a choisi Pellworth Cells pour ses cellules.',
        "Dravik Motors s'appuie sur Lumeq Chips pour ses semi-conducteurs.",
        'Dravik Motors a confié à Sorenta Parts la fourniture des sièges.',
        'Sorenta Parts sera le fournisseur exclusif de Dravik Motors pour les freins.',
        'Les cellules de Pellworth Cells équiperont le prochain SUV de Dravik Motors.',
        'Dravik Motors fait appel à Sorenta Parts pour ses moteurs électriques.',
        "Sorenta Parts a décroché une commande d'Ostara Bus pour 300 essieux électriques.",
        'Dravik Motors mise sur Pellworth Cells pour ses batteries.',
        'La fourniture des sièges a été confiée à Sorenta Parts par Dravik Motors.',
        'Dravik Motors a sélectionné Sorenta Parts comme fournisseur de ses sièges.',
        'Les batteries de Pellworth Cells alimenteront le futur SUV de Dravik Motors.',
    ],
    "es": [
        'Dravik Motors ha elegido a Pellworth Cells para suministrar las baterías de su nuevo SUV.',
        'Dravik Motors ha confiado a Sorenta Parts el suministro de los asientos.',
        'Dravik Motors recurre a Lumeq Chips para los semiconductores.',
        'Dravik Motors confía en Sorenta Parts para sus motores eléctricos.',
        'Las celdas de Pellworth Cells equiparán el próximo SUV de Dravik Motors.',
        'Sorenta Parts será el proveedor exclusivo de Dravik Motors para los frenos.',
        'Dravik Motors ha adjudicado a Sorenta Parts un contrato para suministrar 40.000 ejes.',
        'Sorenta Parts se ha adjudicado un pedido de Ostara Bus para 300 ejes eléctricos.',
        'Dravik Motors apuesta por Pellworth Cells para sus baterías.',
        'Dravik Motors ha seleccionado a Sorenta Parts como proveedor de los asientos.',
        'El suministro de los asientos ha sido adjudicado a Sorenta Parts por Dravik Motors.',
        'Las baterías de Pellworth Cells alimentarán el nuevo SUV de Dravik Motors.',
    ],
}

#: text -> why it is still missed
_GAPS = {
    "Pellworth Cells is Dravik Motors' sole source of battery cells.":
        "a possessive customer before 'sole source of': the source noun is read only after 'as'",
    "Dravik Motors has tapped Sorenta Parts to build the seats for its electric van.":
        "'tap ... to build' with goods but no verb of supplying: not read",
    "Lumeq Chips' processors are used in Dravik Motors' latest models.":
        "'processors' is no product of the list",
    "Die Zellen von Pellworth Cells sollen das neue SUV von Dravik Motors antreiben.":
        "German 'antreiben' with goods as subject: no reader",
    "Bei den Halbleitern setzt Dravik Motors künftig auf Lumeq Chips.":
        "German 'setzen auf' after a fronted phrase and an adverb: not read",
}


def _pair(text):
    names = [n for n in _SECTORS if n in text]
    return names, next(n for n in names if n in _SUPPLIERS), next(n for n in names if n not in _SUPPLIERS)


_PARAMS = [
    pytest.param(lang, text, id=f"{lang}-{k}", marks=[pytest.mark.xfail(strict=True, reason=_GAPS[text])] if text in _GAPS else [])
    for lang, texts in CASES.items() for k, text in enumerate(texts)
]


@pytest.mark.parametrize("lang,text", _PARAMS)
def test_supply_in_one_sentence(lang, text):
    names, supplier, customer = _pair(text)
    found = {(r.source, r.target) for r in rels(text, names, lang, sectors={n: _SECTORS[n] for n in names}) if r.type == "supplies"}
    assert (supplier, customer) in found
    assert (customer, supplier) not in found


def test_gaps_are_cases():
    assert set(_GAPS) <= {t for texts in CASES.values() for t in texts}
