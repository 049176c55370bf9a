"""A company's owner told in the next sentence by a clause that opens with a pronoun, with no subject,
or with a possessive parent noun ("It is owned by X", "Es gehört zu X", "Fa capo a X", "Sa maison
mère, X,"): ``parent_after.py``."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc

_C = ["Norvik", "Corvalis", "Tessaro", "Velquor"]


def _rels(text, language):
    return {(r.type, r.source, r.target, r.status) for r in RelationExtractor()(make_doc(text, _C, language=language)).relations}


@pytest.mark.parametrize("language,text", [
    ("en", "Norvik makes cells in Sweden. It is owned by Corvalis."),
    ("en", "Norvik makes cells in Sweden. It belongs to Corvalis."),
    ("en", "Norvik makes cells in Sweden. It is a wholly owned subsidiary of Corvalis."),
    ("en", "Norvik makes cells in Sweden. Since 2021 it has been owned by the Swiss group Corvalis."),
    ("en", "Norvik makes cells in Sweden. Its parent company, Corvalis, plans to invest more."),
    ("de", "Norvik fertigt Zellen in Schweden. Es gehört seit 2021 zu Corvalis."),
    ("de", "Norvik fertigt Zellen in Schweden. Seitdem gehört es mehrheitlich der Beteiligungsgesellschaft Corvalis."),
    ("de", "Norvik fertigt Zellen in Schweden. Der Mutterkonzern Corvalis will dort investieren."),
    ("de", "Norvik fertigt Zellen in Schweden. Mutterkonzern ist Corvalis."),
    ("fr", "Norvik fabrique des cellules en Suède. Elle appartient à Corvalis depuis 2021."),
    ("fr", "Norvik fabrique des cellules en Suède. Elle appartient au groupe Corvalis."),
    ("fr", "Norvik fabrique des cellules en Suède. Sa maison mère, Corvalis, veut y investir."),
    ("fr", "Norvik fabrique des cellules en Suède. Il est détenu à 70 % par Corvalis."),
    ("it", "Norvik produce celle in Svezia. Fa capo a Corvalis dal 2021."),
    ("it", "Norvik produce celle in Svezia. Fa capo al gruppo Corvalis."),
    ("it", "Norvik produce celle in Svezia. È controllata da Corvalis."),
    ("it", "Norvik produce celle in Svezia. La casa madre Corvalis vuole investire."),
    ("es", "Norvik fabrica celdas en Suecia. Es filial de Corvalis."),
    ("es", "Norvik fabrica celdas en Suecia. Su matriz, Corvalis, quiere invertir más."),
])
def test_owner_told_next(language, text):
    got = _rels(text, language)
    assert ("owns", "Corvalis", "Norvik", "active") in got


@pytest.mark.parametrize("language,text", [
    ("en", "Norvik makes cells in Sweden. It belongs to the same group as Corvalis."),
    ("en", "Norvik makes cells in Sweden. It belonged to Corvalis until 2020."),  # a past owner: often the seller
    ("de", "Norvik fertigt Zellen in Schweden. Es gehört zu den Kunden von Corvalis."),
    ("en", "Norvik and Velquor make cells in Sweden. It is owned by Corvalis."),  # whose?
    ("en", "Norvik makes cells in Sweden. It is owned by Corvalis and supplies Tessaro."),  # another company in the sentence
    ("fr", "Norvik fabrique des cellules en Suède. Selon Velquor, elle appartient à Corvalis."),
    ("it", "Norvik produce celle in Svezia. Fa capo a Corvalis?"),
])
def test_no_owner_read(language, text):
    got = _rels(text, language)
    assert not any(t == "owns" and (s, g) == ("Corvalis", "Norvik") for t, s, g, _ in got)


def test_a_story_boundary_stops_it():
    doc = make_doc(["Norvik makes cells in Sweden.", "It is owned by Corvalis."], _C)
    assert not RelationExtractor()(doc).relations


def test_evidence_runs_from_the_unit():
    text = "Norvik makes cells in Sweden. It is owned by Corvalis."
    rel = next(r for r in RelationExtractor()(make_doc(text, _C)).relations if r.type == "owns")
    assert rel.evidence.start == 0 and rel.evidence.text == text


@pytest.mark.parametrize("language,text", [
    ("en", "Corvalis took a charge on its cathode business. The unit, Norvik, makes cathodes in Korea."),
    ("en", "Corvalis did not comment on the price. The unit, known internally as Norvik, makes cable harnesses."),
    ("en", "Corvalis reported higher sales. Its battery subsidiary Norvik opened a plant."),
    ("fr", "Corvalis a publié ses résultats. La filiale, Norvik, fabrique des cathodes."),
    ("fr", "Corvalis a publié ses résultats. Sa filiale belge Norvik fabrique des cathodes."),
    ("es", "Corvalis presentó resultados. Su filial Norvik fabrica cátodos."),
    ("it", "Corvalis ha presentato i conti. La controllata Norvik produce catodi."),
    ("de", "Corvalis legte Zahlen vor. Die Tochter Norvik fertigt Kathoden."),
    ("de", "Corvalis legte Zahlen vor. Die Sparte Norvik beschäftigt 900 Menschen."),
])
def test_unit_named_after_a_unit_noun(language, text):
    assert ("owns", "Corvalis", "Norvik", "active") in _rels(text, language)


@pytest.mark.parametrize("language,text", [
    ("en", "Corvalis sold its cathode business to Tessaro. The unit, Norvik, makes cathodes."),  # whose now?
    ("en", "Corvalis reported higher sales. The unit, Norvik, was sold last year."),
    ("de", "Corvalis legte Zahlen vor. Die Tochter Norvik, ein Gemeinschaftsunternehmen mit Tessaro, fertigt Kathoden."),
    ("en", "Corvalis and Velquor reported results. The unit, Norvik, makes cathodes."),
    ("fr", "Corvalis a cédé sa branche. La filiale Norvik fabrique des cathodes."),
])
def test_no_unit_read(language, text):
    assert not any((t, s, g) == ("owns", "Corvalis", "Norvik") for t, s, g, _ in _rels(text, language))


@pytest.mark.parametrize("language,text", [
    ("it", "Norvik produce fari. Dal 2022 fa parte del gruppo Corvalis."),
    ("es", "Norvik fabrica faros. Desde 2022 forma parte de Corvalis."),
    ("es", "Norvik fabrica faros. Forma parte del grupo Corvalis desde 2022."),
    ("fr", "Norvik fabrique des phares. Elle fait partie du groupe Corvalis depuis 2022."),
    ("en", "Norvik makes headlamps. It is part of Corvalis."),
    ("de", "Norvik fertigt Scheinwerfer. Es ist seit 2022 Teil des Konzerns Corvalis."),
    ("de", "Norvik fertigt Scheinwerfer. Sie ist Teil von Corvalis."),
])
def test_part_of_the_owner_told_next(language, text):
    assert ("owns", "Corvalis", "Norvik", "active") in _rels(text, language)
