"""Statuses of ties still to come or given up, told in forms the cues missed (invented sentences):

* the future's first person plural, as an interview's company speaks ("Forniremo a Y", "nous fournirons",
  "suministraremos"): announced, where the present ("forniamo") stays active;
* the German future's bracket, "wird" far before the infinitive at the clause's end: announced, where "wird ...
  weiterhin beliefern" (goes on) and the passive "wird von X beliefert" stay active;
* deliveries that start later with an aside between the noun and its verb ("the first deliveries to Y, agreed
  in 2022, will begin in 2028"), and a German time noun after "für" ("für Ende 2027") that is no recipient;
* a plan given up ("gave up its plan", "ha rinunciato al progetto", "a abandonné son projet", "ha renunciado
  al proyecto", "hat auf ... verzichtet"): ended.
"""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

NAMES = ("Norvik", "Corvalis", "Brixo")


def _statuses(text, lang, typ):
    doc = RelationExtractor()(make_doc(text, [n for n in NAMES if n in text], language=lang))
    return {r.status for r in doc.relations if r.type == typ and {r.source, r.target} == {"Norvik", "Corvalis"}}


@pytest.mark.parametrize("lang,text", [
    ("it", "Norvik: forniremo a Corvalis i caricatori di bordo per i nuovi furgoni."),
    ("fr", "Norvik : nous fournirons à Corvalis les sièges avant de ses berlines."),
    ("es", "Norvik: suministraremos a Corvalis los arneses de alto voltaje de sus furgonetas."),
])
def test_first_person_plural_future_is_announced(lang, text):
    assert _statuses(text, lang, "supplies") == {"announced"}


def test_first_person_plural_present_stays_active():
    assert _statuses("Norvik: forniamo a Corvalis i caricatori di bordo per i nuovi furgoni.", "it", "supplies") == {"active"}


@pytest.mark.parametrize("text", [
    "Norvik wird den koreanischen Lkw-Hersteller Corvalis mit kompletten elektrischen Achsantrieben beliefern.",
    "Norvik wird den Busbauer Corvalis von 2028 an mit Batteriesystemen aus seinem neuen Werk beliefern.",
])
def test_german_future_bracket_is_announced(text):
    assert _statuses(text, "de", "supplies") == {"announced"}


@pytest.mark.parametrize("text", [
    "Norvik wird den koreanischen Lkw-Hersteller Corvalis auch weiterhin mit kompletten elektrischen Achsantrieben beliefern.",
    "Norvik beliefert den koreanischen Lkw-Hersteller Corvalis mit kompletten elektrischen Achsantrieben.",
])
def test_german_supply_that_runs_stays_active(text):
    assert _statuses(text, "de", "supplies") == {"active"}


@pytest.mark.parametrize("lang,text", [
    ("en", "Norvik said the first deliveries to Corvalis, agreed in the contract signed in 2022, will begin in 2028."),
    ("it", "Norvik ha spiegato che le prime consegne a Corvalis, fissate dall'accordo del 2023, inizieranno nel 2029."),
    ("fr", "Norvik a indiqué que les premières livraisons à Corvalis, prévues par le contrat signé en 2022, débuteront en 2028."),
    ("es", "Norvik ha confirmado que las primeras entregas a Corvalis, previstas en el contrato firmado en 2022, comenzarán en 2028."),
    ("de", "Norvik teilte mit, die ersten Lieferungen an Corvalis, die der Vertrag von 2022 vorsieht, sollen 2028 beginnen."),
    ("de", "Norvik hat mit Corvalis einen Liefervertrag geschlossen; erste Lieferungen sind für Mitte 2029 geplant."),
])
def test_deliveries_that_start_later_are_announced(lang, text):
    assert _statuses(text, lang, "supplies") == {"announced"}


@pytest.mark.parametrize("lang,text", [
    ("en", "Norvik gave up its plan for a joint venture with Corvalis, announced in 2023."),
    ("it", "Norvik ha rinunciato al progetto di joint venture con Corvalis, annunciato nel 2023."),
    ("fr", "Norvik a abandonné son projet de coentreprise avec Corvalis, annoncé en 2023."),
    ("es", "Norvik ha renunciado al proyecto de empresa conjunta con Corvalis, anunciado en 2023."),
    ("es", "Norvik abandonó el proyecto de empresa conjunta con Corvalis, anunciado en 2023."),
    ("de", "Norvik hat auf das geplante Gemeinschaftsunternehmen mit Corvalis verzichtet."),
    ("de", "Norvik hat die Pläne für ein Gemeinschaftsunternehmen mit Corvalis aufgegeben."),
])
def test_plan_given_up_is_ended(lang, text):
    assert _statuses(text, lang, "joint_venture") == {"ended"}


@pytest.mark.parametrize("lang,word,future", [
    ("it", "Forniremo", True), ("it", "consegneremo", True), ("it", "forniamo", False), ("it", "forniremmo", False),
    ("es", "Suministraremos", True), ("es", "entregaremos", True), ("es", "suministramos", False), ("es", "queremos", False),
    ("fr", "fournirons", True), ("fr", "livrerons", True), ("fr", "livrons", False), ("fr", "retirons", False),
])
def test_first_person_plural_future_words(lang, word, future):
    # (a sentence may open with the verb, its subject left out: "Forniremo a Y ...", so a capital first counts)
    from tierscope.relations.engine import compiled

    m = compiled(lang).local["announced"].search(word)
    assert (m is not None and m.group(0) == word) is future
