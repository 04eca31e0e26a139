"""Besøg: the week (Monday first) and the list of visits, the selected visit's details and actions:
fill the guide, the visit brief, change status (aflys, flyt, udeblevet), edit, open the company, print.
Also offers to continue a guide the app was filling when it stopped (a crash or a power cut)."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jobcrm.domain.dates import week_start
from jobcrm.domain.vocab import VISIT_STATUS, VISIT_TYPE
from jobcrm.errors import JobCRMError
from jobcrm.services.changes import ChangeSet
from jobcrm.services.visit_dto import VisitDTO, VisitFilter
from jobcrm.ui import fmt
from jobcrm.ui.dialogs.guide_form import OPEN_MARKER, GuideForm
from jobcrm.ui.dialogs.plan_visit import PlanVisitDialog, VisitStatusDialog
from jobcrm.ui.dialogs.template_editor import TemplateEditor
from jobcrm.ui.dialogs.visit_brief import VisitBriefDialog
from jobcrm.ui.itemmodels.visit_table import VisitTableModel
from jobcrm.ui.widgets.week_view import WeekView


class VisitsPage(QWidget):
    open_company = Signal(object)  # company id
    changed = Signal(object)  # ChangeSet
    job_order_requested = Signal(object)  # company id: "Opret jobordre" from a guide
    slot_requested = Signal(object)  # company id: "Opret praktikplads" from a guide

    def __init__(self, services, tasks, drafts, lang: str = "da", parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._tasks = tasks
        self._drafts = drafts
        self._lang = lang
        self.consultant_id: uuid.UUID | None = None
        self.monday = week_start(services.ctx.clock.today())
        self.selected: VisitDTO | None = None
        self.forms: dict[uuid.UUID, GuideForm] = {}
        self._auto_select = True
        self._generation = 0

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        head = QHBoxLayout()
        title = QLabel(self.tr("Visits"))
        title.setObjectName("pageTitle")
        head.addWidget(title)
        head.addStretch(1)
        self.templates_button = QPushButton(self.tr("Visit guides…"))
        self.templates_button.setToolTip(self.tr("Edit the visit-guide templates (administrators)"))
        self.templates_button.clicked.connect(self.edit_templates)
        head.addWidget(self.templates_button)
        self.plan_button = QPushButton(self.tr("Plan a visit"))
        self.plan_button.setObjectName("primary")
        self.plan_button.setToolTip("Ctrl+B")
        self.plan_button.clicked.connect(lambda: self.plan_visit())
        head.addWidget(self.plan_button)
        layout.addLayout(head)
        plan_action = QAction(self.tr("Plan a visit"), self)
        plan_action.setShortcut(QKeySequence("Ctrl+B"))
        plan_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        plan_action.triggered.connect(lambda: self.plan_visit())
        self.addAction(plan_action)

        self.resume = QFrame()
        self.resume.setObjectName("digest")
        rl = QHBoxLayout(self.resume)
        rl.setContentsMargins(14, 8, 8, 8)
        self.resume_text = QLabel()
        self.resume_text.setWordWrap(True)
        self.resume_text.setTextFormat(Qt.TextFormat.RichText)
        rl.addWidget(self.resume_text, 1)
        self.resume_button = QPushButton(self.tr("Continue filling in"))
        self.resume_button.setObjectName("primary")
        self.resume_button.clicked.connect(self._resume)
        rl.addWidget(self.resume_button)
        self.resume_later = QPushButton(self.tr("Not now"))
        self.resume_later.clicked.connect(self._dismiss_resume)
        rl.addWidget(self.resume_later)
        self.resume.hide()
        self._resume_visit: uuid.UUID | None = None
        layout.addWidget(self.resume)

        bar = QHBoxLayout()
        self.who = QComboBox()
        self.who.setMinimumWidth(230)
        self.who.currentIndexChanged.connect(self.reload)
        bar.addWidget(self.who)
        bar.addSpacing(16)
        self.prev_button = QPushButton("◀")
        self.prev_button.setToolTip(self.tr("Previous week (Alt+Left)"))
        self.prev_button.setShortcut(QKeySequence("Alt+Left"))
        self.prev_button.clicked.connect(lambda: self.shift_week(-1))
        self.today_button = QPushButton(self.tr("This week"))
        self.today_button.clicked.connect(self.this_week)
        self.next_button = QPushButton("▶")
        self.next_button.setToolTip(self.tr("Next week (Alt+Right)"))
        self.next_button.setShortcut(QKeySequence("Alt+Right"))
        self.next_button.clicked.connect(lambda: self.shift_week(1))
        self.week_label = QLabel()
        self.week_label.setStyleSheet("font-size: 15px; font-weight: bold; color: #1f3a5f; padding-left: 8px;")
        for w in (self.prev_button, self.today_button, self.next_button, self.week_label):
            bar.addWidget(w)
        bar.addStretch(1)
        self.scope = QComboBox()
        self.scope.addItem(self.tr("Coming visits"), "kommende")
        self.scope.addItem(self.tr("Earlier visits"), "tidligere")
        self.scope.addItem(self.tr("All visits"), "alle")
        self.scope.currentIndexChanged.connect(self._reload_list)
        bar.addWidget(self.scope)
        self.count_label = QLabel()
        self.count_label.setObjectName("muted")
        bar.addWidget(self.count_label)
        layout.addLayout(bar)

        self.week = WeekView(lang)
        self.week.visit_selected.connect(self.select_visit)
        self.week.visit_activated.connect(self.fill_guide)
        self.model = VisitTableModel(services.visits, services.ctx.clock.now, lang, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(26)
        for col, width in enumerate((92, 96, 260, 170, 150, 230, 80)):
            self.table.setColumnWidth(col, width)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self.select_visit(self.model.id_at(cur.row())))
        self.table.activated.connect(lambda i: self.fill_guide(self.model.id_at(i.row())))
        self.tabs = QTabWidget()
        self.tabs.addTab(self.week, self.tr("Week"))
        self.tabs.addTab(self.table, self.tr("List"))
        self.tabs.currentChanged.connect(self._tab_changed)

        splitter = QSplitter()
        splitter.addWidget(self.tabs)
        splitter.addWidget(self._detail_panel())
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([960, 280])
        layout.addWidget(splitter, 1)
        self._tab_changed(0)
        self._show_detail(None)

    # --- the detail panel ----------------------------------------------------------------------
    def _detail_panel(self) -> QWidget:
        panel = QFrame()
        panel.setObjectName("visitDetail")
        panel.setStyleSheet("QFrame#visitDetail { background: #f6f8fb; border: 1px solid #dde3ea; "
                            "border-radius: 6px; }")
        panel.setMinimumWidth(260)
        panel.setMaximumWidth(340)
        pl = QVBoxLayout(panel)
        pl.setContentsMargins(14, 12, 14, 12)
        self.detail_title = QLabel()
        self.detail_title.setStyleSheet("font-size: 16px; font-weight: bold; color: #1f3a5f;")
        self.detail_title.setWordWrap(True)
        self.detail_text = QLabel()
        self.detail_text.setWordWrap(True)
        self.detail_text.setTextFormat(Qt.TextFormat.RichText)
        self.detail_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        pl.addWidget(self.detail_title)
        pl.addWidget(self.detail_text)
        self.fill_button = QPushButton(self.tr("Fill in the visit guide"))
        self.fill_button.setObjectName("primary")
        self.fill_button.setToolTip(self.tr("Enter"))
        self.fill_button.clicked.connect(lambda: self.fill_guide(self.selected.id if self.selected else None))
        self.brief_button = QPushButton(self.tr("Visit brief"))
        self.brief_button.clicked.connect(lambda: self.show_brief(self.selected.id if self.selected else None))
        self.status_button = QPushButton(self.tr("Cancel, move or no-show…"))
        self.status_button.clicked.connect(self.change_status)
        self.edit_button = QPushButton(self.tr("Edit time, place…"))
        self.edit_button.clicked.connect(self.edit_visit)
        self.company_button = QPushButton(self.tr("Open the company"))
        self.company_button.clicked.connect(
            lambda: self.open_company.emit(self.selected.company_id) if self.selected else None)
        self.print_button = QPushButton(self.tr("Print the guide…"))
        self.print_button.clicked.connect(self.print_guide)
        for b in (self.fill_button, self.brief_button, self.status_button, self.edit_button, self.company_button,
                  self.print_button):
            pl.addWidget(b)
        pl.addStretch(1)
        return panel

    def _show_detail(self, v: VisitDTO | None) -> None:
        self.selected = v
        for b in (self.fill_button, self.brief_button, self.status_button, self.edit_button, self.company_button,
                  self.print_button):
            b.setEnabled(v is not None)
        if v is None:
            self.detail_title.setText(self.tr("No visit chosen"))
            self.detail_text.setText(self.tr("Choose a visit in the week or the list, or plan a new one (Ctrl+B)."))
            return
        from html import escape

        start, end = v.start_at.astimezone(), v.end_at.astimezone()
        now = self._services.ctx.clock.now().astimezone()
        late = v.status == "planlagt" and v.end_at < now
        rows = [(self.tr("When"), f"{fmt.long_date(start.date())} {start:%H:%M}–{end:%H:%M}"),
                (self.tr("Place"), v.place or v.company_address or ""),
                (self.tr("Type"), VISIT_TYPE.label(v.visit_type, self._lang)),
                (self.tr("Status"), VISIT_STATUS.label(v.status, self._lang)),
                (self.tr("Reason"), v.status_reason or ""),
                (self.tr("Contact persons") if len(v.contact_person_names) > 1 else self.tr("Contact person"),
                 ", ".join(v.contact_person_names)),
                (self.tr("Consultants"), ", ".join([v.consultant_initials, *(i for _, i in v.other_consultants)])),
                (self.tr("Visit guide"), (v.template_name or "") + (
                    f" (v{v.template_version})" if v.template_version else "")),
                (self.tr("Note"), v.note or "")]
        html = "".join(f"<p style='margin:2px 0'><span style='color:#5f6b7a'>{escape(k)}:</span> {escape(x)}</p>"
                       for k, x in rows if x)
        if late:
            over = self.tr("The visit is over: register the outcome.")
            html += f"<p style='color:#b3261e; font-weight:bold'>{escape(over)}</p>"
        if v.guide_state == "i_gang" and v.guide_saved_at:
            started = self.tr("Guide started, last saved %1").replace("%1", fmt.datetime(v.guide_saved_at))
            html += f"<p style='color:#a15c00'>{escape(started)}</p>"
        self.detail_title.setText(v.company_name)
        self.detail_text.setText(html)
        registered = v.guide_state == "registreret"
        self.fill_button.setText(self.tr("Open the filled guide") if registered else (
            self.tr("Continue the visit guide") if v.guide_state == "i_gang" else self.tr("Fill in the visit guide")))
        planned = v.status == "planlagt"
        self.status_button.setEnabled(not registered)
        self.status_button.setText(self.tr("Cancel, move or no-show…") if planned else self.tr("Back to planned…"))
        self.edit_button.setEnabled(planned)
        self.fill_button.setEnabled(planned or registered)

    # --- loading -------------------------------------------------------------------------------
    def set_consultant(self, consultant_id: uuid.UUID | None) -> None:
        self.consultant_id = consultant_id
        self.who.blockSignals(True)
        self.who.clear()
        self.who.addItem(self.tr("My visits"), "me")
        for c in self._services.consultants.list():
            if c.id != consultant_id:
                self.who.addItem(f"{c.initials} — {c.name}", str(c.id))
        self.who.addItem(self.tr("Everyone's visits"), "all")
        self.who.blockSignals(False)
        self.reload()

    def _who(self) -> uuid.UUID | None:
        data = self.who.currentData()
        if data == "me":
            return self.consultant_id
        if data in (None, "all"):
            return None
        return uuid.UUID(data)

    def reload(self) -> None:
        self._reload_week()
        self._reload_list()

    def _reload_week(self) -> None:
        self._generation += 1
        generation = self._generation
        monday, who = self.monday, self._who()
        svc = self._services.visits
        sunday = monday + dt.timedelta(days=6)
        week_no = monday.isocalendar().week
        month = fmt.locale().monthName(sunday.month)
        span = f"{monday.day}.{'' if monday.month == sunday.month else f'{monday.month}.'}–{sunday.day}. {month} " \
               f"{sunday.year}"
        self.week_label.setText(self.tr("Week %1 · %2").replace("%1", str(week_no)).replace("%2", span))

        def done(rows) -> None:
            if generation != self._generation:
                return
            clock = self._services.ctx.clock
            own = None
            if who is not None:
                own = next((c.initials for c in self._services.consultants.list(active_only=False) if c.id == who),
                           None)
            self.week.set_week(monday, rows, clock.today(), clock.now().astimezone(), own)
            if self.tabs.currentIndex() == 0:
                self.count_label.setText(self.tr("%1 visits this week").replace("%1", str(len(rows))))
            if self.selected is not None:
                self._refresh_selected()
                self.week.select(self.selected.id)
            elif rows and self._auto_select:  # start on the next visit, ready for Enter
                self._auto_select = False
                now = clock.now().astimezone()
                nxt = next((r for r in rows if r.end_at >= now), rows[-1])
                self.week.select(nxt.id)

        self._tasks.run(lambda: svc.week(monday, who), done)

    def _reload_list(self) -> None:
        scope = self.scope.currentData()
        today = self._services.ctx.clock.today()
        f = VisitFilter(consultant_id=self._who(),
                        date_from=today if scope == "kommende" else None,
                        date_to=today - dt.timedelta(days=1) if scope == "tidligere" else None,
                        descending=scope != "kommende")
        self.model.load(f)
        if self.tabs.currentIndex() == 1:
            self.count_label.setText(self.tr("%1 visits").replace("%1", str(self.model.total)))

    def _tab_changed(self, index: int) -> None:
        week = index == 0
        for w in (self.prev_button, self.today_button, self.next_button, self.week_label):
            w.setVisible(week)
        self.scope.setVisible(not week)
        if week:
            self.count_label.setText(self.tr("%1 visits this week").replace("%1", str(self.week.count())))
        else:
            self.count_label.setText(self.tr("%1 visits").replace("%1", str(self.model.total)))

    def shift_week(self, step: int) -> None:
        self.monday += dt.timedelta(days=7 * step)
        self._reload_week()

    def this_week(self) -> None:
        self.monday = week_start(self._services.ctx.clock.today())
        self._reload_week()

    def select_visit(self, visit_id) -> None:
        if visit_id is None:
            self._show_detail(None)
            return
        try:
            self._show_detail(self._services.visits.get(visit_id))
        except JobCRMError:
            self._show_detail(None)

    def _refresh_selected(self) -> None:
        self.select_visit(self.selected.id if self.selected else None)

    def on_changed(self, change: ChangeSet) -> None:
        if change.touches("visit") or change.entity in ("all", "company"):
            if change.entity == "all":
                self.set_consultant(self.consultant_id)
            else:
                self.reload()

    # --- actions -------------------------------------------------------------------------------
    def plan_visit(self, company_id: uuid.UUID | None = None) -> None:
        day = None if self.monday == week_start(self._services.ctx.clock.today()) else self.monday
        dialog = PlanVisitDialog(self._services, self._drafts, company_id, None, self._lang, self, day=day)
        if dialog.exec() and dialog.saved is not None:
            v = dialog.saved
            self.monday = week_start(v.start_at.astimezone().date())
            self.changed.emit(ChangeSet("visit", (v.id,), "create", (ChangeSet("company", (v.company_id,)),)))
            self.tabs.setCurrentIndex(0)
            self.week.select(v.id)
            self._show_detail(v)

    def edit_visit(self) -> None:
        if self.selected is None:
            return
        dialog = PlanVisitDialog(self._services, self._drafts, None, self.selected, self._lang, self)
        if dialog.exec() and dialog.saved is not None:
            self.monday = week_start(dialog.saved.start_at.astimezone().date())
            self._show_detail(dialog.saved)
            self.changed.emit(ChangeSet("visit", (dialog.saved.id,), "update",
                                        (ChangeSet("company", (dialog.saved.company_id,)),)))

    def change_status(self) -> None:
        if self.selected is None:
            return
        dialog = VisitStatusDialog(self._services, self.selected, self._lang, self)
        if dialog.exec() and dialog.result_visit is not None:
            v = dialog.result_visit
            ids = (self.selected.id,) if v.id == self.selected.id else (self.selected.id, v.id)
            self._show_detail(v)
            self.changed.emit(ChangeSet("visit", ids, "update", (ChangeSet("company", (v.company_id,)),)))

    def fill_guide(self, visit_id) -> GuideForm | None:
        if visit_id is None:
            return None
        form = self.forms.get(visit_id)
        if form is None:
            try:
                form = GuideForm(self._services, self._drafts, visit_id, self._lang, self)
            except JobCRMError as e:
                QMessageBox.warning(self, self.tr("Visit guide"), str(e))
                return None
            form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            form.changed.connect(self.changed)
            form.saved.connect(lambda _at, vid=visit_id: self._guide_saved(vid))
            form.brief_requested.connect(self.show_brief)
            form.job_order_requested.connect(self.job_order_requested)
            form.slot_requested.connect(self.slot_requested)
            form.destroyed.connect(lambda _=None, vid=visit_id: self.forms.pop(vid, None))
            self.forms[visit_id] = form
        form.show()
        form.raise_()
        form.activateWindow()
        return form

    def close_forms(self) -> None:
        """The app is closing: save and close the open guides (a normal close, so no resume offer)."""
        for form in list(self.forms.values()):
            form.close()

    def _guide_saved(self, visit_id) -> None:
        if self.selected is not None and self.selected.id == visit_id and self.selected.guide_state == "ingen":
            self.changed.emit(ChangeSet("visit", (visit_id,), "update"))

    def show_brief(self, visit_id) -> VisitBriefDialog | None:
        if visit_id is None:
            return None
        dialog = VisitBriefDialog(self._services, visit_id, self._lang, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def print_guide(self) -> None:
        if self.selected is None:
            return
        v = self.selected
        name = f"Besøgsguide {v.company_name} {fmt.date(v.start_at.astimezone().date())}.pdf".replace("/", "-")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the guide as PDF"), name, "PDF (*.pdf)")
        if path:
            self.print_guide_to(v.id, path)

    def print_guide_to(self, visit_id: uuid.UUID, path: str) -> None:
        """The filled guide when filling has started, else the blank guide headed with the visit."""
        from jobcrm.pdf.base import write_atomically
        from jobcrm.pdf.guide import guide_pdf

        v = self._services.visits.get(visit_id)
        today = self._services.ctx.clock.today()
        if v.guide_state != "ingen":
            fill = self._services.guides.fill(visit_id)
            data = guide_pdf(fill.version, today, fill)
        else:
            template = v.template_id or self._services.guides.default_template_id()
            data = guide_pdf(self._services.guides.current(template), today, visit=v)
        write_atomically(path, data)

    def edit_templates(self) -> None:
        editor = TemplateEditor(self._services, self._lang, self)
        editor.exec()

    # --- continuing after a crash --------------------------------------------------------------
    def offer_resume(self) -> bool:
        """If the guide form was open when the app stopped, say so and offer to continue. True if offered."""
        marker = self._drafts.load(OPEN_MARKER)
        if not marker or not marker.get("visit_id"):
            return False
        try:
            v = self._services.visits.get(uuid.UUID(marker["visit_id"]))
        except (JobCRMError, ValueError):
            self._drafts.discard(OPEN_MARKER)
            return False
        from html import escape

        saved = fmt.datetime(v.guide_saved_at) if v.guide_saved_at else self.tr("not yet")
        self.resume_text.setText(self.tr("<b>The visit guide for %1 was not closed</b> (JobCRM stopped while it was "
                                         "open). Everything up to %2 is saved.").replace("%1", escape(v.company_name))
                                 .replace("%2", escape(saved)))
        self._resume_visit = v.id
        self.resume.show()
        self.monday = week_start(v.start_at.astimezone().date())
        return True

    def _resume(self) -> None:
        self.resume.hide()
        if self._resume_visit is not None:
            self.fill_guide(self._resume_visit)

    def _dismiss_resume(self) -> None:
        self.resume.hide()
        self._drafts.discard(OPEN_MARKER)
