"""A joint venture one partner left or bought out, told in its sentence or a few sentences on ("Brixo
bought out its partner and is now the sole owner of Velmor"), is ended; not where a newcomer took the
stake, nor an owner's word about something else than the venture. Invented companies and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

NAMES = ["Brixo", "Kestrel", "Velmor"]


def _venture(text, language, names=NAMES):
    doc = RelationExtractor()(make_doc(text, list(names), language=language))
    return {r.status for r in doc.relations if r.type == "joint_venture" and {r.source, r.target} == {"Brixo", "Kestrel"}}


@pytest.mark.parametrize("language,text", [
    ("it", "Tra i clienti c'è stata Brixo, che con Kestrel aveva fondato la joint venture Velmor per costruire una "
           "fabbrica di celle. Quella società comune non esiste più: Brixo ha rilevato la quota del socio ed è oggi "
           "l'unico proprietario di Velmor."),
    ("en", "Brixo and Kestrel set up the joint venture Velmor in 2019. In 2023 Brixo bought out its partner and is "
           "now the sole owner of Velmor."),
    ("es", "Brixo y Kestrel crearon en 2019 la empresa conjunta Velmor. En 2024 Brixo recompró la participación que "
           "esta tenía en Velmor."),
])
def test_a_venture_a_partner_left_is_over(language, text):
    assert _venture(text, language) == {"ended"}


@pytest.mark.parametrize("text,names", [
    ("Brixo and Kestrel set up the joint venture Velmor in 2019. In 2023 Tamsin took over Kestrel's stake and is "
     "now a partner of Brixo.", NAMES + ["Tamsin"]),
    ("Brixo and Kestrel set up the joint venture Velmor in 2019. Brixo is the sole owner of its plant in Ohio.", NAMES),
])
def test_a_newcomer_or_another_matter_leaves_the_venture(text, names):
    assert _venture(text, "en", names) == {"active"}


def test_a_partner_that_now_holds_all_the_shares_ends_the_venture():
    text = ("Brixo und Kestrel haben 2021 das Gemeinschaftsunternehmen Velmor gegründet. Brixo hält inzwischen "
            "sämtliche Anteile an dem Gemeinschaftsunternehmen.")
    assert _venture(text, "de") == {"ended"}
