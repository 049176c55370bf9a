"""The gold format: loading, validation, one-line errors that name the line."""

from __future__ import annotations

import json

import pytest

from tierscope.errors import InputError
from tierscope.eval import GoldFormatError, load_gold


def _write(tmp_path, lines):
    p = tmp_path / "gold.jsonl"
    p.write_text("\n".join(l if isinstance(l, str) else json.dumps(l) for l in lines) + "\n", encoding="utf-8")
    return p


GOOD = {"id": "d1", "file": "d1.txt", "language": "en",
        "relations": [{"type": "supplies", "source": "Quorvex", "target": "Balimo Motors", "status": "announced",
                       "product": "gearboxes"}],
        "facilities": [{"owner": "Quorvex", "location": "Tallinn", "capacity": {"value": 20, "unit": "GWh"},
                        "status": "under_construction"}],
        "companies": ["Quorvex", "Balimo Motors"]}


def test_loads_a_valid_file(tmp_path):
    inline = {"id": "d2", "text": "Zentrix bought Molvan.", "language": "de", "types": ["acquires"],
              "relations": [{"type": "acquires", "source": "Zentrix", "target": "Molvan"}]}
    docs = load_gold(_write(tmp_path, ["# a comment", GOOD, "", inline]))
    assert [d.id for d in docs] == ["d1", "d2"]
    d1, d2 = docs
    assert d1.file == "d1.txt" and d1.text is None and d1.line == 2
    assert d1.relations[0].product == "gearboxes"
    assert d1.facilities[0].capacity == {"value": 20.0, "unit": "GWh"}
    assert d2.text.startswith("Zentrix") and d2.types == ("acquires",) and d2.relations[0].status is None


@pytest.mark.parametrize(
    "bad, words",
    [
        ('{"id": "x", "file": "a.txt", ', "not valid JSON"),
        ({"id": "x", "relations": []}, "exactly one of 'file' and 'text'"),
        ({"id": "x", "file": "a", "text": "b"}, "exactly one of 'file' and 'text'"),
        ({"id": "x", "file": "a", "relations": [{"type": "sells", "source": "A", "target": "B"}]}, "'sells' is not one of"),
        ({"id": "x", "file": "a", "relations": [{"type": "owns", "source": "A"}]}, "lacks 'target'"),
        ({"id": "x", "file": "a", "relations": [{"type": "owns", "source": "A", "target": "B", "status": "maybe"}]}, "status 'maybe'"),
        ({"id": "x", "file": "a", "relation": []}, "unknown field(s) relation"),
        ({"id": "x", "file": "a", "facilities": [{"owner": "A", "capacity": {"value": "big", "unit": "GW"}}]}, "capacity.value must be a number"),
        ({"file": "a"}, "lacks 'id'"),
        ({"id": "x", "text": "t", "types": ["owns"], "relations": [{"type": "acquires", "source": "A", "target": "B"}]}, "not listed in 'types'"),
    ],
)
def test_bad_line_is_reported_with_its_line_number(tmp_path, bad, words):
    p = _write(tmp_path, [GOOD, bad])
    with pytest.raises(GoldFormatError) as ei:
        load_gold(p)
    msg = str(ei.value)
    assert msg.startswith(f"{p}:2: "), msg
    assert words in msg
    assert "\n" not in msg
    assert ei.value.line == 2


def test_duplicate_id_names_both_lines(tmp_path):
    p = _write(tmp_path, [GOOD, GOOD])
    with pytest.raises(GoldFormatError, match=r":2: duplicate id 'd1' \(first on line 1\)"):
        load_gold(p)


def test_missing_or_empty_file(tmp_path):
    with pytest.raises(InputError, match="gold file not found"):
        load_gold(tmp_path / "nope.jsonl")
    with pytest.raises(InputError, match="no documents"):
        load_gold(_write(tmp_path, ["# nothing"]))
