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
