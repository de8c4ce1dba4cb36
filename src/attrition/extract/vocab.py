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


def _tokens(p: str) -> list[str]:
    out = []
    core = p[:-1] if p.endswith("*") else p
    words = core.split()
    for wi, w in enumerate(words):
        if wi:
            out.append(" ")
        out.extend(w.lower())
    if p.endswith("*"):
        out.append("*")
    return out


def _tok_re(t: str) -> str:
    if t == " ":
        return r"[\s\-]+"
    if t == "*":
        return r"\w*"
    if t in ("'", "’"):
        return "['’]"
    return re.escape(t)


def _trie_re(phrases) -> str:
    """One regex for many phrases, factored as a trie (fast; longest match first)."""
    trie: dict = {}
    for p in phrases:
        node = trie
        for t in _tokens(p):
            t = "'" if t == "’" else t
            node = node.setdefault(t, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [_tok_re(k) + emit(v) for k, v in sorted(node.items()) if k != ""]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:
            return "(?:" + body + ")?"
        return body

    return emit(trie)


def _char_trie(words) -> dict:
    trie: dict = {}
    for w in words:
        node = trie
        for ch in re.sub(r"\s+", " ", w.strip()):
            node = node.setdefault("'" if ch == "’" else ch, {})
        node[""] = {}
    return trie


def _trie_branches(node: dict, space: str) -> list[tuple[str, str]]:
    """(first token, rest) of each branch of ``node``'s alternation, in order."""
    def tok(ch: str) -> str:
        if ch == " ":
            return space
        if ch == "'":
            return "['’]"
        return re.escape(ch)

    def emit(node: dict) -> str:
        alts = [tok(k) + emit(v) for k, v in sorted(node.items()) if k != ""]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return [(tok(k), emit(v)) for k, v in sorted(node.items()) if k != ""]


def literal_trie(words, *, space: str = r"\s+") -> str:
    """A case-preserving regex alternation of literal ``words``, factored as a trie.

    Matches exactly what the longest-first alternation of the words would match (a space
    matches ``space``, by default any run of whitespace; an apostrophe ' or ’), but scans
    several times faster: the engine tries one branch per next character instead of every
    word at every position.
    """
    trie = _char_trie(words)
    alts = [a + b for a, b in _trie_branches(trie, space)]
    if not alts:
        return r"(?!x)x"
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return "(?:" + body + ")?" if "" in trie else body


def word_trie(words, *, space: str = r"\s+") -> str:
    r"""The same matches as ``(?<![\w\-])(?:`` + ``literal_trie(words)`` + ``)``: the words, each starting a word.

    Written with the word-start test after each word's first character (``c(?<![\w\-][\s\S])...``:
    the character before ``c`` is no word character nor a hyphen), so that the pattern opens
    with a set of literal characters: on a case-sensitive pattern of capitalised words (places,
    countries) the engine skips straight to the next possible first letter instead of testing
    the look-behind at every position (two to four times faster). Not worth it for words in
    lower case, whose first letters are found at nearly every position.
    """
    trie = _char_trie(words)
    branches = _trie_branches(trie, space)
    if not branches or "" in trie:
        return r"(?<![\w\-])(?:" + literal_trie(words, space=space) + ")"
    return "(?:" + "|".join(a + r"(?<![\w\-][\s\S])" + b for a, b in branches) + ")"


# (a raw part's opening "\\b" before a letter, or before a group of words, is implied by the word-start test)
_LEAD_BOUNDARY = re.compile(r"\\b(?=[a-z]|\(\?:[a-z|]+\))")
# negative look-behinds opening a raw part, right before a letter: "(?<!on the )front"
_LEAD_LOOKBEHINDS = re.compile(r"((?:\(\?<!(?:[^()\\]|\\s)*\))+)([a-z])")


def _raw_part(p: str) -> str:
    """A raw phrase ``p`` as it goes into the alternation after the word-start test.

    Rewritten to open with its first letter where that keeps its matches: the engine then
    skips the branch at once wherever that letter is not next, instead of running its
    tests at every word start. A redundant opening ``\\b`` is dropped; opening negative
    look-behinds move after the letter, which each then ends with
    (``(?<!on the )front`` -> ``f(?<!on the f)ront``).
    """
    if _LEAD_BOUNDARY.match(p):
        p = p[2:]
    m = _LEAD_LOOKBEHINDS.match(p)
    if m:
        c = m.group(2)
        p = c + "".join(f"(?<!{x}{c})" for x in re.findall(r"\(\?<!((?:[^()\\]|\\s)*)\)", m.group(1))) + p[m.end():]
    return p


def phrase_pattern(phrases: "tuple[str, ...] | list[str]", *, word_end: bool = True, guard: str = "") -> str:
    """A regex matching any of ``phrases`` (case-insensitive use; the longest phrase wins).

    Phrases are literal text except that a space matches any run of whitespace or
    hyphens, an apostrophe matches ' or ’, a trailing ``*`` allows any word ending
    ("destroy*"), and a phrase written ``re:...`` is a raw regular expression.
    ``guard``: further zero-width tests at the phrase's start (look-arounds), placed after
    the word-start test, which is the cheapest and fails at most positions.
    """
    raw = [_raw_part(p[3:]) for p in phrases if p.startswith("re:")]
    lit = [p for p in phrases if not p.startswith("re:") and p.strip()]
    parts = []
    if lit:
        parts.append(_trie_re(lit))
    parts.extend(raw)
    alt = "|".join(parts) if parts else r"(?!x)x"
    return rf"(?<![\w\-]){guard}(?:{alt})" + (r"(?![\w])" if word_end else "")


def lowercase_twin(rx: "re.Pattern", strict: bool = True) -> "re.Pattern | None":
    """The same case-insensitive pattern, for use on lower-cased text (no uppercase literals in it).

    On text whose lower-casing keeps its length, ``twin.search(text.lower())`` finds what
    ``rx.search(text)`` finds, at the same offsets, about twice as fast.
    """
    if not rx.flags & re.IGNORECASE or re.search(r"(?<!\\)[A-Z]", re.sub(r"\(\?P<\w+>", "", rx.pattern)):
        if strict:
            raise ValueError("pattern has uppercase literals; it cannot run on lower-cased text")
        return None
    return re.compile(rx.pattern, rx.flags & ~re.IGNORECASE)


_SPACE_RUN = re.compile(r"[\s\-]+")


@lru_cache(maxsize=8192)   # (a pure function of its string; the rules ask for the same few words over and over)
def normalize_phrase(p: str) -> str:
    """Lower-case, apostrophes unified, runs of spaces / hyphens as one space."""
    p = p.lower().replace("’", "'")
    if p.isalpha():
        return p   # one plain word: nothing to collapse
    return _SPACE_RUN.sub(" ", p).strip()


def compile_phrases(phrases, flags: int = re.IGNORECASE) -> re.Pattern:
    return re.compile(phrase_pattern(phrases), flags)
