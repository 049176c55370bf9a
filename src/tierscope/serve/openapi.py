"""The OpenAPI 3.1 description of the JSON API, served at ``/api/openapi.json``. Hand-written next to
the route table in ``app.py``; ``tests/serve`` checks it with ``openapi-spec-validator`` and checks
that every API route is described."""

from __future__ import annotations

import copy
from typing import Any

from .. import __version__
from ..doc import FACILITY_STATUSES, RELATION_TYPES, STATUSES

__all__ = ["openapi_document"]


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _param(name: str, where: str, schema: dict[str, Any], description: str, required: bool = False) -> dict[str, Any]:
    return {"name": name, "in": where, "required": required or where == "path", "description": description,
            "schema": schema}


_NULLABLE_STR = {"type": ["string", "null"]}
_DATE = {"type": "string", "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$"}

_LIMIT = _param("limit", "query", {"type": "integer", "minimum": 1, "maximum": 500, "default": 50},
                "Page size.")
_OFFSET = _param("offset", "query", {"type": "integer", "minimum": 0, "default": 0}, "Items to skip.")
_AS_OF = _param("as_of", "query", _DATE,
                "Answer from what was known on this date (2024 and 2024-06 mean the end of that year or month): "
                "assertions published after it, and undated ones ingested after it, are dropped and statuses "
                "re-derived.")
_ID = _param("id", "path", {"type": "string", "pattern": "^[0-9a-f]+$"}, "Stable id from the store.")


def _ok(schema: str, description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": _ref(schema)}}}


def _errors(*codes: int) -> dict[str, Any]:
    words = {400: "A bad parameter.", 401: "Missing or wrong token.", 403: "Adding documents is off.",
             404: "Unknown id.", 413: "Body too large.", 415: "Body is not JSON.",
             422: "The article could not be processed.", 503: "The database cannot be read."}
    return {str(c): {"description": words[c], "content": {"application/json": {"schema": _ref("Error")}}} for c in codes}


_SCHEMAS: dict[str, Any] = {
    "Error": {
        "type": "object",
        "required": ["error"],
        "properties": {
            "error": {
                "type": "object",
                "required": ["code", "message"],
                "properties": {"code": {"type": "string"}, "message": {"type": "string"}},
            }
        },
    },
    "CompanyRef": {
        "type": "object",
        "required": ["id", "name"],
        "properties": {"id": {"type": "string"}, "name": {"type": "string"}},
    },
    "CompanySummary": {
        "type": "object",
        "required": ["id", "name", "aliases", "relations"],
        "properties": {
            "id": {"type": "string"},
            "name": {"type": "string"},
            "aliases": {"type": "array", "items": {"type": "string"}},
            "country": _NULLABLE_STR,
            "relations": {"type": "integer"},
        },
    },
    "CompanyPage": {
        "type": "object",
        "required": ["items", "total", "limit", "offset"],
        "properties": {
            "items": {"type": "array", "items": _ref("CompanySummary")},
            "total": {"type": "integer"},
            "limit": {"type": "integer"},
            "offset": {"type": "integer"},
            "q": _NULLABLE_STR,
        },
    },
    "Relation": {
        "type": "object",
        "description": "A relation with its status derived from its assertions (as of as_of when given).",
        "required": ["id", "type", "source", "target", "status", "assertions"],
        "properties": {
            "id": {"type": "string"},
            "type": {"enum": list(RELATION_TYPES)},
            "symmetric": {"type": "boolean"},
            "source": _ref("CompanyRef"),
            "target": _ref("CompanyRef"),
            "status": {"enum": [*STATUSES, None]},
            "status_reason": {"type": "string"},
            "status_since": _NULLABLE_STR,
            "contested": {"type": "boolean"},
            "assertions": {"type": "integer"},
            "documents": {"type": "integer"},
            "sources": {"type": "integer", "description": "Distinct sources: a reprint or translation counts once."},
            "first_seen": _NULLABLE_STR,
            "last_seen": _NULLABLE_STR,
            "products": {"type": "array", "items": {"type": "string"}},
        },
    },
    "CompanyRelation": {
        "allOf": [
            _ref("Relation"),
            {
                "type": "object",
                "properties": {
                    "direction": {"enum": ["out", "in", "mutual"]},
                    "other": _ref("CompanyRef"),
                },
            },
        ]
    },
    "RelationPage": {
        "type": "object",
        "required": ["items", "total", "limit", "offset"],
        "properties": {
            "items": {"type": "array", "items": _ref("Relation")},
            "total": {"type": "integer"},
            "limit": {"type": "integer"},
            "offset": {"type": "integer"},
        },
    },
    "Facility": {
        "type": "object",
        "required": ["id", "status"],
        "properties": {
            "id": {"type": "string"},
            "owner": {"oneOf": [_ref("CompanyRef"), {"type": "null"}]},
            "location": _NULLABLE_STR,
            "country": _NULLABLE_STR,
            "product": _NULLABLE_STR,
            "status": {"enum": [*FACILITY_STATUSES, None]},
            "capacity": {
                "type": ["object", "null"],
                "properties": {"value": {"type": "number"}, "unit": _NULLABLE_STR},
            },
            "investment": {
                "type": ["object", "null"],
                "properties": {"amount": {"type": "number"}, "currency": _NULLABLE_STR},
            },
            "documents": {"type": "integer"},
            "sources": {"type": "integer"},
            "first_seen": _NULLABLE_STR,
            "last_seen": _NULLABLE_STR,
        },
    },
    "FacilityPage": {
        "type": "object",
        "required": ["items", "total", "limit", "offset"],
        "properties": {
            "items": {"type": "array", "items": _ref("Facility")},
            "total": {"type": "integer"},
            "limit": {"type": "integer"},
            "offset": {"type": "integer"},
        },
    },
    "Company": {
        "type": "object",
        "required": ["id", "name", "aliases", "relations", "facilities"],
        "properties": {
            "id": {"type": "string"},
            "name": {"type": "string"},
            "aliases": {"type": "array", "items": {"type": "string"}},
            "sectors": {"type": "array", "items": {"type": "string"}},
            "country": _NULLABLE_STR,
            "as_of": _NULLABLE_STR,
            "first_seen": _NULLABLE_STR,
            "last_seen": _NULLABLE_STR,
            "relations_total": {"type": "integer"},
            "relations": {"type": "array", "items": _ref("CompanyRelation"),
                          "description": "The 100 most recently reported; page through the rest with "
                                         "GET /api/relations?company=ID&offset=100 (same order)."},
            "facilities": {"type": "array", "items": _ref("Facility")},
        },
    },
    "Neighbourhood": {
        "type": "object",
        "required": ["center", "nodes", "edges", "truncated"],
        "properties": {
            "center": {"type": "string"},
            "depth": {"type": "integer"},
            "as_of": _NULLABLE_STR,
            "nodes": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["id", "name", "depth"],
                    "properties": {"id": {"type": "string"}, "name": {"type": "string"}, "depth": {"type": "integer"}},
                },
            },
            "edges": {"type": "array", "items": _ref("Relation")},
            "truncated": {"type": "boolean"},
        },
    },
    "Evidence": {
        "type": "object",
        "required": ["assertion_id", "status", "text", "document"],
        "properties": {
            "assertion_id": {"type": "string"},
            "relation_id": {"type": "string"},
            "status": {"enum": list(STATUSES)},
            "product": _NULLABLE_STR,
            "confidence": {"type": ["number", "null"]},
            "text": {"type": "string", "description": "The sentence, in the article's language."},
            "start": {"type": "integer"},
            "end": {"type": "integer"},
            "language": _NULLABLE_STR,
            "published": _NULLABLE_STR,
            "known_on_as_of": {"type": "boolean"},
            "source_name": _NULLABLE_STR,
            "target_name": _NULLABLE_STR,
            "document": {
                "type": "object",
                "properties": {
                    "id": {"type": "string"},
                    "cluster": {"type": "string", "description": "Near-duplicate cluster (one source)."},
                    "key": {"type": "string"},
                    "title": _NULLABLE_STR,
                    "url": _NULLABLE_STR,
                    "source": {"type": "string"},
                    "addresses": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "properties": {"source": {"type": "string"}, "url": _NULLABLE_STR},
                        },
                    },
                },
            },
        },
    },
    "RelationDetail": {
        "allOf": [
            _ref("Relation"),
            {
                "type": "object",
                "required": ["evidence", "timeline"],
                "properties": {
                    "as_of": _NULLABLE_STR,
                    "timeline": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "properties": {
                                "status": {"enum": list(STATUSES)},
                                "start": _NULLABLE_STR,
                                "end": _NULLABLE_STR,
                                "sources": {"type": "integer"},
                                "documents": {"type": "array", "items": {"type": "string"}},
                                "effective": {"enum": [*STATUSES, None]},
                            },
                        },
                    },
                    "contradictions": {"type": "array", "items": {"type": "object"}},
                    "evidence": {"type": "array", "items": _ref("Evidence")},
                },
            },
        ]
    },
    "EvidenceBetween": {
        "type": "object",
        "required": ["a", "b", "items"],
        "properties": {
            "a": _ref("CompanyRef"),
            "b": _ref("CompanyRef"),
            "as_of": _NULLABLE_STR,
            "items": {"type": "array", "items": _ref("Evidence")},
        },
    },
    "Capacity": {
        "type": "object",
        "required": ["by", "unit", "items"],
        "properties": {
            "by": {"enum": ["owner", "country"]},
            "as_of": _NULLABLE_STR,
            "unit": {"const": "GWh"},
            "items": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["label", "gwh"],
                    "properties": {
                        "label": {"type": "string"},
                        "gwh": {"type": "number"},
                        "plants": {"type": "integer"},
                        "company_id": _NULLABLE_STR,
                    },
                },
            },
        },
    },
    "Stats": {
        "type": "object",
        "properties": {
            "companies": {"type": "integer"},
            "relations": {"type": "integer"},
            "documents": {"type": "integer"},
            "facilities": {"type": "integer"},
            "version": {"type": "string"},
            "writable": {"type": "boolean"},
            "relation_types": {"type": "array", "items": {"type": "string"}},
            "statuses": {"type": "array", "items": {"type": "string"}},
        },
    },
    "NewDocument": {
        "type": "object",
        "description": "One article: exactly one of text or html.",
        "additionalProperties": False,
        "properties": {
            "text": {"type": "string"},
            "html": {"type": "string"},
            "id": {"type": "string"},
            "url": {"type": "string"},
            "title": {"type": "string"},
            "published": _DATE,
        },
    },
    "AddedDocument": {
        "type": "object",
        "required": ["doc_id", "new"],
        "properties": {
            "doc_id": {"type": "string"},
            "id": {"type": "string"},
            "new": {"type": "boolean"},
            "language": _NULLABLE_STR,
            "published": _NULLABLE_STR,
            "relations": {"type": "integer"},
            "facilities": {"type": "integer"},
            "errors": {"type": "array", "items": {"type": "string"}},
        },
    },
}

_PATHS: dict[str, Any] = {
    "/api/stats": {
        "get": {
            "summary": "Row counts and server settings",
            "operationId": "stats",
            "responses": {"200": _ok("Stats", "Counts.")},
        }
    },
    "/api/companies": {
        "get": {
            "summary": "List or search companies",
            "operationId": "listCompanies",
            "parameters": [
                _param("q", "query", {"type": "string", "maxLength": 200},
                       "Substring of a name or alias (case, accents, spacing ignored)."),
                _LIMIT,
                _OFFSET,
            ],
            "responses": {"200": _ok("CompanyPage", "A page of companies."), **_errors(400)},
        }
    },
    "/api/companies/{id}": {
        "get": {
            "summary": "One company with its 100 most recent relations and its facilities",
            "operationId": "getCompany",
            "parameters": [_ID, _AS_OF],
            "responses": {"200": _ok("Company", "The company."), **_errors(400, 404)},
        }
    },
    "/api/companies/{id}/neighbourhood": {
        "get": {
            "summary": "Companies and relations around one company",
            "operationId": "getNeighbourhood",
            "parameters": [
                _ID,
                _param("depth", "query", {"type": "integer", "minimum": 1, "maximum": 3, "default": 1},
                       "How many relations away."),
                _param("max_edges", "query", {"type": "integer", "minimum": 1, "maximum": 2000, "default": 400},
                       "Most edges returned (nearer first)."),
                _AS_OF,
            ],
            "responses": {"200": _ok("Neighbourhood", "Nodes and edges."), **_errors(400, 404)},
        }
    },
    "/api/relations": {
        "get": {
            "summary": "Relations, most recently reported first",
            "operationId": "listRelations",
            "parameters": [
                _param("type", "query", {"enum": list(RELATION_TYPES)}, "Relation type."),
                _param("status", "query", {"enum": list(STATUSES)}, "Derived status (as of as_of)."),
                _param("product", "query", {"type": "string", "maxLength": 200}, "Substring of a product."),
                _param("since", "query", _DATE, "Reported on or after this date."),
                _param("until", "query", _DATE, "Reported on or before this date."),
                _param("company", "query", {"type": "string"}, "Only relations of this company id."),
                _AS_OF,
                _LIMIT,
                _OFFSET,
            ],
            "responses": {"200": _ok("RelationPage", "A page of relations."), **_errors(400, 404)},
        }
    },
    "/api/relations/{id}": {
        "get": {
            "summary": "One relation with every piece of evidence and its status timeline",
            "operationId": "getRelation",
            "parameters": [_ID, _AS_OF],
            "responses": {"200": _ok("RelationDetail", "The relation."), **_errors(400, 404)},
        }
    },
    "/api/evidence": {
        "get": {
            "summary": "Every assertion linking two companies",
            "operationId": "evidenceBetween",
            "parameters": [
                _param("a", "query", {"type": "string"}, "A company id.", required=True),
                _param("b", "query", {"type": "string"}, "Another company id.", required=True),
                _AS_OF,
            ],
            "responses": {"200": _ok("EvidenceBetween", "The evidence, oldest first."), **_errors(400, 404)},
        }
    },
    "/api/facilities": {
        "get": {
            "summary": "Facilities (plants) with their latest status, capacity and investment",
            "operationId": "listFacilities",
            "parameters": [
                _param("owner", "query", {"type": "string"}, "Only plants of this company id."),
                _param("status", "query", {"enum": list(FACILITY_STATUSES)}, "Latest status."),
                _AS_OF,
                _LIMIT,
                _OFFSET,
            ],
            "responses": {"200": _ok("FacilityPage", "A page of facilities."), **_errors(400, 404)},
        }
    },
    "/api/capacity": {
        "get": {
            "summary": "Plant capacity (GWh) by owner or country",
            "operationId": "capacity",
            "parameters": [
                _param("by", "query", {"enum": ["owner", "country"], "default": "owner"}, "Group by."),
                _AS_OF,
            ],
            "responses": {"200": _ok("Capacity", "Totals, largest first."), **_errors(400)},
        }
    },
    "/api/documents": {
        "post": {
            "summary": "Add an article: run the extraction pipeline and store what it finds",
            "description": "Off unless the server was started with --token (or TIERSCOPE_TOKEN).",
            "operationId": "addDocument",
            "security": [{"bearer": []}],
            "requestBody": {"required": True, "content": {"application/json": {"schema": _ref("NewDocument")}}},
            "responses": {
                "201": _ok("AddedDocument", "Stored."),
                "200": _ok("AddedDocument", "The same text was already stored."),
                **_errors(400, 401, 403, 413, 415, 422),
            },
        }
    },
}

_DOCUMENT: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {
        "title": "tierscope",
        "version": __version__,
        "description": "Companies, their relations with evidence, and their plants, read from business news. "
        "Errors are {\"error\": {\"code\", \"message\"}}.",
        "license": {"name": "Apache-2.0", "identifier": "Apache-2.0"},
    },
    "servers": [{"url": "/"}],
    "paths": _PATHS,
    "components": {
        "schemas": _SCHEMAS,
        "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
    },
}


def openapi_document() -> dict[str, Any]:
    """A fresh copy of the OpenAPI 3.1 document."""
    return copy.deepcopy(_DOCUMENT)
