"""Near-duplicate (syndicated copy) detection: MinHash signatures (datasketch) + LSH bands.

A document's signature is computed over its word 5-shingles. Its LSH band keys are stored in the
ledger (``doc_bands``) with the signature (``doc_signatures``), so detection works across runs and
across processes without holding an index in memory: documents sharing a band key are candidates,
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


def signature(text: str) -> np.ndarray | None:
    """The MinHash values of ``text`` (None when it is too short to compare).

    A shingle's 32-bit hash is a polynomial of its words' hashes (numpy, fixed constants: stable
    across processes and runs); datasketch's MinHash then permutes and minimises them.
    """
    words = text.lower().translate(_PUNCT).split()
    if len(words) < MIN_WORDS:
        return None
    # each word's first 12 characters as UTF-32 code points, hashed with odd multipliers (vectorised)
    cps = np.array(words, dtype=f"<U{_WORD_CHARS}").view("<u4").reshape(len(words), _WORD_CHARS)
    wh = (cps.astype(np.uint64) * _CHAR_MULT).sum(axis=1, dtype=np.uint64)
    n = len(words) - SHINGLE + 1
    acc = np.zeros(n, dtype=np.uint64)
    for j in range(SHINGLE):
        acc = acc * _MULT + wh[j:j + n]  # wraps modulo 2**64; the low 32 bits are the shingle's hash
    shingles = np.unique(acc & np.uint64(0xFFFFFFFF))
    m = MinHash(num_perm=NUM_PERM, permutations=_PERMUTATIONS, hashfunc=int, scheme=_SCHEME)
    m.update_batch(shingles.tolist())
    return m.hashvalues.astype(np.uint32)


_MULT = np.uint64(1_000_003)
_WORD_CHARS = 12
_CHAR_MULT = np.random.default_rng(20240101).integers(1, 2**63, _WORD_CHARS, dtype=np.uint64) * 2 + 1


def band_keys(sig: np.ndarray) -> list[int]:
    """One signed 64-bit key per LSH band (a polynomial hash of the band's values and its index)."""
    rows = sig[: BANDS * ROWS].astype(np.uint64).reshape(BANDS, ROWS)
    acc = _BAND_SALT.copy()
    for j in range(ROWS):
        acc = acc * _MULT64 + rows[:, j]  # wraps modulo 2**64
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
