"""File > Import events and File > Remove imported events: the dialogs, the worker thread and the report, for a
window that then reopens on the database the import wrote (see MainWindow.database_changed)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.store.imports import imported_path, remove_imports
from desktop.views.import_job import ImportJob


class EventImports(QObject):
    """Signals:
        database_changed(path): the events were imported into (or removed from) the database at path.
        message(text, milliseconds): a line for the status bar.
    """

    database_changed = Signal(Path)
    message = Signal(str, int)

    def __init__(self, bundled: Path, user_dir: Path, window: QWidget):
        super().__init__(window)
        self._bundled, self._user_dir, self._window = bundled, user_dir, window
        self.job: ImportJob | None = None

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self._window, self.tr("Import events from an ACLED or UCDP file"), "",
                                              self.tr("CSV files (*.csv);;All files (*)"))
        if name:
            self.start(Path(name))

    def start(self, source: Path) -> None:
        """Add the events of an ACLED export or a UCDP GED file to a copy of the database, on a worker thread."""
        if self.job is not None:
            return
        self.job = ImportJob(self._bundled, self._user_dir, source, self)
        self.job.progressed.connect(lambda count: self.message.emit(
            self.tr("Importing… {0} events").format(f"{count:,}"), 0))
        self.job.done.connect(self._on_done)
        self.message.emit(self.tr("Importing {0}…").format(source.name), 0)
        self.job.start()

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.job.wait()

    def _on_done(self, count: int, error: str) -> None:
        job, self.job = self.job, None
        job.wait()
        if error:
            self.message.emit(self.tr("Import failed"), 10000)
            QMessageBox.warning(self._window, self.tr("Import failed"), error)
            return
        if count < 0:
            self.message.emit(self.tr("Import cancelled"), 10000)
            return
        report = job.report
        text = self.tr("{0} events imported from {1}.").format(f"{count:,}", job.source.name)
        if report.skipped:
            text += "\n\n" + self.tr("{0} rows were skipped:").format(f"{report.skipped:,}") + "\n" + "\n".join(
                report.problems) + ("\n…" if report.skipped > len(report.problems) else "")
        QMessageBox.information(self._window, self.tr("Import finished"), text)
        self.database_changed.emit(imported_path(self._user_dir))

    def remove(self) -> None:
        try:
            remove_imports(self._user_dir)
        except OSError as error:
            self.message.emit(self.tr("The imported events could not be removed: {0}").format(error), 10000)
            return
        self.database_changed.emit(self._bundled)
