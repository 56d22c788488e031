"""The extraction contract: ``Extraction`` as the JSON object SPEC.md defines."""

from __future__ import annotations

from datetime import date
from typing import Any

from stancemap.models import Entity, Extraction, Position, SourceCited, Statement

# The contract's entity types; groups of countries are reported as organizations.
_CONTRACT_TYPES = {"group": "organization"}


def to_contract(extraction: Extraction) -> dict[str, Any]:
    """One document of ``stancemap extract`` output."""
    article = extraction.article
    return {
        "id": article.id,
        "title": article.title,
        "url": article.url,
        "outlet": article.outlet,
        "published": _iso(article.published),
        "language": extraction.language,
        "entities": [_entity(e) for e in extraction.entities],
        "statements": [_statement(s) for s in extraction.statements if not s.fragment],
        "positions": [_position(p) for p in extraction.positions],
        "sources_cited": [_source(s) for s in extraction.sources_cited],
        "dates": [
            {"text": d.text, "start": d.start, "end": d.end, "value": _iso(d.value)}
            for d in extraction.dates
        ],
    }


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _entity(entity: Entity) -> dict[str, Any]:
    return {
        "id": entity.id,
        "name": entity.name,
        "type": _CONTRACT_TYPES.get(entity.type, entity.type),
        "aliases": list(entity.aliases),
        "roles": [{"title": r.title, "of": r.of} for r in entity.roles],
        "country": entity.country,
    }


def _statement(statement: Statement) -> dict[str, Any]:
    return {
        "id": statement.id,
        "speaker": {"name": statement.speaker.name, "entity": statement.speaker.entity},
        "kind": statement.kind,
        "cue": statement.cue,
        "start": statement.start,
        "end": statement.end,
        "text": statement.text,
        "said_on": _iso(statement.said_on),
        "via": statement.via,
    }


def _position(position: Position) -> dict[str, Any]:
    return {
        "actor": {"name": position.actor.name, "entity": position.actor.entity},
        "issue": position.issue,
        "stance": position.stance,
        "conditions": [
            {"type": c.type, "text": c.text, "start": c.start, "end": c.end}
            for c in position.conditions
        ],
        "hedged": position.hedged,
        "confidence": position.confidence,
        "statement": position.statement,
        "start": position.start,
        "end": position.end,
    }


def _source(source: SourceCited) -> dict[str, Any]:
    return {
        "name": source.name,
        "type": _CONTRACT_TYPES.get(source.type, source.type),
        "start": source.start,
        "end": source.end,
        "statement": source.statement,
    }
