"""The user's settings, a small JSON file in the user's data folder. Reading never fails (defaults instead);
writing reports failure instead of raising, so a read-only folder costs a setting, not the session."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from pathlib import Path


@dataclass
class Settings:
    text_point_size: float | None = None  # None: the system's size
    language: str = "auto"  # auto, en or fr: see desktop.i18n

    @classmethod
    def load(cls, folder: Path) -> Settings:
        try:
            raw = json.loads((folder / "settings.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in raw.items() if k in known} if isinstance(raw, dict) else {}
        size = values.get("text_point_size")
        if size is not None and not (isinstance(size, int | float) and 5 <= size <= 48):
            values.pop("text_point_size")
        if "language" in values and values["language"] not in ("auto", "en", "fr"):
            values.pop("language")
        return cls(**values)

    def save(self, folder: Path) -> bool:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            temporary = folder / "settings.json.tmp"
            temporary.write_text(json.dumps(asdict(self), indent=2), encoding="utf-8")
            temporary.replace(folder / "settings.json")
            return True
        except OSError:
            return False
