"""Where the app's files are: in a source checkout, or inside a frozen (PyInstaller) bundle."""

from __future__ import annotations

import os
import sys
from pathlib import Path

DATABASE_NAME = "mali-war.sqlite"
IMPORTED_DATABASE_NAME = "with-imports.sqlite"  # the bundled content plus the reader's imports (store.imports)


def _root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)  # set by PyInstaller's bootloader
    return Path(bundle) if bundle else Path(__file__).resolve().parent.parent


def is_frozen() -> bool:
    return hasattr(sys, "_MEIPASS")


def data_dir() -> Path:
    return _root() / "data"


def resources_dir() -> Path:
    return _root() / "resources"


def default_database() -> Path:
    """The bundled database: inside the bundle when frozen, else build/ of the checkout."""
    if is_frozen():
        return _root() / DATABASE_NAME
    return _root() / "build" / DATABASE_NAME


def user_data_dir() -> Path:
    """Where the user's own files (settings, later notes and bookmarks) live. A portable copy (a file named
    "portable" beside the program, as the USB installer leaves it) keeps them beside the program instead."""
    if override := os.environ.get("MALI_WAR_USER_DIR"):
        return Path(override)
    program_dir = Path(sys.executable).resolve().parent
    if is_frozen() and (program_dir / "portable").exists():
        return program_dir / "user-data"
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", Path.home())) / "Mali War Reference"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "Mali War Reference"
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / "mali-war"


def kiosk_requested() -> bool:
    """A librarian turns a terminal into a kiosk with a file named "kiosk" beside the program (the installers
    document it) or MALI_WAR_KIOSK=1 in its environment."""
    if os.environ.get("MALI_WAR_KIOSK", "") not in ("", "0"):
        return True
    return is_frozen() and (Path(sys.executable).resolve().parent / "kiosk").exists()
