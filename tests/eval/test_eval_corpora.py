"""Corpus label mappings, on small synthetic records in each corpus's shape (made-up words, no
corpus text), and on the real corpora when ../shared/data is present (marked shared_data)."""

from __future__ import annotations

import gzip
import json

import pytest

from tierscope.eval import load_gold, parse_gold_line
from tierscope.eval.corpora import common, fire, redocred, relx, sentivent, smartdata


def rels(g):
    return [(r["type"], r["source"], r["target"], r.get("status")) for r in g["relations"]]


# ---------------------------------------------------------------- common


def test_clean_company_keeps_names_and_drops_pronouns_and_descriptions():
    assert common.clean_company("it") is None
    assert common.clean_company("the company") is None
    assert common.clean_company("the Norvish regional glider maker") is None
    assert common.clean_company("a small rival like specialty grocer Quillmart") == "Quillmart"
    assert common.clean_company("Mr. Fennick") is None
    assert common.clean_company("Zentrix Corp . 's") == "Zentrix Corp."
    assert common.split_names("Quorvex , Balimo and Tarrow Inc .") == ["Quorvex", "Balimo", "Tarrow Inc."]
    assert common.split_names("the parent company of Quillmart and Dovey") == []


# ---------------------------------------------------------------- SENTiVENT


def sv_event(etype, args, trigger="deal", sentence="", modality=False, negative=False, subtype=None):
    return {"type": etype, "subtype": subtype, "trigger": trigger, "modality_other": modality,
            "negative_polarity": negative, "sentence": sentence,
            "args": [{"role": r, "kind": "participant", "text": t} for r, t in args]}


def test_sentivent_deal_between_companies_is_a_partnership_split_per_partner():
    ev = sv_event("Deal", [("Partner", "Quorvex and Balimo"), ("Partner", "Tarrow"), ("Goal", "to map the moon")],
                  sentence="Quorvex and Balimo signed a deal with Tarrow .")
    assert {(r["type"], r["source"], r["target"]) for r in sentivent.map_event(ev)} == {
        ("partners_with", "Quorvex", "Balimo"), ("partners_with", "Quorvex", "Tarrow"), ("partners_with", "Balimo", "Tarrow")}


def test_sentivent_deal_kinds():
    jv = sv_event("Deal", [("Partner", "Quorvex"), ("Partner", "Balimo"), ("Goal", "a joint venture for kites")])
    assert rels({"relations": sentivent.map_event(jv)}) == [("joint_venture", "Quorvex", "Balimo", "announced")]
    supply = sv_event("Deal", [("Partner", "Quorvex"), ("Partner", "Balimo"), ("Goal", "to supply kite frames")],
                      trigger="contract", sentence="Quorvex won a contract to supply kite frames to Balimo .")
    assert rels({"relations": sentivent.map_event(supply)}) == [("supplies", "Quorvex", "Balimo", "announced")]
    order = sv_event("Deal", [("Partner", "Quorvex"), ("Partner", "Balimo"), ("Goal", "to supply kites")],
                     sentence="Quorvex placed an order from Balimo to supply kites .")
    assert sentivent.map_event(order)[0]["type"] == "partners_with"  # direction unreadable: partnership
    lone = sv_event("Deal", [("Partner", "Quorvex"), ("Partner", "its partners")])
    assert sentivent.map_event(lone) == []


def test_sentivent_acquisition_investment_financing_directions():
    acq = sv_event("Merger/Acquisition", [("Acquirer", "Zentrix"), ("Target", "Molvan Inc ."), ("Cost", "$ 3")],
                   trigger="acquired")
    assert rels({"relations": sentivent.map_event(acq)}) == [("acquires", "Zentrix", "Molvan Inc.", "active")]
    inv = sv_event("Investment", [("Investor", "Tarrow"), ("Investee", "Kelpie")], trigger="stake")
    assert rels({"relations": sentivent.map_event(inv)}) == [("invests_in", "Tarrow", "Kelpie", "announced")]
    fin = sv_event("Financing", [("Financer", "Dovey Bank"), ("Financee", "Kelpie")], trigger="loan")
    assert rels({"relations": sentivent.map_event(fin)}) == [("invests_in", "Dovey Bank", "Kelpie", "announced")]
    stocks = sv_event("Investment", [("Investor", "Tarrow"), ("Investee", "shares")])
    assert sentivent.map_event(stocks) == []
    assert sentivent.map_event(sv_event("Dividend", [("Company_Dividend", "Tarrow")])) == []


@pytest.mark.parametrize(
    "modality, negative, trigger, sentence, status",
    [
        (True, False, "takeover", "Zentrix may bid for Molvan , people said .", "rumoured"),
        (True, False, "merger", "Zentrix is in talks over a merger .", "in_talks"),
        (True, False, "takeover", "The proposed takeover needs approval .", "announced"),
        (False, True, "deal", "Zentrix denied any deal .", "denied"),
        (False, True, "deal", "The deal was terminated .", "ended"),
        (False, False, "acquired", "Zentrix acquired Molvan .", "active"),
        (False, False, "deal", "Zentrix signs a deal .", "announced"),
    ],
)
def test_sentivent_status(modality, negative, trigger, sentence, status):
    ev = sv_event("Deal", [], trigger=trigger, sentence=sentence, modality=modality, negative=negative)
    assert sentivent.event_status(ev) == status


def test_sentivent_record_to_gold_line():
    rec = {"doc": "zz01_made-up.txt", "split": "gold_test", "text": "Made-up text.",
           "events": [sv_event("Merger/Acquisition", [("Acquirer", "Zentrix"), ("Target", "Molvan")], trigger="buy"),
                      sv_event("Merger/Acquisition", [("Acquirer", "Zentrix AG"), ("Target", "Molvan")], trigger="buy"),
                      sv_event("Facility", [("Company_Facility", "Zentrix"), ("Facility", "plant"), ("PLACE", "in Ulm")],
                               subtype="Open", trigger="opened")]}
    g = sentivent.convert_record(rec)
    parse_gold_line(g)
    assert g["id"] == "sentivent-zz01" and g["language"] == "en" and g["types"] == sentivent.TYPES
    assert rels(g) == [("acquires", "Zentrix", "Molvan", "announced")]  # one per normalised pair
    assert g["facilities"] == [{"owner": "Zentrix", "location": "Ulm", "status": "active"}]


# ---------------------------------------------------------------- FIRE


def fire_inst(tokens, ents, relations):
    return {"tokens": str(tokens), "entities": str([{"type": t, "start": s, "end": e} for t, s, e in ents]),
            "relations": str([{"type": r, "head": h, "tail": t} for r, h, t in relations]), "orig_id": "7"}


def test_fire_mapping():
    toks = ["Zentrix", "agreed", "to", "buy", "Molvan", "from", "Tarrow", ";", "Kelpie", "is", "a", "unit", "of", "Dovey", "."]
    inst = fire_inst(toks, [("Company", 0, 1), ("Company", 4, 5), ("Company", 6, 7), ("Company", 8, 9), ("Company", 13, 14),
                            ("Action", 3, 4)],
                     [("ActionBuy", 0, 1), ("ActionSell", 2, 1), ("Subsidiaryof", 3, 4), ("ActionMerge", 0, 2),
                      ("Actionto", 5, 1)])
    g = fire.convert_instance(inst, "fire-x-0001")
    assert g["text"].startswith("Zentrix agreed to buy Molvan from Tarrow;")
    assert rels(g) == [("acquires", "Zentrix", "Molvan", "announced"), ("owns", "Tarrow", "Molvan", "ended"),
                       ("owns", "Dovey", "Kelpie", "active")]
    assert g["types"] == ["acquires", "owns"]
    g2 = fire.convert_instance(inst, "fire-x-0001", merge_as="partners_with")
    assert ("partners_with", "Zentrix", "Tarrow", "announced") in rels(g2) and "partners_with" in g2["types"]


def test_fire_drops_non_company_and_pronoun_arguments():
    head = {"type": "Company", "text": "we"}
    assert fire.map_relation("ActionBuy", head, {"type": "Company", "text": "Molvan"}, "") is None
    assert fire.map_relation("ActionBuy", {"type": "Person", "text": "Ann Vel"}, {"type": "Company", "text": "Molvan"}, "") is None
    assert fire.map_relation("ActionBuy", {"type": "Company", "text": "Zentrix"}, {"type": "Product", "text": "Glim"}, "") is None
    assert fire.map_relation("ActionBuy", {"type": "Company", "text": "Zentrix"},
                             {"type": "Company", "text": "Molvan"}, "Zentrix bought Molvan in May .")["status"] == "active"


# ---------------------------------------------------------------- RELX


def test_relx_labels_and_direction():
    assert relx.map_label("org:subsidiaries(e1,e2)", "Zentrix", "Molvan") == {"type": "owns", "source": "Zentrix", "target": "Molvan"}
    assert relx.map_label("org:subsidiaries(e2,e1)", "Zentrix", "Molvan")["source"] == "Molvan"
    assert relx.map_label("org:parents(e1,e2)", "Zentrix", "Molvan")["source"] == "Molvan"
    assert relx.map_label("org:parents(e2,e1)", "Zentrix", "Molvan")["source"] == "Zentrix"
    assert relx.map_label("org:founded_by(e1,e2)", "Zentrix", "Molvan") is None
    assert relx.map_label("no_relation", "Zentrix", "Molvan") is None


def test_relx_blocks_to_gold(tmp_path):
    (tmp_path / "RELX_de.txt").write_text(
        '901\t"<e1> Zentrix </e1> besitzt die <e2> Molvan </e2> Werke."\norg:subsidiaries(e1,e2)\n\n\n'
        '902\t"<e1> Tarrow </e1> sitzt in <e2> Ulm </e2>."\norg:city_of_headquarters(e1,e2)\n\n\n', encoding="utf-8")
    gl = list(relx.iter_gold(tmp_path, "de"))
    assert [g["id"] for g in gl] == ["relx-de-901", "relx-de-902"]
    assert gl[0]["text"] == "Zentrix besitzt die Molvan Werke." and gl[0]["language"] == "de"
    assert rels(gl[0]) == [("owns", "Zentrix", "Molvan", None)] and gl[1]["relations"] == []
    assert [g["id"] for g in relx.iter_gold(tmp_path, "de", only_positive=True)] == ["relx-de-901"]


# ---------------------------------------------------------------- Re-DocRED


def test_redocred_triples_and_groups(tmp_path):
    def row(rel, h, t, ev, ht="ORG", tt="ORG"):
        return {"split": "dev", "title": "Zentrix", "rel": rel, "rel_name": "", "head": h, "head_type": ht,
                "tail": t, "tail_type": tt, "evidence_sentences": ev}
    rows = [row("P127", "Molvan", "Zentrix", ["Molvan is owned by Zentrix ."]),
            row("P355", "Zentrix", "Kelpie", []),  # no evidence, but both names in the text: kept
            row("P749", "Dovey", "Tarrow", []),  # no evidence and not in the text: dropped
            row("P159", "Zentrix", "Ulm", ["Zentrix sits in Ulm with Kelpie ."], tt="LOC"),
            row("P127", "Glim", "Zentrix", [], ht="MISC")]
    assert redocred.map_triple(rows[0]) == {"type": "owns", "source": "Zentrix", "target": "Molvan", "status": "active"}
    assert redocred.map_triple(rows[1])["source"] == "Zentrix"
    assert redocred.map_triple(rows[2])["source"] == "Tarrow"
    assert redocred.map_triple(rows[3]) is None and redocred.map_triple(rows[4]) is None
    p = tmp_path / "sub.jsonl"
    p.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    (g,) = list(redocred.iter_gold(p))
    assert g["text"] == "Molvan is owned by Zentrix . Zentrix sits in Ulm with Kelpie ."
    assert rels(g) == [("owns", "Zentrix", "Molvan", "active"), ("owns", "Zentrix", "Kelpie", "active")]


# ---------------------------------------------------------------- SmartData


def sd_arg(role, text, start, ctype="organization-company"):
    return {"role": role, "conceptMention": {"type": ctype, "span": {"start": start, "end": start + len(text)},
                                             "normalizedValue": {"string": text}}}


def sd_doc(text, rms):
    return {"id": "urn:x", "text": {"string": text}, "langCode": {"string": "de"},
            "relationMentions": {"array": rms}}


def test_smartdata_acquisition_roles():
    text = "Zentrix kauft Molvan von Tarrow"
    rm = {"name": {"string": "Acquisition"}, "args": {"array": [
        sd_arg("trigger", "kauft", 8, "trigger"), sd_arg("buyer", "Zentrix", 0), sd_arg("acquired", "Molvan", 14),
        sd_arg("seller", "Tarrow", 25)]}}
    assert rels({"relations": smartdata.map_relation_mention(rm, text)}) == [
        ("acquires", "Zentrix", "Molvan", None), ("owns", "Tarrow", "Molvan", "ended")]
    merger = {"name": {"string": "Merger"}, "args": {"array": [sd_arg("old", "Zentrix", 0), sd_arg("old", "Molvan", 14)]}}
    assert smartdata.map_relation_mention(merger, text) == []
    assert smartdata.convert_document(sd_doc(text, [merger]), "d") is None


def test_smartdata_stream(tmp_path):
    text = "Zentrix kauft Molvan"
    rm = {"name": {"string": "Acquisition"}, "args": {"array": [sd_arg("buyer", "Zentrix", 0), sd_arg("acquired", "Molvan", 14)]}}
    p = tmp_path / "test.json.gz"
    with gzip.open(p, "wt", encoding="utf-8") as fh:  # pretty-printed objects, one after another
        fh.write(json.dumps(sd_doc(text, [rm]), indent=2) + "\n" + json.dumps(sd_doc("nichts", []), indent=2))
    gl = list(smartdata.iter_gold(p))
    assert len(gl) == 1 and gl[0]["id"] == "smartdata-test-0000" and gl[0]["language"] == "de"
    assert rels(gl[0]) == [("acquires", "Zentrix", "Molvan", None)] and gl[0]["text"] == text


# ---------------------------------------------------------------- the real corpora


@pytest.mark.shared_data
def test_convert_script_on_the_real_corpora(shared_data, tmp_path, repo_root):
    import subprocess
    import sys

    r = subprocess.run([sys.executable, str(repo_root / "scripts" / "convert_corpora.py"), "--data", str(shared_data),
                        "--out", str(tmp_path)], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    sv = load_gold(tmp_path / "sentivent-test.jsonl")
    assert len(sv) == 30 and all(d.text for d in sv) and sum(len(d.relations) for d in sv) > 5
    fire_test = load_gold(tmp_path / "fire-test.jsonl")
    assert len(fire_test) == 454 and sum(len(d.relations) for d in fire_test) > 40
    for lang in relx.LANGUAGES:
        docs = load_gold(tmp_path / f"relx-{lang}.jsonl")
        assert len(docs) == 502 and {d.language for d in docs} == {lang}
        assert sum(len(d.relations) for d in docs) > 15
    assert sum(len(d.relations) for d in load_gold(tmp_path / "redocred.jsonl")) > 30
    sd = load_gold(tmp_path / "smartdata-test.jsonl")
    assert sd and all(d.language == "de" for d in sd) and sum(r.type == "acquires" for d in sd for r in d.relations) > 20
