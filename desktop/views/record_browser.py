"""A QTextBrowser for record pages that turns mwr:// links into a record_activated signal."""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QTextBrowser

from desktop.views.pages import LINK_SCHEME


class RecordBrowser(QTextBrowser):
    """Shows one record page. Never opens a link itself: the app works offline and opens no other program.

    Signals:
        record_activated(kind, record_id): a link to a record was followed.
    """

    record_activated = Signal(str, str)

    def __init__(self, accessible_name: str, parent=None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAccessibleName(accessible_name)
        self.anchorClicked.connect(self._on_anchor_clicked)

    def _on_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == LINK_SCHEME:
            self.record_activated.emit(url.host(), url.path().lstrip("/"))
        elif url.hasFragment() and not url.scheme():
            self.scrollToAnchor(url.fragment())
