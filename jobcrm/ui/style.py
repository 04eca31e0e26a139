"""The application's look: a calm light theme with a dark-blue navigation bar."""

STYLESHEET = """
QWidget#sidebar { background: #1f3a5f; }
QLabel#brand { color: white; font-size: 20px; font-weight: bold; padding: 4px 20px 16px 20px; }
QListWidget#nav { background: transparent; border: none; color: #dbe6f3; font-size: 14px; outline: 0; }
QListWidget#nav::item { padding: 9px 20px; border-left: 4px solid transparent; }
QListWidget#nav::item:selected { background: #2d5183; color: white; border-left: 4px solid #f2b705; }
QListWidget#nav::item:hover:!selected { background: #274a77; }
QLabel#sideUser { color: #b8c9de; padding: 8px 20px; font-size: 12px; }
QLabel#pageTitle { font-size: 22px; font-weight: bold; color: #1f3a5f; padding-bottom: 6px; }
QLabel#muted { color: #5f6b7a; }
QLabel#comingBox { background: #f3f6fa; border: 1px solid #d5dde8; border-radius: 6px; padding: 10px 16px; }
QFrame#digest { background: #fff4d1; border: 1px solid #e6c65c; border-radius: 6px; }
QFrame#digest[calm="true"] { background: #e5f3e8; border: 1px solid #9fcfaa; }
QPushButton { padding: 5px 14px; }
QPushButton#primary { background: #1f3a5f; color: white; border-radius: 4px; padding: 6px 16px; }
QPushButton#primary:hover { background: #2d5183; }
QTableView { gridline-color: #e3e8ef; selection-background-color: #cfe0f5; selection-color: black; }
QHeaderView::section { background: #eef2f7; padding: 4px 6px; border: none;
                       border-bottom: 1px solid #d5dde8; font-weight: bold; }
QGroupBox { font-weight: bold; border: 1px solid #d5dde8; border-radius: 6px; margin-top: 12px; padding-top: 8px; }
QGroupBox::title { subcontrol-origin: margin; left: 10px; padding: 0 4px; color: #1f3a5f; }
"""
