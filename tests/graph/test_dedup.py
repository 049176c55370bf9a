"""Near-duplicate documents: reprints by shingle Jaccard (MinHash + banding), translations by
companies + numbers + dates."""

from __future__ import annotations

import random

from tierscope.graph.dedup import jaccard, near_duplicates, numbers, shingles

WORDS = (
    "battery cell plant supply contract carmaker lithium cathode anode gigafactory output capacity energy "
    "agreement deal partner invest billion million euro dollar production line site workers region government "
    "subsidy market demand vehicle electric model launch quarter year report analyst shares price growth"
).split()


def _article(rng, n=300):
    return " ".join(rng.choice(WORDS) for _ in range(n))


def _reprint(rng, text, edits=10):
    words = text.split()
    for _ in range(edits):  # a few changed words, a new headline and footer
        words[rng.randrange(len(words))] = rng.choice(WORDS)
    return "Reprinted from Wire. " + " ".join(words) + " All rights reserved."


def test_numbers_across_locales():
    assert numbers("CATL invests 7,3 Milliarden Euro in 100 GWh, 9.000 Stellen, 2026") == {7.3, 100.0, 9000.0, 2026.0}
    assert numbers("CATL invests 7.3 billion euros in 100 GWh, 9,000 jobs, 2026") == {7.3, 100.0, 9000.0, 2026.0}
    assert numbers("no figures") == set()


def test_shingles_and_jaccard():
    assert len(shingles("a b c d e f")) == 2
    assert len(shingles("too short")) == 1
    assert shingles("") == set()
    assert jaccard({1, 2}, {2, 3}) == 1 / 3


def test_reprints_cluster_and_distinct_stories_do_not():
    rng = random.Random(7)
    a, b = _article(rng), _article(rng)
    docs = [
        ("a", a, "en", set()),
        ("a-reprint", _reprint(rng, a), "en", set()),
        ("a-heavily-edited", _reprint(rng, a, edits=120), "en", set()),
        ("b", b, "en", set()),
        ("empty", "", "en", set()),
    ]
    out = near_duplicates(docs)
    assert out["a"] == out["a-reprint"] == "a"
    assert out["a-heavily-edited"] == "a-heavily-edited"
    assert out["b"] == "b" and out["empty"] == "empty"


def test_translation_by_companies_numbers_and_date():
    en = "CATL will build a 100 GWh plant in Debrecen for 7.3 billion euros, creating 9,000 jobs by 2026."
    de = "CATL baut in Debrecen ein Werk mit 100 GWh für 7,3 Milliarden Euro und schafft bis 2026 9.000 Stellen."
    it = "CATL costruirà a Debrecen uno stabilimento da 100 GWh per 7,3 miliardi di euro: 9.000 posti entro il 2026."
    other = "CATL will build a 40 GWh plant in Debrecen for 2 billion euros by 2028."
    comp = {"CATL", "Mercedes-Benz Group"}
    docs = [
        ("en1", en, "en", comp, "2022-08-12"),
        ("de1", de, "de", comp, "2022-08-13"),
        ("it1", it, "it", comp, "2022-08-15"),
        # Same figures weeks later, in other words: a follow-up, not a translation of the story.
        ("it-late", "Un mese dopo, CATL conferma: 100 GWh, 7,3 miliardi di euro e 9.000 posti a Debrecen entro il 2026.", "it", comp, "2022-09-30"),
        ("en-other", other, "en", comp, "2022-08-12"),
        ("fr-one-company", "CATL construira à Debrecen une usine de 100 GWh pour 7,3 milliards d'euros et 9 000 emplois d'ici 2026.", "fr", {"CATL"}, "2022-08-12"),
    ]
    out = near_duplicates(docs)
    assert out["en1"] == out["de1"] == out["it1"] == "de1"
    assert out["it-late"] == "it-late"
    assert out["en-other"] == "en-other"
    assert out["fr-one-company"] == "fr-one-company"  # two companies needed
    # Undated documents need a stronger number match (here 4 numbers in common: enough).
    undated = near_duplicates([("x", en, "en", comp), ("y", de, "de", comp)])
    assert undated["x"] == undated["y"]
    assert near_duplicates(docs, translations=False)["de1"] == "de1"


def test_dict_and_object_inputs():
    out = near_duplicates([{"id": "p", "text": "a b c d e f g", "language": "en", "companies": []},
                           {"doc_id": "q", "text": "a b c d e f g", "language": "en", "companies": []}])
    assert out == {"p": "p", "q": "p"}


def test_ten_thousand_documents_with_reprints():
    # (the time it takes belongs to a benchmark, not to a test: here only the answer)
    rng = random.Random(11)
    docs, truth = [], {}
    for i in range(9000):
        docs.append((f"d{i:05d}", _article(rng, 250), "en", set()))
    for j in range(1000):  # reprints of the first 1000
        src = docs[j]
        docs.append((f"r{j:05d}", _reprint(rng, src[1], edits=5), "en", set()))
        truth[f"r{j:05d}"] = src[0]
    out = near_duplicates(docs)
    found = sum(out[r] == out[s] for r, s in truth.items())
    clusters = {}
    for d, c in out.items():
        clusters.setdefault(c, []).append(d)
    assert found == 1000
    assert max(len(v) for v in clusters.values()) == 2  # no false joins among the random articles
