"""The near admitter works its features out in pieces once per page, for speed, with the same features and
the same scores as a reading written out whole: the sentence pair's part is read once whatever the
number of its candidates and readings, a score sums only the weighted slots in the same order, and the
status cues answered from the sentence's scan are those a search of each pattern finds (sentences and
companies written for this test)."""

from __future__ import annotations

import pytest

from tierscope.doc import Document
from tierscope.learned import near_features
from tierscope.learned.hashed import slot
from tierscope.learned.near_admitter import NearAdmitter
from tierscope.learned.near_features import READINGS, candidates, page_facts, reading_features, reading_slots
from tierscope.learned.pair_admitter import _sigmoid
from tierscope.relations.compiled import compiled

from learned_helpers import page as _page


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


def test_the_ties_piece_writes_only_sector_pairs_and_the_bounded_yes_no_groups(monkeypatch):
    # ties_bound counts the sector pairs and the best option of each yes-or-no group: every feature the
    # ties piece can write, whatever the gazetteer answers, must be one of those
    from tierscope.learned import pair_features
    from tierscope.learned.pair_features import read_as

    d = _busy_page()
    cands = candidates(d, restrict=False)
    facts = page_facts(d)
    for belongs in (True, False):
        for chain in (True, False):
            for sister in (True, False):
                monkeypatch.setattr(pair_features, "belongs_to", lambda a, b, v=belongs: v)
                monkeypatch.setattr(pair_features, "down_the_chain", lambda a, b, v=chain: v)
                monkeypatch.setattr(pair_features, "sisters", lambda a, b, v=sister: v)
                for c in cands:
                    for reading in READINGS:
                        r = read_as(c, reading)
                        got = near_features._ties(r, facts)
                        options = {o for opts in near_features._tie_options(r) for o in opts}
                        assert all(f.startswith("secpair:") or f in options for f in got), (reading, got)
                        # one of each group, no more
                        assert sum(f in options for f in got) == len(near_features._tie_options(r))


def test_the_ties_bound_is_at_least_what_the_ties_add(admitter):
    d = _busy_page()
    cands = candidates(d, restrict=False)
    facts = page_facts(d)
    for c in cands:
        for reading in READINGS:
            b, w = admitter._models[reading.partition(":")[0]]
            known = near_features.slots_but_ties(d, c, facts, reading, w)
            ties = near_features.ties_slots(d, c, facts, reading, w)
            added = sum(w[i] for i in ties - known)
            assert near_features.ties_bound(c, facts, reading, known, w) >= added - 1e-12


def test_readings_that_cannot_reach_their_threshold_are_left_out_and_the_others_scored_alike(admitter):
    d = _busy_page()
    cands = candidates(d, restrict=False)
    full = admitter.scores(d, cands)
    flat = sorted(p for row in full for p in row.values())
    thr = flat[len(flat) // 2]  # half the readings below it
    a = NearAdmitter(thresholds={"supply": thr, "partnership": thr, "ownership": thr})
    got = a.reachable_scores(d, cands)
    left_out = 0
    for row, want in zip(got, full):
        for reading, p in want.items():
            if p >= thr:
                assert row[reading] == p  # bit for bit
            elif reading not in row:
                left_out += 1
            else:
                assert row[reading] == p
    assert left_out > 0


def test_a_family_without_a_threshold_is_not_scored(admitter):
    d = _busy_page()
    cands = candidates(d, restrict=False)
    a = NearAdmitter(thresholds={"ownership": 0.0})
    assert all(set(row) == {"ownership:ab", "ownership:ba"} for row in a.reachable_scores(d, cands))


def test_the_names_each_sentences_relations_tie_are_those_of_each_sentence_tested():
    from tierscope.doc import Evidence, Relation

    d = _busy_page()
    cut = d.text.index("while")
    d.relations = [Relation(type="owns", source="Pellinor Capital", target="Marlow Cells", status="active",
                            evidence=Evidence(d.text[:cut], 0, cut)),
                   Relation(type="supplies", source="Rovena Parts", target="Ostrava Motors", status="active",
                            evidence=Evidence(d.text[cut:], cut, len(d.text))),
                   Relation(type="owns", source="Quintar Metals", target="Marlow Cells", status="active",
                            evidence=Evidence("", d.sentences[1].end, d.sentences[1].end))]

    def tested(doc):
        out = {}
        for r in doc.relations:
            for k, s in enumerate(doc.sentences):
                if s.start < r.evidence.end and r.evidence.start < s.end:
                    out.setdefault(k, set()).update((r.source, r.target))
        return out

    assert near_features._names_by_sentence(d) == tested(d) == {
        0: {"Pellinor Capital", "Marlow Cells"}, 1: {"Pellinor Capital", "Marlow Cells", "Rovena Parts", "Ostrava Motors"},
        2: {"Rovena Parts", "Ostrava Motors"}}
    d.sentences = [d.sentences[2], d.sentences[0], d.sentences[1]]  # out of order: each one tested
    assert near_features._names_by_sentence(d) == tested(d)
