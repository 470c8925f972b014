"""The Overview tab: the war's infobox, reconstructed from sourced records."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.store.records import Infobox
from desktop.views.pages import infobox_page
from desktop.views.record_browser import RecordBrowser


class OverviewTab(QWidget):
    """Signals:
        record_activated(kind, record_id): the user followed a link in the infobox.
    """

    record_activated = Signal(str, str)

    def __init__(self, infobox: Infobox, parent=None):
        super().__init__(parent)
        self.page = RecordBrowser(self.tr("The war at a glance"))
        self.page.setHtml(infobox_page(infobox, self.tr("Mali War")))  # the title in the reader's language
        layout = QVBoxLayout(self)
        layout.addWidget(self.page)
        self.page.record_activated.connect(self.record_activated)
