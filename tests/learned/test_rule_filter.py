"""tierscope.learned.RelationFilter: the precision filter on the rules' relations. Weights ship and
load lazily, the features read what they should, and the model tells a plausible supply from an
implausible one (sentences and companies written for this test)."""

from __future__ import annotations

import json

import pytest

from tierscope.doc import Document, Evidence, Mention, Relation, Sentence
from tierscope.learned.filter_features import relation_features
from tierscope.learned.rule_filter import CARD_PATH, WEIGHTS_PATH, RelationFilter, with_filter
from tierscope.pipeline import default_components


def _doc(text: str, companies: list[tuple[str, str, list[str], str]], lang: str = "en") -> Document:
    """One sentence; ``companies``: (name, how it was found, sectors, canonical)."""
    d = Document(id="t", source="test", text=text, language=lang)
    d.sentences = [Sentence(start=0, end=len(text))]
    for name, found, sectors, canonical in companies:
        i = text.index(name)
        d.mentions.append(Mention(start=i, end=i + len(name), text=name, label="COMPANY", canonical=canonical,
                                  sentence=0, source=found,
                                  attrs={"known": found == "gazetteer", "sectors": sectors}))
    return d


def _supply(d: Document, src: str, tgt: str, conf: float) -> Relation:
    return Relation(type="supplies", source=src, target=tgt, status="active",
                    evidence=Evidence(text=d.text, start=0, end=len(d.text)), confidence=conf,
                    component="tierscope.relations.v1")


@pytest.fixture(scope="module")
def filt():
    f = RelationFilter()
    f.warm_up()
    return f


def test_weights_and_card_ship_small_and_agree():
    assert WEIGHTS_PATH.exists() and WEIGHTS_PATH.stat().st_size < 100_000
    card = json.loads(CARD_PATH.read_text(encoding="utf-8"))
    assert set(card["thresholds"]) == {"supply", "partnership", "ownership"}
    assert all(0.0 <= v < 1.0 for v in card["thresholds"].values())
    # a threshold is non-zero only where the trainer's rule admitted it on the grid, out of fold
    for fam, t in card["thresholds"].items():
        row = [r for r in card["grid"][fam] if r["threshold"] == t][0]
        assert t == 0.0 or row["admissible"]
    assert card["admissible_nonzero"] == any(v > 0 for v in card["thresholds"].values())
    # the trainer's rule: in the default pipeline only if a non-zero threshold is admissible (and the
    # decision recorded against it: optional, see the trainer's docstring)
    assert card["admissible_nonzero"] or not card["in_default"]
    dev, fresh = card["dev"], card["fresh"]
    for where in (dev, fresh):
        assert where["filtered_rules_and_admitter"]["f1"] >= where["rules_and_admitter"]["f1"] - 0.001
        assert where["filtered_rules_and_admitter"]["supply_p"] >= where["rules_and_admitter"]["supply_p"]
    assert card["cost_ms_per_page"] <= 1.0


def test_in_the_default_pipeline_by_its_card_after_the_admitter_and_lazy():
    card = json.loads(CARD_PATH.read_text(encoding="utf-8"))
    names = [c.name for c in default_components()]
    assert ("tierscope.relation_filter.v1" in names) == card["in_default"]
    # wherever it is used it sits right after the last relation adder, so the admitters read the rules'
    # whole output (they were trained on it) and the filter never sees a page without them
    comps = with_filter([c for c in default_components() if c.name != "tierscope.relation_filter.v1"])
    names = [c.name for c in comps]
    i = names.index("tierscope.pair_admitter.v1")
    assert names[i - 1 : i + 2] == ["tierscope.relations.v1", "tierscope.pair_admitter.v1", "tierscope.relation_filter.v1"]
    assert [c.name for c in with_filter(comps)] == names  # not twice
    f = RelationFilter()
    assert f._w is None  # nothing loaded before warm_up or the first document
    f.warm_up()
    assert len(f._w) > 100 and f._groups == ("ties",)  # the weights came from filter_weights.json


def test_the_identity_ties_of_the_pair_admitter_are_read(monkeypatch):
    from tierscope.learned import pair_features

    d = _doc("Quellmark will ship cooling plates to Norrvik Motors.",
             [("Quellmark", "gazetteer", ["supplier"], "Quellmark"),
              ("Norrvik Motors", "gazetteer", ["carmaker"], "Norrvik Motors")])
    rel = _supply(d, "Quellmark", "Norrvik Motors", 0.8)
    assert {"id:belongs:False:False", "id:sisters:False"} <= set(relation_features(d, rel))
    # a gazetteer that puts the supplier under the carmaker: the tie reads as a parent selling to its own unit
    monkeypatch.setattr(pair_features, "belongs_to", lambda child, owner: (child, owner) == ("Quellmark", "Norrvik Motors"))
    f = set(relation_features(d, rel))
    assert "id:belongs:False:True" in f and "id:belongs:False:False" not in f
    assert not any(x.startswith("id:") for x in relation_features(d, rel, groups=()))


def test_features_mask_the_names_and_read_order_distance_and_sectors():
    d = _doc("Quellmark will ship cooling plates to Norrvik Motors and Tesvale.",
             [("Quellmark", "gazetteer", ["supplier"], "Quellmark"),
              ("Norrvik Motors", "gazetteer", ["carmaker"], "Norrvik Motors"),
              ("Tesvale", "pattern", [], "Tesvale")])
    f = set(relation_features(d, _supply(d, "Quellmark", "Norrvik Motors", 0.8)))
    assert {"order:supplies:st", "dist:8", "cob:0", "SRC:sec:supplier", "TGT:sec:carmaker",
            "secpair:supplies:supplier:carmaker", "SRC:src:gazetteer", "cos:1", "lang:en"} <= f
    back = set(relation_features(d, _supply(d, "Norrvik Motors", "Quellmark", 0.8)))
    assert "order:supplies:ts" in back and "secpair:supplies:carmaker:supplier" in back
    far = set(relation_features(d, _supply(d, "Quellmark", "Tesvale", 0.8)))
    assert "cob:1" in far and "TGT:src:pattern" in far and "TGT:known:False" in far


def _maker_and_common_noun():
    good = _doc("Quellmark liefert ab 2027 Kühlplatten an Norrvik Motors.",
                [("Quellmark", "gazetteer", ["supplier"], "Quellmark"),
                 ("Norrvik Motors", "gazetteer", ["carmaker"], "Norrvik Motors")], lang="de")
    good.relations = [_supply(good, "Quellmark", "Norrvik Motors", 0.8)]
    # a word the name patterns took for a company ("Gehäuseteile"), after a carmaker
    bad = _doc("Norrvik Motors bezieht künftig Gehäuseteile aus Polen.",
               [("Norrvik Motors", "gazetteer", ["carmaker"], "Norrvik Motors"),
                ("Gehäuseteile", "pattern", [], "Gehäuseteile")], lang="de")
    bad.relations = [_supply(bad, "Norrvik Motors", "Gehäuseteile", 0.5)]
    return good, bad


def test_a_maker_supplying_a_carmaker_scores_above_a_carmaker_supplying_a_common_noun(filt):
    # the supply scores are not sharp (out-of-fold AUC about 0.7 on dev): the weights of the twenty-third
    # round order these two rightly by a narrow margin (0.970 / 0.965); the twenty-second round's did not
    good, bad = _maker_and_common_noun()
    assert filt.scores(bad, bad.relations)[0] < filt.scores(good, good.relations)[0]


def test_supplies_are_kept_by_the_shipped_filter_and_cut_by_a_threshold_between(filt):
    good, bad = _maker_and_common_noun()
    p_good = filt.scores(good, good.relations)[0]
    p_bad = filt.scores(bad, bad.relations)[0]
    assert p_good > 0.8
    # no supply threshold met the trainer's rule: the shipped filter keeps every supply, these too
    assert filt._thresholds["supply"] == 0.0
    assert len(filt(good).relations) == 1 and len(filt(bad).relations) == 1
    cut = RelationFilter(thresholds={"supply": max(p_good, p_bad), "partnership": 0.0, "ownership": 0.0})
    kept = [len(cut(d).relations) for d in _maker_and_common_noun()]
    assert sorted(kept) == [0, 1]  # the lower-scored one goes, the other stays


def test_thresholds_apply_per_family_and_nothing_else_changes():
    d = _doc("Quellmark will ship cooling plates to Norrvik Motors.",
             [("Quellmark", "gazetteer", ["supplier"], "Quellmark"),
              ("Norrvik Motors", "gazetteer", ["carmaker"], "Norrvik Motors")])
    rel = _supply(d, "Quellmark", "Norrvik Motors", 0.8)
    own = Relation(type="owns", source="Quellmark", target="Norrvik Motors", status="active",
                   evidence=rel.evidence, confidence=0.5, component="tierscope.relations.v1")
    d.relations = [rel, own]
    out = RelationFilter(thresholds={"supply": 1.01, "partnership": 0.0, "ownership": 0.0})(d)
    assert out.relations == [own] and own.status == "active"
    s = RelationFilter().scores(d, [rel, own])
    assert len(s) == 2 and all(0 < x < 1 for x in s)


# ---------------------------------------------------------------- the filter after the pair admitter

_ADD_ANY_SUPPLY = {"supply": 0.0, "partnership": 1.01, "ownership": 1.01}
_DROP_ANY_SUPPLY = {"supply": 1.01, "partnership": 0.0, "ownership": 0.0}


def _supplied_page() -> Document:
    d = _doc("Brevantis delivers gear housings to Olmardi Trucks from its plant near the border.",
             [("Brevantis", "gazetteer", ["supplier"], "Brevantis"),
              ("Olmardi Trucks", "gazetteer", ["carmaker"], "Olmardi Trucks")])
    d.relations = [_supply(d, "Brevantis", "Olmardi Trucks", 0.8)]
    return d


def test_a_pair_the_filter_drops_is_not_added_back_by_the_admitter_before_it():
    from tierscope.learned.pair_admitter import PairAdmitter

    # the admitter reads the rules' tie and adds nothing; the filter after it drops the tie for good
    page = PairAdmitter(thresholds=_ADD_ANY_SUPPLY)(_supplied_page())
    assert [r.component for r in page.relations] == ["tierscope.relations.v1"]
    assert RelationFilter(thresholds=_DROP_ANY_SUPPLY)(page).relations == []
    # had the filter run first, the admitter would have tied the pair again
    again = PairAdmitter(thresholds=_ADD_ANY_SUPPLY)(RelationFilter(thresholds=_DROP_ANY_SUPPLY)(_supplied_page()))
    assert [r.component for r in again.relations] == ["tierscope.pair_admitter.v1"]


def test_the_filter_judges_the_rules_relations_only():
    from tierscope.learned.pair_admitter import PairAdmitter

    page = _supplied_page()
    page.relations = []
    added = PairAdmitter(thresholds=_ADD_ANY_SUPPLY)(page)
    assert [(r.source, r.target, r.component) for r in added.relations] == [
        ("Brevantis", "Olmardi Trucks", "tierscope.pair_admitter.v1")]
    assert len(RelationFilter(thresholds=_DROP_ANY_SUPPLY)(added).relations) == 1


def test_the_admitters_additions_leave_the_filters_features_as_they_were():
    # the filter was trained on the rules' output alone: its page counts (how often the page tells the pair,
    # the relations of each name) read the page without the admitters' additions, whatever the groups
    from tierscope.learned.filter_features import feature_slots

    d = _doc("Quellmark will ship cooling plates to Norrvik Motors and Tesvale.",
             [("Quellmark", "gazetteer", ["supplier"], "Quellmark"),
              ("Norrvik Motors", "gazetteer", ["carmaker"], "Norrvik Motors"),
              ("Tesvale", "pattern", [], "Tesvale")])
    rel = _supply(d, "Quellmark", "Norrvik Motors", 0.8)
    d.relations = [rel]
    groups = ("ties", "names")
    before = feature_slots(d, [rel], groups)
    for comp in ("tierscope.pair_admitter.v1", "tierscope.near_admitter.v1"):
        d.relations = [rel] + [Relation(type="supplies", source=s, target=t, status="active", evidence=rel.evidence,
                                        confidence=0.6, component=comp)
                               for s, t in (("Quellmark", "Norrvik Motors"), ("Tesvale", "Norrvik Motors"))]
        assert feature_slots(d, [rel], groups) == before
        assert len(d.relations) == 3  # (the page itself is left as it is)
    # a second rule relation of the pair does count
    d.relations = [rel, _supply(d, "Quellmark", "Norrvik Motors", 0.7)]
    assert feature_slots(d, [rel], groups) != before


# ---------------------------------------------------------------- the shipped filter on pages the rules read

def _rules_then_filter(text: str, filt=None):
    from tierscope.pipeline import Pipeline

    comps = default_components()
    i = [c.name for c in comps].index("tierscope.relations.v1")
    doc = Pipeline(comps[: i + 1])(Document(id="t", source="test", text=text))
    before = [(r.type, r.source, r.target) for r in doc.relations]
    after = [(r.type, r.source, r.target) for r in (filt or RelationFilter())(doc).relations]
    return before, after


#: last round's admissible ownership threshold, at which the filter's weights are still judged below
OWNERSHIP_AT_HALF = {"supply": 0.0, "partnership": 0.0, "ownership": 0.5}


def test_the_shipped_filter_keeps_a_plain_supply_and_a_plain_takeover():
    before, after = _rules_then_filter("Brevantis supplies gear housings to Olmardi Trucks. "
                                       "Olmardi Trucks has acquired Tindra Components for 300 million euros.")
    assert ("supplies", "Brevantis", "Olmardi Trucks") in before
    assert ("acquires", "Olmardi Trucks", "Tindra Components") in before
    assert after == before


def test_a_takeover_read_into_a_supply_sentence_scores_below_the_plain_ties():
    # the rules read "a company acquired by Y" as Y buying the customer named at the head of the sentence
    from tierscope.pipeline import Pipeline

    comps = default_components()
    i = [c.name for c in comps].index("tierscope.relations.v1")
    filt = RelationFilter()
    wrong = Pipeline(comps[: i + 1])(Document(id="w", source="test", text=(
        "Olmardi Trucks will buy engines from Tesvale, a company acquired by Quellmark in 2015.")))
    plain = Pipeline(comps[: i + 1])(Document(id="p", source="test", text=(
        "Olmardi Trucks has acquired Tindra Components for 300 million euros.")))
    (w,) = [s for r, s in zip(wrong.relations, filt.scores(wrong, wrong.relations)) if r.type == "acquires"]
    (p,) = [s for r, s in zip(plain.relations, filt.scores(plain, plain.relations)) if r.type == "acquires"]
    assert w < 0.5 < p
    before, after = _rules_then_filter(wrong.text, RelationFilter(thresholds=OWNERSHIP_AT_HALF))
    assert ("acquires", "Quellmark", "Olmardi Trucks") in before
    assert after == [("supplies", "Tesvale", "Olmardi Trucks")]


def test_the_shipped_filter_drops_nothing_when_no_threshold_was_admissible():
    # the twenty-fourth round's training admitted no threshold: the shipped card's are all 0
    card = json.loads(CARD_PATH.read_text(encoding="utf-8"))
    if any(card["thresholds"].values()):
        pytest.skip("the shipped card has a threshold")
    before, after = _rules_then_filter("Olmardi Trucks will buy engines from Tesvale, a company acquired by Quellmark in 2015.")
    assert after == before


@pytest.mark.xfail(strict=True, reason="why the filter is optional: at an ownership threshold of 0.5 the twenty-second "
                   "round's weights dropped this plain possessive unit (0.25), and so do the twenty-third's (0.41) and "
                   "the twenty-fourth's (0.26)")
def test_the_filter_at_half_keeps_a_possessive_unit():
    before, after = _rules_then_filter("Brennick Motors's battery unit Solvaro Energy will buy cells from Dravik Cells.",
                                       RelationFilter(thresholds=OWNERSHIP_AT_HALF))
    assert ("owns", "Brennick Motors", "Solvaro Energy") in before
    assert ("owns", "Brennick Motors", "Solvaro Energy") in after


@pytest.mark.xfail(strict=True, reason="why the filter is optional: it scores a plain takeover between known "
                   "companies whose sectors seldom buy each other low (0.337 at the twenty-second round's training, "
                   "0.427 at the twenty-third's, 0.376 at the twenty-fourth's: under an ownership threshold of 0.5)")
def test_the_filter_at_half_keeps_an_unusual_but_plain_takeover():
    before, after = _rules_then_filter("Umicore agreed to buy Freyr for 300 million euros.", RelationFilter(thresholds=OWNERSHIP_AT_HALF))
    assert ("acquires", "Umicore", "Freyr") in before
    assert ("acquires", "Umicore", "Freyr") in after
