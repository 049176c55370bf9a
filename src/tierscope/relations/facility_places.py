"""Where a plant is: the places of a sentence (PLACE mentions, and capitalised names after a locative
word the place gazetteer does not know), the one the plant noun is attached to (``_location``), the
town of a dateline, and whether two place names are the same place.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import facility_cues as cues
from ..scan.prefilter import may_search


def _home_town(owner: str | None, *names: str) -> bool:
    """Whether one of ``names`` is the home town of ``owner`` in the company gazetteer."""
    try:
        from ..entities.gazetteer import gazetteer
        from .known_roles import gazetteer_name  # (asks of a full name as of its company)

        entry = gazetteer().entry(gazetteer_name(owner)) if owner else None
    except Exception:
        entry = None
    return entry is not None and bool(entry.city) and _norm(entry.city) in {_norm(n) for n in names if n}


def _caps_dateline(text: str) -> str | None:
    """The town of a dateline written alone in capitals, as regional papers do ("HEIDE.", "BERLIN -"),
    when the place gazetteer knows it as a town."""
    m = re.fullmatch(r"([A-ZÄÖÜÀ-ÖØ-Þ][A-ZÄÖÜÀ-ÖØ-Þ' -]{2,30}?)\s*[.:–-]?", text)
    if not m:
        return None
    name = m.group(1).strip().title()
    if _place_kind(name) in ("country", "region", "continent"):
        return None
    try:
        from ..entities.gazetteer import places

        return name if places().find(name) is not None else None
    except Exception:
        return None


def _norm(s: str) -> str:
    import unicodedata

    s = unicodedata.normalize("NFKD", s or "")
    return "".join(c for c in s if not unicodedata.combining(c)).casefold().strip()


_CAP_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’.]*(?:-[\wÀ-ÿ'’.]+)*"
_CONNECT = r"(?:an der|an den|am|an|de la|de las|de los|del|de|di|sur|upon|on|la|le|en)"
_NAME = rf"{_CAP_WORD}(?:\s+(?:{_CONNECT}\s+)?{_CAP_WORD}){{0,3}}"
_NAME_DE = rf"{_CAP_WORD}(?:\s+{_CONNECT}\s+{_CAP_WORD})?"
_DE_NOUN = re.compile(r"(?:ung|heit|keit|schaft|tion|tät|nis|ismus|ment|ität|ik|ur|enz|anz|hersteller|konzern|zulieferer|lieferant|unternehmen)$|^(?:Betrieb|Bau|Planung|Zukunft|Rahmen|Bereich|Summe|Höhe|Form|Zeit|Jahr|Jahren|Europa|Deutschland|Nähe|Lage|Region|Folge|Serie|Produktion|Betriebe|Stufen|Etappen|Phasen|Schritten|Teilen|Kürze|Lizenz|Planung|Gang)$")
_NAME_RX = re.compile(_NAME)
_NAME_DE_RX = re.compile(_NAME_DE)
_UNKNOWN = 15.0
_KIND_PENALTY = {"country": 60.0, "continent": 80.0, "region": 20.0}
_PLACE_RX: dict[str, tuple[re.Pattern, re.Pattern]] = {}


def _place_rx(cue: dict) -> tuple[re.Pattern, re.Pattern]:
    key = cue["loc_prep"]
    if key not in _PLACE_RX:
        de = "bei|nahe" in key
        name = _NAME_DE if de else _NAME
        prep = "in|bei|nahe|nahe bei|in der Nähe von|unweit von|(?:nördlich|südlich|östlich|westlich) von|im [a-zäöü-]+schen|in [a-zäöü-]+schen" if de else key
        # (a product complement of one to three lowercase words may come between the noun and its
        # town: "stabilimento di pistoni di X", "fábrica de turismos de X", "usine de moteurs de X")
        goods = rf"(?:(?i:{cue['goods_of']})(?:\s+|(?<=['’]))[a-zà-ÿ][\w'’-]*(?:\s+[a-zà-ÿ][\w'’-]*){{0,2}}\s+|[a-zà-ÿ]+\s+)" \
            if cue.get("goods_of") else r"(?:[a-zà-ÿ]+\s+)"
        _PLACE_RX[key] = (
            re.compile(_first_char_gate(rf"(?<![\w'’])(?i:{prep})\s+(?P<name>{name})")),
            re.compile(rf"\s*(?:{goods}(?=(?i:{cue['loc_of']})\s*[A-ZÀ-ÖØ-Þ]))?(?:(?i:{cue['loc_of']})\s*)?(?P<name>{name})") if not de
            else re.compile(rf"\s+(?:(?i:in|bei|nahe)\s+)?(?P<name>{name})"),
        )
    return _PLACE_RX[key]


def _first_char_gate(pattern: str) -> str:
    """``pattern`` behind a lookahead on the characters a match may start with, in either case as
    the engine folds them (speed: the engine then passes over most positions of a sentence at once
    instead of trying every preposition there); the matches are the same."""
    from re import _parser

    from ..scan.prefilter import first_chars

    first, nullable = first_chars(_parser.parse(pattern))
    if not first or nullable:
        return pattern
    return "(?=(?i:[" + "".join(re.escape(c) for c in sorted(first)) + "]))(?:" + pattern + ")"


_AREA_RX: dict[str, tuple[re.Pattern, re.Pattern]] = {}


def _area_rx(cue: dict) -> tuple[re.Pattern, re.Pattern]:
    """(the town after an industrial estate, park or port: "nella zona industriale di Forlì", "im
    Industriepark Höchst"; the gap from a plant noun to such a town)."""
    key = cue["area"]
    if key not in _AREA_RX:
        name = _NAME_DE if "Industrie" in key else _NAME
        _AREA_RX[key] = (re.compile(rf"(?<![\w'’])(?i:{key})(?P<name>{name})"),
                         re.compile(rf"\s*,?\s*(?i:{key})\s*"))
    return _AREA_RX[key]


def _cut(s: int, name: str, occupied) -> tuple[int, int, str]:
    """The name up to the first company or person inside it: "Atessa" of "Atessa Voltaria"."""
    e = s + len(name)
    hits = [a for a, b in occupied if a < e and s < b]
    if not hits:
        name = name.rstrip(" .'’,")
        return (s, s + len(name), name) if len(name) >= 3 else (s, s, "")
    e = max(s, min(hits))
    name = name[: e - s].rstrip(" .'’,")
    name = re.sub(rf"(?:\s+{_CONNECT})+$", "", name)  # "Castellammare di [Company]"
    if len(name) < 3:
        return s, s, ""
    return s, s + len(name), name


def _place_name(name: str) -> str:
    """The place gazetteer's name for ``name`` ("Dunkerque" -> "Dunkirk"), else ``name``."""
    try:
        from ..entities.gazetteer import places

        hit = places().find(name)
    except Exception:
        return name
    return hit.name if hit is not None else name


@lru_cache(maxsize=8192)
def _place_kind(name: str) -> str:
    # (remembered per name: a lookup in the fixed place lists, asked of every known company of every
    # sentence by facility_context.real and of every place by _place_candidates)
    try:
        from ..entities.gazetteer import places

        hit = places().find(name)
    except Exception:
        return ""
    return (hit.kind or "") if hit is not None else ""


# words that open no place name alone ("in New", "the North") but do open a town's name of two
# capitalised words ("in New Carlisle, Indiana", "bei West Haven", "in Old Saybrook")
_NAME_OPENERS = {"new", "old", "north", "south", "east", "west"}


def _not_place(first: str, name: str) -> bool:
    """Whether a capitalised name whose first word is ``first`` is no place by its first word."""
    word = first.casefold()
    if word in _NAME_OPENERS and first[:1].isupper() and re.match(r"\S+\s+[A-ZÀ-ÖØ-Þ]", name):
        return False
    return word in cues.NOT_PLACE


# continents the place list leaves out, in the five languages: "la première gigafactory de batteries
# d'Afrique" says where it stands among plants, not where it is
_CONTINENTS = {"africa", "afrique", "afrika", "áfrica", "asia", "asie", "asien", "oceania", "océanie", "ozeanien"}

_ARTICLES = {"la", "le", "les", "las", "los", "el", "il", "lo", "l'", "the"}


def _article_town(first: str, name: str) -> bool:
    """Whether a name that opens with an article is a town the place lists know: "La Loggia", "Le
    Creusot", "La Verrière", "El Prat de Llobregat", "Los Arcos" (not "La Stampa", "Le Monde")."""
    return first.casefold() in _ARTICLES and " " in name and _place_kind(name) == "city"


def _fallback_name(ctx, text: str, pos: int, occupied) -> tuple[int, int, str] | None:
    """A capitalised place name at ``pos`` that is no company, person or common word."""
    de = "bei|nahe" in ctx.cue["loc_prep"]
    m = (_NAME_DE_RX if de else _NAME_RX).match(text, pos)
    if not m:
        return None
    s, e, name = _cut(m.start(), m.group(0), occupied)
    if not name:
        return None
    first = name.split()[0].split("-")[0]
    if _not_place(first, name) or len(name) < 3 or name.isupper():
        return None
    if any(a < e and s < b for a, b in occupied):
        return None
    if de and _DE_NOUN.search(name.split()[0]):
        return None
    return s, e, name


# (the article or possessive in either case: "The Marlow Heath factory" and "Its Kestrup plant" open
# sentences as often as they stand inside one)
_EN_BEFORE = re.compile(
    r"(?:\b(?i:the|its|their|his|her)|\w['’]s)\s+(?:(?:new|planned|existing|future|proposed|former|giant|huge)\s+)?"
    r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}?)\s+(?:(?i:battery|cell|car|auto|vehicle|assembly|engine|EV|cathode|lithium|gigafactory)\s+)?$"
)


class _Shift:
    """A match on a slice, with offsets in the sentence."""

    def __init__(self, m: re.Match, off: int):
        self._m, self._off = m, off

    def start(self, g="name"):
        return self._m.start(g) + self._off

    def group(self, g="name"):
        return self._m.group(g)


def _place_candidates(ctx, text: str, base: int, ms, noun: tuple[int, int] | None = None):
    key = (base, noun)
    hit = ctx.places.get(key)
    if hit is None:
        hit = ctx.places[key] = _place_candidates_uncached(ctx, text, base, ms, noun)
    return hit


_COMPARED_BEFORE = re.compile(
    r"\b(?:than|als|as \w+ as|(?:plus|moins|aussi) \w+ que|(?:más|menos|tan) \w+ (?:que|como)|(?:più|meno) \w+ d[ie]l?\w*|so \w+ wie)\s+$",
    re.I,
)
_AGENT_BEFORE = re.compile(r"\b(?:by|par|por|vom|durch|da parte d(?:i|el|ella)|dal|dalla)\s+$", re.I)


# a stock exchange's city is no plant's place
_EXCHANGE_BEFORE = re.compile(r"\b(?:Bolsa|Borsa|Börse|Bourse|[Ss]tock [Ee]xchange)\s+(?:(?:de|di|of|in|von|du)\s+)?(?:la\s+)?$")
_EXCHANGE_AFTER = re.compile(r"\s+(?:[Ss]tock [Ee]xchange|Börse|[Ss]tock [Mm]arket)\b|-Börse\b")
# German nouns that are also towns somewhere (Bau in Malaysia, Lage in Lippe), after an article
_DE_COMMON = re.compile(r"Betrieb|Bau|Planung|Zukunft|Rahmen|Bereich|Summe|Höhe|Form|Zeit|Lage|Folge|Serie|Produktion|Nähe")
_DE_ARTICLE_BEFORE = re.compile(r"\b(?:dem|den|der|des|das|die|beim|zum|zur|vom|im)\s+$")
_COMPASS = re.compile(r"Norden|Süden|Osten|Westen")
_IM_BEFORE = re.compile(r"\b(?:im|vom|gen)\s+$")


# a superlative of size or weight and up to three words before the region or country it ranks in:
# "the largest battery plant in Ohio", "la mayor obra industrial de la Comunitat Valenciana", "la plus
# grande usine de France", "il più grande impianto d'Italia", "das größte Werk in Sachsen"; Spanish
# "mayor" in lower case only, so an English "the Mayor of Ohio" ranks nothing
_RANK = (r"(?:single\s+)?(?:largest|biggest|greatest|most\s+(?:important|significant|advanced|modern|ambitious|expensive))"
         r"|(?-i:mayor(?:es)?)|más\s+(?:grandes?|importantes?|modern[oa]s?|avanzad[oa]s?|ambicios[oa]s?)"
         r"|plus\s+(?:grande?s?|importante?s?|modernes?|avancée?s?|ambitieu(?:x|ses?))"
         r"|più\s+(?:grandi|grande|importanti|importante|modern[oaie]|avanzat[oaie]|ambizios[oaie])|maggior[ei]"
         r"|gr(?:ö|o|oe)(?:ß|ss)te[nmrs]?|wichtigste[nmrs]?|modernste[nmrs]?|bedeutendste[nmrs]?")
_RANKED_BEFORE = re.compile(
    rf"\b(?:{_RANK})(?:\s+[\w'’-]+){{0,3}}?\s*(?:\b(?:in|of|across|de|del|de la|de las|de los|en|en el|en la|d['’]|du|des|au|aux|"
    rf"di|dell['’]|della|dello|degli|delle|nel|nella|nello|im|in der|der)\s*)$", re.I)
# a region's or country's possessive before the superlative: "Spain's largest plant", "Ohio's biggest"
_RANKED_AFTER = re.compile(rf"['’]s?\s+(?:{_RANK})\b", re.I)


def _ranked_in(text: str, s: int, e: int, kind: str) -> bool:
    """Whether the region or country at ``s``..``e`` is the field a superlative ranks a plant in
    ("the largest plant in Ohio", "Spain's biggest factory"): that says how the plant compares, and
    only loosely where it is; the town the story names for it is its place, not this area. A town
    is never ranked out ("the largest plant in Zwickau" is in Zwickau)."""
    if kind not in ("region", "country"):
        return False
    return _RANKED_BEFORE.search(text, max(0, s - 80), s) is not None or _RANKED_AFTER.match(text, e) is not None


def _place_candidates_uncached(ctx, text: str, base: int, ms, noun: tuple[int, int] | None = None):
    """(start, end, penalty, name) of the places of a sentence: PLACE mentions (a city before a
    region before a country) and capitalised names after a locative word that the place
    gazetteer does not know ("near Izmir", "a Teverola", "bei Guben", "à Douvrin", "en Puertollano")."""
    out = []
    occupied = [(m.start - base, m.end - base) for m in ms if m.label not in ("PLACE",)]
    # the places set aside below are no unknown name after a locative word either ("En Amérique du
    # Nord" is a continent, not a town "Amérique")
    skipped = [(m.start - base, m.end - base) for m in ms if m.label == "PLACE"]
    for m in ms:
        if m.label != "PLACE":
            continue
        s, e = m.start - base, m.end - base
        if (m.attrs.get("kind") or _place_kind(m.text)) == "continent":
            continue  # "one of the best sites in Europe", "plants in Eastern Europe": no plant's place
        if m.text.strip().casefold() in cues.MONTHS:
            continue  # "will im März mit den Erdarbeiten beginnen": a month, not the town of Marz
        if _EXCHANGE_BEFORE.search(text, max(0, s - 30), s) or _EXCHANGE_AFTER.match(text, e):
            continue  # "una nota a la Bolsa de Hong Kong", "listed on the Hong Kong Stock Exchange"
        if _DE_ARTICLE_BEFORE.search(text, max(0, s - 7), s) and _DE_COMMON.fullmatch(m.text.strip()):
            continue  # "mit dem Bau", "in der Lage": a German noun, not the town of Bau or Lage
        if _COMPASS.fullmatch(m.text.strip()) and _IM_BEFORE.search(text, max(0, s - 5), s):
            continue  # "im Norden Frankreichs": a direction, not the town of Norden
        if _AGENT_BEFORE.search(text[max(0, s - 12) : s]):
            continue  # "financée par Québec et Ottawa": a government that pays, not where the plant is
        if _COMPARED_BEFORE.search(text[max(0, s - 30) : s]):
            continue  # "a second factory, which would be larger than Dunkirk"
        if _ranked_in(text, s, e, m.attrs.get("kind") or _place_kind(m.text)):
            continue  # "la mayor obra industrial de la Comunitat Valenciana": a ranking, not the plant's place
        # "Frankfurt" of "Frankfurt-Höchst", "Bozen" of "Bozen Süd" (a quarter named by its compass point)
        x = re.match(r"-[A-ZÀ-ÖØ-Þ][\w'’]+|\s(?:Süd|Nord|Ost|West|Sud|Est|Ovest|Ouest)\b(?!-)", text[e:])
        if x and not _DE_NOUN.search(x.group(0)):  # (not "US-Batteriehersteller": a noun, not a quarter)
            e += x.end()
        out.append((s, e, _KIND_PENALTY.get(m.attrs.get("kind") or _place_kind(m.text), 0.0), text[s:e].strip()))
    for m in ctx.as_place.get(base, ()):
        known = _place_kind(m.text.strip()) if m.source == "gazetteer" or m.attrs.get("known") else ""
        out.append((m.start - base, m.end - base, _KIND_PENALTY.get(known, 0.0) if known else _UNKNOWN, m.text.strip()))
    places = [(s, e) for s, e, _, _ in out]
    skipped = [p for p in skipped if p not in places]
    prep_rx, of_rx = _place_rx(ctx.cue)
    found = [m for m in prep_rx.finditer(text)]
    area_rx = _area_rx(ctx.cue)[0]
    # (the words the hint needs first, in the lower-cased sentence: the regex alone tries every one of
    # them at every position)
    if may_search(_AREA_HINT, text, text.lower()) and _AREA_HINT.search(text):
        found += area_rx.finditer(text)
    if noun is not None and any(w in text for w in _WHERE_WORDS):
        # "llega hasta Jaén, ..., donde X tiene su planta": a town of the long list before a relative
        # "where" that holds the plant noun, after a word that is no locative preposition
        found += [m for m in _NAME_BEFORE_WHERE.finditer(text, 0, noun[0])
                  if _where_relative(text, m.end("name"), noun[0]) and _long_list_town(m.group("name"))]
    if noun is not None:
        m = of_rx.match(text, noun[1])
        if m:
            found.append(m)
        if ctx.cue is cues.compiled("en"):
            # "its Kestrup plant", "the Marlow Heath factory", "Brelix's Kestrup plant": a name
            # between the article (or a possessive) and the noun
            m = _EN_BEFORE.search(text[max(0, noun[0] - 50) : noun[0]])
            if m:
                off = max(0, noun[0] - 50)
                found.append(_Shift(m, off))
    de = "bei|nahe" in ctx.cue["loc_prep"]
    for m in found:
        s, e, name = _cut(m.start("name"), m.group("name"), occupied)
        if not name:
            continue
        first = name.split()[0].split("-")[0]
        if (_not_place(first, name) and not _article_town(first, name)) or len(name) < 3 or name.isupper():
            continue
        if any(a < e and s < b for a, b in occupied):
            continue
        if any(a < e and s < b for a, b in places):
            continue  # the gazetteer's place there is better
        if any(a <= s < b for a, b in skipped):
            continue
        if _place_kind(name) == "continent" or name.casefold() in _CONTINENTS:
            continue  # "la première gigafactory de batteries d'Afrique": no plant's place
        if de and _DE_NOUN.search(name.split()[0]):
            continue
        # "in Ostungarn": a part of a country, a region for the choice of the plant's place
        out.append((s, e, _KIND_PENALTY["region"] if de and _compass_area(name) else _UNKNOWN, name))
        places.append((s, e))
    if de and "er " in text:
        for m in _DE_TOWN_ADJ.finditer(text):
            town = _town_of_adjective(m.group(1))
            if town and not any(a < m.end(1) and m.start(1) < b for a, b in places + occupied):
                out.append((m.start(1), m.end(1), 0.0, town))  # "in seinem Breuberger Werk": Breuberg
    return _drop_qualifiers(text, out)


# a German town's adjective before a plant noun: "das Zwickauer Werk", "im Breuberger Werk", "die
# Dresdner Fabrik"
_DE_TOWN_ADJ = re.compile(r"\b([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?er)\s+(?=\w*(?:[Ww]erk|[Ff]abrik|Standort|Anlage)\b)")


def _town_of_adjective(adj: str) -> str | None:
    """The town a German adjective in -er names ("Zwickauer" -> Zwickau, "Bremer" -> Bremen,
    "Dresdner" -> Dresden), if the place lists know it as a town."""
    stem = adj[:-2]
    for name in (stem, stem + "en", stem[:-1] + "en" if stem.endswith("n") else None):
        if name and len(name) >= 3 and _place_kind(name) == "city":
            return name
    return None


# between a place and the province, region or country that follows it: "Lumbier (Navarra)",
# "Queen Creek, Arizona", "Bridgwater, nel Somerset", "Göd, in Ungarn"
_QUALIFIER_GAP = re.compile(r"\s*,\s*(?:(?:in|nel|nella|nello|in der|im|en|en el|en la|dans|au|dans le|dans la)\s+)?", re.I)


# between a town and the region or country that follows it without a comma, as German writes it:
# "in Debrecen in Ostungarn", "in Arnstadt in Thüringen"
_DE_QUALIFIER_GAP = re.compile(r"\s+(?:in|im|in der)\s+")
# between a town and the bigger town it is near: "Figueruelas, near Zaragoza", "à Figueruelas, près de
# Saragosse", "a Figueruelas, vicino a Saragozza", "im spanischen Figueruelas bei Saragossa"
_NEAR_GAP = re.compile(
    r"\s*,?\s*(?:near|close to|outside|not far from|bei|nahe|unweit von|près de|non loin de|à côté de|aux portes de|"
    r"vicino a|nei pressi di|non lontano da|alle porte di|cerca de|junto a|a las afueras de|a (?:pocos|unos) kilómetros de)\s+",
    re.I,
)
# between a place and the town it lies to one side of, maybe after a short description: "Kwinana, an
# industrial strip south of Fremantle", "Kolkwitz, nördlich von Cottbus", "Caudan, au nord de
# Lorient", "a Cortona, a sud di Arezzo", "en Villabrava, al norte de Zaragoza"
_COMPASS_GAP = re.compile(
    r"\s*,?\s*(?:(?:an?|the|un[ae]?|une|la|il|el)\s+(?:[\w-]+\s+){0,3})?(?:(?:some\s+|about\s+)?\d+\s*(?:km|kilometres|kilometers|miles)\s+)?"
    r"(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of|(?:nördlich|südlich|östlich|westlich)\s+von|"
    r"au\s+(?:nord|sud|est|ouest)\s+de|a\s+(?:nord|sud|est|ovest)\s+di|al\s+(?:norte|sur|este|oeste)\s+de)\s+", re.I)
# between a region or country and the town in it that follows: "au Québec, à Bécancour", "en
# Normandie, à Caen", "in Ungarn, in Debrecen", "in Ungheria, a Debrecen"
_TOWN_AFTER_GAP = re.compile(r"\s*,\s*(?:à|a|ad|in|en|at|bei|nahe)\s+")


# between a town and the province, county or district named after it: "Requena, en la provincia de
# Valencia", "Cerignola, in provincia di Foggia", "Caudan, dans le département du Morbihan",
# "Kolkwitz im Landkreis Spree-Neiße", "Marshall, in Calhoun County"
_PROVINCE_GAP = re.compile(
    r"\s*,?\s*(?:(?:in|en|nella|nel|dans|im|in der|at)\s+)?(?:(?:la|the|le|el|il)\s+)?"
    r"(?:provincia|province|département|departamento|county|región|regione|région|comarca|Landkreis|Kreis|Provinz|Bezirk|distretto|district|voivodato|voivodeship|municipio|comune)"
    r"\s+(?:(?:de la|de las|de los|del|de|of|di|du|des|d['’])\s*)?", re.I)


_COUNTY_AFTER = re.compile(r"\s+(?:County|Province|District|Parish)\b")


def _drop_qualifiers(text: str, places: list) -> list:
    """The places less those that only say where the place before them lies: "Figueruelas
    (Zaragoza)", "Bridgwater, nel Somerset", "Debrecen in Ostungarn", "Figueruelas, near Zaragoza".
    The plant is in the first one, however near the noun the second is. A parenthesised place always
    qualifies; one after a comma or "in" only when it is a region or country and the first is not
    ("in Ohio, Tennessee and Michigan" is a list); one after "near" when the first is a town; one
    after "in the province of" ("Requena, en la provincia de Valencia"). And a
    region or country followed by ", à" and a town in it ("au Québec, à Bécancour") says where that
    town lies: the plant is in the town."""
    places = sorted(places)
    drop = set()
    region = _KIND_PENALTY["region"]
    for a, b in zip(places, places[1:]):
        gap = text[a[1] : b[0]]
        in_paren = re.fullmatch(r"\s*\(\s*", gap) and text[b[1] :].lstrip().startswith(")")
        after_comma = (_QUALIFIER_GAP.fullmatch(gap) or _DE_QUALIFIER_GAP.fullmatch(gap)) and b[2] >= region > a[2]
        near = (a[2] == 0.0 and b[2] < region and _NEAR_GAP.fullmatch(gap)) or (a[2] < region and _COMPASS_GAP.fullmatch(gap))
        province = a[2] < region and (_PROVINCE_GAP.fullmatch(gap) or (  # "..., in Calhoun County"
            _QUALIFIER_GAP.fullmatch(gap) and _COUNTY_AFTER.match(text, b[1])))
        if in_paren or after_comma or near or province:
            drop.add(b)
        elif a[2] >= region and b[2] == 0.0 and _TOWN_AFTER_GAP.fullmatch(gap):
            drop.add(a)
    return [p for p in places if p not in drop]


# a German compass word glued to a country or region: "Ostungarn", "Nordspanien", "Südwestfrankreich"
_DE_COMPASS_AREA = re.compile(r"(?:Nord|Süd|Ost|West|Mittel|Zentral)(?:ost|west)?")


def _compass_area(name: str) -> bool:
    """Whether ``name`` is a compass word glued to a country or region the place list knows:
    "Ostungarn" (Ungarn), "Nordspanien" (Spanien), "Mittelschweden" (Schweden)."""
    m = _DE_COMPASS_AREA.match(name)
    if m is None or " " in name:
        return False
    rest = name[m.end() :]
    return len(rest) >= 4 and _place_kind(rest[:1].upper() + rest[1:]) in ("country", "region")


def _location(ctx, text, base, ms, n0, n1) -> str | None:
    best = _location_full(ctx, text, base, ms, n0, n1)
    return best[0] if best else None


def _location_full(ctx, text, base, ms, n0, n1, *, attached_only=False):
    """(name, start, end, penalty) of the place of the plant noun at n0..n1."""
    key = ("loc", base, n0, n1, attached_only)
    if key not in ctx.places:
        ctx.places[key] = _location_best(ctx, text, base, ms, n0, n1, attached_only)
    return ctx.places[key]


def _location_best(ctx, text, base, ms, n0, n1, attached_only):
    best = _location_best_named(ctx, text, base, ms, n0, n1, attached_only)
    if best is None or best[3] < 3.0:
        return best
    # "at Gravity Park, near Bridgwater", "im Gewerbepark Nord bei X", "sur le parc d'activités Y près
    # de X": a site's name the place list does not know, then the town it is near: the town
    near = _NEAR_TOWN.match(text, best[2])
    if near and (_SITE_WORD.search(best[0]) or _AT_BEFORE.search(text, max(0, best[1] - 4), best[1])) \
            and not _long_list_town(best[0]):  # (not a small town: "à Figueruelas, près de Saragosse")
        for s, e, penalty, name in _place_candidates(ctx, text, base, ms, (n0, n1)):
            if s == near.end() and penalty < 3.0:  # (a city: not a region, not another unknown name)
                return (name, s, e, penalty)
    return best


_SITE_WORD = re.compile(r"\b(?:Park|Parc|Parco|Campus|Estate|Gewerbe\w*|Industrie\w*|Polígono|Zona)\b|park\b", re.I)
_AT_BEFORE = re.compile(r"\bat\s+$")


def _long_list_town(name: str) -> bool:
    try:
        from ..entities.gazetteer import towns
        from ..entities.text import name_key
    except Exception:
        return False
    return towns().get(name_key(name)) is not None


_NEAR_TOWN = re.compile(r"\s*,?\s*(?:near|close to|outside|bei|nahe|près de|à côté de|vicino a|nei pressi di|cerca de|junto a)\s+", re.I)


def _location_best_named(ctx, text, base, ms, n0, n1, attached_only):
    best = None
    for s, e, penalty, name in _place_candidates(ctx, text, base, ms, (n0, n1)):
        if s >= n1:
            gap = text[n1:s]
            attached = len(gap) <= 25 and re.fullmatch(r"[\s\w'’-]{0,25}", gap) is not None and len(gap.split()) <= 3
            attached = attached or (len(gap) <= 60 and _area_rx(ctx.cue)[1].fullmatch(gap) is not None)
            d = 0.0 if attached or _relative_place(ctx, gap) else s - n1
        elif e <= n0:
            d = 0.0 if _where_relative(text, e, n0) else (n0 - e) * 1.5
            if _opens_sentence(ctx, text, s):
                d, penalty = 0.0, penalty + 4.0  # "In Dresden baut Infineon ... die Smart Power Fab"
        else:
            d = 0.0
        if attached_only and not (s >= n1 and d == 0.0):
            continue
        if penalty == _UNKNOWN and s >= n1 and d == 0.0:
            penalty = 3.0  # "plant in Kestrup, Denmark": the name the noun is attached to
        if s >= n1 and not _PREP_BEFORE.search(text[max(0, s - 16) : s]):
            penalty += 1.0  # "Gigafactory Berlin-Brandenburg in Grünheide": the place after "in" first
        key = d + penalty
        if best is None or key < best[0]:
            best = (key, (name, s, e, penalty))
    return best[1] if best else None


# a place, then a relative "where" whose clause holds the plant noun: "Kolin, in the Czech Republic,
# where X runs its plant", "en Wroclaw (Polonia), donde X opera su complejo", "à Metz, où X exploite
# son usine", "a Cremona, dove X gestisce lo stabilimento", "in Zwickau, wo X sein Werk betreibt"
_WHERE_WORDS = ("where", "donde", "où", "dove", "wo ", "in cui", "nel quale", "en el que", "en la que")
# an aside between the place and "where" that says where it lies: ", in Denmark", ", en el valle de X",
# ", Argentina" (not ", is hiring in X": a clause of its own)
_ASIDE = r"(?:,\s*(?:(?:in|en|nel|nella|nello|dans|im|in der|au|à|a)\s+[^,;:()]{1,40}|[A-ZÀ-ÖØ-Þ][^,;:()]{0,40}))"
_WHERE_GAP = re.compile(
    rf"(?:\s+(?:province|state|county|region|provincia|provincia de|regione|région|Provinz|Region))?\s*(?:\([^()]{{1,40}}\)\s*)?{_ASIDE}?,\s*(?:where|(?:en )?donde|où|dove|wo|in cui|nel quale|en (?:el|la) que)\s[^,;:()]{{0,90}}")


_NAME_BEFORE_WHERE = re.compile(rf"(?<![\w'’])(?P<name>{_NAME})(?=\s*(?:\([^()]{{1,40}}\)\s*)?{_ASIDE}?,\s*(?:where|(?:en )?donde|où|dove|wo|in cui|nel quale|en (?:el|la) que)\s)")


def _where_relative(text: str, e: int, n0: int) -> bool:
    """Whether the plant noun at ``n0`` is in a relative clause of place opened right after the place
    ending at ``e``: the plant is in that place, however long the clause before the noun."""
    gap = text[e:n0]
    return any(w in gap for w in _WHERE_WORDS) and _WHERE_GAP.fullmatch(gap) is not None


def _relative_place(ctx, gap: str) -> bool:
    """Whether ``gap`` (from the plant noun to a place) is a relative clause that puts the plant
    there: "la gigafactoría que el fabricante chino construye en", "the plant that Morlan is
    building in", "das Werk, das Kornex in"."""
    return _relative_place_rx(ctx.cue["loc_prep"]).fullmatch(gap) is not None


@lru_cache(maxsize=None)
def _relative_place_rx(prep: str) -> re.Pattern:
    """``_relative_place``'s pattern for a language's locative words (``prep``), compiled once per
    language rather than looked up in ``re``'s cache at each call (which other patterns evict)."""
    return re.compile(rf"\s*,?\s*(?:que|qu['’]|che|that|which|die|das|den|qui)\s+(?:[\w'’-]+\s+){{0,5}}?"
                      rf"(?i:{prep})\s+", re.I)


def _opens_sentence(ctx, text: str, s: int) -> bool:
    """Whether the place at ``s`` is the locative that opens the sentence ("In Dresden baut
    Infineon...", "A Catania, intanto, proseguono i lavori...", "Im nordfranzösischen Billy-Berclau
    produziert ACC..."): it sets the scene for the whole sentence, however far the plant noun is."""
    return _opening_place_rx(ctx.cue["loc_prep"]).fullmatch(text[:s]) is not None


@lru_cache(maxsize=None)
def _opening_place_rx(prep: str) -> re.Pattern:
    """``_opens_sentence``'s pattern for a language's locative words, compiled once per language."""
    return re.compile(rf"\W{{0,3}}(?i:{prep})\s+(?:[a-zà-ÿß-]+\s+){{0,3}}")


# a cheap test before the area pattern: a word of an estate, park or port
_AREA_HINT = re.compile(r"(?i:park|area|zone|estate|zona|parco|polo|distretto|piana|porto|gebiet|hafen|parc|pôle|port|polígono|parque|puerto|complejo|plateforme|salar"
                        r"|municipal|town|village|commune|borough|comun[ea]|città|frazione|località|gemeinde|ortschaft|localité|localidad|municipio|concejo)")

_PREP_BEFORE = re.compile(
    r"\b(?:in|at|near|outside|a|ad|di|da|presso|nel|nello|nella|bei|nahe|im|am|von|à|au|de|d['’]|du|des|en|près de|del|cerca de|junto a)\s*$",
    re.I,
)


def _same_place(a: str, b: str) -> bool:
    a, b = _place_name(a), _place_name(b)  # "Sagunt" is "Sagunto"
    x, y = _norm(a).replace("-", " ").split(), _norm(b).replace("-", " ").split()
    x, y = [t.strip(",") for t in x], [t.strip(",") for t in y]
    n = min(len(x), len(y))
    return n > 0 and x[:n] == y[:n]


# "located in X", "situé à X", "situato a X", "ubicada en X", "gelegen in X": a place stated outright,
# whatever the noun ("Le projet, situé à X, ..."; "The site, located in X, ...")
_LOCATED = re.compile(
    r"\b(?:located|situated|sited|based) (?:in|at|near|outside)\s+|\bsitué(?:e|s|es)? (?:à|en|au|dans|près de)\s+|"
    r"\bimplanté(?:e|s|es)? (?:à|en|au|dans|près de)\s+|\bsituat[oaie] (?:a|ad|in|nei pressi di|vicino a)\s+|"
    r"\b(?:ubicad|situad|localizad)[oa]s? (?:en|cerca de)\s+|\bgelegene?[nr]? (?:in|bei|nahe)\s+",
    re.I,
)
_LOCATED_LITERALS = ("locat", "situ", "sited", "based", "implant", "ubicad", "localiz", "gelegen")


def _located_at(ctx, text: str, base: int, ms) -> str | None:
    """The place a sentence says something is located at ("Le projet, situé à Amiens, ..."), or
    None; a city the place list knows, else a capitalised name that is no company."""
    lower = text.lower()
    if not any(w in lower for w in _LOCATED_LITERALS):
        return None  # (a cheap test first: few sentences say where something lies)
    m = _LOCATED.search(text)
    if m is None:
        return None
    for p in ms:
        if p.label == "PLACE" and 0 <= p.start - base - m.end() <= 1:
            return p.text.strip()
    occupied = [(x.start - base, x.end - base) for x in ms if x.label != "PLACE"]
    fb = _fallback_name(ctx, text, m.end(), occupied)
    return fb[2] if fb else None
