"""Where the app's files are: in a source checkout, or inside a frozen (PyInstaller) bundle."""

from __future__ import annotations

import sys
from pathlib import Path

DATABASE_NAME = "mali-war.sqlite"


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
