"""A tie told with "until" and a time already past that is no year ("until last year", "fino a due anni
fa", "hasta el año pasado", "jusqu'à l'an dernier", "bis vor kurzem", "until the last model change") is
over (``relations/until_past_times.py``). Invented companies."""

from __future__ import annotations

import pytest

from tierscope.relations.until_past_times import until_a_past_time

from .helpers import rels

PAIR = ["Orlanda", "Pesqueira"]


@pytest.mark.parametrize("lang, text", [
    ("en", "Pesqueira, which until last year supplied the modules to Orlanda, is looking for new customers."),
    ("en", "Until two years ago, Pesqueira supplied the modules to Orlanda."),
    ("en", "Pesqueira supplied the modules to Orlanda until last year."),
    ("en", "Until the last model change, Pesqueira supplied the cameras to Orlanda."),
    ("it", "Pesqueira, che fino all'anno scorso forniva i moduli a Orlanda, cerca nuovi clienti."),
    ("it", "Fino a due anni fa Pesqueira forniva i moduli a Orlanda."),
    ("it", "Pesqueira ha fornito i moduli a Orlanda fino allo scorso anno."),
    ("it", "Fino all'ultimo restyling, Pesqueira forniva le telecamere a Orlanda."),
    ("es", "Pesqueira, que hasta el año pasado suministraba los módulos a Orlanda, busca nuevos clientes."),
    ("es", "Hasta hace dos años, Pesqueira suministraba los módulos a Orlanda."),
    ("es", "Pesqueira suministró los módulos a Orlanda hasta el año pasado."),
    ("es", "Hasta la última renovación del modelo, Pesqueira suministraba las cámaras a Orlanda."),
    ("fr", "Pesqueira, qui jusqu'à l'an dernier fournissait les modules à Orlanda, cherche de nouveaux clients."),
    ("fr", "Il y a encore deux ans, Pesqueira fournissait les modules à Orlanda."),
    ("fr", "Pesqueira a fourni les modules à Orlanda jusqu'à l'année dernière."),
    ("fr", "Jusqu'au dernier restylage, Pesqueira fournissait les caméras à Orlanda."),
    ("de", "Orlanda, die bis zum vergangenen Jahr ihre Module von Pesqueira bezog, sucht neue Lieferanten."),
    ("de", "Bis vor zwei Jahren lieferte Pesqueira die Module an Orlanda."),
    ("de", "Pesqueira lieferte die Module bis letztes Jahr an Orlanda."),
    ("de", "Bis zur letzten Modellpflege lieferte Pesqueira die Kameras an Orlanda."),
])
def test_until_a_past_time_ends_the_tie(lang, text):
    assert sorted({r.status for r in rels(text, PAIR, language=lang) if r.type == "supplies"}) == ["ended"]


@pytest.mark.parametrize("lang, text", [
    # the new tie, told after the old one's end with a word of now, or in a clause of its own
    ("en", "Until last year Ventrix supplied the modules; now Pesqueira supplies them to Orlanda."),
    ("en", "Ventrix, which until two years ago made the modules, now sees Pesqueira supply them to Orlanda."),
    ("it", "Fino all'anno scorso Orlanda produceva i moduli in casa, oggi Pesqueira li fornisce a Orlanda."),
    ("es", "Hasta el año pasado Orlanda fabricaba sus módulos, pero ahora Pesqueira le suministra los módulos a Orlanda."),
    ("fr", "Jusqu'à l'an dernier, Orlanda fabriquait ses modules; désormais Pesqueira fournit les modules à Orlanda."),
    ("de", "Bis vor kurzem fertigte Orlanda die Module selbst; seit März liefert Pesqueira die Module an Orlanda."),
    # what ended is the tie being the only one
    ("it", "Pesqueira, che fino a tre anni fa forniva solo Orlanda, oggi consegna anche ad altri costruttori."),
    ("en", "Until last year Pesqueira supplied only Orlanda; it now has three customers."),
    ("de", "Bis vor kurzem belieferte Pesqueira ausschließlich Orlanda."),
    # a time to come is no end
    ("en", "Pesqueira will supply the modules to Orlanda until next year."),
    ("es", "Pesqueira suministrará los módulos a Orlanda hasta el año que viene."),
])
def test_the_new_tie_or_a_time_to_come_is_not_ended(lang, text):
    got = {r.status for r in rels(text, PAIR, language=lang) if r.type == "supplies"}
    assert got and "ended" not in got


@pytest.mark.parametrize("lang, text, found", [
    ("it", "Ventix, che fino a pochi mesi fa era controllata da Orlanda", True),
    ("de", "Bis vor wenigen Monaten gehörte Ventix zu Orlanda", True),
    ("en", "until next year", False),
    ("it", "fino all'ultimo momento", False),
    ("de", "bis zum nächsten Jahr", False),
])
def test_the_phrase_names_only_a_time_past(lang, text, found):
    end = len(text)
    t0 = text.rfind(" ") + 1  # (the last word stands for the trigger)
    assert until_a_past_time(lang, text, t0, end, 0, end) is found
