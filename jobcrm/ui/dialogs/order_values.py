"""The order editor's values: a saved order as the plain, JSON-ready values the editor and its draft hold,
and those values as the service's OrderInput."""

from __future__ import annotations

import uuid

from jobcrm.services.order_dto import OrderDetail, OrderInput, ReferralInput, RequirementInput
from jobcrm.ui.widgets.order_lines import date_text, to_uuid

TEXT_FIELDS = ("work_content", "professional_quals", "personal_quals", "physical_demands", "culture", "notes")


def form_values(o: OrderDetail) -> dict:
    """A saved order as the editor's plain values (the same shape as its draft)."""
    return {
        "company_id": str(o.company_id), "contact_person_id": str(o.contact_person.id) if o.contact_person else None,
        "owner_id": str(o.owner_id) if o.owner_id else None, "received_on": date_text(o.received_on),
        "status": o.status, "status_note": o.status_note or "", "offer_types": list(o.offer_types),
        "title": o.title or "", "positions": o.positions, **{k: getattr(o, k) or "" for k in TEXT_FIELDS},
        "hours": list(o.hours), "working_times": o.working_times or "", "employment": o.employment,
        "start_date": date_text(o.start_date), "contact_form": o.contact_form, "cvs_wanted": o.cvs_wanted or 0,
        "cv_deadline": date_text(o.cv_deadline),
        "search_responsible_id": str(o.search_responsible_id) if o.search_responsible_id else None,
        "feedback_responsible_id": str(o.feedback_responsible_id) if o.feedback_responsible_id else None,
        "feedback_deadline": date_text(o.feedback_deadline), "wish_retention": o.wish_retention,
        "wish_competence": o.wish_competence,
        "requirements": [{"id": str(r.id), "kind": r.kind, "text": r.text, "priority": r.priority}
                         for r in o.requirements],
        "referrals": [{"id": str(r.id), "candidate": r.candidate_ref, "sent": date_text(r.sent_on),
                       "consent": r.consent, "response": r.response, "responded": date_text(r.responded_on),
                       "note": r.note or ""} for r in o.referrals],
    }


def order_input(company_id: uuid.UUID | None, v: dict) -> OrderInput:
    """The editor's values as the service's input: text as typed; the service validates it."""
    return OrderInput(
        company_id=company_id, title=v["title"], offer_types=tuple(v["offer_types"]),
        positions=v["positions"], **{k: v[k] for k in TEXT_FIELDS}, hours=tuple(v["hours"]),
        working_times=v["working_times"], employment=v["employment"], start_date=v["start_date"],
        contact_person_id=to_uuid(v["contact_person_id"]), contact_form=v["contact_form"],
        cvs_wanted=v["cvs_wanted"] or None, cv_deadline=v["cv_deadline"], wish_retention=v["wish_retention"],
        wish_competence=v["wish_competence"], owner_id=to_uuid(v["owner_id"]),
        search_responsible_id=to_uuid(v["search_responsible_id"]),
        feedback_responsible_id=to_uuid(v["feedback_responsible_id"]), feedback_deadline=v["feedback_deadline"],
        received_on=v["received_on"], status=v["status"], status_note=v["status_note"],
        requirements=tuple(RequirementInput(x["kind"], x["text"], x["priority"], to_uuid(x["id"]))
                           for x in v["requirements"]),
        referrals=tuple(ReferralInput(x["candidate"], x["sent"], x["consent"], x["response"], x["responded"],
                                      x["note"], to_uuid(x["id"])) for x in v["referrals"]),
    )
