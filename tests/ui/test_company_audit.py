"""The company card's "Historik for ændringer" tab, as a Danish consultant sees it."""

import datetime as dt

from PySide6.QtCore import Qt

from jobcrm.services.dto import CompanyInput
from jobcrm.services.promises import PromiseInput
from jobcrm.ui.dialogs.company_card import CompanyCard
from jobcrm.ui.widgets.company_audit import PAGE_SIZE


def test_the_last_tab_shows_who_changed_what_in_danish(qtbot, danish, services, consultant):
    c = services.companies.create(CompanyInput(name="Holm Byg ApS", city="Vejle"))
    services.companies.update(c.id, CompanyInput(name="Holm Byg ApS", city="Horsens"))
    p = services.promises.create(PromiseInput("Ring om praktik", dt.date(2026, 12, 1), consultant.id, c.id))
    services.promises.reschedule(p.id, dt.date(2026, 12, 8), "Kunden er på ferie")
    card = CompanyCard(services, c.id)
    qtbot.addWidget(card)
    card.show()
    tabs = card.tabs
    assert tabs.tabText(tabs.count() - 1) == "Historik for ændringer"
    tab = card.audit_tab
    assert tab.model.rowCount() == 0  # nothing read before the tab is opened
    tabs.setCurrentWidget(tab)
    headers = [tab.model.headerData(i, Qt.Orientation.Horizontal) for i in range(tab.model.columnCount())]
    assert headers == ["Tidspunkt", "Hvem", "Hvad", "Felt", "Ændring"]
    rows = tab.visible_rows()
    when = rows[0][0]
    assert when.startswith("24.11.2026 ")
    assert ("MAJ", "Aftale: Ring om praktik", "Frist", "01.12.2026 → 08.12.2026") in [r[1:] for r in rows]
    assert ("MAJ", "Virksomhed: Holm Byg ApS", "By", "Vejle → Horsens") in [r[1:] for r in rows]
    assert rows[-1][1:] == ("MAJ", "Virksomhed: Holm Byg ApS", "", "Oprettet")
    # A change made on the card shows up at the top when the card reloads.
    services.companies.update(c.id, CompanyInput(name="Holm Byg ApS", city="Horsens", phone="75 12 34 56"))
    card.reload()
    assert tab.visible_rows()[0][1:] == ("MAJ", "Virksomhed: Holm Byg ApS", "Telefon", "(tom) → 75 12 34 56")


def test_the_tab_pages_as_the_user_scrolls(qtbot, danish, services, consultant):
    c = services.companies.create(CompanyInput(name="Holm Byg ApS"))
    for i in range(PAGE_SIZE + 20):
        services.companies.update(c.id, CompanyInput(name="Holm Byg ApS", phone=f"7000{i:04d}"))
    card = CompanyCard(services, c.id)
    qtbot.addWidget(card)
    card.show()
    card.tabs.setCurrentWidget(card.audit_tab)
    model = card.audit_tab.model
    assert model.rowCount() == PAGE_SIZE and model.page_loads == 1
    card.audit_tab.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == PAGE_SIZE + 21)
    assert model.page_loads == 2


def test_an_empty_history_says_so(qtbot, danish, services):
    from sqlalchemy import delete

    from jobcrm.models import AuditLog

    c = services.companies.create(CompanyInput(name="Holm Byg ApS"))
    with services.ctx.sessions.begin() as s:  # e.g. a company from before the audit log existed
        s.execute(delete(AuditLog))
    card = CompanyCard(services, c.id)
    qtbot.addWidget(card)
    card.show()
    card.tabs.setCurrentWidget(card.audit_tab)
    assert card.audit_tab.empty.isVisible() and not card.audit_tab.table.isVisible()
    assert card.audit_tab.empty.text() == "Der er endnu ikke registreret ændringer for denne virksomhed."
