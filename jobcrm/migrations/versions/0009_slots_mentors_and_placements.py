"""slots, mentors and placements: slot, mentor (with a small photo blob), slot_mentor, placement, placement_extension

Revision ID: 0009
Revises: 0008
"""
from alembic import op
import sqlalchemy as sa
import jobcrm.models.base


revision = '0009'
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('mentor',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('company_id', sa.Uuid(), nullable=True),
    sa.Column('organisation', sa.String(length=200), nullable=True),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=True),
    sa.Column('phone', sa.String(length=30), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('competences', sa.String(length=500), nullable=True),
    sa.Column('course_date', sa.Date(), nullable=True),
    sa.Column('max_mentees', sa.Integer(), nullable=False),
    sa.Column('presentation', sa.Text(), nullable=True),
    sa.Column('photo', sa.LargeBinary(), nullable=True),
    sa.Column('photo_type', sa.String(length=30), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', jobcrm.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', jobcrm.models.base.UTCDateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', jobcrm.models.base.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['company_id'], ['company.id'], name=op.f('fk_mentor_company_id_company')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mentor'))
    )
    with op.batch_alter_table('mentor', schema=None) as batch_op:
        batch_op.create_index('ix_mentor_company_id', ['company_id'], unique=False)

    op.create_table('slot',
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('scheme', sa.String(length=30), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('tasks', sa.Text(), nullable=True),
    sa.Column('opportunities', sa.Text(), nullable=True),
    sa.Column('qualifications', sa.Text(), nullable=True),
    sa.Column('special_conditions', sa.Text(), nullable=True),
    sa.Column('hours_per_week', sa.Integer(), nullable=True),
    sa.Column('working_hours', sa.Text(), nullable=True),
    sa.Column('available_from', sa.Date(), nullable=False),
    sa.Column('available_to', sa.Date(), nullable=True),
    sa.Column('capacity', sa.Integer(), nullable=False),
    sa.Column('tags', sa.String(length=500), nullable=True),
    sa.Column('absence_handling', sa.Text(), nullable=True),
    sa.Column('what_to_bring', sa.Text(), nullable=True),
    sa.Column('site_address', sa.String(length=200), nullable=True),
    sa.Column('responsible_id', sa.Uuid(), nullable=True),
    sa.Column('verified_on', sa.Date(), nullable=True),
    sa.Column('verified_by', sa.Uuid(), nullable=True),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('close_reason', sa.Text(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', jobcrm.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', jobcrm.models.base.UTCDateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', jobcrm.models.base.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['company_id'], ['company.id'], name=op.f('fk_slot_company_id_company')),
    sa.ForeignKeyConstraint(['responsible_id'], ['consultant.id'], name=op.f('fk_slot_responsible_id_consultant')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_slot'))
    )
    with op.batch_alter_table('slot', schema=None) as batch_op:
        batch_op.create_index('ix_slot_company_id', ['company_id'], unique=False)
        batch_op.create_index('ix_slot_responsible_id', ['responsible_id'], unique=False)
        batch_op.create_index('ix_slot_scheme', ['scheme'], unique=False)

    op.create_table('placement',
    sa.Column('slot_id', sa.Uuid(), nullable=False),
    sa.Column('candidate_ref', sa.String(length=60), nullable=True),
    sa.Column('candidate_note', sa.Text(), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('planned_end', sa.Date(), nullable=False),
    sa.Column('original_end', sa.Date(), nullable=False),
    sa.Column('hours_per_week', sa.Integer(), nullable=True),
    sa.Column('mentor_id', sa.Uuid(), nullable=True),
    sa.Column('responsible_id', sa.Uuid(), nullable=False),
    sa.Column('first_day_time', sa.String(length=60), nullable=True),
    sa.Column('meeting_point', sa.String(length=200), nullable=True),
    sa.Column('ask_for', sa.String(length=200), nullable=True),
    sa.Column('ended_on', sa.Date(), nullable=True),
    sa.Column('outcome', sa.String(length=30), nullable=True),
    sa.Column('end_note', sa.Text(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', jobcrm.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', jobcrm.models.base.UTCDateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', jobcrm.models.base.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['mentor_id'], ['mentor.id'], name=op.f('fk_placement_mentor_id_mentor')),
    sa.ForeignKeyConstraint(['responsible_id'], ['consultant.id'], name=op.f('fk_placement_responsible_id_consultant')),
    sa.ForeignKeyConstraint(['slot_id'], ['slot.id'], name=op.f('fk_placement_slot_id_slot')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_placement'))
    )
    with op.batch_alter_table('placement', schema=None) as batch_op:
        batch_op.create_index('ix_placement_mentor_id', ['mentor_id'], unique=False)
        batch_op.create_index('ix_placement_responsible_id', ['responsible_id'], unique=False)
        batch_op.create_index('ix_placement_slot_id', ['slot_id'], unique=False)

    op.create_table('slot_mentor',
    sa.Column('slot_id', sa.Uuid(), nullable=False),
    sa.Column('mentor_id', sa.Uuid(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', jobcrm.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', jobcrm.models.base.UTCDateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', jobcrm.models.base.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['mentor_id'], ['mentor.id'], name=op.f('fk_slot_mentor_mentor_id_mentor')),
    sa.ForeignKeyConstraint(['slot_id'], ['slot.id'], name=op.f('fk_slot_mentor_slot_id_slot')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_slot_mentor')),
    sa.UniqueConstraint('slot_id', 'mentor_id', name=op.f('uq_slot_mentor_slot_id'))
    )
    with op.batch_alter_table('slot_mentor', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_slot_mentor_mentor_id'), ['mentor_id'], unique=False)

    op.create_table('placement_extension',
    sa.Column('placement_id', sa.Uuid(), nullable=False),
    sa.Column('from_end', sa.Date(), nullable=False),
    sa.Column('to_end', sa.Date(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', jobcrm.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', jobcrm.models.base.UTCDateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', jobcrm.models.base.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['placement_id'], ['placement.id'], name=op.f('fk_placement_extension_placement_id_placement')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_placement_extension'))
    )
    with op.batch_alter_table('placement_extension', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_placement_extension_placement_id'), ['placement_id'], unique=False)

    with op.batch_alter_table('promise', schema=None) as batch_op:
        batch_op.create_index('ix_promise_source', ['source_kind', 'source_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('promise', schema=None) as batch_op:
        batch_op.drop_index('ix_promise_source')

    with op.batch_alter_table('placement_extension', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_placement_extension_placement_id'))

    op.drop_table('placement_extension')
    with op.batch_alter_table('slot_mentor', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_slot_mentor_mentor_id'))

    op.drop_table('slot_mentor')
    with op.batch_alter_table('placement', schema=None) as batch_op:
        batch_op.drop_index('ix_placement_slot_id')
        batch_op.drop_index('ix_placement_responsible_id')
        batch_op.drop_index('ix_placement_mentor_id')

    op.drop_table('placement')
    with op.batch_alter_table('slot', schema=None) as batch_op:
        batch_op.drop_index('ix_slot_scheme')
        batch_op.drop_index('ix_slot_responsible_id')
        batch_op.drop_index('ix_slot_company_id')

    op.drop_table('slot')
    with op.batch_alter_table('mentor', schema=None) as batch_op:
        batch_op.drop_index('ix_mentor_company_id')

    op.drop_table('mentor')
