"""The pair admitter's trainer chooses thresholds steadily: near-equal settings keep the shipped ones.

``scripts/train_pair_admitter.choose`` is exercised with a stand-in for its counting (``tally``) so
that the rule, not the data, is under test; scikit-learn is not needed for it."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
trainer = pytest.importorskip("train_pair_admitter")

RULES = {"f1": 0.70, "f1w": 0.69}


def fake_tally(scores):
    """A ``tally`` whose dev status-weighted F1 is ``scores`` of the setting (0.60 elsewhere); every
    setting meets the supply and fresh-fold conditions."""

    def tally(base, items, thr, where=("rest", "fresh")):
        f1w = scores.get((thr["supply"], thr["partnership"], thr["ownership"]), 0.60)
        return {"f1": 0.71, "f1w": f1w, "supply_p": 0.95, "added_supply": 0, "added_supply_p": 1.0}

    return tally


def test_a_setting_within_the_margin_keeps_the_shipped_thresholds(monkeypatch):
    shipped = {"supply": 0.8, "partnership": 0.5, "ownership": 0.35}
    monkeypatch.setattr(trainer, "tally", fake_tally({(0.8, 0.5, 0.35): 0.7400, (0.8, 0.5, 0.5): 0.7415}))
    assert trainer.choose(None, [], RULES, RULES, shipped)[1] == shipped


def test_a_clear_gain_moves_the_thresholds(monkeypatch):
    shipped = {"supply": 0.8, "partnership": 0.5, "ownership": 0.35}
    monkeypatch.setattr(trainer, "tally", fake_tally({(0.8, 0.5, 0.35): 0.7400, (0.8, 0.5, 0.5): 0.7450}))
    assert trainer.choose(None, [], RULES, RULES, shipped)[1] == {"supply": 0.8, "partnership": 0.5, "ownership": 0.5}


def test_among_equals_the_fewest_grid_steps_from_the_shipped_ones(monkeypatch):
    shipped = {"supply": 0.8, "partnership": 0.5, "ownership": 0.35}
    scores = {(0.8, 0.5, 0.35): 0.7000, (0.8, 0.5, 0.45): 0.7405, (0.8, 0.5, 0.9): 0.7410}
    monkeypatch.setattr(trainer, "tally", fake_tally(scores))
    assert trainer.choose(None, [], RULES, RULES, shipped)[1]["ownership"] == 0.45


def test_without_shipped_thresholds_the_best_setting(monkeypatch):
    monkeypatch.setattr(trainer, "tally", fake_tally({(0.8, 0.5, 0.35): 0.7400, (0.8, 0.5, 0.5): 0.7415}))
    assert trainer.choose(None, [], RULES, RULES, None)[1] == {"supply": 0.8, "partnership": 0.5, "ownership": 0.5}
