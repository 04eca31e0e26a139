"""The merge rule itself (no database): the same messages applied in any order give the same record."""

from __future__ import annotations

import itertools

from jobcrm.sync.merge import merge_one
from jobcrm.sync.tables import sync_tables

COMPANY = sync_tables()["company"]


def _msg(h, who, **fields):
    return {"t": "company", "k": '["c1"]', "f": {c: [v, h, who] for c, v in fields.items()}, "b": {}}


def test_any_order_of_edits_and_deletes_gives_the_same_record():
    msgs = [
        _msg(10, "a:1", name="Fisk", phone="1", city="Skagen"),
        _msg(20, "b:2", name="Fisk", phone="2", city="Skagen"),
        _msg(20, "a:1", name="Fisk A/S", phone="1", city="Skagen"),  # same clock: decided by the actor
        {"t": "company", "k": '["c1"]', "d": [15, "c:3"]},
        _msg(30, "c:3", name="Fisk", phone="1", city="Hirtshals"),
    ]
    # Each message carries the sender's whole row with its own stamps per field; build them that way.
    results = set()
    for order in itertools.permutations(msgs):
        row, clocks = None, {}
        for m in order:
            row, clocks, _, _ = merge_one(COMPANY, row, clocks, m, detect=False)
        results.add(None if row is None else tuple(sorted(row.items())))
    assert len(results) == 1
    [final] = results
    assert dict(final)["city"] == "Hirtshals"  # the newest stamp wins, whatever arrived first


def test_a_same_field_edit_unseen_by_the_other_laptop_is_a_conflict_with_both_values():
    row, clocks, _, _ = merge_one(COMPANY, None, {}, _msg(10, "a:1", email="x@a.dk"), detect=True)
    row, clocks, found, _ = merge_one(COMPANY, row, clocks, _msg(12, "b:2", email="y@b.dk") | {"b": {"email": None}},
                                      detect=True)
    assert row["email"] == "y@b.dk"
    assert [(c["field"], c["kept"], c["lost"]) for c in found] == [("email", "y@b.dk", "x@a.dk")]
    # A later edit by someone who had seen the current value is not a conflict.
    _, _, found, _ = merge_one(COMPANY, row, clocks, _msg(13, "a:1", email="z@a.dk") | {"b": {"email": [12, "b:2"]}},
                               detect=True)
    assert found == []
