"""The pair admitter works out once what its readings share, with the same answers: the features every
reading of a candidate shares (``shared_features``) and the ones of each reading (``own_features``) make
up ``reading_features``; ``candidate_slots`` hashes them as before; the gazetteer's questions about a pair
are asked once per page (``PageFacts.ask``); the page's status cues are searched branch by branch
(``pair_status.found_in``) and once per page; the goods' spans come from the per-product search
(``products.product_spans``). Sentences and companies written for this test."""

from __future__ import annotations

from tierscope.doc import Document
from tierscope.learned.hashed import slot
from tierscope.learned.pair_features import (READINGS, PageFacts, candidate_slots, candidates, own_features,
                                             reading_features, shared_features)
from tierscope.learned.pair_status import found_in, page_status_cues
from tierscope.relations.compiled import compiled
from tierscope.relations.known_roles import belongs_to
from tierscope.relations.products import _PRODUCT_RX, product_spans
from tierscope.scan.sentence_scan import SentenceScan, new_page

from learned_helpers import page as _page


_NAMES = [("Quellmark", ["supplier"]), ("Norrvik Motors", ["carmaker"]), ("Tesvale Lithium", ["mining"])]


def _doc() -> Document:
    return _page(["Quellmark will supply cooling plates and battery cells to Norrvik Motors from 2027, "
                  "while Tesvale Lithium, which denied the reports, ships lithium hydroxide to Quellmark.",
                  "Norrvik Motors and Tesvale Lithium are said to be in talks about a joint venture."], _NAMES)


def test_a_reading_is_its_own_features_and_the_shared_ones():
    d = _doc()
    cands = candidates(d)
    assert len(cands) >= 3
    facts = PageFacts(d, cands)
    for c in cands:
        shared = shared_features(d, c, facts)
        assert shared is shared_features(d, c, facts)  # (worked out once per candidate)
        assert any(f.startswith("dist:") for f in shared) and not any(f.startswith("order:") for f in shared)
        for r in READINGS:
            own = own_features(d, c, facts, r)
            assert any(f.startswith("order:") for f in own) and not any(f.startswith("dist:") for f in own)
            assert reading_features(d, c, facts, r) == own + list(shared)


def test_candidate_slots_are_the_hashed_reading_features():
    d = _doc()
    cands = candidates(d)
    facts = PageFacts(d, cands)
    want = [{r: sorted({slot(f) for f in reading_features(d, c, facts, r)}) for r in READINGS} for c in cands]
    assert candidate_slots(d, cands) == want


def test_the_gazetteer_is_asked_once_per_pair_and_page():
    d = _doc()
    facts = PageFacts(d, candidates(d))
    calls = []

    def asked(x, y):
        calls.append((x, y))
        return belongs_to(x, y)

    assert facts.ask(asked, "Quellmark", "Norrvik Motors") is False
    assert facts.ask(asked, "Quellmark", "Norrvik Motors") is False
    assert facts.ask(asked, "Norrvik Motors", "Quellmark") is False
    assert calls == [("Quellmark", "Norrvik Motors"), ("Norrvik Motors", "Quellmark")]


_TEXTS = [
    "Brasko Capital denied reports that it was in talks to buy Velda Cells, people familiar with the matter said.",
    "Velda Cells ended its supply deal with Norrvik Motors last year.\nThe plant opens in May.",
    "Norrvik Motors builds cars in Saxony.",
    "Brasko Capital smentisce le indiscrezioni su un accordo con Velda Cells.",
]


def test_a_status_class_is_found_on_a_page_as_a_search_finds_it():
    for lang, text in (("en", _TEXTS[0]), ("en", _TEXTS[1]), ("en", _TEXTS[2]), ("it", _TEXTS[3])):
        lex = compiled(lang)
        scan = SentenceScan(text)
        for key, rx in lex.status.items():
            assert found_in(rx, scan) == (rx.search(text) is not None), (lang, key)
    assert {"denied", "rumoured"} <= page_status_cues("en", _TEXTS[0])
    assert "denied" not in page_status_cues("en", _TEXTS[2])
    assert page_status_cues("en", _TEXTS[2]) is page_status_cues("en", _TEXTS[2])  # (kept for the page)


def test_product_spans_are_the_alternation_s_spans():
    new_page()
    for text in ("Quellmark ships battery cells, cathode material and lithium hydroxide to Norrvik Motors.",
                 "Tesvale Lithium sells lithium to Quellmark.",
                 "Norrvik Motors builds cars in Saxony.",
                 "Quellmark liefert Batteriezellen und Kathodenmaterial an Norrvik Motors."):
        want = [m.span() for m in _PRODUCT_RX.finditer(text)]
        assert product_spans(text) == want
    assert product_spans("Quellmark ships battery cells to Norrvik Motors.")
