"""The order list's filter row: status, age, tovholder, responsible, "ubesatte i over N dage" and
"uden ansvarlig". The filter itself is applied in SQL by OrderService.search_ids."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget

from jobcrm.domain.vocab import ORDER_STATUS
from jobcrm.services.order_dto import OrderFilter

AGES = (("lt", 14), ("gt", 14), ("gt", 30), ("gt", 60), ("gt", 90))
DEFAULT_UNFILLED_DAYS = 30


class OrderFilterBar(QWidget):
    changed = Signal()

    def __init__(self, lang: str = "da", parent: QWidget | None = None):
        super().__init__(parent)
        self._lang = lang
        self._loading = False
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        label = QLabel(self.tr("Filter:"))
        label.setObjectName("muted")
        row.addWidget(label)

        self.status = QComboBox()
        self.status.addItem(self.tr("Open orders"), "aabne")
        self.status.addItem(self.tr("All statuses"), None)
        for term in ORDER_STATUS:
            self.status.addItem(term.label(lang), term.code)
        self.age = QComboBox()
        self.age.addItem(self.tr("Any age"), None)
        for kind, days in AGES:
            text = self.tr("Newer than %1 days") if kind == "lt" else self.tr("Older than %1 days")
            self.age.addItem(text.replace("%1", str(days)), f"{kind}{days}")
        self.owner = QComboBox()
        self.owner.addItem(self.tr("All owners"), None)
        self.responsible = QComboBox()
        self.responsible.addItem(self.tr("Anyone responsible"), None)
        for combo, chars in ((self.status, 18), (self.age, 14), (self.owner, 14), (self.responsible, 14)):
            # sized to a sensible width, not to the longest entry, so the row fits a laptop screen
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(chars)
            combo.setMinimumWidth(0)
            combo.currentIndexChanged.connect(self._on_changed)
            row.addWidget(combo)

        self.unfilled = QCheckBox(self.tr("Unfilled for more than"))
        self.unfilled.setToolTip(self.tr("Open orders where nobody has been hired, taken more than N days ago"))
        self.unfilled_days = QSpinBox()
        self.unfilled_days.setRange(1, 365)
        self.unfilled_days.setValue(DEFAULT_UNFILLED_DAYS)
        self.unfilled_days.setSuffix(self.tr(" days"))
        self.without_responsible = QCheckBox(self.tr("Nobody responsible"))
        self.without_responsible.setToolTip(self.tr("Nobody is responsible for the search or for the feedback"))
        self.unfilled.toggled.connect(self._on_changed)
        self.unfilled_days.valueChanged.connect(lambda _v: self.unfilled.isChecked() and self._on_changed())
        self.without_responsible.toggled.connect(self._on_changed)
        row.addWidget(self.unfilled)
        row.addWidget(self.unfilled_days)
        row.addWidget(self.without_responsible)
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.setFlat(True)
        self.clear_button.clicked.connect(self.clear)
        self.clear_button.setEnabled(False)
        row.addWidget(self.clear_button)
        row.addStretch(1)

    def _on_changed(self, *_args) -> None:
        self.clear_button.setEnabled(self.is_active())
        if not self._loading:
            self.changed.emit()

    def set_consultants(self, consultants) -> None:
        self._loading = True
        try:
            for combo in (self.owner, self.responsible):
                current = combo.currentData()
                first = combo.itemText(0)
                combo.clear()
                combo.addItem(first, None)
                for c in consultants:
                    combo.addItem(f"{c.initials} — {c.name}", str(c.id))
                combo.setCurrentIndex(max(combo.findData(current), 0) if current else 0)
        finally:
            self._loading = False

    def is_active(self) -> bool:
        return (self.status.currentIndex() > 0 or any(c.currentIndex() > 0 for c in (
            self.age, self.owner, self.responsible)) or self.unfilled.isChecked()
            or self.without_responsible.isChecked())

    def clear(self) -> None:
        self._loading = True
        try:
            for combo in (self.status, self.age, self.owner, self.responsible):
                combo.setCurrentIndex(0)
            self.unfilled.setChecked(False)
            self.without_responsible.setChecked(False)
        finally:
            self._loading = False
        self._on_changed()

    def weekly_meeting(self) -> None:
        """The team meeting's list: open orders nobody has filled, older than N days."""
        self._loading = True
        try:
            for combo in (self.status, self.age, self.owner, self.responsible):
                combo.setCurrentIndex(0)
            self.without_responsible.setChecked(False)
            self.unfilled.setChecked(True)
        finally:
            self._loading = False
        self._on_changed()

    def select(self, combo: QComboBox, data) -> None:
        combo.setCurrentIndex(max(combo.findData(str(data) if isinstance(data, uuid.UUID) else data), 0))

    def make_filter(self, text: str = "") -> OrderFilter:
        age = self.age.currentData()
        owner, responsible = self.owner.currentData(), self.responsible.currentData()
        return OrderFilter(
            text=text, status=self.status.currentData(),
            owner_id=uuid.UUID(owner) if owner else None,
            responsible_id=uuid.UUID(responsible) if responsible else None,
            max_age_days=int(age[2:]) if age and age.startswith("lt") else None,
            min_age_days=int(age[2:]) if age and age.startswith("gt") else None,
            unfilled_days=self.unfilled_days.value() if self.unfilled.isChecked() else None,
            without_responsible=self.without_responsible.isChecked(),
        )
