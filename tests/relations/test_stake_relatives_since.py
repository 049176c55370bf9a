"""A German stake relative with its start told before the figure ("Brixo, an dem Norvik seit 2020 rund
ein Viertel der Anteile hält"): a quarter is a minority stake, not control (stake_relatives.py); the
other languages put the start after the verb and were read already. Invented sentences, made-up companies."""

from __future__ import annotations

import pytest

from tierscope.relations import RelationExtractor

from .helpers import make_doc


def _rels(text, lang):
    return {(r.type, r.source, r.target, r.status)
            for r in RelationExtractor()(make_doc(text, ["Norvik", "Brixo"], language=lang)).relations}


@pytest.mark.parametrize("lang,text,kind", [
    ("de", "Techniker des Zellherstellers Brixo, an dem Norvik seit 2020 rund ein Viertel der Anteile hält, arbeiten in Kiel.", "invests_in"),
    ("de", "Brixo, an dem Norvik seit 2019 ein Drittel hält, baut ein zweites Werk.", "invests_in"),
    ("de", "Brixo, an dem Norvik seit 2021 rund 60 Prozent hält, baut ein zweites Werk.", "owns"),
    ("fr", "Brixo, dans laquelle Norvik détient depuis 2020 environ un quart du capital, construit une usine.", "invests_in"),
    ("it", "Brixo, di cui Norvik detiene dal 2020 circa un quarto, costruisce un impianto.", "invests_in"),
    ("es", "Brixo, en la que Norvik posee desde 2020 una cuarta parte, construye una planta.", "invests_in"),
])
def test_a_start_before_the_figure_keeps_the_stake_s_size(lang, text, kind):
    got = _rels(text, lang)
    assert (kind, "Norvik", "Brixo", "active") in got
    assert not any(r[0] != kind and {r[1], r[2]} == {"Norvik", "Brixo"} for r in got)
