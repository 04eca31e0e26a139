"""The Pladser page, the slot card, the placement dialogs, the mentor editor and the presentation preview,
driven as a consultant would (offscreen)."""

import datetime as dt
import io

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from jobcrm.services.dto import CompanyInput
from jobcrm.services.slot_dto import MentorInput, PlacementInput, SlotInput
from jobcrm.ui.itemmodels.slot_table import SlotTableModel

D = dt.date


@pytest.fixture
def company(services, consultant):
    return services.companies.create(CompanyInput(name="Holm Byg ApS", address="Industrivej 4", postal_code="7100",
                                                  city="Vejle", municipality="Vejle", employees=3,
                                                  owner_id=consultant.id))


@pytest.fixture
def slots(services, company):
    other = services.companies.create(CompanyInput(name="Bager Bent", municipality="Kolding", employees=20))
    a = services.slots.create(SlotInput(company_id=company.id, scheme="praktik", title="Lager", capacity=1,
                                        available_from=D(2026, 9, 1), tags="fysisk arbejde (ikke tungt)"))
    b = services.slots.create(SlotInput(company_id=other.id, scheme="loentilskud_privat", title="Bagerhjælper",
                                        capacity=1, available_from=D(2026, 10, 1)))
    services.placements.start(PlacementInput(b.id, "BB-1", D(2026, 11, 2), weeks=8))
    return a, b


@pytest.fixture
def no_questions(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2] if len(a) > 2 else ""))
    return shown


def test_slot_table_model(qtmodeltester, services, slots, danish):
    model = SlotTableModel(services.slots)
    model.set_ids(services.slots.search_ids())
    qtmodeltester.check(model)
    assert [model.index(r, 0).data() for r in range(2)] == ["Besat", "Ledig"]  # Bager Bent first
    assert model.index(1, 1).data() == "1/1"
    bg = Qt.ItemDataRole.BackgroundRole
    assert model.data(model.index(1, 0), bg).color().name() == "#e3f4e8"  # green for Ledig
    assert model.data(model.index(0, 0), bg).color().name() == "#fff1d6"  # amber for Besat


def test_the_page_filters_and_confirms_with_one_click(window, services, slots, qtbot):
    a, _b = slots
    window.start("pladser")
    page = window.slots_page
    assert window.current_page() == "pladser" and window.pages.currentWidget() is page
    assert page.model.rowCount() == 2 and page.count_label.text() == "2 af 2 pladser"
    page.free_only.setChecked(True)
    assert [page.model.row_at(r).title for r in range(page.model.rowCount())] == ["Lager"]
    page.free_only.setChecked(False)
    page.tag.setCurrentIndex(page.tag.findData("fysisk arbejde (ikke tungt)"))
    assert page.model.rowCount() == 1
    page.tag.setCurrentIndex(0)
    page.municipality.setCurrentIndex(page.municipality.findData("Kolding"))
    assert page.model.row_at(0).title == "Bagerhjælper"
    page.municipality.setCurrentIndex(0)
    page.scheme.setCurrentIndex(page.scheme.findData("praktik"))
    assert page.model.rowCount() == 1
    # Sidst bekræftet: move on 40 days, the date turns red; one click confirms it.
    services.ctx.clock = type(services.ctx.clock)(fixed_today=D(2027, 1, 3))
    page.reload()
    row = page.model.row_at(0)
    assert row.verify_overdue and page.model.index(0, 8).data() == "24.11.2026"
    assert page.model.data(page.model.index(0, 8), Qt.ItemDataRole.ForegroundRole).color().name() == "#b3261e"
    page.table.selectRow(0)
    page.confirm_button.click()
    assert services.slots.get(a.id).verified_on == D(2027, 1, 3)
    assert page.model.index(0, 8).data() == "03.01.2027"
    assert page.status.text() == "Bekræftet ledig i dag: Lager"


def test_slot_card_start_extend_and_end_a_placement(window, services, slots, qtbot, no_questions):
    a, _ = slots
    mentor = services.mentors.create(MentorInput("Anna Holm", company_id=a.company_id, max_mentees=1))
    services.slots.attach_mentor(a.id, mentor.id)
    window.start("pladser")
    card = window.slots_page.open_slot(a.id)
    assert card.title.text() == "Lager — Holm Byg ApS"
    assert card.status.text().startswith("Ledig: 1 af 1 pladser fri · ledig i 84 dage")
    assert card.mentors.item(0).text().splitlines()[0] == "Anna Holm"
    assert card.mentors.item(0).text().splitlines()[2] == "0 af højst 1 mentees"

    from jobcrm.ui.dialogs.placement_dialogs import (
        EndPlacementDialog,
        ExtendPlacementDialog,
        StartPlacementDialog,
    )

    dialog = StartPlacementDialog(services, window.drafts, card.slot, card)
    assert dialog.edits["start_date"].text() == "30.11.2026"  # the next Monday
    dialog.edits["candidate_ref"].setText("010190-1234")
    dialog.save()
    assert dialog.result_ is None and not dialog.error_label.isHidden()
    assert "CPR" in dialog.error_label.text()
    dialog.edits["candidate_ref"].setText("KR-4711")
    dialog.edits["first_day_time"].setText("8.00")
    assert dialog.end_hint.text() == "Planlagt slut: søndag 27.12.2026"
    dialog.save()
    assert dialog.result_ is not None
    # The ratio warning for a company with 3 employees is not hit by one person (1 allowed).
    card.reload()
    assert card.placements.item(0, 2).text() == "Planlagt"  # it starts on Monday; the seat is taken from then
    assert services.slots.get(a.id, on=D(2026, 11, 30)).status == "besat"
    assert card.placements.item(0, 0).text() == "KR-4711"
    assert card.placements.item(0, 3).text() == "Anna Holm"
    assert "Evaluering før forløbets afslutning: KR-4711 – Lager" in card.plan.text()
    assert "hver uge til 27.12.2026" in card.plan.text()

    p = card.selected_placement()
    ext = ExtendPlacementDialog(services, p, card)
    assert ext.new_end.text() == "søndag 24.01.2027"
    ext.save()
    card.reload()
    assert "forlænget 1×" in card.placements.item(0, 2).text()
    end = EndPlacementDialog(services, card.selected_placement(), "da", card)
    end.save()
    assert end.error_label.text() == "Vælg hvordan forløbet endte."
    end.edits["outcome"].setCurrentIndex(end.edits["outcome"].findData("ordinaer"))
    assert end.hint.text() == "Efterværn planlægges: en kontakt hver måned i 3 måneder."
    end.edits["ended_on"].setText("15.01.2027")
    end.save()
    card.reload()
    assert card.placements.item(0, 4).text() == "Ordinær ansættelse"
    assert "Efterværn efter ordinær ansættelse: KR-4711 hos Holm Byg ApS" in card.plan.text()


def test_a_contact_about_the_placement_lands_in_the_company_history(window, services, slots, qtbot):
    _, b = slots
    card = window.slots_page.open_slot(b.id)
    from jobcrm.ui.dialogs.placement_dialogs import PlacementContactDialog

    dialog = PlacementContactDialog(services, card.selected_placement(), "da", card)
    assert dialog.edits["channel"].currentText() == "Trepartssamtale"
    dialog.edits["summary"].setPlainText("Trepartssamtale: det går godt")
    dialog.save()
    entry = services.history.timeline(b.company_id)[0]
    assert (entry.channel, entry.link_kind, entry.summary) == ("trepart", "placement", "Trepartssamtale: det går godt")
    card.reload()
    assert "Kontakter om forløbet:" in card.plan.text()


def test_mentor_editor_with_photo_and_the_coverage_view(window, services, slots, tmp_path, qtbot, no_questions):
    from PIL import Image

    from jobcrm.ui.dialogs.mentor_corps import MentorCorpsDialog
    from jobcrm.ui.dialogs.mentor_editor import MentorEditor

    a, _ = slots
    photo = tmp_path / "anna.png"
    Image.new("RGB", (640, 480), (90, 140, 200)).save(photo)
    editor = MentorEditor(services, window.drafts, None, a.company_id, "da")
    qtbot.addWidget(editor)
    editor.edits["name"].setText("Anna Holm")
    editor.competences["psykiske"].setChecked(True)
    editor.load_photo(str(photo))
    assert editor.photo_label.pixmap() is not None and not editor.photo_label.pixmap().isNull()
    editor.save()
    assert editor.saved is not None and editor.saved.has_photo
    corps = MentorCorpsDialog(services, window.drafts, "da")
    qtbot.addWidget(corps)
    assert corps.table.item(0, 0).text() == "Anna Holm"
    covered = {c.code: c for c in corps.coverage_rows}
    assert covered["psykiske"].covered and not covered["rollemodel"].covered
    row = [c.code for c in corps.coverage_rows].index("rollemodel")
    assert corps.coverage.item(row, 1).text() == "Ingen — find en mentor til dette"


def test_mentor_editor_keeps_a_draft(window, services, slots, monkeypatch, qtbot):
    from jobcrm.ui.dialogs.mentor_editor import MentorEditor

    a, _ = slots
    editor = MentorEditor(services, window.drafts, None, a.company_id, "da")
    qtbot.addWidget(editor)
    editor.edits["name"].setText("Halvt Udfyldt")
    editor._save_draft()  # what the autosave timer does
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    again = MentorEditor(services, window.drafts, None, a.company_id, "da")
    qtbot.addWidget(again)
    assert again.edits["name"].text() == "Halvt Udfyldt"


def test_slot_editor_validates_and_saves_with_a_draft(window, services, company, no_questions, qtbot):
    from jobcrm.ui.dialogs.slot_editor import SlotEditor

    editor = SlotEditor(services, window.drafts, None, company.id, "da")
    qtbot.addWidget(editor)
    assert editor.company.text() == "Holm Byg ApS"
    editor.edits["scheme"].setCurrentIndex(editor.edits["scheme"].findData("virksomhedscenter"))
    editor.edits["title"].setText("Køkken")
    editor.edits["capacity"].setValue(2)
    editor._save_draft()
    assert window.drafts.load("slot-new")["title"] == "Køkken"
    editor.save()
    assert editor.saved is None and "Et virksomhedscenter har mindst 4 pladser." in editor.error_label.text()
    editor.edits["capacity"].setValue(4)
    editor.tag_picker.activated.emit(editor.tag_picker.findData("kontor og butik"))
    assert editor.edits["tags"].text() == "kontor og butik"
    editor.save()
    assert editor.saved is not None and editor.saved.capacity == 4 and editor.saved.tags == ("kontor og butik",)
    assert window.drafts.load("slot-new") is None


def test_company_card_shows_its_slots(window, services, slots, company, qtbot):
    a, _ = slots
    card = window.open_card(company.id)
    tab = card.slots_tab
    assert card.tabs.tabText(card.tabs.indexOf(tab)) == "Pladser"
    assert tab.table.rowCount() == 1 and tab.table.item(0, 3).text() == "Lager"
    tab._open(0)
    assert a.id in window.slots_page.cards


def test_presentation_preview_and_save(window, services, slots, tmp_path, qtbot):
    from jobcrm.ui.dialogs.presentation_preview import PresentationPreview

    _, b = slots
    placement = services.placements.list(slot_id=b.id)[0]
    preview = PresentationPreview(services, b.id, placement.id)
    qtbot.addWidget(preview)
    text = preview.browser.toPlainText()
    assert "Velkommen til Bager Bent" in text and "Din første dag, BB-1" in text and "Mandag 02.11.2026" in text
    preview.open_after.setChecked(False)
    target = preview.save_pdf(str(tmp_path / "p.pdf"))
    assert target is not None
    assert "Velkommen til Bager Bent" in pypdf.PdfReader(io.BytesIO(target.read_bytes())).pages[0].extract_text()
