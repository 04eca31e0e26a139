"""Applying one change message to a database (a laptop's SQLite or the team's PostgreSQL).

Every field is a last-writer-wins register stamped (HLC, actor); the actor is "consultant id:laptop id", so equal
clocks are decided by consultant id, then laptop. Applying the same messages in any order gives the same rows,
which is what makes the laptops converge. A hard delete is a stamp of its own ("__del__"): it removes the row if
it is newer than every field, and a later edit brings the row back. Soft deletes (deleted_at) are a field.

Conflicts are found on the server, where all changes meet: a message says which stamp each changed field had
when the laptop changed it ("b"). If the server's field has since been written by someone else with a different
value, both laptops changed the same field without seeing each other: the winner is the larger stamp, and the
loser goes to the conflict list (`conflict` entries in the server's change log, pulled by every laptop).
"""

from __future__ import annotations

import json

from sqlalchemy import Connection, and_, delete, insert, select, update

from jobcrm.ids import uuid7
from jobcrm.sync.capture import get_clocks, put_clocks
from jobcrm.sync.tables import SyncTable, decode


def _newer(a, b) -> bool:
    return b is None or (a[0], a[1]) > (b[0], b[1])


def _unique_clash(conn: Connection, st: SyncTable, values: dict, row_key: str) -> str | None:
    """Another record already holds a unique value this row would take (say two laptops each added a setting
    or a team with the same name): the name of the constraint, else None."""
    t = st.table
    groups = [list(u.columns) for u in t.constraints if u.__class__.__name__ == "UniqueConstraint"]
    groups += [list(i.columns) for i in t.indexes if i.unique]
    for cols in groups:
        if any(c.name not in values or values[c.name] is None for c in cols):
            continue
        cond = and_(*[c == decode(c, values[c.name]) for c in cols], ~st.key_where(row_key))
        if conn.execute(select(1).select_from(t).where(cond).limit(1)).first() is not None:
            return ",".join(c.name for c in cols)
    return None


def apply(conn: Connection, st: SyncTable, msg: dict, clock_table: str, *, detect: bool) -> tuple[str, list[dict]]:
    """Apply one message. Returns (what happened, conflicts). What happened is "applied" or "clash" (a unique
    value taken by another record: nothing written, the message's row is returned as a conflict)."""
    row_key = msg["k"]
    clocks = get_clocks(conn, clock_table, st.name, row_key)
    existed = clocks is not None
    clocks = clocks or {}
    if "d" in msg:
        ds = msg["d"]
        if all(_newer(ds, s) for s in clocks.values()):
            conn.execute(delete(st.table).where(st.key_where(row_key)))
            clocks = {"__del__": ds}
            put_clocks(conn, clock_table, st.name, row_key, clocks, existed)
        return "applied", []

    current = st.row(conn, row_key)
    fields: dict = msg["f"]
    base: dict = msg.get("b", {})
    conflicts: list[dict] = []
    winners: dict = {}
    for col, (value, h, who) in fields.items():
        stamp, cur = [h, who], clocks.get(col)
        win = _newer(stamp, cur)
        if (detect and current is not None and col in base and cur is not None and base[col] != cur
                and cur[1] != who and current.get(col) != value and st.conflictable(col)):
            kept, lost = ((value, who), (current.get(col), cur[1])) if win else ((current.get(col), cur[1]), (value, who))
            conflicts.append({"t": st.name, "k": row_key, "field": col, "kept": kept[0], "kept_by": kept[1],
                              "lost": lost[0], "lost_by": lost[1]})
        if win:
            winners[col] = value
            clocks[col] = stamp
    deleted = clocks.get("__del__")
    if current is None:
        if deleted is not None and not any(_newer([v[1], v[2]], deleted) for v in fields.values()):
            return "applied", []  # an old edit of a record deleted since
        values = {c: v[0] for c, v in fields.items()}
        clash = _unique_clash(conn, st, values, row_key)
        if clash:
            return "clash", [{"t": st.name, "k": row_key, "field": "*", "kept": None, "kept_by": None,
                              "lost": json.dumps(values, ensure_ascii=False), "lost_by": fields[next(iter(fields))][2],
                              "constraint": clash}]
        row = {c.name: decode(c, values.get(c.name)) for c in st.cols}
        for c in st.local_pk:
            row[c.name] = uuid7()
        conn.execute(insert(st.table).values(**row))
        clocks = {c: [v[1], v[2]] for c, v in fields.items()}
        if deleted is not None:
            clocks["__del__"] = deleted
    elif winners:
        unique_cols = {c.name for u in st.table.constraints if u.__class__.__name__ == "UniqueConstraint"
                       for c in u.columns} | {c.name for i in st.table.indexes if i.unique for c in i.columns}
        if unique_cols & set(winners):
            clash = _unique_clash(conn, st, {**current, **winners}, row_key)
            if clash:
                return "clash", [{"t": st.name, "k": row_key, "field": "*", "kept": None, "kept_by": None,
                                  "lost": json.dumps(winners, ensure_ascii=False),
                                  "lost_by": fields[next(iter(winners))][2], "constraint": clash}]
        values = {c: decode(st.table.c[c], v) for c, v in winners.items()}
        for c in st.table.columns:  # keep onupdate defaults (updated_at) from stamping the row with "now"
            if c.onupdate is not None and c.name not in values and c.name in current:
                values[c.name] = decode(c, current[c.name])
        conn.execute(update(st.table).where(st.key_where(row_key)).values(values))
    else:
        return "applied", conflicts
    put_clocks(conn, clock_table, st.name, row_key, clocks, existed)
    return "applied", conflicts
