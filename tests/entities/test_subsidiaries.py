"""A unit named by its parent ("la filiale de TotalEnergies"): entities/subsidiaries.py."""

from __future__ import annotations

import pytest
from entity_helpers import run


def corefs(doc):
    return [(m.text, m.canonical, m.sentence) for m in doc.mentions if m.source == "coref"]


@pytest.mark.parametrize(
    "language, text, description",
    [
        ("fr", "Saft a signé un contrat avec Airbus. La filiale de TotalEnergies fournira des batteries.", "La filiale"),
        ("it", "Saft ha firmato un contratto con Airbus. La controllata di TotalEnergies fornirà le batterie.",
         "La controllata"),
        ("es", "Saft ha firmado un contrato con Airbus. La filial de TotalEnergies suministrará las baterías.",
         "La filial"),
    ],
)
def test_the_subsidiary_of_a_parent_is_its_unit_named_before(language, text, description):
    assert (description, "Saft", 1) in corefs(run(text, language))


def test_the_subsidiary_of_a_parent_in_english():
    found = corefs(run("PowerCo has signed a contract with Umicore. The subsidiary of Volkswagen will buy cathodes.", "en"))
    assert ("The subsidiary", "PowerCo", 1) in found


@pytest.mark.parametrize(
    "language, text",
    [
        # no unit of that parent named before: the phrase names no one we know
        ("fr", "Forvia a signé un contrat avec Airbus. La filiale de TotalEnergies fournira des batteries."),
        # an apposition, read with its name
        ("fr", "Saft a signé avec Airbus. La filiale de TotalEnergies, Saft, fournira des batteries."),
        ("it", "Saft ha firmato con Airbus. Saft, la controllata di TotalEnergies, fornirà le batterie."),
        # a unit of another parent
        ("it", "Saft ha firmato con Airbus. La controllata di Stellantis fornirà le batterie."),
    ],
)
def test_no_unit_named_before_or_an_apposition(language, text):
    assert not [c for c in corefs(run(text, language)) if c[0].casefold() in ("la filiale", "la controllata")]


@pytest.mark.parametrize(
    "language, text, description",
    [
        ("it", "SK Innovation cresce. SK On ha perso soldi e la casa madre ne ha avviato la fusione.", "la casa madre"),
        ("es", "SK Innovation crece. SK On pierde dinero y la matriz prepara su fusión.", "la matriz"),
        ("fr", "SK Innovation grandit. SK On perd de l'argent et la maison mère prépare sa fusion.", "la maison mère"),
        ("en", "SK Innovation is growing. SK On is losing money, and the parent company is preparing a merger.",
         "the parent company"),
        ("de", "SK Innovation wächst. SK On verliert Geld, und der Mutterkonzern bereitet eine Fusion vor.",
         "der Mutterkonzern"),
    ],
)
def test_the_parent_is_the_parent_named_in_the_story_of_the_company_just_before(language, text, description):
    assert (description, "SK Innovation", 1) in corefs(run(text, language))


@pytest.mark.parametrize(
    "language, text",
    [
        # the parent is not named in the story: no reference
        ("it", "SK On ha perso soldi e la casa madre ne ha avviato la fusione."),
        # an apposition with the parent's name
        ("de", "SK On verliert Geld, und der Mutterkonzern SK Innovation bereitet eine Fusion vor."),
    ],
)
def test_no_parent_named_or_an_apposition(language, text):
    assert not [c for c in corefs(run(text, language)) if c[0] in ("la casa madre", "der Mutterkonzern")]


# -- a bare "the unit" opening a sentence: the unit, named before, of a parent the story names --------


@pytest.mark.parametrize(
    "language, text, description",
    [
        ("en", "TotalEnergies plans to list Saft next year. The unit supplies batteries to Airbus.", "The unit"),
        ("en", "TotalEnergies plans to list Saft next year. The battery unit supplies batteries to Airbus.",
         "The battery unit"),
        ("de", "TotalEnergies will Saft an die Börse bringen. Die Tochter beliefert Airbus mit Batterien.", "Die Tochter"),
        ("fr", "TotalEnergies veut introduire Saft en Bourse. La filiale fournit des batteries à Airbus.", "La filiale"),
        ("it", "TotalEnergies vuole quotare Saft in Borsa. La controllata fornisce batterie ad Airbus.", "La controllata"),
        ("es", "TotalEnergies estudia vender una parte de Saft. La filial suministra baterías a Airbus.", "La filial"),
    ],
)
def test_a_bare_unit_noun_is_the_unit_named_before(language, text, description):
    assert (description, "Saft", 1) in corefs(run(text, language))


@pytest.mark.parametrize(
    "language, text",
    [
        # its parent is not named in the story: "the unit" may be anyone's
        ("en", "Saft signed a contract with Airbus on Monday. The unit supplies batteries to Airbus."),
        # after a comma it is an apposition of the name before it
        ("fr", "TotalEnergies garde Saft. Saft, la filiale batteries du groupe, fournit des batteries à Airbus."),
        # "a unit" is a new one, not one named before
        ("en", "TotalEnergies plans to list Saft next year. A unit of Airbus buys its batteries."),
        # a name right after the noun: an apposition ("la filiale Saft")
        ("it", "TotalEnergies vuole quotare Saft in Borsa. La controllata Saft fornisce batterie ad Airbus."),
    ],
)
def test_no_bare_unit_reference(language, text):
    assert not [c for c in corefs(run(text, language)) if c[0].lower().split()[-1] in
                ("unit", "tochter", "filiale", "controllata", "filial")]
