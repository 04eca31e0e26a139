"""audit and retention: audit_log (who created, changed or deleted what, and when) and retention_log (what the
GDPR purge removed: kind, how many, when, the cutoff)

Revision ID: 0014
Revises: 0013
"""
from alembic import op
import sqlalchemy as sa
import jobcrm.models.base


revision = '0014'
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', jobcrm.models.base.UTCDateTime(), nullable=False),
    sa.Column('actor_id', sa.Uuid(), nullable=True),
    sa.Column('action', sa.String(length=10), nullable=False),
    sa.Column('record_kind', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.Uuid(), nullable=False),
    sa.Column('company_id', sa.Uuid(), nullable=True),
    sa.Column('field', sa.String(length=60), nullable=True),
    sa.Column('old_value', sa.Text(), nullable=True),
    sa.Column('new_value', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index('ix_audit_log_company_at', ['company_id', 'at', 'id'], unique=False)
        batch_op.create_index('ix_audit_log_record', ['record_kind', 'record_id', 'at'], unique=False)
        batch_op.create_index('ix_audit_log_at', ['at'], unique=False)

    op.create_table('retention_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', jobcrm.models.base.UTCDateTime(), nullable=False),
    sa.Column('kind', sa.String(length=60), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.Column('cutoff', sa.Date(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_retention_log'))
    )


def downgrade() -> None:
    op.drop_table('retention_log')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_log_at')
        batch_op.drop_index('ix_audit_log_record')
        batch_op.drop_index('ix_audit_log_company_at')
    op.drop_table('audit_log')
