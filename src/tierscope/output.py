"""The JSON shape of one extracted document (``tierscope extract``), defined by
``schema/extract.schema.json``."""

from __future__ import annotations

from typing import Any

from .doc import Document, Evidence

__all__ = ["document_to_dict"]


def _evidence(e: Evidence) -> dict[str, Any]:
    return {"text": e.text, "start": e.start, "end": e.end}


def document_to_dict(doc: Document) -> dict[str, Any]:
    entities: dict[tuple[str, str], dict[str, Any]] = {}
    for m in sorted(doc.mentions, key=lambda m: (m.start, m.end)):
        if m.attrs.get("implied"):
            continue  # a left-out subject has no text of its own: its company is named where it stands
        name = m.canonical or m.text
        ent = entities.setdefault((m.label, name), {"name": name, "type": m.label, "mentions": []})
        ent["mentions"].append({"text": m.text, "start": m.start, "end": m.end})
    return {
        "id": doc.id,
        "source": doc.source,
        "language": doc.language,
        "published": doc.published,
        "title": doc.title,
        "url": doc.url,
        "entities": list(entities.values()),
        "relations": [
            {
                "type": r.type,
                "source": r.source,
                "target": r.target,
                "status": r.status,
                "product": r.product,
                "confidence": round(r.confidence, 3),
                "evidence": _evidence(r.evidence),
            }
            for r in doc.relations
        ],
        "facilities": [
            {
                "owner": f.owner,
                "location": f.location,
                "product": f.product,
                "capacity": f.capacity,
                "investment": f.investment,
                "status": f.status,
                "confidence": round(f.confidence, 3),
                "evidence": _evidence(f.evidence),
            }
            for f in doc.facilities
        ],
        "errors": list(doc.errors),
    }
