"""Reading a researcher's own event data: an ACLED export or a UCDP GED file (CSV). Plain Python, no Qt, no SQL:
rows become ImportedEvent values; desktop.store.imports writes them. A bad row is skipped and reported with its
line number; a file that is neither format is refused with a sentence. Nothing here goes to the network.

Formats as documented by their codebooks (ACLED: 31 columns since March 2023, older files with numeric actor
types; UCDP GED 19.1-26.1); unknown columns are ignored."""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

MAX_PROBLEMS_KEPT = 50

ACLED_REQUIRED = {"event_id_cnty", "event_date", "event_type", "actor1", "location", "latitude", "longitude",
                  "fatalities"}
UCDP_REQUIRED = {"id", "date_start", "side_a", "side_b", "latitude", "longitude", "best", "type_of_violence"}

# Countries by the names the two datasets write, to ISO 3166 alpha-2 (the project's codes).
COUNTRIES = {
    "mali": "ML", "burkina faso": "BF", "niger": "NE", "mauritania": "MR", "algeria": "DZ", "senegal": "SN",
    "guinea": "GN", "ivory coast": "CI", "cote d'ivoire": "CI", "côte d'ivoire": "CI", "nigeria": "NG",
    "benin": "BJ", "togo": "TG", "ghana": "GH", "chad": "TD", "libya": "LY", "morocco": "MA",
}

# ACLED's event and sub-event types, to the project's event types.
ACLED_TYPES = {"battles": "battle", "explosions/remote violence": "bombing", "violence against civilians": "attack",
               "protests": "political", "riots": "political", "strategic developments": "other"}
ACLED_SUB_TYPES = {"abduction/forced disappearance": "kidnapping", "air/drone strike": "attack",
                   "shelling/artillery/missile attack": "attack", "agreement": "agreement"}
ACLED_TIME_PRECISION = {"1": "the day", "2": "within a week", "3": "within a month"}
ACLED_GEO_PRECISION = {"1": "the town", "2": "near the town", "3": "the region"}
UCDP_VIOLENCE = {"1": ("battle", "state-based"), "2": ("battle", "non-state"), "3": ("attack", "one-sided")}
UCDP_WHERE_PRECISION = {"1": "the exact place", "2": "within about 25 km", "3": "the district", "4": "the region",
                        "5": "a line or area", "6": "the country", "7": "international waters or airspace"}


class ImportFormatError(Exception):
    """The file cannot be imported at all; str(error) is a sentence for the user."""


@dataclass(frozen=True)
class ImportedEvent:
    key: str  # the dataset's own id of the event
    date: str  # ISO day or month (partial date, as the project writes them)
    end: str | None
    type: str
    title: str
    location: str
    admin1: str
    country: str  # ISO alpha-2, or "" when the file names a country the project does not know
    lat: float
    lon: float
    actors: tuple[str, ...]
    fatalities_best: int | None
    fatalities_low: int | None = None
    fatalities_high: int | None = None
    civilians_best: int | None = None
    summary: str = ""


@dataclass
class ImportReport:
    dataset: str = ""  # "acled" or "ucdp"
    rows: int = 0
    problems: list[str] = field(default_factory=list)  # "line N: reason", the first MAX_PROBLEMS_KEPT
    skipped: int = 0

    def skip(self, line: int, reason: str) -> None:
        self.skipped += 1
        if len(self.problems) < MAX_PROBLEMS_KEPT:
            self.problems.append(f"line {line}: {reason}")


def read_events(path: Path, report: ImportReport) -> Iterator[ImportedEvent]:
    """The events of an ACLED or UCDP GED CSV file, one at a time. The header is checked now: a file that is not
    one of them raises ImportFormatError before anything is read further, and report.dataset is set."""
    try:
        handle = open(path, encoding="utf-8-sig", newline="")
    except OSError as error:
        raise ImportFormatError(f"{Path(path).name} could not be opened: {error.strerror or error}.") from None
    try:
        sample = handle.read(64 * 1024)
        handle.seek(0)
        reader = csv.DictReader(handle, dialect=_dialect(sample))
        header = {name.strip().lower() for name in reader.fieldnames or () if name}
    except (csv.Error, UnicodeDecodeError) as error:
        handle.close()
        raise ImportFormatError(f"{Path(path).name} is not a readable CSV file ({error}).") from None
    if ACLED_REQUIRED <= header:
        report.dataset, parse = "acled", _acled_event
    elif UCDP_REQUIRED <= header:
        report.dataset, parse = "ucdp", _ucdp_event
    else:
        handle.close()
        raise ImportFormatError(f"{Path(path).name} is neither an ACLED export nor a UCDP GED file: its first line "
                                f"should name columns such as event_id_cnty, event_date, actor1 (ACLED) or id, "
                                f"date_start, side_a, best (UCDP).")
    return _rows(handle, reader, parse, report, Path(path).name)


def _rows(handle, reader: csv.DictReader, parse, report: ImportReport, name: str) -> Iterator[ImportedEvent]:
    with handle:
        try:
            for row in reader:
                report.rows += 1
                clean = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items() if isinstance(v, str)}
                try:
                    yield parse(clean)
                except (ValueError, KeyError) as error:
                    report.skip(reader.line_num, str(error) or type(error).__name__)
        except (csv.Error, UnicodeDecodeError) as error:
            raise ImportFormatError(f"{name} stops being readable after line {reader.line_num} ({error}); "
                                    f"nothing was imported.") from None


def _dialect(sample: str):
    try:
        return csv.Sniffer().sniff(sample.split("\n", 1)[0], delimiters=",;\t")
    except csv.Error:
        return csv.excel


def _number(value: str, name: str) -> int | None:
    if value == "":
        return None
    try:
        number = int(float(value))
    except ValueError:
        raise ValueError(f"{name} {value!r} is not a number") from None
    if number < 0:
        raise ValueError(f"{name} {value!r} is negative")
    return number


def _coordinates(row: dict) -> tuple[float, float]:
    try:
        lat, lon = float(row["latitude"]), float(row["longitude"])
    except ValueError:
        raise ValueError(f"coordinates {row['latitude']!r}, {row['longitude']!r} are not numbers") from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise ValueError(f"coordinates {lat}, {lon} are out of range")
    return round(lat, 4), round(lon, 4)


_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")


def _day(value: str) -> dt.date:
    """ISO (with or without a time), '16 May 2025' or dd-mm-yyyy, as the export tools have written them."""
    text = value.strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    if match := _DAY_MONTH_YEAR.match(text):
        day, month, year = map(int, match.groups())
        try:
            return dt.date(year, month, day)
        except ValueError:
            pass
    for pattern in ("%d %B %Y", "%d %b %Y", "%B %d, %Y"):
        try:
            return dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ValueError(f"date {value!r} is not a date")


def _country(name: str) -> str:
    return COUNTRIES.get(name.strip().lower(), "")


def _acled_event(row: dict) -> ImportedEvent:
    key = row["event_id_cnty"]
    if not key:
        raise ValueError("no event_id_cnty")
    day = _day(row["event_date"])
    precision = row.get("time_precision", "1")
    date = day.isoformat()[:7] if precision == "3" else day.isoformat()
    event_type = row.get("event_type", "")
    sub_type = row.get("sub_event_type", "")
    kind = ACLED_SUB_TYPES.get(sub_type.lower()) or ACLED_TYPES.get(event_type.lower(), "other")
    lat, lon = _coordinates(row)
    location = row["location"] or row.get("admin2", "") or "?"
    actors = tuple(a for a in (row.get("actor1", ""), row.get("actor2", "")) if a)
    associated = [a.strip() for name in ("assoc_actor_1", "assoc_actor_2") for a in row.get(name, "").split(";")
                  if a.strip()]
    best = _number(row.get("fatalities", ""), "fatalities")
    lines = [f"ACLED event {key}: {sub_type or event_type or 'event'} at {location}"
             f"{', ' + row['admin1'] if row.get('admin1') else ''}."]
    if actors or associated:
        lines.append("Actors named by ACLED: " + "; ".join(list(actors) + associated) + ".")
    if row.get("notes"):
        lines.append(f"ACLED's notes: {row['notes']}")
    lines.append(f"Date precision: {ACLED_TIME_PRECISION.get(precision, precision)}; location precision: "
                 f"{ACLED_GEO_PRECISION.get(row.get('geo_precision', ''), row.get('geo_precision', '?'))}. "
                 f"ACLED's sources: {row.get('source') or 'not given'}. ACLED counts 0 fatalities also when none "
                 f"were reported.")
    return ImportedEvent(key, date, None, kind, f"{sub_type or event_type or 'Event'} at {location}", location,
                         row.get("admin1", ""), _country(row.get("country", "")), lat, lon, actors, best,
                         summary="\n".join(lines))


def _ucdp_event(row: dict) -> ImportedEvent:
    key = row["id"]
    if not key:
        raise ValueError("no id")
    start = _day(row["date_start"])
    end = _day(row["date_end"]) if row.get("date_end") else start
    if end < start:
        raise ValueError(f"date_end {row['date_end']!r} is before date_start")
    kind, violence = UCDP_VIOLENCE.get(row["type_of_violence"], ("other", "unknown"))
    lat, lon = _coordinates(row)
    location = row.get("where_coordinates") or row.get("adm_2") or row.get("adm_1") or "?"
    best, low, high = (_number(row.get(name, ""), name) for name in ("best", "low", "high"))
    # About 5,000 GED rows break low <= best <= high: keep the range only when it holds.
    if None not in (low, best, high) and not low <= best <= high:
        low = high = None
    civilians = _number(row.get("deaths_civilians", ""), "deaths_civilians")
    sides = " and ".join(s for s in (row["side_a"], row["side_b"]) if s)
    lines = [f"UCDP GED event {key}: {violence} violence between {sides} at {location}"
             f"{' (' + row['where_description'] + ')' if row.get('where_description') else ''}."]
    if row.get("conflict_name"):
        lines.append(f"Conflict: {row['conflict_name']}.")
    lines.append(f"Location precision: {UCDP_WHERE_PRECISION.get(row.get('where_prec', ''), '?')}. "
                 f"Sources counted by UCDP: {row.get('number_of_sources') or '?'}"
                 f"{'; ' + row['source_office'] if row.get('source_office') else ''}.")
    return ImportedEvent(key, start.isoformat(), end.isoformat() if end != start else None, kind,
                         f"{row['side_a']} – {row['side_b']}, {location}", location, row.get("adm_1", ""),
                         _country(row.get("country", "")), lat, lon, tuple(s for s in (row["side_a"], row["side_b"])
                                                                            if s), best, low, high, civilians,
                         summary="\n".join(lines))
