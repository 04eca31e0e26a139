"""company employees range: keep "10-19 ansatte" from a CVR extract as text beside the number

Antal ansatte from the CVR register comes as an interval. company.employees keeps a number to sort
and filter by (the interval's lower bound); company.employees_range keeps the interval as shown
("10–19", "1.000+"). NULL when the count is exact.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24 12:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN (no batch copy): recreating the company table would drop its search-index triggers.
    op.add_column('company', sa.Column('employees_range', sa.String(length=20), nullable=True))


def downgrade() -> None:
    op.drop_column('company', 'employees_range')  # SQLite >= 3.35 drops a column in place
