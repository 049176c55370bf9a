"""A holding its owner lost or wrote off in full ("saw its holding wiped out", "ha dovuto svalutare
integralmente la propria partecipazione", "perdió toda su participación", "a dû déprécier intégralement sa
participation", "musste seine Beteiligung komplett abschreiben") is over: ended. Not a partial write-down,
nor a loss told across ';' of another pair. Invented companies and sentences."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor
from tierscope.relations.lost_stakes import stake_lost

from .helpers import make_doc


def _status(text, language, names=("Kelvar", "Brixo")):
    doc = RelationExtractor()(make_doc(text, list(names), language=language))
    return {(r.type, r.source, r.target): r.status for r in doc.relations}[("invests_in", "Brixo", "Kelvar")]


@pytest.mark.parametrize("language,text", [
    ("en", "Brixo, long Kelvar's biggest shareholder with a stake of about 18%, saw its holding wiped out when "
           "the company filed for insolvency."),
    ("it", "Brixo, socio storico di Kelvar, nel bilancio 2025 ha svalutato interamente la sua "
           "partecipazione."),
    ("it", "Brixo, azionista di Kelvar dal 2019, dopo il crac si ritrova con la partecipazione "
           "azzerata e senza contratto."),
    ("es", "Brixo, que era uno de los principales accionistas de Kelvar, perdió toda su participación."),
    ("fr", "Brixo, qui était l'un des principaux actionnaires de Kelvar, a dû déprécier intégralement sa "
           "participation."),
    ("de", "Brixo, einst größter Aktionär von Kelvar, musste seine Beteiligung komplett abschreiben."),
])
def test_a_holding_lost_in_full_is_over(language, text):
    assert _status(text, language) == "ended"


def test_a_partial_write_down_or_another_pairs_loss_leaves_the_stake():
    assert _status("Brixo ha svalutato del 30% la partecipazione in Kelvar.", "it") != "ended"
    text = "Brixo holds 20% of Kelvar; Corvo lost its stake in Dalmo last year."
    assert _status(text, "en", ("Kelvar", "Brixo", "Corvo", "Dalmo")) == "active"


def test_only_a_holdings_trigger_reads_the_loss():
    text = "Brixo supplies Kelvar and lost its stake in it"
    assert not stake_lost("en", text, 6, 14)
    t0 = text.index("stake")
    assert stake_lost("en", text, t0, t0 + 5)


def test_shares_written_off_in_full_by_a_former_holder_end_the_stake():
    from tierscope.relations import RelationExtractor
    from .helpers import make_doc
    text = "Brixo, einst mit rund 20 Prozent an Kestrel beteiligt, hat seine Anteile 2025 vollständig abgeschrieben."
    doc = RelationExtractor()(make_doc(text, ["Brixo", "Kestrel"], language="de"))
    assert {(r.type, r.source, r.target): r.status for r in doc.relations}[("invests_in", "Brixo", "Kestrel")] == "ended"


def test_the_write_off_of_shares_in_another_company_leaves_the_stake():
    text = "Brixo ist mit 20 Prozent an Kestrel beteiligt und hat seine Anteile an Dalmo vollständig abgeschrieben."
    doc = RelationExtractor()(make_doc(text, ["Brixo", "Kestrel", "Dalmo"], language="de"))
    got = {(r.type, r.source, r.target): r.status for r in doc.relations}
    assert got.get(("invests_in", "Brixo", "Kestrel")) == "active"
    text = "Brixo war mit 20 Prozent an Kestrel beteiligt und hat seine Anteile an Kestrel vollständig abgeschrieben."
    doc = RelationExtractor()(make_doc(text, ["Brixo", "Kestrel"], language="de"))
    got = {(r.type, r.source, r.target): r.status for r in doc.relations}
    assert got.get(("invests_in", "Brixo", "Kestrel")) == "ended"
