"""company merge: the audit trail of merging a duplicate company into the one kept

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24 23:45:30.457382
"""
from alembic import op
import sqlalchemy as sa
import jobcrm.models.base


revision = '0004'
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('company_merge',
    sa.Column('kept_id', sa.Uuid(), nullable=False),
    sa.Column('removed_id', sa.Uuid(), nullable=False),
    sa.Column('removed_name', sa.String(length=200), nullable=False),
    sa.Column('removed_cvr', sa.String(length=8), nullable=True),
    sa.Column('moved_persons', sa.Integer(), nullable=False),
    sa.Column('moved_contacts', sa.Integer(), nullable=False),
    sa.Column('moved_promises', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', jobcrm.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', jobcrm.models.base.UTCDateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', jobcrm.models.base.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['kept_id'], ['company.id'], name=op.f('fk_company_merge_kept_id_company')),
    sa.ForeignKeyConstraint(['removed_id'], ['company.id'], name=op.f('fk_company_merge_removed_id_company')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_company_merge'))
    )
    with op.batch_alter_table('company_merge', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_company_merge_kept_id'), ['kept_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_company_merge_removed_id'), ['removed_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('company_merge', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_company_merge_removed_id'))
        batch_op.drop_index(batch_op.f('ix_company_merge_kept_id'))

    op.drop_table('company_merge')
