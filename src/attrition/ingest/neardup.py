"""Near-duplicate (syndicated copy) detection: MinHash signatures (datasketch) + LSH bands.

A document's signature is computed over its word 5-shingles. Its LSH band keys are stored in the
ledger (``doc_bands_recent``, merged in bulk into ``doc_bands``: see :mod:`.pipeline`) with the
signature (``doc_signatures``), so detection works across runs and across processes without
holding an index in memory: documents sharing a band key are candidates,
and a candidate whose estimated Jaccard similarity reaches :data:`THRESHOLD` is the original
(the writer then also checks that the copy states no figure the original lacks: a templated daily
bulletin with new numbers is a document of its own). Only originals are indexed, so a copy always
links to the first-seen document.
"""
from __future__ import annotations

import string

import numpy as np
from datasketch import MinHash

NUM_PERM = 60
BANDS, ROWS = 20, 3  # P(candidate) ~0.93 at Jaccard 0.5, ~0.99 at 0.6, ~0.02 at 0.1 (then verified)
THRESHOLD = 0.5
SHINGLE = 5
MIN_WORDS = 25  # shorter texts are too short to call near-duplicates safely
_SCHEME = "affine32"
# punctuation (ASCII and typographic) becomes space: words are what is left
_PUNCT = str.maketrans({c: " " for c in string.punctuation + "‘’“”„«»–—…·•"})
_PERMUTATIONS = MinHash(num_perm=NUM_PERM, seed=1, scheme=_SCHEME).permutations
_PERM_A, _PERM_B = (np.ascontiguousarray(p, dtype=np.uint32) for p in _PERMUTATIONS)


def signature(text: str) -> np.ndarray | None:
    """The MinHash values of ``text`` (None when it is too short to compare)."""
    return signatures([text])[0]


def signatures(texts: list[str]) -> list[np.ndarray | None]:
    """The MinHash values of each text (None for one too short to compare).

    A shingle's 32-bit hash is a polynomial of its words' hashes (numpy, fixed constants: stable
    across processes and runs); datasketch's "affine32" permutations then map and minimise them.
    The permutations are applied here in numpy, as datasketch's ``MinHash.update_batch`` does (same
    values, bit for bit: stored signatures stay comparable), and a few dozen texts go through each
    numpy step together (per-call overhead paid once per group, temporary arrays kept small).
    """
    out: list[np.ndarray | None] = [None] * len(texts)
    group: list[tuple[int, list[str]]] = []
    size = 0
    for i, text in enumerate(texts):
        words = text.lower().translate(_PUNCT).split()
        if len(words) < MIN_WORDS:
            continue
        # a long text goes in pieces that overlap by SHINGLE - 1 words: each shingle is in one piece
        for start in range(0, len(words) - SHINGLE + 1, _GROUP_WORDS):
            piece = words[start:start + _GROUP_WORDS + SHINGLE - 1]
            group.append((i, piece))
            size += len(piece)
            if size >= _GROUP_WORDS:
                _sign_group(group, out)
                group, size = [], 0
    if group:
        _sign_group(group, out)
    return out


def _sign_group(group: list[tuple[int, list[str]]], out: list) -> None:
    words = [w for _, ws in group for w in ws]
    # Each word's first 12 characters as UTF-32 code points, hashed with odd multipliers; a shingle's
    # hash is a polynomial of its words' hashes. Defined modulo 2**64, of which the low 32 bits are
    # kept: computed modulo 2**32 (uint32 wraps), as sums and products need only the low bits.
    cps = np.array(words, dtype=f"<U{_WORD_CHARS}").view("<u4").reshape(len(words), _WORD_CHARS)
    wh = cps @ _CHAR_MULT32
    n = len(words) - SHINGLE + 1
    acc = wh[:n].copy()
    for j in range(1, SHINGLE):
        acc *= _MULT32
        acc += wh[j:j + n]
    # shingles running from one text into the next are dropped
    counts = np.array([len(ws) for _, ws in group]) - (SHINGLE - 1)
    keep = np.ones(n, dtype=bool)
    for end in np.cumsum(counts + (SHINGLE - 1))[:-1]:
        keep[end - SHINGLE + 1:end] = False
    hv = _fmix32(acc[keep])  # datasketch's pre-mix of each input hash
    perm = hv[:, None] * _PERM_A + _PERM_B  # uint32 arithmetic wraps: the permutations
    starts = np.concatenate(([0], np.cumsum(counts)[:-1]))
    for (i, _), sig in zip(group, np.minimum.reduceat(perm, starts, axis=0)):
        out[i] = sig if out[i] is None else np.minimum(out[i], sig)  # a text in several pieces


def _fmix32(hv: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finaliser (datasketch ``minhash._fmix``, width 32)."""
    hv = hv ^ (hv >> np.uint32(16))
    hv = hv * np.uint32(0x85EBCA6B)
    hv = hv ^ (hv >> np.uint32(13))
    hv = hv * np.uint32(0xC2B2AE35)
    return hv ^ (hv >> np.uint32(16))


_MULT = np.uint64(1_000_003)
_GROUP_WORDS = 8192  # words hashed together (the permutation step holds 60 uint32 per word)
_WORD_CHARS = 12
_CHAR_MULT = np.random.default_rng(20240101).integers(1, 2**63, _WORD_CHARS, dtype=np.uint64) * 2 + 1
_CHAR_MULT32 = (_CHAR_MULT & np.uint64(0xFFFFFFFF)).astype(np.uint32)
_MULT32 = np.uint32(_MULT)


def band_keys(sig: np.ndarray) -> list[int]:
    """One signed 64-bit key per LSH band (a polynomial hash of the band's values and its index)."""
    return band_keys_many(sig[None, :])[0]


def band_keys_many(sigs: np.ndarray) -> list[list[int]]:
    """:func:`band_keys` of each row of ``sigs`` (one signature per row)."""
    rows = sigs[:, : BANDS * ROWS].astype(np.uint64).reshape(len(sigs), BANDS, ROWS)
    acc = np.broadcast_to(_BAND_SALT, (len(sigs), BANDS)).copy()
    for j in range(ROWS):
        acc = acc * _MULT64 + rows[:, :, j]  # wraps modulo 2**64
    return acc.view(np.int64).tolist()


_MULT64 = np.uint64(0x100000001B3)
_BAND_SALT = (np.arange(1, BANDS + 1, dtype=np.uint64) * np.uint64(0x9E3779B97F4A7C15))


def to_bytes(sig: np.ndarray) -> bytes:
    return sig.astype("<u4").tobytes()


def from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(data, dtype="<u4")


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.count_nonzero(a == b)) / len(a)
