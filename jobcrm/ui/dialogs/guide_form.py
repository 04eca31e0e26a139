"""Udfyld besøgsguide: the guide as a fast, keyboard-friendly checklist, during or after the visit, offline.

- The themes are listed on the left with ● (touched) / ○ (not yet): "alle emner/temaer skal berøres".
- Everything is written to the local database continuously: at most AUTOSAVE_MS after the first change
  (so a crash or a power cut loses at most a couple of seconds); the top bar says "Gemt 10:42".
- While the form is open a small marker (DraftStore "guide-open") says so; if the app dies, the next
  start finds the marker and offers to continue where the consultant was.
- Keyboard: Tab moves on, Alt+1…9 jumps to a theme, Ctrl+PgDown/PgUp next/previous theme,
  Ctrl+Shift+A adds an agreement, Ctrl+S saves now, Ctrl+Enter saves and registers the visit.
"""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from jobcrm.domain.dates import DateParseError
from jobcrm.domain.vocab import VISIT_STATUS, VISIT_TYPE
from jobcrm.errors import JobCRMError, ValidationError
from jobcrm.services.guides import NOTE, TOUCHED, GuideService, is_answered
from jobcrm.services.visit_dto import GuideFillDTO
from jobcrm.ui import fmt
from jobcrm.ui.dialogs.guide_widgets import (
    AftaleItem,
    AgreementsCard,
    ChoiceItem,
    DateItem,
    MultiItem,
    NumberItem,
    OutcomeCard,
    SectionCard,
    TextItem,
    TickItem,
)
from jobcrm.ui.drafts import DraftStore

AUTOSAVE_MS = 2000
OPEN_MARKER = "guide-open"

STYLE = """
QFrame#sectionCard { background: white; border: 1px solid #d5dde8; border-radius: 8px; }
QLabel#sectionTitle { font-size: 16px; font-weight: bold; color: #1f3a5f; }
QLabel#sectionHelp { color: #5f6b7a; font-size: 12px; }
QLabel#question { font-weight: bold; color: #26323f; }
QWidget#guideTop { background: #1f3a5f; }
QWidget#guideBottom { background: #f3f6fa; border-top: 1px solid #d5dde8; }
QLabel#guideTitle { font-size: 18px; font-weight: bold; color: white; }
QLabel#guideSub { color: #dbe6f3; }
QPushButton#topButton { background: #2d5183; color: white; border: 1px solid #5b7fae; border-radius: 4px;
                        padding: 5px 12px; }
QPushButton#topButton:hover { background: #3a6299; }
QLabel#savedLabel { background: #e5f3e8; color: #1e5b2e; font-weight: bold; border-radius: 10px; padding: 4px 12px; }
QLabel#savedLabel[dirty="true"] { background: #fff4d6; color: #7a4a00; }
QLabel#savedLabel[failed="true"] { background: #fdecea; color: #b3261e; }
QListWidget#themeNav { border: none; background: #f3f6fa; font-size: 13px; outline: 0; }
QListWidget#themeNav::item { padding: 8px 10px; border-left: 4px solid transparent; }
QListWidget#themeNav::item:selected { background: #dbe6f3; color: black; border-left: 4px solid #1f3a5f; }
QLabel#touchedSummary { font-weight: bold; padding: 8px 10px 2px 10px; }
QLabel#touchedHint { color: #5f6b7a; padding: 0 10px 8px 10px; font-size: 12px; }
QWidget#formBody { background: #eef2f7; }
"""


class GuideForm(QDialog):
    changed = Signal(object)  # ChangeSet, after registering
    saved = Signal(object)  # the saved-at time, after each autosave
    brief_requested = Signal(object)  # visit id
    job_order_requested = Signal(object)  # company id
    slot_requested = Signal(object)  # company id

    def __init__(self, services, drafts: DraftStore, visit_id: uuid.UUID, lang: str = "da",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._drafts = drafts
        self._lang = lang
        self.visit_id = visit_id
        self.fill: GuideFillDTO = services.guides.open_guide(visit_id)
        self.visit = self.fill.visit
        self.registered = False
        self.last_saved: dt.datetime | None = self.visit.guide_saved_at
        self._dirty: set[str] = set()
        self._agreements_dirty = False
        self._outcome_dirty = False
        self._loading = True
        self.setWindowTitle(self.tr("Visit guide — %1").replace("%1", self.visit.company_name))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setStyleSheet(STYLE)
        self.resize(1280, 860)

        consultants = services.consultants.list()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._top_bar())

        splitter = QSplitter()
        nav_box = QWidget()
        nl = QVBoxLayout(nav_box)
        nl.setContentsMargins(0, 0, 0, 0)
        nl.setSpacing(0)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("touchedSummary")
        self.hint_label = QLabel(self.tr("The guide need not be followed slavishly, but every theme must be "
                                         "touched."))
        self.hint_label.setObjectName("touchedHint")
        self.hint_label.setWordWrap(True)
        self.nav = QListWidget()
        self.nav.setObjectName("themeNav")
        self.nav.setWordWrap(True)
        self.nav.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.currentRowChanged.connect(self._go_to_row)
        nl.addWidget(self.summary_label)
        nl.addWidget(self.hint_label)
        nl.addWidget(self.nav, 1)
        keys = QLabel(self.tr("Keys: Tab next field · Alt+1…%1 go to a theme · Ctrl+PgDown next theme · "
                              "Ctrl+Shift+A new agreement · Ctrl+S save now · Ctrl+Enter register")
                      .replace("%1", str(min(9, len(self.fill.version.sections) + 2))))
        keys.setObjectName("touchedHint")
        keys.setWordWrap(True)
        nl.addWidget(keys)
        nav_box.setStyleSheet("background: #f3f6fa;")
        splitter.addWidget(nav_box)

        body = QWidget()
        body.setObjectName("formBody")
        self.body_layout = QVBoxLayout(body)
        self.body_layout.setContentsMargins(18, 14, 18, 18)
        self.body_layout.setSpacing(12)
        self.sections: list[SectionCard] = []
        self.items: dict[str, object] = {}
        today = services.ctx.clock.today
        visit_day = self.visit.start_at.astimezone().date()

        def due_hint(text: str) -> str:
            if not text.strip():
                return ""
            try:
                return fmt.date(services.guides.resolve_due(visit_day, text))
            except DateParseError:
                return self.tr("?")

        def make_item(item):
            kinds = {"tick": TickItem, "text": TextItem, "choice": ChoiceItem, "multi": MultiItem,
                     "number": NumberItem}
            if item.kind == "date":
                w = DateItem(item, today, services.settings.calendar)
            elif item.kind == "aftale":
                w = AftaleItem(item, consultants, self.visit.consultant_id, due_hint, lang)
            else:
                w = kinds.get(item.kind, TextItem)(item)
            self.items[item.key] = w
            return w

        if self.fill.version.description:
            intro = QLabel(self.fill.version.description)
            intro.setObjectName("sectionHelp")
            intro.setWordWrap(True)
            self.body_layout.addWidget(intro)
        for n, section in enumerate(self.fill.version.sections, 1):
            card = SectionCard(n, section, make_item)
            card.changed.connect(self._on_changed)
            self.sections.append(card)
            self.body_layout.addWidget(card)
        n = len(self.sections)
        self.agreements = AgreementsCard(n + 1, consultants, self.visit.consultant_id, due_hint, lang)
        self.agreements.changed.connect(self._on_agreements_changed)
        self.body_layout.addWidget(self.agreements)
        self.outcome = OutcomeCard(n + 2, lang)
        self.outcome.changed.connect(self._on_outcome_changed)
        self.body_layout.addWidget(self.outcome)
        self.body_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidget(body)
        self.scroll.setWidgetResizable(True)
        self.scroll.verticalScrollBar().valueChanged.connect(self._sync_nav)
        splitter.addWidget(self.scroll)
        splitter.setSizes([280, 1000])
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        layout.addWidget(self._bottom_bar())

        self._build_nav()
        self._load(self.fill)
        self._loading = False
        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_now)
        self._shortcuts()
        self._update_touched()
        self._show_saved()
        self._mark_open()
        first = next((w for w in self.items.values()), None)
        if first is not None:
            (getattr(first, "edit", None) or getattr(first, "box", None) or first).setFocus()

    # --- building ------------------------------------------------------------------------------
    def _top_bar(self) -> QWidget:
        bar = QWidget()
        bar.setObjectName("guideTop")
        bar.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        bl = QHBoxLayout(bar)
        bl.setContentsMargins(18, 10, 18, 10)
        v = self.visit
        titles = QVBoxLayout()
        title = QLabel(f"{v.company_name} — {self.fill.version.name}")
        title.setObjectName("guideTitle")
        start, end = v.start_at.astimezone(), v.end_at.astimezone()
        parts = [f"{fmt.long_date(start.date())} {start:%H:%M}–{end:%H:%M}",
                 VISIT_TYPE.label(v.visit_type, self._lang)]
        if v.contact_person_names:
            parts.append(", ".join(v.contact_person_names))
        parts.append(self.tr("version %1").replace("%1", str(self.fill.version.version)))
        sub = QLabel("  ·  ".join(parts))
        sub.setObjectName("guideSub")
        titles.addWidget(title)
        titles.addWidget(sub)
        bl.addLayout(titles, 1)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("savedLabel")
        bl.addWidget(self.saved_label)
        for text, slot in ((self.tr("Visit brief"), lambda: self.brief_requested.emit(self.visit_id)),
                           (self.tr("Create job order"), lambda: self.job_order_requested.emit(self.visit.company_id)),
                           (self.tr("Create placement slot"), lambda: self.slot_requested.emit(self.visit.company_id)),
                           (self.tr("Print…"), self.print_dialog)):
            b = QPushButton(text)
            b.setObjectName("topButton")
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.clicked.connect(slot)
            bl.addWidget(b)
        return bar

    def _bottom_bar(self) -> QWidget:
        bar = QWidget()
        bar.setObjectName("guideBottom")
        bar.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        bl = QHBoxLayout(bar)
        bl.setContentsMargins(18, 8, 18, 8)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e; font-weight: bold;")
        bl.addWidget(self.error_label, 1)
        bl.addWidget(QLabel(self.tr("Held as")))
        self.held_as = QComboBox()
        for code in ("afholdt", "afholdt_telefonisk"):
            self.held_as.addItem(VISIT_STATUS.label(code, self._lang), code)
        if self.visit.status in ("afholdt", "afholdt_telefonisk"):
            self.held_as.setCurrentIndex(self.held_as.findData(self.visit.status))
        bl.addWidget(self.held_as)
        self.register_button = QPushButton(self.tr("Save and register the visit"))
        self.register_button.setObjectName("primary")
        self.register_button.setToolTip("Ctrl+Enter")
        self.register_button.clicked.connect(self.register)
        bl.addWidget(self.register_button)
        close = QPushButton(self.tr("Close (saved)"))
        close.setToolTip(self.tr("Everything is saved as you type; you can continue later"))
        close.clicked.connect(self.close)
        bl.addWidget(close)
        return bar

    def _build_nav(self) -> None:
        self.nav.blockSignals(True)
        self.nav.clear()
        for card in self.sections:
            QListWidgetItem(card.title.text(), self.nav)
        QListWidgetItem(self.agreements.title_text, self.nav)
        QListWidgetItem(self.outcome.title_text, self.nav)
        self.nav.blockSignals(False)

    def _cards(self) -> list[QWidget]:
        return [*self.sections, self.agreements, self.outcome]

    def _shortcuts(self) -> None:
        QShortcut(QKeySequence("Ctrl+S"), self, activated=self.save_now)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.register)
        QShortcut(QKeySequence("Ctrl+PgDown"), self, activated=lambda: self.go_to(self._current_card() + 1))
        QShortcut(QKeySequence("Ctrl+PgUp"), self, activated=lambda: self.go_to(self._current_card() - 1))
        QShortcut(QKeySequence("Ctrl+Shift+A"), self,
                  activated=lambda: (self.go_to(len(self.sections)), self.agreements.add_row(focus=True)))
        for i in range(min(9, len(self._cards()))):
            QShortcut(QKeySequence(f"Alt+{i + 1}"), self, activated=lambda i=i: self.go_to(i))

    # --- loading -------------------------------------------------------------------------------
    def _load(self, fill: GuideFillDTO) -> None:
        for card in self.sections:
            key = card.section.key
            card.touched_box.setChecked(fill.answers.get(key + TOUCHED) is True)
            card.note.setPlainText(str(fill.answers.get(key + NOTE) or ""))
        for key, w in self.items.items():
            if isinstance(w, AftaleItem):
                continue
            if key in fill.answers:
                w.set_value(fill.answers[key])
        for a in fill.agreements:
            w = self.items.get(a.item_key) if a.item_key else None
            if isinstance(w, AftaleItem):
                w.set_agreement(a)
            elif a.item_key is None:
                self.agreements.add_row(a)
        self.outcome.set_value(fill.outcome)

    # --- navigation ----------------------------------------------------------------------------
    def go_to(self, index: int) -> None:
        cards = self._cards()
        index = max(0, min(index, len(cards) - 1))
        self.scroll.verticalScrollBar().setValue(cards[index].y() - 8)
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(index)
        self.nav.blockSignals(False)

    def _go_to_row(self, row: int) -> None:
        if row >= 0:
            self.go_to(row)

    def _current_card(self) -> int:
        y = self.scroll.verticalScrollBar().value() + 20
        index = 0
        for i, card in enumerate(self._cards()):
            if card.y() <= y:
                index = i
        return index

    def _sync_nav(self, _value: int) -> None:
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(self._current_card())
        self.nav.blockSignals(False)

    # --- change tracking and autosave ----------------------------------------------------------
    def _on_changed(self, key: str) -> None:
        if self._loading:
            return
        w = self.items.get(key)
        if isinstance(w, AftaleItem):
            self._agreements_dirty = True
        else:
            self._dirty.add(key)
        self._changed()

    def _on_agreements_changed(self) -> None:
        if not self._loading:
            self._agreements_dirty = True
            self._changed()

    def _on_outcome_changed(self) -> None:
        if not self._loading:
            self._outcome_dirty = True
            self._changed()

    def _changed(self) -> None:
        self._update_touched()
        self._show_saved(dirty=True)
        if not self._autosave.isActive():  # not restarted while typing: saved at most AUTOSAVE_MS later
            self._autosave.start()

    def is_dirty(self) -> bool:
        return bool(self._dirty or self._agreements_dirty or self._outcome_dirty)

    def _answer(self, key: str):
        if key.endswith(TOUCHED) or key.endswith(NOTE):
            card = next(c for c in self.sections if key.startswith(c.section.key + "#"))
            return card.touched_box.isChecked() if key.endswith(TOUCHED) else card.note.toPlainText()
        return self.items[key].value()

    def _agreement_inputs(self):
        out = [w.agreement() for w in self.items.values() if isinstance(w, AftaleItem)]
        return [a for a in out if a is not None] + self.agreements.inputs()

    def save_now(self) -> bool:
        """Write what changed since the last save (one short transaction). Returns False on failure."""
        self._autosave.stop()
        if not self.is_dirty():
            return True
        answers = {k: self._answer(k) for k in self._dirty}
        agreements = self._agreement_inputs() if self._agreements_dirty else None
        outcome = self.outcome.value() if self._outcome_dirty else None
        try:
            result = self._services.guides.autosave(self.visit_id, answers, agreements, outcome)
        except JobCRMError as e:
            self._show_saved(failed=str(e))
            return False
        self._dirty.clear()
        self._agreements_dirty = self._outcome_dirty = False
        self.last_saved = result.saved_at
        for key, w in self.items.items():
            if hasattr(w, "mark_error"):
                w.mark_error(key in result.refused)
        if result.refused:
            self.error_label.setText(self.tr("Not saved: %1").replace("%1", " ".join(result.refused.values())))
        else:
            self.error_label.setText("")
        self._show_saved()
        self._mark_open()
        self.saved.emit(result.saved_at)
        return True

    def _show_saved(self, dirty: bool = False, failed: str | None = None) -> None:
        label = self.saved_label
        if failed:
            label.setText(self.tr("Not saved!"))
            label.setToolTip(failed)
        elif dirty:
            label.setText(self.tr("Saving…"))
        elif self.last_saved is not None:
            label.setText(self.tr("Saved %1").replace("%1", f"{self.last_saved.astimezone():%H:%M}"))
            label.setToolTip(self.tr("Saved on this computer %1").replace(
                "%1", f"{self.last_saved.astimezone():%H:%M:%S}"))
        else:
            label.setText(self.tr("Nothing written yet"))
        label.setProperty("dirty", dirty)
        label.setProperty("failed", bool(failed))
        label.style().unpolish(label)
        label.style().polish(label)

    def _update_touched(self) -> None:
        touched = 0
        agreed_keys = {a.item_key for a in self._agreement_inputs() if a.item_key and a.title.strip()}
        for i, card in enumerate(self.sections):
            on = card.touched_box.isChecked() or bool(card.note.toPlainText().strip()) or any(
                (w.item.key in agreed_keys) if isinstance(w, AftaleItem) else is_answered(w.value())
                for w in card.items.values())
            card.set_touched(on)
            touched += on
            item = self.nav.item(i)
            if item is not None:
                item.setText(("●  " if on else "○  ") + card.title.text())
                item.setForeground(QColor("#1e7b34") if on else QColor("#8a5a00"))
        agreed = len([a for a in self._agreement_inputs() if a.title.strip()])
        item = self.nav.item(len(self.sections))
        if item is not None:
            item.setText(self.agreements.title_text + f" ({agreed})")
        total = len(self.sections)
        self.summary_label.setText(self.tr("%1 of %2 themes touched").replace("%1", str(touched))
                                   .replace("%2", str(total)))
        self.summary_label.setStyleSheet("color: #1e7b34;" if touched == total else "color: #a15c00;")
        self.touched_count = touched

    def untouched_titles(self) -> list[str]:
        return [c.section.title for c in self.sections if not c.state.text().startswith("●")]

    def _mark_open(self) -> None:
        self._drafts.save(OPEN_MARKER, {
            "visit_id": str(self.visit_id), "company": self.visit.company_name,
            "saved_at": self.last_saved.isoformat() if self.last_saved else None})

    # --- registering, printing, closing --------------------------------------------------------
    def register(self) -> None:
        if not self.save_now():
            return
        problems = self._services.guides.registration_problems(self.visit_id)
        if problems:
            self._show_problems(problems)
            return
        untouched = self.untouched_titles()
        if untouched:
            answer = QMessageBox.question(self, self.tr("Themes not touched"), self.tr(
                "These themes have not been touched:\n\n%1\n\nRegister the visit anyway?").replace(
                "%1", "\n".join(f"• {t}" for t in untouched)))
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            result = self._services.guides.register(self.visit_id, self.held_as.currentData())
        except ValidationError as e:
            self._show_problems(e.errors)
            return
        except JobCRMError as e:
            self.error_label.setText(str(e))
            return
        self.registered = True
        self.changed.emit(GuideService.changes_after_register(result))
        self._drafts.discard(OPEN_MARKER)
        self.result_ = result
        self.accept()

    def _show_problems(self, errors: dict[str, str]) -> None:
        """Say what stops the registration and go to where it can be fixed."""
        self.error_label.setText("\n".join(errors.values()))
        if any(k.startswith(("labour_need", "outcome")) for k in errors):
            self.go_to(len(self.sections) + 1)
            self.outcome.need_buttons["aktuelt"].setFocus()
        elif any(k.startswith("agreement:") for k in errors):
            self.go_to(len(self.sections))
        else:
            card = next((i for i, c in enumerate(self.sections) if any(k in c.items for k in errors)), None)
            if card is not None:
                self.go_to(card)

    def print_dialog(self) -> None:
        day = self.visit.start_at.astimezone().date()
        name = f"Besøgsguide {self.visit.company_name} {fmt.date(day)}.pdf".replace("/", "-")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the guide as PDF"), name, "PDF (*.pdf)")
        if path:
            self.print_to(path)

    def print_to(self, path: str) -> None:
        from jobcrm.pdf.base import write_atomically
        from jobcrm.pdf.guide import guide_pdf

        self.save_now()
        fill = self._services.guides.fill(self.visit_id)
        write_atomically(path, guide_pdf(fill.version, self._services.ctx.clock.today(), fill))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_now()
        self._drafts.discard(OPEN_MARKER)
        super().closeEvent(event)

    def reject(self) -> None:  # Esc: close, everything is saved
        self.save_now()
        self._drafts.discard(OPEN_MARKER)
        super().reject()

    def done(self, result: int) -> None:
        self._autosave.stop()
        super().done(result)

