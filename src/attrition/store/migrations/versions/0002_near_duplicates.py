"""near-duplicate detection: MinHash signatures and LSH band keys

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('doc_bands',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('key', sa.BigInteger(), nullable=False),
    sa.Column('doc_id', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['doc_id'], ['documents.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('doc_bands', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_doc_bands_doc_id'), ['doc_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_doc_bands_key'), ['key'], unique=False)

    op.create_table('doc_signatures',
    sa.Column('doc_id', sa.String(length=64), nullable=False),
    sa.Column('minhash', sa.LargeBinary(), nullable=False),
    sa.ForeignKeyConstraint(['doc_id'], ['documents.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('doc_id')
    )


def downgrade() -> None:
    op.drop_table('doc_signatures')
    with op.batch_alter_table('doc_bands', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_doc_bands_key'))
        batch_op.drop_index(batch_op.f('ix_doc_bands_doc_id'))

    op.drop_table('doc_bands')
