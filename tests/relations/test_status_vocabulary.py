"""Statuses from the words journalists use for reports, talks, denials, ends and completed deals, and
the clause a status cue speaks of. Every sentence is written for the test (invented companies)."""

from __future__ import annotations

import pytest

from .helpers import rels

CO = ["Brelix", "Tovan", "Kornex", "Velora"]


def statuses(sentence, lang):
    return sorted({(r.type, r.source, r.target, r.status) for r in rels(sentence, CO, language=lang)})


def status_of(sentence, lang, src, tgt):
    got = {(r.source, r.target): r.status for r in rels(sentence, CO, language=lang)}
    return got.get((src, tgt), got.get((tgt, src)))


@pytest.mark.parametrize("lang, sentence, expected", [
    # reports
    ("en", "Brelix is believed to be buying cells from Tovan.", "rumoured"),
    ("en", "Brelix is understood to have agreed to buy cells from Tovan.", "rumoured"),
    ("de", "Branchenkreisen zufolge will Brelix künftig Zellen von Tovan beziehen.", "rumoured"),
    ("de", "Brelix will offenbar Zellen von Tovan beziehen.", "rumoured"),
    ("es", "Según ha sabido este diario, Tovan suministrará celdas a Brelix.", "rumoured"),
    ("es", "Según varios medios, Brelix comprará una participación en Tovan.", "rumoured"),
    ("it", "A quanto si apprende, Brelix acquisterà una quota di Tovan.", "rumoured"),
    ("it", "Secondo alcune fonti, Brelix acquisterà una quota di Tovan.", "rumoured"),
    ("fr", "De source proche du dossier, Brelix rachètera une participation dans Tovan.", "rumoured"),
    # talks
    ("en", "Brelix is mulling an investment in Tovan.", "in_talks"),
    ("en", "Brelix is weighing a stake in Tovan.", "in_talks"),
    ("de", "Brelix lotet eine Beteiligung an Tovan aus.", "in_talks"),
    ("de", "Brelix befindet sich in Exklusivverhandlungen über den Kauf von Tovan.", "in_talks"),
    ("es", "Brelix mantiene contactos avanzados con Tovan para una alianza.", "in_talks"),
    ("es", "Brelix explora la compra de una participación en Tovan.", "in_talks"),
    ("it", "Brelix sta trattando l'acquisto di una quota di Tovan.", "in_talks"),
    # denials
    ("en", "Brelix refuted reports that it would buy cells from Tovan.", "denied"),
    ("es", "Brelix descarta que vaya a comprar una participación en Tovan.", "denied"),
    ("fr", "Brelix dément avoir racheté une participation dans Tovan.", "denied"),
    # ends
    ("en", "Brelix's takeover of Tovan fell through.", "ended"),
    ("en", "The partnership between Brelix and Tovan collapsed last year.", "ended"),
    ("en", "Brelix has wound down its partnership with Tovan.", "ended"),
    ("de", "Brelix hat den Liefervertrag mit Tovan aufgekündigt.", "ended"),
    ("de", "Die Übernahme von Tovan durch Brelix ist geplatzt.", "ended"),
    ("de", "Die Partnerschaft zwischen Brelix und Tovan ist gescheitert.", "ended"),
    ("es", "La alianza entre Brelix y Tovan fracasó.", "ended"),
    ("it", "Brelix ha risolto il contratto di fornitura con Tovan.", "ended"),
    ("fr", "Le rapprochement entre Brelix et Tovan a échoué.", "ended"),
    # completed deals
    ("de", "Die Übernahme von Tovan durch Brelix ist unter Dach und Fach.", "active"),
    ("es", "Brelix formalizó la compra de Tovan.", "active"),
    ("it", "Brelix ha finalizzato l'acquisizione di Tovan.", "active"),
    ("it", "Brelix ha portato a termine l'acquisizione di Tovan.", "active"),
    # future and present
    ("es", "Tovan suministrará baterías a Brelix a partir de 2026.", "announced"),
    ("es", "Tovan suministra baterías a Brelix desde 2021.", "active"),
])
def test_status_words(lang, sentence, expected):
    got = statuses(sentence, lang)
    assert got and {s for *_, s in got} == {expected}, got


@pytest.mark.parametrize("lang, sentence", [
    # a company's own statement is no rumour
    ("es", "Tovan dejó de suministrar a Brelix, según han confirmado fuentes de ambas empresas.", ),
    # "formalizar un acuerdo" is signing it, not a completed deal
    ("es", "Brelix y Tovan formalizaron un acuerdo para crear una empresa conjunta.", ),
])
def test_words_that_are_not_reports_or_completions(lang, sentence):
    got = {s for *_, s in statuses(sentence, lang)}
    assert got and not got & {"rumoured"} and (got != {"active"} or "dejó" in sentence), got


@pytest.mark.parametrize("lang, sentence, pair, expected", [
    # a cue in another clause speaks of that clause's deal
    ("en", "Brelix supplies cells to Tovan, while Kornex is reportedly in talks with Velora.", ("Brelix", "Tovan"), "active"),
    ("en", "Brelix supplies cells to Tovan, while Kornex reportedly buys cells from Velora.", ("Velora", "Kornex"), "rumoured"),
    ("de", "Brelix liefert Zellen an Tovan, während Kornex Insidern zufolge mit Velora verhandelt.", ("Brelix", "Tovan"), "active"),
    ("es", "Brelix suministra baterías a Tovan, mientras que Kornex negocia con Velora según fuentes cercanas.", ("Brelix", "Tovan"), "active"),
    ("it", "Brelix fornisce batterie a Tovan, mentre Kornex starebbe trattando con Velora.", ("Brelix", "Tovan"), "active"),
    # ... unless it frames the whole sentence
    ("es", "Brelix suministra baterías a Tovan, mientras que Kornex compra celdas a Velora, según fuentes cercanas.", ("Brelix", "Tovan"), "rumoured"),
    ("en", "According to people familiar with the matter, Brelix supplies cells to Tovan, while Kornex buys from Velora.", ("Kornex", "Velora"), "rumoured"),
    # ... or the words after the cut point back to the deal
    ("fr", "Brelix s'approvisionnait en cellules auprès de Tovan, mais le contrat a pris fin au printemps.", ("Brelix", "Tovan"), "ended"),
])
def test_a_status_cue_speaks_of_its_clause(lang, sentence, pair, expected):
    assert status_of(sentence, lang, *pair) == expected


@pytest.mark.parametrize("lang, sentence, pair, expected", [
    # "but" with the same subject going on is the same deal's clause
    ("en", "Brelix supplied cells to Tovan for years, but stopped deliveries in 2023.", ("Brelix", "Tovan"), "ended"),
    ("es", "Brelix suministraba celdas a Tovan, pero rescindió el contrato en 2023.", ("Brelix", "Tovan"), "ended"),
    # "but" with a new subject starts another clause
    ("en", "Brelix supplies cells to Tovan, but Kornex denied reports of a deal with Velora.", ("Brelix", "Tovan"), "active"),
    ("es", "Brelix suministra celdas a Tovan, pero Kornex desmiente que vaya a comprar Velora.", ("Brelix", "Tovan"), "active"),
])
def test_but_cuts_only_before_a_new_subject(lang, sentence, pair, expected):
    assert status_of(sentence, lang, *pair) == expected


def test_de_talks_told_with_soll_are_reported():
    # "soll ... verhandeln" reports talks, as "reportedly in talks" does; plain talks stay in_talks
    sectors = {"Tovan": ["battery_cells"], "Brelix": ["carmaker"]}

    def got(sentence):
        return sorted({r.status for r in rels(sentence, CO, language="de", sectors=sectors)})

    assert got("Brelix soll mit Tovan über Zellen verhandeln.") == ["rumoured"]
    assert got("Brelix verhandelt mit Tovan über Zellen.") == ["in_talks"]
