"""Zoom and pan a pyqtgraph view with the keyboard: arrows pan, + and - zoom, 0 shows everything again."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt

PAN_STEP = 0.1  # of the visible width or height
ZOOM_STEP = 0.8


class KeyboardNavigation(QObject):
    """An event filter for a GraphicsView; horizontal_only keeps the y axis as it is (time plots)."""

    def __init__(self, view_box, horizontal_only: bool, parent=None):
        super().__init__(parent)
        self._box, self._horizontal_only = view_box, horizontal_only

    def handle(self, key) -> bool:
        box = self._box
        (x0, x1), (y0, y1) = box.viewRange()
        dx, dy = (x1 - x0) * PAN_STEP, (y1 - y0) * PAN_STEP
        if key == Qt.Key.Key_Left:
            box.translateBy(x=-dx)
        elif key == Qt.Key.Key_Right:
            box.translateBy(x=dx)
        elif key == Qt.Key.Key_Up and not self._horizontal_only:
            box.translateBy(y=dy)
        elif key == Qt.Key.Key_Down and not self._horizontal_only:
            box.translateBy(y=-dy)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Minus):
            factor = ZOOM_STEP if key != Qt.Key.Key_Minus else 1 / ZOOM_STEP
            box.scaleBy(x=factor, y=1 if self._horizontal_only else factor)
        elif key == Qt.Key.Key_0:
            box.autoRange()
        else:
            return False
        return True

    def eventFilter(self, watched, event) -> bool:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.KeyPress and event.modifiers() in (
                Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier,
                Qt.KeyboardModifier.ShiftModifier):
            return self.handle(event.key())
        return False
