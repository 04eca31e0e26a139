"""job orders: job_order, requirement lines and the referral log

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-25 00:10:14.036036
"""
from alembic import op
import sqlalchemy as sa
import jobcrm.models.base


revision = '0008'
down_revision = "0007"  # re-chained at the merge
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('job_order',
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('contact_person_id', sa.Uuid(), nullable=True),
    sa.Column('owner_id', sa.Uuid(), nullable=True),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=30), nullable=False),
    sa.Column('status_note', sa.Text(), nullable=True),
    sa.Column('status_changed_on', sa.Date(), nullable=True),
    sa.Column('offer_types', sa.String(length=200), nullable=True),
    sa.Column('title', sa.String(length=200), nullable=True),
    sa.Column('positions', sa.Integer(), nullable=False),
    sa.Column('work_content', sa.Text(), nullable=True),
    sa.Column('professional_quals', sa.Text(), nullable=True),
    sa.Column('personal_quals', sa.Text(), nullable=True),
    sa.Column('physical_demands', sa.Text(), nullable=True),
    sa.Column('culture', sa.Text(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('hours', sa.String(length=100), nullable=True),
    sa.Column('working_times', sa.Text(), nullable=True),
    sa.Column('employment', sa.String(length=20), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('contact_form', sa.String(length=20), nullable=True),
    sa.Column('cvs_wanted', sa.Integer(), nullable=True),
    sa.Column('cv_deadline', sa.Date(), nullable=True),
    sa.Column('wish_retention', sa.Boolean(), nullable=False),
    sa.Column('wish_competence', sa.Boolean(), nullable=False),
    sa.Column('retention_promise_id', sa.Uuid(), nullable=True),
    sa.Column('competence_promise_id', sa.Uuid(), nullable=True),
    sa.Column('search_responsible_id', sa.Uuid(), nullable=True),
    sa.Column('feedback_responsible_id', sa.Uuid(), nullable=True),
    sa.Column('feedback_deadline', sa.Date(), nullable=True),
    sa.Column('feedback_promise_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', jobcrm.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', jobcrm.models.base.UTCDateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', jobcrm.models.base.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['company_id'], ['company.id'], name=op.f('fk_job_order_company_id_company')),
    sa.ForeignKeyConstraint(['competence_promise_id'], ['promise.id'], name=op.f('fk_job_order_competence_promise_id_promise')),
    sa.ForeignKeyConstraint(['contact_person_id'], ['contact_person.id'], name=op.f('fk_job_order_contact_person_id_contact_person')),
    sa.ForeignKeyConstraint(['feedback_promise_id'], ['promise.id'], name=op.f('fk_job_order_feedback_promise_id_promise')),
    sa.ForeignKeyConstraint(['feedback_responsible_id'], ['consultant.id'], name=op.f('fk_job_order_feedback_responsible_id_consultant')),
    sa.ForeignKeyConstraint(['owner_id'], ['consultant.id'], name=op.f('fk_job_order_owner_id_consultant')),
    sa.ForeignKeyConstraint(['retention_promise_id'], ['promise.id'], name=op.f('fk_job_order_retention_promise_id_promise')),
    sa.ForeignKeyConstraint(['search_responsible_id'], ['consultant.id'], name=op.f('fk_job_order_search_responsible_id_consultant')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_job_order'))
    )
    with op.batch_alter_table('job_order', schema=None) as batch_op:
        batch_op.create_index('ix_job_order_company_id', ['company_id'], unique=False)
        batch_op.create_index('ix_job_order_feedback_deadline', ['feedback_deadline'], unique=False)
        batch_op.create_index('ix_job_order_feedback_responsible_id', ['feedback_responsible_id'], unique=False)
        batch_op.create_index('ix_job_order_owner_id', ['owner_id'], unique=False)
        batch_op.create_index('ix_job_order_search_responsible_id', ['search_responsible_id'], unique=False)
        batch_op.create_index('ix_job_order_status_received', ['status', 'received_on'], unique=False)

    op.create_table('job_order_referral',
    sa.Column('order_id', sa.Uuid(), nullable=False),
    sa.Column('candidate_ref', sa.String(length=60), nullable=False),
    sa.Column('sent_on', sa.Date(), nullable=False),
    sa.Column('consent', sa.Boolean(), nullable=False),
    sa.Column('response', sa.String(length=20), nullable=False),
    sa.Column('responded_on', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', jobcrm.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', jobcrm.models.base.UTCDateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', jobcrm.models.base.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['order_id'], ['job_order.id'], name=op.f('fk_job_order_referral_order_id_job_order')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_job_order_referral'))
    )
    with op.batch_alter_table('job_order_referral', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_job_order_referral_order_id'), ['order_id'], unique=False)

    op.create_table('job_order_requirement',
    sa.Column('order_id', sa.Uuid(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('text', sa.String(length=300), nullable=False),
    sa.Column('priority', sa.String(length=20), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', jobcrm.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', jobcrm.models.base.UTCDateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', jobcrm.models.base.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['order_id'], ['job_order.id'], name=op.f('fk_job_order_requirement_order_id_job_order')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_job_order_requirement'))
    )
    with op.batch_alter_table('job_order_requirement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_job_order_requirement_order_id'), ['order_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('job_order_requirement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_job_order_requirement_order_id'))

    op.drop_table('job_order_requirement')
    with op.batch_alter_table('job_order_referral', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_job_order_referral_order_id'))

    op.drop_table('job_order_referral')
    with op.batch_alter_table('job_order', schema=None) as batch_op:
        batch_op.drop_index('ix_job_order_status_received')
        batch_op.drop_index('ix_job_order_search_responsible_id')
        batch_op.drop_index('ix_job_order_owner_id')
        batch_op.drop_index('ix_job_order_feedback_responsible_id')
        batch_op.drop_index('ix_job_order_feedback_deadline')
        batch_op.drop_index('ix_job_order_company_id')

    op.drop_table('job_order')
