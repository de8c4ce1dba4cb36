"""claims: drop the single-column category index (the (category, side, as_of) index serves it)

Every claim insert paid for both; queries by category use the composite index's prefix.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22
"""
from __future__ import annotations

from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index('ix_claims_category', table_name='claims')


def downgrade() -> None:
    op.create_index('ix_claims_category', 'claims', ['category'], unique=False)
