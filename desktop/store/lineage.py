"""A faction's family tree from its relations: what it came from and what came of it. Plain data, no SQL."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.store.records import Link, Relation

# For each relation type, whether "A type B" makes B a predecessor of A (True) or A a predecessor of B (False).
LINEAGE_TYPES = {"founded from": True, "split from": True, "merged into": False, "renamed": False}


@dataclass(frozen=True)
class LineageLink:
    faction: Link
    type: str  # the relation's own wording, e.g. "split from"
    date: str | None


@dataclass(frozen=True)
class Lineage:
    predecessors: tuple[LineageLink, ...]
    successors: tuple[LineageLink, ...]


def lineage(faction_id: str, relations: tuple[Relation, ...]) -> Lineage:
    before: list[LineageLink] = []
    after: list[LineageLink] = []
    for r in relations:
        if r.type not in LINEAGE_TYPES:
            continue
        points_back = LINEAGE_TYPES[r.type]
        if r.subject.id == faction_id:
            (before if points_back else after).append(LineageLink(r.other, r.type, r.start))
        elif r.other.id == faction_id:
            (after if points_back else before).append(LineageLink(r.subject, r.type, r.start))
    return Lineage(tuple(dict.fromkeys(before)), tuple(dict.fromkeys(after)))
