"""scale indexes: the company list, the company card's promises and the team table at job-centre scale

(ix_company_live_sort_name, the company list's covering index, came with 0005.)
- ix_promise_company_status_due  replaces ix_promise_company_status: a company's open promises come in
                              due-date order straight from the index (SQLite otherwise walked every open
                              promise through ix_promise_status_due)
- ix_promise_responsible_status_done  promise (responsible_id, status, done_at, due_date, due_time,
                              deleted_at): the team table reads a consultant's open promises and those done
                              in the last 90 days as two ranges of this covering index, instead of every
                              promise row of the consultant's whole history

Revision ID: 0011
Revises: 0009
Create Date: 2026-11-25 09:00:00
"""
from alembic import op

revision = "0011"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # ix_company_live_sort_name (company list) is created by 0005, which landed first with the same index.
    op.drop_index("ix_promise_company_status", table_name="promise")
    op.create_index("ix_promise_company_status_due", "promise", ["company_id", "status", "due_date"], unique=False)
    op.create_index("ix_promise_responsible_status_done", "promise",
                    ["responsible_id", "status", "done_at", "due_date", "due_time", "deleted_at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_promise_responsible_status_done", table_name="promise")
    op.drop_index("ix_promise_company_status_due", table_name="promise")
    op.create_index("ix_promise_company_status", "promise", ["company_id", "status"], unique=False)
