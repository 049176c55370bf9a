"""Companies named after a known company: "Repsol Renovables", "ABB E-mobility", "NIO Power",
"Samsung SDI Battery Systems", "Posco Argentina", "LG Magna e-Powertrain".

A known name followed, on the same line, by capitalised words that end in a word naming a line of
business ("Renovables", "Power", "Lithium", "Battery Systems") or in a country is another company:
a subsidiary, a national unit or a joint company named after its parents. It is kept apart from the
known company (analysts need "Envision AESC" and "Envision" as two nodes), with the known company
as its likely parent. Words that leave a company the same ("Group", "Motor", "Holdings") and
legal forms are dealt with elsewhere; here they may only follow a business word ("Battery Systems")
or come before a country or a continent ("Marelli Automotive Systems UK", "CALB Europe"). After a
subsidiary noun the capitalised words that follow a known name are the unit's own ("la filial turca
BYD Otomotiv", "die Tochter Samsung SDI Battery Systems"); a German noun of goods after the name is
no part of it ("... Battery Systems Batteriemodule").
"""

from __future__ import annotations

from bisect import bisect_left
from operator import attrgetter

from ..doc import Mention
from .gazetteer import places
from .matcher import Token
from .cues import GERMAN_NOUN_ENDINGS, ROLE_NOUNS
from .patterns import LEGAL_FIRST
from .text import closing_token
from .vocab import name_sectors

__all__ = ["extend_unit_names", "UNIT_HEADS", "UNIT_NOUNS"]

#: Last words of a unit's name that name a line of business (folded; hyphenated words joined).
UNIT_HEADS = frozenset(
    "power mobility e-mobility emobility powertrain e-powertrain battery batteries cells materials lithium "
    "nickel cobalt graphite copper minerals mining resources recycling charging ventures capital defence "
    "defense vehicles chemicals chemical semiconductors semiconductor renewables renovables rinnovabili "
    "renouvelables erneuerbare electrification storage hydrogen trucks buses aerospace aviation rail "
    "cathode cathodes anode anodes aluminum aluminium alluminio steel acciai stahl insurance assurances assicurazioni seguros versicherung "
    "safety equipment chemistry casting castings forgings foundry fonderia "
    # parts makers' units: "Marelli Automotive Lighting", "Forvia Interiors", "Forvia Seating"
    "lighting interiors seating electronics components industrial eautomotive e-automotive "
    # filters, waste and a bank's fund arm: "Sogefi Filtration", "Veolia Environnement", "Hera Ambiente",
    # "UBS Asset Management"
    "filtration filtrazione environnement environment ambiente medioambiente umwelt management "
    # an energy arm named in Spanish or Italian: "Valdora Energía", "Brixo Energia"
    "energía energia "
    # materials and the precursors of cathode materials in each language: "Brixo Matériaux",
    # "Valdora Materiales", "Kestrel Precursors"
    "matériaux materiali materiales precursors precursor précurseurs precursori precursores "
    # a builder's or an installer's arm in each language: "Brixo Génie Civil", "Brixo Construcción",
    # "Brixo Costruzioni", "Brixo Engineering", "Brixo Infrastructure", "Brixo Énergies"
    "civil construction constructions construcción construcciones costruzioni engineering ingeniería "
    "ingegneria ingénierie infrastructure infrastructures infraestructuras infrastrutture énergies energies".split()
)
# Business words after "&" in a unit's name: "Hankook Tire & Technology", "Beta Steel & Engineering".
_AMPERSAND_HEADS = frozenset(
    "technology technologies engineering services systems solutions industries chemicals materials".split()
)
# Nouns of an apposition that make the name before it a unit: "Mahle Behr, la filiale di climatizzazione".
UNIT_NOUNS = frozenset(
    "subsidiary unit division affiliate arm controllata divisione filiale filial tochter "
    "tochtergesellschaft sparte división unidad unité branche".split()
)
_OPENERS = frozenset("a an the its la il le el der die das ein eine une un una su sua suo son sa seine ihre".split())
# Words that may follow a business word inside the name ("Battery Systems", "Lithium Solution").
_TRAILING = frozenset(
    "systems system solutions solution technologies technology services materials material international "
    "industries company structures storage".split()
)
#: markets a unit's name may end in besides the countries and continents the place list knows:
#: "Brixo Ibérica", "Vexa Energy Storage Nordic" (national or regional units)
_MARKETS = frozenset("iberia iberica ibérica nordic nordics benelux scandinavia polska emea latam".split())
_MAX_WORDS = 4
_start = attrgetter("start")


def _joined(text: str, tokens: list[Token], j: int) -> int:
    """Index after the word starting at tokens[j], hyphenated parts joined ("e-Powertrain")."""
    k = j + 1
    while k < len(tokens) and tokens[k].start == tokens[k - 1].end + 1 and text[tokens[k - 1].end] == "-" \
            and tokens[k].text[0].isalnum():
        k += 1
    return k


def _title_case(tokens: list[Token]) -> bool:
    """A headline in title case ("CATL Batteries Power New BMW Models"): every word capitalised."""
    words = [t for t in tokens if t.text[0].isalpha()]
    return len(words) >= 4 and sum(t.text[0].isupper() for t in words) >= 0.8 * len(words)


def _is_country(text: str, tokens: list[Token], word: tuple[int, int, str]) -> bool:
    """A country, or a market word a national unit's name ends in ("Iberia", "Nordic")."""
    if word[2] in _MARKETS:
        return True
    place = places().get(text[tokens[word[0]].start : tokens[word[1] - 1].end])
    return place is not None and place.kind == "country"


def _is_region(text: str, tokens: list[Token], word: tuple[int, int, str]) -> bool:
    """A country or a continent of one word ("UK", "Poland", "Europe"), or a market word ("Benelux")."""
    if word[2] in _MARKETS:
        return True
    place = places().get(text[tokens[word[0]].start : tokens[word[1] - 1].end])
    return place is not None and place.kind in _REGION_KINDS


#: words of a company's name that say nothing of a line of business: before a country they name a
#: national unit ("Marelli Automotive Systems UK", "Minth Automotive France")
_NATIONAL_WORDS = frozenset(
    "automotive auto systems system solutions technologies technology industries industrial electric "
    "electronics manufacturing components energy".split()
)


def _german_noun(word: str) -> bool:
    """A German noun of goods or an abstract noun after a name ("... Battery Systems Batteriemodule"):
    the name ended before it."""
    from .recognizer import _GERMAN_GOODS_ENDINGS  # (recognizer imports this module: read it when used)

    return len(word) >= 8 and word.endswith(_GERMAN_GOODS_ENDINGS + GERMAN_NOUN_ENDINGS)


#: a national or regional unit named with a connector: "Renault do Brasil", "BMW of North America",
#: "Volkswagen de México" (the connector, then a country or a continent of one or two words)
_REGION_CONNECTORS = frozenset(("do", "de", "of"))
_REGION_KINDS = frozenset(("country", "continent"))


def _region_end(text: str, tokens: list[Token], j: int) -> int | None:
    """Token index after a country or continent of one or two words starting at tokens[j], or None."""
    for n in (2, 1):
        if j + n <= len(tokens) and all(t.text[0].isupper() for t in tokens[j : j + n]) and all(
                text[tokens[i - 1].end : tokens[i].start] == " " for i in range(j + 1, j + n)):
            place = places().get(text[tokens[j].start : tokens[j + n - 1].end])
            if place is not None and place.kind in _REGION_KINDS and (j + n >= len(tokens) or not (
                    tokens[j + n].text[0].isupper() and text[tokens[j + n - 1].end : tokens[j + n].start] == " ")):
                return j + n
    return None


def _unit_apposition(tokens: list[Token], j: int) -> bool:
    """An apposition at tokens[j] that calls what precedes it a unit: ", la filial de", ", its unit"."""
    return j + 2 < len(tokens) and tokens[j].text == "," and tokens[j + 1].key in _OPENERS and any(
        t.key in UNIT_NOUNS and (t.text[0].islower() or t.key in _GERMAN_UNIT_NOUNS) for t in tokens[j + 2 : j + 4])


#: German writes its unit nouns capitalised: ", eine Tochter von Y", ", die Sparte des Konzerns"
_GERMAN_UNIT_NOUNS = frozenset(("tochter", "tochtergesellschaft", "sparte"))


def _unit_end(text: str, tokens: list[Token], k: int) -> int | None:
    """Token index after a unit name whose known part ends at tokens[k-1], or None."""
    if k + 1 < len(tokens) and tokens[k].text in _REGION_CONNECTORS and text[tokens[k - 1].end : tokens[k].start] == " " \
            and text[tokens[k].end : tokens[k + 1].start] == " ":
        return _region_end(text, tokens, k + 1)  # "Renault do Brasil", "BMW of North America"
    if k < len(tokens) and text[tokens[k - 1].end : tokens[k].start] == " ":
        region = _region_end(text, tokens, k)
        if region is not None and region - k == 2:
            return region  # "Daimler Truck North America" (one word, a country, is read below)
    words: list[tuple[int, int, str]] = []  # (first token, after last token, folded word)
    j = k
    while j < len(tokens) and len(words) < _MAX_WORDS:
        # a space only: "Varta-Tochter X" is a German compound, "BYD-Chef" a person
        if text[tokens[j - 1].end : tokens[j].start] != " " or not (tokens[j].text[0].isupper() or tokens[j].text in ("e", "E")):
            break
        if tokens[j].text in LEGAL_FIRST:
            break
        after = _joined(text, tokens, j)
        word = "-".join(t.text for t in tokens[j:after])
        if word in ("e", "E"):
            break
        if word.startswith("e-") and word[2:3].islower() and word.casefold() not in UNIT_HEADS:
            break  # "Nidec e-axle unit", "its e-motor business": goods; "Irizar e-mobility" names a unit
        words.append((j, after, word.casefold()))
        j = after
    if j + 1 < len(tokens) and tokens[j].text == "&" and tokens[j + 1].key in _AMPERSAND_HEADS \
            and tokens[j + 1].text[0].isupper() and (j + 2 >= len(tokens) or not tokens[j + 2].text[0].isupper()):
        return j + 2  # "Hankook Tire & Technology"
    if not words:
        return None
    amp = _ampersand_unit_end(text, tokens, j)
    if amp is not None and not any(w[2] in ROLE_NOUNS for w in words):
        return amp  # "Sogefi Air & Cooling, la divisione del gruppo Sogefi": the unit the apposition names
    # a country right after the known name ends it ("Posco Argentina", "BMW Brasil")
    if _is_country(text, tokens, words[0]) and (len(words) == 1 or words[1][2] not in UNIT_HEADS):
        return words[0][1]
    # words that leave a company the same, then a country or a continent, end a national unit's name:
    # "Marelli Automotive Systems UK", "Northvolt Systems Poland", "Minth Automotive France", "CALB Europe"
    for i, w in enumerate(words):
        if _is_region(text, tokens, w):
            if all(v[2] in _NATIONAL_WORDS for v in words[:i]) and (i + 1 == len(words) or _german_noun(words[i + 1][2])):
                return w[1]
            break
    # an apposition or a noun right after the words calls them a unit ("Brixo Battery Frames, its
    # subsidiary ...", "its Brixo Grid Storage unit"): they are its name, whatever they say
    called_unit = (_unit_apposition(tokens, j) or _unit_noun_after(text, tokens, j)) \
        and not any(w[2] in ROLE_NOUNS for w in words)
    last_head = max((i for i, w in enumerate(words) if w[2] in UNIT_HEADS), default=-1)
    if last_head < 0:
        return j if called_unit else None
    end = last_head
    while end + 1 < len(words) and words[end + 1][2] in _TRAILING:
        end += 1
    if end + 2 == len(words) and _is_country(text, tokens, words[end + 1]):
        end += 1  # "Umicore Battery Materials Finland"
    if end + 1 < len(words) and not _german_noun(words[end + 1][2]):
        return j if called_unit else None  # more name words follow ("Tesla Battery Day"): not a unit name
    return words[end][1]


def _ampersand_unit_end(text: str, tokens: list[Token], j: int) -> int | None:
    """Token index after "& Word [Word]" at tokens[j] where an apposition or a unit noun right after
    calls the whole a unit ("Brixo Air & Cooling, la divisione del gruppo Brixo", "Kestrel Seating &
    Interiors, its subsidiary", "its Norvik Filters & Fluids unit"), or None. Without such a word
    "&" joins two companies ("Brixo & Kestrel") and ends the name."""
    if j + 1 >= len(tokens) or tokens[j].text != "&" or text[tokens[j - 1].end : tokens[j].start] != " ":
        return None
    k = j + 1
    while k < len(tokens) and k - j <= 2 and text[tokens[k - 1].end : tokens[k].start] == " " \
            and tokens[k].text[0].isupper() and tokens[k].text.isalpha() and tokens[k].text not in LEGAL_FIRST:
        k += 1
    if k == j + 1:
        return None
    return k if _unit_apposition(tokens, k) or _unit_noun_after(text, tokens, k) else None


#: English nouns after a unit's name that call it one: "its Brixo Grid Storage unit"
_UNIT_NOUNS_AFTER = frozenset("unit subsidiary division arm affiliate".split())


def _unit_noun_after(text: str, tokens: list[Token], j: int) -> bool:
    """Is tokens[j] a lower-case unit noun right after the name ("... Grid Storage unit")?"""
    return j < len(tokens) and tokens[j].key in _UNIT_NOUNS_AFTER and tokens[j].text[0].islower() \
        and text[tokens[j - 1].end : tokens[j].start] == " "


def _after_unit_noun(tokens: list[Token], i: int) -> bool:
    """Is the name at tokens[i] right after a subsidiary noun, maybe with an adjective between:
    "die Tochter X", "la filial turca X", "sa filiale française X", "its unit X"?"""
    for j in (i - 1, i - 2):
        if j < 0:
            return False
        t = tokens[j]
        if t.key in UNIT_NOUNS and (t.text[0].islower() or t.key in ("tochter", "tochtergesellschaft", "sparte")):
            return j == i - 1 or tokens[i - 1].text[0].islower()
    return False


def _named_unit_end(text: str, tokens: list[Token], k: int) -> int | None:
    """After a subsidiary noun, the capitalised words after a known name are the unit's own name
    ("la filial turca BYD Otomotiv", "die Tochter Samsung SDI Battery Systems"): the token index after
    them, or None (none, or only words that leave the company the same: "die Tochter VW Group")."""
    j = k
    while j < len(tokens) and j - k < 3 and text[tokens[j - 1].end : tokens[j].start] == " " \
            and tokens[j].text[0].isupper() and tokens[j].text not in LEGAL_FIRST and tokens[j].text.isalpha() \
            and not _german_noun(tokens[j].key) and tokens[j].key not in _SAME_COMPANY:
        j += 1
    return j if j > k else None


#: words after a name that leave it the same company
_SAME_COMPANY = frozenset("group gruppe groupe grupo gruppo holding holdings konzern".split())


#: unit heads that are also plain German nouns: alone after a name they are its object ("will Umicore
#: Lithium gewinnen", "liefert Salzgitter Stahl"), not a unit's name
_GERMAN_NOUN_HEADS = frozenset("lithium nickel aluminium stahl".split())


def _home_country_after(text: str, tokens: list[Token], k: int, end: int, m: Mention) -> bool:
    """Is the unit's tail "of"/"de"/"do" and the known company's own country ("cells bought from Velmora
    of South Korea", for a Korean Velmora)? That says where the company is from; "Velmora of North
    America", "Ostrava do Brasil" name a unit abroad."""
    if tokens[k].text not in _REGION_CONNECTORS or not (m.attrs or {}).get("country"):
        return False
    place = places().get(text[tokens[k + 1].start : tokens[end - 1].end])
    return place is not None and place.country == m.attrs["country"]


def extend_unit_names(text: str, toks, known: list[Mention], language: str = "en") -> list[Mention]:
    """Replace a known company that opens a unit's name by the unit ("Repsol" in "Repsol
    Renovables"); known names inside the unit's name go with it ("Magna" in "LG Magna
    e-Powertrain"). ``toks``: (index, start, end, tokens) per sentence."""
    out: list[Mention] = []
    skip_until = -1
    titles: dict[int, bool] = {}
    for m in known:
        if m.start < skip_until:
            continue
        closing = closing_token(toks, m)  # None: not a company, no sentence, or no token ends there
        if closing is None:
            out.append(m)
            continue
        tokens, k = closing[0], closing[1] + 1  # k: the first token after the name
        if k >= len(tokens):
            out.append(m)
            continue
        end = _unit_end(text, tokens, k)
        if end is None:
            first = bisect_left(tokens, m.start, key=_start)
            if first < len(tokens) and tokens[first].start == m.start and _after_unit_noun(tokens, first):
                end = _named_unit_end(text, tokens, k)
        if end == k + 1 and language == "de" and tokens[k].key in _GERMAN_NOUN_HEADS:
            end = None
        if end is not None and _home_country_after(text, tokens, k, end, m):
            end = None
        if end is not None:  # no unit name in a title-case headline (worked out once per sentence)
            if m.sentence not in titles:
                titles[m.sentence] = _title_case(tokens)
            if titles[m.sentence]:
                end = None
        if end is None:
            out.append(m)
            continue
        stop = tokens[end - 1].end
        surface = " ".join(text[m.start:stop].split())
        out.append(Mention(
            start=m.start, end=stop, text=text[m.start:stop], label="COMPANY", canonical=surface,
            sentence=m.sentence, source="pattern",
            attrs={"known": False, "sectors": name_sectors(surface) or list(m.attrs.get("sectors", ())),
                   "country": m.attrs.get("country"), "parent": m.canonical},
        ))
        skip_until = stop
    return out
