"""The near admitter works its features out in pieces once per page (speed), with the same features and
the same scores as a reading written out whole: the sentence pair's part is read once whatever the
number of its candidates and readings, a score sums only the weighted slots in the same order, and the
status cues answered from the sentence's scan are those a search of each pattern finds (sentences and
companies written for this test)."""

from __future__ import annotations

import re

import pytest

from tierscope.doc import Document, Mention, Sentence
from tierscope.learned import near_features
from tierscope.learned.hashed import slot
from tierscope.learned.near_admitter import NearAdmitter
from tierscope.learned.near_features import READINGS, candidates, page_facts, reading_features, reading_slots
from tierscope.learned.pair_admitter import _sigmoid
from tierscope.relations.compiled import compiled


def _page(sentences: list[str], companies: list[tuple[str, list[str]]], lang: str = "en") -> Document:
    text = " ".join(sentences)
    d = Document(id="t", source="test", text=text, language=lang)
    pos = 0
    for i, sent in enumerate(sentences):
        d.sentences.append(Sentence(start=pos, end=pos + len(sent)))
        for name, sectors in companies:
            for m in re.finditer(re.escape(name), sent):
                d.mentions.append(Mention(start=pos + m.start(), end=pos + m.end(), text=name, label="COMPANY",
                                          canonical=name, sentence=i, source="gazetteer",
                                          attrs={"known": True, "sectors": sectors}))
        pos += len(sent) + 1
    d.mentions.sort(key=lambda m: m.start)
    return d


_CO = [("Marlow Cells", ["battery_cells"]), ("Ostrava Motors", ["carmaker"]), ("Pellinor Capital", ["investor"]),
       ("Quintar Metals", ["mining"]), ("Rovena Parts", ["supplier"])]


def _busy_page() -> Document:
    return _page(["Marlow Cells and Quintar Metals reportedly plan to raise 300 million euros for a plant.",
                  "The largest shareholder is Pellinor Capital, while Ostrava Motors buys cells from Rovena Parts.",
                  "Rovena Parts denied it was in talks to sell a stake to Marlow Cells."], _CO)


@pytest.fixture(scope="module")
def admitter():
    a = NearAdmitter()
    a.warm_up()
    return a


def test_scores_sum_the_slots_of_the_whole_reading(admitter):
    d = _busy_page()
    cands = candidates(d, restrict=False)
    assert len(cands) >= 6
    got = admitter.scores(d, cands)
    facts = page_facts(d)
    for c, row in zip(cands, got):
        for reading in READINGS:
            b, w = admitter._models[reading.partition(":")[0]]
            whole = sorted({slot(f) for f in reading_features(d, c, facts, reading)})
            assert reading_slots(d, c, page_facts(d), reading) == whole
            assert row[reading] == _sigmoid(b + sum(w.get(i, 0.0) for i in whole))  # bit for bit


def test_the_sentence_pair_is_read_once_per_page(monkeypatch):
    d = _busy_page()
    calls = []
    real = near_features.opens_with_role
    monkeypatch.setattr(near_features, "opens_with_role", lambda lang, text: calls.append(text) or real(lang, text))
    cands = candidates(d, restrict=False)
    near_features.candidate_slots(d, cands)
    # two sentence pairs, however many candidates and readings they hold
    assert len(cands) * len(READINGS) > 20 and len(calls) == 2


@pytest.mark.parametrize("lang,text", [
    ("en", "Marlow Cells reportedly is in talks to buy a 20% stake in Quintar Metals, people familiar said."),
    ("en", "Rovena Parts denied that it would not supply Ostrava Motors any more."),
    ("de", "Marlow Cells soll angeblich mit Quintar Metals über eine Beteiligung verhandeln."),
    ("fr", "Rovena Parts a démenti toute négociation avec Ostrava Motors, selon des sources."),
    ("it", "Secondo indiscrezioni Marlow Cells tratta l'acquisto di una quota di Quintar Metals."),
    ("es", "Rovena Parts negó que vaya a rescindir el contrato con Ostrava Motors si no hay acuerdo."),
    ("en", "Ostrava Motors showed a new van at the fair."),
])
def test_status_cues_are_those_a_search_of_each_pattern_finds(lang, text):
    lex = compiled(lang)
    want = [f"status:{k}" for k in ("rumoured", "in_talks", "denied", "negation", "ended", "hedge", "condition")
            if k in lex.status and lex.status[k].search(text)]
    want += ["stake"] if lex.stake.search(text) else []
    assert near_features._status_cues(lang, text) == want
