"""The reader's notebook: bookmarked records and notes, a filter over them, the note of the chosen record, and
export and import of the whole notebook as a file (so a reinstall or another computer loses nothing)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.labels import label
from desktop.notebook import Notebook, NotebookError
from desktop.text import fold

KEY_ROLE = Qt.ItemDataRole.UserRole
SAVE_DELAY_MS = 600  # a note is written this long after the last keystroke


class NotebookTab(QWidget):
    """Signals:
        record_activated(kind, record_id): the reader asked to open a record of the notebook.
        saved(ok): the notebook was written (ok) or could not be (not ok).
    """

    record_activated = Signal(str, str)
    saved = Signal(bool)

    def __init__(self, notebook: Notebook, can_export: bool = True, parent=None):
        super().__init__(parent)
        self.notebook = notebook
        self._target: tuple[str, str, str] | None = None  # (kind, id, title) of the note being written
        self.filter_edit = QLineEdit(placeholderText=self.tr("Filter your bookmarks and notes"))
        self.filter_edit.setAccessibleName(self.tr("Filter the notebook"))
        self.filter_edit.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Bookmarked and annotated records, latest change first"))
        self.heading = QLabel(self.tr("Choose a record here, or press Ctrl+D or Ctrl+Shift+N on any record."))
        self.heading.setWordWrap(True)
        self.bookmark_box = QCheckBox(self.tr("&Bookmarked"))
        self.note_edit = QPlainTextEdit()
        self.note_edit.setAccessibleName(self.tr("Your note on this record"))
        self.note_edit.setPlaceholderText(self.tr("Your note: it is saved as you type."))
        self.open_button = QPushButton(self.tr("&Open the record"))
        self.remove_button = QPushButton(self.tr("&Remove from the notebook"))
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.setAccessibleName(self.tr("Export the notebook to a file"))
        self.import_button = QPushButton(self.tr("&Import…"))
        self.import_button.setAccessibleName(self.tr("Import a notebook file, merged with this one"))
        for button in (self.export_button, self.import_button):
            if not can_export:
                button.hide()
        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS, timeout=self._save_note)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter_edit)
        left_layout.addWidget(self.list, stretch=1)
        files = QHBoxLayout()
        files.addWidget(self.export_button)
        files.addWidget(self.import_button)
        left_layout.addLayout(files)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.bookmark_box)
        right_layout.addWidget(self.note_edit, stretch=1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        right_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([380, 800])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.filter_edit.textChanged.connect(self.refresh)
        self.list.currentItemChanged.connect(self._on_item_chosen)
        self.list.itemActivated.connect(lambda item: self.record_activated.emit(*item.data(KEY_ROLE)))
        self.note_edit.textChanged.connect(self._save_timer.start)
        self.bookmark_box.toggled.connect(self._on_bookmark_toggled)
        self.open_button.clicked.connect(lambda: self._target and self.record_activated.emit(*self._target[:2]))
        self.remove_button.clicked.connect(self._remove)
        self.export_button.clicked.connect(self._export)
        self.import_button.clicked.connect(self._import)
        self._show_target(None)
        self.refresh()

    def refresh(self) -> None:
        """Rebuild the list from the notebook, keeping the chosen record chosen."""
        words = fold(self.filter_edit.text().strip())
        self.list.blockSignals(True)
        self.list.clear()
        for entry in self.notebook.entries():
            if words and words not in fold(f"{entry.title} {entry.note}"):
                continue
            star = "★ " if entry.bookmarked else ""
            item = QListWidgetItem(f"{star}{entry.title} — {label(entry.kind)}")
            item.setData(KEY_ROLE, entry.key)
            item.setToolTip(entry.note[:300])
            self.list.addItem(item)
            if self._target and entry.key == self._target[:2]:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    def write_note_on(self, kind: str, record_id: str, title: str) -> None:
        """Open the note of a record (new or not) for writing."""
        self._show_target((kind, record_id, title))
        self.refresh()
        self.note_edit.setFocus()

    # -- the chosen record -------------------------------------------------------------------------------------

    def _on_item_chosen(self, item, _previous=None) -> None:
        if item is None:
            return
        kind, record_id = item.data(KEY_ROLE)
        entry = self.notebook.get(kind, record_id)
        self._show_target((kind, record_id, entry.title if entry else record_id))

    def _show_target(self, target: tuple[str, str, str] | None) -> None:
        self._save_note()  # the previous record's last keystrokes first
        self._target = target
        entry = self.notebook.get(*target[:2]) if target else None
        for widget in (self.note_edit, self.bookmark_box, self.open_button, self.remove_button):
            widget.setEnabled(target is not None)
        for widget in (self.note_edit, self.bookmark_box):
            widget.blockSignals(True)
        self.note_edit.setPlainText(entry.note if entry else "")
        self.bookmark_box.setChecked(bool(entry and entry.bookmarked))
        for widget in (self.note_edit, self.bookmark_box):
            widget.blockSignals(False)
        if target:
            self.heading.setText(f"<b>{_escape(target[2])}</b> — {_escape(label(target[0]))}")

    def _save_note(self) -> None:
        self._save_timer.stop()
        if self._target is None:
            return
        kind, record_id, title = self._target
        entry = self.notebook.get(kind, record_id)
        text = self.note_edit.toPlainText()
        if (entry.note if entry else "") != text:
            self.notebook.set_note(kind, record_id, title, text)
            self._write()

    def _on_bookmark_toggled(self, on: bool) -> None:
        if self._target:
            self._save_note()
            self.notebook.set_bookmark(*self._target, on)
            self._write()

    def _remove(self) -> None:
        if self._target:
            self.notebook.remove(*self._target[:2])
            self._target = None
            self._write()
            self._show_target(None)

    def _write(self) -> None:
        self.saved.emit(self.notebook.save())
        self.refresh()

    # -- files ----------------------------------------------------------------------------------------------

    def _export(self) -> None:
        self._save_note()
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export the notebook"), "mali-war-notebook.json",
                                              self.tr("Notebook (*.json)"))
        if name:
            try:
                self.notebook.export(Path(name))
            except OSError as error:
                QMessageBox.warning(self, self.tr("Export failed"),
                                    self.tr("The notebook could not be written: {0}").format(error))

    def _import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import a notebook"), "", self.tr("Notebook (*.json)"))
        if name:
            self.import_from(Path(name))

    def import_from(self, source: Path) -> int | None:
        self._save_note()
        try:
            changed = self.notebook.import_file(source)
        except NotebookError as error:
            QMessageBox.warning(self, self.tr("Import failed"), str(error))
            return None
        self._write()
        self._show_target(self._target)
        return changed


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
