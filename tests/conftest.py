import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def english_plurals(qapp):
    """The English interface's plurals, as the app installs them ("1 event", "2 events"). Installed afresh for
    each test (and with no parent) because the translation tests remove every translator the app owns."""
    from desktop.i18n import EnglishPlurals

    translator = EnglishPlurals()
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


@pytest.fixture(autouse=True)
def user_dir(tmp_path, monkeypatch):
    """Every test gets its own user folder: tests never touch the real one."""
    folder = tmp_path / "user-data"
    monkeypatch.setenv("MALI_WAR_USER_DIR", str(folder))
    return folder

from desktop.store.build import write_database  # noqa: E402
from desktop.store.content import load_content  # noqa: E402
from desktop.store.store import Store  # noqa: E402
from tests.fixture_data import write_data  # noqa: E402


@pytest.fixture(scope="session")
def fixture_db(tmp_path_factory):
    """The fixture content built into a database by the same code that builds data/."""
    directory = tmp_path_factory.mktemp("fixture")
    data = write_data(directory / "data")
    path = directory / "fixture.sqlite"
    write_database(load_content(data), path)
    return path


@pytest.fixture
def store(fixture_db):
    store = Store(fixture_db)
    yield store
    store.close()


@pytest.fixture(scope="session")
def many_events_db(tmp_path_factory):
    """The fixture plus 450 events in 2014, to page through."""
    from tests.fixture_data import fixture_content

    content = fixture_content()
    content["events/2014.yaml"] = [
        {"id": f"2014-synthetic-{n:03d}", "title": f"Synthetic event {n:03d}", "date": f"2014-{n % 12 + 1:02d}",
         "type": ("attack", "battle", "bombing")[n % 3], "place": ("gao", "timbuktu")[n % 2],
         "actors": [{"faction": "aqim", "role": "perpetrator"}], "fatalities": {"best": n % 50},
         "summary": "A generated event for tests.", "sources": ["test-source"]}
        for n in range(450)]
    directory = tmp_path_factory.mktemp("many")
    path = directory / "many.sqlite"
    write_database(load_content(write_data(directory / "data", content)), path)
    return path
