"""A contract or partnership the sentence says came to its end ("le contrat ... s'est achevé", "la
collaborazione ... si è chiusa", "terminó también el contrato por el cual X le vendía a Y", "der Liefervertrag
... endete", "the contract came to an end"): the tie is over; not a deal that "closed" (completed), and not
an end told before ", and <Name>" that opens the trigger's own clause ("il rapporto si è chiuso, e X ha
avviato una collaborazione con Y"). Invented companies and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor
from tierscope.relations.compiled import compiled
from tierscope.relations.status import cue_spans

from .helpers import make_doc


def _rels(text, language, names=("Kelda", "Brixo", "Dorvan")):
    doc = RelationExtractor()(make_doc(text, list(names), language=language))
    return {(r.type, r.source, r.target): r.status for r in doc.relations}


def _pair(got, typ, a, b):
    return got.get((typ, a, b)) or got.get((typ, b, a))


@pytest.mark.parametrize("language,text,typ", [
    ("fr", "Le contrat de fourniture entre Kelda et Brixo s'est achevé l'an dernier.", "supplies"),
    ("it", "La collaborazione tra Kelda e Brixo si è chiusa a marzo.", "partners_with"),
    ("es", "Tras la venta de la planta terminó también el contrato por el cual Kelda le vendía a Brixo parte del níquel.", "supplies"),
    ("de", "Der Liefervertrag zwischen Kelda und Brixo endete im März.", "supplies"),
])
def test_a_tie_that_came_to_its_end_is_ended(language, text, typ):
    assert _pair(_rels(text, language), typ, "Kelda", "Brixo") == "ended"


@pytest.mark.parametrize("language,text", [
    ("en", "The supply contract came to an end in March."),
    ("fr", "Le partenariat a pris fin en mars."),
])
def test_the_end_cue_reads_it(language, text):
    assert cue_spans(compiled(language), text, "ended")


@pytest.mark.parametrize("language,text", [
    ("it", "L'acquisizione si è chiusa a marzo."),
    ("fr", "L'opération de rachat s'est achevée en mars."),
])
def test_a_deal_that_closed_is_no_end(language, text):
    assert not cue_spans(compiled(language), text, "ended")


@pytest.mark.parametrize("language,text", [
    ("it", "Con il fallimento di Dorvan il rapporto si è chiuso, e Kelda ha avviato una collaborazione con Brixo per i minibus."),
    ("fr", "Avec la faillite de Dorvan le contrat s'est achevé, et Kelda a noué un partenariat avec Brixo pour les minibus."),
])
def test_an_end_before_and_a_new_subject_is_not_the_new_ties(language, text):
    assert _pair(_rels(text, language), "partners_with", "Kelda", "Brixo") != "ended"
