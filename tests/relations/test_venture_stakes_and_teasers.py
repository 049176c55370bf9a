"""Two shapes of precision (relations/venture_stakes.py, relations/teasers.py):

* a parent's share of a company the page calls a joint venture is no ``owns`` / ``invests_in`` (the
  guidelines give the parents a ``joint_venture``), unless the venture changed hands;
* a bulleted headline with no full stop (a teaser list, a quoted comment) states nothing.

Sentences written for these tests with made-up companies."""

from __future__ import annotations

import pytest

from tierscope.doc import Document, Mention, Sentence
from tierscope.relations.venture_stakes import ventures_named

from .helpers import rels, triples

_C = ["Korvan", "Maltrix", "Lumen Cells", "Ostero"]
_OWNERSHIP = ("owns", "invests_in", "acquires")


def _ownership(text, language):
    return {(t, s, d) for t, s, d, _st, _p in triples(rels(text, _C, language=language)) if t in _OWNERSHIP}


@pytest.mark.parametrize("text,language", [
    ("Lumen Cells, a joint venture in which Korvan holds 51 percent, makes cells in Ohio.", "en"),
    ("Lumen Cells is itself a joint venture: Korvan holds 60 percent of it and Maltrix the rest.", "en"),
    ("Les deux groupes ont créé Lumen Cells, une coentreprise détenue à 51 % par Korvan.", "fr"),
    ("Korvan détient 60 % de Lumen Cells, la société commune créée avec Maltrix en 2021.", "fr"),
    ("Lumen Cells, la joint venture con sede a Torino, è controllata al 51% da Korvan.", "it"),
    ("Lumen Cells, la empresa conjunta participada en un 51 % por Korvan, abrirá su planta en 2027.", "es"),
    ("Das Gemeinschaftsunternehmen Lumen Cells gehört zu 51 Prozent Korvan.", "de"),
])
def test_a_parents_share_of_a_joint_venture_is_no_ownership(text, language):
    assert not {r for r in _ownership(text, language) if r[2] == "Lumen Cells" and r[0] != "acquires"}


@pytest.mark.parametrize("text,language,expected", [
    # no word for a venture: the stake is the news
    ("Korvan holds 51 percent of Lumen Cells, which makes cells in Ohio.", "en", ("owns", "Korvan", "Lumen Cells")),
    ("Korvan détient 20 % de Lumen Cells, une start-up grenobloise.", "fr", ("invests_in", "Korvan", "Lumen Cells")),
    # the venture changed hands: the buyer's control is news (the other parent's half bought: an
    # acquisition, as the guidelines label a purchase of control, not a minority stake)
    ("Korvan has bought Maltrix's half of Lumen Cells, the joint venture they formed in 2020, which is now a "
     "wholly owned subsidiary.", "en", ("acquires", "Korvan", "Lumen Cells")),
])
def test_a_stake_outside_a_venture_stays(text, language, expected):
    assert expected in _ownership(text, language)


def _doc(text, names):
    mentions = []
    for name in names:
        k = text.index(name)
        mentions.append(Mention(k, k + len(name), name, "COMPANY", name, 0, "test", {}))
    mentions.sort(key=lambda m: m.start)
    return Document(id="t", source="t", text=text, language="en", sentences=[Sentence(0, len(text), 0)],
                    mentions=mentions)


@pytest.mark.parametrize("text,names,ventures", [
    ("Lumen Cells, the joint venture of Korvan and Maltrix, is hiring.", ["Lumen Cells", "Korvan", "Maltrix"], {"Lumen Cells"}),
    ("The joint venture Lumen Cells is hiring.", ["Lumen Cells"], {"Lumen Cells"}),
    ("Das Gemeinschaftsunternehmen Lumen Cells stellt ein.", ["Lumen Cells"], {"Lumen Cells"}),
    ("Lumen Cells, dem Batterie-Gemeinschaftsunternehmen von Korvan, fehlt Geld.", ["Lumen Cells", "Korvan"], {"Lumen Cells"}),
    # the parents are no venture: "the joint venture of X", "X's joint venture", "X formed a joint venture"
    ("Korvan's joint venture with Maltrix is hiring.", ["Korvan", "Maltrix"], set()),
    ("Korvan and Maltrix formed a joint venture in 2020.", ["Korvan", "Maltrix"], set()),
    ("Korvan, a joint venture partner of Maltrix, is hiring.", ["Korvan", "Maltrix"], set()),
    ("Il y aura une coentreprise associant Korvan et Maltrix.", ["Korvan", "Maltrix"], set()),
    ("Es entsteht kein Gemeinschaftsunternehmen: Korvan liefert nur Zellen.", ["Korvan"], set()),
    ("Ostero buys cells from the joint venture Korvan set up with Maltrix.", ["Ostero", "Korvan", "Maltrix"], set()),
    ("Pour Korvan, cette coentreprise s'ajoute à une série d'alliances.", ["Korvan"], set()),
    ("Ostero opera la sociedad conjunta Korvan | Lumen Cells desde 2023.", ["Ostero", "Korvan", "Lumen Cells"], set()),
    ("Korvan liefert Zellen an das Gemeinschaftsunternehmen Lumen Cells in Ungarn.", ["Korvan", "Lumen Cells"], {"Lumen Cells"}),
    ("Korvan ist das Gemeinschaftsunternehmen Lumen Cells beigetreten.", ["Korvan", "Lumen Cells"], {"Lumen Cells"}),
])
def test_which_companies_the_page_calls_a_venture(text, names, ventures):
    assert ventures_named(_doc(text, names)) == ventures


# (the pipeline splits sentences at line ends; the helper splits stories, so each line is given as one)
@pytest.mark.parametrize("lines,language", [
    (["Die Woche der Batterien", "- Korvan steigt bei Lumen Cells ein", "- Ostero baut ein Werk in Ungarn"], "de"),
    (["Leggi anche", "* Lumen Cells, Korvan cede la rete al fondo?"], "it"),
    (["Más noticias", "· Korvan vende su participación en Lumen Cells a un fondo"], "es"),
    (["Commentaires", "> Korvan a déjà racheté Lumen Cells, à quoi lui servirait Ostero ?"], "fr"),
    (["Top stories", "1. Korvan agrees to buy Lumen Cells from Maltrix"], "en"),
])
def test_a_bulleted_headline_states_nothing(lines, language):
    assert not triples(rels(lines, _C, language=language))


@pytest.mark.parametrize("lines,language,expected", [
    (["Key facts:", "- Korvan supplies cells to Maltrix.", "- Ostero builds the plant."], "en", ("supplies", "Korvan", "Maltrix")),
    (["Korvan steigt bei Lumen Cells ein"], "de", ("invests_in", "Korvan", "Lumen Cells")),
    (["Korvan, accordo con Ostero per la produzione in Spagna"], "it", ("partners_with", "Korvan", "Ostero")),
])
def test_a_bullet_with_a_full_stop_and_a_plain_headline_stay(lines, language, expected):
    assert expected in {(t, s, d) for t, s, d, _st, _p in triples(rels(lines, _C, language=language))}
