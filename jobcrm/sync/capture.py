"""Local change capture: SQLite triggers on every synced table write each insert, update and delete to
sync_outbox; `stage()` turns the outbox into self-contained change messages (sync_push) stamped per field with a
hybrid logical clock.

Why triggers and not SQLAlchemy session events: the services also write with bulk Core statements (company
merge, imports, the demo data, campaigns), which never pass through the ORM's flush events; a trigger sees every
row any statement touches, from any code path, in the same transaction as the change itself (so a change is
never lost nor captured without its data). While pulled changes are applied, a row `applying` in sync_state
(written inside the applying transaction only) switches the triggers off, so the team's changes are not sent
back as the laptop's own.

HLC: an integer `(milliseconds << 16) + counter`. The wall-clock part is the time of the edit (the trigger
records it), shifted by the app clock's offset from the real one (tests skew laptops this way); it never runs
backwards and jumps past every stamp pulled from the team, so a later edit always gets a larger stamp.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid

from sqlalchemy import Connection, text

from jobcrm.ids import uuid7
from jobcrm.sync.tables import SyncTable, sync_tables

NOW_MS = "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)"
APPLYING = "NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying')"
STAGE_CHUNK = 2000


# --- sync_state --------------------------------------------------------------------------------------------
def get_state(conn: Connection, key: str, default: str | None = None) -> str | None:
    v = conn.execute(text("SELECT value FROM sync_state WHERE key = :k"), {"k": key}).scalar()
    return default if v is None else v


def set_state(conn: Connection, key: str, value: str | None) -> None:
    if value is None:
        conn.execute(text("DELETE FROM sync_state WHERE key = :k"), {"k": key})
    else:
        conn.execute(text("INSERT INTO sync_state (key, value) VALUES (:k, :v) "
                          "ON CONFLICT (key) DO UPDATE SET value = excluded.value"), {"k": key, "v": value})


def node_id(conn: Connection) -> str:
    """This laptop's id (made once)."""
    v = get_state(conn, "node_id")
    if v is None:
        v = uuid.uuid4().hex
        set_state(conn, "node_id", v)
    return v


def actor(conn: Connection, consultant_id: uuid.UUID | None) -> str:
    """The tie-breaker after the HLC: the consultant id, then this laptop's id."""
    return f"{consultant_id.hex if consultant_id else '0' * 32}:{node_id(conn)}"


# --- triggers ----------------------------------------------------------------------------------------------
def _q(name: str) -> str:
    return '"' + name + '"'


def trigger_sql(st: SyncTable) -> dict[str, str]:
    def key(ref: str) -> str:
        return "json_array(" + ", ".join(f"{ref}.{_q(c.name)}" for c in st.key_cols) + ")"

    def when(ref: str) -> str:
        cond = APPLYING
        if st.local_rows:
            local = st.local_rows
            for c in st.table.columns:
                local = local.replace(c.name + " ", f"{ref}.{_q(c.name)} ")
            cond += f" AND NOT ({local})"
        return cond

    changed = ", ".join(f"CASE WHEN OLD.{_q(c.name)} IS NOT NEW.{_q(c.name)} THEN '{c.name}' END" for c in st.cols)
    ins = "INSERT INTO sync_outbox (tbl, row_key, op, cols, at_ms) VALUES"
    n = st.name
    return {
        f"sync_ai_{n}": f"CREATE TRIGGER sync_ai_{n} AFTER INSERT ON {_q(n)} WHEN {when('NEW')} BEGIN "
                        f"{ins} ('{n}', {key('NEW')}, 'I', NULL, {NOW_MS}); END",
        f"sync_au_{n}":
        f"CREATE TRIGGER sync_au_{n} AFTER UPDATE ON {_q(n)} WHEN {when('NEW')} BEGIN "
        f"{ins} ('{n}', {key('NEW')}, 'U', json_array({changed}), {NOW_MS}); END",
        f"sync_ad_{n}": f"CREATE TRIGGER sync_ad_{n} AFTER DELETE ON {_q(n)} WHEN {when('OLD')} BEGIN "
                        f"{ins} ('{n}', {key('OLD')}, 'D', NULL, {NOW_MS}); END",
    }


def all_trigger_sql() -> dict[str, str]:
    out = {}
    for st in sync_tables().values():
        out.update(trigger_sql(st))
    return out


def install_triggers(conn: Connection) -> bool:
    """Create (or re-create, after a schema change) the capture triggers. Returns True when it changed any."""
    wanted = all_trigger_sql()
    signature = hashlib.sha256("\n".join(sorted(wanted.values())).encode()).hexdigest()
    have = set(conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync\\_%' "
                                 "ESCAPE '\\'")).scalars())
    if have == set(wanted) and get_state(conn, "trigger_signature") == signature:
        return False
    for name in have:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    for sql in wanted.values():
        conn.exec_driver_sql(sql)
    set_state(conn, "trigger_signature", signature)
    return True


def drop_triggers(conn: Connection) -> None:
    for name in list(conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                       "AND name LIKE 'sync\\_%' ESCAPE '\\'")).scalars()):
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    set_state(conn, "trigger_signature", None)


def enqueue_snapshot(conn: Connection) -> int:
    """Queue every local record the team has not seen (first sync of a laptop that already holds data).
    Stamped with the record's own updated_at, so that data a laptop brings along does not override newer
    edits the team made to the same records."""
    total = 0
    for st in sync_tables().values():
        key = "json_array(" + ", ".join(_q(c.name) for c in st.key_cols) + ")"
        at = ("COALESCE(CAST((julianday(updated_at) - 2440587.5) * 86400000 AS INTEGER), 0)"
              if "updated_at" in st.table.c else "0")
        where = f"{key} NOT IN (SELECT row_key FROM sync_row_clock WHERE tbl = '{st.name}')"
        if st.local_rows:
            where += f" AND NOT ({st.local_rows})"
        total += conn.exec_driver_sql(
            f"INSERT INTO sync_outbox (tbl, row_key, op, cols, at_ms) "
            f"SELECT '{st.name}', {key}, 'I', NULL, {at} FROM {_q(st.name)} WHERE {where}").rowcount
    return total


# --- HLC -----------------------------------------------------------------------------------------------------
def load_hlc(conn: Connection) -> int:
    return int(get_state(conn, "hlc", "0"))


def tick(last: int, wall_ms: int) -> int:
    return max(last + 1, wall_ms << 16)


def hlc_time(h: int) -> dt.datetime:
    return dt.datetime.fromtimestamp((h >> 16) / 1000, dt.UTC)


# --- row clocks ----------------------------------------------------------------------------------------------
def get_clocks(conn: Connection, table: str, tbl: str, row_key: str) -> dict | None:
    raw = conn.execute(text(f"SELECT clocks FROM {table} WHERE tbl = :t AND row_key = :k"),
                       {"t": tbl, "k": row_key}).scalar()
    return None if raw is None else json.loads(raw)


def put_clocks(conn: Connection, table: str, tbl: str, row_key: str, clocks: dict, existed: bool) -> None:
    params = {"t": tbl, "k": row_key, "c": json.dumps(clocks, separators=(",", ":"))}
    if existed:
        conn.execute(text(f"UPDATE {table} SET clocks = :c WHERE tbl = :t AND row_key = :k"), params)
    else:
        conn.execute(text(f"INSERT INTO {table} (tbl, row_key, clocks) VALUES (:t, :k, :c)"), params)


# --- staging -------------------------------------------------------------------------------------------------
def stage(conn: Connection, actor_id: str, skew_ms: int, limit: int = STAGE_CHUNK) -> int:
    """Turn up to `limit` outbox rows into change messages in sync_push, in one transaction with deleting
    them from the outbox. Returns how many outbox rows were consumed (0: the outbox is empty).

    A message (JSON): {"t": table, "k": row key, "f": {column: [value, hlc, actor]} for EVERY column (the
    current row, so it is self-contained), "b": {changed column: the stamp it replaced}} or, for a row that is
    gone, {"t", "k", "d": [hlc, actor]}.
    """
    rows = conn.execute(text("SELECT seq, tbl, row_key, op, cols, at_ms FROM sync_outbox ORDER BY seq LIMIT :n"),
                        {"n": limit}).all()
    if not rows:
        return 0
    groups: dict[tuple[str, str], dict] = {}
    for _seq, tbl, row_key, op, cols, at_ms in rows:
        g = groups.setdefault((tbl, row_key), {"all": False, "cols": {}, "at": 0})
        g["at"] = max(g["at"], at_ms)
        if op == "I" or cols is None:
            g["all"] = True
        else:
            for c in json.loads(cols):
                if c is not None:
                    g["cols"][c] = at_ms
    from jobcrm.sync.merge import prefetch

    tables = sync_tables()
    hlc = load_hlc(conn)
    pushes, clock_rows = [], []
    known_clocks: dict = {}
    known_rows: dict = {}
    by_table: dict[str, set[str]] = {}
    for tbl, row_key in groups:
        if tbl in tables:
            by_table.setdefault(tbl, set()).add(row_key)
    for tbl, ks in by_table.items():
        c, r = prefetch(conn, tables[tbl], ks, "sync_row_clock")
        known_clocks.update(c)
        known_rows.update(r)
    for (tbl, row_key), g in groups.items():
        st = tables.get(tbl)
        if st is None:
            continue  # a table that no longer exists
        clocks = dict(known_clocks.get((tbl, row_key)) or {})
        row = known_rows.get((tbl, row_key))
        if row is None:
            hlc = tick(hlc, g["at"] + skew_ms)
            stamp = [hlc, actor_id]
            clocks = {"__del__": stamp}
            payload = {"t": tbl, "k": row_key, "d": stamp}
        else:
            changed = {c.name: g["at"] for c in st.cols} if g["all"] else g["cols"]
            base = {}
            for col, at_ms in sorted(changed.items(), key=lambda kv: kv[1]):
                if col not in row:
                    continue
                hlc = tick(hlc, at_ms + skew_ms)
                base[col] = clocks.get(col)
                clocks[col] = [hlc, actor_id]
            if not base:
                continue  # an update that changed nothing
            payload = {"t": tbl, "k": row_key, "b": base,
                       "f": {c: [v, *clocks.get(c, [0, ""])] for c, v in row.items()}}
        clock_rows.append({"t": tbl, "k": row_key, "c": json.dumps(clocks, separators=(",", ":"))})
        pushes.append({"c": uuid7().hex, "t": tbl, "k": row_key,
                       "p": json.dumps(payload, separators=(",", ":"), ensure_ascii=False)})
    if clock_rows:
        conn.execute(text("INSERT INTO sync_row_clock (tbl, row_key, clocks) VALUES (:t, :k, :c) "
                          "ON CONFLICT (tbl, row_key) DO UPDATE SET clocks = excluded.clocks"), clock_rows)
    if pushes:
        conn.execute(text("INSERT INTO sync_push (change_id, tbl, row_key, payload) VALUES (:c, :t, :k, :p)"),
                     pushes)
    conn.execute(text("DELETE FROM sync_outbox WHERE seq <= :s"), {"s": rows[-1][0]})
    set_state(conn, "hlc", str(hlc))
    return len(rows)
