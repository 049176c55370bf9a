"""Plants: an industrial complex named by what it makes ("cathode complex", "chemical complex",
"complesso industriale", "complexe chimique") is a plant; "complex" as an adjective is not.

Every sentence here is written for the test (invented companies and places); none comes from the dev
or golden pages.
"""

from __future__ import annotations

from .helpers import facs


def _where(fs):
    return [(f.owner, f.location) for f in fs]


def test_en_where_company_runs_a_cathode_complex():
    text = ("The hydroxide arrives in sealed bags at Ashby, on the east coast, where Velora runs one of the "
            "largest cathode complexes in the world.")
    assert _where(facs(text, ["Velora"], places=["Ashby"])) == [("Velora", "Ashby")]


def test_it_complesso_industriale():
    assert _where(facs("Velora gestisce a Cortona un complesso industriale per le batterie.", ["Velora"], "it",
                       places=["Cortona"])) == [("Velora", "Cortona")]


def test_fr_complexe_chimique():
    assert _where(facs("Velora exploite à Sorbiers un complexe chimique pour les batteries.", ["Velora"], "fr",
                       places=["Sorbiers"])) == [("Velora", "Sorbiers")]


def test_complex_as_an_adjective_is_no_plant():
    assert facs("The deal makes Velora part of a complex web of suppliers in Ashby.", ["Velora"], places=["Ashby"]) == []
