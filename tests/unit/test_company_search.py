"""The company search box: FTS5 over names, numbers, places, contact persons and notes, kept in step."""

import dataclasses
import datetime as dt

from jobcrm.services import search
from jobcrm.services.companies import CompanyFilter, SortSpec
from jobcrm.services.dto import CompanyInput, ContactPersonInput


def make(services, name, **kw):
    return services.companies.create(CompanyInput(name=name, **kw))


def names(services, text, **kw):
    return [r.name for r in services.companies.page(flt=CompanyFilter(text=text, **kw))]


def test_prefix_of_a_name_finds_the_company(services):
    make(services, "Malermester Jensen ApS", city="Middelfart")
    make(services, "Maler Hansen", city="Vejle")
    assert names(services, "malerm") == ["Malermester Jensen ApS"]
    assert names(services, "MALER") == ["Maler Hansen", "Malermester Jensen ApS"]
    assert names(services, "jens mal") == ["Malermester Jensen ApS"]  # every word must match
    assert names(services, "vejle") == ["Maler Hansen"]


def test_cvr_p_number_and_phone_with_or_without_spaces(services):
    make(services, "Jensen VVS", cvr="10150817", p_number="1003388221", phone="+45 86 12 34 56")
    make(services, "Anden A/S")
    assert names(services, "10150817") == ["Jensen VVS"]
    assert names(services, "1015 0817") == ["Jensen VVS"]
    assert names(services, "100338") == ["Jensen VVS"]
    assert names(services, "86123456") == ["Jensen VVS"]
    assert names(services, "86 12 34") == ["Jensen VVS"]


def test_contact_person_name_and_phone(services):
    c = make(services, "Bækgaard Transport")
    make(services, "Anden A/S")
    p = services.companies.add_person(c.id, ContactPersonInput("Hanne Holm", mobile="22 33 44 55"))
    assert names(services, "hanne") == ["Bækgaard Transport"]
    assert names(services, "22334455") == ["Bækgaard Transport"]
    services.companies.update_person(p.id, ContactPersonInput("Lise Lund"))
    assert names(services, "hanne") == []
    assert names(services, "lise") == ["Bækgaard Transport"]
    services.companies.delete_person(p.id)
    assert names(services, "lise") == []


def test_danish_letters_stay_distinct(services):
    make(services, "Østergaard El")
    make(services, "Ostergaard Auto")
    make(services, "Ærø Slagteri")
    make(services, "Åens Rengøring")
    assert names(services, "øster") == ["Østergaard El"]
    assert names(services, "ØSTER") == ["Østergaard El"]
    assert names(services, "oster") == ["Ostergaard Auto"]
    assert names(services, "ærø") == ["Ærø Slagteri"]
    assert names(services, "rengør") == ["Åens Rengøring"]
    assert names(services, "åen") == ["Åens Rengøring"]


def test_words_in_notes_and_contact_summaries(services, consultant):
    c = make(services, "Fabrik A", special_notes="Ring kun før kl. 9 — værkføreren er på pladsen")
    d = make(services, "Fabrik B", core_business="Laver pallereoler til lagerbranchen")
    make(services, "Fabrik C")
    assert names(services, "værkfør") == ["Fabrik A"]
    assert names(services, "pallereol") == ["Fabrik B"]
    services.history.log(d.id, "telefon", "Talte om truckcertifikat til to nye lagermedarbejdere")
    assert names(services, "truckcert") == ["Fabrik B"]
    services.companies.update(c.id, dataclasses.replace(c.as_input(), special_notes="Ny ejer"))
    assert names(services, "værkfør") == []
    assert names(services, "ejer") == ["Fabrik A"]


def test_deleted_companies_are_not_found(services):
    c = make(services, "Slettet Smed ApS", cvr="10150817")
    make(services, "Levende Smed")
    services.companies.delete(c.id)
    assert names(services, "smed") == ["Levende Smed"]
    assert names(services, "10150817") == []


def test_search_keeps_the_chosen_sort_and_the_other_filters(services, consultant):
    make(services, "Smed Anker", city="Vejle", municipality="Vejle", industry="Industri", owner_id=consultant.id)
    make(services, "Smed Bo", city="Aarhus C", municipality="Aarhus", industry="Industri",
         relationship_status="aktiv")
    make(services, "Smed Carl", city="Kolding", municipality="Kolding", industry="Byggeri")
    flt = CompanyFilter(text="smed")
    by_city = services.companies.page(flt=flt, sort=SortSpec("city"))
    assert [r.city for r in by_city] == ["Aarhus C", "Kolding", "Vejle"]
    desc = services.companies.page(flt=flt, sort=SortSpec("name", descending=True))
    assert [r.name for r in desc] == ["Smed Carl", "Smed Bo", "Smed Anker"]
    assert names(services, "smed", industry="Industri") == ["Smed Anker", "Smed Bo"]
    assert names(services, "smed", municipality="Kolding") == ["Smed Carl"]
    assert names(services, "smed", status="aktiv") == ["Smed Bo"]
    assert names(services, "smed", owner_id=consultant.id) == ["Smed Anker"]
    choices = services.companies.filter_choices()
    assert choices.industries == ("Byggeri", "Industri")
    assert choices.municipalities == ("Aarhus", "Kolding", "Vejle")


def test_no_contact_for_n_months(services, consultant):
    never = make(services, "Aldrig Kontaktet")
    old = make(services, "Gammel Kontakt")
    recent = make(services, "Ny Kontakt")
    services.history.log(old.id, "telefon", "Kort snak", occurred_at=dt.datetime(2026, 3, 2, 10, 0, tzinfo=dt.UTC))
    services.history.log(recent.id, "besoeg", "Besøg", occurred_at=dt.datetime(2026, 10, 1, 10, 0, tzinfo=dt.UTC))
    assert set(names(services, "", no_contact_months=6)) == {never.name, old.name}
    assert set(names(services, "", no_contact_months=12)) == {never.name}
    assert recent.name in names(services, "")


def test_rebuild_after_paused_bulk_work_finds_everything(services, demo):
    any_row = services.companies.page(limit=1)[0]
    assert any_row.id in services.companies.search_ids(CompanyFilter(text=any_row.cvr))
    with services.ctx.sessions.begin() as s:
        search.pause(s, "test")
    paused = make(services, "Pauset Pølsevogn")
    assert names(services, "pølsevogn") == []  # triggers off while paused
    with services.ctx.sessions.begin() as s:
        search.resume(s)
    assert names(services, "pølsevogn") == ["Pauset Pølsevogn"]
    services.companies.delete(paused.id)
    assert names(services, "pølsevogn") == []


def test_odd_input_is_harmless(services):
    make(services, "Citat \"Firma\" A/S")
    for typed in ['"', "*", "a AND", "NOT", "(", "-", "+45"]:
        services.companies.search_ids(CompanyFilter(text=typed))
    assert names(services, 'citat "fir') == ['Citat "Firma" A/S']
