"""A deal a government or a regulator blocked did not happen: its status is ended, in five languages;
the same deal told without the block keeps its own status. Invented sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _statuses(text, lang):
    doc = RelationExtractor()(make_doc(text, ["Norvik", "Corvalis"], language=lang))
    return {(r.type, r.source, r.target): r.status for r in doc.relations}


@pytest.mark.parametrize("lang, text", [
    ("en", "The government blocked the sale of Norvik to Corvalis last year, the company said."),
    ("en", "The takeover of Norvik by Corvalis was blocked by the competition authority in 2023."),
    ("it", "Il governo ha bloccato la cessione di Norvik a Corvalis, ha detto la società."),
    ("es", "El Gobierno bloqueó la venta de Norvik a Corvalis, según la empresa."),
    ("de", "Die Regierung untersagte den Verkauf von Norvik an Corvalis, teilte das Unternehmen mit."),
])
def test_a_blocked_takeover_is_over(lang, text):
    assert _statuses(text, lang).get(("acquires", "Corvalis", "Norvik")) == "ended"


@pytest.mark.parametrize("lang, text", [
    ("en", "Corvalis bought Norvik in 2019, the company said."),
    ("en", "Corvalis completed the takeover of Norvik after regulators cleared it, the company said."),
    ("it", "Corvalis ha completato l'acquisizione di Norvik, ha detto la società."),
])
def test_a_takeover_not_blocked_keeps_its_status(lang, text):
    status = _statuses(text, lang).get(("acquires", "Corvalis", "Norvik"))
    assert status is not None and status != "ended"


# -- French "la vente de Y à X" is a company sold (as "la cession de Y à X"); goods sold are not -------


def test_fr_la_vente_of_a_company_is_its_sale():
    got = _statuses("Le groupe a finalisé la vente de Norvik à Corvalis, a indiqué la société.", "fr")
    assert got.get(("acquires", "Corvalis", "Norvik")) == "active"


@pytest.mark.parametrize("text", [
    "La vente de cellules de Norvik à Corvalis a bondi de 20 %, selon la société.",
    "Les ventes de Norvik à Corvalis ont progressé, selon la société.",
])
def test_fr_goods_or_sales_figures_are_no_company_sold(text):
    assert ("acquires", "Corvalis", "Norvik") not in _statuses(text, "fr")
