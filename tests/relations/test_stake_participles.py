"""A company "participada por X" / "partecipata da X" is one X holds a stake in (relations/stake_participles.py):
with no share and no word of majority the tie is a stake, not a parent's; a majority or a share of half or
more keeps the unit. Invented companies, sentences written for the test."""

from __future__ import annotations

import pytest


def ties(doc):
    return {(r.type, r.source, r.target) for r in doc.relations}


@pytest.mark.parametrize("lang, text, holder, held", [
    ("es", "Tarquino Electrónica, participada por Almazora Capital, abrirá dos líneas en Murcia.",
     "Almazora Capital", "Tarquino Electrónica"),
    ("es", "Tarquino Electrónica, participada de forma minoritaria por la gestora Almazora Capital, crece.",
     "Almazora Capital", "Tarquino Electrónica"),
    ("it", "Lucendi Elettronica, partecipata da Bracciano Capital, aprirà due linee in Puglia.",
     "Bracciano Capital", "Lucendi Elettronica"),
])
def test_a_participle_of_taking_part_is_a_stake(lang, text, holder, held, read_page):
    got = ties(read_page(text, lang))
    assert ("invests_in", holder, held) in got
    assert ("owns", holder, held) not in got


@pytest.mark.parametrize("lang, text, holder, held", [
    ("es", "Tarquino Electrónica, participada mayoritariamente por Almazora Capital, abrirá dos líneas.",
     "Almazora Capital", "Tarquino Electrónica"),
    ("it", "Lucendi Elettronica, partecipata al 70% da Bracciano Capital, aprirà due linee.",
     "Bracciano Capital", "Lucendi Elettronica"),
    ("it", "Lucendi Elettronica, controllata da Bracciano Capital, aprirà due linee in Puglia.",
     "Bracciano Capital", "Lucendi Elettronica"),
])
def test_a_majority_keeps_the_unit(lang, text, holder, held, read_page):
    got = ties(read_page(text, lang))
    assert ("owns", holder, held) in got
    assert ("invests_in", holder, held) not in got



@pytest.mark.parametrize("lang, text, stake", [
    ("it", "Vedrana Batterie, la joint venture delle celle partecipata da Bracciano Capital, assume.", False),
    ("es", "Vedrana Baterías, la empresa conjunta participada por Almazora Capital, contrata.", False),
    ("it", "Vedrana Batterie, la società delle celle partecipata da Bracciano Capital, assume.", True),
])
def test_a_joint_venture_taken_part_in_is_no_bare_stake(lang, text, stake):
    from tierscope.relations.compiled import compiled
    from tierscope.relations.stake_participles import stake_only

    word = "partecipata da" if lang == "it" else "participada por"
    t0 = text.index(word)
    holder_end = text.index(",", t0)
    assert stake_only(compiled(lang), word, text, t0, holder_end) is stake
