"""A small, complete content set written as YAML, so tests use the same build code as data/."""

from __future__ import annotations

import copy
from pathlib import Path

import yaml

SOURCE = ["test-source"]

FIXTURE: dict[str, object] = {
    "VERSION": "test-1",
    "sources/main.yaml": [
        {"id": "test-source", "title": "A test source", "publisher": "Test publisher",
         "url": "https://example.org/test", "accessed": "2026-11-25"},
    ],
    "periods.yaml": {
        "periods": [
            {"id": "2012-2013", "name": "2012–2013", "start": "2012-01-16", "end": "2013-01"},
            {"id": "2013-2023", "name": "2013–2022/23", "start": "2013-01", "end": "2023"},
        ],
        "sides": [{"id": "mali", "name": "Mali and its allies"}, {"id": "azawad", "name": "Azawad movements"},
                  {"id": "jihadist", "name": "Jihadist groups"}],
    },
    "places/core.yaml": [
        {"id": "gao", "name": "Gao", "kind": "city", "region": "Gao", "country": "ML",
         "lat": 16.2717, "lon": -0.0447, "sources": SOURCE},
        {"id": "timbuktu", "name": "Timbuktu", "name_fr": "Tombouctou", "aliases": ["Timbouctou"],
         "kind": "city", "region": "Tombouctou", "country": "ML", "lat": 16.7735, "lon": -3.0074,
         "sources": SOURCE},
    ],
    "factions/main.yaml": [
        {"id": "fama", "name": "Malian Armed Forces", "name_fr": "Forces armées maliennes", "acronym": "FAMa",
         "kind": "state force", "summary": "The army of Mali.",
         "sides": [{"period": "2012-2013", "side": "mali"}], "sources": SOURCE},
        {"id": "mnla", "name": "National Movement for the Liberation of Azawad",
         "name_fr": "Mouvement national pour la libération de l'Azawad", "acronym": "MNLA",
         "kind": "rebel movement", "founded": "2011-10", "summary": "A Tuareg separatist movement.",
         "sides": [{"period": "2012-2013", "side": "azawad"}], "sources": SOURCE},
        {"id": "aqim", "name": "Al-Qaeda in the Islamic Maghreb", "acronym": "AQIM", "acronym_fr": "AQMI",
         "kind": "jihadist group", "summary": "A jihadist group.",
         "sides": [{"period": "2012-2013", "side": "jihadist"}, {"period": "2013-2023", "side": "jihadist"}],
         "sources": SOURCE},
        {"id": "france", "name": "France", "kind": "state", "summary": "A state that intervened in 2013.",
         "sides": [{"period": "2013-2023", "side": "mali", "role": "supporter", "note": "2013–22"}],
         "sources": SOURCE},
    ],
    "relations/main.yaml": [
        {"from": "fama", "to": "mnla", "type": "fought", "start": "2012-01", "sources": SOURCE},
    ],
    "people/main.yaml": [
        {"id": "iyad-ag-ghaly", "name": "Iyad Ag Ghaly", "aliases": ["Iyad ag Ghali"], "fate": "alive",
         "roles": [{"faction": "aqim", "title": "Leader", "start": "2012"}],
         "summary": "A leader.", "sources": SOURCE},
        {"id": "abdelhamid-abou-zeid", "name": "Abdelhamid Abou Zeid", "fate": "killed",
         "fate_date": "2013-02", "summary": "A commander.", "sources": SOURCE},
    ],
    "events/2012.yaml": [
        {"id": "2012-01-17-menaka", "title": "Attack on Ménaka", "date": "2012-01-17", "type": "attack",
         "place": "gao", "actors": [{"faction": "mnla", "role": "attacker"}, {"faction": "fama", "role": "target"}],
         "fatalities": {"low": 2, "best": 5, "high": 10}, "summary": "Fighting began in the north.",
         "sources": SOURCE},
    ],
    "events/2013.yaml": [
        {"id": "2013-01-28-timbuktu", "title": "Timbuktu retaken", "date": "2013-01", "type": "battle",
         "place": "timbuktu", "actors": [{"faction": "france", "role": "party"}],
         "people": [{"person": "iyad-ag-ghaly", "role": "commander"}],
         "summary": "Forces entered Tombouctou.", "sources": SOURCE},
    ],
    "series.yaml": {"series": [
        {"id": "fama-strength", "title": "Malian army strength", "title_fr": "Effectifs de l'armée malienne"},
        {"id": "displaced", "title": "People displaced", "title_fr": "Personnes déplacées"},
    ]},
    "figures/main.yaml": [
        {"id": "fama-prewar", "series": "fama-strength", "subject": "fama", "measure": "strength",
         "date": "2012", "value": 12150, "unit": "personnel", "label": "Pre-war", "sources": SOURCE},
        {"id": "displaced-total", "series": "displaced", "measure": "displaced", "date": "2025",
         "value": 374000, "unit": "people", "sources": SOURCE},
    ],
    "infobox.yaml": {
        "title": "Mali War", "start": "2012-01-16", "location": "Mali", "status": "Ongoing",
        "sources": SOURCE,
        "commanders": [{"side": "jihadist", "people": ["iyad-ag-ghaly", "abdelhamid-abou-zeid"]}],
        "strength": [{"side": "mali", "figures": ["fama-prewar"]}],
        "casualties": [],
        "displacement": ["displaced-total"],
    },
}


def fixture_content() -> dict[str, object]:
    return copy.deepcopy(FIXTURE)


def write_data(directory: Path, content: dict[str, object] | None = None) -> Path:
    """Write a content set as the YAML files of a data/ folder; return the folder."""
    for name, value in (fixture_content() if content is None else content).items():
        path = directory / name
        path.parent.mkdir(parents=True, exist_ok=True)
        text = value if isinstance(value, str) else yaml.safe_dump(value, allow_unicode=True, sort_keys=False)
        path.write_text(text, encoding="utf-8")
    return directory
