"""What the reader does with the record on show: copy its citation, save its page as a PDF, bookmark it and
write a note on it. The window owns the tabs and the history; this object acts on whatever they show."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication


class RecordActions(QObject):
    """Signals:
        message(text, milliseconds): a line for the status bar.

    window: the MainWindow (its store, history, tabs and current view). kiosk: the notebook lives in memory only.
    """

    message = Signal(str, int)

    def __init__(self, window, user_dir: Path, kiosk: bool):
        super().__init__(window)
        self._window, self._user_dir, self._kiosk = window, user_dir, kiosk
        self._notebook = None  # read at first use: start-up does not need it

    def _record_on_show(self, hint: str) -> tuple[str, str, str] | None:
        """(kind, id, title) of the record last visited, or None after telling the reader what to do."""
        target = self._window.history.current
        if target is None:
            self.message.emit(hint, 5000)
            return None
        kind, record_id = target
        return kind, record_id, self._window.store.record_title(kind, record_id) or record_id

    def _citation(self, kind: str, record_id: str, title: str) -> str:
        from desktop.citation import citation

        store = self._window.store
        return citation(kind, record_id, title, store.sources_for(kind, record_id), store.meta(),
                        date.today().isoformat())

    # -- citation and PDF -----------------------------------------------------------------------------------

    def copy_citation(self) -> str | None:
        """Copy a citation of the record on show (the last one visited) to the clipboard."""
        record = self._record_on_show(self.tr("Open a record first: its citation is what gets copied."))
        if record is None:
            return None
        text = self._citation(*record)
        QApplication.clipboard().setText(text)
        self.message.emit(self.tr("Citation of “{0}” copied.").format(record[2]), 5000)
        return text

    def _page_on_show(self):
        page = getattr(self._window.current_view(), "page", None)
        return page if page is not None and page.toPlainText().strip() else None

    def choose_pdf_file(self) -> None:
        page = self._page_on_show()
        if page is None:
            self.message.emit(self.tr("Open a record first: its page is what gets saved."), 5000)
            return
        from PySide6.QtWidgets import QFileDialog

        title = page.toPlainText().strip().split("\n", 1)[0]
        safe = "".join(c if c.isalnum() else "-" for c in title.casefold())[:60].strip("-") or "page"
        name, _ = QFileDialog.getSaveFileName(self._window, self.tr("Save the page as PDF"), f"{safe}.pdf",
                                              self.tr("PDF document (*.pdf)"))
        if name:
            self.save_page_as_pdf(Path(name))

    def save_page_as_pdf(self, target: Path) -> bool:
        """The page on show as an A4 PDF, with the record's citation (or the data version) at its foot."""
        page = self._page_on_show()
        if page is None:
            return False
        from desktop.views.pdf_export import save_as_pdf

        title = page.toPlainText().strip().split("\n", 1)[0]
        meta = self._window.store.meta()
        footer = f"Mali War Reference {meta.app_version}, data version {meta.data_version}, {date.today()}."
        current = self._window.history.current
        if current and self._window.tab_for(current[0]) is self._window.current_view():
            footer = self._citation(*current, title)
        try:
            save_as_pdf(page.document(), title, footer, target)
        except OSError as error:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self._window, self.tr("Saving failed"),
                                self.tr("The PDF could not be written: {0}").format(error))
            return False
        self.message.emit(self.tr("Saved {0}").format(target.name), 5000)
        return True

    # -- the reader's notebook ------------------------------------------------------------------------------

    @property
    def notebook(self):
        """The reader's bookmarks and notes (in memory only on a kiosk)."""
        if self._notebook is None:
            from desktop.notebook import Notebook

            self._notebook = Notebook.load(None if self._kiosk else self._user_dir)
            if self._notebook.problem:
                self.message.emit(self._notebook.problem, 20000)
        return self._notebook

    def toggle_bookmark(self) -> None:
        """Bookmark the record on show, or remove its bookmark."""
        record = self._record_on_show(self.tr("Open a record first."))
        if record is None:
            return
        entry = self.notebook.get(*record[:2])
        on = not (entry and entry.bookmarked)
        self.notebook.set_bookmark(*record, on)
        if self.on_notebook_saved(self.notebook.save()):
            message = self.tr("Bookmarked “{0}”.") if on else self.tr("Bookmark of “{0}” removed.")
            self.message.emit(message.format(record[2]), 5000)
        self._window.refresh_notebook_tab()

    def write_note(self) -> None:
        """Open the note of the record on show in the notebook tab."""
        record = self._record_on_show(self.tr("Open a record first."))
        if record is not None:
            self._window.show_notebook_tab().write_note_on(*record)

    def on_notebook_saved(self, ok: bool) -> bool:
        if not ok:
            self.message.emit(self.tr("Your notebook could not be saved in {0}; it is kept until you quit.").format(
                self._user_dir), 10000)
        return ok
