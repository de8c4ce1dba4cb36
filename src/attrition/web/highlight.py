"""Article text with its claims highlighted: escaped text segments, only our own markup in between."""
from __future__ import annotations

from markupsafe import Markup, escape


def claim_span(text: str, sentence: str, start: int, end: int) -> tuple[int, int]:
    """The span of a claim's sentence in ``text`` (the occurrence holding the number), else the number."""
    if sentence:
        lo = max(0, start - len(sentence))
        i = text.find(sentence, lo)
        while i != -1 and i <= start:
            if i + len(sentence) >= end:
                return i, i + len(sentence)
            i = text.find(sentence, i + 1)
    start = max(0, min(start, len(text)))
    return start, max(start, min(end, len(text)))


def highlight(text: str, claims: list[tuple]) -> Markup:
    """``claims``: ``(claim_id, sentence, start, end, verdict[, label])``. Returns safe HTML.

    Each stretch of text is escaped; stretches covered by claims go in ``<mark class="claim v-…"
    data-claims="ids">``; the first stretch of each claim carries ``id="claim-N"``, its number
    ``<strong class="num">``.
    """
    spans = []
    cuts = {0, len(text)}
    labels = {}
    for cid, sentence, start, end, verdict, *rest in claims:
        a, b = claim_span(text, sentence, start, end)
        s0, s1 = max(0, min(start, len(text))), max(0, min(end, len(text)))
        spans.append((cid, a, b, verdict, s0, s1))
        if rest:
            labels[cid] = rest[0]
        cuts.update((a, b, s0, s1))
    bounds = sorted(cuts)
    out = []
    anchored: set[int] = set()
    for lo, hi in zip(bounds, bounds[1:]):
        seg = escape(text[lo:hi])
        covering = [s for s in spans if s[1] <= lo and hi <= s[2] and s[1] < s[2]]
        if not covering:
            out.append(seg)
            continue
        if any(s[4] <= lo and hi <= s[5] and s[4] < s[5] for s in covering):
            seg = Markup('<strong class="num">') + seg + Markup("</strong>")
        ids = [s[0] for s in covering]
        verdict = covering[-1][3]
        attrs = f'class="claim v-{escape(verdict)}" data-claims="{" ".join(str(i) for i in ids)}"'
        if any(i in labels for i in ids):
            attrs += f' title="{escape("; ".join(labels[i] for i in ids if i in labels))}"'
        new = [i for i in ids if i not in anchored]
        anchors = "".join(f'<span class="anchor" id="claim-{i}"></span>' for i in new)
        anchored.update(new)
        out.append(Markup(anchors) + Markup(f"<mark {attrs}>") + seg + Markup("</mark>"))
    return Markup("").join(out)
