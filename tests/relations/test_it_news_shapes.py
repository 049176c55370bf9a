"""The invented Italian news shapes of it_shapes_cases.py read by the whole pipeline: each case's
relations with an accepted status, its plants, and nothing else. Cases the pipeline does not read yet
are marked xfail (strict, so a case that starts passing must lose its mark)."""

from __future__ import annotations

import pytest

from tierscope.doc import SYMMETRIC_TYPES, Document
from tierscope.eval.match import normalise_company

from .it_shapes_cases import CASES

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


def _key(kind, source, target):
    a, b = normalise_company(source), normalise_company(target)
    return (kind, *sorted((a, b))) if kind in SYMMETRIC_TYPES else (kind, a, b)


@pytest.mark.parametrize("text, relations, plants", [
    pytest.param(*case, marks=pytest.mark.xfail(strict=True)) if case[0] in _NOT_YET else case for case in CASES
])
def test_italian_news_shape(text, relations, plants, read_page):
    doc = read_page(text, "it")
    got = {_key(r.type, r.source, r.target): r.status for r in doc.relations}
    want = {}
    for kind, source, target, statuses in relations:
        want[_key(kind, source, target)] = (statuses,) if isinstance(statuses, str) else statuses
    assert set(got) == set(want)
    assert all(got[k] in want[k] for k in want)
    for owner, place in plants:
        assert any(f.owner and normalise_company(f.owner) == normalise_company(owner) and place in (f.location or "")
                   for f in doc.facilities)
