"""PDF pages as images (pypdfium2; QtPdf is not in PySide6-Essentials), a scrollable preview,
printing through the OS print dialog, opening in the OS PDF viewer, saving."""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QCoreApplication, QRect, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.ui import messages

logger = logging.getLogger(__name__)

_FORMATS = {
    "RGB": QImage.Format.Format_RGB888,
    "RGBA": QImage.Format.Format_RGBA8888,
    "RGBX": QImage.Format.Format_RGBX8888,
    "BGRA": QImage.Format.Format_ARGB32,
    "BGRX": QImage.Format.Format_RGB32,
}


def render_pages(pdf: bytes, dpi: float = 96, *, first: int = 0, last: int | None = None):
    """Yield each page as a QImage at the given resolution."""
    document = pdfium.PdfDocument(pdf)
    try:
        count = len(document)
        for index in range(first, count if last is None else min(last + 1, count)):
            page = document[index]
            bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
            image = QImage(
                bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, _FORMATS[bitmap.mode]
            ).copy()  # own the pixels before pdfium frees the bitmap
            bitmap.close()
            page.close()
            yield image
    finally:
        document.close()


def page_count(pdf: bytes) -> int:
    document = pdfium.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


class PdfPreview(QScrollArea):
    """The pages one under the other, like a PDF viewer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._inner = QWidget()
        self._layout = QVBoxLayout(self._inner)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self._layout.setSpacing(12)
        self.setWidget(self._inner)
        self.setBackgroundRole(self.backgroundRole())
        self._inner.setStyleSheet("background: #808080;")
        self.pages: list[QLabel] = []
        self.clear()

    def clear(self, text: str | None = None) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            if item.widget():
                item.widget().hide()  # at once: deleteLater waits for the event loop
                item.widget().deleteLater()
        self.pages = []
        label = QLabel(
            text
            or QCoreApplication.translate(
                "PdfPreview", "Välj ärende och dokument och tryck på ”Skapa”."
            )
        )
        label.setStyleSheet("color: white; padding: 40px;")
        label.setWordWrap(True)
        self._layout.addWidget(label)

    def show_pdf(self, pdf: bytes, dpi: float = 90) -> None:
        self.clear()
        item = self._layout.takeAt(0)
        if item and item.widget():
            item.widget().hide()
            item.widget().deleteLater()
        for number, image in enumerate(render_pages(pdf, dpi), start=1):
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setAccessibleName(
                QCoreApplication.translate("PdfPreview", "Sida {number}").format(number=number)
            )
            label.setStyleSheet("background: white;")
            self._layout.addWidget(label)
            self.pages.append(label)
        self.verticalScrollBar().setValue(0)
        # again after the layout settled; bound to self so it dies with the widget
        QTimer.singleShot(0, self, self._scroll_to_top)

    def _scroll_to_top(self) -> None:
        self.verticalScrollBar().setValue(0)


def print_pdf(parent: QWidget, pdf: bytes, title: str) -> bool:
    """Show the OS print dialog; print every chosen page rendered at 300 dpi. True if printed."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("PdfPreview", "Skriv ut"))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    paint_to_printer(printer, pdf)
    return True


def paint_to_printer(printer: QPrinter, pdf: bytes, dpi: float = 300) -> None:
    first, last = printer.fromPage(), printer.toPage()
    first_index = max(first - 1, 0) if first else 0
    last_index = last - 1 if last else None
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("printer could not start")
    try:
        for i, image in enumerate(render_pages(pdf, dpi, first=first_index, last=last_index)):
            if i:
                printer.newPage()
            target = painter.viewport()
            size = image.size()
            size.scale(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.setViewport(QRect(target.x(), target.y(), size.width(), size.height()))
            painter.setWindow(image.rect())
            painter.drawImage(0, 0, image)
            painter.setViewport(target)
    finally:
        painter.end()


def open_in_viewer(pdf: bytes, stem: str) -> Path:
    """Write to a private temporary file and open it in the OS PDF viewer."""
    folder = Path(tempfile.mkdtemp(prefix="igor-brev-"))
    path = folder / f"{stem}.pdf"
    path.write_bytes(pdf)
    path.chmod(0o600)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    return path


def save_pdf_as(parent: QWidget, pdf: bytes, stem: str) -> bool:
    """Ask where to save, write the PDF there (".pdf" added when missing). True if saved; a
    failure is shown to the user in Swedish."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("PdfPreview", text)

    path, _ = QFileDialog.getSaveFileName(
        parent, tr("Spara som PDF"), stem + ".pdf", tr("PDF-filer (*.pdf)")
    )
    if not path:
        return False
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    try:
        Path(path).write_bytes(pdf)
    except OSError as exc:
        messages.error(parent, tr("Filen kunde inte sparas: {reason}").format(reason=exc))
        return False
    return True
