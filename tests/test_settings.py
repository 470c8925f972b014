from desktop.settings import Settings


def test_round_trip(tmp_path):
    assert Settings(text_point_size=14).save(tmp_path / "user")
    assert Settings.load(tmp_path / "user").text_point_size == 14


def test_missing_corrupt_or_odd_files_give_defaults(tmp_path):
    assert Settings.load(tmp_path / "nowhere") == Settings()
    (tmp_path / "settings.json").write_text("{not json")
    assert Settings.load(tmp_path) == Settings()
    (tmp_path / "settings.json").write_text('{"text_point_size": 9000, "unknown": 1}')
    assert Settings.load(tmp_path) == Settings()


def test_unwritable_folder_reports_failure(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    assert Settings(text_point_size=12).save(blocker / "sub") is False


def test_language_is_kept_and_an_unknown_one_dropped(tmp_path):
    assert Settings(language="fr").save(tmp_path)
    assert Settings.load(tmp_path).language == "fr"
    (tmp_path / "settings.json").write_text('{"language": "xx"}')
    assert Settings.load(tmp_path).language == "auto"
