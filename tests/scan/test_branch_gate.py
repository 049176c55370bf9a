"""scan/branch_gate.py: a long list of alternatives tested branch by branch. The gate may say "no"
only where the pattern has no match; it says "no" to sentences that hold one literal of a branch
but not the rest of it."""

import re

from tierscope.relations import engine, facility_cues
from tierscope.scan.branch_gate import branch_gate, long_gate
from tierscope.scan.sentence_scan import SentenceScan

# (written for this test: every language, with and without the cues' words)
_SENTENCES = [
    "Varden now supplies seat frames to Olmera in November, the company said.",
    "Varden denied a report that it was in talks to buy Olmera.",
    "Olmera sold its stake in the Varden venture last year.",
    "The stake in Olmera is worth about 40 million euros.",
    "There is no truth in the claims, a spokesman for Varden said.",
    "No.",
    "Brenn hat die Zusammenarbeit mit Talvo beendet, die Verträge laufen Ende Mai aus.",
    "Brenn liefert seit 2021 Achsen an Talvo und plant ein Werk in Ungarn.",
    "Talvo dementierte Berichte über eine Übernahme durch Brenn.",
    "Lumeo a démenti toute discussion avec Carvé sur une coentreprise.",
    "Lumeo et Carvé ont mis fin à leur partenariat, qui ne sera pas renouvelé.",
    "Lumeo fournit des cellules à Carvé depuis 2020 ; le marché reste stabile.",
    "Sirmo ha smentito le indiscrezioni su un accordo con Pavel.",
    "Sirmo non fornisce più componenti a Pavel dopo la fine del contratto.",
    "Sirmo fornisce a Pavel i moduli per la nuova piattaforma.",
    "Quersa negó que vaya a comprar Nalte, según un comunicado.",
    "Quersa puso fin a la empresa conjunta con Nalte tras la venta de su participación.",
    "Quersa suministra baterías a Nalte para la compra de autobuses.",
    "İSTANBUL: Varden denied the report.",  # (odd case folding: the gate lets it through)
]


def _patterns():
    for lang in ("en", "de", "fr", "it", "es"):
        lex = engine.compiled(lang)
        yield from lex.status.items()
        yield from lex.facility["status"].items()
        yield from facility_cues.compiled(lang).get("status", {}).items()


def test_gate_says_no_only_where_there_is_no_match():
    gated = 0
    for _name, rx in _patterns():
        gate = branch_gate(rx)
        if gate is None:
            continue
        gated += 1
        for text in _SENTENCES:
            if rx.search(text) is not None:
                assert gate.may(SentenceScan(text)), (rx.pattern[:80], text)
    assert gated >= 50  # (most status cues are lists of alternatives)


def test_one_literal_of_a_branch_is_not_enough():
    rx = re.compile(
        r"\bsold (?:its|the) (?:entire )?stake\b|\bno truth\b|^\W*(?:no|nothing)\W*$|\bden(?:y|ies|ied)\b|\bunfounded\b"
        r"|\bwalked away from\b|\bterminated\b|\bceased\b|\bno longer (?:supplies|owns)\b", re.I)
    gate = long_gate(rx)
    assert gate is not None and len(gate.clauses) == 9
    for text in ("The stake in Olmera is worth about 40 million euros.",  # "stake" without "sold its"
                 "Varden now supplies seats to Olmera in November.",  # "no" without a branch around it
                 "It is no longer clear when the plant opens."):  # "no longer" without the verb after it
        assert rx.search(text) is None
        assert not gate.may(SentenceScan(text)), text
    for text in ("Olmera sold its entire stake in Varden.", "No!", "Varden no longer supplies Olmera.",
                 "Varden denied it.", "İSTANBUL: the report is UNFOUNDED."):
        assert rx.search(text) is not None
        assert gate.may(SentenceScan(text)), text


def test_short_patterns_and_back_references_get_no_gate():
    assert long_gate(re.compile(r"\bdenied\b|\brejected\b")) is None  # (two branches: the search is as cheap)
    assert branch_gate(re.compile(r"(?P<w>\w+) (?P=w)|\bagain\b")) is None  # (a branch searched alone loses its group)
    assert branch_gate(re.compile(r"\bno alternatives here\b")) is None


def test_narrowed_finds_the_same_matches_as_the_whole_list():
    checked = narrower = 0
    for _name, rx in _patterns():
        gate = long_gate(rx)
        if gate is None:
            continue
        for text in _SENTENCES + ["Talvo dementiert, Brenn hat die Lieferungen an Pavel eingestellt.",
                                  "Sources say Varden denied talks; Olmera ceased deliveries."]:
            scan = SentenceScan(text)
            if not gate.may(scan):
                continue
            sub = gate.narrowed(rx, scan)
            whole = [(m.span(), m.groups()) for m in rx.finditer(text)]
            assert ([] if sub is None else [(m.span(), m.groups()) for m in sub.finditer(text)]) == whole, (rx.pattern[:80], text)
            checked += 1
            narrower += sub is not None and sub is not rx
    assert checked >= 40 and narrower >= 20


def test_narrowed_keeps_only_the_branches_the_sentence_may_hold():
    rx = re.compile(
        r"\bsold (?:its|the) (?:entire )?stake\b|\bno truth\b|^\W*(?:no|nothing)\W*$|\bden(?:y|ies|ied)\b|\bunfounded\b"
        r"|\bwalked away from\b|\bterminated\b|\bceased\b|\bno longer (?:supplies|owns)\b|(?P<tail>\bwound up\b)", re.I)
    gate = long_gate(rx)
    text = "Kelmar ceased deliveries to Dovrin, which walked away from the deal; Kelmar ceased all work."
    sub = gate.narrowed(rx, SentenceScan(text))
    assert sub is not rx
    assert [m.span() for m in sub.finditer(text)] == [m.span() for m in rx.finditer(text)]
    assert sub.search("Kelmar denied it.") is None  # (a branch this sentence cannot hold is left out)
    assert sub.search("Kelmar terminated it.") is None
    # the groups keep their numbers and names
    text = "Brevik was wound up in May."
    sub = gate.narrowed(rx, SentenceScan(text))
    assert sub.search(text).group("tail") == rx.search(text).group("tail") == "wound up"
    assert sub.groupindex == rx.groupindex
    assert gate.narrowed(rx, SentenceScan("Kelmar supplies seats to Dovrin.")) is None
    assert gate.narrowed(rx, SentenceScan("İSTANBUL: Kelmar DENIED it.")) is rx  # (odd case folding: the whole list)
