"""An import of a researcher's ACLED or UCDP file, run on its own thread: reading and indexing tens of thousands
of rows must not freeze the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QThread, Signal

from desktop.event_import import ImportFormatError, ImportReport, read_events
from desktop.store.database import StoreError
from desktop.store.imports import ImportCancelled, write_with_imports


class ImportJob(QThread):
    """Signals:
        progressed(count): so many events read so far.
        done(count, error): finished; error is '' on success, a sentence for the user on failure; count is -1
            when the import was cancelled. The report attribute then tells what was skipped.
    """

    progressed = Signal(int)
    done = Signal(int, str)

    def __init__(self, bundled: Path, user_dir: Path, source: Path, parent=None):
        super().__init__(parent)
        self._bundled, self._user_dir, self.source = bundled, user_dir, Path(source)
        self.report = ImportReport()
        self._cancelled = False

    def cancel(self) -> None:
        self._cancelled = True

    def run(self) -> None:
        try:
            events = read_events(self.source, self.report)
            count = write_with_imports(self._bundled, self._user_dir, events, self.report.dataset, self.source.name,
                                       self.progressed.emit, lambda: self._cancelled)
            self.done.emit(count, "")
        except ImportCancelled:
            self.done.emit(-1, "")
        except (ImportFormatError, StoreError) as error:
            self.done.emit(0, str(error))
        except OSError as error:
            self.done.emit(0, f"The imported events could not be written: {error.strerror or error}.")
