"""Jobordrer: all the team's orders (id snapshot + paged rows), searched and filtered in SQL — status, age,
tovholder, responsible, "ubesatte" and "uden ansvarlig" — with the weekly meeting's list of unfilled
orders one click away. Opening a row opens the order editor."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jobcrm.services.order_dto import OrderSort
from jobcrm.ui.itemmodels.order_table import OrderTableModel
from jobcrm.ui.pages.order_filters import OrderFilterBar


class OrdersPage(QWidget):
    open_order = Signal(object)  # order id
    new_order = Signal()
    blank_form = Signal()

    def __init__(self, services, tasks, lang: str = "da", parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._tasks = tasks
        self._generation = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        head = QHBoxLayout()
        title = QLabel(self.tr("Job orders"))
        title.setObjectName("pageTitle")
        head.addWidget(title)
        head.addStretch(1)
        self.count_label = QLabel()
        self.count_label.setObjectName("muted")
        head.addWidget(self.count_label)
        layout.addLayout(head)

        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search job title or company…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(320)
        bar.addWidget(self.search)
        self.meeting_button = QPushButton(self.tr("Weekly meeting: unfilled orders"))
        self.meeting_button.setToolTip(self.tr("Open orders where nobody has been hired, oldest first"))
        self.meeting_button.clicked.connect(self.show_weekly_meeting)
        bar.addWidget(self.meeting_button)
        bar.addStretch(1)
        self.blank_button = QPushButton(self.tr("Blank order form…"))
        self.blank_button.setToolTip(self.tr("Print an empty Ordreblanket to take to a visit"))
        self.blank_button.clicked.connect(self.blank_form)
        bar.addWidget(self.blank_button)
        self.new_button = QPushButton(self.tr("New job order…"))
        self.new_button.setObjectName("primary")
        self.new_button.clicked.connect(self.new_order)
        bar.addWidget(self.new_button)
        layout.addLayout(bar)
        self.filters = OrderFilterBar(lang)
        self.filters.changed.connect(self.reload)
        layout.addWidget(self.filters)

        self.model = OrderTableModel(services.orders, services.ctx.clock.today, lang, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        header.sectionClicked.connect(self._on_header_clicked)
        header.setStretchLastSection(False)
        for col, width in enumerate((96, 54, 250, 190, 196, 70, 88, 92, 118)):
            self.table.setColumnWidth(col, width)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._open_index)
        self.table.activated.connect(self._open_index)

        self.empty = QLabel(self.tr("No job orders yet. Take one at a visit, or create it with \"New job order…\"."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.no_match = QLabel(self.tr("No job order matches the filter."))
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.no_match)
        layout.addWidget(self.stack, 1)

        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.reload)
        self.search.textChanged.connect(self._debounce.start)
        self._consultants_loaded = False

    # --- loading -------------------------------------------------------------------------------
    def reload(self) -> None:
        """Rerun the id query in the background; a newer reload wins over an older one."""
        self._generation += 1
        generation = self._generation
        flt = self.filters.make_filter(self.search.text())
        sort = self.model.sort_spec
        svc = self._services.orders
        if not self._consultants_loaded:
            self._consultants_loaded = True
            self._tasks.run(self._services.consultants.list, self.filters.set_consultants)

        def work():
            return svc.search_ids(flt, sort), svc.count()

        def done(result) -> None:
            if generation != self._generation:
                return
            ids, total = result
            self.model.filter = flt
            self.model.set_ids(ids)
            if total == 0:
                self.stack.setCurrentWidget(self.empty)
            elif not ids:
                self.stack.setCurrentWidget(self.no_match)
            else:
                self.stack.setCurrentWidget(self.table)
            self.count_label.setText(self.tr("%1 of %2 job orders").replace("%1", _n(len(ids)))
                                     .replace("%2", _n(total)))

        self._tasks.run(work, done)

    def show_weekly_meeting(self) -> None:
        """Unfilled open orders, oldest first — the list the team goes through every week."""
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.model.sort_spec = OrderSort("received", descending=False)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.filters.weekly_meeting()

    def on_changed(self, change) -> None:
        if change.entity in ("consultant", "all"):
            self._consultants_loaded = False
        if change.entity == "all" or change.touches("job_order"):
            self.reload()
        elif change.touches("company"):
            ids = [*change.ids, *(i for part in change.related for i in part.ids)]
            self.model.invalidate(tuple(ids))

    def _on_header_clicked(self, column: int) -> None:
        key = self.model.sort_key_for_column(column)
        header = self.table.horizontalHeader()
        current = self.model.sort_spec
        if key is None:
            header.setSortIndicator(self.model.column_for_sort_key(current.key),
                                    Qt.SortOrder.DescendingOrder if current.descending else Qt.SortOrder.AscendingOrder)
            return
        descending = (not current.descending) if key == current.key else key == "received"
        self.model.sort_spec = OrderSort(key, descending)
        header.setSortIndicator(column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
        self.reload()

    def _open_index(self, index) -> None:
        oid = self.model.id_at(index.row())
        if oid is not None:
            self.open_order.emit(oid)

    def selected_id(self):
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None


def _n(number: int) -> str:
    return f"{number:,}".replace(",", ".")
