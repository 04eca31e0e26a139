"""The audit log (issue 8 item 6): who created, changed (field, old, new) or deleted what, and when — captured for
every record kind by session events, bulk statements included — shown with Danish labels and kept for a period."""

import datetime as dt
import uuid

from sqlalchemy import delete, insert, select, update

from jobcrm.ids import uuid7
from jobcrm.models import AuditLog, Base, Promise, RetentionLog
from jobcrm.services import record_labels as L
from jobcrm.services.dto import CompanyInput
from jobcrm.services.promises import PromiseInput
from jobcrm.services.slot_dto import PlacementInput, SlotInput

D = dt.date


def _log(services, **where):
    with services.ctx.sessions() as s:
        q = select(AuditLog).order_by(AuditLog.id)
        for k, v in where.items():
            q = q.where(getattr(AuditLog, k) == v)
        return list(s.scalars(q))


def test_every_record_kind_and_field_has_a_danish_label():
    kinds = L.all_kinds()
    assert len(kinds) >= 28
    missing = [k for k in kinds if k not in L.KINDS]
    assert missing == [], f"add these record kinds to record_labels.KINDS: {missing}"
    unlabelled = [f"{k}.{c.name}" for k in kinds for c in Base.metadata.tables[k].columns
                  if not L.is_noise(k, c.name) and L.field_label(k, c.name) == c.name]
    assert unlabelled == [], f"give these fields a Danish label in record_labels: {unlabelled}"
    assert set(L.KINDS) <= set(kinds)  # no label for a kind that does not exist
    assert L.kind_label("promise") == "Aftale" and L.field_label("promise", "due_date") == "Frist"
    assert L.field_label("company", "name") == "Navn" and L.kind_label("placement") == "Forløb"
    for kind, info in L.KINDS.items():  # the company path names real columns and kinds
        if info.company:
            assert info.company[0] in Base.metadata.tables[kind].c
            assert info.company[1] is None or info.company[1] in L.KINDS


def test_values_are_shown_the_danish_way(services, consultant):
    assert L.display_value("promise", "due_date", "2026-12-01") == "01.12.2026"
    assert L.display_value("company", "sector", "offentlig") == "Offentlig"
    assert L.display_value("job_order", "offer_types", "praktik,loentilskud") != "praktik,loentilskud"
    assert L.display_value("contact_person", "is_primary", "1") == "Ja"
    assert L.display_value("contact_person", "is_primary", "0") == "Nej"
    assert L.display_value("promise", "due_time", "09:30:00") == "09:30"
    assert L.display_value("promise", "status", "udfoert") == "Udført"
    refs = {("consultant", consultant.id.hex): "MAJ"}
    assert L.display_value("promise", "responsible_id", str(consultant.id),
                           lambda k, t: refs.get((k, uuid.UUID(t).hex))) == "MAJ"


def test_create_update_and_soft_delete_are_logged_with_who_and_the_company(services, consultant):
    c = services.companies.create(CompanyInput(name="Holm Byg ApS", city="Vejle"))
    services.companies.update(c.id, CompanyInput(name="Holm Byg ApS", city="Horsens", sector="offentlig"))
    p = services.promises.create(PromiseInput("Ring om praktik", D(2026, 12, 1), consultant.id, company_id=c.id))
    services.promises.reschedule(p.id, D(2026, 12, 8), "Kunden er syg")
    services.companies.delete(c.id)
    rows = _log(services, company_id=c.id)
    seen = [(r.action, r.record_kind, r.field, r.old_value, r.new_value) for r in rows]
    assert ("create", "company", None, None, None) in seen
    assert ("update", "company", "city", "Vejle", "Horsens") in seen
    assert ("update", "company", "sector", "privat", "offentlig") in seen
    assert ("update", "promise", "due_date", "2026-12-01", "2026-12-08") in seen
    assert ("create", "promise_reschedule", None, None, None) in seen  # a child record finds its company
    assert ("delete", "company", None, None, None) in seen  # setting deleted_at counts as a delete
    assert all(r.actor_id == consultant.id for r in rows)
    # Noise is left out: the timestamps, who-changed-last, the sort key and derived dates.
    assert not {r.field for r in rows} & {"updated_at", "updated_by", "sort_name", "next_due_date", "deleted_at"}
    # What the company card shows.
    entries = services.audit.company_page(c.id)
    shown = {(e.who, e.action_label, e.what, e.field, e.old, e.new) for e in entries}
    assert ("MAJ", "Ændret", "Aftale: Ring om praktik", "Frist", "01.12.2026", "08.12.2026") in shown
    assert ("MAJ", "Ændret", "Virksomhed: Holm Byg ApS", "By", "Vejle", "Horsens") in shown
    assert ("MAJ", "Slettet", "Virksomhed: Holm Byg ApS", "", "", "") in shown
    assert entries[0].at >= entries[-1].at  # newest first


def test_records_without_a_company_column_reach_the_company_through_their_parents(services, consultant):
    c = services.companies.create(CompanyInput(name="Holm Byg ApS"))
    slot = services.slots.create(SlotInput(company_id=c.id, scheme="praktik", title="Lager", capacity=2))
    placement = services.placements.start(PlacementInput(slot.id, "AB-12", D(2026, 12, 7), weeks=4)).placement
    services.placements.extend(placement.id, weeks=2, reason="Mere tid")
    kinds = {r.record_kind for r in _log(services, company_id=c.id)}
    assert {"company", "slot", "placement", "placement_extension", "promise"} <= kinds
    what = {e.what for e in services.audit.company_page(c.id)}
    assert "Forløb: AB-12" in what and "Plads: Lager" in what


def test_a_merge_logs_every_moved_row_from_its_bulk_update(services, consultant):
    keep = services.companies.create(CompanyInput(name="Jensens VVS ApS"))
    gone = services.companies.create(CompanyInput(name="Jensen VVS"))
    promises = [services.promises.create(PromiseInput(f"Aftale {i}", D(2026, 12, 1), consultant.id,
                                                      company_id=gone.id)) for i in range(3)]
    services.companies.merge(keep.id, gone.id)
    moved = _log(services, record_kind="promise", field="company_id")
    assert sorted(r.record_id for r in moved) == sorted(p.id for p in promises)
    assert {(r.old_value, r.new_value, r.company_id) for r in moved} == {(str(gone.id), str(keep.id), keep.id)}
    shown = {(e.what, e.field, e.old, e.new) for e in services.audit.company_page(keep.id)}
    assert ("Aftale: Aftale 0", "Virksomhed", "Jensen VVS", "Jensens VVS ApS") in shown
    assert any(r.action == "delete" for r in _log(services, record_id=gone.id))


def test_bulk_insert_update_and_delete_statements_are_logged(services, consultant):
    c = services.companies.create(CompanyInput(name="Holm Byg ApS"))
    now = services.ctx.clock.utcnow()
    ids = [uuid7() for _ in range(3)]
    rows = [{"id": i, "company_id": c.id, "title": f"Bulk {n}", "responsible_id": consultant.id,
             "due_date": D(2026, 12, 1), "original_due_date": D(2026, 12, 1), "created_at": now, "updated_at": now}
            for n, i in enumerate(ids)]
    with services.ctx.sessions.begin() as s:
        s.execute(insert(Promise), rows)
    assert {r.record_id for r in _log(services, action="create", record_kind="promise")} == set(ids)
    with services.ctx.sessions.begin() as s:  # a WHERE update
        s.execute(update(Promise).where(Promise.id.in_(ids[:2])).values(status="aflyst", updated_at=now))
    changed = _log(services, record_kind="promise", field="status")
    assert {(r.record_id, r.old_value, r.new_value, r.company_id) for r in changed} == {
        (i, "aaben", "aflyst", c.id) for i in ids[:2]}
    with services.ctx.sessions.begin() as s:  # an update by primary key, executemany
        s.execute(update(Promise), [{"id": ids[2], "title": "Omdøbt"}])
    assert [(r.old_value, r.new_value) for r in _log(services, record_id=ids[2], field="title")] == [
        ("Bulk 2", "Omdøbt")]
    with services.ctx.sessions.begin() as s:  # a soft delete as a bulk statement, and a hard delete
        s.execute(update(Promise).where(Promise.id == ids[0]).values(deleted_at=now))
        s.execute(delete(Promise).where(Promise.id == ids[1]))
    assert [r.action for r in _log(services, record_id=ids[0])][-1] == "delete"
    assert [r.action for r in _log(services, record_id=ids[1])][-1] == "delete"
    assert _log(services, record_id=ids[1])[-1].company_id == c.id


def test_the_company_page_pages_by_keyset_without_gaps(services, consultant):
    c = services.companies.create(CompanyInput(name="Holm Byg ApS"))
    for i in range(130):
        services.companies.update(c.id, CompanyInput(name="Holm Byg ApS", phone=f"7000{i:04d}"))
    first = services.audit.company_page(c.id, limit=100)
    rest = services.audit.company_page(c.id, after=(first[-1].at, first[-1].id), limit=100)
    assert len(first) == 100 and len(rest) == 31  # 130 changes and the create
    assert len({e.id for e in first + rest}) == 131 == services.audit.count_for_company(c.id)
    assert first[0].new == "70 00 01 29" and rest[-1].action == "create"


def test_old_audit_rows_are_pruned_after_the_configured_years(services, consultant):
    c = services.companies.create(CompanyInput(name="Holm Byg ApS"))
    old = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
    with services.ctx.sessions.begin() as s:
        s.execute(update(AuditLog).values(at=old))
    services.companies.update(c.id, CompanyInput(name="Holm Byg A/S"))
    assert services.audit.prune() > 0  # older than 5 years before 24.11.2026
    assert {r.field for r in _log(services, company_id=c.id)} == {"name"}
    with services.ctx.sessions() as s:
        log = s.scalars(select(RetentionLog)).all()
    assert [(r.kind, r.cutoff) for r in log] == [("audit_log", D(2021, 11, 24))]
    services.settings.set("audit_retention_years", 10)
    assert services.audit.prune() == 0



def test_link_records_are_named_by_what_they_link_to(services, consultant):
    from jobcrm.services.slot_dto import MentorInput

    c = services.companies.create(CompanyInput(name="Holm Byg ApS"))
    slot = services.slots.create(SlotInput(company_id=c.id, scheme="praktik", title="Lager", capacity=2))
    mentor = services.mentors.create(MentorInput(name="Bo Holm", company_id=c.id))
    services.slots.attach_mentor(slot.id, mentor.id)
    services.slots.detach_mentor(slot.id, mentor.id)
    services.slots.attach_mentor(slot.id, mentor.id)  # revived: the tombstone cleared
    what = {e.what for e in services.audit.company_page(c.id)}
    assert "Mentor på plads: Bo Holm" in what and "Mentor: Bo Holm" in what
    actions = [e.action_label for e in services.audit.company_page(c.id) if e.record_kind == "slot_mentor"]
    assert actions == ["Gendannet", "Slettet", "Oprettet"]


def test_a_session_can_name_another_actor_or_opt_out(services, consultant):
    from jobcrm.models import Company
    from jobcrm.services.audit import ACTOR, SKIP

    other = uuid7()
    with services.ctx.sessions() as s:  # e.g. the sync engine applying a colleague's change
        s.info[ACTOR] = other
        with s.begin():
            s.add(Company(name="Fra serveren", sort_name="fra serveren"))
    assert [r.actor_id for r in _log(services, record_kind="company")] == [other]
    with services.ctx.sessions() as s:
        s.info[SKIP] = True
        with s.begin():
            s.add(Company(name="Uden log", sort_name="uden log"))
    assert len(_log(services, record_kind="company")) == 1
