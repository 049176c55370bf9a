"""A bare description on the held side of a stake or a purchase ("a minority in the company", "an dem
Unternehmen beteiligt", "il 20% della società", "15 % de la société", "el 30% de la compañía") is the company
held or bought just before, and never a company that holds or buys in its own clause
(entities/held_objects.py, coref._held_antecedent). Invented sentences and companies."""

from __future__ import annotations

import pytest
from entity_helpers import run


def refs(doc):
    return {(m.text, m.canonical) for m in doc.mentions if m.source == "coref"}


# Stories about the buyer, named again and again (the topic a bare description would otherwise go to).
@pytest.mark.parametrize(
    "language, text, noun, held",
    [
        ("en", "Norvik Motors Inc. denied a report on Monday. Norvik Motors Inc. said it had no plans to sell assets. "
               "Norvik Motors Inc. took the majority of Kestrel Cells Ltd last year. Velqua Corp. still holds a "
               "minority in the company.", "the company", "Kestrel Cells"),
        ("de", "Die Norvik AG weist einen Bericht zurück. Die Norvik AG will ihre Tochter nicht verkaufen. Die Norvik "
               "AG hatte die Mehrheit an der Kestrel GmbH im vergangenen Jahr übernommen. Die Velqua GmbH ist "
               "weiterhin mit einer Minderheit an dem Unternehmen beteiligt.", "dem Unternehmen", "Kestrel"),
        ("it", "Norvik S.p.A. smentisce la vendita. Norvik S.p.A. ha chiuso l'anno in utile. Norvik S.p.A. ha "
               "rilevato il 60% di Kestrel S.r.l. nel 2024. Velqua S.p.A. detiene il restante 40% della società.",
         "della società", "Kestrel"),
        ("fr", "Norvik SA dément la vente. Norvik SA a publié ses résultats. Norvik SA a pris le contrôle de Kestrel "
               "SAS en mars. Velqua SA détient encore 15 % de la société.", "la société", "Kestrel"),
        ("es", "Norvik S.A. niega la venta. Norvik S.A. presentó sus resultados. Norvik S.A. compró el 70% de "
               "Kestrel S.L. en 2024. Velqua S.A. conserva el 30% de la compañía.", "la compañía", "Kestrel"),
    ],
)
def test_the_company_held_before(language, text, noun, held):
    assert (noun, held) in refs(run(text, language))


@pytest.mark.parametrize(
    "language, text, noun, holder",
    [
        # the holder of the description's own clause is never the company it holds
        ("en", "Velqua Corp. makes anodes. Norvik Motors Inc. received new shares and now holds about 14% of "
               "the company.", "the company", "Norvik Motors"),
        ("en", "Velqua Corp. raised money this spring. The round was led by Norvik Capital Inc., which owns "
               "about 12% of the company.", "the company", "Norvik Capital"),
        ("de", "Die Velqua GmbH baut eine Fabrik. Die Norvik AG zeichnet neue Aktien und wird damit mit sechs "
               "Prozent an dem Unternehmen beteiligt sein.", "dem Unternehmen", "Norvik"),
    ],
)
def test_never_the_holder(language, text, noun, holder):
    assert (noun, holder) not in refs(run(text, language))


@pytest.mark.parametrize(
    "language, text, noun, company",
    [
        # an agent: no held place
        ("it", "Norvik S.p.A. ha rilevato il 20% di Kestrel S.r.l. Arvik S.r.l., controllata al 100% dal gruppo, "
               "ha firmato con Velqua S.p.A.", "dal gruppo", "Kestrel"),
        # one who takes part in a round is no company held
        ("es", "Siliconia Norte S.L. ha cerrado una ronda liderada por Norvik S.A., con la participación de Velqua "
               "Capital S.A., que se convierte en accionista de la compañía.", "la compañía", "Velqua Capital"),
    ],
)
def test_no_held_reading(language, text, noun, company):
    assert (noun, company) not in refs(run(text, language))


@pytest.mark.parametrize(
    "language, text, noun, held",
    [
        ("fr", "Norvik possède 100 % du groupe", "du groupe", True),
        ("fr", "Arvik, la filiale à 100 % du groupe", "du groupe", False),  # a parent's share of its unit
        ("it", "Norvik possiede il 51% della società", "della società", True),
        ("it", "Arvik, controllata al 51% della società", "della società", False),
        ("de", "Norvik hält 20 Prozent an dem Unternehmen", "dem Unternehmen", True),
        ("de", "Norvik liefert Zellen an das Unternehmen", "das Unternehmen", False),  # a delivery, not a stake
        ("en", "Norvik bought a stake in the company", "the company", True),
        ("en", "Norvik supplies cells to the company", "the company", False),
        ("es", "Norvik compró el 30% de la compañía", "la compañía", True),
    ],
)
def test_held_position(language, text, noun, held):
    from tierscope.entities.held_objects import held_position
    assert held_position(text, text.index(noun), 0, language) is held
