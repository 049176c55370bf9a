"""A tie ended by the verb of losing it or of dissolving it, where a lexicon lacked the form: Italian
"ha perso il contratto" and "il contratto è stato risolto", French "a perdu le contrat", Spanish
"disolvió" / "disolvieron" (the preterite of "disolver"). The other lexicons read the same already
(guards). Invented companies."""

from __future__ import annotations

import pytest

from .helpers import rels

PAIR = ["Orlanda", "Pesqueira"]


@pytest.mark.parametrize("lang, text", [
    ("it", "Pesqueira ha perso il contratto di fornitura con Orlanda."),
    ("it", "Pesqueira ha perso la commessa di Orlanda."),
    ("it", "Il contratto di fornitura tra Pesqueira e Orlanda è stato risolto."),
    ("it", "Con la procedura concorsuale Orlanda ha perso sia la quota in Pesqueira sia il contratto di fornitura, sciolto dal curatore."),
    ("fr", "Pesqueira a perdu le contrat de fourniture d'Orlanda."),
    ("fr", "Orlanda a perdu son contrat d'approvisionnement avec Pesqueira."),
    ("es", "Orlanda y Pesqueira disolvieron su empresa conjunta en 2025."),
    ("es", "Orlanda disolvió la alianza con Pesqueira el año pasado."),
    # already read (guards)
    ("en", "Pesqueira lost the supply contract with Orlanda."),
    ("de", "Pesqueira hat den Liefervertrag mit Orlanda verloren."),
    ("es", "Pesqueira perdió el contrato de suministro con Orlanda."),
])
def test_a_tie_lost_or_dissolved_is_ended(lang, text):
    assert {r.status for r in rels(text, PAIR, language=lang)} == {"ended"}


@pytest.mark.parametrize("lang, text", [
    ("it", "Pesqueira fornisce le celle a Orlanda: il problema del software è stato risolto."),
    ("fr", "Pesqueira fournit les cellules à Orlanda et a perdu du temps sur la ligne."),
])
def test_other_losses_and_solutions_end_nothing(lang, text):
    got = {r.status for r in rels(text, PAIR, language=lang)}
    assert got and "ended" not in got
