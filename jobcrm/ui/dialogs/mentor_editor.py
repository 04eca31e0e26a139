"""Create or edit a mentor: kind, where they work, contact, competences (the checklist of seed 003), the
mentor course, the maximum number of mentees, a few lines for the presentation, and a photo."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from jobcrm.domain.vocab import MENTOR_COMPETENCE, MENTOR_KIND
from jobcrm.errors import JobCRMError, ValidationError
from jobcrm.services.slot_dto import MentorDTO, MentorInput
from jobcrm.ui import fmt
from jobcrm.ui.dialogs.slot_editor import ERROR_STYLE
from jobcrm.ui.drafts import DraftStore

PHOTO_SIZE = 120


class MentorEditor(QDialog):
    def __init__(self, services, drafts: DraftStore, mentor: MentorDTO | None = None,
                 company_id: uuid.UUID | None = None, lang: str = "da", parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._drafts = drafts
        self._mentor = mentor
        self.saved: MentorDTO | None = None
        self.company_id = mentor.company_id if mentor else company_id
        self._photo: bytes | None = services.mentors.photo(mentor.id) if mentor and mentor.has_photo else None
        self._photo_changed = False
        self._photo_path: str | None = None
        self._draft_key = f"mentor-{mentor.id if mentor else 'new'}"
        self.setWindowTitle(self.tr("Edit mentor") if mentor else self.tr("New mentor"))
        self.setMinimumWidth(720)
        self.edits: dict[str, QWidget] = {}

        form = QFormLayout()
        form.addRow(self.tr("Name *"), self._line("name"))
        kind = QComboBox()
        for term in MENTOR_KIND:
            kind.addItem(term.label(lang), term.code)
        self.edits["kind"] = kind
        form.addRow(self.tr("Kind"), kind)
        company_name = services.companies.get(self.company_id).name if self.company_id else ""
        self.company_label = QLabel(company_name or self.tr("(no company: an external mentor)"))
        self.company_label.setObjectName("muted" if not company_name else "")
        form.addRow(self.tr("Company"), self.company_label)
        form.addRow(self.tr("Organisation"), self._line("organisation", self.tr("for an external mentor")))
        form.addRow(self.tr("Job title"), self._line("title"))
        form.addRow(self.tr("Phone"), self._line("phone", "12 34 56 78"))
        form.addRow(self.tr("E-mail"), self._line("email"))
        form.addRow(self.tr("Mentor course (date)"), self._line("course_date", "24.11.2026"))
        spin = QSpinBox()
        spin.setRange(1, 30)
        spin.setValue(2)
        self.edits["max_mentees"] = spin
        form.addRow(self.tr("Max mentees"), spin)
        text = QPlainTextEdit()
        text.setTabChangesFocus(True)
        text.setFixedHeight(60)
        text.setPlaceholderText(self.tr("A few friendly lines for the citizen, e.g. \"I will meet you on your "
                                        "first day and show you around.\""))
        self.edits["presentation"] = text
        form.addRow(self.tr("Presentation"), text)

        comp_box = QGroupBox(self.tr("Competences"))
        cl = QVBoxLayout(comp_box)
        self.competences: dict[str, QCheckBox] = {}
        for term in MENTOR_COMPETENCE:
            box = QCheckBox(term.label(lang))
            self.competences[term.code] = box
            cl.addWidget(box)

        photo_box = QGroupBox(self.tr("Photo"))
        pl = QVBoxLayout(photo_box)
        self.photo_label = QLabel()
        self.photo_label.setFixedSize(PHOTO_SIZE, PHOTO_SIZE)
        self.photo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo_label.setStyleSheet("background: #eef1f4; border: 1px solid #d5dde8; color: #5f6b7a;")
        pl.addWidget(self.photo_label, 0, Qt.AlignmentFlag.AlignHCenter)
        self.choose_photo_button = QPushButton(self.tr("Choose photo…"))
        self.choose_photo_button.clicked.connect(self.choose_photo)
        self.remove_photo_button = QPushButton(self.tr("Remove photo"))
        self.remove_photo_button.clicked.connect(lambda: self.set_photo(None))
        pl.addWidget(self.choose_photo_button)
        pl.addWidget(self.remove_photo_button)
        pl.addStretch(1)

        top = QHBoxLayout()
        top.addLayout(form, 1)
        top.addWidget(photo_box)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.error_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(comp_box)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

        if mentor is not None:
            self.set_values({
                "name": mentor.name, "kind": mentor.kind, "organisation": mentor.organisation,
                "title": mentor.title, "phone": mentor.phone, "email": mentor.email,
                "course_date": fmt.date(mentor.course_date), "max_mentees": mentor.max_mentees,
                "presentation": mentor.presentation, "competences": list(mentor.competences)})
        elif self.company_id is None:
            kind.setCurrentIndex(kind.findData("ekstern"))
        self._show_photo()
        draft = drafts.load(self._draft_key)
        if draft:
            self._offer_draft(draft)
        self._autosave = QTimer(self, singleShot=True, interval=800)
        self._autosave.timeout.connect(self._save_draft)
        for w in self.edits.values():
            signal = getattr(w, "textChanged", None) or getattr(w, "valueChanged", None) or w.currentIndexChanged
            signal.connect(self._autosave.start)
        for box in self.competences.values():
            box.toggled.connect(self._autosave.start)

    def _line(self, key: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        self.edits[key] = edit
        return edit

    # --- photo ---------------------------------------------------------------------------------
    def choose_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a photo of the mentor"), str(Path.home()),
                                              self.tr("Images (*.jpg *.jpeg *.png *.bmp *.gif *.webp)"))
        if path:
            self.load_photo(path)

    def load_photo(self, path: str) -> None:
        try:
            data = Path(path).read_bytes()
        except OSError as e:
            self.show_errors({"photo": self.tr("The file could not be read: %1").replace("%1", str(e))})
            return
        self._photo_path = path
        self.set_photo(data)

    def set_photo(self, data: bytes | None) -> None:
        if data is None:
            self._photo_path = None
        self._photo = data
        self._photo_changed = True
        self._show_photo()
        if hasattr(self, "_autosave"):
            self._autosave.start()

    def _show_photo(self) -> None:
        pix = QPixmap()
        if self._photo and pix.loadFromData(self._photo):
            self.photo_label.setPixmap(pix.scaled(PHOTO_SIZE, PHOTO_SIZE, Qt.AspectRatioMode.KeepAspectRatio,
                                                  Qt.TransformationMode.SmoothTransformation))
        else:
            self.photo_label.setPixmap(QPixmap())
            self.photo_label.setText(self.tr("No photo") if not self._photo else self.tr("Not an image"))
        self.remove_photo_button.setEnabled(self._photo is not None)

    # --- values --------------------------------------------------------------------------------
    def values(self) -> dict:
        out: dict = {}
        for key, w in self.edits.items():
            if isinstance(w, QLineEdit):
                out[key] = w.text()
            elif isinstance(w, QPlainTextEdit):
                out[key] = w.toPlainText()
            elif isinstance(w, QSpinBox):
                out[key] = w.value()
            else:
                out[key] = w.currentData()
        out["competences"] = [c for c, box in self.competences.items() if box.isChecked()]
        out["photo_path"] = self._photo_path
        return out

    def set_values(self, values: dict) -> None:
        for key, value in values.items():
            w = self.edits.get(key)
            if key == "competences":
                for code, box in self.competences.items():
                    box.setChecked(code in (value or ()))
            elif key == "photo_path" and value:
                self.load_photo(value)
            elif isinstance(w, QLineEdit):
                w.setText("" if value is None else str(value))
            elif isinstance(w, QPlainTextEdit):
                w.setPlainText(value or "")
            elif isinstance(w, QSpinBox):
                w.setValue(int(value or 1))
            elif w is not None:
                w.setCurrentIndex(max(w.findData(value), 0))

    def _input(self) -> MentorInput:
        v = self.values()
        blank = lambda x: x if x not in ("", None) else None  # noqa: E731
        return MentorInput(name=v["name"], kind=v["kind"], company_id=self.company_id,
                           organisation=blank(v["organisation"]), title=blank(v["title"]), phone=blank(v["phone"]),
                           email=blank(v["email"]), competences=tuple(v["competences"]),
                           course_date=blank(v["course_date"]), max_mentees=v["max_mentees"],
                           presentation=blank(v["presentation"]))

    # --- drafts --------------------------------------------------------------------------------
    def _save_draft(self) -> None:
        self._drafts.save(self._draft_key, self.values())

    def _offer_draft(self, draft: dict) -> None:
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("There are unsaved changes from last time (for example after a crash). Restore them?"))
        if answer == QMessageBox.StandardButton.Yes:
            self.set_values(draft)
        else:
            self._drafts.discard(self._draft_key)

    # --- saving --------------------------------------------------------------------------------
    def save(self) -> None:
        self._clear_errors()
        try:
            data = self._input()
            if self._mentor is None:
                self.saved = self._services.mentors.create(data, photo=self._photo)
            else:
                self._services.mentors.update(self._mentor.id, data)
                if self._photo_changed:
                    self._services.mentors.set_photo(self._mentor.id, self._photo)
                self.saved = self._services.mentors.get(self._mentor.id)
        except ValidationError as e:
            self.show_errors(e.errors)
            return
        except JobCRMError as e:
            self.show_errors({"": str(e)})
            return
        self._autosave.stop()
        self._drafts.discard(self._draft_key)
        self.accept()

    def reject(self) -> None:
        self._autosave.stop()
        self._drafts.discard(self._draft_key)
        super().reject()

    def show_errors(self, errors: dict[str, str]) -> None:
        for key in errors:
            w = self.edits.get(key)
            if w is not None:
                w.setStyleSheet(ERROR_STYLE)
        self.error_label.setText("\n".join(errors.values()))
        self.error_label.show()

    def _clear_errors(self) -> None:
        for w in self.edits.values():
            w.setStyleSheet("")
        self.error_label.hide()
