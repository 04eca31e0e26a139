"""What the consultant sees when the database cannot be opened normally at start (jobcrm/db/bk.py finds
the problem): a plain explanation and the ways forward that make sense for that problem — restore the latest
good backup, open read-only, choose another file, or quit. Never a traceback, and nothing is written before the
consultant chooses."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLayout, QPushButton, QStyle, QVBoxLayout, QWidget

from jobcrm.services import backups as bk
from jobcrm.ui import fmt

RESTORE, READ_ONLY, OTHER_FILE, QUIT = "restore", "read_only", "other_file", "quit"

# Which ways forward each problem offers (restore needs a backup as well).
_CHOICES = {
    bk.CORRUPT: (RESTORE, READ_ONLY, OTHER_FILE),
    bk.NOT_SQLITE: (RESTORE, OTHER_FILE),
    bk.FOREIGN: (OTHER_FILE,),
    bk.NEWER: (OTHER_FILE,),
    bk.READ_ONLY: (READ_ONLY, OTHER_FILE),
    bk.DISK_FULL: (READ_ONLY, OTHER_FILE),
    bk.IN_USE: (READ_ONLY, OTHER_FILE),
    bk.UNREADABLE: (RESTORE, OTHER_FILE),
}


class DbProblemDialog(QDialog):
    def __init__(self, problem: bk.StartupProblem, latest_backup: bk.BackupInfo | None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.choice = QUIT
        self.setWindowTitle("JobCRM")
        self.setMinimumWidth(720)
        titles = {
            bk.CORRUPT: self.tr("The database is damaged"),
            bk.NOT_SQLITE: self.tr("This file is not a JobCRM database"),
            bk.FOREIGN: self.tr("This file is not a JobCRM database"),
            bk.NEWER: self.tr("The database is from a newer JobCRM"),
            bk.READ_ONLY: self.tr("JobCRM cannot save in this location"),
            bk.DISK_FULL: self.tr("The disk is full"),
            bk.IN_USE: self.tr("JobCRM is already open"),
            bk.UNREADABLE: self.tr("The database cannot be read"),
        }
        icon = QLabel()
        warn = problem.kind in (bk.CORRUPT, bk.DISK_FULL, bk.NOT_SQLITE, bk.UNREADABLE)
        pixmap = QStyle.StandardPixmap.SP_MessageBoxWarning if warn else QStyle.StandardPixmap.SP_MessageBoxInformation
        icon.setPixmap(self.style().standardIcon(pixmap).pixmap(48, 48))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(titles.get(problem.kind, titles[bk.UNREADABLE]))
        title.setObjectName("problemTitle")
        title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        body = QLabel(str(problem))
        body.setWordWrap(True)
        body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text = QVBoxLayout()
        text.addWidget(title)
        text.addWidget(body)
        choices = _CHOICES.get(problem.kind, (OTHER_FILE,))
        if RESTORE in choices:
            if latest_backup is not None:
                note = self.tr("The latest good backup is from %1. What you entered after that is not in it.") \
                    .replace("%1", fmt.datetime(latest_backup.created_at))
            else:
                note = self.tr("There is no good backup to restore.")
            hint = QLabel(note)
            hint.setWordWrap(True)
            hint.setObjectName("backupNote")
            text.addWidget(hint)
        text.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text, 1)

        self.buttons: dict[str, QPushButton] = {}
        labels = {RESTORE: self.tr("Restore latest good backup"), READ_ONLY: self.tr("Open read-only"),
                  OTHER_FILE: self.tr("Choose another file…"), QUIT: self.tr("Quit")}
        row = QHBoxLayout()
        row.addStretch(1)
        for key in (*choices, QUIT):
            b = QPushButton(labels[key])
            b.clicked.connect(lambda _=False, k=key: self._choose(k))
            if key == RESTORE and latest_backup is None:
                b.setEnabled(False)
            self.buttons[key] = b
            row.addWidget(b)
        first = next((b for k, b in self.buttons.items() if b.isEnabled()), None)
        if first is not None:
            first.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addLayout(row)
        # Wrapped labels need the height for the width they get, or the last line is cut off.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        for label in (body, *(w for w in self.findChildren(QLabel) if w.wordWrap())):
            label.setMinimumHeight(label.heightForWidth(720 - 48 - 60))

    def _choose(self, key: str) -> None:
        self.choice = key
        self.accept()


def ask(problem: bk.StartupProblem, latest_backup: bk.BackupInfo | None) -> str:
    dialog = DbProblemDialog(problem, latest_backup)
    dialog.exec()
    return dialog.choice
