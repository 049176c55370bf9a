"""tierscope.learned.pair_context and pair_status: the admitter's context features (clause bounds,
coordinated lists and what the rules tied to a list's other members, goods, subjects, the lexicon's
classes) and its status head, on sentences and companies written for this test."""

from __future__ import annotations

from tierscope.doc import Document, Evidence, Mention, Relation, Sentence
from tierscope.learned.pair_admitter import admitted_relation
from tierscope.learned.pair_context import GROUPS, clause_features, coordinated_lists, lexicon_classes, sentence_marks
from tierscope.learned.pair_features import PageFacts, candidates, reading_features
from tierscope.learned.pair_status import page_status_cues, predict, status_features


def _doc(text: str, companies: list[tuple[str, str, list[str]]], lang: str = "en") -> Document:
    """One sentence; ``companies``: (name, how it was found, gazetteer sectors)."""
    d = Document(id="t", source="test", text=text, language=lang)
    d.sentences = [Sentence(start=0, end=len(text))]
    for name, found, sectors in companies:
        i = text.index(name)
        d.mentions.append(Mention(start=i, end=i + len(name), text=name, label="COMPANY", canonical=name,
                                  sentence=0, source=found, attrs={"known": found == "gazetteer", "sectors": sectors}))
    return d


def _context(feats):
    return {f for f in feats if f.partition(":")[0] in GROUPS}


def test_clause_bounds_between_the_names():
    assert "cl:rel" in clause_features("en", " Ltd, which later sold its stake to ")
    assert "cl:semi" in clause_features("fr", " a signé ; de son côté ")
    assert "cl:rel" in clause_features("de", ", die seit Jahren ")
    assert clause_features("it", " fornirà ") == ["cl:commas:0"]


def test_a_coordinated_list_is_one_list_and_the_subject_no_member():
    t = "Dravenco ships its cells to Belmora, Tastrel and Vinquo."
    d = _doc(t, [("Dravenco", "pattern", []), ("Belmora", "pattern", []), ("Tastrel", "pattern", []), ("Vinquo", "pattern", [])])
    lists = coordinated_lists("en", t, d.mentions)
    ids = {d.text[m.start:m.end]: lists.get(m.start) for m in d.mentions}
    assert ids["Dravenco"] is None
    assert ids["Belmora"] == ids["Tastrel"] == ids["Vinquo"] is not None


def _list_page():
    t = "Quorvane's cathode powder goes to carmakers including Belmora, Tastrel and Vinquo."
    d = _doc(t, [("Quorvane", "gazetteer", ["materials"]), ("Belmora", "gazetteer", ["automotive"]),
                 ("Tastrel", "pattern", []), ("Vinquo", "pattern", [])])
    d.relations = [Relation(type="supplies", source="Quorvane", target="Belmora", status="active",
                            evidence=Evidence(t, 0, len(t)), confidence=0.8, component="test")]
    return d


def test_the_tie_of_one_list_member_reaches_the_others():
    d = _list_page()
    cands = candidates(d)
    facts = PageFacts(d, cands)
    by_pair = {(c.a, c.b): c for c in cands}
    assert ("Quorvane", "Belmora") not in by_pair  # tied by the rules: no candidate
    other = _context(reading_features(d, by_pair["Quorvane", "Tastrel"], facts, "supply:ab"))
    assert {"lq:supply:tgtlist", "ls:TGT:inlist", "sj:SRC:first", "gd:between"} <= other
    # read the other way round, the rules' tie runs from the list's member, not to it
    assert "lq:supply:tgtlist" not in _context(reading_features(d, by_pair["Quorvane", "Tastrel"], facts, "supply:ba"))
    mates = _context(reading_features(d, by_pair["Belmora", "Tastrel"], facts, "partnership"))
    assert "ls:same" in mates and not any(f.startswith("lq:") for f in mates)


def test_the_lexicon_classes_around_the_pair():
    t = "Fondera ha scelto Vantoro come nuovo fornitore di celle."
    assert "lx:choose:between" in lexicon_classes(sentence_marks("it", t), 0, t.index("Vantoro") + 7)
    t = "Les discussions se poursuivent avec plusieurs constructeurs, parmi lesquels Brelune et Osmari."
    assert "lx:among:before" in lexicon_classes(sentence_marks("fr", t), t.index("Brelune"), len(t))


def test_a_trigger_right_after_a_name_is_its_verb():
    t = "Castelra will supply battery modules to Wendrock from next year."
    d = _doc(t, [("Castelra", "pattern", []), ("Wendrock", "pattern", [])])
    (c,) = candidates(d)
    facts = PageFacts(d, [c])
    feats = _context(reading_features(d, c, facts, "supply:ab"))
    assert {"cn:supply:SRC:right", "sj:SRC:first", "sj:SRC:precue", "sj:TGT:postcue", "gd:between"} <= feats
    # read the other way round, the roles follow the reading: the target is now the first name
    back = _context(reading_features(d, c, facts, "supply:ba"))
    assert {"cn:supply:TGT:right", "sj:TGT:first", "sj:SRC:postcue"} <= back and "sj:SRC:first" not in back


def test_status_head_reads_the_end_cue_and_the_rules_reading():
    t = "Castelra stopped supplying Wendrock with modules in 2021."
    lo, hi = 0, t.index("Wendrock") + 8
    feats = status_features("en", "supply", t, lo, hi, None, "active", page_status_cues("en", t))
    assert {"rule:active", "rule:supply:active", "cue:none", "st:ended:between", "page:ended"} <= set(feats)
    model = {"active": (0.5, {"rule:active": 1.0}), "ended": (0.0, {"st:ended": 2.5})}
    assert predict(model, feats)[0] == "ended"
    assert predict(model, ["bias", "rule:active"])[0] == "active"


def test_the_admitted_status_is_the_heads_where_it_ships():
    t = "Castelra will supply battery modules to Wendrock from next year."
    d = _doc(t, [("Castelra", "pattern", []), ("Wendrock", "pattern", [])])
    (c,) = candidates(d)
    plain = admitted_relation(d, c, "supply:ab", 0.9)
    assert plain is not None and plain.status != "rumoured"
    head = {"rumoured": (5.0, {}), "active": (0.0, {}), "announced": (0.0, {})}
    assert admitted_relation(d, c, "supply:ab", 0.9, head).status == "rumoured"


def test_no_ownership_is_added_for_a_name_the_sentence_calls_a_brand():
    from tierscope.learned.pair_admitter import PairAdmitter

    t = "Voltessa, marchio del gruppo Brennor, ha aumentato le vendite."
    d = _doc(t, [("Voltessa", "pattern", []), ("Brennor", "pattern", [])], lang="it")
    out = PairAdmitter(thresholds={"ownership": 0.0})(d)
    assert not [r for r in out.relations if r.type in ("owns", "acquires", "invests_in")]
    t = "Voltessa ha aumentato le vendite, mentre Brennor le ha perse."
    d = _doc(t, [("Voltessa", "pattern", []), ("Brennor", "pattern", [])], lang="it")
    out = PairAdmitter(thresholds={"ownership": 0.0})(d)
    assert [r for r in out.relations if r.type == "owns"]  # with every score admitted, a plain pair is added
