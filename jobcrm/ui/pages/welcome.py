"""First start: "Hvem er du?" (pick or create your consultant profile), demo data, import."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jobcrm.domain.vocab import ROLE
from jobcrm.errors import Conflict, ValidationError
from jobcrm.services.dto import ConsultantInput


class WelcomePage(QWidget):
    user_chosen = Signal(object)  # ConsultantDTO
    demo_requested = Signal()
    import_requested = Signal()

    def __init__(self, services, lang: str = "da", parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 32, 48, 32)
        title = QLabel(self.tr("Welcome to JobCRM"))
        title.setObjectName("pageTitle")
        outer.addWidget(title)
        intro = QLabel(self.tr(
            "JobCRM keeps your companies' contact history, visit guides, job orders and placement slots — and "
            "makes sure no follow-up you promise a company is ever forgotten. Everything works offline on this "
            "computer."))
        intro.setWordWrap(True)
        outer.addWidget(intro)

        row = QHBoxLayout()
        who = QGroupBox(self.tr("Who are you?"))
        wl = QVBoxLayout(who)
        self.existing = QComboBox()
        self.pick_button = QPushButton(self.tr("Continue as this consultant"))
        self.pick_button.clicked.connect(self._pick)
        self.existing_label = QLabel(self.tr("Choose your profile:"))
        wl.addWidget(self.existing_label)
        wl.addWidget(self.existing)
        wl.addWidget(self.pick_button)
        self.separator = QFrame()
        self.separator.setFrameShape(QFrame.Shape.HLine)
        wl.addWidget(self.separator)
        self.create_label = QLabel(self.tr("…or create a new profile:"))
        wl.addWidget(self.create_label)
        form = QFormLayout()
        self.initials = QLineEdit()
        self.initials.setPlaceholderText(self.tr("e.g. MAJ"))
        self.initials.setMaxLength(10)
        self.name = QLineEdit()
        self.team = QLineEdit()
        self.team.setPlaceholderText(self.tr("e.g. Team Erhverv Nord"))
        self.role = QComboBox()
        for t in ROLE:
            self.role.addItem(t.label(lang), t.code)
        form.addRow(self.tr("Initials *"), self.initials)
        form.addRow(self.tr("Name *"), self.name)
        form.addRow(self.tr("Team"), self.team)
        form.addRow(self.tr("Role"), self.role)
        wl.addLayout(form)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        wl.addWidget(self.error)
        self.create_button = QPushButton(self.tr("Create profile and continue"))
        self.create_button.clicked.connect(self._create)
        wl.addWidget(self.create_button)
        wl.addStretch(1)
        row.addWidget(who, 3)

        start = QGroupBox(self.tr("Getting started"))
        sl = QVBoxLayout(start)
        demo_text = QLabel(self.tr("Try JobCRM with realistic Danish demo data: companies, contact persons, "
                                   "contact history and follow-ups for two teams of consultants."))
        demo_text.setWordWrap(True)
        sl.addWidget(demo_text)
        self.demo_button = QPushButton(self.tr("Load demo data"))
        self.demo_button.clicked.connect(self.demo_requested)
        sl.addWidget(self.demo_button)
        import_text = QLabel(self.tr("Or bring your own companies from a CSV file (an extract from the CVR "
                                     "register or an Excel sheet)."))
        import_text.setWordWrap(True)
        sl.addWidget(import_text)
        self.import_button = QPushButton(self.tr("Import companies…"))
        self.import_button.clicked.connect(self.import_requested)
        sl.addWidget(self.import_button)
        sl.addStretch(1)
        row.addWidget(start, 2)
        outer.addLayout(row)
        outer.addStretch(1)
        # Filled by reload(), which MainWindow.start calls when the view is shown (not on every start-up).

    def reload(self) -> None:
        self.existing.clear()
        consultants = self._services.consultants.list()
        for c in consultants:
            team = f" · {c.team_name}" if c.team_name else ""
            self.existing.addItem(f"{c.initials} — {c.name}{team}", c.id)
        has = bool(consultants)
        for w in (self.existing, self.pick_button, self.existing_label, self.separator):
            w.setVisible(has)
        self.create_label.setText(self.tr("…or create a new profile:") if has else
                                  self.tr("Create your consultant profile:"))

    def _pick(self) -> None:
        cid = self.existing.currentData()
        if cid is not None:
            self._services.consultants.set_current(cid)
            self.user_chosen.emit(self._services.consultants.get(cid))

    def _create(self) -> None:
        self.error.clear()
        data = ConsultantInput(initials=self.initials.text(), name=self.name.text(), team_name=self.team.text(),
                               role=self.role.currentData())
        try:
            created = self._services.consultants.create(data)
        except ValidationError as e:
            self.error.setText("\n".join(e.errors.values()))
            return
        except Conflict as e:
            self.error.setText(str(e))
            return
        self._services.consultants.set_current(created.id)
        self.user_chosen.emit(created)
