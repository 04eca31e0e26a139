"""Opening a database and building every service over it. Used by app.py, the CLI and the tests."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from jobcrm.clock import Clock
from jobcrm.db import backup_files, safety
from jobcrm.db.engine import make_engine, make_sessions
from jobcrm.db.migrate import upgrade_to_head
from jobcrm.errors import DatabaseProblem
from jobcrm.services.audit import AuditService, install_audit
from jobcrm.services.backlog import BacklogService
from jobcrm.services.backups import BackupService
from jobcrm.services.calendar import CalendarService
from jobcrm.services.campaign_results import CampaignResultsService
from jobcrm.services.campaigns import CampaignService
from jobcrm.services.companies import CompanyService
from jobcrm.services.consultants import ConsultantService
from jobcrm.services.context import Actor, ServiceContext
from jobcrm.services.exporting import ExportService
from jobcrm.services.guides import GuideService
from jobcrm.services.health import HealthService
from jobcrm.services.history import HistoryService
from jobcrm.services.importing import ImportService
from jobcrm.services.inbox import InboxService
from jobcrm.services.interchange import InterchangeService
from jobcrm.services.mentors import MentorService
from jobcrm.services.orders import OrderService
from jobcrm.services.placements import PlacementService
from jobcrm.services.promises import PromiseService
from jobcrm.services.quicklog import QuickLogService
from jobcrm.services.reports import ReportService
from jobcrm.services.retention import RetentionService
from jobcrm.services.settings import SettingsService
from jobcrm.services.slots import SlotService
from jobcrm.services.sync_api import NullSyncService, SyncService
from jobcrm.services.visits import VisitService


@dataclass
class Services:
    engine: Engine
    db_path: Path | None
    ctx: ServiceContext
    settings: SettingsService
    consultants: ConsultantService
    companies: CompanyService
    history: HistoryService
    promises: PromiseService
    inbox: InboxService
    backlog: BacklogService
    health: HealthService
    quicklog: QuickLogService
    importing: ImportService
    exporting: ExportService
    slots: SlotService
    mentors: MentorService
    placements: PlacementService
    calendar: CalendarService
    guides: GuideService
    visits: VisitService
    orders: OrderService
    campaigns: CampaignService
    campaign_results: CampaignResultsService
    reports: ReportService
    sync: SyncService = field(default_factory=NullSyncService)  # the team server (issue 10)
    migration_backup: str | None = None
    audit: AuditService | None = None  # the audit log (issue 8), set by open()
    retention: RetentionService | None = None  # the GDPR purge (issue 8), set by open()
    interchange: InterchangeService | None = None  # full JSON export/import (issue 8); set by open()
    backups: BackupService | None = None  # set by open(); backups of the database (issue 8)
    read_only: bool = False  # opened with "Åbn skrivebeskyttet": no migration, no writes

    @classmethod
    def open(cls, db_path: Path | str, clock: Clock | None = None, *, migrate: bool = True, read_only: bool = False,
             check: bool = False) -> Services:
        """`check`: the start-up checks first (jobcrm/db/safety.py: quick_check, not SQLite, newer, read-only,
        full disk), raising StartupProblem before anything is written. `read_only`: SQLite `mode=ro`, no
        migration, no writes."""
        path = None if str(db_path) == ":memory:" else Path(db_path)
        clock = clock or Clock()
        if path is not None and read_only:
            safety.inspect_file(path, integrity="none")  # not SQLite / not JobCRM: nothing to read
            try:
                safety.probe_writable(path)
                immutable = False
            except safety.StartupProblem:
                immutable = True  # SQLite cannot make its -shm file there
            engine = make_engine(path, read_only=True, immutable=immutable)
            migrate = False
        else:
            if path is not None:
                if check:
                    safety.check_at_start(path)
                path.parent.mkdir(parents=True, exist_ok=True)
            engine = make_engine(db_path)

        def before_migration():
            return backup_files.create_backup(path, backup_files.configured_folder(path), "before-migration",
                                              clock.now())

        try:
            backup = upgrade_to_head(engine, path, before_migration if path is not None else None) if migrate else None
        except SQLAlchemyError as e:
            engine.dispose()
            raise safety.classify(e, db_path) from e
        except DatabaseProblem:
            engine.dispose()
            raise
        ctx = ServiceContext(make_sessions(engine), clock, Actor())
        install_audit(ctx)  # every change through these sessions lands in audit_log
        settings = SettingsService(ctx)
        backups = BackupService(ctx, settings, path, engine.dispose, read_only)
        ctx.before_risky = backups.before_risky
        consultants = ConsultantService(ctx, settings)
        history, promises = HistoryService(ctx), PromiseService(ctx, settings.calendar)
        companies = CompanyService(ctx)
        guides = GuideService(ctx, promises, settings.calendar)
        visits = VisitService(ctx, guides, companies, history, promises)
        campaigns = CampaignService(ctx, settings, visits, guides, promises, settings.calendar)
        services = cls(
            engine=engine, db_path=path, ctx=ctx, settings=settings, consultants=consultants,
            companies=companies, history=history, promises=promises,
            inbox=InboxService(ctx, settings.calendar), backlog=BacklogService(ctx, settings.calendar),
            health=HealthService(ctx, engine, path), quicklog=QuickLogService(ctx, settings, history, promises),
            importing=ImportService(ctx), exporting=ExportService(ctx, companies),
            slots=SlotService(ctx, settings), mentors=MentorService(ctx, settings),
            placements=PlacementService(ctx, settings, promises, history),
            calendar=CalendarService(ctx),
            guides=guides, visits=visits,
            orders=OrderService(ctx, promises, settings.calendar,
                                lambda: settings.get("default_followup_working_days")),
            campaigns=campaigns, campaign_results=CampaignResultsService(ctx, campaigns, settings),
            reports=ReportService(ctx, settings),
            migration_backup=backup, backups=backups, read_only=read_only,
            audit=AuditService(ctx, settings), retention=RetentionService(ctx, settings),
        )
        from jobcrm.services.visits import visit_calendar_source

        # Full export/import; a backup is taken before a real import (issue 8).
        services.interchange = InterchangeService(ctx, before_risky=lambda kind: ctx.before_risky(kind))
        services.calendar.register_events(visit_calendar_source)  # planned visits as VEVENTs in the .ics
        visits.attach_work(services.orders, services.slots, services.placements)  # the brief's orders/slots/forløb
        if migrate:
            guides.ensure_seeded()  # the four seeded visit guides (PRODUCT.md §7), installed once
        current = consultants.current() if migrate or read_only else None
        ctx.actor.id = current.id if current else None
        if migrate and path is not None:
            from jobcrm.sync.service import TeamSyncService

            services.sync = TeamSyncService(ctx, engine)  # the team server (issue 10); not configured = local only
        return services

    def close(self) -> None:
        self.engine.dispose()
