"""A tab page that builds its content when it is first shown or first needed, so the window paints sooner."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyTab(QWidget):
    def __init__(self, factory: Callable[[], QWidget], on_built: Callable[[QWidget], None], parent=None):
        super().__init__(parent)
        self._factory, self._on_built = factory, on_built
        self._content: QWidget | None = None
        self._scheduled = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    @property
    def is_built(self) -> bool:
        return self._content is not None

    @property
    def content(self) -> QWidget:
        """The tab's widget, built now if it was not yet."""
        if self._content is None:
            self._content = self._factory()
            self.layout().addWidget(self._content)
            self._on_built(self._content)
        return self._content

    def paintEvent(self, event) -> None:
        # Build once the empty page has been painted: the window appears first, its content a frame later.
        if self._content is None and not self._scheduled:
            self._scheduled = True
            QTimer.singleShot(0, lambda: self.content)
        super().paintEvent(event)
