"""company employees range, the list's covering index, promise.source_id index

- Antal ansatte from the CVR register comes as an interval ("10-19 ansatte").
  company.employees keeps a number to sort and filter by (the interval's lower bound);
  company.employees_range keeps the interval as shown ("10–19", "1.000+"), NULL when the count is exact.
- ix_company_live_sort_name (sort_name, id) WHERE deleted_at IS NULL: the company list's default order,
  covering the id, so the id snapshot of 100,000 companies is an index-only scan (~30 ms instead of ~150).
- ix_promise_source_id: the contact history shows the promises made in each contact (source_id).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24 12:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN (no batch copy): recreating the company table would drop its search-index triggers.
    op.add_column('company', sa.Column('employees_range', sa.String(length=20), nullable=True))
    op.create_index('ix_company_live_sort_name', 'company', ['sort_name', 'id'], unique=False,
                    sqlite_where=sa.text('deleted_at IS NULL'))
    op.create_index('ix_promise_source_id', 'promise', ['source_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_promise_source_id', table_name='promise')
    op.drop_index('ix_company_live_sort_name', table_name='company', sqlite_where=sa.text('deleted_at IS NULL'))
    op.drop_column('company', 'employees_range')  # SQLite >= 3.35 drops a column in place
