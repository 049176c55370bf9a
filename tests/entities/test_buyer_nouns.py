"""A buyer's noun ("the buyer", "der Käufer", "l'acquéreur", "l'acquirente", "la compradora") is the buyer
of the purchase told just before (entities/buyer_nouns.py), not the company bought; "the acquired company"
after a passive of buying is the passive's subject, not its agent. Invented sentences and companies."""

from __future__ import annotations

import pytest
from entity_helpers import run


def refs(doc):
    return {(m.text, m.canonical) for m in doc.mentions if m.source == "coref"}


@pytest.mark.parametrize(
    "language, text, noun, buyer",
    [
        ("en", "Norvik AG agreed to buy Kestrel Systems Ltd for $200 million. The buyer already owns 40% of "
               "Velqua Inc.", "The buyer", "Norvik"),
        ("en", "Kestrel Systems Ltd was acquired by Norvik AG in 2019. The acquirer also controls Velqua Inc.",
         "The acquirer", "Norvik"),
        ("de", "Die Velqua GmbH wurde 2019 von der Norvik AG übernommen. Der Käufer hat nun auch die Arvik GmbH "
               "gekauft.", "Der Käufer", "Norvik"),
        ("de", "Der Batteriehersteller Hanvo Energy hat 20 Prozent an der Brixo Motoren GmbH erworben. Der "
               "Käufer hält zudem 35 Prozent an der Talvik AG.", "Der Käufer", "Hanvo Energy"),
        ("fr", "Velqua SAS a été rachetée par Norvik SA en 2019. L'acquéreur a depuis acquis Arvik SAS.",
         "L'acquéreur", "Norvik"),
        ("fr", "Norvik SA a cédé sa filiale Kelda SAS à Arvik SA. L'acquéreur possède déjà Velqua SAS.",
         "L'acquéreur", "Arvik"),
        ("it", "Norvik S.p.A. ha rilevato Kestrel S.r.l. per 50 milioni. L'acquirente possiede anche il 40% di "
               "Velqua S.r.l.", "L'acquirente", "Norvik"),
        ("es", "Velqua S.L. fue adquirida por Norvik S.A. en 2019. La compradora ha comprado ahora Arvik S.L.",
         "La compradora", "Norvik"),
        ("es", "Norvik S.A. vendió su filial Kelda S.L. a Arvik S.A. por 30 millones. El comprador controla ya "
               "Velqua S.L.", "El comprador", "Arvik"),
    ],
)
def test_the_buyer_is_the_party_that_bought(language, text, noun, buyer):
    assert (noun, buyer) in refs(run(text, language))


@pytest.mark.parametrize(
    "language, text",
    [
        # no purchase told before it
        ("en", "Norvik AG and Kestrel Systems Ltd signed a supply deal. The buyer will pay in cash."),
        ("de", "Die Norvik AG liefert Sitze an die Kestrel GmbH. Der Käufer zahlt bar."),
        # a predicate or an apposition: the role, read elsewhere
        ("en", "Velqua Capital bought Kestrel Ltd in 2019 and sold it this year. The buyer is Norvik AG."),
        ("it", "Velqua Capital S.p.A. ha comprato Kestrel S.r.l. nel 2019. L'acquirente è ora Norvik S.p.A."),
        ("de", "Die Velqua Capital AG kaufte 2019 die Kestrel GmbH. Der Käufer Norvik AG zahlt nun mehr."),
        # a purchase with no buyer named
        ("it", "Kestrel S.r.l. è stata venduta nel 2019. L'acquirente non è stato reso noto."),
    ],
)
def test_no_buyer_no_reference(language, text):
    assert not {r for r in refs(run(text, language))
                if any(w in r[0].casefold() for w in ("buyer", "käufer", "acquirente", "acquéreur", "compra"))}


@pytest.mark.parametrize(
    "language, text, noun, bought",
    [
        ("en", "Kestrel Systems Ltd was bought by Norvik AG in 2019. The acquired company holds a 25% stake in "
               "Velqua Inc.", "The acquired company", "Kestrel Systems"),
        ("es", "Kestrel S.L. fue comprada por Norvik S.A. en 2019. La empresa adquirida posee el 30% de Velqua "
               "S.A.", "La empresa adquirida", "Kestrel"),
    ],
)
def test_the_acquired_company_is_the_passive_subject_not_its_agent(language, text, noun, bought):
    assert (noun, bought) in refs(run(text, language))


@pytest.mark.parametrize(
    "language, text",
    [
        ("fr", "Velqua SA a racheté Kestrel SAS en mars. Norvik SA était cité comme l'acquéreur naturel de la "
               "division."),
        ("en", "Velqua Capital bought the unit of Kestrel Ltd. Norvik Plc had been seen as the buyer of the unit."),
    ],
)
def test_a_role_said_of_a_company_is_no_reference_back(language, text):
    assert not {r for r in refs(run(text, language)) if r[0].casefold().endswith(("acquéreur", "buyer"))}
