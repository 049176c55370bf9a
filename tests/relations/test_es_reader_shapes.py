"""The invented Spanish shapes of es_reader_shapes_cases.py read by the whole pipeline: each case's
relations with an accepted status, its plants, and nothing else. Cases not read yet are strict xfails."""

from __future__ import annotations

import pytest

from .es_reader_shapes_cases import CASES
from .news_shapes import assert_reads, shape_params

# not read yet: winning a customer's contract ("se adjudicó el contrato de"), a supplier "encargada de"
# supplying, relying on a supplier "para" goods, a customer to come ("tendrá como cliente"), a clitic pair
# ("se los entregará"), goods sent "desde la planta de", a passive of making with the customer's model,
# the nominal supply "de X a Y", a name ending in a singular "Motor", a plant's owner in apposition,
# talks about a possible supply with no verb of talking to a partner ("mantienen conversaciones para"), a
# rumoured purchase under negotiation.
_NOT_YET = {
    "Garrido Componentes se adjudicó el contrato de Montejo Motor para los sistemas de escape.",
    "Garrido Componentes será la encargada de suministrar los frenos del nuevo modelo de Montejo Motor.",
    "Montejo Motor confía en Valdora Baterías para las celdas de su nuevo utilitario.",
    "Sierra Alta Cátodos tendrá como cliente a Valdora Baterías a partir de 2026.",
    "Llanes Automoción necesita más neumáticos. Cortés Neumáticos se los entregará desde enero.",
    "Las baterías de Montejo Motor se suministrarán desde la planta de Valdora Baterías en Sagunto.",
    "Los asientos del nuevo modelo de Llanes Automoción son fabricados por Garrido Componentes.",
    "El suministro de cátodos de Sierra Alta Cátodos a Valdora Baterías comenzará en 2026.",
    "Garrido Componentes fabricará para Montejo Motor los ejes de la nueva plataforma.",
    "El nuevo todoterreno de Montejo Motor montará neumáticos de Cortés Neumáticos.",
    "La planta de Sagunto, propiedad de Valdora Baterías, producirá celdas para Montejo Motor.",
    "Montejo Motor y Valdora Baterías mantienen conversaciones para un posible suministro de celdas.",
    "Según fuentes del sector, Montejo Motor estaría negociando la compra de Garrido Componentes.",
}


@pytest.mark.parametrize("text, relations, plants", shape_params(CASES, _NOT_YET))
def test_spanish_reader_shape(text, relations, plants, read_page):
    doc = read_page(text, "es")
    assert_reads(doc, relations, plants)
