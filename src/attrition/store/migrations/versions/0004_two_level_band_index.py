"""near-duplicate band index in two levels: doc_bands keyed by (key, doc_id), doc_bands_recent

The band index had a surrogate id and two secondary indexes (key, doc_id): every band key of every
document was a random insert into large B-trees. Now ``doc_bands`` is one B-tree on (key, doc_id)
(WITHOUT ROWID on SQLite, no foreign key: a derived index), fed in sorted bulk merges from the
small ``doc_bands_recent`` that takes the keys of newly stored documents. Existing keys are kept.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def _band_table(name: str) -> None:
    op.create_table(name,
    sa.Column('key', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('doc_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('key', 'doc_id'),
    sqlite_with_rowid=False,
    )


def upgrade() -> None:
    # the old rows wait in doc_bands_recent while doc_bands is rebuilt, then move over sorted by key
    _band_table('doc_bands_recent')
    op.execute('INSERT INTO doc_bands_recent ("key", doc_id) SELECT DISTINCT "key", doc_id FROM doc_bands')
    with op.batch_alter_table('doc_bands', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_doc_bands_key'))
        batch_op.drop_index(batch_op.f('ix_doc_bands_doc_id'))
    op.drop_table('doc_bands')
    _band_table('doc_bands')
    op.execute('INSERT INTO doc_bands ("key", doc_id) SELECT "key", doc_id FROM doc_bands_recent ORDER BY "key", doc_id')
    op.execute('DELETE FROM doc_bands_recent')


def downgrade() -> None:
    op.execute('INSERT INTO doc_bands_recent ("key", doc_id) SELECT "key", doc_id FROM doc_bands b '
               'WHERE NOT EXISTS (SELECT 1 FROM doc_bands_recent r WHERE r."key" = b."key" AND r.doc_id = b.doc_id)')
    op.drop_table('doc_bands')
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
    # rows of documents that are gone would break the foreign key: only those of stored documents
    op.execute('INSERT INTO doc_bands ("key", doc_id) SELECT r."key", r.doc_id FROM doc_bands_recent r '
               'JOIN documents d ON d.id = r.doc_id')
    op.drop_table('doc_bands_recent')
