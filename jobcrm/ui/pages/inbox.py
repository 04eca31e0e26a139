"""Indbakke: the start page. The consultant's open promises grouped by urgency, the system flags, the
morning digest, and keyboard actions: D Udført, Shift+D Udført og planlæg næste, U Udsæt, A Aflys,
O Overdrag, Enter Åbn virksomhed."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jobcrm.domain.dates import WorkCalendar, parse_date
from jobcrm.services.changes import ChangeSet
from jobcrm.ui.dialogs.promise_dialogs import CancelDialog, DoneNextDialog, ReassignDialog, RescheduleDialog
from jobcrm.ui.itemmodels.inbox_table import InboxTableModel


class InboxPage(QWidget):
    open_company = Signal(object)  # company id
    open_ref = Signal(str, object)  # a flag's record: (ref_kind, ref_id), e.g. ("slot", id)
    counts_changed = Signal(int)  # overdue + due today: what the navigation item shows

    def __init__(self, services, tasks, lang: str = "da", parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._tasks = tasks
        self._generation = 0
        self._calendar = WorkCalendar()
        self._digest_pending = True  # the morning digest is shown once per start
        self.consultant_id: uuid.UUID | None = None
        self.box = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        head = QHBoxLayout()
        title = QLabel(self.tr("Inbox"))
        title.setObjectName("pageTitle")
        head.addWidget(title)
        head.addStretch(1)
        self.count_label = QLabel()
        self.count_label.setObjectName("muted")
        head.addWidget(self.count_label)
        layout.addLayout(head)

        self.digest = QFrame()
        self.digest.setObjectName("digest")
        dl = QHBoxLayout(self.digest)
        dl.setContentsMargins(14, 8, 8, 8)
        self.digest_text = QLabel()
        self.digest_text.setWordWrap(True)
        self.digest_text.setTextFormat(Qt.TextFormat.RichText)
        dl.addWidget(self.digest_text, 1)
        self.digest_off = QPushButton(self.tr("Don't show at start"))
        self.digest_off.clicked.connect(self.turn_digest_off)
        dl.addWidget(self.digest_off)
        self.digest_close = QPushButton(self.tr("Hide"))
        self.digest_close.clicked.connect(self.digest.hide)
        dl.addWidget(self.digest_close)
        self.digest.hide()
        layout.addWidget(self.digest)

        bar = QHBoxLayout()
        self.only_company = QCheckBox(self.tr("Only the companies' promises"))
        self.only_company.setToolTip(self.tr("Promises the companies made to you: chase them when they are late"))
        self.only_company.toggled.connect(self.reload)
        bar.addWidget(self.only_company)
        bar.addStretch(1)
        self.actions_: dict[str, QAction] = {}
        for key, text, shortcut, slot in (
            ("done", self.tr("Done"), "D", self.act_done),
            ("done_next", self.tr("Done, plan next"), "Shift+D", self.act_done_next),
            ("reschedule", self.tr("Reschedule"), "U", self.act_reschedule),
            ("cancel", self.tr("Cancel"), "A", self.act_cancel),
            ("reassign", self.tr("Hand over"), "O", self.act_reassign),
            ("open", self.tr("Open company"), "Return", self.act_open),
        ):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            self.actions_[key] = action
            shown = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
            button = QPushButton(f"{text}  [{shown}]" if key != "open" else f"{text}  [Enter]")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard stays in the list
            button.clicked.connect(action.trigger)
            bar.addWidget(button)
        layout.addLayout(bar)

        self.model = InboxTableModel(lang, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        for col, width in enumerate((250, 420, 110, 170, 90)):
            self.table.setColumnWidth(col, width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda _i: self.act_open())
        self.table.doubleClicked.connect(lambda _i: self.act_open())
        self.empty = QLabel(self.tr("No open promises. Nothing is waiting for you."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack, 1)
        self.hint = QLabel(self.tr("Keys: ↑/↓ move · Shift+↑/↓ select several · D done · Shift+D done and plan "
                                   "next · U reschedule · A cancel · O hand over · Enter open the company"))
        self.hint.setObjectName("muted")
        layout.addWidget(self.hint)

    # --- loading -------------------------------------------------------------------------------
    def set_consultant(self, consultant_id: uuid.UUID | None) -> None:
        self.consultant_id = consultant_id
        self.reload()

    def reload(self) -> None:
        if self.consultant_id is None:
            return
        self._generation += 1
        generation = self._generation
        keep = self.table.currentIndex().row()
        svc, cid, only = self._services, self.consultant_id, self.only_company.isChecked()

        def work():
            return svc.inbox.inbox(cid, only_company_promises=only), svc.settings.calendar(), \
                svc.settings.get("morning_digest")

        def done(result) -> None:
            if generation != self._generation:
                return
            box, calendar, digest_on = result
            self.box, self._calendar = box, calendar
            self.model.set_inbox(box)
            for r in self.model.header_rows():
                self.table.setSpan(r, 0, 1, self.model.columnCount())
            self.stack.setCurrentWidget(self.table if self.model.rowCount() else self.empty)
            self._select_row(self.model.first_item_row(max(keep, 0)))
            c = box.counts
            self.count_label.setText(self.tr("%1 overdue · %2 today · %3 this week · %4 later")
                                     .replace("%1", str(c["overskredet"])).replace("%2", str(c["i_dag"]))
                                     .replace("%3", str(c["denne_uge"])).replace("%4", str(c["senere"])))
            if not only:
                self.counts_changed.emit(c["overskredet"] + c["i_dag"])
            if self._digest_pending and not only:
                self._digest_pending = False
                if digest_on:
                    self._show_digest(box)

        self._tasks.run(work, done)

    def on_changed(self, change) -> None:
        if change.touches("promise") or change.touches("company"):
            self.reload()

    def _select_row(self, row: int) -> None:
        if row < 0:
            return
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    # --- the morning digest --------------------------------------------------------------------
    def _show_digest(self, box) -> None:
        c = box.counts
        overdue = box.group("overskredet")
        oldest = max((r.overdue_working_days for r in overdue), default=0)
        parts = [self.tr("<b>Today's overview:</b>")]
        parts.append(self.tr("%1 overdue").replace("%1", str(c["overskredet"])))
        if oldest:
            parts[-1] += " " + self.tr("(the oldest %1 working days)").replace("%1", str(oldest))
        parts.append(self.tr("%1 due today").replace("%1", str(c["i_dag"])))
        parts.append(self.tr("%1 flags").replace("%1", str(c["flags"])))
        self.digest_text.setText(parts[0] + " " + " · ".join(parts[1:]))
        self.digest.setProperty("calm", c["overskredet"] == 0)
        self.digest.show()

    def turn_digest_off(self) -> None:
        self.digest.hide()
        self._tasks.run(lambda: self._services.settings.set("morning_digest", False))

    # --- selection -----------------------------------------------------------------------------
    def selected_rows(self):
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        return [r for r in (self.model.inbox_row(i) for i in rows) if r is not None]

    def _resolve(self, text: str):
        return parse_date(text, self._services.ctx.clock.today(), self._calendar)

    # --- actions (dialogs first, then the work on the database worker) -------------------------
    def act_done(self) -> None:
        rows = self.selected_rows()
        if rows:
            self.mark_done([r.promise.id for r in rows])

    def act_done_next(self) -> None:
        rows = self.selected_rows()[:1]
        if not rows:
            return
        dialog = DoneNextDialog(rows[0].promise.title, self._resolve, self)
        if dialog.exec() and dialog.result_value:
            title, day, rule = dialog.result_value
            self.done_and_next(rows[0].promise.id, title, day, rule)

    def act_reschedule(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        what = rows[0].promise.title if len(rows) == 1 else self.tr("%1 promises").replace("%1", str(len(rows)))
        dialog = RescheduleDialog(what, rows[0].promise.due_date, self._resolve, self)
        if dialog.exec() and dialog.result_value:
            day, reason = dialog.result_value
            self.reschedule([r.promise.id for r in rows], day, reason)

    def act_cancel(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        what = rows[0].promise.title if len(rows) == 1 else self.tr("%1 promises").replace("%1", str(len(rows)))
        dialog = CancelDialog(what, self)
        if dialog.exec() and dialog.result_value:
            self.cancel([r.promise.id for r in rows], dialog.result_value)

    def act_reassign(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        dialog = ReassignDialog(len(rows), self._services.consultants.list(), self.consultant_id, self)
        if dialog.exec() and dialog.result_value:
            to, note = dialog.result_value
            self.reassign([r.promise.id for r in rows], uuid.UUID(to), note)

    def act_open(self) -> None:
        row = self.table.currentIndex().row()
        item, flag = self.model.inbox_row(row), self.model.flag_at(row)
        if flag is not None and flag.ref_id is not None and flag.ref_kind not in (None, "promise"):
            self.open_ref.emit(flag.ref_kind, flag.ref_id)  # the window opens the slot, visit, order, ...
            return
        company = item.promise.company_id if item else (flag.company_id if flag else None)
        if company is not None:
            self.open_company.emit(company)

    def mark_done(self, ids) -> None:
        svc = self._services.promises
        self._write(lambda: _merge([svc.done(i) for i in ids]), self.tr("Marked as done: %1").replace(
            "%1", str(len(ids))))

    def done_and_next(self, promise_id, title: str, day, recurrence: str | None = None) -> None:
        svc = self._services.promises
        self._write(lambda: svc.done_and_next(promise_id, day, title, recurrence=recurrence),
                    self.tr("Done; next follow-up planned"))

    def reschedule(self, ids, day, reason: str) -> None:
        svc = self._services.promises
        self._write(lambda: _merge([svc.reschedule(i, day, reason) for i in ids]), self.tr("Rescheduled"))

    def cancel(self, ids, reason: str) -> None:
        svc = self._services.promises
        self._write(lambda: _merge([svc.cancel(i, reason) for i in ids]), self.tr("Cancelled"))

    def reassign(self, ids, to_id, note: str | None = None) -> None:
        svc = self._services.promises
        self._write(lambda: svc.reassign(ids, to_id, note), self.tr("Handed over"))

    def _write(self, fn, message: str) -> None:
        def done(_change) -> None:
            window = self.window()
            if hasattr(window, "statusBar"):
                window.statusBar().showMessage(message, 5000)

        self._tasks.run(fn, done)


def _merge(changes) -> ChangeSet:
    ids = tuple(i for c in changes for i in c.ids)
    related = tuple(r for c in changes for r in c.related)
    return ChangeSet("promise", ids, "update", related)
