"""The team server: a PostgreSQL database with the app's own tables (the same Alembic migrations as the
laptops) plus the server's:

- server_log        the change log: one row per change with a server sequence number (seq); conflicts found
                    while applying a push are logged too (tbl = '__conflict__')
- server_row_clock  per record, the stamp of each field's current value on the server
- server_node       per laptop: the consultant, the login, when it last synced and how far it has pulled

Pushes are serialised with a transaction-level advisory lock, so sequence numbers become visible in order and
a pull never skips a change committed late.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import secrets
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, IntegrityError, SQLAlchemyError  # noqa: F401 (service.py uses it)

from jobcrm.errors import JobCRMError, UsageError
from jobcrm.ids import uuid7
from jobcrm.sync.checkpoints import checkpoint
from jobcrm.sync.merge import apply, apply_batch
from jobcrm.sync.tables import sync_tables

PUSH_LOCK = 7_241_010  # pg_advisory_xact_lock key for pushes
CONFLICT = "__conflict__"

SERVER_DDL = [
    """CREATE TABLE IF NOT EXISTS server_log (
        seq BIGSERIAL PRIMARY KEY,
        change_id UUID NOT NULL UNIQUE,
        node TEXT NOT NULL,
        consultant_id UUID,
        team_id UUID,
        tbl TEXT NOT NULL,
        row_key TEXT NOT NULL,
        payload TEXT NOT NULL,
        received_at TIMESTAMPTZ NOT NULL DEFAULT now())""",
    "CREATE INDEX IF NOT EXISTS ix_server_log_team ON server_log (team_id, seq)",
    """CREATE TABLE IF NOT EXISTS server_row_clock (
        tbl TEXT NOT NULL, row_key TEXT NOT NULL, clocks TEXT NOT NULL, PRIMARY KEY (tbl, row_key))""",
    """CREATE TABLE IF NOT EXISTS server_node (
        node TEXT PRIMARY KEY,
        consultant_id UUID,
        db_user TEXT,
        first_seen_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        last_sync_at TIMESTAMPTZ,
        last_seq BIGINT NOT NULL DEFAULT 0)""",
]


def redact(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def server_engine(url: str) -> Engine:
    try:
        u = make_url(url)
    except ArgumentError:
        raise UsageError(f"ugyldig server-adresse {url!r} (brug postgresql+psycopg://bruger@vært/database)") from None
    if not u.drivername.startswith("postgresql"):
        raise UsageError(f"teamserveren skal være PostgreSQL (postgresql+psycopg://…), ikke {u.drivername}")
    if u.drivername == "postgresql":
        u = u.set(drivername="postgresql+psycopg")
    return create_engine(u, connect_args={"connect_timeout": 5}, pool_pre_ping=True)


class ServerUnreachable(JobCRMError):
    pass


def connect_check(engine: Engine) -> None:
    try:
        with engine.connect() as c:
            c.execute(text("SELECT 1"))
    except DBAPIError as e:
        raise ServerUnreachable(f"Teamserveren {redact(str(engine.url.render_as_string(False)))} kan ikke nås: "
                                f"{str(e.orig).strip().splitlines()[0] if e.orig else e}") from e


def team_role(engine: Engine) -> str:
    db = engine.url.database or "jobcrm"
    return "jobcrm_team_" + re.sub(r"[^a-z0-9_]", "_", db.lower())


def init_server(url: str) -> dict:
    """Create or upgrade the team database: the app's migrations, the server's tables and the team role."""
    from jobcrm.db.migrate import current_revision, upgrade_to_head

    engine = server_engine(url)
    try:
        connect_check(engine)
        before = current_revision(engine)
        upgrade_to_head(engine)
        role = team_role(engine)
        with engine.begin() as c:
            for sql in SERVER_DDL:
                c.execute(text(sql))
            if c.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first() is None:
                c.exec_driver_sql(f'CREATE ROLE "{role}" NOLOGIN')
            db = engine.url.database
            c.exec_driver_sql(f'GRANT CONNECT ON DATABASE "{db}" TO "{role}"')
            c.exec_driver_sql(f'GRANT USAGE ON SCHEMA public TO "{role}"')
            c.exec_driver_sql(f'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "{role}"')
            c.exec_driver_sql(f'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO "{role}"')
        return {"before": before, "revision": current_revision(engine), "role": role}
    finally:
        engine.dispose()


def add_user(url: str, initials: str, password: str | None = None, login: str | None = None) -> dict:
    """A PostgreSQL login for a consultant, member of the team role (rights on the team's tables only)."""
    if not re.fullmatch(r"[A-Za-zÆØÅæøå0-9]{1,10}", initials or ""):
        raise UsageError(f"ugyldige initialer {initials!r}")
    login = login or "jobcrm_" + initials.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    if not re.fullmatch(r"[a-z_][a-z0-9_]{0,62}", login):
        raise UsageError(f"ugyldigt login-navn {login!r} (små bogstaver, tal og _)")
    password = password or secrets.token_urlsafe(12)
    engine = server_engine(url)
    try:
        connect_check(engine)
        role = team_role(engine)
        with engine.begin() as c:
            if c.execute(text("SELECT 1 FROM pg_tables WHERE tablename = 'server_log'")).first() is None:
                raise JobCRMError("Databasen er ikke gjort klar som teamserver endnu: kør `jobcrm server init` først.")
            if c.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first() is None:
                raise JobCRMError("Teamets rolle mangler: kør `jobcrm server init` igen.")
            pw = password.replace("'", "''")
            exists = c.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": login}).first()
            verb = "ALTER" if exists else "CREATE"
            c.exec_driver_sql(f"{verb} ROLE \"{login}\" LOGIN PASSWORD '{pw}'")
            c.exec_driver_sql(f'GRANT "{role}" TO "{login}"')
        u = make_url(url).set(username=login, password=None)
        return {"initials": initials.upper(), "login": login, "password": password,
                "url": u.render_as_string(hide_password=False), "created": not exists}
    finally:
        engine.dispose()


def server_status(url: str) -> dict:
    from jobcrm.db.migrate import current_revision

    engine = server_engine(url)
    try:
        connect_check(engine)
        revision = current_revision(engine)
        with engine.connect() as c:
            if c.execute(text("SELECT 1 FROM pg_tables WHERE tablename = 'server_log'")).first() is None:
                raise JobCRMError("Databasen er ikke en JobCRM-teamserver: kør `jobcrm server init` først.")
            teams = [dict(r._mapping) for r in c.execute(text(
                "SELECT t.name, count(k.id) AS consultants FROM team t LEFT JOIN consultant k "
                "ON k.team_id = t.id AND k.deleted_at IS NULL WHERE t.deleted_at IS NULL GROUP BY t.name ORDER BY t.name"))]
            consultants = [dict(r._mapping) for r in c.execute(text(
                "SELECT k.initials, k.name, t.name AS team, "
                "(SELECT max(n.last_sync_at) FROM server_node n WHERE n.consultant_id = k.id) AS last_sync_at "
                "FROM consultant k LEFT JOIN team t ON t.id = k.team_id WHERE k.deleted_at IS NULL "
                "ORDER BY k.initials"))]
            last_seq = c.execute(text("SELECT coalesce(max(seq), 0) FROM server_log")).scalar()
            changes = c.execute(text("SELECT count(*) FROM server_log")).scalar()
            laptops = c.execute(text("SELECT count(*) FROM server_node")).scalar()
        return {"server": redact(url), "revision": revision, "last_seq": last_seq, "changes": changes,
                "laptops": laptops, "teams": teams, "consultants": consultants}
    finally:
        engine.dispose()


# --- push and pull (called by the laptop's TeamSyncService) ----------------------------------------------
@dataclass
class PushOutcome:
    applied: int
    conflicts: int


def push_batch(pg: Connection, node: str, consultant_id, team_id, batch: list[tuple[str, str]]) -> PushOutcome:
    """Apply and log a batch of (change_id hex, payload JSON) in the caller's transaction. Changes the server
    already has (a push that was interrupted after the server committed) are skipped: pushing is idempotent."""
    pg.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": PUSH_LOCK})
    tables = sync_tables()
    ids = [cid for cid, _ in batch]
    have = set(pg.execute(text("SELECT change_id::text FROM server_log WHERE change_id = ANY(CAST(:ids AS uuid[]))"),
                          {"ids": ids}).scalars())
    have = {h.replace("-", "") for h in have}
    applied = conflicts = 0
    log = []
    todo = []
    for cid, payload in batch:
        if cid in have:
            continue
        msg = json.loads(payload)
        st = tables.get(msg["t"])
        if st is not None:
            todo.append((cid, payload, st, msg))
    checkpoint("server apply")
    try:
        with pg.begin_nested():
            results = apply_batch(pg, [(st, msg) for _, _, st, msg in todo], "server_row_clock", detect=True)
    except IntegrityError:
        results = [_apply_alone(pg, st, msg) for _, _, st, msg in todo]  # find the one refused, keep the rest
    for (cid, payload, _st, msg), (ok, found) in zip(todo, results, strict=True):
        if ok:
            log.append({"c": cid, "t": msg["t"], "k": msg["k"], "p": payload})
            applied += 1
        for conflict in found:
            log.append({"c": uuid7().hex, "t": CONFLICT, "k": msg["k"],
                        "p": json.dumps(conflict, ensure_ascii=False)})
            conflicts += 1
    if log:
        pg.execute(text("INSERT INTO server_log (change_id, node, consultant_id, team_id, tbl, row_key, payload) "
                        "VALUES (CAST(:c AS uuid), :n, :cons, :team, :t, :k, :p)"),
                   [{**row, "n": node, "cons": consultant_id, "team": team_id} for row in log])
    return PushOutcome(applied, conflicts)


def _apply_alone(pg: Connection, st, msg: dict) -> tuple[bool, list[dict]]:
    try:
        with pg.begin_nested():
            outcome, found = apply(pg, st, msg, "server_row_clock", detect=True)
        return outcome == "applied", found
    except IntegrityError as e:
        # The record cannot be stored as it is (say it refers to a record the server refused): it is kept
        # in the conflict list, whole, instead of blocking this laptop's sync for ever.
        fields = msg.get("f", {})
        return False, [{"t": st.name, "k": msg["k"], "field": "*", "kept": None, "kept_by": None,
                        "lost": json.dumps({c: v[0] for c, v in fields.items()}, ensure_ascii=False),
                        "lost_by": next(iter(fields.values()), [None, None, None])[2],
                        "constraint": str(e.orig).splitlines()[0][:200]}]


SHARED_TABLES = frozenset({"team", "consultant", "setting", "guide_template", "guide_template_version",
                           "company", "contact_person"})


def pull_page(pg: Connection, after: int, limit: int, team_id=None) -> list[tuple[int, str, str, str]]:
    """(seq, node, tbl, payload) after `after`. With a team: the changes made by that team's consultants, by
    laptops without a consultant, the shared tables (the teams, consultants, settings, guides, companies and
    their contact persons) and every conflict."""
    if team_id is None:
        q = text("SELECT seq, node, tbl, payload FROM server_log WHERE seq > :a ORDER BY seq LIMIT :n")
        return [tuple(r) for r in pg.execute(q, {"a": after, "n": limit})]
    q = text("SELECT seq, node, tbl, payload FROM server_log WHERE seq > :a AND (team_id IS NULL OR team_id = :team "
             "OR tbl = ANY(:shared)) ORDER BY seq LIMIT :n")
    return [tuple(r) for r in pg.execute(q, {"a": after, "n": limit, "team": team_id,
                                             "shared": sorted(SHARED_TABLES | {CONFLICT})})]


def last_seq(pg: Connection) -> int:
    return pg.execute(text("SELECT coalesce(max(seq), 0) FROM server_log")).scalar()


def record_sync(pg: Connection, node: str, consultant_id, seq: int) -> None:
    pg.execute(text("INSERT INTO server_node (node, consultant_id, db_user, last_sync_at, last_seq) "
                    "VALUES (:n, :c, current_user, now(), :s) ON CONFLICT (node) DO UPDATE SET "
                    "consultant_id = excluded.consultant_id, db_user = excluded.db_user, "
                    "last_sync_at = excluded.last_sync_at, last_seq = excluded.last_seq"),
               {"n": node, "c": consultant_id, "s": seq})


def last_syncs(pg: Connection) -> dict[str, str]:
    rows = pg.execute(text("SELECT consultant_id, max(last_sync_at) FROM server_node "
                           "WHERE consultant_id IS NOT NULL GROUP BY consultant_id"))
    return {cid.hex: at.astimezone(dt.UTC).isoformat() for cid, at in rows}

