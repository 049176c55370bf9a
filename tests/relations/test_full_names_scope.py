"""A known company the page names by its full name ("Xiamen Hithium Energy Storage Technology" for the
gazetteer's Hithium, ``name_joins.mark_home_full_names``) keeps what the gazetteer knows of it: the entity
stage keeps the page's full names on ``Document.full_names`` and the relation stage asks the gazetteer of a
full name as of the company (``known_roles.reading_names``), while the output keeps the full name. The
names belong to their page only: two pages read at once in threads never see each other's. Invented
sentences."""

from __future__ import annotations

import threading

from tierscope.doc import Document
from tierscope.entities.gazetteer import known_ventures
from tierscope.pipeline import default_pipeline
from tierscope.relations import known_roles

_HITHIUM = "Xiamen Hithium Energy Storage Technology"


def _ties(doc: Document) -> list[tuple[str, str, str]]:
    return sorted((r.type, r.source, r.target) for r in doc.relations)


def test_the_full_name_answers_as_the_gazetteer_name():
    with known_roles.reading_names({"Tarvena Energía y Medio Ambiente": "Solaria", _HITHIUM: "Hithium"}):
        assert known_roles.sectors_of("Tarvena Energía y Medio Ambiente") == known_roles.sectors_of("Solaria") != ()
        assert known_roles.kind_of(_HITHIUM) is known_roles.kind_of("Hithium")
        # a cell maker buys from a lithium miner, whichever the sentence names first
        assert known_roles.known_direction("supplies", _HITHIUM, "Tianqi Lithium") == ("Tianqi Lithium", _HITHIUM)
    # outside a stage reading that page the full name is no company the gazetteer knows
    assert known_roles.sectors_of(_HITHIUM) == ()
    assert known_roles.known_direction("supplies", _HITHIUM, "Tianqi Lithium") == (_HITHIUM, "Tianqi Lithium")


def test_a_parent_named_in_full_is_the_unit_s_owner_as_the_page_names_it():
    parent = known_roles.known_parent("Endesa")
    assert parent  # the gazetteer's parent of Endesa
    full = parent + " Power Holdings"
    with known_roles.reading_names({full: parent}):
        assert known_roles.known_parent("Endesa") == full
        assert known_roles.belongs_to("Endesa", full)
        # a unit does not buy its own parent, told by the parent's full name
        assert known_roles.known_direction("acquires", "Endesa", full) == (full, "Endesa")
    assert not known_roles.belongs_to("Endesa", full)


def test_a_renamed_cell_maker_buys_lithium_on_the_page():
    doc = default_pipeline()(Document(
        id="t", source="t", text=f"{_HITHIUM} is in talks with Tianqi Lithium about lithium supply."))
    assert doc.full_names == {_HITHIUM: "Hithium"}
    assert ("supplies", "Tianqi Lithium", _HITHIUM) in _ties(doc)
    assert ("supplies", _HITHIUM, "Tianqi Lithium") not in _ties(doc)
    assert known_roles.gazetteer_name(_HITHIUM) == _HITHIUM  # nothing outlives the stage


def test_reading_names_nests_and_restores():
    with known_roles.reading_names({"Orvane Group": "Hithium"}):
        with known_roles.reading_names({"Orvane Group": "Tianqi Lithium"}):
            assert known_roles.gazetteer_name("Orvane Group") == "Tianqi Lithium"
        assert known_roles.gazetteer_name("Orvane Group") == "Hithium"
    assert known_roles.gazetteer_name("Orvane Group") == "Orvane Group"


def test_two_pages_read_at_once_in_threads_keep_their_own_names():
    pipeline = default_pipeline()
    pages = {
        # the one page names Hithium in full, the other has a different company of the same full name
        "named": f"{_HITHIUM} is in talks with Tianqi Lithium about lithium supply.",
        "other": "Tianqi Lithium is in talks with Brevan Energy Storage Technology about lithium supply.",
    }
    both_read = threading.Barrier(2, timeout=60)
    seen: dict[str, tuple] = {}
    errors = []

    def read(key: str) -> None:
        try:
            doc = pipeline(Document(id=key, source="t", text=pages[key]))
            with known_roles.reading_names(doc.full_names):
                both_read.wait()  # each thread asks while the other page's names are set in its own thread
                seen[key] = (known_roles.gazetteer_name(_HITHIUM), dict(doc.full_names))
        except Exception as exc:  # (a failure in a thread is reported by the test)
            errors.append(exc)

    threads = [threading.Thread(target=read, args=(k,)) for k in pages]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert seen["named"] == ("Hithium", {_HITHIUM: "Hithium"})
    assert seen["other"] == (_HITHIUM, {})


def test_a_parent_named_in_full_founded_its_known_ventures():
    with known_roles.reading_names({"Hefei Gotion Storage Group": "Gotion"}):
        ventures = known_roles.page_ventures(known_ventures())
        assert ("Hefei Gotion Storage Group",) in ventures["Gotion InoBat Batteries"]
        assert ("Gotion",) not in ventures["Gotion InoBat Batteries"]
    assert ("Gotion",) in known_roles.page_ventures(known_ventures())["Gotion InoBat Batteries"]


def test_a_known_venture_of_a_parent_named_in_full_is_read():
    full = "Hefei Gotion Energy Storage Technology"
    doc = default_pipeline()(Document(
        id="t", source="t", text=f"{full} and InoBat own Gotion InoBat Batteries, which will build a plant in Slovakia."))
    assert doc.full_names == {full: "Gotion"}
    assert ("joint_venture", full, "InoBat") in _ties(doc)
