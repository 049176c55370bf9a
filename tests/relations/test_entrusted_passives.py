"""A supply or an order entrusted in the passive, the customer as the agent (relations/entrusted_passives.py):
the one it is entrusted to supplies the agent, in five languages; a stake handed over is no supply."""

from __future__ import annotations

import pytest

from .helpers import rels

_NAMES = ["Quessant Sièges", "Marbrook Vans", "Tolvera Axles", "Ilsted Mobil"]
_SECTORS = {"Quessant Sièges": ["supplier"], "Tolvera Axles": ["supplier"], "Marbrook Vans": ["carmaker"], "Ilsted Mobil": ["carmaker"]}


def _supplies(text, lang):
    names = [n for n in _NAMES if n in text]
    return {(r.source, r.target) for r in rels(text, names, lang, sectors={n: _SECTORS[n] for n in names}) if r.type == "supplies"}


@pytest.mark.parametrize("lang,text", [
    ("it", "La fornitura dei sedili è stata affidata a Quessant Sièges da Marbrook Vans."),
    ("it", "La produzione delle portiere verrà affidata a Quessant Sièges da Marbrook Vans a partire dal 2027."),
    ("it", "La commessa per 400 sedili è stata assegnata dalla Marbrook Vans a Quessant Sièges."),
    ("fr", "La fourniture des sièges a été confiée à Quessant Sièges par Marbrook Vans."),
    ("fr", "La fabrication des sièges sera confiée à Quessant Sièges par Marbrook Vans dès l'an prochain."),
    ("es", "El suministro de los asientos ha sido adjudicado a Quessant Sièges por Marbrook Vans."),
    ("es", "La fabricación de los asientos fue encargada a Quessant Sièges por Marbrook Vans."),
    ("en", "The contract for the seats was awarded to Quessant Sièges by Marbrook Vans."),
    ("en", "Production of the rear seats has been entrusted to Quessant Sièges by Marbrook Vans."),
    ("de", "Der Auftrag für die Sitze wurde von Marbrook Vans an Quessant Sièges vergeben."),
    ("de", "Die Fertigung der Sitze ist von Marbrook Vans an Quessant Sièges übertragen worden."),
])
def test_entrusted_one_supplies_the_agent(lang, text):
    found = _supplies(text, lang)
    assert ("Quessant Sièges", "Marbrook Vans") in found
    assert ("Marbrook Vans", "Quessant Sièges") not in found


@pytest.mark.parametrize("lang,text", [
    ("en", "A stake of 20% was handed to Tolvera Axles by Ilsted Mobil."),
    ("it", "La quota del 20% è stata ceduta a Tolvera Axles da Ilsted Mobil."),
    ("fr", "Le siège social a été confié à Tolvera Axles par Ilsted Mobil."),
])
def test_no_supply_entrusted(lang, text):
    assert _supplies(text, lang) == set()


class _CountingPattern:
    """A compiled pattern that counts its searches (the literal gates read its ``pattern`` and ``flags``)."""

    def __init__(self, rx):
        self.rx, self.pattern, self.flags, self.searches = rx, rx.pattern, rx.flags, 0

    def finditer(self, *args):
        self.searches += 1
        return self.rx.finditer(*args)


@pytest.mark.parametrize("lang,text,searched", [
    # a German sentence with "ist" but none of the participles that close the passive: not searched
    ("de", "Die Lieferung der Sitze ist für Marbrook Vans wichtig, sagte Quessant Sièges.", False),
    ("de", "Der Auftrag für die Sitze wurde von Marbrook Vans an Quessant Sièges vergeben.", True),
    # no verb of entrusting at all
    ("en", "Quessant Sièges is a supplier of seats to Marbrook Vans.", False),
    ("en", "The contract for the seats was awarded to Quessant Sièges by Marbrook Vans.", True),
])
def test_the_passive_is_searched_only_where_its_words_stand(monkeypatch, lang, text, searched):
    from tierscope.relations import entrusted_passives as ep
    from tierscope.relations.compiled import compiled
    from tierscope.scan.sentence_scan import new_page

    spy = _CountingPattern(ep._PASSIVE_RX[lang])
    monkeypatch.setitem(ep._PASSIVE_RX, lang, spy)
    new_page()
    names = [n for n in _NAMES if n in text]
    spans = sorted((text.index(n), text.index(n) + len(n), n, []) for n in names)
    found = ep.entrusted_supplies(text, spans, compiled(lang))
    assert (spy.searches > 0) is searched
    assert [(f.source, f.target) for f in found] == ([("Quessant Sièges", "Marbrook Vans")] if searched else [])
