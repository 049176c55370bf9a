"""How German business news states each relation, status and plant, on sentences written for this
file with made-up companies (none of them in the gazetteer), run through the default pipeline:
verb-final subordinate clauses, separable verbs, participle attributes, compounds of a role and a
name, genitive chains, reports ("Kreisen zufolge", "laut Handelsblatt"), denials, talks, orders,
stakes and plants. The entity stage has to find the names by itself here, as on a new page.

A case lists the relations it must give, compared by family (supply, partnership, ownership), by
direction where the family has one, and by status where one is given; a case with none listed must
give no relation at all. Cases the extractor does not read yet are listed in ``UNREAD`` and expected
to fail (strictly: one that starts to pass must be moved out)."""

from __future__ import annotations

import pytest

from tierscope.doc import FAMILIES as _FAMILY
from tierscope.eval.match import Matcher

_MATCH = Matcher()


@pytest.fixture(scope="module")
def run(read_page):
    return lambda text: read_page(text, "de")


def _key(typ: str, src: str, tgt: str) -> tuple:
    fam = _FAMILY[typ]
    s, t = _MATCH.key(src), _MATCH.key(tgt)
    return (fam, *sorted((s, t))) if fam == "partnership" else (fam, s, t)


# (name, text, [(type, source, target, status or None)], [(owner, place)] plants or None)
CASES = [
    # --- supply: verb-final clauses, separable verbs, participles, compounds, genitives -------------
    ("verb_final_dass", "Die Mornau AG teilte am Dienstag mit, dass die Kelvar Batteriesysteme GmbH künftig "
     "Batteriezellen an sie liefern soll.", [("supplies", "Kelvar Batteriesysteme GmbH", "Mornau AG", "announced")], None),
    ("verb_final_wie", "Wie die Trelix GmbH am Montag mitteilte, wird sie ab 2026 Kathodenmaterial an die Mornau AG liefern.",
     [("supplies", "Trelix GmbH", "Mornau AG", "announced")], None),
    ("verb_final_plant_recipient", "Der Autobauer Wendix hat angekündigt, dass Kelvar Batteriesysteme künftig Zellen "
     "an sein Werk in Zwickau liefern soll.", [("supplies", "Kelvar Batteriesysteme", "Wendix", "announced")], None),
    ("zur_verfuegung", "Die Trelix GmbH stellt der Mornau AG ab dem kommenden Jahr Leistungshalbleiter zur Verfügung.",
     [("supplies", "Trelix GmbH", "Mornau AG", "announced")], None),
    ("greift_zurueck", "Der Autobauer Wendix greift bei den Batteriezellen auf Kelvar Batteriesysteme zurück.",
     [("supplies", "Kelvar Batteriesysteme", "Wendix", "active")], None),
    ("setzt_auf", "Der Sportwagenhersteller Quorra Motors setzt bei den Batterien auf die Drevin Zellwerk GmbH.",
     [("supplies", "Drevin Zellwerk GmbH", "Quorra Motors", "active")], None),
    ("participle_attribute", "Die von Kelvar Batteriesysteme gelieferten Zellen kommen im neuen Modell des Autobauers "
     "Wendix zum Einsatz.", [("supplies", "Kelvar Batteriesysteme", "Wendix", "active")], None),
    ("role_compound_subject", "Der Batteriezulieferer Lunvik beliefert seit 2022 den Autobauer Altberg Fahrzeugbau.",
     [("supplies", "Lunvik", "Altberg Fahrzeugbau", "active")], None),
    ("name_zulieferer_compound", "Der Wendix-Zulieferer Feldhain Elektronik meldete am Mittwoch einen Umsatzrückgang.",
     [("supplies", "Feldhain Elektronik", "Wendix", "active")], None),
    ("genitive_maker", "Zellen des Herstellers Drevin Zellwerk stecken künftig in den Elektroautos von Quorra Motors.",
     [("supplies", "Drevin Zellwerk", "Quorra Motors", "announced")], None),
    ("zuschlag", "Feldhain Elektronik hat den Zuschlag für die Lieferung von Steuergeräten an Altberg Fahrzeugbau erhalten.",
     [("supplies", "Feldhain Elektronik", "Altberg Fahrzeugbau", "announced")], None),
    ("auftrag_im_wert", "Rastal Antriebe hat von der Mornau AG einen Auftrag im Wert von 300 Millionen Euro für "
     "Elektromotoren erhalten.", [("supplies", "Rastal Antriebe", "Mornau AG", "announced")], None),
    ("bezieht_kuenftig", "Die Mornau AG bezieht ihre Batteriezellen künftig von Kelvar Batteriesysteme.",
     [("supplies", "Kelvar Batteriesysteme", "Mornau AG", "announced")], None),
    ("liefervertrag", "Kelvar Batteriesysteme und die Mornau AG haben einen Liefervertrag über Batteriezellen unterzeichnet.",
     [("supplies", "Kelvar Batteriesysteme", "Mornau AG", "announced")], None),
    ("branchenkreise", "Nordquell Lithium soll ab 2026 Lithiumhydroxid an Kelvar Batteriesysteme liefern, wie aus "
     "Branchenkreisen verlautete.", [("supplies", "Nordquell Lithium", "Kelvar Batteriesysteme", "rumoured")], None),
    ("kreisen_zufolge", "Kreisen zufolge soll die Drevin Zellwerk GmbH künftig Zellen an Quorra Motors liefern.",
     [("supplies", "Drevin Zellwerk GmbH", "Quorra Motors", "rumoured")], None),
    ("laut_verhandelt", "Laut Handelsblatt verhandelt der Autobauer Wendix mit Kelvar Batteriesysteme über die Lieferung "
     "von Batteriezellen.", [("supplies", "Kelvar Batteriesysteme", "Wendix", "in_talks")], None),
    ("dementierte_wonach", "Kelvar Batteriesysteme dementierte einen Bericht, wonach das Unternehmen Zellen an Quorra "
     "Motors liefern soll.", [("supplies", "Kelvar Batteriesysteme", "Quorra Motors", "denied")], None),
    ("zusammenarbeit_beendet", "Die Mornau AG hat die Zusammenarbeit mit dem Zulieferer Rastal Antriebe beendet.",
     [("supplies", "Rastal Antriebe", "Mornau AG", "ended")], None),
    ("keine_mehr", "Seit Jahresbeginn liefert die Trelix GmbH keine Chips mehr an Altberg Fahrzeugbau.",
     [("supplies", "Trelix GmbH", "Altberg Fahrzeugbau", "ended")], None),
    ("bestellt_bei", "Der Autobauer Wendix bestellt bei Feldhain Elektronik Steuergeräte für 200 Millionen Euro.",
     [("supplies", "Feldhain Elektronik", "Wendix", None)], None),
    ("hat_bestellt", "Altberg Fahrzeugbau hat bei Kelvar Batteriesysteme Batteriezellen im Wert von einer Milliarde "
     "Euro bestellt.", [("supplies", "Kelvar Batteriesysteme", "Altberg Fahrzeugbau", None)], None),
    ("stammen_von", "Die Zellen für den neuen Kleinwagen von Wendix stammen von der Drevin Zellwerk GmbH.",
     [("supplies", "Drevin Zellwerk GmbH", "Wendix", "active")], None),
    ("object_first", "Das Kathodenmaterial für die Zellen liefert die Ostwerk Kathoden GmbH an Kelvar Batteriesysteme.",
     [("supplies", "Ostwerk Kathoden GmbH", "Kelvar Batteriesysteme", "active")], None),
    ("als_zellpartner", "Als Zellpartner hat Quorra Motors den Hersteller Drevin Zellwerk ausgewählt.",
     [("supplies", "Drevin Zellwerk", "Quorra Motors", "announced")], None),
    ("wichtigster_kunde", "Wichtigster Kunde von Feldhain Elektronik ist der Autobauer Altberg Fahrzeugbau.",
     [("supplies", "Feldhain Elektronik", "Altberg Fahrzeugbau", "active")], None),
    ("zu_den_kunden", "Zu den Kunden von Rastal Antriebe zählen die Mornau AG und Quorra Motors.",
     [("supplies", "Rastal Antriebe", "Mornau AG", "active"), ("supplies", "Rastal Antriebe", "Quorra Motors", "active")], None),
    ("wird_beliefern", "Kelvar Batteriesysteme wird die Mornau AG mit Zellen beliefern.",
     [("supplies", "Kelvar Batteriesysteme", "Mornau AG", "announced")], None),
    ("aus_dem_werk_von", "Ab 2028 sollen die Batterien für Altberg Fahrzeugbau aus dem Werk von Drevin Zellwerk in "
     "Erfurt kommen.", [("supplies", "Drevin Zellwerk", "Altberg Fahrzeugbau", "announced")], None),
    ("rahmenvertrag", "Sarpa Mobility hat mit der Trelix GmbH einen Rahmenvertrag über die Lieferung von "
     "Siliziumkarbid-Chips geschlossen.", [("supplies", "Trelix GmbH", "Sarpa Mobility", "announced")], None),
    ("lieferant_von", "Die Ostwerk Kathoden GmbH ist seit Jahren Lieferant von Kelvar Batteriesysteme.",
     [("supplies", "Ostwerk Kathoden GmbH", "Kelvar Batteriesysteme", "active")], None),
    ("tochter_liefert_via_pronoun", "Die Trelix GmbH hat ein neues Werk eröffnet. Von dort liefert sie Chips an Quorra Motors.",
     [("supplies", "Trelix GmbH", "Quorra Motors", "active")], None),

    # --- partnership and joint ventures -------------------------------------------------------------
    ("wollen_zusammenarbeiten", "Die Mornau AG und die Zolten AG wollen bei der Entwicklung von Feststoffbatterien "
     "zusammenarbeiten.", [("partners_with", "Mornau AG", "Zolten AG", "announced")], None),
    ("kooperiert_seit", "Die Mornau AG kooperiert seit Jahren mit der Zolten AG bei Ladesäulen.",
     [("partners_with", "Mornau AG", "Zolten AG", "active")], None),
    ("partnerschaft_geschlossen", "Der Autobauer Wendix und Sarpa Mobility haben eine strategische Partnerschaft geschlossen.",
     [("partners_with", "Wendix", "Sarpa Mobility", "announced")], None),
    ("gespraeche_ueber", "Laut einem Bericht des Handelsblatts führen Wendix und die Zolten AG Gespräche über eine "
     "Kooperation bei Software.", [("partners_with", "Wendix", "Zolten AG", "in_talks")], None),
    ("partnerschaft_dementiert", "Die Zolten AG hat Berichte über eine Partnerschaft mit Sarpa Mobility dementiert.",
     [("partners_with", "Zolten AG", "Sarpa Mobility", "denied")], None),
    ("kooperation_beendet", "Die Kooperation zwischen Wendix und Sarpa Mobility ist beendet.",
     [("partners_with", "Wendix", "Sarpa Mobility", "ended")], None),
    ("gruenden_gemeinschaftsunternehmen", "Quorra Motors und die Harrant SE gründen ein Gemeinschaftsunternehmen für "
     "Batteriezellen.", [("joint_venture", "Quorra Motors", "Harrant SE", "announced")], None),
    ("gemeinschaftsunternehmen_von", "Das Gemeinschaftsunternehmen von Mornau AG und Kelvar Batteriesysteme soll ab "
     "2027 in Salzgitter Zellen fertigen.", [("joint_venture", "Mornau AG", "Kelvar Batteriesysteme", None)], None),
    ("verstaendigt_gruendung", "Die Harrant SE und die Cavaro Chemie GmbH haben sich auf die Gründung eines Joint "
     "Ventures verständigt.", [("joint_venture", "Harrant SE", "Cavaro Chemie GmbH", "announced")], None),
    ("verhandeln_jv", "Kreisen zufolge verhandeln Wendix und die Harrant SE über ein Joint Venture in China.",
     [("joint_venture", "Wendix", "Harrant SE", "in_talks")], None),
    ("jv_aufgeloest", "Das Joint Venture von Quorra Motors und der Harrant SE wurde aufgelöst.",
     [("joint_venture", "Quorra Motors", "Harrant SE", "ended")], None),
    ("mit_partner_entwickeln", "Gemeinsam mit der Zolten AG entwickelt die Mornau AG eine neue Ladetechnik.",
     [("partners_with", "Mornau AG", "Zolten AG", "active")], None),

    # --- ownership -----------------------------------------------------------------------------------
    ("uebernimmt_mehrheit", "Die Perimo Holding übernimmt die Mehrheit an der Trelix GmbH.",
     [("acquires", "Perimo Holding", "Trelix GmbH", "announced")], None),
    ("uebernimmt_zulieferer", "Die Mornau AG übernimmt den Batteriezulieferer Lunvik für 500 Millionen Euro.",
     [("acquires", "Mornau AG", "Lunvik", "announced")], None),
    ("uebernommene_zulieferer", "Der von der Mornau AG übernommene Zulieferer Rastal Antriebe baut 300 Stellen ab.",
     [("acquires", "Mornau AG", "Rastal Antriebe", None)], None),
    ("beteiligung_prozent", "Die Perimo Holding erwirbt eine Beteiligung von 20 Prozent an Nordquell Lithium.",
     [("invests_in", "Perimo Holding", "Nordquell Lithium", "announced")], None),
    ("haelt_prozent", "Die Zolten AG hält 25 Prozent an Kelvar Batteriesysteme.",
     [("invests_in", "Zolten AG", "Kelvar Batteriesysteme", "active")], None),
    ("name_tochter_compound", "Die Wendix-Tochter Sarpa Mobility eröffnet ein Büro in Berlin.",
     [("owns", "Wendix", "Sarpa Mobility", "active")], None),
    ("eine_tochter_von", "Sarpa Mobility, eine Tochter des Autobauers Wendix, hat einen neuen Chef.",
     [("owns", "Wendix", "Sarpa Mobility", "active")], None),
    ("erwaegt_uebernahme", "Laut Handelsblatt erwägt die Perimo Holding eine Übernahme der Cavaro Chemie GmbH.",
     [("acquires", "Perimo Holding", "Cavaro Chemie GmbH", "rumoured")], None),
    ("gespraeche_kauf", "Die Perimo Holding führt Gespräche über den Kauf der Cavaro Chemie GmbH.",
     [("acquires", "Perimo Holding", "Cavaro Chemie GmbH", "in_talks")], None),
    ("dementierte_uebernahme", "Die Cavaro Chemie GmbH dementierte Berichte, wonach die Perimo Holding das Unternehmen "
     "übernehmen wolle.", [("acquires", "Perimo Holding", "Cavaro Chemie GmbH", "denied")], None),
    ("beteiligung_verkauft", "Die Perimo Holding hat ihre Beteiligung an Nordquell Lithium verkauft.",
     [("invests_in", "Perimo Holding", "Nordquell Lithium", "ended")], None),
    ("uebernahme_abgeschlossen", "Die Übernahme von Rastal Antriebe durch die Mornau AG ist abgeschlossen.",
     [("acquires", "Mornau AG", "Rastal Antriebe", None)], None),
    ("steigt_ein", "Die Zolten AG steigt mit 30 Prozent bei der Drevin Zellwerk GmbH ein.",
     [("invests_in", "Zolten AG", "Drevin Zellwerk GmbH", "announced")], None),
    ("groesster_anteilseigner", "Größter Anteilseigner von Lunvik ist die Perimo Holding mit 40 Prozent.",
     [("invests_in", "Perimo Holding", "Lunvik", "active")], None),
    ("restliche_anteile", "Die Mornau AG will die restlichen Anteile an der Zolten AG übernehmen.",
     [("acquires", "Mornau AG", "Zolten AG", "announced")], None),
    ("startup_mehrheit", "Der Autobauer Wendix hat die Mehrheit an dem Start-up Sarpa Mobility übernommen.",
     [("acquires", "Wendix", "Sarpa Mobility", None)], None),

    # --- plants --------------------------------------------------------------------------------------
    ("baut_zellfabrik", "Kelvar Batteriesysteme baut in Erfurt eine Zellfabrik.", [], [("Kelvar Batteriesysteme", "Erfurt")]),
    ("werk_kapazitaet", "Die Drevin Zellwerk GmbH plant ein Werk in Zwickau mit einer Kapazität von 40 GWh.", [],
     [("Drevin Zellwerk GmbH", "Zwickau")]),
    ("eroeffnet_batteriewerk", "Die Mornau AG eröffnet in Chemnitz ein neues Batteriewerk.", [], [("Mornau AG", "Chemnitz")]),
    ("im_werk_von", "Im Werk von Kelvar Batteriesysteme in Salzgitter sollen ab 2026 Zellen für die Mornau AG vom "
     "Band laufen.", [("supplies", "Kelvar Batteriesysteme", "Mornau AG", "announced")], [("Kelvar Batteriesysteme", "Salzgitter")]),

    # --- no relation ---------------------------------------------------------------------------------
    ("rivals", "Wendix und Quorra Motors sind die größten Konkurrenten auf dem chinesischen Markt.", [], None),
    ("share_prices", "Die Aktie der Mornau AG stieg um drei Prozent, während die Zolten AG verlor.", [], None),
    ("unlike", "Anders als Wendix setzt Quorra Motors nicht auf Zellen aus China.", [], None),
    ("manager_moves", "Der frühere Wendix-Manager Jens Albrecht wechselt zu Sarpa Mobility.", [], None),
]

# cases the extractor does not read yet: 39 of the 68 were read when this file was written, 49 now
UNREAD: set[str] = {
    "name_tochter_compound",
    "verb_final_dass",
    "verb_final_plant_recipient",
    "zur_verfuegung",
    "participle_attribute",
    "name_zulieferer_compound",
    "genitive_maker",
    "auftrag_im_wert",
    "liefervertrag",
    "laut_verhandelt",
    "zusammenarbeit_beendet",
    "als_zellpartner",
    "aus_dem_werk_von",
    "rahmenvertrag",
    "tochter_liefert_via_pronoun",
    "gespraeche_ueber",
    "verhandeln_jv",
    "dementierte_uebernahme",
    "im_werk_von",
}


def _reads(doc, expected, plants) -> bool:
    found = {}
    for r in doc.relations:
        found.setdefault(_key(r.type, r.source, r.target), set()).add(r.status)
    want = {_key(t, s, d): st for t, s, d, st in expected}
    if set(found) != set(want):
        return False
    if any(st is not None and st not in found[k] for k, st in want.items()):
        return False
    for owner, place in plants or ():
        if not any(f.owner and _MATCH.key(f.owner) == _MATCH.key(owner) and f.location and place in f.location
                   for f in doc.facilities):
            return False
    return True


@pytest.mark.parametrize("name,text,expected,plants", [
    pytest.param(*c, id=c[0], marks=[pytest.mark.xfail(strict=True)] if c[0] in UNREAD else []) for c in CASES])
def test_german_news_shapes(run, name, text, expected, plants):
    doc = run(text)
    got = [(r.type, r.source, r.target, r.status) for r in doc.relations]
    assert _reads(doc, expected, plants), (got, [(f.owner, f.location) for f in doc.facilities])
