"""A citation of one record of the reference, for a reader's notes or a paper."""

from __future__ import annotations

from desktop.store.records import Meta, Source

KIND_NAMES = {"faction": "Faction", "person": "Person", "place": "Place", "event": "Event"}


def citation(kind: str, record_id: str, title: str, sources: tuple[Source, ...], meta: Meta, today: str) -> str:
    """'"Title." Mali War Reference, data version X (event ID), consulted DATE. Sources: …'"""
    lines = [f'"{title}." Mali War Reference {meta.app_version}, data version {meta.data_version} '
             f"({KIND_NAMES.get(kind, kind).lower()} {record_id}), consulted {today}."]
    if sources:
        lines.append("Sources:")
        for n, s in enumerate(sources, start=1):
            parts = [s.title, s.publisher] + [p for p in (s.date, s.url) if p]
            lines.append(f"{n}. " + ". ".join(parts) + (f" (accessed {s.accessed})" if s.accessed else ""))
    return "\n".join(lines)
