"""Ny kampagne / Rediger kampagne: name, period, purpose, message and material, the visit guide, the length of a
booked visit, an earlier round of the same campaign, and the company filter the call list is built from — with a
live count of the companies it matches. What is typed is autosaved as a draft."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from jobcrm.errors import JobCRMError, ValidationError
from jobcrm.services.campaign_dto import CampaignCriteria, CampaignDTO, CampaignInput
from jobcrm.ui import fmt
from jobcrm.ui.drafts import DraftStore


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


class CampaignEditor(QDialog):
    def __init__(self, services, tasks, drafts: DraftStore, campaign: CampaignDTO | None = None, lang: str = "da",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._tasks = tasks
        self._drafts = drafts
        self._campaign = campaign
        self._lang = lang
        self.saved: CampaignDTO | None = None
        self._draft_key = f"campaign-{campaign.id if campaign else 'new'}"
        self.setWindowTitle(self.tr("Edit campaign") if campaign else self.tr("New campaign"))
        self.resize(900, 720)
        self.errors: dict[str, QLabel] = {}
        root = QVBoxLayout(self)
        cols = QHBoxLayout()
        root.addLayout(cols, 1)

        left = QFormLayout()
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Luk op for nye jobmuligheder 2026"))
        left.addRow(self.tr("Name"), self._with_error("name", self.name))
        period = QHBoxLayout()
        self.starts = self._date_edit()
        self.ends = self._date_edit()
        period.addWidget(self.starts)
        period.addWidget(QLabel("–"))
        period.addWidget(self.ends)
        period.addStretch(1)
        holder = QWidget()
        holder.setLayout(period)
        left.addRow(self.tr("Period"), self._with_error("ends_on", holder))
        self.purpose = self._text(self.tr("What the campaign should achieve"))
        left.addRow(self.tr("Purpose"), self._with_error("purpose", self.purpose))
        self.message = self._text(self.tr("What the caller says; shown on the call screen"))
        left.addRow(self.tr("Message"), self._with_error("message", self.message))
        self.material = self._text(self.tr("Postcard, leaflet, fact sheets…"))
        left.addRow(self.tr("Material"), self._with_error("material", self.material))
        self.guide = QComboBox()
        for t in services.guides.list_templates():
            self.guide.addItem(t.name, str(t.id))
        left.addRow(self.tr("Visit guide"), self._with_error("template_id", self.guide))
        self.minutes = QSpinBox()
        self.minutes.setRange(15, 480)
        self.minutes.setSingleStep(15)
        self.minutes.setValue(60)
        self.minutes.setSuffix(self.tr(" min."))
        left.addRow(self.tr("A booked visit lasts"), self._with_error("visit_minutes", self.minutes))
        self.previous = QComboBox()
        self.previous.addItem(self.tr("(none)"), "")
        for cid, name in services.campaigns.choices():
            if campaign is None or cid != campaign.id:
                self.previous.addItem(name, str(cid))
        self.previous.setToolTip(self.tr("Companies called in the earlier round count as already contacted about "
                                         "the campaign"))
        left.addRow(self.tr("Earlier round"), self._with_error("previous_id", self.previous))
        wrap = QWidget()
        wrap.setLayout(left)
        cols.addWidget(wrap, 5)

        box = QGroupBox(self.tr("Target list: which companies to call"))
        fl = QVBoxLayout(box)
        emp = QHBoxLayout()
        emp.addWidget(QLabel(self.tr("Employees")))
        self.emp_min = QSpinBox()
        self.emp_max = QSpinBox()
        for spin in (self.emp_min, self.emp_max):
            spin.setRange(0, 100000)
            spin.setSpecialValueText(self.tr("any"))
        emp.addWidget(self.emp_min)
        emp.addWidget(QLabel("–"))
        emp.addWidget(self.emp_max)
        emp.addStretch(1)
        fl.addLayout(emp)
        self.errors["employees_max"] = self._error_label()
        fl.addWidget(self.errors["employees_max"])
        choices = services.companies.filter_choices()
        lists = QHBoxLayout()
        self.industries = self._checklist(choices.industries)
        self.municipalities = self._checklist(choices.municipalities)
        for title, widget in ((self.tr("Industry (none ticked: all)"), self.industries),
                              (self.tr("Municipality (none ticked: all)"), self.municipalities)):
            col = QVBoxLayout()
            col.addWidget(QLabel(title))
            col.addWidget(widget)
            lists.addLayout(col)
        fl.addLayout(lists, 1)
        sector = QHBoxLayout()
        sector.addWidget(QLabel(self.tr("Sector")))
        self.sector = QComboBox()
        self.sector.addItem(self.tr("Both"), "")
        self.sector.addItem(self.tr("Private"), "privat")
        self.sector.addItem(self.tr("Public"), "offentlig")
        sector.addWidget(self.sector)
        sector.addStretch(1)
        fl.addLayout(sector)
        coop = QHBoxLayout()
        self.no_coop = QCheckBox(self.tr("No cooperation within the last"))
        self.no_coop_months = QSpinBox()
        self.no_coop_months.setRange(1, 120)
        self.no_coop_months.setValue(12)
        self.no_coop_months.setSuffix(self.tr(" months"))
        coop.addWidget(self.no_coop)
        coop.addWidget(self.no_coop_months)
        coop.addStretch(1)
        fl.addLayout(coop)
        self.not_before = QCheckBox(self.tr("Not contacted about the campaign before"))
        self.not_before.setChecked(True)
        fl.addWidget(self.not_before)
        rules = QLabel(self.tr('Always left out, with the reason shown on the list: companies marked "Not '
                               'interested" or "Ceased", and companies called in another campaign lately.'))
        rules.setWordWrap(True)
        rules.setObjectName("muted")
        fl.addWidget(rules)
        self.matching = QLabel()
        self.matching.setStyleSheet("font-weight: bold; color: #1f3a5f;")
        fl.addWidget(self.matching)
        cols.addWidget(box, 6)

        self.general_error = self._error_label()
        root.addWidget(self.general_error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            self.tr("Save") if campaign else self.tr("Save and build the call list"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        root.addWidget(buttons)

        today = services.ctx.clock.today()
        self.starts.setDate(_qdate(today))
        self.ends.setDate(_qdate(today + dt.timedelta(days=90)))
        default_guide = services.campaigns.campaign_template_id()
        if default_guide is not None:
            self.guide.setCurrentIndex(max(0, self.guide.findData(str(default_guide))))
        if campaign is not None:
            self.set_values(self._values_of(campaign))
        draft = drafts.load(self._draft_key)
        if draft:
            self._offer_draft(draft)

        self._count_timer = QTimer(self, singleShot=True, interval=300)
        self._count_timer.timeout.connect(self._count)
        self._autosave = QTimer(self, singleShot=True, interval=800)
        self._autosave.timeout.connect(lambda: self._drafts.save(self._draft_key, self.values()))
        for w in (self.emp_min, self.emp_max, self.no_coop_months):
            w.valueChanged.connect(self._changed)
        for w in (self.industries, self.municipalities):
            w.itemChanged.connect(self._changed)
        for w in (self.sector,):
            w.currentIndexChanged.connect(self._changed)
        self.no_coop.toggled.connect(self._changed)
        self.not_before.toggled.connect(self._changed)
        for w in (self.name,):
            w.textChanged.connect(self._autosave.start)
        for w in (self.purpose, self.message, self.material):
            w.textChanged.connect(self._autosave.start)
        for w in (self.starts, self.ends):
            w.dateChanged.connect(self._autosave.start)
        for w in (self.guide, self.previous):
            w.currentIndexChanged.connect(self._autosave.start)
        self._count()

    # --- widgets -------------------------------------------------------------------------------
    def _date_edit(self) -> QDateEdit:
        d = QDateEdit()
        d.setDisplayFormat("dd.MM.yyyy")
        d.setCalendarPopup(True)
        d.setLocale(fmt.locale())
        return d

    @staticmethod
    def _text(placeholder: str) -> QPlainTextEdit:
        t = QPlainTextEdit()
        t.setPlaceholderText(placeholder)
        t.setFixedHeight(64)
        return t

    @staticmethod
    def _error_label() -> QLabel:
        label = QLabel()
        label.setStyleSheet("color: #b3261e;")
        label.setWordWrap(True)
        label.hide()
        return label

    def _with_error(self, key: str, widget: QWidget) -> QWidget:
        holder = QWidget()
        lay = QVBoxLayout(holder)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(widget)
        self.errors[key] = self._error_label()
        lay.addWidget(self.errors[key])
        return holder

    @staticmethod
    def _checklist(values) -> QListWidget:
        w = QListWidget()
        w.setMinimumHeight(150)
        for v in values:
            item = QListWidgetItem(v)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            w.addItem(item)
        return w

    @staticmethod
    def _ticked(w: QListWidget) -> list[str]:
        return [w.item(i).text() for i in range(w.count()) if w.item(i).checkState() == Qt.CheckState.Checked]

    @staticmethod
    def _tick(w: QListWidget, values) -> None:
        wanted = set(values or ())
        for i in range(w.count()):
            item = w.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.text() in wanted else Qt.CheckState.Unchecked)

    # --- values --------------------------------------------------------------------------------
    @staticmethod
    def _values_of(c: CampaignDTO) -> dict:
        k = c.criteria
        return {"name": c.name, "starts_on": c.starts_on.isoformat(), "ends_on": c.ends_on.isoformat(),
                "purpose": c.purpose or "", "message": c.message or "", "material": c.material or "",
                "template_id": str(c.template_id) if c.template_id else "", "visit_minutes": c.visit_minutes,
                "previous_id": str(c.previous_id) if c.previous_id else "", "employees_min": k.employees_min or 0,
                "employees_max": k.employees_max or 0, "industries": list(k.industries),
                "municipalities": list(k.municipalities), "sector": k.sector or "",
                "no_cooperation_months": k.no_cooperation_months, "not_contacted_before": k.not_contacted_before}

    def values(self) -> dict:
        return {"name": self.name.text(), "starts_on": _pydate(self.starts.date()).isoformat(),
                "ends_on": _pydate(self.ends.date()).isoformat(), "purpose": self.purpose.toPlainText(),
                "message": self.message.toPlainText(), "material": self.material.toPlainText(),
                "template_id": self.guide.currentData() or "", "visit_minutes": self.minutes.value(),
                "previous_id": self.previous.currentData() or "", "employees_min": self.emp_min.value(),
                "employees_max": self.emp_max.value(), "industries": self._ticked(self.industries),
                "municipalities": self._ticked(self.municipalities), "sector": self.sector.currentData() or "",
                "no_cooperation_months": self.no_coop_months.value() if self.no_coop.isChecked() else None,
                "not_contacted_before": self.not_before.isChecked()}

    def set_values(self, v: dict) -> None:
        self.name.setText(v.get("name", ""))
        for edit, key in ((self.starts, "starts_on"), (self.ends, "ends_on")):
            if v.get(key):
                edit.setDate(_qdate(dt.date.fromisoformat(v[key])))
        self.purpose.setPlainText(v.get("purpose", ""))
        self.message.setPlainText(v.get("message", ""))
        self.material.setPlainText(v.get("material", ""))
        if v.get("template_id"):
            self.guide.setCurrentIndex(max(0, self.guide.findData(v["template_id"])))
        self.minutes.setValue(int(v.get("visit_minutes") or 60))
        self.previous.setCurrentIndex(max(0, self.previous.findData(v.get("previous_id") or "")))
        self.emp_min.setValue(int(v.get("employees_min") or 0))
        self.emp_max.setValue(int(v.get("employees_max") or 0))
        self._tick(self.industries, v.get("industries"))
        self._tick(self.municipalities, v.get("municipalities"))
        self.sector.setCurrentIndex(max(0, self.sector.findData(v.get("sector") or "")))
        months = v.get("no_cooperation_months")
        self.no_coop.setChecked(bool(months))
        if months:
            self.no_coop_months.setValue(int(months))
        self.not_before.setChecked(bool(v.get("not_contacted_before", True)))

    def criteria(self) -> CampaignCriteria:
        v = self.values()
        return CampaignCriteria(
            employees_min=v["employees_min"] or None, employees_max=v["employees_max"] or None,
            industries=tuple(v["industries"]), municipalities=tuple(v["municipalities"]), sector=v["sector"] or None,
            no_cooperation_months=v["no_cooperation_months"], not_contacted_before=v["not_contacted_before"])

    def _input(self) -> CampaignInput:
        v = self.values()
        return CampaignInput(
            name=v["name"], starts_on=dt.date.fromisoformat(v["starts_on"]),
            ends_on=dt.date.fromisoformat(v["ends_on"]), purpose=v["purpose"], message=v["message"],
            material=v["material"], template_id=uuid.UUID(v["template_id"]) if v["template_id"] else None,
            visit_minutes=v["visit_minutes"], previous_id=uuid.UUID(v["previous_id"]) if v["previous_id"] else None,
            criteria=self.criteria())

    # --- live count, drafts, saving ------------------------------------------------------------
    def _changed(self, *_args) -> None:
        self._count_timer.start()
        self._autosave.start()

    def _count(self) -> None:
        crit = self.criteria()
        svc = self._services.campaigns

        def done(n: int) -> None:
            self.matching.setText(self.tr("%1 companies match the filter (before the companies left out).")
                                  .replace("%1", str(n)))

        self._tasks.run(lambda: svc.matching_count(crit), done)

    def _offer_draft(self, draft: dict) -> None:
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("There are unsaved changes from last time (for example after a crash). Restore them?"))
        if answer == QMessageBox.StandardButton.Yes:
            self.set_values(draft)
        else:
            self._drafts.discard(self._draft_key)

    def save(self) -> None:
        for label in self.errors.values():
            label.hide()
        self.general_error.hide()
        try:
            data = self._input()
            if self._campaign is None:
                self.saved = self._services.campaigns.create(data)
            else:
                self.saved = self._services.campaigns.update(self._campaign.id, data)
        except ValidationError as e:
            for key, text in e.errors.items():
                label = self.errors.get(key) or self.errors.get("ends_on" if key == "starts_on" else "") \
                    or self.general_error
                label.setText(text)
                label.show()
            return
        except JobCRMError as e:
            self.general_error.setText(str(e))
            self.general_error.show()
            return
        self._autosave.stop()
        self._drafts.discard(self._draft_key)
        self.accept()

    def reject(self) -> None:
        self._autosave.stop()
        self._drafts.discard(self._draft_key)
        super().reject()
