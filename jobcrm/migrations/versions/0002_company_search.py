"""company search: an SQLite FTS5 index over companies, their contact persons and their history

One FTS5 row per live company, kept in step by triggers on company, contact_person and contact:

- fts_company          the FTS5 index (unicode61, remove_diacritics 0 so æ ø å stay distinct; prefix indexes)
- fts_company_key      a stable integer key per company id (company has no integer primary key, and
                       its implicit rowid may change on VACUUM)
- fts_company_doc      a view giving the indexed text of each live company
- fts_company_pause    while it holds a row, the triggers do nothing (bulk inserts, then a rebuild)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 10:00:00
"""
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

DOC_VIEW = """
CREATE VIEW IF NOT EXISTS fts_company_doc AS
SELECT
    k.doc_id AS doc_id,
    c.id AS company_id,
    c.name AS name,
    trim(coalesce(c.cvr, '') || ' ' || coalesce(c.p_number, '') || ' ' || replace(coalesce(c.phone, ''), ' ', ''))
        AS numbers,
    trim(coalesce(c.address, '') || ' ' || coalesce(c.postal_code, '') || ' ' || coalesce(c.city, '') || ' '
         || coalesce(c.municipality, '')) AS place,
    (SELECT group_concat(p.name || ' ' || replace(coalesce(p.phone, ''), ' ', '') || ' '
                         || replace(coalesce(p.mobile, ''), ' ', '') || ' ' || coalesce(p.email, ''), ' ')
       FROM contact_person p WHERE p.company_id = c.id AND p.deleted_at IS NULL) AS persons,
    trim(coalesce(c.special_notes, '') || ' ' || coalesce(c.core_business, '') || ' ' || coalesce(c.industry, '')
         || ' ' || coalesce(c.tags, '') || ' ' || coalesce(c.email, '') || ' ' || coalesce(c.web, '')) AS notes,
    (SELECT group_concat(x.summary, ' ') FROM contact x
      WHERE x.company_id = c.id AND x.deleted_at IS NULL) AS history
FROM company c JOIN fts_company_key k ON k.company_id = c.id
WHERE c.deleted_at IS NULL
"""

_ACTIVE = "WHEN NOT EXISTS (SELECT 1 FROM fts_company_pause)"


def _refresh(company: str) -> str:
    """SQL statements (for a trigger body) that re-index one company."""
    return f"""
        DELETE FROM fts_company WHERE rowid = (SELECT doc_id FROM fts_company_key WHERE company_id = {company});
        INSERT INTO fts_company (rowid, name, numbers, place, persons, notes, history)
            SELECT doc_id, name, numbers, place, persons, notes, history FROM fts_company_doc
            WHERE company_id = {company};
    """


COMPANY_TEXT_COLUMNS = ("name, cvr, p_number, address, postal_code, city, municipality, phone, email, web, "
                        "industry, special_notes, core_business, tags, deleted_at")

TRIGGERS = {
    "fts_company_ai": f"""
        CREATE TRIGGER IF NOT EXISTS fts_company_ai AFTER INSERT ON company {_ACTIVE} BEGIN
            INSERT OR IGNORE INTO fts_company_key (company_id) VALUES (new.id);
            {_refresh("new.id")}
        END""",
    "fts_company_au": f"""
        CREATE TRIGGER IF NOT EXISTS fts_company_au AFTER UPDATE OF {COMPANY_TEXT_COLUMNS} ON company {_ACTIVE} BEGIN
            INSERT OR IGNORE INTO fts_company_key (company_id) VALUES (new.id);
            {_refresh("new.id")}
        END""",
    "fts_company_ad": """
        CREATE TRIGGER IF NOT EXISTS fts_company_ad AFTER DELETE ON company BEGIN
            DELETE FROM fts_company WHERE rowid = (SELECT doc_id FROM fts_company_key WHERE company_id = old.id);
            DELETE FROM fts_company_key WHERE company_id = old.id;
        END""",
    "fts_person_ai": f"""
        CREATE TRIGGER IF NOT EXISTS fts_person_ai AFTER INSERT ON contact_person {_ACTIVE} BEGIN
            {_refresh("new.company_id")}
        END""",
    "fts_person_au": f"""
        CREATE TRIGGER IF NOT EXISTS fts_person_au AFTER UPDATE OF name, phone, mobile, email, company_id, deleted_at
        ON contact_person {_ACTIVE} BEGIN
            {_refresh("old.company_id")}
            {_refresh("new.company_id")}
        END""",
    "fts_person_ad": f"""
        CREATE TRIGGER IF NOT EXISTS fts_person_ad AFTER DELETE ON contact_person {_ACTIVE} BEGIN
            {_refresh("old.company_id")}
        END""",
    "fts_contact_ai": f"""
        CREATE TRIGGER IF NOT EXISTS fts_contact_ai AFTER INSERT ON contact {_ACTIVE} BEGIN
            {_refresh("new.company_id")}
        END""",
    "fts_contact_au": f"""
        CREATE TRIGGER IF NOT EXISTS fts_contact_au AFTER UPDATE OF summary, company_id, deleted_at ON contact {_ACTIVE} BEGIN
            {_refresh("old.company_id")}
            {_refresh("new.company_id")}
        END""",
    "fts_contact_ad": f"""
        CREATE TRIGGER IF NOT EXISTS fts_contact_ad AFTER DELETE ON contact {_ACTIVE} BEGIN
            {_refresh("old.company_id")}
        END""",
}


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return  # FTS5 is SQLite's: the team server (PostgreSQL) keeps the tables, not the laptop's search index
    op.execute("CREATE TABLE IF NOT EXISTS fts_company_key (doc_id INTEGER PRIMARY KEY, company_id NOT NULL UNIQUE)")
    op.execute("CREATE TABLE IF NOT EXISTS fts_company_pause (reason TEXT)")
    op.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS fts_company USING fts5("
        "name, numbers, place, persons, notes, history, "
        "tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3')"
    )
    op.execute(DOC_VIEW)
    for sql in TRIGGERS.values():
        op.execute(sql)
    # Index what is already there. (Every statement is idempotent: upgrading a file that already has the
    # index, e.g. one stamped back to 0001, rebuilds it instead of failing.)
    op.execute("DELETE FROM fts_company")
    op.execute("INSERT OR IGNORE INTO fts_company_key (company_id) SELECT id FROM company")
    op.execute("INSERT INTO fts_company (rowid, name, numbers, place, persons, notes, history) "
               "SELECT doc_id, name, numbers, place, persons, notes, history FROM fts_company_doc")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP VIEW IF EXISTS fts_company_doc")
    op.execute("DROP TABLE IF EXISTS fts_company")
    op.execute("DROP TABLE IF EXISTS fts_company_pause")
    op.execute("DROP TABLE IF EXISTS fts_company_key")
