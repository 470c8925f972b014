"""A faction's family tree drawn as boxes: what it came from on the left, what came of it on the right."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsScene, QGraphicsSimpleTextItem, QGraphicsView

from desktop.labels import label
from desktop.store.lineage import Lineage, LineageLink
from desktop.store.records import Link

BOX_WIDTH, BOX_HEIGHT, COLUMN_GAP, ROW_GAP = 230, 44, 90, 14


class _FactionBox(QGraphicsRectItem):
    def __init__(self, target: Link, caption: str, current: bool):
        super().__init__(0, 0, BOX_WIDTH, BOX_HEIGHT)
        self.target, self.current = target, current
        self.setBrush(QBrush(QColor("#f3d9a4" if current else "#e8e4d8")))
        self.setPen(QPen(QColor("#5a4a2a"), 2 if current else 1))
        self.setToolTip(target.label)
        if not current:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        name = target.label if len(target.label) <= 32 else target.label[:30] + "…"
        text = QGraphicsSimpleTextItem(name + (f"\n{caption}" if caption else ""), self)
        text.setPos(6, 4)


class LineageView(QGraphicsView):
    """Click a box, or with the keyboard: Tab or the arrows move between the boxes, Enter opens one.

    Signals:
        record_activated(kind, record_id): a box other than the current faction was clicked.
    """

    record_activated = Signal(str, str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAccessibleName(self.tr("Family tree of the faction"))
        self.setMinimumHeight(120)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.boxes: list[_FactionBox] = []
        self._selected: int | None = None  # index in the boxes that can be opened

    def show_lineage(self, faction: Link, tree: Lineage) -> None:
        scene = self.scene()
        scene.clear()
        self.boxes = []
        self._selected = None
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
        return f"{label(item.type)}{', ' + item.date if item.date else ''}"

    def _add(self, target: Link, caption: str, current: bool, position: QPointF) -> _FactionBox:
        box = _FactionBox(target, caption, current)
        box.setPos(position)
        self.scene().addItem(box)
        self.boxes.append(box)
        return box

    def _links(self) -> list[_FactionBox]:
        return [box for box in self.boxes if not box.current]

    def select_next(self, step: int) -> None:
        links = self._links()
        if not links:
            return
        if self._selected is not None:
            links[self._selected].setPen(QPen(QColor("#5a4a2a"), 1))
        self._selected = 0 if self._selected is None else (self._selected + step) % len(links)
        box = links[self._selected]
        box.setPen(QPen(QColor("#b5651d"), 1, Qt.PenStyle.DashLine))  # the keyboard's focus
        self.ensureVisible(box)
        self.setAccessibleDescription(box.target.label)

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            self.select_next(+1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            self.select_next(-1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self._selected is not None:
            target = self._links()[self._selected].target
            self.record_activated.emit(target.kind, target.id)
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event) -> None:
        item = self.itemAt(event.position().toPoint())
        while item is not None and not isinstance(item, _FactionBox):
            item = item.parentItem()
        if item is not None and not item.current:
            self.record_activated.emit(item.target.kind, item.target.id)
        super().mousePressEvent(event)

    def sizeHint(self):
        rect: QRectF = self.sceneRect()
        return rect.size().toSize()
