"""Status cues of the sixth round, each in the languages where the shape exists (invented companies
and sentences):

- "not before 2027" ("ne sont pas attendues avant 2027", "non prima del 2027", "no antes de 2027",
  "nicht vor 2027") leaves a deal pending, not denied;
- deliveries that begin later, told with the verb ("will start delivering", "empezarán a entregar",
  "commenceront à livrer", "inizieranno a fornire", "sollen ... zu liefern beginnen");
- an English headline's hearsay: "X said to weigh stake in Y";
- Italian "ha risolto il contratto" and "disdetto" end a supply;
- a German report noun with its source in the genitive before "wonach" is what the spokesman
  rejected;
- what a party claims after a comma ("..., claiming that the cell maker terminated a contract") is a
  matter of its own: its end cue does not end the tie told before it.
"""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text, language, names=("Almara", "Brixo", "Kelda", "Dovra")):
    doc = RelationExtractor()(make_doc(text, list(names), language=language))
    return {(r.type, r.source, r.target): r.status for r in doc.relations}


@pytest.mark.parametrize("language,text", [
    ("fr", "Brixo a signé un contrat avec Almara, dont les premières livraisons ne sont pas attendues avant 2027."),
    ("it", "Brixo ha firmato un contratto di fornitura con Almara, le cui prime consegne non sono attese prima del 2027."),
    ("es", "Brixo firmó un contrato de suministro con Almara, cuyas primeras entregas no se esperan antes de 2027."),
    ("de", "Brixo hat einen Vertrag mit Almara unterzeichnet, dessen erste Lieferungen nicht vor 2027 erwartet werden."),
])
def test_not_before_a_year_is_pending_not_denied(language, text):
    got = _rels(text, language)
    statuses = {v for (t, *_), v in got.items() if t == "supplies"}
    assert statuses and "denied" not in statuses


@pytest.mark.parametrize("language,text", [
    ("en", "Brixo confirmed that its new cell suppliers, Almara and Kelda, will start delivering in 2027."),
    ("es", "Brixo confirmó que sus nuevos proveedores de celdas, Almara y Kelda, empezarán a entregar en 2027."),
    ("fr", "Brixo a confirmé que ses nouveaux fournisseurs de cellules, Almara et Kelda, commenceront à livrer en 2027."),
    ("it", "Brixo ha confermato che i suoi nuovi fornitori di celle, Almara e Kelda, inizieranno a fornire nel 2027."),
])
def test_suppliers_that_start_delivering_later_are_announced(language, text):
    got = _rels(text, language)
    assert got[("supplies", "Almara", "Brixo")] == got[("supplies", "Kelda", "Brixo")] == "announced"


def test_suppliers_that_deliver_already_stay_active():
    got = _rels("Brixo confirmó que sus proveedores de celdas, Almara y Kelda, entregan desde 2021.", "es")
    assert got[("supplies", "Almara", "Brixo")] == "active"


@pytest.mark.parametrize("text", [
    "Almara said to weigh stake in Brixo",
    "Almara said to be in talks to buy Brixo",
    "Almara said to near deal to buy Brixo",
])
def test_headline_hearsay_is_rumoured(text):
    got = _rels(text, "en")
    assert got and set(got.values()) == {"rumoured"}


def test_said_to_reporters_is_no_hearsay():
    got = _rels("Almara has agreed to buy Brixo, its chief executive said to reporters on Monday.", "en")
    assert got[("acquires", "Almara", "Brixo")] != "rumoured"


@pytest.mark.parametrize("text", [
    "Il costruttore Brixo ha risolto in anticipo il contratto di fornitura con Almara, accusandola di ritardi.",
    "Brixo ha disdetto il contratto di fornitura con Almara.",
])
def test_italian_contract_terminated_ends_the_supply(text):
    got = _rels(text, "it")
    assert {v for (t, *_), v in got.items() if t == "supplies"} == {"ended"}


def test_italian_problem_solved_ends_nothing():
    got = _rels("Almara fornisce celle a Brixo e ha risolto il problema dei ritardi.", "it")
    assert got[("supplies", "Almara", "Brixo")] == "active"


def test_german_report_with_its_source_before_wonach_is_denied():
    text = ("Einen Bericht des koreanischen Wirtschaftsblatts „Seoul Daily“, wonach Brixo auch Almara als "
            "weiteren Lieferanten für Rundzellen gewinnen wolle, wies ein Sprecher am Dienstag zurück.")
    assert _rels(text, "de")[("supplies", "Almara", "Brixo")] == "denied"


@pytest.mark.parametrize("language,text", [
    ("en", "Dovra has sued Kelda, the battery venture of Almara and Brixo, claiming that the cell maker unlawfully terminated a contract."),
    ("fr", "Dovra a assigné Kelda, la coentreprise d'Almara et de Brixo, affirmant que le fabricant a résilié un contrat."),
    ("es", "Dovra ha demandado a Kelda, la empresa conjunta de Almara y Brixo, alegando que el fabricante rescindió un contrato."),
])
def test_a_claim_after_a_comma_does_not_end_the_venture(language, text):
    got = _rels(text, language)
    pair = got.get(("joint_venture", "Almara", "Brixo"), got.get(("joint_venture", "Brixo", "Almara")))
    assert pair == "active"


def test_a_denial_before_saying_still_denies():
    got = _rels("Almara denied the report, saying it had no plans to buy Brixo.", "en")
    assert got.get(("acquires", "Almara", "Brixo")) in ("denied", None)


@pytest.mark.parametrize("text", [
    "A report in a trade weekly last month that Almara would supply cells to Brixo was firmly rejected by both companies.",
    "Reports that Almara would supply cells to Brixo have been dismissed as speculation.",
])
def test_english_report_rejected_after_its_clause_is_denied(text):
    assert _rels(text, "en")[("supplies", "Almara", "Brixo")] == "denied"


def test_english_report_confirmed_is_not_denied():
    got = _rels("A report last month that Almara would supply cells to Brixo was confirmed by both companies.", "en")
    assert got.get(("supplies", "Almara", "Brixo")) != "denied"
