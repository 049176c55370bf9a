"""An end told around a tie that an apposition or a relative clause names as standing ends another tie: the
contract with the venture expired, the venture runs; the venture itself dissolved right after its
apposition is over (relations/apposed_ends.py, read by status.py). Invented companies and sentences."""

from __future__ import annotations

import pytest

from .helpers import rels

NAMES = ["Norvik Cells", "NVC", "Norvik", "Brixo", "Kestrel", "Valmera"]


def _statuses(text, lang):
    return {(r.type, r.source, r.target): r.status for r in rels(text, NAMES, language=lang)}


def _venture(got, a, b):
    return got.get(("joint_venture", a, b)) or got.get(("joint_venture", b, a))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Son contrat d'approvisionnement avec Norvik, la coentreprise de Brixo et Kestrel, est arrivé à échéance fin "
           "septembre et n'a pas été renouvelé."),
    ("fr", "Son contrat avec Norvik Cells (NVC), la coentreprise de Brixo, Kestrel et Valmera, est arrivé à échéance et n'a "
           "pas été renouvelé."),
    ("fr", "Norvik, la coentreprise que Brixo détient à parts égales avec Kestrel, a perdu son principal client quand "
           "Valmera a mis fin à son programme."),
    ("en", "Its supply contract with Norvik, the joint venture of Brixo and Kestrel, expired in September and was not renewed."),
    ("it", "Il contratto di fornitura con Norvik, la joint venture di Brixo e Kestrel, è scaduto a settembre e non è stato "
           "rinnovato."),
    ("es", "El contrato de suministro con Norvik, la empresa conjunta de Brixo y Kestrel, expiró en septiembre y no fue "
           "renovado."),
    ("de", "Der Liefervertrag mit Norvik, dem Gemeinschaftsunternehmen von Brixo und Kestrel, ist im September ausgelaufen "
           "und wurde nicht verlängert."),
])
def test_a_venture_in_apposition_outlives_the_contract_that_ended(lang, text):
    assert _venture(_statuses(text, lang), "Brixo", "Kestrel") == "active"


def test_a_company_bought_in_a_relative_stays_bought_when_a_contract_expires():
    text = ("Los motores los producía Norvik, la firma sueca que Brixo compró en 2019; el contrato expiró el pasado "
            "marzo.")
    assert _statuses(text, "es")[("acquires", "Brixo", "Norvik")] == "active"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Norvik, la coentreprise de Brixo et Kestrel, a été dissoute en mars."),
    ("fr", "Norvik, la coentreprise de Brixo et Kestrel, a mis fin à ses activités en mars."),
    ("en", "Norvik, the joint venture of Brixo and Kestrel, was dissolved in March."),
])
def test_a_venture_whose_own_end_follows_its_apposition_is_ended(lang, text):
    assert _venture(_statuses(text, lang), "Brixo", "Kestrel") == "ended"


def test_an_end_told_inside_the_relative_still_ends_the_tie():
    text = "Kestrel, qui détenait un tiers du capital de Norvik, a entièrement dévalué cette participation."
    assert _statuses(text, "fr")[("invests_in", "Kestrel", "Norvik")] == "ended"


@pytest.mark.parametrize("lang,text", [
    ("en", "A year after Brixo and Kestrel dissolved Norvik, the joint venture that was supposed to give the carmaker three "
           "plants, Brixo is building its cell business alone."),
])
def test_parties_named_before_the_apposition_keep_the_end(lang, text):
    assert _venture(_statuses(text, lang), "Brixo", "Kestrel") == "ended"


def test_a_contract_with_the_described_company_ends_its_own_tie():
    text = ("Der Liefervertrag mit dem Kabelwerk Norvik, der Brixo jahrelang mit Kupferschienen beliefert hatte, ist im "
            "Sommer ausgelaufen.")
    assert _statuses(text, "de")[("supplies", "Norvik", "Brixo")] == "ended"


def test_an_end_set_apart_by_a_colon_leaves_the_relative_tie_running():
    text = ("L'accordo sui moduli è terminato in primavera senza rinnovo: Brixo, che si rifornisce già da Kestrel, "
            "non commenta.")
    assert _statuses(text, "it")[("supplies", "Kestrel", "Brixo")] == "active"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le tribunal de commerce a prononcé la liquidation judiciaire de Norvik, la coentreprise créée en 2019 par Brixo "
           "et Kestrel pour produire des scooters."),
    ("en", "A court ordered the liquidation of Norvik, the joint venture of Brixo and Kestrel."),
    ("it", "Il tribunale ha disposto la liquidazione di Norvik, la joint venture di Brixo e Kestrel."),
])
def test_a_venture_wound_up_before_its_apposition_is_ended(lang, text):
    assert _venture(_statuses(text, lang), "Brixo", "Kestrel") == "ended"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le tribunal a ouvert une procédure de sauvegarde pour Norvik, la coentreprise de Brixo et Kestrel."),
    ("fr", "Après la faillite de Valmera, Norvik, la coentreprise de Brixo et Kestrel, a repris l'usine."),
])
def test_a_venture_not_wound_up_runs(lang, text):
    assert _venture(_statuses(text, lang), "Brixo", "Kestrel") == "active"
