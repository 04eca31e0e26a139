"""Add or edit a contact person (Kontaktperson). Errors are shown in Danish; nothing typed is lost."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from jobcrm.domain.vocab import PERSON_ROLE
from jobcrm.errors import JobCRMError, ValidationError
from jobcrm.services.dto import ContactPersonDTO, ContactPersonInput

_ERROR_STYLE = "border: 1px solid #b3261e; background: #fdecea;"


class PersonDialog(QDialog):
    def __init__(self, companies, company_id, person: ContactPersonDTO | None = None, lang: str = "da",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._companies = companies
        self._company_id = company_id
        self._person = person
        self.saved: ContactPersonDTO | None = None
        self.setWindowTitle(self.tr("Edit contact person") if person else self.tr("New contact person"))
        self.setMinimumWidth(420)
        form = QFormLayout()
        self.edits: dict[str, QWidget] = {}
        for key, label in (("name", self.tr("Name *")), ("title", self.tr("Job title")),
                           ("phone", self.tr("Phone")), ("mobile", self.tr("Mobile")), ("email", self.tr("E-mail"))):
            edit = QLineEdit()
            self.edits[key] = edit
            form.addRow(label, edit)
        self.role = QComboBox()
        for term in PERSON_ROLE:
            self.role.addItem(term.label(lang), term.code)
        form.addRow(self.tr("Role"), self.role)
        self.primary = QCheckBox(self.tr("Primary contact"))
        self.active = QCheckBox(self.tr("Active"))
        self.active.setChecked(True)
        form.addRow("", self.primary)
        form.addRow("", self.active)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.error_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        if person is not None:
            for key in ("name", "title", "phone", "mobile", "email"):
                self.edits[key].setText(getattr(person, key) or "")
            self.role.setCurrentIndex(max(self.role.findData(person.role), 0))
            self.primary.setChecked(person.is_primary)
            self.active.setChecked(person.active)

    def _input(self) -> ContactPersonInput:
        text = {k: (w.text().strip() or None) for k, w in self.edits.items()}
        return ContactPersonInput(name=text["name"] or "", title=text["title"], phone=text["phone"],
                                  mobile=text["mobile"], email=text["email"], role=self.role.currentData(),
                                  is_primary=self.primary.isChecked(), active=self.active.isChecked())

    def save(self) -> None:
        for w in self.edits.values():
            w.setStyleSheet("")
        try:
            if self._person is None:
                self.saved = self._companies.add_person(self._company_id, self._input())
            else:
                self.saved = self._companies.update_person(self._person.id, self._input())
        except ValidationError as e:
            for key in e.errors:
                if key in self.edits:
                    self.edits[key].setStyleSheet(_ERROR_STYLE)
            self.error_label.setText("\n".join(e.errors.values()))
            self.error_label.show()
            return
        except JobCRMError as e:
            self.error_label.setText(str(e))
            self.error_label.show()
            return
        self.accept()
