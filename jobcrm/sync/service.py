"""TeamSyncService: the real `Services.sync` (contract: jobcrm/services/sync_api.py).

One run of `sync_now`: stage the outbox (capture.py) → push the staged changes in batches (each batch one
PostgreSQL transaction, then deleted locally; a batch the server already has is skipped) → pull the team's
changes after the last sequence number seen, a page at a time (each page applied in one SQLite transaction that
also moves the sequence number on) → on a laptop's first sync, queue its existing records and push them → tell
the server when this laptop synced. Killed at any point, the next run redoes only what was not committed.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import threading
import uuid
from collections.abc import Callable

from sqlalchemy import Engine, text

from jobcrm.errors import JobCRMError, NotFound
from jobcrm.services.context import ServiceContext
from jobcrm.services.sync_api import (
    ERROR,
    NEVER,
    NOT_CONFIGURED,
    OFFLINE,
    OK,
    RUNNING,
    ConflictDTO,
    ConsultantSyncDTO,
    SyncProgress,
    SyncResult,
    SyncStatus,
)
from jobcrm.sync import server as srv
from jobcrm.sync.capture import (
    actor,
    enqueue_snapshot,
    get_state,
    install_triggers,
    load_hlc,
    node_id,
    set_state,
    stage,
)
from jobcrm.sync.checkpoints import checkpoint
from jobcrm.sync.merge import apply_batch
from jobcrm.sync.tables import decode, sync_tables

PUSH_BATCH = int(os.environ.get("JOBCRM_SYNC_PAGE", "500"))
PULL_PAGE = int(os.environ.get("JOBCRM_SYNC_PAGE", "2000"))

LABEL_COLUMNS = ("name", "title", "initials", "removed_name", "summary", "key", "item_key", "text", "reason")
FIELD_LABELS = {
    "name": "Navn", "title": "Titel", "phone": "Telefon", "mobile": "Mobil", "email": "E-mail", "address": "Adresse",
    "postal_code": "Postnummer", "city": "By", "municipality": "Kommune", "web": "Hjemmeside", "cvr": "CVR-nummer",
    "p_number": "P-nummer", "industry": "Branche", "employees": "Antal ansatte", "sector": "Sektor",
    "owner_id": "Tovholder", "relationship_status": "Relationsstatus", "agreement_type": "Aftaletype",
    "special_notes": "Særlige forhold", "absence_policy": "Fraværspolitik", "alcohol_policy": "Alkoholpolitik",
    "working_hours": "Mødetider", "core_business": "Kerneydelse", "tags": "Tags", "deleted_at": "Slettet",
    "due_date": "Frist", "status": "Status", "role": "Rolle", "active": "Aktiv", "summary": "Referat",
    "notes": "Noter", "description": "Beskrivelse", "value_json": "Værdi", "team_id": "Team", "initials": "Initialer",
    "*": "Hele posten",
}


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _display(raw: str | None) -> str | None:
    if raw is None:
        return None
    v = json.loads(raw)
    if v is None:
        return None
    if isinstance(v, bool):
        return "Ja" if v else "Nej"
    if isinstance(v, dict):
        return "(binære data)"
    if isinstance(v, str) and len(v) >= 10 and v[4:5] == "-" and v[7:8] == "-":
        try:
            d = dt.datetime.fromisoformat(v)
            return d.strftime("%d.%m.%Y") if len(v) == 10 else d.astimezone().strftime("%d.%m.%Y %H:%M")
        except ValueError:
            pass
    return str(v)


class TeamSyncService:
    def __init__(self, ctx: ServiceContext, engine: Engine):
        self._ctx = ctx
        self._engine = engine
        self._running = threading.Event()
        if self.server_url():
            with engine.begin() as c:
                install_triggers(c)  # after a schema upgrade the triggers follow the new columns

    # --- configuration and status -------------------------------------------------------------------------
    def _state(self, key: str, default: str | None = None) -> str | None:
        with self._engine.connect() as c:
            return get_state(c, key, default)

    def server_url(self) -> str | None:
        return self._state("server_url")

    def set_server_url(self, url: str | None) -> None:
        """Set (or clear) the team server. Clearing it keeps capturing changes: nothing edited meanwhile is
        lost when a server is set again."""
        if url:
            srv.server_engine(url).dispose()  # validates the address (PostgreSQL only)
        with self._engine.begin() as c:
            set_state(c, "server_url", url or None)
            if url:
                install_triggers(c)
                node_id(c)

    def team_only(self) -> bool:
        return self._state("team_only") == "1"

    def set_team_only(self, on: bool) -> None:
        """Limit this laptop to its own team's records (plus the shared ones: teams, consultants, settings,
        guides, companies and contact persons). Takes effect for changes pulled from now on."""
        with self._engine.begin() as c:
            set_state(c, "team_only", "1" if on else None)

    def pending_changes(self) -> int:
        with self._engine.connect() as c:
            return (c.execute(text("SELECT count(*) FROM sync_outbox")).scalar()
                    + c.execute(text("SELECT count(*) FROM sync_push")).scalar())

    def status(self) -> SyncStatus:
        with self._engine.connect() as c:
            url = get_state(c, "server_url")
            last = get_state(c, "last_sync_at")
            err_state, err = get_state(c, "last_error_state"), get_state(c, "last_error")
        if url is None:
            return SyncStatus(NOT_CONFIGURED, None, None, self.pending_changes(), self.conflict_count())
        last_at = dt.datetime.fromisoformat(last) if last else None
        state = RUNNING if self._running.is_set() else err_state or (OK if last_at else NEVER)
        return SyncStatus(state, srv.redact(url), last_at, self.pending_changes(), self.conflict_count(),
                          err if state in (OFFLINE, ERROR) else None)

    # --- the sync ---------------------------------------------------------------------------------------------
    def _skew_ms(self) -> int:
        return int((self._ctx.clock.utcnow() - _now()).total_seconds() * 1000)

    def _consultant(self, c) -> tuple[uuid.UUID | None, uuid.UUID | None]:
        cid = self._ctx.actor.id
        if cid is None:
            return None, None
        team = c.execute(text("SELECT team_id FROM consultant WHERE id = :i"), {"i": cid.hex}).scalar()
        return cid, uuid.UUID(team) if team else None

    def sync_now(self, url: str | None = None,
                 progress: Callable[[SyncProgress], None] | None = None) -> SyncResult:
        if url:
            self.set_server_url(url)
        url = self.server_url()
        if not url:
            raise JobCRMError("Der er ikke angivet nogen teamserver (brug --server postgresql+psycopg://…).")
        if self._running.is_set():
            raise JobCRMError("En synkronisering kører allerede.")
        self._running.set()
        pg = srv.server_engine(url)
        try:
            try:
                srv.connect_check(pg)
            except srv.ServerUnreachable as e:
                self._remember_error(OFFLINE, str(e))
                raise
            try:
                result = self._run(pg, progress or (lambda p: None))
            except JobCRMError as e:
                self._remember_error(ERROR, str(e))
                raise
            except srv.SQLAlchemyError as e:
                msg = f"Synkroniseringen mislykkedes: {str(getattr(e, 'orig', e) or e).strip().splitlines()[0]}"
                self._remember_error(ERROR, msg)
                raise JobCRMError(msg) from e
            return result
        finally:
            pg.dispose()
            self._running.clear()

    def _remember_error(self, state: str, message: str) -> None:
        with self._engine.begin() as c:
            set_state(c, "last_error_state", state)
            set_state(c, "last_error", message)

    def _run(self, pg: Engine, progress: Callable[[SyncProgress], None]) -> SyncResult:
        with self._engine.begin() as c:
            install_triggers(c)
            me = node_id(c)
            consultant, team = self._consultant(c)
            who = actor(c, consultant)
        skew = self._skew_ms()
        self._stage_all(who, skew)
        pushed = self._push_all(pg, me, consultant, team, progress)
        pulled, conflicts, seq = self._pull_all(pg, me, who, skew, self._scope(team), progress)
        if self._state("snapshot_done") is None:
            with self._engine.begin() as c:
                enqueue_snapshot(c)
                set_state(c, "snapshot_done", "1")
            checkpoint("snapshot queued")
            self._stage_all(who, skew)
            pushed += self._push_all(pg, me, consultant, team, progress)
            more, more_conflicts, seq = self._pull_all(pg, me, who, skew,
                                                       self._scope(team), progress)
            pulled, conflicts = pulled + more, conflicts + more_conflicts
        with pg.begin() as pgc:
            srv.record_sync(pgc, me, consultant, seq)
            syncs = srv.last_syncs(pgc)
        finished = _now()
        with self._engine.begin() as c:
            set_state(c, "last_syncs", json.dumps(syncs))
            set_state(c, "last_sync_at", finished.isoformat())
            set_state(c, "last_error_state", None)
            set_state(c, "last_error", None)
        return SyncResult(pushed, pulled, conflicts, seq, finished)

    def _scope(self, team):
        if not self.team_only():
            return None
        return team or "none"

    def _stage_all(self, who: str, skew: int) -> None:
        while True:
            with self._engine.begin() as c:
                n = stage(c, who, skew)
            if not n:
                return
            checkpoint("staged")

    def _push_all(self, pg: Engine, me: str, consultant, team, progress) -> int:
        with self._engine.connect() as c:
            total = c.execute(text("SELECT count(*) FROM sync_push")).scalar()
        done = 0
        progress(SyncProgress("push", 0, total))
        while True:
            with self._engine.connect() as c:
                batch = c.execute(text("SELECT seq, change_id, payload FROM sync_push ORDER BY seq LIMIT :n"),
                                  {"n": PUSH_BATCH}).all()
            if not batch:
                return done
            checkpoint("push batch read")
            with pg.begin() as pgc:
                srv.push_batch(pgc, me, consultant, team, [(uuid.UUID(str(cid)).hex, p) for _, cid, p in batch])
                checkpoint("push before server commit")
            checkpoint("push after server commit")
            with self._engine.begin() as c:
                c.execute(text("DELETE FROM sync_push WHERE seq <= :s"), {"s": batch[-1][0]})
            done += len(batch)
            progress(SyncProgress("push", done, total))

    def _pull_all(self, pg: Engine, me: str, who: str, skew: int, team, progress) -> tuple[int, int, int]:
        tables = sync_tables()
        if team == "none":
            team = uuid.UUID(int=0)  # limited to a team, but no user chosen yet: the shared records only
        scope = team.hex if team else "all"
        with self._engine.begin() as c:
            if get_state(c, "pull_scope", "all") != scope:
                # What this laptop pulls changed (a team was chosen or the limit lifted): pull again from the
                # start; applying a change twice changes nothing.
                set_state(c, "last_seq", "0")
                set_state(c, "pull_scope", scope)
            last = int(get_state(c, "last_seq", "0"))
        with pg.connect() as pgc:
            top = srv.last_seq(pgc)
        total, done, new_conflicts, applied = max(top - last, 0), 0, 0, 0
        progress(SyncProgress("pull", 0, total))
        with pg.connect() as pgc, self._engine.connect() as c:
            c.exec_driver_sql("PRAGMA foreign_keys=OFF")  # the team's order is causal; a team-limited laptop
            c.commit()                                      # may lack a parent it never needs
            try:
                while True:
                    rows = srv.pull_page(pgc, last, PULL_PAGE, team)
                    pgc.rollback()
                    if not rows:
                        break
                    with c.begin():
                        while stage(c, who, skew):  # local edits made meanwhile get their stamps first
                            pass
                        hlc = load_hlc(c)
                        set_state(c, "applying", "1")
                        batch = []
                        for seq, node, tbl, payload in rows:
                            msg = json.loads(payload)
                            if tbl == srv.CONFLICT:
                                new_conflicts += c.execute(text(
                                    "INSERT INTO sync_conflict (id, server_seq, tbl, row_key, field, kept_value, "
                                    "lost_value, kept_actor, lost_actor, detected_at) VALUES (:id, :seq, :t, :k, :f, "
                                    ":kv, :lv, :ka, :la, :at) ON CONFLICT (server_seq) DO NOTHING"),
                                    {"id": uuid.uuid4().hex, "seq": seq, "t": msg["t"], "k": msg["k"],
                                     "f": msg["field"], "kv": json.dumps(msg["kept"], ensure_ascii=False),
                                     "lv": json.dumps(msg["lost"], ensure_ascii=False), "ka": msg["kept_by"],
                                     "la": msg["lost_by"], "at": _now().replace(tzinfo=None)}).rowcount
                                continue
                            for stamp in ([v[1] for v in msg.get("f", {}).values()] + [msg.get("d", [0])[0]]):
                                hlc = max(hlc, stamp)
                            if node != me and tbl in tables:
                                batch.append((tables[tbl], msg))
                        checkpoint("pull apply")
                        apply_batch(c, batch, "sync_row_clock", detect=False)
                        applied += len(batch)
                        self._close_restored(c, batch)
                        last = rows[-1][0]
                        set_state(c, "last_seq", str(last))
                        set_state(c, "hlc", str(hlc))
                        set_state(c, "applying", None)
                        checkpoint("pull before local commit")
                    done += len(rows)
                    progress(SyncProgress("pull", min(done, total), total))
            finally:
                c.exec_driver_sql("PRAGMA foreign_keys=ON")
                c.commit()
        return applied, new_conflicts, last

    # --- conflicts ------------------------------------------------------------------------------------------
    @staticmethod
    def _close_restored(c, batch) -> None:
        """A conflict whose lost value has come back (restored on another laptop) is closed here too."""
        keys = {(st.name, msg["k"]) for st, msg in batch}
        if not keys:
            return
        open_ = c.execute(text("SELECT id, tbl, row_key, field, lost_value FROM sync_conflict "
                               "WHERE restored_at IS NULL AND field <> '*'")).all()
        for cid, tbl, row_key, field, lost in open_:
            if (tbl, row_key) not in keys:
                continue
            row = sync_tables()[tbl].row(c, row_key) if tbl in sync_tables() else None
            if row is not None and row.get(field) == json.loads(lost):
                c.execute(text("UPDATE sync_conflict SET restored_at = :t WHERE id = :i"),
                          {"t": _now().replace(tzinfo=None), "i": cid})

    def conflict_count(self, *, include_restored: bool = False) -> int:
        where = "" if include_restored else " WHERE restored_at IS NULL"
        with self._engine.connect() as c:
            return c.execute(text("SELECT count(*) FROM sync_conflict" + where)).scalar()

    def conflicts(self, offset: int = 0, limit: int = 100, *, include_restored: bool = False) -> list[ConflictDTO]:
        where = "" if include_restored else " WHERE restored_at IS NULL"
        with self._engine.connect() as c:
            rows = c.execute(text(
                "SELECT id, tbl, row_key, field, kept_value, lost_value, kept_actor, lost_actor, detected_at, "
                f"restored_at FROM sync_conflict{where} ORDER BY server_seq DESC LIMIT :n OFFSET :o"),
                {"n": limit, "o": offset}).all()
            initials = {h: i for h, i in c.execute(text("SELECT id, initials FROM consultant"))}
            out = []
            for cid, tbl, row_key, field, kept, lost, ka, la, detected, restored in rows:
                out.append(ConflictDTO(
                    id=uuid.UUID(cid), record_kind=tbl, record_id=self._record_id(tbl, row_key),
                    record_label=self._label(c, tbl, row_key), field=field,
                    field_label=FIELD_LABELS.get(field, field.replace("_", " ").capitalize()),
                    kept_value=_display(kept), lost_value=_display(lost),
                    kept_by=self._who(initials, ka), lost_by=self._who(initials, la),
                    detected_at=_as_utc(detected), restored_at=_as_utc(restored) if restored else None))
        return out

    @staticmethod
    def _record_id(tbl: str, row_key: str) -> uuid.UUID:
        first = json.loads(row_key)[0]
        try:
            return uuid.UUID(first)
        except (ValueError, TypeError):
            return uuid.uuid5(uuid.NAMESPACE_URL, f"jobcrm:{tbl}:{row_key}")

    @staticmethod
    def _who(initials: dict, actor_id: str | None) -> str | None:
        if not actor_id:
            return None
        return initials.get(actor_id.split(":")[0]) or None

    @staticmethod
    def _label(c, tbl: str, row_key: str) -> str:
        st = sync_tables().get(tbl)
        if st is None:
            return tbl
        row = st.row(c, row_key)
        for col in LABEL_COLUMNS:
            if row and row.get(col):
                return str(row[col])[:80]
        return tbl

    def restore_conflict(self, conflict_id: uuid.UUID) -> None:
        """Put the value that lost back, as a new local edit: it syncs like any edit and now wins."""
        with self._engine.begin() as c:
            r = c.execute(text("SELECT tbl, row_key, field, lost_value, restored_at FROM sync_conflict WHERE id = :i"),
                          {"i": conflict_id.hex}).first()
            if r is None:
                raise NotFound("Konflikten findes ikke.")
            tbl, row_key, field, lost, restored = r
            if restored is not None:
                raise JobCRMError("Værdien er allerede gendannet.")
            st = sync_tables().get(tbl)
            if st is None or field == "*":
                raise JobCRMError("Denne konflikt gælder en hel post og kan ikke gendannes automatisk; værdierne "
                                  "står i konfliktlisten.")
            value = decode(st.table.c[field], json.loads(lost))
            values = {field: value}
            if "updated_at" in st.table.c and field != "updated_at":
                values["updated_at"] = self._ctx.clock.utcnow()
            if self._ctx.actor.id and "updated_by" in st.table.c:
                values["updated_by"] = self._ctx.actor.id
            n = c.execute(st.table.update().where(st.key_where(row_key)).values(**values)).rowcount
            if not n:
                raise JobCRMError("Posten findes ikke længere på denne computer, så værdien kan ikke gendannes.")
            c.execute(text("UPDATE sync_conflict SET restored_at = :t WHERE id = :i"),
                      {"t": _now().replace(tzinfo=None), "i": conflict_id.hex})

    # --- the team lead's view -------------------------------------------------------------------------------
    def last_syncs(self) -> list[ConsultantSyncDTO]:
        with self._engine.connect() as c:
            known = json.loads(get_state(c, "last_syncs", "{}"))
            rows = c.execute(text("SELECT id, initials, name FROM consultant WHERE deleted_at IS NULL "
                                  "AND active ORDER BY initials")).all()
        return [ConsultantSyncDTO(uuid.UUID(i), ini, name,
                                  dt.datetime.fromisoformat(known[i]) if i in known else None)
                for i, ini, name in rows]


def _as_utc(v) -> dt.datetime:
    if isinstance(v, str):
        v = dt.datetime.fromisoformat(v)
    return v if v.tzinfo else v.replace(tzinfo=dt.UTC)
