"""The facility readers' locative patterns (built from a language's locative words) are compiled once per
language, not rebuilt as a string and looked up in ``re``'s cache at each call: whatever the cache holds
(other stages' patterns push entries out of it), a second call compiles nothing. And they are the very
patterns the readers wrote inline before, so what they match is the same."""

import re
import re._compiler as sre_compiler
from types import SimpleNamespace

import pytest

from tierscope.relations import FacilityExtractor
from tierscope.relations import facility_context, facility_cues, facility_followups, facility_places
from tierscope.relations.facility_followups import _IN_THE

LANGS = ("en", "it", "de", "fr", "es")


def _compiles(monkeypatch) -> list:
    seen: list = []
    real = sre_compiler.compile

    def counting(pattern, flags=0):
        seen.append(pattern)
        return real(pattern, flags)

    monkeypatch.setattr(sre_compiler, "compile", counting)
    return seen


@pytest.mark.parametrize("lang", LANGS)
def test_a_second_call_compiles_nothing_even_with_res_cache_emptied(monkeypatch, lang):
    ctx = SimpleNamespace(cue=facility_cues.compiled(lang))
    gap = ", which the invented Quorvale group is building in "
    facility_places._relative_place(ctx, gap)
    facility_places._opens_sentence(ctx, "In the town of Brackwell, Quorvale builds", 19)
    seen = _compiles(monkeypatch)
    re.purge()  # (as if other patterns had pushed these out of re's cache)
    facility_places._relative_place(ctx, gap)
    facility_places._opens_sentence(ctx, "In the town of Brackwell, Quorvale builds", 19)
    assert seen == []


@pytest.mark.parametrize("lang", LANGS)
def test_the_patterns_are_those_the_readers_wrote_inline(lang):
    prep = facility_cues.compiled(lang)["loc_prep"]
    near, at_end = facility_followups._near_rxs(prep)
    assert near.pattern == rf"(?:\s+(?-i:[a-zà-ÿß][\w-]*))?\s*,?\s*(?i:{prep}|{_IN_THE})\s*(?:[\w-]+\s+|[\w-]*['’]\s*){{0,2}}"
    assert at_end.pattern == rf"(?:\b(?i:{prep})\s+(?:[\w-]+\s+|[\w-]*['’]\s*){{0,2}})$"
    rel = facility_places._relative_place_rx(prep)
    assert rel.pattern == (rf"\s*,?\s*(?:que|qu['’]|che|that|which|die|das|den|qui)\s+(?:[\w'’-]+\s+){{0,5}}?"
                           rf"(?i:{prep})\s+")
    assert rel.flags & re.IGNORECASE
    opening = facility_places._opening_place_rx(prep)
    assert opening.pattern == rf"\W{{0,3}}(?i:{prep})\s+(?:[a-zà-ÿß-]+\s+){{0,3}}"
    assert not opening.flags & re.IGNORECASE
    at = facility_context._prep_at_end_rx(prep)
    assert at.pattern == rf"(?i:{prep})\s+(?:[a-zà-ÿß-]+\s+){{0,2}}$"
    assert not at.flags & re.IGNORECASE


def test_warm_up_compiles_them_for_every_language(monkeypatch):
    for f in (facility_followups._near_rxs, facility_places._relative_place_rx, facility_places._opening_place_rx,
              facility_context._prep_at_end_rx):
        f.cache_clear()
    FacilityExtractor().warm_up()
    preps = {facility_cues.compiled(lang)["loc_prep"] for lang in LANGS}
    for f in (facility_followups._near_rxs, facility_places._relative_place_rx, facility_places._opening_place_rx,
              facility_context._prep_at_end_rx):
        assert f.cache_info().currsize >= len(preps), f
