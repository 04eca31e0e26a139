"""The pieces of the guide form: one widget per item kind (tick, text, choice, multi, number, date, aftale), a
theme card with its "Berørt" box and notes, the Aftaler list and the Udbytte (outcome) section.

Every widget emits `changed` when the consultant edits it; the form collects the values and autosaves."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from jobcrm.domain.dates import DateParseError, parse_date
from jobcrm.domain.vocab import LABOUR_NEED, MATERIAL, PROMISED_BY, SCHEME_PRESENTED
from jobcrm.services.visit_dto import (
    AgreementDTO,
    AgreementInput,
    GuideItemDTO,
    GuideSectionDTO,
    OutcomeInput,
)
from jobcrm.ui import fmt

ERROR_STYLE = "border: 1px solid #b3261e; background: #fdecea;"


class NoteEdit(QPlainTextEdit):
    """A text answer: Tab moves on, the box grows with what is written (2 to 8 lines)."""

    def __init__(self, placeholder: str = "", parent=None, min_lines: int = 2):
        super().__init__(parent)
        self._min_lines = min_lines
        self.setTabChangesFocus(True)
        self.setPlaceholderText(placeholder)
        self.document().contentsChanged.connect(self._fit)
        self._fit()

    def _fit(self) -> None:
        line = self.fontMetrics().lineSpacing()
        lines = max(self._min_lines, min(8, int(self.document().size().height()) or 1))
        self.setFixedHeight(lines * line + 12)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()


class ItemWidget(QWidget):
    changed = Signal(str)  # the item key

    def __init__(self, item: GuideItemDTO, parent=None):
        super().__init__(parent)
        self.item = item
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(22 if item.level else 0, 2, 0, 2)
        self.layout_.setSpacing(3)

    def question(self) -> QLabel:
        label = QLabel(self.item.text)
        label.setWordWrap(True)
        label.setObjectName("question")
        if self.item.help:
            label.setToolTip(self.item.help)
        self.layout_.addWidget(label)
        return label

    def value(self):
        raise NotImplementedError

    def set_value(self, value) -> None:
        raise NotImplementedError

    def mark_error(self, on: bool) -> None:
        self.setStyleSheet(ERROR_STYLE if on else "")

    def _emit(self, *_args) -> None:
        self.changed.emit(self.item.key)


class TickItem(ItemWidget):
    def __init__(self, item, parent=None):
        super().__init__(item, parent)
        self.box = QCheckBox(item.text)
        if item.help:
            self.box.setToolTip(item.help)
        self.box.toggled.connect(self._emit)
        self.layout_.addWidget(self.box)

    def value(self):
        return self.box.isChecked()

    def set_value(self, value) -> None:
        self.box.setChecked(bool(value))


class TextItem(ItemWidget):
    def __init__(self, item, parent=None):
        super().__init__(item, parent)
        self.question()
        self.edit = NoteEdit(min_lines=1)
        self.edit.textChanged.connect(self._emit)
        self.layout_.addWidget(self.edit)

    def value(self):
        return self.edit.toPlainText()

    def set_value(self, value) -> None:
        self.edit.setPlainText(str(value or ""))


class ChoiceItem(ItemWidget):
    """Radio buttons; clicking the chosen one again clears the answer."""

    def __init__(self, item, parent=None):
        super().__init__(item, parent)
        self.question()
        row = QHBoxLayout()
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        self.buttons: list[QRadioButton] = []
        for option in item.options:
            b = QRadioButton(option)
            self.group.addButton(b)
            self.buttons.append(b)
            row.addWidget(b)
        row.addStretch(1)
        self.group.buttonClicked.connect(self._clicked)
        self.layout_.addLayout(row)

    def _clicked(self, button: QAbstractButton) -> None:
        for b in self.buttons:
            if b is not button:
                b.setChecked(False)
        self._emit()

    def value(self):
        return next((b.text() for b in self.buttons if b.isChecked()), None)

    def set_value(self, value) -> None:
        for b in self.buttons:
            b.setChecked(b.text() == value)


class MultiItem(ItemWidget):
    def __init__(self, item, parent=None):
        super().__init__(item, parent)
        self.question()
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        self.boxes: list[QCheckBox] = []
        for i, option in enumerate(item.options):
            b = QCheckBox(option)
            b.toggled.connect(self._emit)
            grid.addWidget(b, i // 3, i % 3)
            self.boxes.append(b)
        self.layout_.addLayout(grid)

    def value(self):
        return [b.text() for b in self.boxes if b.isChecked()]

    def set_value(self, value) -> None:
        chosen = set(value or ())
        for b in self.boxes:
            b.setChecked(b.text() in chosen)


class NumberItem(ItemWidget):
    def __init__(self, item, parent=None):
        super().__init__(item, parent)
        self.question()
        self.edit = QLineEdit()
        self.edit.setMaximumWidth(140)
        self.edit.setValidator(QRegularExpressionValidator(r"^-?[0-9 .]*(,[0-9]*)?$", self.edit))
        self.edit.textChanged.connect(self._emit)
        self.layout_.addWidget(self.edit)

    def value(self):
        return self.edit.text().strip() or None

    def set_value(self, value) -> None:
        text = "" if value is None else (f"{value:g}".replace(".", ",") if isinstance(value, float) else str(value))
        self.edit.setText(text)


class DateItem(ItemWidget):
    """A date typed the Danish way ("24.11.2026", "i morgen", "+2 uger"); the day it means is shown beside it."""

    def __init__(self, item, today, calendar, parent=None):
        super().__init__(item, parent)
        self._today, self._calendar = today, calendar
        self.question()
        row = QHBoxLayout()
        self.edit = QLineEdit()
        self.edit.setMaximumWidth(180)
        self.edit.setPlaceholderText("24.11.2026")
        self.hint = QLabel()
        self.hint.setObjectName("muted")
        row.addWidget(self.edit)
        row.addWidget(self.hint, 1)
        self.layout_.addLayout(row)
        self.edit.textChanged.connect(self._on_text)

    def _parsed(self):
        text = self.edit.text().strip()
        if not text:
            return None
        return parse_date(text, self._today(), self._calendar())

    def _on_text(self, _text: str) -> None:
        try:
            day = self._parsed()
            self.hint.setText(fmt.long_date(day) if day else "")
        except DateParseError as e:
            self.hint.setText(str(e))
        self._emit()

    def value(self):
        try:
            day = self._parsed()
        except DateParseError:
            return self.edit.text()  # the service refuses it and the form shows why
        return day.isoformat() if day else None

    def set_value(self, value) -> None:
        import datetime as dt

        try:
            self.edit.setText(fmt.date(dt.date.fromisoformat(value)) if value else "")
        except (TypeError, ValueError):
            self.edit.setText(str(value or ""))


class AgreementFields(QWidget):
    """What is agreed, who does it, by when and who is responsible (one row)."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, consultants, default_responsible: uuid.UUID | None, due_hint, lang: str, removable: bool,
                 parent=None):
        super().__init__(parent)
        self._due_hint = due_hint
        self.agreement_id = uuid.uuid4()
        self.promise_id = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("What is agreed"))
        self.who = QComboBox()
        for term in PROMISED_BY:
            self.who.addItem(term.label(lang), term.code)
        self.due = QLineEdit()
        self.due.setPlaceholderText(self.tr("+3 arbejdsdage"))
        self.due.setMaximumWidth(130)
        self.hint = QLabel()
        self.hint.setObjectName("muted")
        self.hint.setMinimumWidth(86)
        self.responsible = QComboBox()
        for c in consultants:
            self.responsible.addItem(c.initials, str(c.id))
        self.responsible.setToolTip(self.tr("Responsible consultant"))
        if default_responsible is not None:
            self.responsible.setCurrentIndex(max(self.responsible.findData(str(default_responsible)), 0))
        row.addWidget(self.title, 3)
        row.addWidget(self.who)
        row.addWidget(self.due)
        row.addWidget(self.hint)
        row.addWidget(self.responsible)
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.setToolTip(self.tr("Remove the agreement"))

        self.remove.setVisible(removable)
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        row.addWidget(self.remove)
        self.state = QLabel()
        self.state.setObjectName("muted")
        self.state.hide()
        row.addWidget(self.state)
        for signal in (self.title.textChanged, self.due.textChanged, self.who.currentIndexChanged,
                       self.responsible.currentIndexChanged):
            signal.connect(self.changed)
        self.due.textChanged.connect(self._show_due)

    def _show_due(self, text: str) -> None:
        self.hint.setText(self._due_hint(text))

    def set_from(self, a: AgreementDTO) -> None:
        self.agreement_id = a.id
        self.promise_id = a.promise_id
        self.title.setText(a.title)
        self.who.setCurrentIndex(max(self.who.findData(a.promised_by), 0))
        self.due.setText(a.due_text or (fmt.date(a.due_date) if a.due_date else ""))
        if a.responsible_id:
            self.responsible.setCurrentIndex(max(self.responsible.findData(str(a.responsible_id)), 0))
        if a.promise_id is not None:  # already a follow-up in the inbox: change it there
            for w in (self.title, self.who, self.due, self.responsible, self.remove):
                w.setEnabled(False)
            self.state.setText(self.tr("Follow-up created"))
            self.state.show()

    def to_input(self, item_key: str | None, purpose: str) -> AgreementInput:
        resp = self.responsible.currentData()
        return AgreementInput(id=self.agreement_id, title=self.title.text(), item_key=item_key,
                              promised_by=self.who.currentData(), responsible_id=uuid.UUID(resp) if resp else None,
                              due_text=self.due.text(), purpose=purpose)


class AftaleItem(ItemWidget):
    """An "aftale" item: tick it and it becomes an agreement (a promise when the visit is registered)."""

    def __init__(self, item, consultants, default_responsible, due_hint, lang, parent=None):
        super().__init__(item, parent)
        self.box = QCheckBox(self.tr("Agreed: %1").replace("%1", item.text))
        self.box.setObjectName("aftaleBox")
        self.layout_.addWidget(self.box)
        self.fields = AgreementFields(consultants, default_responsible, due_hint, lang, removable=False)
        self.fields.title.setText(item.text)
        self.fields.who.setCurrentIndex(max(self.fields.who.findData(item.promised_by or "jobcentret"), 0))
        self.fields.due.setText(item.due or "")
        self.fields.setEnabled(False)
        self.layout_.addWidget(self.fields)
        self.box.toggled.connect(self._toggled)
        self.fields.changed.connect(self._emit)

    def _toggled(self, on: bool) -> None:
        self.fields.setEnabled(on and self.fields.promise_id is None)
        if on:
            self.fields.title.setFocus()
        self._emit()

    def value(self):
        return self.box.isChecked()

    def set_value(self, value) -> None:
        self.box.setChecked(bool(value))

    def set_agreement(self, a: AgreementDTO) -> None:
        self.fields.set_from(a)
        self.box.blockSignals(True)
        self.box.setChecked(True)
        self.box.blockSignals(False)
        self.fields.setEnabled(a.promise_id is None)
        self.box.setEnabled(a.promise_id is None)

    def agreement(self) -> AgreementInput | None:
        if not self.box.isChecked():
            return None
        return self.fields.to_input(self.item.key, self.item.purpose or "nye_aftaler")


class SectionCard(QFrame):
    """One theme: heading with its number and state, the guidance text, the items, a "Berørt" box and notes."""

    changed = Signal(str)  # answer key

    def __init__(self, number: int, section: GuideSectionDTO, make_item, parent=None):
        super().__init__(parent)
        self.section = section
        self.setObjectName("sectionCard")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(6)
        head = QHBoxLayout()
        self.title = QLabel(f"{number}. {section.title}")
        self.title.setObjectName("sectionTitle")
        self.title.setWordWrap(True)
        head.addWidget(self.title, 1)
        self.state = QLabel()
        head.addWidget(self.state)
        self.touched_box = QCheckBox(self.tr("Mark as touched"))
        self.touched_box.setToolTip(self.tr("Tick when the theme was talked about, even if nothing is written"))
        self.touched_box.toggled.connect(lambda _on: self.changed.emit(section.key + "#touched"))
        head.addWidget(self.touched_box)
        layout.addLayout(head)
        if section.help:
            help_label = QLabel(section.help)
            help_label.setObjectName("sectionHelp")
            help_label.setWordWrap(True)
            layout.addWidget(help_label)
        self.items: dict[str, ItemWidget] = {}
        for item in section.items:
            w = make_item(item)
            w.changed.connect(self.changed)
            self.items[item.key] = w
            layout.addWidget(w)
        self.note = NoteEdit(self.tr("Notes on the theme…"), min_lines=1)
        self.note.textChanged.connect(lambda: self.changed.emit(section.key + "#note"))
        layout.addWidget(self.note)

    def set_touched(self, touched: bool) -> None:
        if touched:
            self.state.setText("● " + self.tr("touched"))
            self.state.setStyleSheet("color: #1e7b34; font-weight: bold;")
        else:
            self.state.setText("○ " + self.tr("not touched yet"))
            self.state.setStyleSheet("color: #a15c00; font-weight: bold;")


class AgreementsCard(QFrame):
    """Aftaler: the agreements not tied to an item — add as many as were made."""

    changed = Signal()

    def __init__(self, number: int, consultants, default_responsible, due_hint, lang: str, parent=None):
        super().__init__(parent)
        self.setObjectName("sectionCard")
        self._consultants, self._default, self._due_hint, self._lang = consultants, default_responsible, due_hint, lang
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        self.title_text = f"{number}. " + self.tr("Agreements – who does what, and by when")
        title = QLabel(self.title_text)
        title.setObjectName("sectionTitle")
        layout.addWidget(title)
        help_label = QLabel(self.tr("Each agreement becomes a follow-up with a responsible consultant and a due date "
                                    "when the visit is registered. Due dates count from the day of the visit."))
        help_label.setObjectName("sectionHelp")
        help_label.setWordWrap(True)
        layout.addWidget(help_label)
        self.rows_layout = QVBoxLayout()
        layout.addLayout(self.rows_layout)
        self.rows: list[AgreementFields] = []
        self.add_button = QPushButton(self.tr("+ Add agreement"))
        self.add_button.setToolTip("Ctrl+Shift+A")
        self.add_button.clicked.connect(lambda: self.add_row(focus=True))
        bar = QHBoxLayout()
        bar.addWidget(self.add_button)
        bar.addStretch(1)
        layout.addLayout(bar)

    def add_row(self, agreement: AgreementDTO | None = None, focus: bool = False) -> AgreementFields:
        row = AgreementFields(self._consultants, self._default, self._due_hint, self._lang, removable=True)
        if agreement is not None:
            row.set_from(agreement)
        row.changed.connect(self.changed)
        row.remove_requested.connect(self._remove)
        self.rows.append(row)
        self.rows_layout.addWidget(row)
        if focus:
            row.title.setFocus()
            self.changed.emit()
        return row

    def _remove(self, row: AgreementFields) -> None:
        self.rows.remove(row)
        row.setParent(None)
        row.deleteLater()
        self.changed.emit()

    def inputs(self) -> list[AgreementInput]:
        return [r.to_input(None, "nye_aftaler") for r in self.rows]


class OutcomeCard(QFrame):
    """Udbytte: labour need (aktuelt / snarligt / i fremtiden with when and why / intet), schemes presented,
    material handed over, and the summary that goes into the contact history."""

    changed = Signal()

    def __init__(self, number: int, lang: str, parent=None):
        super().__init__(parent)
        self.setObjectName("sectionCard")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(6)
        self.title_text = f"{number}. " + self.tr("Outcome of the visit")
        title = QLabel(self.title_text)
        title.setObjectName("sectionTitle")
        layout.addWidget(title)
        layout.addWidget(self._q(self.tr("The company's need for labour *")))
        row = QHBoxLayout()
        self.need = QButtonGroup(self)
        self.need_buttons: dict[str, QRadioButton] = {}
        for term in LABOUR_NEED:
            b = QRadioButton(term.label(lang))
            self.need.addButton(b)
            self.need_buttons[term.code] = b
            row.addWidget(b)
            b.toggled.connect(self._need_changed)
        row.addStretch(1)
        layout.addLayout(row)
        grid = QGridLayout()
        self.when = QLineEdit()
        self.when.setPlaceholderText(self.tr("e.g. in the spring, after New Year"))
        self.why = QLineEdit()
        self.why.setPlaceholderText(self.tr("e.g. seasonal work, maternity leave, new orders"))
        grid.addWidget(QLabel(self.tr("When")), 0, 0)
        grid.addWidget(self.when, 0, 1)
        grid.addWidget(QLabel(self.tr("Why")), 1, 0)
        grid.addWidget(self.why, 1, 1)
        layout.addLayout(grid)
        layout.addWidget(self._q(self.tr("Schemes presented")))
        self.schemes = self._boxes(layout, [(t.code, t.label(lang)) for t in SCHEME_PRESENTED])
        layout.addWidget(self._q(self.tr("Material handed over")))
        self.materials = self._boxes(layout, [(t.code, t.label(lang)) for t in MATERIAL])
        self.material_other = QLineEdit()
        self.material_other.setPlaceholderText(self.tr("Other material"))
        layout.addWidget(self.material_other)
        layout.addWidget(self._q(self.tr("Summary (goes into the contact history)")))
        self.summary = NoteEdit(self.tr("What happened at the visit, in a few lines…"), min_lines=3)
        layout.addWidget(self.summary)
        for signal in (self.when.textChanged, self.why.textChanged, self.material_other.textChanged,
                       self.summary.textChanged):
            signal.connect(self.changed)

    @staticmethod
    def _q(text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("question")
        return label

    def _boxes(self, layout, options) -> dict[str, QCheckBox]:
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        boxes = {}
        for i, (code, label) in enumerate(options):
            b = QCheckBox(label)
            b.toggled.connect(self.changed)
            grid.addWidget(b, i // 3, i % 3)
            boxes[code] = b
        layout.addLayout(grid)
        return boxes

    def _need_changed(self, on: bool) -> None:
        if on:
            self.changed.emit()

    def set_value(self, o: OutcomeInput) -> None:
        for code, b in self.need_buttons.items():
            b.setChecked(code == o.labour_need)
        self.when.setText(o.labour_need_when or "")
        self.why.setText(o.labour_need_why or "")
        for code, b in self.schemes.items():
            b.setChecked(code in o.schemes)
        for code, b in self.materials.items():
            b.setChecked(code in o.materials)
        self.material_other.setText(o.material_other or "")
        self.summary.setPlainText(o.summary or "")

    def value(self) -> OutcomeInput:
        need = next((code for code, b in self.need_buttons.items() if b.isChecked()), None)
        return OutcomeInput(labour_need=need, labour_need_when=self.when.text(), labour_need_why=self.why.text(),
                            schemes=tuple(c for c, b in self.schemes.items() if b.isChecked()),
                            materials=tuple(c for c, b in self.materials.items() if b.isChecked()),
                            material_other=self.material_other.text(), summary=self.summary.toPlainText())

    def fields(self) -> dict[str, QWidget]:
        return {"labour_need": self.need_buttons["aktuelt"].parentWidget(), "labour_need_when": self.when,
                "outcome.when": self.when, "outcome.why": self.why, "outcome.summary": self.summary,
                "outcome.material_other": self.material_other}
