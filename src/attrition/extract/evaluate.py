"""Score extracted claims against gold annotations (../shared/gold/GUIDELINES.md).

Public API
----------
``score(gold_docs, predicted) -> EvalReport``
    Pure: ``gold_docs`` is an iterable of gold documents (dicts with ``id`` and
    ``claims``), ``predicted`` maps a document id to its predicted claims
    (:class:`~attrition.model.Claim` objects or contract dicts).
``load_gold(path) -> list[dict]``
    Read a gold JSON Lines file.
``predict(gold_docs, extract_fn=None) -> dict[str, list[Claim]]``
    Run the extractor over the documents' ``text`` and ``published``.
``evaluate_file(path, extract_fn=None) -> EvalReport``
    ``score(docs, predict(docs))`` for a gold file.

Scoring
-------
- Repeated identical claims are folded, in gold and in predictions, per
  document, on the full record key of the guidelines' "Duplicates" section:
  (side, category, outcome, value, value_max, period, as_of, claimant).
- Gold and predicted claims are matched within each document, one to one, on
  the *core key* (side, category, value, value_max, period). Where several
  candidates share a core key, the pair agreeing on most other fields wins.
- Core precision / recall / F1 are micro-averaged over all documents.
- On matched pairs, the accuracy of outcome, qualifier, claimant, as_of (equal
  within one day; both null is equal) and scope is reported.
- "Full" precision / recall / F1 count a match only when outcome, qualifier,
  claimant and as_of also agree (scope is reported, not required).
"""
from __future__ import annotations

import itertools
import json
import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping

from attrition.model import Claim

CORE_FIELDS = ("side", "category", "value", "value_max", "period")
FOLD_FIELDS = ("side", "category", "outcome", "value", "value_max", "period", "as_of", "claimant")
#: Fields whose agreement a "full" match needs.
FULL_FIELDS = ("outcome", "qualifier", "claimant", "as_of")
#: Fields whose accuracy is reported on matched pairs.
ACCURACY_FIELDS = ("outcome", "qualifier", "claimant", "as_of", "scope")

_RECORD_FIELDS = ("value", "value_max", "qualifier", "side", "category", "outcome", "period",
                  "rate_unit", "as_of", "claimant", "claimant_name", "scope", "text", "start", "end")


def _num(x: Any) -> float | int | None:
    if x is None or x == "":
        return None
    x = float(x)
    x = round(x, 6)
    return int(x) if x.is_integer() else x


def _date(x: Any) -> date | None:
    if x is None or x == "":
        return None
    if isinstance(x, date):
        return x
    return date.fromisoformat(str(x)[:10])


def _category(x: Any) -> str:
    """Joined categories compare regardless of the order they were written in."""
    return "+".join(sorted(p.strip() for p in str(x).split("+")))


def normalize(claim: Claim | Mapping[str, Any]) -> dict[str, Any]:
    """A claim (object or contract dict) as a plain dict with comparable values."""
    if isinstance(claim, Claim):
        d = {k: getattr(claim, k) for k in _RECORD_FIELDS}
    else:
        d = {k: claim.get(k) for k in _RECORD_FIELDS}
    d["value"] = _num(d["value"])
    d["value_max"] = _num(d["value_max"])
    d["as_of"] = _date(d["as_of"])
    d["category"] = _category(d["category"])
    d["text"] = d.get("text") or ""
    return d


def core_key(c: Mapping[str, Any]) -> tuple:
    return tuple(c[k] for k in CORE_FIELDS)


def fold_key(c: Mapping[str, Any]) -> tuple:
    return tuple(c[k] for k in FOLD_FIELDS)


def fold(claims: Iterable[Claim | Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Normalized claims with repeats (same fold key) removed; the first occurrence is kept."""
    seen: set[tuple] = set()
    out = []
    for c in claims:
        n = normalize(c)
        k = fold_key(n)
        if k not in seen:
            seen.add(k)
            out.append(n)
    return out


def as_of_equal(a: date | None, b: date | None) -> bool:
    """Dates agree within one day; two nulls agree; a null and a date do not."""
    if a is None or b is None:
        return a is None and b is None
    return abs((a - b).days) <= 1


def field_agrees(name: str, gold: Mapping[str, Any], pred: Mapping[str, Any]) -> bool:
    if name == "as_of":
        return as_of_equal(gold["as_of"], pred["as_of"])
    return gold[name] == pred[name]


def _agreement(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> tuple[int, int, int]:
    """How well a candidate pair agrees: (a full match, full-match fields agreeing, other fields agreeing)."""
    full = sum(field_agrees(f, gold, pred) for f in FULL_FIELDS)
    rest = sum(field_agrees(f, gold, pred) for f in ACCURACY_FIELDS if f not in FULL_FIELDS)
    return int(full == len(FULL_FIELDS)), full, rest


# Groups sharing one core key are tiny in practice; up to this many injective
# assignments are searched exhaustively, larger groups are paired greedily.
_EXHAUSTIVE_LIMIT = 5040


def _assign(gi: list[int], pj: list[int], score: Callable[[int, int], tuple]) -> list[tuple[int, int]]:
    """Pair min(len) items of ``gi`` and ``pj`` one to one, maximizing the summed ``score`` tuples."""
    small, large, flip = (gi, pj, False) if len(gi) <= len(pj) else (pj, gi, True)

    def pair(a: int, b: int) -> tuple[int, int]:
        return (b, a) if flip else (a, b)

    if math.perm(len(large), len(small)) <= _EXHAUSTIVE_LIMIT:
        best: tuple | None = None
        best_pairs: list[tuple[int, int]] = []
        for choice in itertools.permutations(large, len(small)):
            pairs = [pair(a, b) for a, b in zip(small, choice)]
            total = tuple(map(sum, zip(*(score(i, j) for i, j in pairs))))
            if best is None or total > best:  # first (document-order) assignment wins ties
                best, best_pairs = total, pairs
        return best_pairs
    cands = sorted(((score(i, j), i, j) for i in gi for j in pj), key=lambda t: (tuple(-x for x in t[0]), t[1], t[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, i, j in cands:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            out.append((i, j))
    return out


def match(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """One-to-one matching of two claim lists of one document on the core key.

    Returns ``(pairs, unmatched_gold, unmatched_pred)`` as indices. Within a core
    key, the assignment maximizes the number of full matches, then agreement on
    the other fields (exhaustive search for small groups, greedy for large ones);
    ties go to document order.
    """
    by_key_g: dict[tuple, list[int]] = defaultdict(list)
    by_key_p: dict[tuple, list[int]] = defaultdict(list)
    for i, g in enumerate(gold):
        by_key_g[core_key(g)].append(i)
    for j, p in enumerate(pred):
        by_key_p[core_key(p)].append(j)
    pairs: list[tuple[int, int]] = []
    for key, gi in by_key_g.items():
        pj = by_key_p.get(key)
        if pj:
            pairs.extend(_assign(gi, pj, lambda i, j: _agreement(gold[i], pred[j])))
    pairs.sort()
    mg = {i for i, _ in pairs}
    mp = {j for _, j in pairs}
    return pairs, [i for i in range(len(gold)) if i not in mg], [j for j in range(len(pred)) if j not in mp]


@dataclass(slots=True)
class EvalError:
    """One scoring error: a miss (gold not found), a spurious prediction, or a wrong field on a match."""

    kind: str  # "miss" | "spurious" | "field"
    doc_id: str
    key: tuple
    text: str
    field: str | None = None
    gold: Any = None
    pred: Any = None

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "doc_id": self.doc_id, "key": dict(zip(CORE_FIELDS, self.key)),
                "field": self.field, "gold": _js(self.gold), "pred": _js(self.pred), "text": self.text}


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


@dataclass
class EvalReport:
    """Figures of one scoring run (micro-averaged over documents)."""

    docs: int = 0
    gold: int = 0          # gold claims after folding
    predicted: int = 0     # predicted claims after folding
    matched: int = 0       # core-key matches
    full_matched: int = 0  # matches that also agree on FULL_FIELDS
    field_correct: dict[str, int] = field(default_factory=lambda: {f: 0 for f in ACCURACY_FIELDS})
    #: per field, Counter of (gold value, predicted value) over matched pairs that disagree
    confusion: dict[str, Counter] = field(default_factory=lambda: {f: Counter() for f in ACCURACY_FIELDS})
    errors: list[EvalError] = field(default_factory=list)
    #: per document id: {"gold", "predicted", "matched", "full_matched"}
    per_doc: dict[str, dict[str, int]] = field(default_factory=dict)

    @property
    def precision(self) -> float:
        return _prf(self.matched, self.predicted, self.gold)[0]

    @property
    def recall(self) -> float:
        return _prf(self.matched, self.predicted, self.gold)[1]

    @property
    def f1(self) -> float:
        return _prf(self.matched, self.predicted, self.gold)[2]

    @property
    def full_precision(self) -> float:
        return _prf(self.full_matched, self.predicted, self.gold)[0]

    @property
    def full_recall(self) -> float:
        return _prf(self.full_matched, self.predicted, self.gold)[1]

    @property
    def full_f1(self) -> float:
        return _prf(self.full_matched, self.predicted, self.gold)[2]

    def accuracy(self, name: str) -> float:
        """Share of matched pairs that agree on ``name`` (0.0 with no matches)."""
        return self.field_correct[name] / self.matched if self.matched else 0.0

    def errors_of(self, kind: str) -> list[EvalError]:
        return [e for e in self.errors if e.kind == kind]

    def to_dict(self, errors: bool = False) -> dict[str, Any]:
        d: dict[str, Any] = {
            "docs": self.docs, "gold": self.gold, "predicted": self.predicted,
            "matched": self.matched, "full_matched": self.full_matched,
            "core": {"precision": self.precision, "recall": self.recall, "f1": self.f1},
            "full": {"precision": self.full_precision, "recall": self.full_recall, "f1": self.full_f1},
            "accuracy": {f: self.accuracy(f) for f in ACCURACY_FIELDS},
            "confusion": {f: [[_js(g), _js(p), n] for (g, p), n in c.most_common()]
                          for f, c in self.confusion.items()},
            "per_doc": self.per_doc,
        }
        if errors:
            d["errors"] = [e.to_dict() for e in self.errors]
        return d


def _js(x: Any) -> Any:
    return x.isoformat() if isinstance(x, date) else x


def score(gold_docs: Iterable[Mapping[str, Any]],
          predicted: Mapping[str, Iterable[Claim | Mapping[str, Any]]]) -> EvalReport:
    """Score ``predicted`` (doc id -> claims) against ``gold_docs`` (dicts with ``id`` and ``claims``).

    Documents absent from ``predicted`` count as having no predictions; predictions
    for ids absent from the gold documents are ignored.
    """
    rep = EvalReport()
    for doc in gold_docs:
        doc_id = str(doc["id"])
        gold = fold(doc.get("claims") or [])
        pred = fold(predicted.get(doc_id) or predicted.get(doc["id"]) or [])
        rep.docs += 1
        rep.gold += len(gold)
        rep.predicted += len(pred)
        pairs, miss, spur = match(gold, pred)
        rep.matched += len(pairs)
        full_before = rep.full_matched
        for i, j in pairs:
            g, p = gold[i], pred[j]
            full = True
            for f in ACCURACY_FIELDS:
                if field_agrees(f, g, p):
                    rep.field_correct[f] += 1
                else:
                    if f in FULL_FIELDS:
                        full = False
                    rep.confusion[f][(g[f], p[f])] += 1
                    rep.errors.append(EvalError("field", doc_id, core_key(g), p["text"] or g["text"],
                                                field=f, gold=g[f], pred=p[f]))
            rep.full_matched += full
        rep.per_doc[doc_id] = {"gold": len(gold), "predicted": len(pred), "matched": len(pairs),
                               "full_matched": rep.full_matched - full_before}
        for i in miss:
            rep.errors.append(EvalError("miss", doc_id, core_key(gold[i]), gold[i]["text"]))
        for j in spur:
            rep.errors.append(EvalError("spurious", doc_id, core_key(pred[j]), pred[j]["text"]))
    return rep


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    """Read a gold JSON Lines file (one document per line; blank lines skipped)."""
    docs = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                d = json.loads(line)
            except json.JSONDecodeError as e:
                raise ValueError(f"{path}:{n}: not valid JSON ({e.msg})") from None
            if not isinstance(d, dict) or "id" not in d or "text" not in d:
                raise ValueError(f"{path}:{n}: a gold document needs 'id' and 'text'")
            docs.append(d)
    return docs


def predict(gold_docs: Iterable[Mapping[str, Any]],
            extract_fn: Callable[..., list[Claim]] | None = None) -> dict[str, list[Claim]]:
    """Run the extractor (default :func:`attrition.extract`) on each document's text and date."""
    if extract_fn is None:
        from attrition import extract as extract_fn  # the function, see attrition/__init__.py
    return {str(d["id"]): extract_fn(d["text"], d.get("published")) for d in gold_docs}


def evaluate_file(path: str | Path, extract_fn: Callable[..., list[Claim]] | None = None) -> EvalReport:
    docs = load_gold(path)
    return score(docs, predict(docs, extract_fn))


__all__ = ["score", "load_gold", "predict", "evaluate_file", "EvalReport", "EvalError", "normalize",
           "fold", "match", "as_of_equal", "core_key", "fold_key", "CORE_FIELDS", "FOLD_FIELDS",
           "FULL_FIELDS", "ACCURACY_FIELDS"]
