"""tierscope.learned.PairAdmitter: the learned adder of ties the rules leave out. Weights ship small and
load lazily, candidates are only the pairs the rules left untied, the features read the lexicon's cues,
markers and the gazetteer's sectors, and the model admits a plausible supply while it leaves a pair of
carmakers that merely share a sentence alone (sentences and companies written for this test)."""

from __future__ import annotations

import json

import pytest

from tierscope.doc import Document, Evidence, Mention, Relation, Sentence
from tierscope.learned.pair_admitter import CARD_PATH, WEIGHTS_PATH, PairAdmitter
from tierscope.learned.pair_features import PageFacts, candidates, reading_features
from tierscope.pipeline import default_components

from learned_helpers import page as _page


def _doc(text: str, companies: list[tuple[str, str, list[str]]], lang: str = "en") -> Document:
    """One sentence; ``companies``: (name, how it was found, gazetteer sectors)."""
    d = Document(id="t", source="test", text=text, language=lang)
    d.sentences = [Sentence(start=0, end=len(text))]
    for name, found, sectors in companies:
        i = text.index(name)
        d.mentions.append(Mention(start=i, end=i + len(name), text=name, label="COMPANY", canonical=name,
                                  sentence=0, source=found, attrs={"known": found == "gazetteer", "sectors": sectors}))
    return d


@pytest.fixture(scope="module")
def admitter():
    a = PairAdmitter()
    a.warm_up()
    return a


def test_weights_and_card_ship_small_and_agree():
    assert WEIGHTS_PATH.exists() and WEIGHTS_PATH.stat().st_size < 150_000
    card = json.loads(CARD_PATH.read_text(encoding="utf-8"))
    assert set(card["thresholds"]) <= {"supply", "partnership", "ownership"} and card["thresholds"]
    assert all(0.0 < v < 1.0 for v in card["thresholds"].values())
    # the thresholds were chosen out of fold: the additions lost no F1 on the dev set nor on the fresh fold
    assert card["dev_oof_with_admitter"]["f1"] > card["dev_rules"]["f1"]
    assert card["fresh_oof_with_admitter"]["f1"] >= card["fresh_rules"]["f1"]


def test_nothing_loads_before_warm_up():
    a = PairAdmitter()
    assert a._models is None
    a.warm_up()
    assert set(a._models) == {"supply", "partnership", "ownership"}
    assert all(len(w) > 50 for _, w in a._models.values())


def test_in_the_default_pipeline_right_after_the_rules():
    # it gained out of fold on the dev set and on the fresh fold with supply precision kept (docs/learned.md)
    names = [c.name for c in default_components()]
    i = names.index("tierscope.relations.v1")
    assert names[i + 1] == "tierscope.pair_admitter.v1"


def test_candidates_are_the_pairs_the_rules_left_untied():
    d = _doc("Quellmark supplies Norrvik Motors, and Tesvale builds the packs.",
             [("Quellmark", "gazetteer", ["supplier"]), ("Norrvik Motors", "gazetteer", ["carmaker"]),
              ("Tesvale", "pattern", [])])
    d.relations = [Relation(type="supplies", source="Quellmark", target="Norrvik Motors", status="active",
                            evidence=Evidence(d.text, 0, len(d.text)))]
    pairs = {(c.a, c.b) for c in candidates(d)}
    assert pairs == {("Quellmark", "Tesvale"), ("Norrvik Motors", "Tesvale")}


def test_features_read_cues_markers_and_sectors_not_words():
    d = _doc("Seit diesem Jahr liefert Quellmark die Kühlplatten an Norrvik Motors.",
             [("Quellmark", "gazetteer", ["supplier"]), ("Norrvik Motors", "gazetteer", ["carmaker"])], lang="de")
    (c,) = candidates(d)
    facts = PageFacts(d, [c])
    f = set(reading_features(d, c, facts, "supply:ab"))
    assert {"lang:de", "order:st", "SRC:sec:supplier", "TGT:sec:carmaker", "secpair:supplier:carmaker",
            "cue:supply:before", "cue:supply:SUPPLY:before:st", "TGT:marker:recipient", "owncue:True",
            "SRC:src:gazetteer", "cob:0"} <= f
    back = set(reading_features(d, c, facts, "supply:ba"))
    assert "order:ts" in back and "secpair:carmaker:supplier" in back and "SRC:marker:recipient" in back
    assert not any("kühlplatten" in x.lower() or "liefert" in x for x in f | back)


_FUND = [("Brasko Capital", ["investor"]), ("Velda Cells", ["battery_cells"]), ("Norrvik Motors", ["carmaker"])]


def test_a_plausible_stake_is_admitted_with_the_rules_status(admitter):
    d = _page(["Velda Cells is building a cell plant in Saxony.",
               "Brasko Capital now holds a 40% stake in Velda Cells, up from 20% last year.",
               "Velda Cells plans to double its output by 2027."], _FUND)
    (c,) = candidates(d)
    (p,) = admitter.scores(d, [c])
    assert p["ownership:ab"] > 0.6 and max(p["ownership:ba"], p["supply:ab"], p["supply:ba"], p["partnership"]) < 0.1
    out = admitter(d).relations
    assert [(r.type, r.source, r.target) for r in out] == [("invests_in", "Brasko Capital", "Velda Cells")]
    assert out[0].status == "active" and out[0].component == "tierscope.pair_admitter.v1"
    assert out[0].evidence.text.startswith("Brasko Capital now holds")


def test_the_same_pair_with_no_cue_is_left_alone(admitter):
    d = _page(["Velda Cells is building a cell plant in Saxony.",
               "Brasko Capital and Velda Cells both showed new models at the fair in the spring.",
               "Velda Cells plans to double its output by 2027."], _FUND)
    assert admitter(d).relations == []


def test_two_carmakers_that_share_a_sentence_are_left_alone(admitter):
    d = _doc("Norrvik Motors and Tesvale Autos both showed new models at the fair in the spring.",
             [("Norrvik Motors", "gazetteer", ["carmaker"]), ("Tesvale Autos", "gazetteer", ["carmaker"])])
    assert admitter(d).relations == []


def test_a_supply_reads_from_the_maker_to_the_carmaker(admitter):
    d = _page(["Quellmark baut in Sachsen ein zweites Werk für Kühlplatten.",
               "Seit diesem Jahr liefert Quellmark die Kühlplatten an Norrvik Motors.",
               "Quellmark will den Umsatz bis 2027 verdoppeln."],
              [("Quellmark", ["supplier"]), ("Norrvik Motors", ["carmaker"])], lang="de")
    (c,) = candidates(d)
    (p,) = admitter.scores(d, [c])
    assert p["supply:ab"] > 0.3 > 0.05 > max(p["supply:ba"], p["partnership"], p["ownership:ab"], p["ownership:ba"])
