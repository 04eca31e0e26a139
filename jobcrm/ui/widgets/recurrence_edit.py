"""Gentages: Ingen / Hver uge / Hver 14. dag / Hver måned — until further notice, until a date, or N times.
Gives the RRULE text the PromiseService stores (jobcrm.domain.recurrence.build_rule)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QSpinBox, QWidget

from jobcrm.domain import recurrence as rec
from jobcrm.domain.dates import DateParseError
from jobcrm.ui import fmt

# The presets the domain understands, in the order the combo box shows them (None: does not repeat).
PRESETS = (None, "hver uge", "hver 14. dag", "månedligt")
ENDS = ("open", "until", "count")


class RecurrenceError(ValueError):
    """What is chosen cannot become a rule; the message is for the user."""


class RecurrenceEdit(QWidget):
    changed = Signal()

    def __init__(self, resolve: Callable[[str], dt.date], parent: QWidget | None = None):
        super().__init__(parent)
        self._resolve = resolve
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.repeat = QComboBox()
        for text in (self.tr("Does not repeat"), self.tr("Every week"), self.tr("Every 14 days"),
                     self.tr("Every month")):
            self.repeat.addItem(text)
        self.end = QComboBox()
        for text in (self.tr("until further notice"), self.tr("until and including"), self.tr("a number of times")):
            self.end.addItem(text)
        self.until = QLineEdit()
        self.until.setPlaceholderText(self.tr("e.g. 31.03.2027"))
        self.until.setMaximumWidth(130)
        self.count = QSpinBox()
        self.count.setRange(2, 104)
        self.count.setValue(6)
        self.count.setSuffix(self.tr(" times"))
        self.preview = QLabel()
        self.preview.setObjectName("muted")
        for w in (self.repeat, self.end, self.until, self.count, self.preview):
            layout.addWidget(w)
        layout.addStretch(1)
        self.repeat.currentIndexChanged.connect(self._update)
        self.end.currentIndexChanged.connect(self._update)
        self.until.textChanged.connect(self._update)
        self.count.valueChanged.connect(self._update)
        self._update()

    def _update(self, *_args) -> None:
        repeats = self.repeat.currentIndex() > 0
        end = ENDS[self.end.currentIndex()]
        self.end.setVisible(repeats)
        self.until.setVisible(repeats and end == "until")
        self.count.setVisible(repeats and end == "count")
        text = ""
        if repeats and end == "until" and self.until.text().strip():
            try:
                text = fmt.long_date(self._resolve(self.until.text()))
            except DateParseError:
                text = self.tr("Not a date yet")
        self.preview.setText(text)
        self.preview.setVisible(bool(text))
        self.changed.emit()

    # --- the rule ----------------------------------------------------------------------------------
    def rule(self) -> str | None:
        """The RRULE text, or None when it does not repeat. Raises RecurrenceError with a Danish message."""
        preset = PRESETS[self.repeat.currentIndex()]
        if preset is None:
            return None
        end = ENDS[self.end.currentIndex()]
        until = count = None
        if end == "until":
            if not self.until.text().strip():
                raise RecurrenceError(self.tr("Write the date the repetition ends."))
            try:
                until = self._resolve(self.until.text())
            except DateParseError as e:
                raise RecurrenceError(str(e)) from None
        elif end == "count":
            count = self.count.value()
        return rec.build_rule(preset, until=until, count=count)

    # --- drafts ------------------------------------------------------------------------------------
    def values(self) -> dict:
        return {"repeat": PRESETS[self.repeat.currentIndex()], "end": ENDS[self.end.currentIndex()],
                "until": self.until.text(), "count": self.count.value()}

    def set_values(self, v: dict | None) -> None:
        v = v or {}
        self.repeat.setCurrentIndex(PRESETS.index(v.get("repeat")) if v.get("repeat") in PRESETS else 0)
        self.end.setCurrentIndex(ENDS.index(v.get("end")) if v.get("end") in ENDS else 0)
        self.until.setText(v.get("until") or "")
        self.count.setValue(int(v.get("count") or 6))

    def clear(self) -> None:
        self.set_values(None)
