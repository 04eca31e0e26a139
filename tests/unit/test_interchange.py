"""Full export and import (issue 8 item 5, docs/interchange.md): every record out and back in, byte-identical;
records matched by id with new / unchanged / updated / conflict; a rejected file changes nothing."""

from __future__ import annotations

import base64
import datetime as dt
import json
import uuid

import pytest

from jobcrm.clock import Clock
from jobcrm.models import Base
from jobcrm.models.base import UTCDateTime
from jobcrm.services.dto import CompanyInput
from jobcrm.services.interchange import (
    EXPORTED_TABLES,
    FORMAT_NAME,
    FORMAT_VERSION,
    LOCAL_ONLY_TABLES,
    ImportRejected,
    InterchangeError,
    InterchangeService,
)
from jobcrm.services.registry import Services
from tests.conftest import TODAY
from tests.unit.interchange_helpers import dump


def _open(path, hour=9, minute=0):
    return Services.open(path, Clock(fixed_now=dt.datetime.combine(TODAY, dt.time(hour, minute))))


def _at(services, hour, minute=0):
    services.ctx.clock = Clock(fixed_now=dt.datetime.combine(TODAY, dt.time(hour, minute)))


@pytest.fixture(scope="module")
def small_demo(tmp_path_factory):
    """A closed demo database (30 companies: visits, orders, slots, placements, campaigns) and its export,
    made once; tests copy the database file."""
    folder = tmp_path_factory.mktemp("small_demo")
    s = _open(folder / "demo.db")
    from jobcrm.services.demo import DemoBuilder

    DemoBuilder(s.ctx, s.settings, seed=11).build(30)
    s.interchange.export_json(folder / "demo.json")
    s.close()
    return folder / "demo.db", folder / "demo.json"


def _copy(small_demo, tmp_path):
    import shutil

    db = tmp_path / "kopi.db"
    shutil.copyfile(small_demo[0], db)
    f = tmp_path / "alt.json"
    shutil.copyfile(small_demo[1], f)
    return db, f


def _tables(path):
    return {t["name"]: t["rows"] for t in json.loads(path.read_text("utf-8"))["tables"]}


def test_every_table_is_either_exported_or_local_only():
    """A new table (audit_log, retention_log, sync_…) must be put in EXPORTED_TABLES or LOCAL_ONLY_TABLES of
    jobcrm/services/interchange.py: a one-line decision, made on purpose."""
    names = {t.name for t in Base.metadata.sorted_tables}
    assert not (EXPORTED_TABLES & LOCAL_ONLY_TABLES)
    unclassified = names - EXPORTED_TABLES - LOCAL_ONLY_TABLES
    assert not unclassified, f"neither exported nor excluded: {sorted(unclassified)}"
    assert not (EXPORTED_TABLES | LOCAL_ONLY_TABLES) - names, "a listed table no longer exists"


def test_demo_round_trip_gives_identical_files(services, demo, tmp_path):
    first = tmp_path / "alt.json"
    services.interchange.export_json(first)
    tables = _tables(first)
    # Everything a consultant has made is there: filled guides with their template versions, orders with
    # referrals, slots, mentors with photos, placements, campaigns with calls.
    assert [t["name"] for t in json.loads(first.read_text("utf-8"))["tables"]] == \
        [t.name for t in Base.metadata.sorted_tables if t.name not in LOCAL_ONLY_TABLES]
    for name in ("company", "contact_person", "contact", "promise", "promise_event", "visit", "guide_answer",
                 "guide_template_version", "visit_agreement", "job_order", "job_order_requirement",
                 "job_order_referral", "slot", "mentor", "slot_mentor", "placement", "campaign",
                 "campaign_target", "campaign_call", "consultant", "team"):
        assert tables[name], f"no {name} rows exported"
    photos = [m["photo"] for m in tables["mentor"] if m["photo"]]
    assert photos and base64.b64decode(photos[0]).startswith(b"\xff\xd8\xff")  # the stored JPEG
    assert len(tables["company"]) == 120
    assert all(r["key"] != "current_consultant_id" for r in tables["setting"])  # this laptop's, not exported

    empty = _open(tmp_path / "tom.db")
    result = empty.interchange.import_json(first)
    assert result.total("conflicts") == 0 and result.total("updated") == 0
    # The four seeded guides (template + version) are the same records in every database: unchanged.
    assert result.total("unchanged") == 8
    assert result.total("new") + 8 == sum(len(rows) for rows in tables.values())
    second = tmp_path / "igen.json"
    empty.interchange.export_json(second)
    assert second.read_bytes() == first.read_bytes()
    # The search index was rebuilt over the imported companies.
    from jobcrm.services.companies import CompanyFilter

    name = tables["company"][0]["name"]
    assert uuid.UUID(tables["company"][0]["id"]) in empty.companies.search_ids(CompanyFilter(text=name))
    # Importing the same file again changes nothing.
    before = dump(tmp_path / "tom.db")
    again = empty.interchange.import_json(first)
    assert again.total("new") == again.total("updated") == again.total("conflicts") == 0
    assert dump(tmp_path / "tom.db") == before
    empty.close()


def test_export_is_json_with_a_versioned_envelope_and_no_time_of_export(services, consultant, tmp_path):
    target = tmp_path / "alt.json"
    target.write_text("gammel fil", "utf-8")
    services.interchange.export_json(target)
    doc = json.loads(target.read_text("utf-8"))
    from jobcrm.db.migrate import head_revision

    assert (doc["format"], doc["version"], doc["schema_revision"]) == (FORMAT_NAME, FORMAT_VERSION, head_revision())
    assert set(doc) == {"format", "version", "schema_revision", "tables"}
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []  # written atomically
    row = _tables(target)["consultant"][0]
    assert row["initials"] == "MAJ" and row["created_at"].endswith("Z") and list(row) == sorted(row)


def test_import_into_an_existing_database_new_unchanged_newer_and_conflict(tmp_path):
    a = _open(tmp_path / "a.db")
    x = a.companies.create(CompanyInput(name="Xylo ApS", city="Aarhus"))
    y = a.companies.create(CompanyInput(name="Ypsilon A/S", city="Vejle"))
    w = a.companies.create(CompanyInput(name="Wulff Smed", city="Kolding"))
    a.interchange.export_json(tmp_path / "1.json")
    b = _open(tmp_path / "b.db")
    b.interchange.import_json(tmp_path / "1.json")

    _at(a, 10)
    a.companies.update(y.id, CompanyInput(name="Ypsilon A/S", city="Horsens"))  # A changed Y at 10:00 …
    _at(b, 11)
    b.companies.update(y.id, CompanyInput(name="Ypsilon A/S", city="Fredericia"))  # … B changed it later
    _at(a, 12)
    a.companies.update(x.id, CompanyInput(name="Xylofon ApS", city="Aarhus"))  # only A changed X
    z = a.companies.create(CompanyInput(name="Zeta Byg", city="Odense"))  # new in A
    a.interchange.export_json(tmp_path / "2.json")

    result = b.interchange.import_json(tmp_path / "2.json")
    company = next(t for t in result.tables if t.table == "company")
    assert (company.new, company.updated, company.unchanged, company.conflicts) == (1, 1, 1, 1)
    [conflict] = result.conflicts
    assert (conflict.table, conflict.record_id) == ("company", str(y.id))
    assert "city" in conflict.fields and conflict.local_updated_at > conflict.incoming_updated_at
    assert b.companies.get(y.id).city == "Fredericia"  # the newer local change is kept
    assert b.companies.get(x.id).name == "Xylofon ApS"  # the newer incoming change is taken
    assert b.companies.get(z.id).name == "Zeta Byg"
    assert b.companies.get(w.id).city == "Kolding"
    a.close()
    b.close()


def test_dry_run_counts_but_changes_nothing_and_skips_the_backup_hook(small_demo, tmp_path):
    _copy(small_demo, tmp_path)
    calls = []
    target = _open(tmp_path / "b.db")
    hooked = InterchangeService(target.ctx, before_risky=calls.append)
    before = dump(tmp_path / "b.db")
    result = hooked.import_json(tmp_path / "alt.json", dry_run=True)
    assert result.dry_run and result.total("new") > 500
    assert dump(tmp_path / "b.db") == before and calls == []
    hooked.import_json(tmp_path / "alt.json")
    assert calls == ["before-import"]
    target.close()


def _edit(path, table, mutate):
    doc = json.loads(path.read_text("utf-8"))
    block = next(t for t in doc["tables"] if t["name"] == table)
    mutate(doc, block)
    path.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")


@pytest.mark.parametrize(("table", "change", "field", "reason"), [
    ("company", lambda r: r.update(special_notes="Kontakt: 010190-1234 ringer"), "special_notes", "CPR-nummer"),
    ("company", lambda r: r.update(sector="halvoffentlig"), "sector", '"halvoffentlig" er ikke en kendt værdi'),
    ("company", lambda r: r.update(employees="mange"), "employees", "skal være et helt tal"),
    ("company", lambda r: r.update(updated_at="2026-11-24 10:00"), "updated_at", "tidszone"),
    ("company", lambda r: r.update(farve="blå"), "farve", "ukendt kolonne"),
    ("company", lambda r: r.pop("name"), "name", "mangler"),
    ("company", lambda r: r.update(owner_id=str(uuid.UUID(int=7))), "owner_id", "hverken findes i filen"),
    ("placement", lambda r: r.update(candidate_ref="1101901234"), "candidate_ref", "CPR-nummer"),
    ("mentor", lambda r: r.update(photo="ikke base64!"), "photo", "base64"),
    ("visit", lambda r: r.update(status="glemt"), "status", "ikke en kendt værdi"),
    ("job_order", lambda r: r.update(hours="fuldtid,flextid"), "hours", "ikke en kendt værdi"),
])
def test_a_rejected_row_names_table_record_field_and_reason_and_changes_nothing(
        small_demo, tmp_path, table, change, field, reason):
    db_path, f = _copy(small_demo, tmp_path)
    services = _open(db_path)
    first_id = None

    def mutate(doc, block):
        nonlocal first_id
        row = next(r for r in block["rows"] if table != "mentor" or r["photo"])
        first_id = row["id"]
        change(row)

    _edit(f, table, mutate)
    # Into the database it came from (everything else unchanged) and into an empty one.
    for path, svc in ((db_path, services), (tmp_path / "tom.db", _open(tmp_path / "tom.db"))):
        before = dump(path)
        with pytest.raises(ImportRejected) as e:
            svc.interchange.import_json(f)
        [rej] = e.value.rejections
        assert (rej.table, rej.record_id, rej.field) == (table, first_id, field)
        assert reason in rej.reason
        assert str(e.value).startswith("Importen blev afvist, intet er ændret")
        assert dump(path) == before
        svc.close()


@pytest.mark.parametrize(("text", "message"), [
    ("ikke json", "ikke gyldig JSON"),
    ('{"format": "noget-andet", "version": 1, "tables": []}', "ikke en JobCRM-eksport"),
    ('{"format": "jobcrm-interchange", "version": 2, "tables": []}', "opdatér JobCRM"),
    ('{"format": "jobcrm-interchange", "version": 1, "tables": [{"name": "kunder", "rows": []}]}',
     "ukendt tabel"),
])
def test_bad_files_are_refused_with_one_reason(services, tmp_path, db_path, text, message):
    f = tmp_path / "x.json"
    f.write_text(text, "utf-8")
    before = dump(db_path)
    with pytest.raises((ImportRejected, InterchangeError)) as e:
        services.interchange.import_json(f)
    assert message in str(e.value)
    assert dump(db_path) == before


def test_a_clash_on_a_unique_value_is_a_rejection(tmp_path):
    a = _open(tmp_path / "a.db")
    from jobcrm.services.dto import ConsultantInput

    a.consultants.create(ConsultantInput("MAJ", "Maja Jørgensen"))
    a.interchange.export_json(tmp_path / "a.json")
    b = _open(tmp_path / "b.db")
    b.consultants.create(ConsultantInput("MAJ", "Maja J. (en anden post)"))
    before = dump(tmp_path / "b.db")
    with pytest.raises(ImportRejected) as e:
        b.interchange.import_json(tmp_path / "a.json")
    [rej] = e.value.rejections
    assert (rej.table, rej.field) == ("consultant", "initials") and "samme værdi" in rej.reason
    assert dump(tmp_path / "b.db") == before
    a.close()
    b.close()


def test_seeded_guides_are_one_and_the_same_in_every_database(small_demo, tmp_path):
    """Every database installs the seeded guides with the same ids and times, so the demo file's guides —
    used by its visits — are "unchanged" in a new database: no second copy of a seeded guide."""
    _, f = _copy(small_demo, tmp_path)
    other = _open(tmp_path / "b.db")
    theirs = {(r["id"], r["key"], r["created_at"]) for r in _tables(f)["guide_template"] if r["key"]}
    ours = {(str(t.id), t.key) for t in other.guides.list_templates(include_inactive=True)}
    assert {(i, k) for i, k, _ in theirs} == ours and len(ours) == 4
    result = other.interchange.import_json(f)
    counts = {t.table: t for t in result.tables}
    assert (counts["guide_template"].new, counts["guide_template"].unchanged) == (0, 4)
    assert len(other.guides.list_templates(include_inactive=True)) == 4
    other.close()


def test_the_format_document_describes_every_exported_table():
    from pathlib import Path

    text = (Path(__file__).parents[2] / "docs" / "interchange.md").read_text("utf-8")
    missing = [name for name in sorted(EXPORTED_TABLES) if f"| `{name}` |" not in text]
    assert not missing, f"docs/interchange.md has no row for {missing}"


def test_a_newer_record_that_would_clash_on_a_unique_value_is_a_rejection(small_demo, tmp_path):
    db_path, f = _copy(small_demo, tmp_path)
    services = _open(db_path)
    changed = {}

    def mutate(doc, block):
        first, second = block["rows"][:2]
        second.update(initials=first["initials"], updated_at="2027-01-01T00:00:00Z")
        changed.update(id=second["id"])

    _edit(f, "consultant", mutate)
    before = dump(db_path)
    with pytest.raises(ImportRejected) as e:
        services.interchange.import_json(f)
    [rej] = e.value.rejections
    assert (rej.table, rej.record_id, rej.field) == ("consultant", changed["id"], "initials")
    assert dump(db_path) == before
    services.close()


def test_column_kinds_a_new_table_may_use_encode_and_decode_back():
    """Other features add tables (audit log, retention log): their column types export without code here."""
    from sqlalchemy import JSON, Column, Float, Integer, MetaData, String, Table

    from jobcrm.services.interchange_format import column_kind, decode, encode

    t = Table("audit_log_example", MetaData(), Column("n", Integer, primary_key=True), Column("share", Float),
              Column("changes", JSON), Column("field", String(60)), Column("at", UTCDateTime()))
    values = {"n": 3, "share": 0.25, "changes": {"city": ["Vejle", "Horsens"]}, "field": "city",
              "at": dt.datetime(2026, 11, 24, 9, 30, tzinfo=dt.UTC)}
    for col in t.columns:
        kind = column_kind(col)
        assert decode(kind, json.loads(json.dumps(encode(kind, values[col.name])))) == values[col.name]
    with pytest.raises(ValueError, match="skal være et tal"):
        decode("float", "1,5")


def test_an_append_only_log_with_local_integer_ids_is_matched_by_content(tmp_path, monkeypatch):
    """The audit and retention logs number their entries per database: a restore keeps the ids, a merge into
    another database appends the entries it lacks (with a new id where the number is taken) and never reports
    another laptop's entry 6 as a conflict with this one's entry 6."""
    from sqlalchemy import Column, Integer, MetaData, String, Table, insert, select

    from jobcrm.services import interchange

    log = Table("example_log", MetaData(), Column("id", Integer, primary_key=True), Column("at", UTCDateTime()),
                Column("what", String(60)))
    real = interchange.exported_tables
    monkeypatch.setattr(interchange, "exported_tables", lambda: [*real(), log])
    assert interchange.is_log_table(log)
    at = dt.datetime(2026, 11, 24, 9, tzinfo=dt.UTC)

    def entries(services):
        with services.engine.connect() as c:
            return [tuple(r) for r in c.execute(select(log.c.id, log.c.what).order_by(log.c.id))]

    def add(services, *rows):
        with services.engine.begin() as c:
            c.execute(insert(log), [{"at": at, **r} for r in rows])

    a, b = _open(tmp_path / "a.db"), _open(tmp_path / "b.db")
    log.create(a.engine)
    log.create(b.engine)
    add(a, {"id": 1, "what": "oprettet"}, {"id": 2, "what": "ændret"}, {"id": 5, "what": "slettet"})
    a.interchange.export_json(tmp_path / "1.json")
    b.interchange.import_json(tmp_path / "1.json")
    b.interchange.export_json(tmp_path / "1b.json")
    assert (tmp_path / "1b.json").read_bytes() == (tmp_path / "1.json").read_bytes()  # ids kept, gap and all

    add(a, {"id": 6, "what": "A's eget"})
    add(b, {"id": 6, "what": "B's eget"})
    a.interchange.export_json(tmp_path / "2.json")
    result = b.interchange.import_json(tmp_path / "2.json")
    counts = next(t for t in result.tables if t.table == "example_log")
    assert (counts.new, counts.unchanged, counts.conflicts) == (1, 3, 0) and result.conflicts == ()
    assert entries(b) == [(1, "oprettet"), (2, "ændret"), (5, "slettet"), (6, "B's eget"), (7, "A's eget")]
    again = b.interchange.import_json(tmp_path / "2.json")
    assert next(t for t in again.tables if t.table == "example_log").new == 0
    a.close()
    b.close()
