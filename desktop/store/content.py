"""Read data/*.yaml, validate every record, and turn the content into rows for the database.

Validation collects every problem as "file: record id: reason" and fails once at the end, so an author sees
all that is wrong in one run.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from desktop.store.dates import DateError, PartialDate, parse_date

FACTION_KINDS = {
    "state", "state force", "foreign force", "peacekeeping mission", "international organisation",
    "political body", "rebel movement", "jihadist group", "militia", "coalition", "private military company",
}
SIDE_ROLES = {"belligerent", "supporter"}
RELATION_TYPES = {
    "founded from", "split from", "merged into", "renamed", "allied with", "fought", "supported by",
    "member of", "part of",
}
FATES = {"alive", "killed", "captured", "died", "unknown"}
PLACE_KINDS = {"city", "town", "village", "military camp", "region", "border post", "site", "country"}
EVENT_TYPES = (
    "battle", "attack", "ambush", "bombing", "massacre", "kidnapping", "coup", "agreement", "operation",
    "withdrawal", "election", "political", "other",
)
ACTOR_ROLES = {
    "attacker", "target", "perpetrator", "victim", "party", "signatory", "claimed by", "blamed on", "mediator",
    "supporter",
}
MEASURES = {"strength", "killed", "casualties", "captured", "displaced", "refugees", "idps", "fatalities"}
UNITS = {"personnel", "people", "deaths"}
INFOBOX_SECTIONS = ("commanders", "strength", "casualties")

# Kinds of role for the people directory's filter, from the words of a role's title; the first rule that
# matches wins, so the narrower kinds come first.
ROLE_KIND_RULES = (
    ("spokesperson", ("spokes", "porte-parole")),
    ("envoy or official", ("special representative", "envoy", "mediator", "ambassador", "head of mission")),
    ("head of state or government", ("prime minister", "head of state", "president of mali",
                                     "transitional president", "interim president", "president of the republic",
                                     "president of france", "president of chad", "head of government")),
    ("minister", ("minister",)),
    ("military commander", ("commander", "general", "chief of staff", "military chief", "colonel", "officer",
                            "katiba")),
    ("leader", ("leader", "founder", "emir", "secretary", "chair", "president", "head", "chief", "co-founder")),
)


def role_kind(title: str) -> str:
    words = title.casefold()
    return next((kind for kind, keys in ROLE_KIND_RULES if any(key in words for key in keys)), "other")


@dataclass
class Problem:
    file: str
    record_id: str
    reason: str

    def __str__(self) -> str:
        return f"{self.file}: {self.record_id}: {self.reason}"


class ValidationError(Exception):
    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@dataclass
class Content:
    """Validated content as rows, one list per table, in a stable order."""

    data_version: str
    tables: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def rows(self, table: str) -> list[dict[str, Any]]:
        return self.tables.setdefault(table, [])


class _Record:
    """One YAML record under check: reads fields, records problems against its file and id."""

    def __init__(self, checker: _Checker, file: str, raw: Any, allowed: set[str], index: int):
        self.checker, self.file = checker, file
        self.raw: dict[str, Any] = raw if isinstance(raw, dict) else {}
        self.id = str(self.raw.get("id") or f"record #{index + 1}")
        if not isinstance(raw, dict):
            self.problem("a record must be a mapping of fields")
        for key in sorted(set(self.raw) - allowed):
            self.problem(f"unknown field {key!r}")

    def problem(self, reason: str) -> None:
        self.checker.problems.append(Problem(self.file, self.id, reason))

    def text(self, key: str, required: bool = False) -> str | None:
        value = self.raw.get(key)
        if value is None or value == "":
            if required:
                self.problem(f"missing {key!r}")
            return None
        if not isinstance(value, str | int | float) or isinstance(value, bool):
            self.problem(f"{key!r} must be text")
            return None
        return str(value).strip()

    def choice(self, key: str, allowed: set[str] | tuple[str, ...], required: bool = True) -> str | None:
        value = self.text(key, required)
        if value is not None and value not in allowed:
            self.problem(f"unknown {key} {value!r} (allowed: {', '.join(sorted(allowed))})")
            return None
        return value

    def names(self, key: str = "aliases") -> list[str]:
        value = self.raw.get(key) or []
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.problem(f"{key!r} must be a list of names")
            return []
        return [v.strip() for v in value]

    def date(self, key: str, required: bool = False, raw: Any = None) -> PartialDate | None:
        value = self.raw.get(key) if raw is None else raw
        if value is None:
            if required:
                self.problem(f"missing {key!r}")
            return None
        try:
            return parse_date(value)
        except DateError as error:
            self.problem(f"{key}: {error}")
            return None

    def span(self, start_key: str, end_key: str, required: bool = False):
        start, end = self.date(start_key, required), self.date(end_key)
        if start and end and end.last_day < start.first_day:
            self.problem(f"span ends ({end.text}) before it starts ({start.text})")
        return start, end

    def number(self, key: str, value: Any = None, lower: float | None = 0) -> float | int | None:
        value = self.raw.get(key) if value is None else value
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.problem(f"{key!r} must be a number, not {value!r}")
            return None
        if lower is not None and value < lower:
            self.problem(f"{key!r} must not be below {lower}")
            return None
        return value

    def sources(self) -> list[str]:
        value = self.raw.get("sources")
        if not value:
            self.problem("no source: every record cites at least one source")
            return []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.problem("'sources' must be a list of source ids")
            return []
        self.checker.expect("sources", value, self)
        return list(dict.fromkeys(value))


class _Checker:
    def __init__(self, data_dir: Path):
        self.data_dir = data_dir
        self.problems: list[Problem] = []
        self.ids: dict[str, dict[str, str]] = {}  # kind -> id -> file
        self.references: list[tuple[str, str, _Record]] = []

    def relative(self, path: Path) -> str:
        return path.relative_to(self.data_dir.parent).as_posix()

    def load(self, path: Path) -> Any:
        try:
            return yaml.safe_load(path.read_text(encoding="utf-8"))
        except (yaml.YAMLError, UnicodeDecodeError) as error:
            self.problems.append(Problem(self.relative(path), "-", f"not valid YAML: {error}"))
            return None

    def mapping(self, name: str) -> dict | None:
        """A top-level file that holds a mapping (periods.yaml, series.yaml, infobox.yaml), or None once the
        problem is reported."""
        path = self.data_dir / name
        raw = self.load(path) if path.exists() else None
        if not isinstance(raw, dict):
            self.problems.append(Problem(f"data/{name}", "-", "missing or not a mapping"))
            return None
        return raw

    def records(self, folder: str, allowed: set[str]):
        """Every record of every YAML file of a folder, sorted by file name."""
        directory = self.data_dir / folder
        for path in sorted(directory.glob("*.yaml")) if directory.is_dir() else []:
            raw = self.load(path)
            if raw is None:
                continue
            if not isinstance(raw, list):
                self.problems.append(Problem(self.relative(path), "-", "a file must hold a list of records"))
                continue
            for index, item in enumerate(raw):
                yield _Record(self, self.relative(path), item, allowed | {"id"}, index)

    def declare(self, kind: str, record: _Record) -> bool:
        rid = record.raw.get("id")
        if not isinstance(rid, str) or not rid.strip():
            record.problem("missing 'id'")
            return False
        if rid != rid.strip().lower() or " " in rid:
            record.problem("ids are lower-case with no spaces")
        seen = self.ids.setdefault(kind, {})
        if rid in seen:
            record.problem(f"duplicate id (also in {seen[rid]})")
            return False
        seen[rid] = record.file
        return True

    def expect(self, kind: str, ids: list[str] | str | None, record: _Record) -> None:
        for rid in [ids] if isinstance(ids, str) else ids or []:
            self.references.append((kind, rid, record))

    def check_references(self) -> None:
        singular = {"people": "person", "sources": "source", "factions": "faction", "places": "place",
                    "events": "event", "figures": "figure", "periods": "period", "sides": "side",
                    "figure_series": "figure series"}
        reported = set()
        for kind, rid, record in self.references:
            if rid not in self.ids.get(kind, {}) and (kind, rid, record.file, record.id) not in reported:
                reported.add((kind, rid, record.file, record.id))
                record.problem(f"refers to unknown {singular[kind]} {rid!r}")


def _dates(prefix: str, value: PartialDate | None) -> dict[str, Any]:
    return {prefix: value.text if value else None, f"{prefix}_precision": value.precision if value else None}


def load_content(data_dir: Path) -> Content:
    """Validate every file under data_dir; raise ValidationError listing every problem."""
    checker = _Checker(data_dir)
    version_file = data_dir / "VERSION"
    data_version = version_file.read_text(encoding="utf-8").strip() if version_file.exists() else ""
    if not data_version:
        checker.problems.append(Problem("data/VERSION", "-", "missing data version"))
    content = Content(data_version)
    record_sources = content.rows("record_sources")

    def cite(kind: str, rid: str, record: _Record) -> None:
        for order, source in enumerate(record.sources()):
            record_sources.append({"record_kind": kind, "record_id": rid, "source_id": source, "ord": order})

    for r in checker.records("sources", {"title", "publisher", "date", "url", "accessed"}):
        if checker.declare("sources", r):
            url = r.text("url")
            if url and not url.startswith(("http://", "https://")):
                r.problem("'url' must start with http:// or https://")
            r.date("accessed")
            content.rows("sources").append({
                "id": r.id, "title": r.text("title", True), "publisher": r.text("publisher", True),
                "date": r.text("date"), "url": url, "accessed": r.text("accessed"),
            })

    _load_periods(checker, content)
    _load_series_titles(checker, content)

    for r in checker.records("places", {
        "name", "name_fr", "aliases", "kind", "region", "country", "lat", "lon", "sources",
    }):
        if not checker.declare("places", r):
            continue
        lat, lon = r.number("lat", lower=None), r.number("lon", lower=None)
        if lat is None or lon is None:
            r.problem("missing coordinates 'lat' and 'lon'")
        elif not (-90 <= lat <= 90 and -180 <= lon <= 180):
            r.problem(f"coordinates out of range: {lat}, {lon}")
        country = r.text("country", True)
        if country and (len(country) != 2 or not country.isupper()):
            r.problem(f"country {country!r} must be an ISO 3166-1 alpha-2 code such as ML")
        content.rows("places").append({
            "id": r.id, "name": r.text("name", True), "name_fr": r.text("name_fr"),
            "aliases": "\n".join(r.names()), "kind": r.choice("kind", PLACE_KINDS),
            "region": r.text("region"), "country": country, "lat": lat, "lon": lon,
        })
        cite("place", r.id, r)

    for r in checker.records("factions", {
        "name", "name_fr", "acronym", "acronym_fr", "aliases", "kind", "founded", "dissolved", "aims",
        "summary", "sides", "sources",
    }):
        if not checker.declare("factions", r):
            continue
        founded, dissolved = r.span("founded", "dissolved")
        content.rows("factions").append({
            "id": r.id, "name": r.text("name", True), "name_fr": r.text("name_fr"),
            "acronym": r.text("acronym"), "acronym_fr": r.text("acronym_fr"),
            "aliases": "\n".join(r.names()), "kind": r.choice("kind", FACTION_KINDS),
            **_dates("founded", founded), **_dates("dissolved", dissolved),
            "aims": r.text("aims"), "summary": r.text("summary", True),
        })
        for side in r.raw.get("sides") or []:
            if not isinstance(side, dict) or set(side) - {"period", "side", "role", "note"}:
                r.problem(f"a side entry has unknown fields or is not a mapping: {side!r}")
                continue
            role = side.get("role", "belligerent")
            if role not in SIDE_ROLES:
                r.problem(f"unknown side role {role!r}")
            checker.expect("periods", side.get("period"), r)
            checker.expect("sides", side.get("side"), r)
            content.rows("faction_sides").append({
                "faction_id": r.id, "period_id": side.get("period"), "side_id": side.get("side"),
                "role": role, "note": side.get("note"),
            })
        cite("faction", r.id, r)

    relation_keys: set[tuple] = set()
    for r in checker.records("relations", {"from", "to", "type", "start", "end", "note", "sources"}):
        r.id = f"{r.raw.get('from')} {r.raw.get('type')} {r.raw.get('to')}"
        start, end = r.span("start", "end")
        key = (r.raw.get("from"), r.raw.get("type"), r.raw.get("to"), start.text if start else None)
        if key in relation_keys:
            r.problem("duplicate relation")
            continue
        relation_keys.add(key)
        checker.expect("factions", [r.raw.get("from"), r.raw.get("to")], r)
        relation_id = len(content.rows("relations")) + 1
        content.rows("relations").append({
            "id": relation_id, "from_id": r.text("from", True), "to_id": r.text("to", True),
            "type": r.choice("type", RELATION_TYPES), **_dates("start", start), **_dates("end", end),
            "note": r.text("note"),
        })
        cite("relation", str(relation_id), r)

    for r in checker.records("people", {
        "name", "aliases", "born", "nationality", "roles", "fate", "fate_date", "fate_place", "fate_note",
        "summary", "sources",
    }):
        if not checker.declare("people", r):
            continue
        fate_date = r.date("fate_date")
        checker.expect("places", r.raw.get("fate_place"), r)
        born = r.date("born")
        content.rows("people").append({
            "id": r.id, "name": r.text("name", True), "aliases": "\n".join(r.names()),
            **_dates("born", born), "nationality": r.text("nationality"),
            "fate": r.choice("fate", FATES), **_dates("fate_date", fate_date),
            "fate_place_id": r.text("fate_place"), "fate_note": r.text("fate_note"),
            "summary": r.text("summary", True),
        })
        for role in r.raw.get("roles") or []:
            if not isinstance(role, dict) or set(role) - {"faction", "title", "start", "end"}:
                r.problem(f"a role has unknown fields or is not a mapping: {role!r}")
                continue
            if not role.get("title"):
                r.problem("a role has no 'title'")
            start = r.date("role start", raw=role["start"]) if "start" in role else None
            end = r.date("role end", raw=role["end"]) if "end" in role else None
            if start and end and end.last_day < start.first_day:
                r.problem(f"role {role.get('title')!r} ends ({end.text}) before it starts ({start.text})")
            checker.expect("factions", role.get("faction"), r)
            content.rows("roles").append({
                "person_id": r.id, "faction_id": role.get("faction"), "title": role.get("title"),
                "kind": role_kind(str(role.get("title") or "")),
                **_dates("start", start), **_dates("end", end),
            })
        cite("person", r.id, r)

    _load_events(checker, content, cite)
    _load_figures(checker, content, cite)
    _load_infobox(checker, content)

    checker.check_references()
    if checker.problems:
        raise ValidationError(checker.problems)
    return content


def _load_periods(checker: _Checker, content: Content) -> None:
    raw = checker.mapping("periods.yaml")
    if raw is None:
        return
    for order, item in enumerate(raw.get("periods") or []):
        r = _Record(checker, "data/periods.yaml", item, {"id", "name", "name_fr", "start", "end", "note"}, order)
        if checker.declare("periods", r):
            start, end = r.span("start", "end", required=True)
            content.rows("periods").append({
                "id": r.id, "ord": order, "name": r.text("name", True), "name_fr": r.text("name_fr"),
                **_dates("start", start), **_dates("end", end), "note": r.text("note"),
            })
    for order, item in enumerate(raw.get("sides") or []):
        r = _Record(checker, "data/periods.yaml", item, {"id", "name", "name_fr"}, order)
        if checker.declare("sides", r):
            content.rows("sides").append({
                "id": r.id, "ord": order, "name": r.text("name", True), "name_fr": r.text("name_fr"),
            })


def _load_series_titles(checker: _Checker, content: Content) -> None:
    """data/series.yaml: the title of each figure series, as the timeline names it."""
    raw = checker.mapping("series.yaml")
    if raw is None:
        return
    for order, item in enumerate(raw.get("series") or []):
        r = _Record(checker, "data/series.yaml", item, {"id", "title", "title_fr"}, order)
        if checker.declare("figure_series", r):
            content.rows("figure_series").append({
                "id": r.id, "title": r.text("title", True), "title_fr": r.text("title_fr", True)})


def _load_events(checker: _Checker, content: Content, cite) -> None:
    places = {row["id"]: row for row in content.rows("places")}
    for r in checker.records("events", {
        "title", "title_fr", "date", "end", "type", "place", "actors", "people", "fatalities", "summary",
        "sources",
    }):
        if not checker.declare("events", r):
            continue
        date, end = r.span("date", "end", required=True)
        year_in_name = Path(r.file).stem
        if date and year_in_name.isdigit() and not date.text.startswith(year_in_name):
            r.problem(f"an event of {date.text} belongs in events/{date.text[:4]}.yaml")
        place_id = r.text("place", True)
        checker.expect("places", place_id, r)
        place = places.get(place_id or "", {})
        fatalities = r.raw.get("fatalities") or {}
        if not isinstance(fatalities, dict) or set(fatalities) - {"low", "best", "high", "civilians", "note"}:
            r.problem("'fatalities' must be a mapping of low, best, high, civilians, note")
            fatalities = {}
        civilians = fatalities.get("civilians") or {}
        if not isinstance(civilians, dict) or set(civilians) - {"low", "best", "high"}:
            r.problem("'fatalities.civilians' must be a mapping of low, best, high")
            civilians = {}
        toll = {k: r.number(f"fatalities.{k}", fatalities.get(k)) for k in ("low", "best", "high")}
        civ = {k: r.number(f"fatalities.civilians.{k}", civilians.get(k)) for k in ("low", "best", "high")}
        for label, values in (("fatalities", toll), ("civilian fatalities", civ)):
            known = [values[k] for k in ("low", "best", "high") if values[k] is not None]
            if known != sorted(known):
                r.problem(f"{label}: low <= best <= high does not hold")
        best_known = next((toll[k] for k in ("best", "low", "high") if toll[k] is not None), None)
        content.rows("events").append({
            "id": r.id, "title": r.text("title", True), "title_fr": r.text("title_fr"),
            **_dates("date", date), "sort_date": date.first_day if date else None,
            "year": int(date.first_day[:4]) if date else None, **_dates("end", end),
            "type": r.choice("type", EVENT_TYPES), "place_id": place_id,
            "region": place.get("region"), "country": place.get("country"),
            "fatalities_low": toll["low"], "fatalities_best": toll["best"], "fatalities_high": toll["high"],
            "fatalities": best_known,
            "civilians_low": civ["low"], "civilians_best": civ["best"], "civilians_high": civ["high"],
            "fatalities_note": fatalities.get("note"), "summary": r.text("summary", True),
        })
        actors = r.raw.get("actors") or []
        if not actors:
            r.problem("no actors: every event names at least one actor")
        for order, actor in enumerate(actors):
            if not isinstance(actor, dict) or set(actor) != {"faction", "role"}:
                r.problem(f"an actor must have exactly 'faction' and 'role': {actor!r}")
                continue
            if actor["role"] not in ACTOR_ROLES:
                r.problem(f"unknown actor role {actor['role']!r} (allowed: {', '.join(sorted(ACTOR_ROLES))})")
            checker.expect("factions", actor["faction"], r)
            content.rows("event_actors").append(
                {"event_id": r.id, "faction_id": actor["faction"], "role": actor["role"], "ord": order})
        for order, person in enumerate(r.raw.get("people") or []):
            if not isinstance(person, dict) or set(person) != {"person", "role"}:
                r.problem(f"a person entry must have exactly 'person' and 'role': {person!r}")
                continue
            checker.expect("people", person["person"], r)
            content.rows("event_people").append(
                {"event_id": r.id, "person_id": person["person"], "role": person["role"], "ord": order})
        cite("event", r.id, r)


def _load_figures(checker: _Checker, content: Content, cite) -> None:
    for r in checker.records("figures", {
        "series", "subject", "measure", "date", "value", "low", "high", "unit", "label", "note", "sources",
    }):
        if not checker.declare("figures", r):
            continue
        values = {k: r.number(k) for k in ("value", "low", "high")}
        if all(v is None for v in values.values()):
            r.problem("a figure needs a value, a low or a high")
        known = [values[k] for k in ("low", "value", "high") if values[k] is not None]
        if known != sorted(known):
            r.problem("low <= value <= high does not hold")
        date = r.date("date", required=True)
        checker.expect("factions", r.raw.get("subject"), r)
        checker.expect("figure_series", r.raw.get("series"), r)
        content.rows("figures").append({
            "id": r.id, "series": r.text("series", True), "subject_id": r.text("subject"),
            "measure": r.choice("measure", MEASURES), **_dates("date", date),
            "sort_date": date.first_day if date else None, **values,
            "unit": r.choice("unit", UNITS), "label": r.text("label"), "note": r.text("note"),
        })
        cite("figure", r.id, r)


def _load_infobox(checker: _Checker, content: Content) -> None:
    raw = checker.mapping("infobox.yaml")
    if raw is None:
        return
    scalars = {
        "title", "title_fr", "part_of", "part_of_fr", "start", "location", "location_fr", "status", "status_fr",
        "as_of",
    }
    r = _Record(checker, "data/infobox.yaml", {**raw, "id": "infobox"},
                scalars | set(INFOBOX_SECTIONS) | {"id", "displacement", "total_killed", "sources"}, 0)
    r.date("start", required=True)
    r.date("as_of")
    content.tables["infobox"] = [{"key": k, "value": r.text(k)} for k in sorted(scalars) if r.text(k)]
    items = content.rows("infobox_items")
    for order, source in enumerate(r.sources()):
        items.append({"section": "sources", "side_id": None, "ord": order, "record_id": source})
    for section in INFOBOX_SECTIONS:
        kind = "people" if section == "commanders" else "figures"
        for group in raw.get(section) or []:
            key = "people" if kind == "people" else "figures"
            if not isinstance(group, dict) or set(group) != {"side", key}:
                r.problem(f"each {section} entry needs exactly 'side' and '{key}'")
                continue
            checker.expect("sides", group["side"], r)
            checker.expect(kind, group[key], r)
            items.extend({"section": section, "side_id": group["side"], "ord": order, "record_id": rid}
                         for order, rid in enumerate(group[key] or []))
    for section in ("displacement", "total_killed"):
        checker.expect("figures", raw.get(section) or [], r)
        items.extend({"section": section, "side_id": None, "ord": order, "record_id": rid}
                     for order, rid in enumerate(raw.get(section) or []))
