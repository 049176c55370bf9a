"""tierscope.learned.RelationFilter: the precision filter on the rules' relations. Weights ship and
load lazily, the features read what they should, and the model tells a plausible supply from an
implausible one (sentences and companies written for this test)."""

from __future__ import annotations

import json

import pytest

from tierscope.doc import Document, Evidence, Mention, Relation, Sentence
from tierscope.learned.filter_features import relation_features
from tierscope.learned.rule_filter import CARD_PATH, WEIGHTS_PATH, RelationFilter
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
    # the card's out-of-fold figures were what chose the thresholds: filtering lost no dev F1
    assert card["dev_oof_filtered"]["f1"] >= card["dev_rules"]["f1"] - 0.001


def test_optional_not_in_default_components_and_lazy():
    # it won only within noise and dropped a right supply of a plain sentence once retrained (docs/learned.md)
    names = [c.name for c in default_components()]
    assert "tierscope.relation_filter.v1" not in names and "tierscope.relations.v1" in names
    f = RelationFilter()
    assert f._w is None  # nothing loaded before warm_up or the first document
    f.warm_up()
    assert len(f._w) > 100  # the weights came from filter_weights.json


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


def test_a_maker_supplying_a_carmaker_scores_far_above_a_carmaker_supplying_a_common_noun(filt):
    good = _doc("Quellmark liefert ab 2027 Kühlplatten an Norrvik Motors.",
                [("Quellmark", "gazetteer", ["supplier"], "Quellmark"),
                 ("Norrvik Motors", "gazetteer", ["carmaker"], "Norrvik Motors")], lang="de")
    good.relations = [_supply(good, "Quellmark", "Norrvik Motors", 0.8)]
    # a word the name patterns took for a company ("Gehäuseteile"), after a carmaker
    bad = _doc("Norrvik Motors bezieht künftig Gehäuseteile aus Polen.",
               [("Norrvik Motors", "gazetteer", ["carmaker"], "Norrvik Motors"),
                ("Gehäuseteile", "pattern", [], "Gehäuseteile")], lang="de")
    bad.relations = [_supply(bad, "Norrvik Motors", "Gehäuseteile", 0.5)]
    p_good = filt.scores(good, good.relations)[0]
    p_bad = filt.scores(bad, bad.relations)[0]
    # (since the entity stage drops more German goods nouns itself, few such pairs reach the rules, and
    # the shipped threshold need not fall between the two; the ranking must hold with a wide margin)
    assert p_good > 0.8 and p_bad < p_good - 0.4
    assert len(filt(good).relations) == 1
    between = RelationFilter(thresholds={"supply": (p_good + p_bad) / 2, "partnership": 0.0, "ownership": 0.0})
    between.warm_up()
    assert len(between(good).relations) == 1 and between(bad).relations == []


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
