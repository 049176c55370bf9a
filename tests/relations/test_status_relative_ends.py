"""An end told only in a relative clause on a company, in the sentence after a tie ("The company, which until
recently made heaters, is extending its factory"), is the company's own past, not the tie's end; an end in the
sentence's own clause ("The contract, which was signed in May, expired in December") still ends the tie.
Invented companies and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _statuses(text, lang, ref):
    doc = RelationExtractor()(make_doc(text, ["Norvik", "Corvalis"], language=lang, coref={ref: "Norvik"}))
    return {r.status for r in doc.relations if r.type == "supplies" and (r.source, r.target) == ("Norvik", "Corvalis")}


@pytest.mark.parametrize("lang,text,ref", [
    ("en", "Norvik has signed a three-year contract to supply battery trays to Corvalis. The company, which until "
           "recently earned its living from tram seats, is hiring 80 welders.", "The company"),
    ("fr", "Norvik a signé un contrat de cinq ans pour fournir des plaques de refroidissement à Corvalis. La société, "
           "qui ne fabrique plus de chaudières pour autobus, agrandit son usine.", "La société"),
    ("es", "Norvik ha firmado un contrato de cinco años para suministrar placas de refrigeración a Corvalis. La empresa, "
           "que ya no fabrica calderas para autobuses, amplía su fábrica.", "La empresa"),
    ("it", "Norvik ha firmato un contratto triennale per fornire vassoi per batterie a Corvalis. L'azienda, che ha "
           "cessato la produzione di sedili per tram, assume 80 saldatori.", "L'azienda"),
    ("de", "Norvik hat einen Dreijahresvertrag zur Lieferung von Batteriewannen an Corvalis unterzeichnet. Das "
           "Unternehmen, das die Produktion von Straßenbahnsitzen eingestellt hat, stellt 80 Schweißer ein.", "Das Unternehmen"),
])
def test_end_in_a_relative_on_the_company_leaves_the_tie(lang, text, ref):
    assert _statuses(text, lang, ref) == {"announced"}


@pytest.mark.parametrize("lang,text,ref", [
    ("en", "Norvik has signed a three-year contract to supply battery trays to Corvalis. The contract, which was "
           "signed in May, expired in December.", "The company"),
    ("es", "Norvik ha firmado un contrato de cinco años para suministrar placas de refrigeración a Corvalis. La empresa "
           "rompió el contrato en marzo.", "La empresa"),
])
def test_end_in_the_main_clause_still_ends(lang, text, ref):
    assert _statuses(text, lang, ref) == {"ended"}
