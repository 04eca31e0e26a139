"""Preview of the Praktikpræsentation before it is saved as PDF: the same content as the paper (both come
from pdf.presentation.content), laid out as a page on screen; "Save as PDF…" writes the reportlab PDF
atomically and can open it."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QByteArray, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)


def _esc(text: str) -> str:
    return html.escape(text or "").replace("\n", "<br>")


def preview_html(c, has_photo: bool) -> str:
    """The handout as simple HTML for QTextBrowser (user text escaped)."""
    out = [f"<h1 style='color:#1d4e89; margin-bottom:0'>{_esc(c.title)}</h1>",
           f"<p style='color:#5f6b7a; font-size:14px; margin-top:2px'>{_esc(c.subtitle)}</p>"]
    if c.first_day:
        rows = "".join(f"<tr><td style='color:#1d4e89; font-weight:bold; padding:4px 12px 4px 8px'>{_esc(k)}</td>"
                       f"<td style='padding:4px 8px'>{_esc(v)}</td></tr>" for k, v in c.first_day)
        out.append("<table width='100%' cellspacing='0' style='background:#eaf2fb; border:1px solid #1d4e89'>"
                   f"<tr><td colspan='2' style='background:#1d4e89; color:white; font-weight:bold; padding:6px 8px;"
                   f" font-size:15px'>{_esc(c.first_day_heading)}</td></tr>{rows}</table>")
    if c.mentor_lines:
        picture = ("<img src='jobcrm:photo' width='96' height='96'>" if has_photo else
                   "<div style='font-size:28px; color:#1d4e89'>"
                   f"{_esc(''.join(w[0] for w in c.mentor_lines[0].split()[:2]).upper())}</div>")
        text = f"<b style='font-size:15px'>{_esc(c.mentor_lines[0])}</b><br>" + "<br>".join(
            _esc(x) for x in c.mentor_lines[1:])
        if c.mentor_text:
            text += f"<p>{_esc(c.mentor_text)}</p>"
        out.append(f"<h3 style='color:#1d4e89'>{_esc(c.mentor_heading)}</h3>"
                   f"<table><tr><td width='110' valign='top'>{picture}</td><td valign='top'>{text}</td></tr></table>")
    for section in c.sections:
        out.append(f"<h3 style='color:#1d4e89'>{_esc(section.heading)}</h3>")
        plain = [v for k, v in section.rows if not k]
        out += [f"<p>{_esc(v)}</p>" for v in plain]
        labelled = [(k, v) for k, v in section.rows if k]
        if labelled:
            out.append("<table cellspacing='0'>" + "".join(
                f"<tr><td width='190' valign='top' style='font-weight:bold; padding:2px 8px 2px 0'>{_esc(k)}</td>"
                f"<td valign='top' style='padding:2px 0'>{_esc(v)}</td></tr>" for k, v in labelled) + "</table>")
    return "".join(out)


class PresentationPreview(QDialog):
    def __init__(self, services, slot_id, placement_id=None, parent: QWidget | None = None):
        super().__init__(parent)
        from jobcrm.pdf import presentation

        self._services = services
        self._data = presentation.load(services, slot_id, placement_id)
        self.content = presentation.content(self._data)
        self.saved_path: Path | None = None
        self.setWindowTitle(self.tr("Practicum presentation — preview"))
        self.resize(760, 900)
        note = QLabel(self.tr("This is what the citizen and the company will read. Check it, then save it as a PDF "
                              "to print or send."))
        note.setWordWrap(True)
        note.setObjectName("muted")
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setStyleSheet("QTextBrowser { background: white; padding: 24px; }")
        doc = self.browser.document()
        if self._data.photo:
            image = QImage.fromData(QByteArray(self._data.photo))
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl("jobcrm:photo"), image)
        self.browser.setHtml(preview_html(self.content, bool(self._data.photo)))
        self.open_after = QCheckBox(self.tr("Open the PDF after saving"))
        self.open_after.setChecked(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save as PDF…"))
        buttons.accepted.connect(self.save_pdf)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.open_after)
        layout.addWidget(buttons)

    def default_name(self) -> str:
        name = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in self._data.slot.company_name).strip()
        return f"Praktikpræsentation {name}.pdf"

    def save_pdf(self, path: str | None = None) -> Path | None:
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save practicum presentation"),
                                                  str(Path.home() / self.default_name()), self.tr("PDF (*.pdf)"))
        if not path:
            return None
        from jobcrm.pdf import presentation
        from jobcrm.pdf.base import write_atomically

        try:
            target = write_atomically(path, presentation.render_pdf(self._data))
        except OSError as e:
            QMessageBox.warning(self, self.tr("Save as PDF"),
                                self.tr("The PDF could not be saved: %1").replace("%1", e.strerror or str(e)))
            return None
        self.saved_path = target
        if self.open_after.isChecked():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
        self.accept()
        return target
