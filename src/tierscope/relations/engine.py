"""The language-neutral engine behind the relation extractor.

For one sentence: company mentions are grouped into coordinated lists ("X, Y and Z"), each group
gets the preposition that stands before it (its *marker*: "to", "from", "by", "with"...), triggers
from the language lexicon are found, and each trigger's *frame* picks source and target among the
groups from position (left/right of the trigger) and markers. Status comes from cue regexes in the
sentence, in the clause before the trigger, and in the following sentence (a denial).

Nothing here names a language: every word lives in ``lexicon/<lang>.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from . import lexicon as _lexicon
from .lexicon.products import PRODUCTS

_I = re.IGNORECASE
_TOKEN = re.compile(r"[\w$€£%.'’-]+|[,;:()\[\]\"“”«»–—]", re.UNICODE)
_PERCENT = re.compile(r"(\d+(?:[.,]\d+)?)\s?(?:%|per cento|per ?cent|percent|Prozent|pour ?cent|por ?ciento)(?!\w)", _I)
# One alternation for every product (earlier, more specific patterns win at the same position).
_PRODUCT_NAMES = [name for _, name in PRODUCTS]
_PRODUCT_RX: re.Pattern = None  # type: ignore[assignment]  # compiled below, after _gate

#: Sector words that place a company in the chain: lower tier supplies higher tier.
_TIERS = (
    (0, ("mining", "miner", "lithium", "chemical", "material", "metal", "steel", "refin", "nickel", "cobalt", "graphite")),
    (1, ("battery", "cell", "semiconductor", "chip", "component", "supplier", "parts", "electronics", "tyre", "tire")),
    (2, ("automotive", "automaker", "carmaker", "car maker", "oem", "vehicle", "auto", "truck", "mobility")),
)


@dataclass(slots=True)
class Group:
    """Coordinated company mentions ("X, Y and Z") with the marker that precedes the list."""

    start: int  # offsets relative to the sentence
    end: int
    names: list[str]
    firsts: list[int] = field(default_factory=list)  # start of each member
    ends: list[int] = field(default_factory=list)  # end of each member
    comma_only: bool = False  # joined so far by bare commas: a list only once "and" closes it
    member_sectors: list[list[str]] = field(default_factory=list)
    marker: str | None = None  # the marker word, lower-cased
    marker_start: int = -1
    sectors: list[str] = field(default_factory=list)
    head_end: int = -1  # "Hella, il fornitore tedesco": end of the name an apposition of itself follows
    described: int = -1  # "A, B, the unit of C, and D": the member a description inside the list follows


@dataclass(slots=True)
class Found:
    type: str
    source: str
    target: str
    status: str
    confidence: float
    product: str | None
    trigger: tuple[int, int]


@dataclass(slots=True)
class Compiled:
    lang: str
    coord: re.Pattern
    coord_np: re.Pattern | None
    markers: dict[str, list[str]]
    marker_words: list[tuple[list[str], str]]  # (tokens, phrase), longest first
    marker_stop: frozenset[str]  # finite verbs: no preposition governs a name across one
    inner_markers: frozenset[str]  # case articles that open a description and act as its marker
    fronted_gap: re.Pattern | None  # between a fronted "with" group and the subject after the verb
    plural_deal: re.Pattern | None  # a deal noun in the plural: several deals, not one between its subjects
    triggers: list[tuple[re.Pattern, dict]]
    trigger_prefixes: list[tuple[str, ...] | None]  # lower-case literals every match starts with
    status: dict[str, re.Pattern]
    local: dict[str, re.Pattern]
    stake: re.Pattern
    majority: re.Pattern
    anaphora: re.Pattern
    venture_appos: re.Pattern | None
    pair_anaphor: re.Pattern | None
    possessive: re.Pattern
    among: re.Pattern
    rel_subject: re.Pattern
    rel_whose: re.Pattern
    co_investor: re.Pattern
    stake_holder: re.Pattern
    owner_compound: re.Pattern | None
    copula: re.Pattern | None
    staff_nouns: re.Pattern | None
    name_modifier: re.Pattern | None
    rel_object: re.Pattern | None
    asset: re.Pattern | None
    deal: re.Pattern | None
    choose: re.Pattern | None
    child_lead: re.Pattern | None
    goods_of: re.Pattern | None
    made_by: tuple[re.Pattern, re.Pattern] | None  # a production participle before / after its agent
    one_of: re.Pattern | None
    with_rel: re.Pattern | None
    deal_plural: re.Pattern | None
    descriptor: re.Pattern | None
    award: re.Pattern | None
    have_as: re.Pattern | None
    have_in: re.Pattern | None
    participle: re.Pattern | None
    active_aux: re.Pattern | None
    verb_final: bool
    compound_modifier: bool
    facility: dict


@lru_cache(maxsize=None)
def compiled(lang: str) -> Compiled:
    lex = _lexicon.load(lang)
    coord_alt = "|".join(re.escape(w) for w in sorted(lex["coord"], key=len, reverse=True))
    coord = re.compile(r"^\s*(?:(?:" + coord_alt + r")\s*)+$", _I)
    phrases = sorted({w for ws in lex["markers"].values() for w in ws}, key=lambda w: -len(w.split()))
    marker_words = [(w.lower().split(), w.lower()) for w in phrases]
    triggers = [(re.compile(_gate(t["re"]), _I), t) for t in lex["triggers"]]
    status = {k: re.compile(_gate(v), _I) for k, v in lex["status"].items()}
    local = {k: re.compile(_gate(v), _I) for k, v in lex["local"].items()}
    for key in ("completed", "unhedge", "weak_rumoured"):
        if lex.get(key):
            status[key] = re.compile(_gate(lex[key]), _I)
    fac = lex["facility"]
    facility = {
        "nouns": re.compile(_gate(fac["nouns"]), _I),
        "weak_nouns": re.compile(_gate(fac["weak_nouns"]), _I),
        "exclude": re.compile(_gate(fac["exclude"]), _I),
        "build": re.compile(_gate(fac["build"]), _I),
        "status": {k: re.compile(_gate(v), _I) for k, v in fac["status"].items()},
    }
    return Compiled(
        lang=lang,
        coord=coord,
        coord_np=re.compile(r"^\s*(?:" + lex["coord_np"] + r")\s*$", _I) if lex.get("coord_np") else None,
        markers={k: [w.lower() for w in v] for k, v in lex["markers"].items()},
        marker_words=marker_words,
        marker_stop=frozenset(w.lower() for w in lex.get("marker_stop", ())),
        inner_markers=frozenset(lex.get("inner_markers", ())),
        fronted_gap=re.compile(lex["fronted_gap"]) if lex.get("fronted_gap") else None,
        plural_deal=re.compile(lex["plural_deal"], _I) if lex.get("plural_deal") else None,
        triggers=triggers,
        trigger_prefixes=[_prefixes(t["re"]) for t in lex["triggers"]],
        status=status,
        local=local,
        stake=re.compile(lex["stake"], _I),
        majority=re.compile(lex["majority"], _I),
        anaphora=re.compile(lex["anaphora"], _I),
        venture_appos=re.compile(lex["venture_appos"], _I) if lex.get("venture_appos") else None,
        pair_anaphor=re.compile(lex["pair_anaphor"], _I) if lex.get("pair_anaphor") else None,
        possessive=re.compile(lex["possessive"], _I),
        among=re.compile(lex["among"], _I),
        rel_subject=re.compile(r"(?:['’]s?)?\s*,\s*(?:" + lex["rel_subject"] + r")\s+(?:[^\s,;:()]+\s+){0,4}", _I),
        stake_holder=re.compile(lex["stake_holder"], _I),
        co_investor=re.compile(lex["co_investor"], _I),
        rel_whose=re.compile(r"\s*,\s*(?:" + lex["rel_whose"] + r")\s+(?:[\w'’-]+\s+){0,3}", _I),
        owner_compound=re.compile(lex["owner_compound"]) if lex.get("owner_compound") else None,
        copula=re.compile(lex["copula"] + r"$", _I) if lex.get("copula") else None,
        staff_nouns=re.compile(lex["staff_nouns"], _I) if lex.get("staff_nouns") else None,
        name_modifier=re.compile(lex["name_modifier"]) if lex.get("name_modifier") else None,
        rel_object=re.compile(r"\s*,\s*(?:[^,;:()]{0,60}?\s)?(?:" + lex["rel_object"] + r")\s+(?:[\w'’-]+\s+){0,3}$", _I) if lex.get("rel_object") else None,
        asset=re.compile(lex["asset"], _I) if lex.get("asset") else None,
        deal=re.compile(lex["deal"], _I) if lex.get("deal") else None,
        choose=re.compile(lex["choose"], _I) if lex.get("choose") else None,
        child_lead=re.compile(lex["child_lead"], _I) if lex.get("child_lead") else None,
        goods_of=re.compile(r"(?:" + lex["goods_of"] + r")\s+(?:[\w'’-]+\s+){0,2}$", _I) if lex.get("goods_of") else None,
        made_by=(re.compile(r"(?:" + lex["made_by"] + r")\s+$", _I), re.compile(r"\s+(?:" + lex["made_by"] + r")", _I)) if lex.get("made_by") else None,
        one_of=re.compile(r"\s*(?:" + lex["one_of"] + r")\s*", _I) if lex.get("one_of") else None,
        with_rel=re.compile(r"\s*,\s*(?:" + lex["with_rel"] + r")\s+(?:[\w'’]+\s+){0,2}?", _I) if lex.get("with_rel") else None,
        deal_plural=re.compile(lex["deal_plural"], _I) if lex.get("deal_plural") else None,
        descriptor=re.compile(r"(?:" + lex["descriptor"] + r")\s*$", _I) if lex.get("descriptor") else None,
        award=re.compile(lex["award"], _I) if lex.get("award") else None,
        have_as=re.compile(r"(?:" + lex["have_as"] + r")\s+(?:[\w'’]+\s+){0,3}$", _I) if lex.get("have_as") else None,
        have_in=re.compile(r"(?:" + lex["have_in"] + r")\s+$", _I) if lex.get("have_in") else None,
        participle=re.compile(lex["participle"], _I) if lex.get("participle") else None,
        active_aux=re.compile(r"(?:" + lex["active_aux"] + r")\s+(?:[\w'’]+\s+){0,2}$", _I) if lex.get("active_aux") else None,
        verb_final=bool(lex.get("verb_final")),
        compound_modifier=bool(lex.get("compound_modifier")),
        facility=facility,
    )


def _first_chars(items) -> tuple[set[str] | None, bool]:
    """Possible first characters of a parsed regex sequence (None: any), and whether it can be empty."""
    from re import _constants as C

    out: set[str] = set()
    for op, av in items:
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue
        if op is C.LITERAL:
            out.add(chr(av))
            return out, False
        if op is C.IN:
            for iop, iav in av:
                if iop is C.LITERAL:
                    out.add(chr(iav))
                elif iop is C.RANGE and iav[1] - iav[0] < 64:
                    out.update(chr(c) for c in range(iav[0], iav[1] + 1))
                else:
                    return None, False
            return out, False
        if op is C.BRANCH:
            nullable = False
            for alt in av[1]:
                f, n = _first_chars(alt)
                if f is None:
                    return None, False
                out |= f
                nullable = nullable or n
            if not nullable:
                return out, False
            continue
        if op is C.SUBPATTERN:
            f, n = _first_chars(av[-1])
            if f is None:
                return None, False
            out |= f
            if not n:
                return out, False
            continue
        if op in (C.MAX_REPEAT, C.MIN_REPEAT):
            f, n = _first_chars(av[2])
            if f is None:
                return None, False
            out |= f
            if av[0] > 0 and not n:
                return out, False
            continue
        return None, False
    return out, True


def _seq_prefixes(items, k: int) -> set[str] | None:
    """Lower-case strings (at most ``k`` characters) one of which starts every match of a parsed
    regex sequence; shorter ones where the analysis stops early. None: no such set is known."""
    from re import _constants as C

    out = {""}
    for op, av in items:
        if all(len(p) >= k for p in out):
            break
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue  # zero-width
        if op is C.LITERAL:
            out = {p + chr(av).lower() if len(p) < k else p for p in out}
            continue
        if op is C.IN:
            chars = set()
            for iop, iav in av:
                if iop is C.LITERAL:
                    chars.add(chr(iav).lower())
                elif iop is C.RANGE and iav[1] - iav[0] < 8:
                    chars.update(chr(c).lower() for c in range(iav[0], iav[1] + 1))
                else:
                    return out if out != {""} else None
            if len(out) * len(chars) > 256:
                break
            out = {p + c if len(p) < k else p for p in out for c in chars}
            continue
        sub = None
        if op is C.BRANCH:
            sub = set()
            for alt in av[1]:
                got = _seq_prefixes(alt, k)
                if got is None:
                    sub = None
                    break
                sub |= got
        elif op is C.SUBPATTERN:
            sub = _seq_prefixes(av[-1], k)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] >= 1:
            sub = _seq_prefixes(av[2], k)
        if sub is None or len(out) * len(sub) > 256:
            break
        out = {(p + q)[:k] for p in out for q in sub}
        break  # what follows a group is not followed further
    return None if "" in out else out


def _prefixes(pattern: str, k: int = 4) -> tuple[str, ...] | None:
    try:
        from re import _parser

        got = _seq_prefixes(_parser.parse(pattern, _I), k)
    except Exception:  # pragma: no cover
        return None
    return tuple(sorted(got)) if got else None


def _gate(pattern: str) -> str:
    """Prefix a trigger pattern with a lookahead on its possible first characters: Python's regex
    engine then skips most positions at once (about three times faster on news text)."""
    try:
        from re import _parser

        first, nullable = _first_chars(_parser.parse(pattern, _I))
    except Exception:  # pragma: no cover - an exotic pattern: keep it as written
        return pattern
    if first is None or nullable or not first:
        return pattern
    chars = {c for ch in first for c in (ch.lower(), ch.upper())}
    cls = "".join(re.escape(c) for c in sorted(chars))
    return f"(?=[{cls}])(?:{pattern})"


_PRODUCT_RX = re.compile(
    _gate("|".join(f"(?P<p{i}>{p})" for i, (p, _) in enumerate(PRODUCTS))).replace("(?:", "(?<![\\w-])(?:", 1)
    + r"(?![\w])",
    _I,
)


def languages_for(lang: str | None) -> list[str]:
    """The lexicons to run: the document's language, or all of them when it is unknown."""
    if lang in _lexicon.LANGUAGES:
        return [lang]  # type: ignore[list-item]
    return list(_lexicon.LANGUAGES)


# ----------------------------------------------------------------------------------------------
# groups and markers


def build_groups(text: str, spans: list[tuple[int, int, str, list[str]]], lex: Compiled) -> list[Group]:
    """``spans``: (start, end, canonical, sectors) relative to the sentence, sorted. Adjacent mentions
    joined only by list words form one group; the same canonical twice in a row merges.

    A bare comma makes a list only when a conjunction closes it ("X, Y and Z"): otherwise the comma
    opens an apposition ("Ampere, Renault's subsidiary", "Ford Otosan, Ford's joint venture") and the
    names stay apart. A name followed by a possessive ("Renault's") never joins through a comma.
    A conjunction may carry a description of the next name ("Gotion and the Slovak start-up InoBat")."""
    groups: list[Group] = []
    for s, e, name, sectors in spans:
        if groups:
            g = groups[-1]
            gap = text[g.end : s]
            if s < g.end:  # overlapping mentions: keep the first
                continue
            if gap.strip() in ("", "'s", "’s") and name in g.names:
                g.end = max(g.end, e)
                g.ends[-1] = g.end
                continue
            if gap.strip() == "," and g.names == [name] and len(g.firsts) == 1:
                # "Hella, il fornitore tedesco" (the second a reference back to the first): one group
                g.head_end = g.end
                g.end = max(g.end, e)
                g.ends[-1] = g.end
                continue
            bare = gap.strip() == ","
            joined = lex.coord.match(gap) or (lex.coord_np is not None and lex.coord_np.match(gap))
            if (joined and gap.strip() and not (bare and _POSSESSIVE_AFTER.match(text, e))) \
                    or _repeated_preposition(text, g.start, gap, lex):
                if name not in g.names:
                    g.names.append(name)
                    g.firsts.append(s)
                    g.ends.append(e)
                    g.sectors.extend(sectors)
                    g.member_sectors.append(list(sectors))
                    g.comma_only = bare and (len(g.names) == 2 or g.comma_only)
                g.end = e
                continue
        groups.append(Group(s, e, [name], [s], [e], sectors=list(sectors), member_sectors=[list(sectors)]))
    _close_after_apposition(text, groups, lex)
    out: list[Group] = []
    for g in groups:
        if g.comma_only and len(g.names) > 1:
            out.extend(Group(a, b, [n], [a], [b], sectors=list(sc), member_sectors=[list(sc)])
                       for a, b, n, sc in zip(g.firsts, g.ends, g.names, g.member_sectors))
        else:
            out.append(g)
    return out


#: ", la controllata di LG Chem che produce celle in Polonia,": a description of a list's last name,
#: between commas (companies inside it allowed)
_LIST_APPOSITION = re.compile(r"\s*,\s*(?-i:[a-zà-öø-ÿ])[^,;:()]{0,100},")


def _close_after_apposition(text: str, groups: list[Group], lex: Compiled) -> None:
    """"con Stellantis, LG Energy Solution, la controllata di LG Chem che produce celle, e il gruppo
    belga Umicore": a bare-comma list whose last name takes a description is closed by the name
    after the description's comma and conjunction; the companies inside the description stay apart."""
    i = 0
    while i < len(groups):
        g = groups[i]
        m = _LIST_APPOSITION.match(text, g.end) if g.comma_only and len(g.names) > 1 else None
        nxt = next((h for h in groups[i + 1 :] if h.start >= m.end()), None) if m else None
        if nxt is None or not (lex.coord.match(text[m.end() - 1 : nxt.start]) or (
                lex.coord_np is not None and lex.coord_np.match(text[m.end() : nxt.start]))) or not text[m.end() : nxt.start].strip():
            i += 1
            continue
        g.described = len(g.names) - 1
        g.names.extend(n for n in nxt.names if n not in g.names)
        g.firsts.extend(nxt.firsts)
        g.ends.extend(nxt.ends)
        g.sectors.extend(nxt.sectors)
        g.member_sectors.extend(nxt.member_sectors)
        g.comma_only = False
        groups.remove(nxt)
        i += 1


# Up to two short words between a verb and the subject that follows it ("bezieht derzeit BMW").
_NEAR_AFTER = re.compile(r"\s+(?:\w{1,12}\s+){0,2}")
_LAST_WORD = re.compile(r"([\w'’]+)\s*$")


def _repeated_preposition(text: str, first: int, gap: str, lex: Compiled) -> bool:
    """"von CATL sowie von Farasis", "from A and from B", "da A e da B": a list whose members each
    repeat the preposition the list opened with."""
    before = _LAST_WORD.search(text, max(0, first - 20), first)
    if before is None:
        return False
    word = before.group(1).lower()
    if not any(word in ws for ws in lex.markers.values()):
        return False
    tail = gap.rstrip()
    if not tail.lower().endswith(word) or (len(tail) > len(word) and tail[-len(word) - 1].isalnum()):
        return False
    head = tail[: len(tail) - len(word)]
    return bool(head.strip()) and lex.coord.match(head) is not None


_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")
_YEAR = re.compile(r"(?:19|20)\d\d")
_REL_WORDS = frozenset(("cui", "which", "whom", "whose", "quale", "quali", "lequel", "laquelle", "lesquels", "lesquelles",
                        "duquel", "auquel", "cual", "cuales", "que", "qui", "che", "welchem", "welcher", "welchen"))


_ELIDED = re.compile(r"([^\W\d_]+['’])(?=[^\W\d_])")


def _marker_tokens(region: str, lo: int) -> tuple[list[str], list[int]]:
    """Lower-cased tokens of ``region`` and their offsets; an elided preposition glued to the next
    word is a token of its own ("dall'americana" -> "dall'", "americana"), so it can be a marker."""
    toks: list[str] = []
    offs: list[int] = []
    for m in _TOKEN.finditer(region):
        word = m.group(0).lower().replace("’", "'")
        e = _ELIDED.match(word)
        if e is not None:
            toks.append(e.group(1))
            offs.append(lo + m.start())
            word = word[e.end():]
            offs.append(lo + m.start() + e.end())
        else:
            offs.append(lo + m.start())
        toks.append(word)
    return toks, offs


def assign_markers(text: str, groups: list[Group], lex: Compiled, barriers: list[int], places: list[tuple[int, int]] = ()) -> None:
    """The marker of a group: a known preposition among the (at most four) tokens before it, not
    crossing the previous group, a trigger (``barriers``: trigger ends) or a comma. A place named
    between "in" and the group is what "in" governs ("In den USA betreibt LGES ...": ``places``)."""
    prev_end = 0
    for g in groups:
        lo = prev_end
        for b in barriers:
            if lo <= b <= g.start:
                lo = b
        hi = g.start
        described = lex.descriptor.search(text, lo, g.start) if lex.descriptor is not None else None
        if described is not None:
            # "liderada por el fondo francés de infraestructuras X": the "de" inside a description
            # governs its noun; the name's own preposition stands before the description
            hi = described.start("np")
        region = text[lo:hi]
        toks, offs = _marker_tokens(region, lo)
        g.marker = None
        skipped = 0
        i = len(toks)
        while i > 0 and skipped <= 4:
            tok = toks[i - 1]
            if tok == ":" and skipped == 0 and _CLOSES_CLAUSE.match(text, g.end):
                # "from two suppliers: CATL and EVE": the list after the colon is the noun's content
                _colon_marker(g, text, prev_end, offs[i - 1], lex)
                break
            if tok in (",", ";", ":", "(", ")", "[", "]", "–", "—", "\"", "“", "”", "«", "»"):
                break
            hit = None
            for words, phrase in lex.marker_words:
                n = len(words)
                if i - n >= 0 and toks[i - n : i] == words:
                    hit = (phrase, n)
                    break
            if hit:
                if skipped > 1 and hit[0] in lex.markers.get("report", ()):
                    break  # "Laut Insidern verhandelt BMW": the source is the insiders, not BMW
                if _only_in(lex, hit[0]) and any(offs[i - 1] < a < g.start for a, _ in places):
                    break
                g.marker = hit[0]
                g.marker_start = offs[i - hit[1]]
                break
            if _YEAR.fullmatch(tok) or tok in _REL_WORDS or tok in lex.marker_stop:
                # "nel 2021 X", "seit 2020 X": the preposition governs the date, not the company;
                # "con cui X forniva", "with which X": the preposition governs the relative word;
                # "von 2027 an soll X": a finite verb stands between
                break
            # elided articles: l'/d'/dell'/all' glued to the next word are not markers
            skipped += 1
            i -= 1
        if g.marker is None and lex.inner_markers:
            _inner_marker(text, g, lex)
        prev_end = g.end


#: after a list that spells out a noun: the end of the clause, not a verb of its own
_CLOSES_CLAUSE = re.compile(r"\s*(?:[.;,)]|$)")
#: the words of a short plural noun phrase before a colon ("two suppliers", "drei Kunden")
_NOUN_WORD = re.compile(r"[^\W_][\w'’-]*")


def _colon_marker(g: Group, text: str, lo: int, colon: int, lex: Compiled) -> None:
    """"buys cells from two suppliers: CATL and EVE", "liefert an drei Kunden: A, B und C": the list
    after a colon takes the preposition of the noun phrase the colon closes (at most three words
    between the preposition and the colon, no punctuation, no year). The noun may be a trigger of
    its own ("suppliers"): the phrase is read back to the previous company, not to the trigger."""
    toks, offs = _marker_tokens(text[max(lo, colon - 60) : colon], max(lo, colon - 60))
    for n in range(1, 4):
        words = toks[len(toks) - n :]
        if len(words) < n or not all(_NOUN_WORD.fullmatch(w) and not _YEAR.fullmatch(w) and w not in _REL_WORDS for w in words):
            return
        head = toks[: len(toks) - n]
        for marker_words, phrase in lex.marker_words:
            k = len(marker_words)
            if len(head) >= k and head[len(head) - k :] == marker_words:
                g.marker = phrase
                g.marker_start = offs[len(head) - k]
                return


def _inner_marker(text: str, g: Group, lex: Compiled) -> None:
    """A description that begins with a case article the lexicon reads as a preposition ("des
    Konzerns": of) is governed by it, as a name after that preposition would be."""
    first = text[g.start : g.end].split(None, 1)
    if len(first) == 2 and first[0] in lex.inner_markers:
        g.marker, g.marker_start = first[0], g.start


def _only_in(lex: Compiled, word: str) -> bool:
    """A preposition of place only ("in", "nel", "en", "dans"), never "with", "of" or "to"."""
    return word in lex.markers.get("in", ()) and not any(word in ws for r, ws in lex.markers.items() if r != "in")


def has(lex: Compiled, role: str, g: Group) -> bool:
    return g.marker is not None and g.marker in lex.markers.get(role, ())


# ----------------------------------------------------------------------------------------------
# products, sectors


def products_in(text: str) -> list[tuple[int, str]]:
    """Every product named in ``text``: (start, English name)."""
    # The same matches as ``_PRODUCT_RX.finditer(text)``, about three times faster: the places a
    # product may start are found with the head of ``_PRODUCT_RX`` (its first-character gate and
    # "not inside a word"), and there only the products that may start with that character are
    # tried, in their order (the others cannot match there, so the first that matches is the same).
    out: list[tuple[int, str]] = []
    if _PRODUCT_START is None:
        return [(m.start(), _PRODUCT_NAMES[int(m.lastgroup[1:])]) for m in _PRODUCT_RX.finditer(text)]
    search, at, pos = _PRODUCT_START.search, _PRODUCTS_AT.get, 0
    while (m := search(text, pos)) is not None:
        p = m.start()
        rx = at(text[p], _PRODUCT_HEAD)
        if rx is _PRODUCT_HEAD:
            rx = _products_at(text[p])
        hit = rx.match(text, p) if rx is not None else None
        if hit is None:
            pos = p + 1
        elif hit.end() == p:  # an empty match (no product can be empty): finditer's own rules
            return [(m.start(), _PRODUCT_NAMES[int(m.lastgroup[1:])]) for m in _PRODUCT_RX.finditer(text)]
        else:
            out.append((p, _PRODUCT_NAMES[int(hit.lastgroup[1:])]))
            pos = hit.end()
    return out


_PRODUCT_HEAD = "(?<![\\w-])"
# "(?=[first characters])(?<![\w-])": where a match of _PRODUCT_RX may start
_PRODUCT_START = (re.compile(_PRODUCT_RX.pattern[: _PRODUCT_RX.pattern.index(_PRODUCT_HEAD) + len(_PRODUCT_HEAD)], _I)
                  if _PRODUCT_RX.pattern.startswith("(?=[") and _PRODUCT_HEAD in _PRODUCT_RX.pattern else None)
_PRODUCTS_AT: dict[str, re.Pattern | None] = {}  # first character -> the products that may start with it


@lru_cache(maxsize=1)
def _product_firsts() -> tuple[re.Pattern | None, ...]:
    """Per product, its possible first characters (None: any)."""
    from re import _parser

    out = []
    for pattern, _ in PRODUCTS:
        try:
            first, nullable = _first_chars(_parser.parse(pattern, _I))
        except Exception:  # pragma: no cover - keep the product everywhere
            first, nullable = None, True
        out.append(None if not first or nullable else re.compile("[" + "".join(re.escape(c) for c in sorted(first)) + "]", _I))
    return tuple(out)


def _products_at(ch: str) -> re.Pattern | None:
    rx = _PRODUCTS_AT.get(ch, _PRODUCT_HEAD)
    if rx is _PRODUCT_HEAD:
        idx = [i for i, first in enumerate(_product_firsts()) if first is None or first.match(ch)]
        rx = re.compile(_PRODUCT_HEAD + "(?:" + "|".join(f"(?P<p{i}>{PRODUCTS[i][0]})" for i in idx) + r")(?![\w])",
                        _I) if idx else None
        _PRODUCTS_AT[ch] = rx
    return rx


def nearest_product(found: list[tuple[int, str]], lo: int, hi: int, anchor: int) -> str | None:
    best = None
    for start, name in found:
        if lo <= start < hi and (best is None or abs(start - anchor) < best[0]):
            best = (abs(start - anchor), name)
    return best[1] if best else None


def find_product(text: str, lo: int, hi: int, anchor: int) -> str | None:
    """The product named nearest ``anchor`` inside text[lo:hi]."""
    best = None
    for m in _PRODUCT_RX.finditer(text, lo, hi):
        d = abs(m.start() - anchor)
        if best is None or d < best[0]:
            best = (d, _PRODUCT_NAMES[int(m.lastgroup[1:])])
    return best[1] if best else None


def tier(sectors: list[str]) -> int | None:
    joined = " ".join(sectors).lower()
    if not joined:
        return None
    found = [t for t, words in _TIERS if any(w in joined for w in words)]
    return min(found) if found else None


# ----------------------------------------------------------------------------------------------
# frames: pick (source group, target group) around one trigger


_MAX_LEFT = 160
_MAX_RIGHT = 110


def _left(groups, t0, text, skip_roles, lex, limit=_MAX_LEFT):
    """Groups before the trigger, nearest first, not beyond a clause break, within ``limit``."""
    out = []
    for g in reversed(groups):
        if g.end > t0:
            continue
        if t0 - g.end > limit:
            break
        if any(has(lex, r, g) for r in skip_roles):
            continue
        out.append(g)
    return out


def _right(groups, t1, limit=_MAX_RIGHT):
    return [g for g in groups if g.start >= t1 and g.start - t1 <= limit]


def _unmarked(lex, g):
    return g.marker is None or not any(g.marker in lex.markers.get(r, ()) for r in ("agent", "recipient", "from", "with", "of", "in", "report"))


_RELATIVE = re.compile(r"\b(?:which|who|whom|whose|that|che|il quale|la quale|cui|der|die|das|dem|dessen|deren|welche[rsnm]?|qui|que|qu'|dont|lequel|laquelle|quien|quienes|cual|cuya|cuyo)\b", _I)


def _in_relative(text: str, g: Group, t0: int) -> bool:
    """", which already supplies Tesla, signed ...": Tesla belongs to a closed relative clause."""
    if "," not in text[g.end : t0]:
        return False
    lo = text.rfind(",", 0, g.start)
    return lo >= 0 and _RELATIVE.search(text, lo, g.start) is not None


_APPOS_CLOSE = re.compile(r"[^,;:()]{0,80}?,")


def _in_apposition(text: str, groups: list[Group], g: Group, t0: int) -> bool:
    """"Enel X Way, la controllata del gruppo Enel, ha firmato ...": a company named inside an
    apposition (opened by a comma right after another company, closed by a comma before the
    trigger) describes that company; it is not the subject of the clause."""
    lo = text.rfind(",", 0, g.start)
    if lo < 0 or g.start - lo > 60 or re.search(r"[;:()]", text[lo + 1 : g.start]):
        return False
    if not _APPOS_CLOSE.match(text, g.end) or text.find(",", g.end) >= t0:
        return False
    # the head may have taken a description of itself into its group ("Agratas, la società delle
    # celle controllata dalla holding Tata Sons,": "la società" is Agratas again)
    head = next((h for h in reversed(groups) if h.end <= lo or 0 <= h.head_end <= lo < h.end), None)
    if head is None or g is head or text[head.head_end if head.end > lo else head.end : lo].strip() not in ("",):
        return False
    first = text[lo + 1 : g.start].split()
    if first:
        w = first[0]
        return w[:1].islower() and _RELATIVE.match(w) is None
    return _POSSESSIVE_AFTER.match(text, g.end) is not None  # "Ampere, Renault's subsidiary, ..."


def _subject(lex, groups, t0, text):
    """Nearest unmarked group left of the trigger, skipping one that sits inside a relative clause,
    an apposition or a report attribution."""
    for g in _left(groups, t0, text, ("report",), lex):
        if _unmarked(lex, g) and not _in_relative(text, g, t0) and not _in_apposition(text, groups, g, t0):
            return g
    return None


def resolve(frame: str, trig: dict, m: re.Match, groups: list[Group], text: str, lex: Compiled):
    """Return a list of (source_group_names, target_group_names, type_override, conf_delta), with a
    fifth item where the frame knows the status better than the trigger: "active" (what the words
    state when no cue says otherwise: "X is a joint venture of A and B") or "standing" (active, and
    the sentence's own news does not change it: "ACC, the joint venture of A and B, denied ...")."""
    t0, t1 = m.start(), m.end()
    right = _right(groups, t1)
    out: list[tuple[list[str], list[str], str | None, float]] = []

    if frame == "SUPPLY" and trig.get("nominal"):
        if trig.get("talks"):
            # "verhandelt mit CATL über Zellen": talks about a product named right after, in a
            # sentence that speaks of talks; only the tiers give the direction
            pm = _PRODUCT_RX.search(text, t1, min(len(text), t1 + 40))
            if pm is None or not _NEAR_WORDS.fullmatch(text, t1, pm.start()) or not lex.status["in_talks"].search(text):
                return []
        return _nominal_supply(groups, t0, t1, text, lex, deal_ok=not trig.get("talks"))

    if frame == "SUPPLY":
        # the passive agent of this verb: not past a bracket or a clause break ("(acquired by Y)")
        agent = next((g for g in right if has(lex, "agent", g) and not re.search(r"[;:()]|,\s", text[t1 : g.start])), None)
        if agent is None:
            agent = next((g for g in _left(groups, t0, text, (), lex, 60) if has(lex, "agent", g)), None) if lex.verb_final else None
        if agent is not None and lex.goods_of is not None and lex.goods_of.search(text, max(0, agent.marker_start - 80), agent.marker_start):
            agent = None  # "liefert Bremsen für die Fahrzeuge von Ford": the goods' owner, not a passive agent
        recip = next((g for g in right if has(lex, "recipient", g) and g is not agent), None)
        if recip is None and agent is not None and lex.verb_final and agent.end <= t0:
            # "Zellen werden von CATL an BMW geliefert": both before the participle
            recip = next((g for g in groups if agent.end <= g.start and g.end <= t0 and has(lex, "recipient", g)), None)
        if recip is not None and lex.asset is not None and lex.asset.search(text, t1, recip.start):
            return out  # "sells its battery unit to Y": a divestment, not a supply
        if recip is None and trig.get("recipient_only") and lex.verb_final and agent is None:
            # "Samsung SDI wird die Zellen für BMW fertigen": the customer before the final verb
            recip = next((g for g in reversed(groups) if g.end <= t0 and t0 - g.end <= 60 and has(lex, "recipient", g)
                          and not re.search(r"[,;:()]", text[g.end : t0])), None)
            if recip is not None and _subject(lex, [g for g in groups if g.end <= recip.start], recip.start, text) is None:
                recip = None
        if trig.get("recipient_only") and (recip is None or agent is not None or (recip.start - t1 > 60 and recip.start > t0)):
            return out  # "fabrica componentes para Audi": making is a supply only for a named customer
        ante, rel = _relative_antecedent(groups, t0, text) if agent is None else (None, None)
        if rel is not None:
            # "Siemens Gamesa, que le suministra aerogeneradores": the relative's antecedent supplies;
            # with a dative clitic ("le", "lui", "gli") the customer is the clause subject
            tgt = recip or next((g for g in right if _unmarked(lex, g) and g.start - t1 <= 60), None)
            if tgt is None and rel.group(1):
                tgt = _subject_before(lex, groups, ante, text)
            if tgt is not None and tgt is not ante:
                out.append((ante.names, _coordinated(lex, groups, tgt, text, ("recipient",)) if tgt is recip else tgt.names, None, 0.0))
                return out
        if agent is not None and recip is None:
            # "Cells for X will be supplied by Y": the recipient stands before the participle
            recip = next((g for g in _left(groups, t0, text, ("report",), lex, 80) if g is not agent and has(lex, "recipient", g)), None)
        if agent is not None:
            tgt = recip or _subject(lex, groups, t0, text) or _previous_clause_subject(lex, groups, t0, text)
            if tgt is not None and tgt is not agent:
                out.append((agent.names, _coordinated(lex, groups, tgt, text, ("recipient",)) if tgt is recip else tgt.names, None, 0.05))
            return out
        src = ante if rel is not None else _subject(lex, groups, t0, text)
        if src is None:
            return out
        tgt = recip
        if tgt is None:
            obj = next((g for g in right if _unmarked(lex, g) and g.start - t1 <= 60 and not re.search(r"[;:()]", text[t1 : g.start])), None)
            if obj is not None and lex.asset is not None and lex.asset.search(text, t1, obj.start):
                return out  # "vendió la participación que tenía en Y": a stake sold, not goods
            tgt = obj
        if tgt is None:
            chosen = _chosen(lex, groups, t0, text)
            if chosen is not None:
                out.append((chosen[0].names, chosen[1].names, None, -0.05))
                return out
        if tgt is None:
            # verb-final clause: "X wird ab 2026 Zellen an Y liefern"
            lefts = _left(groups, t0, text, ("report",), lex)
            rec_left = next((g for g in lefts if has(lex, "recipient", g) and g.start > src.end), None)
            if rec_left is not None and lex.choose is not None and lex.choose.search(text, src.end, rec_left.marker_start):
                # "PowerCo ficha a Iberdrola para abastecer ...": the one chosen supplies the chooser
                out.append((rec_left.names, src.names, None, -0.05))
                return out
            if rec_left is not None:
                tgt = rec_left
            elif lex.verb_final:
                unm = [g for g in lefts if _unmarked(lex, g)]
                if len(unm) >= 2 and text[unm[1].end : unm[0].start].count(",") == 0:
                    src, tgt = unm[1], unm[0]
        if tgt is None and lex.goods_of is not None:
            own = next((g for g in right if has(lex, "of", g) and g.start - t1 <= 90), None)
            lo = t1
            if own is None and lex.verb_final:
                # "X soll Zellen für die Modelle von Y liefern": the owner of the goods before the verb
                own = next((g for g in groups if src.end < g.start and g.end <= t0 and has(lex, "of", g)), None)
                lo = src.end
            if own is not None and own is not src and lex.goods_of.search(text, max(lo, own.marker_start - 80), own.marker_start) and not re.search(
                r"[;:()]" if lo < t0 else r"[,;:()]", text[lo : own.start]
            ) and not any(g is not own and lo <= g.start < own.start for g in groups if g is not src):
                out.append((src.names, own.names, None, -0.1))
                return out
        if tgt is None and lex.possessive.search(text, t1, min(len(text), t1 + 45)):
            # "Tesla said LG will supply cells for its Model Y": the speaker is the customer
            prior = next((g for g in _left(groups, src.start, text, ("report",), lex) if _unmarked(lex, g)), None)
            if prior is not None:
                out.append((src.names, prior.names, None, -0.12))
                return out
        if tgt is None:
            # "X is in talks with Y to supply cells": the partner of the talks is the customer
            w = next((g for g in _left(groups, t0, text, (), lex) if has(lex, "with", g) and g.start > src.end), None)
            if w is None:
                w = next((g for g in right if has(lex, "with", g)), None)
            if w is not None and lex.asset is not None and lex.asset.search(text, t1, min(len(text), t1 + 40)):
                return out  # "negocia con Y para venderle su filial": a sale of a unit, not of goods
            if w is not None:
                out.append((src.names, w.names, None, -0.15))
                return out
        if tgt is not None and tgt is not src:
            names = _coordinated(lex, groups, tgt, text, ("recipient",)) if tgt is recip else tgt.names
            out.append((src.names, names, None, 0.05 if tgt is recip else 0.0))
        return out

    if frame == "RELY":
        sup = next((g for g in right if g.start - t1 <= 25 and _RELY_GAP.fullmatch(text, t1, g.start)), None)
        cust = _subject(lex, groups, t0, text)
        if sup is None or cust is None or sup is cust or re.search(r"[,;:()]", text[t1 : sup.start]):
            return out
        if trig.get("product_after"):
            # "X chose Y for its LFP batteries": the product follows the chosen company closely
            pm = _PRODUCT_RX.search(text, sup.end, min(len(text), sup.end + 50))
            if pm is None or not _FOR_PRODUCT.fullmatch(text, sup.end, pm.start()):
                return out
        out.append((sup.names, cust.names, None, 0.0))
        return out

    if frame == "PROCURE":
        frm = next((g for g in right if has(lex, "from", g)), None)
        maker = _maker(lex, right, t1, text) if frm is None else None
        frm = frm or maker
        ante, rel = _relative_antecedent(groups, t0, text)
        if rel is not None and rel.group(1) and frm is None:
            # "Ford, que le compra hidróxido", "Renault, qui lui achète des cellules": the antecedent
            # buys, the dative clitic stands for the clause subject, who sells
            seller = _subject_before(lex, groups, ante, text)
            if seller is not None and seller is not ante:
                out.append((seller.names, ante.names, None, -0.05))
            return out
        if frm is None:
            frm = next((g for g in _left(groups, t0, text, (), lex, 80) if has(lex, "from", g)), None)
        if frm is None:
            return _clitic_seller(lex, groups, t0, text)
        between = text[t1 : frm.start] if frm.start > t1 else text[frm.end : t0]
        if lex.stake.search(between) or (lex.asset is not None and lex.asset.search(between)):
            return out  # "compró el negocio de frenos de Y": a unit bought, not goods
        # "Ford, que compra hidróxido a SQM": the relative's antecedent buys
        cust = ante if rel is not None and ante is not frm else (_relative_subject(lex, groups, t0, text) or _subject(lex, groups, t0, text))
        if cust is None:
            # the subject after the verb: "Die Zellen bezieht BMW von CATL", "lo recibe Posco"
            cust = next((g for g in right if g.end <= frm.start and _unmarked(lex, g) and _NEAR_AFTER.fullmatch(text, t1, g.start)), None)
        if cust is None or cust is frm:
            return out
        if maker is not None and not _VERB_GROUP.fullmatch(text, cust.end, t0):
            return out  # "BMW said customers would get cars built by X": the buyers are no company
        out.append((frm.names, cust.names, None, 0.0))
        return out

    if frame == "WIN_ORDER":
        frm = next((g for g in right if has(lex, "from", g) or has(lex, "agent", g)), None)
        if frm is None and lex.verb_final:
            frm = next((g for g in _left(groups, t0, text, (), lex, 80) if has(lex, "from", g) or has(lex, "agent", g)), None)
        sup = _subject(lex, groups, t0, text)
        if frm is None or sup is None or sup is frm:
            return out
        out.append((sup.names, frm.names, None, 0.0))
        return out

    if frame == "WIN_ORDER_BY":  # "X has been selected as supplier by Y"
        frm = next((g for g in right if has(lex, "agent", g) or has(lex, "from", g) or has(lex, "of", g)), None)
        sup = _subject(lex, groups, t0, text)
        if frm is None or sup is None or sup is frm:
            return out
        out.append((sup.names, frm.names, None, 0.0))
        return out

    if frame == "SUPPLIER_N":
        # The noun names one company (its *referent*: the supplier, the customer, the shareholder)
        # by its relation to another (the *anchor*). Pairs are (referent, anchor); a "reverse" noun
        # (customer) gives the supply the other way round.
        rev = bool(trig.get("reverse"))

        def put(referent, anchor, dconf, *stated):
            out.append(((anchor.names, referent.names) if rev else (referent.names, anchor.names)) + (None, dconf) + stated)
            return out

        rel = _relative_pair(lex, groups, t0, text)
        if rel is not None:
            actor, head = rel
            # told in a relative clause of a name, with no status cue of its own: a standing tie that
            # the sentence's news ("Gotion, che ha in Volkswagen il primo azionista, ha smentito") leaves
            stated = () if _cue_between(lex, text, head.end, t1) else ("standing",)
            if has(lex, "of", actor):
                return put(head, actor, 0.0, *stated)  # "Exor, che di Iveco è il primo azionista"
            return put(actor, head, 0.0, *stated)  # "Gotion, en la que Volkswagen es el primer accionista"
        head = next((g for g in reversed(groups) if g.end <= t0), None)
        if head is not None and lex.rel_whose.fullmatch(text, head.end, t0):
            # "Gotion, dont le premier actionnaire est Volkswagen": the noun's referent follows it
            nxt = next((g for g in right if g.start - t1 <= 40 and _unmarked(lex, g) and not _clause_gap(text, t1, g.start)), None)
            return put(nxt, head, 0.0) if nxt is not None else out
        had = _had_as(lex, groups, t0, t1, text)
        if had is not None:
            referent, anchor, described = had
            standing = described and not _cue_between(lex, text, anchor.end, t1)
            return put(referent, anchor, 0.0, *(("standing",) if standing else ()))
        lefts = _left(groups, t0, text, ("report",), lex, 90)
        adj = lefts[0] if lefts and _adjacent(text, lefts[0].end, t0) and not _marker_between(text, lefts[0].end, t0, lex) else None
        if adj is not None and lex.among.search(text, adj.end, t0):
            adj = None  # "Verkor counts Bpifrance among its shareholders": "its" is the subject's, read below
        if adj is not None and rev and not _POSSESSIVE_AFTER.match(text, adj.end):
            adj = None  # "Renault, premier client": only "Tesla's customer" makes Tesla the anchor
        of_roles = ("of", "recipient", "in") if trig["type"] == "invests_in" else ("of",) if rev else ("of", "recipient")
        of = next((g for g in right if any(has(lex, r, g) for r in of_roles) and g.start - t1 <= 40 and (not rev or len(text[t1 : g.marker_start].split()) <= 1)), None)
        if of is not None and lex.possessive.search(text, max(0, t0 - 12), t0):
            of = None  # "cuenta entre sus accionistas a Almara": the possessive is the noun's complement
        if of is not None and (re.search(r"[;:()]", text[t1 : of.start]) or any(g is not of and t1 <= g.start < of.start for g in right)):
            of = None  # "Seat cambia de proveedor: Motherson sustituye a Ficosa": not the noun's complement
        if adj is not None and _AS.search(text, adj.end, t0):
            # "Seat eligió a Gotion como proveedor (de Seat)": the name before "as" is the referent
            anchor = of or next((g for g in lefts[1:] if _unmarked(lex, g)), None)
            return put(adj, anchor, 0.0) if anchor is not None else out
        if adj is not None and of is None:
            # "Tesla supplier Panasonic" / "Panasonic is Tesla's supplier" / "X, Tesla's supplier"
            nxt = next((g for g in right if _unmarked(lex, g) and (g.start - t1 <= 4 or _INCLUDE.fullmatch(text, t1, g.start))), None)
            if nxt is not None:
                return put(nxt, adj, 0.0)
            elif len(lefts) > 1 and (_unmarked(lex, lefts[1]) or text[lefts[1].end : adj.start].strip() == ","):
                # "X, Tesla's supplier" / "cells from X, BMW's second supplier": X is the referent
                return put(lefts[1], adj, -0.05)
            return out
        if of is not None:
            # (not across a clause break: "Vostra baut ein Werk; zu den Kunden von Almara zählen Brixo ...")
            src = next((g for g in lefts if _unmarked(lex, g) and not re.search(r"[;:]", text[g.end : t0])), None)
            if lefts and _APPOSITION.fullmatch(text, lefts[0].end, t0):
                src = lefts[0]  # "pour Volkswagen, premier actionnaire de Northvolt": the apposition's head
            if src is not None:
                return put(src, of, 0.0)
            # "Il primo cliente di Brembo resta BMW": the referent follows a copula
            nxt = next((g for g in right if g.start > of.end and _unmarked(lex, g) and _INCLUDE.fullmatch(text, of.end, g.start)), None)
            if nxt is not None:
                return put(nxt, of, -0.05)
            return out
        member = _member_before_possessive(lex, groups, lefts, t0, text)
        if member is not None:
            return put(member[0], member[1], -0.05)
        member = _membership_after_clause(lex, groups, right, t0, t1, text)
        if member is not None:
            return put(*member, -0.05)
        subj = _subject(lex, groups, t0, text)
        if subj is None or re.search(r"[,;:()]", text[subj.end : t0]) or t0 - subj.end > 70:
            return out
        if lex.possessive.search(text, max(subj.end, t0 - 20), t0):
            # "Verkor counts Bpifrance among its shareholders" / "X conta fra i suoi clienti Y"
            before = next((g for g in lefts if g.end <= subj.start and _unmarked(lex, g)), None)
            if (before is not None and not re.search(r"[,;:()]", text[before.end : subj.start]) and subj.start - before.end <= 40
                    and (lex.among.search(text, subj.end, t0) or _AS.search(text, subj.end, t0))):
                # "among its shareholders", "as its supplier"; "Volkswagen creó PowerCo y es su único
                # accionista" names no membership: nothing read
                return put(subj, before, -0.05)  # the nearest is the object, the one before it the subject
            # (Spanish marks a named object with "a": "cuenta entre sus clientes a Ford")
            nxt = next((g for g in right if (_unmarked(lex, g) or has(lex, "recipient", g)) and g.start - t1 <= 50), None)
            if nxt is not None and nxt is not subj:
                return put(nxt, subj, -0.05)
            return out
        # "Northvolt ha perso il cliente Scania": the noun's referent follows it, the anchor is the
        # subject. Customers only: "ZF hat den Zulieferer TRW erworben" names TRW a supplier in general.
        nxt = next((g for g in right if _unmarked(lex, g) and g.start - t1 <= 4), None)
        if rev and nxt is not None and nxt is not subj:
            return put(nxt, subj, -0.1)
        return out

    if frame in ("DEAL_SUPPLIER", "DEAL_BUYER") and trig.get("tier_only"):
        # a plain contract noun: a supply only for a product named right after it, between two
        # companies whose places in the chain differ
        pm = _PRODUCT_RX.search(text, t1, min(len(text), t1 + 60))
        if pm is None or re.search(r"[,;:()]", text[t1 : pm.start()]):
            return out
        a = _subject(lex, groups, t0, text)
        b = next((g for g in right if has(lex, "with", g) and g.start < pm.start()), None)
        if b is None:
            b = next((g for g in _left(groups, t0, text, ("report",), lex, 80) if has(lex, "with", g) and g is not a), None)
        if a is None or b is None or a is b or len(a.names) > 1 or len(b.names) > 1:
            return out
        ta, tb = tier(a.sectors), tier(b.sectors)
        if ta is None or tb is None or ta == tb:
            return out
        out.append((a.names, b.names, None, 0.0) if ta < tb else (b.names, a.names, None, 0.0))
        return out

    if frame in ("DEAL_SUPPLIER", "DEAL_BUYER"):
        a = _subject(lex, groups, t0, text)
        if a is None and lex.verb_final:
            # "Abnahmeverträge hat Stegra mit X geschlossen": the deal fronted, its subject after the verb
            a = next((g for g in right if _unmarked(lex, g) and _NEAR_AFTER.fullmatch(text, t1, g.start)), None)
        b = next((g for g in right if has(lex, "with", g) or has(lex, "recipient", g) or has(lex, "from", g)), None)
        partner = _with_relative(lex, groups, t0, text) if b is None else None
        if partner is not None:
            # "Edison, con cui Atlante ha firmato un contratto di acquisto": the antecedent is the partner;
            # a supply deal made so has no subject that supplies by default, only the tiers tell
            a, b = partner
            ta, tb = tier(a.sectors), tier(b.sectors)
            if frame == "DEAL_SUPPLIER" and (ta is None or tb is None or ta == tb):
                return out
        if b is None:
            lefts = [g for g in _left(groups, t0, text, ("report",), lex) if g is not a]
            b = next((g for g in lefts if has(lex, "with", g)), None)
        if a is None and b is not None and len(b.names) >= 2 and text[b.marker_start : b.start].strip().lower() in lex.markers.get("with", []):
            pass
        if a is None or b is None or a is b:
            # "a supply deal between X and Y"
            g = next((g for g in right if len(g.names) == 2 and has(lex, "with", g)), None)
            if g is None and a is not None and len(a.names) == 2 and len(a.member_sectors) == 2 and not (
                    lex.deal_plural is not None and lex.deal_plural.search(m.group(0))):
                # (plural deals of a pair - "LG und Umicore haben Abnahmeverträge unterzeichnet" - are each
                # one's own deal with a third company, not one between them)
                # "Seat y Gotion firman un acuerdo de suministro": only the tiers can tell who supplies
                if lex.plural_deal is not None and lex.plural_deal.fullmatch(m.group(0)):
                    return out  # "A und B haben Abnahmeverträge unterzeichnet": each its own, with others
                ta, tb = tier(a.member_sectors[0]), tier(a.member_sectors[1])
                if ta is not None and tb is not None and ta != tb:
                    out.append(([a.names[0]], [a.names[1]], None, -0.05) if ta < tb else ([a.names[1]], [a.names[0]], None, -0.05))
                return out
            if g is None:
                return out
            a_names, b_names = [g.names[0]], [g.names[1]]
            ta, tb = None, None
        else:
            a_names, b_names = a.names, b.names
            ta, tb = tier(a.sectors), tier(b.sectors)
        if ta is not None and tb is not None and ta != tb:
            src, tgt = (a_names, b_names) if ta < tb else (b_names, a_names)
            out.append((src, tgt, None, 0.0))
        elif frame == "DEAL_SUPPLIER":
            out.append((a_names, b_names, None, -0.15))
        else:
            out.append((b_names, a_names, None, -0.1))
        return out

    if frame == "SYM":
        lefts = [
            g for g in _left(groups, t0, text, ("report",), lex)
            if not _in_relative(text, g, t0)
            and not (not has(lex, "with", g) and _in_apposition(text, groups, g, t0))
            and (has(lex, "with", g) or not any(has(lex, r, g) for r in ("agent", "recipient", "from", "of", "in")))
        ]
        subj = next((g for g in lefts if not has(lex, "with", g)), None)
        if subj is not None and _POSSESSIVE_APPOSITION(lex, text, subj.end, t0):
            subj = next((g for g in lefts if not has(lex, "with", g) and g.end <= subj.start), None)
        venture = subj
        near = next((g for g in reversed(groups) if g.end <= t0), None)
        if (near is not None and near is not subj and text[near.end : t0].lstrip()[:1] == ","
                and len(_venture_parents(lex, groups, right, t1, text)) >= 2):
            venture = near  # "annunciato da ACC, la joint venture fra A e B": an apposition, whatever governs the name
        if trig["type"] == "joint_venture" and venture is not None and _names_the_venture(lex, text, venture, t0):
            # "ACC, the joint venture between Stellantis, Mercedes-Benz and TotalEnergies": the name
            # before the noun is the venture itself, its parents are the list after it, pairwise
            parents = _venture_parents(lex, groups, right, t1, text)
            if len(parents) >= 2:
                # in apposition ("ACC, the joint venture of ...") it is background to the sentence's
                # own news, and exists; stated with a verb ("X is a joint venture of ...") it is the news
                background = text[venture.end : t0].lstrip().lstrip(")").lstrip()[:1] == "," or re.match(r"\s+\S+\s*,", text[venture.end : t0])
                out.append((parents, parents, None, 0.0, "standing" if background else "active"))
            return out
        founded = _venture_relative(lex, groups, right, t1, text) if trig["type"] == "joint_venture" else None
        if founded is not None:
            out.append(founded)
            return out
        wl = next((g for g in lefts if has(lex, "with", g) and (subj is None or g.start > subj.end)), None)
        if wl is None and subj is not None:
            # "Con Toyota, BMW porta avanti una collaborazione": the partner fronted before the subject
            wl = next((g for g in lefts if has(lex, "with", g) and g.end <= subj.start and _fronted(lex, text, g, subj)), None)
        near = 60 if trig.get("strict") else 25
        rwith = next((g for g in right if has(lex, "with", g)), None)
        if rwith is None and not trig.get("strict"):
            rwith = next((g for g in right if _unmarked(lex, g) and g.start - t1 <= near), None)
            if (rwith is not None and trig["type"] == "joint_venture" and _VENTURE_NAME_GAP.fullmatch(text, t1, rwith.start)
                    and not _RELATIVE.search(text, t1, rwith.start)):
                # "... formed the joint venture ACC", "la joint venture paritetica LRMV": the venture's
                # own name, not a partner
                if subj is not None and len(subj.names) >= 2:
                    out.append((subj.names, subj.names, None, 0.0))
                    return out
                rwith = None
        if subj is not None and rwith is not None and rwith.names != subj.names:
            # "alianzas con Mercedes-Benz y con Stellantis": partners that repeat "with" are one list
            partners = _coordinated(lex, groups, rwith, text, ("with",)) if has(lex, "with", rwith) else rwith.names
            out.append((subj.names, partners, None, 0.0))
        elif subj is not None and wl is not None and (not trig.get("strict") or _same_clause(text, wl.end, t0, 60)):
            out.append((subj.names, wl.names, None, -0.03))
        elif rwith is not None and len(rwith.names) >= 2 and has(lex, "with", rwith):
            out.append((rwith.names, rwith.names, None, 0.0))
        elif wl is not None and len(wl.names) >= 2:
            out.append((wl.names, wl.names, None, 0.0))
        elif subj is not None and len(subj.names) >= 2 and (not trig.get("strict") or _same_clause(text, subj.end, t0, 60)):
            out.append((subj.names, subj.names, None, 0.0))
        if not out and subj is None and lex.verb_final and rwith is not None and has(lex, "with", rwith) and len(rwith.names) == 1:
            # "Ein Gemeinschaftsunternehmen mit Wolfspeed verfolgt Infineon nicht weiter": the subject
            # follows the verb
            inv = next((g for g in right if g.start > rwith.end and _unmarked(lex, g) and g.start - rwith.end <= 40
                        and not re.search(r"[,;:()]", text[rwith.end : g.start])), None)
            if inv is not None:
                out.append((inv.names, rwith.names, None, -0.05))
        if not out and trig["type"] == "joint_venture":
            # "la coentreprise de Stellantis, Mercedes-Benz et TotalEnergies", "la joint venture di X con Y"
            ofg = next((g for g in right if has(lex, "of", g) and g.start - t1 <= 8), None)
            if ofg is not None and len(ofg.names) >= 2:
                out.append((ofg.names, ofg.names, None, -0.05))
            elif ofg is not None and rwith is not None and rwith is not ofg and has(lex, "with", rwith):
                out.append((ofg.names, rwith.names, None, -0.05))
        if not out and subj is None and wl is None and rwith is None:
            # "... che i due gruppi realizzano attraverso una joint venture": the pair named before
            pair = _pair_before_anaphor(lex, groups, text, max(0, t0 - 60), min(len(text), t1 + 40))
            if pair is not None:
                out.append((pair.names, pair.names, None, -0.05))
        return out

    if frame == "JOINT_OWNERS":
        # "ACC, jointly owned by Stellantis, Mercedes-Benz and TotalEnergies": the owners are the
        # parents of a joint venture, pairwise; one owner alone says nothing of the others
        first = next((g for g in right if g.start - t1 <= 30 and not re.search(r"[,;:()]", text[t1 : g.start])), None)
        owners = _coordinated(lex, groups, first, text, ("agent", "of", "with")) if first is not None else []
        if not owners:
            # "participada al 50% por ambas compañías": the pair named before
            pair = _pair_before_anaphor(lex, groups, text, t1, min(len(text), t1 + 20))
            owners = pair.names if pair is not None else []
        if len(owners) >= 2:
            out.append((owners, owners, None, 0.0))
        return out

    if frame == "JOINT_HOLDERS":
        # "X, in which Stellantis and CATL each hold 50%": the coordinated holders are the parents
        holders = next((g for g in _left(groups, t0, text, ("report",), lex, 80) if not re.search(r"[;:]", text[g.end : t0])), None)
        if holders is not None and len(holders.names) >= 2:
            out.append((holders.names, holders.names, None, 0.0))
        return out

    if frame == "OWN_CR" and _AS_BEFORE.search(text, max(0, t0 - 40), t0):
        return out  # "wird als eigenständige Tochter weitergeführt": the subject is the subsidiary
    if frame == "OWN_CR" and _ARTICLE_WORD.match(text, t0) and (
            _governed(lex, text, t0) or _deal_verb_between(lex, text, max(_clause_start(text, t0), t0 - 30), t0)):
        # "vendu l'usine à une filiale de Y", "X compró la filial de Y": a unit named as an object, said
        # of no name ("along with its subsidiaries X": a possessive still names the subject's unit)
        return out
    if frame in ("ACQ", "INV", "OWN_CR"):
        rel = _relative_pair(lex, groups, t0, text)
        if rel is not None:
            actor, head = rel
            typ = _stake_type(frame, text, m, head, lex, region=(head.end, min(len(text), m.end() + 40)))
            out.append((actor.names, head.names, typ, 0.0))
            return out
        if trig.get("relative_only"):
            return out  # "holds a stake" names its company only through "in which"
        # ("in das Werk von Y": the plant's owner, no agent)
        agent = next((g for g in right if has(lex, "agent", g) and not _plant_between(lex, text, t1, g.start)), None)
        if agent is not None and has(lex, "from", agent) and any(
            g.end <= agent.start and (_unmarked(lex, g) or has(lex, "of", g) or has(lex, "in", g)) for g in right
        ):
            # "l'acquisto del 25% di Y da Z": with the target already named, "da"/"von" marks the seller
            right = [g for g in right if g is not agent]
            agent = None
        if agent is not None and agent.start >= t1 and has(lex, "seller", agent) and _active_voice(lex, text, m):
            agent = None  # "ha acquistato wafer da Y", "acquista da Y": an active verb, "da" marks the seller
        if agent is None:
            # "von X übernommen": an agent before the verb, in its clause ("fuentes consultadas por X, Y
            # estaría explorando la compra" is a source, not a buyer)
            agent = next((g for g in _left(groups, t0, text, (), lex, 60) if has(lex, "agent", g)
                          and not re.search(r"[;:]|,\s", text[g.end : t0])), None)
            if agent is not None and has(lex, "seller", agent) and not _PASSIVE.search(text, _clause_start(text, t0), t0):
                agent = None  # "X hat Y von Z übernommen": with no passive, "von" marks the seller
        if agent is not None and (frame != "OWN_CR" or (agent.end <= t0 and _PASSIVE.search(text, _clause_start(text, t0), t0))):
            # (an owner verb takes its agent only in a passive: "Y wird von X kontrolliert")
            # "the takeover by X of Y", "the purchase of Y by X": an "of" next to the agent names the
            # target; else the subject ("Y was acquired by X"); else a name after the agent in its clause
            tgt = next((g for g in right if (agent.end <= g.start <= agent.end + 8 or (g.end <= agent.start and agent.marker_start - g.end <= 8))
                        and has(lex, "of", g)), None)
            tgt = tgt or _relative_subject(lex, groups, t0, text) or _subject(lex, groups, t0, text)
            if tgt is None or tgt is agent:
                tgt = next((g for g in right if g is not agent and (_unmarked(lex, g) or has(lex, "in", g))
                            and not re.search(r"[;:()]|,\s", text[min(agent.end, g.start) : max(agent.start, g.start)])), None)
            if tgt is not None and tgt is not agent:
                out.append((agent.names, tgt.names, _stake_type(frame, text, m, tgt, lex), 0.05))
            return out
        src = (_relative_subject(lex, groups, t0, text) or _possessor(groups, t0, text)
               or _coordinated_owner(lex, groups, t0, text) or _subject(lex, groups, t0, text))
        if src is None:
            return out
        limit = 70 if frame == "INV" else 45
        tgt = next((g for g in right if g.start - t1 <= limit and not _clause_gap(text, t1, g.start) and not _plant_between(lex, text, t1, g.start) and (_unmarked(lex, g) or (frame == "INV" and (has(lex, "in", g) or has(lex, "of", g))) or (frame == "ACQ" and has(lex, "of", g)) or (frame != "INV" and has(lex, "in", g) and (lex.stake.search(text[t0 : g.start]) or lex.majority.search(text[t0 : g.start]))))), None)
        if tgt is not None:
            tgt = _owned_object(lex, groups, text, t0, t1, tgt)
            if tgt is None or _modifies_noun(lex, text, tgt):
                return out  # (no company after a stake's holder; "bought Brixo shares": shares, not Brixo)
        if tgt is None and lex.verb_final:
            lefts = [g for g in _left(groups, t0, text, ("report",), lex) if g is not src and g.start > src.end and not _in_relative(text, g, t0)]
            tgt = next((g for g in lefts if _unmarked(lex, g) or has(lex, "in", g)), None)
            if tgt is None:
                src, tgt = _final_verb_pair(lex, groups, t0, text, src)
            if tgt is None and frame == "INV":
                # "An Farasis war Mercedes beteiligt": the stake's company fronted before the subject
                tgt = next((g for g in _left(groups, src.start, text, ("report",), lex) if has(lex, "in", g)
                            and not re.search(r"[,;:()]", text[g.end : t0])), None)
        if tgt is None and frame == "OWN_CR":
            # apposition: "Ampere, Renault's electric-vehicle subsidiary, ..."
            prev = next((g for g in reversed(groups) if g.end <= src.start), None)
            if prev is not None and text[prev.end : src.start].strip() == ",":
                tgt = prev
            else:
                # "Eni ... Plenitude, la controllata attiva nelle rinnovabili": the clause subject owns
                # the name the apposition follows
                head = next((g for g in reversed(groups) if g.end <= t0), None)
                if head is src and head is not None:
                    # "Telefónica reorganiza Movistar, la filial brasileña": the head is no owner of itself
                    src = next((g for g in _left(groups, head.start, text, ("report",), lex, 80) if _unmarked(lex, g)), None)
                if (head is not None and src is not None and head is not src and re.fullmatch(r"\s*,\s*", text[head.end : m.start()])
                        and not re.search(r"[;:]", text[src.end : head.start])):
                    tgt = head
                if src is None:
                    return out
        if tgt is None or tgt is src:
            return out
        if frame == "ACQ" and has(lex, "from", tgt) and not has(lex, "of", tgt):
            return out
        if frame == "ACQ" and _unit_of(lex, text, t1, tgt.start):
            return out  # "compró la división de baterías de Y": a unit of Y, unnamed, not Y itself
        typ = _stake_type(frame, text, m, tgt, lex)
        out.append((src.names, tgt.names, typ, 0.0))
        if frame == "ACQ" and typ is None:
            out.extend(_seller(lex, groups, text, tgt, src))
        return out

    if frame == "SELL":
        # (a verb-final clause reads its relatives with the sale's own parties: "die Orvale GmbH, an den ...")
        rel = None if lex.verb_final else _relative_pair(lex, groups, t0, text)
        if rel is not None:
            return _relative_sale(lex, groups, m, text, *rel)
        buyer, asset, seller = _sale_parties(lex, groups, t0, t1, text)
        if buyer is None or asset is None or asset is buyer or _modifies_noun(lex, text, asset) or _modifies_noun(lex, text, buyer):
            return out
        if seller is not None and set(seller.names) & set(asset.names):
            return out  # "Continental sells its unit Continental OES": the seller's own name is no asset
        lo, hi = min(t0, asset.start), max(buyer.start, asset.start)
        typ = _stake_type("ACQ", text, m, buyer, lex, region=(lo, hi))
        out.append((buyer.names, asset.names, typ, -0.05))
        if typ is None and seller is not None and seller is not buyer:
            # the seller's, its status from the sale: surer than a unit noun's "its unit Y" (+0.1)
            out.append((seller.names, asset.names, "owns", 0.1))
        return out

    if frame == "RAISE":
        if trig.get("investors_after"):
            inv = next((g for g in right if g.start - t1 <= 12 and _unmarked(lex, g)), None)
        else:
            inv = next((g for g in right if has(lex, "from", g) or has(lex, "agent", g)), None)
        if inv is None:
            return out
        tgt = _subject(lex, groups, t0, text)
        if tgt is None or tgt is inv:
            return out
        out.append((_co_investors(lex, groups, inv, text), tgt.names, None, 0.0))
        return out

    if frame == "OWN_NOUN":
        return _named_unit(lex, groups, t0, text)

    if frame == "OWN_PR" and trig.get("child_after"):
        return _child_then_parent(lex, right, t1, text)

    if frame == "OWN_PR":  # child left, parent right
        # "der Batterietochter des angeschlagenen Batterieherstellers Varta": a few adjectives between
        parent = next((g for g in right if not re.search(r"[,;:()]", text[t1 : g.start]) and (g.start - t1 <= 28 or (g.start - t1 <= 60 and len(text[t1 : g.start].split()) <= 5 and not re.search(r"[,;:()]", text[t1 : g.start]) and not _NOT_DESCRIPTOR.search(text, t1, g.start)))), None)
        if parent is None:
            return _possessed_parent(groups, t0, text)
        if trig.get("single_parent") and (len(parent.names) > 1 or (lex.staff_nouns is not None and lex.staff_nouns.match(text, parent.end))):
            return out  # "founded by Stellantis and TotalEnergies": a joint venture; "by former Tesla executives": people
        if lex.among.match(text.lstrip(), 0) and not re.search(r"[;:]", text[:t0]):
            return out  # "Zu den Geldgebern des Unternehmens gehört Stellantis": a membership, not a parent
        lefts = _left(groups, t0, text, ("report", "agent"), lex, 90)
        if (len(lefts) > 1 and lefts[0].names == parent.names and text[lefts[0].start].islower()
                and text[lefts[1].end : lefts[0].start].strip() == ","):
            # "FPT, la società controllata dal gruppo" read with "la società" as the group itself:
            # the child is the name the apposition follows
            lefts = lefts[1:]
        child = lefts[0] if lefts else None
        near = next((g for g in reversed(groups) if g.end <= t0), None)
        if near is not None and near is not child and _APPOSITION.fullmatch(text, near.end, t0):
            child = near  # "produced by Ampere, the subsidiary of Renault": the apposition's head
        elif _relative_subject(lex, groups, t0, text) is not None:
            child = near  # "acquired by X, which is wholly owned by Y": the relative's antecedent
        elif _governed(lex, text, t0):
            child = None  # "sold NAC to a subsidiary of Y": the noun is an object, said of no name
        elif child is not None and _deal_verb_between(lex, text, child.end, t0):
            child = None  # "X compró la filial de Y", "X vendió su filial a Y": the unit is the deal's object
        if trig.get("adjacent_child") and near is not None and not (
                re.fullmatch(r"\s*", text[near.end : t0]) or _APPOSITION.fullmatch(text, near.end, t0)):
            child = None  # "PowerCo, la compañía de baterías del grupo Volkswagen": only the name the words follow
        if child is None:
            # "La controllata di Almara, Brixo, apre": the unit's name in apposition after its parent
            child = next((g for g in groups if g.start >= parent.end and re.fullmatch(r"\s*,\s*", text[parent.end : g.start])
                          and not lefts and _COMMA_NEXT.match(text, g.end)), None)
        if child is None:
            return out
        owner_of = next((g for g in reversed(groups) if g.end <= child.start), None)
        if owner_of is not None and _right_after_of(lex, text, child) and not text[owner_of.end : child.marker_start].strip():
            # "Enel X Way, la società di Enel ..., controllata dal gruppo": "di Enel" complements the
            # noun the name before it ends with; that name is what the participle describes
            child = owner_of
        if child.described >= 0:
            # "con Stellantis, LG Energy Solution, la controllata di LG Chem, e Umicore": one member's description
            k = child.described
            child = Group(child.firsts[k], child.ends[k], [child.names[k]], [child.firsts[k]], [child.ends[k]])
        names = child.names
        if len(names) > 1 and text[child.end : t0].lstrip().startswith(","):
            names = names[-1:]  # "Umicore et PowerCo, la filiale de Volkswagen": the apposition is the last name's
        pct = [float(p.group(1).replace(",", ".")) for p in _PERCENT.finditer(text, t0, parent.start)]
        held = _PERCENT_OF.search(text, max(0, child.start - 24), child.start)
        if held is not None and not pct and re.fullmatch(r"\s*(?:\w{1,3}['’]?)?\s*", text[_clause_start(text, held.start()) : held.start()]):
            pct = [float(held.group(1).replace(",", "."))]  # "Il 20% di Y passa a X": the share opens the clause
        out.append((parent.names, names, "invests_in" if pct and pct[-1] < 50 else None, 0.0))
        return out

    return out


_COMMA_NEXT = re.compile(r"\s*,")
#: a share named right before the company it is a share of ("il 20% di", "30% of", "49 % de la")
_PERCENT_OF = re.compile(_PERCENT.pattern + r"\s+\w{1,3}['’]?(?:\s+(?:la|el|l['’]))?\s*$", _I)
_PASSIVE = re.compile(r"\b(?:was|were|been|is|being|wurde|wird|werden|worden|è|stato|stata|été|est|fue|será|sido)\b", _I)


def _unit_of(lex: Compiled, text: str, a: int, b: int) -> bool:
    """text[a:b] holds a unit noun (not a stake) and ends with "of" (an article at most after it):
    what follows owns the unit ("la filial de Y"); "la filial Y" names the unit itself."""
    words = text[a:b].lower().split()
    if words and _ARTICLE_WORD.fullmatch(words[-1]):
        words = words[:-1]
    if not words or words[-1] not in lex.markers.get("of", ()):
        return False
    return lex.asset is not None and lex.asset.search(text, a, b) is not None and lex.stake.search(text, a, b) is None


def _deal_verb_between(lex: Compiled, text: str, a: int, b: int) -> bool:
    """A purchase or sale verb of the lexicon in text[a:b]."""
    return any(trig["frame"] in ("ACQ", "SELL") and rx.search(text, a, b) for rx, trig in lex.triggers)


def _clitic_seller(lex: Compiled, groups: list[Group], t0: int, text: str):
    """"Albemarle mantiene su contrato con Ford, que le compra hidróxido": in a subject relative with a
    dative clitic the antecedent buys and the clitic stands for the clause subject, the seller."""
    ante = next((g for g in reversed(groups) if g.end <= t0), None)
    rel = _REL_SUBJECT.fullmatch(text, ante.end, t0) if ante is not None else None
    if rel is None or not rel.group(1):
        return []
    seller = next((g for g in _left(groups, ante.start, text, ("report",), lex, 120) if _unmarked(lex, g)), None)
    if seller is None or re.search(r"[;:()]", text[seller.end : ante.start]):
        return []
    return [(seller.names, ante.names, None, -0.05)]


def _relative_sale(lex: Compiled, groups: list[Group], m: re.Match, text: str, seller: Group, asset: Group):
    """"Y, la società che X ha ceduto nel 2023 a Z": the relative's subject sold its antecedent; the
    buyer, when named, follows with "to" in the same clause."""
    t1 = m.end()
    buyer = next((g for g in _right(groups, t1) if has(lex, "recipient", g) and not re.search(r"[;:()]|,\s", text[t1 : g.start])), None)
    hi = buyer.start if buyer is not None else min(len(text), t1 + 40)
    typ = _stake_type("ACQ", text, m, asset, lex, region=(m.start(), hi))
    out = []
    if buyer is not None and buyer is not asset and buyer is not seller:
        out.append((buyer.names, asset.names, typ, -0.05))
    if typ is None and seller is not asset:
        out.append((seller.names, asset.names, "owns", 0.1))
    return out


def _had_as(lex: Compiled, groups: list[Group], t0: int, t1: int, text: str):
    """"X ha come azionista di minoranza Y", "X ha in Y il primo azionista": the subject of "have" is
    the noun's anchor, the name after the noun (or after "in") its referent. (referent, anchor, said in
    a relative clause of the anchor) or None."""
    if lex.have_as is None or lex.have_in is None:
        return None
    lo = _clause_start(text, t0)
    have = lex.have_as.search(text, max(lo, t0 - 40), t0)
    referent = None
    if have is not None:
        referent = next((g for g in _right(groups, t1) if g.start - t1 <= 50 and not re.search(r"[,;:()]", text[t1 : g.start])), None)
    else:
        referent = next((g for g in reversed(groups) if g.end <= t0 and _NOUN_GAP.fullmatch(text, g.end, t0)), None)
        have = lex.have_in.search(text, max(lo, referent.start - 20), referent.start) if referent is not None else None
    if have is None or referent is None:
        return None
    anchor = _subject(lex, groups, have.start(), text)
    if anchor is None or anchor is referent or re.search(r"[;:]", text[anchor.end : have.start()]):
        return None
    between = text[anchor.end : have.start()]
    return referent, anchor, "," in between and _RELATIVE.search(between) is not None


def _cue_between(lex: Compiled, text: str, a: int, b: int) -> bool:
    """A status cue of its own in text[a:b] (a rumour, talks, a denial, an end, a hedge)."""
    return any(lex.status[k].search(text, a, b) for k in ("rumoured", "in_talks", "denied", "ended", "hedge") if k in lex.status)


#: an article and an adjective at most between a name and its noun ("in Y il principale cliente")
_NOUN_GAP = re.compile(r"\s*(?:[\w'’]{1,4}\s*)?(?:\w+\s+)?")


def _active_voice(lex: Compiled, text: str, m: re.Match) -> bool:
    """A verb in the active voice, where the preposition of a passive agent marks a seller ("ha
    rilevato da Y", "acquista da Y"): a finite form, or a participle after "have" ("ha acquistato")."""
    if lex.participle is None or lex.active_aux is None:
        return False
    words = m.group(0).split()
    if not words or len(words) > 1:
        return False
    return lex.participle.fullmatch(words[0]) is None or lex.active_aux.search(text, max(0, m.start() - 40), m.start()) is not None


def _sale_parties(lex: Compiled, groups: list[Group], t0: int, t1: int, text: str):
    """(buyer, asset, seller) of a sale verb: "X sells Y to Z", "Y was sold to Z", "cedere a Z per
    1,7 miliardi Y" (the asset after the buyer), "X hat Y an Z verkauft" (all before a final verb)."""
    right = [g for g in _right(groups, t1) if not re.search(r"[;:]", text[t1 : g.start])]  # not past a clause break
    buyer = next((g for g in right if has(lex, "recipient", g)), None)
    if buyer is None:
        # "X hat sich mit Carlyle auf den Verkauf von Y geeinigt", "in trattativa con Ardian per la
        # cessione di Y": the other side of the talks or the agreement on a sale is its buyer
        partner = next((g for g in _left(groups, t0, text, ("report",), lex, 80) if has(lex, "with", g)), None)
        if partner is not None and not re.search(r"[;:()]", text[partner.end : t0]):
            asset = next((g for g in right if g.start - t1 <= 40 and (_unmarked(lex, g) or has(lex, "in", g) or has(lex, "of", g))
                          and not re.search(r"[;:()]|,\s", text[t1 : g.start])), None)
            seller = next((g for g in _left(groups, partner.start, text, ("report",), lex) if _unmarked(lex, g)), None)
            return partner, asset, seller
    if buyer is None and lex.verb_final:
        buyer = next((g for g in _left(groups, t0, text, ("report",), lex, 80) if has(lex, "recipient", g)), None)
        if buyer is None:
            return None, None, None
        before = _left(groups, buyer.start, text, ("report",), lex)
        asset = next((g for g in before if _unmarked(lex, g) or has(lex, "in", g) or has(lex, "of", g)), None)
        seller = next((g for g in before if asset is not None and g.end <= asset.start and _unmarked(lex, g)), None)
        if seller is None and asset is not None and not _PASSIVE.search(text, asset.end, t0):
            return buyer, None, asset  # "X hat Zellen an Z verkauft": the only name is the seller
        return buyer, asset, seller
    if buyer is None:
        return None, None, None
    seller = _subject(lex, groups, t0, text)
    asset = next((g for g in right if g.end <= buyer.start and (_unmarked(lex, g) or has(lex, "in", g) or has(lex, "of", g))), None)
    if asset is None and seller is not None and _PASSIVE.search(text, seller.end, t0):
        return buyer, seller, None  # passive: "Y was sold to Z"
    if asset is None and buyer.marker_start - t1 <= 3:
        # "cedere a Leonardo per 1,7 miliardi Iveco Defence Vehicles": the asset follows the buyer
        asset = next((g for g in right if g.start >= buyer.end and g.start - buyer.end <= 60
                      and (_unmarked(lex, g) or has(lex, "in", g) or has(lex, "of", g))
                      and not re.search(r"[;:()]|,\s", text[buyer.end : g.start])), None)
    return buyer, asset, seller


#: ", que le suministra", ", qui lui livre", ", che gli fornisce", ", which supplies": a subject relative
_REL_SUBJECT = re.compile(
    r"\s*,\s*(?:which|that|who|che|que|qui|der|die|das|welche[rs]?)\s+"
    r"(?:(?:già|ya|déjà|already|bereits|also|anche|también|aussi|auch|ora|now|still|sigue|continua a|continúa)\s+)?"
    r"(?:(le|les|lui|leur|gli|ihm|ihnen)\s+)?", _I)
#: between a subject and its verb: auxiliaries and adverbs only ("will continue to buy", "continuera d'acheter")
_VERB_GROUP = re.compile(r"\s*(?:[\w'’]+(?:\s+|(?<=['’]))){0,3}")
#: ", filiale du groupe chinois ", ", a unit of the Korean group ": a description after a name, up to the next name
_DESCRIPTION_GAP = re.compile(r"\s*,\s*(?-i:[a-zà-öø-ÿ])[^,;:()]{0,60}")
#: words that join clauses or names: a gap with one is no description of the name before it
_CONJUNCTION = re.compile(r"\b(?:and|or|but|while|whereas|e|ed|o|ma|mentre|und|oder|aber|während|et|ou|mais|tandis|y|u|pero|mientras)\b", _I)
#: at most two words (an article, an adjective) between a word and what follows it
_NEAR_WORDS = re.compile(r"\s+(?:[\w'’-]+\s+){0,2}")
#: "relies on Y", "si affida a Y": the company follows the verb, at most a preposition between
_RELY_GAP = re.compile(r"\s*(?:[\w'’]{1,4}\s+)?")
#: "chose Y for its LFP batteries": a "for" and a few determiners or adjectives before the product
_FOR_PRODUCT = re.compile(r"\s+(?:for|per|para|pour|für)\s+(?:[\w'’-]+\s+){0,3}", _I)
#: "Northvolt's customers include BMW": a verb of inclusion between the noun and the names
_INCLUDE = re.compile(
    r"\s+(?:(?:now|also|already|still)\s+)?(?:include|includes|included|are|were|is|was|remains?|remained|will be|comprise"
    r"|comprendono|includono|sono|è|era|resta|rimane|umfassen|sind|ist|war|bleibt|zählen|zählt|gehört|gehören|incluyen|son|es|era|sigue siendo"
    r"|comprennent|incluent|sont|est|était|reste|demeure)\s+(?:(?:auch|unter anderem|etwa)\s+)?(?:(?:[\w-]+\s+){0,2})?", _I)
_AS_BEFORE = re.compile(r"\b(?:as|come|como|comme|als)\s+(?:[\w'’-]+\s+){0,3}$", _I)
_AS = re.compile(r"\b(?:as|come|como|comme|als)\b", _I)
_APPOSITION = re.compile(r"\s*,\s*(?:[\w'’]+\s+){0,2}", _I)
#: Between "owned by" and the owner only a description of the owner may stand, never a clause or a number.
_NOT_DESCRIPTOR = re.compile(r"\d|\b(?:and|or|e|o|und|oder|et|ou|y|u|which|that|che|der|die|das|qui|que)\b", _I)


def _names_the_venture(lex: Compiled, text: str, subj: Group, t0: int) -> bool:
    """"ACC, the joint venture ...", "Ultium CAM est une coentreprise de ...", "ACC wurde als
    Gemeinschaftsunternehmen von ... gegründet": the name stands in apposition to the noun."""
    return lex.venture_appos is not None and lex.venture_appos.fullmatch(text, subj.end, t0) is not None


def _venture_parents(lex: Compiled, groups: list[Group], right: list[Group], t1: int, text: str) -> list[str]:
    """The parents listed right after a joint-venture noun ("between A and B", "de A et de B", "tra A,
    B e C"), a couple of words (an adjective) at most between; never "a venture to supply A and B"."""
    first = next((g for g in right if (has(lex, "with", g) or has(lex, "of", g)) and not has(lex, "recipient", g) and g.marker_start - t1 <= 25
                  and not re.search(r"[,;:()]", text[t1 : g.start])), None)
    return _coordinated(lex, groups, first, text, ("with", "of")) if first is not None else []


#: between a joint-venture noun and the venture's own name: a couple of lower-case words at most
#: ("the joint venture ACC", "la joint venture paritetica LRMV", "a joint venture called Ultium")
_VENTURE_NAME_GAP = re.compile(r"\s*(?:(?-i:[a-zà-öø-ÿ0-9])[\w%'’-]*\s+){0,2}")


#: a relative clause right after a joint-venture noun (an adjective or two between)
_REL_AFTER = re.compile(r"(?:\s+(?-i:[a-zà-öø-ÿ0-9])[\w%'’-]*){0,2}\s*,?\s*(?:(?:that|which|che|que|das|die|den|der)\s|qu['’])", _I)


_ARTICLE_GAP = re.compile(r"\s*(?:[\w'’]{1,4}\s+)?")


def _venture_relative(lex: Compiled, groups: list[Group], right: list[Group], t1: int, text: str):
    """"la joint venture che il gruppo ha costituito con la belga Punch", "the venture that Ford formed
    with SK On", "das Gemeinschaftsunternehmen, das BMW mit Toyota gegründet hat": the subject of the
    relative clause and its partner are the parents."""
    m = _REL_AFTER.match(text, t1)
    if m is None:
        return None
    # the relative's own subject follows it at once (an article at most): not "that supplies Ford"
    founder = next((g for g in right if g.start >= m.end() and _ARTICLE_GAP.fullmatch(text, m.end(), g.start) and _unmarked(lex, g)), None)
    if founder is None:
        return None
    partner = next((g for g in right if g.start > founder.end and has(lex, "with", g) and g.start - founder.end <= 60
                    and not re.search(r"[,;:()]", text[founder.end : g.start])), None)
    if partner is None:
        return None
    return founder.names, _coordinated(lex, groups, partner, text, ("with",)), None, 0.0


def _fronted(lex: Compiled, text: str, g: Group, subj: Group) -> bool:
    """"Con Geely, invece, STMicroelectronics ha aperto ...": the group and its preposition open the
    clause, and a comma and at most a couple of words part it from the subject; in a verb-second
    language the finite verb does ("Mit Alperia hat Alpitronic ... unterzeichnet": ``fronted_gap``)."""
    lead = text[: g.marker_start]
    opens = not lead.strip() or re.search(r"[;:.]\s*$", lead) is not None
    gap = text[g.end : subj.start]
    return opens and (re.fullmatch(r"\s*,(?:\s*[\w'’-]+){0,2}\s*,?\s*", gap) is not None
                      or (lex.fronted_gap is not None and lex.fronted_gap.fullmatch(gap) is not None))


def _pair_before_anaphor(lex: Compiled, groups: list[Group], text: str, lo: int, hi: int) -> Group | None:
    """"the two companies", "i due gruppi", "ambas compañías" in text[lo:hi] stand for the nearest
    pair of coordinated names before them in the sentence."""
    if lex.pair_anaphor is None:
        return None
    m = lex.pair_anaphor.search(text, lo, hi)
    if m is None:
        return None
    return next((g for g in reversed(groups) if g.end <= m.start() and len(g.names) == 2), None)


def _same_clause(text: str, a: int, b: int, limit: int) -> bool:
    """Is text[a:b] short and free of clause punctuation? "BMW and Kia signed a deal" but not "supplies
    BMW and Kia with modules, the contract runs to 2030": a weak noun needs its pair as the subject."""
    return b - a <= limit and not re.search(r"[,;:()]", text[a:b])

def _plant_between(lex: Compiled, text: str, a: int, b: int) -> bool:
    """"invertirá 300 millones en la planta de Y": the money goes into a plant the name owns, not into
    the company itself."""
    return lex.facility["nouns"].search(text, a, b) is not None


def _clause_gap(text: str, a: int, b: int) -> bool:
    """"will hold 80% of the venture and InoBat the remainder", "una quota del 29,4%, mentre
    Volkswagen": between a deal word and its object no clause break, list word or bare number
    stands (a percentage may: "acquired 30% of Y"; so may a date: "controlla dal 2008 Y")."""
    gap = _DATED.sub(" ", _PERCENT.sub(" ", text[a:b]))
    if _ARTICLE_APPOSITION.fullmatch(gap):
        return False  # "seine Tochter, die Orvale GmbH": the name is the object itself
    return re.search(r"[;:()]|,\s", gap) is not None or _LIST_OR_CLAUSE_WORD.search(gap) is not None


#: a year with the preposition that dates the verb ("dal 2008", "nel 2019", "since 2020", "seit 2020")
_DATED = re.compile(r"\b(?:in|since|dal|nel|depuis|en|desde|seit|im)\s+(?:19|20)\d\d\b", _I)
#: (German der/die/das are articles here: a relative clause opens with a comma, caught apart)
_LIST_OR_CLAUSE_WORD = re.compile(
    r"\d|\b(?:and|or|e|o|und|oder|et|ou|y|u|which|that|che|qui|que"
    r"|after|before|while|since|because|than|when|dopo|prima|mentre|perché|quando|après|avant|pendant|lorsque|quand"
    r"|después|antes|mientras|porque|cuando|nachdem|bevor|während|weil)\b", _I)
_ARTICLE_APPOSITION = re.compile(r"\s*,\s*(?:(?:the|a|an|il|la|lo|l'|le|les|el|los|las|der|die|das|den|dem|des)\s*)?", _I)


def _POSSESSIVE_APPOSITION(lex: Compiled, text: str, a: int, b: int) -> bool:
    """", its joint venture with": the name before the comma is the venture, the owner of "its" is
    the clause subject."""
    gap = text[a:b]
    if not gap.strip().startswith(","):
        return False
    rest = gap.strip()[1:].strip()
    first = rest.split(" ", 1)[0] if rest else ""
    return bool(first) and lex.possessive.fullmatch(first) is not None


def _right_after_of(lex: Compiled, text: str, g: Group) -> bool:
    """The name follows its "of" preposition directly ("di Enel", "de la Renault"), not across words."""
    return has(lex, "of", g) and _ARTICLE_ONLY.fullmatch(text, g.marker_start + len(g.marker), g.start) is not None


def _modifies_noun(lex: Compiled, text: str, g: Group) -> bool:
    """"the sale of Tesla cars", "Hertz dealers": the name modifies the noun after it."""
    return lex.name_modifier is not None and lex.name_modifier.match(text, g.end) is not None


def _child_then_parent(lex: Compiled, right: list[Group], t1: int, text: str):
    """"gehört Leoni seit 2023 mehrheitlich zu Luxshare": the subject follows the verb, the parent
    comes after its preposition, all in one clause."""
    child = next((g for g in right if _unmarked(lex, g) and _NEAR_AFTER.fullmatch(text, t1, g.start)), None)
    parent = next((g for g in right if child is not None and g.start > child.end and has(lex, "recipient", g)), None)
    if parent is None or re.search(r"[,;:()]", text[child.end : parent.start]):
        return []
    return [(parent.names, child.names, None, 0.0)]


def _membership_after_clause(lex: Compiled, groups: list[Group], right: list[Group], t0: int, t1: int, text: str):
    """"Leoni beliefert fast alle Hersteller; zu den wichtigsten Kunden zählen VW und BMW": a clause that
    opens with "among the customers" and names no one's customers speaks of the subject of the clause
    before it. Returns (referent, anchor) or None."""
    lo = _clause_start(text, t0)
    if lo == 0 or not re.fullmatch(r"\s*(?:" + lex.among.pattern + r")\s+(?:[^\W\d]+\s+){0,2}", text[lo:t0], _I):
        return None
    nxt = next((g for g in right if _unmarked(lex, g) and _INCLUDE.fullmatch(text, t1, g.start)), None)
    anchor = next((g for g in groups if g.end <= lo and _unmarked(lex, g)), None)
    if nxt is None or anchor is None or re.search(r"[,;:()]", text[anchor.end : lo - 1]):
        return None
    return nxt, anchor


def _possessed_parent(groups: list[Group], t0: int, text: str):
    """"Almara, Brixo's parent company, said": the apposition's head is the parent of the possessor."""
    poss = next((g for g in reversed(groups) if g.end == t0), None)
    head = next((g for g in reversed(groups) if poss is not None and g.end <= poss.start), None)
    if poss is None or head is None or text[t0 : t0 + 1] not in ("'", "’") or not re.fullmatch(r"\s*,\s*", text[head.end : poss.start]):
        return []
    return [(head.names, poss.names, None, 0.0)]


def _co_investors(lex: Compiled, groups: list[Group], first: Group, text: str) -> list[str]:
    """"led by PGGM, alongside Eurazeo and Allianz X", "con la participación de B y C": the investors
    named after the first one, each list joined by a co-investor phrase."""
    names, prev = list(first.names), first
    for g in groups:
        if g.start < prev.end or g is prev:
            continue
        if not lex.co_investor.fullmatch(text, prev.end, g.start):
            break
        names.extend(n for n in g.names if n not in names)
        prev = g
    return names


def _seller(lex: Compiled, groups: list[Group], text: str, asset: Group, buyer: Group):
    """"bought Y from Z", "acquista Y da Z", "rachète Y à Z": the seller owned the company bought. The
    type "owns" from a deal frame is the seller's (its status follows the deal's, see extractor), and
    outranks a unit noun's plain "active" ("sold its unit Y": ended once sold)."""
    seller = next((g for g in groups if asset.end <= g.start <= asset.end + 40 and has(lex, "seller", g)
                   and not _clause_gap(text, asset.end, g.marker_start)), None)
    if seller is None or seller is buyer or set(seller.names) & set(asset.names):
        return []
    return [(seller.names, asset.names, "owns", 0.0)]


def _named_unit(lex: Compiled, groups: list[Group], t0: int, text: str):
    """A name inside a unit's noun phrase: "its Ampere unit" (the clause's owner owns Ampere), "GM's
    Cruise unit" (GM owns Cruise), "Y is a wholly owned Ford subsidiary", "Y, a Ford unit," (Ford
    owns Y)."""
    named = next((g for g in reversed(groups) if g.end <= t0), None)
    if named is None or len(named.names) != 1 or not re.fullmatch(r"\s+", text[named.end : t0]):
        return []
    # walk back over lower-case modifiers ("wholly owned", "electric-vehicle") to the determiner
    pos, word, word_start = named.start, "", named.start
    for _ in range(4):
        tok = re.search(r"(\S+)\s+$", text[:pos])
        if tok is None:
            return []
        word, word_start = tok.group(1), tok.start(1)
        if lex.possessive.fullmatch(word) or _ARTICLE_WORD.fullmatch(word) or not re.fullmatch(r"(?-i:[a-z][\w-]*)", word):
            break
        pos = word_start
    owner = next((g for g in reversed(groups) if g.end <= pos), None)
    if owner is not None and re.fullmatch(r"['’]s?\s+", text[owner.end : pos]):
        return [(owner.names, named.names, None, 0.0)]  # "GM's Cruise unit"
    if lex.possessive.fullmatch(word):
        parent = _coordinated_owner(lex, groups, word_start, text) or _subject(lex, groups, word_start, text)
        return [(parent.names, named.names, None, -0.05)] if parent is not None and parent is not named else []
    if not _ARTICLE_WORD.fullmatch(word):
        return []
    child = next((g for g in reversed(groups) if g.end <= word_start), None)
    if child is not None and not re.fullmatch(r"\s*,\s*", text[child.end : word_start]) and not (
            lex.copula is not None and lex.copula.search(text, 0, word_start) and (_unmarked(lex, child) or lex.rel_subject.match(text, child.end))):
        child = None  # only the name the copula or the apposition is said of, nothing past another name
    if child is None or child is named:
        return []
    return [(named.names, child.names, None, -0.05)]  # "Y is (now) a Ford subsidiary", "Y, a Ford unit,"


def _governed(lex: Compiled, text: str, t0: int) -> bool:
    """A noun right after a preposition and an article ("to a subsidiary of", "à une filiale de")."""
    words = text[max(0, t0 - 30) : t0].lower().replace("’", "'").split()
    preps = {w for role, ws in lex.markers.items() if role != "report" for w in ws if " " not in w}
    if words and words[-1] in preps:
        return True
    return len(words) > 1 and _ARTICLE_ONLY.fullmatch(words[-1]) is not None and words[-2] in preps


def _final_verb_pair(lex: Compiled, groups: list[Group], t0: int, text: str, src: Group):
    """"Almara hat Brixo übernommen", "Dafür hatte Almara 2023 das Unternehmen Brixo gekauft": both
    names before a final verb, the subject first, the object next to the verb (not across a comma,
    where "das"/"die" could open a relative of either). A preposition just before the object ("vom
    Zulieferer Magna", where a noun kept its marker away) makes it no object."""
    before = [g for g in _left(groups, t0, text, ("report",), lex) if _unmarked(lex, g)]
    if len(before) >= 2 and before[0] is src and not re.search(r"[,;:()]", text[before[1].end : t0]):
        preps = {w for role, ws in lex.markers.items() if role != "report" for w in ws if " " not in w}
        if not preps & set(text[before[1].end : before[0].start].lower().split()[-3:]):
            return before[1], before[0]
    return src, None


def _coordinated_owner(lex: Compiled, groups: list[Group], t0: int, text: str) -> Group | None:
    """"Almara and its subsidiary Brixo": "its" is the name just before "and"."""
    near = next((g for g in reversed(groups) if g.end <= t0), None)
    if near is not None and lex.possessive.match(text, t0) and text[near.end : t0].strip() and lex.coord.match(text[near.end : t0]):
        return near
    return None


def _possessor(groups: list[Group], t0: int, text: str) -> Group | None:
    """"As a result of Morgan Stanley's acquisition of Y", "Tesla's stake in Y": the possessor of a
    deal noun made the deal, whatever preposition governs it."""
    near = next((g for g in reversed(groups) if g.end <= t0), None)
    if near is not None and re.fullmatch(r"['’]s?\s+(?:[\w%.-]+\s+){0,2}", text[near.end : t0]):
        return near
    return None


def _relative_subject(lex: Compiled, groups: list[Group], t0: int, text: str) -> Group | None:
    """"Per il gruppo indiano, che dal 2008 controlla Y", "led by Renault, which has held a stake in
    Y": the name right before a subject relative acts, whatever preposition governs it."""
    ante = next((g for g in reversed(groups) if g.end <= t0), None)
    if ante is not None and lex.rel_subject.fullmatch(text, ante.end, t0):
        return ante
    return None


def _owned_object(lex: Compiled, groups: list[Group], text: str, t0: int, t1: int, tgt: Group) -> Group | None:
    """The company a deal is about, from the first name after the deal word: past a holder of the
    stake ("bought SK On's half of BlueOval SK", "la compra de la participación de LG en Z": None when
    no company follows) and past an owner glued to the name ("die Varta-Tochter V4Drive")."""
    held = lex.stake_holder.match(text, tgt.end)
    if held is not None and held.group(0).split()[0].lower() == text[t0:t1].split()[-1].lower():
        held = None  # "Beteiligung an Y an Z verkauft": the stake is in Y, Z comes with another verb
    if held is not None and lex.stake.search(text, t0, held.end()):
        return next((g for g in groups if held.end() <= g.start <= held.end() + 40 and not _clause_gap(text, held.end(), g.start)), None)
    glued = lex.owner_compound.match(text, tgt.end) if lex.owner_compound is not None else None
    if glued is not None:
        return next((g for g in groups if g.start == glued.end()), tgt)
    return tgt


def _relative_pair(lex: Compiled, groups: list[Group], t0: int, text: str):
    """"Hella, the supplier in which Forvia holds 60%" / "Solaris, que CAF adquirió": the company
    right after an object or prepositional relative word acts on the company before the comma.
    Returns (actor, head) or None."""
    if lex.rel_object is None:
        return None
    best = None
    for i in range(1, len(groups)):
        g, head = groups[i], groups[i - 1]
        if g.end > t0 or t0 - g.end > 60 or re.search(r"[,;:]", text[g.end : t0]):
            continue
        if lex.rel_object.fullmatch(text, head.end, g.start) or (
            head.head_end >= 0 and lex.rel_object.fullmatch(text, head.head_end, g.start)
        ):
            best = (g, head)
    return best


def _maker(lex: Compiled, right: list[Group], t1: int, text: str) -> Group | None:
    """"buys lithium produced by Eramine", "kauft die von CATL gefertigten Zellen": the producer of
    the goods bought, named by a production participle next to its agent, in the same clause."""
    if lex.made_by is None:
        return None
    before, after = lex.made_by
    for g in right:
        if not has(lex, "agent", g) or g.start - t1 > 80 or re.search(r"[,;:()]", text[t1 : g.start]):
            continue
        if before.search(text, t1, g.marker_start) or after.match(text, g.end):
            return g
    return None


def _previous_clause_subject(lex: Compiled, groups: list[Group], t0: int, text: str) -> Group | None:
    """"Ferrari builds its motors in house; the cells are supplied by SK On": a passive clause
    after a semicolon that names no company of its own before the verb speaks of the goods of the
    previous clause's subject."""
    semi = text.rfind(";", 0, t0)
    if semi < 0 or any(semi < g.end <= t0 for g in groups):
        return None
    lo = _clause_start(text, semi)
    return next((g for g in groups if lo <= g.start and g.end <= semi and _unmarked(lex, g)
                 and not _in_apposition(text, groups, g, semi)), None)


def _member_before_possessive(lex: Compiled, groups: list[Group], lefts: list[Group], t0: int, text: str):
    """"Ionity, le réseau ..., n'a pas renouvelé le contrat qui faisait d'ABB l'un de ses principaux
    fournisseurs", "made Bosch one of its suppliers": the company right before "one of its" is a
    member of the noun, the clause subject (an apposition after it allowed) the owner of "its".
    Returns (member, owner) or None."""
    poss = lex.possessive.search(text, max(0, t0 - 20), t0)
    if poss is None or lex.one_of is None or not lefts or not lex.one_of.fullmatch(text, lefts[0].end, poss.start()):
        return None
    member = lefts[0]
    owner = next((g for g in _left(groups, member.start, text, ("report",), lex)
                  if _unmarked(lex, g) and not _in_relative(text, g, member.start)), None)
    if owner is None or owner is member or re.search(r"[;:()]", text[owner.end : member.start]):
        return None
    return member, owner


def _relative_antecedent(groups: list[Group], t0: int, text: str) -> tuple[Group | None, re.Match | None]:
    """The company a subject relative right before the trigger speaks of (", qui lui livre", ", which
    supplies"), and the relative's match (None: no such relative). A company inside a description
    of the one before it is not the antecedent: "à Envision AESC, filiale du groupe chinois
    Envision, qui lui livre" - the relative goes with the head, AESC."""
    ante = next((g for g in reversed(groups) if g.end <= t0), None)
    rel = _REL_SUBJECT.fullmatch(text, ante.end, t0) if ante is not None else None
    if rel is None:
        return None, None
    head = next((g for g in reversed(groups) if g.end <= ante.start), None)
    if head is not None and _DESCRIPTION_GAP.fullmatch(text, head.end, ante.start) and not _CONJUNCTION.search(text, head.end, ante.start):
        return head, rel
    return ante, rel


def _chosen(lex: Compiled, groups: list[Group], t0: int, text: str) -> tuple[Group, Group] | None:
    """"Stellantis chose CATL to supply LFP batteries", "PowerCo ficha a Iberdrola para abastecer su
    gigafactoría": the company chosen supplies the one who chose. Returns (chosen, chooser) or None.
    The chosen one may carry the Spanish "a" of a named object."""
    if lex.choose is None:
        return None
    chosen = next((g for g in reversed(groups) if g.end <= t0), None)
    if chosen is None or t0 - chosen.end > 60 or not (_unmarked(lex, chosen) or has(lex, "recipient", chosen)):
        return None
    chooser = next((g for g in _left(groups, chosen.start, text, ("report",), lex, 80) if _unmarked(lex, g)), None)
    if chooser is None or re.search(r"[,;:()]", text[chooser.end : t0]) or not lex.choose.search(text, chooser.end, chosen.start):
        return None
    return chosen, chooser


def _with_relative(lex: Compiled, groups: list[Group], t0: int, text: str) -> tuple[Group, Group] | None:
    """"Edison, con cui Atlante ha firmato un contratto", "Alpitronic, mit dem Ladewerk einen Vertrag
    unterzeichnet hat", "X, with which Y signed a deal": the relative's subject made the deal with
    the antecedent. Returns (subject, antecedent) or None."""
    if lex.with_rel is None:
        return None
    for i in range(1, len(groups)):
        head, subj = groups[i - 1], groups[i]
        if subj.end > t0 or t0 - subj.end > 60 or re.search(r"[,;:()]", text[subj.end : t0]):
            continue
        rel = lex.with_rel.fullmatch(text, head.end, subj.start)
        # German has no relative word of its own: "mit dem" reads as a marker of the subject
        if rel is not None and (_unmarked(lex, subj) or subj.marker_start < rel.end()):
            return subj, head
    return None


def _subject_before(lex: Compiled, groups: list[Group], ante: Group, text: str) -> Group | None:
    """The subject of the clause a relative's antecedent belongs to: the nearest unmarked group
    before it ("Albemarle mantiene su contrato con Ford, que le compra ...": Albemarle)."""
    return next((g for g in _left(groups, ante.start, text, ("report",), lex, 120) if _unmarked(lex, g)), None)


def _nominal_supply(groups: list[Group], t0: int, t1: int, text: str, lex: Compiled, deal_ok: bool = True):
    """"in talks with Y for the supply of cells", "la fornitura di batterie a Y": the noun gives no
    direction, so it comes from an explicit "to"/"from"/"by", else from the two companies' tiers
    in the chain (a cell maker supplies a carmaker); without either, nothing is read."""
    right = _right(groups, t1)
    recip = next((g for g in right if has(lex, "recipient", g)), None)
    frm = next((g for g in right if (has(lex, "agent", g) or (has(lex, "from", g) and not has(lex, "recipient", g))) and g is not recip), None)
    subj = _subject(lex, groups, t0, text)
    if frm is not None and recip is not None and frm is not recip:
        return [(frm.names, recip.names, None, 0.0)]
    if recip is not None and subj is not None and recip is not subj:
        if lex.asset is not None and lex.asset.search(text, t1, recip.start):
            return []
        if lex.choose is not None and lex.choose.search(text, subj.end, t0):
            return [(recip.names, subj.names, None, 0.0)]  # "adjudicó el suministro de baterías a Y": Y supplies
        if lex.award is not None and lex.award.search(text, t1, recip.marker_start):
            return [(recip.names, subj.names, None, -0.05)]  # "la fornitura è stata aggiudicata a Y": Y won it
        return [(subj.names, recip.names, None, 0.0)]
    if frm is not None and subj is not None and frm is not subj:
        return [(frm.names, subj.names, None, 0.0)]
    partner = next((g for g in _left(groups, t0, text, (), lex) if has(lex, "with", g) and (subj is None or g.start > subj.end)), None)
    if partner is None:
        partner = next((g for g in right if has(lex, "with", g)), None)
    if subj is None or partner is None or partner is subj:
        return []
    ta, tb = tier(subj.sectors), tier(partner.sectors)
    if ta is None or tb is None or ta == tb:
        # "X ha firmato con Y un accordo da 1,9 miliardi per la fornitura di cavi": a deal for the
        # supply, read like "a supply agreement" (the subject supplies)
        lo = max(subj.end, partner.end if partner.end <= t0 else subj.end)
        if deal_ok and lex.deal is not None and lex.deal.search(text, lo, t0) and t0 - lo <= 80 and not re.search(r"[;:()]", text[lo:t0]):
            return [(subj.names, partner.names, None, -0.15)]
        return []
    return [(subj.names, partner.names, None, -0.05)] if ta < tb else [(partner.names, subj.names, None, -0.05)]


def _coordinated(lex: Compiled, groups: list[Group], first: Group, text: str, roles: tuple[str, ...]) -> list[str]:
    """"à Stellantis et à Renault", "de General Motors (GM) et de Posco": members of one list that
    repeat their preposition ("roles": the markers that may repeat); a short form in brackets after a
    member ("(GM)") is that member again."""
    names = list(first.names)
    end = first.end
    for g in groups:
        if g.start < end:
            continue
        if set(g.names) <= set(names) and text[end : g.start].strip() == "(":
            close = text.find(")", g.end)
            end = close + 1 if close >= 0 and not text[g.end : close].strip() else g.end
            continue
        if not any(has(lex, r, g) for r in roles) or g.marker_start < end or not text[end : g.marker_start].strip():
            break
        gap = text[end : g.marker_start]
        appos = _MEMBER_APPOSITION.match(gap)
        if appos is not None:
            gap = gap[appos.end() :]  # "a Hyundai, su principal cliente, y a Ford": past the first one's apposition
        if not lex.coord.match(gap):
            break
        names.extend(n for n in g.names if n not in names)
        end = g.end
    return names


#: an apposition closed by a comma after a list member, before the list goes on
_MEMBER_APPOSITION = re.compile(r"\s*,[^,;:()]{1,40}(?=,)")


def _marker_between(text: str, a: int, b: int, lex: Compiled) -> bool:
    """A preposition or a year between two words ("Samsung SDI 2015 vom Zulieferer Magna"): they
    are no compound ("Tesla supplier Panasonic")."""
    words = [w.lower() for w in re.findall(r"[\w'’]+", text[a:b])]
    return any(_YEAR.fullmatch(w) or any(w in ws for ws in lex.markers.values()) for w in words)


def _adjacent(text: str, a: int, b: int) -> bool:
    gap = text[a:b]
    return len(gap) <= 30 and "," not in gap and re.fullmatch(r"\s*(?:['’]s?\s*)?(?:[\w-]+\s+){0,2}", gap) is not None


def _stake_type(frame: str, text: str, m: re.Match, tgt: Group, lex: Compiled, region=None) -> str | None:
    """Turn an acquisition / ownership into a minority stake when the words say so."""
    lo, hi = region or (min(m.start(), tgt.start), max(m.end(), tgt.start))
    # "X rose 2.2% and Y, the parent of Z, ...": a parent noun's stake stands between it and the child
    seg = text[lo if frame == "OWN_CR" else max(0, lo - 40) : hi]
    pct = None
    for p in _PERCENT.finditer(seg):
        pct = float(p.group(1).replace(",", "."))
    if frame == "INV":
        if pct is not None:  # "its remaining 10% stake": the figure outranks the words
            return "acquires" if pct > 50 else None
        return "acquires" if lex.majority.search(seg) else None
    if frame in ("ACQ", "OWN_CR"):
        if pct is not None:
            if pct < 50:
                return "invests_in"
            return None
        if lex.stake.search(text[m.start() : hi]) and not lex.majority.search(seg):
            return "invests_in"
    return None


# ----------------------------------------------------------------------------------------------
# status


def status_for(
    lex: Compiled,
    text: str,
    t0: int,
    t1: int,
    default: str | None,
    party_spans: list[tuple[int, int]],
) -> tuple[str | None, float]:
    """Status of one trigger's assertion and a confidence change; (None, 0) drops the assertion."""
    st = _SentenceCues(lex, text)
    if text.rstrip().endswith("?") or text.lstrip().startswith("¿"):
        return None, 0.0
    clause_lo = _clause_start(text, t0)
    before = text[clause_lo:t0]
    near_before = text[max(clause_lo, t0 - 40) : t0]
    after = text[t1 : min(len(text), t1 + 30)]
    if st["unlikely"].search(before[-60:]) or st["unlikely"].search(text[t0 : t1 + 10]):
        return None, 0.0
    # a denial or an end speaks of the deal near it, not of one 200 characters on
    lo = min([t0] + [a for a, _ in party_spans]) - _CUE_REACH
    hi = max([t1] + [b for _, b in party_spans]) + _CUE_REACH
    if _near(st, "denied", lo, hi):
        return "denied", 0.0
    post = lex.verb_final or lex.lang == "fr"
    neg_zone = text[max(clause_lo, t0 - 30) : t1 + 20]
    if st["cessation"].search(neg_zone):
        return "ended", 0.0
    if st["negation"].search(near_before[-18:]) or (post and st["negation"].search(after[:14])):
        return None, 0.0
    if "absent" in lex.status and lex.status["absent"].search(text, max(clause_lo, t0 - 40), t0):
        return None, 0.0  # "senza creare una società comune": the tie named is the one not formed
    if st["condition"].search(before):
        return None, 0.0
    if _near(st, "ended", lo, hi):
        return "ended", -0.05
    if _rumoured(st, text, t0, party_spans):
        return "rumoured", -0.05
    if st["hedge"].search(near_before[-22:]):
        return "rumoured", -0.15
    if st.has("in_talks") and _talks_cover(st, text, t1, party_spans):
        return "in_talks", 0.0
    if _near(st, "weak_rumoured", clause_lo, _clause_end(text, t1)) and not lex.local["announced"].search(text):
        return "rumoured", -0.05  # (in the trigger's own clause: "liefert ...; 100 Lkw sollen ab 2026 ...")
    comma = text.rfind(",", clause_lo, t0)
    local = text[comma + 1 : t0] if comma >= 0 and t0 - comma > 3 and not _ARTICLE_ONLY.fullmatch(text, comma + 1, t0) else before
    # German puts the time right after the finite verb: "liefert seit 2020", "liefert künftig"
    v2 = _V2_AFTER.match(text, t1).group(0) if lex.lang == "de" else ""
    if lex.local["active"].search(local[-50:] + text[t0:t1] + v2) or (  # a cue may run into the trigger: "holds a stake"
        "active_clause" in lex.local and lex.local["active_clause"].search(before[-120:])
    ):  # "in 2021 X and Y set up ...": a dated founding anywhere in the clause
        return "active", 0.0
    if default == "announced" and _POSSESSED.search(text[max(clause_lo, t0 - 14) : t0]) and (
        lex.possessive.search(text[max(clause_lo, t0 - 14) : t0]) or re.search(r"['’]s?\s+$", text[max(0, t0 - 4) : t0])
    ):
        return "active", 0.0  # "its joint venture", "Ampere's tie-up": an existing link, named as such
    if st.has("completed") and st["completed"].search(text, clause_lo, _clause_end(text, t1)):
        return "active", 0.0
    if lex.local["announced"].search(local[-60:]) or lex.local["announced"].search(text[t0:t1] + v2) or (
        default is None and "announced_clause" in lex.local and lex.local["announced_clause"].search(before)
    ):  # verb-final: "X soll ab 2026 Zellen an Y liefern", the cue opens the clause
        return "announced", 0.0
    if default:
        return default, 0.0
    return "active", -0.05


_CUE_REACH = 80
# the two words after a German finite verb, where its time adverbs stand
_V2_AFTER = re.compile(r"(?:\s+[\wäöüß]+){0,2}")


def _near(st: "_SentenceCues", name: str, lo: int, hi: int) -> bool:
    return st.has(name) and any(s < hi and lo < e for s, e in st.spans(name))


_ARTICLE_WORD = re.compile(r"(?:the|a|an|il|la|lo|l'|un|una|uno|der|die|das|eine?|le|les|une|el|los|las)\b", _I)
_ARTICLE_ONLY = re.compile(r"\s*(?:the|a|an|il|la|lo|l'|un|una|der|die|das|eine?|le|les|une|el|los|las)?\s*", _I)
_POSSESSED = re.compile(r"(?:['’]s?|\w+)\s+(?:[\w-]+\s+)?$")


def _rumoured(st: "_SentenceCues", text: str, t0: int, party_spans: list[tuple[int, int]]) -> bool:
    """A report cue, not by a party itself, not one that ends the rumours ("ending months of
    speculation"), and not in a clause cut off by ';' or ':' before the trigger."""
    hard = max(text.rfind(";", 0, t0), text.rfind(":", 0, t0))
    ends = st.spans("unhedge") if "unhedge" in st.lex.status else []
    for s2, e2 in st.spans("rumoured"):
        if e2 <= hard:
            continue
        if any(s < e2 and s2 < e for s, e in party_spans):
            continue
        if any(a <= s2 and e2 <= b for a, b in ends):
            continue
        return True
    return False


def _talks_cover(st: "_SentenceCues", text: str, t1: int, party_spans: list[tuple[int, int]]) -> bool:
    """A talks cue speaks of this assertion unless it opens a later clause, past the trigger and both
    parties and after a comma ("X surte carcasas a Ford, y negocia contratos con otros fabricantes")."""
    last = max([t1] + [e for _, e in party_spans])
    return any(s < last or "," not in text[last:s] for s, _ in st.spans("in_talks"))


def ended_in_clause(lex: Compiled, text: str, t0: int, t1: int) -> bool:
    """An end cue next to the trigger, in its stretch between commas ("no longer owns", "Y, which X
    no longer controls"), not elsewhere in the sentence ("controls the recycler Y, whose plants
    recover ... scrap"; "set up by X, after its contract ended")."""
    lo = max(_clause_start(text, t0), t0 - 40, text.rfind(", ", 0, t0) + 1)
    comma = text.find(", ", t1)
    hi = min(_clause_end(text, t1), t1 + 40, comma if comma >= 0 else len(text))
    return any(lex.status[k].search(text, lo, hi) for k in ("ended", "cessation"))


def _clause_end(text: str, pos: int) -> int:
    m = re.compile(r"[;:]|\.\s").search(text, pos)
    return m.start() if m else len(text)


class _SentenceCues:
    """Sentence-wide status cues, searched once per (language, sentence) however many triggers ask."""

    _cache: dict[tuple[str, str], dict[str, list[tuple[int, int]]]] = {}

    def __init__(self, lex: Compiled, text: str):
        self.lex = lex
        key = (lex.lang, text)
        found = self._cache.get(key)
        if found is None:
            if len(self._cache) > 256:
                self._cache.clear()
            found = {}
            self._cache[key] = found
        self.found = found
        self.text = text

    def __getitem__(self, name: str) -> re.Pattern:
        return self.lex.status[name]

    def spans(self, name: str) -> list[tuple[int, int]]:
        got = self.found.get(name)
        if got is None:
            got = [m.span() for m in self.lex.status[name].finditer(self.text)]
            self.found[name] = got
        return got

    def has(self, name: str) -> bool:
        return name in self.lex.status and bool(self.spans(name))

    def outside(self, name: str, spans: list[tuple[int, int]]) -> bool:
        return any(not any(s < e2 and s2 < e for s, e in spans) for s2, e2 in self.spans(name))


def _search_outside(rx: re.Pattern, text: str, spans: list[tuple[int, int]]) -> bool:
    """A cue that overlaps a party's own mention ("according to Tesla", "Tesla reported") is a
    statement by that party, not a rumour."""
    for m in rx.finditer(text):
        if not any(s < m.end() and m.start() < e for s, e in spans):
            return True
    return False


_CLAUSE_START = re.compile(r"[;:]|,\s+(?:but|while|whereas|ma|mentre|aber|während|mais|tandis|pero|mientras)\b|\.\s", _I)


def _clause_start(text: str, pos: int) -> int:
    lo = 0
    for m in _CLAUSE_START.finditer(text, 0, pos):
        lo = m.end()
    return lo
