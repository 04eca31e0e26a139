"""Aftaler fra besøget: the agreements a held campaign visit gave, by type (seed 000 Table 3.1, seed 001 Table 1),
counted as places the company wants filled."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout

from jobcrm.domain.vocab import CAMPAIGN_AGREEMENT
from jobcrm.errors import JobCRMError, ValidationError


class AgreementsDialog(QDialog):
    def __init__(self, services, campaign_id, visit_row, lang: str = "da", parent=None):
        super().__init__(parent)
        self._services = services
        self._campaign_id = campaign_id
        self._visit = visit_row
        self.saved: dict[str, int] | None = None
        self.setWindowTitle(self.tr("Agreements from the visit"))
        root = QVBoxLayout(self)
        intro = QLabel(self.tr("%1, %2: how many places of each kind does the company want filled?")
                       .replace("%1", visit_row.company_name).replace("%2", visit_row.consultant_initials))
        intro.setWordWrap(True)
        root.addWidget(intro)
        form = QFormLayout()
        current = services.campaign_results.agreements_for_visit(campaign_id, visit_row.visit_id)
        self.spins: dict[str, QSpinBox] = {}
        for kind in CAMPAIGN_AGREEMENT:
            spin = QSpinBox()
            spin.setRange(0, 999)
            spin.setValue(current.get(kind.code, 0))
            self.spins[kind.code] = spin
            form.addRow(kind.label(lang), spin)
        self.note = QLineEdit()
        form.addRow(self.tr("Note"), self.note)
        root.addLayout(form)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        root.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        root.addWidget(buttons)

    def save(self) -> None:
        places = {k: s.value() for k, s in self.spins.items()}
        try:
            self.saved = self._services.campaign_results.set_agreements(self._campaign_id, self._visit.visit_id,
                                                                        places, self.note.text())
        except ValidationError as e:
            self.error.setText("\n".join(e.errors.values()))
            return
        except JobCRMError as e:
            self.error.setText(str(e))
            return
        self.accept()
