"""A page that says what will come there, until its feature lands."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderPage(QWidget):
    def __init__(self, title: str, intro: str, coming: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        heading = QLabel(title)
        heading.setObjectName("pageTitle")
        layout.addWidget(heading)
        text = QLabel(intro)
        text.setWordWrap(True)
        layout.addWidget(text)
        items = "".join(f"<li style='margin-bottom:4px'>{c}</li>" for c in coming)
        box = QLabel(f"<p><b>{self.tr('Coming here:')}</b></p><ul>{items}</ul>")
        box.setObjectName("comingBox")
        box.setWordWrap(True)
        box.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(box)
        layout.addStretch(1)
