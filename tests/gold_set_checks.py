"""Checks shared by the project's hand-labelled sets (tests/heldout, tests/dev): the gold loads
through tierscope.eval, every document is found and readable, every relation and facility is
well-formed. They keep a set usable; nothing here runs the extractor or sets an accuracy floor.

A set's test module subclasses ``GoldSetChecks`` with its folder and its articles per language."""

from __future__ import annotations

import html

import json
from collections import Counter
from pathlib import Path

import pytest

from tierscope.doc import FACILITY_STATUSES, RELATION_TYPES, STATUSES, Document
from tierscope.eval import Matcher, load_gold
from tierscope.ingest import read_inputs

SYMMETRIC = {"partners_with", "joint_venture"}


class GoldSetChecks:
    FOLDER: Path
    PER_LANGUAGE: dict[str, int]

    @pytest.fixture(scope="class")
    @classmethod
    def gold(cls):
        return load_gold(cls.FOLDER / "gold.jsonl")

    def test_articles_per_language_and_paths(self, gold):
        assert Counter(d.language for d in gold) == self.PER_LANGUAGE
        for d in gold:
            # ids and paths agree, so a lookup by id never reads another language's article
            assert d.file is not None and d.text is None, d.id
            assert d.file.startswith(f"{d.language}/{d.id}."), (d.id, d.file)
            assert Path(d.file).suffix in {".txt", ".html"}, d.file

    def test_every_article_is_found_and_read_as_one_document(self, gold):
        for d in gold:
            path = self.FOLDER / d.file
            assert path.is_file(), f"{d.id}: {path} missing"
            out = list(read_inputs([str(path)]))
            assert len(out) == 1 and isinstance(out[0], Document), f"{d.id}: {out}"
            body = out[0].text or out[0].html or ""
            words = len(body.split())
            assert 250 <= words <= 2500, f"{d.id}: {words} words"  # html markup counts too

    def test_every_relation_is_well_formed(self, gold):
        company = Matcher().key  # the evaluator's key: "Porsche SE" and "Porsche" are two companies
        for d in gold:
            companies = {company(c) for c in d.companies}
            seen = set()
            for r in d.relations:
                where = f"{d.id} {r.type} {r.source} -> {r.target}"
                assert r.type in RELATION_TYPES, where
                assert r.status in STATUSES, f"{where}: every relation of the set has a status"
                src, tgt = company(r.source), company(r.target)
                assert src != tgt, f"{where}: both ends have the same key"
                assert {src, tgt} <= companies, f"{where}: not listed in 'companies'"
                key = ((r.type, *sorted((src, tgt))) if r.type in SYMMETRIC else (r.type, src, tgt)) + (r.status,)
                assert key not in seen, f"{where}: labelled twice with one status"
                seen.add(key)

    def test_every_facility_is_well_formed(self, gold):
        company = Matcher().key
        for d in gold:
            companies = {company(c) for c in d.companies}
            for f in d.facilities:
                where = f"{d.id} facility {f.owner} @ {f.location}"
                assert f.location, f"{where}: facilities of the set always give a location"
                assert f.status in FACILITY_STATUSES, where
                assert f.owner is None or company(f.owner) in companies, where
                if f.capacity is not None:
                    assert f.capacity["value"] > 0 and f.capacity["unit"], where

    def test_locations_and_names_occur_in_their_article(self, gold):
        # a label whose words are not in the article is a typo or a label from another article
        for d in gold:
            text = (self.FOLDER / d.file).read_text(encoding="utf-8")
            text = (html.unescape(text) if d.file.endswith((".html", ".htm")) else text).casefold()  # B&uuml;hler
            for f in d.facilities:
                assert f.location.casefold() in text, f"{d.id}: location {f.location!r} not in the article"
            for name in {r.source for r in d.relations} | {r.target for r in d.relations}:
                first = name.split()[0].rstrip(".").casefold()
                assert first in text, f"{d.id}: {name!r} not in the article"

    def test_gold_lines_use_only_documented_fields(self):
        # load_gold already rejects unknown fields; this pins the investment shape used here
        for line in (self.FOLDER / "gold.jsonl").read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            for f in json.loads(line).get("facilities", []):
                if "investment" in f:
                    assert set(f["investment"]) == {"amount", "currency"}, f
