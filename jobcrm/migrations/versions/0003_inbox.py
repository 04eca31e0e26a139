"""inbox: promise history events (done, cancelled, handed over) and when a promise was cancelled

Revision ID: 0003
Revises: 0002
"""
from alembic import op
import sqlalchemy as sa
import jobcrm.models.base


revision = '0003'
down_revision = "0002"  # re-chained after 0002 (company search) at the merge
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('promise_event',
    sa.Column('promise_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('from_consultant_id', sa.Uuid(), nullable=True),
    sa.Column('to_consultant_id', sa.Uuid(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', jobcrm.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', jobcrm.models.base.UTCDateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', jobcrm.models.base.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['from_consultant_id'], ['consultant.id'], name=op.f('fk_promise_event_from_consultant_id_consultant')),
    sa.ForeignKeyConstraint(['promise_id'], ['promise.id'], name=op.f('fk_promise_event_promise_id_promise')),
    sa.ForeignKeyConstraint(['to_consultant_id'], ['consultant.id'], name=op.f('fk_promise_event_to_consultant_id_consultant')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_promise_event'))
    )
    with op.batch_alter_table('promise_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_promise_event_promise_id'), ['promise_id'], unique=False)

    with op.batch_alter_table('promise', schema=None) as batch_op:
        batch_op.add_column(sa.Column('cancelled_at', jobcrm.models.base.UTCDateTime(), nullable=True))



def downgrade() -> None:
    with op.batch_alter_table('promise', schema=None) as batch_op:
        batch_op.drop_column('cancelled_at')

    with op.batch_alter_table('promise_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_promise_event_promise_id'))

    op.drop_table('promise_event')
