"""The completeness panel of the order editor: how much of "den gode jobordre" is in place (a score and a
bar), what is still missing — the minimum for searching first — and what the referral log suggests
(close as "behov dækket" when someone is hired; "Inaktiveret" when the wanted CVs are sent).
Clicking a missing item takes the consultant to its field."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jobcrm.domain.order_rules import GROUPS, Completeness, group_label

KEY_ROLE = Qt.ItemDataRole.UserRole
_RED, _AMBER, _GREEN = "#b3261e", "#b7791f", "#1e7b34"


class CompletenessPanel(QFrame):
    item_clicked = Signal(str)  # the completeness item's key
    offer_accepted = Signal(str)  # the status to set

    def __init__(self, lang: str = "da", parent: QWidget | None = None):
        super().__init__(parent)
        self._lang = lang
        self.setObjectName("completeness")
        self.setStyleSheet("QFrame#completeness { background: #f6f8fb; border: 1px solid #d5dde8;"
                           " border-radius: 6px; }")
        self.setMinimumWidth(300)
        self.setMaximumWidth(340)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(6)
        heading = QLabel(self.tr("The good job order"))
        heading.setStyleSheet("font-size: 15px; font-weight: bold; color: #1f3a5f;")
        layout.addWidget(heading)
        self.score_label = QLabel()
        self.score_label.setStyleSheet("font-size: 30px; font-weight: bold;")
        layout.addWidget(self.score_label)
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(10)
        layout.addWidget(self.bar)
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.minimum_ok = QLabel()
        self.minimum_ok.setWordWrap(True)
        layout.addWidget(self.minimum_ok)
        missing = QLabel(self.tr("Still missing (click to go to the field):"))
        missing.setStyleSheet("font-weight: bold; margin-top: 6px;")
        layout.addWidget(missing)
        self.missing = QListWidget()
        self.missing.setObjectName("missingList")
        self.missing.setStyleSheet("QListWidget#missingList { background: white; border: 1px solid #dde3ea; }"
                                   " QListWidget#missingList::item { padding: 2px 4px; }")
        self.missing.setWordWrap(True)
        self.missing.itemActivated.connect(self._on_item)
        self.missing.itemClicked.connect(self._on_item)
        layout.addWidget(self.missing, 1)
        self.offers_box = QWidget()
        self.offers_layout = QVBoxLayout(self.offers_box)
        self.offers_layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.offers_box)
        self.completeness: Completeness | None = None

    def set_completeness(self, c: Completeness) -> None:
        self.completeness = c
        colour = _GREEN if c.score >= 80 else _AMBER if c.score >= 50 else _RED
        self.score_label.setText(f"{c.score} %")
        self.score_label.setStyleSheet(f"font-size: 30px; font-weight: bold; color: {colour};")
        self.bar.setValue(c.score)
        self.bar.setStyleSheet(f"QProgressBar {{ border: none; background: #e3e8ef; border-radius: 5px; }}"
                               f" QProgressBar::chunk {{ background: {colour}; border-radius: 5px; }}")
        self.summary.setText(self.tr("%1 of %2 parts in place. An order can be saved before it is complete.")
                             .replace("%1", str(c.done)).replace("%2", str(c.total)))
        minimum = c.minimum_missing
        if minimum:
            self.minimum_ok.setText(self.tr("The minimum for searching lacks %1 part(s).")
                                    .replace("%1", str(len(minimum))))
            self.minimum_ok.setStyleSheet(f"color: {_RED}; font-weight: bold;")
        else:
            self.minimum_ok.setText(self.tr("✓ The minimum for searching is in place."))
            self.minimum_ok.setStyleSheet(f"color: {_GREEN}; font-weight: bold;")
        self.missing.clear()
        for group, _title in GROUPS:
            items = [i for i in c.missing if i.group == group]
            if not items:
                continue
            head = QListWidgetItem(group_label(group, self._lang))
            font = QFont()
            font.setBold(True)
            head.setFont(font)
            head.setFlags(Qt.ItemFlag.NoItemFlags)
            head.setForeground(QBrush(QColor(_RED if group == "minimum" else "#3d4a5c")))
            self.missing.addItem(head)
            for item in items:
                row = QListWidgetItem("•  " + item.label_in(self._lang))
                row.setData(KEY_ROLE, item.key)
                row.setToolTip(self.tr("Go to the field"))
                self.missing.addItem(row)
        if not c.missing:
            done = QListWidgetItem(self.tr("Nothing is missing."))
            done.setFlags(Qt.ItemFlag.NoItemFlags)
            self.missing.addItem(done)

    def set_offers(self, offers: list[tuple[str, str, str]]) -> None:
        """(status, explanation, button text) for each suggestion."""
        while self.offers_layout.count():
            w = self.offers_layout.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        self.offer_buttons: dict[str, QPushButton] = {}
        for status, text, button_text in offers:
            note = QLabel(text)
            note.setWordWrap(True)
            note.setStyleSheet("background: #e5f3e8; border: 1px solid #9fcfaa; border-radius: 4px; padding: 6px;")
            button = QPushButton(button_text)
            button.clicked.connect(lambda _=False, s=status: self.offer_accepted.emit(s))
            self.offers_layout.addWidget(note)
            self.offers_layout.addWidget(button)
            self.offer_buttons[status] = button
        self.offers_box.setVisible(bool(offers))

    def missing_keys(self) -> list[str]:
        return [self.missing.item(i).data(KEY_ROLE) for i in range(self.missing.count())
                if self.missing.item(i).data(KEY_ROLE)]

    def _on_item(self, item: QListWidgetItem) -> None:
        key = item.data(KEY_ROLE)
        if key:
            self.item_clicked.emit(key)
