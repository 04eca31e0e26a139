"""Retention (GDPR, PRODUCT.md §9): personal data about citizens is purged `retention_months` (a setting, default
12) after the placement ended, and the audit log is pruned after `audit_retention_years` (default 5).

What "candidate references and placement details" covers here — the places where something identifies or
describes the citizen:
- placement: `Placement.PERSONAL_COLUMNS` (candidate reference, notes about the placement, the end note), once
  the placement ended (its `ended_on`, or its planned end when nobody registered the end) before the cutoff;
- placement_extension: the reason of an extension of such a placement (free text about the citizen: illness, …);
- promise: the placement's follow-up promises (source_kind "forloeb") carry the candidate reference in their
  title; the reference is replaced by "[slettet]" in title and details, the promise itself stays (the company's
  follow-up history);
- contact: contact-history entries linked to the placement keep their summary, with the reference replaced;
- job_order_referral: a CV sent to a company names the candidate; the reference and the note are purged when the
  referral's last event (the company's answer, else the day it was sent) is before the cutoff;
- audit_log: the old/new values of exactly those fields of exactly those records, or the log would keep them.
Dates, outcomes, hours and everything about the company stay: the statistics still count placements.
The purged rows get `updated_at`/`updated_by` stamped so the blanked values win when copies are synchronised.
Each kind purged is logged in retention_log (kind, how many, when, cutoff) — never the data.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import dataclass

from sqlalchemy import and_, func, or_, select, true, update

from jobcrm.models import (
    AuditLog,
    Contact,
    JobOrderReferral,
    Placement,
    PlacementExtension,
    Promise,
    RetentionLog,
)
from jobcrm.services.audit import SKIP
from jobcrm.services.context import ServiceContext
from jobcrm.services.record_labels import PURGED

PLACEMENT_SOURCE = "forloeb"  # Promise.source_kind of a placement's follow-up plan (services/placements.py)
PLACEMENT_LINK = "placement"  # Contact.link_kind of a placement's contact-history entries
KIND_LABELS = {
    "placement": "Forløb (kandidatreference og noter)",
    "placement_extension": "Begrundelser for forlængelse",
    "promise": "Opfølgningsaftaler (kandidatreference i titel)",
    "contact": "Kontakthistorik om forløb (kandidatreference)",
    "job_order_referral": "Formidlinger (kandidatreference og note)",
    "audit_log_values": "Værdier i ændringsloggen",
}


@dataclass(frozen=True)
class PurgeResult:
    cutoff: dt.date
    counts: dict[str, int]  # kind -> records purged (or that would be, on a dry run); only kinds with any
    dry_run: bool

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def months_before(day: dt.date, months: int) -> dt.date:
    y, m = divmod(day.year * 12 + day.month - 1 - months, 12)
    m += 1
    last = (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(y, m, min(day.day, last))


def _scrub(text: str | None, refs: list[str]) -> str | None:
    if not text:
        return text
    for ref in refs:
        text = re.sub(rf"(?<!\w){re.escape(ref)}(?!\w)", PURGED, text)
    return text


class RetentionService:
    def __init__(self, ctx: ServiceContext, settings):
        self._ctx = ctx
        self._settings = settings

    def cutoff(self, today: dt.date | None = None) -> dt.date:
        return months_before(today or self._ctx.clock.today(), int(self._settings.get("retention_months")))

    def purge(self, *, dry_run: bool = False, today: dt.date | None = None) -> PurgeResult:
        """Blank the personal data of placements and referrals that ended before the cutoff, in one transaction.
        Idempotent: what is already blank is not counted again."""
        cutoff = self.cutoff(today)
        now, me = self._ctx.clock.utcnow(), self._ctx.actor.id
        stamp = {"updated_at": now, "updated_by": me}
        counts: dict[str, int] = {}
        with self._ctx.sessions() as s:
            s.info[SKIP] = True  # the audit log must not copy what is being removed
            with s.begin():
                ended = func.coalesce(Placement.ended_on, Placement.planned_end) < cutoff
                placements = s.execute(select(Placement.id, Placement.candidate_ref).where(ended)).all()
                ended_ids = [p.id for p in placements]
                refs = {p.id: p.candidate_ref for p in placements if p.candidate_ref and p.candidate_ref != PURGED}
                dirty_p = _chunked_scalars(s, Placement, ended_ids, or_(
                    Placement.candidate_ref != PURGED, Placement.candidate_note.is_not(None),
                    Placement.end_note.is_not(None)))
                ext_ids = _chunked_scalars(s, PlacementExtension, ended_ids, PlacementExtension.reason.is_not(None),
                                           PlacementExtension.placement_id)
                promise_rows, contact_rows = [], []
                if refs:
                    for pid, ref in refs.items():
                        for row in s.execute(select(Promise.id, Promise.title, Promise.details).where(
                                Promise.source_kind == PLACEMENT_SOURCE, Promise.source_id == pid)):
                            title, details = _scrub(row.title, [ref]), _scrub(row.details, [ref])
                            if (title, details) != (row.title, row.details):
                                promise_rows.append({"id": row.id, "title": title, "details": details})
                        for row in s.execute(select(Contact.id, Contact.summary).where(
                                Contact.link_kind == PLACEMENT_LINK, Contact.link_id == pid)):
                            summary = _scrub(row.summary, [ref])
                            if summary != row.summary:
                                contact_rows.append({"id": row.id, "summary": summary})
                last = func.coalesce(JobOrderReferral.responded_on, JobOrderReferral.sent_on)
                ref_ids = list(s.scalars(select(JobOrderReferral.id).where(last < cutoff, or_(
                    JobOrderReferral.candidate_ref != PURGED, JobOrderReferral.note.is_not(None)))))
                audit_targets = (
                    [("placement", i, f) for i in dirty_p for f in Placement.PERSONAL_COLUMNS]
                    + [("placement_extension", i, "reason") for i in ext_ids]
                    + [("promise", r["id"], f) for r in promise_rows for f in ("title", "details")]
                    + [("contact", r["id"], "summary") for r in contact_rows]
                    + [("job_order_referral", i, f) for i in ref_ids for f in ("candidate_ref", "note")])
                # The audit rows of every purged field, also of records purged on an earlier run (idempotent).
                audit_ids = self._audit_rows(s, ended_ids, ref_ids, refs, promise_rows, contact_rows, audit_targets)
                counts = {"placement": len(dirty_p), "placement_extension": len(ext_ids),
                          "promise": len(promise_rows), "contact": len(contact_rows),
                          "job_order_referral": len(ref_ids), "audit_log_values": len(audit_ids)}
                counts = {k: n for k, n in counts.items() if n}
                if dry_run:  # nothing written yet
                    return PurgeResult(cutoff, counts, True)
                for i in range(0, len(dirty_p), 500):
                    s.execute(update(Placement).where(Placement.id.in_(dirty_p[i:i + 500])).values(
                        candidate_ref=PURGED, candidate_note=None, end_note=None, **stamp))
                for i in range(0, len(ext_ids), 500):
                    s.execute(update(PlacementExtension).where(PlacementExtension.id.in_(ext_ids[i:i + 500]))
                              .values(reason=None, **stamp))
                if promise_rows:
                    s.execute(update(Promise), [{**r, **stamp} for r in promise_rows])
                if contact_rows:
                    s.execute(update(Contact), [{**r, **stamp} for r in contact_rows])
                for i in range(0, len(ref_ids), 500):
                    s.execute(update(JobOrderReferral).where(JobOrderReferral.id.in_(ref_ids[i:i + 500]))
                              .values(candidate_ref=PURGED, note=None, **stamp))
                for i in range(0, len(audit_ids), 500):
                    chunk = audit_ids[i:i + 500]
                    s.execute(update(AuditLog).where(AuditLog.id.in_(chunk), AuditLog.old_value.is_not(None))
                              .values(old_value=PURGED))
                    s.execute(update(AuditLog).where(AuditLog.id.in_(chunk), AuditLog.new_value.is_not(None))
                              .values(new_value=PURGED))
                for kind, n in counts.items():
                    s.add(RetentionLog(at=now, kind=kind, count=n, cutoff=cutoff))
        return PurgeResult(cutoff, counts, False)

    @staticmethod
    def _audit_rows(s, ended_ids, ref_ids, refs, promise_rows, contact_rows, targets) -> list[int]:
        """Ids of audit rows holding a purged value that is not blanked yet."""
        wanted = {(k, i, f) for k, i, f in targets}
        # Records purged on an earlier run still count: every ended placement's personal fields, …
        wanted |= {("placement", i, f) for i in ended_ids for f in Placement.PERSONAL_COLUMNS}
        wanted |= {("job_order_referral", i, f) for i in ref_ids for f in ("candidate_ref", "note")}
        by_kind: dict[str, set[uuid.UUID]] = {}
        for k, i, _f in wanted:
            by_kind.setdefault(k, set()).add(i)
        if ended_ids:
            by_kind.setdefault("placement_extension", set()).update(_chunked_scalars(
                s, PlacementExtension, ended_ids, true(), PlacementExtension.placement_id))
            wanted |= {("placement_extension", i, "reason") for i in by_kind["placement_extension"]}
        out = []
        not_blank = or_(and_(AuditLog.old_value.is_not(None), AuditLog.old_value != PURGED),
                        and_(AuditLog.new_value.is_not(None), AuditLog.new_value != PURGED))
        for kind, ids in by_kind.items():
            ids = list(ids)
            for i in range(0, len(ids), 500):
                for aid, rid, f in s.execute(select(AuditLog.id, AuditLog.record_id, AuditLog.field).where(
                        AuditLog.record_kind == kind, AuditLog.record_id.in_(ids[i:i + 500]), not_blank)):
                    if (kind, rid, f) in wanted:
                        out.append(aid)
        return out

    def at_start(self) -> tuple[PurgeResult, int]:
        """What the app runs when it starts: the purge, then pruning the audit log. Cheap when nothing is due."""
        from jobcrm.services.audit import AuditService

        result = self.purge()
        pruned = AuditService(self._ctx, self._settings).prune()
        return result, pruned


def _chunked_scalars(s, model, ids, condition, column=None) -> list[uuid.UUID]:
    column = model.id if column is None else column
    out: list[uuid.UUID] = []
    for i in range(0, len(ids), 500):
        out.extend(s.scalars(select(model.id).where(column.in_(ids[i:i + 500]), condition)))
    return out
