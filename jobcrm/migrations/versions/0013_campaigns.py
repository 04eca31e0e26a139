"""campaigns: campaign, campaign_target (the call list, with the reason a company was left out), campaign_call,
campaign_agreement (agreements registered from campaign visits, by type)

Revision ID: 0013
Revises: 0011
"""
from alembic import op
import sqlalchemy as sa
import jobcrm.models.base


revision = '0013'
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('campaign',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('purpose', sa.Text(), nullable=True),
    sa.Column('message', sa.Text(), nullable=True),
    sa.Column('material', sa.Text(), nullable=True),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=False),
    sa.Column('template_id', sa.Uuid(), nullable=True),
    sa.Column('visit_minutes', sa.Integer(), nullable=False),
    sa.Column('owner_id', sa.Uuid(), nullable=True),
    sa.Column('criteria_json', sa.Text(), nullable=False),
    sa.Column('closed', sa.Boolean(), nullable=False),
    sa.Column('previous_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', jobcrm.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', jobcrm.models.base.UTCDateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', jobcrm.models.base.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['owner_id'], ['consultant.id'], name=op.f('fk_campaign_owner_id_consultant')),
    sa.ForeignKeyConstraint(['previous_id'], ['campaign.id'], name=op.f('fk_campaign_previous_id_campaign')),
    sa.ForeignKeyConstraint(['template_id'], ['guide_template.id'], name=op.f('fk_campaign_template_id_guide_template')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_campaign'))
    )
    op.create_table('campaign_agreement',
    sa.Column('campaign_id', sa.Uuid(), nullable=False),
    sa.Column('visit_id', sa.Uuid(), nullable=False),
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('consultant_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('places', sa.Integer(), nullable=False),
    sa.Column('note', sa.String(length=300), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', jobcrm.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', jobcrm.models.base.UTCDateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', jobcrm.models.base.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['campaign_id'], ['campaign.id'], name=op.f('fk_campaign_agreement_campaign_id_campaign')),
    sa.ForeignKeyConstraint(['company_id'], ['company.id'], name=op.f('fk_campaign_agreement_company_id_company')),
    sa.ForeignKeyConstraint(['consultant_id'], ['consultant.id'], name=op.f('fk_campaign_agreement_consultant_id_consultant')),
    sa.ForeignKeyConstraint(['visit_id'], ['visit.id'], name=op.f('fk_campaign_agreement_visit_id_visit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_campaign_agreement'))
    )
    with op.batch_alter_table('campaign_agreement', schema=None) as batch_op:
        batch_op.create_index('ix_campaign_agreement_campaign_kind', ['campaign_id', 'kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_campaign_agreement_visit_id'), ['visit_id'], unique=False)

    op.create_table('campaign_target',
    sa.Column('campaign_id', sa.Uuid(), nullable=False),
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('excluded', sa.String(length=30), nullable=True),
    sa.Column('excluded_detail', sa.String(length=300), nullable=True),
    sa.Column('included_anyway', sa.Boolean(), nullable=False),
    sa.Column('last_outcome', sa.String(length=20), nullable=True),
    sa.Column('last_call_at', jobcrm.models.base.UTCDateTime(), nullable=True),
    sa.Column('last_caller_id', sa.Uuid(), nullable=True),
    sa.Column('calls', sa.Integer(), nullable=False),
    sa.Column('call_again_on', sa.Date(), nullable=True),
    sa.Column('visit_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', jobcrm.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', jobcrm.models.base.UTCDateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', jobcrm.models.base.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['campaign_id'], ['campaign.id'], name=op.f('fk_campaign_target_campaign_id_campaign')),
    sa.ForeignKeyConstraint(['company_id'], ['company.id'], name=op.f('fk_campaign_target_company_id_company')),
    sa.ForeignKeyConstraint(['last_caller_id'], ['consultant.id'], name=op.f('fk_campaign_target_last_caller_id_consultant')),
    sa.ForeignKeyConstraint(['visit_id'], ['visit.id'], name=op.f('fk_campaign_target_visit_id_visit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_campaign_target')),
    sa.UniqueConstraint('campaign_id', 'company_id', name='uq_campaign_target_company')
    )
    with op.batch_alter_table('campaign_target', schema=None) as batch_op:
        batch_op.create_index('ix_campaign_target_company_id', ['company_id'], unique=False)
        batch_op.create_index('ix_campaign_target_list', ['campaign_id', 'excluded', 'position'], unique=False)

    op.create_table('campaign_call',
    sa.Column('campaign_id', sa.Uuid(), nullable=False),
    sa.Column('target_id', sa.Uuid(), nullable=False),
    sa.Column('company_id', sa.Uuid(), nullable=False),
    sa.Column('caller_id', sa.Uuid(), nullable=True),
    sa.Column('called_at', jobcrm.models.base.UTCDateTime(), nullable=False),
    sa.Column('outcome', sa.String(length=20), nullable=False),
    sa.Column('reason', sa.String(length=30), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('consultant_id', sa.Uuid(), nullable=True),
    sa.Column('visit_id', sa.Uuid(), nullable=True),
    sa.Column('promise_id', sa.Uuid(), nullable=True),
    sa.Column('contact_id', sa.Uuid(), nullable=True),
    sa.Column('lead_days', sa.Integer(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', jobcrm.models.base.UTCDateTime(), nullable=False),
    sa.Column('updated_at', jobcrm.models.base.UTCDateTime(), nullable=False),
    sa.Column('created_by', sa.Uuid(), nullable=True),
    sa.Column('updated_by', sa.Uuid(), nullable=True),
    sa.Column('deleted_at', jobcrm.models.base.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['caller_id'], ['consultant.id'], name=op.f('fk_campaign_call_caller_id_consultant')),
    sa.ForeignKeyConstraint(['campaign_id'], ['campaign.id'], name=op.f('fk_campaign_call_campaign_id_campaign')),
    sa.ForeignKeyConstraint(['company_id'], ['company.id'], name=op.f('fk_campaign_call_company_id_company')),
    sa.ForeignKeyConstraint(['consultant_id'], ['consultant.id'], name=op.f('fk_campaign_call_consultant_id_consultant')),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_campaign_call_contact_id_contact')),
    sa.ForeignKeyConstraint(['promise_id'], ['promise.id'], name=op.f('fk_campaign_call_promise_id_promise')),
    sa.ForeignKeyConstraint(['target_id'], ['campaign_target.id'], name=op.f('fk_campaign_call_target_id_campaign_target')),
    sa.ForeignKeyConstraint(['visit_id'], ['visit.id'], name=op.f('fk_campaign_call_visit_id_visit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_campaign_call'))
    )
    with op.batch_alter_table('campaign_call', schema=None) as batch_op:
        batch_op.create_index('ix_campaign_call_campaign_time', ['campaign_id', 'called_at'], unique=False)
        batch_op.create_index('ix_campaign_call_company_time', ['company_id', 'called_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_campaign_call_target_id'), ['target_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('campaign_call', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_campaign_call_target_id'))
        batch_op.drop_index('ix_campaign_call_company_time')
        batch_op.drop_index('ix_campaign_call_campaign_time')

    op.drop_table('campaign_call')
    with op.batch_alter_table('campaign_target', schema=None) as batch_op:
        batch_op.drop_index('ix_campaign_target_list')
        batch_op.drop_index('ix_campaign_target_company_id')

    op.drop_table('campaign_target')
    with op.batch_alter_table('campaign_agreement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_campaign_agreement_visit_id'))
        batch_op.drop_index('ix_campaign_agreement_campaign_kind')

    op.drop_table('campaign_agreement')
    op.drop_table('campaign')
