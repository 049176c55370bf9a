"""bench/relation_costs.py times the relation stage's own calls by name, and leaves the extractor as it found
it: the extraction after a timed run is the same as before."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from tierscope.relations import engine, extractor

ROOT = Path(__file__).resolve().parents[2]

_PAGES = {
    "a.txt": "Norvane to buy Kelvara.\n\nThe carmaker Norvane said on Monday it agreed to acquire the battery maker "
             "Kelvara for EUR 400 million. Kelvara already supplies cells to Norvane from its plant in Tarrow.\n",
    "b.txt": "Brixolt und Quandra gründen Gemeinschaftsunternehmen.\n\nDer Zulieferer Brixolt und der Autobauer Quandra "
             "gründen ein Gemeinschaftsunternehmen für Batteriezellen. Brixolt liefert bereits Module an Quandra.\n",
}


def _costs_module():
    spec = importlib.util.spec_from_file_location("bench_relation_costs", ROOT / "bench" / "relation_costs.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bench_relation_costs", module)
    spec.loader.exec_module(module)
    return module


def test_costs_name_the_stages_and_the_extractors_calls(tmp_path):
    for name, text in _PAGES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    before = (extractor.stake_relatives, engine.status_for, engine.resolve)
    got = _costs_module().costs([str(tmp_path)])
    assert got["pages"] == 2
    assert "tierscope.relations.v1" in got["stages"] and "tierscope.entities.v1" in got["stages"]
    functions = got["functions"]
    # the frames and the status of the sentences that name two companies, and a reader of every such sentence
    assert {"engine.resolve", "engine.status_for", "stake_relatives"} <= set(functions)
    assert functions["stake_relatives"][1] >= 1.0  # (calls a page: each page has a sentence of two companies)
    # the wrapped functions are put back
    assert (extractor.stake_relatives, engine.status_for, engine.resolve) == before


def test_the_wrapped_functions_are_put_back_after_an_error(tmp_path, monkeypatch):
    import pytest

    (tmp_path / "a.txt").write_text(_PAGES["a.txt"], encoding="utf-8")

    def broken(*args, **kwargs):
        raise RuntimeError("status failed")

    monkeypatch.setattr(engine, "status_for", broken)
    before = (extractor.stake_relatives, engine.status_for, engine.resolve)
    with pytest.raises(RuntimeError):
        _costs_module().costs([str(tmp_path)])
    assert (extractor.stake_relatives, engine.status_for, engine.resolve) == before


def test_acted_reads_an_answer_without_consuming_it():
    acted = _costs_module().acted
    a, b = object(), object()
    assert acted(("some text",), []) is False and acted(("some text",), None) is False
    assert acted(("some text",), [a]) is True and acted(("some text",), ("active", 0.0)) is True
    # a filter of the page's ties acts where it gives back other ties, fewer, or the same in another order
    assert acted(([a, b],), [a, b]) is False
    assert acted(([a, b],), [a]) is True and acted(([a, b],), [b, a]) is True
    # an iterator is not read ahead of its caller
    it = iter([a])
    assert acted(("some text",), it) is None and next(it) is a


def test_costs_say_how_often_each_function_acted(tmp_path):
    for name, text in _PAGES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    functions = _costs_module().costs([str(tmp_path)])["functions"]
    assert all(len(row) == 3 and (row[2] is None or 0.0 <= row[2] <= 1.0) for row in functions.values())
    # the frames read the purchase and the supply; no consortium is told on either page
    assert functions["engine.resolve"][2] > 0.0
    assert functions["consortium_ties"][2] == 0.0


def test_a_call_that_raises_is_not_counted_as_not_acting():
    from collections import Counter

    import pytest
    module = _costs_module()
    total, calls, acts, known = Counter(), Counter(), Counter(), Counter()

    def fails(ties):
        raise ValueError("no page")

    timed = module._wrap("fails", fails, total, calls, acts, known)
    with pytest.raises(ValueError):
        timed(["a tie"])
    assert calls["fails"] == 1 and known["fails"] == 0
