"""Reading ACLED and UCDP files: fields mapped to the project's, bad rows skipped with their line, other files
refused with a sentence."""

import pytest

from desktop.event_import import ImportFormatError, ImportReport, read_events
from tests.imports.samples import ACLED_HEADER, ACLED_ROWS, UCDP_HEADER, UCDP_ROWS, write


def test_acled_rows_become_events_and_bad_rows_are_reported(tmp_path):
    report = ImportReport()
    events = list(read_events(write(tmp_path / "acled.csv", ACLED_HEADER, ACLED_ROWS), report))
    assert report.dataset == "acled" and report.rows == 4 and report.skipped == 2
    assert report.problems == ["line 4: date 'not a date' is not a date",
                               "line 5: coordinates 999.0, 0.0 are out of range"]
    clash, abduction = events
    assert (clash.key, clash.date, clash.type, clash.country, clash.fatalities_best) == ("MLI1", "2024-03-05",
                                                                                         "battle", "ML", 4)
    assert clash.actors == ("JNIM: Group for Support of Islam and Muslims", "Military Forces of Mali (2021-)")
    assert "A test clash near the town." in clash.summary and "Test wire" in clash.summary
    assert (abduction.date, abduction.type, abduction.title) == ("2025-05", "kidnapping",
                                                                 "Abduction/forced disappearance at Testville")


def test_ucdp_rows_keep_the_range_and_drop_copyrighted_texts(tmp_path):
    report = ImportReport()
    events = list(read_events(write(tmp_path / "ged.csv", UCDP_HEADER, UCDP_ROWS), report))
    assert report.dataset == "ucdp" and report.skipped == 0
    one_sided, battle = events
    assert (one_sided.type, one_sided.fatalities_low, one_sided.fatalities_best, one_sided.fatalities_high,
            one_sided.civilians_best) == ("attack", 115, 157, 174, 150)
    assert "secret" not in one_sided.summary and "Test office" in one_sided.summary
    assert (battle.date, battle.end) == ("2020-02-01", "2020-02-05")
    assert (battle.fatalities_low, battle.fatalities_best, battle.fatalities_high) == (None, 15, None)  # low 20 > 15


@pytest.mark.parametrize("text, message", [
    ("name,age\nA,1\n", "neither an ACLED export nor a UCDP GED file"),
    ("", "neither an ACLED export nor a UCDP GED file"),
])
def test_other_files_are_refused_with_a_sentence(tmp_path, text, message):
    path = tmp_path / "other.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ImportFormatError, match=message):
        list(read_events(path, ImportReport()))


def test_a_binary_or_missing_file_is_refused(tmp_path):
    binary = tmp_path / "photo.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\xff\xfe" * 100)
    with pytest.raises(ImportFormatError):
        list(read_events(binary, ImportReport()))
    with pytest.raises(ImportFormatError, match="could not be opened"):
        list(read_events(tmp_path / "missing.csv", ImportReport()))
