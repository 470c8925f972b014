"""A record page saved as a PDF (A4), for printing or attaching to a paper, with the citation at its foot."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextBlockFormat, QTextCursor, QTextDocument

MARGIN_MM = 18


def save_as_pdf(document: QTextDocument, title: str, footer: str, target: Path) -> None:
    """Write document (as shown, plus footer) to target. Raises OSError when the file cannot be written: Qt's
    PDF writer does not say, so the file is written beside the target and checked before it takes its name."""
    target = Path(target)
    if not target.parent.is_dir():
        raise OSError(f"the folder {target.parent} does not exist")
    temporary = target.with_name(target.name + ".part")
    copy = document.clone()
    if footer:
        cursor = QTextCursor(copy)
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertBlock(QTextBlockFormat())
        if cursor.currentList() is not None:  # the page ends with its list of sources: step out of it
            cursor.currentList().remove(cursor.block())
        cursor.insertHtml("<hr><p style='font-size: small'>" + footer.replace("&", "&amp;").replace("<", "&lt;")
                          .replace("\n", "<br>") + "</p>")
    writer = QPdfWriter(str(temporary))
    writer.setTitle(title)
    writer.setCreator("Mali War Reference")
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter)
    copy.print_(writer)
    del writer  # the file is complete only once the writer is gone
    try:
        if not temporary.exists() or temporary.stat().st_size == 0:
            raise OSError(f"could not write {target}")
        temporary.replace(target)
    finally:
        temporary.unlink(missing_ok=True)
