"""Vocabulary loading: the YAML files under ``extract/data`` become immutable structures at import.

Every word list the extractor uses lives in a data file, so another conflict (other
sides, other claimants, other places) can be configured without code changes.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Any, Mapping

import yaml


def _freeze(obj: Any) -> Any:
    if isinstance(obj, dict):
        return MappingProxyType({k: _freeze(v) for k, v in obj.items()})
    if isinstance(obj, list):
        return tuple(_freeze(v) for v in obj)
    return obj


@lru_cache(maxsize=None)
def load(name: str) -> Mapping[str, Any]:
    """The data file ``extract/data/<name>.yaml`` as a read-only mapping (cached)."""
    raw = resources.files("attrition.extract").joinpath("data", f"{name}.yaml").read_text("utf-8")
    data = yaml.safe_load(raw) or {}
    if not isinstance(data, dict):
        raise ValueError(f"extract/data/{name}.yaml must hold a mapping at top level")
    return _freeze(data)


def phrase_pattern(phrases: "tuple[str, ...] | list[str]", *, word_end: bool = True) -> str:
    """A regex alternation matching any of ``phrases`` (longest first).

    Phrases are literal text except that a space matches any run of whitespace or
    hyphens, and a trailing ``*`` allows any word ending ("destroy*").
    """
    parts = []
    for p in sorted(set(phrases), key=len, reverse=True):
        if p.startswith("re:"):
            parts.append(p[3:])
            continue
        star = p.endswith("*")
        core = p[:-1] if star else p
        esc = r"[\s\-]+".join(re.escape(w) for w in core.split())
        esc = esc.replace("\\'", "['’‘]")
        if star:
            esc += r"\w*"
        parts.append(esc)
    alt = "|".join(parts) if parts else r"(?!x)x"
    return rf"(?<![\w\-])(?:{alt})" + (r"(?![\w])" if word_end else "")


def compile_phrases(phrases, flags: int = re.IGNORECASE) -> re.Pattern:
    return re.compile(phrase_pattern(phrases), flags)
