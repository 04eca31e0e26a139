"""Duplicates in the UI: a known CVR is refused with a way to the existing company, similar names in the
same postal code are offered before saving, and a duplicate is merged from the company card."""

import datetime as dt

from PySide6.QtWidgets import QMessageBox

from jobcrm.services.dto import CompanyInput, ContactPersonInput
from jobcrm.services.promises import PromiseInput
from jobcrm.ui import main_window as main_window_module
from jobcrm.ui.dialogs.company_dialog import CompanyDialog


def new_dialog(qtbot, services, drafts):
    dialog = CompanyDialog(services, drafts, services.consultants.list())
    qtbot.addWidget(dialog)
    return dialog


def test_known_cvr_is_refused_with_a_button_that_opens_the_existing_company(window, services, consultant,
                                                                            monkeypatch):
    existing = services.companies.create(CompanyInput(name="Holm Byg", cvr="10150817", postal_code="7100"))
    seen = {}

    class Typing(CompanyDialog):
        def exec(self):  # what the user does in the modal dialog
            self.edits["name"].setText("Holm Byggeri og Anlæg")
            self.edits["cvr"].setText("1015 0817")
            self.save()
            seen["error"] = self.error_label.text()
            seen["button"] = self.open_existing_button.isVisibleTo(self), self.open_existing_button.text()
            self.open_existing_button.click()
            return self.result()

    monkeypatch.setattr(main_window_module, "CompanyDialog", Typing)
    window.start("virksomheder")
    window.new_company()
    assert 'CVR 10150817 er allerede registreret på "Holm Byg"' in seen["error"]
    assert seen["button"] == (True, "Åbn den eksisterende virksomhed")
    assert existing.id in window.cards and window.cards[existing.id].isVisible()
    assert services.companies.count() == 1


def test_similar_name_in_the_same_postal_code_is_offered_before_saving(qtbot, danish, services, consultant,
                                                                      drafts):
    a = services.companies.create(CompanyInput(name="Jensens VVS ApS", postal_code="7100", city="Vejle",
                                               cvr="10150817", owner_id=consultant.id))
    dialog = new_dialog(qtbot, services, drafts)
    dialog.edits["name"].setText("Jensen VVS")
    dialog.edits["postal_code"].setText("7100")
    dialog.save()
    assert dialog.saved is None and services.companies.count() == 1
    assert dialog.duplicates_box.isVisibleTo(dialog)
    assert dialog.duplicates_label.text().startswith("Mulige dubletter: en virksomhed med et lignende navn")
    assert dialog.duplicates.item(0).text() == "Jensens VVS ApS · 7100 Vejle · CVR 10150817 · tovholder MAJ"
    dialog.edits["postal_code"].setText("7000")  # another postal code: nothing to offer any more
    assert not dialog.duplicates_box.isVisibleTo(dialog)
    dialog.edits["postal_code"].setText("7100")
    dialog.save()
    assert dialog.duplicates_box.isVisibleTo(dialog)
    dialog.create_anyway_button.click()
    assert dialog.saved is not None and dialog.saved.name == "Jensen VVS"
    assert services.companies.count() == 2

    other = new_dialog(qtbot, services, drafts)
    other.edits["name"].setText("JENSENS VVS")
    other.edits["postal_code"].setText("7100")
    other.save()
    assert other.duplicates.count() == 2
    other.duplicates.setCurrentRow([other.duplicates.item(r).text().startswith("Jensens")
                                    for r in range(2)].index(True))
    other.open_duplicate_button.click()
    assert other.open_instead == a.id and other.saved is None
    assert services.companies.count() == 2


def test_merge_a_duplicate_from_the_card(window, services, consultant, monkeypatch, qtbot):
    keep = services.companies.create(CompanyInput(name="Jensens VVS ApS", postal_code="7100", city="Vejle"))
    dup = services.companies.create(CompanyInput(name="Jensen VVS", postal_code="7100", phone="75123456",
                                                 special_notes="Spørg efter Bo"))
    other = services.companies.create(CompanyInput(name="Hansens Tømrer", postal_code="7100"))
    services.companies.add_person(dup.id, ContactPersonInput("Bo Jensen", title="Mester"))
    for i in range(2):
        services.history.log(dup.id, "telefon", f"Opkald {i}")
    services.promises.create(PromiseInput("Send CV", dt.date(2026, 12, 1), consultant.id, dup.id))
    window.start("virksomheder")
    assert window.companies_page.count_label.text() == "3 virksomheder"
    dup_card = window.open_card(dup.id)
    card = window.open_card(keep.id)
    assert card.merge_button.text() == "Læg sammen med …"
    card.merge_button.click()
    dialog = card.merge_dialog
    assert dialog.windowTitle() == "Læg sammen med en anden virksomhed"
    assert dialog.duplicates.count() == 1 and dialog.duplicates.item(0).text().startswith("Jensen VVS · 7100")
    assert dialog.remove_id == dup.id  # the likely duplicate is chosen to begin with
    text = dialog.preview.text()
    assert "»Jensen VVS« lægges ind i »Jensens VVS ApS« og slettes bagefter." in text
    assert "Flyttes hertil: 1 kontaktpersoner, 2 kontakter i historikken, 1 aftaler (1 åbne)." in text
    assert "Udfyldes fra dubletten (tomme her): Telefon, Særlige forhold." in text

    dialog.search.setText("hansens")  # any company can be found by typing
    dialog._suggest()
    label = next(iter(dialog._suggestions))
    assert label.startswith("Hansens Tømrer")
    dialog._pick_suggestion(label)
    assert dialog.remove_id == other.id and "Flyttes hertil: 0 kontaktpersoner" in dialog.preview.text()
    dialog.duplicates.setCurrentRow(-1)
    dialog.duplicates.setCurrentRow(0)
    assert dialog.remove_id == dup.id

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    dialog.merge_button.click()
    assert services.companies.get(dup.id).name == "Jensen VVS"  # not confirmed: nothing happened
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.merge_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert [card.persons.item(r, 0).text() for r in range(card.persons.rowCount())] == ["Bo Jensen"]
    assert card.timeline.rowCount() == 2 and card.promises_box.title() == "Åbne aftaler (1)"
    assert card.special.text() == "Særlige forhold: Spørg efter Bo"
    assert window.companies_page.count_label.text() == "2 virksomheder"
    assert not dup_card.isVisible()  # the duplicate's card closed
    qtbot.waitUntil(lambda: dup.id not in window.cards)
    assert services.companies.merges(keep.id)[0][1] == "Jensen VVS"  # the audit trail
