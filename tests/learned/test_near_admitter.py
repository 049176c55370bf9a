"""tierscope.learned.NearAdmitter: the learned adder of ties told across two adjacent sentences. Weights
ship small and load lazily, candidates are only the pairs one sentence apart that the page never names
together and no stage tied, the features read each sentence's cues, how the second one opens and the
gazetteer's sectors, not words, and the model admits a stake told in the sentence after the company
while it leaves two companies that merely follow each other alone (sentences and companies written for
this test)."""

from __future__ import annotations

import json

import pytest

from tierscope.doc import Document, Evidence, Relation
from tierscope.learned.near_admitter import CARD_PATH, WEIGHTS_PATH, NearAdmitter
from tierscope.learned.near_features import candidates, opens_with_role, page_facts, reading_features
from tierscope.pipeline import default_components

from learned_helpers import page as _page


_CO = [("Brasko Capital", ["investor"]), ("Velda Cells", ["battery_cells"]), ("Norrvik Motors", ["carmaker"]),
       ("Quellmark", ["supplier"]), ("Tesvale Autos", ["carmaker"])]


@pytest.fixture(scope="module")
def admitter():
    a = NearAdmitter()
    a.warm_up()
    return a


def test_weights_and_card_ship_small_and_agree():
    assert WEIGHTS_PATH.exists() and WEIGHTS_PATH.stat().st_size < 150_000
    card = json.loads(CARD_PATH.read_text(encoding="utf-8"))
    assert set(card["thresholds"]) <= {"supply", "partnership", "ownership"}
    assert all(0.0 < v < 1.0 for v in card["thresholds"].values())
    # chosen out of fold: the additions gained on the dev set and on the fresh fold; supply precision kept
    # where no supply is added, else at the supply rule's floors (0.88 on the dev set, 0.87 on the fresh fold)
    assert card["dev_oof_with_admitter"]["f1"] > card["dev_before"]["f1"]
    assert card["fresh_oof_with_admitter"]["f1"] > card["fresh_before"]["f1"]
    if "supply" in card["thresholds"]:
        assert card["dev_oof_with_admitter"]["supply_p"] >= 0.88 and card["fresh_oof_with_admitter"]["supply_p"] >= 0.87
    else:
        assert card["dev_oof_with_admitter"]["supply_p"] >= card["dev_before"]["supply_p"]
        assert card["fresh_oof_with_admitter"]["supply_p"] >= card["fresh_before"]["supply_p"]


def test_nothing_loads_before_warm_up():
    a = NearAdmitter()
    assert a._models is None
    a.warm_up()
    assert set(a._models) == {"supply", "partnership", "ownership"}
    assert all(len(w) > 20 for _, w in a._models.values())


def test_optional_not_in_the_default_pipeline():
    # kept out of the default pipeline for its cost (docs/learned.md); put it after the pair admitter
    names = [c.name for c in default_components()]
    assert "tierscope.near_admitter.v1" not in names and "tierscope.pair_admitter.v1" in names


def test_candidates_are_pairs_one_sentence_apart_never_named_together_nor_tied():
    d = _page(["Velda Cells wants new money for its plant in Saxony.",
               "Brasko Capital already holds a 40% stake, and Quellmark supplies the cooling plates.",
               "Norrvik Motors and Velda Cells showed a new model at the fair."], _CO)
    d.relations = [Relation(type="supplies", source="Quellmark", target="Velda Cells", status="active",
                            evidence=Evidence(d.text, 0, len(d.text)))]
    pairs = {(c.sentence, c.a, c.b) for c in candidates(d)}
    # Velda–Quellmark is tied and Velda–Norrvik share a sentence; Velda and Brasko follow each other twice
    assert pairs == {(0, "Velda Cells", "Brasko Capital"), (1, "Brasko Capital", "Velda Cells"),
                     (1, "Brasko Capital", "Norrvik Motors"), (1, "Quellmark", "Norrvik Motors")}


def test_a_pair_with_no_cue_and_no_lone_company_is_no_candidate():
    d = _page(["Velda Cells showed a new model at the fair in the spring.",
               "Norrvik Motors and Tesvale Autos were there too."], _CO)
    assert candidates(d) == []
    assert {(c.a, c.b) for c in candidates(d, restrict=False)} == {("Velda Cells", "Norrvik Motors"),
                                                                     ("Velda Cells", "Tesvale Autos")}


def test_role_nouns_that_open_a_sentence():
    assert opens_with_role("en", "The customer is Norrvik Motors.")
    assert opens_with_role("de", "Abnehmer ist Norrvik Motors.")
    assert opens_with_role("fr", "L'acquéreur est Norrvik.")
    assert opens_with_role("it", "Il cliente è Norrvik.")
    assert opens_with_role("es", "El comprador es Norrvik.")
    assert not opens_with_role("en", "Norrvik Motors is the customer.")


def test_features_read_each_sentences_cues_and_opening_not_words():
    d = _page(["Quellmark won an order for cooling plates worth 40 million euros.",
               "The customer is Norrvik Motors, which builds its vans in Saxony."], _CO)
    (c,) = candidates(d)
    f = set(reading_features(d, c, page_facts(d), "supply:ab"))
    assert {"lang:en", "order:st", "SRC:sec:supplier", "TGT:sec:carmaker", "secpair:supplier:carmaker",
            "opens_role:True", "opens_ref:False", "alone:True:True", "cos_a:1", "cos_b:1", "edge:True:True",
            "namerela:False", "sentreli:none"} <= f
    assert any(x.startswith("cuei:supply:") for x in f)
    back = set(reading_features(d, c, page_facts(d), "supply:ba"))
    assert "order:ts" in back and "secpair:carmaker:supplier" in back
    assert not any("plates" in x or "customer" in x.lower() or "order for" in x for x in f | back)


def test_a_reference_back_opens_the_second_sentence():
    d = _page(["Norrvik Motors needs cells for its new van.",
               "They will come from Velda Cells, said the carmaker."], _CO, refs={"They": "Velda Cells"})
    (c,) = candidates(d)
    f = set(reading_features(d, c, page_facts(d), "supply:ba"))
    assert {"opens_ref:True", "opens_ref_to:b"} <= f


def _velda_page(third: str) -> Document:
    return _page(["Velda Cells hat am Montag in Sachsen sein zweites Zellwerk eröffnet.",
                  "Velda Cells will in diesem Jahr 200 Millionen Euro einsammeln.", third,
                  "Velda Cells will 2027 Gewinn machen."], _CO, lang="de")


def test_an_owner_named_in_the_sentence_after_the_company_is_admitted(admitter):
    d = _velda_page("Größter Anteilseigner ist der Finanzinvestor Brasko Capital mit 40 Prozent.")
    cands = candidates(d)
    assert {(c.sentence, c.a, c.b) for c in cands} == {(1, "Velda Cells", "Brasko Capital"),
                                                       (2, "Brasko Capital", "Velda Cells")}
    p = dict(zip([c.sentence for c in cands], admitter.scores(d, cands)))[1]
    assert p["ownership:ba"] > 0.5 > 0.1 > max(p["ownership:ab"], p["partnership"], p["supply:ab"], p["supply:ba"])
    out = admitter(d).relations
    assert [(r.source, r.target) for r in out] == [("Brasko Capital", "Velda Cells")]
    assert out[0].type in ("owns", "invests_in") and out[0].status == "active"
    assert out[0].component == "tierscope.near_admitter.v1"
    # the evidence is both sentences
    assert out[0].evidence.text.startswith("Velda Cells will in diesem Jahr") and out[0].evidence.text.endswith("40 Prozent.")


def test_a_company_that_merely_follows_is_left_alone(admitter):
    d = _velda_page("Auch der Autobauer Norrvik Motors zeigte auf der Messe in Leipzig neue Modelle.")
    cands = candidates(d, restrict=False)
    assert {c.b for c in cands if c.sentence == 1} == {"Norrvik Motors"}
    assert all(max(p.values()) < 0.2 for p in admitter.scores(d, cands))
    assert admitter(d).relations == []


def test_two_companies_that_merely_follow_each_other_are_left_alone(admitter):
    d = _page(["Norrvik Motors sold fewer cars in the spring than a year before.",
               "Tesvale Autos said it would open a showroom in Lyon."], _CO)
    (c,) = candidates(d, restrict=False)
    (p,) = admitter.scores(d, [c])
    assert max(p.values()) < 0.1
    assert admitter(d).relations == []


class _Scored(NearAdmitter):
    """Every candidate read as ``a`` owning ``b`` (the model's scores left out)."""

    def reachable_scores(self, doc, cands):
        return [{"ownership:ab": 0.9, "ownership:ba": 0.1} for _ in cands]


def test_no_ownership_is_added_for_a_name_the_evidence_calls_a_brand():
    co = [("Brennor", ["carmaker"]), ("Voltessa", ["carmaker"])]
    d = _page(["Brennor ha chiuso l'anno in utile.", "Il marchio Voltessa ha aumentato le vendite in Europa."], co, lang="it")
    assert _Scored(thresholds={"ownership": 0.5})(d).relations == []
    d = _page(["Brennor ha chiuso l'anno in utile.", "Voltessa ha aumentato le vendite in Europa."], co, lang="it")
    assert [(r.type, r.source, r.target) for r in _Scored(thresholds={"ownership": 0.5})(d).relations] == [
        ("owns", "Brennor", "Voltessa")]
