"""Ledger schema (SQLAlchemy 2). Alembic migrations in ``store/migrations`` mirror this file."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (JSON, BigInteger, Date, DateTime, Float, ForeignKey, Index, Integer,
                        LargeBinary, String, Text, UniqueConstraint)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Document(Base):
    __tablename__ = "documents"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    url: Mapped[str | None] = mapped_column(Text)
    canonical_url: Mapped[str | None] = mapped_column(Text, index=True)
    source: Mapped[str | None] = mapped_column(Text)  # path or URL it was ingested from
    title: Mapped[str | None] = mapped_column(Text)
    outlet: Mapped[str | None] = mapped_column(String(200))
    language: Mapped[str | None] = mapped_column(String(16))
    published: Mapped[date | None] = mapped_column(Date, index=True)
    # how the date was found: given | htmldate | date-line | yyyymmdd-line | url | feed | inferred
    published_source: Mapped[str | None] = mapped_column(String(32))
    published_evidence: Mapped[str | None] = mapped_column(Text)  # e.g. figures that pinned an inferred date
    text: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    ingested_at: Mapped[datetime] = mapped_column(DateTime)
    duplicate_of: Mapped[str | None] = mapped_column(ForeignKey("documents.id"), index=True)
    extractor_version: Mapped[str | None] = mapped_column(String(32))
    meta: Mapped[dict | None] = mapped_column(JSON)

    claims: Mapped[list["ClaimRow"]] = relationship(back_populates="document", cascade="all, delete-orphan",
                                                    order_by="ClaimRow.start")


class ClaimRow(Base):
    __tablename__ = "claims"
    __table_args__ = (Index("ix_claims_category_side_as_of", "category", "side", "as_of"),)  # timelines

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    doc_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    value: Mapped[float] = mapped_column(Float)
    value_max: Mapped[float | None] = mapped_column(Float)
    qualifier: Mapped[str] = mapped_column(String(20))
    side: Mapped[str] = mapped_column(String(40), index=True)
    category: Mapped[str] = mapped_column(String(120))   # served by ix_claims_category_side_as_of
    outcome: Mapped[str] = mapped_column(String(20))
    period: Mapped[str] = mapped_column(String(20))
    rate_unit: Mapped[str | None] = mapped_column(String(10))
    as_of: Mapped[date | None] = mapped_column(Date, index=True)
    claimant: Mapped[str] = mapped_column(String(40), index=True)
    claimant_name: Mapped[str | None] = mapped_column(Text)
    scope: Mapped[str] = mapped_column(String(10))
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    extractor_version: Mapped[str] = mapped_column(String(32))

    document: Mapped[Document] = relationship(back_populates="claims")
    verdict: Mapped["Verdict | None"] = relationship(back_populates="claim", cascade="all, delete-orphan",
                                                     uselist=False)


class DocSignature(Base):
    """A document's MinHash signature, kept so near-duplicate detection works across runs."""

    __tablename__ = "doc_signatures"

    doc_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True)
    minhash: Mapped[bytes] = mapped_column(LargeBinary)  # num_perm uint32 values


class DocBand(Base):
    """One LSH band key of an original document's signature: documents sharing a key are near-dup
    candidates. The large, merged part of the band index (see :class:`RecentBand`).

    A derived index, keyed by (key, doc_id) alone (on SQLite a WITHOUT ROWID table: one B-tree), with
    no foreign key: a row whose document is gone is ignored (candidates are checked against
    ``doc_signatures``, which does cascade).
    """

    __tablename__ = "doc_bands"
    __table_args__ = {"sqlite_with_rowid": False}

    key: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    doc_id: Mapped[str] = mapped_column(String(64), primary_key=True)


class RecentBand(Base):
    """Band keys of recently stored documents, moved into :class:`DocBand` in bulk.

    Inserting keys one document at a time into a large random-keyed index rewrites most of its pages
    in every transaction; a small index takes them cheaply, and a merge (rows sorted by key, thousands
    of documents at once) touches each page of the large one at most once. Lookups read both tables.
    """

    __tablename__ = "doc_bands_recent"
    __table_args__ = {"sqlite_with_rowid": False}

    key: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    doc_id: Mapped[str] = mapped_column(String(64), primary_key=True)


class IngestRun(Base):
    __tablename__ = "ingest_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    started_at: Mapped[datetime] = mapped_column(DateTime)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)
    sources: Mapped[list | None] = mapped_column(JSON)
    added: Mapped[int] = mapped_column(Integer, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, default=0)
    duplicates: Mapped[int] = mapped_column(Integer, default=0)
    errors: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(20), default="running")  # running | ok | partial | failed


class IngestError(Base):
    __tablename__ = "ingest_errors"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("ingest_runs.id", ondelete="CASCADE"), index=True)
    location: Mapped[str] = mapped_column(Text)  # file[:line] or URL
    error: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(DateTime)


class Observation(Base):
    """One value of a reference series: (series, side, category, status, date) -> value."""

    __tablename__ = "observations"
    __table_args__ = (
        UniqueConstraint("series", "side", "category", "status", "date", name="uq_observation"),
        Index("ix_obs_lookup", "series", "side", "category", "status", "date"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    series: Mapped[str] = mapped_column(String(40))  # general_staff | oryx
    side: Mapped[str] = mapped_column(String(40))
    category: Mapped[str] = mapped_column(String(60))  # contract category, or "all" for all types
    status: Mapped[str] = mapped_column(String(20))  # contract outcome (killed, destroyed, lost, ...)
    item: Mapped[str | None] = mapped_column(String(120))  # the series' own item name
    date: Mapped[date] = mapped_column(Date)
    value: Mapped[float] = mapped_column(Float)


class Verdict(Base):
    __tablename__ = "verdicts"

    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True)
    verdict: Mapped[str] = mapped_column(String(20), index=True)
    series: Mapped[str | None] = mapped_column(String(40))
    ref_category: Mapped[str | None] = mapped_column(String(60))
    ref_status: Mapped[str | None] = mapped_column(String(20))
    ref_date: Mapped[date | None] = mapped_column(Date)
    ref_value: Mapped[float | None] = mapped_column(Float)
    explanation: Mapped[str] = mapped_column(Text)
    checked_at: Mapped[datetime] = mapped_column(DateTime)

    claim: Mapped[ClaimRow] = relationship(back_populates="verdict")
