"""Small keyboard-first dialogs for the inbox actions: Udsæt (new date + required reason), Aflys
(required reason), Udført og planlæg næste (what and when), Overdrag (to whom)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jobcrm.domain.dates import DateParseError
from jobcrm.ui import fmt
from jobcrm.ui.widgets.recurrence_edit import RecurrenceEdit, RecurrenceError

_ERROR = "color: #b3261e;"

Resolve = Callable[[str], dt.date]  # what the consultant typed -> date (raises DateParseError)


class _Base(QDialog):
    def __init__(self, title: str, intro: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.layout_ = QVBoxLayout(self)
        if intro:
            label = QLabel(intro)
            label.setWordWrap(True)
            self.layout_.addWidget(label)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.error = QLabel()
        self.error.setStyleSheet(_ERROR)
        self.error.setWordWrap(True)
        self.layout_.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.layout_.addWidget(self.buttons)


class _DateMixin:
    def _date_row(self, form: QFormLayout, resolve: Resolve, label: str, initial: str = "") -> None:
        self._resolve = resolve
        self.date_edit = QLineEdit(initial)
        self.date_edit.setPlaceholderText(QCoreApplication.translate("DateField", "e.g. +3 arbejdsdage, fredag, 08.12.2026"))
        self.preview = QLabel()
        self.preview.setObjectName("muted")
        quick = QHBoxLayout()
        self.quick_buttons = []
        for n, text in ((1, QCoreApplication.translate("DateField", "+1 working day")),
                        (3, QCoreApplication.translate("DateField", "+3 working days")),
                        (5, QCoreApplication.translate("DateField", "+5 working days"))):
            b = QPushButton(text)
            b.setAutoDefault(False)
            b.clicked.connect(lambda _=False, n=n: self.date_edit.setText(f"+{n} arbejdsdage"))
            quick.addWidget(b)
            self.quick_buttons.append(b)
        quick.addStretch(1)
        form.addRow(label, self.date_edit)
        form.addRow("", quick)
        form.addRow("", self.preview)
        self.date_edit.textChanged.connect(self._update_preview)
        self._update_preview()

    def _update_preview(self) -> None:
        text = self.date_edit.text().strip()
        if not text:
            self.preview.setText("")
            return
        try:
            day = self._resolve(text)
        except DateParseError:
            self.preview.setText(QCoreApplication.translate("DateField", "Not a date yet"))
            return
        self.preview.setText(fmt.long_date(day))

    def chosen_date(self) -> dt.date:
        return self._resolve(self.date_edit.text())


class RescheduleDialog(_DateMixin, _Base):
    """Udsæt: a new date and why. The reason is required; the move is kept with the promise."""

    def __init__(self, what: str, current: dt.date, resolve: Resolve, parent: QWidget | None = None):
        super().__init__(self.tr("Reschedule"), self.tr("Move “%1” from %2 to a new date.")
                         .replace("%1", what).replace("%2", fmt.date(current)), parent)
        self._date_row(self.form, resolve, self.tr("New date"), "+3 arbejdsdage")
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.addItems(["", "Kontaktpersonen er fraværende", "Virksomheden bad om at vente",
                              "Afventer svar fra borgeren", "Ikke nået – for travlt"])
        self.reason.setCurrentText("")
        self.reason.lineEdit().setPlaceholderText(self.tr("Why is it moved? (required)"))
        self.form.addRow(self.tr("Reason *"), self.reason)
        self.result_value: tuple[dt.date, str] | None = None

    def accept(self) -> None:
        reason = self.reason.currentText().strip()
        try:
            day = self.chosen_date()
        except DateParseError as e:
            self.error.setText(str(e))
            self.date_edit.setFocus()
            return
        if not reason:
            self.error.setText(self.tr("Write why the promise is rescheduled."))
            self.reason.setFocus()
            return
        self.result_value = (day, reason)
        super().accept()


class CancelDialog(_Base):
    def __init__(self, what: str, parent: QWidget | None = None):
        super().__init__(self.tr("Cancel promise"), self.tr("Cancel “%1”. The reason is kept with the promise.")
                         .replace("%1", what), parent)
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.addItems(["", "Virksomheden har ikke længere behov", "Aftalt med virksomheden",
                              "Oprettet ved en fejl", "Borgeren er stoppet"])
        self.reason.setCurrentText("")
        self.reason.lineEdit().setPlaceholderText(self.tr("Why is it cancelled? (required)"))
        self.form.addRow(self.tr("Reason *"), self.reason)
        self.result_value: str | None = None

    def accept(self) -> None:
        reason = self.reason.currentText().strip()
        if not reason:
            self.error.setText(self.tr("Write why the promise is cancelled."))
            return
        self.result_value = reason
        super().accept()


class DoneNextDialog(_DateMixin, _Base):
    """Udført og planlæg næste: the follow-up's text (prefilled), its date, and whether it repeats."""

    def __init__(self, what: str, resolve: Resolve, parent: QWidget | None = None):
        super().__init__(self.tr("Done and plan the next"), self.tr("“%1” is marked as done. Plan the next "
                                                                     "follow-up:").replace("%1", what), parent)
        self.title = QLineEdit(what)
        self.form.addRow(self.tr("What *"), self.title)
        self._date_row(self.form, resolve, self.tr("When"), "+5 arbejdsdage")
        self.recurrence = RecurrenceEdit(resolve)
        self.form.addRow(self.tr("Repeats"), self.recurrence)
        self.result_value: tuple[str, dt.date, str | None] | None = None

    def accept(self) -> None:
        if not self.title.text().strip():
            self.error.setText(self.tr("Write what the next follow-up is."))
            return
        try:
            day = self.chosen_date()
        except DateParseError as e:
            self.error.setText(str(e))
            return
        try:
            rule = self.recurrence.rule()
        except (RecurrenceError, ValueError) as e:
            self.error.setText(str(e))
            return
        self.result_value = (self.title.text().strip(), day, rule)
        super().accept()


class ReassignDialog(_Base):
    """Overdrag: pick the consultant who takes over (initials and name), and an optional note."""

    def __init__(self, count: int, consultants, exclude_id=None, parent: QWidget | None = None):
        super().__init__(self.tr("Hand over"), self.tr("Hand over %1 promise(s) to another consultant.")
                         .replace("%1", str(count)), parent)
        self.combo = QComboBox()
        for c in consultants:
            if c.id != exclude_id:
                self.combo.addItem(f"{c.initials} – {c.name}", str(c.id))
        self.form.addRow(self.tr("To"), self.combo)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("e.g. ill, holiday (optional)"))
        self.form.addRow(self.tr("Note"), self.note)
        self.result_value: tuple[str, str] | None = None

    def accept(self) -> None:
        if self.combo.currentIndex() < 0:
            self.error.setText(self.tr("Choose a consultant."))
            return
        self.result_value = (self.combo.currentData(), self.note.text().strip())
        super().accept()
