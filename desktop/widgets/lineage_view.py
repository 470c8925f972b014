"""A faction's family tree drawn as boxes: what it came from on the left, what came of it on the right."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsScene, QGraphicsSimpleTextItem, QGraphicsView

from desktop.store.lineage import Lineage, LineageLink
from desktop.store.records import Link

BOX_WIDTH, BOX_HEIGHT, COLUMN_GAP, ROW_GAP = 230, 44, 90, 14


class _FactionBox(QGraphicsRectItem):
    def __init__(self, target: Link, caption: str, current: bool):
        super().__init__(0, 0, BOX_WIDTH, BOX_HEIGHT)
        self.target = target
        self.setBrush(QBrush(QColor("#f3d9a4" if current else "#e8e4d8")))
        self.setPen(QPen(QColor("#5a4a2a"), 2 if current else 1))
        self.setToolTip(target.label)
        if not current:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        name = target.label if len(target.label) <= 32 else target.label[:30] + "…"
        text = QGraphicsSimpleTextItem(name + (f"\n{caption}" if caption else ""), self)
        text.setPos(6, 4)


class LineageView(QGraphicsView):
    """Signals:
        record_activated(kind, record_id): a box other than the current faction was clicked.
    """

    record_activated = Signal(str, str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAccessibleName(self.tr("Family tree of the faction"))
        self.setMinimumHeight(120)
        self.boxes: list[_FactionBox] = []

    def show_lineage(self, faction: Link, tree: Lineage) -> None:
        scene = self.scene()
        scene.clear()
        self.boxes = []
        rows = max(len(tree.predecessors), len(tree.successors), 1)
        height = rows * (BOX_HEIGHT + ROW_GAP)
        center = self._add(faction, "", True, QPointF(BOX_WIDTH + COLUMN_GAP, (height - BOX_HEIGHT) / 2))
        for column, links in ((0, tree.predecessors), (2, tree.successors)):
            top = (height - len(links) * (BOX_HEIGHT + ROW_GAP)) / 2
            for n, item in enumerate(links):
                box = self._add(item.faction, self._caption(item), False,
                                QPointF(column * (BOX_WIDTH + COLUMN_GAP), top + n * (BOX_HEIGHT + ROW_GAP)))
                left, right = (box, center) if column == 0 else (center, box)
                start = left.sceneBoundingRect()
                end = right.sceneBoundingRect()
                scene.addLine(start.right(), start.center().y(), end.left(), end.center().y(),
                              QPen(QColor("#5a4a2a"), 1.5))
        if not tree.predecessors and not tree.successors:
            note = scene.addSimpleText(self.tr("No recorded splits, mergers or renamings."))
            note.setPos(BOX_WIDTH + COLUMN_GAP, (height - BOX_HEIGHT) / 2 + BOX_HEIGHT + 6)
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-10, -10, 10, 10))

    @staticmethod
    def _caption(item: LineageLink) -> str:
        return f"{item.type}{', ' + item.date if item.date else ''}"

    def _add(self, target: Link, caption: str, current: bool, position: QPointF) -> _FactionBox:
        box = _FactionBox(target, caption, current)
        box.setPos(position)
        self.scene().addItem(box)
        self.boxes.append(box)
        return box

    def mousePressEvent(self, event) -> None:
        item = self.itemAt(event.position().toPoint())
        while item is not None and not isinstance(item, _FactionBox):
            item = item.parentItem()
        if item is not None and item.pen().width() == 1:
            self.record_activated.emit(item.target.kind, item.target.id)
        super().mousePressEvent(event)

    def sizeHint(self):
        rect: QRectF = self.sceneRect()
        return rect.size().toSize()
