"""examples/news-gold.jsonl is derived from expected.md (the demo corpus's answer key) by
scripts/demo_gold.py: the two must agree, and the gold must load and name real files."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from tierscope.eval import load_gold

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "examples" / "news-gold.jsonl"


def _script():
    spec = importlib.util.spec_from_file_location("demo_gold", ROOT / "scripts" / "demo_gold.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_demo_gold_is_current_with_expected_md(tmp_path):
    out = tmp_path / "gold.jsonl"
    assert _script().main(["--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == GOLD.read_text(encoding="utf-8"), (
        "examples/news-gold.jsonl is stale: run .venv/bin/python scripts/demo_gold.py")


def test_demo_gold_covers_every_language_and_type():
    docs = load_gold(GOLD)
    assert {d.language for d in docs} == {"en", "it", "de", "fr", "es"}
    assert {r.type for d in docs for r in d.relations} == {
        "supplies", "partners_with", "joint_venture", "invests_in", "acquires", "owns"}
    for d in docs:
        assert (GOLD.parent / d.file).is_file(), d.file


def test_rows_are_read_from_the_tables():
    docs = _script().convert(
        "## en/x.txt — English, txt\n\n| type | source | target | status | cue |\n|---|---|---|---|---|\n"
        "| owns | Tata Motors | Jaguar Land Rover | active | \"owned by\" |\n\n"
        "Facilities: **ACC, Billy-Berclau Douvrin (Pas-de-Calais), cells, 13 GWh, active**;\n"
        "ACC, Kaiserslautern and Termoli (mentioned); none here.\n\nNot facts: nav.\n")
    assert docs == [{"id": "x", "file": "news/en/x.txt", "language": "en",
                     "relations": [{"type": "owns", "source": "Tata Motors", "target": "Jaguar Land Rover",
                                    "status": "active"}],
                     "facilities": [{"owner": "ACC", "location": "Billy-Berclau Douvrin"},
                                    {"owner": "ACC", "location": "Kaiserslautern"},
                                    {"owner": "ACC", "location": "Termoli"}]}]
    json.dumps(docs)
