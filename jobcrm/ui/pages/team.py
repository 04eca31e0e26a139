"""Team: the team lead's backlog. Per consultant open / overdue / kept on time, sortable; the overdue
trend of the last 12 weeks; a consultant's open promises below, where several can be handed over."""

from __future__ import annotations

import datetime as dt
import html
import uuid
from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jobcrm.services.sync_api import NOT_CONFIGURED, SyncStatus
from jobcrm.ui import file_output, fmt
from jobcrm.ui.dialogs.promise_dialogs import ReassignDialog
from jobcrm.ui.itemmodels.backlog_table import SORT_ROLE, BacklogTableModel, ItemsTableModel
from jobcrm.ui.sync_ui import is_stale, last_sync_text
from jobcrm.ui.widgets.overdue_chart import OverdueChart


def _table(selection: QAbstractItemView.SelectionMode) -> QTableView:
    t = QTableView()
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(selection)
    t.setAlternatingRowColors(True)
    t.setWordWrap(False)
    t.verticalHeader().hide()
    t.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    t.verticalHeader().setDefaultSectionSize(26)
    return t


def _sync_state(svc):
    """The team server's status and, with a server, each consultant's last sync (NullSyncService: no SQL)."""
    if svc.sync.server_url() is None:  # a laptop on its own: one settings read at most
        return SyncStatus(NOT_CONFIGURED, None, None, 0, 0), []
    status = svc.sync.status()
    return status, (svc.sync.last_syncs() if status.state != NOT_CONFIGURED else [])


class TeamPage(QWidget):
    open_company = Signal(object)

    def __init__(self, services, tasks, parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._tasks = tasks
        self._generation = 0
        self.team_id: uuid.UUID | None = None
        self.consultant_id: uuid.UUID | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        head = QHBoxLayout()
        title = QLabel(self.tr("Team backlog"))
        title.setObjectName("pageTitle")
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(QLabel(self.tr("Team")))
        self.team_combo = QComboBox()
        self.team_combo.setMinimumWidth(220)
        self.team_combo.activated.connect(self._on_team_chosen)
        head.addWidget(self.team_combo)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setToolTip(self.tr("The backlog as a PDF for the team meeting: the table, the chart and "
                                             "each consultant's overdue promises"))
        self.print_button.clicked.connect(self.act_print)
        head.addWidget(self.print_button)
        layout.addLayout(head)
        self.open_file = file_output.open_with_system  # replaced in tests
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        self.sync_line = QLabel()  # issue 10: "Teamets opfølgninger pr. seneste synkronisering …"
        self.sync_line.setObjectName("muted")
        self.sync_line.setVisible(False)
        summary_row = QHBoxLayout()
        summary_row.addWidget(self.summary)
        summary_row.addWidget(self.sync_line)
        summary_row.addStretch(1)
        layout.addLayout(summary_row)
        self.laptops_line = QLabel()  # "Sidst synkroniseret: ⚠ PEH 4 dage siden · MAJ i dag 10:42"
        self.laptops_line.setWordWrap(True)
        self.laptops_line.setTextFormat(Qt.TextFormat.RichText)
        self.laptops_line.setToolTip(self.tr("⚠ = not synchronised for more than two days: the latest follow-ups "
                                             "from that laptop may be missing from the team's figures."))
        self.laptops_line.setVisible(False)
        layout.addWidget(self.laptops_line)
        self.laptops: list[tuple[str, str, bool]] = []  # (initials, last sync, stale)

        self.chart = OverdueChart()
        layout.addWidget(self.chart)

        self.model = BacklogTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = _table(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # most overdue first
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, self.model.columnCount()):  # a few dozen rows: fitting the headers is cheap
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._on_consultant)

        lower = QWidget()
        ll = QVBoxLayout(lower)
        ll.setContentsMargins(0, 8, 0, 0)
        bar = QHBoxLayout()
        self.items_title = QLabel(self.tr("Choose a consultant to see the open promises."))
        self.items_title.setStyleSheet("font-weight: bold; color: #1f3a5f;")
        bar.addWidget(self.items_title)
        bar.addStretch(1)
        self.reassign_action = QAction(self.tr("Hand over selected…"), self)
        self.reassign_action.setShortcut(QKeySequence("O"))
        self.reassign_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.reassign_action.triggered.connect(self.act_reassign)
        self.addAction(self.reassign_action)
        self.reassign_button = QPushButton(self.tr("Hand over selected…") + "  [O]")
        self.reassign_button.clicked.connect(self.act_reassign)
        self.reassign_button.setEnabled(False)
        bar.addWidget(self.reassign_button)
        ll.addLayout(bar)
        self.items = ItemsTableModel(self)
        self.items_view = _table(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.items_view.setModel(self.items)
        ih = self.items_view.horizontalHeader()
        for col, width in enumerate((240, 380, 100, 110, 100)):
            self.items_view.setColumnWidth(col, width)
        ih.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.items_view.activated.connect(self._open_item)
        self.items_view.selectionModel().selectionChanged.connect(
            lambda *_: self.reassign_button.setEnabled(bool(self.selected_ids())))
        ll.addWidget(self.items_view)

        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.addWidget(self.table)
        self.split.addWidget(lower)
        self.split.setSizes([260, 300])
        self._fitted = False  # the table is fitted to its rows once; after that the user's sizes stay
        layout.addWidget(self.split, 1)

    # --- loading -------------------------------------------------------------------------------
    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        svc = self._services
        wanted = self.team_id

        def work():
            teams = svc.consultants.teams()
            sync = _sync_state(svc)
            if not teams:
                return teams, None, [], [], sync
            team = svc.backlog.team(wanted) if wanted else svc.backlog.team()
            return teams, team, svc.backlog.table(team.id), svc.backlog.overdue_by_week(team.id), sync

        def done(result) -> None:
            if generation != self._generation:
                return
            teams, team, rows, weeks, sync = result
            self.team_combo.clear()
            for t in teams:
                self.team_combo.addItem(t.name, str(t.id))
            if team is None:
                self.summary.setText(self.tr("No teams yet."))
                return
            self.team_id = team.id
            self.team_combo.setCurrentIndex(self.team_combo.findData(str(team.id)))
            self.model.set_rows(rows)
            self._show_sync(sync, rows)
            self._fit_table()
            self.chart.set_weeks(weeks)
            overdue = sum(r.overdue for r in rows)
            self.summary.setText(self.tr("%1 consultants · %2 open promises · %3 overdue")
                                 .replace("%1", str(len(rows))).replace("%2", str(sum(r.open for r in rows)))
                                 .replace("%3", str(overdue)))
            self._select_consultant(self.consultant_id)

        self._tasks.run(work, done)

    def _show_sync(self, sync, rows) -> None:
        """With a team server: as of when the figures are, and each laptop's last sync with the stale ones
        (more than two days) marked, so the team lead knows whose follow-ups may be missing."""
        status, syncs = sync
        configured = status.state != NOT_CONFIGURED
        self.sync_line.setVisible(configured)
        self.laptops_line.setVisible(configured and bool(rows))
        if not configured:
            self.laptops = []
            return
        if status.last_sync_at is not None:
            self.sync_line.setText("· " + self.tr("The team's follow-ups as of the last synchronisation %1")
                                   .replace("%1", fmt.datetime(status.last_sync_at)))
            self.sync_line.setStyleSheet("")
        else:
            self.sync_line.setText("· " + self.tr("This computer has not synchronised with the team server yet: "
                                                  "only its own follow-ups are shown."))
            self.sync_line.setStyleSheet("color: #b3261e;")
        now = self._services.ctx.clock.utcnow()
        synced = {s.consultant_id: s.last_sync_at for s in syncs}
        oldest = dt.datetime.min.replace(tzinfo=dt.UTC)
        team = sorted(rows, key=lambda r: (synced.get(r.consultant_id) or oldest, r.initials))  # stale first
        self.laptops = [(r.initials, last_sync_text(synced.get(r.consultant_id), now),
                         is_stale(synced.get(r.consultant_id), now)) for r in team]
        parts = [f'<span style="color:#b3261e; font-weight:bold">⚠ {html.escape(i)} {html.escape(t)}</span>' if stale
                 else f"{html.escape(i)} {html.escape(t)}" for i, t, stale in self.laptops]
        self.laptops_line.setText(html.escape(self.tr("Last synchronised:")) + " " + " &nbsp;·&nbsp; ".join(parts))

    def _fit_table(self) -> None:
        """A team of four should not leave half the table empty while the drill-down below scrolls: give the
        table the height of its rows (up to the 260 px it starts with), the rest to the drill-down."""
        if self._fitted or self.model.rowCount() == 0:
            return
        self._fitted = True
        frame = 2 * self.table.frameWidth()
        wanted = self.table.horizontalHeader().sizeHint().height() + self.model.rowCount() * 26 + frame + 2
        sizes = self.split.sizes()
        total = sum(sizes) if sum(sizes) > 0 else 560
        table = min(wanted, 260)
        self.split.setSizes([table, max(total - table, 200)])

    def on_changed(self, change) -> None:
        if change.touches("promise") or change.touches("consultant"):  # a sync's pull sends "all"
            self.reload()

    def _on_team_chosen(self, _index: int) -> None:
        data = self.team_combo.currentData()
        if data:
            self.team_id = uuid.UUID(data)
            self.consultant_id = None
            self.reload()

    def _select_consultant(self, consultant_id) -> None:
        for r in range(self.proxy.rowCount()):
            index = self.proxy.index(r, 0)
            if consultant_id is None or index.data(Qt.ItemDataRole.UserRole) == consultant_id:
                if self.table.currentIndex() == index:  # no currentRowChanged: load the items here
                    self._load_items(index.data(Qt.ItemDataRole.UserRole))
                else:  # _on_consultant loads them (once)
                    self.table.setCurrentIndex(index)
                return

    def _on_consultant(self, current, _previous) -> None:
        if current.isValid():
            self._load_items(current.data(Qt.ItemDataRole.UserRole))

    def _load_items(self, consultant_id) -> None:
        self.consultant_id = consultant_id
        svc = self._services
        row = next((self.model.row_at(r) for r in range(self.model.rowCount())
                    if self.model.row_at(r).consultant_id == consultant_id), None)

        def done(items) -> None:
            self.items.set_rows(items, svc.ctx.clock.today())
            if row is not None:
                self.items_title.setText(self.tr("Open promises for %1 (%2)").replace("%1", f"{row.initials} – {row.name}")
                                         .replace("%2", str(len(items))))
            self.reassign_button.setEnabled(bool(self.selected_ids()))

        self._tasks.run(lambda: svc.backlog.items(consultant_id), done)

    # --- hand-over -----------------------------------------------------------------------------
    def selected_ids(self) -> list[uuid.UUID]:
        rows = sorted({i.row() for i in self.items_view.selectionModel().selectedRows()})
        return [p.id for p in (self.items.promise_at(r) for r in rows) if p is not None]

    def act_reassign(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        dialog = ReassignDialog(len(ids), self._services.consultants.list(), self.consultant_id, self)
        if dialog.exec() and dialog.result_value:
            to, note = dialog.result_value
            self.reassign(ids, uuid.UUID(to), note)

    def reassign(self, ids, to_id, note: str | None = None) -> None:
        svc = self._services.promises
        self._tasks.run(lambda: svc.reassign(ids, to_id, note))

    # --- printing ------------------------------------------------------------------------------
    def act_print(self) -> None:
        if self.team_id is None:
            return
        today = self._services.ctx.clock.today()
        name = self.tr("Follow-ups %1 %2").replace("%1", self.team_combo.currentText()) \
            .replace("%2", today.isoformat()) + ".pdf"
        chosen = file_output.ask_save_path(self, self.tr("Print the backlog"), name, [self.tr("PDF files (*.pdf)")],
                                           ".pdf")
        if chosen is not None:
            self.print_to(chosen[0])

    def print_to(self, path: Path) -> None:
        """Build the PDF on the database worker, write it without leaving half a file, then open it."""
        svc, team_id = self._services.backlog, self.team_id

        def work():
            from jobcrm.pdf import backlog as pdf
            from jobcrm.pdf.base import write_atomically

            write_atomically(path, pdf.build(svc.report(team_id)))
            return path

        def done(written: Path) -> None:
            window = self.window()
            if hasattr(window, "statusBar"):
                window.statusBar().showMessage(self.tr("Saved in %1").replace("%1", str(written)), 8000)
            if not self.open_file(written):
                QMessageBox.information(self, self.tr("Print the backlog"),
                                        self.tr("The backlog is saved in\n%1\n\nOpen it from there to print it.")
                                        .replace("%1", str(written)))

        def failed(exc: BaseException) -> None:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            QMessageBox.warning(self, self.tr("Print the backlog"),
                                self.tr("The PDF could not be saved in %1:\n%2").replace("%1", str(path))
                                .replace("%2", reason))

        self._tasks.run(work, done, failed)

    def _open_item(self, index) -> None:
        p = self.items.promise_at(index.row())
        if p is not None and p.company_id is not None:
            self.open_company.emit(p.company_id)
