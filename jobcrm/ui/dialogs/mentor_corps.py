"""The mentor corps: every mentor with mentees against their maximum (searchable, a page at a time), and
the coverage of the mentor competences across the team — where there are none, the team should recruit."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jobcrm.domain.vocab import MENTOR_KIND
from jobcrm.services.changes import ChangeSet
from jobcrm.ui.dialogs.slot_card import avatar

PAGE = 300
RED = QColor("#b3261e")


class MentorCorpsDialog(QDialog):
    changed = Signal(object)

    def __init__(self, services, drafts, lang: str = "da", parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._drafts = drafts
        self._lang = lang
        self._rows: list = []
        self.setWindowTitle(self.tr("Mentor corps"))
        self.resize(1000, 680)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._list_tab(), self.tr("Mentors"))
        self.tabs.addTab(self._coverage_tab(), self.tr("Coverage of competences"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.reload()

    def _list_tab(self) -> QWidget:
        tab = QWidget()
        tl = QVBoxLayout(tab)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name, company or organisation…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.reload)
        bar.addWidget(self.search, 1)
        self.new_button = QPushButton(self.tr("New external mentor…"))
        self.new_button.clicked.connect(self.new_mentor)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_mentor)
        bar.addWidget(self.new_button)
        bar.addWidget(self.edit_button)
        tl.addLayout(bar)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Kind"), self.tr("Where"),
                                              self.tr("Mentees"), self.tr("Slots")])
        self.table.setIconSize(QSize(28, 28))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(32)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 220), (1, 210), (3, 90), (4, 60)):
            self.table.setColumnWidth(col, width)
        self.table.doubleClicked.connect(lambda _i: self.edit_mentor())
        tl.addWidget(self.table)
        self.count = QLabel()
        self.count.setObjectName("muted")
        tl.addWidget(self.count)
        return tab

    def _coverage_tab(self) -> QWidget:
        tab = QWidget()
        tl = QVBoxLayout(tab)
        intro = QLabel(self.tr("Mentors at different companies should be good at different things, so the whole "
                               "mentor corps can meet the citizens' needs. Red: no mentor has the competence."))
        intro.setWordWrap(True)
        intro.setObjectName("muted")
        tl.addWidget(intro)
        self.coverage = QTableWidget(0, 3)
        self.coverage.setHorizontalHeaderLabels([self.tr("Competence"), self.tr("Mentors"),
                                                 self.tr("With room for one more")])
        self.coverage.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.coverage.verticalHeader().hide()
        self.coverage.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.coverage.setColumnWidth(1, 300)
        self.coverage.setColumnWidth(2, 160)
        tl.addWidget(self.coverage)
        return tab

    def reload(self) -> None:
        rows = self._services.mentors.list(self.search.text(), limit=PAGE)
        self._rows = rows
        self.table.setRowCount(len(rows))
        for r, m in enumerate(rows):
            photo = self._services.mentors.photo(m.id) if m.has_photo else None
            values = (m.name, MENTOR_KIND.label(m.kind, self._lang), m.where,
                      f"{m.active_mentees} / {m.max_mentees}", str(m.slot_count))
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                if col == 0:
                    item.setIcon(QIcon(avatar(photo, m.name, 28)))
                if col == 3 and m.active_mentees >= m.max_mentees:
                    item.setForeground(QBrush(RED))
                    item.setToolTip(self.tr("Fully booked"))
                self.table.setItem(r, col, item)
        total = self._services.mentors.count()
        self.count.setText(self.tr("%1 of %2 mentors").replace("%1", str(len(rows))).replace("%2", str(total)))
        cov = self._services.mentors.coverage()
        self.coverage_rows = cov
        self.coverage.setRowCount(len(cov))
        for r, c in enumerate(cov):
            names = ", ".join(c.mentors[:4]) + (f" +{len(c.mentors) - 4}" if len(c.mentors) > 4 else "")
            values = (c.label, names if c.covered else self.tr("None — recruit a mentor for this"),
                      str(c.with_room) if c.covered else "0")
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                if not c.covered:
                    item.setForeground(QBrush(RED))
                    item.setBackground(QBrush(QColor("#fdecea")))
                elif col == 2 and c.with_room == 0:
                    item.setForeground(QBrush(RED))
                self.coverage.setItem(r, col, item)

    def selected(self):
        r = self.table.currentRow()
        return self._rows[r] if 0 <= r < len(self._rows) else None

    def new_mentor(self) -> None:
        from jobcrm.ui.dialogs.mentor_editor import MentorEditor

        dialog = MentorEditor(self._services, self._drafts, None, None, self._lang, self)
        if dialog.exec() and dialog.saved is not None:
            self.changed.emit(ChangeSet("mentor", (dialog.saved.id,), "create"))
            self.reload()

    def edit_mentor(self) -> None:
        from jobcrm.ui.dialogs.mentor_editor import MentorEditor

        m = self.selected()
        if m is None:
            return
        dialog = MentorEditor(self._services, self._drafts, m, None, self._lang, self)
        if dialog.exec() and dialog.saved is not None:
            self.changed.emit(ChangeSet("mentor", (m.id,), "update"))
            self.reload()
