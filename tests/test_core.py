"""The core contracts: content ids, the pipeline's wiring check, the output shape."""

from __future__ import annotations

import pytest

from tierscope import ids
from tierscope.doc import Document, Evidence, Mention, Relation
from tierscope.errors import ContractError, StageError
from tierscope.output import document_to_dict
from tierscope.pipeline import Pipeline


def test_content_id_ignores_whitespace_but_not_words():
    assert ids.content_id("A  supplies\nB.") == ids.content_id("A supplies B. ")
    assert ids.content_id("A supplies B.") != ids.content_id("B supplies A.")


def test_relation_id_symmetric_only_when_asked():
    assert ids.relation_id("partners_with", "x", "y", True) == ids.relation_id("partners_with", "y", "x", True)
    assert ids.relation_id("supplies", "x", "y", False) != ids.relation_id("supplies", "y", "x", False)


def test_company_key_folds_case_and_accents():
    assert ids.company_key("Société  Générale") == ids.company_key("societe generale")
    assert ids.company_key("BMW AG") != ids.company_key("BMW")


class _Upper:
    name = "test.upper.v1"
    requires = ("text",)
    produces = ("title",)

    def warm_up(self):
        pass

    def __call__(self, doc):
        doc.title = doc.text.upper()
        return doc


class _NeedsSentences(_Upper):
    name = "test.needs.v1"
    requires = ("sentences",)


class _Broken(_Upper):
    name = "test.broken.v1"

    def __call__(self, doc):
        raise KeyError("boom")


def test_pipeline_runs_and_records_provenance():
    doc = Pipeline([_Upper()])(Document(id="d", source="d.txt", text="abc"))
    assert doc.title == "ABC"
    assert doc.provenance == ["test.upper.v1"]


def test_pipeline_refuses_miswiring_naming_the_component():
    with pytest.raises(ContractError, match="test.needs.v1 requires sentences"):
        Pipeline([_NeedsSentences()])


def test_component_bug_becomes_stage_error_naming_it():
    with pytest.raises(StageError, match="test.broken.v1 failed: KeyError"):
        Pipeline([_Broken()])(Document(id="d", source="d.txt", text="abc"))


def test_output_groups_mentions_by_entity():
    text = "JLR buys cells from CATL. Jaguar Land Rover said so."
    doc = Document(id="d", source="d.txt", text=text, language="en")
    doc.mentions = [
        Mention(0, 3, "JLR", "COMPANY", canonical="Jaguar Land Rover"),
        Mention(20, 24, "CATL", "COMPANY", canonical="CATL"),
        Mention(26, 43, "Jaguar Land Rover", "COMPANY", canonical="Jaguar Land Rover"),
    ]
    doc.relations = [Relation("supplies", "CATL", "Jaguar Land Rover", "active", Evidence(text[:25], 0, 25))]
    out = document_to_dict(doc)
    jlr = next(e for e in out["entities"] if e["name"] == "Jaguar Land Rover")
    assert [m["text"] for m in jlr["mentions"]] == ["JLR", "Jaguar Land Rover"]
    assert out["relations"][0]["evidence"] == {"text": text[:25], "start": 0, "end": 25}
    assert text[0:25] == out["relations"][0]["evidence"]["text"]


class _Table(_Upper):
    """A component whose warm-up loads a table that lives as long as the process."""

    name = "test.table.v1"

    def warm_up(self):
        self.table = {f"name{i}": [i] for i in range(50)}


@pytest.fixture
def gc_state():
    import gc

    threshold = gc.get_threshold()
    yield gc
    gc.unfreeze()
    gc.set_threshold(*threshold)


def test_warm_up_puts_loaded_tables_out_of_the_collectors_reach(gc_state):
    gc_state.set_threshold(700, 10, 10)
    component = _Table()
    Pipeline([component]).warm_up()
    tracked = {id(o) for o in gc_state.get_objects()}
    assert id(component.table) not in tracked and id(component.table["name7"]) not in tracked
    assert gc_state.get_freeze_count() > 0
    assert gc_state.get_threshold()[0] >= 20_000  # young collections no longer every 700 allocations
