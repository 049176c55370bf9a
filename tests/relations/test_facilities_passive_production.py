"""A plant stated by production in the passive, with no plant noun: goods made in a town are made at
a plant there. The agent owns it ("made by Kornex in Ashby"); with no company in the sentence, the
company the sentence before speaks of. Not a participle with no auxiliary ("the vans built in
Ashby": whose vans?), not a relative clause, not where a company is named but not as the maker, not
a country."""

from __future__ import annotations

import pytest

from .helpers import facs


@pytest.mark.parametrize("lang,text", [
    ("en", "Kornex has won a large order for heat pumps. The units are assembled in Ashby."),
    ("de", "Kornex hat einen Großauftrag für Wärmepumpen erhalten. Montiert werden die Geräte in Ashby."),
    ("de", "Kornex hat einen Großauftrag für Wärmepumpen erhalten. Die Geräte sollen ab Mai in Ashby hergestellt werden."),
    ("fr", "Kornex a décroché une grosse commande de pompes à chaleur. Les appareils seront assemblés à Ashby."),
    ("it", "Kornex ha vinto una grossa commessa di pompe di calore. Gli apparecchi verranno fabbricati a Ashby."),
    ("es", "Kornex ha ganado un gran pedido de bombas de calor. Los equipos se fabricarán en Ashby."),
])
def test_goods_made_in_a_town_after_the_company(lang, text):
    fs = facs(text, ["Kornex"], lang, places=["Ashby"])
    assert [(f.owner, f.location) for f in fs] == [("Kornex", "Ashby")]


@pytest.mark.parametrize("lang,text", [
    ("en", "The heat pumps will be manufactured by Kornex in Ashby for Brelix."),
    ("de", "Die Wärmepumpen für Brelix werden von Kornex in Ashby gefertigt."),
    ("fr", "Les pompes à chaleur de Brelix seront produites par Kornex à Ashby."),
    ("it", "Le pompe di calore per Brelix saranno assemblate da Kornex ad Ashby."),
    ("es", "Las bombas de calor de Brelix serán ensambladas por Kornex en Ashby."),
])
def test_the_agent_owns_the_plant(lang, text):
    fs = facs(text, ["Kornex", "Brelix"], lang, places=["Ashby"])
    assert [(f.owner, f.location) for f in fs] == [("Kornex", "Ashby")]


@pytest.mark.parametrize("lang,text,places", [
    ("en", "Kornex has won a large order for heat pumps. They go into the vans built in Ashby.", ["Ashby"]),
    ("en", "Kornex has won a large order for heat pumps. The units are assembled in Poland.", ["Poland"]),
    ("de", "Kornex hat einen Großauftrag erhalten. Die Pumpen sind für Transporter bestimmt, die in Ashby gebaut werden.", ["Ashby"]),
    ("fr", "Kornex a décroché une grosse commande. Les pompes équiperont les fourgons assemblés à Ashby.", ["Ashby"]),
    ("it", "Kornex ha vinto una grossa commessa. Le pompe finiranno sui furgoni che sono assemblati a Ashby.", ["Ashby"]),
    ("es", "Kornex ha ganado un gran pedido. Las bombas irán en las furgonetas que se ensamblan en Ashby.", ["Ashby"]),
])
def test_no_plant_for_goods_of_unsaid_makers(lang, text, places):
    assert facs(text, ["Kornex"], lang, places=places) == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Brelix has signed a large supply deal; the heat pumps are assembled in Ashby."),
    ("de", "Brelix hat einen Vertrag über Wärmepumpen unterschrieben; montiert werden sie in Ashby."),
    ("it", "Brelix ha firmato per pompe di calore. Per Brelix saranno assemblate a Ashby."),
])
def test_a_company_named_but_not_as_the_maker(lang, text):
    assert facs(text, ["Brelix"], lang, places=["Ashby"]) == []


@pytest.mark.parametrize("lang,text", [
    # (the sentence before names the story's company and another, its supplier: whose plant, unsaid)
    ("en", "Brelix signed a supply deal with Kornex for heat pumps. The units will be assembled in Ashby."),
    ("de", "Brelix hat mit Kornex einen Liefervertrag für Wärmepumpen unterzeichnet. Gefertigt werden die Geräte in Ashby."),
    ("fr", "Brelix a signé avec Kornex un contrat pour des pompes à chaleur. Les appareils seront assemblés à Ashby."),
    ("it", "Brelix ha firmato con Kornex un contratto per pompe di calore. Gli apparecchi verranno fabbricati a Ashby."),
    ("es", "Brelix ha firmado con Kornex un contrato de bombas de calor. Los equipos se fabricarán en Ashby."),
])
def test_no_owner_from_a_story_of_two_companies(lang, text):
    fs = facs(text, ["Kornex", "Brelix"], lang, places=["Ashby"])
    assert ("Brelix", "Ashby") not in [(f.owner, f.location) for f in fs]


def _with_supply(text, companies, lang, places, seller, buyer, status="announced"):
    """The facilities of ``text`` given one relation `seller` supplies `buyer`, stated in its first sentence."""
    from tierscope.doc import Evidence, Relation
    from tierscope.relations import FacilityExtractor

    from .helpers import make_doc

    doc = make_doc(text, companies, language=lang, places=places)
    s = doc.sentences[0]
    doc.relations = [Relation("supplies", seller, buyer, status, Evidence(text[s.start : s.end], s.start, s.end))]
    return FacilityExtractor()(doc).facilities


@pytest.mark.parametrize("lang,text", [
    # the context owner buys the goods the story speaks of: the plant that makes them is the seller's
    ("en", "Kornex will deliver axles to Brelix from 2028. Brelix will fit them to its new vans. The axles will be made in Ashby."),
    ("de", "Kornex liefert ab 2028 Achsen an Brelix. Brelix baut sie in seine neuen Transporter ein. Gefertigt werden die Achsen in Ashby."),
    ("fr", "Kornex livrera des essieux à Brelix dès 2028. Brelix les montera sur ses nouveaux fourgons. Les essieux seront fabriqués à Ashby."),
    ("it", "Kornex fornirà assali a Brelix dal 2028. Brelix li monterà sui suoi nuovi furgoni. Gli assali saranno prodotti a Ashby."),
    ("es", "Kornex suministrará ejes a Brelix desde 2028. Brelix los montará en sus nuevas furgonetas. Los ejes se fabricarán en Ashby."),
])
def test_goods_the_story_company_buys_are_made_at_the_sellers_plant(lang, text):
    fs = _with_supply(text, ["Brelix", "Kornex"], lang, ["Ashby"], "Kornex", "Brelix")
    assert [(f.owner, f.location) for f in fs if f.location == "Ashby"] == [("Kornex", "Ashby")]


def test_goods_bought_from_two_sellers_give_no_plant():
    from tierscope.doc import Evidence, Relation
    from tierscope.relations import FacilityExtractor

    from .helpers import make_doc

    text = "Kornex and Norvane will deliver axles to Brelix. Brelix will fit them to its new vans. The axles will be made in Ashby."
    doc = make_doc(text, ["Brelix", "Kornex", "Norvane"], places=["Ashby"])
    ev = Evidence(text[: doc.sentences[0].end], 0, doc.sentences[0].end)
    doc.relations = [Relation("supplies", "Norvane", "Brelix", "announced", ev), Relation("supplies", "Kornex", "Brelix", "announced", ev)]
    assert "Ashby" not in [f.location for f in FacilityExtractor()(doc).facilities]


@pytest.mark.parametrize("lang,text", [
    # a bare participle with an agent describes goods in passing: no plant stated
    ("en", "Brelix sells the Vanta, produced by Kornex in Ashby, across Europe."),
    ("fr", "Brelix vend la Vanta, produite par Kornex à Ashby, dans toute l'Europe."),
    ("it", "Brelix vende la Vanta, prodotta da Kornex a Ashby, in tutta Europa."),
    ("es", "Brelix vende la Vanta, fabricada por Kornex en Ashby, en toda Europa."),
])
def test_a_bare_participle_with_an_agent_states_no_plant(lang, text):
    fs = facs(text, ["Kornex", "Brelix"], lang, places=["Ashby"])
    assert "Ashby" not in [f.location for f in fs]
