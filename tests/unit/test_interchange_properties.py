"""Property tests over the JSON import (issue 8 item 4, the JSON path): whatever the file holds, the import
either succeeds or refuses cleanly — every rejection names the table, the field and the reason in Danish — and
a refused import changes nothing in the database."""

from __future__ import annotations

import datetime as dt
import json
import shutil

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from jobcrm.clock import Clock
from jobcrm.models import Base
from jobcrm.services.interchange import FORMAT_NAME, ImportRejected, InterchangeError
from jobcrm.services.registry import Services
from tests.conftest import TODAY
from tests.unit.interchange_helpers import dump

PROPERTY_SETTINGS = settings(max_examples=60, deadline=None, derandomize=True,
                             suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
TABLES = {t.name: sorted(c.name for c in t.columns) for t in Base.metadata.sorted_tables}

json_scalar = (st.none() | st.booleans() | st.integers(min_value=-2**70, max_value=2**70)
               | st.floats(allow_nan=True, allow_infinity=True) | st.text(max_size=30)
               | st.sampled_from(["2026-11-24", "2026-11-24T10:00:00Z", "2026-11-24T10:00:00", "12:30:00",
                                  "12:30+01:00", "01a210ac-3e01-7327-96d7-7cbc9cf9dd6c", "010190-1234", "privat",
                                  "aaben", "", "\ud800", "\x00", "/9j/4AAQ", "x" * 400, "9999-12-31T23:59:59-05:00"]))
json_value = st.recursive(json_scalar, lambda inner: st.lists(inner, max_size=3)
                          | st.dictionaries(st.text(max_size=8), inner, max_size=3), max_leaves=8)


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    """A small demo database (companies, visits with guides, orders, slots, campaigns) and its export."""
    folder = tmp_path_factory.mktemp("interchange_props")
    s = Services.open(folder / "base.db", Clock(fixed_now=dt.datetime.combine(TODAY, dt.time(9))))
    from jobcrm.services.demo import DemoBuilder

    DemoBuilder(s.ctx, s.settings, seed=11).build(4)
    s.settings.set("morning_digest", False)  # a settings row too
    s.interchange.export_json(folder / "base.json")
    s.close()
    return folder


@pytest.fixture(scope="module")
def target(base):
    """The database the documents are imported into: a copy of the one the base document came from."""
    shutil.copyfile(base / "base.db", base / "target.db")
    s = Services.open(base / "target.db", Clock(fixed_now=dt.datetime.combine(TODAY, dt.time(10))))
    yield s
    s.close()


def _import_and_check(target, folder, doc) -> str:
    """Import the document; assert the properties; say what happened."""
    f = folder / "doc.json"
    f.write_text(json.dumps(doc, ensure_ascii=False), "utf-8", errors="surrogatepass")
    before = dump(folder / "target.db")
    try:
        result = target.interchange.import_json(f)
    except InterchangeError as e:
        assert str(e) and "\n" not in str(e)
        assert dump(folder / "target.db") == before
        return "unreadable"
    except ImportRejected as e:
        assert e.rejections and e.total >= len(e.rejections)
        for rej in e.rejections:
            assert rej.table and rej.reason, rej
            # A row-level rejection names the field; a whole-table one says which table and why.
            assert rej.field is not None or "tabel" in rej.reason, rej
            rej.text().encode("utf-8")  # printable as it stands
        assert str(e).startswith("Importen blev afvist, intet er ændret")
        assert dump(folder / "target.db") == before
        return "rejected"
    # Accepted: every row of the file is counted once, and what was stored can be exported again.
    rows = sum(1 for t in doc["tables"] for r in t["rows"]
               if not (t["name"] == "setting" and r.get("key") == "current_consultant_id"))
    counted = sum(result.total(what) for what in ("new", "updated", "unchanged", "conflicts"))
    assert counted == rows
    target.interchange.export_json(folder / "again.json")
    return "accepted"


@PROPERTY_SETTINGS
@given(doc=json_value)
def test_any_json_is_refused_cleanly(base, target, doc):
    assert _import_and_check(target, base, doc) in ("rejected", "unreadable")


@st.composite
def envelopes(draw):
    """Documents with the right envelope and tables/rows built from real and made-up names."""
    names = list(TABLES)
    tables = []
    for _ in range(draw(st.integers(0, 3))):
        name = draw(st.sampled_from(names) | st.text(max_size=10))
        columns = TABLES.get(name, ["id"])
        rows = draw(st.lists(st.dictionaries(st.sampled_from(columns) | st.text(max_size=6), json_value,
                                             max_size=6), max_size=3))
        tables.append(draw(st.sampled_from([{"name": name, "rows": rows}, {"name": name, "rows": "x"},
                                            {"rows": rows}, name])))
    version = draw(st.sampled_from([1, 1, 1, 2, 0, "1", True, None, 1.0]))
    return {"format": draw(st.sampled_from([FORMAT_NAME] * 4 + ["jobcrm", None])), "version": version,
            "tables": tables}


@PROPERTY_SETTINGS
@given(doc=envelopes())
def test_documents_of_the_right_shape_with_random_content_never_crash(base, target, doc):
    event(_import_and_check(target, base, doc))


@st.composite
def mutations(draw, base_doc):
    """The real export with a few rows changed: a value replaced, a column removed or added, a row repeated,
    a table repeated or left out."""
    doc = json.loads(json.dumps(base_doc))
    blocks = [b for b in doc["tables"] if b["rows"]]
    for _ in range(draw(st.integers(1, 3))):
        block = draw(st.sampled_from(blocks))
        row = draw(st.sampled_from(block["rows"]))
        kind = draw(st.sampled_from(["replace", "replace", "replace", "remove", "add", "repeat", "drop_table",
                                     "swap_value"]))
        column = draw(st.sampled_from(sorted(row)))
        if kind == "replace":
            row[column] = draw(json_value)
        elif kind == "remove":
            row.pop(column)
        elif kind == "add":
            row[draw(st.text(min_size=1, max_size=8))] = draw(json_value)
        elif kind == "repeat":
            block["rows"].append(dict(row))
        elif kind == "drop_table":
            doc["tables"] = [b for b in doc["tables"] if b is not block]
            blocks = [b for b in blocks if b is not block] or blocks
        else:  # a value of the right kind taken from another column or row: plausible but maybe wrong
            other = draw(st.sampled_from(draw(st.sampled_from(blocks))["rows"]))
            row[column] = other[draw(st.sampled_from(sorted(other)))]
    return doc


@PROPERTY_SETTINGS
@given(data=st.data())
def test_mutated_exports_import_or_are_refused_without_changing_anything(base, target, data):
    base_doc = json.loads((base / "base.json").read_text("utf-8"))
    doc = data.draw(mutations(base_doc))
    event(_import_and_check(target, base, doc))
