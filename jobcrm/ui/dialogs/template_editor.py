"""Besøgsguides (for administrators): add, remove, reorder and reword themes and items. Saving makes a new
version; guides already filled keep the version they were filled with. Other consultants see the guides
read-only (the service refuses their changes too)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jobcrm.domain.vocab import GUIDE_ITEM_KIND, PROMISED_BY
from jobcrm.errors import JobCRMError, ValidationError
from jobcrm.services.guides import editable
from jobcrm.ui import fmt

ROLE = Qt.ItemDataRole.UserRole


class TemplateEditor(QDialog):
    def __init__(self, services, lang: str = "da", parent: QWidget | None = None,
                 template_id: uuid.UUID | None = None):
        super().__init__(parent)
        self._services = services
        self._lang = lang
        self.template_id: uuid.UUID | None = None
        self.content: list[dict] = []
        self._nodes: dict[int, dict] = {}
        self._loading = False
        self.dirty = False
        self.setWindowTitle(self.tr("Visit guides"))
        self.resize(1180, 780)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Guide")))
        self.choose = QComboBox()
        self.choose.setMinimumWidth(320)
        top.addWidget(self.choose)
        self.new_button = QPushButton(self.tr("New guide"))
        self.new_button.clicked.connect(self.new_template)
        top.addWidget(self.new_button)
        top.addStretch(1)
        self.version_label = QLabel()
        self.version_label.setObjectName("muted")
        top.addWidget(self.version_label)

        self.name = QLineEdit()
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(70)
        self.description.setTabChangesFocus(True)
        head = QFormLayout()
        head.addRow(self.tr("Name"), self.name)
        head.addRow(self.tr("Introduction"), self.description)

        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Themes and items"), self.tr("Kind")])
        self.tree.setColumnWidth(0, 420)
        self.tree.currentItemChanged.connect(self._show_node)
        buttons = QHBoxLayout()
        self.add_section_button = QPushButton(self.tr("+ Theme"))
        self.add_item_button = QPushButton(self.tr("+ Item"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        for b, slot in ((self.add_section_button, self.add_section), (self.add_item_button, self.add_item),
                        (self.remove_button, self.remove), (self.up_button, lambda: self.move(-1)),
                        (self.down_button, lambda: self.move(1))):
            b.clicked.connect(slot)
            buttons.addWidget(b)
        buttons.addStretch(1)
        QShortcut(QKeySequence("Ctrl+Up"), self, activated=lambda: self.move(-1))
        QShortcut(QKeySequence("Ctrl+Down"), self, activated=lambda: self.move(1))
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.tree, 1)
        ll.addLayout(buttons)

        self.editor = QStackedWidget()
        hint = QLabel(self.tr("Choose a theme or an item to edit it."))
        hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.editor.addWidget(hint)
        self.editor.addWidget(self._section_editor())
        self.editor.addWidget(self._item_editor())
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setSizes([640, 520])

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e; font-weight: bold;")
        bottom = QHBoxLayout()
        bottom.addWidget(self.error_label, 1)
        self.save_button = QPushButton(self.tr("Save as new version"))
        self.save_button.setObjectName("primary")
        self.save_button.setToolTip("Ctrl+S")
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence("Ctrl+S"), self, activated=self.save)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        bottom.addWidget(self.save_button)
        bottom.addWidget(close)

        self.read_only = not services.guides.can_edit_templates()
        self.read_only_label = QLabel(self.tr(
            "Only an administrator can change the visit guides. You can read them here; ask an administrator "
            "if something should be changed."))
        self.read_only_label.setWordWrap(True)
        self.read_only_label.setStyleSheet("background: #fff4d6; border: 1px solid #e0b02a; padding: 6px;")
        self.read_only_label.setVisible(self.read_only)

        layout = QVBoxLayout(self)
        layout.addWidget(self.read_only_label)
        layout.addLayout(top)
        layout.addLayout(head)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.name.textEdited.connect(self._touch)
        self.description.textChanged.connect(self._touch)
        self._fill_choices(template_id)
        self.choose.currentIndexChanged.connect(self._choose)
        self._choose()
        if self.read_only:
            self._make_read_only()

    def _make_read_only(self) -> None:
        """For consultants who are not administrators: the guides can be read, not changed."""
        self.setWindowTitle(self.tr("Visit guides (read only)"))
        for b in (self.new_button, self.add_section_button, self.add_item_button, self.remove_button,
                  self.up_button, self.down_button, self.save_button):
            b.hide()
        for w in (self.name, self.description, self.section_title, self.section_help, self.item_text,
                  self.item_help, self.item_options, self.item_due):
            w.setReadOnly(True)
        for w in (self.item_kind, self.item_sub, self.item_who):
            w.setEnabled(False)

    # --- editors -------------------------------------------------------------------------------
    def _section_editor(self) -> QWidget:
        w = QWidget()
        outer = QVBoxLayout(w)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)
        self.section_title = QLineEdit()
        self.section_help = QPlainTextEdit()
        self.section_help.setTabChangesFocus(True)
        self.section_help.setFixedHeight(120)
        form.addRow(QLabel(self.tr("<b>Theme</b>")))
        form.addRow(self.tr("Heading"), self.section_title)
        form.addRow(self.tr("Guidance"), self.section_help)
        self.section_title.textEdited.connect(lambda t: self._set("title", t))
        self.section_help.textChanged.connect(lambda: self._set("help", self.section_help.toPlainText()))
        return w

    def _item_editor(self) -> QWidget:
        w = QWidget()
        outer = QVBoxLayout(w)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)
        self.item_text = QPlainTextEdit()
        self.item_text.setTabChangesFocus(True)
        self.item_text.setFixedHeight(60)
        self.item_kind = QComboBox()
        for term in GUIDE_ITEM_KIND:
            self.item_kind.addItem(term.label(self._lang), term.code)
        self.item_sub = QCheckBox(self.tr("Sub-item (indented)"))
        self.item_help = QLineEdit()
        self.item_options = QPlainTextEdit()
        self.item_options.setTabChangesFocus(True)
        self.item_options.setPlaceholderText(self.tr("One option per line"))
        self.item_options.setFixedHeight(110)
        self.item_due = QLineEdit()
        self.item_due.setPlaceholderText(self.tr("e.g. +5 arbejdsdage, +1 uge"))
        self.item_who = QComboBox()
        for term in PROMISED_BY:
            self.item_who.addItem(term.label(self._lang), term.code)
        form.addRow(QLabel(self.tr("<b>Item</b>")))
        form.addRow(self.tr("Text"), self.item_text)
        form.addRow(self.tr("Kind"), self.item_kind)
        form.addRow("", self.item_sub)
        form.addRow(self.tr("Help text"), self.item_help)
        self.options_label = QLabel(self.tr("Options"))
        form.addRow(self.options_label, self.item_options)
        self.due_label = QLabel(self.tr("Default due"))
        form.addRow(self.due_label, self.item_due)
        self.who_label = QLabel(self.tr("Default who"))
        form.addRow(self.who_label, self.item_who)
        self.item_text.textChanged.connect(lambda: self._set("text", self.item_text.toPlainText()))
        self.item_kind.currentIndexChanged.connect(lambda _i: self._set("kind", self.item_kind.currentData()))
        self.item_sub.toggled.connect(lambda on: self._set("level", 1 if on else 0))
        self.item_help.textEdited.connect(lambda t: self._set("help", t))
        self.item_options.textChanged.connect(lambda: self._set(
            "options", [x.strip() for x in self.item_options.toPlainText().splitlines() if x.strip()]))
        self.item_due.textEdited.connect(lambda t: self._set("due", t))
        self.item_who.currentIndexChanged.connect(lambda _i: self._set("promised_by", self.item_who.currentData()))
        return w

    # --- loading -------------------------------------------------------------------------------
    def _fill_choices(self, select: uuid.UUID | None = None) -> None:
        self.choose.blockSignals(True)
        self.choose.clear()
        for t in self._services.guides.list_templates(include_inactive=True):
            self.choose.addItem(f"{t.name} (v{t.version})", str(t.id))
        if select is not None:
            self.choose.setCurrentIndex(max(self.choose.findData(str(select)), 0))
        self.choose.blockSignals(False)

    def _choose(self) -> None:
        if self.dirty and not self._confirm_discard():
            self.choose.blockSignals(True)
            self.choose.setCurrentIndex(max(self.choose.findData(str(self.template_id)), 0))
            self.choose.blockSignals(False)
            return
        tid = self.choose.currentData()
        if tid is None:
            return
        version = self._services.guides.current(uuid.UUID(tid))
        self._load(version.template_id, version.name, version.description, editable(version))
        self.version_label.setText(self.tr("Version %1 · saved %2").replace("%1", str(version.version))
                                   .replace("%2", fmt.datetime(version.created_at)))

    def _load(self, template_id, name: str, description: str | None, content: list[dict]) -> None:
        self._loading = True
        self.template_id = template_id
        self.name.setText(name)
        self.description.setPlainText(description or "")
        self.content = content
        self._rebuild()
        self._loading = False
        self.dirty = False
        self.error_label.setText("")

    def new_template(self) -> None:
        if self.read_only:
            return
        if self.dirty and not self._confirm_discard():
            return
        self._load(None, self.tr("New visit guide"), "", [{"title": self.tr("Theme 1"), "help": "", "items": []}])
        self.version_label.setText(self.tr("Not saved yet"))
        self.dirty = True
        self.name.setFocus()
        self.name.selectAll()

    def _rebuild(self, select: dict | None = None) -> None:
        self.tree.blockSignals(True)
        self.tree.clear()
        self._nodes = {}
        target = None
        for n, sec in enumerate(self.content, 1):
            top = QTreeWidgetItem([f"{n}. {sec['title']}", self.tr("Theme")])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            self._nodes[id(sec)] = sec
            top.setData(0, ROLE, id(sec))
            self.tree.addTopLevelItem(top)
            if sec is select:
                target = top
            for item in sec["items"]:
                prefix = "    " if item.get("level") else ""
                child = QTreeWidgetItem([prefix + item["text"], GUIDE_ITEM_KIND.label(item["kind"], self._lang)])
                self._nodes[id(item)] = item
                child.setData(0, ROLE, id(item))
                top.addChild(child)
                if item is select:
                    target = child
        self.tree.expandAll()
        self.tree.blockSignals(False)
        if target is not None:
            self.tree.setCurrentItem(target)
        else:
            self._show_node(self.tree.currentItem())

    def _node(self, tree_item: QTreeWidgetItem | None) -> dict | None:
        return None if tree_item is None else self._nodes.get(tree_item.data(0, ROLE))

    def _is_section(self, node: dict | None) -> bool:
        return node is not None and "items" in node

    def _show_node(self, tree_item, _previous=None) -> None:
        node = self._node(tree_item)
        self._loading = True
        if node is None:
            self.editor.setCurrentIndex(0)
        elif self._is_section(node):
            self.editor.setCurrentIndex(1)
            self.section_title.setText(node["title"])
            self.section_help.setPlainText(node.get("help") or "")
        else:
            self.editor.setCurrentIndex(2)
            self.item_text.setPlainText(node["text"])
            self.item_kind.setCurrentIndex(max(self.item_kind.findData(node["kind"]), 0))
            self.item_sub.setChecked(bool(node.get("level")))
            self.item_help.setText(node.get("help") or "")
            self.item_options.setPlainText("\n".join(node.get("options") or ()))
            self.item_due.setText(node.get("due") or "")
            self.item_who.setCurrentIndex(max(self.item_who.findData(node.get("promised_by") or "jobcentret"), 0))
            self._kind_fields(node["kind"])
        self._loading = False

    def _kind_fields(self, kind: str) -> None:
        for w in (self.options_label, self.item_options):
            w.setVisible(kind in ("choice", "multi"))
        for w in (self.due_label, self.item_due, self.who_label, self.item_who):
            w.setVisible(kind == "aftale")

    # --- editing -------------------------------------------------------------------------------
    def _touch(self, *_args) -> None:
        if not self._loading and not self.read_only:
            self.dirty = True

    def _set(self, key: str, value) -> None:
        if self._loading or self.read_only:
            return
        node = self._node(self.tree.currentItem())
        if node is None:
            return
        node[key] = value
        self.dirty = True
        current = self.tree.currentItem()
        if self._is_section(node):
            current.setText(0, f"{self.tree.indexOfTopLevelItem(current) + 1}. {node['title']}")
        else:
            current.setText(0, ("    " if node.get("level") else "") + node["text"])
            current.setText(1, GUIDE_ITEM_KIND.label(node["kind"], self._lang))
            if key == "kind":
                self._kind_fields(value)

    def _section_for_current(self) -> dict | None:
        current = self.tree.currentItem()
        if current is None:
            return self.content[-1] if self.content else None
        top = current if current.parent() is None else current.parent()
        return self._node(top)

    def add_section(self) -> None:
        if self.read_only:
            return
        sec = {"title": self.tr("New theme"), "help": "", "items": []}
        current = self._section_for_current()
        at = self.content.index(current) + 1 if current in self.content else len(self.content)
        self.content.insert(at, sec)
        self.dirty = True
        self._rebuild(sec)
        self.section_title.setFocus()
        self.section_title.selectAll()

    def add_item(self) -> None:
        if self.read_only:
            return
        sec = self._section_for_current()
        if sec is None:
            self.add_section()
            sec = self.content[-1]
        item = {"kind": "tick", "text": self.tr("New item"), "help": "", "options": [], "level": 0}
        node = self._node(self.tree.currentItem())
        at = sec["items"].index(node) + 1 if node in sec["items"] else len(sec["items"])
        sec["items"].insert(at, item)
        self.dirty = True
        self._rebuild(item)
        self.item_text.setFocus()
        self.item_text.selectAll()

    def remove(self) -> None:
        node = self._node(self.tree.currentItem())
        if node is None or self.read_only:
            return
        if self._is_section(node):
            if node["items"] and QMessageBox.question(self, self.tr("Remove theme"), self.tr(
                    "Remove the theme and its %1 items? Guides already filled keep them.").replace(
                    "%1", str(len(node["items"])))) != QMessageBox.StandardButton.Yes:
                return
            self.content.remove(node)
        else:
            for sec in self.content:
                if node in sec["items"]:
                    sec["items"].remove(node)
        self.dirty = True
        self._rebuild()

    def move(self, step: int) -> None:
        node = self._node(self.tree.currentItem())
        if node is None or self.read_only:
            return
        if self._is_section(node):
            seq = self.content
        else:
            seq = next(sec["items"] for sec in self.content if node in sec["items"])
        i = seq.index(node)
        j = i + step
        if not 0 <= j < len(seq):
            if self._is_section(node):
                return
            # move an item across to the neighbouring theme
            k = next(n for n, sec in enumerate(self.content) if sec["items"] is seq) + step
            if not 0 <= k < len(self.content):
                return
            seq.remove(node)
            target = self.content[k]["items"]
            target.insert(len(target) if step < 0 else 0, node)
        else:
            seq[i], seq[j] = seq[j], seq[i]
        self.dirty = True
        self._rebuild(node)

    # --- saving --------------------------------------------------------------------------------
    def save(self) -> bool:
        try:
            version = self._services.guides.save_template(self.template_id, self.name.text(),
                                                          self.description.toPlainText(), self.content)
        except ValidationError as e:
            self.error_label.setText("\n".join(e.errors.values()))
            return False
        except JobCRMError as e:
            self.error_label.setText(str(e))
            return False
        self.dirty = False
        self._fill_choices(version.template_id)
        self._load(version.template_id, version.name, version.description, editable(version))
        self.version_label.setText(self.tr("Version %1 · saved %2").replace("%1", str(version.version))
                                   .replace("%2", fmt.datetime(version.created_at)))
        self.error_label.setText("")
        self.saved_version = version
        return True

    def _confirm_discard(self) -> bool:
        return QMessageBox.question(self, self.tr("Unsaved changes"), self.tr(
            "The guide has changes that are not saved. Discard them?")) == QMessageBox.StandardButton.Yes

    def closeEvent(self, event) -> None:
        if self.dirty and not self._confirm_discard():
            event.ignore()
            return
        super().closeEvent(event)
