"""Campaigns: the call list built from a company filter (left-out companies with the reason), the calls and what
they write (contact history linked to the campaign, a promise to call again, a booked visit with the campaign's
guide), and the booking warnings (double booking, too little time between visits, lead time)."""

import datetime as dt

import pytest
from sqlalchemy import select

from jobcrm.errors import ValidationError
from jobcrm.models import CampaignCall, Contact
from jobcrm.services.campaign_dto import CallInput, CampaignCriteria, CampaignInput
from jobcrm.services.campaigns import BookingNeedsConfirmation
from jobcrm.services.dto import CompanyInput, ConsultantInput, ContactPersonInput

START, END = dt.date(2026, 11, 23), dt.date(2027, 3, 31)


@pytest.fixture
def colleague(services, consultant):
    return services.consultants.create(ConsultantInput("PEJ", "Peter Juhl", team_name="Team Erhverv Nord"))


def company(services, name, employees=20, industry="Malerfirma", municipality="Vejle", postal="7100", status="ny",
            phone="75 12 34 56"):
    c = services.companies.create(CompanyInput(name=name, employees=employees, industry=industry,
                                               municipality=municipality, postal_code=postal, city="Vejle",
                                               address="Vestergade 1", phone=phone, relationship_status=status))
    return c


def campaign(services, **criteria):
    crit = CampaignCriteria(**({"employees_min": 5, "employees_max": 100} | criteria))
    return services.campaigns.create(CampaignInput(
        name="Luk op for nye jobmuligheder", starts_on=START, ends_on=END, purpose="Nye jobåbninger til ledige",
        message="Vi vil gerne fortælle om jobcentrets tilbud til virksomheder.", material="Postkort og pjece",
        criteria=crit))


def test_campaign_defaults_to_the_campaign_guide_and_validates_fields(services, consultant):
    c = campaign(services)
    assert c.template_name == "Kampagnebesøg" and c.owner_initials == "MAJ" and c.visit_minutes == 60
    assert c.criteria.describe() == "5–100 ansatte · ikke kontaktet i kampagnen før"
    with pytest.raises(ValidationError) as e:
        services.campaigns.create(CampaignInput(
            name=" ", starts_on=END, ends_on=START, message="Ring til 120345-6789",
            criteria=CampaignCriteria(employees_min=100, employees_max=5)))
    assert set(e.value.errors) == {"name", "ends_on", "message", "employees_max"}
    assert "CPR" in e.value.errors["message"]


def test_target_list_follows_the_filter_and_says_why_companies_were_left_out(services, consultant, colleague):
    ok = company(services, "Malermester Hansen", employees=12)
    company(services, "Stor Industri A/S", employees=250)  # outside 5-100: not on the list at all
    company(services, "Enkeltmandsfirma", employees=2)  # outside too
    company(services, "Anden Kommune ApS", municipality="Fredericia")
    not_interested = company(services, "Nej Tak ApS", status="ikke_interesseret")
    partner = company(services, "Gammel Partner A/S", status="aktiv")
    recent = company(services, "Kontaktet For Nylig ApS")
    services.history.log(recent.id, "telefon", "Talt om praktik", occurred_at=dt.datetime(2026, 9, 1, 10, 0))
    long_ago = company(services, "Længe Siden ApS")
    services.history.log(long_ago.id, "besoeg", "Besøg", occurred_at=dt.datetime(2025, 6, 1, 10, 0))
    c = campaign(services, municipalities=("Vejle",), no_cooperation_months=12)

    result = services.campaigns.build_list(c.id)

    assert result.matching == 5 and result.added == 2 and result.already_on_list == 0
    assert result.excluded == {"ikke_interesseret": 1, "samarbejde": 2}
    to_call = {t.company_name for t in services.campaigns.targets(c.id, "alle")}
    assert to_call == {"Malermester Hansen", "Længe Siden ApS"}
    left_out = {t.company_name: (t.excluded, t.excluded_detail) for t in services.campaigns.targets(c.id, "udeladt")}
    assert left_out == {
        "Nej Tak ApS": ("ikke_interesseret", 'Virksomheden er markeret "Ikke interesseret".'),
        "Gammel Partner A/S": ("samarbejde", "Aktiv samarbejdspartner."),
        "Kontaktet For Nylig ApS": ("samarbejde", "Sidste kontakt 01.09.2026 (Telefon, MAJ)."),
    }
    # Building again adds nothing twice; a company that now matches is added.
    company(services, "Ny Virksomhed ApS", employees=40)
    again = services.campaigns.build_list(c.id)
    assert (again.added, again.already_on_list) == (1, 5)
    assert services.campaigns.count_targets(c.id, "alle") == 3
    # "Medtag alligevel" puts a left-out company on the list; the reason stays.
    t = services.campaigns.target_for_company(c.id, partner.id)
    assert services.campaigns.include_anyway(t.id).status == "ikke_ringet"
    assert services.campaigns.target(t.id).excluded_detail == "Aktiv samarbejdspartner."
    assert services.campaigns.count_targets(c.id, "alle") == 4
    assert ok.id in {t.company_id for t in services.campaigns.targets(c.id, "at_ringe")}
    assert not_interested.id not in {t.company_id for t in services.campaigns.targets(c.id, "at_ringe")}


def test_companies_contacted_about_the_campaign_before_or_lately_in_another_are_left_out(services, consultant):
    called = company(services, "Ringet I Første Runde ApS")
    other = company(services, "Ringet I Anden Kampagne ApS")
    fresh = company(services, "Frisk ApS")
    first = campaign(services)
    services.campaigns.build_list(first.id)
    t = services.campaigns.target_for_company(first.id, called.id)
    services.campaigns.record_call(CallInput(t.id, "takket_nej", reason="intet_behov"))
    unrelated = services.campaigns.create(CampaignInput(name="Fastholdelse 2026", starts_on=START, ends_on=END))
    services.campaigns.build_list(unrelated.id)
    services.campaigns.record_call(CallInput(services.campaigns.target_for_company(unrelated.id, other.id).id,
                                             "forkert_nummer"))
    second = services.campaigns.create(CampaignInput(
        name="Luk op – runde 2", starts_on=START, ends_on=END, previous_id=first.id,
        criteria=CampaignCriteria(employees_min=5, employees_max=100)))

    result = services.campaigns.build_list(second.id)

    assert result.excluded == {"kontaktet_i_kampagnen": 1, "anden_kampagne": 1}
    rows = {t.company_id: t for t in services.campaigns.targets(second.id, "udeladt")}
    assert rows[called.id].excluded_detail == "Ringet op om kampagnen 24.11.2026."
    assert rows[other.id].excluded_detail == 'Ringet op 24.11.2026 i kampagnen "Fastholdelse 2026".'
    assert [t.company_id for t in services.campaigns.targets(second.id, "alle")] == [fresh.id]
    # Without "ikke kontaktet i kampagnen før" the first round's company may be called again.
    third = services.campaigns.create(CampaignInput(
        name="Luk op – runde 3", starts_on=START, ends_on=END, previous_id=first.id,
        criteria=CampaignCriteria(not_contacted_before=False)))
    assert services.campaigns.build_list(third.id).excluded == {"anden_kampagne": 1}


def test_every_call_goes_into_the_contact_history_linked_to_the_campaign(services, consultant):
    a = company(services, "Alfa Maler ApS")
    c = campaign(services)
    services.campaigns.build_list(c.id)
    t = services.campaigns.target_for_company(c.id, a.id)

    first = services.campaigns.record_call(CallInput(t.id, "ikke_truffet", note="Indehaveren er på kursus"))
    # "Ikke truffet – ring igen" is a promise in the caller's inbox (default: 2 working days).
    promise = services.promises.get(first.call.promise_id)
    assert (promise.due_date, promise.responsible_id, promise.source_kind) == \
        (dt.date(2026, 11, 26), consultant.id, "kampagne")
    assert promise.title == 'Ring igen – kampagne "Luk op for nye jobmuligheder"'
    assert first.target.status == "ikke_truffet" and first.target.call_again_on == dt.date(2026, 11, 26)
    assert services.campaigns.count_targets(c.id, "at_ringe") == 0  # not due yet

    second = services.campaigns.record_call(CallInput(t.id, "takket_nej", reason="travlhed",
                                                      mark_not_interested=True))
    assert services.promises.get(promise.id).status == "udfoert"  # calling again closes the promise
    timeline = services.history.timeline(a.id)
    assert [e.summary for e in timeline] == [
        'Kampagne "Luk op for nye jobmuligheder": Takket nej – Har ikke tid (travlhed).',
        'Kampagne "Luk op for nye jobmuligheder": Ikke truffet – ring igen – ringer igen 26.11.2026. '
        'Indehaveren er på kursus',
    ]
    assert {(e.channel, e.link_kind, e.link_id) for e in timeline} == {("telefon", "kampagne", c.id)}
    assert second.target.calls == 2 and second.target.last_caller_initials == "MAJ"
    assert services.companies.get(a.id).relationship_status == "ikke_interesseret"
    with pytest.raises(ValidationError) as e:
        services.campaigns.record_call(CallInput(t.id, "takket_nej"))
    assert e.value.errors == {"reason": "Vælg hvorfor virksomheden takkede nej."}


def test_booking_plans_the_visit_with_the_campaign_guide_and_writes_the_history(services, consultant, colleague):
    a = company(services, "Alfa Maler ApS")
    services.companies.add_person(a.id, ContactPersonInput("Lone Friis", phone="20 30 40 50", is_primary=True))
    person = services.companies.get(a.id).contact_persons[0]
    c = campaign(services)
    services.campaigns.build_list(c.id)
    t = services.campaigns.target_for_company(c.id, a.id)

    result = services.campaigns.record_call(CallInput(
        t.id, "booket", consultant_id=colleague.id, start=dt.datetime(2026, 12, 3, 10, 0),
        contact_person_id=person.id))

    visit = services.visits.get(result.visit_id)
    assert (visit.consultant_initials, visit.visit_type, visit.template_name, visit.status) == \
        ("PEJ", "kampagne", "Kampagnebesøg", "planlagt")
    assert visit.end_at - visit.start_at == dt.timedelta(minutes=60)
    assert visit.contact_person_name == "Lone Friis"
    assert visit.note.startswith("Kampagne: Luk op for nye jobmuligheder.")
    assert result.call.lead_days == 9 and result.call.consultant_initials == "PEJ"
    assert result.target.visit_id == visit.id and result.target.status == "booket"
    [entry] = services.history.timeline(a.id)
    assert entry.summary == ('Kampagne "Luk op for nye jobmuligheder": Booket – besøg 03.12.2026 kl. 10:00 hos PEJ '
                             '(Kampagnebesøg).')
    assert entry.consultant_initials == "MAJ" and entry.person_names == ("Lone Friis",)
    # Booked once is enough: a second booking is refused.
    with pytest.raises(ValidationError, match="allerede booket"):
        services.campaigns.record_call(CallInput(t.id, "booket", consultant_id=colleague.id,
                                                 start=dt.datetime(2026, 12, 4, 10, 0)))


def test_double_booking_and_too_little_time_between_visits_warn_before_booking(services, consultant):
    from jobcrm.services.visit_dto import VisitInput

    near = company(services, "Nabo ApS", postal="7100")
    far = company(services, "Fjernt ApS", postal="6000")
    a = company(services, "Alfa Maler ApS", postal="7100")
    services.visits.plan(VisitInput(company_id=near.id, start=dt.datetime(2026, 12, 3, 9, 0),
                                    end=dt.datetime(2026, 12, 3, 10, 0)))
    services.visits.plan(VisitInput(company_id=far.id, start=dt.datetime(2026, 12, 3, 13, 0),
                                    end=dt.datetime(2026, 12, 3, 14, 0)))
    c = campaign(services)
    services.campaigns.build_list(c.id)
    t = services.campaigns.target_for_company(c.id, a.id)

    def warnings(hour, minute=0):
        return services.campaigns.check_booking(c.id, a.id, consultant.id, dt.datetime(2026, 12, 3, hour, minute))

    assert [w.kind for w in warnings(9, 30)] == ["dobbeltbooking"]
    assert warnings(9, 30)[0].text == ("Dobbeltbooking: MAJ har allerede besøg hos Nabo ApS (7100 Vejle) "
                                       "kl. 09:00–10:00.")
    # Same postal code: 30 minutes are enough; 15 are not.
    assert warnings(10, 30) == []
    [w] = warnings(10, 15)
    assert (w.kind, w.text) == ("for_taet", "For lidt tid: besøget hos Nabo ApS (7100 Vejle) slutter kl. 10:00, "
                                            "kun 15 min. før dette besøg – der bør være mindst 30 min. i samme "
                                            "postnummer.")
    # A different postal code needs 60 minutes (travel): 11:30-12:30 leaves 30 minutes before 13:00 in 6000.
    [w] = warnings(11, 30)
    assert w.kind == "for_taet" and "kun 30 min. efter dette besøg" in w.text and "mindst 60 min." in w.text
    assert warnings(11, 0) == []
    # Booking with warnings needs a confirmation; nothing is saved until then.
    with pytest.raises(BookingNeedsConfirmation) as e:
        services.campaigns.record_call(CallInput(t.id, "booket", start=dt.datetime(2026, 12, 3, 9, 30)))
    assert [w.kind for w in e.value.warnings] == ["dobbeltbooking"]
    assert services.visits.count() == 2 and services.history.timeline(a.id) == []
    booked = services.campaigns.record_call(CallInput(t.id, "booket", start=dt.datetime(2026, 12, 3, 9, 30)),
                                            confirm=True)
    assert [w.kind for w in booked.warnings] == ["dobbeltbooking"] and services.visits.count() == 3


def test_a_booking_further_ahead_than_the_lead_time_warns(services, consultant):
    a = company(services, "Alfa Maler ApS")
    c = campaign(services)
    services.campaigns.build_list(c.id)
    six_weeks = dt.datetime(2027, 1, 5, 10, 0)  # 42 days ahead: fine
    [w] = services.campaigns.check_booking(c.id, a.id, consultant.id, dt.datetime(2027, 1, 12, 10, 0))
    assert w.kind == "lang_frist"
    assert w.text.startswith("Besøget ligger 7 uger ude i fremtiden (over 6 uger). Møder, der bookes så langt frem, "
                             "bliver oftere aflyst")
    assert services.campaigns.check_booking(c.id, a.id, consultant.id, six_weeks) == []
    services.settings.set("campaign_booking_lead_weeks", 4)
    assert [w.kind for w in services.campaigns.check_booking(c.id, a.id, consultant.id, six_weeks)] == ["lang_frist"]
    # A closed day and a date after the campaign are named too.
    kinds = [w.kind for w in services.campaigns.check_booking(c.id, a.id, consultant.id,
                                                              dt.datetime(2027, 4, 3, 10, 0))]
    assert kinds == ["lang_frist", "uden_for_perioden", "lukkedag"]


def test_a_failed_call_leaves_no_visit_behind(services, consultant, monkeypatch):
    a = company(services, "Alfa Maler ApS")
    c = campaign(services)
    services.campaigns.build_list(c.id)
    t = services.campaigns.target_for_company(c.id, a.id)

    def broken(*_a, **_k):
        raise RuntimeError("disk full")

    monkeypatch.setattr("jobcrm.services.campaigns.insert_contact", broken)
    with pytest.raises(RuntimeError):
        services.campaigns.record_call(CallInput(t.id, "booket", start=dt.datetime(2026, 12, 3, 10, 0)))
    assert services.visits.count() == 0
    with services.ctx.sessions() as s:
        assert s.scalars(select(CampaignCall)).all() == [] and s.scalars(select(Contact)).all() == []
    assert services.campaigns.target(t.id).status == "ikke_ringet"


def test_left_out_companies_cannot_be_called_and_the_queue_comes_in_order(services, consultant):
    b = company(services, "Beta ApS")
    a = company(services, "Alfa ApS")
    no = company(services, "Nej ApS", status="ikke_interesseret")
    c = campaign(services)
    services.campaigns.build_list(c.id)
    first = services.campaigns.next_target(c.id)
    assert first.company_id == a.id  # alphabetical
    assert services.campaigns.next_target(c.id, after=first.id).company_id == b.id
    t = services.campaigns.target_for_company(c.id, no.id)
    with pytest.raises(ValidationError, match="udeladt fra listen"):
        services.campaigns.record_call(CallInput(t.id, "takket_nej", reason="andet"))
    services.campaigns.record_call(CallInput(first.id, "allerede_kontakt", note="Har aftale med PEJ"))
    assert [x.company_id for x in services.campaigns.targets(c.id, "at_ringe")] == [b.id]
    rows = services.campaigns.list()
    assert (rows[0].on_list, rows[0].excluded, rows[0].called, rows[0].booked) == (2, 1, 1, 0)
