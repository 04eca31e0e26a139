"""Virksomheder: the company list (id snapshot + paged rows), a debounced search, and the company form."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jobcrm.errors import JobCRMError
from jobcrm.services.companies import SortSpec
from jobcrm.ui.itemmodels.company_table import PAGE_SIZE, CompanyTableModel
from jobcrm.ui.pages.company_filters import CompanyFilterBar


class CompaniesPage(QWidget):
    _export_progress = Signal(int)  # emitted on the worker thread
    exported = Signal(str)  # the path written
    open_company = Signal(object)  # company id
    new_company = Signal()
    demo_requested = Signal()
    import_requested = Signal()

    def __init__(self, services, tasks, today, lang: str = "da", parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._tasks = tasks
        self._generation = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        head = QHBoxLayout()
        title = QLabel(self.tr("Companies"))
        title.setObjectName("pageTitle")
        head.addWidget(title)
        head.addStretch(1)
        self.count_label = QLabel()
        self.count_label.setObjectName("muted")
        head.addWidget(self.count_label)
        layout.addLayout(head)

        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name, CVR, phone, city, contact person or notes…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(440)
        bar.addWidget(self.search)
        bar.addStretch(1)
        self.export_status = QLabel()
        self.export_status.setObjectName("muted")
        bar.addWidget(self.export_status)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Save the list as it is filtered and sorted, for Excel (XLSX or CSV)"))
        self.export_button.clicked.connect(self.export_list)
        bar.addWidget(self.export_button)
        self.new_button = QPushButton(self.tr("New company"))
        self.new_button.setObjectName("primary")
        self.new_button.clicked.connect(self.new_company)
        bar.addWidget(self.new_button)
        layout.addLayout(bar)
        self.filters = CompanyFilterBar(lang)
        self.filters.changed.connect(self.reload)
        layout.addWidget(self.filters)
        self._choices_stale = True

        self.model = CompanyTableModel(services.companies, today, lang, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(False)  # sorting happens in SQL; the header only shows the indicator
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.sectionClicked.connect(self._on_header_clicked)
        header.setStretchLastSection(False)
        for col, width in enumerate((260, 72, 125, 170, 82, 160, 112, 102, 48)):
            self.table.setColumnWidth(col, width)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._open_index)
        self.table.activated.connect(self._open_index)

        self.empty = QWidget()
        el = QVBoxLayout(self.empty)
        el.addStretch(1)
        empty_text = QLabel(self.tr("No companies yet. Create the first one, load demo data, or import a CSV file."))
        empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty_text.setWordWrap(True)
        el.addWidget(empty_text)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        demo = QPushButton(self.tr("Load demo data"))
        demo.clicked.connect(self.demo_requested)
        imp = QPushButton(self.tr("Import companies…"))
        imp.clicked.connect(self.import_requested)
        buttons.addWidget(demo)
        buttons.addWidget(imp)
        buttons.addStretch(1)
        el.addLayout(buttons)
        el.addStretch(2)
        self.no_match = QLabel(self.tr("No company matches the search."))
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_match.setWordWrap(True)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.no_match)
        layout.addWidget(self.stack, 1)

        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.reload)
        self.search.textChanged.connect(self._debounce.start)

    # --- loading -------------------------------------------------------------------------------
    def reload(self) -> None:
        """Rerun the id query in the background; a newer reload wins over an older one.

        While typing, a first answer (the first page and the number of matches) is shown from a quick
        query, and the whole id snapshot follows from a second one (CompanyService.first_keys)."""
        self._generation += 1
        generation = self._generation
        flt = self.filters.make_filter(self.search.text())
        sort = self.model.sort_spec
        svc = self._services.companies
        if self._choices_stale:
            self._load_choices()
        first_shown = []

        def first():
            quick = svc.first_keys(flt, sort, PAGE_SIZE)
            return None if quick is None else (*quick, svc.count())

        def first_done(result) -> None:
            if generation != self._generation or result is None:
                return
            keys, matches, total = result
            first_shown.append(True)
            self._show(flt, sort, keys, matches, total, complete=False)

        def work():
            return svc.search_keys(flt, sort), svc.count()

        def done(result) -> None:
            if generation != self._generation:
                return
            keys, total = result
            self._show(flt, sort, keys, len(keys), total, complete=bool(first_shown))

        if flt.text.strip():
            self._tasks.run(first, first_done)
        self._tasks.run(work, done)

    def _show(self, flt, sort, keys: list[str], matches: int, total: int, complete: bool) -> None:
        self.model.filter, self.model.sort_spec = flt, sort
        if complete:
            self.model.extend_ids(keys)
        else:
            self.model.set_ids(keys)
        if total == 0:
            self.stack.setCurrentWidget(self.empty)
        elif not keys:
            typed = flt.text.strip()
            self.no_match.setText(self.tr(
                "No company name starts with \u201c%1\u201d. Type two or more characters to search everything: "
                "CVR, phone, city, contact persons and notes.").replace("%1", typed) if len(typed) == 1
                else self.tr("No company matches the search."))
            self.stack.setCurrentWidget(self.no_match)
        else:
            self.stack.setCurrentWidget(self.table)
        if flt.text.strip() or self.filters.is_active():
            self.count_label.setText(self.tr("%1 of %2 companies").replace("%1", _n(matches))
                                     .replace("%2", _n(total)))
        else:
            self.count_label.setText(self.tr("%1 companies").replace("%1", _n(total)))

    def _load_choices(self) -> None:
        self._choices_stale = False
        services = self._services

        def work():
            choices = services.companies.filter_choices()
            return services.consultants.list(), choices.industries, choices.municipalities

        self._tasks.run(work, lambda result: self.filters.set_choices(*result))

    def on_changed(self, change) -> None:
        if change.entity in ("company", "all") and change.kind in ("create", "delete", "reset"):
            self._choices_stale = True
            self.reload()
        elif change.touches("company") and self.filters.is_active():
            self._choices_stale = True
            self.reload()  # an edit or a logged contact may move the company in or out of the filter
        elif change.touches("company") or change.touches("promise") or change.touches("contact"):
            ids = [*change.ids]
            for part in change.related:
                ids.extend(part.ids)
            self.model.invalidate(tuple(ids))

    # --- export --------------------------------------------------------------------------------
    def export_list(self) -> None:
        """Eksportér …: the list with its current search, filters and order, as XLSX or CSV."""
        xlsx = self.tr("Excel workbook (*.xlsx)")
        csv = self.tr("CSV for Excel (*.csv)")
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Export the company list"),
                                                   str(Path.home() / "virksomheder.xlsx"), f"{xlsx};;{csv}")
        if not path:
            return
        if Path(path).suffix.lower() not in (".xlsx", ".csv"):
            path += ".csv" if chosen == csv else ".xlsx"
        self.export_to(path)

    def export_to(self, path: str | Path) -> None:
        path = Path(path)
        flt, sort, total = self.model.filter, self.model.sort_spec, self.model.rowCount()
        exporting = self._services.exporting
        self._export_cancel = False
        progress = QProgressDialog(self.tr("Saving %1 companies in %2…").replace("%1", _n(total))
                                   .replace("%2", path.name), self.tr("Cancel"), 0, max(total, 1), self)
        progress.setWindowTitle(self.tr("Export"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)  # small lists are done before it would show
        progress.canceled.connect(lambda: setattr(self, "_export_cancel", True))
        self._export_progress.connect(progress.setValue)
        self.export_button.setEnabled(False)
        self.export_status.setStyleSheet("")
        self.export_status.setText(self.tr("Exporting…"))

        def work():
            return exporting.companies_file(path, flt, sort, progress=lambda done, _total: self._export_progress
                                            .emit(done), cancelled=lambda: self._export_cancel)

        def finish() -> None:
            self._export_progress.disconnect(progress.setValue)
            progress.reset()
            progress.deleteLater()
            self.export_button.setEnabled(True)

        def done(n: int) -> None:
            finish()
            self.export_status.setText(self.tr("Saved %1 companies in %2").replace("%1", _n(n))
                                       .replace("%2", path.name))
            self.export_status.setToolTip(str(path))
            self.exported.emit(str(path))

        def failed(exc: BaseException) -> None:
            finish()
            if not isinstance(exc, JobCRMError):
                raise exc
            self.export_status.setStyleSheet("color: #b3261e;")
            self.export_status.setText(str(exc))

        self._tasks.run(work, done, failed)

    def _on_header_clicked(self, column: int) -> None:
        key = self.model.sort_key_for_column(column)
        header = self.table.horizontalHeader()
        current = self.model.sort_spec
        if key is None:  # not sortable: keep the indicator where it was
            header.setSortIndicator(self.model.column_for_sort_key(current.key),
                                    Qt.SortOrder.DescendingOrder if current.descending else Qt.SortOrder.AscendingOrder)
            return
        descending = (not current.descending) if key == current.key else False
        self.model.sort_spec = SortSpec(key, descending)
        header.setSortIndicator(column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
        self.reload()

    def _open_index(self, index) -> None:
        cid = self.model.id_at(index.row())
        if cid is not None:
            self.open_company.emit(cid)


def _n(number: int) -> str:
    return f"{number:,}".replace(",", ".")
