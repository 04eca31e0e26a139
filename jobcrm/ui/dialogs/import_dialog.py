"""Importér virksomheder: a CSV file (a CVR-register extract or an Excel sheet) in four steps.

1. Choose the file.
2. Map its columns to company fields (the service's guess preselected; every column can be changed or set
   to "Ikke importér") and see the first rows as they will be imported — new, updating an existing CVR,
   unchanged, or rejected with the reason.
3. Import with a progress bar and Annullér. The work runs on the task runner's worker; a cancel (or any
   error) leaves the database as it was, because ImportService imports in one transaction.
4. The result: created / updated / unchanged / rejected, the rejected rows with row number, column and
   reason, and "Gem afviste rækker som CSV".
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jobcrm.errors import JobCRMError, ValidationError
from jobcrm.services.changes import ChangeSet
from jobcrm.services.importing import (
    IMPORT_FIELDS,
    ImportCancelled,
    ImportResult,
    auto_mapping,
    parse_csv,
    read_file,
    write_rejected_csv,
)
from jobcrm.ui.itemmodels.rejected_rows import RejectedRowsModel

PREVIEW_ROWS = 20
_RED = QColor("#b3261e")
_GREEN = QColor("#1e6b34")
_MUTED = QColor("#5f6b7a")


def _n(number: int) -> str:
    return f"{number:,}".replace(",", ".")


class ImportDialog(QDialog):
    changed = Signal(object)  # ChangeSet, after an import that saved something
    _progress = Signal(int, int)  # emitted on the worker thread, delivered on the GUI thread

    def __init__(self, services, tasks, lang: str = "da", parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._tasks = tasks
        self._lang = lang
        self._data: bytes | None = None
        self._parsed = None
        self._path: Path | None = None
        self._generation = 0
        self._mapping_ok = False
        self._running = False
        self._cancel_requested = False
        self.result_: ImportResult | None = None
        self.setWindowTitle(self.tr("Import companies"))
        self.resize(780, 330)  # step 1 is short; the mapping step makes the dialog larger
        self.labels = {
            "name": self.tr("Name"), "cvr": self.tr("CVR"), "p_number": self.tr("P-number"),
            "address": self.tr("Address"), "postal_code": self.tr("Postal code"), "city": self.tr("City"),
            "municipality": self.tr("Municipality"), "phone": self.tr("Phone"), "email": self.tr("E-mail"),
            "web": self.tr("Web"), "industry": self.tr("Industry"), "employees": self.tr("Employees"),
            "special_notes": self.tr("Special circumstances"),
        }
        self.pages = QStackedWidget()
        self.pages.addWidget(self._file_page())
        self.pages.addWidget(self._mapping_page())
        self.pages.addWidget(self._progress_page())
        self.pages.addWidget(self._result_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.addWidget(self.pages)
        self._progress.connect(self._on_progress)

    # --- step 1: the file ----------------------------------------------------------------------
    def _file_page(self) -> QWidget:
        page = QWidget()
        pl = QVBoxLayout(page)
        title = QLabel(self.tr("Import companies from a CSV file"))
        title.setObjectName("pageTitle")
        pl.addWidget(title)
        text = QLabel(self.tr(
            "Use an extract from the CVR register or an Excel sheet saved as CSV. The first row must hold the "
            "column headings (for example CVR-nummer, Navn, Adresse, Postnr., By). UTF-8 and Windows-1252 files "
            "work, separated by commas or semicolons.\n\nCompanies whose CVR number is already registered are "
            "updated, not created twice. You see the first rows before anything is saved."))
        text.setWordWrap(True)
        pl.addWidget(text)
        row = QHBoxLayout()
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.choose_button.setObjectName("primary")
        self.choose_button.clicked.connect(self.choose_file)
        row.addWidget(self.choose_button)
        row.addStretch(1)
        pl.addLayout(row)
        self.file_error = QLabel()
        self.file_error.setWordWrap(True)
        self.file_error.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.file_error.hide()
        pl.addWidget(self.file_error)
        pl.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        close = QPushButton(self.tr("Cancel"))
        close.clicked.connect(self.reject)
        bottom.addWidget(close)
        pl.addLayout(bottom)
        return page

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a CSV file"), str(Path.home()),
                                              self.tr("CSV files (*.csv *.txt);;All files (*)"))
        if path:
            self.load_file(path)

    def load_file(self, path: str | Path) -> None:
        """Read and parse the file (in the background), then show the mapping step."""
        self.file_error.hide()
        self._path = Path(path)

        def work():
            data = read_file(path)
            return data, parse_csv(data)

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, JobCRMError):
                raise exc
            message = "\n".join(exc.errors.values()) if isinstance(exc, ValidationError) else str(exc)
            self.file_error.setText(self.tr("The file cannot be imported: %1").replace("%1", message))
            self.file_error.show()
            self.pages.setCurrentIndex(0)

        self._tasks.run(work, self._file_loaded, failed)

    def _file_loaded(self, result) -> None:
        self._data, self._parsed = result
        parsed = self._parsed
        encoding = {"utf-8-sig": "UTF-8 (BOM)", "utf-8": "UTF-8", "cp1252": "Windows-1252"}[parsed.encoding]
        delimiter = self.tr("semicolon") if parsed.delimiter == ";" else self.tr("comma")
        self.file_label.setText(self.tr("%1 — %2 rows, %3 columns · %4, %5").replace("%1", self._path.name)
                                .replace("%2", _n(len(parsed.rows))).replace("%3", str(len(parsed.headers)))
                                .replace("%4", encoding).replace("%5", delimiter))
        self._fill_mapping(parsed, auto_mapping(parsed.headers))
        self.resize(max(self.width(), 1100), max(self.height(), 720))
        self.pages.setCurrentIndex(1)
        self.refresh_preview()

    # --- step 2: mapping and preview -----------------------------------------------------------
    def _mapping_page(self) -> QWidget:
        page = QWidget()
        pl = QVBoxLayout(page)
        title = QLabel(self.tr("Which column is what?"))
        title.setObjectName("pageTitle")
        pl.addWidget(title)
        self.file_label = QLabel()
        self.file_label.setObjectName("muted")
        pl.addWidget(self.file_label)

        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(QLabel(self.tr("Columns in the file")))
        self.mapping = QTableWidget(0, 3)
        self.mapping.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Example"), self.tr("Import as")])
        self._table_look(self.mapping)
        self.mapping.verticalHeader().setDefaultSectionSize(30)
        header = self.mapping.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.mapping.setColumnWidth(0, 130)
        self.mapping.setColumnWidth(2, 170)
        ll.addWidget(self.mapping)
        split.addWidget(left)

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        self.preview_title = QLabel(self.tr("The first rows as they will be imported"))
        rl.addWidget(self.preview_title)
        self.preview = QTableWidget(0, 0)
        self._table_look(self.preview)
        rl.addWidget(self.preview, 1)
        self.rejected_preview = QLabel()
        self.rejected_preview.setWordWrap(True)
        self.rejected_preview.setTextFormat(Qt.TextFormat.PlainText)
        self.rejected_preview.setStyleSheet("color: #b3261e;")
        rl.addWidget(self.rejected_preview)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([470, 600])
        pl.addWidget(split, 1)

        self.mapping_message = QLabel()
        self.mapping_message.setWordWrap(True)
        pl.addWidget(self.mapping_message)
        bottom = QHBoxLayout()
        back = QPushButton(self.tr("Other file…"))
        back.clicked.connect(self.choose_file)
        bottom.addWidget(back)
        bottom.addStretch(1)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setObjectName("primary")
        self.import_button.clicked.connect(self.start_import)
        bottom.addWidget(cancel)
        bottom.addWidget(self.import_button)
        pl.addLayout(bottom)
        return page

    def _fill_mapping(self, parsed, guess: dict[str, str]) -> None:
        self.mapping.setRowCount(len(parsed.headers))
        self.combos: dict[str, QComboBox] = {}
        for r, header in enumerate(parsed.headers):
            example = next((cells[r].strip() for _n, cells in parsed.rows[:50] if r < len(cells) and cells[r].strip()),
                           "")
            name = QTableWidgetItem(header)
            name.setToolTip(header)
            sample = QTableWidgetItem(example)
            sample.setForeground(QBrush(_MUTED))
            sample.setToolTip(example)
            self.mapping.setItem(r, 0, name)
            self.mapping.setItem(r, 1, sample)
            combo = QComboBox()
            combo.addItem(self.tr("Do not import"), None)
            for f in IMPORT_FIELDS:
                combo.addItem(self.labels[f], f)
            combo.setCurrentIndex(max(combo.findData(guess.get(header)), 0))
            combo.currentIndexChanged.connect(lambda _i, h=header: self._on_mapping_changed(h))
            self.mapping.setCellWidget(r, 2, combo)
            self.combos[header] = combo

    def mapping_choice(self) -> dict[str, str | None]:
        """Every column of the file -> the field it is imported as (None: not imported)."""
        return {h: c.currentData() for h, c in self.combos.items()}

    def set_column(self, header: str, field: str | None) -> None:
        combo = self.combos[header]
        combo.setCurrentIndex(max(combo.findData(field), 0))

    def _on_mapping_changed(self, header: str) -> None:
        chosen = self.combos[header].currentData()
        if chosen is not None:  # one column per field: another column with the same field lets go
            for other, combo in self.combos.items():
                if other != header and combo.currentData() == chosen:
                    combo.blockSignals(True)
                    combo.setCurrentIndex(0)
                    combo.blockSignals(False)
        self.refresh_preview()

    def refresh_preview(self) -> None:
        self._generation += 1
        generation = self._generation
        parsed, mapping = self._parsed, self.mapping_choice()
        importing = self._services.importing

        def work():
            return importing.preview_rows(parsed, mapping, PREVIEW_ROWS)

        def done(result) -> None:
            if generation == self._generation:
                self._show_preview(*result)

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, ValidationError):
                raise exc
            if generation == self._generation:
                self._mapping_ok = False
                self.preview.setRowCount(0)
                self.preview.setColumnCount(0)
                self.rejected_preview.hide()
                self._say(" ".join(exc.errors.values()), error=True)
                self.import_button.setEnabled(False)

        self._tasks.run(work, done, failed)

    def _show_preview(self, cols: dict[str, str], rows) -> None:
        fields = [cols[h] for h in self._parsed.headers if h in cols]  # in the file's order
        self.preview.clear()
        self.preview.setColumnCount(2 + len(fields))
        self.preview.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Will be")] +
                                               [self.labels[f] for f in fields])
        self.preview.setRowCount(len(rows))
        actions = {"opret": self.tr("New"), "opdater": self.tr("Updates existing"),
                   "uændret": self.tr("No change")}
        rejected = []
        for r, row in enumerate(rows):
            number = QTableWidgetItem(str(row.row))
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.preview.setItem(r, 0, number)
            if row.action == "afvis":
                reason = self.tr("Row %1 — %2: %3").replace("%1", str(row.row)).replace("%2", row.column) \
                    .replace("%3", row.reason)
                rejected.append(reason)
                status = QTableWidgetItem(self.tr("Rejected"))
                status.setForeground(QBrush(_RED))
                status.setToolTip(reason)
            else:
                status = QTableWidgetItem(actions[row.action])
                if row.action == "opret":
                    status.setForeground(QBrush(_GREEN))
            self.preview.setItem(r, 1, status)
            for c, f in enumerate(fields, start=2):
                value = row.values.get(f, "")
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if row.action == "afvis":
                    item.setForeground(QBrush(_MUTED))
                self.preview.setItem(r, c, item)
        self.preview.resizeColumnsToContents()
        for c in range(self.preview.columnCount()):
            self.preview.setColumnWidth(c, min(self.preview.columnWidth(c), 260))
        self._mapping_ok = True
        total = len(self._parsed.rows)
        shown = len(rows)
        self.preview_title.setText(self.tr("The first %1 of %2 rows as they will be imported")
                                   .replace("%1", _n(shown)).replace("%2", _n(total)))
        unmapped = [h for h, f in self.mapping_choice().items() if f is None]
        self.rejected_preview.setText("\n".join(rejected))
        self.rejected_preview.setVisible(bool(rejected))
        parts = []
        if rejected:
            parts.append(self.tr("%1 of the first %2 rows would be rejected; the rest are imported, and the "
                                 "rejected rows are listed afterwards.").replace("%1", str(len(rejected)))
                         .replace("%2", str(shown)))
        if unmapped:
            parts.append(self.tr("Not imported: %1.").replace("%1", ", ".join(unmapped)))
        self._say(" ".join(parts), error=False)
        self.import_button.setEnabled(total > 0)
        self.import_button.setText(self.tr("Import %1 rows").replace("%1", _n(total)))

    def _say(self, text: str, error: bool) -> None:
        self.mapping_message.setStyleSheet("color: #b3261e; font-weight: bold;" if error else "color: #5f6b7a;")
        self.mapping_message.setText(text)

    # --- step 3: importing ---------------------------------------------------------------------
    def _progress_page(self) -> QWidget:
        page = QWidget()
        pl = QVBoxLayout(page)
        title = QLabel(self.tr("Importing…"))
        title.setObjectName("pageTitle")
        pl.addWidget(title)
        pl.addStretch(1)
        self.progress_label = QLabel()
        pl.addWidget(self.progress_label)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        pl.addWidget(self.progress)
        note = QLabel(self.tr("Nothing is saved until the whole file has been read: if you cancel, the database "
                              "stays as it was."))
        note.setObjectName("muted")
        note.setWordWrap(True)
        pl.addWidget(note)
        pl.addStretch(2)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Cancel import"))
        self.cancel_button.clicked.connect(self.cancel_import)
        bottom.addWidget(self.cancel_button)
        pl.addLayout(bottom)
        return page

    def start_import(self) -> None:
        if not self._mapping_ok or self._running:
            return
        mapping = self.mapping_choice()
        data = self._data
        total = len(self._parsed.rows)
        self._running = True
        self._cancel_requested = False
        self.cancel_button.setEnabled(True)
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(0)
        self.progress_label.setText(self.tr("%1 of %2 rows").replace("%1", "0").replace("%2", _n(total)))
        self.pages.setCurrentIndex(2)
        importing = self._services.importing

        def work():
            return importing.import_companies(data, mapping=mapping, progress=self._progress.emit,
                                              cancelled=lambda: self._cancel_requested)

        self._tasks.run(work, self._imported, self._import_failed)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if self._cancel_requested:
            return
        if done >= total:  # every row read: saving and updating the search index can no longer be cancelled
            self.progress_label.setText(self.tr("Saving %1 rows and updating the search…").replace("%1", _n(total)))
            self.cancel_button.setEnabled(False)
        else:
            self.progress_label.setText(self.tr("%1 of %2 rows").replace("%1", _n(done)).replace("%2", _n(total)))

    def cancel_import(self) -> None:
        if self._running:
            self._cancel_requested = True
            self.cancel_button.setEnabled(False)
            self.progress_label.setText(self.tr("Cancelling…"))

    def _imported(self, result: ImportResult) -> None:
        self._running = False
        self.result_ = result
        rejected_rows = len({r.row for r in result.rejected})
        self.result_title.setText(self.tr("Import finished"))
        counts = self.tr("%1 created · %2 updated · %3 unchanged · %4 rejected").replace("%1", _n(result.created)) \
            .replace("%2", _n(result.updated)).replace("%3", _n(result.unchanged)).replace("%4", _n(rejected_rows))
        self.result_counts.setText(counts)
        self.rejected_model.set_rows(list(result.rejected))
        has_rejected = bool(result.rejected)
        for w in (self.rejected_label, self.rejected_view, self.rejected_detail, self.save_rejected_button):
            w.setVisible(has_rejected)
        if has_rejected:
            self.rejected_view.setCurrentIndex(self.rejected_model.index(0, 0))
        self.retry_button.hide()
        self.pages.setCurrentIndex(3)
        if result.created or result.updated:
            self.changed.emit(ChangeSet("all", (), "reset"))

    def _import_failed(self, exc: BaseException) -> None:
        self._running = False
        if not isinstance(exc, JobCRMError):
            raise exc
        self.result_ = None
        if isinstance(exc, ImportCancelled):
            self.result_title.setText(self.tr("Import cancelled"))
            self.result_counts.setText(self.tr("Nothing was saved: the database is as it was before the import."))
        else:
            message = "\n".join(exc.errors.values()) if isinstance(exc, ValidationError) else str(exc)
            self.result_title.setText(self.tr("The import failed"))
            self.result_counts.setText(self.tr("Nothing was saved: %1").replace("%1", message))
        for w in (self.rejected_label, self.rejected_view, self.rejected_detail, self.save_rejected_button):
            w.hide()
        self.retry_button.show()
        self.pages.setCurrentIndex(3)

    # --- step 4: the result --------------------------------------------------------------------
    def _result_page(self) -> QWidget:
        page = QWidget()
        pl = QVBoxLayout(page)
        self.result_title = QLabel()
        self.result_title.setObjectName("pageTitle")
        pl.addWidget(self.result_title)
        self.result_counts = QLabel()
        self.result_counts.setWordWrap(True)
        self.result_counts.setStyleSheet("font-size: 15px;")
        pl.addWidget(self.result_counts)
        self.rejected_label = QLabel(self.tr("Rejected rows — correct them in the file and import it again "
                                             "(rows already imported are updated, not duplicated):"))
        self.rejected_label.setWordWrap(True)
        pl.addWidget(self.rejected_label)
        self.rejected_model = RejectedRowsModel(self)
        self.rejected_view = QTableView()
        self.rejected_view.setModel(self.rejected_model)
        self._table_look(self.rejected_view)
        self.rejected_view.setColumnWidth(0, 70)
        self.rejected_view.setColumnWidth(1, 200)
        self.rejected_view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        pl.addWidget(self.rejected_view, 1)
        self.rejected_detail = QLabel()
        self.rejected_detail.setWordWrap(True)
        self.rejected_detail.setTextFormat(Qt.TextFormat.PlainText)
        self.rejected_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rejected_detail.setStyleSheet("background: #f6f8fb; border: 1px solid #dde3ea; border-radius: 4px;"
                                           " padding: 6px 8px;")
        self.rejected_view.selectionModel().currentRowChanged.connect(self._show_rejected)
        pl.addWidget(self.rejected_detail)
        bottom = QHBoxLayout()
        self.save_rejected_button = QPushButton(self.tr("Save rejected rows as CSV…"))
        self.save_rejected_button.clicked.connect(self.save_rejected)
        bottom.addWidget(self.save_rejected_button)
        self.retry_button = QPushButton(self.tr("Back to the columns"))
        self.retry_button.clicked.connect(lambda: self.pages.setCurrentIndex(1))
        bottom.addWidget(self.retry_button)
        bottom.addStretch(1)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("muted")
        bottom.addWidget(self.saved_label)
        close = QPushButton(self.tr("Close"))
        close.setObjectName("primary")
        close.clicked.connect(self.accept)
        bottom.addWidget(close)
        pl.addLayout(bottom)
        return page

    def _show_rejected(self, current, _previous=None) -> None:
        r = self.rejected_model.row_at(current.row())
        if r is not None:
            self.rejected_detail.setText(self.tr("Row %1 — %2: %3").replace("%1", str(r.row))
                                         .replace("%2", r.column).replace("%3", r.reason))

    def save_rejected(self) -> None:
        if self.result_ is None or not self.result_.rejected:
            return
        stem = self._path.stem if self._path else "import"
        suggested = str((self._path.parent if self._path else Path.home()) / f"{stem}-afviste.csv")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save rejected rows"), suggested,
                                              self.tr("CSV files (*.csv)"))
        if not path:
            return
        try:
            write_rejected_csv(self.result_, path)
        except OSError as e:
            self.saved_label.setText(self.tr("Could not save: %1").replace("%1", e.strerror or str(e)))
            return
        self.saved_label.setText(self.tr("Saved: %1").replace("%1", Path(path).name))

    # --- helpers -------------------------------------------------------------------------------
    @staticmethod
    def _table_look(view) -> None:
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(False)
        view.setAlternatingRowColors(True)
        view.verticalHeader().hide()
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setDefaultSectionSize(26)

    def reject(self) -> None:
        if self._running:  # closing while importing means cancelling; the dialog closes when it has stopped
            self.cancel_import()
            return
        super().reject()
