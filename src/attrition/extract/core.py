"""Rule assembly: segments -> number mentions -> loss claims.

For every sentence (or headline / caption line) that holds a number:

1. numbers that are dates, years, percentages, money, units, ordinals or model names are
   dropped; the rest are *mentions*;
2. each mention gets a category from the noun after it (or, for a bare number, from the
   nearest category noun or figure noun before it), an outcome from the loss words around
   it, a qualifier from the words right before it, a side, a period, an as_of date, a
   claimant and a scope;
3. mentions in one list ("191 tanks, 29 jets and 816 APCs") share what the list states once;
4. a mention with no category or no loss word, or in a negative context (aid, mobilisation,
   refugees...), is no claim.
"""
from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from attrition.extract import _rx as re
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from attrition.extract.attribution import TRIGGER as _ATTR_TRIGGER
from attrition.extract.attribution import _UNATTR_RE, GENERIC_OTHER, Attribution, find_attributions, is_media
from attrition.extract.numbers import _ONE_RE, NumberMention, find_numbers, parse_number
from attrition.extract.text import LIST_ITEM_LINE, Segment, segments
from attrition.extract.tables import Table, cell_number, find_tables
from attrition.extract.timex import WAR_START, TimeEx, doc_year_hint, find_times
from attrition.extract.vocab import literal_trie, load, lowercase_twin, normalize_phrase, phrase_pattern, word_trie
from attrition.model import Claim

# ---------------------------------------------------------------- vocabularies
_CATS_FILE = load("categories")
# every key of categories.yaml is a category with its phrases, except the model tables
_CATS = {c: ps for c, ps in _CATS_FILE.items() if c not in ("model_prefixes", "model_categories")}
_MODELS = tuple(_CATS_FILE.get("model_prefixes", ()))
_cat_phrases = [p for ps in _CATS.values() for p in ps]
_CAT_RE = re.compile(phrase_pattern(_cat_phrases), re.IGNORECASE)
_MODEL_BEFORE = re.compile(r"(?<![\w\-])(?:" + literal_trie(_MODELS) + r")[\s\-]?$")
_CAT_TABLE = {normalize_phrase(p): c for c, ps in _CATS.items() for p in ps if not p.endswith("*")}
_CAT_STARS = tuple((normalize_phrase(p[:-1]), c) for c, ps in _CATS.items() for p in ps if p.endswith("*"))

_OUT = load("outcomes")
_OUT_RE = re.compile(phrase_pattern([p for ps in _OUT.values() for p in ps]), re.IGNORECASE)
_OUT_TABLE = {normalize_phrase(p): o for o, ps in _OUT.items() for p in ps if not p.endswith("*")}
_OUT_STARS = tuple((normalize_phrase(p[:-1]), o) for o, ps in _OUT.items() for p in ps if p.endswith("*"))

_Q = load("qualifiers")
_QUAL_RE = re.compile(
    r"(?P<q>" + phrase_pattern([p for ps in _Q.values() for p in ps]) + r")(?P<colon>\s*:)?[\s\"“”'‘’(]*(?:of\s+|between\s+)?$",   # ("could be between 111,000 and 160,000")
    re.IGNORECASE)
_QUAL_EXACT = {normalize_phrase(p): q for q, ps in _Q.items() for p in ps}

_S = load("sides")
_SIDE_WORDS = {normalize_phrase(w): side for side, ws in _S["sides"].items() for w in ws}
# ("US" in capitals is the United States, never the pronoun "us": "12 US-made vehicles")
_SIDE_RE = re.compile(phrase_pattern(list(_SIDE_WORDS) + list(_S["enemy"]) + list(_S["own"]),
                                     guard=r"(?!(?-i:US|U\.S\.)(?![a-z]))"), re.IGNORECASE)
_ENEMY = frozenset(normalize_phrase(w) for w in _S["enemy"])
_OWN = frozenset(normalize_phrase(w) for w in _S["own"])
_BOTH_RE = re.compile(phrase_pattern(_S["both"]), re.IGNORECASE)
_AGENT_RE = re.compile(r"^\W{0,3}(?:\w+\W+){0,6}?(?:(?<!\d\s)|(?<=\bin\s(?:19|20)\d\d\s)|(?<=\bduring\s(?:19|20)\d\d\s))"
                       + phrase_pattern(_S["agent_verbs"]), re.IGNORECASE)
# (the verb is no figure's own: "the Russian toll far higher, at 13,900 killed" names no agent; a year is none:
# "Russian troops in 2024 destroyed 1,960 tanks")
_CLAIMANT_SIDE = dict(_S["claimant_side"])
_SIDE_GOV = {side: cid for cid, side in _CLAIMANT_SIDE.items()}
_OPPONENT = dict(_S["opponent"])
_ATTACKER_LABELS = frozenset(normalize_phrase(w) for w in _S["attacker_labels"])
_PLACE_NAMES = frozenset(normalize_phrase(w) for w in _S["place_names"])
_DEFAULT_SIDE = _S["default"]

_CUES = load("cues")
_NEG_RE = re.compile(phrase_pattern(_CUES["negative"]), re.IGNORECASE)
_NEG_SENT_RE = re.compile(phrase_pattern(_CUES["negative_sentence"]), re.IGNORECASE)
_STRONG_CUM = [p for p in _CUES["war_start"] if p.split()[0] in ("since", "in", "during", "of") or p.startswith(("re:since", "re:in"))]
_WEAK_CUM = [p for p in _CUES["war_start"] if p not in _STRONG_CUM]
_STRONG_CUM_RE = re.compile(phrase_pattern(_STRONG_CUM), re.IGNORECASE)
_WEAK_CUM_RE = re.compile(phrase_pattern(_WEAK_CUM), re.IGNORECASE)
_INTERVAL_RE = re.compile(phrase_pattern(_CUES["interval"]), re.IGNORECASE)
_RATE_HEAD = r"^[^\d;]{0,45}?(?<!\bin )(?<!\bwithin )(?<!\bof )(?<!\bover )(?<!\bfor )(?<!\bthe )"
_RATE_TAIL = (r"(?!\s+(?:updates?|briefings?|reports?|summary|summaries|bulletins?|assessments?|basis|figure|figures|total|toll|record|high|tally|count|increase|increases|rise|rises|jump|gain|drop|decline|fall|peak|after|before|earlier|later|ago|behind|or\s+so|or\s+two|losses|loss|of"
              r"|it|that|which|when|where|described|considered|regarded)\b)")   # ("in June, a month it described as ...")
_RATE = [(re.compile(_RATE_HEAD + phrase_pattern(ps) + _RATE_TAIL, re.IGNORECASE), unit)
         for unit, ps in _CUES["rate"].items()]
# Whether any of the units above can match, in one scan (most figures are no rate): the first
# unit phrase (with the same look-arounds) must come within 45 characters, after no digit or ";".
# (the word-start test first: the other look-behinds then run at word starts only)
_RATE_ANY = lowercase_twin(re.compile(r"(?<![\w\-])" + _RATE_HEAD[len(r"^[^\d;]{0,45}?"):] + "(?:" + "|".join(
    phrase_pattern(ps) for ps in _CUES["rate"].values()) + ")" + _RATE_TAIL, re.IGNORECASE))
_RATE_ANY_CI = re.compile(_RATE_ANY.pattern, re.IGNORECASE)
_DIGIT_OR_SEMI = re.compile(r"[\d;]")
# a cheap look first, on the lower-cased sentence (most have none of the phrases the two below need)
_RATE_WORDS = re.compile(literal_trie({w for ws in list(_CUES["rate_subject"].values()) + list(_CUES["rate_lead"].values())
                                      for w in ws}))
# one scan each, the unit in the name of the group that matched
_RATE_SUBJECT = re.compile("|".join(
    rf"(?P<{unit}>\baverage\s+" + phrase_pattern(ws) + r"|" + phrase_pattern(ws)
    + r"\s+(?:[\w\-]+\s+){0,2}?(?:rate|average[sd]?|averaging)\b)" for unit, ws in _CUES["rate_subject"].items()),
    re.IGNORECASE)
_RATE_LEAD = re.compile("|".join(
    rf"(?P<{unit}>" + phrase_pattern(ps) + r"(?!\s+(?:ago|before|later|after|earlier|of)\b))"   # (not "a day of mourning")
    for unit, ps in _CUES["rate_lead"].items()), re.IGNORECASE)


_SAYS_CLAUSE = re.compile(r"(?i),\s*(?:and|but)\s+(?:(?:it|they|he|she)\s+)?(?:says|said|adds|added|notes|noted|reports|reported|"
                          r"warns|warned)\b")


def _rate_possible(w: str) -> bool:
    lw = w.lower()
    rm = _RATE_ANY.search(lw) if len(lw) == len(w) else _RATE_ANY_CI.search(w)
    return rm is not None and rm.start() <= 45 and _DIGIT_OR_SEMI.search(w, 0, rm.start()) is None \
        and _SAYS_CLAUSE.search(w, 0, rm.start()) is None   # (not "..., and says its list grows each week")
_PARTIAL_RE = re.compile(phrase_pattern(_CUES["partial"]), re.IGNORECASE)
_CIV_RE = re.compile(phrase_pattern(_CUES["civilian_context"]), re.IGNORECASE)
_MIL_RE = re.compile(phrase_pattern(_CUES["military_context"]), re.IGNORECASE)
_INJURY_WORDS = frozenset(_CUES["civilian_injury_words"])
_CIV_WEAK = re.compile(phrase_pattern(_CUES["civilian_context_weak"]), re.IGNORECASE)
_MEASURE_RE = re.compile(phrase_pattern(_CUES["measure_nouns"]), re.IGNORECASE)
_VAGUE_RE = re.compile(phrase_pattern(_CUES["vague_past"]), re.IGNORECASE)
# "had shot down 19 drones", "downed two jets" (not "has shot down": a running total): one night's or one
# attack's tally, for counts below the bound per category (cues.yaml shot_down)
_SHOT_DOWN_CATS = dict(_CUES["shot_down"])
_SHOT_DOWN_BEFORE = re.compile(r"(?i)(?<!\bhas\s)(?<!\bhave\s)\b(?:shot\s+down|downed|neutrali[sz]ed|intercepted)[\"”]?\s+"
                               r"(?:(?:about|around|some|up\s+to|more\s+than|over|at\s+least|nearly|almost|all)\s+)?$")
_DESTROYED_BEFORE = re.compile(r"(?i)\b(?:had|it|they|crews|forces|defences|defenses|units)\s+(?:destroyed|sunk|sank)\s+"
                               r"(?:(?:about|around|some|up\s+to|more\s+than|over|at\s+least|nearly|almost)\s+)?$")
_DESTROYED_AFTER = re.compile(r"(?i)\s+(?:had\s+been|were|was)\s+(?:destroyed|sunk|shot\s+down|downed|intercepted)\b")
_SECTOR_RE = re.compile(phrase_pattern(_CUES["sector_window"]), re.IGNORECASE)
_SECTOR_LITERALS = ("direction", "sector", "front", "area of", "battle", "there", "air", "airfield", "fighting", "attacks",
                    "assault", "bridgehead")


_WIDE_AREA_AFTER = re.compile(r"(?i)\s+(?:(?:region|oblast|province|area|sector)\s+)?alone\b")


def _sector_window(s, m, clauses, ms) -> bool:
    """Is the figure located in one front sector ("in the Kupiansk direction", "losses there")?"""
    ca, cb = clauses[m.clause]
    low = s[ca:cb].lower()
    if ("near " in low or "outside " in low or " area" in low or " axis" in low or "bridgehead" in low) \
            and _NEAR_PLACE.search(s, ca, cb):
        return True   # "captured 19 soldiers near Krynky", "losses in the Avdeyevka area": one action's
    for pm in _PLACE_RE.finditer(s, ca, cb):
        if re.search(r"(?i)\b(?:in|around|for|at|near|outside|taking|capturing|storming|encircle|encircling)\s+(?:the\s+)?$",
                     s[max(0, pm.start() - 14):pm.start()]) \
                and not _WIDE_AREA_AFTER.match(s, pm.end()) and " now " not in low:
            return True   # "lost up to 30,000 fighters in Bakhmut": that battle's (not "... now, in Bakhmut alone")
    if not any(w in low for w in _SECTOR_LITERALS):
        return False
    sm = _SECTOR_RE.search(_masked_clause(s, ca, cb, ms))
    return sm is not None and not re.search(r"(?i)\b(?:all|every|entire|whole|each)\s+(?:the\s+)?(?:[\w\-]+\s+)?$",
                                            low[max(0, sm.start() - 20):sm.start()])


# a part of the lead's report: "according to the briefing", "the Yug group reported" (same source's figures)
_PART_OF_REPORT = re.compile(r"(?i)\b(?:group|groups|battlegroup|grouping|briefing|update|bulletin|summary)\b")


def _names_lead_source(name: str, lead: str) -> bool:
    """Does a definite source ("the brigade") name again the lead's source ("the 63rd Brigade said")?"""
    if _PART_OF_REPORT.search(name):
        return True
    words = [w for w in name.lower().split() if w != "the"]
    return len(words) == 1 and len(words[0]) > 3 and re.search(r"\b" + re.escape(words[0]) + r"\b", lead) is not None


# one strike's or attack's toll, said as its participle: "carried out a strike on a restaurant ..., killing up
# to 85 servicemen and destroying 20 vehicles"
_EVENT_PARTICIPLE = re.compile(r"(?i)\b(?:strikes?|attacks?|shelling|raids?|bombing|bombardment|blast|explosion|barrage|"
                               r"ambush|hit|struck|sunk|sank|torpedoed|downed|shot\s+down)\b[^.;]{0,250}?(?:,\s*|\s+and\s+)(?:(?:and|also)\s+)?(?:killing|destroying|wounding|injuring|"
                               r"eliminating)\b[^.;,\d]{0,40}$")
_AIR_DEFENCE_DOWNED = re.compile(r"(?i)\bair[\s\-]+defen[cs]es?(?:\s+(?:units?|forces|systems?|crews?))?\s+"
                                 r"(?:(?:had|also)\s+)*(?:destroyed|intercepted|shot\s+down|downed)\s+"
                                 r"(?!(?:in|on|at|near|over|by)\b)[^.;]*$")
_WITH_AFTER = re.compile(r"(?i)[^,;.]{0,30},\s*(?:with|including|of\s+which|of\s+them)\s+(?:(?:about|around|some|nearly|"
                         r"almost|more\s+than|at\s+least|up\s+to)\s+)?")
_OF_THOSE = re.compile(r"(?i)\W{0,3}(?:of|among)\s+(?:those|them|these|this\s+number|this\s+total)\b")
_REL_CLAUSE_AROUND = re.compile(r",\s*(?:which|who)\b[^,]*$")
_COMPARED = re.compile(r"(?i)\b(?:up|down)\s+from\b|\bcompared\s+(?:with|to)\b|\bagainst\b|\bthan\b|"
                       r"\bstandards\s+of\b|\b(?:surpassing|beating|topping|breaking|exceeding|eclipsing)\s+(?:the\s+)?"
                       r"(?:previous|old|last)\s+record\b")
_WHICH_CLAUSE = re.compile(r",\s*(?:which|who)\b")
_OUT_OF_BEFORE = re.compile(r"(?i)\bout\s+of\s+(?:the\s+|a\s+total\s+of\s+)?$")
_PEOPLE_OUTCOME = re.compile(r"(?i)\s+(?:dead|killed|wounded|injured|casualties|fatalities)\b")
_EACH_ONE = re.compile(r"(?i)\b(?:each|every|no|any)\s+$")   # "each one matched to an obituary"
_PRONOUN_ONE_AFTER = re.compile(r"(?i)\s*(?:[,.;:!?)\"”]|$|\s(?:that|which|is|was|has|had|in|on|at|for|and|or|but)\b)")
_PRONOUN_ONE = re.compile(r"(?i)\b(?:the|this|that|each|every|any|which|no)\s+(?:[a-z\-]+\s+)?$|\ban?\s+[a-z\-]+\s+$")
_REL_LOSS_AFTER = re.compile(r"\s+(?:that\s+|which\s+)?(?:[\w’'\-]+\s+){1,3}?(?:has|have|had)\s+(?:now\s+|so\s+far\s+|"
                             r"already\s+)?(?:lost|destroyed|downed|shot\s+down|sunk)\b")
_ONE_OF = re.compile(r"(?i)one\s+of\s+(?:them|those|these|which|whom|the|its|their)\b")
_DAILY_AVG_STOOD = re.compile(r"(?i)\b(?:daily|weekly|monthly)\s+average\b[^.;:\d]{0,40}?\b(?:stood|was|came|reached|rose|"
                              r"climbed|fell|dropped)\s+(?:at|to)\s+(?:(?:about|around|some|nearly|almost|roughly|over|"
                              r"more\s+than|at\s+least)\s+)?$")
_AVERAGE_OF_BEFORE = re.compile(r"(?i)(?:\b(?:an\s+)?average\s+of|\bworks?\s+out\s+(?:to|at)|\baveraging)\s+"
                                r"(?:(?:about|around|some|nearly|almost|roughly|over|more\s+than|at\s+least|up\s+to)\s+)?$")
# ("That works out at about 1,170 a day", "The figures work out to roughly 1,170 a day": the figure before's rate)
_SUBSET_OPEN = re.compile(r"(?i)\W{0,3}(?:(?:among|of)\s+(?:them|those|these)|(?:they|these|those)\s+include[sd]?|"
                          r"the\s+(?:list|count|database|tally)\s+(?:also\s+)?(?:includes|contains|counts))\b")
_SAME_TIME = re.compile(r"(?i)\b(?:the\s+same\s+(?:period|day|time|week|month|night|date)|that\s+same\s+day)\b"
                        # "The same slide puts Ukrainian casualties at ...": the document the figure before came from
                        r"|\bthe\s+same\s+(?:slide|document|report|update|assessment|briefing|statement|post|data|"
                        r"estimate|figures|tally|summary|bulletin)\b")
_LEAD_WINDOW_RE = re.compile(phrase_pattern(_CUES["lead_window"]), re.IGNORECASE)
_SUPERLATIVE_RE = re.compile(phrase_pattern(_CUES["superlative"]), re.IGNORECASE)
_UNITS = [u for u in _CUES["units"]]
_UNIT_RE = re.compile(
    r"^(?:" + "|".join(
        (re.escape(u) if not u[0].isalpha() else r"\s*" + re.escape(u) + r"\b") if u[0] in "-%" or not u[0].isalpha()
        else r"[\s\-]*" + re.escape(u) + r"(?![\w])"
        for u in sorted(_UNITS, key=len, reverse=True)) + r")",
    re.IGNORECASE)
_PLACES = load("places")["places"]
_PLACE_RE = re.compile(word_trie(_PLACES) + r"(?![\w])")

_HAS_NUMBER = re.compile(r"\d|" + phrase_pattern(
    ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
     "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
     "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "dozen"]), re.IGNORECASE)

# "tanks – 3,482", "personnel: about 161,610": a category label right before a number.
_LABEL_RE = re.compile(
    r"(?P<cat>(?:[\w\-]+/)?" + _CAT_RE.pattern + r")\s*(?:\([^()]{0,30}\)\s*)?[:–—‒\-]+\s*"
    r"(?:(?:about|around|approximately|approx\.?|some|over|more\s+than|nearly|almost|at\s+least|up\s+to|ca\.?)\s+|[~≈]\s?)?$",
    re.IGNORECASE)
_LABEL_LINE = re.compile(r"^\W*(?:" + _CAT_RE.pattern + r")\s*(?:\([^()]{0,30}\)\s*)?[:–—‒\-]+\s*(?:\w+\s+)?\d",
                         re.IGNORECASE)

# A sentence can only hold a claim if it names a category, an outcome or a figure noun.
_LOSSY_RE = re.compile(phrase_pattern(_cat_phrases + [p for ps in _OUT.values() for p in ps]
                                      + list(_CUES["measure_nouns"])), re.IGNORECASE)



_HAS_NUMBER_LOW = lowercase_twin(_HAS_NUMBER)
_LOSSY_LOW = lowercase_twin(_LOSSY_RE)
_ATTR_TRIGGER_LOW = lowercase_twin(_ATTR_TRIGGER)

_CAT_END_RE = re.compile("(?:" + _CAT_RE.pattern + r")\s*(?:\([^()]{0,30}\)\s*)?$", re.IGNORECASE)
# (grouped by first character: the alternatives of a group exclude one another)
_CLAUSE_SPLIT = re.compile(
    r";|\s+(?:while\s+(?!(?:repell|repuls|fight|defend|attack|advanc|retreat|try|attempt|storm|cross|assault|hold|push)[a-z]*ing\b)|whereas\s+|but\s+|[–—]\s+)|"   # ("while repelling an assault": the same event)
    r",\s*(?:but\s+|with\s+|bringing\s+|followed\s+by\s+|although\s+|though\s+|compared\s+)|:\s+(?=[A-Z])|"
    r",\s*and\s+(?=(?:said|added|reported|noted|claimed|stated|predicted|forecast|warned|projected|expected)\b)|"
    # "..., and it reported 31 artillery systems destroyed in the past day alone": another statement, its own window
    r",\s*and\s+(?=(?:it|they|he|she)\s+(?:also\s+)?(?:said|says|reported|reports|added|claimed|claims|listed|lists)\b)|"
    # a comparison set off after the figure ("... had been killed - roughly the number of Soviet soldiers who died in
    # nine years in Afghanistan"): its own clause (another war's words there leave the figure alone)
    r"(?:,|\s+-)\s+(?=(?:(?:roughly|about|around|nearly|almost|more\s+than|close\s+to|similar\s+to|comparable\s+to)\s+)?"
    r"(?:the\s+(?:same\s+)?number\s+of|as\s+many\s+as\s+(?:the|in|during))\b"
    # ("..., a toll that dwarfs anything Moscow suffered in its wars in Afghanistan or Chechnya")
    r"|(?:a|the)\s+(?:toll|figure|number|tally|loss|count)\s+(?:that|which)\s+(?:far\s+)?(?:dwarfs|exceeds|surpasses|"
    r"eclipses|rivals|tops|is\s+(?:higher|greater|larger|bigger|more))\b)",
    re.IGNORECASE)
_LIST_GAP = re.compile(
    r"^\s*(?:\([^()]{0,40}\)\s*)?(?:,|;|and|&|plus|as\s+well\s+as|,\s*and|,\s*as\s+well\s+as|,\s*plus|/)?\s*"
    r"(?:(?:also|even|another|other|additionally)\s+)*$",
    re.IGNORECASE)
# "..., 13,283 field artillery guns and mortars, as well as 26,356 ...": leftover nouns, then a separator
_LIST_TAIL = re.compile(r"(?:,|\band|&|\bplus|\bas\s+well\s+as|/)\s*(?:and\s+)?(?:(?:also|even|another|other|"
                        r"additionally)\s+)*$", re.IGNORECASE)
_STOP_NP = re.compile(
    r"^(?:were|was|have|has|had|been|are|is|be|will|would|in|on|at|since|from|by|during|over|to|than|per|a|an|"
    r"the|who|which|that|while|when|with|for|after|before|died|lost|got|being|as|more|others|times)$", re.IGNORECASE)
_GOVERN_TAIL = re.compile(
    r"[\s\"“”'‘’:]*(?:(?:another|a\s+further|further|some|about|around|over|nearly|almost|more\s+than|at\s+least|"
    r"up\s+to|as\s+many\s+as|approximately|roughly|an\s+estimated|only|just|close\s+to|less\s+than|"
    r"fewer\s+than|no\s+fewer\s+than|no\s+less\s+than|in\s+excess\s+of|upwards\s+of|of|at|the|a\s+total\s+of|"
    r"an\s+average\s+of|on\s+average)[\s\"“”'‘’:]*)*",
    re.IGNORECASE)
_OFFICIAL_HEAD = re.compile(r"(?i)general\s+staff|defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|armed\s+forces|ministry|"
                            r"defen[cs]e\s+minister|minister\s+of\s+defen[cs]e|air\s+force|"
                            r"commander|military|army|navy|spokes(?:man|person)|command\b|brigades?|marines|grouping|"
                            r"guard|forces|intelligence|intel\b")
_LOCAL_HEAD = re.compile(r"(?i)\b(?:governors?|mayors?|ministers?|officials?|authorities|police|emergency|administration|prosecutors?|"
                         r"council|rescuers|head)\b")
_ADMIN_HEAD = re.compile(r"(?i)\b(?:administration|governors?|mayors?|council|police|rescuers|prosecutors?)\b")
_CIVIL_AUTHORITY = load("claimants").get("civil_authority_default", "ukraine_gov")
# An unnamed army / navy / general staff reporting losses, before the sides of its figures are
# known: it speaks for the enemy of the side that lost them (see _enemy_army).
_ENEMY_ARMY = "<enemy army>"
_VICTIMS_GOV = "<victims' authorities>"   # local authorities reporting civilian losses: the victims' side
_OWN_ARMY = "<own army>"   # "the country's ground forces": the army of the side whose losses it reports
_THE_COUNTRYS = re.compile(r"(?i)\b(?:the\s+)?(?:country|nation)['’]s\s+(?:[\w\-]+\s+){0,2}$")
_VAGUE_SPEAKER = re.compile(r"(?i)\bsources?\b|\bofficials?\b")
_INDEFINITE_BEFORE = re.compile(r"(?i)\b(?:a|an|another)\s+(?:[\w\-]+\s+){0,2}$"
                                r"|(?-i:[A-Z][a-z’'\-]+\s+[A-Z][a-z’'\-]+),\s+the\s+(?:[\w\-]+\s+){0,2}$")   # "NAME, the governor of ..."
_PERSON_AFTER = re.compile(r"\s+(?:[A-Z][a-z’'\-]+\s+){1,2}(?:said|says|told|stated|wrote|reported|added)\b")
# "the Kharkiv regional prosecutor's office": the authorities of a named place, a new speaker
_PLACE_ADJ_BEFORE = re.compile(r"(?<![\w’'])(?-i:[A-Z][a-z’'\-]+)\s+(?:regional|city|oblast|district|local|municipal)\s+"
                               r"(?:military\s+)?$", re.IGNORECASE)
# "the governor of Zhytomyr region, NAME, says", "the regional prosecutor's office": local authorities, a new speaker
_OF_PLACE_AFTER = re.compile(r"\s+of\s+(?:the\s+)?(?-i:[A-Z][\w’'\-]+)(?:\s+(?:region|oblast|city|district|province))?\b")
# (also "the city's administration", and "Mariupol city council" where the adjective opens the name itself)
_LOCAL_ADJ_BEFORE = re.compile(r"(?i)\b(?:regional|city|local|municipal|oblast|district|(?:city|town|region|oblast)['’]s)\s+"
                               r"(?:military\s+)?$")
_LOCAL_NAME_PLACE = re.compile(r"(?<![\w’'])(?-i:[A-Z][a-z’'\-]+)\s+$")
_LOCAL_ADJ_NAME = re.compile(r"(?i)(?:regional|city|municipal|oblast|district)\b")
# "according to the city's mayor, Andriy Sadovyi": a named person in apposition, a new speaker
_NAMED_AFTER = re.compile(r",\s+(?:[A-Z][a-z’'\-]+\s+){1,2}[A-Z][a-z’'\-]+(?=\s*[,.;]|\s*$)")
# "officials in the besieged port of Mariupol said": local authorities of a named place, a new speaker
_PLACE_AFTER = re.compile(r"\s+in\s+(?:the\s+)?(?:[a-z\-]+\s+){0,3}?(?:(?:city|town|port|village|region|oblast)\s+of\s+)?"
                          r"[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?(?:\s+(?:region|oblast))?\s*,?\s+"
                          r"(?:said|say|says|told|stated|reported|added)\b")
_POSSESSED = re.compile(r"(?i)\b(?:its|their|his|her|our|my|your)\s+$")   # "its armed forces" speaks for nobody


def _military_context(s: str, attrs, ms) -> bool:
    """Does ``s`` speak of the military outside its sources' names ("the military administration said" does not)?

    Once per sentence (cached with its mentions)."""
    cache = _sentence_cache(ms)
    hit = cache.get("mil")
    if hit is None:
        for a in attrs:
            if a.end > a.start:
                s = s[:a.start] + " " * (a.end - a.start) + s[a.end:]
        if "dministration" in s:
            s = _MIL_ADMIN.sub(lambda x: " " * len(x.group(0)), s)   # a civil body: "head of the military administration"
        hit = cache["mil"] = _MIL_RE.search(s) is not None
    return hit


_MIL_ADMIN = re.compile(r"(?i)\bmilitary(?:[\s\-]+civil(?:ian)?)?\s+administrations?\b")


def _enemy_army(side: str | None) -> str:
    return _SIDE_GOV.get(_OPPONENT.get(side or "", ""), "unattributed")


def _settled(claimant: str, side: str | None, category: str | None) -> str:
    """The claimant a placeholder above stands for once its claim's side and category are known."""
    if claimant == _OWN_ARMY:
        return _SIDE_GOV.get(side or "", "unattributed")
    if claimant in (_VICTIMS_GOV, _ENEMY_ARMY) and category == "civilians":
        # (an unnamed ministry reporting civilian dead, "the interior ministry said", speaks for the victims too)
        return _SIDE_GOV.get(side or "", _CIVIL_AUTHORITY)
    if claimant in (_VICTIMS_GOV, _ENEMY_ARMY):
        return _enemy_army(side)
    return claimant

# regex group names for the sides ("north korea" is no identifier)
_SIDE_GROUP = {side: f"side{k}" for k, side in enumerate(_S["sides"])}


def _loser_pattern() -> re.Pattern:
    parts = []
    for side, words in _S["sides"].items():
        ws = [w for w in words if normalize_phrase(w) not in _ATTACKER_LABELS]
        parts.append(rf"(?P<{_SIDE_GROUP[side]}>" + phrase_pattern(ws, word_end=False) + r")(?:['’]s)?\s+"
                     r"(?:(?!inflict|caus)\w+\s+)?"   # (not "Ukrainian defenders inflicted losses of 302 occupiers")
                     r"(?:losses|casualties|lost|loses|dead|killed\s+at)\b")   # ("the number of Russian troops killed at")
    labels = list(_S["attacker_labels"]) + list(_S["enemy"])
    parts.append(r"(?P<label>" + phrase_pattern(labels) + r")")
    return re.compile("|".join(parts), re.IGNORECASE)


_LOSER_RE = _loser_pattern()


def _loser_side(s: str) -> str | None:
    """The side whose losses a sentence reports ("Russian losses", "the occupiers"), if it says."""
    m = _LOSER_RE.search(s)
    if not m:
        return None
    for side in _S["sides"]:
        if m.group(_SIDE_GROUP[side]):
            return side
    return _DEFAULT_SIDE


_ACTOR_RE = re.compile(r"(?P<side>" + phrase_pattern([w for w in _SIDE_WORDS if w not in _ATTACKER_LABELS]) + r")"
                       r"\s+(?:[\w\-]+\s+){0,2}?" + phrase_pattern(_S["force_nouns"])
                       + r"(?P<rest>(?:\W+\w+){0,6}?\W+)" + phrase_pattern(_S["agent_verbs"]), re.IGNORECASE)


_ANY_NUMBER = _ONE_RE   # digits or number words ("Two thousand Russian soldiers ...")


_YEAR_IN_GAP = re.compile(r"(?i)\b(?:in|during|since|throughout|of)\s+(?:19|20)\d\d$")


def _acting_side(s: str) -> str | None:
    """The side whose forces act in a sentence ("Ukrainian forces ... destroyed 12 tanks"), if it says.

    Only a subject counts: the side's forces are named before any figure of the sentence
    ("... killed 44,000 Russian soldiers and destroyed ..." names the Russians as objects).
    """
    m = _ACTOR_RE.search(s)
    if m is None or any(not _YEAR_IN_GAP.search(s, max(0, n.start() - 8), n.end())
                        for n in _ANY_NUMBER.finditer(s, 0, m.end())):
        return None   # (nor a figure between the forces and their verb: "Russian forces have had 350 killed";
    # a year is no figure: "Russian troops in 2024 destroyed 1,960 tanks")
    return _SIDE_WORDS.get(normalize_phrase(m.group("side")))


_AGENT_BY = re.compile(r"(?<![\w\-])(?:" + literal_trie(_CUES["passive_agent_verbs"]) + r")\s+by\s+(?:(?:the|some|about|"
                       r"around|nearly|almost|up\s+to|more\s+than|over|at\s+least|as\s+many\s+as)\s+)*$", re.IGNORECASE)
_OLD_WAR = re.compile(r"\b(?:in|during|of)\s+(?:(?:its|the|their|his|her)\s+)?(?:(?:early|late|mid-?)\s*)?"
                      r"(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+)?"
                      r"(?:1[89]\d\d|200\d|201[0-3])\b(?!s)", re.IGNORECASE)   # ("At Prokhorovka in July 1943", "of 1939-40")
# a clause describing the one before it ("..., when an estimated 14,000 troops died")
_WHEN_CLAUSE = re.compile(r"\W*(?:when|where|in\s+which|during\s+which|with\s+the\s+loss\s+of)\b", re.IGNORECASE)
_PRONOUN_SRC = re.compile(r"(?i)(?:he|she|they|it|the\s+\w+|the\s+same\s+\w+)$")
_ANCHOR_TIME = re.compile(r"day\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.IGNORECASE)
_LOSS_WORD = re.compile(r"\blo(?:ss|sses|st|ses)\b", re.IGNORECASE)
_GLOSS_RE = re.compile(r"\birrevers\w*|\birrecoverabl\w*|\b(?:including|incl\.?)\s+(?:both\s+)?(?:the\s+)?killed\s+and\s+"
                       r"(?:the\s+)?wounded", re.IGNORECASE)
_INCL_CLAUSE = re.compile(r"(?i),\s*(?:a\s+)?(?:figures?|numbers?|totals?|counts?|tally)\s+(?:that|which)\s+"
                          r"(?:it\s+says\s+|they\s+say\s+)?(?:also\s+)?includ")
_INCL_WOUNDED = re.compile(r"(?i)\b(?:figures?|numbers?|totals?|counts?|tally)\s+(?:that\s+|which\s+)?(?:it\s+says\s+|"
                           r"they\s+say\s+)?(?:also\s+)?includ\w*\s+(?:the\s+)?(?:wounded|injured)"
                           # "a figure it updates daily and which includes the wounded"
                           r"|\b(?:figures?|numbers?|totals?|counts?|tally)\b[^.;\d]{0,50}?\b(?:and\s+)?(?:which|that)\s+"
                           r"(?:also\s+)?includ\w*\s+(?:the\s+)?(?:wounded|injured)")
_DEATHS_OF = re.compile(r"(?i)\b(?:deaths?|killings?|executions?|murders?)\s+(?:in\s+captivity\s+)?of\s+"
                        r"(?:(?:at\s+least|about|around|some|more\s+than|over|nearly|up\s+to)\s+)?$")
_CASUALTIES_AFTER = re.compile(r"(?i)\s*(?:a|per|every|each)?\s*(?:day|week|month|year)?[\s,\"”']*"
                               r"(?:killed|dead)\s+(?:or|and)\s+(?:the\s+)?(?:wounded|injured)\b")
_WHOSE_INCL_WOUNDED = re.compile(r"(?i)\b(?:whose|its|their)\s+(?:[\w\-]+\s+){0,2}?(?:figures?|counts?|tall(?:y|ies)|totals?|numbers?)"
                                 r"\s+(?:also\s+)?(?:include|includes|count|counts|cover|covers)\s+(?:the\s+)?(?:wounded|injured)\b")
_PERSONNEL_LOSSES = re.compile(r"(?i)\bpersonnel\s+loss(?:es)?\b")
_NOT_UPDATED_SINCE = re.compile(r"(?i)\b(?:has|have|had)\s+not\s+(?:updated|revised|changed|published|given|released)\b"
                                r"[^.;]{0,80}?\bsince\s+")
_EARLY_WAR_END = date(2022, 6, 30)
_FIRST_ANNIVERSARY = (date(2023, 2, 10), date(2023, 3, 10))
_EARLY_OFFENSIVE = re.compile(r"(?i)\bsince\s+(?:the\s+(?:start|beginning|launch|onset)\s+of\s+(?:the\s+|russia['’]s\s+)?"
                              r"(?:russian\s+)?(?:military\s+|full[\s\-]+scale\s+)?offensive"
                              r"|(?:russia|moscow|the\s+russian\s+(?:army|forces|troops))\s+(?:launched|began|started)\s+"
                              r"(?:its|their|the|a)\s+(?:military\s+|full[\s\-]+scale\s+)?offensive)\b"
                              r"(?!\s+(?:on|in|near|around|towards?|against|for)\s+(?!ukraine\b))")
_ALONG_WITH = re.compile(r"(?i)\b(?:along\s+with|as\s+well\s+as|together\s+with|plus)\s+(?:(?:about|around|some|over|"
                         r"more\s+than|nearly|almost|at\s+least)\s+)?$")
_WHO_THEY_WERE = re.compile(r"(?i)recruit\w*|mobili[sz]\w*|signed\s+up|volunteer\w*|sent|deployed")
_DEAD_LIST_HEAD = re.compile(r"(?i)\b(?:among\s+(?:the|them\s+are|those)\s+(?:named\s+|confirmed\s+|identified\s+)?dead|"
                             r"(?:confirmed|named|identified)\s+dead|(?:the\s+)?(?:list|count|database|tally)\s+(?:also\s+)?"
                             r"(?:includes|contains|counts)|the\s+dead\s+(?:include|are)|dead\s+include)\b")
_VILLAGE_OF = re.compile(r"(?i)\b(?:in|near)\s+the\s+(?:village|town|settlement|city)\s+of\b")
_THE_REGION = re.compile(r"(?i)\b(?:in|across|of)\s+the\s+(?:region|oblast|province)\b(?!\s+of\b)|\bthe\s+region['’]s\b")
_WEAK_LOST = re.compile(r"suffered|sustained|suffer|sustain|cost", re.IGNORECASE)
_SPEECH_NEAR = re.compile(r"\b(?:" + literal_trie(_CUES["speech_near"]) + r")\b(?!\s+out\b)", re.IGNORECASE)  # ("put out of action")


_ANCHOR_TIME_LOW = lowercase_twin(_ANCHOR_TIME)
_UNATTR_LOW = lowercase_twin(_UNATTR_RE)
# lower-cased twins of the clause-level cue patterns searched through _cached_search
# (a pattern with uppercase literals has no twin and is searched as it is)
_TWINS = {name: twin for name, rx in (
    ("strong", _STRONG_CUM_RE), ("weak", _WEAK_CUM_RE), ("interval", _INTERVAL_RE), ("partial", _PARTIAL_RE),
    ("negsent", _NEG_SENT_RE), ("oldwar", _OLD_WAR)) if (twin := lowercase_twin(rx, strict=False)) is not None}


# ---------------------------------------------------------------- helpers
_DATELINE = re.compile(
    r"(?:(?<![\w])(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s*(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s*"
    r"(?P<y>20\d\d)(?!\d)"
    r"|(?<![\w])(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<mon2>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+"
    r"(?P<y2>20\d\d)(?!\d)"
    r"|(?<![\w\-/])(?P<y3>20\d\d)-(?P<m3>[01]\d)-(?P<d3>[0-3]\d)(?![\d\-])"
    r"|(?<![\w.])(?P<d4>[0-3]\d)\.(?P<m4>[01]\d)\.(?P<y4>20\d\d)(?![\d.]\d))")
# a wire dateline opening a paragraph: "DONETSK, 27 January 2023. /DAN/. As a result ..."
_DATELINE_CITY = re.compile(r"[ \t'\"‘“]*[A-Z][A-Z.’'\-]{2,}(?:[ /][A-Z][A-Z.’'\-]+){0,2},?\s*(?:[A-Z][a-z]+,\s*)?")


_WINDOW_PREP_BEFORE = re.compile(r"(?i)\b(?:since|from|until|till|after|before|between|to|of)\s+$")


def infer_published(text: str) -> date | None:
    """A date line at the top of a document without metadata ("June 12, 2025", "Jun27,2024")."""
    head = text[:600]
    m = None
    for cand in _DATELINE.finditer(head):
        ls = head.rfind("\n", 0, cand.start()) + 1
        le = head.find("\n", cand.end())
        line = head[ls:le if le >= 0 else len(head)].strip()
        if _WINDOW_PREP_BEFORE.search(head, max(ls, cand.start() - 12), cand.start()):
            continue   # a headline's window: "... lost 1,030,510 troops in Ukraine since Feb. 24, 2022"
        # a dateline / byline, not a date inside a sentence ("On February 24, 2022, Russia invaded.")
        if (len(line) < 100 and not line.endswith((".", "!", "?"))) or _DATELINE_CITY.fullmatch(head, ls, cand.start()):
            m = cand
            break
    if not m:
        return None
    from attrition.extract.timex import MONTHS
    try:
        if m.group("y"):
            return date(int(m.group("y")), MONTHS[m.group("mon").lower()], int(m.group("d")))
        if m.group("y2"):
            return date(int(m.group("y2")), MONTHS[m.group("mon2").lower()], int(m.group("d2")))
        if m.group("y3"):
            return date(int(m.group("y3")), int(m.group("m3")), int(m.group("d3")))
        return date(int(m.group("y4")), int(m.group("m4")), int(m.group("d4")))
    except (ValueError, KeyError):
        return None


# "Kyiv, April 17:" / "KYIV, Ukraine, May 3 (Reuters) -": a dateline without a year opening a paragraph
_DATELINE_NO_YEAR = re.compile(
    r"(?m)^[ \t'\"‘“]*[A-Z][\w.’'\-]*(?: [A-Z][\w.’'\-]*){0,3}(?:,\s*[A-Z][\w.’'\-]*(?: [A-Z][\w.’'\-]*){0,2})?,\s*"
    r"(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
    r"\s*(?:\([^()\n]{1,40}\)\s*)?(?::|–|—|-\s)")


_PAST_YEAR_WORDS = re.compile(r"(?i)\b(?:last|past|previous)\s+year\b")


def _dateline_without_year(text: str, year: int) -> date | None:
    """The date of a dateline that names no year, in the document's year (see ``doc_year_hint``)."""
    m = _DATELINE_NO_YEAR.search(text, 0, 1500)
    if m is None:
        return None
    from attrition.extract.timex import MONTHS
    try:
        return date(year, MONTHS[m.group("mon").lower()], int(m.group("d")))
    except (ValueError, KeyError):
        return None


def _to_date(published) -> date | None:
    if published is None:
        return None
    if isinstance(published, datetime):
        return published.date()
    if isinstance(published, date):
        return published
    if isinstance(published, str):
        try:
            return date.fromisoformat(published.strip()[:10])
        except ValueError:
            return None
    return None


def _intish(x: float | None) -> float | int | None:
    """Whole numbers as ints (44000, not 44000.0)."""
    if x is None:
        return None
    return int(x) if float(x).is_integer() else x


def _lookup(phrase: str, table, stars) -> str | None:
    key = normalize_phrase(phrase)
    hit = table.get(key)
    if hit is not None:
        return hit
    for pre, val in stars:
        if key.startswith(pre):
            return val
    return None


def _cat_of(phrase: str) -> str | None:
    return _lookup(phrase, _CAT_TABLE, _CAT_STARS)


def _out_of(phrase: str) -> str | None:
    return _lookup(phrase, _OUT_TABLE, _OUT_STARS)


@dataclass
class Mention:
    num: NumberMention
    s: int                   # sentence-relative start / end of the number
    e: int
    clause: int = 0
    cat: str | None = None
    cat_span: tuple[int, int] | None = None
    np_end: int = 0          # end of the noun phrase (or the number when bare)
    region_side: str | None = None   # the side of the region the text last named (for "in the region")
    noun_of: "Mention | None" = None   # the next figure whose noun this bare one borrowed
    count_of: bool = False   # "the count of Russian tanks stands at 3,180": a count of losses named as such
    np_side: str | None = None
    np_side_word: str | None = None
    bare: bool = True
    outcome: str | None = None
    out_src: str | None = None   # 'np' | 'right' | 'left' | 'group' | 'ctx'
    out_dist: int = 0
    out_end: int = 0
    out_text: str = ""
    qualifier: str = "exact"
    qual_colon: bool = False
    side: str | None = None
    period: str | None = None
    rate_unit: str | None = None
    as_of: date | None = None
    as_of_set: bool = False
    attribution: Attribution | None = None
    scope: str = "total"
    drop: bool = False
    both: bool = False
    group: int = -1
    period_default: bool = False
    ctx_side: str | None = None
    ctx_claimant: str | None = None
    incident: bool = False
    cat_from: str = ""       # 'np' | 'left' | 'prev' | 'default' | 'next' | 'resp'
    preset_period: str | None = None
    of_whole: bool = False   # "30 of 35 drones": the noun phrase is the whole's
    head: "Mention | None" = None   # the figure whose count this one continues ("bringing the total to N")
    side_res: "str | None" = None   # the side resolved for this figure
    label_before: bool = False   # a list label right before ("tanks – 3,400")
    total_named: bool = False   # the figure follows "taking the totals to" (and so do the list items after it)
    agent: bool = False      # "destroyed by 30 drones": the attacker of a passive, no loss
    own_noun: bool = False   # followed by a plural noun that is no category ("25 targets")
    side_guess: bool = False  # the side is the default, not read from the text
    part_of: "Mention | None" = None   # the figure this one is included in ("73 drones ..., including 21 over ...")


_MASK_BEFORE = re.compile(
    r"[$€£₴₽]\s*$|\b(?:UAH|USD|EUR|GBP|RUB)\s*$|\b(?:No|Nr|no|number|Resolution|resolution|Article|article|Day|day|Lyceum|School|"
    r"Brigade|brigade|Regiment|Battalion|Division|Corps|Army|Unit|Flight|Route|Highway|Room|Page|page|"
    r"UPDATE|Update|Section|Chapter|Part|Level|Year)\.?\s*\(?\s*$")
_MASK_SHARE = re.compile(r"(?i)\b(?:half|thirds?|quarter|fraction|share|percent|per\s+cent|%)\s+of\s+(?:(?:its|their|his|"
                         r"her|our|the|[A-Z][\w\-]+['’]s)\s+)?(?:[\w\-]+\s+)?$")
_MASK_AGE = re.compile(r"\b(?:aged?|ages|age\s+of)\s+(?:\d+\s*(?:and|to|-|–|,)\s*)?$", re.IGNORECASE)
_MASK_AFTER = re.compile(
    r"(?:st|nd|rd|th)\b|(?:[,.]\d{3})+(?:st|nd|rd|th)\b|[:/]\d|\.\d|[\s\-]*(?:%|(?i:percent|per\s+cent))"   # (also "1,370th")
    r"|\s*(?i:(?:billion|trillion|million)?\s*(?:dollars|euros|pounds|rubles|roubles|hryvnias?|usd|eur|\$))")
_HALF_SPAN = re.compile(r"(?i)\s+and\s+a\s+half\s+(?:years?|months?|weeks?|days?|hours?)\b")
_ONE_AT_A_TIME = re.compile(r"(?i)\s+(?:[\w\-]+\s+)?(?:at\s+a\s+time|by\s+one|after\s+(?:another|the\s+other))\b")
_MEDIAN_AGE = re.compile(r"(?i)\b(?:median|average|mean|typical)\s+age\b[^.;:]{0,75}?\b(?:is|was|stood\s+at|of|from|to)\s+"
                         r"(?:about\s+|around\s+|just\s+)?$")
_MASK_MODEL = re.compile(r"[A-Za-z]-?\s?$")
_FRACTION_AFTER = re.compile(r"[\s\-]+" + phrase_pattern(_CUES["fraction_words"]), re.IGNORECASE)
_DAY_MONTH = re.compile(r"(?:0?[1-9]|[12]\d|3[01])\.(?:0[1-9]|1[0-2])")
_DM_BEFORE = re.compile(r"(?i)\b(?:from|to|since|until|till|on|of|by|as\s+of)\s+$")
_DM_AFTER = re.compile(r"\s*(?:to|-|–|—|until|till)\s*(?:0?[1-9]|[12]\d|3[01])\.(?:0[1-9]|1[0-2])\b")
_YEARLIKE = re.compile(r"(?:19|20)\d\d")
_RATIO_MASK = re.compile(r"(?i)\b(?:(?:a|by\s+a)\s+factor\s+of|neither\s+of\s+(?:the|its|their)|ratio\s+of)\s+(?:about\s+|around\s+|some\s+)?$")
_RATIO_TO = re.compile(r"(?i)\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten)(?:\s+|-)to(?:\s+|-)$")
_RATIO_AFTER = re.compile(r"(?i)(?:\s+|-)to(?:\s+|-)(?:one|1)\b(?!\s*,?\d)")
_PLACES_COUNTED = re.compile(r"\s+(?:[a-z][\w\-]+\s+)?" + phrase_pattern(_CUES["place_counts"]) + r"\b")
_WAR_NOUN_AFTER = re.compile(r"\s*(?:invasion|war|offensive)", re.IGNORECASE)


_SPEAKERS_AFTER = re.compile(r"\s+(?:(?:senior|western|military|defen[cs]e|intelligence|government|u\.?s\.?|american|"
                             r"british|ukrainian|russian|european|nato|other|independent)\s+){0,3}"
                             r"(?:officials?|sources?|analysts?|diplomats?|spokes(?:man|woman|person)|experts?|"
                             r"(?:mil)?bloggers?|journalists?|reporters?|correspondents?|commentators?|observers?|"
                             r"researchers?|witness(?:es)?|people\s+familiar)\b(?!\s+(?:were|was|have\s+been|had\s+been)\s+(?:killed|wounded|injured))",
                             re.IGNORECASE)


def _masked(s: str, m: NumberMention, times: list[TimeEx]) -> bool:
    a, b = m.start, m.end
    for t in times:
        if t.kind in ("weekday", "rel"):
            continue
        if t.start <= a < t.end or t.start < b <= t.end:
            return True
    if m.value == 0 and not m.value_max:
        return True
    before = s[max(0, a - 12):a]
    after = s[b:b + 14]
    if not m.words and m.value < 1000 and _MODEL_BEFORE.search(before):
        return True   # "Leopard 2", "Su 25": a model name
    if _MASK_BEFORE.search(before):
        return True
    if before[-1:] == "/" and before[-2:-1].isdigit():
        return True   # "1/12  A destroyed tank ...": a gallery's counter, "3/4": a fraction
    if "of" in s[max(0, a - 45):a] and _MASK_SHARE.search(s[max(0, a - 45):a]):
        return True   # "half of its 3,000 tanks": the whole, not the loss
    if "age" in s[max(0, a - 25):a].lower() and _MASK_AGE.search(s[max(0, a - 25):a]):
        return True
    if " age " in s[max(0, a - 90):a] and _MEDIAN_AGE.search(s, max(0, a - 90), a):
        return True   # "The median age of the dead on the list is 36"
    if not m.words and _MASK_MODEL.search(before) and not before[-1:].isspace():
        return True  # T-72, Su-25, AK-74
    if m.words is False and before[-1:].isascii() and before[-1:].isalpha():
        return True
    if " and a half" in s[b:b + 12] and _HALF_SPAN.match(s, b):
        return True   # "for two and a half years": a span of time
    if _MASK_AFTER.match(after):
        return True
    if _RATIO_MASK.search(s, max(0, a - 30), a) or (m.value == 1 and _RATIO_TO.search(before)) or _RATIO_AFTER.match(after):
        return True   # "by a factor of four", "three to one", "neither of the two missiles": no count of losses
    if b - a in (4, 5) and s[b - 3:b - 2] == "." and _DAY_MONTH.fullmatch(s, a, b) and (
            _DM_BEFORE.search(before) or _DM_AFTER.match(after)):
        return True   # "from 24.02 to 14.05": days of the year, day.month
    if m.value == 1 and m.words and (_ONE_OF_A.match(s, b) or (
            _PREP_BEFORE_ONE.search(s, max(0, a - 6), a) and (nt := _NEXT_WORD.match(s, b)) is not None
            and not _CAT_RE.fullmatch(nt.group(1)) and not _OUT_RE.fullmatch(nt.group(1))
            and not _SIDE_RE.fullmatch(nt.group(1)))):
        return True   # "one of a handful of sources", "in one table": no count of losses
    if m.value <= 31 and not m.value_max and not m.words and _DAY_RANGE_BEFORE.search(s, max(0, a - 25), a):
        return True   # "between February 6 and 8", "on May 3-5": the second day of a range of dates
    if before.endswith(":") and before[-2:-1].isdigit():
        return True   # "10:15": the minutes of a time of day (a live blog's timestamp)
    if _PLACES_COUNTED.match(s, b):
        return True   # "in two central cities": places counted
    if m.value < 20 and _SPEAKERS_AFTER.match(s, b):
        return True   # "one Western official estimated", "two sources said": the speakers, not losses
    if after.startswith("]") and re.search(r"\[\s*$", before):
        return True  # footnote [3]
    if _UNIT_RE.match(after):
        return True
    if _FRACTION_AFTER.match(after):
        return True   # "two thirds of its inventory"
    if m.value == 1 and m.words and (_ONE_AT_A_TIME.match(s, b) or before.lower().endswith("one by ")):
        return True   # "counts the dead one name at a time", "one by one": a manner, no figure
    # plain years without separators ("in 2022", "the 2022 invasion")
    if b - a == 4 and not m.value_max and _YEARLIKE.fullmatch(s, a, b):
        if not _CAT_RE.match(after.lstrip()) or _WAR_NOUN_AFTER.match(after):
            return True
    return False


def _has_label_mark(s: str, a: int, b: int) -> bool:
    """Can ``s[a:b]`` end in a label ("tanks – ", "personnel: about ")? It needs a dash or a colon."""
    w = s[a:b]
    return ":" in w or "-" in w or "–" in w or "—" in w or "‒" in w


# words ending in -s that are no plural nouns ("5,000 this month", "30 as well")
_NOT_NOUNS = frozenset(("this", "thus", "was", "has", "does", "goes", "its", "hers", "ours", "theirs", "yours",
                        "alone", "besides", "towards", "afterwards", "sometimes", "perhaps", "whereas", "always",
                        "needs", "seems", "remains", "stands", "totals", "reports", "says", "claims", "includes",
                        # counters that stand for the category around them ("27 units, including a submarine")
                        "units", "pieces", "items", "ones", "variants", "versions", "models", "examples"))


_MODEL_TOKEN = re.compile(r"[A-Z][A-Za-z]{0,4}-?\d{1,4}[A-Za-z]{0,3}")
# "... on the Ukrainian side" / "[from the Russian side]"; a side word right after a number
_ON_THE_SIDE = re.compile(r"\b(?:on|from|of)\s+the\s+(" + _SIDE_RE.pattern + r")\s+side\b", re.IGNORECASE)
_SIDE_AFTER = re.compile(r"^[\s(\[\"“”]*(?:\w+\s+){0,1}?(" + _SIDE_RE.pattern + r")", re.IGNORECASE)


_MODEL_CAT = {prefix: cat for cat, prefixes in _CATS_FILE.get("model_categories", {}).items()
              for prefix in prefixes}
_MODEL_ALONE = re.compile(r"(" + "|".join(sorted(map(re.escape, _MODEL_CAT), key=len, reverse=True))
                          + r")-\d{1,3}[A-Z]{0,3}(?:s|'s|’s)?") if _MODEL_CAT else re.compile(r"(?!x)x")


_MODEL_LOSSES = re.compile(_MODEL_ALONE.pattern + r"\s+(?:losses|lost|tally|count)\b")
_QUANT_WORDS = frozenset(("more", "other", "further", "additional", "new", "extra"))


def _own_noun(tok: str) -> bool:
    """A plural common noun that is no category, nor a side or outcome word ("targets", "missiles")."""
    return tok.isalpha() and tok.islower() and len(tok) >= 4 and tok.endswith("s") \
        and not tok.endswith(("ss", "us", "is")) and tok not in _NOT_NOUNS \
        and not _OUT_RE.fullmatch(tok) and not _SIDE_RE.fullmatch(tok)


# a verb right after a counted noun of its own ("two dozen workers assemble ..."): the noun phrase ends there
_OWN_NOUN_VERB = re.compile(r"\s+(?!of\b|and\b|or\b|in\b|on\b|at\b|from\b|with\b)[a-z]+(?:e|s)\s+(?!of\b)[a-z]")


_THE_YEAR_WINDOW = re.compile(r"(?i)\b(?:over|during|throughout|across|in)\s+the\s+(?:past\s+|last\s+|whole\s+|entire\s+)?year\b")
_UP_TO_DATE = re.compile(r"(?i)\b(?:up\s+to|until|till|as\s+of)\s+$")
_WINDOW_START = re.compile(r"(?i)\b(?:from|since|between|starting)\b")
_ONE_OF_A = re.compile(r"(?i)\s+of\s+(?:a|an)\s")
_PREP_BEFORE_ONE = re.compile(r"(?i)\b(?:in|on|at|from|for|with|by|into)\s+$")
_NEXT_WORD = re.compile(r"\s+([a-z][a-z\-]+)\b(?!\s+(?:of|and|or)\b)")
_DAY_RANGE_BEFORE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+[0-3]?\d(?:st|nd|rd|th)?"
                               r"\s*(?:and|to|through|until|-|–|—)\s*$")
_AND_THAT_BREAK = re.compile(r"(?i),?\s+and\s+(?:that|said|says|added)\b")
_VERB_IN_GAP = re.compile(r"(?i)\b(?:said|says|say|claimed|claims|reported|reports|added|noted|stated|announced|"
                          r"put|puts|had|has|have|was|were|is|are)\b")
_ATTACK_WITH = re.compile(r"(?<![\w\-])(?:" + literal_trie(_CUES["attack_with_verbs"]) + r")\s+(?:[\w\-'’]+\s+){0,5}?with\s+"
                          r"(?:(?:about|around|some|nearly|almost|up\s+to|more\s+than|over|at\s+least|as\s+many\s+as)\s+)*$",
                          re.IGNORECASE)
# a count told as one past action: "it destroyed two patrol boats", "17 crew members were killed" (not "has destroyed")
_ONE_ACTION_MAX = 50
_ACTION_VERB_BEFORE = re.compile(r"(?<!\bhas\s)(?<!\bhave\s)(?<!\bhas\salso\s)(?<!\bhave\salso\s)(?<![\w\-])(?:"
                                 + literal_trie(_CUES["one_action_verbs"]) + r")\s+(?:(?:at\s+least|about|around|some|"
                                 r"more\s+than|over|up\s+to|nearly|almost|all|another|a\s+further)\s+)?$", re.IGNORECASE)
_ACTION_VERB_AFTER = re.compile(r"(?:\s+[\w\-]+){0,4}?\s+(?:were|was|had\s+been)\s+(?:(?:also|all|reportedly|later)\s+)?(?:"
                                + literal_trie(_CUES["one_action_verbs"]) + r")\b", re.IGNORECASE)
_ACTIVE_HIT = re.compile(r"\s+(?:hit|struck|slammed\s+into|smashed\s+into)\s+(?!(?:a\s+)?mines?\b|landmines?\b)"
                         r"(?:the|a|an|two|three|four|five|several|residential|civilian|its|their|(?-i:[A-Z]))", re.IGNORECASE)
_LABEL_BEFORE_NUM = re.compile(r"[A-Za-z)]\s*[–—‒:\-]\s*(?:about\s+|approximately\s+|more\s+than\s+|over\s+|up\s+to\s+|~)?$")
_LABEL_START = re.compile(r"[A-Za-z][\w /()’'\-]{0,30}\s*[–—‒:\-]\s*(?:about\s+|approximately\s+|more\s+than\s+|over\s+|up\s+to\s+|~)?$")
_SPACE_LABEL_RE = re.compile(r"(?:[:,;]\s*(?:and\s+)?|\band\s+)(?P<cat>" + _CAT_RE.pattern + r")\s+"
                             r"(?:(?:about|around|approximately|some|over|more\s+than|nearly|almost|up\s+to)\s+)?$",
                             re.IGNORECASE)
_INCR_AFTER = re.compile(r"\s*\(\s*(?:[+−–\-]|plus\s+)\s*\d")
_NUM_DASH_AFTER = re.compile(r"[ \t]+[—–][ \t]+")
_LINE_START_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[•·▪●◦‣*\-–—][ \t]*)?(?:(?:about|around|some|over|more\s+than|nearly|almost|"
                                r"at\s+least|up\s+to)\s+)?$", re.IGNORECASE)
_INCL_TANKS = re.compile(r"(?i),?\s+including\s+tanks\b(?!\s*,?\s*\d)")
_INCR_SKIP = re.compile(r"[ \t]*\(\s*(?:[+−–\-]|plus\s+)\s*\d[\d,.\u00a0\u2009 ]*\)(?=[ \t\u00a0]+[A-Za-z])")


_LOST_AHEAD = re.compile(r"\s+(?:(?:russian|ukrainian|enemy|western|us|american|german|british)[\w\-]*\s+)?", re.IGNORECASE)
_INCR_RIGHT_AFTER = re.compile(r"\s*\(\s*(?:\+|plus\s)\s*\d")
_AT_WORK_NOUN = re.compile(r"(?i)workers?|employees?|paramedics|medics|firefighters|doctors")
_AT_WORK_VERB = re.compile(r"\s+(?!(?:were|are|have|was|has|remain|remains|died|dies|include|includes|lose|suffer)\b)"
                           r"[a-z]+(?:e|s)\s+(?!of\b)[a-z]")


# a list of outcome adjectives before the noun ("destroyed, damaged or captured")
_OUT_ADJ_LIST = re.compile(r"(?i)(?:destroyed|damaged|captured|abandoned|downed|lost)(?:\s*,\s*(?:destroyed|damaged|"
                           r"captured|abandoned|downed|lost))*\s*,?\s+(?:and/or|and|or)\s+(?:destroyed|damaged|captured|"
                           r"abandoned|downed|lost)\b")


def _noun_phrase(s: str, m: Mention, limit: int, start: int | None = None) -> None:
    """Category noun after the number (skipping up to four modifiers), searched from ``start`` (default: the
    number's end; after a day's increment: "11,512 (+3) tanks")."""
    pos = m.e if start is None else start
    # "(Ukrainian)" or a closing quote right after the number
    toks = 0
    lost_adj = False   # the one token so far is "lost" ("620 lost BMP-3s")
    models = 0   # how many of the tokens so far are model designators ("Kh-59", "S-300")
    quants = 0   # ... or quantity words ("more", "other")
    end_lim = min(limit, len(s), pos + 90)
    nl = s.find("\n", pos, end_lim)
    if nl >= 0:
        end_lim = nl   # a list line's figure ("air defence systems – 97\naircraft – 216"): the next line is another item
    # an "in numbers" line: "62 — tanks", "386 – drones shot down" (the figure opens the line, a dash, its noun)
    dash = _NUM_DASH_AFTER.match(s, pos)
    if dash is not None and _LINE_START_BEFORE.search(s, max(0, m.s - 30), m.s) is None:
        dash = None
    while toks <= 5 and pos < end_lim:
        seg = s[pos:end_lim]
        mm = re.match(r"^[\s\"“”'‘’]*", seg)
        p2 = pos + mm.end()
        if dash is not None and toks == 0:
            p2 = dash.end()
        cm = _CAT_RE.match(s, p2, end_lim)
        if cm:
            phrase = cm.group(0)
            cat = _cat_of(phrase)
            end = cm.end()
            # joined categories: "tanks and armoured vehicles"
            jm = re.match(r"\s*(?:and|or|&|/)\s*(?:other\s+|various\s+)?", s[end:end_lim])
            if jm and cat not in ("personnel", "civilians"):
                cm2 = _CAT_RE.match(s, end + jm.end(), end_lim)
                if cm2:
                    cat2 = _cat_of(cm2.group(0))
                    if cat2 and cat2 != cat and cat2 not in ("personnel", "civilians"):
                        cat = "+".join(sorted({cat, cat2}))
                        end = cm2.end()
                    elif cat2 == cat:
                        end = cm2.end()
            if cat == "civilians" and _AT_WORK_NOUN.fullmatch(phrase) and _AT_WORK_VERB.match(s, end):
                break   # "two dozen workers assemble interceptor drones": people at work, no victims
            if cat == "armoured_vehicles" and _INCL_TANKS.match(s, end, end_lim):
                cat = "armoured_vehicles+tanks"   # "3,000 to 4,000 armoured vehicles, including tanks": both
            elif cat in ("personnel", "civilians") and "civilians" in s[end:end + 40] and _BOTH_KINDS.match(s, end):
                cat = "civilians+personnel"   # "137 Ukrainians, soldiers and civilians, were killed": both counted
            # an abbreviation in brackets after the noun "(APV)"
            pm = re.match(r"\s*\([A-Za-z/\-]{2,12}\)", s[end:end_lim])
            if pm:
                end += pm.end()
            m.cat = cat
            m.cat_span = (cm.start(), cm.end())
            m.np_end = end
            m.bare = False
            mods = s[m.e:cm.start()]
            m.cat_from = "np"
            if re.search(r"\b(?:their|its|his|her)\b", mods, re.IGNORECASE):
                m.np_side_word = "<poss>"
                return
            # a side word in the modifiers (or the noun itself: "Russians")
            for sm in _SIDE_RE.finditer(mods + " " + phrase):
                w = normalize_phrase(sm.group(0))
                m.np_side_word = w
            tail = s[end:min(limit, end + 60)]
            om = _ON_THE_SIDE.search(tail) if "side" in tail.lower() else None
            if om:
                m.np_side_word = normalize_phrase(om.group(1))
            return
        am = _OUT_ADJ_LIST.match(s, p2, end_lim) if "," in s[p2:p2 + 12] else None
        if am:
            pos = am.end()   # "1,113 destroyed, damaged or captured Ukrainian tanks": one modifier
            toks += 1
            continue
        tm = re.match(r"^\(?[\w’'\-\.]+\)?,?", s[p2:end_lim])
        if not tm:
            break
        tok = tm.group(0).strip("(),")
        if tok and tok[0].isdigit() and (_MODEL_BEFORE.search(s[max(0, p2 - 12):p2]) or _CALIBRE_TOKEN.fullmatch(tok)):
            pos = p2 + tm.end()   # "16 Leopard 2 tanks", "two 155mm M777 howitzers"
            toks += 1
            continue
        if tok.lower() in _QUANT_WORDS and toks == models + quants and not tm.group(0).endswith(","):
            quants += 1   # "two more villages": look past "more" for the noun
            pos = p2 + tm.end()
            toks += 1
            continue
        if toks == 0 or (lost_adj and toks == 1):
            mtok = tok.rstrip(".")
            mc = _MODEL_ALONE.fullmatch(mtok)
            if mc and _MODEL_CAT.get(mc.group(1)):
                # "3 Su-25s", "two T-90s": a model written alone counts its category
                m.cat, m.cat_span, m.np_end, m.bare, m.cat_from = _MODEL_CAT[mc.group(1)], (p2, p2 + len(mtok)), \
                    p2 + len(mtok), False, "np"
                return
        if tok and tm.group(0).endswith(",") and models == toks and _MODEL_TOKEN.fullmatch(tok):
            models += 1   # "37 Ukrainian F-16, Su-27 and MiG-29 jets": a list of models before the noun
            pos = p2 + tm.end()
            toks += 1
            continue
        if tok and tm.group(0).endswith(",") and (toks == 0 or models + quants == toks) and _own_noun(tok):
            m.own_noun = True   # "9 missiles, the air force said"
        if toks == 0 and tok and _SIDE_RE.fullmatch(tok) and (bk := _BOTH_KINDS.match(s, p2 + len(tok))):
            # "137 Ukrainians, soldiers and civilians, were killed": both counted, the demonym their side
            m.cat, m.cat_span, m.np_end, m.bare, m.cat_from = "civilians+personnel", (p2, bk.end()), bk.end(), False, "np"
            m.np_side_word = normalize_phrase(tok)
            return
        if toks == 0 and tok.lower() == "lost" and not tm.group(0).endswith(",") and (
                lm_ := _LOST_AHEAD.match(s, p2 + tm.end(), end_lim)) is not None and (
                _CAT_RE.match(s, lm_.end(), end_lim) or _MODEL_ALONE.match(s, lm_.end(), end_lim)):
            pos = p2 + tm.end()   # "Oryx lists 140 lost Bradley fighting vehicles", "620 lost BMP-3s": an adjective
            toks += 1
            lost_adj = True
            continue
        if not tok or tok[0].isdigit() or _STOP_NP.match(tok) or tm.group(0).endswith(","):
            break
        if _OUT_RE.fullmatch(tok) and tok.lower() not in ("dead", "injured", "wounded", "damaged", "destroyed",
                                                           "captured", "abandoned", "downed", "killed", "fallen", "lost"):
            break
        if toks - models - quants <= 2 and _own_noun(tok):   # (after at most two modifiers: "field ammunition depots")
            m.own_noun = True   # "hit 25 targets", "two Kh-59 missiles": the number counts a noun of its own
            if toks == models + quants and _OWN_NOUN_VERB.match(s, p2 + tm.end()):
                break   # "two dozen workers assemble interceptor drones": the workers, no drones
        if _MODEL_TOKEN.fullmatch(tok) or _SIDE_RE.fullmatch(tok):
            models += 1   # (and side words: "four Ukrainian brigades")
        if tok.lower() in ("and", "or") and toks == 0:
            break
        if tok.lower() in ("against", "of") and toks >= 2:
            break
        pos = p2 + tm.end()
        toks += 1
    m.np_end = m.e
    # a label before the number: "tanks – 3,482 (+1)", "personnel: about 161,610"
    lm = _LABEL_RE.search(s, max(0, m.s - 80), m.s) if _has_label_mark(s, max(0, m.s - 80), m.s) else None
    if lm:
        phrase = lm.group("cat")
        cat = _cat_of(phrase) or _cat_of(phrase.rsplit("/", 1)[-1])
        if cat:
            m.cat, m.cat_span, m.bare, m.cat_from = cat, (lm.start("cat"), lm.end("cat")), False, "label"
            pm = re.match(r"\s*(?:persons|people|men|units|pcs\.?)\b", s[m.e:limit])
            if pm:
                m.np_end = m.e + pm.end()
            return
    if s.startswith("(", m.e + 1) or s.startswith("(", m.e):
        # "... were: personnel about 1,380,250 (+980), tanks 11,950 (+3)": a list's label, no mark, the day's change after
        lm = _SPACE_LABEL_RE.search(s, max(0, m.s - 60), m.s) if _INCR_AFTER.match(s, m.e) else None
        cat = _cat_of(lm.group("cat")) if lm else None
        if cat:
            m.cat, m.cat_span, m.bare, m.cat_from = cat, (lm.start("cat"), lm.end("cat")), False, "label"
            return
    sm = _SIDE_AFTER.match(s[m.e:m.e + 40])
    if sm and not re.match(r"^[\s(\[\"“”]*(?:in|on|from|to|at|by|as|while|when|after|because|against|than|and|or)\b",
                           s[m.e:m.e + 10], re.IGNORECASE):   # (not "rose to more than 100 as Ukraine's ...")
        m.np_side_word = normalize_phrase(sm.group(1))
    # "... on the Ukrainian side" / "[from the Russian side]"
    tail = s[m.e:min(limit, m.e + 80)]
    om = _ON_THE_SIDE.search(tail) if "side" in tail.lower() else None
    if om:
        m.np_side_word = normalize_phrase(om.group(1))


_BY_AFTER = re.compile(r"\s+by\b", re.IGNORECASE)


_FALLEN_TO = re.compile(r"(?i)\s+(?:to|by|from|below|sharply|steadily|slightly|back)\b")


def _find_outcome(text: str) -> list[tuple[int, int, str]]:
    """Outcome words in ``text``: (start, end, outcome), joined ones as one (a fresh list: callers add to it)."""
    return list(_outcomes_in(text)) if text else []


_MONEY_AFTER = re.compile(r"(?i)\s+(?:(?:about|around|some|nearly|almost|over|up\s+to|more\s+than|roughly|as\s+little\s+as|"
                          r"as\s+much\s+as|only|just|less\s+than|under)\s+)?(?:[$€£₴₽]|us\$|\d[\d,.]*\s*(?:dollars|euros|"
                          r"pounds|rubles|roubles|hryvnias?|million|billion|bn)\b)")


@lru_cache(maxsize=4096)   # (a pure function of its string; the rules ask about the same slices several times)
def _outcomes_in(text: str) -> tuple[tuple[int, int, str], ...]:
    out = []
    for om in _OUT_RE.finditer(text):
        o = _out_of(om.group(0))
        if o:
            if om.group(0).lower() == "intercepted" and _BY_AFTER.match(text, om.end()):
                continue   # "a call intercepted by Kyiv"
            if o == "killed" and _FALLEN_TO.match(text, om.end()) and om.group(0).lower() == "fallen":
                continue   # "the population has fallen to some 60,000": a level falling, no dead
            if om.group(0).lower() in ("cost", "costs") and _MONEY_AFTER.match(text, om.end()):
                continue   # "drones that cost about $5,000 each": a price, no loss
            out.append((om.start(), om.end(), o))
    return tuple(_joined_outcomes(text, out) if len(out) > 1 else out)


# Outcome words joined in one coordination ("sunk or damaged", "destroyed, damaged, abandoned or
# captured") describe one figure: equipment outcomes together are "lost", personnel ones "casualties".
_OUT_JOIN = re.compile(r"\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and/or|and|or)\s+|/\s*)", re.IGNORECASE)
_EQUIPMENT_OUTCOMES = frozenset(("destroyed", "damaged", "captured", "abandoned", "lost"))
_PERSONNEL_OUTCOMES = frozenset(("killed", "wounded", "casualties", "missing", "captured"))


def _joined_outcomes(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    out = [found[0]]
    kinds = [{found[0][2]}]
    for a, b, o in found[1:]:
        pa, pb, po = out[-1]
        if _OUT_JOIN.fullmatch(text, pb, a):
            out[-1] = (pa, b, po)
            kinds[-1].add(o)
        else:
            out.append((a, b, o))
            kinds.append({o})
    for i, ks in enumerate(kinds):
        if len(ks) > 1:
            a, b, o = out[i]
            if ks <= _EQUIPMENT_OUTCOMES:
                out[i] = (a, b, "lost")
            elif ks <= _PERSONNEL_OUTCOMES and ks & {"killed", "wounded", "missing", "casualties"}:
                out[i] = (a, b, "casualties")
            else:
                # mixed words ("killed or destroyed"): keep each as it was
                return found
    return out


def _side_for(word: str, claimant: str | None) -> str | None:
    w = normalize_phrase(word)
    if w in _ENEMY:
        own = _CLAIMANT_SIDE.get(claimant or "")
        return _other(own) if own else _DEFAULT_SIDE
    if w in _OWN:
        own = _CLAIMANT_SIDE.get(claimant or "")
        return own
    return _SIDE_WORDS.get(w)


def _other(side: str | None) -> str | None:
    return _OPPONENT.get(side or "")


# ---------------------------------------------------------------- the extractor
@dataclass
class _DocState:
    last_attr: Attribution | None = None
    last_attr_claimant: str | None = None
    source_label: "tuple | None" = None   # (segment, claimant, name) of the first "Source: X" line
    last_attr_name: str | None = None
    last_attr_date: date | None = None
    section_break: bool = False
    history: list = field(default_factory=list)
    first_body_source: str | None = None
    lead_para: int = -1            # the first body paragraph
    lead_seg: int = -10            # its sentence with a short window ("over the past day"), if any
    lead_date: date | None = None  # the day that window ends
    lead_text: str = ""
    prev_text: str = ""
    prev_claim: Claim | None = None
    prev_claim_seg: int = -10
    last_attr_seg: int = -10
    last_attr_para: int = -1
    last_stmt_date: date | None = None
    last_source_claim: tuple | None = None
    last_source_seg: int = -10
    last_interval: Claim | None = None
    last_interval_seg: int = -10
    last_interval_max: float = 0
    seg_index: int = 0
    prev_seg_para: int = -1
    list_outcome: str | None = None  # the outcome of the loss heading over the current list item
    list_window: bool = False        # the heading over the current list item names a daily window
    intro_seg: int = -10             # the last sentence naming a source that ends with a colon
    list_approx: bool = False        # the current list item's figures are approximate as a whole
    daily_date: date | None = None   # the day of a daily report the lead names ("published its daily summary")
    doc_daily: bool = False          # the document names a daily window somewhere ("over the past 24 hours")
    group_para: int = -1             # the paragraph naming a group of forces of the lead's daily report
    region_side: str | None = None   # whose region the text last named ("the Belgorod region": russia)
    region_seg: int = -10
    event_date: date | None = None   # the day of the strike or attack the text last dated ("Friday's strike")
    event_seg: int = -10
    list_date: date | None = None    # the day the heading over the current list item dates it to
    speakers: dict = field(default_factory=dict)   # a transcript's speakers (surname -> claimant, name)
    launch: tuple | None = None     # the last sentence telling what was launched: (segment, categories, windowed)
    enemy_army: str | None = None   # whom an unnamed army was found to speak for (see _ENEMY_ARMY)
    # per-document memos (a sentence is often looked at twice: claims, then statement dates)
    interval_max: dict = field(default_factory=dict)   # per claimant, the largest window figure so far
    attr_memo: dict = field(default_factory=dict)
    time_memo: dict = field(default_factory=dict)

    def attributions(self, s: str) -> list[Attribution]:
        hit = self.attr_memo.get(s)
        if hit is None:
            hit = self.attr_memo[s] = find_attributions(s)
        return list(hit)

    def times(self, s: str, pub, dyear) -> list[TimeEx]:
        hit = self.time_memo.get(s)
        if hit is None:
            hit = self.time_memo[s] = find_times(s, pub, dyear)
        return hit


# Invisible marks (zero-width, bidi) and HTML tags are blanked out before analysis; blanking
# keeps every offset, so claims still point into the original text.
_INVISIBLE = {c: " " for c in (list(range(0x200B, 0x2010)) + list(range(0x202A, 0x202F)) + list(range(0x2060, 0x2065))
                               + [0xFEFF, 0x00AD, 0x061C, 0xFE0E, 0xFE0F])}
# emoji and other marks used as list bullets ("▪️ 1 tank", "🔹 6 artillery systems"): read as "•" (same length)
_INVISIBLE.update({ord(c): "•" for c in "▫▸►▹➖➤➡✅✔☑🔹🔸🔺🔻🔴🟢🟡⚫⚪💥🔥"})
_TAG_RE = re.compile(r"<[A-Za-z/!][^<>]{0,300}>")


_URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"']{1,500}")


_INVISIBLE_RE = re.compile("[" + "".join(chr(c) for c in _INVISIBLE) + "]")


def _blank_tags(text: str) -> str:
    """HTML tags and web addresses become spaces (offsets unchanged)."""
    if "<" in text:
        text = _TAG_RE.sub(lambda m: " " * len(m.group(0)), text)
    if "http" in text or "www." in text:
        text = _URL_RE.sub(lambda m: " " * len(m.group(0)), text)
    return text


# A headline ending in its source: "... since onset of war: Ukraine", "... – Wallace" (a name: no figures)
# a transcript's speaker label: "DAN RUIZ, CORRESPONDENT:", "LINDQVIST:"
_SPEAKER_LABEL = re.compile(r"([A-Z][A-Z.’'\-]+(?:\s+[A-Z][A-Z.’'\-]+){0,3})(?:,\s*([A-Z][A-Z.’'/\- ]{2,50}?))?:\s")
_GLOSS_CORE = re.compile(r"\b(?:count|counts|include|includes|combine|combines|lump|covers?|comprises?|describes?\s+as|"
                         r"described\s+as)\s+(?:both\s+)?(?:the\s+)?"
                         r"(?:(?:killed|dead)(?:\s+soldiers)?(?:\s+and|\s+or|,)\s+(?:the\s+)?(?:wounded|injured)|"
                         r"(?:wounded|injured)\s+as\s+well\s+as\s+(?:the\s+)?(?:killed|dead))")   # (on lower-cased text)
# ("the figure counts wounded as well as dead")
_GLOSS_NOUN = re.compile(r"\b(?:figures?|count|tally|numbers?|totals?)\b")
_BY_SUPPLIER = re.compile(r"(?i)(?:supplied|provided|delivered|donated|made)\s+by\b")
_THIS_WAS_REPORTED = re.compile(r"(?i)\W{0,3}(?:this|that|the\s+figures?|the\s+data)\s+(?:was|were|is|are)\s+"
                                r"(?:reported|announced|stated|said|published|posted|given)\s+(?:[\w’'\-]+\s+){0,8}?by\b")
_HEAD_SOURCE_SUFFIX = re.compile(r"(?:[:–—]|\s-)\s*([A-Z][A-Za-z’'.\- ]{1,60})\s*$")

_MONTH_ITEM = re.compile(r"\W{0,3}(?:january|february|march|april|may|june|july|august|september|october|november|december)"
                         r"(?:\s+\d{4})?\s*[:–—]\s*(?:about\s+|~)?\d[\d,.\s]*(?:k\s+)?[a-z]", re.IGNORECASE)
_TALLY_ITEM = re.compile(r"(?i)(?:" + _CAT_RE.pattern + r")\s*[:–—‒\-]+\s*(?:about\s+|~)?\d[\d,.\s]*(?:k|m|million|thousand)?\s*\(\s*\+\s*\d")
_LIST_ITEM = re.compile(r"(?:[•·▪●◦‣*\-–—]|[\u2190-\u2bff\U0001f000-\U0001faff]\ufe0f?)?\s*[\"“«]?[A-Za-z][\w /\-’'()\"”»]{1,60}?\s*[:–—‒\-]\s*"
                        r"(?:(?:about|approximately|around|some|over|more\s+than|up\s+to|at\s+least|nearly|almost)\s+|~)?\d")
# a labelled item inside a paragraph: '"Sever": up to 155 servicemen, a tank ...' (after a loss heading)
_NUM_FIRST_ITEM = re.compile(r"\s*[•·▪●◦‣*\-–—]?\s*(?:(?i:about|approximately|around|some|over|more\s+than|up\s+to)\s+|~)?\d[\d,.\u00a0\u2009 ]*(?:\s*\(\s*[+−–\-]\s*\d[\d,.\u00a0\u2009 ]*\))?"
                             r"(?:[ \t]+[—–])?\s+[A-Za-z][\w\-/]*(?:\s+[\w\-/]+){0,4}\s*;?\s*(?:\n|$)")   # (also "62 — tanks")
# a short heading line over a list: "RUSSIAN LOSSES IN APRIL (Ukraine's General Staff)", "Civilians in April"
_LOSS_HEADING = re.compile(r"(?i)[ \t]*[A-Z][^.!?\n\d]{0,60}\b(?:losses|casualties|civilians|killed|destroyed)\b[^.!?\n\d]{0,60}")
_IN_MONTH_BEFORE = re.compile(r"(?i)\b(?:in|during|for)\s+$")
_HEAD_DATE_BEFORE = re.compile(r"(?i)\b(?:to|until|till|as\s+of|on|for)\s+$")
_LIST_QUAL_HEAD = re.compile(r"(?i)\b(?:approximately|about|around|roughly|some)(?:\s+(?:amounted|amount|amounts|came|come|"
                             r"comes|stood|stand|stands)\s+to)?\s*:(?:\s*$|\s+(?-i:[A-Z]))")
_LIST_INTRO_COLON = re.compile(r"(?i)\b(?:are|were|is|was|amount(?:ed|s)?\s+to|as\s+follows|approximately|about)\s*:\s+(?-i:[A-Z])")
_LABEL_ITEM = re.compile(r"\s*(?:[•·▪●◦‣*\-–—]\s*)?[\"“«]?[A-Z][\w /\-’'()]{1,40}?[\"”»]?\s*:\s*(?:(?:about|approximately|around|some|over|"
                         r"more\s+than|up\s+to|at\s+least|nearly|almost)\s+|~)?(?:\d|(?:a|an|one|two|three|four|five|six|"
                         r"seven|eight|nine|ten|eleven|twelve)\b)")

_SOURCE_LABEL = re.compile(r"\s*(?:date\s+\d{4}-\d\d-\d\d\s+)?(?:\d{1,2}[:.]\d\d\s*(?:[—–-]\s*)?)?([A-Z][\w’'.\- ]{1,60}?)\s*(?:[\"“«][\w\- ]{2,20}[\"”»]\s*)?(?::|,\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})"
                           r"(?:,?\s+\d{4})?\s*[|:–—])\s+\S")
_PAREN_NAME = re.compile(r"\((?:the\s+)?[A-Z][^()]{1,60}\)")   # a source in brackets: "(Oryx, as of 10 June)"

# How many sentences ahead of a figure a named source is still looked at.
_SOURCE_REACH = 12
_LEAD_REACH = 6   # sentences after the lead that its window reaches


_SOURCE_LABELS = ("Source:", "Sources:", "SOURCE:")


def _source_line(s: str) -> Attribution | None:
    """The source a "Source: the General Staff on Facebook" line names (offsets into ``s``), if any."""
    k = s.find(":") + 1
    sub = [x for x in find_attributions(s[k:] + " said") if x.claimant is not None]
    if not sub:
        return None
    a = sub[0]
    return Attribution(a.start + k, a.end + k, a.claimant, a.name, k, a.end + k)


# "The figures cover the period from October 10 to October 31": the window of the figures just before
_FIGURES_COVER = re.compile(r"(?i)\W*(?:the|these|those|its|their|the\s+team['’]s|the\s+group['’]s)\s+(?:figures?|data|numbers?|"
                            r"counts?|tall(?:y|ies)|totals?|estimates?|assessment|report|study|analysis)\s+(?:covers?|spans?|refers?\s+to|"
                            r"relates?\s+to)\s+"
                            r"(?:the\s+period\s+|the\s+(?:days|weeks|months)\s+)?(?:from|between)\b")


def _figures_cover(s: str, si: int, segs, claims, times, pub) -> None:
    """A sentence giving the window of the figures before it re-dates them (same paragraph, up to two
    sentences back, figures that named no date of their own)."""
    if _FIGURES_COVER.match(s) is None:
        return
    ts = [t for t in times if t.value is not None and t.first is not None]
    if len(ts) < 2:
        return
    first, last = ts[0], ts[-1]
    period = "cumulative" if abs((first.first - WAR_START).days) <= 1 else "interval"
    # (the sentences just before, in this paragraph or the one before: "... has cost it 197 tanks ...\n\nOf these,
    # 109 were destroyed ... The figures cover the period from October 10 to October 31.")
    back = {k for k in (si - 1, si - 2, si - 3) if k >= 0 and segs[si].para - segs[k].para <= 1}
    for c, meta in claims:
        if meta.get("seg") in back and c.as_of in (pub, None) and c.period in ("cumulative", "interval") \
                and c.rate_unit is None:
            c.period, c.as_of = period, last.value


_REPORTED_IT = re.compile(r"(?i)\b(?:has|have|had)\s+(?:reported|published|announced|released|informed)\b|\breported\s+(?:this|these|it|the\s+(?:figures|data))\b")
_COLON_SPEAKER = re.compile(r"\W*(?:\d{1,2}[:.]\d\d\s*[—–-]\s*)?(?P<src>[A-Z][\w’'.\-]*(?:\s+[\w’'.\-]+){0,5}?\s+[A-Z][\w’'.\-]+):\s+"
                            r"(?=(?:about\s+|up\s+to\s+|at\s+least\s+|more\s+than\s+)?\d)")
_BOILERPLATE_LINE = re.compile(r"\s*(?:advertisement|advert|sponsored(?:\s+content)?|read\s+(?:more|also)|also\s+read|related|"
                               r"see\s+also|share|updated(?:\s+on)?|published(?:\s+on)?|by\s+[A-Z])\b", re.IGNORECASE)
_DEFINITE_BEFORE = re.compile(r"(?:^|\W)(?:[Tt]he|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir)\s+$")


def _definite_generic_ref(s: str, a: Attribution, history, before: str) -> str | None:
    """The claimant a definite generic source ("the monitors", "the analysts") refers back to: the last named
    body whose name, as written in the text ``before`` the sentence, goes on with the same stem ("the United
    Nations human rights monitoring mission"), if any."""
    name = normalize_phrase(a.name).removeprefix("the ")
    if name not in GENERIC_OTHER or not _DEFINITE_BEFORE.search(s, max(0, a.start - 8), a.start) \
            and not a.name.lower().startswith(("the ", "these ", "those ")):
        return None
    stem = name[:6]
    for cid, nm in reversed(history[-12:]):
        if cid in ("other", None) or not nm:
            continue
        if stem in nm.lower() or re.search(re.escape(nm) + r"[^.;:]{0,50}?" + re.escape(stem), before, re.IGNORECASE) \
                or re.search(re.escape(stem) + r"\w*\s+(?:at|of|from|with|behind)\s+(?:the\s+)?" + re.escape(nm), before):
            return cid   # (or "the open-source researchers at Oryx")
    return None


# a dated strike or attack: "in Friday's missile strike", "the strike on Tuesday", "a strike on a barracks on
# New Year's Day"
_EVENT_POSS = re.compile(r"(?i)['’]s\s+(?:[\w\-]+\s+){0,2}?(?:strikes?|attacks?|shelling|bombardment|barrage)\b")
_EVENT_ON = re.compile(r"(?i)\b(?:strikes?|attacks?|shelling|bombardment|barrage|hit|struck)\b[^.;:]{0,80}?\bon\s+$")
# a later sentence's toll of that strike: "A further 105 servicemen were wounded in the attack"
_PERIOD_ENDED = re.compile(r"(?i)\bperiod,?\s+which\s+(?:ended|ends|ran\s+to|runs\s+to)\s+(?:on\s+)?")
_IN_THE_EVENT = re.compile(r"(?i)\b(?:in|by|after|from)\s+the\s+(?:(?:missile|drone|rocket|air|artillery)\s+)?"
                           r"(?:strike|attack|shelling|bombardment|barrage|blast|explosion)\b(?!\s+on\s+(?!the\b))")


def _event_date(s: str, times) -> date | None:
    for t in times:
        if t.value is None or t.kind not in ("weekday", "dmy", "mdy", "rel", "iso", "num"):
            continue
        if _EVENT_POSS.match(s, t.end) or _EVENT_ON.search(s, max(0, t.start - 100), t.start):
            return t.value
    return None


def _redate_to_event(s: str, new, st: "_DocState") -> None:
    """A strike's toll told in a later sentence ("A further 105 servicemen were wounded in the attack, the SSO
    said on Monday") ends on the strike's day, not on the day it was said."""
    if not _IN_THE_EVENT.search(s):
        return
    ev = st.event_date
    for c, _meta in new:
        if c.period == "interval" and c.rate_unit is None and c.as_of is not None and c.as_of != ev \
                and 0 < (c.as_of - ev).days <= 7:
            c.as_of = ev


def extract_claims(text: str, published=None) -> list[Claim]:
    if not isinstance(text, str) or not text:
        return []
    original = text
    if _INVISIBLE_RE.search(text):
        text = text.translate(_INVISIBLE)
    text = _blank_tags(text)
    pub = _to_date(published)
    if pub is None:
        pub = infer_published(text)
    dyear = doc_year_hint(text) if pub is None else None
    if pub is None and dyear is not None:
        pub = _dateline_without_year(text, dyear)
        if pub is not None and (pub.month == 1 or (pub.month == 2 and pub.day <= 15)) \
                and re.search(rf"\b(?:in|during|throughout|over|for)\s+{dyear}\b", text) \
                and _PAST_YEAR_WORDS.search(text):
            # "MOSCOW, January 5 - ... lost almost 500,000 servicemen in 2025 ... last year": a review of
            # the year just ended, dated early in the next one
            pub = pub.replace(year=dyear + 1)
    st = _DocState()
    st.doc_daily = "roup" in text and (_DOC_DAILY.search(text) is not None)
    claims: list[tuple[Claim, dict]] = []
    segs = segments(text)
    # which segments can hold a claim (cheap tests); sources matter only a few sentences ahead of one
    # the gates run on the lower-cased text without IGNORECASE (about twice as fast) when
    # lower-casing keeps every offset, as it does for nearly all text
    low = text.lower()
    if len(low) == len(text):
        gtext, has_num, lossy_rx, trigger = low, _HAS_NUMBER_LOW, _LOSSY_LOW, _ATTR_TRIGGER_LOW
        anchor_rx, unattr_rx = _ANCHOR_TIME_LOW, _UNATTR_LOW
    else:
        gtext, has_num, lossy_rx, trigger = text, _HAS_NUMBER, _LOSSY_RE, _ATTR_TRIGGER
        anchor_rx, unattr_rx = _ANCHOR_TIME, _UNATTR_RE
    lossy = [bool(has_num.search(gtext, g.start, min(g.end, g.start + 5000))) and
             bool(lossy_rx.search(gtext, g.start, min(g.end, g.start + 5000))) for g in segs]
    for i in range(1, len(segs)):
        # "That is an average of about 1,180 a day": the average of the figure before
        if lossy[i - 1] and not lossy[i] and (gtext.find("average", segs[i].start, segs[i].end) >= 0
                                               or gtext.find(" of them", segs[i].start, segs[i].end) >= 0
                                               or gtext.find("ork out", segs[i].start, segs[i].end) >= 0
                                               or gtext.find("orks out", segs[i].start, segs[i].end) >= 0):
            lossy[i] = True   # (or "... accounted for up to 3,200 of them": a part of the figure before)
    tally_lines: set[int] = set()
    # a tally line without a loss word: "Personnel: 998,740 (+1,090) | Tanks: 10,945 (+2)" (an increment makes it one)
    for i, g in enumerate(segs):
        if text.find("+", g.start, g.end) >= 0 and _TALLY_ITEM.search(text, g.start, min(g.end, g.start + 5000)):
            lossy[i] = True
            tally_lines.add(i)
    # the items of a list under a loss heading ("... according to the General Staff:\n• tanks: 6,720 (+14)")
    # take the heading's outcome ("losses": lost)
    list_outcome: dict[int, str] = {i: "lost" for i in tally_lines}
    # a tally under a heading that names its outcome ("Ukrainian defenders have also eliminated:")
    for i in sorted(tally_lines):
        if i - 1 in tally_lines:
            list_outcome[i] = list_outcome[i - 1]
        elif i > 0 and text[segs[i - 1].start:segs[i - 1].end].rstrip().endswith(":"):
            heads = _find_outcome(text[segs[i - 1].start:segs[i - 1].end])
            if heads:
                list_outcome[i] = heads[-1][2]
    list_window: set[int] = set()   # items under a heading that names a daily window
    list_approx: set[int] = set()   # items of a list introduced as a whole as approximate ("amount to approximately:")
    head_out = None   # the outcome named by the line heading the current list
    head_window = head_qual = False
    for i in range(1, len(segs)):
        # (a bulleted line ending in ";" or "." is an item too: "- Sever (North): over 1,460 servicemen;")
        bullet = _BULLET_START.match(text, segs[i].start) is not None or (
            # (so is a whole line opening with a label: '"North" (Kharkiv direction): up to 330 servicemen, two tanks.')
            text.startswith("\n", segs[i].start - 1) and (segs[i].end == len(text) or text.startswith("\n", segs[i].end))
            and text.find(":", segs[i].start, segs[i].start + 64) >= 0
            and _LIST_ITEM.match(text, segs[i].start, segs[i].end) is not None)
        same_para = segs[i].para == segs[i - 1].para or (
            (segs[i].line_alone or bullet) and text[segs[i - 1].start:segs[i - 1].end].rstrip().endswith(":"))
        item = same_para and (((segs[i].line_alone or bullet) and _LIST_ITEM.match(text, segs[i].start, segs[i].end)
                               is not None)
                              or (not segs[i].line_alone and text.find(":", segs[i].start, segs[i].start + 45) >= 0
                                  and _LABEL_ITEM.match(text, segs[i].start, segs[i].end) is not None
                                  and (head_out is not None or i - 1 in list_outcome
                                       or text[segs[i - 1].start:segs[i - 1].end].rstrip().endswith((".", ":")))))
        if not item and (i - 1 in list_outcome or text[segs[i - 1].start:segs[i - 1].end].rstrip().endswith(":")
                         or (segs[i - 1].line_alone and segs[i].line_alone
                             and _LOSS_HEADING.fullmatch(text, segs[i - 1].start, segs[i - 1].end))) \
                and _NUM_FIRST_ITEM.match(text, segs[i].start, segs[i].end):
            item = True   # "... stand at:\n\n4,216 tanks\n8,205 armoured combat vehicles"
        if not item:
            head_out, head_window, head_qual = None, False, False
            continue
        if head_out is None and i - 1 not in list_outcome:
            htext = text[segs[i - 1].start:segs[i - 1].end]
            heads = _find_outcome(htext)
            head_out = heads[-1][2] if heads else None
            if head_out in ("killed", "wounded") and "(+" in htext and _LABEL_LINE.match(htext):
                # "Personnel - around 43,900 killed (+150)\nTanks - 1,846 (+3)": the line before is the list's
                # first item, its "killed" its own; the list is one of losses
                head_out = "lost"
            if head_out is None and htext.rstrip().endswith(":") and _MONTH_ITEM.match(text, segs[i].start, segs[i].end):
                head_out = "lost"   # "... based on the General Staff's daily reports:\nOctober: 41,980 personnel, 310 tanks"
            head_window = _LEAD_WINDOW_RE.search(htext) is not None
            head_qual = _LIST_QUAL_HEAD.search(htext) is not None
        if head_out is None and i - 1 in list_outcome and (segs[i].line_alone or bullet):
            # "Tanks: 11,200 (+3)\nAircraft: 427": a line after a tally line is the same list's
            list_outcome[i] = list_outcome[i - 1]
            lossy[i] = True
        if head_out is not None:
            list_outcome[i] = head_out
            lossy[i] = True
            if head_window:
                list_window.add(i)
            if head_qual:
                list_approx.add(i)
    # a list under a heading that dates it ("The total combat losses of the enemy from 24.02.22 to 03.03.25
    # were approximately:"): its items are that day's; a heading that qualifies the list as a whole
    # qualifies every item
    list_date: dict[int, date] = {}
    run_head = None
    run_month = None
    for i in sorted(list_outcome):
        if i - 1 not in list_outcome:
            run_head = None
            htext = text[segs[i - 1].start:segs[i - 1].end] if i > 0 else ""
            # a heading naming a month's window: "RUSSIAN LOSSES IN APRIL (Ukraine's General Staff)", "Russian losses in
            # May, according to the General Staff:": its items are that month's
            htimes = find_times(htext, pub, dyear) if htext else []
            run_month = None
            if i > 0 and len(htext) < 200:
                mw = [t for t in htimes if t.kind == "my" and t.value
                      and _IN_MONTH_BEFORE.search(htext, max(0, t.start - 8), t.start)]
                if mw:
                    run_month = min(mw[-1].value, pub) if pub is not None else mw[-1].value
            if htext.rstrip().endswith(":") or _LIST_INTRO_COLON.search(htext):
                # (or a heading going on after its colon: "... are approximately: The personnel figure includes ...")
                hd = [t for t in htimes if t.kind in ("dmy", "mdy", "num", "iso") and t.value
                      and _HEAD_DATE_BEFORE.search(htext, max(0, t.start - 12), t.start)]   # (not "since 24 February")
                run_head = (hd[-1].value if hd and (pub is None or hd[-1].value <= pub) else None,
                            _LIST_QUAL_HEAD.search(htext) is not None)
        if run_head is not None:
            if run_head[0] is not None:
                list_date[i] = run_head[0]
            if run_head[1]:
                list_approx.add(i)
        if run_month is not None and i not in list_date:
            list_window.add(i)
            list_date[i] = run_month
    # text tables: each cell one figure (see _table_claims); their lines are read as tables only
    table_at: dict[int, Table] = {}
    table_segs: set[int] = set()
    tables = find_tables(text)
    seg_ends = [g.end for g in segs] if tables else []
    for tb in tables[:_MAX_TABLES]:
        k = bisect_right(seg_ends, tb.start)   # the first segment ending after the table starts
        idx = []
        while k < len(segs) and segs[k].start < tb.end:
            idx.append(k)
            k += 1
        if idx:
            table_at[idx[0]] = tb
            table_segs.update(idx)
            for i in idx:
                lossy[i] = False
            lossy[idx[0]] = True
    if not any(lossy):
        return []
    # a "Source: the General Staff" line under the lead (see the end: it names the lead's source too)
    for si in range(min(8, len(segs))):
        if text.startswith(_SOURCE_LABELS, segs[si].start):
            src = _source_line(text[segs[si].start:segs[si].end])
            if src is not None:
                st.source_label = (si, src.claimant, src.name)
            break
    last_lossy = max(i for i, f in enumerate(lossy) if f)
    # a "Source: General Staff of the AFU" line after the last figures (a republished tally's footer) names the
    # source of the unattributed figures above it
    tail_source = None
    for si in range(last_lossy + 1, min(len(segs), last_lossy + 5)):
        if text.startswith(_SOURCE_LABELS, segs[si].start):
            src = _source_line(text[segs[si].start:segs[si].end])
            if src is not None:
                tail_source = (si, src.claimant, src.name)
            break
    this_was = last_lossy + 1 < len(segs) and (_THIS_WAS_REPORTED.match(text, segs[last_lossy + 1].start) is not None
                                               or _FIGURES_COVER.match(text, segs[last_lossy + 1].start) is not None
                                               or _REPORTED_IT.search(text, segs[last_lossy + 1].start,
                                                                      segs[last_lossy + 1].end) is not None)
    if this_was:
        last_lossy += 1   # ("This was announced by ...": the source of the last figures; "The figures cover ...": their window)
    next_lossy = [0] * len(segs)
    nxt = 10 ** 9
    for i in range(len(segs) - 1, -1, -1):
        if lossy[i]:
            nxt = i
        next_lossy[i] = nxt
    if this_was:
        next_lossy[last_lossy] = last_lossy
    body_started = False
    for si, seg in enumerate(segs):
        if si > last_lossy:
            break
        if si in table_segs:
            if si in table_at:
                caption = [text[g.start:g.end] for g in segs[max(0, si - 3):si]
                           if g.para >= seg.para - 2 and g.end <= table_at[si].start]
                new = _table_claims(text, original, table_at[si], caption, st, pub, dyear, claims)
                for c, meta in new:
                    meta.setdefault("seg", si)
                    claims.append((c, meta))
                    st.prev_claim, st.prev_claim_seg = c, si
            continue
        s = text[seg.start:seg.end]
        st.seg_index = si
        if len(s) > 5000:
            s = s[:5000]
        if st.lead_para < 0 and not (seg.line_alone and len(s) < 200 and not s.rstrip().endswith((".", ".\"", ".”"))):
            st.lead_para = seg.para   # (a one-line paragraph ending in a full stop is a lead, not a headline)
        if seg.para == st.lead_para and st.daily_date is None and "daily" in s and _DAILY_REPORT.search(s):
            # "Russia's defence ministry on Wednesday published its daily summary of the fighting": the day's
            days = [t for t in st.times(s, pub, dyear) if t.kind in ("dmy", "mdy", "weekday") and t.value]
            st.daily_date = _clamp(days[0].value, pub) if days else pub
        if seg.para == st.lead_para and st.lead_seg < 0 and _LEAD_WINDOW_RE.search(s) and "since" not in s.lower():
            # "Russian forces repelled five attacks over the past day, the ministry said": the report's window
            days = [t for t in st.times(s, pub, dyear) if t.kind in ("dmy", "mdy", "weekday") and t.value]
            # (the day of the events before the day of the report: "repelled an assault on Sunday, ... said on Monday")
            days = [t for t in days if not _is_statement_date(s, t, [])] + days
            st.lead_seg, st.lead_date = si, _clamp(days[0].value, pub) if days else pub
            st.lead_text = s.lower()
        if ("launched" in s or "fired" in s or " with " in s) and next_lossy[si] - si <= 1:
            lm = _LAUNCH_VERB.search(s)
            if lm is not None:
                cats = {_cat_of(cm.group(0)) for cm in _CAT_RE.finditer(s, lm.end(), lm.end() + 120)} - {None}
                windowed = _LEAD_WINDOW_RE.search(s) is not None or _WEEK_WINDOW.search(s) is not None \
                    or _INTERVAL_RE.search(s) is not None   # ("launched about 100 missiles during the day")
                st.launch = (si, frozenset(cats), windowed)
        if "region" in s or "oblast" in s or "governor" in s:
            for side_, rx in _REGION_SIDE:
                if rx.search(s):
                    st.region_side, st.region_seg = side_, si
                    break
            else:
                if _PLACE_RE.search(s):
                    st.region_side, st.region_seg = None, si   # (a place of no listed side: no carried side)
        if "roup" in s and (st.lead_date is not None or st.daily_date is not None or st.doc_daily) \
                and _GROUP_NAMED.search(s):
            st.group_para = seg.para   # "Units of the Battlegroup West ...": one group's part of the daily report
        elif st.group_para == seg.para and si > 0 and "\n" in text[segs[si - 1].end:seg.start]:
            st.group_para = -1   # a new line naming no group ("Air defense forces shot down ..."): the whole report's
        if next_lossy[si] - si > _SOURCE_REACH:
            st.prev_text = s
            st.prev_seg_para = seg.para
            continue
        heading = seg.line_alone and len(s) < 200 and not _LABEL_LINE.match(s) and si not in list_outcome
        if not heading:
            body_started = True
        attrs = st.attributions(s) if len(s) < 2000 and (trigger.search(gtext, seg.start, seg.start + len(s))
                                                          or _PAREN_NAME.search(s)) else []
        # headline suffix source: "... since onset of war: Ukraine", "... – Wallace"
        if heading:
            hm = _HEAD_SOURCE_SUFFIX.search(s)
            if hm and len(hm.group(1).split()) <= 6:
                sub = find_attributions(hm.group(1) + " said")
                for a in sub:
                    off = hm.start(1)
                    attrs.append(Attribution(a.start + off, a.end + off, a.claimant, a.name, a.start + off,
                                             a.end + off))
                if not sub:
                    from attrition.extract.attribution import _NAME_RE, _NAME_ID, _COUNTRY_RE, _NAT_ID
                    nm = _NAME_RE.search(hm.group(1)) or _COUNTRY_RE.search(hm.group(1))
                    if nm:
                        w = nm.group(0)
                        cid = _NAME_ID.get(normalize_phrase(w)) or _NAT_ID.get(normalize_phrase(w).replace("the ", ""))
                        if cid:
                            off = hm.start(1)
                            attrs.append(Attribution(off + nm.start(), off + nm.end(), cid, w, off + nm.start(),
                                                     off + nm.end()))
        # a "Source: the General Staff on Facebook" line names the source of what follows
        if not attrs and s.startswith(_SOURCE_LABELS):
            src = _source_line(s)
            if src is not None:
                attrs = [src]
        # a live blog's "09:14 — Kharkiv governor Oleh Syniehubov: 3 killed, 17 injured": the speaker before the colon
        if not attrs and ":" in s[:100] and (cm := _COLON_SPEAKER.match(s)) is not None:
            sub = [x for x in find_attributions(cm.group("src") + " said") if x.claimant is not None]
            if sub:
                k = cm.start("src")
                attrs = [Attribution(sub[0].start + k, sub[0].end + k, sub[0].claimant, sub[0].name, k, cm.end("src"))]
        # a transcript's speaker ("PETRA LINDQVIST, ORYX CONTRIBUTOR: ... we have confirmed 1,010 tanks"):
        # the speaker's body speaks for the turn, and for the speaker's later turns ("LINDQVIST: ...")
        sm = _SPEAKER_LABEL.match(s) if s[:1].isupper() and s[1:2].isupper() else None
        if sm:
            key = sm.group(1).split()[-1]
            sub = [x for x in find_attributions(((sm.group(2) or "") + " " + sm.group(1)).title().strip() + " said")
                   if x.claimant is not None]
            if sub:
                st.speakers[key] = (sub[0].claimant, sub[0].name)
            spk = st.speakers.get(key)
            if spk and not attrs:
                attrs = [Attribution(0, 0, spk[0], spk[1], 0, 0)]
        # "Zelensky: 31,000 Ukrainian soldiers killed": a source named before a colon
        if not attrs:
            pm = _SOURCE_LABEL.match(s)   # (or "General Staff, June 11 | Personnel: 998,740 (+1,090)")
            if pm:
                # (an unnamed "General Staff:" is settled below, as in "the General Staff said")
                sub = [x for x in find_attributions(pm.group(1) + " said")
                       if (x.claimant is not None or _OFFICIAL_HEAD.search(x.name))
                       and x.end - x.start >= len(pm.group(1).strip()) - 4]
                if sub:
                    attrs = [Attribution(sub[0].start + pm.start(1), sub[0].end + pm.start(1), sub[0].claimant,
                                         sub[0].name, pm.start(1), pm.end(1))]
        # an opening quote attributed at its close ("...," Zelensky said.)
        if not attrs and re.match(r"^[\"“«]", s):
            for sj in range(si + 1, min(si + 5, len(segs))):
                if segs[sj].para != seg.para:
                    break
                nxt_txt = text[segs[sj].start:segs[sj].end]
                qa = [x for x in st.attributions(nxt_txt) if x.claimant is not None]
                if qa and re.search(r"[\"”»]", nxt_txt):
                    attrs = [Attribution(0, 0, qa[-1].claimant, qa[-1].name, 0, 0)]
                    break
        # resolve anaphora against the last source
        resolved: list[Attribution] = []
        for a in attrs:
            if a.claimant is None and _POSSESSED.search(s, max(0, a.start - 8), a.start) and \
                    (own := [x for x in attrs if x.end <= a.start and x.claimant not in (None, "other")]):
                # "Ukraine's own figures are far higher: its General Staff claimed ...": the body of the source
                # the sentence named first
                resolved.append(replace(a, claimant=own[-1].claimant))
            elif a.claimant is None:
                head = normalize_phrase(a.name).split()[-1:] if a.name else []
                ref = None
                # "an army spokesman said", "regional governor Ivan Petrenko said": a new speaker, not
                # the last source (the unnamed-official rules below settle it)
                fresh = a.end > a.start and (_INDEFINITE_BEFORE.search(s, max(0, a.start - 30), a.start) is not None
                                             or _PERSON_AFTER.match(s, a.end) is not None
                                             or (_LOCAL_HEAD.search(a.name) is not None
                                                 and (_PLACE_AFTER.match(s, a.end) is not None
                                                      or _NAMED_AFTER.match(s, a.end) is not None
                                                      or _PLACE_ADJ_BEFORE.search(s, max(0, a.start - 40), a.start)
                                                      is not None
                                                      or _OF_PLACE_AFTER.match(s, a.end) is not None
                                                      or _LOCAL_ADJ_BEFORE.search(s, max(0, a.start - 24), a.start)
                                                      is not None
                                                      or (_LOCAL_ADJ_NAME.match(a.name) is not None and
                                                          _LOCAL_NAME_PLACE.search(s, max(0, a.start - 24), a.start)
                                                          is not None))))
                if not fresh and head and head[0] not in ("he", "she", "they", "it"):
                    # "the report" refers back to the last source called a report
                    for cid, nm in reversed(st.history):
                        if head[0] in normalize_phrase(nm).split():
                            ref = (cid, nm)
                            break
                staff_gov = None
                if not fresh and _GENERAL_STAFF.search(a.name):
                    # "By the General Staff's count, Russia has lost 344 aircraft": the army counting the
                    # enemy's losses, whoever spoke last
                    loser = _loser_side(s)
                    staff_gov = _SIDE_GOV.get(_OPPONENT.get(loser, "")) if loser else None
                if staff_gov is None and not fresh and ref is None and _AIR_ARM.fullmatch(a.name.strip()) \
                        and st.last_attr_claimant not in ("ukraine_gov", "russia_gov") and not _CIV_RE.search(s):
                    # "Air defences destroyed 81 cruise missiles and 99 of the drones, the Air Force said" after a US
                    # official: the defenders' air force, not the last speaker
                    staff_gov = _ENEMY_ARMY
                if staff_gov is not None and (ref is None or ref[0] != staff_gov):
                    resolved.append(replace(a, claimant=staff_gov))
                elif ref is not None:
                    resolved.append(replace(a, claimant=ref[0]))
                elif st.last_attr_claimant and not fresh:
                    pron = re.fullmatch(r"(?i)he|she|they|it|we", a.name.strip())
                    resolved.append(replace(a, claimant=st.last_attr_claimant,
                                            name=(st.last_attr_name or a.name) if pron else a.name))
                elif _THE_COUNTRYS.search(s, max(0, a.start - 40), a.start) and \
                        (_OFFICIAL_HEAD.search(a.name) or _LOCAL_HEAD.search(a.name)):
                    # "the country's ground forces said": the army of the country the losses are of
                    resolved.append(replace(a, claimant=_OWN_ARMY))
                elif (_OFFICIAL_HEAD.search(a.name) or _LOCAL_HEAD.search(a.name)) and _CIV_RE.search(s) \
                        and not _POSSESSED.search(s, max(0, a.start - 8), a.start):
                    # "..., the city's military administration said" after a strike on civilians: for
                    # civilians, the authorities of the victims (else as below), settled claim by claim
                    resolved.append(replace(a, claimant=_VICTIMS_GOV))
                elif _ADMIN_HEAD.search(a.name):
                    # "the Kherson regional military administration said Russian drones had killed two":
                    # civil authorities speak for their own people, whoever the attacker (of a region of one side:
                    # that side's, see below)
                    resolved.append(replace(a, claimant=_local_authority(s, a)))
                elif _OFFICIAL_HEAD.search(a.name) and not _POSSESSED.search(s, max(0, a.start - 8), a.start):
                    # "according to the General Staff": the army reporting the other side's losses
                    loser = _loser_side(s)
                    actor = None if loser else _acting_side(s)
                    gov = _SIDE_GOV.get(_OPPONENT.get(loser, "")) if loser else _SIDE_GOV.get(actor or "")
                    if gov is not None and _PEOPLE_NOUN.search(s):
                        gov = None   # "At least 22 people were killed ..., the interior ministry said": settled claim
                        # by claim (the victims' ministry for civilians, the enemy's army for soldiers)
                    # neither said: the enemy of whoever the figures count ("the navy said 26 Russian
                    # ships were sunk"), settled claim by claim once their sides are known
                    resolved.append(replace(a, claimant=gov or _ENEMY_ARMY))
                elif _LOCAL_HEAD.search(a.name):
                    # a governor, mayor or officials; of a region of one side ("Volgograd's governor said more
                    # than 40 drones had been shot down over the region"): that side's authorities
                    resolved.append(replace(a, claimant=_local_authority(s, a)))
            elif a.claimant == "other" and st.history and \
                    (ref := _definite_generic_ref(s, a, st.history, text[max(0, seg.start - 3000):seg.start])) is not None:
                # "The monitors recorded 153 civilian deaths" after "the UN human rights monitoring mission said":
                # the body named before, not independent monitors
                resolved.append(replace(a, claimant=ref))
            else:
                resolved.append(a)
        attrs = resolved
        if len(attrs) > 1 and ("citing" in s or "Citing" in s):
            # "Citing figures released by Ukraine's General Staff, the Defence Intelligence update said ...": the
            # figures' producer, not the body relaying them
            cm = _CITING_SRC.search(s)
            cited = [x for x in attrs if cm is not None and x.claimant and cm.end() <= x.start <= cm.end() + 40]
            if cited:
                attrs = cited[:1]
        # "This was reported by the General Staff on Facebook": the source of the sentence before's figures
        tw = _THIS_WAS_REPORTED.match(s) if claims and ("by" in s) else None
        if tw is not None:
            src = attrs[0] if attrs and attrs[0].claimant else next(
                (x for x in find_attributions(s[tw.end():].rstrip(" .;!\"”") + " said") if x.claimant), None)
            back = {si - 1}
            k = si - 2
            while k >= 0 and segs[k].para == segs[si - 1].para and LIST_ITEM_LINE.match(text, segs[si - 1].start) \
                    and LIST_ITEM_LINE.match(text, segs[k].start):
                back.add(k)   # (the lines of a list just before: "tanks – 6,455 (+14),\n...\nThis was reported by")
                k -= 1
            for c, meta in claims:
                if src is not None and meta.get("seg") in back and c.claimant == "unattributed":
                    c.claimant, c.claimant_name = src.claimant, src.name
                    meta["explicit"] = True
        if claims and not lossy[si] and st.prev_claim_seg == si - 1 and attrs and _REPORTED_IT.search(s):
            # "... special equipment - 54 (+0).\n\nAs Ukrnovyny informs, the General Staff of the Armed Forces of
            # Ukraine has reported ...": a sentence of no figures right after them names who reported them
            src = next((x for x in attrs if x.claimant not in (None, "other") and not is_media(x.name)), None)
            if src is not None:
                for c, meta in claims:
                    if meta.get("seg") == si - 1 and c.claimant == "unattributed" and not meta.get("named"):
                        c.claimant, c.claimant_name = _settled(src.claimant, c.side, c.category), src.name
                        meta["explicit"] = True
        if claims and not lossy[si] and "cover" in s:
            _figures_cover(s, si, segs, claims, st.times(s, pub, dyear), pub)
        has_claims = lossy[si]
        # an unattributed cue ("reportedly", "estimated"): only its presence counts
        unattr = unattr_rx.search(gtext, seg.start, seg.start + len(s)) if has_claims else None
        if seg.line_alone and seg.para != st.prev_seg_para and si > 0 and body_started and not attrs \
                and si not in tally_lines and si not in list_outcome and not s.rstrip().endswith(":") \
                and not _BOILERPLATE_LINE.match(s):   # ("Advertisement", "Read more: ...", "Share: ..." are no headings)
            # (a tally's first line is no heading, nor a line that introduces a list: "Details: ... amount to:")
            # a section heading: attribution does not carry over it
            st.section_break = True

        if ("strike" in s or "attack" in s or "shelling" in s) and (ev := _event_date(s, st.times(s, pub, dyear))):
            st.event_date, st.event_seg = ev, si   # "Friday's missile strike", "hit the building on New Year's Day"
        if has_claims:
            st.list_outcome = list_outcome.get(si)
            st.list_window = si in list_window
            st.list_approx = si in list_approx
            st.list_date = list_date.get(si)
            new = _sentence_claims(s, seg, attrs, unattr, pub, dyear, st, heading)
            if new and st.event_date is not None and si - st.event_seg <= 6 and "the " in s:
                _redate_to_event(s, new, st)
            if new and "ended" in s and (pe := _PERIOD_ENDED.search(s)) is not None:
                # "... 24,453 civilians had been injured in the same period, which ended on Aug. 31": the window's
                # end dates this sentence's figures and the ones just before it that gave no date of their own
                end = next((t.value for t in st.times(s, pub, dyear) if t.start >= pe.end() and t.value), None)
                if end is not None:
                    for c, meta in claims + new:
                        if (meta.get("seg", si) >= si - 2 and segs[meta.get("seg", si)].para == seg.para
                                and c.rate_unit is None and c.as_of in (pub, None, st.last_stmt_date)
                                and c.period in ("cumulative", "interval")):
                            c.as_of = end
            if new and si == st.lead_seg:
                st.lead_seg = -10   # the lead's window is its own figures' (the carry below reaches on)
            for c, meta in new:
                meta["seg"] = si
                c.start += seg.start
                c.end += seg.start
                c.text = original[seg.start:seg.end]
                claims.append((c, meta))
                st.prev_claim = c
                st.prev_claim_seg = si
                if meta.get("named") and not meta["heading"]:
                    st.last_source_claim = (c.claimant, c.claimant_name)
                    st.last_source_seg = si
                if c.period == "interval" and not meta["heading"]:
                    if st.last_interval_seg != si:
                        st.last_interval_max = 0
                    st.last_interval, st.last_interval_seg = c, si
                    st.last_interval_max = max(st.last_interval_max, c.value)
                    st.interval_max[c.claimant] = max(st.interval_max.get(c.claimant, 0), c.value)
        for a in attrs:
            if a.claimant and a.name:
                st.history.append((a.claimant, a.name))
                if st.first_body_source is None and not heading:
                    st.first_body_source = a.claimant
        if attrs:
            last = attrs[-1]
            st.last_attr = last
            st.last_attr_claimant = last.claimant
            st.last_attr_name = last.name
            st.last_attr_seg = si
            st.last_attr_para = seg.para
            if s.rstrip().endswith(":"):
                st.intro_seg = si   # "... gave the losses of the enemy as follows:"
            st.last_stmt_date = None
            if anchor_rx.search(gtext, seg.start, seg.start + len(s)):
                for t in st.times(s, pub, dyear):
                    if t.kind in ("weekday", "dmy", "mdy") and t.value is not None and _is_statement_date(s, t, attrs):
                        st.last_stmt_date = _clamp(t.value, pub)
                        break
            st.section_break = False
        st.prev_text = s
        st.prev_seg_para = seg.para

    # "Kyiv's personnel figures count killed and wounded soldiers together": the document glosses the
    # figures that source gave as "lost N troops" as casualties
    gm = _GLOSS_CORE.search(low) if ("wounded" in low or "injured" in low) and len(low) == len(text) else None
    if gm is not None:
        k = max(text.rfind(".", 0, gm.start()), text.rfind("\n", 0, gm.start()), gm.start() - 120) + 1
        if not _GLOSS_NOUN.search(low, k, gm.start()):
            gm = None
    if gm is not None:
        g_attrs = [a for a in find_attributions(text[k:gm.end()] + " said") if a.claimant]
        g_src = g_attrs[0].claimant if g_attrs else None
        if g_src is None:
            # "On 1 March it stood at 418,010, a figure that includes the wounded as well as the dead": the
            # source of the figure the gloss follows
            before = [c for c, _m in claims if c.start < gm.start()]
            g_src = before[-1].claimant if before else None
        for c, meta in claims:
            if meta.get("lost_people") and (g_src is None or c.claimant == g_src):
                c.outcome = "casualties"
    # "Russian forces have lost 1,226,340 personnel ... \nSource: General Staff": a source label under the lead
    # names the source of the unattributed figures above it too
    for label in ((st.source_label if st.source_label is not None and st.source_label[0] <= 6 else None),
                  tail_source):
        if label is None:
            continue
        k, cid, cname = label
        for c, meta in claims:
            if meta["seg"] < k and c.claimant == "unattributed" and not meta.get("named"):
                c.claimant, c.claimant_name = _settled(cid, c.side, c.category), cname
                meta["explicit"] = True
    # headlines and captions take the body's claimant
    body = [(c, m) for c, m in claims if not m["heading"] and m["explicit"]]
    first_body = body[0][0] if body else None
    if st.first_body_source is not None:
        first_body = Claim(value=0, claimant=st.first_body_source)
    out: list[Claim] = []
    for c, meta in claims:
        if meta["heading"] and meta["explicit"]:
            # a headline with its own source repeating a body figure: the body says over what window
            same = [b for b, _ in body if b.value == c.value and b.value_max == c.value_max
                    and b.category == c.category and b.side == c.side and b.claimant == c.claimant]
            if same:
                c.period, c.rate_unit, c.as_of = same[0].period, same[0].rate_unit, same[0].as_of
        if meta["heading"] and meta.get("lost_people") and c.outcome == "killed":
            # "2,000 troops lost in 24 hours" over a body's "1,960 killed or wounded": the rounded figure's outcome
            near = [b for b, _ in body if b.category == c.category and b.side == c.side and b.period == c.period
                    and b.outcome == "casualties" and b.value and abs(b.value - c.value) <= 0.05 * b.value]
            if near:
                c.outcome = "casualties"
        if meta["heading"] and meta.get("bare_default"):
            # "Smila buries its dead as search ends with 15 killed": a headline's bare figure, of no side the text
            # names, is the body's figure of the same value and outcome ("the final death toll at 15")
            twin = [b for b, _ in body if b.value == c.value and b.value_max == c.value_max and b.outcome == c.outcome]
            if twin and len({(b.side, b.category) for b in twin}) == 1:
                c.side, c.category, c.period, c.rate_unit, c.as_of = \
                    twin[0].side, twin[0].category, twin[0].period, twin[0].rate_unit, twin[0].as_of
        if meta["heading"] and not meta["explicit"]:
            same = [b for b, _ in body if b.value == c.value and b.category == c.category and b.side == c.side]
            src = same[0] if same else (first_body if meta["doc_head"] else None)
            if src is not None:
                c.claimant = src.claimant
                c.claimant_name = None
                if same:
                    c.as_of = src.as_of
            else:
                c.claimant = "unattributed"
                c.claimant_name = None
        c.claimant = _settled(c.claimant, c.side, c.category)   # a headline taking the body's first source
        out.append(c)
    return _dedup(_consolidate(claims))


def _consolidate(claims: list[tuple[Claim, dict]]) -> list[Claim]:
    """One figure repeated in a document (headline and body, quote and paraphrase) is one claim.

    Among claims sharing (side, category, value, value_max, period): those whose source the
    sentence names itself win over carried / headline ones; one per claimant is kept.
    Different named sources giving the same figure stay separate claims.
    """
    groups: dict[tuple, list[int]] = {}
    for i, (c, meta) in enumerate(claims):
        groups.setdefault(c.key(), []).append(i)
    keep = set()
    for key, idx in groups.items():
        if len(idx) == 1:
            keep.add(idx[0])
            continue
        named = [i for i in idx if claims[i][1]["named"] and not claims[i][1]["heading"]]
        pool = named or [i for i in idx if not claims[i][1]["heading"]] or idx
        seen = set()
        for i in pool:
            cl = claims[i][0].claimant
            if cl in seen:
                continue
            seen.add(cl)
            keep.add(i)
    return [c for i, (c, _) in enumerate(claims) if i in keep]


def _dedup(claims: list[Claim]) -> list[Claim]:
    seen = set()
    out = []
    for c in claims:
        k = (c.side, c.category, c.outcome, c.value, c.value_max, c.period, c.as_of, c.claimant)
        if k in seen:
            continue
        seen.add(k)
        out.append(c)
    return out


def _clauses(s: str) -> list[tuple[int, int]]:
    cuts = [0]
    for m in _CLAUSE_SPLIT.finditer(s):
        pre = s[:m.start()]
        if pre.count("[") > pre.count("]") or pre.count("(") > pre.count(")"):
            continue
        if m.group(0).strip() in ("–", "—") and _CAT_END_RE.search(pre[-60:]):
            continue   # "tanks – 6,720": a label, not a parenthesis
        cuts.append(m.start())
    cuts.append(len(s))
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


_MARK_AFTER = re.compile(r"\s*(?:-|–)?\s*(?:mark|milestone|threshold)\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"(?i).*(?:[,;]|\bof\s+(?:whom|which|them|those)\b)")
# "... lost up to 35 servicemen; in the Lyman direction, up to 180; and in ...": the same count, elsewhere
_ZONE_AFTER = re.compile(r"(?i)\s+in\s+(?:the\s+)?(?:zone|zones|areas?|sector|direction|that|those)\b")
_ZONE_GAP = re.compile(r"(?i)[^;.\d]{0,90}?(?:,|\band)\s*(?:and\s+)?(?:(?:up\s+to|about|around|some|more\s+than|over|nearly|almost)\s+)?")
_ELLIPTIC_PLACE = re.compile(r"(?i)[^;.]{0,40}?[;,]\s*(?:and\s+)?(?:(?:in|on|near|around|at)\s+(?:the\s+)?[\w’'\- ]{2,50}?,?"
                             r"|[“\"]?(?-i:[A-Z])[\w’'\-]{1,30}[”\"]?\s*[–—‒:-]"
                             # ("...; Battlegroup West, more than 1,600; Battlegroup South, over 1,400")
                             r"|(?<=;)\s*[“\"]?(?-i:[A-Z])[\w’'\-]{1,30}(?:\s+(?-i:[A-Z])[\w’'\-]{1,30})?[”\"]?\s*,)\s*"
                             r"(?:(?:up\s+to|about|around|some|more\s+than|over|nearly|almost|another)\s+)?")
_INCLUDING_GAP = re.compile(r"(?i),\s*(?:including|among\s+them)\s+(?!\d)")
_PART_CLAUSE = re.compile(r"(?i),\s*(?:most|many|some|all|half|several|none|two|three)\s+of\s+(?:them|which|whom)\b")
_OF_THEM_AFTER = re.compile(r"\s+of\s+(?:them|those|these|which)\b")
_COUNT_NOUN = re.compile(r"(?i)\s+(?:systems|units|pieces|items)\b")
# "30 of 35 drones", "51 of the roughly 70 cruise missiles"
_OF_WHOLE_GAP = re.compile(r"(?i)\s+of\s+(?:the\s+)?(?:(?:some|about|around|roughly|nearly|almost|more\s+than|over|up\s+to|"
                           r"an\s+estimated|at\s+least)\s+)?")
_OF_THE = re.compile(r"\s+of\s+(?:the|these|those|its|their)\s+")
_PARTICIPLE_WORD = re.compile(r"(?i)(?:downed|destroyed|intercepted|launched|incoming|attacking|enemy|russian|ukrainian)\s+")
_INCLUDED_GAP = re.compile(r"(?i)\s*,\s*(?:including|among\s+them|of\s+whom)\s+(?:(?:about|around|some|nearly|almost|over|"
                           r"more\s+than|at\s+least|up\s+to)\s+)?")
# "the death toll from the missile strike on Kyiv on Tuesday night has risen to 28"
_TOLL_ROSE = re.compile(r"(?i)\b(?:death\s+)?toll\b[^.;]{0,110}?\b(?:rose|risen|rises|climbed|reached|stands|stood|jumped|"
                        r"increased)\s+(?:to|at)\s+(?:(?:about|around|at\s+least|more\s+than|over|nearly|almost)\s+)?$")
_NUMBER_ROSE = re.compile(
    r"(?i)\bnumber\s+of\s+(?:[\w\-]+\s+){0,2}?(?P<o>killed|dead|injured|wounded|hurt)\b[^.;]{0,150}?\b(?:(?:has|have|had)\s+)?"
    r"(?:(?:rose|risen|rises|climbed|reached|jumped|increased|grown|grew)\s+to|(?:stands?|stood|is|was)\s+at|"
    r"passed|topped|exceeded|surpassed|crossed|neared|reached|hit)\s+(?:the\s+)?"
    r"(?:(?:about|around|at\s+least|more\s+than|over|nearly|almost)\s+)?$"
    r"|\b(?:raised|revised|increased|updated|put|puts)\s+(?:the|its)\s+number\s+of\s+(?:[\w\-]+\s+){0,2}?[\"“‘']?"
    r"(?P<o2>killed|dead|injured|wounded|hurt|liquidated|eliminated)\b[^.;]{0,150}?\b(?:to|at)\s+"
    r"(?:(?:about|around|at\s+least|more\s+than|over|nearly|almost)\s+)?$")
_ATTACKER_IN = re.compile(r"(?i)\b(?:in|by)\s+(?:a|an|the)\s+(?P<side>ukrainian|russian)\s+(?:[\w\-]+\s+){0,2}?"
                          r"(?:strike|attack|shelling|bombardment|raid)\b")
_SIDE_ADJ = {"russia": "russian", "ukraine": "ukrainian"}
_TOLL_BEFORE = re.compile(r"(?i)\b(?:death\s+)?toll\b[^.;,]{0,25}$")
# a sentence opening with the whole a later figure is a part of ("Of the 13 missiles fired ..., 12 were ...")
_PARTITIVE_OPEN = re.compile(r"(?i)\W{0,3}(?:(?:and|but|yet)\s+)?of\s+(?:the|these|those|its|their)\s+"
                             r"(?:(?:about|around|some|nearly|almost|more\s+than|over|roughly)\s+)?")
_PARTITIVE_GAP = re.compile(r"(?i)[^;.:]{0,90}?,\s*(?:(?:about|around|some|nearly|almost|only|just|at\s+least|up\s+to|"
                            r"all\s+but|more\s+than|over)\s+)?")
# a source's figure introduced as such, right before the number ("a far higher figure for tanks: ",
# "puts the figure at ", "gives an estimate of ")


def _opens_with_whole(s: str, ms, i: int) -> bool:
    """Is mention ``i`` a part of the whole the sentence opens with ("Of the 13 missiles fired ..., 12 ...")?"""
    return _PARTITIVE_OPEN.fullmatch(s, 0, ms[i - 1].s) is not None \
        and _PARTITIVE_GAP.fullmatch(s, ms[i - 1].np_end, ms[i].s) is not None


_ALSO_VERBS = r"\balso\s+(?:listed|lists|reported|reports|recorded|records|counted|counts|logged|gave|gives)"
_ALSO_LISTED = re.compile(r"(?i)(?:" + _ALSO_VERBS + r"|\balso\s+on\s+the\s+list)\b")
_FIGURE_GIVEN = re.compile(r"(?i)(?:\b(?:figures?|estimates?|tally|count|numbers?)\b[^.;:\d]{0,40}?(?::|\bat|\bof)"
                           # "It also listed 1 tank, 33 artillery systems and 110 drones", "Also on the list: 4 tanks"
                           r"|" + _ALSO_VERBS + r"|\balso\s+on\s+the\s+list\s*:)\s+"
                           r"(?:(?:about|around|some|roughly|nearly|almost|more\s+than|over|at\s+least)\s+)?$")
_LAUNCH_VERB = re.compile(r"(?i)\b(?:launched|fired|(?:struck|attacked|hit|targeted|pounded|bombarded)\b[^.;]{0,60}?\bwith)\b")
_WEEK_WINDOW = re.compile(r"(?i)\b(?:over|in|during)\s+the\s+(?:past|last|previous)\s+(?:week|seven\s+days|night|day)\b")
# a measure noun as the subject of the figure, a long phrase before it ("Russia's total casualties since the
# start of the full-scale invasion are now likely approaching 440,000")
_MEASURE_SUBJECT = re.compile(r"(?i)\b(?:casualties|losses|death\s+toll|fatalities)\b[^\d;:.!?]{0,110}?\b(?:are|is|was|were|"
                              r"stands?|stood|has\s+reached|have\s+reached|reached|now)\s+(?:\w+\s+){0,2}?"
                              r"(?:(?:approaching|nearing|about|around|some|over|more\s+than|at\s+least|almost|nearly|"
                              r"roughly|close\s+to)\s+)?$")
_COUNT_OF = re.compile(r"(?i)\b(?:count|tally|number|total)\s+of\s+(?:the\s+)?(?:[\w\-]+\s+){0,3}$")
_THAT_OF = re.compile(r"(?i),?\s*(?:and|while)\s+that\s+of\s+")
_STANDS_AT = re.compile(r"(?i)\b(?:stands|stood|is|was|at|reached|has\s+reached)\s+(?:(?:about|around|some|over|more\s+than|"
                        r"nearly|almost|at\s+least)\s+)?$")
_SIDE_SUFFERED = re.compile(r"(?i)(?<![\w\-])(?:" + _SIDE_RE.pattern + r")(?:\s+(?:armed\s+)?(?:forces|troops|army|military|"
                            r"units|soldiers))?\s+(?:(?:has|had|have|likely|probably|already|"
                            r"now|also)\s+){0,3}(?:suffered|sustained|incurred|lost)\b")
_OF_WHICH_BEFORE = re.compile(r"(?i)\bof\s+(?:which|them|these)\s+(?:(?:about|around|some|nearly|almost|only|just|at\s+least|"
                              r"more\s+than|over|up\s+to)\s+)?$")
_HAS_DOWNED = re.compile(r"(?i)\b(?:has|have|had\s+so\s+far)\s+(?:\w+\s+){0,2}?(?:shot|downed|intercepted|destroyed)\b")
_DAY_AFTER_GAP = re.compile(r"(?i)\s*(?:on|over|during)?\s*(?:the\s+)?")


def _day_right_after(s: str, m, times) -> date | None:
    """The day named right after a figure ("including 1,160 on Tuesday"), if any."""
    for t in times:
        if t.kind in ("weekday", "dmy", "mdy", "rel") and t.value is not None and 0 <= t.start - m.np_end <= 12 \
                and _DAY_AFTER_GAP.fullmatch(s, m.np_end, t.start):
            return t.value
    return None


_GENERAL_STAFF = re.compile(r"(?i)\bgeneral\s+staff\b")
_SPLIT_KILLED_WOUNDED = re.compile(r"(?i)[^,;.]{0,60},\s*(?:(?:\d[\d,]*|[a-z\-]+)\s+of\s+(?:them|whom)|of\s+(?:them|whom)\s+"
                                   r"(?:\d[\d,]*|[a-z\-]+))\s+(?:were\s+)?"
                                   r"(?:killed|dead)\s+and\s+(?:\d[\d,]*|[a-z\-]+)\s+(?:were\s+)?(?:wounded|injured)\b")
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")
_LAUNCHED = re.compile(r"(?i)\b(?:launched|fired|sent|used)\b")
_OTHERS_AFTER = re.compile(r"(?i)\s+(?:others|other\s+(?:people|soldiers|servicemen|sailors))\b")
_COMPLEMENT_BEFORE = re.compile(r"(?i)\b(?:carries|carry|carried|carrying|normally|usually|typically|has|have|had|with|"
                                r"needs|requires|operated\s+by)\s+(?:a\s+)?(?:(?:normal|usual|typical|full|standard)\s+)?$")
_CREW_OF = re.compile(r"(?i)\bcrew\s+of\s+(?:(?:about|around|some|nearly|almost|more\s+than|at\s+least|up\s+to)\s+)?$")
_OVER_PLACE_AFTER = re.compile(r"\s+(?:over|above|in|near)\s+(?:the\s+)?[A-Z][\w’'\-]+")
_COLON_GAP = re.compile(r"[^;:]{0,140}:\s*")
_PART_NEXT = re.compile(r"[^.;:\d]{0,60}?(?:,|\band)\s*(?:and\s+)?")
_PLACE_COUNT = re.compile(r"\s+" + phrase_pattern(list(_CUES["place_counts"]) + list(_CUES["place_counts_more"])),
                          re.IGNORECASE)
# "... over 13 Russian regions": a count of places with an adjective of their own
_PLACE_COUNT_ADJ = re.compile(r"(?i)\s+(?:russian|ukrainian|different|other|border|frontline|front-line|southern|"
                              r"northern|eastern|western|central)" + _PLACE_COUNT.pattern, re.IGNORECASE)
_INCLUDING_BEFORE = re.compile(r"(?i)\b(?:including|(?:which|that)\s+included)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|"
                               r"at\s+least|up\s+to|roughly)\s+)?$")
_PARTICIPLE_AFTER = re.compile(r"\s+(?:(?:that|which)\s+(?:were|was|had\s+been)\s+)?(?:destroyed|captured|downed|shot\s+down|"
                               r"killed|lost|damaged|abandoned|seized|sunk)\b", re.IGNORECASE)
_TOTAL_TO = re.compile(r"(?i)\b(?:bringing|taking|raising|pushing|lifting)\s+(?:the|its|their|his|her)\s+"
                       r"(?:overall\s+|total\s+|cumulative\s+)?(?:total|tally|toll|count|number|losses)\b[^.;]{0,100}?"
                       r"\bto\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|at\s+least)\s+)?$")
_TOTAL_WINDOW = re.compile(r"(?i)\b(?:this|so\s+far\s+this)\s+(?:month|week|year)\b|\btoday\b")
# a side's losses named as such ("Russia's losses", "Ukraine’s total losses", "Russian losses")
_PASSIVE_VERB_END = re.compile(r"(?i)\b(?:been|being|was|were|is|are|be)\s+(?:\w+\s+)?\w+\W*$")
_WAR_OF_BEFORE = re.compile(r"\b(?:since|after|before|during|throughout|of|in)\s+(?:the\s+(?:start|beginning|outbreak)\s+of\s+)?$")
_WAR_OF_AFTER = re.compile(r"(?i)(?:['’]s)?\s+(?:(?:full|large)[\s\-]+scale\s+|all[\s\-]+out\s+|\d{4}\s+)?"
                           r"(?:invasion|war(?![\s\-]+(?:dead|losses|casualties|deaths))|aggression|invaded)\b")
# an army's dead named by its side ("US intelligence put Russian dead at between 2,500 and 5,000")
_SIDE_DEAD = re.compile(r"(?i)(?:" + _SIDE_RE.pattern + r")(?:['’]s)?\s+(?:war\s+|military\s+|combat\s+)?"
                        r"(?:dead|killed|fatalities|deaths|death\s+toll)\b(?:\s+\w+){0,3}?\s+(?:at|to|as|above|over|past|near|beyond)\s+(?:\w+\s+){0,2}?$")
_SIDE_LOSSES = re.compile(r"(?i)(?:" + _SIDE_RE.pattern + r")(?:['’]s)?\s+(?:(?:total|overall|military|combat|"
                          r"personnel)\s+)?losses\b"
                          # "Russia suffered record 42,000 losses in October"
                          r"|(?:" + _SIDE_RE.pattern + r")\s+(?:(?:has|have|had)\s+)?(?:suffered|sustained|incurred|took)\s+"
                          r"(?:(?:a\s+)?(?:record|new\s+record|an\s+estimated|another)\s+)?$")


def _sentence_claims(s, seg: Segment, attrs, unattr, pub, dyear, st: _DocState, heading: bool):
    times = st.times(s, pub, dyear)
    nums = [n for n in find_numbers(s) if not _masked(s, n, times)
            and not ("mm" in s and _CALIBRE_AFTER.match(s, n.end))   # ("two 155mm M777 howitzers": a calibre)
            and not (n.start <= 4 and n.value < 100 and s.startswith(")", n.end) and _BULLET_NUM.match(s))][:80]
    if not nums:
        return []
    if times and ", who " in s:
        # "Mariupol mayor Vadym Boichenko, who left the city in March, said ...": a speaker's own story in a
        # relative clause without a figure of its own dates no figure
        keep = []
        for t in times:
            rc = _WHO_CLAUSE.search(s, max(0, t.start - 60), t.start)
            close = s.find(",", t.end) if rc is not None else -1
            if rc is not None and close > 0 and not any(rc.start() < n.start < close for n in nums):
                continue
            keep.append(t)
        times = keep
    clauses = _clauses(s)
    group_label = _GROUP_LABEL.match(s) is not None

    def clause_of(pos):
        for i, (a, b) in enumerate(clauses):
            if a <= pos < b:
                return i
        return len(clauses) - 1

    ms = _Mentions(Mention(n, n.start, n.end) for n in nums)
    ms.cache = {}
    for i, m in enumerate(ms):
        m.clause = clause_of(m.s)
        lim = ms[i + 1].s if i + 1 < len(ms) else len(s)
        np_start = None
        if i + 1 < len(ms) and ms[i + 1].num.signed and (im := _INCR_SKIP.match(s, m.e)) \
                and im.end() > ms[i + 1].s:
            if _LABEL_BEFORE_NUM.search(s, max(0, m.s - 30), m.s) is not None:
                m.label_before = True   # "personnel – about 160,000 (+700) people": the label names the figure
            # "11,512 (+3) tanks": the noun after the day's increment is the total's too
            lim = ms[i + 2].s if i + 2 < len(ms) else len(s)
            np_start = im.end()
        dash_at = m.e + 1 if s.startswith("+", m.e) else m.e   # ("46,000+ – Ukrainian soldiers killed")
        if np_start is None and (dm := _DASH_NOUN.match(s, dash_at)) is not None \
                and _NUM_OPENS.fullmatch(s, s.rfind("\n", 0, m.s) + 1, m.s):
            np_start = dm.end()   # "1) More than 427,000 — Russian troops killed or wounded in 2024" (at a line's start)
            m.clause = clause_of(np_start)   # (the dash opens no clause of its own here)
        _noun_phrase(s, m, lim, np_start)
        if _MARK_AFTER.match(s, m.e):
            m.preset_period = "cumulative"   # "passed the 400,000 mark (this week)": a running total
        # "downed 689 of the drones": a part of a whole named after "of the"
        if m.bare and not m.own_noun and s.startswith(" of ", m.e):
            pm = _OF_THE.match(s, m.e)
            cm = _CAT_RE.match(s, pm.end()) if pm else None
            if pm and cm is None and (pw := _PARTICIPLE_WORD.match(s, pm.end())):
                cm = _CAT_RE.match(s, pw.end())   # "accounted for 31 of the downed drones"
            if cm and _cat_of(cm.group(0)):
                m.cat, m.cat_span, m.np_end, m.bare, m.cat_from = _cat_of(cm.group(0)), (cm.start(), cm.end()), \
                    cm.end(), False, "np"
        if m.cat == "tanks" and m.cat_span and s[max(0, m.cat_span[0] - 6):m.cat_span[0]].lower() == "think ":
            m.cat, m.cat_span, m.np_end, m.bare, m.cat_from = None, None, m.e, True, ""   # "one Washington think tank"
        # "Of the total, 290 were tanks and 410 were infantry fighting vehicles": the category named as what they were
        if m.bare and not m.own_noun and (wm := _WERE_NOUN.match(s, m.e)) is not None:
            cm = _CAT_RE.match(s, wm.end())
            if cm and _cat_of(cm.group(0)) not in (None, "personnel", "civilians"):   # (equipment: people keep their rules)
                m.cat, m.cat_span, m.np_end, m.bare, m.cat_from = _cat_of(cm.group(0)), (cm.start(), cm.end()), \
                    cm.end(), False, "np"
        # "200,000 Russian and 80,000 Ukrainian military fatalities": borrow the next noun
    for i, m in enumerate(ms):
        if m.bare and i + 1 < len(ms) and not m.own_noun:
            nxt = ms[i + 1]
            gap = s[m.e:nxt.s]
            if len(gap) < 30 and re.fullmatch(r"[\s\w’'\-]*?\s(?:and|or|to)\s+(?:[\w-]+\s+)?", gap + " ") and not nxt.bare \
                    and not _PEOPLE_OUTCOME.match(gap) and not _VERB_IN_GAP.search(gap):
                # ("600,000 dead and 8,000 tanks": the dead are people; "losses at 257,240 and said 4,290 tanks": a
                # new clause)
                gm = _find_outcome(gap)
                m.cat = nxt.cat
                m.noun_of = nxt
                m.np_end = m.e + (gm[0][0] if gm else len(gap) - len(gap.lstrip()))
                sm = _SIDE_RE.search(gap)
                if sm:
                    m.np_side_word = normalize_phrase(sm.group(0))

    # an increment "(+12)" belongs to the figure before it
    for i, m in enumerate(ms):
        if m.num.signed and i > 0:
            m.cat, m.cat_span, m.bare, m.cat_from = None, None, True, ""
            m.np_end = m.e

    # "30 of 35 drones": the first number counts, the second is the whole
    drop_idx = set()
    for i in range(len(ms) - 1):
        m, nx = ms[i], ms[i + 1]
        if m.bare and re.fullmatch(r"\s+of\s+(?:the|these|those)\s+", s[m.e:nx.s]) and not nx.num.signed \
                and m.num.value < nx.num.value and _PARTICIPLE_AFTER.match(s, nx.np_end) \
                and not _find_outcome(s[clauses[m.clause][0]:m.s]):
            drop_idx.add(i)   # "inspects one of the 14 Russian armoured vehicles destroyed": the 14 are the claim
            continue
        if m.bare and m.num.value == 1 and not nx.num.signed and re.fullmatch(r"\s+of\s+", s[m.e:nx.s]) \
                and _REL_LOSS_AFTER.match(s, nx.np_end):
            drop_idx.add(i)   # "it is one of 176 helicopters Russia has lost in the war": the 176 are the claim
            continue
        if m.bare and not nx.num.signed and (_OF_WHOLE_GAP.fullmatch(s, m.e, nx.s) if m.num.value != 1 else
                                             re.fullmatch(r"\s+of\s+(?:the\s+|some\s+|about\s+)?", s[m.e:nx.s])):
            # (but "the wreckage of one of the more than 160 Russian aircraft Kyiv says it has shot down": one item
            # of a count, which is the claim)
            m.cat, m.cat_span, m.np_end, m.bare, m.cat_from = nx.cat, nx.cat_span, nx.np_end, nx.bare, nx.cat_from
            m.np_side_word = nx.np_side_word
            m.of_whole = True
            drop_idx.add(i + 1)
    if drop_idx:
        kept = _Mentions(m for k, m in enumerate(ms) if k not in drop_idx)
        kept.cache = {}
        ms = kept

    # ---------- list groups (increments "(+12)" ride along with the figure before them)
    gid = 0
    prev = None
    for m in ms:
        if m.num.signed and prev is not None:
            m.group = prev.group
            continue
        if prev is not None:
            gap = s[prev.np_end:m.s]
            if m.cat_from == "label" and m.cat_span:
                gap = s[prev.np_end:m.cat_span[0]]
            gap = re.sub(r"\(\s*(?:\+|plus\s)[^()]{0,20}\)", " ", gap)
            if prev.cat_from == "label":
                gap = re.sub(r"(?i)^\s*(?:persons|people|men|units|pcs\.?)\b", " ", gap)
            gap2 = _QUAL_RE.sub("", gap)
            loose = (len(gap2) < 45 and _LIST_TAIL.search(gap2) and not _find_outcome(gap2)
                     and not re.search(r"[.;:!?\d]", gap2))
            if not prev.bare and not m.bare and prev.clause == m.clause and (_LIST_GAP.match(gap2) or loose):
                m.group = prev.group
                prev = m
                continue
        m.group = gid
        gid += 1
        prev = m

    # ---------- qualifiers
    for i, m in enumerate(ms):
        left = s[max(0, m.s - 40):m.s]
        qm = _QUAL_RE.search(left)
        if qm:
            q = _QUAL_EXACT.get(normalize_phrase(qm.group("q")))
            if q:
                m.qualifier = q
                m.qual_colon = bool(qm.group("colon"))
        elif left.endswith(("~", "≈", "~ ", "≈ ")):
            m.qualifier = "approximately"   # "Personnel: ~1.12 million"
        elif (s.startswith("+", m.e) and not m.num.signed and not s.startswith(("+)", "+ )"), m.e)) \
                or s.startswith(("-plus", "‑plus"), m.e):
            m.qualifier = "more_than"   # "46,000+", "3,700+ tanks", "169,000-plus troops"
    list_qual: dict[int, str] = {}
    label_list_q = ""
    for m in ms:
        if m.group in list_qual or m.num.signed:
            continue
        if m.qual_colon:
            list_qual[m.group] = m.qualifier
        elif (m.cat_from == "label" and m.cat_span) or m.label_before:
            # "are approximately: personnel – about 432,750, tanks – 6,720": the list is qualified as a whole
            # (also when the item names its noun after the increment: "personnel – about 160,000 (+700) people")
            lm = None if m.cat_from == "label" else _LABEL_START.search(s, max(0, m.s - 40), m.s)
            k = m.cat_span[0] if m.cat_from == "label" else (lm.start() if lm is not None else m.s)
            qm = _QUAL_RE.search(s[max(0, k - 40):k])
            if qm and qm.group("colon"):
                q = _QUAL_EXACT.get(normalize_phrase(qm.group("q")))
                if q:
                    list_qual[m.group] = q
                    label_list_q = label_list_q or q
        list_qual.setdefault(m.group, "")
    for m in ms:
        if m.qualifier == "exact" and not m.num.signed and list_qual.get(m.group):
            m.qualifier = list_qual[m.group]
        elif label_list_q and m.qualifier == "exact" and not m.num.signed and (
                (m.cat_from == "label" and m.cat_span) or m.label_before):
            # "were approximately: personnel - about 32,500 (+150), tanks - 1,434 (+9), ...": the list's other labelled
            # items, in one line
            m.qualifier = label_list_q

    # ---------- outcomes
    for i, m in enumerate(ms):
        ca, cb = clauses[m.clause]
        nxt_s = ms[i + 1].s if i + 1 < len(ms) else len(s)
        # noun itself / modifiers
        np_text = s[m.e:m.np_end]
        cands = _find_outcome(np_text)
        if m.cat_span:
            noun_o = _out_of(s[m.cat_span[0]:m.cat_span[1]])
            if noun_o:
                cands.append((0, 0, noun_o))
        if m.cat and m.cat_span and s[m.cat_span[0]:m.cat_span[1]].lower().startswith(("irreparable", "irrecoverable")):
            cands = [(0, 0, "killed")]
        if cands:
            m.outcome, m.out_src, m.out_dist = cands[-1][2], "np", 0
            # "dead and injured" in the modifiers
            if len({c[2] for c in cands}) > 1 and {"killed", "wounded"} <= {c[2] for c in cands}:
                m.outcome = "casualties"
            continue
        # left, right before the number: "killed 21 people", "lost about 2,200"
        prev_e = ms[i - 1].np_end if i > 0 else 0
        if i > 0 and ms[i - 1].out_src == "right":
            prev_e = max(prev_e, ms[i - 1].out_end)
        la = max(ca, prev_e) if (i == 0 or ms[i - 1].clause == m.clause) else ca
        lc = _find_outcome(s[la:m.s])
        if lc and "includ" in s[la:m.s]:
            # ("1,264,300 personnel, a count that includes the wounded, along with 11,930 tanks": the gloss is
            # the figure before's, no outcome of this one)
            gls = [(g.start(), g.end()) for g in _INCLUDES_WOUNDED.finditer(s, la, m.s)]
            lc = [c for c in lc if not any(g0 <= la + c[0] < g1 for g0, g1 in gls)]
        if _AGENT_BY.search(s, max(0, m.s - 60), m.s):
            lc, m.agent = [], True
        elif (i == 0 or ms[i - 1].group != m.group) and lc and " with " in s[max(0, m.s - 60):m.s] \
                and _ATTACK_WITH.search(s, max(0, m.s - 60), m.s):
            # "hit the region with 14 guided aerial bombs, 29 drones and two missiles": what the attack used, no loss
            lc, m.agent = [], True
        elif i > 0 and ms[i - 1].agent and ms[i - 1].group == m.group and not lc:
            m.agent = True   # (the rest of that list)
        right_end = min(nxt_s, cb if cb >= m.e else len(s))
        rtext = s[m.np_end:right_end]
        rc = _find_outcome(rtext)
        if rc and rc[0][0] <= 2 and _ACTIVE_HIT.match(s, m.np_end):
            m.agent, m.outcome = True, None   # "Two guided aerial bombs hit the store": the weapons, no loss
            continue
        if lc and _GOVERN_TAIL.fullmatch(s[la + lc[-1][1]:m.s]) and not (rc and rc[0][0] <= 2):
            m.outcome, m.out_src, m.out_dist = lc[-1][2], "left", 0
            m.out_text = s[la + lc[-1][0]:la + lc[-1][1]]
            continue
        # right: up to the next number (a verb right before the next number governs it)
        if i + 1 < len(ms) and rc:
            tail = s[m.np_end + rc[-1][1]:nxt_s]
            if nxt_s == right_end and _GOVERN_TAIL.fullmatch(tail):
                # "... lost 2,200": the cue introduces the next number
                rc = rc[:-1]
        if rc and rc[0][0] < 60 and (i > 0 or lc) and _INCLUDING_GAP.search(rtext, 0, rc[0][0]):
            rc = []   # "the loss of 132 aircraft and 150 helicopters, including aircraft destroyed on the ground"
        if i > 0 and ms[i - 1].outcome is not None and _AND_BEFORE_OUT.match(s, m.np_end) \
                and _INCLUDING_BEFORE.search(s, max(0, m.s - 40), m.s):
            # "the deaths of 8,087 civilians, including 487 children, and injuries to 13,300": the part is the
            # whole's; the outcome after "and" is the next figure's
            m.outcome, m.out_src, m.out_text = ms[i - 1].outcome, "prev", ms[i - 1].out_text
            continue
        if rc and rc[0][0] < 60:
            m.outcome, m.out_src, m.out_dist = rc[0][2], "right", rc[0][0]
            m.out_end = m.np_end + rc[0][1]
            m.out_text = rtext[rc[0][0]:rc[0][1]]
            spec = [c for c in rc if c[2] != "lost" and c[0] < 40]
            if rc[0][2] == "lost" and spec and _WEAK_LOST.fullmatch(rtext[rc[0][0]:rc[0][1]]):
                m.outcome = spec[0][2]
            # "killed, wounded, prisoners of war and deserters" -> casualties
            # (cue after cue, in one run: not "killed in a glide bomb attack, and ... the number of injured")
            run = [rc[0]]
            for c in rc[1:]:
                if c[0] < 80 and c[0] - run[-1][1] <= 25:
                    run.append(c)
            kinds = {c[2] for c in run}
            if len(kinds & {"killed", "wounded", "captured", "missing"}) >= 2:
                m.outcome = "casualties"
            continue
        # left: within the clause, after the previous number
        if lc:
            m.outcome, m.out_src, m.out_dist = lc[-1][2], "left", (m.s - la) - lc[-1][1]
            m.out_text = s[la + lc[-1][0]:la + lc[-1][1]]
            continue
        if rc:
            m.outcome, m.out_src, m.out_dist = rc[0][2], "right", rc[0][0]
    # "9,219 civilians, including 537 children, were killed": the verb after the inserted part is the whole's too
    for i in range(len(ms) - 1):
        m, q = ms[i], ms[i + 1]
        if m.outcome is None and q.outcome is not None and q.out_src == "right" and m.clause == q.clause \
                and _INCLUDED_GAP.fullmatch(s, m.np_end, q.s) and s.startswith(",", q.np_end):
            m.outcome, m.out_src, m.out_dist, m.out_text = q.outcome, "right", q.out_dist, q.out_text
            m.out_end = q.out_end
    # group propagation
    groups: dict[int, list[Mention]] = {}
    for m in ms:
        groups.setdefault(m.group, []).append(m)
    for g, items in groups.items():
        if len(items) < 2:
            continue
        first, last = items[0], items[-1]
        g_out = None
        if first.out_src == "left":
            g_out = first.outcome
        elif last.outcome and last.out_src in ("right",):
            g_out = last.outcome
        for it in items:
            if it.agent:
                continue
            if g_out and (it.outcome is None or (it is first and last.out_src == "right" and first.out_src is None)):
                it.outcome, it.out_src = g_out, "group"
    # a list of labelled figures under "losses" (in this sentence or the line before)
    for m in ms:
        if m.cat_from == "label" and (m.outcome is None or m.out_src in ("group",)):
            if _LOSS_WORD.search(s[:m.s]) or (not _LOSS_WORD.search(s) and _LOSS_WORD.search(st.prev_text)):
                m.outcome, m.out_src, m.out_text = "lost", "ctx", "losses"
    # fall back: whole sentence before the number, then the previous sentence
    for i, m in enumerate(ms):
        if m.outcome is None and not m.agent:
            lc = _find_outcome(s[:m.s])
            if lc:
                m.outcome, m.out_src = lc[-1][2], "ctx"
                m.out_text = s[lc[-1][0]:lc[-1][1]]
            elif m.cat and _RUNNING_TOTAL_BEFORE.search(s, max(0, m.s - 80), m.s):
                # "Its running total now stands at about 488,000 Russian personnel": a tally of losses
                m.outcome, m.out_src, m.out_text = "lost", "ctx", "losses"
            elif m.cat and _THEM_AT.search(s, 0, m.s) and _LOSS_WORD.search(st.prev_text or ""):
                # "RUSSIAN MILITARY LOSSES\nUkraine's General Staff put them on Friday at about 145,850 personnel,
                # along with 3,350 tanks": the losses the line before named
                m.outcome, m.out_src, m.out_text = "lost", "ctx", "losses"

    # ---------- "A, B and C ... to X, Y and Z, respectively"
    if "espectivel" in s.lower() and re.search(r"\brespectively\b", s, re.IGNORECASE):
        bare = [m for m in ms if m.bare]
        if len(bare) >= 2:
            head = s[:bare[0].s]
            nouns = [_cat_of(cm.group(0)) for cm in _CAT_RE.finditer(head)]
            nouns = [n for n in nouns if n]
            if len(nouns) >= len(bare):
                for m, c in zip(bare, nouns[-len(bare):]):
                    m.cat, m.cat_from = c, "resp"

    # ---------- categories of bare numbers
    for i, m in enumerate(ms):
        if m.cat:
            continue
        if _PLACE_COUNT.match(s, m.e):
            continue   # "shot down 27 of the drones over eight regions": a count of places
        if i > 0 and ms[i - 1].cat and _opens_with_whole(s, ms, i):
            # "Of the 13 Kh-101 cruise missiles fired from Tu-95 bombers, 12 were shot down": a part of the
            # whole the sentence opened with, over the same window
            m.cat, m.cat_from = ms[i - 1].cat, "partitive"
            m.np_side_word = m.np_side_word or ms[i - 1].np_side_word
            continue
        if i > 0 and ms[i - 1].cat and _OTHERS_AFTER.match(s, m.e):
            m.cat, m.cat_from = ms[i - 1].cat, "prev"   # "one crew member had died and 23 others were missing"
            m.np_side_word = m.np_side_word or ms[i - 1].np_side_word
            continue
        lau = st.launch
        if lau is not None and lau[0] == st.seg_index - 1 and len(lau[1]) == 1 and _OF_THEM_AFTER.match(s, m.e) \
                and i == 0:
            # "Russia launched about 1,100 drones over the past week. It shot down 645 of them": the launched
            m.cat, m.cat_from = next(iter(lau[1])), "launch"
            continue
        if (cw := _CREW_OF.search(s, max(0, m.s - 30), m.s)) is not None:
            if _COMPLEMENT_BEFORE.search(s, max(0, cw.start() - 40), cw.start()):
                m.own_noun = True   # "The boat, which normally carries a crew of about 40, was hit": its complement
                continue
            m.cat, m.cat_from = "personnel", "np"   # "the corvette's crew of about 40"
            continue
        left = s[:m.s]
        prevm = ms[i - 1] if i > 0 else None
        if prevm is not None and prevm.cat is None and i > 1 and ms[i - 2].cat and \
                _INCLUDING_BEFORE.search(s, max(0, m.s - 40), m.s) and (_PLACE_COUNT.match(s, prevm.e)
                                                                       or _PLACE_COUNT_ADJ.match(s, prevm.e)):
            prevm = ms[i - 2]   # "73 drones overnight over eight regions, including 21 over Bryansk": the drones
        if m.num.signed and prevm is not None and prevm.cat:
            m.cat, m.outcome, m.np_side_word = prevm.cat, prevm.outcome or m.outcome, prevm.np_side_word
            m.out_text = prevm.out_text
            m.cat_from = "inc"
            continue
        local = m.outcome is not None and m.out_src in ("np", "right", "left") and m.out_dist <= 45
        measure = _MEASURE_RE.search(s[max(0, m.s - 70):m.s]) or _TOLL_ROSE.search(s, max(0, m.s - 150), m.s) \
            or (i == 0 and _MEASURE_SUBJECT.search(s, max(0, m.s - 130), m.s))
        if "number of" in s and (nr := _NUMBER_ROSE.search(s, max(0, m.s - 220), m.s)) is not None:
            # "The number of people killed in the shelling of ... on Saturday has risen to 24", "raised the number of
            # soldiers killed in a strike on ... to 89": the count's own noun and outcome
            measure = measure or nr
            if m.outcome is None or m.out_src in ("ctx", "group") or (
                    m.out_src == "left" and m.outcome in ("destroyed", "damaged", "captured", "abandoned")
                    and s.find("number of", nr.start() + 9, m.s) < 0):
                # (also over a strike's verb inside the span: "the number of people killed when a missile hit ... has
                # risen to 23")
                m.outcome, m.out_src, m.out_dist = _out_of(nr.group("o") or nr.group("o2")) or "killed", "left", 0
            if m.np_side_word is None:
                # whose: "the number of Ukrainian troops killed"; "... soldiers killed in a Ukrainian rocket strike":
                # the attacker's enemy
                sw = _SIDE_RE.search(s, nr.start(), nr.start("o") if nr.group("o") else nr.start("o2"))
                ak = _ATTACKER_IN.search(s, nr.start(), m.s) if sw is None else None
                if sw is not None:
                    m.np_side_word = normalize_phrase(sw.group(0))
                elif ak is not None and (sd := _SIDE_WORDS.get(normalize_phrase(ak.group("side")))) in _SIDE_ADJ:
                    m.np_side_word = _SIDE_ADJ[_other(sd)]
        # "... killed over the past day, bringing the total since February 2022 to 431,630": the same count
        if prevm is not None and prevm.cat and _TOTAL_TO.search(s, max(prevm.np_end, m.s - 130), m.s) \
                and all(_cat_of(cm.group(0)) == prevm.cat for cm in _CAT_RE.finditer(s, prevm.np_end, m.s)):
            # (the count may name the figure's own noun: "bringing the number of Russian troops killed ... to")
            m.cat, m.cat_from, m.np_side_word = prevm.cat, "ellipsis", prevm.np_side_word or m.np_side_word
            gap_out = list(_OUT_RE.finditer(s, prevm.e, m.s))
            gap_word = gap_out[-1].group(0) if gap_out else None
            if gap_word is not None and _out_of(gap_word) is not None:
                # "... bringing the total number of Russian personnel losses ... to": the count's own noun
                m.outcome, m.out_src, m.out_text = _out_of(gap_word), "np", gap_word
            else:
                m.outcome, m.out_src, m.out_text = prevm.outcome, "prev", prevm.out_text
            if not _TOTAL_WINDOW.search(s, prevm.e, m.s):   # "bringing the number of deaths this month to 19"
                m.preset_period = "cumulative"
            m.head = prevm
            continue
        # "... destroyed 105 UAVs over Russian regions overnight: 41 over the Bryansk region, 22 over ...": the parts,
        # place by place, after a colon
        head = prevm.part_of if prevm is not None and prevm.cat_from == "colon" and prevm.part_of is not None else prevm
        if head is not None and head.cat and not m.own_noun and _OVER_PLACE_AFTER.match(s, m.e) and (
                (head is prevm and _COLON_GAP.fullmatch(s, prevm.np_end, m.s))
                or (head is not prevm and _PART_NEXT.fullmatch(s, s.find(" ", prevm.e + 1), m.s))):
            m.cat, m.cat_from, m.np_side_word = head.cat, "colon", m.np_side_word or head.np_side_word
            if m.outcome is None or m.out_src in ("ctx", "group"):
                m.outcome, m.out_src = head.outcome, "prev"
            m.part_of = head
            continue
        # "... 995,000 soldiers since ..., the General Staff said, including 1,140 over the past day"
        if prevm is not None and prevm.cat and not m.own_noun and _INCLUDING_BEFORE.search(s, max(0, m.s - 40), m.s) \
                and not _CAT_RE.search(s, prevm.np_end, m.s):
            m.cat, m.cat_from, m.np_side_word = prevm.cat, "prev", m.np_side_word or prevm.np_side_word
            if m.outcome is None or m.out_src in ("ctx", "group"):
                m.outcome, m.out_src = prevm.outcome, "prev"
            m.part_of = prevm
            continue
        # "... lost some 420,000 troops killed or wounded, the report says, an average of about 1,150 a day":
        # the average of the figure before
        if prevm is not None and prevm.cat and not m.own_noun and _AVERAGE_OF_BEFORE.search(s, max(0, m.s - 40), m.s) \
                and not _CAT_RE.search(s, prevm.np_end, m.s) and _rate_possible(s[m.e:m.e + 30]):
            m.cat, m.cat_from, m.np_side_word = prevm.cat, "prev", m.np_side_word or prevm.np_side_word
            if m.outcome is None or m.out_src in ("ctx", "group"):
                m.outcome, m.out_src = prevm.outcome, "prev"
            continue
        # "up to 3,300 servicemen in areas covered by its West group, up to 2,900 in the zone of the South group and
        # up to 3,100 in that of the Centre group": the same count, zone by zone
        if prevm is not None and prevm.cat and not m.own_noun and _ZONE_AFTER.match(s, m.e) \
                and not _CAT_RE.search(s, prevm.np_end, m.s) and _ZONE_GAP.fullmatch(s, prevm.np_end, m.s):
            m.cat, m.cat_from, m.np_side_word = prevm.cat, "ellipsis", m.np_side_word or prevm.np_side_word
            m.outcome, m.out_src, m.out_text = prevm.outcome, "prev", prevm.out_text
            m.head = prevm
            continue
        # list ellipsis: "359 losses in June, 300 in July", "1,520 artillery systems, followed by 1,517 in August"
        if prevm is not None and prevm.cat and not m.own_noun and not _CAT_RE.search(s[prevm.np_end:m.s]) \
                and not (m.s - prevm.np_end < 45 and not re.search(r"[;.]", s[prevm.np_end:m.s])) \
                and _ELLIPTIC_PLACE.fullmatch(s, prevm.np_end, m.s):
            # "...: Sever – up to 155 servicemen; Zapad – up to 230": the same count as the head, elsewhere
            m.cat, m.cat_from, m.np_side_word = prevm.cat, "ellipsis", m.np_side_word or prevm.np_side_word
            m.outcome, m.out_src, m.out_text = prevm.outcome, "prev", prevm.out_text
            m.head = prevm
            continue
        if prevm is not None and prevm.cat and not m.own_noun and not _CAT_RE.search(s[prevm.np_end:m.s]) and \
                ((m.s - prevm.np_end < 45 and not re.search(r"[;.]", s[prevm.np_end:m.s]))
                 or (m.s - prevm.np_end < 110 and _COUNTED_BEFORE.search(s, max(0, m.s - 40), m.s)
                     and ";" in s[prevm.np_end:m.s] and "." not in s[prevm.np_end:m.s])):
            # ("Kyiv claims 11,600 Russian tanks; even Oryx, which counts only what it can see, has documented more
            # than 4,300": the same count by another source, its losses)
            m.cat, m.cat_from = prevm.cat, "prev"
            if m.np_side_word is None:
                m.np_side_word = prevm.np_side_word
            if m.outcome is None or m.out_src in ("ctx", "group"):
                m.outcome, m.out_src = prevm.outcome, "prev"
                if ";" in s[prevm.np_end:m.s] and m.cat not in ("personnel", "civilians"):
                    m.outcome = "lost"
            continue
        pcl = st.prev_claim
        if prevm is None and m.cat is None and pcl is not None and st.prev_claim_seg >= st.seg_index - 1 \
                and not m.own_noun and _OF_THEM_AFTER.match(s, m.e) and not _CAT_RE.search(s) \
                and not (m.outcome in ("killed", "wounded", "casualties") and pcl.category not in ("personnel", "civilians")):
            # "Ukraine had lost more than 9,100 servicemen. The Centre group alone accounted for up to 3,200 of them"
            m.cat, m.cat_from, m.outcome, m.out_src = pcl.category, "prev", pcl.outcome, "ctx"
            m.ctx_side, m.ctx_claimant = pcl.side, pcl.claimant
            continue
        if prevm is None and m.cat is None and pcl is not None and st.prev_claim_seg >= st.seg_index - 1 \
                and not m.own_noun and _AVERAGE_OF_BEFORE.search(s, max(0, m.s - 40), m.s) \
                and _rate_possible(s[m.e:m.e + 30]) and not _CASUALTY_NOUN.match(s, m.e):
            # (not "an average of 1,050 casualties a day": a count named of its own)
            # "Russia lost 430,000 troops in 2024. That is an average of about 1,180 a day": the figure before's
            m.cat, m.cat_from, m.outcome, m.out_src = pcl.category, "prev", pcl.outcome, "ctx"
            m.ctx_side, m.ctx_claimant = pcl.side, pcl.claimant
            continue
        if prevm is None and m.cat is None and pcl is not None and st.prev_claim_seg >= st.seg_index - 1 \
                and not m.own_noun and _DAILY_AVG_STOOD.search(s, max(0, m.s - 90), m.s) \
                and not _CAT_RE.search(s, 0, m.s):
            # "Russia lost 35,100 troops in April. The daily average stood at about 1,170": the figure before's rate
            m.cat, m.cat_from, m.outcome, m.out_src = pcl.category, "prev", pcl.outcome, "ctx"
            m.ctx_side, m.ctx_claimant = pcl.side, pcl.claimant
            continue
        # "..., and that of armoured personnel carriers at 702": the count named for the figure before
        that_of = i > 0 and ms[i - 1].count_of and _THAT_OF.search(s, ms[i - 1].np_end, m.s) is not None
        if not local and not measure and not that_of:
            continue
        if m.own_noun and m.cat is None and not _COUNT_NOUN.match(s, m.e):
            if m.outcome in ("killed", "wounded", "casualties") and m.out_dist <= 30 and _CIV_RE.search(s) \
                    and not _MIL_RE.search(s):
                m.cat, m.cat_from = "civilians", "default"   # "killed two dockworkers", "nine passengers"
            continue   # "Drones hit 25 targets": the drones are the attackers, the 25 count targets
        # ("artillery losses are running at 40 systems a day": a counting noun takes the category before it)
        cands = [(cm.start(), _cat_of(cm.group(0))) for cm in _CAT_RE.finditer(left)]
        cands = [c for c in cands if c[1]]
        if not cands and "-" in left:
            # "The site's tally of Russian BMP-3 losses stands at 620": the model's category
            cands = [(mm.start(), _MODEL_CAT[mm.group(1)]) for mm in _MODEL_LOSSES.finditer(left)
                     if _MODEL_CAT.get(mm.group(1))]
        if m.outcome in ("killed", "wounded", "casualties", "missing"):
            # "Russian drones hit Odesa, killing two": the drones are the weapon, the dead are people
            cands = [c for c in cands if c[1] in ("personnel", "civilians")]
        if cands:
            m.cat, m.cat_from = cands[-1][1], "left"
            if m.outcome is None and st.prev_claim is not None and st.prev_claim_seg >= st.seg_index - 3 and (
                    _COUNT_OF.search(left, max(0, cands[-1][0] - 60), cands[-1][0]) or that_of) \
                    and _STANDS_AT.search(s, max(0, m.s - 30), m.s):
                # after loss figures, "the site's count of Russian infantry fighting vehicles stands at 4,180, and
                # that of armoured personnel carriers at 702": its count of losses
                m.outcome, m.out_src, m.count_of = "lost", "ctx", True
            if m.np_side_word is None:
                for p in reversed(ms[:i]):
                    if p.cat == m.cat and p.np_side_word:
                        # (not past a side named in between: "..., while claiming Ukraine had lost 61,000")
                        if _SIDE_RE.search(s, p.np_end, m.s) is None:
                            m.np_side_word = p.np_side_word
                        break
            if m.outcome is None:
                continue
            continue
        pcl = st.prev_claim
        if m.cat is None and m.outcome == "killed" and pcl is not None and pcl.category == "civilians" \
                and st.prev_claim_seg >= st.seg_index - 3 and _TOLL_BEFORE.search(s, max(0, m.s - 40), m.s):
            m.cat, m.cat_from = "civilians", "prev"   # a live blog's "Death toll rises to 16" after a strike's dead
            m.ctx_side, m.ctx_claimant = pcl.side, pcl.claimant
            continue
        if m.outcome is None:
            # "the figure could be as many as ...": the previous sentence says what of
            pc = [(cm.start(), _cat_of(cm.group(0))) for cm in _CAT_RE.finditer(st.prev_text)]
            pc = [c for c in pc if c[1]]
            po = _find_outcome(st.prev_text)
            given = _FIGURE_GIVEN.search(s, max(0, m.s - 70), m.s) is not None   # "put the figure at about"
            if pc and po:
                m.cat, m.outcome, m.out_src, m.cat_from = pc[-1][1], po[-1][2], "ctx", "prev"
            elif st.prev_claim is not None and (re.search(r"\btotal\b", s[max(0, m.s - 70):m.s], re.IGNORECASE) or (
                    given and st.prev_claim_seg >= st.seg_index - 2)):
                # ("By Kyiv's count, Russia has lost 1.25 million soldiers killed and wounded. ... Britain's defence
                # ministry put the figure at about 1.1 million")
                pcl = st.prev_claim
                m.cat, m.outcome, m.out_src, m.cat_from = pcl.category, pcl.outcome, "ctx", "prev"
                m.ctx_side, m.ctx_claimant = pcl.side, pcl.claimant
                if pcl.period == "interval":
                    m.preset_period = "interval"
                elif given and pcl.period == "cumulative" and pcl.rate_unit is None:
                    m.preset_period = "cumulative"   # "the figure": the same running total, by another source
            continue
        if m.outcome in ("killed", "wounded", "casualties", "captured", "missing"):
            pcl = st.prev_claim
            # (a civilian word that is another figure's own noun, "... while estimating that 30,000 civilians had
            # died", says nothing of this one)
            civ = any(not any(q is not m and q.cat_span and q.cat_span[0] <= cm.start() < q.cat_span[1] for q in ms)
                      for cm in _CIV_RE.finditer(s)) and not _military_context(s, attrs, ms) \
                and not _SIDE_DEAD.search(s, max(0, m.s - 60), m.s)   # (not "Kyiv puts Russian dead at 145,000")
            if not civ and any(a.name and (_ADMIN_HEAD.search(a.name) or "mergency" in a.name) for a in attrs) \
                    and not _military_context(s, attrs, ms):
                civ = True   # "The regional governor says the toll has risen to 35, with 75 injured": a local toll
            if not civ and any(q.bare and normalize_phrase(q.out_text) in _INJURY_WORDS for q in ms) \
                    and not _military_context(s, attrs, ms):
                civ = True   # "one killed, three injured over past day": armies' counts say "wounded", a strike's "injured"
            if civ and pcl is not None and pcl.category == "personnel" and st.prev_claim_seg >= st.seg_index - 2 \
                    and not measure and all(_CIV_WEAK.fullmatch(cm.group(0)) for cm in _CIV_RE.finditer(s)):
                civ = False   # only a place's words after a soldiers' count: the same count goes on
            if civ:
                m.cat, m.cat_from = "civilians", "default"
            elif pcl is not None and pcl.category in ("personnel", "civilians") and st.prev_claim_seg >= st.seg_index - 2 \
                    and (not measure or (pcl.category == "civilians" and not _MIL_RE.search(s))) \
                    and not (pcl.category == "civilians" and (
                        _SIDE_SUFFERED.search(s, 0, m.s) or _SIDE_DEAD.search(s, max(0, m.s - 60), m.s))):
                # (not after a strike's civilian dead, "Russia had likely suffered 175,000 casualties": its army's)
                m.cat, m.cat_from = pcl.category, "prev"
                m.ctx_side, m.ctx_claimant = pcl.side, pcl.claimant
            else:
                m.cat, m.cat_from = "personnel", "default"
        elif m.outcome == "lost" and m.num.value >= 1000 and normalize_phrase(m.out_text) in ("losses", "loss") \
                and _SIDE_LOSSES.search(s, clauses[m.clause][0], m.s) and not _CAT_RE.search(s, clauses[m.clause][0], m.s):
            m.cat, m.cat_from = "personnel", "default"   # "Russia's losses in Ukraine passed the 400,000 mark"
        elif m.outcome in ("destroyed", "damaged", "lost", "abandoned") and st.prev_claim is not None:
            m.cat, m.cat_from = st.prev_claim.category, "prev"
            m.ctx_side, m.ctx_claimant = st.prev_claim.side, st.prev_claim.claimant

    # ---------- "had lost 1,264,300 personnel, a count that includes the wounded, along with 11,930 tanks": the
    # verb of the figure before
    for k in range(1, len(ms)):
        m, p = ms[k], ms[k - 1]
        if m.cat and (m.outcome is None or (m.out_src == "ctx" and m.cat not in ("personnel", "civilians")
                                            and m.outcome in ("wounded", "missing", "casualties"))) \
                and p.outcome and p.out_text and not _DIGIT_OR_SEMI.search(s, p.np_end, m.s) \
                and ((p.out_src == "left" and _ALONG_WITH.search(s, p.np_end, m.s))
                     or (p.out_src == "along" and _LIST_JOIN.fullmatch(s, p.np_end, m.s))):
            m.outcome, m.out_src, m.out_text = _out_of(p.out_text) or p.outcome, "along", p.out_text
    # ---------- a list introduced as a whole as approximate ("amount to approximately:"): every figure of it
    if st.list_approx:
        for m in ms:
            if m.qualifier == "exact":
                m.qualifier = "approximately"
    # ---------- a list item under a loss heading takes the heading's outcome
    if st.list_outcome:
        for m in ms:
            if m.cat and m.outcome is None:
                m.outcome, m.out_src = st.list_outcome, "ctx"
    # ---------- a figure that borrowed the next one's noun takes its outcome too ("Oryx has confirmed 4,590
    # Russian and 1,480 Ukrainian tanks lost")
    for m in ms:
        if m.noun_of is not None and m.outcome is None and m.cat and m.noun_of.outcome and m.noun_of.out_src == "right":
            m.outcome, m.out_src, m.out_text = m.noun_of.outcome, "prev", m.noun_of.out_text
    # ---------- a part of the figure before takes its outcome ("... 6,300 pieces destroyed. Among them are
    # 1,230 tanks.", "They include 290 tanks.")
    pcl = st.prev_claim
    if pcl is not None and st.prev_claim_seg >= st.seg_index - 1 and _SUBSET_OPEN.match(s):
        for m in ms:
            if m.cat and m.outcome is None:
                m.outcome, m.out_src = pcl.outcome, "ctx"
                m.ctx_side, m.ctx_claimant = pcl.side, pcl.claimant
    # ---------- "That's roughly 45,000 men a month": a restatement of the figure before (its outcome);
    # "Tuesday's tally also included 47 artillery systems": the items of a tally of losses
    pcl = st.prev_claim
    tm = _THATS_OPEN.match(s) if ms and pcl is not None and st.prev_claim_seg >= st.seg_index - 1 else None
    if tm is not None and ms[0].s == tm.end():
        m = ms[0]
        if m.outcome is None and m.cat in (None, pcl.category) and not m.own_noun and not m.num.words:
            m.cat, m.outcome, m.out_src = m.cat or pcl.category, pcl.outcome, "ctx"
            m.ctx_side, m.ctx_claimant = pcl.side, pcl.claimant
    if ms and "added" in s and (am_ := _ADDED_TO_TALLY.search(s)) is not None:
        # "The General Staff added another 118 vehicles and fuel tanks to its tally, which now stands at 52,232"
        for m in ms:
            if m.cat and m.outcome is None and m.s < am_.end():
                m.outcome, m.out_src, m.out_text = "lost", "ctx", "losses"
                if not any(t.kind in ("my", "dmy", "mdy", "weekday", "year") or (
                        t.kind == "rel" and t.text.lower() not in ("now", "today")) for t in times):
                    m.preset_period = "interval"   # (an added count is a window's; "In January alone" says which)
        for k in range(1, len(ms)):
            m = ms[k]
            if m.outcome is None and m.s >= am_.end() and _STANDS_AT.search(s, max(0, m.s - 30), m.s):
                m.cat, m.cat_from = m.cat or ms[k - 1].cat, m.cat_from or "prev"
                m.outcome, m.out_src, m.out_text = ms[k - 1].outcome or "lost", "ctx", "losses"
                m.preset_period = "cumulative"
    if ms and ("tall" in s or "otal" in s or "count" in s or "loss" in s or "toll" in s or "listed" in s) \
            and _TALLY_INCLUDED.search(s, 0, ms[0].s):
        for m in ms:
            if m.cat and m.outcome is None:
                m.outcome, m.out_src, m.out_text = "lost", "ctx", "losses"
    # ---------- an average figure takes the outcome of the figure it averages
    for m in ms:
        if m.cat and m.outcome is None and re.search(r"\baverag\w*\s+(?:\w+\s+){0,2}$", s[max(0, m.s - 35):m.s],
                                                     re.IGNORECASE) and st.prev_claim is not None \
                and not _CASUALTY_NOUN.match(s, m.e):   # (not "an average of 1,050 casualties a day")
            m.outcome, m.out_src = st.prev_claim.outcome, "ctx"

    # people / persons: civilians unless the context is military
    for m in ms:
        if m.cat in ("civilians", "personnel"):
            phrase = s[m.cat_span[0]:m.cat_span[1]].lower() if m.cat_span else ""
            if m.cat == "personnel" and m.cat_from in ("np", "left") and phrase == "men" and _CIV_RE.search(s) \
                    and not _MIL_RE.search(s):
                m.cat = "civilians"   # "two men and a child were killed in the attack"
            if m.cat == "civilians" and m.cat_from in ("np", "left") and phrase in ("people", "persons", "individuals"):
                if not _CIV_RE.search(s) and _military_context(s, attrs, ms):
                    m.cat = "personnel"
            if m.cat == "personnel" and m.cat_from == "default":
                # (not a side's dead put at the figure: "Kyiv puts Russian dead at 145,000; UN confirms over 8,000
                # civilian deaths")
                if _CIV_RE.search(s) and not _military_context(s, attrs, ms) \
                        and not _SIDE_DEAD.search(s, max(0, m.s - 60), m.s):
                    m.cat = "civilians"
    for i in range(1, len(ms)):
        if ms[i].cat_from == "inc" and ms[i].cat in ("personnel", "civilians") and ms[i - 1].cat in ("personnel", "civilians"):
            ms[i].cat = ms[i - 1].cat   # "about 26,950 (+300) persons liquidated": the increment follows its total
        if ms[i].cat == "personnel" and ms[i].cat_from in ("prev", "ellipsis") and ms[i - 1].cat == "civilians" \
                and ms[i - 1].cat_span and s[ms[i - 1].cat_span[0]:ms[i - 1].cat_span[1]].lower() == "men":
            ms[i].cat = "civilians"   # "two men were killed and three were wounded by shelling": the same people

    for m in ms:
        if m.head is not None and m.head.cat in ("personnel", "civilians"):
            m.cat = m.head.cat   # a figure counting what its head counts follows the head's people/persons reading

    # ---------- claimant
    for i, m in enumerate(ms):
        m.attribution = _pick_attr(s, m, attrs, clauses)

    for j, m in enumerate(ms):
        at = m.attribution
        if m.cat and m.outcome is None and at is not None and at.claimant in ("oryx", "other") \
                and (_COUNTER_VERB.search(s, max(clauses[m.clause][0], m.s - 60), m.s)
                     or _ON_ITS_LIST.match(s, m.np_end)):
            m.outcome, m.out_src = "lost", "ctx"   # "It (Oryx) also lists 57 Russian aircraft": its count of losses
        elif m.cat and m.outcome is None and ((at is not None and at.claimant is not None) or (
                at is None and st.prev_claim_seg >= st.seg_index - 1)) \
                and st.prev_claim is not None and st.prev_claim_seg >= st.seg_index - 2 \
                and _FIGURE_GIVEN.search(s, max(clauses[m.clause][0], m.s - 70), m.s):
            # after a loss figure, "Ukraine's General Staff claims a far higher figure for tanks: 8,984
            # Russian tanks", "... gives figures for Russia: 418 aircraft": the source's count of losses
            m.outcome, m.out_src = "lost", "ctx"
            k = j + 1
            while k < len(ms) and ms[k].cat and ms[k].outcome is None and ms[k].clause == m.clause \
                    and _LIST_JOIN.fullmatch(s, ms[k - 1].np_end, ms[k].s):
                ms[k].outcome, ms[k].out_src = "lost", "ctx"   # "...: 418 aircraft and 338 helicopters"
                k += 1

    if "(+" in s or "(plus" in s:
        for j, m in enumerate(ms):
            if m.cat and m.cat != "civilians" and m.outcome is None and not m.num.signed \
                    and _INCR_RIGHT_AFTER.match(s, m.np_end):
                # "It also reported 9,496 tanks (+3) and 20,180 artillery systems (+27)": a tally's running totals
                m.outcome, m.out_src = ("killed" if m.cat == "personnel" else "lost"), "ctx"
                if j + 1 < len(ms) and ms[j + 1].num.signed and ms[j + 1].outcome is None:
                    ms[j + 1].outcome, ms[j + 1].out_src = m.outcome, "ctx"
    out = []
    neg_groups: set[int] = set()
    for i, m in enumerate(ms):
        if m.cat is None or m.outcome is None:
            continue
        ca, cb = clauses[m.clause]
        # negative contexts near the number
        win_a = max(ms[i - 1].np_end if i > 0 else 0, m.s - 60, ca)
        win_b = min(ms[i + 1].s if i + 1 < len(ms) else len(s), m.np_end + 50, max(cb, m.np_end))
        left_w = s[win_a:m.s]
        if m.out_src in ("np", "right") and m.out_dist <= 30 and i > 0:
            # "1.2 million had been mobilised, of whom about 400,000 had been killed": the cue is the
            # figure before's, when this one has a loss of its own after a break
            cut = _CLAUSE_BREAK.search(left_w)
            if cut:
                left_w = left_w[cut.end():]
        if m.out_src == "right" and m.out_end:
            # "about 370,000 had been wounded, many of whom had since returned": a later clause's cue
            comma = s.find(",", m.out_end, win_b)
            if comma > 0:
                win_b = comma
        # "10 of the 31 Abrams tanks supplied by the US": what is said after the whole is of the whole
        if m.e < win_b and "," in s[m.e:win_b]:
            pc = _PARTICIPLE_TAIL.search(s, m.np_end, win_b)
            if pc is not None:
                win_b = pc.start()   # "lost 3,000 tanks over the past year, forcing it to send ...": a consequence
        if m.out_src in ("np", "right") and m.out_dist <= 20 and m.e < win_b:
            # "105 injured when Russia fired a barrage of missiles": the toll's own verb, then what caused it
            wm = _WHEN_AFTER_TOLL.search(s, m.e, win_b)
            if wm is not None:
                win_b = wm.start()
        window = left_w if m.of_whole else left_w + " " + s[m.e:win_b]
        negm = _NEG_RE.search(window)
        if negm and "since" in window and _SINCE_BEGAN_BEFORE.search(window, max(0, negm.start() - 40), negm.start()):
            negm = _NEG_RE.search(window, negm.end())   # "killed since it began recruiting in prisons": a window's start
        if negm and negm.start() > len(left_w) and negm.end() > len(window) - 20:
            # a cue cut off by the window's end: read it whole ("a strike on a training g|round")
            negm = _NEG_RE.match(s, m.e + negm.start() - len(left_w) - 1)
        if negm and i > 0 and win_a == ms[i - 1].np_end and negm.end() <= len(left_w) \
                and not left_w[:negm.start()].strip() and "," in left_w[negm.end():] \
                and _NEG_RE.search(window, negm.end()) is None:
            negm = None   # "fired 22 missiles at Ukraine overnight, killing at least six": the figure before's cue
        if negm and m.cat == "personnel" and _WHO_THEY_WERE.fullmatch(negm.group(0)) \
                and (_DEAD_LIST_HEAD.search(s, 0, m.s)
                     or (_SUBSET_OPEN.match(s) and st.prev_claim is not None and st.prev_claim_seg >= st.seg_index - 1
                         and st.prev_claim.category == "personnel" and st.prev_claim.outcome in ("killed", "lost"))
                     or any(
                    q.cat == "personnel" and q.outcome in ("killed", "lost") and q.out_src in ("np", "right", "left")
                    for q in ms[:i])):
            if _SUBSET_OPEN.match(s) and st.prev_claim is not None and not m.preset_period:
                m.preset_period = st.prev_claim.period   # "Among them were 3,410 former prisoners recruited by Wagner"
            negm = None   # "with 21,870 confirmed dead, followed by 17,410 prisoners recruited from penal colonies and
            # 11,960 mobilised men": who the dead were, no recruitment figure
        pa = clauses[m.clause - 1][0] if m.clause > 0 and (_WHEN_CLAUSE.match(s, ca) or (
            s.startswith(";", ca) and _OLD_WAR.search(s, clauses[m.clause - 1][0], ca))) else ca
        # ("Before the Battle of the Somme in 1916, British guns fired ...; on the first day ..., the British army
        # recorded 57,470 casualties": a clause after a semicolon goes on about the past war of the one before)
        if _cached_search(ms, "negsent", _NEG_SENT_RE, s[pa:cb]):
            continue
        if m.clause > 0 and _DATELINE_HEAD.match(s) and _cached_search(ms, "negsent", _NEG_SENT_RE, s[:clauses[0][1]]):
            continue   # "GAZA: Strikes kill 104 despite truce", "KHARTOUM - ...": another war's dateline
        if _cached_search(ms, "oldwar", _OLD_WAR, s[pa:cb]):
            continue   # "In 1945, the Soviet Union lost ...": another war
        if negm and negm.start() > len(left_w) and (m.out_src == "left" or (
                i > 0 and _INCLUDING_BEFORE.search(s, max(0, m.s - 40), m.s) and ms[i - 1].outcome)) and \
                _BY_SUPPLIER.match(window, negm.start()):
            negm = None   # "intercepted two Storm Shadow cruise missiles supplied by the UK": the weapon's maker
        if m.group >= 0 and m.group in neg_groups:
            continue   # "a request for 1,000 howitzers, 300 rocket launchers and 500 tanks": the list's cue
        if negm and m.group >= 0 and m.out_src == "group" and negm.end() >= len(left_w.rstrip()) - 1 \
                and negm.end() <= len(left_w) and not any(x.group == m.group and x.s < m.s for x in ms):
            neg_groups.add(m.group)   # (the cue right before a list's first figure is the list's)
            continue
        if negm and not (m.group >= 0 and any(x.group == m.group and x is not m for x in ms) and
                         m.out_src in ("group",)):
            if m.group >= 0 and len(left_w.rstrip()) - 1 <= negm.end() <= len(left_w):
                neg_groups.add(m.group)   # "those freed included 213 servicemen and 17 civilians": the list's cue
            continue
        if m.num.value == 0:
            continue
        if m.num.value <= 110 and not m.num.words and s.startswith((",", ")"), m.e) \
                and _AGE_BEFORE.search(s, max(0, m.s - 40), m.s):
            continue   # "said one woman, 54, from Vinnytsia": an age
        if m.num.value <= 110 and "aged" in s and _AGED_BEFORE.search(s, max(0, m.s - 30), m.s):
            continue   # "2,940 were aged over 50", "men aged 18 to 60": an age
        if m.num.value_max is None and (rt := _TO_NUMBER.match(s, m.e)) is not None \
                and _UNIT_RE.match(s[rt.end():rt.end() + 24]):
            continue   # "names surface six to 12 months after a death": the low end of a span of time
        if m.num.value <= 20 and " in " in s and (_ONE_IN_AFTER.match(s, m.e) or _ONE_IN_BEFORE.search(s, max(0, m.s - 20),
                                                                                                  m.s)):
            continue   # "only around one in four of the casualties are deaths": a ratio
        if m.num.value_max is not None and m.num.value_max <= 20 and "ratio" in s[max(0, m.s - 40):m.s]:
            continue   # "the killed-to-wounded ratios, roughly one to three": a ratio
        if m.num.value == 1 and m.num.words and _ONE_SPEAKER_AFTER.match(s, m.e):
            continue   # "'They are losing thousands of men,' one senior officer said": a speaker, no count
        if "fleet of" in s and _FLEET_OF_BEFORE.search(s, max(0, m.s - 30), m.s):
            continue   # "out of a fleet of roughly 80 vessels": the fleet's size
        if "resident" in s and _HAD_RESIDENTS.search(s, max(0, m.s - 40), m.s) and _RESIDENTS_AFTER.match(s, m.e):
            continue   # "the village, which had about 330 residents, lost someone": a population
        if _EVENT_COUNT_AFTER.match(s, m.e):
            continue   # "Kamianske: 8 artillery strikes; one person killed", "11 strikes, no casualties": a count of attacks
        if "for e" in s and _FOR_EVERY_AFTER.match(s, m.e):
            continue   # "They lose five or six soldiers for every one of ours": a ratio, no count
        if _IF_CLAUSE_BEFORE.search(s, max(0, m.s - 120), m.s):
            continue   # "If we had lost 17 tanks in a week, I would know": a condition, no claim
        if ("ould" in s or "ight" in s) and _HYPOTHETICAL_BEFORE.search(s, max(0, m.s - 90), m.s):
            continue   # "it would suffer more than 570,000 casualties in 2025", "that would mean 400 to 500 deaths a day",
            # "a ceasefire could save 50,000 lives": a forecast or a calculation, no claim (not "could have lost")
        if ("not" in s or "n't" in s or "n’t" in s or "never" in s) and _DENIED_BEFORE.search(s, max(0, m.s - 60), m.s):
            continue   # "No, Ukraine did not destroy 1,000 Russian tanks in a week": a figure denied
        if s.endswith("per ", 0, m.s) or s.endswith("per every ", 0, m.s):
            continue   # "the death rate per 1,000 men": a rate's base
        if _OUT_OF_BEFORE.search(s, max(0, m.s - 14), m.s):
            continue   # "shot down 38 drones, out of 43 launched": the whole, no loss
        if m.num.value == 1 and (_ONE_OF.match(s, m.s) or (m.num.words and _PRONOUN_ONE.search(s, max(0, m.s - 30), m.s)
                                                          and _PRONOUN_ONE_AFTER.match(s, m.e))
                                 or (m.num.words and _EACH_ONE.search(s, max(0, m.s - 8), m.s))):
            continue   # "two artillery pieces, one of them a howitzer", "one of the highest daily figures",
            # "neither Kyiv's count nor the independent one"
        # outcome normalisation
        out_ = m.outcome
        lost_people = False
        cue = normalize_phrase(m.out_text)
        gl = _INCL_CLAUSE.search(s, m.np_end, m.out_end) if m.out_src == "right" and m.out_end else None
        if gl is not None:
            # "19,780 armoured vehicles since 2022, figures that include vehicles damaged and later repaired":
            # the gloss describes the count, it is no outcome of its own
            out_ = "casualties" if m.cat == "personnel" and re.search(r"(?i)\b(?:wounded|injured)\b",
                                                                       s[gl.end():gl.end() + 80]) else "lost"
        if m.cat == "personnel" and (iw := _INCL_WOUNDED.search(s, m.np_end, min(len(s), m.np_end + 120))) \
                and not any(m.np_end < q.s < iw.start() and q.cat for q in ms if q is not m):
            out_ = "casualties"   # "put losses at 161,520, a figure it says includes the wounded"
        elif m.cat == "personnel" and out_ in ("killed", "lost") and m.out_src not in ("np",) \
                and _CASUALTIES_AFTER.match(s, m.np_end):
            out_ = "casualties"   # "losing roughly 30,000 men a month killed or wounded"
        elif m.cat == "personnel" and out_ == "lost" and "wounded" in s \
                and _WHOSE_INCL_WOUNDED.search(s, max(0, m.s - 160), m.s):
            out_ = "casualties"   # "the General Staff, whose figures include the wounded, says Russia has lost ..."
        elif m.cat == "personnel" and out_ == "lost" and normalize_phrase(m.out_text) in ("losses", "loss") \
                and _PERSONNEL_LOSSES.search(s, max(0, m.s - 60), min(len(s), m.np_end + 20)):
            out_ = "casualties"   # "1,780 Russian personnel losses" ("personnel losses" spelled out as such)
        elif m.cat in ("personnel", "civilians") and out_ in ("killed", "lost") \
                and _SPLIT_KILLED_WOUNDED.match(s, m.np_end if m.out_src != "right" else max(m.np_end, m.out_end)):
            out_ = "casualties"   # "196 occupiers were neutralised in that direction, 121 of them killed and 75 wounded"
        elif m.cat == "personnel" and out_ in ("killed", "lost") and (
                (m.out_src not in ("right",) and _OF_WHOM_KILLED.match(s, m.np_end))
                or _THEM_IRRETRIEVABLY.match(s, max(m.np_end, m.out_end or 0))):
            out_ = "casualties"   # "losses amounted to 18,500 personnel, of whom 7,200 were killed": the whole is more
            # ("214 occupiers were neutralised in this direction today, 123 of them irretrievably")
        if out_ == "captured" and m.cat == "personnel" and _DEATHS_OF.search(s, max(0, m.s - 50), m.s):
            out_ = "killed"   # "confirmed the deaths in captivity of at least 206 Ukrainian prisoners of war"
        if out_ == "wounded" and m.cat == "personnel" and m.out_src not in ("np", "right") \
                and _INCLUDES_WOUNDED.search(s, max(0, m.s - 120), m.s):
            out_ = "casualties"   # "the General Staff, whose count includes the wounded, put that figure at 780,000"
        if m.cat in ("personnel", "civilians"):
            if out_ == "lost" and m.cat == "civilians" and cue in ("suffered", "sustained", "suffer"):
                out_ = "casualties"   # "116 children had suffered" (killed or wounded)
            elif out_ == "lost" and m.cat == "personnel" and (
                    (cue in ("losses", "loss") and m.cat_from in ("left", "resp", "prev", "default")
                     and not (m.part_of is not None and m.part_of.cat_from == "np"))
                    or _GLOSS_RE.search(s)):
                out_ = "casualties"   # "personnel losses" of N / a total glossed as killed and wounded
            lost_people = out_ in ("lost", "destroyed")
            if out_ in ("lost", "destroyed"):
                out_ = "killed"
            if out_ in ("damaged", "abandoned"):
                continue
        else:
            if out_ == "killed":
                out_ = "destroyed"
            if out_ in ("wounded", "casualties", "missing"):
                if m.out_src not in ("np",):
                    out_ = "lost" if out_ == "casualties" else out_
                if out_ in ("wounded", "missing"):
                    continue
        # claimant
        at = m.attribution
        explicit = at is not None
        if at is not None:
            claimant, cname = at.claimant or "unattributed", at.name
        elif unattr is not None:
            claimant, cname = "unattributed", None
            explicit = True
        elif st.last_attr_claimant and not st.section_break and not heading:
            claimant, cname = st.last_attr_claimant, st.last_attr_name
            if st.last_source_claim is not None and st.last_source_seg < st.last_attr_seg \
                    and st.last_source_seg >= st.last_attr_seg - 3 and seg.para != st.last_attr_para \
                    and not (st.list_outcome is not None and st.intro_seg == st.last_attr_seg) \
                    and not (st.list_outcome is not None and st.last_attr_claimant == st.first_body_source
                             and st.last_source_claim[0] != st.first_body_source):
                # (not after a source's line that introduces what follows: "... gave the losses as follows:", nor
                # when the remark names the document's main source before a list: its list)
                # a new paragraph goes on with the source of the last figures, not with a later remark
                claimant, cname = st.last_source_claim
        else:
            claimant, cname = "unattributed", None
        # side
        if m.cat in ("civilians", "personnel") and st.region_side is not None and st.region_seg >= st.seg_index - 6:
            m.region_side = st.region_side
        side = _resolve_side(s, m, ms, i, clauses, claimant, attrs)
        if m.head is not None and m.head.side_res and m.np_side_word is None:
            side = m.head.side_res   # "lost 560 soldiers ..., bringing the number killed ... to 255,870": the same side's
        m.side_res = side
        if claimant == _OWN_ARMY or (claimant in (_VICTIMS_GOV, _ENEMY_ARMY) and m.cat == "civilians"):
            claimant = _settled(claimant, side, m.cat)   # (an unnamed ministry counting civilians: the victims')
        if claimant == _VICTIMS_GOV:
            # soldiers or gear: as an unnamed army would, but anonymous "officials" stay anonymous
            claimant = "unattributed" if _VAGUE_SPEAKER.search(cname or "") else _ENEMY_ARMY
            if claimant == "unattributed":
                cname = None
        if claimant == _ENEMY_ARMY:
            if m.side_guess and (st.enemy_army or _VAGUE_SPEAKER.search(cname or "")):
                # the side is only a guess: the army already placed in this document, if any; an
                # anonymous "military source" stays anonymous
                claimant = st.enemy_army or "unattributed"
            else:
                claimant = st.enemy_army = _enemy_army(side)
            if claimant == "unattributed":
                cname = None
        # period
        period, rate_unit, window_date, vague = _period(s, m, ms, i, clauses, times, attrs, pub)
        if period == "interval" and m.clause > 0 and _WITH_OPEN.match(s, clauses[m.clause][0]):
            head = next((q for q in reversed(ms[:i]) if q.clause == m.clause - 1), None)
            ca_ = clauses[m.clause][0]
            if head is not None and getattr(head, "period", None) == "cumulative" and head.cat != m.cat \
                    and _INTERVAL_RE.search(s, ca_, clauses[m.clause][1]) is None \
                    and not any(ca_ <= t.start < clauses[m.clause][1] for t in times) \
                    and all(q.cat not in (None, head.cat) for q in ms[:i + 1] if q.clause == m.clause):
                # "... had reached approximately 418,600, with 6,630 tanks and 12,620 armoured combat vehicles":
                # the same running total's other lines
                period, window_date = "cumulative", None
        # as_of
        as_of = _as_of(s, m, period, window_date, vague, times, attrs, pub, ms)
        if period == "rate" and as_of is None and not times_own(s, m, times):
            # "October was the deadliest month, with 41,980 killed or wounded — an average of 1,354 per day",
            # "That is an average of about 1,546 troops a day": the rate of the window just given ends with it
            src_ = next((q for q in reversed(ms[:i]) if getattr(q, "period", None) == "interval"
                         and getattr(q, "as_of", None) is not None and q.cat == m.cat), None)
            if src_ is not None and _AVERAGE_OF_BEFORE.search(s, max(0, m.s - 40), m.s):
                as_of = src_.as_of
            elif i == 0 and st.prev_claim is not None and st.prev_claim.period == "interval" \
                    and st.prev_claim.as_of is not None and _AVERAGE_OF_BEFORE.search(s, max(0, m.s - 40), m.s) \
                    and (m.cat_from == "prev" or (st.prev_claim.category == m.cat
                                                  and st.prev_claim_seg >= st.seg_index - 1 and _THAT_IS.match(s))):
                as_of = st.prev_claim.as_of
        if st.list_date is not None and not times and (as_of is None or as_of == pub):
            as_of = st.list_date   # an item of a list headed "... from 24.02.22 to 03.03.25 were:"
        if as_of == pub and (period == "cumulative" or (period == "interval" and window_date is None)) \
                and st.last_stmt_date is not None \
                and not any(not (_war_start_like(t) and _WINDOW_FROM_BEFORE.search(s, max(0, t.start - 25), t.start))
                            for t in times) \
                and (at is None or at.cue_end == 0 or _PRONOUN_SRC.match(s[at.start:at.end])) \
                and claimant == st.last_attr_claimant and not heading:
            # (a window from the war's start names no day: "He said Ukraine had lost about 14,000 men since February
            # 24": the statement's day still)
            # "X said on Monday ... It also reported ... in the past 24 hours": the same statement
            as_of = st.last_stmt_date
        pcl = st.prev_claim
        if window_date is None and m.head is None and pcl is not None and st.prev_claim_seg >= st.seg_index - 2 and not heading \
                and (("same" in s and _SAME_TIME.search(s)) or _OF_THOSE.match(s)):
            # "Over the same period it destroyed 23 tanks", "the ministry said on the same day", "Of those, 150
            # died in ...": the figure before's time
            as_of = pcl.as_of
            li = st.last_interval
            if "same period" in s and li is not None and not _TOTAL_BEFORE_FIG.search(s, max(0, m.s - 90), m.s) \
                    and (st.last_interval_seg >= st.seg_index - 1 or (
                    st.last_interval_seg >= st.seg_index - 2 and _TAKES_TOTAL.search(pcl.text or ""))):
                # (or two sentences back, past a sentence that only brought its total up to date: "The grim
                # tally ... takes Russia's total since February 2022 to 737,970")
                # "540 killed over the past 24 hours, bringing the total to 215,370. It also reports seven tanks
                # destroyed over the same period": the window, not the total
                period, as_of, m.period_default = "interval", li.as_of, False
            elif "same period" in s and pcl.period in ("cumulative", "interval") and pcl.rate_unit is None \
                    and not _TOTAL_BEFORE_FIG.search(s, max(0, m.s - 90), m.s):
                period, m.period_default = pcl.period, False   # "over the same period": the figure before's window
            elif m.period_default and _LEVEL_BEFORE.search(s, max(0, m.s - 90), m.s):
                period, m.period_default = "cumulative", False   # "On the same day it put tank losses at 6,580"
            elif m.period_default and not any(x.num.signed for x in ms):
                # (not "The same bulletin listed 4,690 tanks (+7)": a tally line with its day's change is a total)
                period, m.period_default = pcl.period, False
        if m.part_of is not None and period == "cumulative" and (dt := _day_right_after(s, m, times)) is not None:
            # "... 928,450 personnel since February 2022, including 1,160 on Tuesday": that day's
            period, as_of, m.period_default = "interval", _clamp(dt, pub), False
        if m.period_default:
            li = st.last_interval
            head_m = next((x for x in ms if x.group == m.group), m)
            another = re.search(r"\b(?:another|a\s+further|further|additional|more)\s+(?:\w+\s+)?$",
                                s[max(0, head_m.s - 25):head_m.s], re.IGNORECASE)
            pc = st.prev_claim
            carry_ok = li is not None and st.last_interval_seg >= st.seg_index - 2 and li.claimant == claimant \
                and (li.side == side or "civilians" in (m.cat, li.category)) \
                and (at is None or _settled(at.claimant or "", side, m.cat) == li.claimant) and not heading \
                and not any(x.num.signed for x in ms) and "(+" not in s \
                and not (i == 0 and _LEVEL_BEFORE.search(s, max(0, m.s - 90), m.s)) \
                and not (m.cat_from == "label" and "(+" in li.text) \
                and not any(x.group == m.group and getattr(x, "period", None) == "cumulative" for x in ms[:i]) \
                and (another or ((pc is li or (pc is not None and st.prev_claim_seg == st.last_interval_seg
                                               and _ALSO_LISTED.search(s, 0, m.s)))
                                 and max(x.num.value for x in ms if x.group == m.group)
                                 <= 5 * max(st.last_interval_max, st.interval_max.get(claimant, 0))))
            if st.list_window and not heading and not any(x.num.signed and x.group == m.group for x in ms) \
                    and not _INCR_AFTER.match(s, m.e):   # (nor "air defence systems: 655 (+0)")
                # an item of a list headed "... losses over the past day ..." (not "tanks: 6,042 (+9)" under
                # "Equipment losses, with the change over the past 24 hours:": the window is the increment's)
                period, as_of = "interval", as_of
            elif carry_ok:
                # a daily update goes on in the next sentence ("In addition, it destroyed three tanks")
                period, as_of = "interval", li.as_of
            elif 0 < st.seg_index - st.lead_seg <= _LEAD_REACH \
                    and claimant == _settled(st.first_body_source or "", side, m.cat) \
                    and not heading and m.cat != "civilians" and not any(x.num.signed for x in ms) \
                    and (at is None or at.cue_end == 0 or _PRONOUN_SRC.match(s[at.start:at.end])
                         or _names_lead_source(s[at.start:at.end], st.lead_text)):
                # the lead gave the report's window ("... over the past day, the ministry said"); its
                # source's figures that say no window of their own are that window's
                period, as_of = "interval", st.lead_date
            elif i > 0 and getattr(ms[i - 1], "period", None) == "interval" and ms[i - 1].rate_unit is None \
                    and m.cat in _SHOT_DOWN_CATS and ms[i - 1].cat in _SHOT_DOWN_CATS \
                    and (_LIST_JOIN.fullmatch(s, ms[i - 1].np_end, m.s) or another):
                # "shot down 92 cruise missiles and 42 drones, while another 41 drones were lost": the same attack's
                period, as_of = "interval", ms[i - 1].as_of
            elif st.group_para == seg.para and ((st.lead_date or st.daily_date) is not None or st.doc_daily) \
                    and not heading and m.cat != "civilians" and not any(x.num.signed for x in ms):
                # "Units of the Battlegroup East struck ... The enemy's losses amounted to up to 125 servicemen": a
                # group's share of the report whose window the lead gave (or, when the lead gives none, the
                # daily window the report names elsewhere: "... over the past 24 hours", "... in a day")
                period, as_of = "interval", st.lead_date or st.daily_date or pub
            elif m.cat == "personnel" and m.outcome == "captured" and not heading and not any(x.num.signed for x in ms) \
                    and not _STRONG_CUM_RE.search(s) and not _WEAK_CUM_RE.search(s) \
                    and not any(getattr(q, "period", None) == "cumulative" for q in ms[:i]) \
                    and not _HAVE_BEEN_TAKEN.search(s):
                # (not "... 2,870 killed and some 3,700 injured, while 572 others have been captured": a running
                # breakdown; nor "more than 200 Russian servicemen have been taken prisoner": a running count)
                period = "interval"   # "Ukrainian troops had taken 594 Russian soldiers prisoner in the region": prisoners
                # taken are an operation's or a day's, unless a running count is named
            elif m.cat == "civilians" and i > 0 and ms[i - 1].incident and ms[i - 1].cat == "civilians" \
                    and ms[i - 1].clause == m.clause and _TOLL_LIST_GAP.fullmatch(s, ms[i - 1].np_end, m.s) \
                    and not _PART_BEFORE.search(s, max(0, ms[i - 1].s - 30), ms[i - 1].s):
                # (not "136 civilian deaths, among them 13 children, and 400 injuries": a part of a running total)
                # "12 people had been killed and 110 wounded": the same incident's, whatever the size
                period, as_of, m.incident = "interval", ms[i - 1].as_of, True
            elif m.cat == "civilians" and m.num.value < 100 and not (
                    i > 0 and getattr(ms[i - 1], "period", None) == "cumulative" and ms[i - 1].cat == "civilians"
                    and (_INCLUDING_BEFORE.search(s, max(0, m.s - 40), m.s) or _PART_BEFORE.search(s, max(0, m.s - 30), m.s))) \
                    and not (claimant == "un" and _MONITOR_RECORDED.search(s, max(0, m.s - 60), m.s)
                             and not any(t.start > m.e and t.kind in ("weekday", "rel", "dmy", "mdy") for t in times)) \
                    and not (i > 0 and claimant == "un" and getattr(ms[i - 1], "period", None) == "cumulative"
                             and ms[i - 1].cat == "civilians" and ms[i - 1].clause == m.clause):
                # (not the UN's running count: "it had recorded at least 64 civilian deaths, among them seven children")
                # (not "726 civilian deaths, including 52 children": a part of a running total)
                period = "interval"   # a small civilian toll is an incident report
                m.incident = True
            elif m.cat in _SHOT_DOWN_CATS and m.num.value < _SHOT_DOWN_CATS[m.cat] \
                    and ((("down" in s or "neutrali" in s or "intercept" in s) and _SHOT_DOWN_BEFORE.search(s, max(0, m.s - 40), m.s))
                         or _DESTROYED_BEFORE.search(s, max(0, m.s - 40), m.s)
                         or _DESTROYED_AFTER.match(s, m.np_end)) \
                    and (any(t.kind in ("weekday", "dmy", "mdy") for t in times)
                         or (st.launch is not None and st.launch[0] >= st.seg_index - 2 and st.launch[2])):
                # "it said on Friday it had shot down three jets", "On Sunday, it said its crews had destroyed
                # four boats", "On 19 May it said 126 drones had been destroyed": one attack's or night's tally
                period = "interval"
            elif st.launch is not None and st.launch[0] == st.seg_index - 1 and st.launch[2] \
                    and _OF_THOSE.match(s) and m.cat in _SHOT_DOWN_CATS:
                # "Russia launched about 100 missiles during the day. Of those, 77 cruise missiles were shot down,
                # along with 10 drones": that day's
                period = "interval"
            elif st.launch is not None and st.launch[0] == st.seg_index - 1 and st.launch[2] \
                    and m.cat in st.launch[1] and (s.startswith(" of ", m.e) or (
                        i > 0 and m.cat_from == "prev" and ms[i - 1].cat == m.cat and ms[i - 1].period == "interval")):
                # "... launched 71 drones at Ukraine overnight. It said it shot down 58 of the drones": that night's
                period = "interval"
            elif i > 0 and (_opens_with_whole(s, ms, i) or (
                    i > 1 and ms[i - 1].cat == m.cat and getattr(ms[i - 1], "period", None) == "interval"
                    and _opens_with_whole(s, ms, i - 1))) and (
                    _LAUNCHED.search(s, ms[i - 1].np_end, m.s)
                    or (m.cat in _SHOT_DOWN_CATS and ms[0].num.value < _SHOT_DOWN_CATS[m.cat]
                        and m.outcome in ("destroyed", "lost"))):
                period = "interval"   # "Of the 55 drones launched overnight, 41 were shot down", "Of the 120
                # drones, 98 were shot down": one attack's
            elif m.cat in ("personnel", "civilians") and m.num.value < 5000 and "when" in s \
                    and _KILLED_WHEN.match(s, m.np_end, min(len(s), m.np_end + 90)):
                period = "interval"   # "raised to 81 the number of servicemen killed when Ukrainian rockets struck a
                # building": one strike's toll
            elif m.num.value < 1000 and _EVENT_SUBJECT.search(s, max(0, m.s - 160), m.s):
                period = "interval"   # "its strike had killed more than 60 servicemen", "the attack had destroyed or
                # damaged 34 aircraft": one event's toll
            elif m.num.value < 1000 and "ing" in s and _EVENT_PARTICIPLE.search(s, max(0, m.s - 300), m.s):
                period = "interval"   # one strike's toll ("..., killing up to 85 servicemen and destroying 20 vehicles")
            elif not heading and _sector_window(s, m, clauses, ms) and not (m.cat == "civilians" and m.num.value >= 100):
                # (not a region's share of a civilian count: "In Donetsk and Luhansk regions: 3,266 casualties")
                period = "interval"   # "in the Lyman direction, up to 180": one sector's report, or one battle's
            elif "defen" in s and _AIR_DEFENCE_DOWNED.search(s, max(0, m.s - 160), m.s):
                period = "interval"   # "air defences intercepted 36 drones": one attack's or night's tally
            elif m.out_text.lower() in ("hit", "struck") and m.cat not in ("personnel", "civilians"):
                period = "interval"   # "about 20 aircraft had been hit": one strike's tally
            elif m.cat in ("drones", "cruise_missiles", "other") and m.outcome == "destroyed" \
                    and (m.of_whole or s.startswith(" of ", m.e) or _OF_WHICH_BEFORE.search(s, max(0, m.s - 20), m.s)) \
                    and not _HAS_DOWNED.search(s, max(0, m.s - 60), m.s) and not _STRONG_CUM_RE.search(s):
                # "shot down 10 of the 12 cruise missiles", "launched 167 drones, of which 116 were shot down":
                # a part of one attack's weapons
                period = "interval"
            elif m.part_of is not None and m.part_of.period == "interval":
                period, as_of = "interval", m.part_of.as_of   # a part of a window's figure is of that window
            elif i > 0 and ms[i - 1].period == "interval" and _WITH_AFTER.fullmatch(s, ms[i - 1].np_end, m.s):
                period, as_of = "interval", ms[i - 1].as_of   # "20 aircraft had been hit, with around 10 destroyed"
            elif at is not None and at.cue_end > 0 and m.cat != "civilians" and not heading \
                    and _UNIT_SOURCE.search(s, at.start, at.end) and not _GENERAL_STAFF.search(s, at.start, at.end):
                period = "interval"   # "The brigade said it had destroyed 14 trucks": one unit's action, no running total
            elif m.num.value <= _ONE_ACTION_MAX and m.cat != "civilians" and not heading \
                    and max(x.num.value for x in ms if x.group == m.group) <= _ONE_ACTION_MAX \
                    and not any(x.num.signed for x in ms) and not m.num.value_max \
                    and (_ACTION_VERB_BEFORE.search(s, max(0, m.s - 40), m.s) or _ACTION_VERB_AFTER.match(s, m.np_end)) \
                    and not _STRONG_CUM_RE.search(s) and not _WEAK_CUM_RE.search(s) and not _LEVEL_BEFORE.search(s, 0, m.s) \
                    and st.group_para != seg.para and not (li is not None and st.last_interval_seg >= st.seg_index - 2) \
                    and not (
                        pc is not None and pc.period == "cumulative" and pc.claimant == claimant
                        and st.prev_claim_seg >= st.seg_index - 2 and pc.category != "civilians"):
                # (not within a daily report's group paragraphs or right after a window's figures, whose carrying rules
                # decide; nor after a running total the same source goes on with:
                # "It added that three boats and seven drones had been destroyed")
                # "its navy said it destroyed two patrol boats", "at least 17 crew members were killed": a few losses
                # told as one action in the past, not a running total ("has destroyed" and "since" say that)
                period = "interval"
        if period == "interval" and as_of == pub and pub is not None and pub.month == 1 and pub.day <= 20 \
                and "year" in s and _THE_YEAR_WINDOW.search(s):
            as_of = date(pub.year - 1, 12, 31)   # "Over the year, ... destroyed 1,035 tanks" in mid-January: the year just ended
        if m.cat == "civilians" and period == "cumulative" and not m.num.signed and ("toll" in s or "killed in" in s) \
                and _EVENT_TOLL.search(s):
            # "the death toll from Sunday's missile strike on the port has reached 19", "revised Saturday's shelling
            # toll to 25 dead ... and 109 injured": one event's toll, however it grew
            period, m.incident = "interval", True
        if period == "interval" and ", when" in s and (as_of is None or as_of == pub
                                                       or not any(t.value == as_of for t in times)):
            # "The wave of strikes began on October 10, when the air force said it had intercepted 43 of 84 cruise
            # missiles": the day the when-clause is about
            wd = next((t for t in times if t.kind in ("dmy", "mdy") and t.value and t.end < m.s
                       and _WHEN_AFTER.match(s, t.end) and not any(t.end < t2.start < m.s for t2 in times)
                       and not _SINCE_FROM_BEFORE.search(s, max(0, t.start - 20), t.start)), None)
            if wd is not None:
                as_of = _clamp(wd.value, pub)
        if claimant == "oryx" and period == "interval" and not m.num.signed and as_of is not None \
                and any(t.kind in ("weekday", "dmy", "mdy", "rel") and t.value == as_of for t in times) \
                and _INTERVAL_RE.search(s) is None and not _ORYX_WINDOW.search(s):
            # "Oryx ... listed 2,003 Russian tanks lost on Monday": its list is a running total, that day's
            period = "cumulative"
        m.period, m.as_of = period, as_of
        # scope
        scope = "partial" if m.incident or group_label or (st.group_para == seg.para and m.cat != "civilians") \
            else _scope(s, m, clauses, attrs, ms)   # (a group of forces' paragraph: one part of the front)
        if m.cat == "civilians" and period == "interval" and (m.num.value < 100 or (
                i > 0 and ms[i - 1].incident and ms[i - 1].cat == "civilians" and ms[i - 1].clause == m.clause
                and _TOLL_LIST_GAP.fullmatch(s, ms[i - 1].np_end, m.s))):
            # a small civilian toll over a short window is one incident (and so are the wounded of its list:
            # "12 people had been killed and 110 wounded in the strike")
            scope, m.incident = "partial", True
        c = Claim(
            value=_intish(m.num.value), value_max=_intish(m.num.value_max), qualifier=m.qualifier, side=side, category=m.cat,
            outcome=out_, period=period, rate_unit=rate_unit, as_of=as_of, claimant=claimant,
            claimant_name=cname, scope=scope, text=s, start=m.s, end=m.e,
        )
        meta = {"heading": heading, "explicit": explicit, "doc_head": heading and seg.para <= 1 and seg.first_in_para,
                "named": at is not None and at.cue_end > 0,
                "lost_people": m.cat == "personnel" and out_ == "killed" and lost_people,
                "bare_default": m.bare and m.cat_from == "default" and m.side_guess}
        if m.both and side != "both":
            out.append((c, meta))
            c2 = replace(c, side=_other(side) or side)
            out.append((c2, meta))
        else:
            out.append((c, meta))
    return out


_ACCORDING_BEFORE = re.compile(r"\b(?:according\s+to|citing|as\s+per)\s+(?:the\s+|a\s+|an\s+)?$", re.IGNORECASE)


def _pick_attr(s, m: Mention, attrs: list[Attribution], clauses) -> Attribution | None:
    if not attrs:
        return None
    same = [a for a in attrs if _clause_idx(clauses, a.start) == m.clause]
    pool = same or attrs
    before = [a for a in pool if a.start < m.s]
    if before and same:
        # "X said ... 130 tanks ..., according to Y": Y produced the figure, X relays it
        if before[-1].cue_start >= before[-1].start:
            relayed = [a for a in same if a.start >= m.e and a.claimant is not None
                       and _ACCORDING_BEFORE.search(s, max(0, a.start - 24), a.start)]
            if relayed:
                return relayed[0]
        return before[-1]
    after = [a for a in pool if a.start >= m.s]
    if after and before and _CONTRAST_BEFORE.search(s, max(0, after[0].start - 14), after[0].start):
        # "Ukraine claims a far higher figure — more than 12,000 troops — while Moscow acknowledged 498": the
        # contrasted source speaks of its own figure
        return before[-1]
    if after:
        return after[0]
    return before[-1] if before else None


_CONTRAST_BEFORE = re.compile(r"(?i)\b(?:while|whereas|but)\s+(?:the\s+)?$")


def _clause_idx(clauses, pos):
    for i, (a, b) in enumerate(clauses):
        if a <= pos < b:
            return i
    return len(clauses) - 1


def _resolve_side(s, m: Mention, ms, i, clauses, claimant, attrs=()) -> str:
    if i > 0 and ms[i - 1].side and not m.np_side_word and m.cat == ms[i - 1].cat \
            and (_INCLUDING_BEFORE.search(s, max(0, m.s - 40), m.s) or _INCLUDING_BETWEEN.search(s, max(0, m.s - 30), m.s)):
        m.side = ms[i - 1].side   # "790,000 casualties since it invaded Ukraine, including 270,000 troops killed"
        return m.side
    side = _resolve_side0(s, m, ms, i, clauses, claimant, attrs)
    m.side = side
    return side


_INCLUDING_BETWEEN = re.compile(r"(?i)\bincluding\s+between\s+$")
_OWN_CIVILIANS = {sd: tuple(ns) for sd, ns in load("claimants").get("own_civilians", {}).items()}
_COST_BEFORE = re.compile(r"(?i)\bcost(?:s|ing)?\s+$")
_TOGETHER = re.compile(r"(?i)\b(?:total|together|combined|overall|altogether|in\s+all)\b")
_ATTACKER_AFTER = re.compile(r"\b(?:by|in|during|when|after|as|from)\s+(?:a\s+|an\s+|the\s+)?(?P<side>" + _SIDE_RE.pattern
                             + r")\s+(?:(?!(?:since|after|when|and|or|before|until|while)\b)[\w\-]+\s+){0,2}?"
                             r"(?:shelling|strikes?|attacks?|drones?|missiles?|bomb(?:s|ing)?|"
                             r"bombardment|barrage|forces|troops|artillery|rockets?|shells?)\b"
                             # ("12 days after Ukrainian troops returned": no attack)
                             r"(?!\s+(?:had\s+|have\s+)?(?:returned|entered|liberated|recaptured|retook|withdrew|left|arrived|"
                             r"pulled|retreated)\b)", re.IGNORECASE)
_ATTACK_BY_BEFORE = re.compile(r"\b(?:shelling|strikes?|attacks?|bombardment|bombing|shells|fire)\s+by\s+(?:the\s+)?"
                               r"(?:armed\s+forces\s+of\s+|army\s+of\s+|forces\s+of\s+)?(?P<side>" + _SIDE_RE.pattern + r")",
                               re.IGNORECASE)
# regions whose civilians are a side's own (places.yaml "regions_of")
_REGION_SIDE = [(side, re.compile(word_trie(names) + r"(?![\w])"))
                for side, names in load("places").get("regions_of", {}).items()]
_OVER_THE = re.compile(r"(?i)\b(?:over|above)\s+(?:the\s+)?$")
_OF_THE_GAP = re.compile(r"(?i)\s+of\s+(?:the\s+)?")


def _local_authority(s: str, a) -> str:
    """The claimant of a local head: the government of the side whose region is named in the source ("Volgograd's
    governor", "the governor of the Kursk region") or as the place things were shot down over ("... over the
    Volgograd region"); else the victims' authorities, settled claim by claim."""
    for side, rx in _REGION_SIDE:
        for rm in rx.finditer(s):
            if max(0, a.start - 40) <= rm.start() < a.end or _OVER_THE.search(s, max(0, rm.start() - 14), rm.start()) \
                    or _OF_THE_GAP.fullmatch(s, a.end, max(a.end, rm.start())):
                return _SIDE_GOV.get(side, _VICTIMS_GOV)
    return _VICTIMS_GOV


_SOURCE_AFTER = re.compile(
    r"^['’]?s?\s+(?:[\w’'\-]+\s+){0,2}?(?:ministry|general\s+staff|government|president|officials?|authorities|"
    r"prosecutor|intelligence|navy|defen[cs]e\s+ministry|army|military|leader|media|journal|newspaper|outlet|"
    r"agency|embassy|delegate|ambassador)\b"
    r"(?!\s+(?:losses|casualties|fatalities|deaths|death\s+toll|personnel|vehicles|equipment|units?|dead))",
    re.IGNORECASE)
_ADMIT_RE = re.compile(r"\b(?:confirmed|admitted|acknowledged|conceded|admits|confirms|acknowledges)\b", re.IGNORECASE)


# "repelled 11 counterattacks by Ukrainian units, killing 310": the attackers beaten back are the losers
_REPELLED_BY = re.compile(r"(?i)\b(?:repelled|repulsed|thwarted|foiled|stopped|beat\s+back|beaten\s+back|fought\s+off|"
                          r"fended\s+off|halted)\s+(?:[\w\-]+\s+){0,3}?(?:counter-?)?(?:attacks?|assaults?|offensives?|"
                          r"attempts?|raids?)\s+by\s+(?:the\s+|an?\s+)?$")
_REPELLED_ADJ = re.compile(r"(?i)\b(?:repelled|repulsed|thwarted|foiled|beat\s+back|beaten\s+back|fought\s+off|fended\s+off|"
                           r"halted|stopped|smashed|crushed)\s+(?:a\s+series\s+of|a\s+number\s+of|a\s+wave\s+of|a|an|the|another|"
                           r"several|multiple|numerous|repeated|two|three|four|five|\d+)?\s*"
                           r"(?:(?:large|major|massive|new|fresh|further|failed|attempted)[\s\-]+(?:scale\s+)?){0,2}$")
_ASSAULT_NOUN = re.compile(r"(?i)\s+(?:[\w\-]+\s+)?(?:counter-?)?(?:assaults?|attacks?|offensives?|advances?|push|raids?|"
                           r"incursions?|attempts?)\b")
_PREP_BEFORE = re.compile(r"(?i)\b(?:on|at|against|into|inside|(?:meeting|gathering|group|column|convoy|positions)\s+of)\s+"
                          r"(?:the\s+|an?\s+)?$")   # ("hit a meeting of Ukrainian commanders and killed 60": the victims)
_LOSER_AFTER = re.compile(r"[\s,]*(?:(?:were|was|had\s+been|have\s+been|being)\s+)?(?:lost\s+by|for)\s+(?:the\s+)?"
                          r"(?P<side>" + _SIDE_RE.pattern + r")(?![\w\-])(?!['’]s\s+(?:own\s+)?\d)", re.IGNORECASE)
_PLACE_BEFORE = re.compile(r"(?i)\b(?:in|into|across|inside|throughout|near|around)\s+(?:the\s+)?$")


# (the figure may come after a window and in quotes: "put Russian soldiers killed since February at \"no fewer
# than 20,000\"", "estimated the true number of Ukrainian soldiers killed at \"somewhere between 55,000 and 70,000\"")
_AT_QUAL = (r"(?:since|in|during|over|so\s+far|to\s+date|by)(?:\s+[\w’'\-]+){0,4}?\s+)?at\s+[\"“]?(?:(?:about|around|some|"
            r"up\s+to|more\s+than|over|well\s+over|nearly|almost|at\s+least|roughly|(?:somewhere\s+)?between|"
            r"no\s+fewer\s+than|no\s+less\s+than|fewer\s+than|less\s+than|as\s+many\s+as|a\s+minimum\s+of)\s+)?")
_PUT_AT = re.compile(r"(?i)\s+(?:" + _AT_QUAL + r"$")
# "put the number of Russian troops killed at around 19,800, and said 739 tanks ...": the dead counted, no agent
_KILLED_AT = re.compile(r"(?i)\s+(?:" + _AT_QUAL + r"\d")
_KILLED_AND_WOUNDED = re.compile(r"(?i)\s+(?:and|or)\s+(?:the\s+)?(?:wounded|injured|missing|captured)\b")
# "(the project) has 2,741 Russian tanks on its list": a counter's entries
_ON_ITS_LIST = re.compile(r"(?i)\s+(?:[\w\-]+\s+){0,2}?(?:on|in)\s+(?:its|their)\s+(?:\w+\s+)?(?:list|database|tally|"
                          r"spreadsheet|records?|count)\b")
_COUNTER_VERB = re.compile(r"(?i)\b(?:lists|listed|counts|counted|logged|catalogued|cataloged|documented|recorded)\b"
                           r"[^.;,]{0,50}$")
_FOR_SIDE = re.compile(r"\W{0,3}(?:(?:For|On)\s+(?:the\s+)?(?P<side>" + _SIDE_RE.pattern + r")(?:\s+side)?)\b(?!['’]s)"
                       r"(?!\s+(?:direction|front|sector|axis|region|oblast|area|offensive|bridgehead)\b)",
                       re.IGNORECASE)   # (not "On the Kyiv direction": a place)
_BOTH_NP = re.compile(r"(?i)\b(?:ukrainian\s+and\s+russian|russian\s+and\s+ukrainian)\s+(?:troops|soldiers|forces|"
                      r"servicemen|military|casualties|losses|dead)\b")


_WAR_BETWEEN = re.compile(r"(?i)[^.;]{0,60}?\b(?:war|fighting|conflict)\s+between\s+(?:Russia\s+and\s+Ukraine|Ukraine\s+and\s+"
                          r"Russia|the\s+two\s+(?:countries|sides|armies))\b")


_CAPS_DATELINE = re.compile(r"\W*(?-i:[A-Z][A-Z'’\-]{2,20})(?:\s*,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([^()]{1,30}\)\s*)?"
                            r"(?:[:–—]|\s-|,)\s")
_DATELINE_HEAD = re.compile(r"\W*(?-i:[A-Z][A-Z .'’\-]{2,30})\s*(?:[:–—]|\s-)\s")
_WHEN_AFTER_TOLL = re.compile(r"(?i)\s(?:when|after|as)\s")
_BOTH_KINDS = re.compile(r"(?i),?\s*(?:both\s+)?(?:soldiers|servicemen|military|troops)\s+(?:and|as\s+well\s+as)\s+civilians"
                         r"|,?\s*(?:both\s+)?civilians\s+(?:and|as\s+well\s+as)\s+(?:soldiers|servicemen|military|troops)")
_CALIBRE_AFTER = re.compile(r"[\s\-]?mm\b")
_CALIBRE_TOKEN = re.compile(r"\d{2,3}(?:\.\d)?-?mm")
# an "in numbers" item: the figure first, then a dash and what it counts
_BULLET_START = re.compile(r"(?:[•·▪●◦‣*\-–—]|[\u2190-\u2bff\U0001f000-\U0001faff]\ufe0f?)\s+\S")   # (or an emoji: "✈️ Aircraft: 427")
_BULLET_NUM = re.compile(r"\W{0,2}\d{1,2}\)\s")   # a numbered list's "1) "
_DASH_NOUN = re.compile(r"\s*[—–]\s+(?=[A-Za-z])")
_NUM_OPENS = re.compile(r"(?i)\W*(?:\d{1,2}[.)]\s*)?(?:(?:more\s+than|over|about|around|nearly|almost|at\s+least|up\s+to|some|"
                        r"roughly)\s+)?")
_AGE_BEFORE = re.compile(r"(?:\b(?:man|woman|boy|girl|mother|father|son|daughter|wife|husband|resident|pensioner|"
                         r"teenager|widow|grandmother|grandfather|soldier|veteran|volunteer|nurse|doctor|driver)|"
                         r"(?<![.!?]\s)\b[A-Z][a-z’'\-]+\s+[A-Z][a-z’'\-]+)\s*[,(]\s*$")
_SMALL_NUMBER = (r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
                 r"forty|fifty|hundred)")
_TO_NUMBER = re.compile(r"\s*(?:to|or|-|–)\s*" + _SMALL_NUMBER + r"(?![\w,.]\d)", re.IGNORECASE)
_ONE_IN_AFTER = re.compile(r"\s+in\s+(?:every\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})(?![\w\-,.])"
                           r"(?!\s+(?:hours?|days?|weeks?|months?|years?|minutes?|attacks?|strikes?|raids?|places?|"
                           r"regions?|cities|towns|villages|directions|sectors|areas)\b)", re.IGNORECASE)
_ONE_IN_BEFORE = re.compile(r"(?i)\b(?:one|two|three|four|five|six|seven|eight|nine|\d{1,2})\s+in\s+(?:every\s+)?$")
_ONE_SPEAKER_AFTER = re.compile(r"(?i)\s+(?:[\w\-]+\s+){0,2}?(?:officer|official|commander|soldier|source|analyst|diplomat|"
                                r"resident|survivor|officer's|fighter|paramedic|medic|volunteer)\s+(?:said|says|told|added|"
                                r"recalled|explained|estimated|claimed)\b")
_FLEET_OF_BEFORE = re.compile(r"(?i)\b(?:a|the|its|their)\s+(?:[\w\-]+\s+)?fleet\s+of\s+(?:(?:about|around|some|roughly|nearly|"
                              r"almost|more\s+than|over)\s+)?$")
_HAD_RESIDENTS = re.compile(r"(?i)\b(?:which|that|it)\s+(?:had|has|once\s+had)\s+(?:(?:about|around|some|roughly|nearly|almost|"
                            r"more\s+than|over|fewer\s+than|only|just)\s+)?$")
_RESIDENTS_AFTER = re.compile(r"(?i)\s+(?:residents|inhabitants)\b")
_EVENT_COUNT_AFTER = re.compile(r"(?i)\s+(?:[\w\-]+\s+)?(?:strikes|attacks|shellings|explosions|sorties|launches|assaults|raids|"
                                r"incidents|salvos|barrages)\b")
_SINCE_BEGAN_BEFORE = re.compile(r"(?i)\bsince\s+(?:it|they|the\s+[\w\-]+|[A-Z][\w\-]+)\s+(?:began|started)\s+$")
_AGED_BEFORE = re.compile(r"(?i)\baged\s+(?:(?:over|under|above|below|between|from|about|around|at\s+least|up\s+to|"
                          r"more\s+than|less\s+than|fewer\s+than)\s+)?$")
_FOR_EVERY_AFTER = re.compile(r"(?i)(?:\s+or\s+[\w\-]+)?(?:\s+[\w\-]+){0,3}?\s+for\s+(?:every|each)\b")
# the figure inside a leading condition ("If Russia is losing ...", "\"If we had lost ..."), before its comma
_POSITION_NOUN_AFTER = re.compile(r"(?i)[\s\-]+(?:(?:front|defensive|forward)[\s\-]+)?(?:lines|positions|trenches|"
                                  r"defen[cs]es|fortifications|strongholds)\b")
_OWN_DEAD_SPEAKER = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in load("claimants").get("own_dead_speakers", ()))
                               + r")\b")
_PASSIVE_DEAD_AFTER = re.compile(r"(?i)\s+(?:(?:had|have|has)\s+been|were)\s+killed\b|\s+(?:had|have)\s+(?:died|been\s+lost)\b")
_HYPOTHETICAL_BEFORE = re.compile(r"(?i)\b(?:would|could|might)\s+(?!have\b)(?:(?:also|still|then|only|easily|eventually|soon)\s+)?"
                                  r"(?:" + literal_trie(_CUES["hypothetical_verbs"]) + r")\b[^.;:()]{0,50}$")
_DENIED_BEFORE = re.compile(r"(?i)\b(?:(?:did|does|do|has|have|had)(?:\s+not|n['’]t)|never)\s+(?:[\w\-]+\s+)?(?:destroy|kill|lose|lost|"
                            r"shoot|shot|down|sink|sank|sunk)\w*\b[^.;:,]{0,30}$")
_IF_CLAUSE_BEFORE = re.compile(r"(?i)(?:^|[.;:!?]\s+|[\"“]\s*)(?:even\s+|but\s+|and\s+)?if\s+[^,;:.\"”]*$")


def _leader_own_dead(s, m: Mention) -> bool:
    """Does a leader ("Zelensky", "the defence minister") say the figure's soldiers "had been killed"?"""
    a = m.attribution
    return a is not None and bool(a.name) and _OWN_DEAD_SPEAKER.search(a.name) is not None \
        and _PASSIVE_DEAD_AFTER.match(s, m.np_end) is not None


def _resolve_side0(s, m: Mention, ms, i, clauses, claimant, attrs=()) -> str:
    own = _CLAIMANT_SIDE.get(claimant)
    bm = _BOTH_RE.search(s[max(0, m.s - 70):m.s]) \
        if m.np_side_word is None or _SIDE_RE.search(s, m.e, m.np_end) is None else None
    if bm:   # (a figure naming its side is that side's: "the two sides exchanged fire, and 12 Russian soldiers were killed")
        w = bm.group(0).lower()
        b0 = max(0, m.s - 70) + bm.start()   # (where the both-word starts in the sentence)
        if w.startswith(("both", "the two")) and not _TOGETHER.search(s, max(0, m.s - 90), min(len(s), m.np_end + 30)) \
                and not _COST_BEFORE.search(s, max(0, b0 - 10), b0):
            # (not "months of fighting have cost the two armies almost 500,000 soldiers": one bill for both)
            m.both = True   # "both sides have lost about 100,000 soldiers": one figure for each
            # ("the two sides had suffered a million casualties combined": one figure for both)
            return _DEFAULT_SIDE
        return "both"       # "total casualties on both sides", "both armies have together lost"
    fm = _FOR_SIDE.match(s, clauses[m.clause][0])
    if fm is not None and fm.end() <= m.s:
        sd = _SIDE_WORDS.get(normalize_phrase(fm.group("side")))
        if sd:
            return sd   # "For Ukraine we have 280 tanks lost", "On the Russian side, ..."
    bn = _BOTH_NP.search(s, max(0, m.s - 120), m.s)
    if bn is not None and not any(bn.end() <= q.s < m.s for q in ms):
        return "both"   # "the total number of Ukrainian and Russian troops killed ... is nearing 470,000"
    after = s[m.np_end:m.np_end + 70]
    if re.match(r"(?i)[\s,]*(?:\w+\s+){0,5}?(?:on|from|of|among|in)\s+both\s+(?:sides|armies)\b", after) \
            and not any(m.np_end < q.s < m.np_end + 70 for q in ms):
        return "both"   # "500,000 soldiers on both sides", "had been killed or wounded on both sides", "from both
        # armies were dying every week" count both armies together
    if m.np_side_word is None and m.cat == "personnel" and "between" in s and _WAR_BETWEEN.match(s, m.np_end) \
            and not _SIDE_RE.search(s, clauses[m.clause][0], m.s):
        return "both"   # "around 25,000 soldiers are being killed every month in the war between Russia and Ukraine"
    if re.match(r"(?i)[\s,]*(?:\w+\s+){0,2}?(?:on\s+each\s+side|each|apiece|per\s+side)\b", after) and \
            _BOTH_RE.search(s[max(0, m.s - 80):m.s]):
        m.both = True   # "both sides have lost about 100,000 soldiers each"
        return _DEFAULT_SIDE
    if m.cat == "civilians" and m.attribution is not None and m.attribution.name:
        for sd, names in _OWN_CIVILIANS.items():
            if any(n in m.attribution.name for n in names):
                return sd   # "112 civilians have been killed in the region, Gladkov said": Belgorod's own
        if own and (_ADMIN_HEAD.search(m.attribution.name)
                    or _CIVIL_BODY.search(s, max(0, m.attribution.start - 25), m.attribution.end)) \
                and not _ARMY_BODY.search(s, max(0, m.attribution.start - 25), m.attribution.end) \
                and m.attribution.end > m.attribution.start \
                and any(_SIDE_WORDS.get(normalize_phrase(sm.group(0))) == own
                        for sm in _SIDE_RE.finditer(s, max(0, m.attribution.start - 25), m.attribution.end)):
            return own   # "The Russian regional governor said two people were killed": a local head named as a
            # side's counts its own people
    if m.cat == "civilians":
        civ_default = load("sides")["civilian_default"]
        if m.np_side_word and _SIDE_WORDS.get(m.np_side_word) not in (None, civ_default) \
                and m.np_side_word not in _ATTACKER_LABELS:
            return _SIDE_WORDS[m.np_side_word]   # "Russian civilians"
        # "a Ukrainian drone attack killed two people": the attacker's enemy lost them
        ca = clauses[m.clause][0]
        for sm in reversed(list(_SIDE_RE.finditer(s, ca, m.s))):
            if any(a.start <= sm.start() < a.end for a in attrs) or _SOURCE_AFTER.match(s[sm.end():sm.end() + 60]):
                continue   # "Ukrainian officials said the strike killed ...": the source, not the attacker
            sd = _SIDE_WORDS.get(normalize_phrase(sm.group(0)))
            if sd and _AGENT_RE.match(s[sm.end():m.s]) and re.search(
                    r"(?i)\b(?:attack|strike|shelling|drone|missile|bomb|rocket|forces|troops|army)", s[sm.end():m.s]):
                return _other(sd)
            break
        if m.bare and i > 0 and ms[i - 1].cat == "civilians" and getattr(ms[i - 1], "side", None) \
                and ms[i - 1].clause == m.clause:
            return ms[i - 1].side   # "killing four civilians and wounding 10, ...": the same victims
        # "... were killed by Ukrainian shelling", "... when Ukrainian drones struck": after the figure
        am = _ATTACKER_AFTER.search(s, m.np_end, min(len(s), m.np_end + 140))
        if am:
            sd = _SIDE_WORDS.get(normalize_phrase(am.group("side")))
            if sd and sd not in _ATTACKER_LABELS:
                return _other(sd)
        # "As a result of shelling by the Armed Forces of Ukraine of ..., two civilians were killed": before it
        am = _ATTACK_BY_BEFORE.search(s, max(0, m.s - 160), m.s) if " by " in s[max(0, m.s - 160):m.s] else None
        if am:
            sd = _SIDE_WORDS.get(normalize_phrase(am.group("side")))
            if sd and sd not in _ATTACKER_LABELS:
                return _other(sd)
        # "In Russia's Belgorod region ... four people had been killed": where they died
        for side, rx in _REGION_SIDE:
            if rx.search(s):
                return side
        if m.region_side is not None and (_THE_REGION.search(s) or (
                _VILLAGE_OF.search(s) and not _PLACE_RE.search(s))):
            return m.region_side   # "... killed in the region since the start of the war" after "the Belgorod region"
        return load("sides")["civilian_default"]
    if m.np_side_word == "<poss>":
        # "498 of their troops": the possessor is the subject named before (not a place: "killed in Ukraine")
        for sm in reversed(list(_SIDE_RE.finditer(s[:m.s]))):
            if _PLACE_BEFORE.search(s, max(0, sm.start() - 12), sm.start()) and \
                    normalize_phrase(sm.group(0)) in _PLACE_NAMES:
                continue
            sd = _side_for(sm.group(0), claimant)
            if sd and normalize_phrase(sm.group(0)) in _OWN and re.search(r"(?i)\b(?:their|its)\b", s[m.e:m.np_end]):
                return _other(sd)   # "we destroyed 12 of their tanks": the speaker's enemy
            if sd:
                return sd
        if own:
            return own
    elif m.np_side_word:
        sd = _side_for(m.np_side_word, claimant)
        if sd:
            return sd
    # the loser named after the noun: "26 tanks lost by Ukraine", "against 68 aircraft for Ukraine"
    tail = s[m.np_end:m.np_end + 40]
    if "by " in tail or "for " in tail:
        lm = _LOSER_AFTER.match(s, m.np_end)
        if lm:
            sd = _side_for(lm.group("side"), claimant)
            if sd:
                return sd
    # a list item takes the side of the list's head
    if i > 0 and ms[i - 1].group == m.group and getattr(ms[i - 1], "side", None):
        m.side_guess = ms[i - 1].side_guess
        return ms[i - 1].side
    ca, cb = clauses[m.clause]
    left = s[:m.s]
    # nearest side word to the left (not a location "in Ukraine"), in this clause first
    def nearest(start: int, skip_by: bool):
        # the last side word passing every test (each test looks at its own word only, so the
        # words are tried from the right and the first that passes is the answer)
        for sm in reversed(list(_SIDE_RE.finditer(left, start))):
            w = normalize_phrase(sm.group(0))
            if any(a.start <= sm.start() < a.end for a in attrs) and w not in _OWN and w not in _ENEMY:
                continue  # the source's own name ("Ukraine's General Staff said ...")
            if sm.start() < 3 and sm.group(0).isupper() and _CAPS_DATELINE.match(s):
                continue  # "KYIV (Stepwire) — ...", "MOSCOW, March 5 -": the dateline's place
            pre = left[max(0, sm.start() - 12):sm.start()].lower()
            if re.search(r"\b(?:in|into|across|inside|against|on|from|to|throughout|over|with|at|near|around)\s+(?:the\s+)?$",
                         pre) and (w in _PLACE_NAMES or (w.endswith(("'s", "’s")) and w[:-2] in _PLACE_NAMES)):
                continue   # "in Ukraine", "an airfield in Russia's Saratov region": a place
            if re.search(r"\b(?:in|into|across|inside)\s+(?:the\s+)?$", pre) and w in _SIDE_WORDS and \
                    re.match(r"(?i)[\s\-]+(?:territor|soil|region|area|land|cit|town|village|border|airspace|water|"
                             r"occupied|controlled|held|side\s+of)", left[sm.end():sm.end() + 16]):
                continue  # "in Ukrainian territory" / "in Russian-occupied areas"
            if skip_by and re.search(r"\bby\s+(?:the\s+)?$", pre):
                continue
            if _POSITION_NOUN_AFTER.match(left, sm.end()) and w in _SIDE_WORDS:
                continue   # "Ukrainian forces had tried to break through Russian lines ... and had lost": a place
                # held, not a loser
            if _WAR_OF_BEFORE.search(pre) and _WAR_OF_AFTER.match(left, sm.end()):
                continue  # "killed since Russia's full-scale invasion began": the war's starter, no loser
            if _SOURCE_AFTER.match(left[sm.end():sm.end() + 60]) and w not in _OWN and w not in _ENEMY \
                    and _SPEECH_NEAR.search(left[sm.end():sm.end() + 90]):
                continue  # "the Ukrainian ministry of defense", "Russian officials": a source, not a loser
            return sm
        return None

    first = ca if (own or m.clause > 0) else 0
    if own and _leader_own_dead(s, m) and 0 < m.attribution.end <= m.s \
            and not _SIDE_RE.search(s, m.attribution.end, m.np_end):
        return own   # "Kyiv does not publish its losses, and Moscow ..., when the defence minister said 5,890 soldiers
        # had died": the leader's own dead, not a side named before the leader spoke
    best = nearest(first, False)
    if best is None and first > 0:
        best = nearest(0, True)
    if best is not None:
        w = normalize_phrase(best.group(0))
        sd = _side_for(w, claimant)
        between = s[best.end():m.s]
        in_prev_np = any(p.s <= best.start() < p.np_end + 2 for p in ms[:i])
        if in_prev_np and sd:
            m.side = sd
            return sd
        if m.bare and i > 0 and getattr(ms[i - 1], "side", None) and best.start() < ms[i - 1].s \
                and ms[i - 1].clause == m.clause:
            m.side = ms[i - 1].side   # "... put Ukrainian killed at up to 17,500 and wounded at up to 113,500"
            return m.side
        am = _AGENT_RE.match(between) if sd else None
        if am is None and sd and ("trike" in between or "ttack" in between or "shelling" in between):
            # "a Russian missile strike on a training unit on Sunday had killed 12 servicemen": the strike's
            # side is the agent, however long the place and time between
            am = _STRIKE_AGENT.match(between)
        if am is None and sd and ("said" in between or "says" in between or "reported" in between):
            # "Ukraine's southern command said its air defences had shot down three Kalibr cruise missiles": the
            # speaker's forces are the agent
            am = _SAID_AGENT.match(between)
        if am and _PASSIVE_VERB_END.search(between, 0, am.end()):
            am = None   # "no Russian aircraft had been downed, but ... two helicopters": the loser, no agent
        if am and _PREP_BEFORE.search(left, max(0, best.start() - 12), best.start()):
            am = None   # "its drone strikes on Russian air bases had destroyed 48 aircraft": the owner, no agent
        if am and (_KILLED_AND_WOUNDED.match(between, am.end()) or _PUT_AT.match(between, am.end())
                   or _KILLED_AT.match(between, am.end())):
            am = None   # "Washington's estimate of Russian killed and wounded", "put Ukrainian killed at up to
            # 17,500": the dead, no agent
        if am and (_REPELLED_BY.search(left, max(0, best.start() - 80), best.start())
                   or (_REPELLED_ADJ.search(left, max(0, best.start() - 60), best.start())
                       and _ASSAULT_NOUN.match(left, best.end()))):
            am = None   # "repelled an attack by a Ukrainian group, destroying seven tanks", "had beaten back a large
            # Ukrainian assault ..., destroying 26 tanks": the attackers' losses
        if am and any(_cat_of(cm.group(0)) not in (None, "personnel", "civilians")
                      for cm in _CAT_RE.finditer(between, 0, am.start() + len(am.group(0)))) \
                and not any(0 <= x.s - (best.end() + am.end()) <= 12 for x in ms):
            # "The Russian air defence systems destroyed in Crimea include 15 ...": the losers' own gear
            # (not "Russian air defence systems shot down four bombs and 167 drones": a figure right after the verb)
            am = None
        if am and not re.search(r"\b(?:lost|lose|loses|losing|suffered|sustained|losses)\b", between, re.IGNORECASE) \
                and not re.search(r"\b(?:has|have|had|is|are|was|were|stands|stood|reached|topped|exceeded|rose|totals?)\b",
                                  between[am.end():], re.IGNORECASE):
            sd = _other(sd)   # "Ukraine's army destroyed 12 tanks" (not "Russian troops killed ... has topped")
        elif sd and re.search(r"\bby\s+(?:the\s+)?$", left[max(0, best.start() - 8):best.start()], re.IGNORECASE) \
                and re.search(r"\b(?:destroyed|damaged|seized|captured|killed|shot\s+down|downed|sunk|eliminated|hit|"
                              r"taken|abandoned)?[\s,]*(?:\w+\s+){0,3}?by\s+(?:the\s+)?$",
                              left[max(0, best.start() - 60):best.start()], re.IGNORECASE) \
                and not re.search(r"\b(?:lost|suffered|sustained|incurred|launched|fired|sent|used|deployed|operated|"
                                  r"flown|recruited|hired|trained|formed|run|led|commanded|founded|mobili[sz]ed)\s+"
                                  r"(?:\w+\s+){0,2}?by\s+(?:the\s+)?$",
                                  left[max(0, best.start() - 40):best.start()], re.IGNORECASE) \
                and not _REPELLED_BY.search(left, max(0, best.start() - 80), best.start()):
            sd = _other(sd)  # "... seized by Ukrainian forces" (not "repelled 11 attacks by Ukrainian units",
            # nor "40 drones launched by Russia": the launcher's own)
        if sd:
            m.side = sd
            return sd
    if m.bare and i > 0 and ms[i - 1].side:
        m.side_guess = ms[i - 1].side_guess
        return ms[i - 1].side
    if m.ctx_side and (m.ctx_claimant is None or m.ctx_claimant == claimant):
        return m.ctx_side
    if m.cat == "personnel" and ("when" in s or " by " in s):
        # "three soldiers were killed when a Russian glide bomb hit their position": the attacker's enemy
        am = _ATTACKER_AFTER.search(s, m.np_end, min(len(s), m.np_end + 140))
        if am:
            sd = _SIDE_WORDS.get(normalize_phrase(am.group("side")))
            if sd and sd not in _ATTACKER_LABELS:
                return _other(sd)
    # possessive pronouns of the speaker: "his army", "we lose"; an admission of own losses
    if own and re.search(r"\b(?:we|our|(?-i:us)|his army|his troops|his forces|its army|my|(?:his|her)\s+(?:own\s+)?(?:unit|"
                         r"brigade|battalion|regiment|company|platoon|men|soldiers))\b", left, re.IGNORECASE):
        # (the pronoun "us", not "US-made")
        return own
    if own and _ADMIT_RE.search(s):
        return own
    if own and _leader_own_dead(s, m):
        return own   # "when President Volodymyr Zelensky said 33,000 soldiers had been killed": a leader's own dead
    if own and m.outcome == "missing":
        return own   # "the number of soldiers listed as missing has passed 70,000, Ukraine's commissioner said"
    near = s[max(0, m.s - 150):m.np_end + 40]
    if own and re.search(r"\b(?:died|dead|fallen|deaths|death\s+toll)\b", near, re.IGNORECASE) \
            and not re.search(r"\bkill", near, re.IGNORECASE):
        return own
    if own and "own" in s and _OWN_TOLL.search(s):
        return own   # "Kyiv last updated its own death toll in December, when Zelensky said 48,700 had been killed"
    if own and "its" in s and _ITS_CASUALTY_FIGURES.search(s, 0, m.s):
        return own   # "Russia's defence ministry gave its first casualty figures ..., saying 517 servicemen had been killed"
    if own:
        return _other(own)
    for sd, rx in _FIELDED_BY:
        if rx.search(s, max(0, m.s - 20), min(len(s), m.np_end + 4)):
            return sd   # "17 Leopard 2 tanks have been lost": only Ukraine fields them
    m.side_guess = True   # nothing in the text says whose losses these are
    return load("sides")["default"]


_MONITOR_RECORDED = re.compile(r"(?i)\b(?:recorded|verified|documented|confirmed|registered)\s+(?:(?:at\s+least|more\s+than|over|"
                               r"about|some|nearly|almost)\s+)?$")
_TOLL_LIST_GAP = re.compile(r"(?i)(?:\s+(?:had\s+been\s+|have\s+been\s+|has\s+been\s+|were\s+|was\s+)?(?:killed|dead|died|injured|"
                            r"wounded|hurt))?\s*(?:,\s*(?:and\s+|with\s+)?|and\s+)"
                            # ("30 people were killed and about 160 injured", "killed 19 people and injured 105")
                            r"(?:(?:injured|wounded|hurt|injuring|wounding)\s+)?(?:(?:about|around|some|nearly|almost|over|"
                            r"more\s+than|at\s+least|up\s+to|another)\s+)?")
_PART_BEFORE = re.compile(r"(?i)\b(?:including|included|among\s+them|among\s+whom|of\s+whom|of\s+them)\s+"
                          r"(?:(?:about|around|some|nearly|almost|over|more\s+than|at\s+least|up\s+to)\s+)?$")
_RUNNING_TOTAL_BEFORE = re.compile(r"(?i)\b(?:running|cumulative)\s+(?:total|tally|count)\b[^.;]{0,40}?\b(?:stands?|stood|is|was|"
                                   r"reached|rose\s+to|climbed\s+to|now)\b[^.;\d]{0,20}$")
_THEM_AT = re.compile(r"(?i)\b(?:put|puts|putting|estimated|estimates|placed|places)\s+(?:them|these|those|it)\b[^.;:\d]{0,40}?\bat\b"
                      r"|\b(?:they|these|those)\s+(?:now\s+)?(?:stand|stood|amount(?:ed)?\s+to|total(?:led)?|include[sd]?)\b")
_AND_BEFORE_OUT = re.compile(r"\s*,\s*(?:and|while|with)\b")
_EVENT_TOLL = re.compile(r"(?i)\b(?:toll|number\s+of\s+(?:people|civilians|residents)\s+killed)\s+(?:from|of|in)\s+(?:the\s+|a\s+|an\s+|"
                         r"[\w]+['’]s\s+)?(?:[\w\-]+\s+){0,3}?(?:strikes?|attacks?|shelling|bombardment|explosions?|blasts?|"
                         r"barrage)\b"
                         r"|\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|last\s+night)['’]s\s+(?:[\w\-]+\s+){0,2}?"
                         r"(?:shelling|strike|attack|bombardment|barrage)\s+(?:death\s+)?toll\b")
_ORYX_WINDOW = re.compile(r"(?i)\b(?:since|between|from|during|in\s+(?:19|20)\d\d|this\s+(?:week|month|year)|last\s+"
                          r"(?:week|month|year)|alone)\b")
_SAID_AGENT = re.compile(r"(?i)^['’]?s?\s+(?:[\w’'\-]+\s+){0,6}?(?:said|says|reported)\s+(?:that\s+)?(?:(?:its|their|his|her)\s+)?"
                         r"(?:[\w\-]+\s+)?(?:air\s+defen[cs]es?|forces|troops|units|army|navy|air\s+force|defenders|pilots|"
                         r"crews|soldiers|fighters|gunners|it|they)\s+(?:had\s+|have\s+|has\s+)?(?:also\s+)?"
                         r"(?:shot\s+down|destroyed|downed|intercepted|killed|eliminated|damaged|struck|sunk)\s+"
                         r"(?:(?:all|about|around|some|more\s+than|over|nearly|almost|at\s+least|up\s+to)\s+)?$")
_EVENT_SUBJECT = re.compile(r"(?i)\b(?:the|its|their|a|an|this|that|[\w]+['’]s)\s+(?:[\w\-]+\s+){0,3}?(?:attack|strike|raid|blast|"
                            r"explosion|bombardment|shelling|barrage)s?\s+(?:[^,.;\d]{0,60}?\s)?(?:had\s+|has\s+|have\s+)?"
                            r"(?:killed|destroyed|damaged|wounded|injured|hit|downed)\s+(?:or\s+\w+\s+)?"
                            r"(?:(?:up\s+to|more\s+than|about|around|at\s+least|nearly|some|as\s+many\s+as)\s+)?$")
_KILLED_WHEN = re.compile(r"(?i)[^.;\d]{0,30}?\b(?:killed|died|dead)\s+when\s+(?:a\s+|an\s+|the\s+)?(?:[\w\-]+\s+){0,4}?"
                          r"(?:struck|hit|slammed|exploded|crashed|shelled|attacked|destroyed)\b")
_HAVE_BEEN_TAKEN = re.compile(r"(?i)\b(?:have|has)\s+(?:so\s+far\s+|now\s+)?been\s+(?:taken|captured)\b")
_STRIKE_AGENT = re.compile(r"(?i)^\W{0,3}(?:[\w\-]+\W+){0,2}?(?:strikes?|attacks?|shelling|bombardment|raids?)\b[^.;:\d]{0,80}?"
                           r"\b(?:had\s+|has\s+|have\s+)?(?:killed|destroyed|damaged|wounded|injured)\s+(?:\w+\s+){0,2}?$"
                           # "Ukraine had used Soviet-era jet drones to attack two airbases ..., killing three servicemen"
                           r"|^\W{0,3}(?:had\s+|has\s+|have\s+)?(?:used|launched|sent|fired)\s+[^.;:\d]{0,50}?\bto\s+(?:attack|strike|"
                           r"hit|target)\b[^.;:\d]{0,90}?,\s*(?:killing|wounding|injuring|destroying)\s+(?:\w+\s+){0,2}?$")
_FIELDED_BY = [(sd, re.compile(phrase_pattern(ws), re.IGNORECASE)) for sd, ws in load("sides").get("fielded_by", {}).items()]


_MONTH_LABEL_GAP = re.compile(r"(?i)\s*[–—:\-]\s*(?:(?:about|around|some|more\s+than|over|up\s+to|nearly|almost|at\s+least)\s+)?")


_TIMES_COMPARISON = re.compile(r"(?i)\b(?:\w+|\d+(?:\.\d+)?)\s+times\s+(?:the|as\s+many|as\s+much|higher|more|larger|that|its|their)\b")
_OWN_TOLL = re.compile(r"(?i)\b(?:its|their|his|her)\s+own\s+(?:official\s+)?(?:death\s+toll|toll|losses|casualt(?:y|ies)|"
                       r"dead|death\s+count|count\s+of\s+(?:the\s+)?dead|military\s+losses|war\s+dead)\b")
_ITS_CASUALTY_FIGURES = re.compile(r"(?i)\b(?:its|their)\s+(?:first|latest|official|only)\s+(?:official\s+)?(?:casualty|death|"
                                   r"losses?)\s+(?:figures?|toll|count|numbers?)\b")
_CASUALTY_NOUN = re.compile(r"(?i)\s+(?:[\w\-]+\s+)?(?:casualties|fatalities|deaths|dead)\b")
_SINCE_CLAUSE_ON = re.compile(r"(?i)\bsince\s+(?:they|it|he|she|we|the|its|their|ukrainian|russian|kyiv|moscow|launching|starting|"
                              r"beginning|crossing|entering|opening)\b"
                              r"[^,.;\d]{0,70}?\bon\s+$")
_PARTICIPLE_TAIL = re.compile(r",\s+(?:(?:and|but|yet)\s+(?:it|they|he|she|we|moscow|kyiv|russia|ukraine)\s+|"
                              r"forcing|prompting|leaving|causing|pushing|making|adding|compelling|"
                              r"(?:a|the)\s+(?:\w+\s+)?(?:figure|number|count|tally)\s+(?:because|since|as|that|which))\b")
_SAME_DAY_AFTER = re.compile(r"(?i)\s*(?:killed|lost|destroyed|wounded)?\s*(?:on|over|during)\s+(?:the|that)\s+same\s+day\b")
_INCLUDES_WOUNDED = re.compile(r"(?i)\b(?:includ\w*|count\w*|cover\w*)\s+(?:the\s+|also\s+)?(?:wounded|injured)\b")
_AMONG_LOSSES_ON = re.compile(r"(?i)\b(?:among|in)\s+(?:[\w’']+['’]s\s+|its\s+|their\s+)?(?:total\s+|overall\s+)?"
                              r"(?:losses|tally|list|count|totals?)\s+(?:on|as\s+of)\s+$")
_ADDED_TO_TALLY = re.compile(r"(?i)\badded\s+(?:another\s+|a\s+further\s+)?[^.;]{1,80}?\bto\s+(?:its|their|the)\s+"
                             r"(?:[\w\-]+\s+)?(?:tally|tallies|count|list|total|toll)\b")
_THATS_OPEN = re.compile(r"(?i)\W{0,3}(?:that|this)(?:['’]s|\s+is|\s+was|\s+works\s+out\s+(?:to|at)|\s+amounts\s+to|"
                         r"\s+means)\s+(?:(?:roughly|about|around|some|nearly|almost|more\s+than|over)\s+)?(?=\d)")
_TALLY_INCLUDED = re.compile(r"(?i)(?:\b(?:tally|tallies|toll|count|losses|(?:running\s+)?totals?)\s+(?:also\s+)?(?:included|includes|"
                             r"include|listed|lists|stood\s+at|stands?\s+at|(?:had\s+|has\s+)?reached|passed|topped)"
                             # "As of Thursday morning it listed 15,600 personnel, 530 tanks"
                             r"|^\W*as\s+of\s+[^,.;]{2,40},?\s+(?:it|they)\s+(?:also\s+)?listed)\s+"
                             r"(?:(?:about|around|some|over|more\s+than|nearly|almost|at\s+least)\s+)?$")
_IN_SUPERLATIVE = re.compile(r"(?i)\bin\s+(?:its|their|the|a)?\s*['‘\"“]?$")
_WHO_CLAUSE = re.compile(r"[A-Z][\w’'\-]+,\s+who\s+[^,;.]*$")
_COUNTED_BEFORE = re.compile(r"(?i)\b(?:has|have|had)\s+(?:documented|counted|recorded|confirmed|verified|listed|tallied|"
                             r"identified)\s+(?:(?:about|around|some|over|more\s+than|nearly|almost|at\s+least)\s+)?$")
_CUM_NOUN_BEFORE = re.compile(r"(?i)\bcumulative\s+(?:figure|total|count|tally|toll|number|losses)\b[^.;\d]{0,80}$")
# "... losing up to 150 soldiers killed a day in the Donbas, with about 800 more wounded": the same rate's
_WITH_MORE_GAP = re.compile(r"(?i)[^,;.\d]{0,40},\s*with\s+(?:(?:about|around|some|roughly|nearly|almost|up\s+to|more\s+than|"
                            r"over|at\s+least)\s+)?")
_RATE_TAIL_GAP = re.compile(r"(?i)\s*(?:(?!and\b|or\b|while\b)[a-z\-]+\s*)?")


def _period(s, m: Mention, ms, i, clauses, times: list[TimeEx], attrs, pub):
    """(period, rate_unit, window end date or None, vague flag)."""
    if "umulative" in s and not m.num.signed and (cn := _CUM_NOUN_BEFORE.search(s, max(0, m.s - 110), m.s)) is not None \
            and not any(cn.start() < q.s < m.s for q in ms if q is not m):
        # "the cumulative figure of enemy personnel losses had reached approximately 418,600": a running total,
        # whatever the report's day (the day it stood at that: "... stood at 1,214,870 personnel on January 12")
        on_day = next((t.value for t in times if t.kind in ("dmy", "mdy") and t.value and m.e <= t.start <= m.np_end + 20
                       and s[max(0, t.start - 3):t.start].lower() == "on "), None)
        return "cumulative", None, on_day, False
    after = s[m.np_end:m.np_end + 70]
    nxt = ms[i + 1].s - m.np_end if i + 1 < len(ms) else 70
    rwin = after[:max(0, nxt) + 12] if nxt < 70 else after
    if 0 <= nxt < 70 and not ms[i + 1].num.signed and not _DIGIT_OR_SEMI.search(after, 0, nxt):
        rwin = after[:nxt]   # "126 tanks lost, an average of about four a day": the rate is the next figure's
    for rx, unit in (_RATE if _rate_possible(rwin) else ()):
        rm = rx.match(rwin)
        if rm:
            m.rate_unit = unit
            return "rate", unit, _window_date(s, m, ms, i, clauses, times, attrs), False
    if re.search(r"\baverag\w*\s+(?:\w+\s+){0,3}$", s[max(0, m.s - 40):m.s], re.IGNORECASE):
        am = re.match(r"^[^\d]{0,40}?\bper\s+(day|week|month|year)\b", after, re.IGNORECASE)
        if am:
            m.rate_unit = am.group(1).lower()
            return "rate", am.group(1).lower(), _window_date(s, m, ms, i, clauses, times, attrs), False
    # the subject names the rate: "average daily casualties rose to 1,262", "daily losses average 1,000"
    ca = clauses[m.clause][0]
    cache = _sentence_cache(ms)
    gate = cache.get("rate_words")
    if gate is None:
        gate = cache["rate_words"] = _RATE_WORDS.search(s.lower()) is not None
    if gate and m.s - ca > 8 and not m.num.signed:
        # (then "Every day we destroy more than 20 tanks": no other figure in between)
        rm = _RATE_SUBJECT.search(s, ca, m.s) or _RATE_LEAD.search(s, max(ca, ms[i - 1].np_end if i > 0 else 0), m.s)
        if rm and i > 0 and ms[i - 1].rate_unit and (
                (rm.start() - ms[i - 1].np_end <= 25
                 and _RATE_TAIL_GAP.fullmatch(s, ms[i - 1].np_end, rm.start()) is not None)
                or (rm.start() < ms[i - 1].s and ")" in s[ms[i - 1].np_end:m.s])):
            rm = None   # "(an average of 1,169 casualties per day) and 33,120 casualties": the figure before's rate
        if rm and _TOGETHER.search(s, max(rm.end(), ms[i - 1].np_end if i > 0 else 0), m.s):
            rm = None   # "an average of 1,520 a day in November, and a total of 45,680": the total is none
        if rm:
            m.rate_unit = rm.lastgroup
            return "rate", rm.lastgroup, _window_date(s, m, ms, i, clauses, times, attrs), False
    if m.num.signed or _CHANGE_BY.search(s, max(0, m.s - 30), m.s):
        return "interval", None, None, False   # "(+12)", "rose by 14 to 22,874"
    if i > 0 and _OF_THEM_AFTER.match(s, m.e) and (iw := _INTERVAL_RE.search(s, m.e, min(len(s), m.e + 45))) is not None \
            and not _STRONG_CUM_RE.match(s, iw.start()) and not any(m.e < q.s < iw.start() for q in ms):
        # "... 114,670 personnel since the invasion, 760 of them over the past day": the part's own window
        return "interval", None, None, False
    for t in times:
        if t.kind == "my" and t.value is not None and t.end <= m.s and m.s - t.end <= 24 \
                and _MONTH_LABEL_GAP.fullmatch(s, t.end, m.s):
            return "interval", None, t.value, False   # "Monthly losses: May – 35,400; April – 36,100": May's
    if i > 0 and _CHANGE_BY.search(s, max(0, ms[i - 1].s - 100), ms[i - 1].s) and _TO_AFTER_CHANGE.fullmatch(s, ms[i - 1].np_end, m.s):
        return "cumulative", None, None, False   # "rose by 14 to 22,874 on Tuesday": the total then
    if m.preset_period:
        return m.preset_period, None, None, False
    if "same day" in s and _SAME_DAY_AFTER.match(s, m.np_end) and not _LEVEL_BEFORE.search(s, max(0, m.s - 90), m.s):
        return "interval", None, None, False   # "its General Staff said Russia had lost 1,240 soldiers on the same day"
    if "total" in s:
        if _TOTAL_REACHED.search(s, max(0, m.s - 60), m.s) or (
                i > 0 and ms[i - 1].total_named and not m.num.signed and (
                    _LIST_JOIN.fullmatch(s, ms[i - 1].np_end, m.s) or _AND_THEN_TO.fullmatch(s, ms[i - 1].np_end, m.s))):
            m.total_named = True   # (and the items after: "taking the totals ... to 3,672, 7,105 and 2,793")
            return "cumulative", None, None, False
        head_m = next((x for x in ms if x.group == m.group), m)
        if (tp := _TOTAL_PUT_AT.search(s, max(0, head_m.s - 70), head_m.s)) and not m.num.signed \
                and not _FOR_THE_WINDOW.search(s, tp.start(), head_m.s) and (
                head_m is m or _LIST_JOIN.fullmatch(s, ms[i - 1].np_end, m.s)) \
                and not any(_AS_OF_BEFORE.search(s, max(0, t.start - 24), t.start) for t in times):   # ("as of <date>")
            # "on Tuesday the General Staff put total Russian losses at 1,164,930 soldiers and 11,360 tanks": a
            # level named as the total, whatever window the clause names for another figure
            return "cumulative", None, None, False
    # a figure in a later clause inherits the rate of the figure before it ("..., while about 500 were injured")
    if i > 0 and ms[i - 1].rate_unit and not m.num.signed:
        gap = s[ms[i - 1].np_end:m.s]
        if (re.search(r"\b(?:while|and|whereas)\b", gap) or _WITH_MORE_GAP.fullmatch(gap)) and ";" not in gap \
                and ")" not in gap and ", and that " not in gap \
                and not _INTERVAL_RE.search(gap) \
                and not _TOGETHER.search(gap) \
                and not _STRONG_CUM_RE.search(s[m.s:clauses[m.clause][1]]) and not _WEAK_CUM_RE.search(s[m.s:clauses[m.clause][1]]):
            m.rate_unit = ms[i - 1].rate_unit
            return "rate", ms[i - 1].rate_unit, None, False

    ca, cb = clauses[m.clause]
    # cues in the clause (or in the clause before when this one says nothing)
    order = [m.clause] + list(range(m.clause - 1, -1, -1))
    # "..., including 1,140 over the past day": the window said after an included figure is its own
    if _INCLUDING_BEFORE.search(s, max(0, m.s - 40), m.s):
        tail_end = s.find(",", m.e)
        if _INTERVAL_RE.search(s, m.e, tail_end if tail_end > 0 else len(s)):
            # ("..., including 148 in October alone": the month's last day)
            own_m = next((t.value for t in times if t.kind == "my" and t.value and m.e <= t.start
                          and (tail_end < 0 or t.start < tail_end) and _IN_MONTH_BEFORE.search(s, max(0, t.start - 8), t.start)
                          and "since" not in s[m.e:t.start] and "began" not in s[m.e:t.start]), None)
            return "interval", None, own_m, False
    if " not " in s and (nu := _NOT_UPDATED_SINCE.search(s, 0, m.s + 120)) is not None:
        t0 = next((t for t in times if t.start >= nu.end() - 1 and t.value is not None
                   and t.kind in ("dmy", "mdy", "iso", "num")), None)
        if t0 is not None:
            return "cumulative", None, t0.value, False   # "Moscow has not updated its figure of 1,351 dead since
            # March 25": the running total said that day
    if pub is not None and _FIRST_ANNIVERSARY[0] <= pub <= _FIRST_ANNIVERSARY[1] and "year" in s \
            and (yw := _THE_YEAR_WINDOW.search(s, 0, cb)) is not None \
            and not _INTERVAL_RE.search(s[:yw.start()] + " " * (yw.end() - yw.start()) + s[yw.end():], 0, cb):
        return "cumulative", None, None, False   # "losses over the year" at the first anniversary: the whole war's
    if pub is not None and pub <= _EARLY_WAR_END and "offensive" in s and (eo := _EARLY_OFFENSIVE.search(s)):
        # in the war's first months "since the start of the offensive" is the invasion's start: a running total
        # (unless the figure names another window: "..., 90 of them over the past day")
        blank = s[:eo.start()] + " " * (eo.end() - eo.start()) + s[eo.end():]
        if not _INTERVAL_RE.search(blank, ca, cb) and not _LEAD_WINDOW_RE.search(blank, ca, cb):
            return "cumulative", None, None, False
    # (the part may be some items back: "..., including 620 over the past day, as well as 2,850 tanks, 5,780 armoured
    # combat vehicles and 1,830 artillery systems")
    j = i
    while "includ" in s and j > 1 and not ms[j - 1].num.signed and _LIST_JOIN.fullmatch(s, ms[j - 1].np_end, ms[j].s):
        j -= 1
    if j > 0 and "includ" in s and (inc := _INCLUDING_BEFORE.search(s, max(0, ms[j - 1].s - 40), ms[j - 1].s)):
        k = s.rfind(",", ms[j - 1].e, ms[j].s)
        if k > 0 and _ALONG_WITH_COMMA.match(s, k) and _INTERVAL_RE.search(s, ms[j - 1].e, k):
            # "... 719,000 personnel, including 1,590 in the past 24 hours, along with 9,380 tanks": the part's
            # window is its own; the list goes on with the whole's
            for a, b, own in ((k + 1, cb, True), (ca, inc.start(), False)):
                res = _period_in(s, a, b, m, ms, times, attrs, pub, own=own)
                if res is not None:
                    return res
            m.period_default = True
            return "cumulative", None, None, False
    for ci in order:
        a, b = clauses[ci]
        res = _period_in(s, a, b, m, ms, times, attrs, pub, own=(ci == m.clause))
        if res is not None:
            if res[0] == "interval" and _INCR_AFTER.match(s, m.e):
                # "personnel about 1,380,250 (+980), tanks 11,950 (+3)": a figure with its day's change after it is
                # the running total; the day's window is the change's
                return "cumulative", None, res[2], False
            return res
    m.period_default = True
    return "cumulative", None, None, False


_TOTAL_BEFORE_FIG = re.compile(r"(?i)\b(?:total|tally|running\s+count)\b[^.;]{0,70}?\b(?:at|to|reached|stood\s+at|stands\s+at)\s+"
                               r"(?:(?:about|around|some|nearly|almost|over|more\s+than|at\s+least)\s+)?$")
_AIR_ARM = re.compile(r"(?i)(?:the\s+)?(?:air\s+force|air\s+forces|air\s+defen[cs]e\s+forces|air\s+defen[cs]es?|navy)")
_SINCE_FROM_BEFORE = re.compile(r"(?i)\b(?:since|from|starting|after|before|until|till)\s+(?:from\s+)?$")
_AFTER_MORE_GAP = re.compile(r"(?i)\s*,?\s*(?:after|with|as|following)\s+(?:another\s+|a\s+further\s+)?")
_AND_THAT_CLAUSE = re.compile(r",\s+and\s+that\s+")
_TOTAL_CLAUSE_AFTER = re.compile(r"(?i)(?:,\s*|\s+and\s+(?:that\s+)?(?:it\s+|they\s+)?)(?:raising|bringing|taking|pushing|lifting|put|puts|"
                                 r"putting)\s+(?:the\s+|its\s+|their\s+|[\w’']+['’]s\s+)?(?:overall\s+|running\s+|cumulative\s+)?"
                                 r"(?:total|tally|count)\b")
_ALONG_WITH_COMMA = re.compile(r"(?i),\s*(?:along\s+with|as\s+well\s+as|together\s+with|plus)\s")


# a dateline opening a sentence: "KYIV, June 11 (Reuters) -", "MOSCOW, June 11. /TASS/."
_LEAD_DATELINE = re.compile(r"(?:[A-Z][A-Za-z.’'\- ]{1,40},\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})"
                            r"(?:,?\s+\d{4})?\s*(?:\.\s*)?(?:[(/][A-Za-z/ .]{2,24}[)/]\.?\s*)?(?:[-–—|]|(?<=\.)\s)")


# a level, not a flow: "it stood at 418,010", "put Russian tank losses at 6,580", "the tally reached 600,000"
_LEVEL_BEFORE = re.compile(r"(?i)(?:\b(?:stood|stands|standing)\s+at|\b(?:put|puts|putting|placed|places)\b[^,;.\d]{0,60}\bat"
                           r"|\b(?:reached|passed|surpassed|topped|exceeded))\s+"
                           r"(?:(?:about|around|some|nearly|almost|roughly|over|more\s+than|at\s+least|an\s+estimated)\s+)?$")
_TOLD_BEFORE = re.compile(r"(?i)\b(?:told|telling|informed|briefed|briefing)\s+(?:(?!that\b|losses\b|casualties\b)[\w’'\-]+\s+){1,5}?"
                          r"(?:(?:in|on)\s+(?:early\s+|late\s+|mid-?)?|(?<=,\s)|(?<=\blast\s)|(?<=\bthis\s))$"
                          # "published its own anniversary summary on Thursday, claiming": the statement's day
                          r"|\b(?:published|released|issued|posted|presented)\s+(?:its|their|his|her|a|an|the)\s+(?:[\w\-]+\s+){0,3}?"
                          r"(?:summary|report|update|figures|tally|statement|assessment|bulletin|briefing|estimate|count)\s+"
                          r"(?:on|in)\s+$"
                          # "512 servicemen, announced by the defence ministry last Wednesday": the announcement's day
                          r"|\b(?:announced|released|published|issued|given|reported|confirmed)\s+by\s+(?:the\s+|its\s+)?"
                          r"(?:[\w’'\-]+\s+){1,4}?(?:(?:on|in)\s+|(?<=\blast\s)|(?<=\bthis\s))$")
# the occasion of a statement right before its date: "At a news conference on 3 February, NAME said"
_OCCASION_BEFORE = re.compile(r"(?i)\b(?:at|in|during)\s+(?:a|an|his|her|its|their|the)\s+(?:[\w\-]+\s+){0,2}?"
                              r"(?:news\s+conference|press\s+conference|conference|briefing|statement|interview|address|"
                              r"speech|update|post|summary|message|appearance)\s+(?:on|of|dated)\s+$"
                              # "Speaking in the Commons on Monday, Mr Wallace said", "Addressing reporters on Friday"
                              r"|\b(?:[Ss]peaking|[Aa]ddressing|[Tt]alking|[Ww]riting)\b[^,;.]{0,40}\b(?:on|in)\s+$")
# a speech verb that is the figures' participle ("visually confirmed losses this week"): no statement time
_NOUN_GAP = re.compile(r"(?i)\s+(?:losses|deaths|casualties|kills|strikes|attacks|figures)\s+")
# "as of 10 June", "as of midnight on March 15", "as of the morning of 3 May": a running total then
_AS_OF_BEFORE = re.compile(r"(?i)\bas\s+(?:of|at)\s+(?:(?:midnight|noon|the\s+(?:morning|evening|end)\s+of)\s+(?:on\s+)?)?"
                           r"(?:(?:last|this|past)\s+)?$")   # (also "as of last Friday")
_ALONE_AFTER = re.compile(r"\s+alone\b", re.IGNORECASE)


_THAT_RE = re.compile(r"\bthat\b")
_OWN_WINDOW_BEFORE = re.compile(r"(?i)\b(?:losses|casualties|deaths|dead|toll|tally|figures?|count)\s+(?:for|in|during|throughout)\s+$")


_WHEN_AFTER = re.compile(r"\s*,\s*when\b")
_WINDOW_FROM_BEFORE = re.compile(r"(?i)\b(?:since|from|between)\s+$")
_LEAD_TIME_PREP = re.compile(r"(?i)\s*(?:(?:on|in|at|by|earlier|later|late|early|mid|this|last)\b\s*)*")
_TIME_SOURCE_GAP = re.compile(r"\s*,?\s*")


_FOR_GAP = re.compile(r"(?i)\s+for\s+(?:the\s+(?:month|year)\s+of\s+)?")


_COUNT_ON_BEFORE = re.compile(r"(?i)\b(?:according\s+to|in)\s+(?:its|their|the)\s+(?:latest\s+|own\s+|official\s+)?count\s+on\s+$")
_LABEL_DATE_BEFORE = re.compile(r"(?:^|\n)\s*(?:[•·▪●◦‣*\-–—]\s*)?[^\n:,;\d]{2,70},\s*$")


def _is_statement_date(s, t: TimeEx, attrs) -> bool:
    """Is ``t`` the time of the statement ("said on Monday") rather than of the losses?"""
    if t.start < 60 and s[:1].isupper():
        dm = _LEAD_DATELINE.match(s)
        if dm and t.end <= dm.end():
            return True   # "KYIV, June 11 (Reuters) - ...": the report's date
    if s.startswith(":", t.end) and (lm := _LABEL_DATE_BEFORE.search(s, max(0, t.start - 80), t.start)) \
            and any(lm.start() <= a.start and a.end <= t.start for a in attrs):
        return True   # "- UK Defence Intelligence, 21 Nov: 300,000-340,000 casualties": the source's date (not a
        # dateline's: "Kharkiv, June 3: ...")
    near_after = s[t.end:t.end + 45]
    near_before = s[max(0, t.start - 25):t.start]
    if _AS_OF_BEFORE.search(near_before):
        return False
    if _WINDOW_FROM_BEFORE.search(near_before) and not _WHEN_AFTER.match(s, t.end):
        # "put Russian losses since February 24 at about 114,130": the window's first day (but "has not updated it
        # since September 2022, when it said": the statement's time)
        return False
    if _COUNT_ON_BEFORE.search(s, max(0, t.start - 40), t.start):
        return True   # "according to its count on Friday": the count's day, no window
    if near_before.endswith("dated ") and t.kind in ("dmy", "mdy", "num", "iso"):
        return True   # "One slide, marked top secret and dated Feb. 28, 2023, estimates ...": the document's date
    if _OCCASION_BEFORE.search(s, max(0, t.start - 60), t.start) or _TOLD_BEFORE.search(s, max(0, t.start - 60), t.start):
        return True   # "At a news conference on 3 February", "told a television channel in December"
    if _ALONE_AFTER.match(s, t.end):
        return False   # "In September alone the mission recorded ...": the figures' window
    sp = _SPEECH_NEAR.search(near_before)
    if sp and near_before.endswith(" for ") and t.kind in ("my", "year"):
        return False   # "Its reports for January put average losses at ...": the reports' window
    if sp and not any(ch.isdigit() for ch in near_before[sp.start():]) and not _NOUN_GAP.fullmatch(near_before, sp.end()) \
            and ":" not in near_before[sp.end():] and not _THAT_RE.search(near_before, sp.end()):
        # ("losses reported by the General Staff: May – 35,400": a label; "It added that in 2024 Russia lost": the
        # reported clause's own time)
        return True   # "said on Monday", "reported on 28 December", "published in January 2023"
    am = _SPEECH_NEAR.search(near_after)
    if am and not re.search(r"\d", near_after[:am.start()]) and ("that" not in near_after[:am.start()]) \
            and ";" not in near_after[:am.start()]:   # (not "... began in August 2024; Kyiv says ...")
        gap = near_after[:am.start()]
        at_start = not re.search(r"\w", re.sub(r"(?i)\b(?:on|in|at|by|earlier|later|late|early|mid|this|last)\b", "",
                                                s[:t.start]))
        if at_start and t.kind == "year" and gap.lstrip().startswith(","):
            return False   # "In 2025, the Ukrainian military reported destroying 1,030 tanks": the year's figures
        if "," not in gap or at_start or re.match(r"\s*,\s*(?:when|as|after|where)\b", gap):
            return True   # "authorities on Friday informed", "On March 25, the ministry said"
    if t.kind != "year" and t.start < 12 and _LEAD_TIME_PREP.fullmatch(s, 0, t.start):
        for a in attrs:
            if a.cue_end > a.end and t.end <= a.cue_start <= t.end + 6 and _TIME_SOURCE_GAP.fullmatch(s, t.end, a.cue_start):
                return True   # "In January, Norway's chief of defence, General ..., estimated that": the statement's
    for a in attrs:
        if a.cue_start - 3 <= t.start <= a.cue_end + 25 and a.cue_end > 0:
            if t.kind in ("year", "my") and _FOR_GAP.fullmatch(s, a.cue_end, t.start):
                return False   # "Kyiv's own figures for October included ...": the figures' window
            if t.start >= a.cue_start - 3 and "," not in s[a.cue_end:t.start] and not (
                    t.kind in ("year", "my") and t.start > a.cue_end
                    and (_OWN_WINDOW_BEFORE.search(s, a.cue_end, t.start) or _THAT_RE.search(s, a.cue_end, t.start))):
                return True   # (not "the ministry said Russia's casualties for 2024 ...": the figure's year)
    return False


def _window_date(s, m, ms, i, clauses, times, attrs):
    """The end date of an explicit window around a rate ("in 2022 (average of ...)", "throughout April")."""
    a, b = clauses[m.clause]
    best = None
    for t in times:
        if t.start > m.e and _COMPARED.search(s, m.e, t.start):
            continue   # "740 a day, up from 590 a day in August": the comparison's date
        if t.kind in ("year", "my") and a <= t.start < b and not _is_statement_date(s, t, attrs) \
                and re.search(r"\b(?:in|throughout|during|for|across|(?:months|half|quarter)\s+of)\s+$", s[max(0, t.start - 14):t.start],
                              re.IGNORECASE) \
                and not (t.start > m.e and _THAN_RE.search(s, m.e, t.start)):
            if best is None or abs(t.start - m.s) < abs(best.start - m.s):
                best = t
    if best is None:
        # "... the costliest month of the war in November, ..., with casualties averaging 1,523 a day": the month
        # said earlier in the sentence, with no other figure in between
        for t in times:
            if t.kind in ("year", "my") and t.end <= m.s and not any(t.end <= q.s < m.s for q in ms if q is not m) \
                    and re.search(r"\b(?:in|throughout|during|for|of)\s+$", s[max(0, t.start - 12):t.start], re.IGNORECASE) \
                    and not _is_statement_date(s, t, attrs):
                best = t
    if best is not None and best.value:
        return best.value
    if "(" in s[max(0, m.s - 30):m.s] and i > 0:
        for t in times:
            if t.kind in ("year", "my") and ms[i - 1].s < t.start < m.s:
                return t.value
    return None


def t2_is_range_end(s, t, times) -> bool:
    return any(t2.start > t.end and re.fullmatch(r"\s*(?:-|–|to|and|through)\s*", s[t.end:t2.start]) for t2 in times)


_YEAR_IN = re.compile(r"(?:19|20)\d\d")


def _war_start_like(t: TimeEx) -> bool:
    """Does the window starting at ``t`` start with the war (Feb 2022, even without a year)?"""
    if t.kind in ("mdy", "dmy") and t.value is not None and (t.value.month, t.value.day) == \
            (WAR_START.month, WAR_START.day) and not _YEAR_IN.search(t.text):
        return True   # "From February 24 to May 20, 2022": the war's day, whatever year the text is from
    first = t.first or t.value
    if first is not None:
        return WAR_START - timedelta(days=60) <= first <= WAR_START + timedelta(days=7)
    mm = re.search(r"(?i)\bfeb", t.text)
    if mm and (t.kind == "my" or re.search(r"\b2[0-9]\b|\b24\b", t.text)):
        return True
    return False


def _masked_clause(s, a, b, ms) -> str:
    """The clause text with the figures' category nouns blanked ("battle tanks" is no battle)."""
    key = ("mc", a, b)
    cache = _sentence_cache(ms)
    if key in cache:
        return cache[key]
    ctext = s[a:b]
    for x in ms:
        if x.cat_span and a <= x.cat_span[0] < b:
            i, j = x.cat_span[0] - a, x.cat_span[1] - a
            ctext = ctext[:i] + _BLANK * (j - i) + ctext[j:]
    cache[key] = ctext
    return ctext


# (a blank that is no space either, so that no cue phrase spans a blanked noun: "attack [drones] on")
_BLANK = "\x00"


class _Mentions(list):
    """The mentions of one sentence, with a scratch cache for clause-level scans."""

    __slots__ = ("cache",)


def _sentence_cache(ms) -> dict:
    c = getattr(ms, "cache", None)
    if c is None:
        return {}
    return c


def _cached_search(ms, name: str, rx: re.Pattern, text: str):
    """``rx.search(text)`` once per sentence (offsets valid; the matched text may be lower-cased)."""
    cache = _sentence_cache(ms)
    key = (name, text)
    if key not in cache:
        twin = _TWINS.get(name)
        low = text.lower() if twin is not None else ""
        cache[key] = twin.search(low) if twin is not None and len(low) == len(text) else rx.search(text)
    return cache[key]


# a date hanging on the figure before it: "36,810 in August", "35,680 soldiers were killed in July"
_BY_END_OF = re.compile(r"(?i)\b(?:by|as\s+of|until|till|through|at|up\s+to)\s+(?:the\s+)?end\s+of\s+$")
_BY_DAY = re.compile(r"(?i)\bby\s+(?:midnight\s+(?:on\s+)?)?$")   # ("... 1,707 injuries by midnight on Tuesday")
# "since the offensive began on June 4", "which started in May": the window's first day
_SUP_OF_WAR = re.compile(r"(?i)\b(?:of|in)\s+the\s+(?:full[\s\-]+scale\s+)?(?:war|invasion|conflict)\b")
_THAT_IS = re.compile(r"(?i)\W*(?:that|this|it)(?:['’]s|\s+is|\s+was|\s+works\s+out|\s+equals|\s+means)\b")


def times_own(s, m, times) -> bool:
    """Does the figure's clause name a time of its own right after it ("1,200 a day in June")?"""
    return any(m.e <= t.start <= m.np_end + 40 for t in times)


_CITING_SRC = re.compile(r"(?i)\bciting\s+(?:(?:the\s+)?(?:latest\s+|official\s+|daily\s+)?(?:figures|data|numbers|"
                         r"statistics|estimates)\s+(?:(?:released|published|compiled|provided|issued)\s+)?(?:by|from)\s+)?")
_TAKES_TOTAL = re.compile(r"(?i)\b(?:takes|took|taking|brings|brought|bringing|pushes|pushed|pushing|raises|raised|"
                          r"raising)\b[^.;]{0,80}?\b(?:total|tally|toll|count)\b")
# "since the start of the incursion on 6 August", "since the beginning of the operation in 2022": a window's start
_SINCE_START_ON = re.compile(r"(?i)\bsince\s+the\s+(?:start|beginning|launch|onset)\s+of\s+(?:[\w’'\-]+\s+){1,4}?"
                             r"(?:on|in)\s+(?:early\s+|late\s+|mid-?)?$")
_ON_IN_AFTER = re.compile(r"\s+(?:on|in)\s+")
# (also with the offensive's place between: "since Russia opened its offensive in the Kharkiv region on May 10")
_BEGAN_ON = re.compile(r"(?i)\b(?:began|begun|started|launched|launching|opened|opening|beginning|starting)\s+"
                       r"(?:(?:its|their|the|his|a|an)\s+(?:[\w\-]+\s+)?(?:offensive|counteroffensive|assault|operation|"
                       r"incursion|attack|push)\s+(?:(?:in|into|against|near|around|towards?|on)\s+(?:the\s+)?"
                       r"(?:[\w’'\-]+\s+){1,6}?)?)?"
                       r"(?:on|in)\s+(?:early\s+|late\s+|mid-?)?$")
_INSIDE_WHEN = re.compile(r",\s*when\b[^,]*$", re.IGNORECASE)
_CHANGE_FROM = re.compile(r"(?:\b(?:up|down)\b|%|\bper\s?cent\b)[^,;]{0,16}\bfrom\s+$")
_THAN_RE = re.compile(r"\bthan\b")
_TAKING_TOTAL = re.compile(r"(?i)\b(?:bringing|taking|raising|pushing|lifting|putting)\s+(?:the\s+|its\s+|their\s+)?"
                           r"(?:overall\s+|combined\s+)?(?:(?:total|overall)\s+(?:[\w’'\-]+\s+){0,3}?(?:losses|casualties|"
                           r"deaths|toll)|totals?|tall(?:y|ies)|counts?|tolls?)\b")
# "and that the total had reached 322,750": a running total named as such, right before its figure
_TOTAL_REACHED = re.compile(r"(?i)(?:\b(?:the|its|their)\s+(?:(?:overall\s+|running\s+|cumulative\s+)(?:total|tally)|total)\s+"
                            r"(?:(?:since|from)\s+[^,.;\d]{0,50}?(?:\d{4}\s+)?)?"   # ("the total since the start of the invasion had reached")
                            # "that total Russian casualties had likely reached 730,000"
                            r"|\btotal\s+(?:[\w’']+\s+){0,2}?(?:casualties|losses|deaths|dead)\s+)(?:had\s+|has\s+|have\s+)?"
                            r"(?:(?:likely|probably|now|already)\s+)?"
                            r"(?:reached|stood\s+at|stands\s+at|rose\s+to|risen\s+to|rising\s+to|climbed\s+to|grew\s+to|increased\s+to|"
                            r"passed|topped|exceeded|was|is|(?:were|are|was|is)\s+(?:now\s+)?(?:nearing|approaching|near|at)|nearing|"
                            r"approaching)\s+(?:(?:about|around|some|nearly|almost|roughly|over|more\s+than|"
                            r"at\s+least|an\s+estimated)\s+)?$"
                            # "..., taking the running total to about 925,000": the total it took them to
                            r"|\b(?:taking|bringing|pushing|raising|lifting|takes|brings|took|brought)\s+(?:the|its|their)\s+"
                            r"(?:(?:overall|running|cumulative|claimed|official)\s+)?totals?\s+(?:(?!since\b)[\w’'\-]+\s+){0,5}?"
                            # ("taking the running total above 19,000 for the first time, to 19,024")
                            r"(?:to|above|past|beyond|over)\s+(?:[\d,.]+[^.;\d]{0,30}?\bto\s+)?"
                            r"(?:(?:about|around|some|nearly|almost|roughly|over|more\s+than|at\s+least)\s+)?$")
_FOR_THE_WINDOW = re.compile(r"(?i)\b(?:for|in|during|over)\s+(?:the\s+)?(?:month|week|year|quarter|day|past|last|january|february|march|"
                             r"april|may|june|july|august|september|october|november|december|20\d\d)\b")
_TOTAL_PUT_AT = re.compile(r"(?i)\b(?:put|puts|putting|placed|places|estimated|estimates)\s+(?:the\s+|its\s+|their\s+|[\w’']+['’]s\s+)?"
                           r"(?:(?:overall|running|cumulative|official)\s+)?total\s+(?:[\w’'\-]+\s+){0,6}?at\s+"
                           r"(?:(?:about|around|some|nearly|almost|roughly|over|more\s+than|at\s+least)\s+)?$")
_TO_AFTER_CHANGE = re.compile(r"(?i),?\s+to\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|at\s+least)\s+)?")
_CHANGE_BY = re.compile(r"(?i)\b(?:rose|risen|rises|increased|grew|grown|went\s+up|up|climbed|jumped)\s+by\s+$"
                        # "raised its count of destroyed Russian warships and boats by one, to 25"
                        r"|\b(?:raised|raises|raising|lifted|increased)\s+(?:its|their|the)\s+[^.;\d]{0,70}?\bby\s+$")
_MONTH_WINDOW_BEFORE = re.compile(r"(?i)\b(?:in|during|over|for)\s+(?:the\s+month\s+of\s+)?(?:january|february|march|april|may|"
                                  r"june|july|august|september|october|november|december|20\d\d)\b")


_STARTED_BEFORE = re.compile(r"(?i)\b(?:since|began|begun|started|launched|invaded)\b[^,;.]*$")
_SINCE_BEFORE = re.compile(r"(?i)\bsince\s+(?:last\s+)?$")
_DATE_PREP = re.compile(r"\s*(?:(?!(?:and|or|but|while|whereas)\b)[\w’'\-]+\s+){0,3}?(?:in|during|on|for|throughout|by)\s+")


_PAREN_SPAN = re.compile(r"\([^()]{0,80}\)")


_INCREASE_OF_BEFORE = re.compile(r"(?i),\s*(?:an?\s+(?:increase|rise|jump)\s+of|up\s+by)\s+(?:(?:about|around|some|nearly|"
                                 r"almost|over|more\s+than)\s+)?$")


_WAR_AGE_WINDOW = re.compile(r"(?i)(?:\b(?:in|over|during|after|within)\s+|^\W*(?:(?-i:[A-Z]{2,}(?:\s[A-Z]+)*)\s*[—–-]+\s*)?)(?:(?:just|a\s+little|slightly)\s+(?:over|under|more\s+than|"
                             r"less\s+than)\s+|more\s+than\s+|less\s+than\s+|nearly\s+|almost\s+|over\s+|under\s+|some\s+|"
                             r"about\s+|the\s+(?:first\s+)?)?(?P<n>\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
                             r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty)\s+"
                             r"(?P<u>days?|weeks?|months?|years?)\s+of\s+(?:(?:the|heavy|fierce|full[\s\-]scale)\s+)*"
                             r"(?:fighting|war|warfare|combat|invasion)\b")


_AND_NEXT_FIGURE = re.compile(r"(?i),?\s+and\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|at\s+least)\s+)?$")
_WITH_OPEN = re.compile(r"(?i),?\s*with\s")
_ON_BEFORE = re.compile(r"(?i)\bon\s+(?:the\s+)?$")


def _period_in(s, a, b, m: Mention, ms, times, attrs, pub, own: bool):
    ctext = _masked_clause(s, a, b, ms)
    if ", and that " in s[m.np_end:b] and (ab := _AND_THAT_CLAUSE.search(s, m.np_end, b)) is not None:
        # "... losses had reached 28,300 personnel, 1,251 tanks and 3,043 armoured combat vehicles, and that Russian
        # forces had lost 13 drones in the past 24 hours alone": the second reported clause's window is its own
        k = ab.start() - a
        ctext = ctext[:k] + " " * (len(ctext) - k)
        times = [t for t in times if t.start < ab.start()]
    if "total" in ctext and (tc := _TOTAL_CLAUSE_AFTER.search(s, m.np_end, b)) is not None:
        # "lost 670 personnel, 11 tanks and 24 artillery systems over the past day, raising Russia's total losses since
        # the invasion to about 238,190": what follows "raising the total" is the total's, not these figures'
        k = tc.start() - a
        ctext = ctext[:k] + " " * (len(ctext) - k)
        times = [t for t in times if t.start < tc.start()]
    if a < m.s and "includ" in s[max(a, m.s - 40):m.s] and (
            ib := _INCLUDING_BEFORE.search(s, max(a, m.s - 40), m.s)) is not None \
            and any(a <= q.s < ib.start() and q.cat == m.cat for q in ms if q is not m) \
            and any(t.start > m.e and t.kind in ("dmy", "mdy", "num", "iso") and t.value != WAR_START and _ON_BEFORE.search(s, max(0, t.start - 8),
                                                                                              t.start)
                    for t in times if t.start < b):
        # "... since February 24, 2022 stood at 1,208,240, ..., which included 1,130 losses on December 31": the
        # part's own date is its window, not the whole's
        k = ib.start() - a
        ctext = " " * k + ctext[k:]
        times = [t for t in times if t.start >= ib.start()]
    if _WITH_OPEN.match(s, a) and (aw := _AND_NEXT_FIGURE.search(s, max(a, m.s - 20), m.s)) is not None \
            and any(a <= q.s < aw.start() and q.cat != m.cat for q in ms if q is not m):
        # "... at 57,800 personnel since the start of the invasion, with 300 more over the past day, and 2,275
        # tanks": the aside's window is its own figure's, not the list's next item's
        k = aw.start() - a
        ctext = " " * k + ctext[k:]
        times = [t for t in times if t.start >= aw.start()]
    if pub is not None and " of " in ctext:
        for wm in _WAR_AGE_WINDOW.finditer(ctext):
            # "has now lost 1,000 tanks in just over two months of fighting" when the war is that old: since its start
            n = 1 if wm.group("n").lower() in ("a", "an") else (parse_number(wm.group("n")) or 0)
            span = n * {"day": 1, "week": 7, "month": 30.4, "year": 365.25}[wm.group("u").lower().rstrip("s")]
            age = (pub - WAR_START).days
            if span and age > 0 and abs(span - age) <= max(3.0, 0.2 * age):
                return "cumulative", None, None, False
    for at in attrs:
        # a source's name is no time window ("the Institute for the Study of War said")
        i, j = max(at.start, a) - a, min(at.end, b) - a
        if i < j:
            ctext = ctext[:i] + " " * (j - i) + ctext[j:]
    for q in ms:
        if m.e < q.s < b and q.s >= a and (_OF_THEM_AFTER.match(s, q.e) or (
                _INCLUDING_BEFORE.search(s, max(0, q.s - 40), q.s) and q.e < b)
                or _INCREASE_OF_BEFORE.search(s, max(0, q.s - 30), q.s)):
            # (or "... at 505,250, an increase of 1,190 on the previous day": the day's change has the day's window)
            # ("... at 443,000 killed and wounded, including 770 over the previous day": the part's window)
            # "4,300 tanks lost, about 1,400 of them since January 2024": what follows the part is the part's
            k = q.s - a
            ctext = ctext[:k] + " " * (len(ctext) - k)
            qc = s.find(",", q.e, b)
            qc = b if qc < 0 else qc
            times = [t for t in times if not (q.s <= t.start < qc)]   # ("..., including 410,000 this year": the part's)
            break
    nq = next((q for q in ms if m.e < q.s < b), None)
    if nq is not None:
        cb_ = _AND_THAT_BREAK.search(s, m.np_end, nq.s)
        if cb_ is not None:
            # "... lost 1,160 troops over the past day and that its running count of aircraft destroyed since
            # February 2022 stood at 372": the second reported clause's window is its own
            k = cb_.start() - a
            ctext = ctext[:k] + " " * (len(ctext) - k)
            times = [t for t in times if t.start < cb_.start()]
        elif _AFTER_MORE_GAP.fullmatch(s, m.np_end, nq.s) and (s.startswith(" more", nq.e) or s.startswith(" new", nq.e)):
            # "Russian casualties pass 1.01m after 1,210 more in a day": the day's window is the increment's
            k = nq.s - a
            ctext = ctext[:k] + " " * (len(ctext) - k)
            times = [t for t in times if t.start < nq.s]
        elif nq.cat == m.cat and (aw := _AND_NEXT_FIGURE.search(s, m.np_end, nq.s)) is not None \
                and (any(m.np_end <= t.start < aw.start() and t.text.lower() not in ("now", "so far", "currently", "today")
                         for t in times)
                     or _INTERVAL_RE.search(s, m.np_end, aw.start()) is not None):
            # "lost 1,240 troops in the past 24 hours and 830,510 since February 2022": each its own window
            k = aw.start() - a
            ctext = ctext[:k] + " " * (len(ctext) - k)
            times = [t for t in times if t.start < aw.start()]
    for q in ms:
        if q is not m and a <= q.s < m.s and _OF_THEM_AFTER.match(s, q.e):
            # "3,446 tanks, six of them over the past day, as well as 6,771 ...": the part's window, not the next figure's
            qc = s.find(",", q.e, m.s)
            if qc > 0:
                ctext = ctext[:q.s - a] + " " * (qc - q.s) + ctext[qc - a:]
                times = [t for t in times if not (q.s <= t.start < qc)]
    if " of them" in ctext or " of whom" in ctext:
        # "35,000 civilians had been killed, many of them in the siege of Mariupol": what is said of a part
        # without a figure of its own is no window of the whole
        pc = _PART_CLAUSE.search(ctext, max(0, m.np_end - a))
        if pc is not None and not any(a + pc.start() < q.s < b for q in ms if q is not m):
            ctext = ctext[:pc.start()] + " " * (len(ctext) - pc.start())
    if "(" in ctext:
        # "998,740 (plus 1,090 in the last 24 hours)": a bracket's window is the bracketed figure's
        for pm in _PAREN_SPAN.finditer(ctext):
            if not (a + pm.start() <= m.s < a + pm.end()):
                ctext = ctext[:pm.start()] + " " * (pm.end() - pm.start()) + ctext[pm.end():]
    if ("est " in ctext or "most " in ctext or "worst" in ctext or " any " in ctext) and m.e < b:
        # "..., the deadliest month of the war (since June)": a comparison after the figure, up to
        # the next comma, is no running-total cue and no window
        sm = _SUPERLATIVE_RE.search(ctext, m.e - a)
        if sm and _IN_SUPERLATIVE.search(ctext, max(0, sm.start() - 12), sm.start()):
            k = ctext.find(",", sm.end())
            k = len(ctext) if k < 0 else k
            j = ctext.find(" since ", sm.end(), k)
            if j >= 0:
                # "... fired on Monday in its biggest wave of strikes since the start of the war": the event is the
                # window, what it is the biggest since is a comparison
                ctext = ctext[:j] + " " * (k - j) + ctext[k:]
                times = [t for t in times if not (a + j <= t.start < a + k)]
            sm = None   # "11,400 troops killed in 'bloodiest week'": the window itself, no comparison
        if sm:
            k = ctext.find(",", sm.end())
            k = len(ctext) if k < 0 else k
            ctext = ctext[:sm.start()] + " " * (k - sm.start()) + ctext[k:]
            times = [t for t in times if not (a + sm.start() <= t.start < a + k)]
    if " times " in ctext and m.e < b:
        # "112,900 drones shot down, more than four times the number at the start of last year": a comparison
        cm_ = _TIMES_COMPARISON.search(ctext, m.e - a)
        if cm_:
            k = ctext.find(",", cm_.end())
            k = len(ctext) if k < 0 else k
            ctext = ctext[:cm_.start()] + " " * (k - cm_.start()) + ctext[k:]
            times = [t for t in times if not (a + cm_.start() <= t.start < a + k)]
    if ("est " in ctext or "worst" in ctext) and " war" in ctext:
        # "suffered their heaviest monthly losses of the full-scale war last month, with 48,670": the war is
        # what the window is compared with, not the figure's window
        sm = _SUPERLATIVE_RE.search(ctext, 0, max(0, m.s - a))
        if sm:
            wm = _SUP_OF_WAR.search(ctext, sm.end(), min(sm.end() + 50, max(sm.end(), m.s - a)))
            if wm:
                ctext = ctext[:wm.start()] + " " * (wm.end() - wm.start()) + ctext[wm.end():]
    if ("est " in ctext or "worst" in ctext) and "since" in ctext:
        # "Last year was the deadliest for civilians since 2022, with 2,514 killed": a comparison said before
        # the figure, up to its comma, is no running-total cue either
        sm = _SUPERLATIVE_RE.search(ctext, 0, max(0, m.s - a))
        if sm:
            k = ctext.find(",", sm.end(), m.s - a)
            if k < 0 and b <= m.s:
                k = len(ctext)   # (the comparison is the clause before the figure's)
            if k > 0 and "since" in ctext[sm.end():k] and not _WHEN_AFTER.match(s, a + k):
                ctext = ctext[:sm.start()] + " " * (k - sm.start()) + ctext[k:]
                times = [t for t in times if not (a + sm.start() <= t.start < a + k)]
    for t in times:
        # "Zelensky told reporters last month": the statement's time, not the figure's window
        if t.kind == "rel" and a <= t.start < b and _is_statement_date(s, t, attrs):
            i, j = t.start - a, min(t.end, b) - a
            ctext = ctext[:i] + " " * (j - i) + ctext[j:]
    # "as of <date>"
    for t in times:
        if a <= t.start < b and _AS_OF_BEFORE.search(s, max(0, t.start - 24), t.start):
            if t.end <= m.s:
                im = _INTERVAL_RE.search(ctext, m.np_end - a, min(len(ctext), m.np_end - a + 60))
                if im is not None and not re.search(r"[,;]|\bsince\b", ctext[m.np_end - a:im.start()]) \
                        and not _STRONG_CUM_RE.match(ctext, im.start()) \
                        and re.search(r"(?i)day|hour|night|week|month", im.group(0)):
                    continue   # "Russian losses as of April 21: 1,060 personnel and 38 guns in the past day": the day's
            yw = [y for y in times if a <= y.start < b and y.kind == "year" and y is not t and y.first
                  and y.first.year > WAR_START.year and y.end <= t.start
                  and re.search(r"\bin\s+$", s[max(0, y.start - 4):y.start])]
            if yw:
                return "interval", None, t.value, False
            yp = [y for y in times if y.start > m.e and y.kind in ("year", "my") and y.value is not None
                  and s.endswith("in ", 0, y.start) and not any(m.e < q.s < y.start for q in ms)]
            if yp and _PART_BEFORE.search(s, max(0, m.s - 30), m.s):
                return "interval", None, _clamp(yp[0].value, pub), False   # "... as of 9 January, of whom 41,600 died in
                # 2025": the part's own window
            im = _cached_search(ms, "interval", _INTERVAL_RE, ctext)
            if im is not None and im.group(0).lower().startswith("since ") and not _cached_search(
                    ms, "strong", _STRONG_CUM_RE, ctext):
                return "interval", None, t.value, False   # "As of Thursday, Oryx had documented 13 Leopard 2 tanks lost
                # since the start of the counteroffensive": that window's, to that day
            return "cumulative", None, t.value, False
    # since / from / between <date> (to <date>)
    mine = [t for t in times if a <= t.start < b and t.kind not in ("rel", "weekday", "iso", "num")]
    if "of them" in s or "of which" in s:
        # "31 vessels lost, most of them captured in ports in 2022": the part's date, not the figure's
        mine = [t for t in mine if not (t.start > m.e and _PART_CLAUSE.search(s, m.e, t.start))]
    for t in times:
        if a <= t.start < b and t.kind == "rel" and t.value is not None and t.text.lower().startswith("last ") \
                and _BY_END_OF.search(s, max(0, t.start - 24), t.start) and not _is_statement_date(s, t, attrs):
            return "cumulative", None, t.value, False   # "had died by the end of last year": the total then
    for t in mine:
        if t.kind in ("my", "year", "dmy", "mdy") and _BY_END_OF.search(s, max(0, t.start - 24), t.start) \
                and not _is_statement_date(s, t, attrs):   # (not "one report at the end of April suggested")
            return "cumulative", None, t.value, False   # "had lost 6,600 tanks by the end of February"
        if t.kind != "year" and _BY_DAY.search(s, max(0, t.start - 4), t.start):
            return "cumulative", None, t.value, False   # "had identified 9,000 dead by March 3": a total then
    # "44,800 casualties in May, and around 965,000 since February 2022": a figure with a date of its own
    # right after it; what comes after the next figure is that one's
    nxt_q = min((q.s for q in ms if q.s > m.e), default=None)
    if nxt_q is not None and nxt_q < b and any(m.e <= t0.start < nxt_q and t0.kind in ("my", "year", "dmy", "mdy")
                                               for t0 in mine):
        mine = [t for t in mine if t.start < nxt_q]
        sc0 = _cached_search(ms, "strong", _STRONG_CUM_RE, ctext)
        if sc0 is not None and a + sc0.start() > nxt_q:
            ctext = ctext[:nxt_q - a]
    # "4,300 tanks lost, about 1,400 of them since January 2024": the date is the part's, not the whole's
    mine = [t for t in mine if not (t.start > m.e and any(m.e < q.s < t.start and _OF_THEM_AFTER.match(s, q.e)
                                                             for q in ms))]
    for t in mine:
        if t.end <= m.s and _INSIDE_WHEN.search(s, t.end, m.s):
            if t.value is not None and _INTERVAL_RE.search(s, t.end, b):
                # "... since August, when a missile strike killed seven": that event's toll, then
                return "interval", None, t.value, False
            continue   # "since September 2022, when Shoigu said 5,937 had died": the figure is that moment's
        if t.start > m.np_end and "," in s[m.np_end:t.start] and _MONTH_WINDOW_BEFORE.search(s, max(0, m.s - 120), m.s):
            continue   # "In September alone ... 214 deaths, the highest monthly toll since June": a comparison
        if t.start > m.e and (_TAKING_TOTAL.search(s, m.e, t.start) or _AND_THE_TOTAL.search(s, m.e, t.start)):
            continue   # "lost 1,010 over the past day, taking the total since February 2022 to 154,660", "put losses over
            # the past day at 1,090 and the total since February 2022 at 158,820": the total's
        pre = s[max(0, t.start - 26):t.start].lower()
        if pre.endswith("from ") and _CHANGE_FROM.search(pre):
            continue   # "28,000 in February, up 20% from January": a comparison, no window
        if re.search(r"\b(?:since|from|starting\s+from|beginning\s+of|start\s+of|between)\s+(?:the\s+)?"
                     r"(?:start\s+of\s+|beginning\s+of\s+|early\s+|late\s+|mid-?)?$", pre) \
                or _FROM_CLOCK_BEFORE.search(s, max(0, t.start - 30), t.start):
            # (also "From 4 a.m. on 24 February 2022, when the armed attack started, to 24:00 on 25 April 2022")
            end = None
            for t2 in times:
                if t2.start > t.end and (re.match(r"^\s*,?\s*(?:to|and|until|till|-|–|through)\s*(?:the\s+)?$",
                                                 s[t.end:t2.start], re.IGNORECASE)
                                         or _TO_CLOCK_GAP.fullmatch(s, t.end, t2.start)):
                    end = t2
            if _war_start_like(t):
                if end is None:
                    # "... since February 2022 stood at 1,214,870 personnel on January 12": the total that day
                    end = next((t2 for t2 in times if t2.kind in ("dmy", "mdy") and t2.value and m.e <= t2.start <= m.np_end + 20
                                and s[max(0, t2.start - 3):t2.start].lower() == "on "), None)
                return "cumulative", None, (end.value if end else None), False
            first = t.first or t.value
            if first and first.year < WAR_START.year:
                continue
            if t.kind == "my" and t2_is_range_end(s, t, times):
                pass
            sc = _cached_search(ms, "strong", _STRONG_CUM_RE, ctext)
            if sc:
                d_since = abs(t.start - m.e) if t.start > m.e else abs(m.s - t.end)
                cs, ce = a + sc.start(), a + sc.end()
                d_cum = abs(cs - m.e) if cs > m.e else abs(m.s - ce)
                if d_cum < d_since:
                    return "cumulative", None, None, False
            return "interval", None, (end.value if end else None), False
    sc = _cached_search(ms, "strong", _STRONG_CUM_RE, ctext)
    if sc and a + sc.start() > m.e and "total" in s and _AND_THE_TOTAL.search(s, m.e, a + sc.start()):
        # "put losses over the past day at 1,090 and the total since February 2022 at 158,820": the total's cue
        sc = _STRONG_CUM_RE.search(ctext, 0, m.s - a) if m.s > a else None
    if sc and a + sc.end() <= m.s:
        # "its tally since the start of the invasion, reporting another 1,120 killed over the past day":
        # a window said right after the figure is nearer than a running-total cue before it
        nq = min((q.s for q in ms if q.s > m.e), default=b)
        # (past a list joined to this figure: "680 soldiers and 7 tanks over the past day")
        later = [q for q in ms if q.s > m.e and q.s < b]
        prev_end, j = m.np_end, 0
        while j < len(later) and not later[j].bare and _LIST_JOIN.fullmatch(s, prev_end, later[j].s):
            prev_end, j = later[j].np_end, j + 1
        if j:
            nq = later[j].s if j < len(later) else b
            start_w = prev_end
        else:
            start_w = m.np_end
        im = _INTERVAL_RE.search(ctext, start_w - a, min(nq, b) - a)
        if im is not None and _STRONG_CUM_RE.match(ctext, im.start()):
            im = None   # ("since the operation began": the war, however it is matched)
        if im is not None and a + im.start() - start_w < m.s - (a + sc.end()) and a + im.start() - start_w <= 20:
            return "interval", None, None, False
    if sc and a + sc.start() > m.np_end:
        # "lost 1,010 soldiers over the past day, ..., taking the total since February 2022 to 154,660": a
        # window right after the figure, before the running-total cue
        im = _INTERVAL_RE.search(ctext, m.np_end - a, sc.start())
        if im is not None and not _STRONG_CUM_RE.match(ctext, im.start()) and a + im.start() - m.np_end <= 20 \
                and "," in ctext[im.end():sc.start()]:
            return "interval", None, None, False
    if sc and ctext[sc.end() - 5:sc.end()] in ("began", "egun", "arted", "nched"):
        # "since it began on June 4": a start that is not the war's is a window's
        tail = _ON_IN_AFTER.match(ctext, sc.end())
        if tail is not None:
            st0 = [t for t in mine if t.start == a + tail.end() and t.kind in ("dmy", "mdy", "my")]
            if st0 and not _war_start_like(st0[0]) and not (st0[0].kind == "my" and st0[0].value
                                                            and st0[0].value.year == WAR_START.year
                                                            and st0[0].value.month == WAR_START.month):
                return "interval", None, None, False
    if sc:
        yr = [t for t in mine if t.kind == "year" and t.first and t.first.year == WAR_START.year
              and re.search(r"\bin\s+$", s[max(0, t.start - 4):t.start])
              and not _SINCE_START_ON.search(s, max(0, t.start - 70), t.start)]   # (not "since the start of ... in 2022")
        return "cumulative", None, (yr[0].value if yr else None), False
    # explicit month / year / day windows ("in July", "in 2023", "On April 13")
    cands = []
    started = None
    for t in mine:
        if _is_statement_date(s, t, attrs):
            continue
        if t.kind in ("my", "year"):
            pre = s[max(0, t.start - 14):t.start].lower()
            if re.search(r"\b(?:mid-?|early|late|end\s+of|since)\s*$", pre):
                continue
            if re.search(r"\bsince\b[^,.;]*$", s[max(a, t.start - 50):t.start], re.IGNORECASE):
                if started is None and t.start > m.e:
                    started = t   # "shot down 500 drones since they first appeared over its cities in September"
                continue   # "since launching its counteroffensive in June": the window's start
        if t.kind != "year" and (_BEGAN_ON.search(s, max(0, t.start - 110), t.start)
                                 or _SINCE_START_ON.search(s, max(0, t.start - 70), t.start) or (
                t.kind in ("dmy", "mdy") and t.start > m.e
                and _SINCE_CLAUSE_ON.search(s, max(a, m.e, t.start - 80), t.start))):
            started = t   # "since the incursion began on August 6", "since they crossed into the Kursk region on
            continue      # August 6": the window's first day, not its end
        cands.append(t)
    # "September-November 2024": a month range ends with its last month
    for t in list(cands):
        for t2 in cands:
            if t2.start > t.end and re.fullmatch(r"\s*(?:-|–|to|and|through)\s*", s[t.end:t2.start]):
                if t in cands:
                    cands.remove(t)
    # "24 ships, among them the cruiser Moskva, which sank in April 2022": a relative clause's own date
    cands = [t for t in cands if not (t.start >= m.e and _WHICH_CLAUSE.search(s, m.e, t.start))]
    # "9,880 in the past week, 12% lower than the average in September": a date after "than" is a comparison's
    cands = [t for t in cands if not (t.start >= m.e and _COMPARED.search(s, m.e, t.start))]
    # "four have been lost, including one shot down in April": a date after an included figure is its own
    cands = [t for t in cands if not (t.start >= m.e and any(
        m.e < q.s < t.start and _INCLUDING_BEFORE.search(s, max(0, q.s - 40), q.s) and "," not in s[q.e:t.start]
        for q in ms))]
    # "... a week, slightly fewer than at the peak of its 2025 offensives, and that Ukrainian military deaths were
    # estimated at ...": a time after an earlier figure and before ", and that" is that statement's
    if ", and that " in s:
        cands = [t for t in cands if not (t.end <= m.s and s.find(", and that ", t.end, m.s) >= 0
                                          and any(q.e <= t.start for q in ms))]

    def dist(t):
        if t.start >= m.e:
            # "on Monday 1,200 troops, and on Tuesday 1,100": a date closer to the next figure is that one's
            # (unless the date hangs on this figure: "35,680 in July, 36,810 in August")
            if any(q.s >= t.end and q.s - t.end <= t.start - m.np_end for q in ms if q.s > m.s) and \
                    not _DATE_PREP.fullmatch(s, m.np_end, t.start):
                return 10 ** 6
            return max(t.start - m.np_end, 0) * 1.0
        # "35,680 in July, 36,810 in August": a date right after another figure is that figure's
        if any(p.np_end <= t.start and p is not m and (
                t.start - p.np_end <= m.s - t.end or
                _DATE_PREP.fullmatch(s, p.np_end, t.start))
               for p in ms if p.s < m.s):
            return 10 ** 6
        return (m.s - t.end) * 1.5

    if cands:
        t = min(cands, key=dist)
        if t.kind in ("dmy", "mdy") and _war_start_like(t):
            return "cumulative", None, None, False
        if t.kind in ("dmy", "mdy") and _LEVEL_BEFORE.search(s, max(0, m.s - 90), m.s):
            return "cumulative", None, t.value, False   # "On 1 March it stood at 418,010": the total that day
        if t.kind in ("dmy", "mdy") and _UP_TO_DATE.search(s, max(0, t.start - 12), t.start) \
                and not _WINDOW_START.search(s, a, t.start) and not _INTERVAL_RE.search(s, a, b):
            # "has verified 6,919 civilian deaths ... up to December 26": the running total then
            return "cumulative", None, t.value, False
        if t.kind == "year" and t.first and t.first.year == WAR_START.year:
            return "cumulative", None, t.value, False
        if t.value and pub and t.value > pub:
            return "interval", None, pub, False
        return "interval", None, t.value, False
    if started is not None:
        return ("cumulative" if _war_start_like(started) else "interval"), None, None, False
    # weekdays / relative days of the event (not of the statement); with several, the nearest
    # ("1,200 on Monday and 1,100 on Tuesday")
    days = [t for t in times if a <= t.start < b and t.kind in ("weekday", "rel")
            and t.text.lower() not in ("today", "now", "tonight", "this morning")
            # ("27 of the roughly 80 Leopard 2 tanks delivered to Ukraine this year": the deliveries' time)
            and not _SUPPLIED_BEFORE.search(s, max(0, t.start - 40), t.start)
            and not _is_statement_date(s, t, attrs)
            # ("since launching a major offensive around Avdiivka on Tuesday": the window's first day)
            and not (t.kind == "weekday" and _BEGAN_ON.search(s, max(0, t.start - 110), t.start)
                     and abs((t.value - WAR_START).days) > 1 if t.value else False)]
    if days:
        t = days[0] if len(days) == 1 else min(days, key=dist)
        if t.value is not None and abs((t.value - WAR_START).days) <= 1 and _STARTED_BEFORE.search(s, max(0, t.start - 60), t.start):
            return "cumulative", None, None, False   # "since Thursday" / "since the assault began last Thursday" in 2022
        if _SINCE_BEFORE.search(s, max(0, t.start - 12), t.start):
            return "interval", None, pub, False   # "since Saturday": the window runs to now
        if _BY_DAY.search(s, max(0, t.start - 20), t.start) and t.kind == "weekday":
            return "cumulative", None, t.value, False   # "listed 1,005 Russian tanks by Tuesday": the total then
        if t.start > m.e and _AMONG_LOSSES_ON.search(s, max(m.e, t.start - 50), t.start):
            return "cumulative", None, t.value, False   # "listed 27 ships among Russia's losses on Tuesday"
        if _PERIOD_TO_BEFORE.search(s, max(0, t.start - 30), t.start):
            return "interval", None, t.value, False   # "For the week to Friday, the count reached 7,420": that week's
        k = ms.index(m) if t.end <= m.s else 0
        while k > 1 and t.end <= ms[k - 1].s and _LIST_JOIN.fullmatch(s, ms[k - 1].np_end, ms[k].s):
            k -= 1   # (the list's first item after the day: "..., along with 597 tanks and 127 aircraft")
        if k > 0 and getattr(ms[k - 1], "period", None) == "cumulative" and ms[k - 1].np_end <= t.start \
                and _ALONG_WITH_DAY.fullmatch(s, ms[k - 1].np_end, ms[k].s):
            # "put Russian losses at 17,200 personnel on Tuesday, along with 597 tanks": the same level that day
            return "cumulative", None, t.value, False
        if (t.kind == "weekday" or t.text.lower() == "yesterday") and _LEVEL_BEFORE.search(s, max(0, m.s - 90), m.s) \
                and not _ALONE_AFTER.match(s, t.end):   # (not "put losses on Sunday alone at 1,580": that day's)
            return "cumulative", None, t.value, False   # "On Tuesday the tally stood at 418,010"
        if t.text.lower().endswith("this year") and pub is not None and pub.year == WAR_START.year \
                and not _SEPARATIST.search(s):   # (the separatists' war began long before)
            return "cumulative", None, t.value, False   # "102,400 soldiers so far this year" in 2022: the war's
        return "interval", None, t.value, False
    if _cached_search(ms, "interval", _INTERVAL_RE, ctext):
        return "interval", None, None, False
    if _cached_search(ms, "weak", _WEAK_CUM_RE, ctext):
        return "cumulative", None, None, False
    return None


_MAX_TABLES = 40   # tables read per document (a longer run of rows is no news article's)
_TABLE_CUM = re.compile(r"(?i)\b(?:total|since|cumulative|to\s+date|overall|all)\b")
_TABLE_DAY = re.compile(r"(?i)\b(?:24\s+hours|past\s+day|last\s+day|daily|today|change|overnight)\b|\+|±")


def _first_day(times) -> date | None:
    """The first full date among ``times`` (a day, not a month or a year), if any."""
    return next((t.value for t in times if t.kind in ("dmy", "mdy", "iso", "num") and t.value), None)
_TABLE_GLOSS = re.compile(r"(?i)\bkilled\s+and\s+wounded\b|\bkilled\s+or\s+wounded\b|\bcasualties\b|\bwounded\b")


def _table_claims(text: str, original: str, tb: Table, caption: list[str], st: _DocState, pub, dyear, earlier) -> list:
    """The figures of a text table: one per cell, the row naming the category, the column the window or side."""
    cap = " ".join(caption)
    # the source: named in the caption lines (nearest last), else the one carried from before
    claimant, cname = None, None
    for c_text in caption:
        attrs = find_attributions(c_text)
        if not attrs:
            pm = _PAREN_NAME.search(c_text)
            if pm:
                attrs = find_attributions(pm.group(0).strip("()").split(",")[0] + " said")
        for a in attrs:
            if a.claimant is not None:
                claimant, cname = a.claimant, a.name
            elif st.last_attr_claimant:
                claimant, cname = st.last_attr_claimant, st.last_attr_name
    if claimant is None:
        claimant, cname = (st.last_attr_claimant, st.last_attr_name) if st.last_attr_claimant else ("unattributed", None)
    # whose losses: "Russian losses reported by ..." in the caption, else the enemy of the army reporting them
    own = _CLAIMANT_SIDE.get(claimant)
    default_side = _loser_side(cap) or (_other(own) if own else _DEFAULT_SIDE)
    cap_times = find_times(cap, pub, dyear) if cap else []
    cap_day = _first_day(cap_times) or next((t.value for t in cap_times if t.kind == "weekday" and t.value), None)
    outs = _find_outcome(cap + " " + " ".join(c.text for c in tb.header))
    outcome = outs[-1][2] if outs else "lost"
    columns = []
    for j, h in enumerate(tb.header):
        ht = h.text
        side = None
        hm = _SIDE_RE.search(ht)
        if hm:
            side = _SIDE_WORDS.get(normalize_phrase(hm.group(0)))
        times = find_times(ht, pub, dyear)
        day = _first_day(times)
        if _TABLE_CUM.search(ht):
            col = ("cumulative", _clamp(cap_day or pub, pub))   # "Total since 24.02.2022": to the table's day
        elif _TABLE_DAY.search(ht):
            col = ("interval", _clamp(day or cap_day or pub, pub))
        elif times and times[-1].value is not None and times[-1].kind in ("my", "year"):
            t = times[-1]
            if t.kind == "year" and t.first and t.first.year == WAR_START.year:
                col = ("cumulative", _clamp(t.value, pub))
            else:
                col = ("interval", _clamp(t.value, pub))
        else:
            col = ("cumulative", _clamp(day or cap_day or pub, pub))
        columns.append((side, col))
    # a table with the categories across the top and a month or year per row ("Month | Personnel | Tanks")
    head_cats = [_cat_of(hm.group(0)) if (hm := _CAT_RE.search(h.text)) else None for h in tb.header]
    out = []
    for row in tb.rows:
        label = row.cells[0].text
        cm = _CAT_RE.search(label)
        row_cat = _cat_of(cm.group(0)) if cm else None
        row_time = None
        if row_cat is None:
            if not any(head_cats[1:]):
                continue
            lts = [t for t in find_times(label, pub, dyear) if t.value is not None and t.kind in ("my", "year")]
            if not lts:
                continue
            row_time = lts[-1]
        line = original[row.start:row.end]
        nums = [cell_number(text, c) for c in row.cells[1:]]
        row_out = None   # what the body said a figure of this row counts ("430,790 killed and wounded in 2024")
        if row_cat in ("personnel", "civilians"):
            vals = {_intish(n.value) for n in nums if n is not None}
            same = [c for c, _m in earlier if c.category == row_cat and c.value in vals]
            row_out = same[-1].outcome if same else None
        for j, (cell, n) in enumerate(zip(row.cells[1:], nums), start=1):
            if n is None or n.value == 0 or cell.text.endswith("%"):
                continue   # (a column of changes in per cent: "-14%")
            side, (period, as_of) = columns[j] if j < len(columns) else (None, ("cumulative", _clamp(cap_day or pub, pub)))
            cat = row_cat
            if row_time is not None:
                cat = head_cats[j] if j < len(head_cats) else None
                if cat is None:
                    continue
                side = None
                if row_time.kind == "year" and row_time.first and row_time.first.year == WAR_START.year:
                    period, as_of = "cumulative", _clamp(row_time.value, pub)   # "2022": the war's first year
                else:
                    period, as_of = "interval", _clamp(row_time.value, pub)   # "October": that month's
            out_ = outcome
            if cat in ("personnel", "civilians"):
                out_ = "casualties" if _TABLE_GLOSS.search(label) else ("killed" if out_ in ("lost", "destroyed") else out_)
                if out_ == "killed" and row_out:
                    out_ = row_out
            elif out_ in ("killed", "wounded", "casualties", "missing"):
                out_ = "lost"
            c = Claim(value=_intish(n.value), value_max=_intish(n.value_max),
                      qualifier="approximately" if re.match(r"\s*[~≈]", cell.text) else "exact",
                      side=side or default_side, category=cat, outcome=out_, period=period, rate_unit=None,
                      as_of=as_of, claimant=_settled(claimant, side or default_side, cat), claimant_name=cname,
                      scope="total", text=line,
                      start=n.start, end=n.end)
            out.append((c, {"heading": False, "explicit": True, "doc_head": False, "named": True}))
    return out


def _clamp(d: date | None, pub: date | None) -> date | None:
    """A window cannot end after the document was published."""
    if d is not None and pub is not None and d > pub:
        return pub
    return d


def _as_of(s, m: Mention, period, window_date, vague, times: list[TimeEx], attrs, pub, ms=()):
    if window_date is not None:
        return _clamp(window_date, pub)
    if period == "rate" and not ("since" in s or "past" in s or "last" in s or "recent" in s):
        return None
    if period == "rate" and not _RATE_WINDOW.search(s):
        return None   # a rate with no window of its own; "1,000 a day over the past month": to the statement's day
    # (a vague past after a dash or semicolon following the figure is another clause's:
    # "... 664 aircraft since February 2022 – more than the air force had at the start of the war")
    cut = _AFTER_CLAUSE.search(s, m.np_end)
    limit = cut.start() if cut else len(s)
    cache = _sentence_cache(ms)
    key = ("as_of", limit)
    if key not in cache:
        cache[key] = _sentence_date(s, times, attrs, pub, limit)
    return cache[key]


_AND_THEN_TO = re.compile(r"[^.;\d]{0,30}?,\s*to\s+")   # "above 19,000 for the first time, to 19,024"
_ALONG_WITH_DAY = re.compile(r"(?i)\s+(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday)(?:\s+morning)?\s*,?\s*"
                             r"(?:along\s+with|as\s+well\s+as|together\s+with|plus)\s+(?:(?:about|around|some|over|"
                             r"more\s+than|nearly|almost)\s+)?")
_WERE_NOUN = re.compile(r"(?i)\s+(?:were|was)\s+(?:(?:main\s+battle|modern|older|newer|russian|ukrainian|enemy)\s+)?(?=[a-z])")
_SUPPLIED_BEFORE = re.compile(r"(?i)\b(?:delivered|supplied|sent|pledged|donated|provided|shipped|transferred)\s+"
                              r"(?:(?:to|by)\s+(?:[\w’'\-]+\s+){1,3}?)?$")
_SEPARATIST = re.compile(r"(?i)\b(?:militias?|separatists?|people['’]s\s+republic|DPR|LPR)\b")
_CIVIL_BODY = re.compile(r"(?i)\b(?:officials?|authorities|emergenc\w*|police|health\s+ministry|interior\s+ministry)\b")
_ARMY_BODY = re.compile(r"(?i)\b(?:defen[cs]e|armed\s+forces|general\s+staff|army|military|navy|air\s+force|intelligence)\b")
_PEOPLE_NOUN = re.compile(r"(?i)\b(?:people|civilians|children|residents|persons)\b")
_AND_THE_TOTAL = re.compile(r"(?i)\band\s+(?:the|its|their)\s+(?:overall\s+|running\s+|cumulative\s+)?total\b")
_FROM_CLOCK_BEFORE = re.compile(r"(?i)\b(?:since|from|between)\s+(?:\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?|hours?|h)?|"
                                r"midnight|noon)\s+(?:on\s+)?(?:the\s+)?$")
_TO_CLOCK_GAP = re.compile(r"(?i)\s*(?:\([^()]{0,30}\)\s*)?(?:,\s*when\b[^,;.]{0,90},)?\s*(?:to|until|till|and|through)\s+"
                           r"(?:(?:\d{1,2}[:.]\d\d|midnight|noon|\d{1,2}\s*(?:a\.?m\.?|p\.?m\.?))\s+(?:on\s+)?)?(?:the\s+)?")
_PERIOD_TO_BEFORE = re.compile(r"(?i)\b(?:week|month|fortnight|seven\s+days|\d+\s+days)\s+(?:to|ending|through|until)\s+$")
_RATE_WINDOW = re.compile(r"(?i)\b(?:since|(?:over|in|during|for)\s+the\s+(?:past|last)|in\s+recent)\b")
_AFTER_CLAUSE = re.compile(r"\s[–—]\s|;")


def _sentence_date(s, times: list[TimeEx], attrs, pub, limit: int | None = None):
    """The date a sentence's figures stand at when no window of their own says otherwise."""
    # statement date ("said on Monday", "reported on June 12", "On March 25, X said")
    stmt = [t for t in times if _is_statement_date(s, t, attrs)]
    for t in stmt:
        if t.kind in ("weekday", "dmy", "mdy", "num", "iso") or (t.kind == "rel" and t.text.lower() in (
                "yesterday", "last night")):
            if t.value is not None:
                return _clamp(t.value, pub)
        elif t.kind in ("my", "year") or (t.kind == "rel" and t.text.lower() in ("last month", "last week",
                                                                                     "last year")):
            return None   # month-only statement time: vaguely dated
    for vm in _VAGUE_RE.finditer(s, 0, len(s) if limit is None else limit):
        if not re.search(r"\bsince\b", s[max(0, vm.start() - 45):vm.start()], re.IGNORECASE):
            return None
    # cumulative figure under an event date ("As of Sunday")
    for t in times:
        if t.kind in ("weekday", "rel") and t.value is not None and t.text.lower() not in ("now", "today", "this year") \
                and not _REL_CLAUSE_AROUND.search(s, max(0, t.start - 80), t.start) \
                and not _STARTED_BEFORE.search(s, max(0, t.start - 40), t.start) \
                and not _BEGAN_ON.search(s, max(0, t.start - 110), t.start):   # (nor a window's first day)
            # (not a relative clause's day: "the battle for Avdiivka, which ended on Saturday, ...")
            return t.value
    return pub


# A model named with the figure ("16 Leopard tanks", "T-72 tanks: 45"): the count is of that model only.
_MODEL_IN = re.compile(r"(?<![\w\-])(?:" + literal_trie(_MODELS) + r")(?![a-z])|\b[A-Z][A-Za-z]{0,3}-\d{1,3}[A-Z]?(?:s\b|\b)")


_MUNITION_CATS = frozenset({"drones", "cruise_missiles", "other"})
_PART_AFTER = re.compile(r"(?i),\s*(?:including|among\s+them|of\s+which|most\s+of\s+(?:them|which)|mostly|"
                         r"(?:about\s+|some\s+|nearly\s+)?(?:\d[\d,]*|half|a\s+third|two|three|four|five|six|seven|eight|nine|"
                         r"ten|\w+teen|\w+ty)\s+of\s+(?:them|which|those))\b")


def _names_model(s, m: Mention) -> bool:
    if m.np_end > m.e and _MODEL_IN.search(s, m.e, m.np_end):
        return True
    return m.cat_from == "label" and m.cat_span is not None and \
        _MODEL_IN.search(s, max(0, m.cat_span[0] - 25), m.cat_span[0]) is not None


# a place not in places.yaml, named after "near" / "outside" / "around" ("near Kostiantynivka")
# (and a named area: "losses in the Avdeyevka area", "in the Kupiansk axis")
_NEAR_PLACE = re.compile(r"\b(?:(?:near|outside|around)\s+(?:the\s+(?:villages?|towns?|settlements?|cities|city)\s+of\s+)?"
                         r"[A-Z][a-z][\w’'\-]+|in\s+the\s+(?:[A-Z][\w’'\-]+\s+){1,2}"
                         r"(?:area|axis|salient|bridgehead|pocket)\b)")
# a list item labelled with a group of forces ('"Sever": up to 155 servicemen, a tank ...',
# "Tavria group – 413 killed and wounded"): the group's share of the side's losses
_GROUP_NAMED = re.compile(
    r"\b(?:[Bb]attle\s*group|[Gg]roup\s+of\s+[Ff]orces|[Gg]rouping|[Gg]roup)\s+[\"“«]?(?:"
    + literal_trie(list(_CUES["force_groups"]) + list(_CUES["force_groups_quoted"])) + r")(?![\w])|\b[\"“«]?(?:"
    + literal_trie(list(_CUES["force_groups"]) + list(_CUES["force_groups_quoted"])) + r")[\"”»]?(?:\s*\([^()]{1,20}\))?\s+"
    r"(?:[Bb]attle\s*)?(?:[Gg]roup|[Gg]rouping)\b")   # (or "the Sever (North) group")
# a daily report's window named anywhere in the document (headline "... in a day", "over the past 24 hours")
_DOC_DAILY = re.compile(r"(?i)\b(?:(?:over|in|during)\s+(?:the\s+)?(?:past|last|previous)\s+(?:24\s+hours|day)|in\s+a\s+day|"
                        r"daily\s+(?:summary|briefing|bulletin))\b")
_DAILY_REPORT = re.compile(r"(?i)\bdaily\s+(?:summary|briefing|report|update|bulletin)\b")
_GROUP_LABEL = re.compile(
    r"\W{0,3}(?:(?:" + literal_trie(_CUES["force_groups"]) + r")(?![\w])(?:\s*[\"”»’])?|[\"“«‘]\s*(?:"
    + literal_trie(_CUES["force_groups_quoted"]) + r")\s*[\"”»’])(?:\s*\([^()]{1,20}\))?"
    r"(?:\s+(?:operational(?:[\s\-]+strategic)?\s+)?group(?:\s+of\s+forces)?)?\s*[:–—]\s")
_RANK_RE = re.compile(r"(?:[\w\-]+\s+)?" + phrase_pattern(_CUES["rank_nouns"]), re.IGNORECASE)


# a part of the figure killed: the figure itself counts more than the dead
_OF_WHOM_KILLED = re.compile(r"(?i)[^.;\d]{0,70}?,\s*of\s+(?:whom|which|them|those)\s+(?:(?:an\s+estimated|about|around|some|"
                             r"nearly|almost|roughly|more\s+than|over|at\s+least|up\s+to)\s+)?[\d][\d,.\s]*(?:thousand|million)?\s*"
                             r"(?:(?:were|was|had\s+been|have\s+been)\s+(?:killed|dead)|died|dead|killed)\b")
_UNIT_SOURCE = re.compile(r"(?i)\b(?:brigade|battalion|regiment|unit|company|detachment)\b")
_THEM_IRRETRIEVABLY = re.compile(r"(?i)[^.;\d]{0,60}?,\s*(?:(?:about|around|some|nearly|almost|more\s+than|over|at\s+least|"
                                 r"up\s+to)\s+)?\d[\d,]*\s+of\s+(?:them|whom)\s+(?:were\s+|was\s+)?"
                                 r"(?:irretrievably|irrecoverably|killed|dead)\b")


def _scope(s, m: Mention, clauses, attrs, ms=()) -> str:
    if _names_model(s, m) and m.cat not in _MUNITION_CATS:
        return "partial"   # (a munition's model names the whole attack: "11 of the 15 Shahed drones")

    if m.cat == "personnel" and m.cat_span and _RANK_RE.fullmatch(s, *m.cat_span):
        return "partial"   # "12 Russian generals": one rank
    if m.cat_from in ("prev", "inc", "ellipsis"):
        # "T-72 tanks: 45 destroyed, 12 captured": the figure borrows the noun (and model) before it
        idx = next((i for i, x in enumerate(ms) if x is m), 0)
        head = next((p for p in reversed(ms[:idx]) if p.cat == m.cat and p.cat_from not in ("prev", "inc", "ellipsis")),
                    None)
        if head is not None and _names_model(s, head):
            return "partial"
    ca, cb = clauses[m.clause]
    if m.clause > 0 and re.match(r"(?i)\W*(?:with|including|bringing)\b", s[ca:ca + 14]):
        ca = clauses[m.clause - 1][0]   # ", with nearly 15,000 killed" elaborates the clause before
    pt = _PART_AFTER.search(s, m.np_end, cb) if "," in s[m.np_end:cb] else None
    ctext = _masked_clause(s, ca, cb, ms)
    if pt is not None:
        # "47 drones overnight, including 20 over the Bryansk region": the part's place (up to the next comma;
        # "920 vehicles, including 16 Leopard tanks, in the Donbas" is the whole's)
        pe = s.find(",", pt.end(), cb)
        pe = cb if pe < 0 else pe
        ctext = ctext[:pt.start() - ca] + " " * (pe - pt.start()) + ctext[pe - ca:]
    # a unit's own tally over a window ("The 25th Airborne Brigade said it had eliminated 1,046 soldiers between
    # December 2 and 8"): that unit's part
    if m.period == "interval" and m.cat != "civilians" and any(
            _UNIT_SOURCE.search(s, a.start, a.end) for a in attrs if a.end <= m.s or a.start >= m.e):
        return "partial"
    if ":" in s[m.np_end:cb]:
        # "105 UAVs over Russian regions overnight: 41 over the Bryansk region, ...": the parts' places
        k = s.find(":", m.np_end, cb)
        if any(q.s > k and q.part_of is m for q in ms):
            ctext = ctext[:k - ca] + " " * (cb - k)
    # strip the attribution spans (a source "in Kyiv" is no place of the losses)
    for a in attrs:
        if ca <= a.start < cb:
            ctext = ctext.replace(s[a.cue_start:a.cue_end], " " * (a.cue_end - a.cue_start))   # (offsets kept)
    pm0 = _cached_search(ms, "partial", _PARTIAL_RE, ctext)
    if pm0 is None:
        near = _cached_search(ms, "near", _NEAR_PLACE, ctext)
        if near is not None and abs(ca + near.start() - m.np_end) <= 60:
            pm0 = near
    if pm0 and not re.search(r"(?i)\b(?:all|every|entire|whole|the\s+entire)\s+(?:the\s+)?$",
                             ctext[max(0, pm0.start() - 14):pm0.start()]):
        return "partial"
    cache = _sentence_cache(ms)
    places = cache.get(("places", ctext))
    if places is None:
        places = cache[("places", ctext)] = list(_PLACE_RE.finditer(ctext))
    for pm in places:
        if re.match(r"\W*$", ctext[:pm.start()]) or (
                re.search(r"(?:^|[,;:])\s*(?:the\s+)?$", ctext[:pm.start()]) and
                re.match(r"\s+(?:region\s+|oblast\s+)?(?:has|have|had|reported|recorded|saw|suffered|lost|accounted)\b",
                         ctext[pm.end():])):
            return "partial"   # the place is the clause's subject: "Donetsk has reported 352 ..."
        if abs((ca + pm.start()) - m.s) > 110:
            continue   # a place far from the figure (in a relative clause) says nothing of its scope
        pre = ctext[max(0, pm.start() - 30):pm.start()].lower()
        if re.search(r"\b(?:in|around|near|for|of|at|outside|from|on|into|across|inside|over|by|capture|capturing|"
                     r"take|taking|seize|seizing|storm|storming|defend|defending|hold|holding|encircle|encircling)\s+(?:the\s+)?"
                     r"(?:[\w’'\-]+\s+){0,3}$", pre):
            return "partial"
    return "total"
