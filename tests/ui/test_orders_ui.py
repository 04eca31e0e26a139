"""Job orders in the app: the list and its filters, the editor with its live completeness panel, the
requirement lines and the referral log, the autosaved draft, printing with a preview, and orders on the
company card and in the inbox."""

import datetime as dt

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox

from jobcrm.clock import Clock
from jobcrm.services.dto import CompanyInput, ContactPersonInput
from jobcrm.services.order_dto import OrderInput, ReferralInput
from jobcrm.services.registry import Services
from jobcrm.ui.dialogs.order_editor import TAB_LOG, TAB_REQS, TAB_TERMS, OrderEditor
from jobcrm.ui.dialogs.pdf_preview import PdfPreviewDialog, rasterize
from jobcrm.ui.itemmodels.order_table import OrderTableModel
from tests.conftest import TODAY


def holm(services, consultant):
    c = services.companies.create(CompanyInput(name="Holm Byg ApS", city="Vejle", owner_id=consultant.id))
    services.companies.add_person(c.id, ContactPersonInput("Hanne Holm", title="HR-chef", phone="12345678",
                                                           is_primary=True))
    return c


def editor_for(qtbot, services, drafts, tasks, *, order=None, company_id=None):
    editor = OrderEditor(services, drafts, order, company_id, "da", tasks)
    qtbot.addWidget(editor)
    editor.show()
    return editor


# --- the list --------------------------------------------------------------------------------------
def test_order_model_passes_the_qt_model_tester_and_pages_lazily(qtmodeltester, services, demo):
    model = OrderTableModel(services.orders, lambda: TODAY)
    model.set_ids(services.orders.search_ids())
    assert model.rowCount() == 24 and model.page_loads == 0
    model.index(0, 0).data()
    assert model.page_loads == 1
    qtmodeltester.check(model)


def test_order_list_filters_and_the_weekly_meeting(window, services, demo, qtbot):
    window.start("jobordrer")
    page = window.orders_page
    assert window.current_page() == "jobordrer"
    open_count = services.orders.count(page.filters.make_filter())
    assert page.model.rowCount() == open_count > 0
    assert page.count_label.text() == f"{open_count} af {services.orders.count()} jobordrer"
    page.filters.select(page.filters.status, None)  # "Alle statusser"
    assert page.model.rowCount() == services.orders.count()
    page.meeting_button.click()
    unfilled = page.model.rowCount()
    assert 0 < unfilled < open_count
    rows = [page.model.row(r) for r in range(unfilled)]
    assert all(r.status in ("under_behandling", "inaktiveret") and not r.hired for r in rows)
    assert all((TODAY - r.received_on).days > 30 for r in rows)
    assert [r.received_on for r in rows] == sorted(r.received_on for r in rows)  # oldest first
    page.filters.without_responsible.setChecked(True)
    assert all(r.search_initials is None or r.feedback_initials is None
               for r in (page.model.row(i) for i in range(page.model.rowCount())))
    page.filters.clear()
    assert page.model.rowCount() == open_count
    page.search.setText("zzzz-ingen")
    page.reload()
    assert page.stack.currentWidget() is page.no_match


def test_opening_a_row_opens_the_editor(window, services, demo):
    window.start("jobordrer")
    page = window.orders_page
    page.table.setCurrentIndex(page.model.index(0, 0))
    page._open_index(page.table.currentIndex())
    oid = page.model.id_at(0)
    editor = window.order_editors[oid]
    assert editor.isVisible() and editor.windowTitle().startswith("Jobordre — ")


# --- the editor ------------------------------------------------------------------------------------
def test_completeness_panel_updates_while_typing_and_the_order_saves_incomplete(
        qtbot, danish, services, consultant, drafts, tasks):
    c = holm(services, consultant)
    editor = editor_for(qtbot, services, drafts, tasks, company_id=c.id)
    panel = editor.panel
    assert editor.edits["contact_person_id"].currentText() == "Hanne Holm (HR-chef)"
    start = panel.completeness.score
    assert "title" in panel.missing_keys() and panel.missing_keys()[0] == "title"  # the minimum list first
    assert "Minimum til udsøgning mangler" in panel.minimum_ok.text()
    qtbot.keyClicks(editor.edits["title"], "Murersvend")
    qtbot.waitUntil(lambda: "title" not in panel.missing_keys(), timeout=2000)
    assert panel.completeness.score > start
    assert panel.score_label.text() == f"{panel.completeness.score} %"
    editor.requirements.minimum_button.click()  # one line each for uddannelse … straffeattest
    qtbot.waitUntil(lambda: "krav_straffeattest" not in panel.missing_keys(), timeout=2000)
    assert "priorities" in panel.missing_keys()  # the lines have no priority yet
    editor.save()
    assert not editor.isVisible() and editor.result_ is not None
    saved = services.orders.get(editor.result_.order.id)
    assert saved.title == "Murersvend" and saved.contact_person.name == "Hanne Holm"
    assert [r.kind for r in saved.requirements] == ["uddannelse", "erfaring", "certifikat", "koerekort",
                                                    "straffeattest"]
    assert saved.owner_initials == "MAJ"


def test_clicking_a_missing_item_goes_to_its_field(qtbot, danish, services, consultant, drafts, tasks):
    c = holm(services, consultant)
    editor = editor_for(qtbot, services, drafts, tasks, company_id=c.id)
    editor.activateWindow()
    qtbot.waitActive(editor)
    editor.go_to("feedback")
    assert editor.tabs.currentIndex() == TAB_TERMS and editor.focusWidget() is editor.edits["feedback_deadline"]
    editor.go_to("krav_koerekort")
    assert editor.tabs.currentIndex() == TAB_REQS
    assert [line["kind"] for line in editor.requirements.lines()] == ["koerekort"]


def test_a_cpr_number_is_refused_and_nothing_typed_is_lost(qtbot, danish, services, consultant, drafts, tasks):
    c = holm(services, consultant)
    editor = editor_for(qtbot, services, drafts, tasks, company_id=c.id)
    editor.edits["title"].setText("Pædagogmedhjælper")
    editor.edits["culture"].setPlainText("Ring til 120385-4321 om hende")
    editor.save()
    assert editor.isVisible() and "CPR" in editor.error_label.text()
    assert "Kulturen på virksomheden" in editor.error_label.text()
    assert editor.tabs.currentIndex() == TAB_REQS
    assert editor.edits["title"].text() == "Pædagogmedhjælper"
    assert services.orders.count() == 0
    editor.tabs.setCurrentIndex(TAB_LOG)
    editor.referrals.add_line("0101901234", consent=True)
    editor.edits["culture"].setPlainText("Uformel tone")
    editor.save()
    assert editor.isVisible() and "CPR" in editor.error_label.text() and editor.tabs.currentIndex() == TAB_LOG


def test_referral_log_offers_to_close_when_someone_is_hired(qtbot, danish, services, consultant, drafts, tasks):
    c = holm(services, consultant)
    order = services.orders.create(OrderInput(c.id, title="Lagermedarbejder", cvs_wanted=2, contact_form="cv",
                                              feedback_deadline="+5 arbejdsdage")).order
    editor = editor_for(qtbot, services, drafts, tasks, order=order)
    assert editor.panel.offers_box.isHidden()
    r = editor.referrals.add_line("AB-17", consent=True)
    editor.referrals.add_line("Sag 4711", consent=True)
    qtbot.waitUntil(lambda: "inaktiveret" in getattr(editor.panel, "offer_buttons", {}), timeout=2000)
    assert editor.tabs.tabText(TAB_LOG) == "Formidlingslog (2)"
    editor.referrals.set_response(r, "ansat")
    qtbot.waitUntil(lambda: "afsluttet_daekket" in editor.panel.offer_buttons, timeout=2000)
    assert editor.referrals.table.item(r, 4).text() == "24.11.2026"  # the answer is dated today
    editor.panel.offer_buttons["afsluttet_daekket"].click()
    assert editor.edits["status"].currentData() == "afsluttet_daekket"
    editor.save()
    saved = services.orders.get(order.id)
    assert saved.status == "afsluttet_daekket" and saved.hired and saved.cvs_sent == 2
    assert services.promises.get(saved.feedback_promise_id).status == "aflyst"


def test_draft_survives_a_crash(qtbot, danish, services, consultant, drafts, tasks, monkeypatch):
    c = holm(services, consultant)
    order = services.orders.create(OrderInput(c.id, title="Chauffør")).order
    editor = editor_for(qtbot, services, drafts, tasks, order=order)
    editor.edits["work_content"].setPlainText("Kørsel med varer i Trekantområdet")
    editor.referrals.add_line("KL-12", consent=True)
    qtbot.waitUntil(lambda: drafts.load(f"order-{order.id}") is not None, timeout=3000)
    editor.deleteLater()  # the crash: no save, no cancel
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    again = editor_for(qtbot, services, drafts, tasks, order=services.orders.get(order.id))
    assert again.edits["work_content"].toPlainText() == "Kørsel med varer i Trekantområdet"
    assert [line["candidate"] for line in again.referrals.lines()] == ["KL-12"]
    again.save()
    assert drafts.load(f"order-{order.id}") is None
    assert services.orders.get(order.id).referrals[0].candidate_ref == "KL-12"


def test_print_shows_a_preview_of_what_is_on_the_screen(qtbot, danish, services, consultant, drafts, tasks,
                                                        monkeypatch):
    c = holm(services, consultant)
    editor = editor_for(qtbot, services, drafts, tasks, company_id=c.id)
    editor.edits["title"].setText("Tømrer")
    made = []

    def fake(pdf):
        made.append(pdf)
        return [QImage(60, 80, QImage.Format.Format_RGB32), QImage(60, 80, QImage.Format.Format_RGB32)]

    monkeypatch.setattr(PdfPreviewDialog.__init__, "__defaults__", (None, fake))
    dialog = editor.print_form()
    qtbot.addWidget(dialog)
    assert made and made[0].startswith(b"%PDF") and len(dialog.pages) == 2
    assert dialog.status.text().startswith("2 side(r).") and dialog.open_button.isEnabled()
    assert services.orders.count() == 0  # printing does not save


def test_preview_without_a_rasteriser_offers_the_pdf_viewer(qtbot, danish, tasks):
    dialog = PdfPreviewDialog(tasks, lambda: b"%PDF-1.4 test", "Test", "test.pdf", rasterizer=lambda _pdf: None)
    qtbot.addWidget(dialog)
    assert "pdftoppm" in dialog.status.text() and dialog.pages == []
    assert dialog.open_button.isEnabled() and dialog.pdf == b"%PDF-1.4 test"


def test_rasterize_renders_every_page_when_pdftoppm_is_there(services):
    import shutil

    from jobcrm.pdf import order_form

    pages = rasterize(order_form.build(None, [], printed_on=TODAY))
    if shutil.which("pdftoppm") is None:
        assert pages is None
    else:
        assert len(pages) == 2 and pages[0].width() > 500


# --- the company card and the inbox ----------------------------------------------------------------
def test_company_card_lists_the_orders_and_opens_them(window, services, consultant, qtbot):
    c = holm(services, consultant)
    old = services.orders.create(OrderInput(c.id, title="Gammel ordre", received_on="01.09.2026")).order
    services.orders.set_status(old.id, "annulleret", "Stillingen blev nedlagt")
    new = services.orders.create(OrderInput(c.id, title="Murersvend", feedback_deadline="20.11.2026",
                                            received_on="10.11.2026")).order
    window.start("virksomheder")
    card = window.open_card(c.id)
    tab = card.orders_tab
    assert card.tabs.tabText(card.tabs.indexOf(tab)) == "Jobordrer (1 åbne)"
    assert [tab.table.item(r, 1).text() for r in range(tab.table.rowCount())] == ["Murersvend", "Gammel ordre"]
    assert tab.table.item(0, 4).foreground().color().name() == "#b3261e"  # feedback deadline passed
    tab.table.selectRow(0)
    tab.open_button.click()
    editor = window.order_editors[new.id]
    editor.edits["title"].setText("Murersvend med erfaring")
    editor.save()
    assert tab.table.item(0, 1).text() == "Murersvend med erfaring"  # the card refreshed on save
    tab.new_button.click()
    fresh = window.order_editors[("new", c.id)]
    assert fresh.company_id == c.id and fresh.windowTitle() == "Ny jobordre — Holm Byg ApS"


def test_inbox_flag_opens_the_order(db_path, qtbot, danish, services, consultant, tasks, events, ui_settings, drafts):
    from jobcrm.ui.main_window import MainWindow

    c = holm(services, consultant)
    order = services.orders.create(OrderInput(c.id, title="Smed", feedback_deadline="26.11.2026",
                                              referrals=(ReferralInput("AB", "i dag", True),))).order
    later = Services.open(db_path, Clock(fixed_today=dt.date(2026, 12, 1)))
    try:
        w = MainWindow(later, tasks, events, ui_settings, drafts)
        qtbot.addWidget(w)
        w.start("indbakke")
        model = w.inbox_page.model
        row = next(r for r in range(model.rowCount()) if model.flag_at(r) and model.flag_at(r).ref_kind == "jobordre")
        assert "Tilbagemelding på jobordren er overskredet: Smed" in model.index(row, 1).data()
        assert model.index(row, 3).data() == "26.11.2026"
        w.inbox_page.table.setCurrentIndex(model.index(row, 0))
        w.inbox_page.act_open()
        assert w.order_editors[order.id].isVisible()
        w.order_editors[order.id].reject()
    finally:
        later.close()


def test_blank_form_from_the_list(window, services, demo, qtbot, monkeypatch):
    window.start("jobordrer")
    page = QImage(10, 10, QImage.Format.Format_RGB32)
    monkeypatch.setattr(PdfPreviewDialog.__init__, "__defaults__", (None, lambda pdf: [page]))
    window.orders_page.blank_button.click()
    dialog = next(w for w in window.findChildren(PdfPreviewDialog) if w.isVisible())
    assert dialog.pdf.startswith(b"%PDF") and dialog.windowTitle() == "Vis udskrift — Blank ordreblanket"
    assert len(dialog.pages) == 1
