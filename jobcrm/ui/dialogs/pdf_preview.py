"""Print preview for the PDFs JobCRM makes (the Ordreblanket first): the pages shown as images, then "Save as
PDF…" or "Open in PDF viewer" (from where the consultant prints).

PySide6-Essentials has no QtPdf, so the pages are rasterised with poppler's `pdftoppm` when it is installed
(Linux, most Macs with poppler). Without it the dialog says so and offers to open the file in the
system's PDF viewer instead — the PDF itself is the same either way.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

PREVIEW_DPI = 80


def rasterize(pdf: bytes, dpi: int = PREVIEW_DPI) -> list[QImage] | None:
    """The pages as images, or None when no rasteriser is available."""
    tool = shutil.which("pdftoppm")
    if tool is None:
        return None
    with tempfile.TemporaryDirectory(prefix="jobcrm-preview-") as tmp:
        src = Path(tmp) / "doc.pdf"
        src.write_bytes(pdf)
        try:
            subprocess.run([tool, "-r", str(dpi), "-png", str(src), str(Path(tmp) / "page")], check=True,
                           capture_output=True, timeout=60)
        except (OSError, subprocess.SubprocessError):
            return None
        pages = sorted(Path(tmp).glob("page-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
        return [QImage(str(p)) for p in pages] or None


class PdfPreviewDialog(QDialog):
    def __init__(self, tasks, make_pdf: Callable[[], bytes], title: str, file_name: str,
                 parent: QWidget | None = None, rasterizer: Callable[[bytes], list[QImage] | None] = rasterize):
        super().__init__(parent)
        self._file_name = file_name
        self._rasterizer = rasterizer
        self.pdf: bytes | None = None
        self.pages: list[QImage] = []
        self.setWindowTitle(self.tr("Print preview — %1").replace("%1", title))
        self.resize(760, 900)
        layout = QVBoxLayout(self)
        self.status = QLabel(self.tr("Preparing the document…"))
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setStyleSheet("QScrollArea { background: #7d8794; }")
        self.pages_widget = QWidget()
        self.pages_widget.setStyleSheet("background: #7d8794;")
        self.pages_layout = QVBoxLayout(self.pages_widget)
        self.pages_layout.setSpacing(14)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.scroll.setWidget(self.pages_widget)
        layout.addWidget(self.scroll, 1)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.clicked.connect(self.save_as)
        self.open_button = QPushButton(self.tr("Open in PDF viewer to print"))
        self.open_button.setObjectName("primary")
        self.open_button.clicked.connect(self.open_external)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        for b in (self.save_button, self.open_button):
            b.setEnabled(False)

        rasterizer_ = self._rasterizer

        def work():
            data = make_pdf()
            return data, rasterizer_(data)

        tasks.run(work, self._show, self._failed)

    def _show(self, result) -> None:
        self.pdf, images = result
        for b in (self.save_button, self.open_button):
            b.setEnabled(True)
        if not images:
            self.status.setText(self.tr("The preview needs the program pdftoppm (poppler), which is not installed. "
                                        "Open the document in your PDF viewer to see and print it."))
            return
        self.pages = images
        n = len(images)
        self.status.setText(self.tr("%1 page(s). Print from your PDF viewer, or save the PDF.").replace("%1", str(n)))
        for image in images:
            page = QLabel()
            page.setPixmap(QPixmap.fromImage(image))
            page.setStyleSheet("background: white; border: 1px solid #4a5361;")
            self.pages_layout.addWidget(page)

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(self.tr("The document could not be made: %1").replace("%1", str(exc)))

    def save_as(self) -> str | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), str(Path(folder) / self._file_name),
                                              self.tr("PDF files (*.pdf)"))
        if not path or self.pdf is None:
            return None
        from jobcrm.pdf.base import write_atomically

        try:
            write_atomically(path, self.pdf)
        except OSError as e:
            QMessageBox.warning(self, self.tr("Save as PDF"), self.tr("Could not save %1: %2").replace("%1", path)
                                .replace("%2", e.strerror or str(e)))
            return None
        self.status.setText(self.tr("Saved: %1").replace("%1", path))
        return path

    def open_external(self) -> Path | None:
        if self.pdf is None:
            return None
        folder = Path(tempfile.gettempdir()) / "jobcrm-print"
        folder.mkdir(exist_ok=True)
        target = folder / self._file_name
        target.write_bytes(self.pdf)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
        return target
