"""Claimant attribution: who makes a claim ("according to X", "X said", "said X", "X figures").

``find_attributions(sentence)`` returns the sources a sentence names together with the
span of the attribution; the rules pick the one governing each number and carry the last
one across sentences.
"""
from __future__ import annotations

from attrition.extract import _rx as re
from dataclasses import dataclass

from attrition.extract.timex import MONTHS, WEEKDAYS
from attrition.extract.vocab import literal_trie, load, lowercase_twin, normalize_phrase, phrase_pattern, word_trie

_C = load("claimants")

_NAME_ITEMS = []
for cid, names in _C["names"].items():
    for n in names:
        _NAME_ITEMS.append((n, cid))
_NAME_ID = {normalize_phrase(n): cid for n, cid in _NAME_ITEMS}
_GENERIC_NOUNS = frozenset(("figures", "data", "sources", "estimates", "report", "statement", "statistics", "numbers",
                            "intelligence"))
_GENERIC_OTHER = frozenset(("analysts", "analyst", "experts", "expert", "researchers", "observers", "monitors",
                            "bloggers", "western"))
_MEDIA = frozenset(m.lower() for m in _C.get("media", ()))
# Names are proper nouns: case-sensitive (so "burns" the verb is no CIA director).
_NAME_RE = re.compile(r"(?<![\w\-])(?:" + literal_trie(n for n, _ in _NAME_ITEMS) + r")(?![\w])")
_NATIONAL_RE = re.compile(phrase_pattern(_C["national"]), re.IGNORECASE)
_NAT_ID = {}
for cid, words in _C["nationality"].items():
    for w in words:
        _NAT_ID[normalize_phrase(w)] = cid
_NAT_RE = re.compile(phrase_pattern(list(_NAT_ID)), re.IGNORECASE)
# Bare country names as sources: "Ukraine says", "Moscow claimed", "The UK estimates".
_COUNTRY_RE = re.compile(word_trie(_C["countries"]) + r"(?![\w])")
_ANAPHORA_RE = re.compile(phrase_pattern(_C["anaphora"]), re.IGNORECASE)
_UNATTR_RE = re.compile(phrase_pattern(_C["unattributed"]), re.IGNORECASE)
# (not an adjective: "have suffered an estimated 96,000 casualties", "the reported losses")
_VERB = phrase_pattern(_C["verbs"], guard=r"(?<!\ban\s)(?<!\bthe\s)")
_ADVERBS = r"(?:\b(?:has|have|had|also|now|further|later|previously|then|reportedly|officially|recently)\s+)*"
# A source governs the speech verb after it when ``^[^\d.;!?"“”]{0,80}?`` + adverbs + verb matches the
# text after it; done in two cheap steps: the first speech verb in x, then whether what
# comes before it may stand between a source and its verb (same end, see _verb_after).
_VERB_SCAN = re.compile(_VERB, re.IGNORECASE)
# (a quoted name right after the source: 'the Operational Command "South" reports')
# (and ranks shortened with a full stop: "Air Force commander Lt. Gen. Mykola Oleshchuk said")
# (a quoted nickname inside a name too: 'commander Robert "Madyar" Brovdi said')
_VERB_PREFIX = re.compile(r"(?:\s*[\"“«][\w\-]{2,20}[\"”»])?(?:[^\d.;!?\"“”]|\b(?:lt|col|gen|maj|capt|adm|brig|sgt|cmdr|"
                          r"dr|mr|ms|mrs)\.|(?<=[a-z] )[\"“][a-z][\w\-]{1,20}[\"”](?= [a-z])){0,80}?" + _ADVERBS,
                          re.IGNORECASE)
_ACCORDING_HINT = ("accord", "per", "citing", "hearing", "heard", "told", "briefed", "cited", "figures", "data", "statistic", "numbers", "estimate", "report",
                   "information", "released", "provided", "sourced", "quoted", "identified", "confirmed", "verified",
                   "documented", "counted", "compiled", "tallied", "recorded", "registered", "count", "tally", "reckoning",
                   "based on", "calculated", "derived", "drawn")
# (one scan for all of them: does any hint occur in the text?)
_ACCORDING_HINT_RE = re.compile(literal_trie(_ACCORDING_HINT))


def _verb_after(after: str, lafter: str | None = None):
    """The speech verb a source right before ``after`` governs (a match whose ``end()`` counts), or None.

    ``lafter``: ``after`` lower-cased (same length), to scan with the lower-case twins.
    """
    text, scan, prefix = (lafter, _VERB_SCAN_LOW, _VERB_PREFIX_LOW) if lafter is not None else \
        (after, _VERB_SCAN, _VERB_PREFIX)
    v = scan.search(text)
    if v is not None and text[:1] == ",":
        # "Oryx, the project that counts losses seen on video, has recorded ...": a verb inside an
        # apposition is not the source's; look after the apposition closes
        close = text.find(",", 1)
        if 0 < close and v.start() < close:
            hv = _HAS_FIGURE.match(text, close + 1)
            if hv is not None:
                return hv   # "Oryx, the project that lists only documented losses, had 3,480 Russian tanks"
            v = scan.search(text, close)
            return v if v is not None and prefix.fullmatch(text, close + 1, v.start()) is not None else None
    ok = v is not None and prefix.fullmatch(text, 0, v.start()) is not None
    if not ok and _APPOS_OPEN.match(text):
        # a longer apposition ("The Oryx blog, run by analysts who log losses only when they are
        # shown on video, has now recorded ..."): the verb right after a comma that closes it
        close = text.find(",")
        while 0 <= close < 200:
            hv = _HAS_FIGURE.match(text, close + 1)
            if hv is not None:
                return hv   # "Oryx, the project that lists only documented losses, had 3,480 Russian tanks as ..."
            nxt = _APPOS_VERB.match(text, close + 1)
            if nxt is not None:
                v2 = scan.search(text, close + 1)
                if v2 is not None and v2.start() == nxt.end():
                    return v2
            close = text.find(",", close + 1)
        return None
    return v if ok else None


# the opening of an apposition after a source's name ("Oryx, the ...", "The Oryx blog, run by ...")
_APPOS_BEFORE = re.compile(r",\s*(?:a|an|the)\s+(?:[\w\-’']+\s+){0,4}$")
_COMMA_VERB = re.compile(r"(?i),\s*(?:has\s+|have\s+|had\s+|also\s+)?(?:said|says|wrote|writes|told|claimed|claims|reported|"
                         r"reports|estimated|estimates|posted|added)\b")
_IN_RELATIVE = re.compile(r"(?i),\s*whose\b[^,]*$")
_APPOS_OPEN = re.compile(r"\s*(?:[a-z][\w’'\-]*\s*)?,\s*(?:the|a|an|which|who|whose|run|set|founded|based|an?\s+\w+)\b"
                         r"(?:[^.;!?\"“”\d]|[\"“][\w\s\-’']{1,40}[\"”]){0,190},", re.IGNORECASE)
# (a quoted word inside: 'which describes the pullback as a planned "regrouping",')
# "..., had 3,480 tanks": a counting source's "has" / "had" with its figure, after an apposition
_HAS_FIGURE = re.compile(r"(?i)\s*(?:now\s+|also\s+)?(?:has|had)(?=\s+(?:(?:about|around|some|more\s+than|over|at\s+least)\s+)?\d)")
# the words between an apposition's closing comma and the verb
_APPOS_VERB = re.compile(r"\s*(?:(?:has|have|had|also|now|further|later|previously|then|recently)\s+)*")
_VERB_BEFORE = re.compile(_VERB + r"[\s,]*(?:by\s+)?(?:the\s+|a\s+|an\s+)?[^\d.;!?]{0,40}$", re.IGNORECASE)
_ACCORDING = re.compile(
    r"(?:according\s+to|as\s+per|citing|cited\s+by|per|(?:based\s+on|calculated\s+from|compiled\s+from|derived\s+from|"
    r"drawn\s+from)\s+(?:the\s+)?(?:(?:daily|weekly|monthly|official|latest|morning)\s+)?(?:reports|figures|data|"
    r"statistics|updates|bulletins|tallies|summaries)\s+(?:of|from|by|published\s+by|released\s+by)|"
    r"(?:figures|data|statistics|numbers|estimates?|report|"
    r"information|count|tally|reckoning)[\s,]+(?:from|by|of|released\s+by|provided\s+by|shared\s+by|published\s+by|sourced\s+from|"
    r"posted\s+by)|released\s+by|provided\s+by|reported\s+by|sourced\s+from|quoted\s+by|identified\s+by|confirmed\s+by|"
    r"verified\s+by|documented\s+by|counted\s+by|compiled\s+by|tallied\s+by|estimated\s+by|recorded\s+by|"
    r"registered\s+by|hearing\s+from|heard\s+from|told\s+by|briefed\s+by)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?P<tail>(?:(?!that\b)[\w’'\-.&()]+\s+){0,6})$",
    re.IGNORECASE,
)
_DATA_NOUN_AFTER = re.compile(r"^['’]?s?\s*(?:(?:official|overall|published|public|daily|morning|evening|latest|weekly|regular|new|last|own|"
                              r"photo[\s\-]verified|visually[\s\-]confirmed|verified|confirmed|running|updated)\s+)*"
                              r"(?:figures|data|estimates?|statistics|numbers|tally|count|(?<=running\s)totals?|report|assessment|intelligence|"
                              r"update|summary|briefing|bulletin)\b",
                              re.IGNORECASE)
_ORG_HEAD = re.compile(r"Institut|Cent(?:re|er)|Council|University|Foundation|Observatory|Studies")
# Research bodies named as sources without being listed: "the International Institute for Strategic Studies"
_ORG_RE = re.compile(r"(?<![\w\-])(?:[A-Z][\w’'\-]*\s+(?:(?:of|for|on|and|the)\s+)*){0,5}"
                     r"(?:Institute|Institution|Centre|Center|Council|University|Foundation|Observatory|Studies)\b"
                     r"(?:\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+(?:and\s+)?[A-Z][\w’'\-]*){0,3})?")
_ORG_WORDS = frozenset(("Institute", "Institution", "Centre", "Center", "Council", "University", "Foundation",
                        "Observatory", "Studies"))
# Cheap pre-filter: a sentence without any of these words names no source.
TRIGGER = re.compile(phrase_pattern(list(_C["verbs"]) + [
    "according", "as per", "per", "citing", "cited", "figures", "data", "estimate*", "statistics", "report*", "released",
    "provided", "sourced", "quoted", "intelligence", "assessment", "tally", "update", "summary", "briefing",
    "bulletin", "count", "reckoning",
    # a list line labelled with its source and date: "- UN monitoring mission, 30 Nov: 10,142 killed"
    r"re:(?<=,)\s*(?:\d{1,2}\s+[a-z]{3,9}\.?|[a-z]{3,9}\.?\s+\d{1,2})(?:,?\s+\d{4})?:\s",
    r"re:(?<=\w:)\s*(?:\n|$)", r"re:(?<=\d\d[:.]\d\d\s)"], word_end=False), re.IGNORECASE)
_HEAD_SUFFIX = re.compile(r"(?:[:–—-]|\bsays?\b|\bclaims?\b)\s*$", re.IGNORECASE)
_CAP_WORD = re.compile(r"[A-Z][\w’'.\-]*")


# Lower-case twins: the same patterns scanned on lower-cased text (same offsets, faster).
_VERB_SCAN_LOW = lowercase_twin(_VERB_SCAN)
_VERB_PREFIX_LOW = lowercase_twin(_VERB_PREFIX)
_VERB_BEFORE_LOW = lowercase_twin(_VERB_BEFORE)
_ACCORDING_LOW = lowercase_twin(_ACCORDING)
_NATIONAL_LOW = lowercase_twin(_NATIONAL_RE)
_ANAPHORA_LOW = lowercase_twin(_ANAPHORA_RE)
_NAT_LOW = lowercase_twin(_NAT_RE)


@dataclass(frozen=True, slots=True)
class Attribution:
    start: int          # span of the source's name in the sentence
    end: int
    claimant: str | None  # None: an anaphor to resolve against the last named source
    name: str
    cue_start: int      # span covering name + verb / "according to" (used to judge dates)
    cue_end: int


def _gap_before_verb(after: str, mv: re.Match) -> str:
    """The words between a source and its speech verb (passives and relatives disqualify)."""
    txt = after[:mv.end()]
    if mv.group(0)[:1].isalpha() and " " in mv.group(0).rstrip():
        return after[:mv.start()]   # a verb of several words ("puts the number"): all of it is the verb
    # drop the verb itself (its last word and the spaces around it)
    t = txt.rstrip()
    if not t:
        return txt
    head = t.rsplit(None, 1)   # (what comes before the last run of spaces, itself right-stripped)
    return head[0] if len(head) == 2 else ""


_PUNCT_BETWEEN = re.compile(r"[,;:.()\"“”]")
_OF_RIGHT = re.compile(r"^\s*(?:of|of the|in|from|for)\b")
_OF_RIGHT_NAMED = re.compile(r"^(?:\s+(?:of|the|[A-Z][\w’'\-]*))*\s+of\s+(?:the\s+)?$")


def _national_id(s: str, a: int, b: int, sl: str | None = None) -> str | None:
    """The claimant id of a national phrase from the nationality words next to it (``sl``: ``s`` lower-cased)."""
    left = s[max(0, a - 30):a]
    right = s[b:b + 50]
    cands = []
    nat, lt, rt = (_NAT_LOW, sl[max(0, a - 30):a], sl[b:b + 50]) if sl is not None else (_NAT_RE, left, right)
    for m in nat.finditer(lt):
        if _PUNCT_BETWEEN.search(left, m.end()):
            continue   # "... launched by Russia overnight, the air force said": another phrase
        if _LEFT_CLAUSE.search(left, m.end()):
            continue   # "1,770 Russian casualties that the General Staff reported": not the staff's country
        cands.append((len(left) - m.end(), _NAT_ID.get(normalize_phrase(m.group(0)))))
    for m in nat.finditer(rt):
        gap = right[:m.start()]
        if (_OF_RIGHT.match(gap + " ") and not _PUNCT_BETWEEN.search(right, 0, m.start())) or \
                ("of" in gap and _OF_RIGHT_NAMED.match(gap)):   # (it needs the word "of")
            cands.append((m.start(), _NAT_ID.get(normalize_phrase(m.group(0)))))
    for m in (_US_RE.finditer(left) if "U" in left else ()):
        if _PUNCT_BETWEEN.search(left, m.end()):
            continue   # '..., including several US Bradleys," the ministry said': another phrase
        cands.append((len(left) - m.end(), "us_gov"))
    if not cands:
        return None
    cands.sort()
    return cands[0][1]


# what may follow a source named after its verb: the end, punctuation, a preposition, or the
# rest of an apposition ("..., said Oleksandr Tarnavskyi, commander of the Tavria group.")
_TAIL_OK = re.compile(r"^[^\w]*(?:$|[,.;:!?\"”’)\]]|\s+(?:on|in|at|as|to|via|during|that)\b"
                      r"|\s+(?:of|for|at|with)\s+[^,.;:!?\d]{1,110}(?:,\s*(?:on|in|late|early)\s+[^,.;:!?]{1,20})?"
                      r"[.!?\"”’]*\s*$)")
_PAREN_SOURCE_START = re.compile(r"\(\s*(?:the\s+)?(?:[A-Z][\w’'.\-]*\s+){0,3}$")
_PAREN_SOURCE_END = re.compile(r"\s*(?:,\s*(?:as\s+of|on|data|figures|estimate)[^()]{0,30})?\)")
_NO_FIGURE = re.compile(r"\s+(?:no|any)\s+(?:\w+\s+)?(?:figures?|numbers?|details|toll|estimates?|data)\b", re.IGNORECASE)
_LEFT_CLAUSE = re.compile(r"(?i)\b(?:that|which|who|whom|than|as|when|while|after|before|if|because)\b")
_US_RE = re.compile(r"\b(?:US|U\.S\.?|USA)(?=[\s’']|-(?!made|supplied|built|provided|donated|designed|funded))")
_LEFT_TOKEN = re.compile(r"the|a|an|[A-Z][\w’'.\-]*|[A-Z][\w.\-]*['’]s|of")
# read on the reversed text before a position: the spaces right before it, then the word before them
_LEFT_RUNS_REV = re.compile(r"(\s*)([\w’'.\-]*)")


def _left_word(s: str, i: int) -> int | None:
    """Start of the title / name word right before ``s[i]`` (then whitespace), if within 40 chars.

    The same as searching ``(?<![\\w’'.\\-])((?:the|a|an|[A-Z]...|of)\\s+)$`` in ``s[i-45:i]``,
    walking back instead of scanning forward.
    """
    # (the 41 characters before ``i`` are enough: runs longer than that fail the 40-character test anyway)
    m = _LEFT_RUNS_REV.match(s[max(0, i - 41):i][::-1])
    spaces = m.end(1)
    j = i - spaces
    k = i - m.end(2)
    if j == i or k == j or i - k > 40 or not _LEFT_TOKEN.fullmatch(s, k, j):
        return None
    return k


_TRAIL_FUNC = re.compile(r"(?:\s+(?:of|of the|for|and))+$")
_LEAD_FUNC = re.compile(r"^(?:(?:According|As|In|On|Since|But|And|Meanwhile|However|Earlier|Further|The|By)\s+)(?=[A-Z]|the)")
_LEAD_INITIALS = frozenset("AIOSBMHEFT")
_CAPITAL = re.compile(r"[A-Z]")
_RIGHT_WORD = re.compile(r"(\s+(?:[A-Z][\w’'.\-]*|of|of the|for|and)(?=\s|$|[,:;.]))")


_TIME_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset("yesterday today tonight earlier later then".split())


def _expand_name(s: str, a: int, b: int) -> tuple[int, int]:
    """Grow a source mention over adjacent title / name words ("CIA Director William Burns")."""
    # left: capitalised words, "the", possessives
    i = a
    while True:
        k = _left_word(s, i)
        if k is None:
            break
        if s[k:i].strip().lower() == "of" and not _CAPITAL.search(s[max(0, k - 30):k]):
            break
        if s[k:i].strip().lower() in _TIME_WORDS:
            break   # "In February President Zelensky said": a time, not a title
        i = k
    j = b
    while True:
        m = _RIGHT_WORD.match(s, j)
        if not m:
            break
        j = m.end()
    # trim trailing function words
    name = s[i:j]
    name2 = _TRAIL_FUNC.sub("", name) if name.endswith(("of", "the", "for", "and")) else name
    j = i + len(name2)
    name3 = _LEAD_FUNC.sub("", s[i:j]) if s[i:i + 1] in _LEAD_INITIALS else s[i:j]
    if name3 != s[i:j] and name3:
        i = j - len(name3)
    return i, j


_GENERIC_LINK = re.compile(r"\s+(?:at|of|from|with)\s+(?:the\s+)?")   # "the analysts at Oryx"


def _clean_name(name: str) -> str:
    name = name.strip(" ,:;\"“”'’")
    if name.endswith(".") and name[-2:-1].islower():
        name = name[:-1]   # the sentence's full stop ("... Ukraine's General Staff."), not an abbreviation
    return name


# between a name and the description in apposition to it: ", the ", ", an army ", ", Ukraine's "
_APPOSITION_GAP = re.compile(r"\s*,\s*(?:[\w\-’'.]+\s+){0,5}")


# "Wagner private military company", "military bloggers": no armed forces
_NOT_A_BODY = re.compile(r"(?i)\s+(?:company|companies|contractors?|firms?|bloggers?|analysts?|experts?|historians?|"
                         r"observers?|correspondents?|journalists?|commentators?|"
                         # "an updated tally of Ukrainian military equipment destroyed": the gear, no speaker
                         r"equipment|hardware|vehicles?|aircraft|facilities|targets|positions|losses|casualties|"
                         r"personnel|assets)\b")
# an aside between a country and its verb: "Moscow, for its part, claims", "Kyiv, in turn, says"
_ASIDE_GAP = re.compile(r"(?i)\s*,\s*(?:for\s+its\s+part|for\s+their\s+part|in\s+turn|meanwhile|however|too|"
                        r"by\s+contrast|in\s+contrast|for\s+its\s+own\s+part)\s*,\s*")
# what makes a body named before a pronoun a source: it publishes ("stopped publishing totals in 2023,
# when it said", "has not updated its own toll since ...")
_ITS_OWN = re.compile(r"(?i)\b(?:(?:its|their)\s+(?:own|official)|publish\w*|updat\w*|releas\w*|disclos\w*|report\w*|"
                      r"announc\w*)\b")


# the inline tests of find_attributions, compiled once
_IN_PLACE_BEFORE = re.compile(r"(?i)\b(?:in|of|from|for|to|against|across|inside|with)\s+(?:the\s+)?$")
_SOURCE_PREP_BEFORE = re.compile(r"(?i)\b(?:according\s+to|data\s+from|figures\s+from|reported\s+by|released\s+by|"
                                 r"provided\s+by|shared\s+by|quoted\s+by|cited\s+by)\s+(?:the\s+)?$")
_COMMA_ASIDE = re.compile(r",[^,]*,")
_COMPARED_BEFORE = re.compile(r"(?i)\b(?:than|with|against)\s+(?:the\s+)?$")
_SPEECH_RIGHT_AFTER = re.compile(r"\s+(?:(?:had|have|has)\s+)?(?:said|says|say|claimed|claims|claim|reported|reports|told|"
                                 r"estimated|estimates|believe|believes|believed|put)\b")
_REL_PRONOUN_BEFORE = re.compile(r",\s*(?:which|who|that)\b[^,;.]*$")
_GAP_CLAUSE = re.compile(r"\b(?:is|was|are|were|be|being|that|to)\b")
_GAP_COMMA_CAP = re.compile(r",\s*[A-Z]")
_COUNTRY_GAP = re.compile(r"\s*(?:(?:has|have|had|also|further|separately|again|now|later|then|"
                          r"last(?:\s+(?:week|month|year|night))?|first|"
                          r"previously|officially|only|itself|yesterday|today|earlier(?:\s+this\s+\w+)?|"
                          r"on\s+\w+|this\s+\w+)\s*)*")
_SENTENCE_END_AFTER = re.compile(r"^\s*(?:[.!?\"”’]|$)")
_SAYS_BEFORE = re.compile(r"(?i)(?:says|said|claims|claimed|reports|reported)[\s,]*")
_CLOSE_BEFORE = re.compile(r"[,\"”’]\s*$")
_CITES = re.compile(r"(?i)cit|quot")
_PRONOUN = re.compile(r"(?i)he|she|they|it")
_LEAD_PREP = re.compile(r"^(?:of|by|from|to|and|at)\s+")


# a speaker named after the verb, then described by the body it speaks for: "according to Oleh Kiper, head of
# the regional military administration", "said Colonel Pavlo Palisa, deputy head of the presidential office"
_POSTPOSED_ROLE = re.compile(r"\b(?:according\s+to|said|says|told|wrote|added)\s+(?:[A-Z][\w.’'\-]*\s+){1,5}?"
                             r"[A-Z][\w’'\-]+,\s+(?:the\s+|a\s+)?(?:deputy\s+|acting\s+|first\s+)?"
                             r"(?:head|chief|spokes(?:man|woman|person)|commander|governor|mayor|director|secretary|"
                             r"adviser|advisor|representative|member)\s+(?:of|for|at|to)\s+(?:the\s+)?(?:[\w’'\-]+\s+){0,3}$")


_REL_CLAUSE_OPEN = re.compile(r"[A-Z][\w’'\-]+,\s+(?:who|which)\s+(?:commands|heads|leads|runs|represents|speaks\s+for)\s+"
                              r"[^,;.]{0,60}$")
_REL_CLAUSE_VERB = re.compile(r",\s*(?:has\s+|had\s+|also\s+)?(?:said|says|told|added|stated|announced|reported|claimed|"
                              r"estimated)\b")


_NAMED_ORG = re.compile(r"(?P<w>(?-i:[A-Z][\w’'\-]+)(?:\s+(?-i:[A-Z][\w’'\-]+)){0,3})\s+(?:"
                        + "|".join(h.replace(" ", r"\s+") for h in _C["org_heads"])
                        + r")\b(?:\s+of\s+the\s+(?-i:[A-Z])[\w’'\-]+)?")
_ORG_FILLERS = frozenset(_C["org_fillers"])
_GROUP_NAMES = frozenset(_C["org_not_names"])
_AGENT_BY_BEFORE = re.compile(r"(?i)\b(?:" + "|".join(v.replace(" ", r"\s+") for v in _C["captor_verbs"])
                              + r")\s+by\s+(?:the\s+)?(?:[A-Z][\w’']+\s+)?$")
_POSS_NAME_BEFORE = re.compile(r"(?:\b[Tt]he\s+)?(?P<n>\b[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})['’]s\s+(?:[\w\-]+\s+){0,3}$")


# a line that opens with a source and, after an aside and a date, a colon: "- Oryx, 27 Dec: 2,605 lost"
# (or a live blog's entry: "06:58  Ukraine's General Staff, losses of Russian forces since 24.02.22:",
# "08:15  Ukraine's air force: Russia launched 741 drones")
_LINE_LEAD_BEFORE = re.compile(r"(?:.*\n)?\s*(?:\d{1,2}[:.]\d\d\s*(?:[A-Z]{2,4}\s*)?(?:[—–-]\s*)?)?(?:[•·▪●◦‣*\-–—]\s*)?"
                               r"(?:[Tt]he\s+)?(?:[A-Z][\w.’'\-]*\s+){0,2}")
_LABEL_SOURCE_AFTER = re.compile(r"(?:['’]s)?(?:\s+(?!(?:has|have|had|lost|loses|is|are|was|were|says|said)\b)[\w’'\-]+){0,3}"
                                 r"(?:\s*\([^()]{1,40}\))?\s*,\s*[^:,;.\n\d]{0,12}\d[^:,;.\n]{0,14}:\s"   # (the date is needed)
                                 r"|(?:\s*\([^()]{1,40}\))?\s*:\s"   # (right after the name: "Ukraine's air force: ...")
                                 r"|,\s*[^:;\n]{1,70}:\s*(?:\n|$)")   # (a heading: "..., losses of Russian forces since ...:")


def find_attributions(s: str) -> list[Attribution]:
    """Sources named as claimants in sentence ``s`` (offsets relative to ``s``)."""
    ents: list[tuple[int, int, str | None]] = []
    taken = [False] * (len(s) + 1)

    def add(a, b, cid):
        if any(taken[a:b]):
            return
        taken[a:b] = [True] * (b - a)
        ents.append((a, b, cid))

    name_spans = set()
    org_spans = set()
    if "roject" in s or " Group" in s or "egister" in s or "onsultancy" in s or "nitiative" in s:
        # bodies the vocabularies do not list, named with what they are: "the Sever Count project", "the Kestrel
        # Group, a London consultancy", "The Volunteer Register of the Fallen" (before the listed names inside them)
        for m in _NAMED_ORG.finditer(s):
            words = [w for w in m.group("w").split() if w not in _ORG_FILLERS]
            if not words or all(w in _GROUP_NAMES for w in words) or any(_NAME_ID.get(normalize_phrase(w)) not in (None, "russia_gov")
                                                            for w in words):
                continue   # "the Tsentr Group": a battlegroup, not a research body; "the Oryx project": the listed name
            add(m.start(), m.end(), "other")
            name_spans.add((m.start(), m.end()))
            org_spans.add((m.start(), m.end()))
    for m in _NAME_RE.finditer(s):
        add(m.start(), m.end(), _NAME_ID.get(normalize_phrase(m.group(0)), "other"))
        name_spans.add((m.start(), m.end()))
    if _ORG_HEAD.search(s):
        for m in _ORG_RE.finditer(s):
            if _ORG_HEAD.fullmatch(m.group(0)) or m.group(0) in _ORG_WORDS:
                continue   # a bare "Centre" ("the Tsentr (Centre) group") names no body
            name_spans.add((m.start(), m.end()))
            # a national body ("the Ukrainian National Security Council") speaks for its country
            nm = _NAT_RE.search(m.group(0))
            add(m.start(), m.end(), _NAT_ID.get(normalize_phrase(nm.group(0)), "other") if nm else "other")
    sl = s.lower()
    if len(sl) != len(s):
        sl = None   # lower-casing moved offsets: scan the text itself
    for m in (_NATIONAL_LOW.finditer(sl) if sl is not None else _NATIONAL_RE.finditer(s)):
        if _NOT_A_BODY.match(s, m.end()):
            continue   # "Wagner private military company", "military bloggers": not the armed forces
        cid = _national_id(s, m.start(), m.end(), sl)
        if cid is None:
            if normalize_phrase(m.group(0)) in _GENERIC_NOUNS:
                continue  # "data", "figures" alone name nobody
            # a bare "officials said": resolved later against the last source
            a2 = m.start()
            add(a2, m.end(), None)
        else:
            add(m.start(), m.end(), cid)
    country_spans = set()
    for m in _COUNTRY_RE.finditer(s):
        w = normalize_phrase(m.group(0)).replace("the ", "")
        cid = _NAT_ID.get(w)
        country_spans.add((m.start(), m.end()))
        add(m.start(), m.end(), cid)
    anaphor_spans = set()
    for m in (_ANAPHORA_LOW.finditer(sl) if sl is not None else _ANAPHORA_RE.finditer(s)):
        if m.end() - m.start() <= 4 and _REL_PRONOUN_BEFORE.search(s, max(0, m.start() - 60), m.start()) \
                and not _SPEECH_RIGHT_AFTER.match(s, m.end()):   # (not "which they said had killed 40")
            continue   # "Oryx, which counts only losses it can verify, has documented": the pronoun of a relative clause
        anaphor_spans.add((m.start(), m.end()))
        add(m.start(), m.end(), None)
    ents.sort()

    out: list[Attribution] = []
    for a, b, cid in ents:
        after = s[b:b + 160]
        before = s[max(0, a - 120):a]
        cue = None
        vpos = None
        is_country = (a, b) in country_spans
        if is_country and _IN_PLACE_BEFORE.search(before[-14:]) and not _SOURCE_PREP_BEFORE.search(before[-30:]):
            continue   # "the Monitoring Mission in Ukraine said": part of another name, not a speaker
        if "by " in before[-30:] and _AGENT_BY_BEFORE.search(before[-40:]):
            continue   # "... 199 captured by Ukrainian forces, the tally shows": the captors, not a speaker
        lafter = sl[b:b + 160] if sl is not None else None
        mv = _verb_after(after, lafter)
        if mv is None and after[:1] == "," and _REL_CLAUSE_OPEN.search(before) and cid is not None:
            # "Brigadier General Oleksandr Tarnavskyi, who commands Ukraine's Tavria group of forces, said ...": the
            # body in the speaker's relative clause
            mv = _REL_CLAUSE_VERB.match(after)
        if mv is None and after[:1] == "," and _APPOS_BEFORE.search(before):
            # "Andrei Morozov, a pro-war military blogger, wrote on Telegram that ...": the apposition's verb
            mv = _COMMA_VERB.match(after)
        if mv and _NO_FIGURE.match(after, mv.end()):
            mv = None   # "though the military gave no figure"
        if mv:
            gap = _gap_before_verb(after, mv)
            gap_core = _COMMA_ASIDE.sub(" ", gap) if "," in gap else gap   # ", who is tracking losses ...,"
            verb = after[len(gap):mv.end()].strip().lower()
            if _GAP_CLAUSE.search(gap_core):
                mv = None
            elif "," in gap_core and _GAP_COMMA_CAP.search(gap_core):
                mv = None   # "Prosecutor General's Office, Donetsk has reported": another subject
            elif verb.endswith("ing") and "," in gap:
                mv = None   # "..., adding that": the participle belongs to the sentence's subject
            elif "," in gap and _IN_RELATIVE.search(before):
                mv = None   # "the ministry, whose figures are regarded by Western analysts as inflated, says": the
                # relative clause's words are no speaker of the main verb
            elif is_country and not _COUNTRY_GAP.fullmatch(gap) and not _ASIDE_GAP.fullmatch(gap):
                mv = None   # "Ukraine, dismissing media reports" is no source
        if mv:
            cue = (a, b + mv.end())
            vpos = b + mv.end()
        else:
            lowb = sl[max(0, a - 120):a] if sl is not None else before.lower()
            mb = None
            if _ACCORDING_HINT_RE.search(lowb):
                mb = _ACCORDING_LOW.search(lowb) if sl is not None else _ACCORDING.search(before)
            # (another source in the tail is the one meant, unless it is this one's possessor: "according to the
            # daily tally from Ukraine's General Staff")
            if mb and not any(a - len(before) + mb.start("tail") <= e0 < a
                              and normalize_phrase(s[e0:e1]) not in _GENERIC_OTHER
                              and not (s.startswith(("'s ", "’s "), e1) and e1 + 3 == a) for e0, e1, _c in ents):
                cue = (a - len(before) + mb.start(), b)
            elif mb:
                mb = None
            if cue is None and _PAREN_SOURCE_START.search(before) and _PAREN_SOURCE_END.match(after) \
                    and s[a:b].lower() not in _MEDIA:   # (not a wire dateline's "(Reuters)")
                cue = (a, b)   # "(Russian Defense Ministry)", "(Oryx, as of 10 June)": a source in brackets
            if cue is None:
                md = _DATA_NOUN_AFTER.match(after)
                if md and _COMPARED_BEFORE.search(before[-14:]):
                    md = None   # "whose figures are higher than Western estimates": a comparison, no source
                if md:
                    cue = (a, b + md.end())
                else:
                    mvb = _VERB_BEFORE_LOW.search(lowb) if sl is not None else _VERB_BEFORE.search(before)
                    tail_ok = _TAIL_OK.match(after)
                    if is_country:
                        # "..., says Ukraine" / "..., Kyiv claims" at the end of a sentence only
                        tail_ok = tail_ok and _SENTENCE_END_AFTER.match(after) and mvb is not None and \
                            _SAYS_BEFORE.fullmatch(mvb.group(0))
                    if mvb and tail_ok and (_CLOSE_BEFORE.search(before[:mvb.start()]) or _CITES.match(mvb.group(0))):
                        cue = (a - len(before) + mvb.start(), b)
            if cue is None and cid is None and "," in before:
                mr = _POSTPOSED_ROLE.search(before)
                if mr is not None:
                    # "..., according to Oleh Kiper, head of the regional military administration", "said Colonel
                    # Pavlo Palisa, deputy head of the presidential office": the named person's body
                    cue = (a - len(before) + mr.start(), b)
        if cue is None and cid is not None and _LINE_LEAD_BEFORE.fullmatch(before) and _LABEL_SOURCE_AFTER.match(after):
            # "- Ukraine's General Staff, 28 Dec: 353,870 killed and wounded": a list line labelled with its source
            cue = (a, b)
        if cue is None:
            continue
        pron_name = None
        if cid is None and (a, b) in anaphor_spans and _PRONOUN.fullmatch(s[a:b]):
            # a pronoun refers to the nearest source named before it in the sentence
            # (a bare country is one only when it spoke: "Russia lost 960 troops, it said" is no Russian claim)
            # (nor is a body only said to have lost them: "Russian forces also lost 13 tanks, it said";
            # unless the sentence is about its own count: "Moscow has not published its own toll since
            # March, when it admitted ...")
            prior = [e for e in ents if e[1] <= a and e[2] is not None and
                     ((e[0], e[1]) in name_spans or any(o.start <= e[0] < o.end for o in out)
                      or _ITS_OWN.search(s, e[1], a) is not None)]
            if prior:
                cid = prior[-1][2]
                pa, pb = _expand_name(s, prior[-1][0], prior[-1][1])
                pron_name = s[pa:pb].strip(" ,:;\"“”'’")
        elif cid is None and country_spans:
            # "Moscow has not updated its own count since March, when the defence ministry said ...": Moscow's
            prior = [e for e in ents if e[1] <= a and e[2] is not None and (e[0], e[1]) in country_spans
                     and _ITS_OWN.search(s, e[1], a) is not None]
            if prior:
                cid = prior[-1][2]
        ea, eb = _expand_name(s, a, b) if cid is not None and pron_name is None else (a, b)
        if cid == "other" and normalize_phrase(s[a:b]) in _GENERIC_OTHER:
            # "The UN's human rights monitors ... say": the named body whose monitors (analysts, experts) they are
            pm = _POSS_NAME_BEFORE.search(s, max(0, a - 60), a)
            nid = _NAME_ID.get(normalize_phrase(pm.group("n"))) if pm else None
            if nid not in (None, "other"):
                cid, ea = nid, min(ea, pm.start("n"))
        if cid == "other" and (ea < a or eb > b) and (a, b) not in org_spans:
            # "The Oryx open-source project ... said": the named body the generic words describe
            for nm in _NAME_RE.finditer(s, ea, eb):
                nid = _NAME_ID.get(normalize_phrase(nm.group(0)))
                if nid not in (None, "other"):
                    cid = nid
                    break
        name = pron_name or _clean_name(s[ea:eb])
        name = _LEAD_PREP.sub("", name)
        if vpos is not None:
            # an apposition describing a named source keeps the name ("Yuriy Ihnat, the air force spokesman, said")
            # (an apposition follows the name: "Kharkiv's brigades near Izium, the ministry said" is none)
            if cid is None and any(o.cue_end == vpos and o.claimant is not None and o.end < a - 2
                                   and _APPOSITION_GAP.fullmatch(s, o.end, a) for o in out):
                continue
            # one verb, one source: the source nearest to the verb keeps it
            out = [o for o in out if not (o.cue_end == vpos and o.start < ea and o.end < a - 2)]
            if any(o.cue_end == vpos and o.start > ea for o in out):
                continue
        out.append(Attribution(ea, eb, cid, name, min(cue[0], ea), max(cue[1], eb)))
    # merge adjacent entities describing one source ("Ukrainian President Volodymyr Zelensky said")
    merged: list[Attribution] = []
    for at in out:
        if merged and (at.start <= merged[-1].end + 1 or (
                normalize_phrase(s[merged[-1].start:merged[-1].end]).removeprefix("the ") in _GENERIC_OTHER
                and _GENERIC_LINK.fullmatch(s, merged[-1].end, at.start))):
            prev = merged[-1]
            # one source described by several words: the first word that names a side wins
            # ("UN monitors", "NATO official"), generic words ("analysts") only as a last resort
            cid = prev.claimant if prev.claimant is not None else at.claimant
            if prev.claimant == "other" and at.claimant not in (None, "other") and \
                    normalize_phrase(s[prev.start:prev.end]).removeprefix("the ") in _GENERIC_OTHER:
                cid = at.claimant
            elif at.claimant == "other" and prev.claimant not in (None, "other") \
                    and _NAME_RE.search(s, at.start, at.end) and not _NAME_RE.search(s, prev.start, prev.end):
                cid = at.claimant   # "the head of Russia's Wagner group": the named body, not its country
            name = _clean_name(s[prev.start:max(prev.end, at.end)])
            merged[-1] = Attribution(prev.start, max(prev.end, at.end), cid, name,
                                     min(prev.cue_start, at.cue_start), max(prev.cue_end, at.cue_end))
        else:
            merged.append(at)
    # a media outlet relaying another source's figure is no claimant
    if merged and any(m.claimant is not None and m.name.lower().removeprefix("the ") not in _MEDIA for m in merged):
        merged = [m for m in merged if m.name.lower().removeprefix("the ") not in _MEDIA]
    return merged


def is_media(name: str) -> bool:
    return name.lower().removeprefix("the ") in _MEDIA


def unattributed_cue(s: str) -> re.Match | None:
    return _UNATTR_RE.search(s)


GENERIC_OTHER = _GENERIC_OTHER

__all__ = ["Attribution", "find_attributions", "unattributed_cue", "GENERIC_OTHER"]
