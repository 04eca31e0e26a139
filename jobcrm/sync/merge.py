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

from sqlalchemy import Connection, and_, delete, insert, select, text, update

from jobcrm.ids import uuid7
from jobcrm.sync.capture import get_clocks, put_clocks
from jobcrm.sync.tables import SyncTable, decode, encode, sync_tables


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


# --- batches: the same rules, with the records of a whole batch read and written a few statements at a time -
def merge_one(st: SyncTable, row: dict | None, clocks: dict, msg: dict, *, detect: bool
              ) -> tuple[dict | None, dict, list[dict], bool]:
    """`apply` on values in memory: (row after, clocks after, conflicts, clash). `row` None = no such row."""
    clocks = dict(clocks)
    if "d" in msg:
        ds = msg["d"]
        if all(_newer(ds, s) for s in clocks.values()):
            return None, {"__del__": ds}, [], False
        return row, clocks, [], False
    fields: dict = msg["f"]
    base: dict = msg.get("b", {})
    conflicts: list[dict] = []
    winners: dict = {}
    for col, (value, h, who) in fields.items():
        stamp, cur = [h, who], clocks.get(col)
        win = _newer(stamp, cur)
        if (detect and row is not None and col in base and cur is not None and base[col] != cur
                and cur[1] != who and row.get(col) != value and st.conflictable(col)):
            kept, lost = ((value, who), (row.get(col), cur[1])) if win else ((row.get(col), cur[1]), (value, who))
            conflicts.append({"t": st.name, "k": msg["k"], "field": col, "kept": kept[0], "kept_by": kept[1],
                              "lost": lost[0], "lost_by": lost[1]})
        if win:
            winners[col] = value
            clocks[col] = stamp
    deleted = clocks.get("__del__")
    if row is None:
        if deleted is not None and not any(_newer([v[1], v[2]], deleted) for v in fields.values()):
            return None, clocks, [], False
        new_clocks = {c: [v[1], v[2]] for c, v in fields.items()}
        if deleted is not None:
            new_clocks["__del__"] = deleted
        return {c: v[0] for c, v in fields.items()}, new_clocks, [], False
    return ({**row, **winners} if winners else row), clocks, conflicts, False


def _has_unique(st: SyncTable) -> bool:
    return any(u.__class__.__name__ == "UniqueConstraint" for u in st.table.constraints) or any(
        i.unique for i in st.table.indexes)


def prefetch(conn: Connection, st: SyncTable, ks: set[str], clock_table: str, *, with_rows: bool = True
             ) -> tuple[dict, dict]:
    """The clocks and the current rows (JSON values) of these records, keyed (table, row key)."""
    from sqlalchemy import bindparam, tuple_

    clocks, rows = {}, {}
    ordered = sorted(ks)
    for i in range(0, len(ordered), 500):
        for tbl, k, raw in conn.execute(text(f"SELECT tbl, row_key, clocks FROM {clock_table} "
                                             "WHERE tbl = :t AND row_key IN :ks").bindparams(
                bindparam("ks", expanding=True)), {"t": st.name, "ks": ordered[i:i + 500]}):
            clocks[(tbl, k)] = json.loads(raw)
    if not with_rows:
        return clocks, rows
    key_cols = st.key_cols
    decoded = [tuple(decode(c, v) for c, v in zip(key_cols, json.loads(k), strict=True)) for k in ordered]
    target = key_cols[0] if len(key_cols) == 1 else tuple_(*key_cols)
    for i in range(0, len(decoded), 500):
        chunk = decoded[i:i + 500]
        cond = target.in_([d[0] for d in chunk] if len(key_cols) == 1 else chunk)
        for r in conn.execute(select(*st.cols).where(cond)):
            values = {c.name: encode(v) for c, v in zip(st.cols, r, strict=True)}
            rows[(st.name, st.make_key(values))] = values
    return clocks, rows


def apply_batch(conn: Connection, items: list[tuple[SyncTable, dict]], clock_table: str, *, detect: bool
                ) -> list[tuple[bool, list[dict]]]:
    """Apply many messages with a few statements per table. Returns, per message, (applied, conflicts).
    Tables with unique constraints (small: teams, consultants, settings, guides …) go one by one through
    `apply`, which checks the unique values first; raises IntegrityError when a foreign key or unique value
    refuses the batch (the caller then retries it message by message)."""
    from sqlalchemy import bindparam

    keys: dict[str, set[str]] = {}
    for st, msg in items:
        keys.setdefault(st.name, set()).add(msg["k"])
    tables = {st.name: st for st, _ in items}
    clocks: dict[tuple[str, str], dict | None] = {}
    rows: dict[tuple[str, str], dict | None] = {}
    for name, ks in keys.items():
        st = tables[name]
        c, r = prefetch(conn, st, ks, clock_table, with_rows=not _has_unique(st))
        clocks.update(c)
        rows.update(r)
    originals = {}
    results: list[tuple[bool, list[dict]]] = []
    for st, msg in items:
        key = (st.name, msg["k"])
        if _has_unique(st):
            outcome, found = apply(conn, st, msg, clock_table, detect=detect)
            results.append((outcome == "applied", found))
            continue
        if key not in originals:
            originals[key] = (rows.get(key), clocks.get(key))
        row, clk, found, _ = merge_one(st, rows.get(key), clocks.get(key) or {}, msg, detect=detect)
        rows[key], clocks[key] = row, clk
        results.append((True, found))
    order = list(sync_tables())
    touched = sorted(originals, key=lambda k: order.index(k[0]))
    for key in reversed(touched):  # deletes, children first
        before, _ = originals[key]
        if before is not None and rows[key] is None:
            st = tables[key[0]]
            conn.execute(delete(st.table).where(st.key_where(key[1])))
    inserts: dict[str, list[dict]] = {}
    updates: dict[tuple[str, tuple], list[dict]] = {}
    for key in touched:
        st = tables[key[0]]
        before, _ = originals[key]
        after = rows[key]
        if after is None:
            continue
        if before is None:
            row = {c.name: decode(c, after.get(c.name)) for c in st.cols}
            for c in st.local_pk:
                row[c.name] = uuid7()
            inserts.setdefault(st.name, []).append(row)
        else:
            changed = tuple(sorted(c for c in after if after[c] != before.get(c)))
            if changed:
                values = {c: decode(st.table.c[c], after[c]) for c in changed}
                for c in st.table.columns:  # keep onupdate defaults (updated_at) from stamping "now"
                    if c.onupdate is not None and c.name not in values:
                        values[c.name] = decode(c, after[c.name])
                params = {f"v_{c}": v for c, v in values.items()}
                params.update({f"k_{c.name}": decode(c, v) for c, v in zip(st.key_cols, json.loads(key[1]),
                                                                             strict=True)})
                updates.setdefault((st.name, tuple(sorted(values))), []).append(params)
    for name in order:
        if name in inserts:
            conn.execute(insert(tables[name].table), inserts[name])
    for (name, cols), params in updates.items():
        st = tables[name]
        stmt = (update(st.table)
                .where(and_(*[c == bindparam(f"k_{c.name}") for c in st.key_cols]))
                .values({c: bindparam(f"v_{c}") for c in cols}))
        conn.execute(stmt, params)
    upserts = [{"t": t, "k": k, "c": json.dumps(clocks[(t, k)], separators=(",", ":"))} for t, k in touched
               if clocks.get((t, k)) is not None and clocks[(t, k)] != originals[(t, k)][1]]
    new = [u for u in upserts if originals[(u["t"], u["k"])][1] is None]
    old = [u for u in upserts if originals[(u["t"], u["k"])][1] is not None]
    if new:
        conn.execute(text(f"INSERT INTO {clock_table} (tbl, row_key, clocks) VALUES (:t, :k, :c)"), new)
    if old:
        conn.execute(text(f"UPDATE {clock_table} SET clocks = :c WHERE tbl = :t AND row_key = :k"), old)
    return results
