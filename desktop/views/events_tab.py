"""The Events tab: the shared filter's controls, a paged table of matching events, and the selected event."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.labels import label
from desktop.models.event_table import EVENT_ID_ROLE, EventTableModel
from desktop.models.filter_state import FilterState
from desktop.store.filters import EventFilter
from desktop.store.store import Store
from desktop.views.pages import event_page
from desktop.views.record_browser import RecordBrowser
from desktop.widgets.filter_bar import FilterBar


class EventsTab(QWidget):
    """Signals:
        record_activated(kind, record_id): the user followed a link on an event's page.
        record_shown(kind, record_id): an event's page is now shown (for the history).
    """

    record_activated = Signal(str, str)
    record_shown = Signal(str, str)

    def __init__(self, store: Store, state: FilterState, can_export: bool = True, parent=None):
        super().__init__(parent)
        self._store = store
        factions = [(f.id, f"{f.name} ({f.acronym})" if f.acronym else f.name) for f in store.factions()]
        types = store.event_types()
        self._type_labels = [label(t) for t in types]
        self.filter_bar = FilterBar(state, types, store.regions(), factions)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Number of matching events"))
        self.export_status = QLabel()
        self.export_status.setAccessibleName(self.tr("Progress of the export"))
        self.export_buttons = {}
        for kind, text, name in (("csv", self.tr("Export C&SV…"), self.tr("Export the matching events as CSV")),
                                 ("json", self.tr("Export &JSON…"), self.tr("Export the matching events as JSON"))):
            button = QPushButton(text)
            button.setAccessibleName(name)
            button.clicked.connect(lambda _=False, k=kind: self._choose_export_file(k))
            if not can_export:  # on a public terminal: nothing to carry off
                button.hide()
            self.export_buttons[kind] = button
        self.export_job = None
        self.model = EventTableModel(store, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Events"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._fit_columns()
        self.page = RecordBrowser(self.tr("Event page"))
        self.page.setPlaceholderText(self.tr("Choose an event in the table to read it here."))

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.page)
        splitter.setSizes([420, 300])
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_bar)
        count_row = QHBoxLayout()
        count_row.addWidget(self.count_label)
        count_row.addStretch(1)
        count_row.addWidget(self.export_status)
        for button in self.export_buttons.values():
            count_row.addWidget(button)
        layout.addLayout(count_row)
        layout.addWidget(splitter, stretch=1)

        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.page.record_activated.connect(self.record_activated)
        state.filter_changed.connect(self._on_filter_changed)
        self._on_filter_changed(state.filter)

    def _on_filter_changed(self, event_filter: EventFilter) -> None:
        self.model.set_filter(event_filter)
        self.count_label.setText(self.tr("%n event(s)", "", self.model.rowCount()))

    # Columns are sized in characters of the current font, so that large text does not truncate the dates.
    COLUMN_SAMPLES = {0: "2012-01-17", 2: "massacre", 3: "Tinzaouaten", 4: "Tombouctou", 5: "MNLA; FAMa; JNIM",
                      6: "153 (80–160)"}

    def _fit_columns(self) -> None:
        metrics = self.table.fontMetrics()
        padding = 3 * metrics.averageCharWidth()
        samples = dict(self.COLUMN_SAMPLES)
        samples[2] = max(self._type_labels + [samples[2]], key=metrics.horizontalAdvance)[:24]
        widths = {column: metrics.horizontalAdvance(sample) + padding for column, sample in samples.items()}
        # The title stretches into what is left; keep it at least 40% of the table by narrowing type, place,
        # region and actors (never the date or the toll, which an ellipsis would make wrong).
        narrowable = (2, 3, 4, 5)
        room = int(self.table.viewport().width() * 0.6) - widths[0] - widths[6]
        wanted = sum(widths[column] for column in narrowable)
        if room > 0 and wanted > room:
            narrowest = 4 * metrics.averageCharWidth()
            for column in narrowable:
                widths[column] = max(widths[column] * room // wanted, narrowest)
        for column, width in widths.items():
            self.table.setColumnWidth(column, width)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # Refit only when the title is squeezed, so that a column the reader widened stays as it is.
        if self.table.columnWidth(1) < self.table.viewport().width() // 4:
            self._fit_columns()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_columns()

    # -- export ----------------------------------------------------------------------------------------------

    def _choose_export_file(self, kind: str) -> None:
        filters = {"csv": self.tr("CSV table (*.csv)"), "json": self.tr("JSON file (*.json)")}
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export the matching events"),
                                              f"mali-war-events.{kind}", filters[kind])
        if name:
            self.export_to(Path(name), kind)

    def export_to(self, target: Path, kind: str) -> None:
        """Write the matching events, in the table's order, to target on a worker thread."""
        if self.export_job is not None:
            return
        from desktop.views.export_job import ExportJob

        job = ExportJob(self._store.path, self.model.event_filter, self.model.sort_order, target, kind,
                        self._store.meta().data_version, self._store.french_names, self)
        job.progressed.connect(lambda count: self.export_status.setText(
            self.tr("Exporting… {0} events").format(f"{count:,}")))
        job.done.connect(self._on_export_done)
        QCoreApplication.instance().aboutToQuit.connect(self.cancel_export)
        self.export_job = job
        for button in self.export_buttons.values():
            button.setEnabled(False)
        self.export_status.setText(self.tr("Exporting…"))
        job.start()

    def cancel_export(self) -> None:
        if self.export_job is not None:
            self.export_job.cancel()
            self.export_job.wait()

    def _on_export_done(self, count: int, error: str) -> None:
        job, self.export_job = self.export_job, None
        job.wait()
        QCoreApplication.instance().aboutToQuit.disconnect(self.cancel_export)
        for button in self.export_buttons.values():
            button.setEnabled(True)
        if error:
            self.export_status.setText(self.tr("Export failed"))
            QMessageBox.warning(self, self.tr("Export failed"),
                                self.tr("The events could not be exported: {0}").format(error))
        elif count >= 0:
            self.export_status.setText(self.tr("Exported {0} events to {1}").format(f"{count:,}", job.target.name))
        else:
            self.export_status.setText(self.tr("Export cancelled"))

    def _on_current_row_changed(self, current, _previous) -> None:
        event_id = current.data(EVENT_ID_ROLE) if current.isValid() else None
        if event_id:
            self.show_record(event_id)

    def show_record(self, record_id: str) -> bool:
        event = self._store.event(record_id)
        if event is None:
            return False
        self.page.setHtml(event_page(event))
        self.record_shown.emit("event", record_id)
        return True

    def show_page(self, html: str) -> None:
        """Show a page that is not an event (a place)."""
        self.page.setHtml(html)
