"""A relative that calls a company the speaker's supplier or customer ("Y, que es nuestro proveedor",
"Y, che è il nostro cliente") fixes the supply's direction (``relations/relative_roles.py``), on
sentences written for these tests; the speaker is a subject left out and a possessive, as the entity
stage marks them in an interview."""

from __future__ import annotations

import pytest

from tierscope.doc import Mention
from tierscope.relations import RelationExtractor

from .helpers import make_doc


def supplies(text, lang, implied_before, possessive):
    """The page's supplies, Norvik (named first) being the subject left out before ``implied_before``
    and the company of ``possessive``."""
    doc = make_doc(text, ["Norvik", "Corvalis"], language=lang)
    ante = text.index("Norvik")

    def add(pos, end, attrs):
        idx = next(i for i, s in enumerate(doc.sentences) if s.start <= pos < s.end)
        doc.mentions.append(Mention(pos, end, text[pos:end], "COMPANY", "Norvik", idx, "coref", attrs))

    pos = text.index(implied_before)
    add(pos, pos, {"implied": True, "antecedent": [ante, ante + len("Norvik")]})
    pos = text.index(possessive)
    add(pos, pos + len(possessive), {})
    doc.mentions.sort(key=lambda m: (m.start, -m.end))
    return sorted((r.source, r.target) for r in RelationExtractor()(doc).relations if r.type == "supplies")


@pytest.mark.parametrize("lang, text, before, possessive, want", [
    ("es", "Norvik fabrica inversores en Bilbao. —Compramos los semiconductores de potencia a Corvalis, que es nuestro "
           "proveedor principal desde el primer día.", "Compramos", "nuestro", ("Corvalis", "Norvik")),
    ("es", "Norvik fabrica inversores en Bilbao. —Trabajamos con Corvalis, que es nuestro proveedor principal desde el "
           "primer día.", "Trabajamos", "nuestro", ("Corvalis", "Norvik")),
    ("es", "Norvik fabrica inversores en Bilbao. —Trabajamos con Corvalis, que es nuestro principal cliente desde 2020.",
     "Trabajamos", "nuestro", ("Norvik", "Corvalis")),
    ("es", "Norvik fabrica inversores en Bilbao. Los chips los compra a Corvalis, que es su proveedor principal.",
     "compra", "su", ("Corvalis", "Norvik")),
    ("es", "Norvik fabrica inversores en Bilbao. —Colaboramos con Corvalis, que sigue siendo nuestro mayor cliente.",
     "Colaboramos", "nuestro", ("Norvik", "Corvalis")),
    ("it", "Norvik produce inverter a Lodi. Lavoriamo con Corvalis, che è il nostro fornitore principale.",
     "Lavoriamo", "nostro", ("Corvalis", "Norvik")),
    ("it", "Norvik produce inverter a Lodi. Compriamo i chip da Corvalis, che è il nostro fornitore principale.",
     "Compriamo", "nostro", ("Corvalis", "Norvik")),
    ("it", "Norvik produce inverter a Lodi. Lavoriamo con Corvalis, che è il nostro cliente più importante.",
     "Lavoriamo", "nostro", ("Norvik", "Corvalis")),
    ("it", "Norvik produce inverter a Lodi. Collaboriamo con Corvalis, che resta il nostro principale fornitore.",
     "Collaboriamo", "nostro", ("Corvalis", "Norvik")),
    # read right before, kept: an apposition, and the languages whose readers take the relative
    ("es", "Norvik fabrica inversores en Bilbao. —Compramos los chips a Corvalis, nuestro proveedor principal.",
     "Compramos", "nuestro", ("Corvalis", "Norvik")),
    ("fr", "Norvik produit des onduleurs à Lyon. Nous travaillons avec Corvalis, qui est notre fournisseur principal.",
     "Nous travaillons", "notre", ("Corvalis", "Norvik")),
    ("en", "Norvik makes inverters in Leeds. We work with Corvalis, which is our main supplier.",
     "We work", "our", ("Corvalis", "Norvik")),
])
def test_the_relative_says_who_supplies(lang, text, before, possessive, want):
    assert supplies(text, lang, before, possessive) == [want]
