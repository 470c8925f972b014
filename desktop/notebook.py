"""The reader's own bookmarks and notes on records, kept in a JSON file in the user's folder. Plain Python, no
Qt. Nothing is ever lost silently: an unreadable file is set aside under another name before a new one is
started, writes go through a temporary file, and an import merges instead of replacing."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, replace
from datetime import datetime
from pathlib import Path

FILE_NAME = "notebook.json"
FORMAT = "mali-war-notebook"
KINDS = ("faction", "person", "place", "event")
MAX_NOTE_CHARS = 100_000


class NotebookError(Exception):
    """A notebook file cannot be used; str(error) is a sentence for the user."""


@dataclass(frozen=True)
class Entry:
    kind: str
    id: str
    title: str
    bookmarked: bool = False
    note: str = ""
    updated: str = ""  # ISO time of the last change

    @property
    def key(self) -> tuple[str, str]:
        return self.kind, self.id

    @property
    def is_empty(self) -> bool:
        return not self.bookmarked and not self.note.strip()


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


def _entries_from(document, source: str) -> list[Entry]:
    if not isinstance(document, dict) or document.get("format") != FORMAT or not isinstance(
            document.get("entries"), list):
        raise NotebookError(f"{source} is not a Mali War Reference notebook.")
    entries = []
    for raw in document["entries"]:
        if not (isinstance(raw, dict) and raw.get("kind") in KINDS and isinstance(raw.get("id"), str)
                and raw["id"]):
            continue  # one odd entry does not cost the others
        note = raw.get("note") if isinstance(raw.get("note"), str) else ""
        entries.append(Entry(raw["kind"], raw["id"], str(raw.get("title") or raw["id"]),
                             raw.get("bookmarked") is True, note[:MAX_NOTE_CHARS], str(raw.get("updated") or "")))
    return entries


class Notebook:
    """Bookmarks and notes by record. folder None keeps them in memory only (kiosk mode)."""

    def __init__(self, folder: Path | None):
        self.folder = folder
        self._entries: dict[tuple[str, str], Entry] = {}
        self.problem: str | None = None  # what went wrong when loading, for the window to say once

    @classmethod
    def load(cls, folder: Path | None) -> Notebook:
        notebook = cls(folder)
        path = notebook.path
        if path is None or not path.exists():
            return notebook
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
            notebook._entries = {e.key: e for e in _entries_from(document, str(path))}
        except (OSError, ValueError, NotebookError) as error:
            kept = path.with_name(f"{path.stem}.unreadable-{datetime.now():%Y%m%d-%H%M%S}.json")
            try:
                path.replace(kept)
                notebook.problem = (f"Your notebook file could not be read ({error}). It was kept as {kept.name}; "
                                    f"a new notebook was started.")
            except OSError:
                notebook.problem = f"Your notebook file could not be read ({error})."
                notebook.folder = None  # do not overwrite what could not be set aside
        return notebook

    @property
    def path(self) -> Path | None:
        return self.folder / FILE_NAME if self.folder is not None else None

    def entries(self) -> list[Entry]:
        """Newest change first."""
        return sorted(self._entries.values(), key=lambda e: (e.updated, e.key), reverse=True)

    def get(self, kind: str, record_id: str) -> Entry | None:
        return self._entries.get((kind, record_id))

    def set_bookmark(self, kind: str, record_id: str, title: str, on: bool) -> None:
        self._change(kind, record_id, title, bookmarked=on)

    def set_note(self, kind: str, record_id: str, title: str, note: str) -> None:
        self._change(kind, record_id, title, note=note[:MAX_NOTE_CHARS])

    def remove(self, kind: str, record_id: str) -> None:
        self._entries.pop((kind, record_id), None)

    def clear(self) -> None:
        self._entries.clear()

    def _change(self, kind: str, record_id: str, title: str, **changes) -> None:
        entry = self._entries.get((kind, record_id)) or Entry(kind, record_id, title)
        entry = replace(entry, title=title, updated=_now(), **changes)
        if entry.is_empty:
            self._entries.pop(entry.key, None)
        else:
            self._entries[entry.key] = entry

    # -- files ----------------------------------------------------------------------------------------------

    def _document(self) -> dict:
        return {"format": FORMAT, "version": 1, "entries": [asdict(e) for e in self.entries()]}

    def save(self) -> bool:
        """Write the notebook; False when it could not be written (the entries stay in memory)."""
        if self.path is None:
            return True
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            _write_json(self._document(), self.path)
            return True
        except OSError:
            return False

    def export(self, target: Path) -> None:
        """Raises OSError when the file cannot be written."""
        _write_json(self._document(), Path(target))

    def import_file(self, source: Path) -> int:
        """Merge a notebook file into this one: bookmarks are kept, notes that differ are both kept, one after
        the other. Returns the number of records added or changed. Raises NotebookError with a sentence."""
        try:
            document = json.loads(Path(source).read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise NotebookError(f"{Path(source).name} could not be read: {error}") from None
        changed = 0
        for entry in _entries_from(document, Path(source).name):
            mine = self._entries.get(entry.key)
            if mine is None:
                self._entries[entry.key] = entry
                changed += 1
                continue
            note = mine.note
            if entry.note.strip() and entry.note.strip() not in mine.note:
                note = f"{mine.note}\n\n— imported —\n{entry.note}" if mine.note.strip() else entry.note
            merged = replace(mine, bookmarked=mine.bookmarked or entry.bookmarked, note=note[:MAX_NOTE_CHARS])
            if merged != mine:
                self._entries[entry.key] = replace(merged, updated=_now())
                changed += 1
        return changed


def _write_json(document: dict, path: Path) -> None:
    temporary = path.with_name(path.name + ".tmp")
    try:
        temporary.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(temporary, path)
    finally:
        if temporary.exists():
            temporary.unlink()
