"""run_eval and the `eval` command, with a stand-in pipeline (the real one is measured separately)."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from tierscope.cli.eval_cmd import eval_command
from tierscope.doc import Evidence, Relation
from tierscope.errors import InputError
from tierscope.eval import run_eval


class RulePipeline:
    """Finds "X buys Y" in the text: enough to check that text reaches the pipeline and back."""

    name = "test.rule.v1"

    def __init__(self):
        self.seen = []

    def warm_up(self):
        pass

    def __call__(self, doc):
        self.seen.append(doc.id)
        for m in re.finditer(r"(\w+) buys (\w+)", doc.text):
            doc.relations.append(Relation("acquires", m.group(1), m.group(2), "announced",
                                          Evidence(m.group(0), m.start(), m.end())))
        return doc


def write_gold(tmp_path, lines):
    p = tmp_path / "gold.jsonl"
    p.write_text("\n".join(json.dumps(l) for l in lines) + "\n", encoding="utf-8")
    return p


def test_run_eval_with_inline_text(tmp_path):
    gold = write_gold(tmp_path, [
        {"id": "a", "language": "en", "text": "Zentrix buys Molvan.",
         "relations": [{"type": "acquires", "source": "Zentrix", "target": "Molvan", "status": "announced"}]},
        {"id": "b", "language": "de", "text": "Tarrow buys Kelpie.", "relations": []},
    ])
    pipe = RulePipeline()
    rep = run_eval(gold, pipeline=pipe)
    assert pipe.seen == ["a", "b"]
    assert (rep.overall.tp, rep.overall.fp, rep.overall.fn) == (1, 1, 0)
    assert rep.status.accuracy == 1.0
    assert rep.false_hits[0]["doc"] == "b" and rep.false_hits[0]["evidence"] == "Tarrow buys Kelpie"


def test_run_eval_reads_files_through_ingest(tmp_path):
    pytest.importorskip("tierscope.ingest", reason="ingest stage not in the tree yet")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "one.txt").write_text("Zentrix buys Molvan.\n", encoding="utf-8")
    gold = write_gold(tmp_path, [{"id": "one", "file": "one.txt", "language": "en",
                                  "relations": [{"type": "acquires", "source": "Zentrix", "target": "Molvan"}]}])
    rep = run_eval(gold, docs_dir=tmp_path / "docs", pipeline=RulePipeline())
    assert rep.overall.f1 == 1.0 and rep.missing_docs == []
    with pytest.raises(InputError, match=r"gold document 'one' \(gold line 1\) not found"):
        run_eval(gold, pipeline=RulePipeline())  # relative to the gold file's folder: no such file


def test_eval_command_prints_tables_and_writes_json(tmp_path, monkeypatch):
    gold = write_gold(tmp_path, [{"id": "a", "language": "en", "text": "Zentrix buys Molvan.",
                                  "relations": [{"type": "acquires", "source": "Zentrix AG", "target": "Molvan"}]}])
    import tierscope.pipeline

    monkeypatch.setattr(tierscope.pipeline, "default_pipeline", RulePipeline)
    out = tmp_path / "r" / "report.json"
    res = CliRunner().invoke(eval_command, [str(gold), "--json-out", str(out), "--show-errors", "3"])
    assert res.exit_code == 0, res.output
    assert "Relations by type" in res.output and "acquires" in res.output
    assert json.loads(out.read_text())["overall"]["f1"] == 1.0


def test_eval_command_bad_gold_is_one_line(tmp_path):
    p = tmp_path / "gold.jsonl"
    p.write_text('{"id": "a", "text": "x", "relations": [{"type": "sells"}]}\n', encoding="utf-8")
    res = CliRunner().invoke(eval_command, [str(p)])
    assert res.exit_code == 1
    assert f"{p}:1:" in res.output and "Traceback" not in res.output


def test_eval_command_names_each_page_it_could_not_score(tmp_path, monkeypatch):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    gold = write_gold(tmp_path, [
        {"id": "a", "language": "en", "text": "Zentrix buys Molvan.",
         "relations": [{"type": "acquires", "source": "Zentrix", "target": "Molvan"}]},
        {"id": "b", "file": "empty.txt", "language": "en",
         "relations": [{"type": "acquires", "source": "Brevon", "target": "Ostrik"}]}])
    import tierscope.pipeline

    monkeypatch.setattr(tierscope.pipeline, "default_pipeline", RulePipeline)
    res = CliRunner().invoke(eval_command, [str(gold), "--show-errors", "0", "--quiet"])
    assert res.exit_code == 0, res.output
    assert res.stderr.strip().splitlines() == [f"tierscope eval: b not scored: {tmp_path / 'empty.txt'}: empty file"]
    assert "Traceback" not in res.output
