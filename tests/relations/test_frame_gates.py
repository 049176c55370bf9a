"""The frames' own searches narrowed by the sentence's trigger gate and literals (speed): the same answers
as searching every trigger, or the whole pattern, on invented sentences."""

import dataclasses
import re

import pytest

from tierscope.relations import frames
from tierscope.relations.compiled import compiled
from tierscope.relations.frames.common import _deal_verb_between
from tierscope.relations.frames.nouns import _bought_noun
from tierscope.relations.trigger_gate import frame_patterns
from tierscope.scan.sentence_scan import new_page

SENTENCES = {
    "en": ["Kelbor acquired Norvane last spring and sold its stake in Drumlin.",
           "Kelbor will ship pumps to Norvane from its Ohio works.",
           "Kelbor has bought a supplier of Norvane, the maker of valves.",
           "Kelbor ſold Norvane to Drumlin."],  # (a long s: odd case folding, every deal trigger is searched)
    "de": ["Kelbor hat Norvane übernommen und seine Anteile an Drumlin verkauft.",
           "Kelbor liefert Pumpen an Norvane."],
    "fr": ["Kelbor a racheté Norvane et a cédé sa participation dans Drumlin.",
           "Kelbor livre des pompes à Norvane."],
    "it": ["Kelbor ha acquisito Norvane e ha ceduto la sua quota in Drumlin.",
           "Kelbor fornisce pompe a Norvane."],
    "es": ["Kelbor ha comprado Norvane y ha vendido su participación en Drumlin.",
           "Kelbor suministra bombas a Norvane."],
}


def _all_deal_verbs(lex, text, a, b):
    return any(trig["frame"] in ("ACQ", "SELL") and rx.search(text, a, b) for rx, trig in lex.triggers)


@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_frame_patterns_keep_each_trigger_that_matches(lang):
    new_page()
    lex = compiled(lang)
    for text in SENTENCES[lang]:
        got = frame_patterns(lex, text, ("ACQ", "SELL"))
        ordered = [rx for rx, trig in lex.triggers if trig["frame"] in ("ACQ", "SELL")]
        assert got == [rx for rx in ordered if rx in got]  # (the lexicon's order, its deal triggers only)
        for rx in ordered:
            if rx.search(text):
                assert rx in got, (lang, text, rx.pattern[:60])
        # every stretch asks the same as the walk over every trigger
        for a in range(0, len(text), 7):
            for b in range(a, len(text) + 1, 11):
                assert _deal_verb_between(lex, text, a, b) == _all_deal_verbs(lex, text, a, b), (lang, text, a, b)


def test_frame_patterns_follow_a_trigger_the_lexicon_gains():
    new_page()
    lex = compiled("en")
    word = "snarfled"
    grown = dataclasses.replace(
        lex,
        triggers=list(lex.triggers) + [(re.compile(word, re.I), {"type": "acquires", "frame": "ACQ"})],
        trigger_prefixes=list(lex.trigger_prefixes) + [(word[:4],)],
        trigger_required=list(lex.trigger_required) + [(word,)],
        trigger_prefix_all=tuple(sorted(set(lex.trigger_prefix_all) | {word[:4]})),
        trigger_by_prefix={**lex.trigger_by_prefix, word[:4]: (len(lex.triggers),)},
    )
    text = "Kelbor snarfled Norvane, a supplier of Drumlin."
    assert grown.triggers[-1][0] in frame_patterns(grown, text, ("ACQ",))
    assert _deal_verb_between(grown, text, 0, 20)
    assert not _deal_verb_between(lex, text, 0, 20)


def test_bought_noun_reads_the_purchase_before_the_noun():
    new_page()
    lex = compiled("en")
    text = "Kelbor has bought a supplier of Norvane."
    t0 = text.index("supplier")
    assert _bought_noun(lex, text, len("Kelbor"), t0)
    assert not _bought_noun(lex, "Kelbor has become a supplier of Norvane.", len("Kelbor"), len("Kelbor has become a "))


CONTRASTS = [
    "Kelbor builds pumps in Ohio, while Norvane supplies Drumlin.",
    "Kelbor builds pumps in Ohio whereas Norvane supplies Drumlin.",
    "Kelbor costruisce pompe, mentre Norvane fornisce Drumlin.",
    "Kelbor baut Pumpen, während Norvane Drumlin beliefert.",
    "Kelbor construit des pompes, tandis que Norvane livre Drumlin.",
    "Kelbor construit des pompes alors qu'il livre Drumlin.",
    "Kelbor fabrica bombas mientras Norvane suministra a Drumlin.",
    "Kelbor builds pumps and Norvane supplies Drumlin.",
    "Kelbor builds pumps, whıle Norvane supplies Drumlin.",  # (a dotless i: odd case folding)
    "KELBOR BUILDS PUMPS WHILST NORVANE SUPPLIES DRUMLIN.",
]


@pytest.mark.parametrize("text", CONTRASTS)
def test_contrast_after_is_the_search(text):
    new_page()
    for t1 in range(0, len(text), 5):
        m = frames._CONTRAST.search(text, t1)
        assert frames._contrast_after(text, t1) == (m.start() if m else None), (text, t1)
