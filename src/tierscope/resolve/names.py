"""Company-name normalisation and acronyms: pure string functions, no state.

``normalize`` turns a surface name into a comparison key: case, diacritics, punctuation,
apostrophe possessives, legal-form suffixes ("AG", "S.p.A.", "Co., Ltd.", "Aktiengesellschaft",
"Société anonyme", ...), group words ("Gruppo", "Groupe", "Grupo", "Group", "Konzern", "-Konzern",
"Holding(s)", "Corporation") and leading articles ("il gruppo CATL", "der VW-Konzern") go away.
Words that tell companies apart ("Truck", "Electronics", "China", "SDI") stay.

The bare German/English genitive without an apostrophe ("Teslas Werk") cannot be told from a
name that ends in s ("Siemens") by looking at the string alone; ``strip_genitive`` gives the
candidate and the resolver accepts it only when the base name is a known or seen company.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "normalize",
    "display_name",
    "acronym",
    "acronym_variants",
    "tokens",
    "strip_genitive",
    "looks_like_acronym",
    "LEGAL_SUFFIXES",
    "GROUP_WORDS",
]

# Legal forms, written as normalised token sequences (dots and commas already gone).
LEGAL_SUFFIXES: tuple[tuple[str, ...], ...] = tuple(
    tuple(s.split())
    for s in sorted(
        {
            "ag", "se", "sa", "nv", "bv", "plc", "ltd", "limited", "inc", "incorporated", "llc", "lp",
            "gmbh", "kg", "kgaa", "ohg", "ug", "mbh", "gmbh co kg", "ag co kg", "se co kg", "co kg",
            "spa", "s p a", "srl", "s r l", "sapa", "scarl", "scpa",
            "sas", "sasu", "sarl", "sca", "s a", "s a s", "s l", "sl", "slu", "s a u", "sau", "s en c",
            "co", "company", "corp", "corporation", "co ltd", "co limited", "company limited",
            "pte ltd", "pty ltd", "pvt ltd", "private limited", "bhd", "sdn bhd", "tbk",
            "ab", "ab publ", "asa", "as", "a s", "oy", "oyj", "aps", "kk", "k k", "co inc",
            "aktiengesellschaft", "societe anonyme", "sociedad anonima", "societa per azioni",
            "societe par actions simplifiee", "naamloze vennootschap", "besloten vennootschap",
            "public limited company", "sa de cv", "s a de c v", "ltda", "cv",
        },
        key=lambda s: -len(s.split()),
    )
)
# Words that name a group of companies rather than telling one company from another.
GROUP_WORDS = frozenset(
    {
        "group", "groupe", "gruppo", "grupo", "gruppe", "konzern", "holding", "holdings",
        "corporation", "corp", "company", "co", "gruppen",
    }
)
# Articles and prepositions that may precede a name in running text ("il gruppo CATL").
_LEADING = frozenset(
    {
        "the", "il", "lo", "la", "l", "i", "gli", "le", "les", "der", "die", "das", "des", "dem", "den",
        "el", "los", "las", "del", "al", "du", "de", "della", "dello", "dei", "degli", "pt",
    }
)
# Words that never start a name on their own, so a leading group word before them is a prefix.
_PREFIX_GROUP = frozenset({"group", "groupe", "gruppo", "grupo", "gruppe", "konzern"})
# Connecting words skipped when building acronyms.
_ACRO_SKIP = frozenset({"of", "and", "the", "de", "di", "der", "und", "et", "y", "e", "du", "des", "del", "la", "le", "for", "fur"})

_APOS = "'\u2019\u2018`\u00b4"
_POSSESSIVE = re.compile(rf"(?<=\w)[{_APOS}]s\b|(?<=s)[{_APOS}](?=\s|$)", re.IGNORECASE)
_AND_C = re.compile(r"\s*&\s*C\.?(?=[\s,]|$)")  # Italian "Pirelli & C. S.p.A."
# Elided articles/prepositions: "dell'Eni", "l'azienda", "d'Amico" (also strips "L'" of L'Oreal,
# on every side alike, so keys still agree).
_ELISION = re.compile(rf"\b(?:l|dell|all|dall|nell|sull|d|un|qu)[{_APOS}](?=\w)", re.IGNORECASE)
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)


def _fold(text: str) -> str:
    s = unicodedata.normalize("NFKD", text)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("\u00df", "ss").replace("\u00f8", "o").replace("\u00d8", "O").replace("\u0142", "l")


def _raw_tokens(name: str) -> list[str]:
    """Tokens with case kept: possessives removed, dotted abbreviations joined ("S.p.A." -> "SpA")."""
    s = _fold(name)
    s = _ELISION.sub("", s)
    s = _POSSESSIVE.sub("", s)
    s = _AND_C.sub(" ", s)
    s = s.replace("&", " ")
    # Join dotted abbreviations: "S.p.A." -> "SpA", "N.V." -> "NV", "S.A.S." -> "SAS".
    s = re.sub(r"\b(?:[^\W\d_]\.){2,}", lambda m: m.group(0).replace(".", ""), s)
    s = re.sub(r"\b([^\W\d_])\.([^\W\d_]{1,2})\.", r"\1\2", s)  # "S.pA." style leftovers
    return _TOKEN.findall(s)


# LEGAL_SUFFIXES by length, each with its place in the list: a name's last one, two, ... tokens
# are looked up once each instead of compared with all 78 forms.
_SUFFIX_PLACE: dict[int, dict[tuple[str, ...], int]] = {}
for _place, _suffix in enumerate(LEGAL_SUFFIXES):
    _SUFFIX_PLACE.setdefault(len(_suffix), {}).setdefault(_suffix, _place)
_SUFFIX_LENGTHS = sorted(_SUFFIX_PLACE)


def _legal_suffix(low: list[str]) -> int:
    """Token count of the legal form ending ``low`` that comes first in LEGAL_SUFFIXES (the one a
    walk down the list finds), leaving at least one token; 0 when none does."""
    best_place, best_n = len(LEGAL_SUFFIXES), 0
    for n in _SUFFIX_LENGTHS:
        if len(low) <= n:
            break
        place = _SUFFIX_PLACE[n].get(tuple(low[-n:]))
        if place is not None and place < best_place:
            best_place, best_n = place, n
    return best_n


def _strip_tokens(toks: list[str]) -> list[str]:
    """Remove leading articles/group words and trailing legal forms/group words; never empty."""
    low = [t.casefold() for t in toks]
    if not low:
        return low
    # Leading articles, then a leading group word ("il gruppo CATL", "Groupe Renault").
    i = 0
    while i < len(low) - 1 and low[i] in _LEADING:
        i += 1
    while i < len(low) - 1 and low[i] in _PREFIX_GROUP:
        i += 1
        while i < len(low) - 1 and low[i] in _LEADING:  # "Gruppo di ..."
            i += 1
    low = low[i:]
    changed = True
    while changed and len(low) > 1:
        changed = False
        n = _legal_suffix(low)
        if n:
            low = low[:-n]
            changed = True
        if not changed and len(low) > 1 and low[-1] in GROUP_WORDS:
            low = low[:-1]
            changed = True
    return low


def tokens(name: str) -> list[str]:
    """The tokens of the normalised key (see ``normalize``)."""
    return _strip_tokens(_raw_tokens(name))


def normalize(name: str) -> str:
    """Comparison key of a company name.

    >>> normalize("Contemporary Amperex Technology Co., Limited")
    'contemporary amperex technology'
    >>> normalize("il gruppo CATL"), normalize("Tesla's"), normalize("Volkswagen-Konzern")
    ('catl', 'tesla', 'volkswagen')
    """
    return " ".join(tokens(name))


def display_name(name: str) -> str:
    """The name as a person would write it in a list: case kept, leading articles, leading group
    words and possessives dropped, legal form kept ("il gruppo CATL" -> "CATL")."""
    s = _ELISION.sub("", name.strip())
    s = _POSSESSIVE.sub("", s)
    s = re.sub(r"-(?:Konzern|Gruppe|Gruppo|Group)\b", "", s)
    words = s.split()
    i = 0
    while i < len(words) - 1 and _fold(words[i]).casefold().strip(",.") in _LEADING | _PREFIX_GROUP:
        i += 1
    return " ".join(words[i:]).strip(" ,;:")


def strip_genitive(key: str) -> str | None:
    """Candidate base of a bare genitive ("teslas" -> "tesla"), or None. The caller decides."""
    if len(key) > 3 and key.endswith("s") and not key.endswith("ss"):
        return key[:-1]
    return None


def looks_like_acronym(surface: str) -> bool:
    """One token of 2-6 characters written (mostly) in capitals: "JLR", "LGES", "CATL", "BMW"."""
    toks = _raw_tokens(surface)
    toks = [t for t in toks if t.casefold() not in _LEADING and t.casefold() not in _PREFIX_GROUP] or toks
    if len(toks) != 1:
        return False
    t = toks[0]
    letters = [c for c in t if c.isalpha()]
    return 2 <= len(t) <= 6 and len(letters) >= 2 and sum(c.isupper() for c in letters) >= len(letters) - 1


def _initials(words: list[str], skip_connectors: bool = True) -> str:
    out = []
    for w in words:
        if skip_connectors and w.casefold() in _ACRO_SKIP:
            continue
        letters = [c for c in w if c.isalpha()]
        # A word written in capitals ("LG", "SK", "BYD") contributes itself.
        if len(letters) >= 2 and all(c.isupper() for c in letters) and len(w) <= 4:
            out.append(w.upper())
        else:
            out.append(w[0].upper())
        # CamelCase inner capitals ("PowerCo" -> "PC") are not used: too loose.
    return "".join(out)


def acronym_variants(name: str) -> set[str]:
    """Acronyms a multi-word name may be written as: initials of the core name, and of the name
    with its legal form ("Contemporary Amperex Technology Limited" -> "CAT", "CATL"). Empty for a
    one-word name."""
    raw = _raw_tokens(name)
    core = _strip_tokens(raw)
    out: set[str] = set()
    if len(core) >= 2:
        # Initials taken from the raw tokens that survived, to keep their capitals.
        start = [t.casefold() for t in raw].index(core[0]) if core[0] in [t.casefold() for t in raw] else 0
        core_raw = raw[start : start + len(core)]
        out.add(_initials(core_raw))
        out.add(_initials(core_raw, skip_connectors=False))  # "Electricite de France" -> "EDF"
        extra = [t[0].upper() for t in raw[start + len(core_raw) :] if t.casefold() not in {"co"}]
        if extra:
            out.add(_initials(core_raw) + "".join(extra))
    return {a for a in out if len(a) >= 2}


def acronym(name: str) -> str:
    """The acronym of a multi-word name ("Jaguar Land Rover" -> "JLR", "LG Energy Solution" ->
    "LGES"); the name's own key in capitals when it is a single word."""
    raw = _raw_tokens(name)
    core = _strip_tokens(raw)
    if len(core) < 2:
        return " ".join(core).upper()
    low = [t.casefold() for t in raw]
    start = low.index(core[0]) if core[0] in low else 0
    return _initials(raw[start : start + len(core)])
