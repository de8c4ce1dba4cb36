"""Reference series: parsing, storing, pulling over HTTP (served on 127.0.0.1), the CLI."""
from __future__ import annotations

import functools
import json
import threading
from datetime import date
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from attrition.cli import app
from attrition.reference import (CORRECTIONS, ReferenceFormatError, load_file, parse_bytes, pull,
                                 series_values)
from attrition.store import Observation, open_ledger
from conftest import shared_path

PERSONNEL = [
    {"date": "2022-04-29", "day": 65, "personnel": 23000, "personnel*": "about", "POW": 0},
    {"date": "2022-04-30", "day": 66, "personnel": 23200, "personnel*": "about", "POW": 0},
    {"date": "2022-05-01", "day": 67, "personnel": 23500, "personnel*": "about"},
]
EQUIPMENT = [  # "military auto" and "fuel tank" were merged into "vehicles and fuel tanks" on 2022-05-01
    {"date": "2022-04-29", "day": 65, "tank": 1000, "APC": 2500, "military auto": 1700, "fuel tank": 75,
     "field artillery": 450, "greatest losses direction": None},
    {"date": "2022-04-30", "day": 66, "tank": 1008, "APC": 2513, "military auto": 1701, "fuel tank": 76,
     "field artillery": 455},
    {"date": "2022-05-01", "day": 67, "tank": 1026, "APC": 2577, "vehicles and fuel tanks": 1795,
     "field artillery": 463, "cruise missiles": 84, "greatest losses direction": "Izyum"},
]
CORRECTION = [{"date": "2022-04-30", "day": 66, "tank": 0, "APC": -5, "field artillery": 2, "personnel": 0}]
ORYX_HISTORY = """date,country,equipment_type,destroyed,abandoned,captured,damaged,type_total
2022-04-30,Russia,All Types,1500,300,900,100,2800
2022-04-30,Russia,Tanks,300,60,250,30,640
2022-04-30,Russia,Infantry Fighting Vehicles,200,40,150,20,410
2022-04-30,Russia,Armoured Personnel Carriers,50,10,20,5,85
2022-04-30,Russia,"Losses excluding Recon Drones and Trucks - 2000, of which: destroyed: 1200",1,1,1,1,4
2022-04-30,Ukraine,All Types,400,50,300,60,810
2022-04-30,Ukraine,Tanks,80,10,60,10,160
"""
ORYX_SNAPSHOT = """country,equipment_type,destroyed,abandoned,captured,damaged,type_total
Russia,All Types,3000,400,1500,200,5100
Russia,Tanks,600,70,300,40,1010
"""


@pytest.fixture
def files(tmp_path):
    d = tmp_path / "ref"
    d.mkdir()
    (d / "russia_losses_personnel.json").write_text(json.dumps(PERSONNEL))
    (d / "russia_losses_equipment.json").write_text(json.dumps(EQUIPMENT))
    (d / "russia_losses_equipment_correction.json").write_text(json.dumps(CORRECTION))
    (d / "oryx_totals_by_type.csv").write_text(ORYX_HISTORY)
    (d / "totals_by_type.csv").write_text(ORYX_SNAPSHOT)
    return d


@pytest.fixture
def ledger(sqlite_url):
    return open_ledger(sqlite_url)


def test_general_staff_items_map_to_contract_categories(ledger, files):
    load_file(ledger, files / "russia_losses_personnel.json", "general_staff")
    load_file(ledger, files / "russia_losses_equipment.json", "general_staff")
    assert series_values(ledger, "general_staff", "russia", "personnel", "killed") == {
        date(2022, 4, 29): 23000, date(2022, 4, 30): 23200, date(2022, 5, 1): 23500}
    assert series_values(ledger, "general_staff", "russia", "personnel", "captured") == {
        date(2022, 4, 29): 0, date(2022, 4, 30): 0}
    # the vehicle count continues across the change of keys
    assert series_values(ledger, "general_staff", "russia", "vehicles", "destroyed") == {
        date(2022, 4, 29): 1700, date(2022, 4, 30): 1701, date(2022, 5, 1): 1795}
    assert series_values(ledger, "general_staff", "russia", "fuel_tanks", "destroyed")[date(2022, 4, 30)] == 76
    assert series_values(ledger, "general_staff", "russia", "armoured_vehicles", "destroyed")[date(2022, 5, 1)] == 2577
    assert series_values(ledger, "general_staff", "russia", "cruise_missiles", "destroyed") == {date(2022, 5, 1): 84}
    with ledger.session() as s:
        items = set(s.scalars(select(Observation.item).where(Observation.category == "vehicles")))
    assert items == {"military auto", "vehicles and fuel tanks"}


def test_corrections_are_their_own_series(ledger, files):
    n = load_file(ledger, files / "russia_losses_equipment_correction.json", "general_staff")
    assert n == 4
    assert series_values(ledger, CORRECTIONS, "russia", "armoured_vehicles", "destroyed") == {date(2022, 4, 30): -5}
    assert series_values(ledger, "general_staff", "russia", "armoured_vehicles", "destroyed") == {}


def test_oryx_history_sums_types_of_one_category_and_skips_stray_rows(ledger, files):
    load_file(ledger, files / "oryx_totals_by_type.csv", "oryx")
    d = date(2022, 4, 30)
    assert series_values(ledger, "oryx", "russia", "armoured_vehicles", "lost") == {d: 410 + 85}
    assert series_values(ledger, "oryx", "russia", "armoured_vehicles", "destroyed") == {d: 250}
    assert series_values(ledger, "oryx", "russia", "all", "destroyed") == {d: 1500}
    assert series_values(ledger, "oryx", "ukraine", "tanks", "captured") == {d: 60}
    with ledger.session() as s:
        cats = set(s.scalars(select(Observation.category)))
    assert cats == {"all", "tanks", "armoured_vehicles"}


def test_oryx_snapshot_takes_the_given_date(ledger, files):
    load_file(ledger, files / "totals_by_type.csv", "oryx", snapshot_date=date(2025, 1, 2))
    assert series_values(ledger, "oryx", "russia", "tanks", "lost") == {date(2025, 1, 2): 1010}


def test_reload_replaces_instead_of_duplicating(ledger, files):
    a = load_file(ledger, files / "oryx_totals_by_type.csv", "oryx")
    b = load_file(ledger, files / "oryx_totals_by_type.csv", "oryx")
    with ledger.session() as s:
        assert s.scalar(select(func.count()).select_from(Observation)) == a == b


@pytest.mark.parametrize("name,data,series,msg", [
    ("x.json", b"not json", "general_staff", "not JSON"),
    ("x.json", b'{"date": "2022-01-01"}', "general_staff", "JSON list"),
    ("x.json", b'[{"day": 3, "tank": 4}]', "general_staff", "no 'date'"),
    ("x.json", b'[{"date": "yesterday", "tank": 4}]', "general_staff", "bad date"),
    ("x.csv", b"a,b\n1,2\n", "oryx", "missing columns"),
    ("x.csv", b"date,country,equipment_type,destroyed,abandoned,captured,damaged,type_total\n"
              b"2022-01-01,Russia,Tanks,many,1,1,1,1\n", "oryx", "not a number"),
])
def test_bad_files_fail_clearly(name, data, series, msg):
    with pytest.raises(ReferenceFormatError, match=msg):
        parse_bytes(data, name, series)


def test_bad_file_loses_nothing_stored(ledger, files, tmp_path):
    n = load_file(ledger, files / "oryx_totals_by_type.csv", "oryx")
    bad = tmp_path / "bad.csv"
    bad.write_text(ORYX_HISTORY.replace("1500,300", "1500,lots"))
    with pytest.raises(ReferenceFormatError):
        load_file(ledger, bad, "oryx")
    with ledger.session() as s:
        assert s.scalar(select(func.count()).select_from(Observation)) == n


@pytest.fixture
def server(files):
    handler = functools.partial(QuietHandler, directory=str(files))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    t = threading.Thread(target=httpd.serve_forever, daemon=True)
    t.start()
    yield httpd, f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()
    httpd.server_close()


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *a):
        pass


def test_pull_over_http_with_cache_fallback(ledger, server, tmp_path):
    httpd, url = server
    cache = tmp_path / "cache"
    n = pull(ledger, "general_staff", base_url=url, cache_dir=cache)
    assert n > 0 and (cache / "general_staff" / "russia_losses_equipment.json").exists()
    m = pull(ledger, "oryx", base_url=url, cache_dir=cache, snapshot_date=date(2025, 1, 2))
    assert m > 0
    assert series_values(ledger, "oryx", "russia", "all", "lost") == {date(2025, 1, 2): 5100}
    httpd.shutdown()
    httpd.server_close()
    # the server is gone: the cached copy is used
    assert pull(ledger, "general_staff", base_url=url, cache_dir=cache) == n
    with pytest.raises(ConnectionError):
        pull(ledger, "oryx", base_url=url, cache_dir=tmp_path / "empty-cache")


def test_cli_load_and_pull(files, sqlite_url, server, tmp_path):
    _, url = server
    r = CliRunner().invoke(app, ["reference", "load", str(files / "russia_losses_personnel.json"),
                                 "--series", "general_staff", "--db", sqlite_url])
    assert r.exit_code == 0, r.output
    assert "observations of general_staff loaded" in r.output
    r = CliRunner().invoke(app, ["reference", "pull", "oryx", "--base-url", url, "--cache-dir",
                                 str(tmp_path / "c"), "--db", sqlite_url])
    assert r.exit_code == 0, r.output
    r = CliRunner().invoke(app, ["reference", "pull", "nato", "--db", sqlite_url])
    assert r.exit_code != 0 and "unknown series" in r.output
    bad = tmp_path / "bad.json"
    bad.write_text("{")
    r = CliRunner().invoke(app, ["reference", "load", str(bad), "--series", "general_staff", "--db", sqlite_url])
    assert r.exit_code == 2 and "not JSON" in r.output


def test_shared_files_load_and_serve(ledger, tmp_path):
    ref = shared_path("reference")
    handler = functools.partial(QuietHandler, directory=str(ref))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        n = pull(ledger, "general_staff", base_url=f"http://127.0.0.1:{httpd.server_address[1]}/",
                 cache_dir=tmp_path)
    finally:
        httpd.shutdown()
        httpd.server_close()
    assert n > 20000
    load_file(ledger, ref / "oryx_totals_by_type.csv", "oryx")
    assert series_values(ledger, "oryx", "russia", "all", "destroyed")[date(2022, 8, 20)] == 3371
    assert series_values(ledger, "general_staff", "russia", "artillery", "destroyed")[date(2022, 6, 24)] == 759
