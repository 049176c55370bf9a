"""References across sentences that must land on the right company: the company after an English
possessive is its clause's subject ("Renault's unit Ampere ... It"), "it works with", a participle
clause keeps its subject ("X led the round, putting money into the company" is not X), a preposition
before an article and a descriptor marks an object ("Gemeinsam mit dem Bergbaukonzern X baut der
Konzern" is not X), and French "il" after a place opener or in "qu'il" before a business verb."""

from __future__ import annotations

import pytest
from entity_helpers import run


def refs(doc):
    return [(m.text, m.canonical) for m in doc.mentions if m.source == "coref"]


@pytest.mark.parametrize("text,unit", [
    ("Renault's electric-vehicle unit Ampere has taken another path. It will buy cells from LG Energy Solution.", "Ampere"),
    ("Tata's battery maker Agratas broke ground in Somerset. It also signed a lease for a second site.", "Agratas"),
    ("Volkswagen's battery company PowerCo has picked a site in Canada. It expects to hire 3,000 people.", "PowerCo"),
])
def test_en_pronoun_after_possessed_unit_is_the_unit(text, unit):
    got = refs(run(text, "en"))
    assert got and got[0][0] == "It" and got[0][1] == unit


def test_en_possessive_before_a_deal_keeps_the_owner():
    got = refs(run("Ford's deal with SK On was ended last year. It said it would buy cells from Panasonic.", "en"))
    assert ("It", "Ford") in got and all(c != "SK On" for _, c in got)


@pytest.mark.parametrize("text", [
    "BASF said it buys lithium from Albemarle. It also works with Umicore on recycling.",
    "BASF opened a plant in Schwarzheide. It partners with Umicore on recycling.",
])
def test_en_it_works_with(text):
    got = refs(run(text, "en"))
    assert [c for t, c in got if t == "It"] == ["BASF"]


@pytest.mark.parametrize("text,company", [
    ("Northvolt opened a plant in Skellefteå. It is also building a second factory with Volvo Cars.", "Northvolt"),
    ("BASF opened a plant in Schwarzheide. It was already negotiating with Umicore about recycling.", "BASF"),
])
def test_en_it_before_a_progressive_business_verb(text, company):
    assert [c for t, c in refs(run(text, "en")) if t == "It"] == [company]


def test_en_it_is_likely_is_no_company():
    assert not [c for t, c in refs(run("Northvolt opened a plant. It is likely that Volvo Cars will buy cells.", "en"))
                if t == "It"]


@pytest.mark.parametrize("text,company", [
    ("Northvolt was founded in 2016. In 2019, Volkswagen led a funding round, putting money into the company "
     "alongside Goldman Sachs.", "Northvolt"),
    ("Verkor was set up in 2020. Last year Renault joined its round, taking a stake in the start-up.", "Verkor"),
])
def test_en_participle_clause_object_is_not_its_subject(text, company):
    got = refs(run(text, "en"))
    assert got and got[-1][1] == company


@pytest.mark.parametrize("text", [
    "Huayou Cobalt wächst weiter. Gemeinsam mit dem Bergbaukonzern Vale baut der Konzern eine weitere Anlage.",
    "Huayou Cobalt wächst weiter. Zusammen mit dem brasilianischen Bergbaukonzern Vale errichtet der Konzern ein Werk.",
])
def test_de_partner_after_article_and_descriptor_is_not_the_subject(text):
    got = refs(run(text, "de"))
    assert ("der Konzern", "Huayou Cobalt") in got


def test_de_subject_description_after_partner_of_another_kind_still_needs_a_subject():
    # the partner is the only company: no antecedent is better than the wrong one
    got = refs(run("Die Preise fallen. Gemeinsam mit dem Bergbaukonzern Vale baut der Konzern eine Anlage.", "de"))
    assert ("der Konzern", "Vale") not in got


@pytest.mark.parametrize("text,company", [
    ("Posco Future M est devenu un grand producteur de cathodes. En Amérique du Nord, il exploite avec "
     "General Motors une usine au Québec.", "Posco Future M"),
    ("Verkor mise sur les cellules. Aux États-Unis, elle fabrique des modules pour Renault.", "Verkor"),
    ("Stellantis mise aussi sur les cellules. L'usine qu'il construit avec CATL avance.", "Stellantis"),
])
def test_fr_il_after_place_opener_or_in_relative(text, company):
    got = refs(run(text, "fr"))
    assert [c for t, c in got if t in ("il", "elle")] == [company]


@pytest.mark.parametrize("text", [
    "Stellantis mise sur les cellules. Renault a indiqué qu'il fournit Nissan.",  # the sentence's own company
    "Stellantis mise sur les cellules. Il faut dire que Renault fournit Nissan.",  # impersonal
    "Stellantis mise sur les cellules. En Amérique du Nord, il est prévu que Renault ouvre une usine.",
])
def test_fr_il_not_for_the_previous_company(text):
    got = refs(run(text, "fr"))
    assert not [c for t, c in got if t.casefold() == "il"]


def _run_lines(lines, language="en"):
    """One sentence per line, so that a subheading without a full stop stays a sentence of its own."""
    from entity_helpers import _RECOGNIZER

    from tierscope.doc import Document, Sentence

    text, sentences = "", []
    for line in lines:
        sentences.append(Sentence(len(text), len(text) + len(line)))
        text += line + "\n"
    return _RECOGNIZER(Document(id="t", source="test", text=text, language=language, sentences=sentences))


# (the story's topic: named most often and the subject of its headline)
_STORY = ["LG Energy Solution leans on storage", "LG Energy Solution reported higher storage orders.",
          "LG Energy Solution also lost a van contract.", "Ford said it had cancelled the order."]


def test_description_after_a_subheading_is_the_story_topic():
    got = refs(_run_lines([*_STORY, "Ventures running, Arizona on track",
                           "The company's three joint ventures in the US are all producing."]))
    assert ("The company", "LG Energy Solution") in got


def test_description_without_a_subheading_keeps_the_opening_subject():
    got = refs(_run_lines([*_STORY, "The company's van programme was scrapped."]))
    assert ("The company", "Ford") in got


def test_en_possessive_then_verb_keeps_the_owner_as_subject():
    text = ("Posco Future M's largest customer remains LG Energy Solution, which buys most of its cathode. "
            "To keep up with the orders, the company is considering a new plant in Pohang.")
    assert ("the company", "Posco Future M") in refs(run(text, "en"))


@pytest.mark.parametrize("text,company", [
    ("Stellantis n'a pas renoncé aux alliances. Avec Foxconn, il a fondé une coentreprise pour les puces.", "Stellantis"),
    ("Verkor cherche des partenaires. Avec le chimiste Arkema, elle développe un nouvel électrolyte.", "Verkor"),
])
def test_fr_pronoun_after_a_fronted_partner(text, company):
    got = refs(run(text, "fr"))
    assert [c for t, c in got if t in ("il", "elle")] == [company]


@pytest.mark.parametrize("text", [
    "Verkor cherche des partenaires. Avec Arkema, il y a eu des discussions.",  # impersonal
    "Verkor cherche des partenaires. Avec Arkema et Renault, puis avec Saft, il a signé.",  # no single opener
])
def test_fr_pronoun_after_a_fronted_partner_not_read(text):
    assert not [c for t, c in refs(run(text, "fr")) if t == "il"]


def implied(doc):
    return [m.canonical for m in doc.mentions if m.attrs.get("implied")]


@pytest.mark.parametrize("language,text", [
    ("it", "Stellantis ha esperienza in queste alleanze. È azionista di Automotive Cells Company insieme a Mercedes-Benz."),
    ("es", "Stellantis tiene experiencia en alianzas. Es accionista, junto con Mercedes-Benz, de Automotive Cells Company."),
    ("es", "Stellantis tiene experiencia en alianzas. Es cliente de CATL desde 2023."),
])
def test_left_out_subject_of_a_copula_and_role(language, text):
    assert implied(run(text, language)) == ["Stellantis"]


@pytest.mark.parametrize("language,text", [
    ("it", "Stellantis ha esperienza in queste alleanze. È probabile che Renault compri celle da CATL."),
    ("es", "Stellantis tiene experiencia en alianzas. Es importante que Renault compre celdas."),
])
def test_copula_without_a_role_has_no_left_out_company(language, text):
    assert "Stellantis" not in implied(run(text, language))
