"""Create or edit a company. Validation errors are shown in Danish next to the fields; nothing typed is
lost: the dialog stays open on errors, and a draft is autosaved while typing.

Duplicates: a new company whose CVR is already registered is refused with a button that opens the
existing one; a new company whose name resembles one in the same postal code is held back once with the
possible duplicates listed ("Åbn" one of them, or "Opret alligevel"). `open_instead` then tells the
caller which company to open."""

from __future__ import annotations

import dataclasses
import uuid

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jobcrm.domain.vocab import AGREEMENT, INDUSTRIES, RELATIONSHIP, SECTOR
from jobcrm.errors import Conflict, JobCRMError, ValidationError
from jobcrm.services.dto import CompanyDetail, CompanyInput, ConsultantDTO
from jobcrm.ui.drafts import DraftStore

_ERROR_STYLE = "border: 1px solid #b3261e; background: #fdecea;"


class CompanyDialog(QDialog):
    def __init__(self, services, drafts: DraftStore, consultants: list[ConsultantDTO],
                 company: CompanyDetail | None = None, lang: str = "da", parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._drafts = drafts
        self._company = company
        self._lang = lang
        self.saved: CompanyDetail | None = None
        self.open_instead: uuid.UUID | None = None  # the user chose to open an existing company instead
        self._existing_id: uuid.UUID | None = None
        self._duplicates_accepted = False
        self._draft_key = f"company-{company.id if company else 'new'}"
        self.setWindowTitle(self.tr("Edit company") if company else self.tr("New company"))
        self.setMinimumWidth(760)

        self.edits: dict[str, QWidget] = {}
        line = self._line
        self._line_fields = ("name", "cvr", "p_number", "address", "postal_code", "city", "municipality", "phone",
                             "email", "web", "employees", "tags")
        facts = QGroupBox(self.tr("Company facts"))
        grid = QGridLayout(facts)
        left, right = QFormLayout(), QFormLayout()
        left.addRow(self.tr("Name *"), line("name"))
        left.addRow(self.tr("CVR"), line("cvr", "12345678"))
        left.addRow(self.tr("P-number"), line("p_number", self.tr("10 digits")))
        left.addRow(self.tr("Address"), line("address"))
        left.addRow(self.tr("Postal code"), line("postal_code", "5500"))
        left.addRow(self.tr("City"), line("city"))
        left.addRow(self.tr("Municipality"), line("municipality"))
        right.addRow(self.tr("Phone"), line("phone", "12 34 56 78"))
        right.addRow(self.tr("E-mail"), line("email", "kontakt@firma.dk"))
        right.addRow(self.tr("Web"), line("web"))
        industry = QComboBox()
        industry.setEditable(True)
        industry.addItem("")
        industry.addItems(list(INDUSTRIES))
        self.edits["industry"] = industry
        right.addRow(self.tr("Industry"), industry)
        right.addRow(self.tr("Employees"), line("employees"))
        self.edits["sector"] = self._combo([(t.code, t.label(lang)) for t in SECTOR])
        right.addRow(self.tr("Sector"), self.edits["sector"])
        self.edits["owner_id"] = self._combo([(None, self.tr("(none)"))] +
                                             [(str(c.id), f"{c.initials} — {c.name}") for c in consultants])
        right.addRow(self.tr("Owner (tovholder)"), self.edits["owner_id"])
        self.edits["relationship_status"] = self._combo([(t.code, t.label(lang)) for t in RELATIONSHIP])
        right.addRow(self.tr("Relationship"), self.edits["relationship_status"])
        self.edits["agreement_type"] = self._combo([(None, self.tr("(none)"))] +
                                                   [(t.code, t.label(lang)) for t in AGREEMENT])
        right.addRow(self.tr("Agreement"), self.edits["agreement_type"])
        right.addRow(self.tr("Tags"), line("tags", self.tr("comma separated")))
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)

        notes = QGroupBox(self.tr("Special circumstances and practical information"))
        nform = QFormLayout(notes)
        for key, label in (("special_notes", self.tr("Special circumstances")),
                           ("working_hours", self.tr("Working hours")),
                           ("absence_policy", self.tr("Absence policy")),
                           ("alcohol_policy", self.tr("Alcohol policy")),
                           ("core_business", self.tr("Core business / history"))):
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(54)
            self.edits[key] = edit
            nform.addRow(label, edit)
        self.edits["special_notes"].setStyleSheet("background: #fff8e1;")

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.error_label.hide()
        self.open_existing_button = QPushButton(self.tr("Open the existing company"))
        self.open_existing_button.clicked.connect(lambda: self._open_instead(self._existing_id))
        self.open_existing_button.hide()
        self.duplicates_box = self._duplicates_box()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(facts)
        layout.addWidget(notes)
        layout.addWidget(self.duplicates_box)
        layout.addWidget(self.error_label)
        error_row = QHBoxLayout()
        error_row.addWidget(self.open_existing_button)
        error_row.addStretch(1)
        layout.addLayout(error_row)
        layout.addWidget(buttons)

        if company is not None:
            self.set_values(dataclasses.asdict(company.as_input()))
        draft = drafts.load(self._draft_key)
        if draft:
            self._offer_draft(draft)
        self._autosave = QTimer(self, singleShot=True, interval=800)
        self._autosave.timeout.connect(self._save_draft)
        for w in self.edits.values():
            signal = getattr(w, "textChanged", None) or w.currentIndexChanged
            signal.connect(self._autosave.start)
        if isinstance(self.edits["industry"], QComboBox):
            self.edits["industry"].editTextChanged.connect(self._autosave.start)
        for key in ("name", "postal_code"):  # another name or postal code: look for duplicates again
            self.edits[key].textChanged.connect(self._forget_duplicates)

    def _duplicates_box(self) -> QFrame:
        box = QFrame()
        box.setObjectName("duplicatesBox")
        box.setStyleSheet("QFrame#duplicatesBox { background: #fff4d6; border: 1px solid #e0b02a;"
                          " border-radius: 4px; }")
        bl = QVBoxLayout(box)
        self.duplicates_label = QLabel()
        self.duplicates_label.setWordWrap(True)
        self.duplicates_label.setStyleSheet("font-weight: bold; color: #3d2e00;")
        bl.addWidget(self.duplicates_label)
        self.duplicates = QListWidget()
        self.duplicates.itemDoubleClicked.connect(lambda _item: self._open_selected_duplicate())
        bl.addWidget(self.duplicates)
        row = QHBoxLayout()
        self.open_duplicate_button = QPushButton(self.tr("Open"))
        self.open_duplicate_button.clicked.connect(self._open_selected_duplicate)
        self.create_anyway_button = QPushButton(self.tr("Create anyway"))
        self.create_anyway_button.clicked.connect(self._create_anyway)
        row.addWidget(self.open_duplicate_button)
        row.addWidget(self.create_anyway_button)
        row.addStretch(1)
        bl.addLayout(row)
        box.hide()
        return box

    # --- building helpers ----------------------------------------------------------------------
    def _line(self, key: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        self.edits[key] = edit
        return edit

    @staticmethod
    def _combo(items) -> QComboBox:
        combo = QComboBox()
        for data, text in items:
            combo.addItem(text, data)
        return combo

    # --- values --------------------------------------------------------------------------------
    def values(self) -> dict:
        out: dict = {}
        for key, w in self.edits.items():
            if isinstance(w, QLineEdit):
                out[key] = w.text()
            elif isinstance(w, QPlainTextEdit):
                out[key] = w.toPlainText()
            elif key == "industry":
                out[key] = w.currentText()
            elif key == "owner_id":  # combo data holds the id as text: Qt cannot match Python UUIDs
                out[key] = uuid.UUID(w.currentData()) if w.currentData() else None
            else:
                out[key] = w.currentData()
        return out

    def set_values(self, values: dict) -> None:
        for key, value in values.items():
            w = self.edits.get(key)
            if w is None:
                continue
            if isinstance(w, QLineEdit):
                w.setText("" if value is None else str(value))
            elif isinstance(w, QPlainTextEdit):
                w.setPlainText(value or "")
            elif key == "industry":
                w.setCurrentText(value or "")
            else:
                if key == "owner_id" and value is not None:
                    value = str(value)
                i = w.findData(value)
                w.setCurrentIndex(max(i, 0))

    def _input(self) -> CompanyInput:
        v = self.values()
        return CompanyInput(**{k: (x if x != "" else None) for k, x in v.items()} | {
            "name": v["name"], "sector": v["sector"], "relationship_status": v["relationship_status"]})

    # --- drafts --------------------------------------------------------------------------------
    def _save_draft(self) -> None:
        data = self.values()
        data["owner_id"] = str(data["owner_id"]) if data["owner_id"] else None
        self._drafts.save(self._draft_key, data)

    def _offer_draft(self, draft: dict) -> None:
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("There are unsaved changes from last time (for example after a crash). Restore them?"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.set_values(draft)
        else:
            self._drafts.discard(self._draft_key)

    # --- saving --------------------------------------------------------------------------------
    def save(self) -> None:
        self._clear_errors()
        data = self._input()
        if self._company is None and not self._duplicates_accepted and self._offer_duplicates(data):
            return
        try:
            if self._company is None:
                self.saved = self._services.companies.create(data)
            else:
                self.saved = self._services.companies.update(self._company.id, data)
        except ValidationError as e:
            self.show_errors(e.errors)
            return
        except Conflict as e:
            self.show_errors({"cvr": str(e)})
            self._existing_id = e.existing_id
            self.open_existing_button.setVisible(e.existing_id is not None)
            return
        except JobCRMError as e:
            self.show_errors({"": str(e)})
            return
        self._autosave.stop()
        self._drafts.discard(self._draft_key)
        self.accept()

    # --- duplicates ----------------------------------------------------------------------------
    def _offer_duplicates(self, data: CompanyInput) -> bool:
        """Show the companies this new one may duplicate; True when there are any (the save waits)."""
        found = self._services.companies.possible_duplicates(data.name, data.postal_code)
        if not found:
            return False
        self.duplicates.clear()
        for row in found:
            place = " ".join(x for x in (row.postal_code, row.city) if x)
            parts = [row.name, place, self.tr("CVR %1").replace("%1", row.cvr) if row.cvr else "",
                     self.tr("owner %1").replace("%1", row.owner_initials) if row.owner_initials else ""]
            item = QListWidgetItem(" · ".join(p for p in parts if p))
            item.setData(Qt.ItemDataRole.UserRole, str(row.id))
            self.duplicates.addItem(item)
        self.duplicates.setCurrentRow(0)
        self.duplicates.setFixedHeight(min(len(found), 4) * 24 + 8)
        self.duplicates_label.setText(self.tr(
            "Possible duplicates: a company with a similar name is already registered in postal code %1. "
            "Open it, or create the new company anyway.").replace("%1", (data.postal_code or "").strip()))
        self.duplicates_box.show()
        self.create_anyway_button.setFocus()
        return True

    def _forget_duplicates(self) -> None:
        self._duplicates_accepted = False
        self.duplicates_box.hide()

    def _create_anyway(self) -> None:
        self._duplicates_accepted = True
        self.duplicates_box.hide()
        self.save()

    def _open_selected_duplicate(self) -> None:
        item = self.duplicates.currentItem()
        if item is not None:
            self._open_instead(uuid.UUID(item.data(Qt.ItemDataRole.UserRole)))

    def _open_instead(self, company_id: uuid.UUID | None) -> None:
        if company_id is not None:
            self.open_instead = company_id
            self.reject()

    def reject(self) -> None:
        self._autosave.stop()
        self._drafts.discard(self._draft_key)
        super().reject()

    def show_errors(self, errors: dict[str, str]) -> None:
        for key in errors:
            w = self.edits.get(key)
            if w is not None:
                w.setStyleSheet(_ERROR_STYLE)
        first = next((self.edits[k] for k in errors if k in self.edits), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        self.error_label.setText("\n".join(errors.values()))
        self.error_label.show()

    def _clear_errors(self) -> None:
        for key, w in self.edits.items():
            w.setStyleSheet("background: #fff8e1;" if key == "special_notes" else "")
        self.error_label.hide()
        self.open_existing_button.hide()
