"""The patterns readers compile on first use, per language, are compiled by the stages' warm-up, so the
first pages of a run do not pay for them (bench/run.py times pages after warm-up)."""

import sys

from tierscope.entities import names
from tierscope.entities.recognizer import EntityRecognizer
from tierscope.relations import RelationExtractor, FacilityExtractor, facility_sales, held_deals, revealed_parties, until_past_times, ventures_to_come


def test_warm_up_compiles_what_readers_used_to_compile_on_first_use():
    lazy = (revealed_parties._patterns, held_deals._patterns, ventures_to_come._patterns, until_past_times._phrase, names._deal_regex)
    for f in lazy:
        f.cache_clear()
    facility_sales._RX.clear()
    RelationExtractor().warm_up()
    FacilityExtractor().warm_up()
    EntityRecognizer().warm_up()
    for f in lazy:
        assert f.cache_info().currsize >= 5, f
    assert set(facility_sales._RX) >= {"en", "it", "de", "fr", "es"}
    assert "tierscope.relations.de_stake_order" in sys.modules and "tierscope.relations.de_bare_stakes" in sys.modules
