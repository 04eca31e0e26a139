"""visits and visit guides: visit, visit_participant, guide_template, guide_template_version (the whole
structure as JSON per version, so old versions still render), guide_answer, visit_agreement

The four seeded templates are installed by GuideService.ensure_seeded() at start-up (not here), so this
revision never changes when a seed's wording is corrected.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-25 00:06:16.489572
"""
from alembic import op
import sqlalchemy as sa
import jobcrm.models.base


revision = '0007'
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('guide_template',
    sa.Column('key', sa.String(length=40), nullable=True),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('current_version', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', jobcrm.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', jobcrm.models.base.UTCDateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', jobcrm.models.base.UTCDateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_guide_template')),
    sa.UniqueConstraint('key', name=op.f('uq_guide_template_key'))
    )
    op.create_table('guide_template_version',
    sa.Column('template_id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('content_json', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', jobcrm.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', jobcrm.models.base.UTCDateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', jobcrm.models.base.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['template_id'], ['guide_template.id'], name=op.f('fk_guide_template_version_template_id_guide_template')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_guide_template_version')),
    sa.UniqueConstraint('template_id', 'version', name='uq_guide_template_version_number')
    )
    with op.batch_alter_table('guide_template_version', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_guide_template_version_template_id'), ['template_id'], unique=False)

    op.create_table('visit',
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('consultant_id', sa.Uuid(), nullable=False),
    sa.Column('contact_person_id', sa.Uuid(), nullable=True),
    sa.Column('start_at', jobcrm.models.base.UTCDateTime(), nullable=False),
    sa.Column('end_at', jobcrm.models.base.UTCDateTime(), nullable=False),
    sa.Column('place', sa.String(length=300), nullable=True),
    sa.Column('visit_type', sa.String(length=20), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('status_reason', sa.Text(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('moved_from_id', sa.Uuid(), nullable=True),
    sa.Column('template_id', sa.Uuid(), nullable=True),
    sa.Column('template_version_id', sa.Uuid(), nullable=True),
    sa.Column('guide_started_at', jobcrm.models.base.UTCDateTime(), nullable=True),
    sa.Column('guide_saved_at', jobcrm.models.base.UTCDateTime(), nullable=True),
    sa.Column('labour_need', sa.String(length=20), nullable=True),
    sa.Column('labour_need_when', sa.String(length=200), nullable=True),
    sa.Column('labour_need_why', sa.Text(), nullable=True),
    sa.Column('schemes_presented', sa.String(length=500), nullable=True),
    sa.Column('material_handed_over', sa.String(length=500), nullable=True),
    sa.Column('material_other', sa.String(length=300), nullable=True),
    sa.Column('summary', sa.Text(), nullable=True),
    sa.Column('registered_at', jobcrm.models.base.UTCDateTime(), nullable=True),
    sa.Column('contact_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', jobcrm.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', jobcrm.models.base.UTCDateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', jobcrm.models.base.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['company_id'], ['company.id'], name=op.f('fk_visit_company_id_company')),
    sa.ForeignKeyConstraint(['consultant_id'], ['consultant.id'], name=op.f('fk_visit_consultant_id_consultant')),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_visit_contact_id_contact')),
    sa.ForeignKeyConstraint(['contact_person_id'], ['contact_person.id'], name=op.f('fk_visit_contact_person_id_contact_person')),
    sa.ForeignKeyConstraint(['moved_from_id'], ['visit.id'], name=op.f('fk_visit_moved_from_id_visit')),
    sa.ForeignKeyConstraint(['template_id'], ['guide_template.id'], name=op.f('fk_visit_template_id_guide_template')),
    sa.ForeignKeyConstraint(['template_version_id'], ['guide_template_version.id'], name=op.f('fk_visit_template_version_id_guide_template_version')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_visit'))
    )
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.create_index('ix_visit_company_start', ['company_id', 'start_at'], unique=False)
        batch_op.create_index('ix_visit_consultant_start', ['consultant_id', 'start_at'], unique=False)
        batch_op.create_index('ix_visit_start', ['start_at'], unique=False)
        batch_op.create_index('ix_visit_status_end', ['status', 'end_at'], unique=False)

    op.create_table('guide_answer',
    sa.Column('visit_id', sa.Uuid(), nullable=False),
    sa.Column('version_id', sa.Uuid(), nullable=False),
    sa.Column('item_key', sa.String(length=60), nullable=False),
    sa.Column('value_json', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', jobcrm.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', jobcrm.models.base.UTCDateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', jobcrm.models.base.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['version_id'], ['guide_template_version.id'], name=op.f('fk_guide_answer_version_id_guide_template_version')),
    sa.ForeignKeyConstraint(['visit_id'], ['visit.id'], name=op.f('fk_guide_answer_visit_id_visit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_guide_answer')),
    sa.UniqueConstraint('visit_id', 'item_key', name='uq_guide_answer_visit_item')
    )
    op.create_table('visit_agreement',
    sa.Column('visit_id', sa.Uuid(), nullable=False),
    sa.Column('item_key', sa.String(length=60), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('promised_by', sa.String(length=20), nullable=False),
    sa.Column('responsible_id', sa.Uuid(), nullable=True),
    sa.Column('due_text', sa.String(length=60), nullable=True),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('purpose', sa.String(length=40), nullable=False),
    sa.Column('promise_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', jobcrm.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', jobcrm.models.base.UTCDateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', jobcrm.models.base.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['promise_id'], ['promise.id'], name=op.f('fk_visit_agreement_promise_id_promise')),
    sa.ForeignKeyConstraint(['responsible_id'], ['consultant.id'], name=op.f('fk_visit_agreement_responsible_id_consultant')),
    sa.ForeignKeyConstraint(['visit_id'], ['visit.id'], name=op.f('fk_visit_agreement_visit_id_visit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_visit_agreement'))
    )
    with op.batch_alter_table('visit_agreement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_visit_agreement_visit_id'), ['visit_id'], unique=False)

    op.create_table('visit_participant',
    sa.Column('visit_id', sa.Uuid(), nullable=False),
    sa.Column('consultant_id', sa.Uuid(), nullable=True),
    sa.Column('person_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', jobcrm.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', jobcrm.models.base.UTCDateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', jobcrm.models.base.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['consultant_id'], ['consultant.id'], name=op.f('fk_visit_participant_consultant_id_consultant')),
    sa.ForeignKeyConstraint(['person_id'], ['contact_person.id'], name=op.f('fk_visit_participant_person_id_contact_person')),
    sa.ForeignKeyConstraint(['visit_id'], ['visit.id'], name=op.f('fk_visit_participant_visit_id_visit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_visit_participant'))
    )
    with op.batch_alter_table('visit_participant', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_visit_participant_consultant_id'), ['consultant_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_visit_participant_visit_id'), ['visit_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('visit_participant', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_visit_participant_visit_id'))
        batch_op.drop_index(batch_op.f('ix_visit_participant_consultant_id'))

    op.drop_table('visit_participant')
    with op.batch_alter_table('visit_agreement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_visit_agreement_visit_id'))

    op.drop_table('visit_agreement')
    op.drop_table('guide_answer')
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.drop_index('ix_visit_status_end')
        batch_op.drop_index('ix_visit_start')
        batch_op.drop_index('ix_visit_consultant_start')
        batch_op.drop_index('ix_visit_company_start')

    op.drop_table('visit')
    with op.batch_alter_table('guide_template_version', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_guide_template_version_template_id'))

    op.drop_table('guide_template_version')
    op.drop_table('guide_template')
