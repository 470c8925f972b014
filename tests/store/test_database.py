"""Every bad database file gives a clear message: StoreError in code, a line and exit status 2 on the CLI."""

import sqlite3
import subprocess
import sys

import pytest

from desktop.store.database import StoreError
from desktop.store.store import Store


def make_missing(path, good):
    pass


def make_empty(path, good):
    path.write_bytes(b"")


def make_truncated(path, good):
    path.write_bytes(good.read_bytes()[: good.stat().st_size // 2])


def make_corrupt(path, good):
    data = bytearray(good.read_bytes())
    data[100:] = b"\xff" * (len(data) - 100)  # keep the header, destroy every page
    path.write_bytes(bytes(data))


def make_not_sqlite(path, good):
    path.write_text("This is a text file, not a database.\n")


def make_wrong_version(path, good):
    path.write_bytes(good.read_bytes())
    with sqlite3.connect(path) as db:
        db.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")


def make_other_sqlite(path, good):
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE something (x)")


CASES = {
    "missing": (make_missing, "does not exist"),
    "empty": (make_empty, "is empty"),
    "truncated": (make_truncated, "truncated"),
    "corrupt": (make_corrupt, "damaged"),
    "not sqlite": (make_not_sqlite, "not an SQLite file"),
    "wrong version": (make_wrong_version, "schema version 999"),
    "another sqlite database": (make_other_sqlite, "is not a Mali War Reference database"),
}


@pytest.mark.parametrize("case", CASES)
def test_bad_database_raises_a_clear_store_error(tmp_path, fixture_db, case):
    make, message = CASES[case]
    path = tmp_path / "bad.sqlite"
    make(path, fixture_db)
    with pytest.raises(StoreError, match=message):
        Store(path)


@pytest.mark.parametrize("case", CASES)
def test_bad_database_on_the_command_line(tmp_path, fixture_db, case):
    make, message = CASES[case]
    path = tmp_path / "bad.sqlite"
    make(path, fixture_db)
    # No display: the message goes to stderr only, and the process exits with status 2, no traceback.
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-m", "desktop", "--database", str(path)],
                            capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 2
    assert result.stderr.startswith("mali-war: ") and message in result.stderr
    assert "Traceback" not in result.stderr


def test_database_opens_read_only(store):
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        store._connection.execute("DELETE FROM events")


def test_command_line_help_and_version():
    version = subprocess.run([sys.executable, "-m", "desktop", "--version"], capture_output=True, text=True)
    assert version.returncode == 0 and version.stdout.startswith("Mali War Reference ")
    helped = subprocess.run([sys.executable, "-m", "desktop", "--help"], capture_output=True, text=True)
    assert helped.returncode == 0 and "--database" in helped.stdout


def test_no_display_gives_a_clear_message(tmp_path, fixture_db):
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-m", "desktop", "--database", str(fixture_db)],
                            capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 3 and "no display found" in result.stderr
    assert "Traceback" not in result.stderr


def test_self_test_passes_on_a_good_database_and_fails_on_a_tampered_one(tmp_path, fixture_db):
    good = subprocess.run([sys.executable, "-m", "desktop", "--self-test", "--database", str(fixture_db)],
                          capture_output=True, text=True, timeout=120)
    assert good.returncode == 0 and good.stdout.startswith("mali-war self-test passed: data test-1")
    assert " 7 tabs built, " in good.stdout and " French messages, " in good.stdout
    tampered = tmp_path / "tampered.sqlite"
    tampered.write_bytes(fixture_db.read_bytes())
    with sqlite3.connect(tampered) as db:
        db.execute("UPDATE people SET name = 'Someone else'")
    bad = subprocess.run([sys.executable, "-m", "desktop", "--self-test", "--database", str(tampered)],
                         capture_output=True, text=True, timeout=120)
    assert bad.returncode == 1 and "does not match the hash" in bad.stdout and "Traceback" not in bad.stderr
    missing = subprocess.run([sys.executable, "-m", "desktop", "--self-test", "--database", str(tmp_path / "no")],
                             capture_output=True, text=True, timeout=120)
    assert missing.returncode == 1 and "self-test FAILED" in missing.stdout


def test_a_missing_x11_library_is_named_before_qt_aborts(monkeypatch):
    import ctypes

    from desktop import app

    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("DISPLAY", ":99")

    def missing(name):
        raise OSError(name)

    monkeypatch.setattr(ctypes, "CDLL", missing)
    assert app.missing_x11_library() == "libxcb-cursor0"
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert app.missing_x11_library() is None
