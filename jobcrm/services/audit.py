"""The audit log (PRODUCT.md §9): who created, changed (field, old, new) or deleted what, and when.

Captured automatically for every record kind by session events installed on the session factory
(`install_audit`), so a new feature is covered without work:
- `after_flush`: every ORM insert (create), column change (update, one row per field; setting `deleted_at`
  is a delete, clearing it a restore) and hard delete, read from the attribute history;
- `do_orm_execute`: bulk `insert()`/`update()`/`delete()` statements run through `Session.execute` (company
  merges, call lists, demo data): the rows a bulk update or delete will touch are read first with the same
  WHERE clause, so each gets its own old → new rows.
Audit rows are written with one Core executemany per flush or statement. A session can opt out with
`session.info[SKIP] = True` (the retention purge, which must not copy the personal data it removes), or name
the acting consultant with `session.info[ACTOR] = consultant_id` (for changes made elsewhere, e.g. by the sync).
Derived and search-helper columns (record_labels.is_noise) are left out.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import and_, delete, event, func, insert, inspect, or_, select
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.sql.dml import Delete, Insert, Update

from jobcrm.models import AuditLog, Base, RecordMixin, RetentionLog
from jobcrm.services import record_labels as L
from jobcrm.services.context import ServiceContext

SKIP = "audit_skip"
ACTOR = "audit_actor"
_AUDIT = AuditLog.__table__
ACTION_LABEL = {"create": "Oprettet", "update": "Ændret", "delete": "Slettet", "restore": "Gendannet"}


@dataclass(frozen=True)
class AuditEntry:
    """One line of the company card's "Historik for ændringer", ready to show."""

    id: int
    at: dt.datetime  # aware UTC
    who: str  # the consultant's initials, or "" when unknown
    action: str  # create / update / delete / restore
    action_label: str  # "Oprettet"
    what: str  # "Aftale: Ring om praktik"
    field: str  # "Frist", or "" for a create/delete
    old: str  # shown the Danish way
    new: str
    record_kind: str
    record_id: uuid.UUID


# --- capture ------------------------------------------------------------------------------------------------


class _CompanyResolver:
    """Which company a record belongs to, following parents (placement → slot → company) with a cache."""

    def __init__(self, conn):
        self._conn = conn
        self._cache: dict[tuple[str, uuid.UUID], uuid.UUID | None] = {}

    def of_values(self, kind: str, values: dict) -> uuid.UUID | None:
        path = L.company_path(kind)
        if path is None:
            return None
        column, parent = path
        ref = values.get(column)
        if parent is None or ref is None:
            return ref
        return self.of_id(parent, ref)

    def of_id(self, kind: str, rid: uuid.UUID) -> uuid.UUID | None:
        key = (kind, rid)
        if key not in self._cache:
            path = L.company_path(kind)
            if path is None:
                self._cache[key] = None
            else:
                table = Base.metadata.tables[kind]
                ref = self._conn.execute(select(table.c[path[0]]).where(table.c.id == rid)).scalar()
                self._cache[key] = ref if path[1] is None or ref is None else self.of_id(path[1], ref)
        return self._cache[key]


class _Stamp:
    """When and by whom, for every audit row of one flush or statement. A session may name another actor in
    `session.info[ACTOR]` (the sync engine: the consultant who made the change on another laptop)."""

    def __init__(self, ctx: ServiceContext, session: Session):
        self.at = ctx.clock.utcnow()
        self.actor = session.info.get(ACTOR, ctx.actor.id)


def _row(stamp: _Stamp, action, kind, rid, company, name=None, old=None, new=None) -> dict:
    return {"at": stamp.at, "actor_id": stamp.actor, "action": action, "record_kind": kind, "record_id": rid,
            "company_id": company, "field": name, "old_value": old, "new_value": new}


def _write(conn, rows: list[dict]) -> None:
    for i in range(0, len(rows), 5000):
        conn.execute(insert(_AUDIT), rows[i:i + 5000])


def _flush_rows(ctx: ServiceContext, session: Session) -> list[dict]:
    now = _Stamp(ctx, session)
    resolver = _CompanyResolver(session.connection())
    rows: list[dict] = []
    for obj in session.new:
        if isinstance(obj, RecordMixin):
            kind = obj.__tablename__
            rows.append(_row(now, "create", kind, obj.id, _company_now(resolver, kind, obj)))
    for obj in session.deleted:
        if isinstance(obj, RecordMixin):
            kind = obj.__tablename__
            rows.append(_row(now, "delete", kind, obj.id, _company_now(resolver, kind, obj)))
    for obj in session.dirty:
        if not isinstance(obj, RecordMixin) or obj in session.deleted:
            continue
        kind = obj.__tablename__
        state = inspect(obj)
        changes = []
        for attr in state.mapper.column_attrs:
            key = attr.key
            if L.is_noise(kind, key):
                continue
            hist = state.attrs[key].history
            if not hist.added:
                continue
            old = hist.deleted[0] if hist.deleted else None
            new = hist.added[0]
            if old == new:
                continue
            changes.append((key, old, new))
        if not changes:
            continue
        company = _company_now(resolver, kind, obj)
        for key, old, new in changes:
            if key == "deleted_at":
                action = "delete" if new is not None else "restore"
                rows.append(_row(now, action, kind, obj.id, company))
            else:
                rows.append(_row(now, "update", kind, obj.id, company, key, L.to_text(old), L.to_text(new)))
    return rows


def _company_now(resolver: _CompanyResolver, kind: str, obj) -> uuid.UUID | None:
    path = L.company_path(kind)
    if path is None:
        return None
    return resolver.of_values(kind, {path[0]: getattr(obj, path[0], None)})


def _record_table(stmt):
    """The RecordMixin table a DML statement targets, else None."""
    table = getattr(stmt, "table", None)
    if table is None or "deleted_at" not in table.c or table.name not in L.KINDS:
        return None
    return table


def _set_values(stmt) -> dict[str, object]:
    """The SET clause of an update() as {column name: value or SQL expression}."""
    out = {}
    for key, value in (getattr(stmt, "_values", None) or {}).items():
        name = key if isinstance(key, str) else getattr(key, "key", getattr(key, "name", str(key)))
        out[name] = getattr(value, "value", value)  # a bound parameter's value
    return out


def _bulk(ctx: ServiceContext, state) -> object:
    """do_orm_execute for bulk insert/update/delete: run the statement and audit each row it touched."""
    stmt = state.statement
    table = _record_table(stmt)
    if table is None:
        return None
    kind, session = table.name, state.session
    now = _Stamp(ctx, session)
    params = state.parameters
    many = isinstance(params, list | tuple) and len(params) > 0
    conn = session.connection()
    resolver = _CompanyResolver(conn)
    path = L.company_path(kind)
    company_col = path[0] if path else None
    rows: list[dict] = []
    if isinstance(stmt, Insert):
        result = state.invoke_statement()
        for p in (params if many else [params or {}]):
            rid = p.get("id")
            if rid is not None:
                rows.append(_row(now, "create", kind, rid, resolver.of_values(kind, p)))
        _write(conn, rows)
        return result
    if isinstance(stmt, Delete):
        cols = [table.c.id] + ([table.c[company_col]] if company_col else [])
        before = conn.execute(select(*cols).where(*_where(stmt))).all()
        result = state.invoke_statement()
        for r in before:
            values = dict(r._mapping)
            rows.append(_row(now, "delete", kind, r.id, resolver.of_values(kind, values)))
        _write(conn, rows)
        return result
    if not isinstance(stmt, Update):
        return None
    if many:  # bulk update by primary key: [{"id": …, "col": …}, …]
        names = sorted({k for p in params for k in p if k != "id" and not L.is_noise(kind, k)})
        ids = [p["id"] for p in params if "id" in p]
        old = _read(conn, table, names, company_col, ids)
        result = state.invoke_statement()
        for p in params:
            before = old.get(p.get("id"))
            if before is None:
                continue
            company = resolver.of_values(kind, {**before, **p})
            rows.extend(_changes(now, kind, p["id"], company, before, p, names))
        _write(conn, rows)
        return result
    sets = {k: v for k, v in _set_values(stmt).items() if not L.is_noise(kind, k)}
    if not sets:
        return None
    names = sorted(sets)
    cols = [table.c.id, *(table.c[n] for n in names)]
    if company_col and company_col not in names:
        cols.append(table.c[company_col])
    before_rows = [dict(r._mapping) for r in conn.execute(select(*cols).where(*_where(stmt)))]
    result = state.invoke_statement()
    if before_rows:
        after = _read(conn, table, names, company_col, [r["id"] for r in before_rows])
        for before in before_rows:
            now_values = after.get(before["id"], before)
            company = resolver.of_values(kind, now_values)
            rows.extend(_changes(now, kind, before["id"], company, before, now_values, names))
        _write(conn, rows)
    return result


def _where(stmt) -> list:
    clause = getattr(stmt, "whereclause", None)
    return [] if clause is None else [clause]


def _read(conn, table, names, company_col, ids) -> dict:
    cols = [table.c.id, *(table.c[n] for n in names)]
    if company_col and company_col not in names:
        cols.append(table.c[company_col])
    out = {}
    ids = list(ids)
    for i in range(0, len(ids), 500):
        for r in conn.execute(select(*cols).where(table.c.id.in_(ids[i:i + 500]))):
            out[r.id] = dict(r._mapping)
    return out


def _changes(now, kind, rid, company, before, after, names) -> list[dict]:
    rows = []
    for n in names:
        if n not in after:
            continue
        old, new = before.get(n), after[n]
        if L.to_text(old) == L.to_text(new):
            continue
        if n == "deleted_at":
            rows.append(_row(now, "delete" if new is not None else "restore", kind, rid, company))
        else:
            rows.append(_row(now, "update", kind, rid, company, n, L.to_text(old), L.to_text(new)))
    return rows


def install_audit(ctx: ServiceContext, sessions: sessionmaker | None = None) -> None:
    """Record every change made through sessions of `sessions` (default: the context's factory)."""
    factory = sessions or ctx.sessions

    @event.listens_for(factory, "after_flush")
    def _after_flush(session, _flush_context):
        if session.info.get(SKIP):
            return
        rows = _flush_rows(ctx, session)
        if rows:
            _write(session.connection(), rows)

    @event.listens_for(factory, "do_orm_execute")
    def _execute(state):
        if state.session.info.get(SKIP) or not (state.is_insert or state.is_update or state.is_delete):
            return None
        return _bulk(ctx, state)


# --- reading and pruning ------------------------------------------------------------------------------------


class AuditService:
    def __init__(self, ctx: ServiceContext, settings=None):
        self._ctx = ctx
        self._settings = settings

    def count_for_company(self, company_id: uuid.UUID) -> int:
        with self._ctx.sessions() as s:
            return s.scalar(select(func.count()).select_from(AuditLog).where(AuditLog.company_id == company_id))

    def company_page(self, company_id: uuid.UUID, *, after: tuple[dt.datetime, int] | None = None,
                     limit: int = 100) -> list[AuditEntry]:
        """The company's audit rows, newest first, `limit` at a time; pass the last entry's (at, id) as `after`
        for the next page (keyset paging on ix_audit_log_company_at)."""
        q = select(AuditLog).where(AuditLog.company_id == company_id)
        if after is not None:
            at, last_id = after
            q = q.where(or_(AuditLog.at < at, and_(AuditLog.at == at, AuditLog.id < last_id)))
        q = q.order_by(AuditLog.at.desc(), AuditLog.id.desc()).limit(limit)
        with self._ctx.sessions() as s:
            return self._entries(s, list(s.scalars(q)))

    def for_record(self, kind: str, record_id: uuid.UUID, limit: int = 200) -> list[AuditEntry]:
        q = (select(AuditLog).where(AuditLog.record_kind == kind, AuditLog.record_id == record_id)
             .order_by(AuditLog.at.desc(), AuditLog.id.desc()).limit(limit))
        with self._ctx.sessions() as s:
            return self._entries(s, list(s.scalars(q)))

    def _entries(self, s: Session, logs: list[AuditLog]) -> list[AuditEntry]:
        wanted: dict[str, set] = {"consultant": {r.actor_id for r in logs if r.actor_id}}
        for r in logs:
            wanted.setdefault(r.record_kind, set()).add(r.record_id)
            if r.field:
                target = L.referenced_kind(r.record_kind, r.field)
                if target:
                    for v in (r.old_value, r.new_value):
                        if v:
                            with contextlib.suppress(ValueError):
                                wanted.setdefault(target, set()).add(uuid.UUID(v))
        titles = {kind: L.record_titles(s, kind, ids) for kind, ids in wanted.items()}

        def refs(kind: str, text: str) -> str | None:
            try:
                return titles.get(kind, {}).get(uuid.UUID(text))
            except ValueError:
                return None

        out = []
        for r in logs:
            out.append(AuditEntry(
                r.id, r.at, titles["consultant"].get(r.actor_id, "") if r.actor_id else "", r.action,
                ACTION_LABEL.get(r.action, r.action),
                L.describe(r.record_kind, titles.get(r.record_kind, {}).get(r.record_id)),
                L.field_label(r.record_kind, r.field) if r.field else "",
                L.display_value(r.record_kind, r.field, r.old_value, refs) if r.field else "",
                L.display_value(r.record_kind, r.field, r.new_value, refs) if r.field else "",
                r.record_kind, r.record_id))
        return out

    def prune(self, today: dt.date | None = None) -> int:
        """Delete audit rows older than the `audit_retention_years` setting; logged in retention_log."""
        years = int(self._settings.get("audit_retention_years")) if self._settings else 5
        today = today or self._ctx.clock.today()
        try:
            cutoff = today.replace(year=today.year - years)
        except ValueError:  # 29 February
            cutoff = today.replace(year=today.year - years, day=28)
        at = dt.datetime.combine(cutoff, dt.time(), dt.UTC)
        with self._ctx.sessions.begin() as s:
            n = s.execute(delete(AuditLog).where(AuditLog.at < at)).rowcount
            if n:
                s.add(RetentionLog(at=self._ctx.clock.utcnow(), kind="audit_log", count=n, cutoff=cutoff))
        return n

