"""Kampagner: the campaigns on the left; for the chosen one, its call list (paged from SQL, companies left out shown
with the reason), its results live (key figures, the call list as a funnel, agreements by type as in seed 000
Table 3.1, per consultant), and the visits it booked (register the agreements a held visit gave). New and edit
open the campaign editor; "Ring op" opens the call screen; the results export to Excel and print as PDF."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jobcrm.domain.vocab import TARGET_EXCLUSION
from jobcrm.errors import JobCRMError
from jobcrm.services.campaign_dto import CampaignResults
from jobcrm.services.changes import ChangeSet
from jobcrm.ui import file_output, fmt
from jobcrm.ui.dialogs.call_dialog import CallDialog
from jobcrm.ui.dialogs.campaign_agreements import AgreementsDialog
from jobcrm.ui.dialogs.campaign_editor import CampaignEditor
from jobcrm.ui.itemmodels.campaign_tables import (
    AgreementKindsModel,
    BookedVisitsModel,
    CampaignListModel,
    ResultLinesModel,
    TargetTableModel,
    pct,
)
from jobcrm.ui.widgets.bar_chart import FunnelChart


def _table(rows_fit: bool = False) -> QTableView:
    t = QTableView()
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setAlternatingRowColors(True)
    t.setWordWrap(False)
    t.verticalHeader().hide()
    t.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    t.verticalHeader().setDefaultSectionSize(26)
    if rows_fit:
        t.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return t


def _fit_height(t: QTableView, rows: int) -> None:
    head = max(t.horizontalHeader().sizeHint().height(), t.horizontalHeader().minimumHeight())
    t.setFixedHeight(head + rows * 26 + 2 * t.frameWidth() + 2)


class Card(QFrame):
    """A key figure: a big number and what it is."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("card")
        self.setStyleSheet("QFrame#card { background: #f6f8fb; border: 1px solid #d5dde8; border-radius: 6px; }")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 8, 10, 8)
        self.big = QLabel("–")
        self.big.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.big.setStyleSheet("font-size: 24px; font-weight: bold; color: #1d4e89; border: none;")
        self.small = QLabel()
        self.small.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.small.setWordWrap(True)
        self.small.setStyleSheet("color: #5f6b7a; border: none;")
        lay.addWidget(self.big)
        lay.addWidget(self.small)

    def set(self, big: str, small: str) -> None:
        self.big.setText(big)
        self.small.setText(small)


class CampaignsPage(QWidget):
    open_company = Signal(object)
    changed = Signal(object)  # ChangeSet

    FILTERS = ("at_ringe", "alle", "ikke_ringet", "ring_igen", "booket", "takket_nej", "andre", "udeladt")

    def __init__(self, services, tasks, drafts, lang: str = "da", parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._tasks = tasks
        self._drafts = drafts
        self._lang = lang
        self.campaign = None
        self.results: CampaignResults | None = None
        self._generation = 0
        self.open_file = file_output.open_with_system  # replaced in tests

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        head = QHBoxLayout()
        title = QLabel(self.tr("Campaigns"))
        title.setObjectName("pageTitle")
        head.addWidget(title)
        head.addStretch(1)
        self.new_button = QPushButton(self.tr("New campaign…"))
        self.new_button.clicked.connect(self.new_campaign)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_campaign)
        self.build_button = QPushButton(self.tr("Update the call list"))
        self.build_button.setToolTip(self.tr("Add the companies that match the filter now and are not on the list"))
        self.build_button.clicked.connect(self.build_list)
        self.export_button = QPushButton(self.tr("Export (.xlsx)…"))
        self.export_button.clicked.connect(self.act_export)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.act_print)
        self.call_button = QPushButton(self.tr("Call  [Ctrl+R]"))
        self.call_button.setObjectName("primary")
        self.call_button.setToolTip(self.tr("Open the call screen on the selected company, or the next one to call"))
        self.call_button.clicked.connect(lambda: self.start_calling())
        for b in (self.new_button, self.edit_button, self.build_button, self.export_button, self.print_button,
                  self.call_button):
            head.addWidget(b)
        layout.addLayout(head)
        call_action = QAction(self.tr("Call"), self)
        call_action.setShortcut(QKeySequence("Ctrl+R"))
        call_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        call_action.triggered.connect(lambda: self.start_calling())
        self.addAction(call_action)

        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.list_model = CampaignListModel(services.ctx.clock.today, self)
        self.list_view = _table()
        self.list_view.setModel(self.list_model)
        lh = self.list_view.horizontalHeader()
        lh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2):
            self.list_view.setColumnWidth(col, 58)
        self.list_view.selectionModel().currentRowChanged.connect(self._on_campaign)
        self.list_view.setMinimumWidth(280)
        self.split.addWidget(self.list_view)

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(12, 0, 0, 0)
        self.header = QLabel()
        self.header.setStyleSheet("font-size: 16px; font-weight: bold; color: #1f3a5f;")
        self.header.setWordWrap(True)
        rl.addWidget(self.header)
        self.subheader = QLabel()
        self.subheader.setObjectName("muted")
        self.subheader.setWordWrap(True)
        rl.addWidget(self.subheader)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._results_tab(), self.tr("Results"))
        self.tabs.addTab(self._call_list_tab(), self.tr("Call list"))
        self.tabs.addTab(self._visits_tab(), self.tr("Visits"))
        self.tabs.currentChanged.connect(lambda _i: self._load_tab())
        rl.addWidget(self.tabs, 1)
        self.split.addWidget(right)
        self.split.setSizes([300, 1080])
        layout.addWidget(self.split, 1)
        self.empty = QLabel(self.tr("No campaigns yet. Create one with \"New campaign…\": name, period, message, "
                                    "the visit guide and the companies to call."))
        self.empty.setObjectName("comingBox")
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.empty.hide()
        self._enable(False)

    # --- tabs ----------------------------------------------------------------------------------
    def _results_tab(self) -> QWidget:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        lay = QVBoxLayout(inner)
        lay.setContentsMargins(0, 8, 8, 8)
        # Never squeeze the content below what it needs (wrapped labels, charts, fixed-height tables): scroll.
        lay.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.as_of = QLabel()
        self.as_of.setObjectName("muted")
        lay.addWidget(self.as_of)
        cards = QGridLayout()
        self.cards = [Card() for _ in range(6)]
        for i, c in enumerate(self.cards):
            cards.addWidget(c, 0, i)
        lay.addLayout(cards)
        mid = QHBoxLayout()
        left = QVBoxLayout()
        self.funnel = FunnelChart(self.tr("The call list"))
        left.addWidget(self.funnel)
        self.visits_line = QLabel()
        self.visits_line.setWordWrap(True)
        left.addWidget(self.visits_line)
        self.excluded_line = QLabel()
        self.excluded_line.setWordWrap(True)
        self.excluded_line.setObjectName("muted")
        left.addWidget(self.excluded_line)
        left.addStretch(1)
        mid.addLayout(left, 5)
        right = QVBoxLayout()
        right.addWidget(self._heading(self.tr("Agreements by type")))
        self.kinds_model = AgreementKindsModel(self._lang, self)
        self.kinds_view = _table(rows_fit=True)
        self.kinds_view.setModel(self.kinds_model)
        self.kinds_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.kinds_view.setColumnWidth(1, 64)
        self.kinds_view.setColumnWidth(2, 110)
        self.kinds_view.horizontalHeader().setMinimumHeight(40)
        right.addWidget(self.kinds_view)
        self.kinds_note = QLabel()
        self.kinds_note.setObjectName("muted")
        self.kinds_note.setWordWrap(True)
        right.addWidget(self.kinds_note)
        mid.addLayout(right, 4)
        lay.addLayout(mid)
        lay.addWidget(self._heading(self.tr("Calls per consultant (whoever made the latest call)")))
        self.calls_model = ResultLinesModel("calls", self)
        self.calls_view = _table(rows_fit=True)
        self.calls_view.setModel(self.calls_model)
        lay.addWidget(self.calls_view)
        lay.addWidget(self._heading(self.tr("Visits, agreements and follow-ups per consultant (whose calendar)")))
        self.visits_model = ResultLinesModel("visits", self)
        self.visits_view = _table(rows_fit=True)
        self.visits_view.setModel(self.visits_model)
        lay.addWidget(self.visits_view)
        for view in (self.calls_view, self.visits_view):
            header = view.horizontalHeader()
            header.setMinimumHeight(40)
            view.setColumnWidth(0, 170)
            for col in range(1, view.model().columnCount()):
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        self.promises_line = QLabel()
        self.promises_line.setWordWrap(True)
        lay.addWidget(self.promises_line)
        lay.addStretch(1)
        scroll.setWidget(inner)
        return scroll

    def _call_list_tab(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        lay.setContentsMargins(0, 8, 0, 0)
        bar = QHBoxLayout()
        self.which = QComboBox()
        labels = {"at_ringe": self.tr("To call now"), "alle": self.tr("Everyone on the list"),
                  "ikke_ringet": self.tr("Not called yet"), "ring_igen": self.tr("Call again"),
                  "booket": self.tr("Booked"), "takket_nej": self.tr("Declined"),
                  "andre": self.tr("Wrong number / already in contact"), "udeladt": self.tr("Left out (and why)")}
        for key in self.FILTERS:
            self.which.addItem(labels[key], key)
        self.which.currentIndexChanged.connect(lambda _i: self._load_targets())
        bar.addWidget(self.which)
        self.count_label = QLabel()
        self.count_label.setObjectName("muted")
        bar.addWidget(self.count_label, 1)
        self.include_button = QPushButton(self.tr("Include anyway"))
        self.include_button.setToolTip(self.tr("Put a company that was left out on the list (the reason stays "
                                               "visible)"))
        self.include_button.clicked.connect(self.include_selected)
        bar.addWidget(self.include_button)
        self.remove_button = QPushButton(self.tr("Take off the list"))
        self.remove_button.clicked.connect(self.remove_selected)
        bar.addWidget(self.remove_button)
        lay.addLayout(bar)
        svc = self._services.campaigns
        self.targets = TargetTableModel(svc.target_rows, self._lang, self)
        self.targets_view = _table()
        self.targets_view.setModel(self.targets)
        for col, width in enumerate((200, 92, 125, 58, 130, 170, 140, 50, 360)):
            self.targets_view.setColumnWidth(col, width)
        self.targets_view.horizontalHeader().setStretchLastSection(True)
        self.targets_view.activated.connect(lambda index: self.start_calling(self.targets.id_at(index.row())))
        lay.addWidget(self.targets_view, 1)
        hint = QLabel(self.tr("Enter on a company opens the call screen. Outcome keys there: Ctrl+1 Booked, Ctrl+2 "
                              "Declined, Ctrl+3 Not reached, Ctrl+4 Wrong number, Ctrl+5 Already in contact; "
                              "Ctrl+Enter saves and goes to the next company."))
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        lay.addWidget(hint)
        return w

    def _visits_tab(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        lay.setContentsMargins(0, 8, 0, 0)
        bar = QHBoxLayout()
        self.visits_count = QLabel()
        self.visits_count.setObjectName("muted")
        bar.addWidget(self.visits_count, 1)
        self.agreements_button = QPushButton(self.tr("Agreements from the visit…"))
        self.agreements_button.clicked.connect(self.register_agreements)
        bar.addWidget(self.agreements_button)
        self.company_button = QPushButton(self.tr("Open company"))
        self.company_button.clicked.connect(self._open_visit_company)
        bar.addWidget(self.company_button)
        lay.addLayout(bar)
        self.booked = BookedVisitsModel(lambda off, lim: self._services.campaign_results.booked_visits(
            self.campaign.id, off, lim) if self.campaign else [], self._lang, self)
        self.booked_view = _table()
        self.booked_view.setModel(self.booked)
        for col, width in enumerate((130, 280, 80, 220)):
            self.booked_view.setColumnWidth(col, width)
        self.booked_view.horizontalHeader().setStretchLastSection(True)
        self.booked_view.activated.connect(lambda _i: self.register_agreements())
        lay.addWidget(self.booked_view, 1)
        return w

    @staticmethod
    def _heading(text: str) -> QLabel:
        label = QLabel(text)
        label.setStyleSheet("font-weight: bold; color: #1f3a5f; padding-top: 8px;")
        return label

    def _enable(self, on: bool) -> None:
        for b in (self.edit_button, self.build_button, self.export_button, self.print_button, self.call_button):
            b.setEnabled(on)

    # --- loading -------------------------------------------------------------------------------
    def reload(self) -> None:
        wanted = self.campaign.id if self.campaign else None
        rows = self._services.campaigns.list()
        self.list_model.set_rows(rows)
        self.empty.setVisible(not rows)
        self.split.setVisible(bool(rows))
        if not rows:
            self.campaign = None
            self._enable(False)
            return
        index = next((i for i, r in enumerate(rows) if r.id == wanted), None)
        if index is None:  # the first running campaign, else the newest
            today = self._services.ctx.clock.today()
            index = next((i for i, r in enumerate(rows) if r.state(today) == "aktiv"), 0)
        if self.list_view.currentIndex().row() == index:
            self._select(rows[index].id)
        else:
            self.list_view.setCurrentIndex(self.list_model.index(index, 0))

    def _on_campaign(self, current, _previous) -> None:
        if current.isValid():
            self._select(self.list_model.row_at(current.row()).id)

    def _select(self, campaign_id: uuid.UUID) -> None:
        self.campaign = self._services.campaigns.get(campaign_id)
        c = self.campaign
        self._enable(True)
        self.header.setText(c.name)
        row = next((r for r in self.list_model._rows if r.id == c.id), None)
        state = [self.list_model.state_text(row)] if row is not None else []
        parts = [*state, c.period, c.criteria.describe(), self.tr("guide: %1").replace("%1", c.template_name or "–")]
        if c.previous_name:
            parts.append(self.tr("earlier round: %1").replace("%1", c.previous_name))
        self.subheader.setText(" · ".join(parts))
        self._load_tab()

    def _load_tab(self) -> None:
        if self.campaign is None:
            return
        tab = self.tabs.currentIndex()
        if tab == 0:
            self._load_results()
        elif tab == 1:
            self._load_targets()
        else:
            self._load_visits()

    def _load_results(self) -> None:
        self._generation += 1
        generation = self._generation
        svc, cid = self._services.campaign_results, self.campaign.id
        self._tasks.run(lambda: svc.results(cid), lambda r: self._show_results(r) if generation == self._generation
                        else None)

    def _show_results(self, r: CampaignResults) -> None:
        self.results = r
        t = r.total
        self.as_of.setText(self.tr("Live figures, %1").replace("%1", fmt.datetime(r.as_of)))
        due = t.promises_kept_on_time + t.promises_done_late + t.promises_overdue
        cards = [
            (str(t.contacted), self.tr("reached")),
            (str(t.booked), self.tr("booked · booking rate %1").replace("%1", pct(t.booking_rate))),
            (str(t.declined), self.tr("declined")),
            (str(t.visits_held), self.tr("visits held of %1 booked").replace("%1", str(t.visits_booked))),
            (pct(t.agreement_pct()), self.tr("agreements per held visit (%1)").replace("%1", str(t.agreements_total))),
            (pct(t.kept_on_time_pct), self.tr("follow-ups kept on time (%1 of %2)")
             .replace("%1", str(t.promises_kept_on_time)).replace("%2", str(due))),
        ]
        for card, (big, small) in zip(self.cards, cards, strict=True):
            card.set(big, small)
        self.funnel.set_data([self.tr("On the list"), self.tr("Called"), self.tr("Reached"), self.tr("Booked"),
                              self.tr("Visits held")],
                             [r.on_list, r.on_list - r.not_called, t.contacted, t.booked, t.visits_held])
        self.visits_line.setText(self.tr("Visits as they stand: %1 held, %2 cancelled, %3 no-show, %4 planned; %5 "
                                         "moved.").replace("%1", str(t.visits_held))
                                 .replace("%2", str(t.visits_cancelled)).replace("%3", str(t.visits_no_show))
                                 .replace("%4", str(t.visits_planned)).replace("%5", str(t.visits_moved))
                                 + ((" " + self.tr("%1 booked more than %2 weeks ahead, %3 of them cancelled by the "
                                                  "company.").replace("%1", str(r.booked_beyond_lead))
                                     .replace("%2", str(r.lead_time_weeks)).replace("%3", str(r.cancelled_beyond_lead)))
                                    if r.booked_beyond_lead else ""))
        excluded = ", ".join(f"{TARGET_EXCLUSION.label(k, self._lang)} {n}" for k, n in sorted(r.excluded.items()))
        self.excluded_line.setText(self.tr("Left out of the call list: %1.").replace("%1", excluded) if excluded else "")
        self.kinds_model.set_total(t)
        _fit_height(self.kinds_view, self.kinds_model.rowCount())
        self.kinds_note.setText(self.tr("Places the companies want filled, registered from %1 held visits; %2 "
                                        "visits gave at least one agreement.").replace("%1", str(t.visits_held))
                                .replace("%2", str(t.visits_with_agreement)))
        callers = [x for x in r.lines if x.calls] + [t]
        visitors = [x for x in r.lines if x.visits_booked or x.agreements_total or x.promises_made] + [t]
        self.calls_model.set_rows(callers)
        self.visits_model.set_rows(visitors)
        _fit_height(self.calls_view, len(callers))
        _fit_height(self.visits_view, len(visitors))
        self.promises_line.setText(self.tr("Follow-ups promised at the visits: %1 kept on time, %2 done late, %3 "
                                           "overdue and still open, %4 not due yet.")
                                   .replace("%1", str(t.promises_kept_on_time)).replace("%2", str(t.promises_done_late))
                                   .replace("%3", str(t.promises_overdue)).replace("%4", str(t.promises_open)))

    def _load_targets(self) -> None:
        if self.campaign is None:
            return
        which = self.which.currentData()
        svc, cid = self._services.campaigns, self.campaign.id

        def done(ids) -> None:
            self.targets.set_ids(ids)
            self.count_label.setText(self.tr("%1 companies").replace("%1", str(len(ids))))
            left_out = which == "udeladt"
            self.include_button.setVisible(left_out)
            self.remove_button.setVisible(not left_out)

        self._tasks.run(lambda: svc.target_ids(cid, which), done)

    def _load_visits(self) -> None:
        if self.campaign is None:
            return
        self.booked.reload()
        n = self._services.campaign_results.count_booked_visits(self.campaign.id)
        self.visits_count.setText(self.tr("%1 visits booked from the campaign, as they stand now (after moves). "
                                          "Register the agreements of a held visit with Enter.")
                                  .replace("%1", str(n)))

    def on_changed(self, change: ChangeSet) -> None:
        if change.touches("campaign") or change.touches("visit") or change.touches("promise") \
                or change.entity == "all":
            if change.entity == "all":
                self.campaign = None
            self.reload()

    # --- actions -------------------------------------------------------------------------------
    def new_campaign(self) -> None:
        dialog = CampaignEditor(self._services, self._tasks, self._drafts, None, self._lang, self)
        if dialog.exec() and dialog.saved is not None:
            self.campaign = dialog.saved
            self._build(dialog.saved.id)

    def edit_campaign(self) -> None:
        if self.campaign is None:
            return
        dialog = CampaignEditor(self._services, self._tasks, self._drafts, self.campaign, self._lang, self)
        if dialog.exec() and dialog.saved is not None:
            self.changed.emit(ChangeSet("campaign", (dialog.saved.id,), "update"))

    def build_list(self) -> None:
        if self.campaign is not None:
            self._build(self.campaign.id)

    def _build(self, campaign_id: uuid.UUID) -> None:
        svc = self._services.campaigns

        def done(b) -> None:
            excluded = ", ".join(f"{TARGET_EXCLUSION.label(k, self._lang)} {n}" for k, n in sorted(b.excluded.items()))
            text = self.tr("%1 companies match the filter; %2 put on the call list.").replace(
                "%1", str(b.matching)).replace("%2", str(b.added))
            if excluded:
                text += " " + self.tr("Left out: %1.").replace("%1", excluded)
            if b.already_on_list:
                text += " " + self.tr("%1 were on the list already.").replace("%1", str(b.already_on_list))
            self._status(text)
            self.changed.emit(ChangeSet("campaign", (campaign_id,), "update"))

        self._tasks.run(lambda: svc.build_list(campaign_id), done, self._failed)

    def _failed(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Campaigns"), str(exc))

    def _status(self, text: str) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(text, 10000)

    def selected_target(self):
        index = self.targets_view.currentIndex()
        return self.targets.target_at(index.row()) if index.isValid() else None

    def start_calling(self, target_id: uuid.UUID | None = None) -> CallDialog | None:
        if self.campaign is None:
            return None
        if target_id is None and self.tabs.currentIndex() == 1:
            t = self.selected_target()
            target_id = t.id if t is not None and not t.is_left_out else None
        dialog = CallDialog(self._services, self._tasks, self.campaign, target_id, self._lang, self)
        dialog.called.connect(self.changed.emit)
        dialog.company_open_requested = self.open_company.emit
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.call_dialog = dialog
        return dialog

    def include_selected(self) -> None:
        t = self.selected_target()
        if t is not None and t.excluded is not None:
            self._services.campaigns.include_anyway(t.id)
            self.changed.emit(ChangeSet("campaign", (t.campaign_id,), "update"))

    def remove_selected(self) -> None:
        t = self.selected_target()
        if t is None:
            return
        try:
            self._services.campaigns.remove_from_list(t.id)
        except JobCRMError as e:
            QMessageBox.information(self, self.tr("Take off the list"), str(e))
            return
        self.changed.emit(ChangeSet("campaign", (t.campaign_id,), "update"))

    def register_agreements(self) -> None:
        index = self.booked_view.currentIndex()
        row = self.booked.row_at(index.row()) if index.isValid() else None
        if row is None or self.campaign is None:
            return
        dialog = AgreementsDialog(self._services, self.campaign.id, row, self._lang, self)
        if dialog.exec() and dialog.saved is not None:
            self.changed.emit(ChangeSet("campaign", (self.campaign.id,), "update"))

    def _open_visit_company(self) -> None:
        index = self.booked_view.currentIndex()
        row = self.booked.row_at(index.row()) if index.isValid() else None
        if row is not None:
            self.open_company.emit(row.company_id)

    # --- export and print ----------------------------------------------------------------------
    def act_export(self) -> None:
        if self.campaign is None:
            return
        name = self.tr("Campaign %1").replace("%1", self.campaign.name) + ".xlsx"
        chosen = file_output.ask_save_path(self, self.tr("Export the results"), name,
                                           [self.tr("Excel workbooks (*.xlsx)")], ".xlsx")
        if chosen is not None:
            self.export_to(chosen[0])

    def export_to(self, path: Path) -> None:
        svc, cid = self._services, self.campaign.id

        def work():
            from jobcrm.pdf.base import write_atomically
            from jobcrm.services.xlsx_export import campaign_workbook

            r = svc.campaign_results.results(cid)
            write_atomically(path, campaign_workbook(r, svc.campaigns, svc.campaign_results))
            return path

        self._tasks.run(work, self._written, self._write_failed(path))

    def act_print(self) -> None:
        if self.campaign is None:
            return
        name = self.tr("Campaign results %1").replace("%1", self.campaign.name) + ".pdf"
        chosen = file_output.ask_save_path(self, self.tr("Print the results"), name, [self.tr("PDF files (*.pdf)")],
                                           ".pdf")
        if chosen is not None:
            self.print_to(chosen[0])

    def print_to(self, path: Path) -> None:
        svc, cid = self._services, self.campaign.id

        def work():
            from jobcrm.pdf import campaign as pdf
            from jobcrm.pdf.base import write_atomically

            write_atomically(path, pdf.build(svc.campaign_results.results(cid)))
            return path

        self._tasks.run(work, self._written, self._write_failed(path))

    def _written(self, written: Path) -> None:
        self._status(self.tr("Saved in %1").replace("%1", str(written)))
        if not self.open_file(written):
            QMessageBox.information(self, self.tr("Campaigns"), self.tr("Saved in\n%1").replace("%1", str(written)))

    def _write_failed(self, path: Path):
        def failed(exc: BaseException) -> None:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            QMessageBox.warning(self, self.tr("Campaigns"), self.tr("The file could not be saved in %1:\n%2")
                                .replace("%1", str(path)).replace("%2", reason))
        return failed
