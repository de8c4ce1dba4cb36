"""Ingestion from files, folders and dumps: dates, idempotency, syndicated copies, bad input,
re-extraction. Storage-touching tests run on SQLite and PostgreSQL."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from sqlalchemy import func, select, update

from attrition import extract
from attrition.extract import EXTRACTOR_VERSION
from attrition.ingest import ingest, ingest_text, parse_mapping, reextract
from attrition.ingest.parse import canonical_url, content_hash, leading_date, outlet_from_url, url_date
from attrition.store import ClaimRow, Document, IngestError, IngestRun, Verdict, open_ledger

# A small corpus in the project's own words (figures are of the kind the public series publish).
ARTICLE_A = """Kyiv says Russian losses pass 200,000

Ukraine's armed forces said on Tuesday that Russia had lost about 200,000 soldiers since the
invasion began, along with 3,500 tanks and 6,800 armoured combat vehicles. The general staff
publishes its tally every morning; the figures cannot be independently verified. Western
officials have given lower estimates of Russian dead but agree that losses have been heavy
along the eastern front, where fighting around the towns of the Donbas continues for months.
"""
ARTICLE_B = """Moscow claims strikes on depots

The Russian defence ministry said its forces had destroyed 12 Ukrainian tanks and 30 drones
over the past day in strikes on fuel and ammunition depots. Kyiv did not comment on the claim.
Analysts say both sides inflate the losses of the other and play down their own, which makes
the daily bulletins of the two ministries a poor guide to what is happening on the ground.
"""
ARTICLE_C = """Monitors count civilian dead

The UN human rights monitoring mission said that at least 9,000 civilians had been killed in
Ukraine since February 2022, adding that the true number is probably considerably higher
because access to occupied areas and to the places of heaviest fighting remains limited for
the monitors, who verify each death individually before adding it to their count.
"""


def write(p: Path, text: str, encoding: str = "utf-8") -> Path:
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_bytes(text.encode(encoding))
    return p


@pytest.fixture
def corpus(tmp_path) -> Path:
    root = tmp_path / "corpus"
    write(root / "a.txt", " date 2023-02-14 " + ARTICLE_A)
    write(root / "sub" / "b.txt", "Moscow claims strikes on depots\n20230301\n"
          "https://www.example-news.test/world/moscow-depots?utm_source=feed\n" + ARTICLE_B)
    write(root / "sub" / "deeper" / "c.md",
          "---\ntitle: Monitors count civilian dead\ndate: 2023-05-02\nurl: https://monitor.example.org/c\n---\n"
          + ARTICLE_C)
    write(root / "d.html", f"""<!doctype html><html><head><title>Depots hit</title>
<meta property="article:published_time" content="2023-03-10T08:00:00Z"></head><body>
<nav>Home</nav><article><h1>Artillery duels intensify</h1>
<p>Ukrainian commanders said on Friday that their gunners had hit 150 Russian artillery systems in March,
the highest monthly figure since the autumn, as both armies traded fire along a front of several hundred
kilometres.</p><p>Russian officials did not give a figure for their own losses, which they rarely do, and
said instead that Ukrainian units had suffered heavy casualties in the same period.</p></article></body></html>""")
    write(root / "undated.txt", "Losses in the east\n\nRussia lost 40 tanks in a failed assault near the town, "
          "Ukrainian officials said, a figure that observers could not confirm on the day.\n")
    write(root / "notes.png", "\x89PNG not an article")  # unknown suffix in a folder: ignored
    return root


@pytest.fixture
def ledger(ledger_url):
    led = open_ledger(ledger_url)
    yield led
    led.dispose()


def counts(ledger):
    with ledger.session() as s:
        return (s.scalar(select(func.count(Document.id))), s.scalar(select(func.count(ClaimRow.id))))


def docs_by_source(ledger):
    with ledger.session() as s:
        return {Path(d.source).name: d for d in s.scalars(select(Document))}


# ------------------------------------------------------------------ parsing helpers

def test_leading_dates_and_url_dates():
    assert leading_date(" date 2022-08-20 <!–\n\ntext") == (date(2022, 8, 20), "date-line")
    assert leading_date("Title\n20220404\nhttps://x.test/a\nbody") == (date(2022, 4, 4), "yyyymmdd-line")
    assert leading_date("Title\n20221399\nbody") is None  # not a date
    assert leading_date("No date here.\nNone at all.") is None
    assert url_date("https://n.test/world/2022/03/05/story") == date(2022, 3, 5)
    assert url_date("https://n.test/news/2023-11-02-losses") == date(2023, 11, 2)
    assert url_date("https://n.test/a/20240115/b") == date(2024, 1, 15)
    assert url_date("https://n.test/story-12345678") is None


def test_canonical_url_and_outlet():
    assert canonical_url("HTTPS://WWW.Example.com:443/a/b/?utm_source=x&id=3#frag") == "https://www.example.com/a/b?id=3"
    assert canonical_url("http://example.com") == "http://example.com/"
    assert outlet_from_url("https://www.example.co.uk/news/1") == "example.co.uk"
    assert outlet_from_url(None) is None


def test_parse_mapping():
    assert parse_mapping("text=body, published=date") == {"text": "body", "published": "date"}
    with pytest.raises(ValueError):
        parse_mapping("body")
    with pytest.raises(ValueError):
        parse_mapping("nonsense=body")


# ------------------------------------------------------------------ folders and files

def test_folder_ingest_finds_dates_and_is_idempotent(ledger, corpus):
    rep = ingest([str(corpus)], ledger)
    assert rep.errors == []
    assert rep.added == 5 and rep.unchanged == 0
    docs = docs_by_source(ledger)
    assert set(docs) == {"a.txt", "b.txt", "c.md", "d.html", "undated.txt"}
    assert (docs["a.txt"].published, docs["a.txt"].published_source) == (date(2023, 2, 14), "date-line")
    b = docs["b.txt"]
    assert (b.published, b.published_source) == (date(2023, 3, 1), "yyyymmdd-line")
    assert b.canonical_url == "https://www.example-news.test/world/moscow-depots"
    assert b.outlet == "example-news.test" and b.title == "Moscow claims strikes on depots"
    c = docs["c.md"]
    assert (c.published, c.published_source, c.outlet) == (date(2023, 5, 2), "front-matter", "monitor.example.org")
    d = docs["d.html"]
    assert (d.published, d.published_source) == (date(2023, 3, 10), "htmldate")
    assert "<p>" not in d.text and "150 Russian artillery systems" in d.text and "Home" not in d.text
    assert docs["undated.txt"].published is None and docs["undated.txt"].published_source is None
    # every document holds exactly the claims the extractor finds, tagged with its version
    with ledger.session() as s:
        for doc in s.scalars(select(Document)):
            rows = s.scalars(select(ClaimRow).where(ClaimRow.doc_id == doc.id).order_by(ClaimRow.id)).all()
            assert [(r.start, r.end, r.value) for r in rows] == \
                   [(c.start, c.end, float(c.value)) for c in extract(doc.text, doc.published)]
            assert all(r.extractor_version == EXTRACTOR_VERSION for r in rows)
            assert all(doc.text[r.start:r.end] for r in rows)
    before = counts(ledger)
    assert before[1] > 0
    again = ingest([str(corpus)], ledger)
    assert (again.added, again.unchanged, again.duplicates, again.errors) == (0, 5, 0, [])
    assert counts(ledger) == before
    # re-wrapped text and tracking parameters still count as the same document
    write(corpus.parent / "rewrapped.txt", (" date 2023-02-14 " + ARTICLE_A).replace("\n", "  \n"))
    assert ingest([str(corpus.parent / "rewrapped.txt")], ledger).unchanged == 1
    assert counts(ledger) == before


def test_document_ids_are_deterministic(tmp_path, corpus):
    ids = []
    for name in ("one", "two"):
        led = open_ledger(f"sqlite:///{tmp_path / name}.sqlite")
        ingest([str(corpus)], led)
        with led.session() as s:
            ids.append(sorted(s.scalars(select(Document.id))))
        led.dispose()
    assert ids[0] == ids[1] and len(ids[0]) == 5


def test_encodings_are_detected(ledger, tmp_path):
    text = ("Le ministère ukrainien de la Défense a déclaré que l'armée russe avait perdu 1 200 chars "
            "et que des milliers de soldats étaient morts ou blessés près de la ville détruite.\n") * 3
    p = write(tmp_path / "latin.txt", text, encoding="cp1252")
    rep = ingest([str(p)], ledger)
    assert rep.added == 1 and rep.errors == []
    with ledger.session() as s:
        assert s.scalars(select(Document.text)).one() == text


# ------------------------------------------------------------------ syndicated copies

def test_syndicated_copies_link_to_the_original_across_runs(ledger, tmp_path):
    orig = write(tmp_path / "run1" / "orig.txt", " date 2023-02-14 " + ARTICLE_A)
    rep1 = ingest([str(orig.parent)], ledger)
    assert rep1.added == 1
    copy_text = ("Russia has lost 200,000 troops, Kyiv says\n"  # a new headline, a trimmed ending
                 + ARTICLE_A.split("\n", 1)[1].replace("on Tuesday", "on Tuesday morning")
                 + "\nThis story was first published by a partner agency.\n")
    write(tmp_path / "run2" / "copy.txt", copy_text)
    write(tmp_path / "run2" / "other.txt", ARTICLE_B)
    rep2 = ingest([str(tmp_path / "run2")], ledger)
    assert (rep2.added, rep2.duplicates) == (1, 1)
    docs = docs_by_source(ledger)
    assert docs["copy.txt"].duplicate_of == docs["orig.txt"].id
    assert docs["other.txt"].duplicate_of is None
    with ledger.session() as s:  # the copy's figures are not counted a second time
        assert s.scalar(select(func.count(ClaimRow.id)).where(ClaimRow.doc_id == docs["copy.txt"].id)) == 0
    # a copy of the copy still points at the original
    write(tmp_path / "run3" / "copy2.txt", copy_text.replace("partner agency", "partner news agency"))
    assert ingest([str(tmp_path / "run3")], ledger).duplicates == 1
    assert docs_by_source(ledger)["copy2.txt"].duplicate_of == docs["orig.txt"].id


def test_copies_within_one_dump_are_detected(ledger, tmp_path):
    dump = tmp_path / "d.jsonl"
    rows = [{"id": "x1", "text": ARTICLE_C}, {"id": "x2", "text": "UPDATED: " + ARTICLE_C.replace("9,000", "9,000 ")},
            {"id": "x3", "text": ARTICLE_B}]
    dump.write_text("\n".join(json.dumps(r) for r in rows))
    rep = ingest([str(dump)], ledger)
    assert (rep.added, rep.duplicates, rep.unchanged) == (2, 1, 0)
    with ledger.session() as s:
        assert s.get(Document, "x2").duplicate_of == "x1"


def test_signatures_are_stable_across_versions(monkeypatch):
    """Stored signatures and band keys must keep their values: these were computed by the first
    implementation (datasketch's MinHash.update_batch, one text at a time)."""
    import hashlib

    from attrition.ingest import neardup

    sig = neardup.signature(ARTICLE_A)
    assert hashlib.sha1(neardup.to_bytes(sig)).hexdigest() == "b5dc09455708e2160b1c6f88f75a393c9e0317ed"
    assert neardup.band_keys(sig)[:2] == [-3047664898116607044, 7074718541781619521]
    assert hashlib.sha1(neardup.to_bytes(neardup.signature(ARTICLE_C))).hexdigest() == \
        "c01affe2dedb34b07cbf66b0648a98307c0392d7"
    # many texts at once (in several groups) give each text's own signature
    texts = [ARTICLE_A, "too short", ARTICLE_B, "w " * 25, "w " * 24, ARTICLE_C, ARTICLE_A.upper()]
    monkeypatch.setattr(neardup, "_GROUP_WORDS", 40)
    many = neardup.signatures(texts)
    monkeypatch.undo()
    for text, got in zip(texts, many):
        one = neardup.signature(text)
        assert (got is None and one is None) or (got == one).all()
    assert [s is None for s in many] == [False, True, False, False, True, False, False]


def test_a_batch_ends_at_its_text_budget(ledger, monkeypatch):
    """A batch is written when it holds batch_size documents or BATCH_CHARS of text, whichever first."""
    from attrition.ingest import pipeline
    from attrition.ingest.parse import RawDoc

    monkeypatch.setattr(pipeline, "BATCH_CHARS", len(ARTICLE_A) + len(ARTICLE_B))
    w = pipeline.Writer(ledger, pipeline.IngestReport(), batch_size=100, extract=False)
    w.add(RawDoc(text=ARTICLE_A, location="a"))
    assert len(w.queue) == 1 and counts(ledger)[0] == 0
    w.add(RawDoc(text=ARTICLE_B, location="b"))
    assert w.queue == [] and counts(ledger)[0] == 2
    w.add(RawDoc(text=ARTICLE_C, location="c"))
    w.close()
    assert counts(ledger)[0] == 3


def test_band_index_merges_and_copies_are_found_in_both_levels(ledger, tmp_path, monkeypatch):
    """Band keys go to doc_bands_recent and move to doc_bands in bulk merges; a copy is linked
    whether its original's keys were merged or are still recent, and a merge tolerates keys that
    are already in doc_bands."""
    from attrition.ingest import pipeline
    from attrition.ingest.neardup import BANDS
    from attrition.ingest.synthetic import articles
    from attrition.store import DocBand, RecentBand

    monkeypatch.setattr(pipeline, "MERGE_ROWS", 50)
    monkeypatch.setattr(pipeline, "MERGE_FACTOR", 1)
    recs = list(articles(9, seed=5))
    dump = tmp_path / "originals.jsonl"
    dump.write_text("\n".join(json.dumps(r) for r in recs))
    rep = ingest([str(dump)], ledger, batch_size=2, extract=False)
    assert (rep.added, rep.duplicates) == (9, 0)
    with ledger.session() as s:
        # merged after the 2nd and 4th batches (80 rows each time): the last document is still recent
        assert s.scalar(select(func.count()).select_from(DocBand)) == 8 * BANDS
        assert set(s.scalars(select(RecentBand.doc_id))) == {recs[8]["id"]}

    copies = [dict(r, id=f"copy-{r['id']}", url=None, text="UPDATED: " + r["text"].replace(" near ", " close to ", 1))
              for r in (recs[0], recs[8])]
    dump2 = tmp_path / "copies.jsonl"
    dump2.write_text("\n".join(json.dumps(r) for r in copies))
    rep2 = ingest([str(dump2)], ledger, extract=False)
    assert (rep2.added, rep2.duplicates) == (0, 2)
    with ledger.session() as s:
        assert s.get(Document, "copy-" + recs[0]["id"]).duplicate_of == recs[0]["id"]
        assert s.get(Document, "copy-" + recs[8]["id"]).duplicate_of == recs[8]["id"]

    with ledger.engine.begin() as conn:  # a key in both levels (e.g. two processes merging at once)
        key = conn.execute(select(DocBand.key, DocBand.doc_id).limit(1)).one()
        conn.execute(RecentBand.__table__.insert().values(key=key[0], doc_id=key[1]))
        pipeline.merge_bands(conn)
    with ledger.session() as s:
        assert s.scalar(select(func.count()).select_from(RecentBand)) == 0
        assert s.scalar(select(func.count()).select_from(DocBand)) == 9 * BANDS


# ------------------------------------------------------------------ dumps

def test_jsonl_csv_parquet_dumps_with_mapping(ledger, tmp_path):
    recs = [{"body": ARTICLE_A, "date": "2023-02-14", "link": "https://a.example/1", "key": "k1"},
            {"body": ARTICLE_B, "date": "2023-03-01T12:00:00", "link": "https://b.example/2", "key": "k2"},
            {"body": ARTICLE_C, "date": None, "link": "https://c.example/news/2023/05/02/x", "key": "k3"}]
    j = tmp_path / "dump.jsonl"
    j.write_text("\n".join(json.dumps(r) for r in recs) + "\n")
    m = {"text": "body", "published": "date", "url": "link", "id": "key"}
    rep = ingest([str(j)], ledger, mapping=m)
    assert rep.added == 3 and rep.errors == []
    with ledger.session() as s:
        got = {d.id: (d.published, d.published_source, d.outlet) for d in s.scalars(select(Document))}
    assert got == {"k1": (date(2023, 2, 14), "given", "a.example"), "k2": (date(2023, 3, 1), "given", "b.example"),
                   "k3": (date(2023, 5, 2), "url", "c.example")}
    # the same records as CSV and Parquet are the same documents: nothing new
    pd.DataFrame(recs).to_csv(tmp_path / "dump.csv", index=False)
    pd.DataFrame(recs).to_parquet(tmp_path / "dump.parquet")
    rep2 = ingest([str(tmp_path / "dump.csv"), str(tmp_path / "dump.parquet")], ledger, mapping=m)
    assert (rep2.added, rep2.unchanged, rep2.errors) == (0, 6, [])


def test_parquet_and_csv_default_columns(ledger, tmp_path):
    pd.DataFrame([{"text": ARTICLE_B, "published": pd.Timestamp("2023-03-01"), "url": None}]).to_parquet(tmp_path / "p.parquet")
    pd.DataFrame([{"text": ARTICLE_C, "published": "2023-05-02"}]).to_csv(tmp_path / "c.csv", index=False)
    rep = ingest([str(tmp_path / "p.parquet"), str(tmp_path / "c.csv")], ledger)
    assert rep.added == 2 and rep.errors == []
    with ledger.session() as s:
        assert sorted(s.scalars(select(Document.published))) == [date(2023, 3, 1), date(2023, 5, 2)]


def test_a_dump_id_reused_for_other_text_gets_its_own_id(ledger, tmp_path):
    (tmp_path / "one.jsonl").write_text(json.dumps({"id": "1", "text": ARTICLE_A}) + "\n")
    (tmp_path / "two.jsonl").write_text(json.dumps({"id": "1", "text": ARTICLE_C}) + "\n")
    rep = ingest([str(tmp_path / "one.jsonl"), str(tmp_path / "two.jsonl")], ledger)
    assert rep.added == 2
    rep = ingest([str(tmp_path / "two.jsonl")], ledger)
    assert (rep.added, rep.unchanged) == (0, 1)


# ------------------------------------------------------------------ bad input

def test_bad_input_is_reported_logged_and_skipped(ledger, tmp_path, corpus):
    bad = tmp_path / "bad"
    write(bad / "binary.txt", "")
    (bad / "binary.txt").write_bytes(bytes(range(256)) * 40)
    write(bad / "empty.md", "   \n")
    (bad / "dump.jsonl").write_text("\n".join([
        json.dumps({"text": ARTICLE_B}),
        '{"text": "unterminated',
        json.dumps(["a", "list"]),
        json.dumps({"headline": "no text field"}),
        json.dumps({"text": ARTICLE_C}),
    ]) + "\n")
    (bad / "nocol.csv").write_text("title,date\nA headline,2023-01-01\n")
    (bad / "page.html").write_text("<html><body><script>var x = 1;</script></body></html>")
    missing = tmp_path / "does-not-exist.txt"
    rep = ingest([str(bad), str(missing), str(corpus)], ledger)
    where = {Path(loc.split(":")[0]).name + (":" + loc.split(":")[1] if ":" in loc else ""): msg
             for loc, msg in rep.errors}
    assert set(where) == {"binary.txt", "empty.md", "dump.jsonl:2", "dump.jsonl:3", "dump.jsonl:4", "nocol.csv",
                          "page.html", "does-not-exist.txt"}
    assert "binary" in where["binary.txt"]
    assert "malformed JSON" in where["dump.jsonl:2"]
    assert "JSON object" in where["dump.jsonl:3"]
    assert "no text" in where["dump.jsonl:4"]
    assert "missing column" in where["nocol.csv"] and "title, date" in where["nocol.csv"]
    assert "no such file" in where["does-not-exist.txt"]
    # the two good dump lines and the whole corpus still went in (b.txt and c.md as copies of those lines)
    assert (rep.added, rep.duplicates) == (5, 2)
    with ledger.session() as s:
        run = s.get(IngestRun, rep.run_id)
        assert (run.status, run.errors, run.added, run.duplicates) == ("partial", 8, 5, 2)
        assert run.finished_at is not None
        logged = s.scalars(select(IngestError).where(IngestError.run_id == rep.run_id)).all()
        assert sorted(e.location for e in logged) == sorted(loc for loc, _ in rep.errors)


# ------------------------------------------------------------------ from memory, re-extraction

def test_ingest_text(ledger):
    doc = ingest_text(ledger, ARTICLE_B, url="https://www.wire.example/2023/03/01/depots", title="Depots")
    assert doc.outlet == "wire.example" and doc.published == date(2023, 3, 1) and doc.published_source == "url"
    assert [c.value for c in doc.claims] == [float(c.value) for c in extract(doc.text, doc.published)]
    again = ingest_text(ledger, ARTICLE_B, published="2023-03-02")
    assert again.id == doc.id and counts(ledger)[0] == 1
    dated = ingest_text(ledger, ARTICLE_C, published="2023-05-02")
    assert (dated.published, dated.published_source) == (date(2023, 5, 2), "given")
    with pytest.raises(ValueError):
        ingest_text(ledger, "  ")
    with pytest.raises(ValueError, match="published"):
        ingest_text(ledger, ARTICLE_A, published="yesterday")
    assert counts(ledger)[0] == 2


def test_reextract_redoes_only_stale_documents(ledger, corpus):
    ingest([str(corpus)], ledger)
    with ledger.session() as s:
        a = next(d for d in s.scalars(select(Document)) if d.source.endswith("a.txt"))
        s.execute(update(Document).where(Document.id == a.id).values(extractor_version="0.0.1"))
        first = s.scalars(select(ClaimRow).where(ClaimRow.doc_id == a.id)).first()
        s.execute(update(ClaimRow).where(ClaimRow.doc_id == a.id).values(extractor_version="0.0.1", value=1))
        s.add(Verdict(claim_id=first.id, verdict="digit_error", explanation="old", checked_at=a.ingested_at))
        s.commit()
        expected = [float(c.value) for c in extract(a.text, a.published)]
    rep = reextract(ledger)
    assert rep.documents == 1 and rep.errors == []
    with ledger.session() as s:
        rows = s.scalars(select(ClaimRow).where(ClaimRow.doc_id == a.id).order_by(ClaimRow.id)).all()
        assert [r.value for r in rows] == expected
        assert {r.extractor_version for r in rows} == {EXTRACTOR_VERSION}
        assert s.get(Document, a.id).extractor_version == EXTRACTOR_VERSION
        assert s.scalar(select(func.count()).select_from(Verdict)) == 0
    assert reextract(ledger).documents == 0


# ------------------------------------------------------------------ the seeds (beside development checkouts)

def test_seeds_dates_come_from_the_files(tmp_path):
    from conftest import shared_path

    seeds = shared_path("seeds")
    led = open_ledger(f"sqlite:///{tmp_path / 'l.sqlite'}")
    rep = ingest([str(seeds)], led)
    assert rep.errors == [] and rep.added == len(list(seeds.glob("*.txt")))
    gold = shared_path("gold", "seeds.jsonl")
    want = {}
    for line in gold.read_text().splitlines():
        g = json.loads(line)
        want[content_hash(g["text"])] = g["published"]
    with led.session() as s:
        got = {d.content_hash: d.published.isoformat() if d.published else None for d in s.scalars(select(Document))}
    assert got == want
    assert ingest([str(seeds)], led).added == 0
    led.dispose()
