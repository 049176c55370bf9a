"""scan/windows.py: the literal test before a search in a stretch of a sentence never skips a match."""

import re

from tierscope.relations import customer_companions, fitted_goods, part_makers
from tierscope.scan.windows import may_hold_in

_SENTENCES = [
    "The battery cells for the new crossover come from Lorvik, the company said.",
    "Die Zellen werden von Brixo geliefert, teilte der Hersteller mit.",
    "Le constructeur utilise des moteurs fabriqués par Tessaro et des pneus de Kestrel.",
    "Il gruppo monta sui suoi autobus l'assale che fornisce Maltrix.",
    "El fabricante usa chips de Corvalis desde hace años.",
    "Neben Arvik und Velqua gewinnt Kornex einen dritten Kunden.",
    "İstanbul'da ÜRETİM: the cells are supplied by Norrlid.",  # odd case folding: always searched
]

_PATTERNS = [
    part_makers._PREDICATE["en"], part_makers._PREDICATE["de"], part_makers._FITTED["fr"], part_makers._FITTED["it"],
    fitted_goods._REL_VERB_BEFORE["it"], fitted_goods._REL_BEFORE["de"], customer_companions._DE_BEFORE,
    # a literal only in a lookbehind may lie before the stretch: it must not count
    re.compile(r"(?<=from )\w+$"),
]


def test_no_match_is_skipped():
    for text in _SENTENCES:
        for rx in _PATTERNS:
            for hi in range(len(text) + 1):
                for reach in (30, 60, 90):
                    lo = max(0, hi - reach)
                    if rx.search(text, lo, hi) is not None:
                        assert may_hold_in(rx, text, lo, hi), (rx.pattern[:40], text, lo, hi)


def test_lookbehind_literal_left_out():
    rx = re.compile(r"(?<=from )\w+$")
    text = "the cells come from Lorvik"
    assert rx.search(text, 20, len(text)) is not None
    assert may_hold_in(rx, text, 20, len(text))


def test_most_stretches_skipped():
    rx = part_makers._PREDICATE["en"]
    text = "Lorvik and Kestrel signed a memorandum of understanding on Tuesday in Oslo."
    assert not may_hold_in(rx, text, 0, len(text))


def test_parents_apart_same_as_parents():
    from tierscope.relations.co_stakeholders import _PARENTS, _PARENTS_APART

    for text in _SENTENCES + ["Arvik holds 30 per cent of Velqua alongside Kornex.", "Arvik buys a 20% stake in Velqua.",
                              "Le fonds détient un tiers du capital de Velqua aux côtés de Kornex.", "in the first half of 2025",
                              "la joint-venture di Arvik e Kornex", "Arvik è socio di Velqua insieme a Kornex."]:
        assert bool(_PARENTS.search(text)) == any(rx.search(text) for rx in _PARENTS_APART), text
