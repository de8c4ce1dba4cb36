"""``re`` with a cheaper pattern cache for the extractor's hot paths.

The rules call ``re.search(pattern, ...)`` with literal patterns tens of
thousands of times per corpus; the standard module's cache lookup costs more
than the match itself for short windows. This module keeps the same API and
memoises compiled patterns in a bounded dict (cleared when it grows past
``_MAX`` so patterns built from text can never grow it without limit).
"""
from __future__ import annotations

import re as _re
from re import *  # noqa: F401,F403  (flags, Pattern, Match, escape, error ...)
from re import escape, Pattern, Match, error  # noqa: F401

_MAX = 4096
_cache: dict = {}


def compile(pattern, flags=0):  # noqa: A001
    if isinstance(pattern, _re.Pattern):
        return pattern
    key = (pattern, flags)
    try:
        return _cache[key]
    except KeyError:
        if len(_cache) >= _MAX:
            _cache.clear()
        p = _cache[key] = _re.compile(pattern, flags)
        return p


# (each looks its pattern up in the cache itself: one call less on the hot path; a miss, or an
# already compiled pattern, goes through compile())
def search(pattern, string, flags=0):
    try:
        p = _cache[pattern, flags]
    except KeyError:
        p = compile(pattern, flags)
    return p.search(string)


def match(pattern, string, flags=0):
    try:
        p = _cache[pattern, flags]
    except KeyError:
        p = compile(pattern, flags)
    return p.match(string)


def fullmatch(pattern, string, flags=0):
    try:
        p = _cache[pattern, flags]
    except KeyError:
        p = compile(pattern, flags)
    return p.fullmatch(string)


def finditer(pattern, string, flags=0):
    try:
        p = _cache[pattern, flags]
    except KeyError:
        p = compile(pattern, flags)
    return p.finditer(string)


def findall(pattern, string, flags=0):
    try:
        p = _cache[pattern, flags]
    except KeyError:
        p = compile(pattern, flags)
    return p.findall(string)


def sub(pattern, repl, string, count=0, flags=0):
    try:
        p = _cache[pattern, flags]
    except KeyError:
        p = compile(pattern, flags)
    return p.sub(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    try:
        p = _cache[pattern, flags]
    except KeyError:
        p = compile(pattern, flags)
    return p.split(string, maxsplit)
