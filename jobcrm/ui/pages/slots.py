"""Pladser: the team's slot list — "er pladserne stadig ledige?" — searchable by scheme, tags, kommune
and free seats, status coloured, with a one-click "Bekræft at pladsen stadig er ledig". It also opens
the slot card, the slot and mentor editors and the mentor corps view."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jobcrm.domain.vocab import SCHEME
from jobcrm.errors import JobCRMError
from jobcrm.services.changes import ChangeSet
from jobcrm.services.slot_dto import SlotFilter, SlotSort
from jobcrm.ui.itemmodels.slot_table import SlotTableModel

SLOT_ENTITIES = ("slot", "placement", "mentor")


class SlotsPage(QWidget):
    changed = Signal(object)  # ChangeSet, for the app-wide broadcast
    open_company = Signal(object)  # company id

    def __init__(self, services, tasks, drafts, lang: str = "da", parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._tasks = tasks
        self._drafts = drafts
        self._lang = lang
        self._generation = 0
        self._choices_stale = True
        self.cards: dict[uuid.UUID, QWidget] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        head = QHBoxLayout()
        title = QLabel(self.tr("Placement slots"))
        title.setObjectName("pageTitle")
        head.addWidget(title)
        head.addStretch(1)
        self.count_label = QLabel()
        self.count_label.setObjectName("muted")
        head.addWidget(self.count_label)
        layout.addLayout(head)

        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search title, company, tasks or town…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(320)
        bar.addWidget(self.search)
        bar.addStretch(1)
        self.confirm_button = QPushButton(self.tr("Confirm still vacant"))
        self.confirm_button.setToolTip(self.tr("Confirm that the selected slot is still vacant (sets "
                                               "\"last confirmed\" to today)"))
        self.confirm_button.clicked.connect(self.confirm_selected)
        self.mentors_button = QPushButton(self.tr("Mentors…"))
        self.mentors_button.clicked.connect(self.open_mentors)
        self.new_button = QPushButton(self.tr("New slot…"))
        self.new_button.setObjectName("primary")
        self.new_button.clicked.connect(lambda: self.new_slot())
        for b in (self.confirm_button, self.mentors_button, self.new_button):
            bar.addWidget(b)
        layout.addLayout(bar)

        filters = QHBoxLayout()
        self.scheme = QComboBox()
        self.scheme.addItem(self.tr("All schemes"), None)
        for term in SCHEME:
            self.scheme.addItem(term.label(lang), term.code)
        self.municipality = QComboBox()
        self.municipality.addItem(self.tr("All municipalities"), None)
        self.tag = QComboBox()
        self.tag.addItem(self.tr("All tags"), None)
        self.free_only = QCheckBox(self.tr("Only with free seats"))
        self.show_closed = QCheckBox(self.tr("Show closed"))
        for w in (self.scheme, self.municipality, self.tag):
            w.currentIndexChanged.connect(self.reload)
            filters.addWidget(w)
        for w in (self.free_only, self.show_closed):
            w.toggled.connect(self.reload)
            filters.addWidget(w)
        filters.addStretch(1)
        layout.addLayout(filters)

        self.model = SlotTableModel(services.slots, lang, self)
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
        header.setSortIndicator(2, Qt.SortOrder.AscendingOrder)
        header.sectionClicked.connect(self._on_header_clicked)
        for col, width in enumerate((64, 60, 190, 100, 150, 200, 132, 100, 118)):
            self.table.setColumnWidth(col, width)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        self.table.doubleClicked.connect(lambda i: self.open_slot(self.model.id_at(i.row())))
        self.table.activated.connect(lambda i: self.open_slot(self.model.id_at(i.row())))

        self.empty = QLabel(self.tr("No slots match. Create one with \"New slot…\" or change the filters."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack, 1)
        self.status = QLabel()
        self.status.setObjectName("muted")
        layout.addWidget(self.status)

        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.reload)
        self.search.textChanged.connect(self._debounce.start)

    # --- loading -------------------------------------------------------------------------------
    def make_filter(self) -> SlotFilter:
        tag = self.tag.currentData()
        return SlotFilter(text=self.search.text(), scheme=self.scheme.currentData(),
                          municipality=self.municipality.currentData(), tags=(tag,) if tag else (),
                          min_free=1 if self.free_only.isChecked() else 0,
                          include_closed=self.show_closed.isChecked())

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        flt, sort = self.make_filter(), self.model.sort_spec
        svc = self._services.slots
        if self._choices_stale:
            self._load_choices()

        def work():
            return svc.search_ids(flt, sort), svc.count(SlotFilter(include_closed=True))

        def done(result) -> None:
            if generation != self._generation:
                return
            ids, total = result
            self.model.filter = flt
            self.model.set_ids(ids)
            self.stack.setCurrentWidget(self.table if ids else self.empty)
            self.count_label.setText(self.tr("%1 of %2 slots").replace("%1", str(len(ids)))
                                     .replace("%2", str(total)))
            self._update_buttons()

        self._tasks.run(work, done)

    def _load_choices(self) -> None:
        self._choices_stale = False
        svc = self._services.slots

        def done(result) -> None:
            municipalities, tags = result
            for combo, values in ((self.municipality, municipalities), (self.tag, tags)):
                current = combo.currentData()
                combo.blockSignals(True)
                while combo.count() > 1:
                    combo.removeItem(1)
                for value in values:
                    combo.addItem(value, value)
                combo.setCurrentIndex(max(combo.findData(current), 0) if current else 0)
                combo.blockSignals(False)

        self._tasks.run(svc.filter_choices, done)

    def on_changed(self, change: ChangeSet) -> None:
        if change.entity == "all" or any(change.touches(e) for e in SLOT_ENTITIES) and change.kind in (
                "create", "delete", "reset"):
            self._choices_stale = True
            self.reload()
        elif any(change.touches(e) for e in SLOT_ENTITIES) or change.touches("company"):
            self.reload()  # status, free seats and filters can all move
        for sid, card in list(self.cards.items()):
            ids = set(change.ids) | {i for r in change.related for i in r.ids}
            if change.entity == "all" or sid in ids or card.shows_any(ids):
                try:
                    card.reload()
                except JobCRMError:
                    card.close()

    def _on_header_clicked(self, column: int) -> None:
        key = self.model.sort_key_for_column(column)
        header = self.table.horizontalHeader()
        current = self.model.sort_spec
        if key is None:
            header.setSortIndicator(self.model.column_for_sort_key(current.key),
                                    Qt.SortOrder.DescendingOrder if current.descending else Qt.SortOrder.AscendingOrder)
            return
        descending = (not current.descending) if key == current.key else False
        self.model.sort_spec = SlotSort(key, descending)
        header.setSortIndicator(column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
        self.reload()

    def selected_id(self) -> uuid.UUID | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        self.confirm_button.setEnabled(self.model.rowCount() > 0)

    # --- actions -------------------------------------------------------------------------------
    def confirm_selected(self) -> None:
        sid = self.selected_id()
        if sid is None:
            self.status.setText(self.tr("Select a slot first."))
            return
        self.confirm(sid)

    def confirm(self, slot_id: uuid.UUID) -> None:
        svc = self._services.slots

        def done(change) -> None:
            self.changed.emit(change)
            row = self.model.row_at(self.model.row_of(slot_id)) if self.model.row_of(slot_id) >= 0 else None
            name = row.title if row else ""
            self.status.setText(self.tr("Confirmed as still vacant today: %1").replace("%1", name))

        self._tasks.run(lambda: svc.confirm(slot_id), done, self._show_error)

    def _show_error(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Placement slots"), str(exc))

    def open_slot(self, slot_id: uuid.UUID | None):
        if slot_id is None:
            return None
        from jobcrm.ui.dialogs.slot_card import SlotCard

        card = self.cards.get(slot_id)
        if card is None:
            card = SlotCard(self._services, self._drafts, slot_id, self._lang, self)
            card.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            card.changed.connect(self.changed.emit)
            card.open_company.connect(self.open_company.emit)
            card.destroyed.connect(lambda _=None, sid=slot_id: self.cards.pop(sid, None))
            self.cards[slot_id] = card
        card.show()
        card.raise_()
        card.activateWindow()
        return card

    def new_slot(self, company_id: uuid.UUID | None = None, parent: QWidget | None = None):
        from jobcrm.ui.dialogs.slot_editor import SlotEditor

        dialog = SlotEditor(self._services, self._drafts, None, company_id, self._lang, parent or self)
        if dialog.exec() and dialog.saved is not None:
            self.changed.emit(ChangeSet("slot", (dialog.saved.id,), "create",
                                        (ChangeSet("company", (dialog.saved.company_id,), "update"),)))
            self.open_slot(dialog.saved.id)
            return dialog.saved
        return None

    def open_mentors(self) -> None:
        from jobcrm.ui.dialogs.mentor_corps import MentorCorpsDialog

        dialog = MentorCorpsDialog(self._services, self._drafts, self._lang, self)
        dialog.changed.connect(self.changed.emit)
        dialog.exec()
