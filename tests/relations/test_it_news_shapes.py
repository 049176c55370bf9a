"""The invented Italian news shapes of it_shapes_cases.py read by the whole pipeline: each case's
relations with an accepted status, its plants, and nothing else. Cases the pipeline does not read yet
are marked xfail (strict, so a case that starts passing must lose its mark)."""

from __future__ import annotations

import pytest

from .it_shapes_cases import CASES
from .news_shapes import assert_reads, shape_params

# not read yet: a verb of relying on a supplier, a dative clitic pair, buying goods "da", a works noun
# ending a family's name, supplying a customer's line, a customer's car's goods, a deal's direction between
# two unknown companies, a round led "in" a company, a stake raised "sale al", control passing "sotto".
_NOT_YET = {
    "Per i moduli delle batterie Trevano Motori si affida a Varenna Batterie.",
    "Trevano Motori ha bisogno di nuove celle. Varenna Batterie gliele fornisce dal 2022.",
    "Mareva Auto acquista i cerchi in lega da Castelli Fonderie.",
    "Castelli Fonderie è fornitore di Mareva Auto per i componenti in alluminio.",
    "Dal prossimo anno Castelli Fonderie non fornirà più i blocchi motore a Mareva Auto.",
    "Monviso Tech rifornirà di semiconduttori la linea di montaggio di Ferrante Automotive.",
    "Le batterie della nuova berlina di Mareva Auto arriveranno da Arnica Batterie.",
    "Grifone Veicoli ha siglato un accordo con Valsesia Chimica per la fornitura di elettroliti.",
    "Vespucci Capital guida un round da 30 milioni di euro in Lunaro Systems.",
    "Sirmione Holding sale al 35% di Adige Cavi.",
    "Rocchetta Plast passa sotto il controllo di Ferrante Automotive.",
}


@pytest.mark.parametrize("text, relations, plants", shape_params(CASES, _NOT_YET))
def test_italian_news_shape(text, relations, plants, read_page):
    doc = read_page(text, "it")
    assert_reads(doc, relations, plants)
