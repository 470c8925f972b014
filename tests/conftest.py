import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

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
