"""An export of the filtered events, run on its own thread so that a million rows never freeze the window."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QThread, Signal

from desktop.exports import write_events
from desktop.store.database import StoreError
from desktop.store.filters import EventFilter
from desktop.store.store import Store


class ExportJob(QThread):
    """Signals:
        progressed(count): so many events written so far.
        done(count, error): finished; error is '' on success, a sentence for the user on failure;
            count is -1 when the export was cancelled.
    """

    progressed = Signal(int)
    done = Signal(int, str)

    def __init__(self, database: Path, event_filter: EventFilter, sort: tuple[str, bool], target: Path, kind: str,
                 data_version: str, french_names: bool = False, parent=None):
        super().__init__(parent)
        self._french_names = french_names
        self._database, self._filter, self._sort = database, event_filter, sort
        self.target, self._kind, self._data_version = Path(target), kind, data_version
        self._cancelled = False

    def cancel(self) -> None:
        self._cancelled = True

    def run(self) -> None:
        about = {"source": "Mali War Reference", "data_version": self._data_version,
                 "exported": datetime.now(UTC).isoformat(timespec="seconds"),
                 "filter": self._filter.as_dict(),
                 "note": "Each event lists the sources it was written from; cite them, not this file."}
        try:
            store = Store(self._database)  # a connection of this thread's own: SQLite's stay where they are made
        except StoreError as error:
            self.done.emit(0, str(error))
            return
        if self._french_names:
            store.use_french_names()  # the file names places and factions as the window does
        try:
            rows = store.export_events(self._filter, *self._sort)
            count = write_events(rows, self.target, self._kind, about, self.progressed.emit, lambda: self._cancelled)
            self.done.emit(count, "")
        except InterruptedError:
            self.done.emit(-1, "")
        except (OSError, StoreError) as error:
            self.done.emit(0, str(error))
        finally:
            store.close()
