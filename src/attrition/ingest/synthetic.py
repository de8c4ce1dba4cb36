"""Synthetic news-like records (loss figures in varied wording) for benchmarks and tests.

Deterministic for a given seed; every record carries figures the extractor finds, and no two records
are near-duplicates of each other (their filler sentences are drawn word by word).
"""
from __future__ import annotations

import json
import random
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

_CLAIMANTS = ("Ukraine's general staff", "The Ukrainian armed forces", "Kyiv's defence ministry",
              "Ukrainian military officials")
_RU = ("Russia's defence ministry", "The Russian military", "Moscow's defence ministry")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_OUTLETS = ("wire.example", "daily.example.org", "news.example.net", "post.example.com", "herald.example")
_WORDS = """army brigade convoy depot village river bridge road winter summer offensive defence line
trench drone shell artillery supply fuel bread water power grid station port harbour airfield field
forest hill ridge valley city town district region border front sector unit battalion company officer
volunteer medic engineer driver farmer mayor governor minister analyst observer reporter witness
resident family school hospital market church factory warehouse railway junction checkpoint shelter
morning evening night week month season report statement briefing bulletin update estimate account
heavy light quiet fierce slow rapid steady brief long short cold wet muddy frozen dusty narrow wide
northern southern eastern western central coastal rural urban local foreign regional national
moved held lost gained shelled crossed repaired rebuilt cleared mined watched counted described
said reported noted warned claimed denied confirmed added explained recalled""".split()
_PLACES = ("Bakhmut", "Avdiivka", "Kupiansk", "Kherson", "Zaporizhzhia", "Kharkiv", "Donetsk", "Luhansk",
           "Mariupol", "Izium", "Lyman", "Vuhledar", "Robotyne", "Sievierodonetsk", "Melitopol")


def _filler(rng: random.Random) -> str:
    n = rng.randint(9, 16)
    words = [rng.choice(_WORDS) for _ in range(n)]
    words.insert(rng.randint(2, n - 2), "near " + rng.choice(_PLACES))
    s = " ".join(words)
    return s[0].upper() + s[1:] + "."


def article(i: int, rng: random.Random) -> dict:
    pub = date(2022, 3, 1) + timedelta(days=rng.randint(0, 900))
    outlet = rng.choice(_OUTLETS)
    troops = rng.randint(5, 400) * 1000 + rng.randint(0, 999)
    figures = [
        f"{rng.choice(_CLAIMANTS)} said on {rng.choice(_WEEKDAYS)} that Russia had lost {troops:,} soldiers "
        f"since the start of the invasion, including {rng.randint(100, 1200)} over the past day.",
        f"The same update listed {rng.randint(200, 9000):,} tanks, {rng.randint(500, 18000):,} armoured vehicles "
        f"and {rng.randint(100, 12000):,} artillery systems.",
        f"{rng.choice(_RU)} said its forces had destroyed {rng.randint(5, 90)} Ukrainian drones "
        f"near {rng.choice(_PLACES)}.",
        f"The UN monitoring mission said at least {rng.randint(1000, 12000):,} civilians had been killed.",
    ]
    body = figures[:1] + [f for f in figures[1:] if rng.random() < 0.7]
    paras = []
    for f in body:
        paras.append(" ".join([f] + [_filler(rng) for _ in range(rng.randint(2, 4))]))
    title = f"{rng.choice(('Losses', 'Fighting', 'Strikes', 'Casualties'))} near {rng.choice(_PLACES)}: report {i}"
    return {"id": f"syn-{i}", "title": title, "published": pub.isoformat(),
            "url": f"https://{outlet}/news/{pub:%Y/%m/%d}/report-{i}", "text": title + "\n\n" + "\n\n".join(paras)}


def articles(n: int, seed: int = 1) -> Iterator[dict]:
    rng = random.Random(seed)
    for i in range(n):
        yield article(i, rng)


def write_jsonl(path: str | Path, n: int, seed: int = 1) -> Path:
    path = Path(path)
    with open(path, "w", encoding="utf-8") as f:
        for rec in articles(n, seed):
            f.write(json.dumps(rec) + "\n")
    return path
