"""The ledger's storage: migrations, converters, queries. Runs on SQLite and on PostgreSQL."""
from __future__ import annotations

from datetime import date, datetime

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, func, inspect, select, text

from attrition.model import Claim
from attrition.store import (Base, ClaimFilter, ClaimRow, Document, Ledger, Verdict, claim_from_row,
                             claim_row_from, count_claims, has_verdicts, open_ledger, query_claims,
                             query_docs)
from attrition.store.migrate import current_revision, head_revision, upgrade


@pytest.fixture
def ledger(ledger_url):
    led = open_ledger(ledger_url)
    yield led
    led.dispose()


def _doc(id_, published=None, duplicate_of=None, outlet=None, text_="some text"):
    return Document(id=id_, text=text_, content_hash=id_ * 2, ingested_at=datetime(2024, 1, 1),
                    published=published, duplicate_of=duplicate_of, outlet=outlet)


def _claim(doc_id, value, **kw):
    c = Claim(value=value, text=f"{value} of them", start=0, end=len(str(value)), **kw)
    return claim_row_from(c, doc_id, "9.9.9")


def test_init_creates_every_table_at_head(ledger):
    assert current_revision(ledger.engine) == head_revision()
    names = set(inspect(ledger.engine).get_table_names())
    assert set(Base.metadata.tables) <= names


def test_migrations_match_the_models(ledger):
    """Alembic's view of the migrated database equals the ORM models (no drift)."""
    with ledger.engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    assert diffs == []


def test_older_revision_is_upgraded_and_keeps_data(ledger_url):
    led = Ledger(ledger_url)
    upgrade(led.engine, "0001")
    assert current_revision(led.engine) == "0001"
    assert not inspect(led.engine).has_table("doc_signatures")
    with led.engine.begin() as c:
        c.execute(text("INSERT INTO documents (id, text, content_hash, ingested_at) "
                       "VALUES ('old1', 'kept text', 'h1', '2024-01-01 00:00:00')"))
    led.init()
    assert current_revision(led.engine) == head_revision()
    assert inspect(led.engine).has_table("doc_signatures")
    with led.session() as s:
        assert s.get(Document, "old1").text == "kept text"
    led.dispose()


def test_band_index_migration_keeps_keys(ledger_url):
    """0004 rebuilds the near-duplicate band index in two levels and keeps every key; 0003 gets them back."""
    from attrition.store import DocBand, RecentBand
    from attrition.store.migrate import downgrade

    led = Ledger(ledger_url)
    upgrade(led.engine, "0003")
    with led.engine.begin() as c:
        c.execute(text("INSERT INTO documents (id, text, content_hash, ingested_at) "
                       "VALUES ('d1', 'a text', 'h1', '2024-01-01 00:00:00')"))
        c.execute(text('INSERT INTO doc_bands ("key", doc_id) VALUES (-5, \'d1\'), (7, \'d1\'), (7, \'d1\')'))
    led.init()
    with led.session() as s:
        assert sorted(s.execute(select(DocBand.key, DocBand.doc_id)).all()) == [(-5, "d1"), (7, "d1")]
        assert s.scalar(select(func.count()).select_from(RecentBand)) == 0
    with led.engine.begin() as c:
        c.execute(text('INSERT INTO doc_bands_recent ("key", doc_id) VALUES (9, \'d1\')'))
    downgrade(led.engine, "0003")
    with led.engine.connect() as c:
        assert sorted(c.execute(text('SELECT "key", doc_id FROM doc_bands')).all()) == [(-5, "d1"), (7, "d1"), (9, "d1")]
    assert not inspect(led.engine).has_table("doc_bands_recent")
    led.init()
    assert current_revision(led.engine) == head_revision()
    led.dispose()


def test_ledger_made_without_migrations_is_adopted(tmp_path):
    url = f"sqlite:///{tmp_path / 'legacy.sqlite'}"
    eng = create_engine(url)
    Base.metadata.create_all(eng)
    with eng.begin() as c:
        c.execute(text("INSERT INTO documents (id, text, content_hash, ingested_at) "
                       "VALUES ('x', 't', 'h', '2024-01-01 00:00:00')"))
    eng.dispose()
    led = open_ledger(url)
    assert current_revision(led.engine) == head_revision()
    with led.session() as s:
        assert s.scalar(select(func.count(Document.id))) == 1
    led.dispose()


def test_claim_round_trip():
    c = Claim(value=1200, value_max=1500, qualifier="approximately", side="ukraine", category="tanks",
              outcome="destroyed", period="rate", rate_unit="month", as_of=date(2023, 5, 1),
              claimant="russia_gov", claimant_name="the Russian defence ministry", scope="partial",
              text="some 1,200 to 1,500 tanks a month", start=5, end=10)
    row = claim_row_from(c, "doc1", "1.2.3")
    assert (row.doc_id, row.extractor_version) == ("doc1", "1.2.3")
    back = claim_from_row(row)
    assert back == c
    assert isinstance(back.value, int)
    half = claim_from_row(claim_row_from(Claim(value=2.5, text="x"), "d", "v"))
    assert half.value == 2.5


def test_claims_and_verdicts_round_trip_through_the_database(ledger):
    with ledger.session() as s:
        s.add(_doc("a", published=date(2022, 3, 1)))
        c = Claim(value=300, value_max=None, qualifier="more_than", side="russia", category="aircraft",
                  outcome="destroyed", as_of=date(2022, 2, 28), claimant="ukraine_gov", text="t", start=1, end=4)
        s.add(claim_row_from(c, "a", "1.0"))
        s.commit()
        row = s.scalars(select(ClaimRow)).one()
        assert claim_from_row(row) == c


@pytest.fixture
def filled(ledger):
    with ledger.session() as s:
        s.add_all([_doc("d1", date(2022, 3, 1), outlet="a.example"), _doc("d2", date(2023, 6, 1), outlet="b.example"),
                   _doc("d3", None)])
        s.flush()
        s.add(_doc("d4", date(2022, 3, 2), duplicate_of="d1"))
        s.add_all([
            _claim("d1", 100, side="russia", category="tanks", outcome="destroyed", claimant="ukraine_gov"),
            _claim("d1", 5000, side="russia", category="personnel", outcome="killed", claimant="ukraine_gov",
                   as_of=date(2022, 2, 27)),
            _claim("d2", 40, side="ukraine", category="aircraft", outcome="destroyed", claimant="russia_gov"),
            _claim("d3", 7, side="civilians", category="civilians", outcome="killed", claimant="un"),
            _claim("d4", 100, side="russia", category="tanks", outcome="destroyed", claimant="ukraine_gov"),
        ])
        s.commit()
        first = s.scalars(select(ClaimRow).where(ClaimRow.value == 100, ClaimRow.doc_id == "d1")).one()
        s.add(Verdict(claim_id=first.id, verdict="consistent", explanation="matches", checked_at=datetime(2024, 1, 2)))
        s.commit()
    return ledger


def _values(rows):
    return sorted(int(r.value) for r in rows)


def test_query_claims_filters(filled):
    with filled.session() as s:
        assert _values(query_claims(s)) == [7, 40, 100, 5000]  # the duplicate d4 is left out
        assert _values(query_claims(s, side="russia")) == [100, 5000]
        assert _values(query_claims(s, side="russia,ukraine")) == [40, 100, 5000]
        assert _values(query_claims(s, category=["tanks", "aircraft"])) == [40, 100]
        assert _values(query_claims(s, claimant="un")) == [7]
        assert _values(query_claims(s, outcome="killed")) == [7, 5000]
        assert _values(query_claims(s, doc="d2")) == [40]
        # dated by as_of, else by the document's date; undated claims drop out of date filters
        assert _values(query_claims(s, since=date(2022, 3, 1))) == [40, 100]
        assert _values(query_claims(s, until=date(2022, 2, 28))) == [5000]
        assert _values(query_claims(s, verdict="consistent")) == [100]
        assert _values(query_claims(s, verdict="unchecked")) == [7, 40, 5000]
        assert _values(query_claims(s, verdict="consistent,unchecked")) == [7, 40, 100, 5000]
        rows = query_claims(s, verdict="consistent")
        assert rows[0].verdict.verdict == "consistent" and rows[0].document.id == "d1"
        assert count_claims(s, ClaimFilter(side="russia")) == 2
        assert has_verdicts(s)


def test_query_claims_pages_by_id(filled):
    with filled.session() as s:
        all_ids = [r.id for r in query_claims(s)]
        got, after = [], None
        while True:
            page = query_claims(s, limit=3, after_id=after)
            got += [r.id for r in page]
            if len(page) < 3:
                break
            after = page[-1].id
        assert got == all_ids and len(got) == 4


def test_query_docs(filled):
    with filled.session() as s:
        docs = {d.id: n for d, n in query_docs(s)}
        assert docs == {"d1": 2, "d2": 1, "d3": 1}
        assert [d.id for d, _ in query_docs(s, duplicates=True)] == ["d4"]
        assert len(query_docs(s, duplicates=None)) == 4
        assert [d.id for d, _ in query_docs(s, undated=True)] == ["d3"]
        assert [d.id for d, _ in query_docs(s, since=date(2023, 1, 1))] == ["d2"]
        assert [d.id for d, _ in query_docs(s, outlet="a.example")] == ["d1"]
        assert [d.id for d, _ in query_docs(s, limit=1, after_id="d1")] == ["d2"]


def test_deleting_claims_deletes_their_verdicts(filled):
    with filled.session() as s:
        assert s.scalar(select(func.count()).select_from(Verdict)) == 1
        s.delete(s.get(Document, "d4"))
        s.flush()
        s.delete(s.get(Document, "d1"))
        s.commit()
        assert s.scalar(select(func.count()).select_from(Verdict)) == 0
        assert s.scalar(select(func.count()).select_from(ClaimRow).where(ClaimRow.doc_id == "d1")) == 0
