"""Ring op: the call screen for working through a campaign's call list from the keyboard.

The company (phone first), its contact persons and the campaign's message on the left; on the right what has
happened with the company lately — the contact history, open promises both ways, planned visits and earlier calls
in campaigns — so nobody calls twice with the same message. Below: the outcome (Ctrl+1 … Ctrl+5), its few fields,
and Ctrl+Enter saves and moves to the next company (Ctrl+→ skips). "Booket" books the visit into the chosen
consultant's calendar with the campaign's guide; the warnings (double booking, travel time, lead time) are shown
live while the time is chosen and asked about once more before booking."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QDate, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from jobcrm.domain.vocab import (
    CALL_OUTCOME,
    CHANNEL,
    DECLINE_REASON,
    PROMISED_BY,
    TARGET_EXCLUSION,
    VISIT_STATUS,
)
from jobcrm.errors import JobCRMError, ValidationError
from jobcrm.services.campaign_dto import CallInput, CampaignDTO, TargetRow
from jobcrm.services.campaigns import BookingNeedsConfirmation
from jobcrm.services.visit_dto import VisitFilter
from jobcrm.ui import fmt

OUTCOMES = CALL_OUTCOME.codes()  # booket, takket_nej, ikke_truffet, forkert_nummer, allerede_kontakt


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


class CallDialog(QDialog):
    called = Signal(object)  # ChangeSet of each saved call

    def __init__(self, services, tasks, campaign: CampaignDTO, target_id: uuid.UUID | None, lang: str = "da",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._tasks = tasks
        self._lang = lang
        self.campaign = campaign
        self.target: TargetRow | None = None
        self.saved_calls = 0
        self.confirm = self._ask_confirmation  # replaced in tests
        self._check_timer = QTimer(self, singleShot=True, interval=250)  # live booking warnings, debounced
        self._check_timer.timeout.connect(self._check_booking)
        self.setWindowTitle(self.tr("Call list – %1").replace("%1", campaign.name))
        self.resize(1120, 760)
        root = QVBoxLayout(self)

        top = QHBoxLayout()
        self.progress = QLabel()
        self.progress.setObjectName("muted")
        top.addWidget(self.progress, 1)
        self.session = QLabel()
        self.session.setObjectName("muted")
        top.addWidget(self.session)
        root.addLayout(top)

        body = QHBoxLayout()
        left = QVBoxLayout()
        self.name = QLabel()
        self.name.setStyleSheet("font-size: 20px; font-weight: bold; color: #1f3a5f;")
        self.name.setWordWrap(True)
        left.addWidget(self.name)
        self.phone = QLabel()
        self.phone.setStyleSheet("font-size: 22px; font-weight: bold;")
        self.phone.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        left.addWidget(self.phone)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setObjectName("muted")
        left.addWidget(self.facts)
        self.left_out = QLabel()
        self.left_out.setWordWrap(True)
        self.left_out.setStyleSheet("color: #b3261e; font-weight: bold;")
        left.addWidget(self.left_out)
        left.addWidget(self._heading(self.tr("Contact persons")))
        self.persons = QListWidget()
        self.persons.setMaximumHeight(110)
        left.addWidget(self.persons)
        left.addWidget(self._heading(self.tr("What to say")))
        self.message = QLabel(campaign.message or self.tr("(The campaign has no message.)"))
        self.message.setWordWrap(True)
        self.message.setObjectName("comingBox")
        left.addWidget(self.message)
        if campaign.material:
            material = QLabel(self.tr("Material: %1").replace("%1", campaign.material))
            material.setWordWrap(True)
            material.setObjectName("muted")
            left.addWidget(material)
        left.addStretch(1)
        body.addLayout(left, 4)

        right = QVBoxLayout()
        right.addWidget(self._heading(self.tr("Lately with this company")))
        self.history = QListWidget()
        self.history.setWordWrap(True)
        self.history.setAlternatingRowColors(True)
        right.addWidget(self.history, 3)
        right.addWidget(self._heading(self.tr("Open promises and planned visits")))
        self.open_items = QListWidget()
        self.open_items.setWordWrap(True)
        self.open_items.setAlternatingRowColors(True)
        right.addWidget(self.open_items, 2)
        body.addLayout(right, 6)
        root.addLayout(body, 1)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        root.addWidget(line)
        outcome_row = QHBoxLayout()
        outcome_row.addWidget(QLabel(self.tr("Outcome:")))
        self.outcome_group = QButtonGroup(self)
        self.outcome_buttons: dict[str, QPushButton] = {}
        for i, code in enumerate(OUTCOMES, 1):
            b = QPushButton(f"{CALL_OUTCOME.label(code, lang)}  [Ctrl+{i}]")
            b.setCheckable(True)
            self.outcome_group.addButton(b, i - 1)
            self.outcome_buttons[code] = b
            outcome_row.addWidget(b)
            QShortcut(QKeySequence(f"Ctrl+{i}"), self, activated=lambda c=code: self.choose(c))
        outcome_row.addStretch(1)
        self.outcome_group.idClicked.connect(lambda i: self.choose(OUTCOMES[i]))
        root.addLayout(outcome_row)

        self.panels = QStackedWidget()
        self.panels.addWidget(QWidget())  # nothing chosen yet
        self.panels.addWidget(self._booking_panel())
        self.panels.addWidget(self._decline_panel())
        self.panels.addWidget(self._again_panel())
        self.panels.addWidget(QWidget())  # wrong number: the note is enough
        self.panels.addWidget(QWidget())  # already in contact
        root.addWidget(self.panels)
        note_row = QHBoxLayout()
        note_row.addWidget(QLabel(self.tr("Note")))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("What was said (goes into the contact history)"))
        note_row.addWidget(self.note, 1)
        root.addLayout(note_row)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        root.addWidget(self.error)

        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open company"))
        self.open_button.clicked.connect(self._open_company)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        self.skip_button = QPushButton(self.tr("Skip  [Ctrl+→]"))
        self.skip_button.clicked.connect(self.skip)
        buttons.addWidget(self.skip_button)
        self.save_button = QPushButton(self.tr("Save and next  [Ctrl+Enter]"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(lambda: self.save())
        buttons.addWidget(self.save_button)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons.addWidget(close)
        root.addLayout(buttons)
        for seq in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(seq), self, activated=lambda: self.save())
        QShortcut(QKeySequence("Ctrl+Right"), self, activated=self.skip)

        self.company_open_requested = None  # set by the page: a callable(company_id)
        self.load(target_id)

    # --- building ------------------------------------------------------------------------------
    @staticmethod
    def _heading(text: str) -> QLabel:
        label = QLabel(text)
        label.setStyleSheet("font-weight: bold; color: #1f3a5f; padding-top: 6px;")
        return label

    def _booking_panel(self) -> QWidget:
        w = QWidget()
        grid = QGridLayout(w)
        grid.setContentsMargins(0, 4, 0, 4)
        form = QFormLayout()
        self.consultant = QComboBox()
        me = self._services.ctx.actor.id
        for c in self._services.consultants.list():
            self.consultant.addItem(f"{c.initials} – {c.name}", str(c.id))
        if me is not None:
            self.consultant.setCurrentIndex(max(0, self.consultant.findData(str(me))))
        form.addRow(self.tr("In whose calendar"), self.consultant)
        when = QHBoxLayout()
        self.day = QDateEdit()
        self.day.setDisplayFormat("dd.MM.yyyy")
        self.day.setCalendarPopup(True)
        self.day.setLocale(fmt.locale())
        self.time = QTimeEdit()
        self.time.setDisplayFormat("HH:mm")
        self.minutes = QSpinBox()
        self.minutes.setRange(15, 480)
        self.minutes.setSingleStep(15)
        self.minutes.setSuffix(self.tr(" min."))
        self.minutes.setValue(self.campaign.visit_minutes)
        when.addWidget(self.day)
        when.addWidget(self.time)
        when.addWidget(self.minutes)
        when.addStretch(1)
        form.addRow(self.tr("When"), when)
        self.person = QComboBox()
        form.addRow(self.tr("Contact person"), self.person)
        guide = QLabel(self.campaign.template_name or "–")
        form.addRow(self.tr("Visit guide"), guide)
        grid.addLayout(form, 0, 0)
        side = QVBoxLayout()
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #8a3b00; background: #fff4d1; border: 1px solid #e6c65c; "
                                    "border-radius: 4px; padding: 6px;")
        self.warnings.hide()
        side.addWidget(self.warnings)
        self.day_plan = QLabel()
        self.day_plan.setWordWrap(True)
        self.day_plan.setObjectName("muted")
        side.addWidget(self.day_plan)
        side.addStretch(1)
        grid.addLayout(side, 0, 1)
        grid.setColumnStretch(1, 1)
        for signal in (self.consultant.currentIndexChanged, self.day.dateChanged, self.time.timeChanged,
                       self.minutes.valueChanged):
            signal.connect(lambda *_: self._check_timer.start())
        today = self._services.ctx.clock.today()
        cal = self._services.settings.calendar()
        self.day.setDate(_qdate(cal.add_working_days(today, 5)))
        self.time.setTime(QTime(10, 0))
        return w

    def _decline_panel(self) -> QWidget:
        w = QWidget()
        form = QFormLayout(w)
        form.setContentsMargins(0, 4, 0, 4)
        self.reason = QComboBox()
        self.reason.addItem(self.tr("Choose why…"), "")
        for t in DECLINE_REASON:
            self.reason.addItem(t.label(self._lang), t.code)
        form.addRow(self.tr("Why"), self.reason)
        self.not_interested = QCheckBox(self.tr('Mark the company "Not interested" (left out of later campaigns)'))
        form.addRow("", self.not_interested)
        return w

    def _again_panel(self) -> QWidget:
        w = QWidget()
        form = QFormLayout(w)
        form.setContentsMargins(0, 4, 0, 4)
        self.again = QDateEdit()
        self.again.setDisplayFormat("dd.MM.yyyy")
        self.again.setCalendarPopup(True)
        self.again.setLocale(fmt.locale())
        form.addRow(self.tr("Call again on"), self.again)
        form.addRow("", QLabel(self.tr("A follow-up in your inbox.")))
        return w

    # --- loading -------------------------------------------------------------------------------
    def load(self, target_id: uuid.UUID | None) -> None:
        svc = self._services
        cid = self.campaign.id

        def work():
            target = svc.campaigns.target(target_id) if target_id else svc.campaigns.next_target(cid)
            if target is None:
                return None
            company = svc.companies.get(target.company_id)
            today = svc.ctx.clock.today()
            history = svc.history.timeline(target.company_id, limit=8)
            promises = svc.promises.open_for_company(target.company_id)
            visits = svc.visits.page(VisitFilter(company_id=target.company_id, date_from=today, status="planlagt"),
                                     0, 5)
            calls = svc.campaigns.calls(company_id=target.company_id, limit=10)
            queue = svc.campaigns.count_targets(cid, "at_ringe")
            return target, company, history, promises, visits, calls, queue

        self._tasks.run(work, self._show)

    def _show(self, result) -> None:
        self.error.clear()
        if result is None:
            self.target = None
            self.name.setText(self.tr("Nobody left to call right now."))
            self.phone.clear()
            self.facts.setText(self.tr("Companies to call again show up here when their day comes."))
            self.left_out.clear()
            self.persons.clear()
            self.history.clear()
            self.open_items.clear()
            self.progress.setText(self.tr("Call list: 0 to call"))
            for b in (self.save_button, self.skip_button, self.open_button, *self.outcome_buttons.values()):
                b.setEnabled(False)
            return
        target, company, history, promises, visits, calls, queue = result
        self.target = target
        for b in (self.save_button, self.skip_button, self.open_button, *self.outcome_buttons.values()):
            b.setEnabled(True)
        self.progress.setText(self.tr("Call list: %1 to call").replace("%1", str(queue)))
        self.name.setText(company.name)
        self.phone.setText(company.phone or self.tr("(no phone number)"))
        place = ", ".join(x for x in (company.address, " ".join(y for y in (company.postal_code, company.city) if y))
                          if x)
        bits = [place, company.industry or "",
                self.tr("%1 employees").replace("%1", str(company.employees)) if company.employees is not None else "",
                self.tr("owner %1").replace("%1", company.owner_initials) if company.owner_initials else ""]
        if target.calls:
            bits.append(self.tr("called %1 times in this campaign").replace("%1", str(target.calls)))
        self.facts.setText(" · ".join(b for b in bits if b))
        warnings = []
        if target.is_left_out:
            warnings.append(self.tr("Left out of the list: %1").replace(
                "%1", f"{TARGET_EXCLUSION.label(target.excluded, self._lang)} – {target.excluded_detail or ''}"))
        today = self._services.ctx.clock.today()
        window = dt.timedelta(days=int(self._services.settings.get("campaign_recent_call_days")))
        recent = [c for c in calls if c.campaign_id != self.campaign.id
                  and today - c.called_at.astimezone().date() <= window]
        if recent:
            c = recent[0]
            warnings.append(self.tr("Called %1 about another campaign (%2): %3. Do not call twice with the same "
                                    "message.").replace("%1", fmt.date(c.called_at.astimezone().date()))
                            .replace("%2", self._campaign_names().get(c.campaign_id, "?"))
                            .replace("%3", CALL_OUTCOME.label(c.outcome, self._lang)))
        self.left_out.setText("\n".join("⚠ " + w for w in warnings))
        self.persons.clear()
        self.person.clear()
        self.person.addItem(self.tr("(none)"), "")
        for p in company.contact_persons:
            if not p.active:
                continue
            phone = p.mobile or p.phone or ""
            text = " · ".join(x for x in (p.name, p.title or "", phone) if x)
            item = QListWidgetItem(("★ " if p.is_primary else "") + text)
            self.persons.addItem(item)
            self.person.addItem(p.name, str(p.id))
            if p.is_primary:
                self.person.setCurrentIndex(self.person.count() - 1)
        self.history.clear()
        for e in history:
            campaign_call = e.link_kind == "kampagne"
            item = QListWidgetItem(f"{fmt.datetime(e.occurred_at)} · {CHANNEL.label(e.channel, self._lang)} · "
                                   f"{e.consultant_initials or ''}\n{e.summary}")
            if campaign_call:
                item.setForeground(Qt.GlobalColor.darkRed)
            self.history.addItem(item)
        if not history:
            self.history.addItem(self.tr("No contacts registered yet."))
        self.open_items.clear()
        for p in promises:
            who = PROMISED_BY.label(p.promised_by, self._lang)
            self.open_items.addItem(f"{fmt.date(p.due_date)} · {who}: {p.title}")
        for v in visits:
            self.open_items.addItem(self.tr("Visit %1 with %2 (%3)").replace("%1", fmt.datetime(v.start_at))
                                    .replace("%2", v.consultant_initials)
                                    .replace("%3", VISIT_STATUS.label(v.status, self._lang)))
        other = [c for c in calls if c.campaign_id != self.campaign.id]
        for c in other[:3]:
            self.open_items.addItem(self.tr("Called %1 in another campaign: %2")
                                    .replace("%1", fmt.date(c.called_at.astimezone().date()))
                                    .replace("%2", CALL_OUTCOME.label(c.outcome, self._lang)))
        if self.open_items.count() == 0:
            self.open_items.addItem(self.tr("Nothing open."))
        cal = self._services.settings.calendar()
        default_again = cal.add_working_days(self._services.ctx.clock.today(),
                                             int(self._services.settings.get("campaign_call_again_working_days")))
        self.again.setDate(_qdate(default_again))
        self.choose(None)
        self.note.clear()
        self.reason.setCurrentIndex(0)
        self.not_interested.setChecked(False)
        self.session.setText(self.tr("Saved in this session: %1").replace("%1", str(self.saved_calls)))

    def _campaign_names(self) -> dict:
        return dict(self._services.campaigns.choices())

    # --- choosing and saving -------------------------------------------------------------------
    def choose(self, code: str | None) -> None:
        if code is None:
            self.outcome_group.setExclusive(False)
            for b in self.outcome_buttons.values():
                b.setChecked(False)
            self.outcome_group.setExclusive(True)
            self.panels.setCurrentIndex(0)
            return
        if self.target is None:
            return
        self.outcome_buttons[code].setChecked(True)
        self.panels.setCurrentIndex(OUTCOMES.index(code) + 1)
        self.error.clear()
        if code == "booket":
            self._check_booking()
            self.day.setFocus()
        elif code == "takket_nej":
            self.reason.setFocus()
        else:
            self.note.setFocus()

    def outcome(self) -> str | None:
        i = self.outcome_group.checkedId()
        return OUTCOMES[i] if i >= 0 else None

    def _start(self) -> dt.datetime:
        t = self.time.time()
        return dt.datetime.combine(_pydate(self.day.date()), dt.time(t.hour(), t.minute()))

    def _check_booking(self) -> None:
        if self.target is None or self.outcome() != "booket":
            return
        svc = self._services
        cid, company = self.campaign.id, self.target.company_id
        consultant = uuid.UUID(self.consultant.currentData())
        start, minutes = self._start(), self.minutes.value()
        day = start.date()

        def work():
            warnings = svc.campaigns.check_booking(cid, company, consultant, start, minutes)
            plan = svc.visits.page(VisitFilter(consultant_id=consultant, date_from=day, date_to=day), 0, 20)
            return warnings, plan

        def done(result) -> None:
            warnings, plan = result
            self.warnings.setVisible(bool(warnings))
            self.warnings.setText("\n".join("⚠ " + w.text for w in warnings))
            who = self.consultant.currentText().split(" – ")[0]
            if plan:
                lines = [f"{fmt.datetime(v.start_at)[-5:]}–{fmt.datetime(v.end_at)[-5:]} {v.company_name}"
                         + (f" ({v.city})" if v.city else "") for v in plan]
                self.day_plan.setText(self.tr("%1's visits on %2:").replace("%1", who).replace("%2", fmt.date(day))
                                      + "\n" + "\n".join(lines))
            else:
                self.day_plan.setText(self.tr("%1 has no visits on %2.").replace("%1", who)
                                      .replace("%2", fmt.date(day)))

        self._tasks.run(work, done)

    def _input(self) -> CallInput:
        code = self.outcome()
        person = self.person.currentData() if code == "booket" else ""
        return CallInput(
            target_id=self.target.id, outcome=code, reason=self.reason.currentData() or None,
            note=self.note.text(), consultant_id=uuid.UUID(self.consultant.currentData()) if code == "booket" else None,
            start=self._start() if code == "booket" else None, minutes=self.minutes.value(),
            contact_person_id=uuid.UUID(person) if person else None,
            call_again=_pydate(self.again.date()) if code == "ikke_truffet" else None,
            mark_not_interested=self.not_interested.isChecked() and code == "takket_nej")

    def save(self, confirm: bool = False) -> bool:
        """Save the call; on success move to the next company. False when something stopped it."""
        if self.target is None:
            return False
        if self.outcome() is None:
            self.error.setText(self.tr("Choose the outcome of the call (Ctrl+1 … Ctrl+5)."))
            return False
        try:
            result = self._services.campaigns.record_call(self._input(), confirm=confirm)
        except BookingNeedsConfirmation as e:
            if self.confirm(e.warnings):
                return self.save(confirm=True)
            return False
        except ValidationError as e:
            self.error.setText("\n".join(e.errors.values()))
            return False
        except JobCRMError as e:
            self.error.setText(str(e))
            return False
        self.saved_calls += 1
        self.called.emit(self._services.campaigns.changes(result))
        self.load_next(result.target.id)
        return True

    def _ask_confirmation(self, warnings) -> bool:
        text = "\n\n".join(w.text for w in warnings)
        answer = QMessageBox.question(self, self.tr("Book anyway?"), text + "\n\n" + self.tr("Book the visit anyway?"))
        return answer == QMessageBox.StandardButton.Yes

    def skip(self) -> None:
        if self.target is not None:
            self.load_next(self.target.id)

    def load_next(self, after: uuid.UUID) -> None:
        nxt = self._services.campaigns.next_target(self.campaign.id, after=after)
        if nxt is None:
            self._show(None)
        else:
            self.load(nxt.id)

    def _open_company(self) -> None:
        if self.target is not None and self.company_open_requested is not None:
            self.company_open_requested(self.target.company_id)
