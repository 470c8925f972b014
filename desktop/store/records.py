"""The frozen dataclasses the store returns. Views read these; they never see a cursor."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Meta:
    schema_version: int
    data_version: str
    content_hash: str
    build_time: str
    app_version: str


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    publisher: str
    date: str | None = None
    url: str | None = None
    accessed: str | None = None


@dataclass(frozen=True)
class Link:
    """A mention of a record that a view can turn into a link: kind is faction, person, place or event."""

    kind: str
    id: str
    label: str


@dataclass(frozen=True)
class Period:
    id: str
    name: str
    start: str
    end: str | None


@dataclass(frozen=True)
class Side:
    id: str
    name: str


@dataclass(frozen=True)
class FactionSummary:
    id: str
    name: str
    acronym: str | None
    kind: str
    founded: str | None
    dissolved: str | None
    names: tuple[str, ...] = ()  # French name, acronyms and aliases, for matching what people type


@dataclass(frozen=True)
class SideEntry:
    period: Period
    side: Side
    role: str
    note: str | None
    faction: Link


@dataclass(frozen=True)
class Relation:
    subject: Link
    type: str
    other: Link
    start: str | None
    end: str | None
    note: str | None
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class Role:
    person: Link
    faction: Link | None
    title: str
    start: str | None
    end: str | None


@dataclass(frozen=True)
class Figure:
    id: str
    series: str
    series_title: str
    subject: Link | None
    measure: str
    date: str
    value: float | None
    low: float | None
    high: float | None
    unit: str
    label: str | None
    note: str | None
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class EventSummary:
    id: str
    date: str
    date_precision: str
    title: str
    type: str
    place: Link | None
    fatalities_low: int | None
    fatalities_best: int | None
    fatalities_high: int | None


@dataclass(frozen=True)
class Faction:
    id: str
    name: str
    name_fr: str | None
    acronym: str | None
    acronym_fr: str | None
    aliases: tuple[str, ...]
    kind: str
    founded: str | None
    founded_precision: str | None
    dissolved: str | None
    dissolved_precision: str | None
    aims: str | None
    summary: str
    sides: tuple[SideEntry, ...]
    relations: tuple[Relation, ...]
    leaders: tuple[Role, ...]
    figures: tuple[Figure, ...]
    events: tuple[EventSummary, ...]
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class PersonSummary:
    """A person as the directory lists and filters them."""

    id: str
    name: str
    fate: str
    aliases: tuple[str, ...] = ()
    factions: frozenset[str] = frozenset()
    role_kinds: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    aliases: tuple[str, ...]
    born: str | None
    nationality: str | None
    fate: str
    fate_date: str | None
    fate_place: Link | None
    fate_note: str | None
    summary: str
    roles: tuple[Role, ...]
    events: tuple[EventSummary, ...]
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class Place:
    id: str
    name: str
    name_fr: str | None
    aliases: tuple[str, ...]
    kind: str
    region: str | None
    country: str
    lat: float
    lon: float
    events: tuple[EventSummary, ...]
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class Actor:
    faction: Link
    role: str


@dataclass(frozen=True)
class Event:
    id: str
    title: str
    date: str
    date_precision: str
    end: str | None
    type: str
    place: Place | None
    actors: tuple[Actor, ...]
    people: tuple[tuple[Link, str], ...]
    fatalities_low: int | None
    fatalities_best: int | None
    fatalities_high: int | None
    civilians_low: int | None
    civilians_best: int | None
    civilians_high: int | None
    fatalities_note: str | None
    summary: str
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class BelligerentCell:
    period: Period
    side: Side
    entries: tuple[SideEntry, ...]


@dataclass(frozen=True)
class Infobox:
    fields: dict[str, str]
    periods: tuple[Period, ...]
    sides: tuple[Side, ...]
    belligerents: tuple[BelligerentCell, ...]
    commanders: dict[str, tuple[Link, ...]] = field(default_factory=dict)
    strength: dict[str, tuple[Figure, ...]] = field(default_factory=dict)
    casualties: dict[str, tuple[Figure, ...]] = field(default_factory=dict)
    displacement: tuple[Figure, ...] = ()
    total_killed: tuple[Figure, ...] = ()
    sources: tuple[Source, ...] = ()


@dataclass(frozen=True)
class EventRow:
    """One row of the event list."""

    id: str
    date: str
    date_precision: str
    title: str
    type: str
    place: str | None
    region: str | None
    actors: str
    fatalities_low: int | None
    fatalities_best: int | None
    fatalities_high: int | None


@dataclass(frozen=True)
class SearchHit:
    kind: str  # faction, person, place or event
    id: str
    title: str
    detail: str


@dataclass(frozen=True)
class MonthCount:
    """Events and their fatalities (best, low, high) of one type in one month ("YYYY-MM")."""

    month: str
    type: str
    events: int
    fatalities: int
    fatalities_low: int
    fatalities_high: int


@dataclass(frozen=True)
class Lane:
    """A horizontal bar of the timeline: a faction's or operation's life, or a leader's tenure."""

    group: str  # "faction", "operation" or "leader"
    target: Link
    label: str
    start: str  # ISO day
    end: str | None  # ISO day; None while it lasts
    side: str | None  # side id, for the colour


@dataclass(frozen=True)
class KeyDate:
    day: str
    title: str
    type: str
    event: Link


@dataclass(frozen=True)
class MapPoint:
    """The events of the filter at one place."""

    place: Link
    lat: float
    lon: float
    country: str
    events: int
    fatalities: int
    main_type: str  # the type with the most events there
