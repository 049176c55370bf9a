"""extract.schema.json describes exactly what ``output.document_to_dict`` (and so ``tierscope
extract``) produces."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

import tierscope
from tierscope.doc import (
    ENTITY_LABELS,
    FACILITY_STATUSES,
    RELATION_TYPES,
    STATUSES,
    Document,
    Evidence,
    Facility,
    Mention,
    Relation,
)
from tierscope.output import document_to_dict

SCHEMA_PATH = Path(tierscope.__file__).parent / "schema" / "extract.schema.json"


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def _doc() -> Document:
    text = ("CATL will supply battery cells to BMW from its new plant in Debrecen, Hungary, "
            "which will make 100 GWh a year. The plant costs 7.3 billion euros.")
    ev = Evidence(text[:text.index(".") + 1], 0, text.index(".") + 1)
    doc = Document(id="en-catl", source="news/en-catl.txt", text=text, language="en", published="2024-10-02",
                   title="CATL and BMW", url="https://example.com/catl")
    doc.mentions = [
        Mention(0, 4, "CATL", "COMPANY", canonical="CATL", attrs={"known": True}),
        Mention(34, 37, "BMW", "COMPANY", canonical="BMW"),
        Mention(60, 68, "Debrecen", "PLACE", attrs={"country": "HU"}),
        Mention(103, 110, "100 GWh", "CAPACITY", attrs={"value": 100.0, "unit": "GWh"}),
    ]
    doc.relations = [Relation("supplies", "CATL", "BMW", "announced", ev, product="battery cells", confidence=0.84)]
    doc.facilities = [Facility("CATL", "Debrecen", "battery cells", "under_construction", ev,
                               capacity={"value": 100.0, "unit": "GWh"},
                               investment={"amount": 7.3e9, "currency": "EUR"}, confidence=0.7),
                      Facility(None, None, None, "planned", ev)]
    doc.errors = ["no dateline"]
    return doc


def test_schema_vocabularies_match_the_code():
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    rel = schema["properties"]["relations"]["items"]["properties"]
    assert rel["type"]["enum"] == list(RELATION_TYPES)
    assert rel["status"]["enum"] == list(STATUSES)
    assert schema["properties"]["facilities"]["items"]["properties"]["status"]["enum"] == list(FACILITY_STATUSES)
    assert schema["properties"]["entities"]["items"]["properties"]["type"]["enum"] == list(ENTITY_LABELS)


def test_hand_built_document_validates(validator):
    d = document_to_dict(_doc())
    validator.validate(d)
    validator.validate(document_to_dict(Document(id="empty", source="-")))  # nothing extracted, nulls


@pytest.mark.parametrize(
    "path, value",
    [
        (("relations", 0, "type"), "supplier_of"),
        (("relations", 0, "status"), "probably"),
        (("relations", 0, "confidence"), 1.5),
        (("facilities", 0, "status"), "in_talks"),
        (("entities", 0, "type"), "ORG"),
        (("published",), "12 March 2024"),
        (("relations", 0, "evidence", "start"), -1),
    ],
)
def test_schema_rejects_what_the_code_never_produces(validator, path, value):
    d = copy.deepcopy(document_to_dict(_doc()))
    target = d
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(d)


def test_schema_rejects_unknown_fields(validator):
    d = document_to_dict(_doc())
    d["relations"][0]["extra"] = 1
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(d)


def test_real_extract_output_validates(validator, tmp_path):
    from tierscope.cli.main import cli

    (tmp_path / "en.txt").write_text(
        "Stuttgart, 12 March 2024 - Bosch will supply brake systems to Volkswagen from 2025, the two "
        "companies said. CATL is building a 100 GWh battery plant in Debrecen, Hungary.\n", encoding="utf-8")
    (tmp_path / "it.txt").write_text(
        "Milano, 3 aprile 2024 - Pirelli fornirà pneumatici a Ferrari per la nuova stagione, ha detto "
        "l'azienda in una nota.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(tmp_path), "--format", "jsonl"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    docs = [json.loads(line) for line in lines]
    for d in docs:
        validator.validate(d)
    # the fields the schema allows to be empty are filled on these articles
    en = next(d for d in docs if d["id"] == "en.txt")
    assert en["language"] == "en" and en["published"] == "2024-03-12"
    assert {e["type"] for e in en["entities"]} >= {"COMPANY", "PLACE", "CAPACITY"}
    assert [(r["type"], r["source"], r["target"]) for r in en["relations"]] == [("supplies", "Bosch", "Volkswagen")]
    [plant] = en["facilities"]
    assert plant["owner"] == "CATL" and plant["capacity"] == {"value": 100, "unit": "GWh"}
    for d, path in ((d, tmp_path / d["id"]) for d in docs):
        text = path.read_text(encoding="utf-8")
        for r in d["relations"]:
            assert text[r["evidence"]["start"] : r["evidence"]["end"]] == r["evidence"]["text"]
