"""Placement dialogs: start a placement (with its first-day details; autosaved draft), extend it, end it
with an outcome, and log a contact about it (a call, a visit, a trepartssamtale)."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from jobcrm.domain.dates import DateParseError, parse_date
from jobcrm.domain.vocab import CHANNEL, PLACEMENT_OUTCOME
from jobcrm.errors import JobCRMError, ValidationError
from jobcrm.services.slot_dto import PlacementDTO, PlacementInput, SlotDetail, StartResult
from jobcrm.ui import fmt
from jobcrm.ui.dialogs.slot_editor import ERROR_STYLE
from jobcrm.ui.drafts import DraftStore


class _Form(QDialog):
    """Shared: a form, an error label, Save/Cancel, field errors in red."""

    def __init__(self, title: str, parent: QWidget | None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        self.edits: dict[str, QWidget] = {}
        self.form = QFormLayout()
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(self.form)

    def finish_layout(self) -> None:
        self.layout_.addWidget(self.error_label)
        self.layout_.addWidget(self.buttons)

    def line(self, key: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        self.edits[key] = edit
        return edit

    def text(self, key: str, height: int = 60) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(height)
        self.edits[key] = edit
        return edit

    def show_errors(self, errors: dict[str, str]) -> None:
        for key in errors:
            w = self.edits.get(key)
            if w is not None:
                w.setStyleSheet(ERROR_STYLE)
        self.error_label.setText("\n".join(errors.values()))
        self.error_label.show()

    def clear_errors(self) -> None:
        for w in self.edits.values():
            w.setStyleSheet("")
        self.error_label.hide()

    def save(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class StartPlacementDialog(_Form):
    """Start forløb: candidate reference (never CPR), start, length, hours, mentor, the first day."""

    def __init__(self, services, drafts: DraftStore, slot: SlotDetail, parent: QWidget | None = None):
        super().__init__(self.tr("Start placement — %1").replace("%1", slot.title), parent)
        self._services = services
        self._drafts = drafts
        self._slot = slot
        self.result_: StartResult | None = None
        self._draft_key = f"placement-new-{slot.id}"
        intro = QLabel(self.tr("%1 at %2. Starting creates the follow-up plan in your inbox: weekly contact, and an "
                               "evaluation before the end.").replace("%1", slot.title).replace("%2", slot.company_name))
        intro.setWordWrap(True)
        intro.setObjectName("muted")
        self.form.addRow(intro)
        ref = self.line("candidate_ref", self.tr("initials or case number — never a CPR number"))
        self.form.addRow(self.tr("Candidate reference *"), ref)
        today = services.ctx.clock.today()
        monday = today + dt.timedelta(days=(7 - today.weekday()) % 7 or 7)
        start = self.line("start_date", fmt.date(monday))
        start.setText(fmt.date(monday))
        self.form.addRow(self.tr("Start date *"), start)
        weeks = QSpinBox()
        weeks.setRange(1, 104)
        weeks.setValue(int(services.settings.get("placement_extension_weeks")))
        weeks.setSuffix(self.tr(" weeks"))
        self.edits["weeks"] = weeks
        self.form.addRow(self.tr("Length"), weeks)
        self.end_hint = QLabel()
        self.end_hint.setObjectName("muted")
        self.form.addRow("", self.end_hint)
        hours = self.line("hours_per_week", str(slot.hours_per_week or ""))
        hours.setText(str(slot.hours_per_week or ""))
        self.form.addRow(self.tr("Hours per week"), hours)
        mentor = QComboBox()
        mentor.addItem(self.tr("(no mentor)"), None)
        for m in slot.mentors:
            full = self.tr(" — fully booked") if m.active_mentees >= m.max_mentees else ""
            mentor.addItem(f"{m.name} ({m.active_mentees}/{m.max_mentees}){full}", str(m.id))
        if slot.mentors:
            mentor.setCurrentIndex(1)
        self.edits["mentor_id"] = mentor
        self.form.addRow(self.tr("Mentor"), mentor)
        self.form.addRow(self.tr("First day: time"), self.line("first_day_time", self.tr("e.g. 8.00")))
        self.form.addRow(self.tr("First day: meeting point"), self.line("meeting_point", self.tr("e.g. at the reception")))
        self.form.addRow(self.tr("Ask for"), self.line("ask_for", self.tr("default: the mentor")))
        self.form.addRow(self.tr("Notes"), self.text("candidate_note"))
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("background: #fff4d6; border: 1px solid #e0b02a; padding: 6px; color: #3d2e00;")
        self.warning.hide()
        self.layout_.addWidget(self.warning)
        self.finish_layout()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Start placement"))
        start.textChanged.connect(self._update_hints)
        weeks.valueChanged.connect(self._update_hints)
        draft = drafts.load(self._draft_key)
        if draft and QMessageBox.question(
                self, self.tr("Unsaved changes"),
                self.tr("There are unsaved changes from last time (for example after a crash). Restore them?")
        ) == QMessageBox.StandardButton.Yes:
            self.set_values(draft)
        elif draft:
            drafts.discard(self._draft_key)
        self._autosave = QTimer(self, singleShot=True, interval=800)
        self._autosave.timeout.connect(lambda: self._drafts.save(self._draft_key, self.values()))
        for w in self.edits.values():
            signal = getattr(w, "textChanged", None) or getattr(w, "valueChanged", None) or w.currentIndexChanged
            signal.connect(self._autosave.start)
        self._update_hints()

    def _dates(self) -> tuple[dt.date, dt.date] | None:
        try:
            start = parse_date(self.edits["start_date"].text(), self._services.ctx.clock.today(),
                               self._services.settings.calendar())
        except DateParseError:
            return None
        return start, start + dt.timedelta(weeks=self.edits["weeks"].value()) - dt.timedelta(days=1)

    def _update_hints(self) -> None:
        dates = self._dates()
        if dates is None:
            self.end_hint.setText(self.tr("Type a date, e.g. 07.12.2026 or \"mandag\""))
            self.warning.hide()
            return
        start, end = dates
        self.end_hint.setText(self.tr("Planned end: %1").replace("%1", fmt.long_date(end)))
        ratio = self._services.slots.ratio(self._slot.id, start, end)
        if ratio is not None and ratio.message:
            self.warning.setText(ratio.message)
            self.warning.show()
        else:
            self.warning.hide()

    def values(self) -> dict:
        out = {k: w.text() for k, w in self.edits.items() if isinstance(w, QLineEdit)}
        out["candidate_note"] = self.edits["candidate_note"].toPlainText()
        out["weeks"] = self.edits["weeks"].value()
        out["mentor_id"] = self.edits["mentor_id"].currentData()
        return out

    def set_values(self, values: dict) -> None:
        for key, value in values.items():
            w = self.edits.get(key)
            if isinstance(w, QLineEdit):
                w.setText(value or "")
            elif isinstance(w, QPlainTextEdit):
                w.setPlainText(value or "")
            elif isinstance(w, QSpinBox):
                w.setValue(int(value))
            elif isinstance(w, QComboBox):
                w.setCurrentIndex(max(w.findData(value), 0))

    def save(self) -> None:
        self.clear_errors()
        v = self.values()
        blank = lambda x: x if x not in ("", None) else None  # noqa: E731
        data = PlacementInput(
            slot_id=self._slot.id, candidate_ref=v["candidate_ref"], start_date=v["start_date"], weeks=v["weeks"],
            hours_per_week=blank(v["hours_per_week"]), mentor_id=uuid.UUID(v["mentor_id"]) if v["mentor_id"] else None,
            candidate_note=blank(v["candidate_note"]), first_day_time=blank(v["first_day_time"]),
            meeting_point=blank(v["meeting_point"]), ask_for=blank(v["ask_for"]))
        try:
            self.result_ = self._services.placements.start(data)
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


class ExtendPlacementDialog(_Form):
    def __init__(self, services, placement: PlacementDTO, parent: QWidget | None = None):
        super().__init__(self.tr("Extend placement — %1").replace("%1", placement.candidate_ref or ""), parent)
        self._services = services
        self._placement = placement
        self.result_: PlacementDTO | None = None
        self.form.addRow(self.tr("Planned end now"), QLabel(fmt.long_date(placement.planned_end)))
        weeks = QSpinBox()
        weeks.setRange(1, 104)
        weeks.setValue(int(services.settings.get("placement_extension_weeks")))
        weeks.setSuffix(self.tr(" weeks"))
        self.edits["weeks"] = weeks
        self.form.addRow(self.tr("Extend by"), weeks)
        self.new_end = QLabel()
        self.form.addRow(self.tr("New end"), self.new_end)
        self.form.addRow(self.tr("Reason"), self.text("reason", 48))
        note = QLabel(self.tr("The evaluation before the end moves with it, and the weekly contact continues."))
        note.setObjectName("muted")
        note.setWordWrap(True)
        self.form.addRow(note)
        self.finish_layout()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Extend"))
        weeks.valueChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        end = self._placement.planned_end + dt.timedelta(weeks=self.edits["weeks"].value())
        self.new_end.setText(fmt.long_date(end))

    def save(self) -> None:
        self.clear_errors()
        try:
            self.result_ = self._services.placements.extend(
                self._placement.id, weeks=self.edits["weeks"].value(),
                reason=self.edits["reason"].toPlainText() or None)
        except JobCRMError as e:
            self.show_errors(e.errors if isinstance(e, ValidationError) else {"": str(e)})
            return
        self.accept()


class EndPlacementDialog(_Form):
    def __init__(self, services, placement: PlacementDTO, lang: str = "da", parent: QWidget | None = None):
        super().__init__(self.tr("End placement — %1").replace("%1", placement.candidate_ref or ""), parent)
        self._services = services
        self._placement = placement
        self.result_ = None
        outcome = QComboBox()
        outcome.addItem(self.tr("Choose the outcome…"), None)
        for term in PLACEMENT_OUTCOME:
            outcome.addItem(term.label(lang), term.code)
        self.edits["outcome"] = outcome
        self.form.addRow(self.tr("Outcome *"), outcome)
        today = services.ctx.clock.today()
        last = self.line("ended_on")
        last.setText(fmt.date(min(today, placement.planned_end)))
        self.form.addRow(self.tr("Last day"), last)
        self.form.addRow(self.tr("Note"), self.text("end_note", 48))
        self.hint = QLabel()
        self.hint.setObjectName("muted")
        self.hint.setWordWrap(True)
        self.form.addRow(self.hint)
        outcome.currentIndexChanged.connect(self._update)
        self.finish_layout()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("End placement"))
        self._update()

    def _update(self) -> None:
        months = int(self._services.settings.get("aftercare_months"))
        if self.edits["outcome"].currentData() == "ordinaer":
            self.hint.setText(self.tr("Efterværn is planned: a contact every month for %1 months.")
                              .replace("%1", str(months)))
        else:
            self.hint.setText(self.tr("What is left of the follow-up plan is cancelled."))

    def save(self) -> None:
        self.clear_errors()
        code = self.edits["outcome"].currentData()
        if code is None:
            self.show_errors({"outcome": self.tr("Choose how the placement ended.")})
            return
        try:
            self.result_ = self._services.placements.end(self._placement.id, code,
                                                         ended_on=self.edits["ended_on"].text() or None,
                                                         note=self.edits["end_note"].toPlainText() or None)
        except JobCRMError as e:
            self.show_errors(e.errors if isinstance(e, ValidationError) else {"": str(e)})
            return
        self.accept()


class PlacementContactDialog(_Form):
    """Log a contact about a placement; it goes into the company's history, linked to the placement."""

    def __init__(self, services, placement: PlacementDTO, lang: str = "da", parent: QWidget | None = None):
        super().__init__(self.tr("Log contact about the placement — %1").replace("%1", placement.candidate_ref or ""),
                         parent)
        self._services = services
        self._placement = placement
        self.result_ = None
        channel = QComboBox()
        for term in CHANNEL:
            channel.addItem(term.label(lang), term.code)
        channel.setCurrentIndex(channel.findData("trepart"))
        self.edits["channel"] = channel
        self.form.addRow(self.tr("Channel"), channel)
        summary = self.text("summary", 100)
        summary.setPlaceholderText(self.tr("How is it going? What was agreed?"))
        self.form.addRow(self.tr("Summary *"), summary)
        self.finish_layout()

    def save(self) -> None:
        self.clear_errors()
        try:
            self.result_ = self._services.placements.log_contact(
                self._placement.id, self.edits["channel"].currentData(), self.edits["summary"].toPlainText())
        except JobCRMError as e:
            self.show_errors(e.errors if isinstance(e, ValidationError) else {"": str(e)})
            return
        self.accept()
