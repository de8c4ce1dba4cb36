"""``attrition extract`` and its document readers (attrition.extract.docio), on fixture files
written by the tests themselves."""
from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from attrition import extract
from attrition.cli import app
from attrition.extract.docio import (
    decode, expand_paths, html_text, leading_date, read_documents, strip_tags,
)
from attrition.model import CONTRACT_FIELDS

SENTENCE = "So far Russia has lost 1,200 tanks, according to Ukraine's defence ministry."
DAILY = "Ukraine's General Staff said 200 Russian soldiers were killed over the past 24 hours."


def run(*args: str):
    return CliRunner().invoke(app, ["extract", *args])


def flat(s: str) -> str:
    return " ".join(s.split())


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    """A folder of small documents; the working directory is that folder (short paths in messages)."""
    monkeypatch.chdir(tmp_path)
    Path("dated.txt").write_text(f"Tank losses mount\ndate 2022-05-03\n\n{SENTENCE}\n", encoding="utf-8")
    Path("compact.txt").write_text(f"Daily update\n20220410\nhttps://example.org/x\n{DAILY}\n", encoding="utf-8")
    Path("undated.md").write_text(f"# Losses\n\n{SENTENCE}\n", encoding="utf-8")
    Path("page.html").write_text(
        "<html><head><title>Losses</title></head><body><nav><a href='/'>Home</a> | <a href='/world'>World</a></nav>"
        "<article><h1>Tank losses mount</h1>"
        f"<p>{SENTENCE}</p>"
        "<p>The figures could not be verified independently, and analysts urged caution about them "
        "because both sides have reasons to inflate the other side's losses during the war.</p>"
        "</article><footer>Copyright notice</footer></body></html>", encoding="utf-8")
    Path("docs.jsonl").write_text(
        json.dumps({"id": "d1", "url": None, "published": "2022-05-03", "text": SENTENCE, "claims": []}) + "\n"
        + "{this is not json\n"
        + json.dumps({"id": "d3", "published": None, "text": DAILY, "source": "extra keys are ignored"}) + "\n"
        + json.dumps({"id": "d4", "published": "03/05/2022", "text": DAILY}) + "\n",
        encoding="utf-8")
    return tmp_path


# -- readers ---------------------------------------------------------------------------------

def test_leading_date_lines():
    assert leading_date(" date 2022-08-20 <!--\n\nbody") == date(2022, 8, 20)
    assert leading_date("A headline\n20220404\nhttps://example.org/a\nbody") == date(2022, 4, 4)
    assert leading_date("Date: 2023-01-31\nbody") == date(2023, 1, 31)
    assert leading_date("A headline\nbody mentions 20220404 in passing") is None
    assert leading_date("one\ntwo\nthree\nfour\n20220404\n") is None  # too far down
    assert leading_date("20221340\nbody") is None  # not a real date
    assert leading_date("") is None


def test_decode_and_strip_tags():
    assert decode("caf\u00e9 — 1,200".encode("utf-8")) == "caf\u00e9 — 1,200"
    assert decode("\ufeffbom".encode("utf-8")) == "bom"
    assert "1,200" in decode("Les pertes: 1,200 chars d'assaut détruits, selon l'état-major.".encode("latin-1"))
    with pytest.raises(ValueError, match="binary"):
        decode(b"\x00\x01\x02binary")
    assert strip_tags("<p>40 tanks &amp; 3 jets</p><script>var x = '<b>9 ships</b>';</script>") == "40 tanks & 3 jets"


def test_html_text_uses_trafilatura_and_falls_back(corpus):
    main = html_text(Path("page.html").read_text(encoding="utf-8"))
    assert SENTENCE in main and "Home" not in main and "Copyright" not in main
    # too small for trafilatura: the page stripped of its tags
    assert html_text("<p>Kyiv said 40 tanks were destroyed.</p>") == "Kyiv said 40 tanks were destroyed."


def test_read_documents_and_expand_paths(corpus):
    (docs, errs) = read_documents("dated.txt")
    assert errs == [] and docs[0].id == "dated" and docs[0].published == date(2022, 5, 3)
    (docs, _) = read_documents("dated.txt", date(2022, 1, 1))
    assert docs[0].published == date(2022, 1, 1)
    docs, errs = read_documents("docs.jsonl", date(2022, 1, 1))
    assert [d.id for d in docs] == ["d1", "d3"]
    assert [d.published for d in docs] == [date(2022, 5, 3), date(2022, 1, 1)]
    assert [e.location for e in errs] == ["docs.jsonl:2", "docs.jsonl:4"]
    assert "not valid JSON" in errs[0].message and "ISO date" in errs[1].message
    files, errs = expand_paths([str(corpus)])
    assert sorted(f.name for f in files) == ["compact.txt", "dated.txt", "docs.jsonl", "page.html", "undated.md"]
    assert read_documents("nowhere.txt")[1][0].message == "no such file"


# -- the command -------------------------------------------------------------------------------

def test_txt_date_line_sets_published(corpus):
    res = run("dated.txt", "compact.txt")
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    by_doc = {r["doc_id"]: r for r in rows}
    tanks = by_doc["dated"]
    assert (tanks["value"], tanks["category"], tanks["as_of"]) == (1200, "tanks", "2022-05-03")
    assert by_doc["compact"]["as_of"] == "2022-04-10"
    for r in rows:
        assert list(r) == ["doc_id", *CONTRACT_FIELDS, "start", "end"]
        src = Path(f"{r['doc_id']}.txt").read_text(encoding="utf-8")
        assert src[r["start"]:r["end"]] in r["text"]
        assert src[r["start"]:r["end"]].replace(",", "") == str(r["value"])


def test_published_option_overrides_and_undated_gives_null(corpus):
    res = run("dated.txt", "--published", "2022-06-01")
    assert json.loads(res.stdout.splitlines()[0])["as_of"] == "2022-06-01"
    res = run("undated.md")
    assert res.exit_code == 0
    assert [json.loads(x)["as_of"] for x in res.stdout.splitlines()] == [None]


def test_jsonl_malformed_lines_are_reported_and_skipped(corpus):
    res = run("docs.jsonl")
    assert res.exit_code == 1
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert {r["doc_id"] for r in rows} == {"d1", "d3"}  # the good documents are all there
    err = flat(res.stderr)
    assert "docs.jsonl:2" in err and "not valid JSON" in err
    assert "docs.jsonl:4" in err and "Traceback" not in err


def test_html_input(corpus):
    res = run("page.html", "--published", "2022-05-03")
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert [(r["value"], r["category"], r["claimant"]) for r in rows] == [(1200, "tanks", "ukraine_gov")]


def test_csv_output_parses_back_like_jsonl(corpus):
    as_json = [json.loads(line) for line in run("dated.txt", "compact.txt").stdout.splitlines()]
    res = run("dated.txt", "compact.txt", "--format", "csv")
    assert res.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert len(rows) == len(as_json) > 0
    for c, j in zip(rows, as_json):
        assert list(c) == list(j)
        assert float(c["value"]) == j["value"]
        assert (c["text"], c["claimant"], c["as_of"], int(c["start"])) == (j["text"], j["claimant"], j["as_of"], j["start"])
        assert (c["value_max"] or None) == j["value_max"]


def test_table_output_shows_claimant_and_escapes_markup(corpus):
    Path("markup.txt").write_text(
        "date 2022-05-03\n[bold red]Kyiv[/] said 15 Russian tanks were destroyed on Monday, "
        "according to Ukraine's General Staff.\n", encoding="utf-8")
    res = run("markup.txt", "dated.txt", "--format", "table")
    assert res.exit_code == 0, res.output
    out = flat(res.stdout)
    assert "ukraine_gov" in out and "defence ministry" in out and "1,200" in out
    assert "[bold red]Kyiv[/]" in res.stdout  # shown literally, not interpreted


def test_errors_are_messages_not_tracebacks(corpus):
    Path("blob.txt").write_bytes(b"\x00\x01\x02\x03" * 10)
    res = run("missing.txt", "blob.txt", "dated.txt")
    assert res.exit_code == 1
    err = flat(res.stderr)
    assert "missing.txt: no such file" in err and "blob.txt: looks like a binary file" in err
    assert "Traceback" not in res.output
    assert json.loads(res.stdout.splitlines()[0])["doc_id"] == "dated"  # the good file still ran
    res = run("dated.txt", "--published", "2022-02-30")
    assert res.exit_code == 2 and "ISO date" in flat(res.output)


def test_standard_input_and_html_dates(corpus):
    res = CliRunner().invoke(app, ["extract", "-"], input=f"date 2022-05-03\n{SENTENCE}\n")
    assert res.exit_code == 0, res.output
    (row,) = [json.loads(line) for line in res.stdout.splitlines()]
    assert (row["doc_id"], row["value"], row["as_of"]) == ("stdin", 1200, "2022-05-03")
    Path("dated.html").write_text(
        '<html><head><meta property="article:published_time" content="2022-04-12T08:00:00Z"></head>'
        f"<body><article><p>{SENTENCE}</p></article></body></html>", encoding="utf-8")
    (doc,), _ = read_documents("dated.html")
    assert doc.published == date(2022, 4, 12) and SENTENCE in doc.text
    (doc,), _ = read_documents("page.html")
    assert doc.published is None  # the page states no date


def test_gold_file_is_valid_input(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("g.jsonl").write_text(json.dumps({"id": "g1", "url": None, "published": "2022-05-03",
                                           "text": DAILY, "claims": [{"value": 200}]}) + "\n", encoding="utf-8")
    res = run("g.jsonl")
    assert res.exit_code == 0
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert rows == [{"doc_id": "g1", **c.to_dict()} for c in extract(DAILY, "2022-05-03")]
