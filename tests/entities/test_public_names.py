"""A name found by position that the page calls a region of a country or a public scheme is no company
(entities/public_names.py): "im Bundesstaat Quindaro", "the state of Quindaro", "nell'asta VERDA",
"la subasta VERDA". Names and sentences written for the test."""

from __future__ import annotations

import pytest
from entity_helpers import run


def companies(text: str, language: str) -> set[str]:
    return {m.canonical for m in run(text, language).mentions if m.label == "COMPANY"}


@pytest.mark.parametrize(
    "language, text, name",
    [
        ("de", "Lithiumerz aus einem Tagebau im argentinischen Bundesstaat Quindaro wird von der Konzernschwester "
               "Kelvra Minerals geliefert.", "Quindaro"),
        ("en", "Ore is mined in the state of Quindaro, which supplies Ford through Kelvra Minerals.", "Quindaro"),
        ("es", "En el estado de Quindaro, Quindaro suministra litio a Ford.", "Quindaro"),
        ("fr", "Dans l'État de Quindaro, Quindaro fournit du lithium à Renault.", "Quindaro"),
        ("it", "Con l'asta VERDA pure Enel e A2A si sono assicurate nuova capacità e cercano fornitori.", "VERDA"),
        ("it", "Edison si era aggiudicata nell'asta VERDA due impianti: VERDA fornirà a Terna la capacità.", "VERDA"),
        ("es", "La subasta VERDA ha concluido: VERDA adjudicó capacidad a Iberdrola y Endesa.", "VERDA"),
        ("fr", "Engie a remporté l'appel d'offres VERDA lancé par RTE pour le stockage.", "VERDA"),
        ("en", "Enel won capacity in the VERDA auction. The VERDA auction awarded Enel 2 GWh, and VERDA supplies "
               "contracts to Enel.", "VERDA"),
        # schemes the press names without their noun
        ("en", "IPCEI will fund the plant, and IPCEI supplies grants to Verkor.", "IPCEI"),
        ("it", "Il PNRR finanzierà l'impianto: PNRR ha concesso fondi a Stellantis.", "PNRR"),
    ],
)
def test_region_or_scheme_is_no_company(language, text, name):
    names = companies(text, language)
    assert not any(n == name or n.endswith(" " + name) for n in names)


@pytest.mark.parametrize(
    "language, text, name",
    [
        # English names a scheme before its noun: the name after "programme" is the company
        ("en", "Under the VERDA programme Kelvra Energy will supply cells to Stellantis.", "Kelvra Energy"),
    ],
)
def test_company_beside_such_a_noun_stays(language, text, name):
    assert name in companies(text, language)


@pytest.mark.parametrize(
    "language, text, name",
    [
        ("fr", "Arvik Capital entrera à hauteur de 30 % au capital de la société de projet Kelvra Lithium, que contrôle Eramet.", "Kelvra Lithium"),
        ("it", "Il fondo Arvik rileverà il 30% della società di progetto Kelvra Lithium, controllata da Enel.", "Kelvra Lithium"),
    ],
)
def test_project_company_stays(language, text, name):
    # a project's company ("société de projet X") is a company: the scheme noun hangs on "société de"
    assert name in companies(text, language)


@pytest.mark.parametrize(
    "language, text, name",
    [
        ("it", "Il primo fornitore è stato Kelvra Energy, che consegna le celle a Stellantis.", "Kelvra Energy"),
        ("es", "El primer proveedor ha estado Kelvra Energy, que entrega celdas a Seat.", "Kelvra Energy"),
        # French "état" in lower case is a condition, not a state: "l'état de X" is X's health
        ("fr", "Renault achète des modules au fournisseur Kelvra Energie. L'état de Kelvra Energie préoccupe Renault.", "Kelvra Energie"),
    ],
)
def test_participle_of_to_be_is_no_state(language, text, name):
    # "è stato", "ha estado": the verb, not "lo stato di"
    assert name in companies(text, language)


@pytest.mark.parametrize(
    "language, text",
    [
        # a project the page also calls a company: a verb of saying, an apposition, a company noun, a legal form
        ("en", "Dalbrook has a stake in the Torvalen project in Chile. Torvalen said the first cells will reach Ford in 2027."),
        ("en", "Dalbrook has a stake in the Torvalen project in Chile. Torvalen, a Chilean start-up, supplies cathodes to Ford."),
        ("en", "Dalbrook has a stake in the Torvalen project in Chile. The start-up Torvalen supplies cathodes to Ford."),
        ("en", "Dalbrook has a stake in the Torvalen project in Chile. Torvalen Ltd supplies cathodes to Ford."),
        ("fr", "Dalbrook détient une part dans le projet Torvalen au Chili. La société Torvalen fournit des cathodes à Renault."),
        ("fr", "Dalbrook détient une part dans le projet Torvalen au Chili. Torvalen a indiqué qu'elle livrera Renault dès 2027."),
        ("it", "Dalbrook ha una quota del progetto Torvalen in Cile. La società Torvalen fornisce catodi a Stellantis."),
        ("it", "Dalbrook ha una quota del progetto Torvalen in Cile. Torvalen, una start-up cilena, fornisce catodi a Stellantis."),
        ("es", "Dalbrook controla un 30 % en el proyecto Torvalen, en Chile. Torvalen S.A. suministra cátodos a Seat."),
        ("es", "Dalbrook controla un 30 % en el proyecto Torvalen, en Chile. Torvalen afirmó que suministrará cátodos a Seat."),
        ("de", "Dalbrook ist am Projekt Torvalen in Chile beteiligt. Das Unternehmen Torvalen liefert Kathoden an BMW."),
    ],
)
def test_project_the_page_calls_a_company_stays(language, text):
    # the name stays where the page calls it a project too (the first sentence), not only beside its cue
    first = text.index(".")
    assert any(m.canonical == "Torvalen" and m.end < first for m in run(text, language).mentions if m.label == "COMPANY")


@pytest.mark.parametrize(
    "language, text",
    [
        # a mine's project with no company cue: no party, wherever the page names it
        ("en", "Dalbrook bought the Torvalen project last spring. Ore from Torvalen goes by truck to the coast and on to Ganfeng."),
        ("es", "Dalbrook explota desde 2023 el proyecto Torvalen en Catamarca. Torvalen entrega ya concentrado a Ganfeng."),
        ("fr", "Dalbrook a présenté aux élus le projet Torvalen. Torvalen fournira du concentré à Ganfeng dès 2028."),
    ],
)
def test_project_with_no_company_cue_leaves(language, text):
    assert "Torvalen" not in companies(text, language)


@pytest.mark.parametrize("text, kept", [
    # an apposition's article is a word of its own: ", anchored by the firm" is no "an ... firm" apposition
    ("Drilling on the Tarvo project resumes in May. Tarvo, anchored by the firm, supplies ore to Zorin Metals.", False),
    ("Drilling on the Tarvo project resumes in May. Tarvo, a Baltic mining firm, supplies ore to Zorin Metals.", True),
])
def test_a_project_name_needs_a_whole_article_before_a_company_noun(text, kept):
    assert ("Tarvo" in companies(text, "en")) is kept
