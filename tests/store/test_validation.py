"""Each kind of invalid data is rejected with its file, record id and reason."""

import pytest

from desktop.store.content import ValidationError, load_content
from tests.fixture_data import fixture_content, write_data


def problems_for(tmp_path, change) -> list[str]:
    content = fixture_content()
    change(content)
    with pytest.raises(ValidationError) as caught:
        load_content(write_data(tmp_path / "data", content))
    return [str(p) for p in caught.value.problems]


def test_the_fixture_is_valid(tmp_path):
    content = load_content(write_data(tmp_path / "data"))
    assert len(content.rows("factions")) == 4
    assert content.rows("events")[0]["fatalities"] == 5


def test_duplicate_ids_across_files(tmp_path):
    def change(c):
        c["factions/other.yaml"] = [dict(c["factions/main.yaml"][0])]
    problems = problems_for(tmp_path, change)
    assert "data/factions/other.yaml: fama: duplicate id (also in data/factions/main.yaml)" in problems


def test_dangling_reference(tmp_path):
    def change(c):
        c["events/2012.yaml"][0]["actors"].append({"faction": "nobody", "role": "attacker"})
    assert "data/events/2012.yaml: 2012-01-17-menaka: refers to unknown faction 'nobody'" in problems_for(
        tmp_path, change)


def test_every_figure_series_needs_a_title(tmp_path):
    def change(c):
        c["figures/main.yaml"][0]["series"] = "untitled-series"
        del c["series.yaml"]["series"][1]["title_fr"]
    problems = problems_for(tmp_path, change)
    assert "data/figures/main.yaml: fama-prewar: refers to unknown figure series 'untitled-series'" in problems
    assert "data/series.yaml: displaced: missing 'title_fr'" in problems


def test_unknown_source(tmp_path):
    def change(c):
        c["places/core.yaml"][0]["sources"] = ["missing-source"]
    assert "data/places/core.yaml: gao: refers to unknown source 'missing-source'" in problems_for(tmp_path, change)


@pytest.mark.parametrize("date, reason", [
    ("2013-02-30", "impossible day"), ("2013-1-5", "malformed date"), ("2013-00", "impossible month"),
])
def test_malformed_or_impossible_dates(tmp_path, date, reason):
    def change(c):
        c["events/2013.yaml"][0]["date"] = date
    problems = problems_for(tmp_path, change)
    assert any(p.startswith("data/events/2013.yaml: 2013-01-28-timbuktu: date:") and reason in p for p in problems)


def test_span_that_ends_before_it_starts(tmp_path):
    def change(c):
        c["factions/main.yaml"][1]["dissolved"] = "2010"
    assert ("data/factions/main.yaml: mnla: span ends (2010) before it starts (2011-10)"
            in problems_for(tmp_path, change))


@pytest.mark.parametrize("lat, lon", [(91.0, 0.0), (16.0, -181.0)])
def test_coordinates_out_of_range(tmp_path, lat, lon):
    def change(c):
        c["places/core.yaml"][0].update(lat=lat, lon=lon)
    assert f"data/places/core.yaml: gao: coordinates out of range: {lat}, {lon}" in problems_for(tmp_path, change)


def test_unknown_types(tmp_path):
    def change(c):
        c["events/2012.yaml"][0]["type"] = "skirmish"
        c["factions/main.yaml"][0]["kind"] = "army"
    problems = problems_for(tmp_path, change)
    assert any(p.startswith("data/events/2012.yaml: 2012-01-17-menaka: unknown type 'skirmish'") for p in problems)
    assert any(p.startswith("data/factions/main.yaml: fama: unknown kind 'army'") for p in problems)


def test_records_without_a_source(tmp_path):
    def change(c):
        del c["people/main.yaml"][0]["sources"]
        c["relations/main.yaml"][0]["sources"] = []
    problems = problems_for(tmp_path, change)
    assert "data/people/main.yaml: iyad-ag-ghaly: no source: every record cites at least one source" in problems
    assert "data/relations/main.yaml: fama fought mnla: no source: every record cites at least one source" in problems


def test_unknown_field_is_a_typo(tmp_path):
    def change(c):
        c["events/2012.yaml"][0]["fatalites"] = {"best": 3}
    assert "data/events/2012.yaml: 2012-01-17-menaka: unknown field 'fatalites'" in problems_for(tmp_path, change)


def test_event_in_the_wrong_year_file(tmp_path):
    def change(c):
        c["events/2012.yaml"][0]["date"] = "2014-03-01"
    assert any("belongs in events/2014.yaml" in p for p in problems_for(tmp_path, change))


def test_fatality_range_must_be_ordered(tmp_path):
    def change(c):
        c["events/2012.yaml"][0]["fatalities"] = {"low": 10, "best": 5}
    assert any("low <= best <= high" in p for p in problems_for(tmp_path, change))


def test_malformed_yaml_names_the_file(tmp_path):
    def change(c):
        c["people/broken.yaml"] = "- id: x\n  name: [unclosed\n"
    assert any(p.startswith("data/people/broken.yaml: -: not valid YAML") for p in problems_for(tmp_path, change))
