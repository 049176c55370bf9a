"""The trades a page describes its unknown companies by (``described_trades``) belong to that page only:
kept on ``Document.trades`` and read through ``known_roles.reading_trades`` while a stage reads the page,
so that two pages read at once (the web server's threads, a thread pool) or one stage's page read after
another page's extraction never see each other's trades. Invented companies and sentences."""

from __future__ import annotations

import threading

import pytest

from tierscope.learned import pair_features
from tierscope.learned.pair_admitter import PairAdmitter
from tierscope.relations import RelationExtractor, known_roles

from .helpers import make_doc

# Tarnvik: a cathode maker on the first page, a carmaker on the second; the first page's pair is left to
# the admitter, which asks ``down_the_chain`` of it
_CATHODES = "The cathode maker Tarnvik grew in Ohio. Osmora and Tarnvik met in Lyon to talk about cathodes."
_CARS = "The carmaker Tarnvik opened a showroom in Leeds. Osmora and Tarnvik met there."


@pytest.fixture
def chain_questions(monkeypatch):
    """What the admitter's chain feature saw as each company's sectors, by thread."""
    seen: list[tuple[str, str, tuple[str, ...]]] = []
    asked = pair_features.down_the_chain

    def spy(x, y):
        for name in (x, y):
            seen.append((threading.current_thread().name, name, known_roles.sectors_of(name)))
        return asked(x, y)

    monkeypatch.setattr(pair_features, "down_the_chain", spy)
    return seen


def test_the_page_keeps_its_trades_and_nothing_outlives_the_stage():
    extractor = RelationExtractor()
    first = extractor(make_doc(_CATHODES, ["Tarnvik", "Osmora"]))
    assert first.trades == {"Tarnvik": ("battery_materials",)}
    # outside a stage (a direction function called on its own) no page's trades are read
    assert known_roles.sectors_of("Tarnvik") == ()
    second = extractor(make_doc("Tarnvik opened a showroom. Osmora and Tarnvik met.", ["Tarnvik", "Osmora"]))
    assert second.trades == {}
    assert first.trades == {"Tarnvik": ("battery_materials",)}


def test_the_admitter_reads_its_own_page_after_another_page_was_extracted(chain_questions):
    extractor, admitter = RelationExtractor(), PairAdmitter()
    cathodes = extractor(make_doc(_CATHODES, ["Tarnvik", "Osmora"]))
    extractor(make_doc(_CARS, ["Tarnvik", "Osmora"]))
    admitter(cathodes)
    tarnvik = {sectors for _t, name, sectors in chain_questions if name == "Tarnvik"}
    assert tarnvik == {("battery_materials",)}


def test_two_pages_read_at_once_in_threads(chain_questions):
    extractor, admitter = RelationExtractor(), PairAdmitter()
    both_extracted = threading.Barrier(2, timeout=60)
    errors = []

    def read(text):
        try:
            doc = extractor(make_doc(text, ["Tarnvik", "Osmora"]))
            both_extracted.wait()  # each page's admitter runs after both pages' extraction
            admitter(doc)
        except Exception as exc:  # (a failure in a thread is reported by the test)
            errors.append(exc)

    threads = [threading.Thread(target=read, args=(text,), name=name) for name, text in (("cathodes", _CATHODES), ("cars", _CARS))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    by_thread = {(t, name): sectors for t, name, sectors in chain_questions}
    assert by_thread[("cathodes", "Tarnvik")] == ("battery_materials",)
    assert by_thread.get(("cars", "Tarnvik"), ("carmaker",)) == ("carmaker",)


def test_reading_trades_nests_and_restores():
    with known_roles.reading_trades({"Tarnvik": ("battery_cells",)}):
        with known_roles.reading_trades({"Tarnvik": ("chips",)}):
            assert known_roles.page_trade("Tarnvik") == ("chips",)
        assert known_roles.sectors_of("Tarnvik") == ("battery_cells",)
    assert known_roles.page_trade("Tarnvik") == ()
