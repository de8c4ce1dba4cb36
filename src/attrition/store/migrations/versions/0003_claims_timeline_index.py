"""claims: composite index (category, side, as_of) for the timeline of one category and side

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""
from __future__ import annotations

from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_claims_category_side_as_of', 'claims', ['category', 'side', 'as_of'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_claims_category_side_as_of', table_name='claims')
