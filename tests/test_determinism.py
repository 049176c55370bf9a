"""Extraction does not depend on the process's hash seed.

Python gives every process its own string-hash seed, so a stage that walks a set or a dict built from
a set in its own order, and lets each step change what the next one sees, can give two runs of one page
two answers. Ids come from content and stored facts must not churn on re-runs, so the whole pipeline is
run here under several seeds (``PYTHONHASHSEED``) on an invented interview that once split a company in
two this way (its headline's short form, its full name, then its bare name) and on the demo corpus."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

PAGE = """"We are not for sale": Kestrel Cathode's chief on customers and a crowded market

Kestrel Cathode Materials is one of the few North American companies already shipping cathode powder at \
commercial scale. The Ontario-based firm makes nickel-rich material at Sarnia. We spoke to its chief \
executive about customers and the rumours that have followed the company this winter.

Who are your customers today?

We ship to Orvane Cells under a contract signed last year, and we are in discussions with Brisko Motors \
about material for its Canadian battery plant.

Talbridge Capital bought 15% of Kestrel in 2024 and is still our largest outside investor.

There were reports in January that Umbria Metals wanted to buy Kestrel. Is that true?

No. Nobody has made us an offer, and we are not for sale.
"""


def _extract(paths, seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    proc = subprocess.run([sys.executable, "-m", "tierscope", "extract", *map(str, paths)], capture_output=True,
                          text=True, env=env, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    page = tmp_path_factory.mktemp("seed") / "interview.txt"
    page.write_text(PAGE, encoding="utf-8")
    return {seed: _extract([page, ROOT / "examples" / "news"], seed) for seed in ("0", "1", "2", "3", "4")}


def test_the_same_output_under_every_hash_seed(outputs):
    first = outputs["0"]
    assert first.count("\n") == 28  # the interview and the 27 demo articles, one line each
    assert all(out == first for out in outputs.values())


def test_the_interviews_bare_name_is_the_company_of_its_full_name(outputs):
    import json

    docs = [json.loads(line) for line in outputs["0"].splitlines()]
    (page,) = [d for d in docs if d["source"].endswith("interview.txt")]
    companies = {e["name"] for e in page["entities"] if e["type"] == "COMPANY"}
    assert "Kestrel Cathode Materials" in companies and "Kestrel" not in companies
    ties = {(r["type"], r["source"], r["target"]) for r in page["relations"]}
    assert ("invests_in", "Talbridge Capital", "Kestrel Cathode Materials") in ties
