"""The company list's filter row: tovholder, status, branche, kommune and "ingen kontakt i N måneder".

Each combo's first entry means "all". The choices come from the services (in the background); the
filter itself is applied in SQL by CompanyService.search_ids.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from jobcrm.domain.vocab import RELATIONSHIP
from jobcrm.services.companies import CompanyFilter

NO_CONTACT_MONTHS = (3, 6, 12, 24)


class CompanyFilterBar(QWidget):
    changed = Signal()

    def __init__(self, lang: str = "da", parent: QWidget | None = None):
        super().__init__(parent)
        self._lang = lang
        self._loading = False
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)

        self.owner = self._combo(self.tr("All owners"), 170)
        self.status = self._combo(self.tr("All statuses"), 190)
        for term in RELATIONSHIP:
            self.status.addItem(term.label(lang), term.code)
        self.industry = self._combo(self.tr("All industries"), 190)
        self.municipality = self._combo(self.tr("All municipalities"), 170)
        self.no_contact = self._combo(self.tr("Any last contact"), 210)
        for months in NO_CONTACT_MONTHS:
            self.no_contact.addItem(self.tr("No contact for %1 months").replace("%1", str(months)), months)
        label = QLabel(self.tr("Filter:"))
        label.setObjectName("muted")
        row.addWidget(label)
        for combo in (self.owner, self.status, self.industry, self.municipality, self.no_contact):
            row.addWidget(combo)
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.setFlat(True)
        self.clear_button.clicked.connect(self.clear)
        self.clear_button.setEnabled(False)
        row.addWidget(self.clear_button)
        row.addStretch(1)

    def _combo(self, all_text: str, width: int) -> QComboBox:
        combo = QComboBox()
        combo.addItem(all_text, None)
        combo.setMinimumWidth(width)
        combo.currentIndexChanged.connect(self._on_changed)
        return combo

    def _on_changed(self) -> None:
        self.clear_button.setEnabled(self.is_active())
        if not self._loading:
            self.changed.emit()

    # --- choices -------------------------------------------------------------------------------
    def set_choices(self, consultants, industries, municipalities) -> None:
        """Fill the combos, keeping what is chosen when it is still offered."""
        self._loading = True
        try:
            self._refill(self.owner, [(str(c.id), f"{c.initials} — {c.name}") for c in consultants])
            self._refill(self.industry, [(x, x) for x in industries])
            self._refill(self.municipality, [(x, x) for x in municipalities])
        finally:
            self._loading = False

    @staticmethod
    def _refill(combo: QComboBox, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        all_text = combo.itemText(0)
        combo.clear()
        combo.addItem(all_text, None)
        for data, text in items:
            combo.addItem(text, data)
        found = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(found, 0))

    # --- the filter ----------------------------------------------------------------------------
    def is_active(self) -> bool:
        return any(c.currentIndex() > 0 for c in (self.owner, self.status, self.industry, self.municipality,
                                                  self.no_contact))

    def clear(self) -> None:
        self._loading = True
        try:
            for combo in (self.owner, self.status, self.industry, self.municipality, self.no_contact):
                combo.setCurrentIndex(0)
        finally:
            self._loading = False
        self._on_changed()

    def select(self, combo: QComboBox, data) -> None:
        """Choose an entry by its data (tests and remembered filters)."""
        index = combo.findData(str(data) if isinstance(data, uuid.UUID) else data)
        combo.setCurrentIndex(max(index, 0))

    def make_filter(self, text: str) -> CompanyFilter:
        owner = self.owner.currentData()
        return CompanyFilter(
            text=text,
            owner_id=uuid.UUID(owner) if owner else None,
            status=self.status.currentData(),
            industry=self.industry.currentData(),
            municipality=self.municipality.currentData(),
            no_contact_months=self.no_contact.currentData(),
        )
