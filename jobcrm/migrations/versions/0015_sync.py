"""sync bookkeeping on the laptop (issue 10): sync_outbox (changes captured by triggers), sync_push (staged
changes with stable ids), sync_row_clock (per-field HLC stamps), sync_conflict (the values that lost), sync_state.
The capture triggers themselves are installed by jobcrm/sync/capture.py when a team server is configured (they
are generated from the models, so tables added later are covered without a migration).

Revision ID: 0015
Revises: 0014
"""
from alembic import op
import sqlalchemy as sa
import jobcrm.models.base


revision = '0015'
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sync_conflict',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('server_seq', sa.BigInteger(), nullable=False),
    sa.Column('tbl', sa.String(length=64), nullable=False),
    sa.Column('row_key', sa.Text(), nullable=False),
    sa.Column('field', sa.String(length=64), nullable=False),
    sa.Column('kept_value', sa.Text(), nullable=True),
    sa.Column('lost_value', sa.Text(), nullable=True),
    sa.Column('kept_actor', sa.String(length=80), nullable=True),
    sa.Column('lost_actor', sa.String(length=80), nullable=True),
    sa.Column('detected_at', jobcrm.models.base.UTCDateTime(), nullable=False),
    sa.Column('restored_at', jobcrm.models.base.UTCDateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_conflict')),
    sa.UniqueConstraint('server_seq', name=op.f('uq_sync_conflict_server_seq'))
    )
    op.create_table('sync_outbox',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('tbl', sa.String(length=64), nullable=False),
    sa.Column('row_key', sa.Text(), nullable=False),
    sa.Column('op', sa.String(length=1), nullable=False),
    sa.Column('cols', sa.Text(), nullable=True),
    sa.Column('at_ms', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_sync_outbox')),
    sqlite_autoincrement=True
    )
    op.create_table('sync_push',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('change_id', sa.Uuid(), nullable=False),
    sa.Column('tbl', sa.String(length=64), nullable=False),
    sa.Column('row_key', sa.Text(), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_sync_push')),
    sa.UniqueConstraint('change_id', name=op.f('uq_sync_push_change_id')),
    sqlite_autoincrement=True
    )
    op.create_table('sync_row_clock',
    sa.Column('tbl', sa.String(length=64), nullable=False),
    sa.Column('row_key', sa.Text(), nullable=False),
    sa.Column('clocks', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('tbl', 'row_key', name=op.f('pk_sync_row_clock'))
    )
    op.create_table('sync_state',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_sync_state'))
    )


def downgrade() -> None:
    op.drop_table('sync_state')
    op.drop_table('sync_row_clock')
    op.drop_table('sync_push')
    op.drop_table('sync_outbox')
    op.drop_table('sync_conflict')
