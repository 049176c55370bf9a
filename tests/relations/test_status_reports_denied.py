"""Status cues of business-press copy (invented sentences): a denial of a report "according to which"
something happened denies that something, however far the denial stands; "cierra la compra" (closes
the purchase) is a completed deal."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text, language):
    doc = RelationExtractor()(make_doc(text, ["Norvik", "Corvalis"], language=language))
    return {(r.type, r.source, r.target, r.status) for r in doc.relations}


@pytest.mark.parametrize("language,text", [
    ("es", "Lo que la consejera delegada niega de forma tajante es la información publicada por un medio italiano, según la cual Corvalis habría presentado una oferta para hacerse con el 100% de Norvik."),
    ("fr", "La directrice générale a démenti vendredi avec force l'information publiée par la presse italienne selon laquelle Corvalis aurait fait une offre pour racheter Norvik."),
    ("en", "The chief executive on Friday flatly denied a report published by an Italian newspaper according to which Corvalis had made an offer to buy Norvik."),
])
def test_denied_report_according_to_which(language, text):
    assert ("acquires", "Corvalis", "Norvik", "denied") in _rels(text, language)


@pytest.mark.parametrize("language,text,status", [
    # a report with no denial stays a rumour
    ("es", "Según la información publicada, Corvalis habría presentado una oferta para hacerse con Norvik.", "rumoured"),
    ("fr", "Selon la presse italienne, Corvalis aurait fait une offre pour racheter Norvik.", "rumoured"),
])
def test_report_without_denial(language, text, status):
    assert ("acquires", "Corvalis", "Norvik", status) in _rels(text, language)


def test_closes_the_purchase_is_active():
    assert ("acquires", "Norvik", "Corvalis", "active") in _rels("Norvik cierra la compra del 70% de Corvalis por 96 millones.", "es")


@pytest.mark.parametrize("text,status", [
    ("Norvik doit livrer à partir de 2027 des cellules à Corvalis.", "announced"),
    ("Norvik doit encore livrer des cellules à Corvalis.", "announced"),
    ("Norvik livre des cellules à Corvalis depuis 2020.", "active"),
])
def test_fr_due_to_supply(text, status):
    assert ("supplies", "Norvik", "Corvalis", status) in _rels(text, "fr")
