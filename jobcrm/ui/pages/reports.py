"""Rapporter: the activity report for management. A period (this month, last month, this quarter, this year or
any dates) and a team (or every team); the charts first — held visits against the period's target, promises kept
on time — then each table of the report. Export to Excel, print as PDF, and set the monthly targets."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from dateutil.relativedelta import relativedelta
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jobcrm.errors import JobCRMError
from jobcrm.services.reports import ActivityReport
from jobcrm.ui import file_output, fmt
from jobcrm.ui.itemmodels.report_table import ReportTableModel
from jobcrm.ui.widgets.bar_chart import BAR_LIGHT, BarChart


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


def preset_period(key: str, today: dt.date) -> tuple[dt.date, dt.date]:
    first = today.replace(day=1)
    if key == "last_month":
        start = first - relativedelta(months=1)
        return start, first - dt.timedelta(days=1)
    if key == "quarter":
        start = today.replace(month=3 * ((today.month - 1) // 3) + 1, day=1)
        return start, start + relativedelta(months=3) - dt.timedelta(days=1)
    if key == "last_quarter":
        this = today.replace(month=3 * ((today.month - 1) // 3) + 1, day=1)
        start = this - relativedelta(months=3)
        return start, this - dt.timedelta(days=1)
    if key == "year":
        return today.replace(month=1, day=1), today.replace(month=12, day=31)
    return first, first + relativedelta(months=1) - dt.timedelta(days=1)  # this month


class TargetsDialog(QDialog):
    def __init__(self, services, parent=None):
        super().__init__(parent)
        self._services = services
        self.setWindowTitle(self.tr("Period targets"))
        form = QFormLayout(self)
        targets = services.reports.targets()
        self.visits = QDoubleSpinBox()
        self.orders = QDoubleSpinBox()
        for spin, value in ((self.visits, targets["visits"]), (self.orders, targets["orders"])):
            spin.setRange(0, 1000)
            spin.setDecimals(1)
            spin.setLocale(fmt.locale())
            spin.setValue(value)
        form.addRow(QLabel(self.tr("Per consultant per month:")))
        form.addRow(self.tr("Visits held"), self.visits)
        form.addRow(self.tr("Job orders received"), self.orders)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        try:
            self._services.reports.set_targets(self.visits.value(), self.orders.value())
        except JobCRMError as e:
            self.error.setText(str(e))
            return
        self.accept()


class ReportsPage(QWidget):
    PRESETS = ("month", "last_month", "quarter", "last_quarter", "year", "custom")

    def __init__(self, services, tasks, lang: str = "da", parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._tasks = tasks
        self._lang = lang
        self.report: ActivityReport | None = None
        self._generation = 0
        self._loading = False
        self.open_file = file_output.open_with_system  # replaced in tests

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        head = QHBoxLayout()
        title = QLabel(self.tr("Reports"))
        title.setObjectName("pageTitle")
        head.addWidget(title)
        head.addStretch(1)
        self.targets_button = QPushButton(self.tr("Targets…"))
        self.targets_button.clicked.connect(self.edit_targets)
        self.export_button = QPushButton(self.tr("Export (.xlsx)…"))
        self.export_button.clicked.connect(self.act_export)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.act_print)
        for b in (self.targets_button, self.export_button, self.print_button):
            head.addWidget(b)
        layout.addLayout(head)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Period")))
        self.preset = QComboBox()
        names = {"month": self.tr("This month"), "last_month": self.tr("Last month"),
                 "quarter": self.tr("This quarter"), "last_quarter": self.tr("Last quarter"),
                 "year": self.tr("This year"), "custom": self.tr("Other dates")}
        for key in self.PRESETS:
            self.preset.addItem(names[key], key)
        self.preset.currentIndexChanged.connect(self._on_preset)
        bar.addWidget(self.preset)
        self.date_from = self._date_edit()
        self.date_to = self._date_edit()
        bar.addWidget(self.date_from)
        bar.addWidget(QLabel("–"))
        bar.addWidget(self.date_to)
        bar.addSpacing(16)
        bar.addWidget(QLabel(self.tr("Team")))
        self.team = QComboBox()
        self.team.setMinimumWidth(200)
        bar.addWidget(self.team)
        bar.addSpacing(16)
        bar.addWidget(QLabel(self.tr("No contact in")))
        self.months = QSpinBox()
        self.months.setRange(1, 120)
        self.months.setValue(int(services.settings.get("report_no_contact_months")))
        self.months.setSuffix(self.tr(" months"))
        bar.addWidget(self.months)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        layout.addWidget(self.summary)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 4, 8, 8)
        self.body_layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # scroll rather than squeeze
        charts = QHBoxLayout()
        self.visits_chart = BarChart(self.tr("Visits held against the target"))
        self.kept_chart = BarChart(self.tr("Promises kept on time (%)"))
        self.kept_chart.color = BAR_LIGHT
        charts.addWidget(self.visits_chart)
        charts.addWidget(self.kept_chart)
        self.body_layout.addLayout(charts)
        self.tables_holder = QVBoxLayout()
        self.body_layout.addLayout(self.tables_holder)
        self.pending = QLabel()
        self.pending.setObjectName("muted")
        self.pending.setWordWrap(True)
        self.body_layout.addWidget(self.pending)
        self.body_layout.addStretch(1)
        scroll.setWidget(self.body)
        layout.addWidget(scroll, 1)
        self.views: dict[str, QTableView] = {}

        today = services.ctx.clock.today()
        first, last = preset_period("month", today)
        self.date_from.setDate(_qdate(first))
        self.date_to.setDate(_qdate(last))
        for w in (self.date_from, self.date_to):
            w.dateChanged.connect(self._on_dates)
        self.team.currentIndexChanged.connect(lambda _i: self.reload())
        self.months.valueChanged.connect(lambda _v: self.reload())

    def _date_edit(self) -> QDateEdit:
        d = QDateEdit()
        d.setDisplayFormat("dd.MM.yyyy")
        d.setCalendarPopup(True)
        d.setLocale(fmt.locale())
        return d

    # --- period and team -----------------------------------------------------------------------
    def _on_preset(self, _index: int) -> None:
        key = self.preset.currentData()
        if key == "custom":
            return
        first, last = preset_period(key, self._services.ctx.clock.today())
        self._loading = True
        self.date_from.setDate(_qdate(first))
        self.date_to.setDate(_qdate(last))
        self._loading = False
        self.reload()

    def _on_dates(self, _date) -> None:
        if self._loading:
            return
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(self.PRESETS.index("custom"))
        self.preset.blockSignals(False)
        self.reload()

    def fill_teams(self) -> None:
        current = self.team.currentData()
        self.team.blockSignals(True)
        self.team.clear()
        self.team.addItem(self.tr("All teams"), "")
        for t in self._services.consultants.teams():
            self.team.addItem(t.name, t.name)
        if current is None:  # the first time: the user's own team
            me = self._services.consultants.current()
            current = me.team_name if me and me.team_name else ""
        self.team.setCurrentIndex(max(0, self.team.findData(current)))
        self.team.blockSignals(False)

    # --- loading -------------------------------------------------------------------------------
    def reload(self) -> None:
        if self.team.count() == 0:
            self.fill_teams()
        self._generation += 1
        generation = self._generation
        first, last = _pydate(self.date_from.date()), _pydate(self.date_to.date())
        team, months = self.team.currentData() or None, self.months.value()
        svc = self._services.reports

        def done(report: ActivityReport) -> None:
            if generation == self._generation:
                self.show_report(report)

        def failed(exc: BaseException) -> None:
            self.summary.setText(str(exc))

        self._tasks.run(lambda: svc.build(first, last, team, months), done, failed)

    def on_changed(self, change) -> None:
        if change.entity == "all":
            self.team.clear()
        if self.isVisible() or change.entity == "all":
            self.reload()

    def show_report(self, report: ActivityReport) -> None:
        self.report = report
        consultants = len(report.tables[0].rows) if report.tables else 0
        length = self.tr("1 month") if report.months == 1 else self.tr("%1 months").replace(
            "%1", f"{report.months:g}".replace(".", ","))
        people = self.tr("1 consultant") if consultants == 1 else self.tr("%1 consultants").replace(
            "%1", str(consultants))
        self.summary.setText(f"{report.team_name or self.tr('All teams')} · {report.period} ({length}) · {people}")
        charts = {c.key: c for c in report.charts}
        if "besoeg_maal" in charts:
            c = charts["besoeg_maal"]
            self.visits_chart.set_data(c.labels, c.values, c.targets,
                                       note=self.tr("Bar: visits held in the period. Red line: the period's target."))
        if "til_tiden" in charts:
            c = charts["til_tiden"]
            self.kept_chart.set_data(c.labels, c.values, unit="%",
                                     note=self.tr("Of the promises due in the period."))
        while self.tables_holder.count():
            item = self.tables_holder.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.views.clear()
        headers = {"Konsulent": self.tr("Consultant"), "Team": self.tr("Team")}
        for t in report.tables:
            title = QLabel(t.title)
            title.setStyleSheet("font-weight: bold; font-size: 14px; color: #1f3a5f; padding-top: 10px;")
            self.tables_holder.addWidget(title)
            model = ReportTableModel(t, self.tr("Total"), headers.get(t.row_header), self)
            view = QTableView()
            view.setModel(model)
            view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
            view.setAlternatingRowColors(True)
            view.verticalHeader().hide()
            view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            view.verticalHeader().setDefaultSectionSize(24)
            view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            view.setWordWrap(True)
            header = view.horizontalHeader()
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
            view.setColumnWidth(0, 230)
            for col in range(1, model.columnCount()):
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
            header.setMinimumHeight(40)
            view.setFixedHeight(44 + model.rowCount() * 24 + 4)
            self.tables_holder.addWidget(view)
            self.views[t.key] = view
            if t.note:
                note = QLabel(t.note)
                note.setObjectName("muted")
                note.setWordWrap(True)
                self.tables_holder.addWidget(note)
        self.pending.setText(self.tr("Not included yet: %1.").replace("%1", ", ".join(report.pending))
                             if report.pending else "")

    # --- actions -------------------------------------------------------------------------------
    def edit_targets(self) -> None:
        if TargetsDialog(self._services, self).exec():
            self.reload()

    def _file_name(self, suffix: str) -> str:
        r = self.report
        scope = r.team_name if r and r.team_name else self.tr("All teams")
        period = f"{r.date_from.isoformat()} {r.date_to.isoformat()}" if r else ""
        return self.tr("Activity report %1 %2").replace("%1", scope).replace("%2", period) + suffix

    def act_export(self) -> None:
        if self.report is None:
            return
        chosen = file_output.ask_save_path(self, self.tr("Export the report"), self._file_name(".xlsx"),
                                           [self.tr("Excel workbooks (*.xlsx)")], ".xlsx")
        if chosen is not None:
            self.export_to(chosen[0])

    def act_print(self) -> None:
        if self.report is None:
            return
        chosen = file_output.ask_save_path(self, self.tr("Print the report"), self._file_name(".pdf"),
                                           [self.tr("PDF files (*.pdf)")], ".pdf")
        if chosen is not None:
            self.print_to(chosen[0])

    def export_to(self, path: Path) -> None:
        report = self.report

        def work():
            from jobcrm.pdf.base import write_atomically
            from jobcrm.services.xlsx_export import report_workbook

            write_atomically(path, report_workbook(report))
            return path

        self._tasks.run(work, self._written, self._write_failed(path))

    def print_to(self, path: Path) -> None:
        report = self.report

        def work():
            from jobcrm.pdf import report as pdf
            from jobcrm.pdf.base import write_atomically

            write_atomically(path, pdf.build(report))
            return path

        self._tasks.run(work, self._written, self._write_failed(path))

    def _written(self, written: Path) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(self.tr("Saved in %1").replace("%1", str(written)), 8000)
        if not self.open_file(written):
            QMessageBox.information(self, self.tr("Reports"), self.tr("Saved in\n%1").replace("%1", str(written)))

    def _write_failed(self, path: Path):
        def failed(exc: BaseException) -> None:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            QMessageBox.warning(self, self.tr("Reports"), self.tr("The file could not be saved in %1:\n%2")
                                .replace("%1", str(path)).replace("%2", reason))
        return failed
