import datetime as dt

from sqlalchemy import func, select

from jobcrm.domain import validation as v
from jobcrm.models import Company, ContactPerson, Promise
from tests.conftest import TODAY


def test_demo_data_is_realistic_and_valid(services, demo):
    assert demo.companies == 120 and demo.consultants == 8
    with services.ctx.sessions() as s:
        companies = s.scalars(select(Company)).all()
        cvrs = [c.cvr for c in companies]
        assert len(set(cvrs)) == len(cvrs) and all(v.cvr_check_ok(x) for x in cvrs)
        assert all(v.clean_phone(c.phone) == c.phone for c in companies)
        assert any(ch in "".join(c.name + (c.city or "") for c in companies) for ch in "æøå")
        assert s.scalar(select(func.count()).select_from(ContactPerson)) >= 120
        overdue = s.scalar(select(func.count()).select_from(Promise).where(Promise.status == "aaben",
                                                                           Promise.due_date < TODAY))
        future = s.scalar(select(func.count()).select_from(Promise).where(Promise.status == "aaben",
                                                                          Promise.due_date >= TODAY))
        assert overdue > 0 and future > 0
        # derived "next planned contact" agrees with the open promises
        for c in companies[:40]:
            earliest = s.scalar(select(func.min(Promise.due_date)).where(Promise.company_id == c.id,
                                                                         Promise.status == "aaben"))
            assert c.next_due_date == earliest
    current = services.consultants.current()
    assert current.initials == "MAJ" and current.team_name == "Team Erhverv Nord"
    teams = {c.team_name for c in services.consultants.list()}
    assert teams == {"Team Erhverv Nord", "Team Erhverv Syd"}


def test_demo_contacts_lie_in_the_past_year(services, demo):
    from jobcrm.models import Contact

    with services.ctx.sessions() as s:
        oldest, newest = s.execute(select(func.min(Contact.occurred_at), func.max(Contact.occurred_at))).one()
    now = dt.datetime.now(dt.UTC)
    assert now - oldest.replace(tzinfo=dt.UTC) < dt.timedelta(days=370)
    assert newest.replace(tzinfo=dt.UTC) <= now + dt.timedelta(days=1)
