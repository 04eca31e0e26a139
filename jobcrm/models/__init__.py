"""ORM models, one module per aggregate. Importing this package registers every table on Base.metadata."""

from jobcrm.models.audit import AuditLog, RetentionLog
from jobcrm.models.base import Base, RecordMixin
from jobcrm.models.campaign import Campaign, CampaignAgreement, CampaignCall, CampaignTarget
from jobcrm.models.company import Company, CompanyMerge, ContactPerson
from jobcrm.models.contact import Contact, contact_participant
from jobcrm.models.order import JobOrder, JobOrderReferral, JobOrderRequirement
from jobcrm.models.promise import Promise, PromiseEvent, PromiseReschedule
from jobcrm.models.setting import Setting
from jobcrm.models.slot import Mentor, Placement, PlacementExtension, Slot, SlotMentor
from jobcrm.models.sync import SyncConflict, SyncOutbox, SyncPush, SyncRowClock, SyncState
from jobcrm.models.team import Consultant, Team
from jobcrm.models.visit import (
    GuideAnswer,
    GuideTemplate,
    GuideTemplateVersion,
    Visit,
    VisitAgreement,
    VisitParticipant,
)

__all__ = [
    "Base", "RecordMixin", "Company", "CompanyMerge", "ContactPerson", "Contact", "contact_participant", "Promise",
    "PromiseEvent", "PromiseReschedule", "Setting", "Consultant", "Team",
    "Slot", "Mentor", "SlotMentor", "Placement", "PlacementExtension",
    "GuideAnswer", "GuideTemplate", "GuideTemplateVersion", "Visit", "VisitAgreement", "VisitParticipant",
    "JobOrder", "JobOrderRequirement", "JobOrderReferral",
    "Campaign", "CampaignTarget", "CampaignCall", "CampaignAgreement",
    "AuditLog", "RetentionLog",
    "SyncOutbox", "SyncPush", "SyncRowClock", "SyncConflict", "SyncState",
]
