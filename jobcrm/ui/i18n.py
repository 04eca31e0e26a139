"""Install the translators: JobCRM's own Danish catalogue and Qt's own strings (buttons, dialogs)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

I18N_DIR = Path(__file__).resolve().parent / "i18n"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Danish is the default; English is the source language and needs no catalogue."""
    installed: list[QTranslator] = []
    if language != "da":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Denmark))
        return installed
    QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
    ours = QTranslator(app)
    if ours.load(str(I18N_DIR / "jobcrm_da.qm")):
        app.installTranslator(ours)
        installed.append(ours)
    qt = QTranslator(app)
    if qt.load(QLocale(QLocale.Language.Danish), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    return installed
