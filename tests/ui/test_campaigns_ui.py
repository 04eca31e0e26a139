"""The Kampagner page, the call screen and the campaign editor, driven as a consultant would (in Danish, from the
keyboard where it matters)."""

import datetime as dt

import openpyxl
import pypdf
import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QFileDialog, QMessageBox

from jobcrm.services.campaign_dto import CampaignCriteria, CampaignInput
from jobcrm.services.dto import CompanyInput, ConsultantInput, ContactPersonInput
from jobcrm.services.visit_dto import VisitInput


@pytest.fixture
def campaign(services, consultant):
    services.consultants.create(ConsultantInput("PEJ", "Peter Juhl", team_name="Team Erhverv Nord"))
    for name, status in (("Alfa Maler ApS", "ny"), ("Beta Byg ApS", "ny"), ("Gamma VVS ApS", "ny"),
                         ("Nej Tak ApS", "ikke_interesseret")):
        c = services.companies.create(CompanyInput(name=name, employees=20, phone="75 12 34 56", postal_code="7100",
                                                   city="Vejle", relationship_status=status))
        services.companies.add_person(c.id, ContactPersonInput("Lone Friis", phone="20 30 40 50", is_primary=True))
    c = services.campaigns.create(CampaignInput(
        name="Vinterkampagne", starts_on=dt.date(2026, 11, 23), ends_on=dt.date(2027, 2, 26),
        message="Vi ringer om jobcentrets tilbud til virksomheder.", criteria=CampaignCriteria(employees_min=5)))
    services.campaigns.build_list(c.id)
    return c


def test_the_page_shows_results_the_call_list_and_why_companies_were_left_out(window, services, campaign):
    window.start("kampagner")
    page = window.campaigns_page
    assert window.nav.currentItem().text() == "Kampagner"
    assert page.header.text() == "Vinterkampagne"
    assert page.tabs.tabText(0) == "Resultater" and page.cards[0].small.text() == "kontaktet (truffet)"
    assert page.kinds_model.rowCount() == 10 and page.kinds_model.index(9, 0).data() == "I alt"
    page.tabs.setCurrentIndex(1)
    assert page.which.currentText() == "At ringe til nu" and page.targets.rowCount() == 3
    assert page.targets.index(0, 5).data() == "Ikke ringet op endnu"
    page.which.setCurrentIndex(page.which.findData("udeladt"))
    assert page.targets.rowCount() == 1
    assert page.targets.index(0, 0).data() == "Nej Tak ApS"
    assert page.targets.index(0, 8).data() == ('Markeret "Ikke interesseret": Virksomheden er markeret '
                                               '"Ikke interesseret".')
    assert not page.include_button.isHidden() and page.remove_button.isHidden()
    page.targets_view.setCurrentIndex(page.targets.index(0, 0))
    page.include_selected()
    page.which.setCurrentIndex(page.which.findData("at_ringe"))
    assert page.targets.rowCount() == 4


def test_calling_from_the_keyboard_declines_books_and_moves_on(window, qtbot, services, consultant, campaign):
    window.start("kampagner")
    page = window.campaigns_page
    dialog = page.start_calling()
    qtbot.addWidget(dialog)
    dialog.windowHandle().requestActivate()
    qtbot.waitUntil(dialog.isActiveWindow)  # the outcome keys go through the shortcut map, as real key presses
    assert dialog.name.text() == "Alfa Maler ApS" and dialog.phone.text() == "75 12 34 56"
    assert dialog.progress.text() == "Ringeliste: 3 at ringe til"
    assert dialog.message.text() == "Vi ringer om jobcentrets tilbud til virksomheder."
    # Ctrl+2: Takket nej; saving without a reason names what is missing.
    qtbot.keyClick(dialog, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert dialog.outcome() == "takket_nej" and dialog.panels.currentIndex() == 2
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.error.text() == "Vælg hvorfor virksomheden takkede nej."
    dialog.reason.setCurrentIndex(dialog.reason.findData("intet_behov"))
    dialog.note.setText("Ring til foråret")
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.name.text() == "Beta Byg ApS" and dialog.session.text() == "Gemt i denne omgang: 1"
    entries = services.history.timeline(services.campaigns.targets(campaign.id, "takket_nej")[0].company_id)
    assert entries[0].summary == ('Kampagne "Vinterkampagne": Takket nej – Intet behov for arbejdskraft. '
                                  'Ring til foråret')
    # The consultant already has a visit at 10:00 on 02.12: booking 10:30 warns, and asks once more.
    other = services.companies.create(CompanyInput(name="Nabo ApS", postal_code="7100", city="Vejle"))
    services.visits.plan(VisitInput(company_id=other.id, start=dt.datetime(2026, 12, 2, 10, 0)))
    qtbot.keyClick(dialog, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    dialog.day.setDate(QDate(2026, 12, 2))
    dialog.time.setTime(QTime(10, 30))
    dialog._check_booking()
    assert not dialog.warnings.isHidden()
    assert "Dobbeltbooking: MAJ har allerede besøg hos Nabo ApS (7100 Vejle) kl. 10:00–11:00." in \
        dialog.warnings.text()
    assert "Nabo ApS" in dialog.day_plan.text()
    asked = []
    dialog.confirm = lambda warnings: asked.append([w.kind for w in warnings]) or False
    assert dialog.save() is False and asked == [["dobbeltbooking"]]
    assert services.visits.count() == 1  # nothing booked when the booker says no
    dialog.time.setTime(QTime(13, 0))
    assert dialog.save() is True
    booked = services.campaigns.targets(campaign.id, "booket")[0]
    visit = services.visits.get(booked.visit_id)
    assert (visit.visit_type, visit.template_name, visit.contact_person_name) == \
        ("kampagne", "Kampagnebesøg", "Lone Friis")
    assert dialog.name.text() == "Gamma VVS ApS"
    # Ctrl+3: not reached; the promise to call again lands in the caller's inbox.
    qtbot.keyClick(dialog, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert dialog.again.date() == QDate(2026, 11, 26)
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.name.text() == "Der er ingen at ringe til lige nu."
    assert not dialog.save_button.isEnabled()
    page.tabs.setCurrentIndex(0)
    page.reload()
    assert page.cards[1].big.text() == "1" and page.cards[1].small.text() == "booket · bookingrate 50,0 %"


def test_the_call_screen_warns_about_a_call_in_another_campaign(window, qtbot, services, consultant, campaign):
    from jobcrm.services.campaign_dto import CallInput

    other = services.campaigns.create(CampaignInput(name="Fastholdelse", starts_on=dt.date(2026, 11, 23),
                                                    ends_on=dt.date(2027, 1, 29)))
    services.campaigns.build_list(other.id)
    services.campaigns.record_call(CallInput(services.campaigns.next_target(other.id).id, "takket_nej",
                                             reason="travlhed"))
    window.start("kampagner")
    page = window.campaigns_page
    page.list_view.setCurrentIndex(page.list_model.index(
        next(i for i in range(page.list_model.rowCount()) if page.list_model.row_at(i).name == "Vinterkampagne"), 0))
    dialog = page.start_calling()
    qtbot.addWidget(dialog)
    assert dialog.name.text() == "Alfa Maler ApS"
    assert dialog.left_out.text() == ("⚠ Ringet op 24.11.2026 om en anden kampagne (Fastholdelse): Takket nej. "
                                      "Ring ikke to gange med samme budskab.")
    assert dialog.history.item(0).text().endswith('Kampagne "Fastholdelse": Takket nej – Har ikke tid (travlhed).')


def test_the_editor_refuses_bad_input_counts_live_and_builds_the_list(window, qtbot, services, consultant,
                                                                      monkeypatch):
    for i in range(3):
        services.companies.create(CompanyInput(name=f"Firma {i}", employees=10 + 40 * i, industry="VVS"))
    window.start("kampagner")
    page = window.campaigns_page
    assert not page.empty.isHidden() and page.empty.text().startswith("Ingen kampagner endnu.")
    from jobcrm.ui.dialogs.campaign_editor import CampaignEditor

    dialog = CampaignEditor(services, window.tasks, window.drafts, None, "da", page)
    qtbot.addWidget(dialog)
    assert dialog.guide.currentText() == "Kampagnebesøg"
    assert dialog.matching.text() == "3 virksomheder passer på filteret (før de udeladte er trukket fra)."
    dialog.emp_min.setValue(20)
    dialog.emp_max.setValue(60)
    dialog._count()
    assert dialog.matching.text().startswith("1 virksomheder passer")
    dialog.message.setPlainText("Ring til 120345-6789")
    dialog.save()
    assert dialog.errors["name"].text() == "Giv kampagnen et navn."
    assert "CPR" in dialog.errors["message"].text() and services.campaigns.list() == []
    dialog._drafts.save(dialog._draft_key, dialog.values())  # what the autosave timer writes
    assert window.drafts.load("campaign-new")["employees_min"] == 20
    dialog.name.setText("Forårskampagne")
    dialog.message.setPlainText("Har I brug for folk til sæsonen?")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted and window.drafts.load("campaign-new") is None
    saved = services.campaigns.get(dialog.saved.id)
    assert saved.criteria.employees_min == 20 and saved.criteria.describe().startswith("20–60 ansatte")


def test_export_and_print_from_the_page(window, services, campaign, tmp_path, monkeypatch):
    window.start("kampagner")
    page = window.campaigns_page
    opened = []
    page.open_file = lambda path: opened.append(path) or True
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda parent, title, start, filters: (str(tmp_path / "resultat"), filters.split(";;")[0]))
    page.export_button.click()
    page.print_button.click()
    assert opened == [tmp_path / "resultat.xlsx", tmp_path / "resultat.pdf"]
    wb = openpyxl.load_workbook(tmp_path / "resultat.xlsx")
    assert wb["Resultat"]["A1"].value == "Kampagneresultater – Vinterkampagne"
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(tmp_path / "resultat.pdf").pages)
    assert "Kampagneresultater – Vinterkampagne" in text
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    page.print_to(tmp_path / "mangler" / "x.pdf")
    assert warned and warned[0].startswith(f"Filen kunne ikke gemmes i {tmp_path / 'mangler' / 'x.pdf'}:")


def test_campaign_models_pass_the_model_tester(qtmodeltester, services, campaign):
    from jobcrm.ui.itemmodels.campaign_tables import (
        AgreementKindsModel,
        BookedVisitsModel,
        CampaignListModel,
        ResultLinesModel,
        TargetTableModel,
    )

    listing = CampaignListModel(services.ctx.clock.today)
    listing.set_rows(services.campaigns.list())
    targets = TargetTableModel(services.campaigns.target_rows)
    targets.set_ids(services.campaigns.target_ids(campaign.id, "alle"))
    results = services.campaign_results.results(campaign.id)
    calls, kinds = ResultLinesModel("calls"), AgreementKindsModel()
    calls.set_rows([*results.lines, results.total])
    kinds.set_total(results.total)
    booked = BookedVisitsModel(lambda off, lim: services.campaign_results.booked_visits(campaign.id, off, lim))
    booked.reload()
    for model in (listing, targets, calls, kinds, booked):
        qtmodeltester.check(model)
    assert targets.page_loads == 1
