"""Partnerships and joint ventures: how news in five languages names the partners, on sentences
written for these tests with made-up companies (positive rows and near misses that must not link)."""

from __future__ import annotations

import pytest

from .helpers import rels, triples


def _t(sentence, companies, lang, **kw):
    return [(t, s, d, st) for t, s, d, st, _ in triples(rels(sentence, companies, language=lang, **kw))]


def _family(sentence, companies, lang, **kw):
    return [x for x in _t(sentence, companies, lang, **kw) if x[0] in ("joint_venture", "partners_with")]


# --- a conjunction may carry a description of the next partner --------------------------------------

@pytest.mark.parametrize("lang,sentence", [
    ("en", "Norvik and the Finnish cell maker Tessaro have signed an agreement to form a joint venture."),
    ("en", "Norvik and Finland's Tessaro have signed an agreement to form a joint venture."),
    ("it", "Norvik e la finlandese Tessaro hanno firmato un accordo per costituire una joint venture."),
    ("de", "Norvik und der finnische Zellhersteller Tessaro gründen ein Gemeinschaftsunternehmen."),
    ("fr", "Norvik et le finlandais Tessaro ont signé un accord pour créer une coentreprise."),
    ("es", "Norvik y la finlandesa Tessaro acordaron crear una empresa conjunta."),
])
def test_described_second_partner(lang, sentence):
    assert _family(sentence, ["Norvik", "Tessaro"], lang) == [("joint_venture", "Norvik", "Tessaro", "announced")]


@pytest.mark.parametrize("lang,sentence", [
    # the words after the article do not end in a kind of company or a nationality
    ("en", "Norvik and the banks that lend to Tessaro signed an agreement."),
    ("it", "Norvik e le banche che finanziano Tessaro hanno firmato un accordo."),
    ("es", "Norvik y los bancos que financian a Tessaro firmaron un acuerdo."),
])
def test_description_must_name_a_company_kind(lang, sentence):
    assert _family(sentence, ["Norvik", "Tessaro"], lang) == []


@pytest.mark.parametrize("lang,sentence", [
    ("en", "Vostra supplies Norvik and the Finnish automaker Tessaro with modules, the contract runs until 2030."),
    ("de", "Vostra beliefert Norvik und die Schwesterfirma Tessaro mit Modulen, der Vertrag läuft bis 2030."),
])
def test_weak_deal_noun_needs_its_pair_as_subject(lang, sentence):
    # a supplier's two customers are not partners because a contract is named after a comma
    assert _family(sentence, ["Vostra", "Norvik", "Tessaro"], lang) == []


# --- a venture named in apposition: its parents are the list after the noun, pairwise -----------------

PARENTS = ["Corvalis", "Norvik", "Tessaro", "Hollin Motors"]


@pytest.mark.parametrize("lang,sentence", [
    ("en", "Corvalis, the joint venture between Norvik, Tessaro and Hollin Motors, opened its second plant."),
    ("it", "Corvalis, la joint venture tra Norvik, Tessaro e Hollin Motors, ha aperto il secondo stabilimento."),
    ("de", "Corvalis, das Gemeinschaftsunternehmen von Norvik, Tessaro und Hollin Motors, eröffnet sein zweites Werk."),
    ("fr", "Corvalis est une coentreprise de Norvik, de Tessaro et de Hollin Motors."),
    ("es", "Corvalis, la empresa conjunta de Norvik, Tessaro y Hollin Motors, abrió su segunda planta."),
])
def test_named_venture_parents_pairwise(lang, sentence):
    assert _family(sentence, PARENTS, lang) == [
        ("joint_venture", "Hollin Motors", "Norvik", "active"), ("joint_venture", "Hollin Motors", "Tessaro", "active"),
        ("joint_venture", "Norvik", "Tessaro", "active")]


@pytest.mark.parametrize("lang,sentence", [
    ("en", "Corvalis was set up in 2019 as a joint venture of Norvik and Tessaro."),
    ("de", "Corvalis wurde 2019 als Gemeinschaftsunternehmen von Norvik und Tessaro gegründet."),
    ("fr", "Corvalis (CVS) est une coentreprise de Norvik (NVK) et de Tessaro."),
])
def test_named_venture_other_wordings(lang, sentence):
    companies = {"Corvalis": "Corvalis", "CVS": "Corvalis", "Norvik": "Norvik", "NVK": "Norvik", "Tessaro": "Tessaro"}
    assert _family(sentence, companies, lang) == [("joint_venture", "Norvik", "Tessaro", "active")]


def test_named_venture_keeps_active_when_the_sentence_denies_something_else():
    sentence = "Corvalis, la joint venture tra Norvik e Tessaro, ha smentito le indiscrezioni su un nuovo impianto."
    assert _family(sentence, PARENTS, "it") == [("joint_venture", "Norvik", "Tessaro", "active")]


@pytest.mark.parametrize("lang,sentence", [
    # one parent named: the venture is no partner of its parent, and the other parent is unknown
    ("en", "Corvalis, a joint venture with Tessaro, opened a plant in Ohio."),
    ("it", "Corvalis, una joint venture con Tessaro, ha aperto un impianto in Ohio."),
    # the companies after the noun are customers, not parents
    ("en", "Corvalis, a joint venture to supply Norvik and Tessaro, opened a plant in Ohio."),
])
def test_named_venture_is_not_a_parent(lang, sentence):
    assert _family(sentence, PARENTS, lang) == []


# --- joint ownership: "jointly owned by A and B", "A and B each hold 50%" ------------------------------

@pytest.mark.parametrize("lang,sentence", [
    ("en", "The cells come from Corvalis, the cell maker jointly owned by Norvik and Tessaro."),
    ("it", "Le celle arrivano da Corvalis, la società detenuta pariteticamente da Norvik e Tessaro."),
    ("de", "Die Zellen kommen von Corvalis, der gemeinsamen Tochter von Norvik und Tessaro."),
    ("fr", "Les cellules viennent de Corvalis, détenue à parts égales par Norvik et Tessaro."),
    ("es", "Las celdas llegan de Corvalis, participada a partes iguales por Norvik y Tessaro."),
    ("en", "Corvalis, in which Norvik and Tessaro each hold 50%, makes cells."),
    ("it", "Corvalis, di cui Norvik e Tessaro detengono ciascuno il 50%, produce celle."),
    ("de", "Corvalis, an dem Norvik und Tessaro jeweils 50 Prozent halten, fertigt Zellen."),
    ("fr", "Corvalis, dont Norvik et Tessaro détiennent chacun 50 %, fabrique des cellules."),
    ("es", "Corvalis, en la que Norvik y Tessaro tienen cada uno el 50%, fabrica celdas."),
])
def test_joint_owners_are_venture_parents(lang, sentence):
    got = _t(sentence, ["Corvalis", "Norvik", "Tessaro"], lang)
    assert ("joint_venture", "Norvik", "Tessaro", "active") in got
    assert not [x for x in got if "Corvalis" in x[1:3] and x[0] in ("joint_venture", "owns", "partners_with")]


@pytest.mark.parametrize("lang,sentence", [
    ("en", "Corvalis, in which Norvik and Tessaro each hold 10%, makes cells."),
    ("en", "Corvalis is jointly owned by Norvik and a group of pension funds."),
    ("de", "Norvik und Tessaro steigerten ihren Absatz jeweils um 50 Prozent."),
])
def test_no_venture_from_small_stakes_or_one_named_owner(lang, sentence):
    assert _family(sentence, ["Corvalis", "Norvik", "Tessaro"], lang) == []


# --- the venture's own name after the noun is no partner ----------------------------------------------

@pytest.mark.parametrize("lang,sentence", [
    ("en", "Norvik has set up with Tessaro the joint venture Corvalis."),
    ("it", "Norvik ha costituito con la finlandese Tessaro la joint venture paritetica Corvalis."),
    ("de", "Norvik gründet mit Tessaro das neue Gemeinschaftsunternehmen Corvalis."),
    ("fr", "Norvik a créé avec Tessaro la coentreprise paritaire Corvalis."),
    ("es", "Norvik ha creado con Tessaro la empresa conjunta paritaria Corvalis."),
])
def test_venture_name_after_the_noun(lang, sentence):
    # a venture founded now (present tense) is announced, one that has been formed is active
    status = "announced" if lang == "de" else "active"
    assert _family(sentence, PARENTS, lang) == [("joint_venture", "Norvik", "Tessaro", status)]


# --- a partnership that says no joint company is formed -----------------------------------------------

@pytest.mark.parametrize("lang,sentence", [
    ("en", "Norvik and Tessaro signed a technology partnership without forming a joint venture."),
    ("it", "Norvik e Tessaro hanno firmato un accordo di collaborazione, senza creare una società comune."),
    ("de", "Norvik und Tessaro vereinbaren eine Kooperation, ohne ein Gemeinschaftsunternehmen zu gründen."),
    ("fr", "Norvik et Tessaro ont signé un partenariat, sans créer de coentreprise."),
    ("es", "Norvik y Tessaro firmaron una alianza, sin crear una sociedad conjunta."),
])
def test_no_joint_company_is_a_partnership(lang, sentence):
    assert _family(sentence, PARENTS, lang) == [("partners_with", "Norvik", "Tessaro", "announced")]


@pytest.mark.parametrize("lang,sentence", [
    ("es", "Norvik ha cerrado alianzas con Tessaro y con Hollin Motors para reciclar baterías."),
    ("it", "Norvik ha stretto alleanze con Tessaro e con Hollin Motors."),
])
def test_plural_nouns_and_a_repeated_with(lang, sentence):
    got = {(t, a, b) for t, a, b, _ in _family(sentence, PARENTS, lang)}
    assert got == {("partners_with", "Norvik", "Tessaro"), ("partners_with", "Hollin Motors", "Norvik")}


# --- "working together", a partner fronted before the subject -----------------------------------------

@pytest.mark.parametrize("lang,sentence", [
    ("en", "Norvik and Tessaro have worked together since 2019 on recycling."),
    ("it", "Norvik e Tessaro lavorano insieme dal 2019 al riciclo delle batterie."),
    ("fr", "Norvik et Tessaro travaillent ensemble depuis 2019 sur le recyclage."),
    ("es", "Norvik y Tessaro trabajan juntos desde 2019 en el reciclaje."),
    ("it", "Con Tessaro, invece, Norvik porta avanti da anni una collaborazione sulle celle."),
    ("en", "With Tessaro, Norvik has a long-standing collaboration on cells."),
])
def test_working_together_and_fronted_partner(lang, sentence):
    assert _family(sentence, PARENTS, lang) == [("partners_with", "Norvik", "Tessaro", "active")]


@pytest.mark.parametrize("lang,sentence,expected", [
    # the pair working together must be the subject
    ("en", "Norvik supplies Tessaro, and the engineers work together on a new cell.", []),
    # a company named in a fronted phrase that is not "with X," is no partner
    ("en", "With Tessaro's help, Norvik launched a partnership with Hollin Motors.",
     [("partners_with", "Hollin Motors", "Norvik", "announced")]),
    # a weak deal noun far from a partner named in an earlier clause
    ("es", "Norvik mantiene su contrato con Tessaro, que le compra litio desde 2025 para sus baterías, en el marco del acuerdo firmado en 2022.", []),
])
def test_partners_must_stand_in_the_clause(lang, sentence, expected):
    assert _family(sentence, PARENTS, lang) == expected


# --- "the two companies" stands for the pair named before ----------------------------------------------

@pytest.mark.parametrize("lang,sentence", [
    ("es", "Norvik y Tessaro han firmado el acuerdo para crear Corvalis, una empresa conjunta participada al 50% por ambas compañías."),
    ("it", "Norvik e Tessaro hanno posato ieri la prima pietra della fabbrica di celle al litio-ferro-fosfato di Valdora, alle porte "
           "della città, nel distretto industriale, che i due gruppi realizzano attraverso una joint venture paritetica."),
])
def test_pair_anaphor(lang, sentence):
    assert [(t, a, b) for t, a, b, _ in _family(sentence, PARENTS, lang)] == [("joint_venture", "Norvik", "Tessaro")]


# --- "the joint venture that A formed with B" ---------------------------------------------------------

@pytest.mark.parametrize("lang,sentence", [
    ("it", "Le celle arrivano da Corvalis, la joint venture che Norvik ha costituito con la finlandese Tessaro."),
    ("en", "The cells come from Corvalis, the joint venture that Norvik formed with Tessaro in 2021."),
    ("de", "Die Zellen kommen von Corvalis, dem Gemeinschaftsunternehmen, das Norvik mit Tessaro gegründet hat."),
    ("fr", "Les cellules viennent de Corvalis, la coentreprise que Norvik a créée avec Tessaro."),
    ("es", "Las celdas llegan de Corvalis, la empresa conjunta que Norvik creó con Tessaro."),
])
def test_venture_founded_in_a_relative_clause(lang, sentence):
    # formed in the past and delivering: active (labelling guidelines)
    assert _family(sentence, PARENTS, lang) == [("joint_venture", "Norvik", "Tessaro", "active")]


@pytest.mark.parametrize("lang,sentence", [
    # the venture is the subject of the relative: its object is a customer, not a parent
    ("it", "La joint venture che rifornisce Norvik ha firmato un contratto con Tessaro."),
])
def test_venture_relative_and_name_near_misses(lang, sentence):
    assert [x for x in _family(sentence, PARENTS, lang) if x[0] == "joint_venture"] == []


def test_venture_name_with_a_word_left_out():
    # a name ending in a word the recognizer left out ("Corvalis Company") is still the venture, never
    # a parent; the subject that operates it is the other parent (enes6)
    found = _family("Norvik also operates Corvalis Company, a joint venture with Tessaro.", PARENTS, "en")
    assert [(t, a, b) for t, a, b, _ in found if t == "joint_venture"] == [("joint_venture", "Norvik", "Tessaro")]


# --- a place after "in" is what "in" governs -----------------------------------------------------------

@pytest.mark.parametrize("lang,sentence", [
    ("de", "In Schweden betreibt Norvik mit Tessaro das Gemeinschaftsunternehmen Corvalis."),
    ("it", "In Svezia Norvik gestisce con Tessaro la joint venture Corvalis."),
])
def test_place_after_in_leaves_the_subject_unmarked(lang, sentence):
    # (a venture that is run, "betreibt", "gestisce", exists: active)
    got = _family(sentence, PARENTS, lang, places=["Schweden", "Svezia"])
    assert got == [("joint_venture", "Norvik", "Tessaro", "active")]


def test_stake_in_a_company_described_by_its_country():
    assert _t("Norvik took a stake in Sweden's Tessaro.", PARENTS, "en", places=["Sweden"]) == [
        ("invests_in", "Norvik", "Tessaro", "active")]


# --- statuses: a venture that is run exists, one that is left or broken up has ended --------------------

@pytest.mark.parametrize("lang,sentence,status", [
    ("en", "Norvik runs a joint venture with Tessaro in Ohio.", "active"),
    ("fr", "Norvik exploite avec Tessaro une coentreprise à Dunkerque.", "active"),
    ("es", "Norvik opera con Tessaro una empresa conjunta en Navarra.", "active"),
    ("en", "Norvik and Tessaro completed the breakup of their joint venture.", "ended"),
    ("it", "Nel 2022 Norvik è uscita dalla joint venture con Tessaro.", "ended"),
    ("fr", "Norvik est sortie de la coentreprise avec Tessaro.", "ended"),
    ("es", "Norvik salió de la empresa conjunta con Tessaro.", "ended"),
])
def test_venture_status(lang, sentence, status):
    assert _family(sentence, PARENTS, lang) == [("joint_venture", "Norvik", "Tessaro", status)]


def test_scrap_as_a_noun_ends_nothing():
    sentence = "Norvik and Tessaro have worked together since 2020 and will now also recycle production scrap."
    assert _family(sentence, PARENTS, "en") == [("partners_with", "Norvik", "Tessaro", "active")]


def test_a_venture_stated_with_a_verb_takes_the_sentence_cues():
    # "X is a joint venture of A and B" is the news itself, so a rumour cue applies (an apposition would not)
    sentence = "Corvalis is a joint venture between Norvik and Tessaro, people familiar with the matter said."
    assert _family(sentence, PARENTS, "en") == [("joint_venture", "Norvik", "Tessaro", "rumoured")]


def test_each_having_half_of_something_else_is_no_venture():
    assert _family("Norvik and Tessaro each have half of the board seats at Corvalis.", PARENTS, "en") == []


# a pair acting on a venture named in apposition ("X and Y dissolved Z, the joint venture that ..."):
# the pair are its partners; with the venture's parents named after the noun, those are
@pytest.mark.parametrize("language,text,expected,absent", [
    ("en", "A year after Norvik and Corvalis dissolved Tessaro, the joint venture that was supposed to build plants, Norvik is on its own.",
     ("joint_venture", "Corvalis", "Norvik", "ended"), None),
    ("fr", "Norvik et Corvalis ont créé ensemble Tessaro, la coentreprise de moteurs dont ils détiennent chacun la moitié.",
     ("joint_venture", "Corvalis", "Norvik", "active"), None),
    ("en", "Norvik and Corvalis supply Tessaro, the joint venture of Almara and Brixo.",
     ("joint_venture", "Almara", "Brixo", "active"), ("joint_venture", "Corvalis", "Norvik", "active")),
])
def test_pair_acting_on_named_venture(language, text, expected, absent):
    from tierscope.relations import RelationExtractor as _RX
    from .helpers import make_doc as _md
    got = {(r.type, r.source, r.target, r.status) for r in _RX()(_md(text, ["Norvik", "Corvalis", "Tessaro", "Almara", "Brixo"], language=language)).relations}
    assert expected in got and (absent is None or absent not in got), got


# a pair joined by a reciprocal verb with no "with": "X and Y team up to ...", "X y Y se alían para ..."
@pytest.mark.parametrize("language,text", [
    ("es", "Norvik y Corvalis se alían para instalar cargadores."),
    ("fr", "Norvik et Corvalis s'allient pour installer des bornes."),
    ("it", "Norvik e Corvalis si alleano per installare colonnine."),
    ("en", "Norvik and Corvalis team up to install chargers."),
    ("en", "Norvik and Corvalis joined forces last year."),
])
def test_reciprocal_pair(language, text):
    from tierscope.relations import RelationExtractor as _RX
    from .helpers import make_doc as _md
    got = {(r.type, r.source, r.target) for r in _RX()(_md(text, ["Norvik", "Corvalis"], language=language)).relations}
    assert ("partners_with", "Corvalis", "Norvik") in got, got


def test_reciprocal_verb_needs_two_companies():
    from tierscope.relations import RelationExtractor as _RX
    from .helpers import make_doc as _md
    got = _RX()(_md("Norvik teams up to install chargers in Tessaro's home town.", ["Norvik"], language="en")).relations
    assert not got


@pytest.mark.parametrize("lang, sentence", [
    # one venture each, said in the singular: no venture between the two
    ("fr", "Kestrel et Brixo, qui ont chacun leur propre coentreprise de batteries, réduisent leurs objectifs."),
    ("es", "Kestrel y Brixo, que tienen cada una su propia empresa conjunta, recortan inversiones."),
    ("it", "Kestrel e Brixo, che hanno ciascuna la propria joint venture per le batterie, tagliano gli obiettivi."),
    ("de", "Kestrel und Brixo, die jeweils ein eigenes Gemeinschaftsunternehmen für Batterien haben, senken ihre Ziele."),
])
def test_one_venture_each_is_no_shared_venture(lang, sentence):
    assert [r for r in rels(sentence, ["Kestrel", "Brixo"], language=lang) if r.type in ("joint_venture", "partners_with")] == []


@pytest.mark.parametrize("lang, sentence", [
    ("fr", "Kestrel et Brixo ont créé une coentreprise de batteries."),
    ("es", "Kestrel y Brixo crearon una empresa conjunta para el hidrógeno."),
    ("de", "Kestrel und Brixo gründen ein Gemeinschaftsunternehmen für Ladesäulen."),
])
def test_a_shared_venture_still_fires(lang, sentence):
    assert [(r.type, r.source, r.target) for r in rels(sentence, ["Kestrel", "Brixo"], language=lang)] == [("joint_venture", "Brixo", "Kestrel")]


@pytest.mark.parametrize("lang, sentence", [
    # a relative after "between A and B" speaks of the venture, not of B
    ("it", "La joint venture tra Kestrel e Brixo, di cui Kestrel detiene il 51%, venderà auto in Europa."),
    ("en", "The joint venture between Kestrel and Brixo, in which Kestrel holds 51%, will sell cars in Europe."),
    ("fr", "La coentreprise entre Kestrel et Brixo, dont Kestrel détient 51 %, vendra des voitures en Europe."),
    ("es", "La empresa conjunta entre Kestrel y Brixo, en la que Kestrel tiene el 51%, venderá coches en Europa."),
])
def test_relative_after_between_is_the_ventures(lang, sentence):
    got = {(r.type, r.source, r.target) for r in rels(sentence, ["Kestrel", "Brixo"], language=lang)}
    assert not any(t in ("owns", "acquires", "invests_in") for t, _s, _t in got)
    assert ("joint_venture", "Brixo", "Kestrel") in got


def test_relative_after_one_name_still_reads_the_stake():
    got = {(r.type, r.source, r.target) for r in rels("Nordia sold its stake in Brixo, in which Kestrel holds 10%.",
                                                      ["Nordia", "Brixo", "Kestrel"], language="en")}
    assert ("invests_in", "Kestrel", "Brixo") in got
