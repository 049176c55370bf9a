"""Definite descriptions that point back to a company: "the company", "the Japanese battery
maker", "la casa di Torino", "des Konzerns", "le constructeur", "la empresa".

The antecedent is the most recent compatible company in subject position in the same story: the
sentence of the description first (companies before it), then earlier sentences, nearest first;
within a sentence companies in subject position (not after a preposition: "from CATL", "con
Stellantis", "mit BMW", "controllata dal gruppo SK Innovation") come first, the most recent
first, then the others in text order. Compatible means the descriptor's sector, nationality and home town, where stated, fit the
company. A description with a sector ("the battery maker") first looks for a company the
gazetteer knows to be of that kind, and only then accepts companies of unknown kind. Stories are
never crossed. A description that states nothing of its company goes to the story's topic (topic.py)
instead of a nearer company that only passes through (``_prefer_topic``).

Who cannot be the antecedent: for a description that states nothing, a member of a list ("Stellantis,
Mercedes-Benz und TotalEnergies erhöhen ..., wie das Unternehmen mitteilte") or a company named only
as the first part of a noun ("das BMW-Modell", "the Mercedes-Benz contract"); for a group noun, a
company the sentence names as a unit ("der Tochter X"); for a description right after its clause's
subject company, that subject ("Leonardo ha rilevato la società"); for a subject description, a
company before it in its clause after a preposition ("Auch an den US-Autobauer liefert der Konzern").
Up to three words may stand before the noun ("the German luxury carmaker"); German compounds are
read from their parts (compounds.py); "the latter" (latter.py) and "la filiale de X" / "la casa
madre" (subsidiaries.py) have modules of their own.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..doc import Mention, Sentence
from .apposition_close import closes_apposition
from .brand_makers import find_brand_makers
from .buyer_nouns import find_buyer_nouns, is_agent, passive_subject
from .held_objects import held_before, held_position, holders_before
from .compounds import COMPOUND_NOUN, compound_country, compound_positions, compound_sector
from .cues import IMPLIED_VERBS, SUBJECT_VERBS
from .gazetteer import gazetteer, places
from .home_first import homes_match, own_home_first
from .metro_towns import METRO_TOWNS
from .owner_appositions import owner_after
from .hometowns import find_hometown_references
from .implied import find_cleft_subjects, find_implied, find_object_clitics, find_subject_pronouns
from .interview import find_interview_we
from .interview_words import find_interview_wir
from .quoted_speakers import find_quoted_we, find_quoted_wir
from .relative_it import after_preposed_relative
from .latter import find_latter
from .subsidiaries import (find_bare_unit_references, find_named_unit_references, find_parent_references,
                           find_possessed_parents, find_subsidiary_references)
from .patterns import noun_positions
from .passive_datives import find_passive_datives
from .plant_objects import find_plant_objects
from .plant_openers import find_plant_openers
from .possessive_goods import find_possessive_goods
from .possessive_openers import find_possessive_openers
from .same_company import find_same_company
from .possessors import participle_clause, possessed_after
from .sections import heading_between
from .text import Occupied, add_in_order
from .topic import story_topics
from .trade_salience import salient_first
from .ventures import find_venture_references
from .titled_names import titles_name
from .town_specs import town_adjective_names, unknown_town
from .names import given_names
from .described_countries import learn_described_countries
from .vocab import (CITY_ADJECTIVES, CONTINENTS, DEMONYMS, ROLE_WORDS, MONTHS, NATIONALITY, REGION_CITIES, SECTOR_NOUNS, SPEC_SECTORS, WEEKDAYS,
                    compatible_sector)

__all__ = ["find_coref", "coref_regex"]

_ARTICLES = (
    r"the|il|lo|la|l['’]|del|dello|della|dell['’]|al|allo|alla|all['’]|dal|dalla|dall['’]|nel|nella|"
    r"nell['’]|sul|sulla|der|die|das|des|dem|den|le|du|au|el"
)
_LOOKBACK = 6  # sentences
_STRICT_LOOKBACK = 20  # sentences, for a company known to be of the stated country


@lru_cache(maxsize=8)
def coref_regex(language: str) -> re.Pattern:
    langs = [language] if language in SECTOR_NOUNS else list(SECTOR_NOUNS)
    nouns = sorted({n for lang in langs for n in SECTOR_NOUNS[lang]}, key=len, reverse=True)
    noun_alt = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in nouns)
    if language == "de":
        noun_alt += "|" + COMPOUND_NOUN  # "der Industriekonzern", "der Dax-Konzern" (compounds.py)
    # Any one word may stand where an adjective can ("the new company"); what it states is
    # looked up afterwards (a 400-word alternation here made each match ten times slower).
    adj_alt = r"(?:(?:south|north|sud|süd)[\s-]+)?[^\W\d][\w.]*(?:-[^\W\d][\w.]*)*(?:['’]s)?"
    inflection = r"(?:e?s|e?n)?" if language == "de" else ""
    return re.compile(
        rf"(?<![\w-])(?P<art>{_ARTICLES})(?:\s+|(?<=['’]))"
        # up to three words before the noun: "the German luxury carmaker", "the world's largest battery maker"
        rf"(?:(?P<adj1>{adj_alt}(?:\s+{adj_alt}){{0,2}}?)\s+)??"
        rf"(?P<head>(?P<noun>{noun_alt}){inflection})"
        rf"(?:\s+(?!(?:di|dei|delle|degli|de|du|des|of|von|aus|from)\s)(?P<adj2>{adj_alt})(?<!\.)(?=[\s,.;:]|$))?"
        # ("dei semiconduttori", "delle batterie": Italian's article with the sector, after an adjective too)
        rf"(?:\s+(?:di|dei|delle|degli|de|du|des|of|von|aus|from)\s+(?P<spec>[\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?))?"
        r"(?![\w-])",
        re.IGNORECASE,
    )


def _adjective(word: str | None) -> tuple[str | None, str | None]:
    """(country, city) an adjective states."""
    if not word:
        return None, None
    key = "-".join(word.casefold().split())
    if key in NATIONALITY:
        return NATIONALITY[key], None
    if key in CONTINENTS:
        return CONTINENTS[key], None
    if key in REGION_CITIES:
        # (before the towns: "vasca" names a region, its companies' towns are the region's)
        cities = REGION_CITIES[key]
        place = places().get(cities[0])
        return (place.country if place else None), cities
    if key in CITY_ADJECTIVES:
        place = places().get(CITY_ADJECTIVES[key])
        return (place.country if place else None), CITY_ADJECTIVES[key]
    if key.endswith("er") and word[:1].isupper():
        # German adjectives of towns are the town and "-er": "der Essener Konzern", "die Duisburger Hütte"
        place = places().get(word[:-2])
        if place is not None and place.kind == "city":
            return place.country, place.name
    if word[:1].isupper() and " " not in word:
        # English names a company by its town, the town standing as an adjective: "the Perth company",
        # "the Detroit automaker"
        place = places().get(word)
        if place is not None and place.kind == "city":
            return place.country, place.name
    for suffix in ("-based", "-listed"):
        # "the Hefei-based company"; "the Brussels-listed group" is at home where its shares trade
        place = places().get(word[: -len(suffix)]) if key.endswith(suffix) else None
        if place:
            return place.country, place.name if place.kind == "city" else None
    return None, None


def _noun_sector(noun: str) -> str | None:
    key = " ".join(noun.casefold().split())
    for table in SECTOR_NOUNS.values():
        if key in table:
            return table[key]
    return compound_sector(noun)[1]


class _Constraint:
    __slots__ = ("sector", "country", "city", "target", "young")

    def __init__(self, sector, country, city, target=False, young=False):
        self.sector, self.country, self.city = sector, country, city
        self.target = target  # "la compañía adquirida": the object of a deal, not its subject
        self.young = young  # "the startup": first a company the gazetteer does not know, of no stated kind

    @property
    def bare(self) -> bool:
        """States nothing of its company: "the company", "la società", "das Unternehmen"."""
        return not (self.sector or self.country or self.city or self.target or self.young)

    def fits(self, mention: Mention, strict: bool = False) -> bool:
        """``strict``: the company's kind and country must be known when the description states them."""
        entry = gazetteer().entry(mention.canonical or "") if mention.attrs.get("known") else None
        sectors = entry.sectors if entry else mention.attrs.get("sectors") or ()
        if strict and self.sector and not sectors:
            return False
        if strict and self.country and not (entry.country if entry else mention.attrs.get("country")):
            return False
        if strict and self.city and not (entry is not None and _family_cities(entry)):
            # "el fabricante de Detroit": a company whose home is unknown fits only once none known
            # to be at home there is near (not the joint venture before the carmaker)
            return False
        if not compatible_sector(self.sector, sectors):
            return False
        if self.city and entry is not None:
            # "la casa di Torino" is Stellantis too: a group is at home where its brands are.
            cities = _family_cities(entry)
            if cities:
                # (by name too: a region's head-office towns need not be in the place list, "Neubiberg")
                return homes_match(cities, self._towns(), _METRO, places().get)
        country = entry.country if entry else mention.attrs.get("country")
        if isinstance(self.country, frozenset):  # "the Asian supplier": a country of the continent
            return not country or country in self.country
        return not (self.country and country and country != self.country)

    def own_home(self, mention: Mention) -> bool:
        """Is the company itself at home in the stated town, not only through a unit (home_first.py)?"""
        entry = gazetteer().entry(mention.canonical or "") if mention.attrs.get("known") else None
        if entry is None or not entry.city or not self.city:
            return False
        return homes_match((entry.city,), self._towns(), _METRO, places().get)

    def _towns(self) -> tuple[str, ...]:
        """The towns the description states (one, or a region's)."""
        return (self.city,) if isinstance(self.city, str) else self.city


# Towns inside a larger city's area that the news names by that city: "the Detroit automaker" is Ford
# of Dearborn, Stellantis's US arm of Auburn Hills or GM.
_METRO = {"Dearborn": "Detroit", "Auburn Hills": "Detroit", "Warren": "Detroit", **METRO_TOWNS}


def _family_cities(entry) -> list[str]:
    """The home towns of a company and its units ("la casa di Torino" is Stellantis too)."""
    return [e.city for e in (entry, *gazetteer().children(entry.name)) if e is not None and e.city]


# Adjectives that state a sector: "il gruppo automobilistico", "la compañía petrolera", "le groupe chimique".
_SECTOR_ADJECTIVES = {
    **dict.fromkeys("automobilistico automobilistica automovilístico automovilística automobile automotive "
                    "automotriz".split(), "carmaker"),
    **dict.fromkeys("energetico energetica energético energética énergétique petrolifero petrolifera petrolero "
                    "petrolera pétrolier pétrolière".split(), "energy"),
    **dict.fromkeys("siderurgico siderurgica siderúrgico siderúrgica sidérurgique".split(), "steel"),
    **dict.fromkeys("minerario mineraria minero minera minier minière".split(), "mining"),
    **dict.fromkeys("chimico chimica químico química chimique".split(), "chemicals"),
    **dict.fromkeys("tecnologico tecnologica tecnológico tecnológica technologique".split(), "tech"),
}


def _parts(m: re.Match, language: str = "en") -> tuple[str | None, str | None, int]:
    """(adjective after the noun, spec, end of the description): a word after the noun counts
    only when it is an adjective we know ("il produttore giapponese"), not "the company said".
    A participle after the noun is the acquired company only where adjectives follow their noun
    ("la società acquisita"); in "the company acquired Velqua" it is the verb."""
    adj2, spec = m.group("adj2"), m.group("spec")
    if adj2 and _is_verb(adj2, language):
        # "l'entreprise livre des batteries", "la società fornisce dei semiconduttori": the verb of
        # the description, and what follows its object, not "the battery company"
        return None, None, m.end("head")
    acquired = adj2 is not None and adj2.casefold() in _ACQUIRED and language not in _ADJECTIVES_BEFORE
    if adj2 and _adjective(adj2) == (None, None) and adj2.casefold() not in _SECTOR_ADJECTIVES \
            and not acquired:
        if spec and spec.split()[0].casefold() in SPEC_SECTORS:
            # "il colosso californiano dei semiconduttori": an adjective we do not know, then the sector
            return None, spec.split()[0], m.start("spec") + len(spec.split()[0])
        return None, None, m.end("head")
    if spec and " " in spec and places().get(spec) is None:
        # "aus San José" is one place; in "aus Stuttgart Zellen" the second word is no part of it
        first = spec.split()[0]
        if places().get(first) is not None or first.casefold() in SPEC_SECTORS:
            return adj2, first, m.start("spec") + len(first)
        spec = first
    if spec and places().get(spec) is None and spec.casefold() not in SPEC_SECTORS:
        return adj2, None, m.end("adj2") if adj2 else m.end("head")
    return adj2, spec, m.end()


#: Business verbs (third person) that may follow a description as its verb where adjectives also
#: follow their noun: beyond the subject verbs, "fabrique", "produit", "vend", "exploite".
_ROMANCE_VERBS = {
    "fr": frozenset("fabrique fabriquera produit produira vend vendra exploite exploitera développe développera "
                    "assemble assemblera équipe équipera approvisionne approvisionnera livrera livre fournit "
                    "achète achètera possède contrôle détient".split()),
    "it": frozenset("produce produrrà fabbrica vende venderà gestisce sviluppa assembla equipaggia consegna "
                    "fornisce fornirà rifornisce acquista compra possiede controlla detiene".split()),
    "es": frozenset("produce producirá fabrica fabricará vende venderá gestiona desarrolla ensambla equipa "
                    "entrega suministra suministrará abastece compra posee controla".split()),
}


def _is_verb(word: str, language: str) -> bool:
    """Is ``word`` after a description's noun its verb ("la société livre", "la empresa fabrica")?"""
    if language not in _ROMANCE_VERBS:
        return False
    key = word.casefold()
    return key in _ROMANCE_VERBS[language] or key in SUBJECT_VERBS.get(language, ()) or key in IMPLIED_VERBS.get(language, ())


# A word before the noun that makes the description no reference back to one named company: a
# number or "both" (several companies: "le due società", "die beiden Unternehmen"), "new"/"joint" (a
# company being set up: "la nouvelle société", "the joint company"), an ordinal or "same"/"other"
# ("il primo gruppo" is "the former"; "the same group", "the other company").
# After the noun: "la società comune", "la société commune", "la empresa conjunta" is the joint
# company being formed, "la società nuova" a new one; neither points back to a named company.
_NEW_AFTER = frozenset("comune commune conjunta conjunto común comun mixta nuova nuovo nouvelle nouveau nueva nuevo".split())
_NOT_BACK = frozenset(
    "two three both due tre entrambe entrambi ambedue deux trois dos tres ambas ambos zwei drei beiden beide "
    "new nuova nuovo neue neuen neuer neues nouvelle nouveau nouvel nueva nuevo joint comune commune "
    "conjunta conjunto gemeinsame gemeinsamen first second third former latter primo prima secondo seconda "
    "terzo terza premier première deuxième seconde troisième primer primera segundo segunda tercer tercera "
    "erste ersten erster zweite zweiten zweiter dritte same other stessa stesso medesima medesimo altra altro "
    "mismo misma otra otro même autre andere anderen anderer selbe selben gleiche gleichen "
    "beteiligten parent mehrere mehrerer mehreren einige einiger einigen viele vieler vielen alle aller "
    "sämtliche sämtlicher several many some".split()
)
# Participles that make the description the object of a deal: "la società acquisita", "the acquired company".
_ACQUIRED = frozenset(
    "acquired acquisita acquisito rilevata rilevato comprata comprato adquirida adquirido comprada comprado "
    "rachetée racheté acquise acquis übernommene übernommenen gekaufte gekauften".split()
)
# "das junge Unternehmen", "la jeune société", "la giovane società", "la joven empresa": a startup.
_YOUNG = frozenset("young junge jungen junges junger jeune giovane joven".split())
# kinds of company no one calls a startup: the old industries
_INCUMBENT_SECTORS = frozenset({"carmaker", "trucks", "energy", "conglomerate", "steel", "chemicals", "mining",
                                "aerospace", "defence", "retail", "trading", "logistics", "tyres", "machinery",
                                "investor", "aluminium", "electrical"})
# Languages whose adjectives stand before their noun: a participle after it is a verb.
_ADJECTIVES_BEFORE = frozenset(("en", "de"))
# Plural definite articles: "le società", "les groupes", "des start-up" name several companies.
_PLURAL_ARTICLES = {"it": frozenset("le i gli".split()), "fr": frozenset("les des".split())}
# German nouns that are feminine: only with these is "die" singular ("die Firma", not "die Konzerne").
_GERMAN_FEMININE = frozenset("firma gruppe marke holding gesellschaft".split())
# ... and the compounds they head: "die Beteiligungsgesellschaft", "die Genossenschaft", "die Finanzholding"
_GERMAN_FEMININE_ENDS = ("gesellschaft", "genossenschaft", "holding", "firma", "gruppe")
# Spanish adjectives used as nouns ("la eléctrica", "la petrolera"): only right after the article,
# or "la movilidad eléctrica" would be one.
_ADJECTIVAL_NOUNS = frozenset(
    "eléctrica energética tecnológica química petrolera minera siderúrgica automovilística automotriz "
    "minier industriel".split()
)


def _adj_units(m: re.Match) -> list[str]:
    """The words before the noun, "South Korean" as one."""
    words = (m.group("adj1") or "").split()
    out: list[str] = []
    for w in words:
        if out and out[-1].casefold() in _COMPASS:
            out[-1] += " " + w
        else:
            out.append(w)
    return out


_COMPASS = frozenset("south north sud süd".split())
# "the Chinese-owned carmaker" is as often a company of another country with owners from there: no
# country, and no reference back we could check.
_OWNED = ("-owned", "-controlled", "-backed", "-funded")


# German "Gesellschaft" as society, not the company: after a preposition or "our" ("für die Gesellschaft",
# "in unserer Gesellschaft")
_SOCIETY_BEFORE = re.compile(r"(?:für|in|mit|unserer|unsere)\s+$", re.IGNORECASE)


def _plural_or_new(m: re.Match, language: str) -> bool:
    art = m.group("art").casefold().rstrip("'’")
    units = [u.casefold() for u in _adj_units(m)]
    adj1 = units[-1] if units else ""
    noun = m.group("noun").casefold()
    if any(u in _NOT_BACK or u.endswith(_OWNED) for u in units) or art in _PLURAL_ARTICLES.get(language, ()):
        return True
    if adj1 and noun in _ADJECTIVAL_NOUNS:
        return True
    if language == "de":
        head = m.group("head").casefold()
        if noun == "gesellschaft" and (units or _SOCIETY_BEFORE.search(m.string, max(0, m.start() - 12), m.start())):
            return True  # "die ganze Gesellschaft", "für die Gesellschaft": society, not the company
        feminine = noun in _GERMAN_FEMININE or noun.endswith(_GERMAN_FEMININE_ENDS)
        if art == "die" and (not feminine or head != noun):
            return True  # "die Unternehmen", "die Hersteller", "die Firmen": plural
        if not feminine and (
                (art == "der" and adj1.endswith("en")) or (art in ("den", "der") and head != noun and head.endswith("n"))):
            # ("keiner der Investoren": a genitive plural too; the singular is "des Investors")
            # "einer der größten Stahlhersteller", "den Herstellern": genitive and dative plural (a
            # masculine or neuter singular has "des"/"dem", or "der große Hersteller")
            return True
    return False


# (an adverb may stand before the verb: "the business also won", "la casa ha già annunciato")
_ACT_ADVERB = r"(?:(?:also|already|now|still|recently|anche|già|aussi|déjà|también|ya|auch|bereits)\s+)?"
_ACT_AFTER = re.compile(rf"\s+{_ACT_ADVERB}(?:(?:ha|hanno|avrebbe|a|ont|has|had|will|would|hat|wird|ha|han|habría)\s+)?"
                        rf"{_ACT_ADVERB}([^\W\d]+)")


def _acts(m: re.Match, language: str) -> bool:
    """Does the bare noun act like a company right after it ("la casa ha annunciato", "la casa
    produrrà", "the brand said")? Then "la casa" is the carmaker, not a house."""
    after = _ACT_AFTER.match(m.string, m.end("head"))
    if after is None:
        return False
    word = after.group(1).casefold()
    if word in SUBJECT_VERBS.get(language, ()):
        return True
    return after.group(0).split()[0].casefold() != word and bool(
        re.fullmatch(r"\w{3,}(?:ato|ito|uto|ado|ido|é|ed|t|en)", word))


def _constraint(m: re.Match, adj2: str | None, spec: str | None, language: str = "en",
                paired: re.Match | None = None) -> _Constraint | None:
    """What the description says about its company; None when it is not a company description.
    ``paired``: two adjectives joined by "and", then where the company is from (``_paired``)."""
    if _plural_or_new(m, language) or (m.group("adj2") or "").casefold() in _NEW_AFTER:
        return None
    noun = m.group("noun")
    sector = _noun_sector(noun)
    units = _adj_units(m)
    young = sector == "startup" or any(u.casefold() in _YOUNG for u in units)
    if sector == "startup":
        sector = None
    if sector is None:
        # "il gruppo automobilistico", "the Chinese battery giant"; not "the German automotive supplier"
        for adj in (*units, adj2, *(paired.group("a", "b") if paired else ())):
            key = (adj or "").casefold()
            sector = _SECTOR_ADJECTIVES.get(key) or _MODIFIER_SECTORS.get(key) or sector
    country, city = None, None
    for unit in units:
        country, city = _adjective(unit)
        if country or city:
            break
    c2, city2 = _adjective(adj2)
    if paired is not None:
        c2, city2 = _adjective(paired.group("nat"))
    country, city = country or c2 or (compound_country(noun) if language == "de" else None), city or city2
    if spec:
        place = places().get(spec)
        if place is not None:
            country = place.country
            city = place.name if place.kind == "city" else city
        elif spec.casefold() in SPEC_SECTORS:
            sector = SPEC_SECTORS[spec.casefold()]
    # "la firma del contrato" is a signing; "the group of investors" several people.
    rest = m.string[m.end("head") : m.end("head") + 12]
    if noun.casefold() in {"firma", "group"} and re.match(r"\s+(?:de|del|of)\s+[^\W\d]*[a-zà-ÿ]", rest) \
            and not spec:
        return None
    # Bare "la casa"/"la marca"/"the brand" is too often not a company: require a qualifier.
    if noun.casefold() in {"casa", "marca", "marque", "marchio", "marke", "brand", "business"} and not (
        country or city or (spec and sector != _noun_sector(noun)) or _acts(m, language)
    ):
        return None
    if noun.casefold() == "holding" and not (country or city):
        return None  # "la holding", "die Holding": as often the parent of the company just named as that company
    target = any((w or "").casefold() in _ACQUIRED for w in (*units, adj2))
    return _Constraint(sector, country, city, target, young)


_ARTICLE_KEYS = frozenset(a.rstrip("['’]") for a in _ARTICLES.split("|"))
# English nouns before a generic noun that state its kind: "the Chinese battery giant", "the chip company".
_MODIFIER_SECTORS = {
    **dict.fromkeys("battery batteries cell".split(), "battery_cells"), "chip": "chips", "semiconductor": "chips",
    "steel": "steel", "mining": "mining", "lithium": "battery_materials", "tyre": "tyres", "tire": "tyres",
    "car": "carmaker", "ev": "carmaker", "luxury": "carmaker", "energy": "energy", "chemicals": "chemicals",
}
# Every word of a descriptor noun ("group", "gruppo", "Konzern", "fabricante"), folded.
_DESCRIPTOR_WORDS = frozenset(w for table in SECTOR_NOUNS.values() for noun in table for w in noun.split())


def _descriptions(text: str, tokens, sent_end: int, language: str):
    """Matches of the description regex, tried only where an article stands up to five tokens
    before a descriptor noun (a full-sentence scan of the regex is ten times slower)."""
    regex = coref_regex(language)
    last = -1
    positions = noun_positions(tokens, language)
    if language == "de":
        positions = sorted({*positions, *compound_positions(text, tokens, set(positions))})
    for k in positions:
        for a in range(k - 1, k - 6, -1):
            if a <= last or tokens[a].key not in _ARTICLE_KEYS:
                continue
            m = regex.match(text, tokens[a].start, sent_end)
            if m is not None and m.start("noun") == tokens[k].start and not _stray_words(m, language):
                last = k
                yield m
                break


# Two adjectives joined by "and", then an adjective of origin: "le groupe minier et métallurgique
# français", "il gruppo chimico e farmaceutico tedesco", "el grupo minero y siderúrgico chileno".
_PAIRED = re.compile(
    r"(?:\s+(?P<a>[a-zà-ÿ]+))?\s+(?:et|e|ed|y)\s+(?P<b>[a-zà-ÿ]+)\s+(?P<nat>[a-zà-ÿ-]+)(?=\s*[,.;:]|\s+[a-zà-ÿ]|$)")


_NOT_ADJECTIVES = frozenset("los las les gli i un una une uno son sa ses suo sua su sus".split())


def _paired(m: re.Match, adj2: str | None, spec: str | None, language: str) -> re.Match | None:
    """The coordinated adjectives after the noun, where they end in an adjective of a country, a
    continent or a region (Romance languages put adjectives after the noun)."""
    if language in _ADJECTIVES_BEFORE or spec:
        return None
    pair = _PAIRED.match(m.string, m.end("head"))
    if pair is None or (adj2 and adj2 != pair.group("a")) or _adjective(pair.group("nat")) == (None, None):
        return None
    if any((w or "").casefold() in _ARTICLE_KEYS or (w or "").casefold() in _NOT_ADJECTIVES for w in pair.group("a", "b")):
        return None  # "el fabricante coreano y el chino": two companies
    return pair


_NAME_BEFORE = re.compile(r"([^\W\d][\w&.'’-]*)\s*,\s*$")


def _after_unknown_name(text: str, start: int, end: int, lo: int, mention_ends: set[int], company_starts) -> bool:
    """Is the description an apposition of a name we did not recognise, tying it to another company ("Free
    To X, la società del gruppo Y che ...", "Velqua, the unit of Y,")? Then it describes that name, not a
    company named before. Not after the sentence's first word or a date ("On Monday, the company")."""
    of = _OF_COMPANY.match(text, end)
    if of is None or of.end() not in company_starts:
        return False
    m = _NAME_BEFORE.search(text, max(lo, start - 40), start)
    if m is None or m.start(1) == lo or not m.group(1)[0].isupper() or m.end(1) in mention_ends:
        return False
    return not _time_word(m.group(1).rstrip("."))


#: A genitive after the description, then (a group noun and) a company: "del gruppo Y", "of Y", "de Y".
_OF_COMPANY = re.compile(
    r"\s+(?:of|di|del|della|dello|de|du|des|del|von|der)\s+(?:(?:the|il|le|la|el|dem|der)\s+)?"
    r"(?:(?:group|gruppo|groupe|grupo|konzern|gruppe)\s+)?", re.IGNORECASE)


def _stray_words(m: re.Match, language: str) -> bool:
    """Words before the noun that no adjective would be: an article, a preposition, a clause word
    ("the deal with company X", "the plant that company"); in German a noun ("das Schnellladenetz
    mehrerer Autohersteller": capitalised, and no adjective of a town or country)."""
    words = (m.group("adj1") or "").split()
    if len(words) < 2:
        return False
    if language == "de" and any(w[0].isupper() and _adjective(w) == (None, None) for w in words):
        return True
    return any(w.casefold() in _ARTICLE_KEYS or w.casefold() in _PREPOSITIONS or w.casefold() in _CLAUSE
               for w in words)


def find_coref(text: str, sentences: list[Sentence], sentence_tokens, language: str,
               mentions: list[Mention]) -> list[Mention]:
    """Coreferent COMPANY mentions (source "coref") for the definite descriptions in ``sentences``."""
    companies: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.label == "COMPANY":
            companies.setdefault(m.sentence, []).append(m)
    # A place may sit inside a description ("la casa di Torino"); other mentions may not.
    occupied = Occupied(len(text), ((m.start, m.end) for m in mentions if m.label != "PLACE"))
    company_starts = {m.start for m in mentions if m.label == "COMPANY"}
    mention_ends = {m.end for m in mentions}
    subject = _subjects(text, sentences, companies)
    modifiers = _modifiers(text, companies, language)
    for i in modifiers:
        subject[i] = False
    topics = story_topics(sentences, companies, subject)
    joined = set(_listed(text, companies, sentences) | modifiers)
    out: list[Mention] = []
    # "the maker of Peugeot, Fiat and Jeep cars": the marques' group, before any description reads the noun
    for start, end, s_index, group in find_brand_makers(text, sentences, companies, occupied):
        stand_in = _known_parent(group, start, end, s_index)
        if stand_in is not None:
            out.extend(_add_references(text, sentences, [(start, end, s_index, stand_in)], companies, subject))
            occupied.add(start, end)
    for s_index, sent_start, sent_end, tokens in sentence_tokens:
        for m in _descriptions(text, tokens, sent_end, language):
            adj2, spec, end = _parts(m, language)
            start = m.start()
            if occupied.overlaps(start, end):
                continue
            # "the supplier Bosch", "la società Beta": an apposition, not a reference back.
            gap = len(text[end : end + 3]) - len(text[end : end + 3].lstrip())
            if end + gap in company_starts and not (
                    language == "de" and _inverted_subject(text, tokens, start, end + gap, companies.get(s_index, ()))
                    and not _names_its_kind(m, adj2, spec, language, companies.get(s_index, ()), end + gap)):
                continue
            if language != "de" and text[end + gap : end + gap + 1].isupper():
                continue
            if _place_then_name(text, end, company_starts, language):
                continue
            if titles_name(text, end, company_starts, language, _is_verb, _NOT_BETWEEN, _adjective):
                continue  # "el fondo soberano noruego Arvik": the name's title (titled_names.py)
            if _after_unknown_name(text, start, end, sentences[s_index].start, mention_ends, company_starts):
                continue
            if m.group("noun").casefold() in _INVESTOR_NOUNS and _OWNER_AFTER.match(text, end):
                continue  # "the venture fund of the state bank": a new investor named by its owner, no reference back
            if m.group("noun").casefold() in _SUPPLIER_NOUNS and (_COPULA_BEFORE.search(text, max(0, start - 40), start)
                                                                   or _CHOSEN_AS.search(text, max(0, start - 12), start)):
                # "X ya es el principal proveedor de acero de Y": a predicate that states a supply, not
                # a reference back (left as words, the supplier noun reads the relation)
                continue
            if language not in ("en", "de"):
                # "le groupe nucléaire Orano", "la società energetica Beta": an adjective, then the name.
                after = (_ADJ_THEN_NAME.match(text, end) or _COMPOUND_ADJ_THEN_NAME.match(text, end)
                         or (_FIELD_THEN_NAME.match(text, end) if language == "fr" else None))
                if after is not None and _is_verb(after.group(0).split()[0] if after.group(0).split() else "", language):
                    after = None  # "la société fabrique des batteries pour Renault": the verb, not an adjective
                if after is not None and language == "fr" and not text[after.end()].isupper():
                    # "le fabricant québécois de bornes de recharge FLO": an adjective, then the field
                    after = _FIELD_THEN_NAME.match(text, after.end()) or after
                if after and (after.end() in company_starts or text[after.end()].isupper()):
                    continue
                field = _FIELD_THEN_NAME_ES_IT.match(text, end) if language in ("es", "it") else None
                if field and field.end() in company_starts:
                    continue  # "la fabricante de llantas Hankook Tire": the field, then the company itself
            paired = _paired(m, adj2, spec, language)
            if paired is not None:
                end = paired.end()
                if occupied.overlaps(start, end):
                    continue
            cons = _constraint(m, adj2, spec, language, paired)
            if cons is None:
                continue
            if not cons.city:
                # "il gruppo di Curno", "das Darmstädter Unternehmen": a town the place list does not know
                # (town_specs.py), read only where the story names a company the gazetteer knows at home
                # there: the place list lacks the town's other names too ("l'équipementier de Ratisbonne")
                town = unknown_town(m, end, occupied, given_names()) if m.group("spec") else None
                if town is not None:
                    cons.city = town[0]
                elif language == "de":
                    cons.city = next((t for t in map(town_adjective_names, _adj_units(m)) if t), None)
                if cons.city and any(cons.fits(c, True) for c in _window(sentences, s_index, start, companies,
                                                                         subject, _STRICT_LOOKBACK)):
                    end = town[1] if town is not None else end
                else:
                    cons.city = None
            controlled = None
            if _CONTROL_BEFORE.search(text, max(0, start - 24), start):
                # "... und damit die Kontrolle über das Unternehmen erlangen": the company taken over,
                # never the subject that takes control
                controlled = _controlled(sentences, s_index, start, companies, subject, cons)
                if controlled is None:
                    continue
            same = companies.get(s_index, ())
            lo = max([sentences[s_index].start, *(c.end for c in same if c.end <= start)])
            possessive = _POSSESSIVE.match(text, end) is not None
            oblique = possessive or m.group("art").casefold().rstrip("'’") in _OBLIQUE_ARTICLES \
                or not _in_subject_position(text, start, lo) or _after_subject(text, start, same, subject)
            antecedent = None if possessive else _apposed(text, start, same, cons, end)
            apposed = antecedent is not None
            antecedent = controlled or antecedent
            bound = _bound(text, start, same, subject) if oblique else frozenset()
            if antecedent is None and oblique:
                parents = _apposition_parents(text, start, end, same)
                apposed_parent = parents[0] if parents else None
                if m.group("noun").casefold() in _GROUP_NOUNS:
                    # "la società resterà nel perimetro del gruppo": a unit's group is its parent
                    parents += [p for name in sorted(bound) for p in _parents(name, _unit_parent(name, companies))]
                antecedent = _parent_in_window(parents, sentences, s_index, start, companies, cons, subject)
                if antecedent is None and apposed_parent is not None:
                    # "SEAT, la filial española del grupo alemán": the parent the gazetteer knows, unnamed in
                    # the story, rather than another German group that only passes through
                    known = _known_parent(apposed_parent, start, end, s_index)
                    antecedent = known if known is not None and cons.fits(known, True) else None
            head = _relative_head(text, start, same, sentences[s_index].start)
            if antecedent is None:
                skip = (joined if cons.bare else frozenset()) | _named_units(text, start, same, m.group("noun"))
                if head is not None:
                    skip |= {id(c) for ms in companies.values() for c in ms if c.canonical == head.canonical}
                if not oblique:
                    skip |= _clause_objects(text, start, same, subject, language)
                antecedent = _antecedent(text, sentences, s_index, start, companies, cons, subject, bound, skip=skip)
                if antecedent is not None:
                    antecedent = _prefer_topic(text, antecedent, topics.get(sentences[s_index].story), sentences,
                                               s_index, start, companies, cons, subject, bound,
                                               m.group("noun").casefold())
                if antecedent is not None and not oblique and cons.bare:
                    antecedent = _sentence_opener(antecedent, topics.get(sentences[s_index].story), sentences,
                                                  s_index, start, companies, subject, bound, skip)
            if controlled is None and not possessive and m.group("art").casefold() not in _AGENT_ARTICLES \
                    and held_position(text, start, sentences[s_index].start, language):
                # "Velqua ist weiterhin an dem Unternehmen beteiligt": the company held or bought just before,
                # never one that holds or buys in the description's own sentence
                antecedent = _held_antecedent(text, sentences, s_index, start, companies, subject, cons, antecedent,
                                              language, topics.get(sentences[s_index].story))
            if antecedent is not None and not apposed and controlled is None:
                # "le fabricant, filiale du groupe chinois Y,": a unit of Y, never Y nor another group's unit
                owner = owner_after(text, end, same)
                if owner is not None:
                    antecedent = _owned_antecedent(antecedent, owner.canonical, sentences, s_index, start,
                                                   companies, subject, cons)
            if antecedent is None or (head is not None and antecedent.canonical == head.canonical):
                continue
            if not antecedent.attrs.get("known"):
                _learn(antecedent.canonical, cons, companies)
            mention = Mention(
                start=start,
                end=end,
                text=text[start:end],
                label="COMPANY",
                canonical=antecedent.canonical,
                sentence=s_index,
                source="coref",
                attrs={
                    "known": antecedent.attrs.get("known", False),
                    "sectors": list(antecedent.attrs.get("sectors") or []),
                    "country": antecedent.attrs.get("country"),
                    "antecedent": [antecedent.start, antecedent.end],
                },
            )
            out.append(mention)
            # An apposition is its company again, in the same role ("vender su filial Solaris, el
            # fabricante polaco,": no subject).
            subject[id(mention)] = subject.get(id(antecedent), True) if apposed else not oblique
            add_in_order(companies, s_index, mention)
            joined.update(_listed(text, {s_index: companies[s_index]}, sentences))  # "Der Konzern und Huayu ..."
            # "The company supplies Tesla": a company after a description that is the subject is an object
            described = {id(c) for c in companies[s_index] if c.source == "coref"}
            _sentence_subjects(text, sentences[s_index].start, companies[s_index], subject, described)
    for mention in find_venture_references(text, sentences, companies, occupied):
        out.append(mention)
        subject[id(mention)] = _in_subject_position(text, mention.start, sentences[mention.sentence].start)
        add_in_order(companies, mention.sentence, mention)
    for mention in find_hometown_references(text, sentences, sentence_tokens, language, mentions, companies):
        out.append(mention)
        subject[id(mention)] = False
        add_in_order(companies, mention.sentence, mention)
    parents_of = lambda c: _parents(c.canonical, c.attrs.get("parent"))  # noqa: E731
    unit_owners: dict = {}  # "la filiale du groupe Y" = the unit named before: it says Y owns that unit
    units = find_subsidiary_references(text, sentences, sentence_tokens, language, companies, occupied, parents_of,
                                       unit_owners)
    units += find_parent_references(text, sentences, sentence_tokens, language, companies, occupied, parents_of)
    # (a bare "Die Tochter" whose "des <parent>" the subsidiary reader resolved is that reader's)
    units += [u for u in find_bare_unit_references(text, sentences, sentence_tokens, language, companies, occupied,
                                                   parents_of) if (u[0], u[2]) not in unit_owners]
    units += find_possessed_parents(text, sentences, sentence_tokens, language, companies, occupied, parents_of,
                                    _known_parent)
    for ref in _add_references(text, sentences, units, companies, subject):
        owner = unit_owners.get((ref.start, ref.sentence))
        if owner is not None and ref.canonical != owner.canonical:
            ref.attrs["unit_of"] = [owner.start, owner.end]
        out.append(ref)
    for start, end, s_index, unit, parent in find_named_unit_references(text, sentences, sentence_tokens, language,
                                                                        companies, occupied, parents_of):
        # the parent's name is part of the reference ("die VW-Tochter"): the recogniser drops its mention
        companies[s_index].remove(parent)
        ref = _add_references(text, sentences, [(start, end, s_index, unit)], companies, subject)[0]
        ref.attrs["covers"] = [parent.start, parent.end]
        out.append(ref)
    learn_described_countries(sentence_tokens, language, companies)  # ("den spanischen Spezialisten X": X is Spanish)
    out.extend(_demonym_mentions(text, sentences, sentence_tokens, language, companies, subject, occupied))
    out.extend(_national_mentions(text, sentences, sentence_tokens, language, companies, subject, occupied))
    out.extend(_pronouns(text, sentences, sentence_tokens, companies, subject, occupied, language))
    if language == "en":
        out.extend(_object_it(text, sentences, sentence_tokens, companies, subject, occupied))
    out.extend(find_subject_pronouns(text, sentences, sentence_tokens, language, companies, subject, occupied))
    out.extend(find_possessive_openers(text, sentences, sentence_tokens, language, companies, subject, occupied))
    out.extend(find_possessive_goods(text, sentences, sentence_tokens, language, companies, subject, occupied))  # "Sus cargadores son suministrados por Y"
    out.extend(find_plant_openers(text, sentences, language, companies, subject, occupied))  # "The plant ..."
    out.extend(find_plant_objects(text, sentences, language, companies, subject, occupied))  # "... supply the plant"
    out.extend(find_passive_datives(text, sentences, language, companies, subject, occupied))  # "lui a été fournie par"
    out.extend(find_same_company(text, sentences, language, companies, subject, occupied))  # "the same company"
    # "the latter" (latter.py) and, in an interview with a company's head, "wir", "we", "our" (interview_words.py)
    found = find_latter(text, sentences, sentence_tokens, language, companies, occupied)
    interview_words = find_interview_wir(text, sentences, sentence_tokens, language, companies, occupied)
    found += interview_words
    if not interview_words:  # a quote of a company's head in a story (not an interview): quoted_speakers.py
        found += find_quoted_wir(text, sentences, sentence_tokens, language, companies, occupied)
    found += find_buyer_nouns(text, sentences, language, companies, subject, occupied)  # "the buyer", "der Käufer"
    out.extend(_add_references(text, sentences, found, companies, subject))
    out.extend(find_implied(text, sentences, sentence_tokens, language, companies, subject))
    out.extend(find_cleft_subjects(text, sentences, sentence_tokens, language, companies, subject))
    out.extend(find_object_clitics(text, sentences, sentence_tokens, language, companies, subject))
    interview_we = find_interview_we(text, sentences, sentence_tokens, language, companies, subject, occupied)
    out.extend(interview_we)
    if not interview_we:
        out.extend(find_quoted_we(text, sentences, sentence_tokens, language, companies, subject, occupied))
    return out


# A relative pronoun right after a company, then the description: "Cellcentric, das der Konzern mit Volvo
# betreibt", "Ionway, que le groupe détient avec Umicore", "Velqua, che la società controlla", "Arvik, which
# the company owns". The description is the relative clause's subject (or object), never the company the
# clause is about.
_RELATIVE_THEN = re.compile(
    r"\s*,\s*(?:das|die|der|den|dem|deren|dessen|which|that|whose|que|qu['’]|dont|che|cui|la\s+quale|il\s+quale|"
    r"cuyo|cuya|la\s+cual|el\s+cual)\s*$", re.IGNORECASE)


# The same after a short apposition with its article naming the company's kind (an apposition without
# one may be a verb: "BYD, ha detto che la società ..."), or with a preposition before the pronoun:
# "Cellcentric, das Gemeinschaftsunternehmen, das der Konzern ... betreibt", "Leapmotor International, a
# joint venture in which the European group holds 51%", "Ionway, la coentreprise dans laquelle le groupe ...":
# the description is the clause's subject, not the company the clause describes.
_REL_PRONOUN = (r"(?:das|die|der|den|dem|deren|dessen|which|that|whose|que|qu['’]|dont|che|cui|la\s+quale|"
                r"il\s+quale|cuyo|cuya|la\s+cual|el\s+cual|laquelle|lequel|quien)")
_REL_PREPOSITION = (r"(?:in|of|at|to|with|an|am|bei|mit|von|zu|für|nella|nel|della|del|alla|al|con|in|di|a|"
                    r"dans|de|avec|en|à|sur|para|por|entre)")
_APPOSED_RELATIVE_THEN = re.compile(
    r"\s*,\s*(?:(?:(?:a|an|the|der|die|das|ein|eine|einem|einer|il|lo|la|un|una|uno|le|une|el)\s+|l['’])"
    r"(?:[^\W\d][\w'’-]*\s+){0,3}[^\W\d][\w'’-]*\s*,?\s*)?(?:" + _REL_PREPOSITION + r"\s+)?" + _REL_PRONOUN
    + r"\s*$", re.IGNORECASE)


def _relative_head(text: str, start: int, same, lo: int) -> Mention | None:
    """The company a relative clause opened right before ``start`` speaks of, or None."""
    before = [c for c in same if c.end <= start]
    if not before:
        return None
    last = max(before, key=lambda c: c.end)
    if not (start - last.end <= 16 and _RELATIVE_THEN.match(text, last.end, start)) \
            and not (start - last.end <= 72 and _APPOSED_RELATIVE_THEN.match(text, last.end, start)):
        return None
    if _OF_BEFORE.search(text, max(lo, last.start - 60), last.start):
        return None  # "semiconductores de Infineon, que el fabricante entrega": the relative is the goods'
    return last


# A preposition a few words before the company: the relative may speak of the noun it depends on ("die
# Beteiligung am chinesischen Zellhersteller Farasis, die der Konzern erworben hatte")
_OF_BEFORE = re.compile(
    r"(?<![\w-])(?:of|de|d['’]|di|del|della|dello|dei|degli|delle|des|du|von|vom|der|from|da|dal|dalla|am|an|"
    r"im|in|bei|mit|with|con|avec|nel|nella|al|alla|au|aux|en|dans|para|per|pour|for|für|to|à|a)"
    r"(?:\s+[^\s,;.:]+){0,3}\s*$", re.IGNORECASE)


_DE_NOMINATIVE = frozenset("der das die".split())
_DE_CLAUSE_END = frozenset(", ; : und oder sowie während weil da denn aber".split())


def _inverted_subject(text: str, tokens, start: int, name_start: int, same) -> bool:
    """German puts the subject after the verb when something else opens the sentence: in "Seit 2023
    beliefert das Unternehmen Mercedes-Benz mit Kühlplatten" the description is the subject and the
    name its object, not an apposition ("das Unternehmen Mercedes-Benz"). So when a business verb
    stands right before the description (nominative), after an opening phrase that names no company,
    and no other company follows the name in its clause ("Seit Mai beliefert der Zulieferer Bosch den
    Konzern BMW" keeps its apposition)."""
    k = next((i for i, t in enumerate(tokens) if t.start == start), None)
    if k is None or k < 2 or tokens[k].key not in _DE_NOMINATIVE:
        return False
    verb = tokens[k - 1]
    if verb.key not in SUBJECT_VERBS["de"] or not verb.text.islower() or verb.key.endswith("n"):
        return False  # (a plural verb ends in -n: "Seit Mai liefern die Zulieferer ...")
    if any(c.start < start for c in same):
        return False  # "Bosch beliefert das Unternehmen Y": the company before is the subject
    name = next((c for c in same if c.start == name_start), None)
    if name is None:
        return False
    for t in tokens:
        if t.start < name.end:
            continue
        if t.key in _DE_CLAUSE_END:
            break
        if any(c.start == t.start for c in same):
            return False  # another company in the clause: "der Zulieferer Bosch den Konzern BMW"
    return True


def _names_its_kind(m: re.Match, adj2, spec, language: str, same, name_start: int) -> bool:
    """Whether a description that states a kind stands right before a company of that kind: then it
    is the name's title even after a German verb ("Die Sitze liefert der Zulieferer Adient": Adient
    is the supplier, not the object of an unnamed one); "beliefert der Zulieferer Mercedes-Benz",
    a carmaker, stays the object."""
    cons = _constraint(m, adj2, spec, language, None)
    if cons is None or not cons.sector:
        return False
    name = next((c for c in same if c.start == name_start), None)
    return name is not None and cons.fits(name, strict=True)


# Control over a company is taken by the subject, so the description after it is an object (the
# noun, not the verb: "qui contrôle la société" is its owner): "control of the company", "die
# Kontrolle über das Unternehmen", "le contrôle de la société", "el control de la empresa", "il
# controllo della società" (the article may hold the preposition).
_CONTROL_BEFORE = re.compile(
    r"(?:(?<!\w)(?:le|du|au|il|del|al|el|nel)\s+(?:contrôle|controllo|control)(?:\s+(?:de|di|d['’]))?"
    r"|(?<!\w)kontrolle\s+über|(?<!\w)control\s+(?:of|over))\s*$", re.IGNORECASE)


def _controlled(sentences, s_index, start, companies, subject, cons) -> Mention | None:
    """The company whose control is taken: not a subject of the description's own sentence; in that
    sentence only the one company named as an object ("Y will buy 60% of X and take control of the
    company"; "buy X's stake in Y and take control of the company" stays open); else the nearest
    company of an earlier sentence."""
    for c in _window(sentences, s_index, start, companies, subject):
        if (c.sentence == s_index and subject.get(id(c))) or not cons.fits(c):
            continue
        if c.sentence == s_index:
            objects = {o.canonical for o in companies.get(s_index, ())
                       if o.end <= start and not subject.get(id(o)) and cons.fits(o)}
            return c if len(objects) == 1 else None
        return c
    return None


#: articles of a passive's agent or of the receiver: "controllata al 100% dal gruppo", "a cédé sa participation
#: au groupe" name the owner, not what is held
_AGENT_ARTICLES = frozenset("dal dalla dallo dall' dall’ au aux al alla allo all' all’ ai".split())


def _held_antecedent(text, sentences, s_index, start, companies, subject, cons, chosen, language, topic):
    """A description held or bought (held_objects.py): the company named last before it in a held place,
    else the one chosen, unless that one holds or buys in the description's own sentence ("Norvik ... now
    owns roughly 12% of the company", "Velqua ... holds 14% of the reorganised company"): then the story's
    topic, or what that subject acts on in its own sentence (``_antecedent`` with the holders bound), or
    nothing."""
    holders = holders_before(text, companies.get(s_index, ()), start, subject, _same_clause)
    held = held_before(text, sentences, s_index, start, companies, holders, subject, language) if cons.bare else None
    if held is not None and cons.fits(held):
        return held
    if chosen is None or chosen.canonical not in holders:
        return chosen
    if cons.bare and topic is not None and topic not in holders:
        # "Our Series C was led by Norvik, which owns about 12% of the company": the story's company
        for c in _window(sentences, s_index, start, companies, subject, _STRICT_LOOKBACK, holders):
            if c.canonical == topic:
                return c
    # else what the holder acts on in its own sentence ("Norvik zeichnet neue Kestrel-Aktien und wird damit an
    # dem Unternehmen beteiligt sein"); a company further back that is no topic only passes through: nothing
    again = _antecedent(text, sentences, s_index, start, companies, cons, subject, frozenset(holders))
    if again is None or again.canonical in holders or (again.sentence != s_index and again.canonical != topic):
        return None
    return again


def _known_parent(name: str, start: int, end: int, s_index: int) -> Mention | None:
    """A stand-in antecedent for a parent the gazetteer knows and the story does not name ("its parent"
    of a unit: the parent is a fact, the words name it)."""
    entry = gazetteer().entry(name)
    if entry is None:
        return None
    return Mention(start=start, end=end, text=entry.name, label="COMPANY", canonical=entry.name, sentence=s_index,
                   source="gazetteer", attrs={"known": True, "sectors": list(entry.sectors), "country": entry.country})


def _add_references(text, sentences, found, companies, subject) -> list[Mention]:
    """COMPANY mentions for references found as (start, end, sentence index, antecedent), each put in
    its sentence's companies with its subject position."""
    out = []
    for start, end, s_index, antecedent in found:
        mention = _reference(text, start, end, s_index, antecedent)
        out.append(mention)
        subject[id(mention)] = _in_subject_position(text, start, sentences[s_index].start)
        add_in_order(companies, s_index, mention)
    return out


# Plural articles, fused or not, before a people's name: "gli indiani", "dai cinesi", "den Koreanern".
_PLURAL_BEFORE = frozenset(
    "i gli ai agli dai dagli dei degli coi nei sui die den der les des aux los a_los de_los".split()
)


def _demonym_mentions(text, sentences, sentence_tokens, language, companies, subject, occupied) -> list[Mention]:
    """COMPANY mentions for a people's plural after an article ("gli indiani sono forti in Asia", "Die
    Koreaner sollen liefern", "les Coréens", "los coreanos"): the latest company known to be of that
    country, in the window of a description that states a country."""
    table = DEMONYMS.get(language)
    if not table:
        return []
    out = []
    for s_index, _s, _e, tokens in sentence_tokens:
        for k in range(1, len(tokens)):
            tok, before = tokens[k], tokens[k - 1]
            if before.key not in _PLURAL_BEFORE:
                continue  # (asked first: one set lookup, where most words follow no plural article)
            iso = table.get(tok.key)
            town = _town_people(tokens, k) if iso is None and language == "de" else None
            if (iso is None and town is None) or occupied.overlaps(before.start, tok.end):
                continue
            if language in ("de", "fr") and not tok.text[0].isupper():
                continue  # "die chinesischen", "les groupes chinois": an adjective
            if k + 1 < len(tokens) and tokens[k + 1].text[:1].isupper() and language != "de":
                continue  # "les Chinois BYD et CATL": an apposition to names
            if language == "de" and tok.key.endswith("er") and k + 1 < len(tokens) and tokens[k + 1].text[:1].isupper():
                continue  # "der Schweizer Maschinenbauer": the people's word as an adjective, before its noun
            cons = _Constraint(None, iso, None) if town is None else _Constraint(None, *town)
            antecedent = _antecedent(text, sentences, s_index, before.start, companies, cons, subject, strict_only=True)
            if antecedent is None:
                continue
            mention = _reference(text, before.start, tok.end, s_index, antecedent)
            out.append(mention)
            subject[id(mention)] = _in_subject_position(text, before.start, sentences[s_index].start)
            add_in_order(companies, s_index, mention)
    return out


# Singular articles, fused or not, before a nationality adjective used as a noun: "la japonesa",
# "il tedesco", "dalla coreana", "l'allemand", "du japonais". (Plurals are read above as peoples.)
_SINGULAR_BEFORE = {
    "es": frozenset("la el al del".split()),
    # (no "alla"/"all'": "all'americana", "alla tedesca" are manners, "in the American way")
    "it": frozenset("la il lo l della del dello dell dalla dal dallo dall sulla sul nella nel".split()),
    "fr": frozenset("le la l du au".split()),
}


def _national_mentions(text, sentences, sentence_tokens, language, companies, subject, occupied) -> list[Mention]:
    """COMPANY mentions for a nationality adjective standing alone after a singular article, the way
    the Romance press names a company a second time: es "La japonesa ya suministra a Toyota", it "la
    tedesca fornirà", fr "le sud-coréen livrera". It stands for the latest company known to be of that
    country. Not before a name ("la japonesa Bridgestone" is the name's own description) nor inside
    another mention (a place, a longer description)."""
    articles = _SINGULAR_BEFORE.get(language)
    if not articles:
        return []
    out = []
    for s_index, _s, _e, tokens in sentence_tokens:
        for k in range(1, len(tokens)):
            tok = tokens[k]
            iso = NATIONALITY.get(tok.key)
            if iso is None or not tok.text[0].islower():
                continue
            first = k - 1
            if first >= 1 and tokens[first].key in _COMPASS_PREFIXES and text[tokens[first].end : tok.start] == "-":
                first -= 1  # "le sud-coréen", "la sud-coreana"
            if first >= 1 and tokens[first].key in ("'", "’"):
                first -= 1  # "l'allemand", "dell'americana": the article's own token
            before = tokens[first]
            if before.key not in articles or (first > 0 and text[tokens[first - 1].end : before.start] == "-"):
                continue
            if first > 0 and tokens[first - 1].key in ("a", "à"):
                continue  # "a la española", "à la française": a manner, not a company
            nxt = tokens[k + 1] if k + 1 < len(tokens) else None
            if nxt is not None and (nxt.text[:1].isupper() or text[tok.end : nxt.start] == "-"):
                continue  # "la japonesa Bridgestone": an apposition to the name
            if occupied.overlaps(before.start, tok.end):
                continue
            antecedent = _antecedent(text, sentences, s_index, before.start, companies, _Constraint(None, iso, None),
                                     subject, strict_only=True)
            if antecedent is None:
                continue
            mention = _reference(text, before.start, tok.end, s_index, antecedent)
            out.append(mention)
            occupied.add(before.start, tok.end)
            subject[id(mention)] = _in_subject_position(text, before.start, sentences[s_index].start)
            add_in_order(companies, s_index, mention)
    return out


_COMPASS_PREFIXES = frozenset("sud nord sur".split())


#: German people of a region the press names a company by ("von den Schwaben": a Stuttgart company)
_REGION_PEOPLE = {"schwaben": "schwäbisch"}


def _town_people(tokens, k: int) -> tuple | None:
    """(country, city) of a German plural of a town's or region's people that stands for a company
    there ("den Münchnern", "die Stuttgarter", "der Duisburger", "von den Schwaben"), or None. Before a
    capitalised word it is the town's adjective ("die Münchner Autobauer"), read as a description."""
    if k + 1 < len(tokens) and tokens[k + 1].text[:1].isupper():
        return None
    word = tokens[k].text
    if word.endswith("ern"):
        word = word[:-1]  # dative plural: "den Münchnern"
    word = _REGION_PEOPLE.get(word.casefold(), word)
    if not word.endswith(("er", "isch")):
        return None
    country, city = _adjective(word)
    return (country, city) if city else None


def _reference(text: str, start: int, end: int, s_index: int, antecedent: Mention) -> Mention:
    return Mention(
        start=start, end=end, text=text[start:end], label="COMPANY", canonical=antecedent.canonical,
        sentence=s_index, source="coref",
        attrs={
            "known": antecedent.attrs.get("known", False),
            "sectors": list(antecedent.attrs.get("sectors") or []),
            "country": antecedent.attrs.get("country"),
            "antecedent": [antecedent.start, antecedent.end],
        },
    )


# "it" as the subject of a business verb: "Ford said it will ...", "It already supplies BMW".
_IT_BEFORE = frozenset(
    ", and but that said says because while as when after since so although though if today yesterday "
    "monday tuesday wednesday thursday friday saturday sunday week month year quarter".split()
)
_IT_ADVERBS = frozenset("also already currently now still recently previously then later first".split())
_IT_VERBS = frozenset(
    "said says will would has had could can may might plans planned expects expected agreed agrees signed "
    "intends intended aims wants hopes announced announces reported posted supplies supplied owns owned holds "
    "held bought buys acquired acquires sold sells invested invests builds built makes made produces produced "
    "operates employs declined denied confirmed did does added noted runs ran opened launched struck reached "
    "delivers delivered ships shipped uses used sources sourced formed created founded entered won completed "
    "closed took works worked partners partnered teams teamed collaborates collaborated cooperates cooperated "
    "purchases purchased receives received lost loses".split()
)
_IT_PROGRESSIVE = frozenset(
    "working developing building buying supplying negotiating talking partnering investing sourcing acquiring "
    "selling shipping delivering producing making expanding".split())
# The passive of a deal done to a company: "it was bought by Y", "it was sold to Y", "it was spun off from Y"
# (not a plant's "it was built", nor an impersonal "it was announced", "it was agreed")
_IT_PASSIVE = frozenset(
    "bought acquired purchased sold taken spun carved founded established merged listed delisted".split())
# Words after a sentence-initial "Elle" that show a verb follows: auxiliaries, modals, clitics.
_ELLE_NEXT = frozenset("a avait aura va doit peut entend compte se s' n' ne y en lui leur l' est était sera".split())
_PRONOUN_REACH = 2  # sentences back


def _pronouns(text, sentences, sentence_tokens, companies, subject, occupied, language: str) -> list[Mention]:
    """COMPANY mentions for pronouns that stand for a company: "it"/"It" as the subject of a business
    verb, a sentence-initial "Its" ("Its joint venture with Pilbara ..."), a sentence-initial French
    "Elle" before a verb ("Elle a noué un partenariat"). Each points to the most recent company in
    subject position in the same or the two sentences before (never an object: "Ford buys from
    CATL. It said" is Ford)."""
    out = []
    if language not in ("en", "fr"):
        return out  # _company_pronoun takes no word of another language
    for s_index, _s, _e, tokens in sentence_tokens:
        for k, tok in enumerate(tokens):
            # (the cheap word test first: both are plain tests, the order changes nothing)
            if not _company_pronoun(tokens, k, language) or occupied.overlaps(tok.start, tok.end):
                continue
            antecedent = _pronoun_antecedent(sentences, s_index, tok.start, companies, subject, language)
            if antecedent is None:
                continue
            mention = _reference(text, tok.start, tok.end, s_index, antecedent)
            mention.attrs["pronoun"] = True
            out.append(mention)
            # the pronoun is its clause's subject: "It bought Norstel in 2019, and it buys ..." - Norstel
            # is an object, and the second "it" (and a later one) is not Norstel
            subject[id(mention)] = True
            add_in_order(companies, s_index, mention)
            ms = companies[s_index]
            _sentence_subjects(text, sentences[s_index].start, ms, subject, {id(c) for c in ms if c.attrs.get("pronoun")})
    return out


# "Novelis is a unit of Hindalco, which bought it in 2007": "it" after a deal verb in a relative clause
_OBJECT_IT = re.compile(
    r",\s+(?:which|that)\s+(?:(?:has|had|have)\s+)?(?:(?:since|later|then|also|first|originally)\s+)?"
    r"(?:bought|acquired|purchased|owns|owned|controls|controlled)\s+$")


def _object_it(text, sentences, sentence_tokens, companies, subject, occupied) -> list[Mention]:
    """COMPANY mentions for "it" as the object of a deal verb in a relative clause on a company: "Novelis is
    a subsidiary of Hindalco, which bought it in 2007" - "it" is the company the sentence opens with (its
    subject), not the one the clause is about."""
    out = []
    for s_index, _s, _e, tokens in sentence_tokens:
        for tok in tokens:
            if tok.text != "it" or occupied.overlaps(tok.start, tok.end):
                continue
            ms = sorted(companies.get(s_index, ()), key=lambda c: c.start)
            before = [c for c in ms if c.end <= tok.start]
            if len(before) < 2:
                continue
            actor, first = before[-1], before[0]
            clause = _OBJECT_IT.match(text, actor.end, tok.start)
            if clause is None or first.canonical == actor.canonical or not subject.get(id(first)):
                continue
            if any(c.canonical not in (first.canonical, actor.canonical) for c in before[1:-1]):
                # "X took control of Y after buying out Z, which had owned it": another company between
                # the subject and the clause's one may be "it" as well
                continue
            mention = _reference(text, tok.start, tok.end, s_index, first)
            mention.attrs["pronoun"] = True
            out.append(mention)
            subject[id(mention)] = False
            add_in_order(companies, s_index, mention)
    return out


def _pronoun_antecedent(sentences, s_index, start, companies, subject, language) -> Mention | None:
    story = sentences[s_index].story
    # "Elle" also stands for a plant or a deal ("l'usine ... Elle a une capacité"): only right after a
    # sentence that opens with its company as the subject
    reach = 1 if language == "fr" else _PRONOUN_REACH
    for back in range(s_index, max(-1, s_index - 1 - reach), -1):
        if sentences[back].story != story:
            break
        cands = [c for c in companies.get(back, ()) if c.end <= start and subject.get(id(c))]
        if language == "fr":
            cands = [c for c in cands if back < s_index and c.start - sentences[back].start <= _OPENING]
        if cands and back < s_index:
            # "Brightwell employs 600 people and counts Nissan and JLR among its customers. It supplies
            # ...": the company that opens the sentence before is its subject; the later ones are objects
            opening = [c for c in cands if c.start - sentences[back].start <= _OPENING]
            if opening:
                return min(opening, key=lambda c: c.start)
        if cands:
            return max(cands, key=lambda c: c.start)
    return None


_OPENING = 40  # characters: a company this close to the sentence start opens it


def _company_pronoun(tokens, k: int, language: str) -> bool:
    tok = tokens[k]
    if language == "fr":
        # "Elle a noué ...", "Elle fournit ...": "Il" is too often impersonal ("Il y a", "Il faut")
        return k == 0 and tok.text == "Elle" and k + 1 < len(tokens) and (
            tokens[k + 1].key in _ELLE_NEXT or tokens[k + 1].key in SUBJECT_VERBS["fr"])
    if language != "en":
        return False
    if tok.text == "Its":
        return k == 0 and _its_phrase(tokens)
    if tok.key != "it" or k + 1 >= len(tokens):
        return False
    if (k > 0 and tokens[k - 1].key not in _IT_BEFORE and not _time_word(tokens[k - 1].text)
            and not after_preposed_relative(tokens, k)):
        return False
    nxt = tokens[k + 1].key
    if nxt in _IT_ADVERBS and k + 2 < len(tokens):
        nxt = tokens[k + 2].key
    if nxt in ("is", "was") and k + 2 < len(tokens):
        # the progressive of a business verb: "and it is working with CATL", "it was negotiating with"
        j = k + 2 + (tokens[k + 2].key in _IT_ADVERBS and k + 3 < len(tokens))
        return tokens[j].key in _IT_PROGRESSIVE or tokens[j].key in _IT_PASSIVE
    return nxt in _IT_VERBS


def _its_phrase(tokens) -> bool:
    """A sentence-initial "Its" that opens a noun phrase in running text: a lower-case word next ("Its
    joint venture"), or a figure or a nationality before one ("Its 50-50 joint venture", "Its Chinese
    business"); not a title-case line ("Its Plant Opens")."""
    words = [t.text for t in tokens[1:4]]
    i = 0
    while i < min(2, len(words) - 1) and (words[i][:1].isdigit() or words[i].casefold() in NATIONALITY):
        i += 1  # ("50-50" is two tokens)
    return bool(words) and words[i][:1].islower()


def _learn(canonical: str | None, cons: _Constraint, companies: dict[int, list[Mention]]) -> None:
    """What a description said about a company the gazetteer does not know holds for all its
    mentions: "Norrlid ... le constructeur suédois ... Le constructeur" (Norrlid is a Swedish carmaker)."""
    if not canonical or not (cons.sector or cons.country):
        return
    for ms in companies.values():
        for c in ms:
            if c.canonical == canonical and not c.attrs.get("known"):
                if cons.sector and not c.attrs.get("sectors"):
                    c.attrs["sectors"] = [cons.sector]
                if isinstance(cons.country, str) and not c.attrs.get("country"):
                    c.attrs["country"] = cons.country


# A lower-case word with an adjective's ending, then a capitalised word.
#: French: the noun's field, then the name: "la société d'investissement Altor", "le fonds de pension
#: néerlandais PGGM" (a bare lower-case noun after "de"; "la société de Nuremberg" is a place: a reference back)
_FIELD_THEN_NAME = re.compile(r"\s*(?:d['’]|de\s+|des\s+)(?:(?-i:[a-zà-ÿ][\w'’-]*)\s+){1,3}(?=\w)")
# the same in Spanish and Italian: "la fabricante de llantas Hankook Tire", "il produttore di freni Brembo"
_FIELD_THEN_NAME_ES_IT = re.compile(r"\s*(?:de|di|del|dei|degli|delle|de\s+los|de\s+las)\s+(?!(?:cui|quale|quali|que|cual|cuales|quien)\b)"
                                    r"(?:(?-i:[a-zà-ÿ][\w'’-]*)\s+){1,3}(?=\w)")
#: "dal gruppo di Hong Kong LK Technology": after the noun, "of", then where the company is from
_OF_BEFORE_PLACE = {"it": re.compile(r"\s+di\s+")}
_PLACE_WORD = re.compile(r"[A-ZÀ-Ý][\w'’-]*\s+")


def _place_then_name(text: str, end: int, company_starts: set[int], language: str) -> bool:
    """A description followed by "di", a place of one to three words, then a company name, is an
    apposition of that name ("il gruppo di Hong Kong LK Technology"), not a reference back."""
    rx = _OF_BEFORE_PLACE.get(language)
    m = rx.match(text, end) if rx is not None else None
    pos = m.end() if m is not None else -1
    for _ in range(3):
        word = _PLACE_WORD.match(text, pos) if pos >= 0 and pos not in company_starts else None
        if word is None:
            return False
        pos = word.end()
        if pos in company_starts:
            return True
    return False


_SUPPLIER_NOUNS = frozenset("proveedor proveedora suministrador fournisseur équipementier fornitore supplier lieferant zulieferer".split())
# "chose X as the supplier", "ha scelto X come fornitore": the role a company is chosen for, a predicate
# (not "As the supplier said, ...", which opens its sentence)
_CHOSEN_AS = re.compile(r"(?<=[\w'’] )(?:as|come|quale|comme|como|als)\s+$", re.IGNORECASE)
# a copula (an adverb or two after it) right before a description: the description is its predicate
_COPULA_BEFORE = re.compile(
    r"\b(?:es|era|fue|será|sigue siendo|se ha convertido en|se convirtió en|est|était|sera|reste|devient|est devenu|"
    r"è|resta|diventa|è diventato|is|was|remains|became|has become|ist|war|bleibt|wurde)\s+"
    r"(?:(?:ya|también|hoy|todavía|déjà|aussi|désormais|encore|già|anche|ancora|already|also|still|now|bereits|auch|noch)\s+){0,2}$",
    re.IGNORECASE,
)

# "el grupo ítalo-argentino Techint", "le groupe franco-allemand X", "il gruppo sino-americano X": a
# hyphenated adjective of two origins (or kinds), then the name
_COMPOUND_ADJ_THEN_NAME = re.compile(r"\s+(?-i:[a-zàâçéèêëîïôûùáíóúñü]+)-(?-i:[a-zàâçéèêëîïôûùáíóúñü]+)\s+(?=\w)")

_ADJ_THEN_NAME = re.compile(
    r"\s+[^\W\d_]+(?:aire|ique|ier|ière|ien|ienne|ais|aise|ois|oise|ano|ana|ese|ico|ica|ale|ivo|iva|ario|aria|ero|era|"
    r"iero|iera|al|ista|ense)\s+(?=\w)"
)


def _apposed(text: str, start: int, same_sentence, cons: _Constraint, end: int | None = None) -> Mention | None:
    """The company right before ", the description": "Marelli, il fornitore di componenti", "Agratas,
    the battery company set up by Tata Sons" describe the company they follow. Where the description
    does not fit that company by the gazetteer's kind or home, it is still its apposition when a
    relative clause, a participle or a closing comma follows it (``closes_apposition``)."""
    k = start - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    if k < 0 or text[k] != ",":
        return None
    k -= 1
    while k >= 0 and text[k].isspace():
        k -= 1
    for c in same_sentence:
        if c.end == k + 1 and (cons.fits(c) or end is not None and closes_apposition(text, end)):
            return c
    return None


# Words before a company that make it an object or complement, not the subject.
_PREPOSITIONS = frozenset(
    "with from to by of for at in into on than between among including like via against "
    "con da di a al alla allo dal dalla dallo del della dello per su tra fra presso "
    "d' dall' dell' all' nell' sull' "
    "mit von an bei zu zum zur für über durch gegen vom beim "
    "avec de à par pour chez entre auprès du des au aux sur "
    "de a por para entre del al desde hacia sobre según".split()
)
_CLAUSE = frozenset(
    ", ; : ( ) and but while whereas which who that as or "
    "e ma mentre che il quale cui ed o "
    "und aber während das der die dem den denn oder "
    "et mais tandis alors qui que qu' ou "
    "y pero mientras que quien cual o".split()
)
# A fund or investor followed by its owner in the genitive ("the venture fund of the state bank", "il fondo
# della banca regionale", "der Fonds der Landesbank", "le fonds de la banque publique", "el fondo del banco
# estatal") is a new party named by whose it is, not the company named before.
_INVESTOR_NOUNS = frozenset(k for nouns in SECTOR_NOUNS.values() for k, v in nouns.items() if v == "investor") - {"holding"}
_OWNER_AFTER = re.compile(r"\s+(?:of\s+(?:the|a|an)|della|dello|dell['’]|dei|degli|delle|del|der|des|de\s+la|de\s+l['’]|du|de\s+los|de\s+las)\b", re.I)
# Words that stand between a description and a name only when the name is no title of it: function
# words, auxiliaries and copulas, clitics and negations ("la società ha ceduto Beta", "la empresa ya es Beta").
_NOT_BETWEEN = _ARTICLE_KEYS | _PREPOSITIONS - {"de", "di"} | _CLAUSE | frozenset(
    "ha hanno aveva avevano avrà è sono era erano sarà sarebbe fu si ne non "
    "han había habían habrá es son será sería fue se no ya también "
    "a ont avait avaient aura est sont était sera serait fut ne n' pas déjà aussi y en".split())
# Elided words stay whole with their apostrophe ("d'", "dall'"): they are prepositions too.
# (``\w++``: a word not followed by an apostrophe is not tried again one letter shorter; the same words)
_WORDS = re.compile(r"\w++['’]|[\w']+|[,;:()]")
_GENITIVES = frozenset("of di de d' von du des del".split())
# People who hold or work for a company, before "of X": the clause is about X's business ("Los accionistas de
# X aprobaron vender la compañía": the company is X)
_HOLDERS = frozenset("shareholders accionistas azionisti actionnaires aktionäre anteilseigner socios soci "
                     "creditors acreedores creditori créanciers gläubiger employees trabajadores dipendenti "
                     "salariés beschäftigten mitarbeiter workers board consiglio conseil consejo".split())
# People who speak for their company: "a spokesman for Ford", "un portavoce di Eni", "ein Sprecher von BMW".
# ("porte-parole" is read as two words: "parole" stands for it.)
_SPEAKERS = frozenset("spokesman spokeswoman spokesperson portavoce sprecher sprecherin parole portavoz".split())
_SCAN = 8  # words back from a company to the start of its clause


def _words_before(text: str, lo: int, hi: int) -> list[str]:
    words = _WORDS.findall(text, lo, hi)
    if text.find("’", lo, hi) < 0:
        return words  # (no typographic apostrophe to make plain: most spans)
    return [w.replace("’", "'") for w in words]


def _in_subject_position(text: str, start: int, lo: int) -> bool:
    """No preposition in the words before the company back to the start of its clause (or the
    company before it): "SK On, controllata dal gruppo sudcoreano SK Innovation" -> SK Innovation
    is not a subject; "Ford signed with CATL while Quorvane said" -> Quorvane is. A preposition
    inside the descriptor before the name ("L'opérateur de recharge rapide Electra a bouclé") or
    of a time phrase ("In 2023 Volkswagen bought") does not count."""
    words = _words_before(text, lo, start)[-_SCAN:]
    for i in range(len(words) - 1, -1, -1):
        key = words[i].casefold()
        if key in _EMBEDDING or (key in _PREPOSED_RELATIVES and _after_preposition(words[:i])):
            # "Beta, dont Gamma détient 20 %", "la ronda en la que han participado Gamma": inside a
            # relative clause
            return False
        if _clause_word(key, words[i - 1] if i > 0 else ","):
            return True
        if key in _GENITIVES and i > 0 and words[i - 1].casefold() in _HOLDERS:
            return False  # "Los accionistas de X aprobaron ...": X owns the subject, it is not the subject
        if key in _PREPOSITIONS and not _inner_preposition(key, words[i + 1 :]):
            # "a spokesman for Alstom said", "un porte-parole d'Alstom": the company speaks
            return i > 0 and words[i - 1].casefold() in _SPEAKERS and key in _GENITIVES | {"for"}
    return True


_LOCATIVES = frozenset("en dans nel nella nei negli nelle im".split())
# Relative pronouns that follow a preposition: "in which", "en la que", "nella quale", "mit welcher".
_PREPOSED_RELATIVES = frozenset("which whom quale quali cui que qui cual cuales welcher welche welchem welchen".split())


def _after_preposition(words: list[str]) -> bool:
    """Do the words end in a preposition, maybe with an article ("in", "en la", "nella")?"""
    # Locatives are no markers of a company ("en 2024", "nel 2022"), but open "en la que", "nel quale".
    tail = [w.casefold() for w in words[-2:]]
    if tail and tail[-1] in _ARTICLE_KEYS and tail[-1] not in _PREPOSITIONS | _LOCATIVES:
        tail = tail[:-1]
    return bool(tail) and (tail[-1] in _PREPOSITIONS or tail[-1] in _LOCATIVES)


def _time_word(word: str) -> bool:
    return word[0].isdigit() or word.casefold() in MONTHS or word.casefold() in WEEKDAYS


def _inner_preposition(key: str, after: list[str]) -> bool:
    """Is a preposition followed by these words (up to the company) no marker of the company: a time
    phrase ("in 2023", "im November 2024") or a genitive before lower-case words that name no company
    kind ("le fonds de pension néerlandais PGGM": the name stands beside "le fonds", not after "de")?"""
    if not after:
        return False
    if _time_word(after[0]):
        # "In 2023 Volkswagen bought", "Nel 2022 il gruppo Taiwan Cement" (not "In 2023 it bought SAS")
        return all(_time_word(w) or w.casefold() in _ARTICLE_KEYS | _DESCRIPTOR_WORDS for w in after)
    return key in _GENITIVES and all(w[0].islower() and w.casefold() not in _ARTICLE_KEYS | _DESCRIPTOR_WORDS
                                     for w in after)


# Relative words that open an embedded clause (not "that"/"que", which also introduce reported speech).
_EMBEDDING = frozenset("dont whose cui cuyo cuya cuyos cuyas dessen deren auquel laquelle lequel".split())
_GERMAN_ARTICLES = frozenset("der die das dem den".split())


def _clause_word(key: str, before: str) -> bool:
    """A word that opens a clause; German articles only right after a comma ("..., der ..."), as
    relative pronouns ("gehört dem Investor Beta" is no new clause)."""
    if key in _GERMAN_ARTICLES:
        return before == ","
    if key == "aber":
        return before in (",", ";")  # "hält aber weiterhin 75 Prozent": an adverb inside its clause
    return key in _CLAUSE


#: the words ``_clause_word`` may say opens a clause
_MAY_OPEN_CLAUSE = _CLAUSE | _GERMAN_ARTICLES | {"aber"}


# Articles fused with a preposition, and case forms that are never a subject: "del gruppo", "du
# groupe", "des Konzerns", "dem Unternehmen".
_OBLIQUE_ARTICLES = frozenset(
    "del dello della dell al allo alla all dal dalla dall nel nella nell sul sulla du au des dem den".split()
)
_POSSESSIVE = re.compile(r"['’]s?(?!\w)")
# Words before a description that make it a source, not an argument: "according to the company",
# "según la empresa", "a spokesman for the company", "il direttore finanziario della società".
_NOT_ARGUMENT = frozenset(
    "according según segun selon secondo laut gemäß spokesman spokeswoman spokesperson portavoce sprecher "
    "sprecherin parole portavoz head chief ceo cfo cto coo director directeur direttore directora "
    "president presidente président chairman vorstand chef manager "
    # people close to the company are a source too: "citing people close to the Chinese company",
    # "fuentes cercanas a la empresa", "des sources proches du groupe", "fonti vicine alla società"
    "citing cercanas cercanos cercana próximas próximos proches proche vicine vicini vicina".split()
)
# ("close" only with "to": "Bosch will close the company's plant" binds its subject as any verb does)
_CLOSE_TO = re.compile(r"\bclose to\s+(?:the\s+)?$", re.IGNORECASE)
# Clause words that end the clause of a subject; "il" and German articles are no clause words here.
_BINDING_CLAUSE = _CLAUSE - {",", "il"}
_RELATIVES = frozenset("which who that che il quale cui qui que dont der die das cuyo cuya whose deren dessen".split())


def _bound(text: str, start: int, same_sentence, subject: dict[int, bool]) -> frozenset[str]:
    """Companies a description in an object or oblique role cannot be: the subject of its own
    clause ("Tesla buys cells from the company's plant", "the German carmaker has held 25% of the
    Hefei-based company", "Tenneco, che aveva messo in vendita la società", "Posco Argentina, la
    filial local del grupo", "Enel X Way, ..., controllata al 100% dal gruppo elettrico")."""
    words = _words_before(text, max(0, start - 40), start)[-3:]
    if any(w.casefold() in _NOT_ARGUMENT for w in words) or _CLOSE_TO.search(text, max(0, start - 40), start):
        return frozenset()
    return frozenset(
        c.canonical for c in same_sentence
        if c.end <= start and subject.get(id(c)) and c.canonical and _same_clause(text, c.end, start)
    )


# Verbs of saying: what follows them is reported speech with a subject of its own ("CATL said the company").
_SPEECH = frozenset(
    "said says say added adds noted notes told announced stated explained confirmed reported expects believes hopes "
    "sagte sagt erklärte erklärt teilte mitteilte betonte detto dice spiega spiegato affermato annunciato "
    "déclaré indiqué affirmé explique estime dijo afirmó explicó señaló indicó aseguró".split()
)


def _after_subject(text: str, start: int, same_sentence, subject: dict[int, bool]) -> bool:
    """Does a company that is the subject of the description's clause come right before it, so that the
    description is an object ("Leonardo ha rilevato la società", "Norrlid bought the company")? Not after a
    verb of saying ("CATL said the company would expand") or a copula (a predicate)."""
    before = [c for c in same_sentence if c.end <= start]
    if not before:
        return False
    c = max(before, key=lambda x: x.end)
    if not subject.get(id(c)) or not _same_clause(text, c.end, start):
        return False
    words = [w.casefold() for w in _words_before(text, c.end, start)]
    if not words or words[0] == ",":
        return False  # "Leonardo, la società di piazza Monte Grappa": an apposition
    # after a copula the description is a predicate: "Novelis has been the main supplier of ..."
    return not any(w in _SPEECH or w in _COPULAS for w in words)


_COPULAS = frozenset(
    "is was been remains remained became become è era stato stata resta rimane diventato diventata ist war bleibt "
    "wurde gewesen geworden est était été reste devenu devenue es fue sido sigue siendo convertido".split()
)


def _same_clause(text: str, lo: int, hi: int) -> bool:
    """No clause boundary between a subject ending at ``lo`` and ``hi``. Right after the subject, a
    comma opens its apposition or relative clause, which is still about the subject: then commas and
    the relative word do not end the clause."""
    words = _words_before(text, lo, hi)
    apposition = bool(words) and words[0] == ","
    for i, w in enumerate(words):
        key = w.casefold()
        if apposition and (key == "," or (i == 1 and key in _RELATIVES)):
            continue
        if key == "," and i + 1 < len(words) and participle_clause(words[i + 1]):
            continue  # "Porsche led the round, putting money into the company": the subject's own clause
        if key in ("(", ")", ";", ":", ",") or (
                key in _BINDING_CLAUSE and _clause_word(key, words[i - 1] if i else ",")):
            return False
    return True


_GROUP_NOUNS = frozenset("group gruppo groupe grupo konzern gruppe".split())
# Nouns that make an apposition a unit of another company: "Posco Argentina, la filial local del grupo".
_SUBSIDIARY = frozenset(
    "subsidiary unit arm division affiliate controllata divisione filiale filial tochter tochtergesellschaft "
    "sparte batterietochter".split()
)


def _clause_objects(text: str, start: int, same_sentence, subject: dict[int, bool], language: str) -> frozenset[int]:
    """Ids of the companies after a preposition before a subject description in its own clause: "Auch an
    den US-Autobauer liefert der Konzern", "A BMW il gruppo fornisce freni", "Mit Thyssenkrupp Steel würde
    der Konzern ..." - the subject is another company. Not after "for" ("Für Thyssenkrupp ist der Konzern
    ...": a topic put first), nor across a subordinate clause ("between X and Y ended after the cell maker")."""
    out = set()
    for c in same_sentence:
        if c.end > start or subject.get(id(c)) or not _same_clause(text, c.end, start):
            continue
        if any(w.casefold() in _SUBORDINATORS or w == "," for w in _words_before(text, c.end, start)):
            continue  # ("X vendió su parte a Codelco, informó el grupo chileno": a comma ends the clause)
        near = [w.casefold() for w in _words_before(text, max(0, c.start - 60), c.start)[-5:]]
        before = near[-2:]
        if before and before[-1] in _ARTICLE_KEYS and before[-1] not in _PREPOSITIONS:
            before = before[:-1]  # "an den", "with the"
        prep = before[-1] if before else ""
        if prep not in _PREPOSITIONS:
            prep = _preposition_over_descriptor(near)  # "mit dem Bergbauunternehmen Vale Indonesia"
        if prep in _PREPOSITIONS and prep not in _FOR and not (language == "en" and prep == "a") \
                and not (len(near) >= 2 and near[-1] in _GENITIVES and near[-2] in _HOLDERS):
            # (not "Los accionistas de X ...": the clause is about X's holders, X is no other party)
            out.add(id(c))
    return frozenset(out)


def _preposition_over_descriptor(words: list[str]) -> str:
    """The preposition before an article and one or two descriptor words right before a name: "mit
    dem Bergbauunternehmen", "with the mining group", "con il gruppo minerario" ("" if none)."""
    for k in (1, 2):
        if len(words) > k + 1 and words[-k - 1] in _ARTICLE_KEYS:
            between = words[-k:]
            if any(w in _ARTICLE_KEYS or w in _PREPOSITIONS or not w.isalpha() for w in between):
                return ""
            return words[-k - 2]
    return ""


_SUBORDINATORS = frozenset(
    "after before when since because although though if once until while whereas nachdem als weil obwohl wenn "
    "während bevor dopo quando poiché perché mentre sebbene après avant quand parce lorsque puisque bien "
    "después cuando porque aunque mientras tras".split()
)


def _named_units(text: str, start: int, same_sentence, noun: str) -> frozenset[int]:
    """Ids of the companies of the sentence named as a unit ("der Tochter Contitech", "its unit X", "la
    controllata X", "sa filiale X"), which a group noun after them is not: "Der Verkauf der Tochter X
    an Carlyle sei vollzogen, teilte der Dax-Konzern mit" - the group is X's parent."""
    key = noun.casefold()
    if key not in _GROUP_NOUNS and not key.endswith("konzern"):
        return frozenset()
    out = set()
    for c in same_sentence:
        if c.end <= start:
            before = _words_before(text, max(0, c.start - 30), c.start)[-1:]
            if before and (before[0].casefold() in _SUBSIDIARY or before[0].casefold().endswith("tochter")):
                out.add(id(c))
    return frozenset(out)


def _apposition_parents(text: str, start: int, end: int, same_sentence) -> list[str]:
    """The parents (nearest first) of the company whose apposition names it a unit and holds the
    description as its genitive: "Posco Future M, the group's battery-materials arm", "Enel X Way,
    la società di Enel ..., controllata al 100% dal gruppo elettrico", "Posco Argentina, la filial
    local del grupo" - the group is the parent, never the unit."""
    before = [c for c in same_sentence if c.end <= start and c.canonical]
    head = next((c for c in reversed(before) if text[c.end : start].lstrip().startswith(",")
                 and _same_clause(text, c.end, start)), None)
    if head is None:
        return []
    after = _words_before(text, end, min(len(text), end + 60))
    after = after[: after.index(",")] if "," in after else after
    words = [w.casefold() for w in _words_before(text, head.end, start) + after]
    if not any(w in _SUBSIDIARY or w.endswith("tochter") for w in words):  # "die Netztochter"
        return []
    return _parents(head.canonical, head.attrs.get("parent"))


def _unit_parent(name: str, companies: dict[int, list[Mention]]) -> str | None:
    """The parent a unit's own name states ("Iveco Defence Vehicles" -> Iveco), from any of its mentions."""
    return next((c.attrs["parent"] for ms in companies.values() for c in ms
                 if c.canonical == name and c.attrs.get("parent")), None)


def _parents(name: str, parent: str | None) -> list[str]:
    """The parent, grandparent... of a company (``parent``: what its own name said, for a unit the
    gazetteer does not know)."""
    out: list[str] = []
    while len(out) < 4:
        entry = gazetteer().entry(name)
        name = entry.parent if entry else (parent if not out else None)
        if not name or name in out:
            break
        out.append(name)
    return out


def _parent_in_window(parents, sentences, s_index, start, companies, cons, subject) -> Mention | None:
    for parent in parents:
        for c in _window(sentences, s_index, start, companies, subject):
            if c.canonical == parent and cons.fits(c):
                return c
    return None


def _owned_antecedent(chosen, owner, sentences, s_index, start, companies, subject, cons) -> Mention | None:
    """A description whose apposition names its owner (owner_appositions.py) is a unit of that owner:
    the chosen company where it is one, else the nearest unit of the owner the story named (up to twenty
    sentences back) that fits the description, else none where the chosen company is the owner itself
    or the gazetteer places it under another parent."""
    def unit(c: Mention) -> bool:
        return owner in _parents(c.canonical, c.attrs.get("parent"))

    if unit(chosen):
        return chosen
    for c in _window(sentences, s_index, start, companies, subject, _STRICT_LOOKBACK):
        if c.canonical != owner and unit(c) and cons.fits(c):
            return c
    if chosen.canonical == owner or _parents(chosen.canonical, chosen.attrs.get("parent")):
        return None
    return chosen


def _new_clause(text: str, lo: int, hi: int) -> bool:
    before = ","
    for w in _words_before(text, lo, hi):
        key = w.casefold()
        # (``_clause_word`` asked only of the words it can say yes to)
        if key in _MAY_OPEN_CLAUSE and _clause_word(key, before):
            return True
        before = w
    return False


def _ordered(cands: list[Mention], subject: dict[int, bool]) -> list[Mention]:
    """Subjects first, the most recent first; then the others in text order (with no company as
    subject, the first one named is the topic: "For Panasonic Energy, a unit of Panasonic ...")."""
    ordered = sorted(cands, key=lambda c: c.start)
    return [c for c in reversed(ordered) if subject[id(c)]] + [c for c in ordered if not subject[id(c)]]


_COORDINATED = re.compile(r"\s*(?:,\s*)?(?:(?:and|und|e|ed|et|y|o|or|oder|ou)\s+)?$", re.IGNORECASE)


def _subjects(text: str, sentences, companies: dict[int, list[Mention]]) -> dict[int, bool]:
    out: dict[int, bool] = {}
    for s_index, ms in companies.items():
        _sentence_subjects(text, sentences[s_index].start, ms, out)
    return out


def _sentence_subjects(text: str, lo: int, ms: list[Mention], out: dict[int, bool], fixed=frozenset()) -> None:
    """Subject or not, for the companies of one sentence; ``fixed``: ids of mentions whose role is
    already known (descriptions), which still make a later company of their clause an object."""
    prev, lo0 = None, lo
    for m in sorted(ms, key=lambda c: c.start):
        if id(m) in fixed:
            pass
        elif prev is not None and m.start - prev.end <= 6 and _COORDINATED.match(text[prev.end : m.start]) \
                and not _after_opening_phrase(text, lo0, prev, m, ms):
            # "con Toyota, Hyundai Motor y Kia": a company joined to another shares its role.
            out[id(m)] = out[id(prev)]
        elif prev is not None and out[id(prev)] and id(prev) not in fixed and possessed_after(text, prev.end, m.start):
            # "Renault's electric-vehicle unit Ampere has taken ...": Ampere is the subject, Renault its owner
            out[id(m)], out[id(prev)] = True, False
        elif prev is not None and out[id(prev)] and not _new_clause(text, prev.end, m.start):
            # one subject per clause: "Stellantis ha scelto Beta come fornitore" - Beta is an object
            out[id(m)] = False
        else:
            out[id(m)] = _in_subject_position(text, m.start, lo)
        lo = max(lo, m.end)
        prev = m


_LIST_ON = re.compile(r"\s*(?:,|(?:and|und|e|ed|et|y|o|or|oder|ou)\s)", re.IGNORECASE)


def _after_opening_phrase(text: str, lo: int, prev: Mention, m: Mention, ms: list[Mention]) -> bool:
    """Is the company after a comma the subject after an opening phrase that names another one, not a
    list: "Filiale du groupe Stellantis, Leapmotor International exploite ...", "Partner of BMW, Northvolt
    makes ...", "Tochter von Bosch, ..."? Only a comma between them, none before the first in its
    sentence, and nothing after the second that goes on with a list ("Toyota, Hyundai y Kia")."""
    gap = text[prev.end : m.start].strip()
    if gap != "," or "," in text[lo : prev.start] or prev.start - lo < 4:
        return False
    if _LIST_ON.match(text, m.end):
        return False
    nxt = _SPACED_WORD.match(text, m.end)
    return nxt is not None and nxt.group(1)[:1].islower()


#: the word after a name, past one space of any kind (a no-break space too): "Northvolt makes"
_SPACED_WORD = re.compile(r"\s([^\W\d][\w-]*)")


def _window(sentences, s_index, start, companies, subject, lookback: int = _LOOKBACK, bound=frozenset()):
    """Candidate antecedents, best first, lazily: most runs stop at the first sentence. When the
    subject of the description's clause is ruled out (``bound``: "Forvia rileverà il 100% del capitale
    della società"), the description is what the subject acts on: in the nearest sentence naming
    another company, objects come before subjects ("Marelli vende la controllata Marelli Automotive
    Lighting a Forvia")."""
    story = sentences[s_index].story
    order = _objects_first if bound else _ordered
    first = True
    for back in range(s_index, max(-1, s_index - 1 - lookback), -1):
        if sentences[back].story != story:
            return
        cands = [c for c in companies.get(back, ())
                 if (back < s_index or c.end <= start) and c.canonical not in bound]
        if cands:
            yield from (order if first else _ordered)(cands, subject)
            first = False


def _objects_first(cands: list[Mention], subject: dict[int, bool]) -> list[Mention]:
    ordered = sorted(cands, key=lambda c: c.start)
    return [c for c in ordered if not subject[id(c)]] + [c for c in reversed(ordered) if subject[id(c)]]


def _prefer_topic(text: str, chosen: Mention, topic: str | None, sentences, s_index, start, companies, cons, subject,
                  bound, m_noun: str) -> Mention:
    """The story's topic instead of the nearest candidate, for a description that states nothing to
    tell them apart ("the company", "la società", "das Unternehmen", "la empresa") when the nearest
    one is no subject of the description's own sentence: "Kessel Motors wants to localise its supply.
    The company's plant in Poland will ship the cells" - in a story about Northwind, the company is
    Northwind."""
    if topic is None or chosen.canonical == topic or topic in bound or cons.sector or cons.country \
            or cons.city or cons.target or cons.young:
        return chosen
    if chosen.sentence == s_index and chosen.end <= start and _held(text, chosen, sentences[s_index].start):
        return chosen  # "Los accionistas de X aprobaron vender la compañía": the company is X
    # "The group" after the topic's unit is the topic, whether the unit opens the sentence before or has a
    # relative clause ("Ampere, la filiale du groupe, continue ... a indiqué le directeur général du groupe",
    # "sa gigafactory, Northvolt Ett, qui produit ... Le groupe a dû")
    unit_of_topic = topic in _parents(chosen.canonical, chosen.attrs.get("parent"))
    if (chosen.sentence == s_index and subject.get(id(chosen))) or (
            _opens(text, chosen, sentences, companies, subject) and not (m_noun in _GROUP_NOUNS and unit_of_topic)
            and not heading_between(text, sentences, chosen.sentence, s_index)):
        return chosen
    if _goes_on_about(text, chosen, s_index, start, companies) and not (m_noun in _GROUP_NOUNS and unit_of_topic):
        return chosen
    same = companies.get(s_index, ())
    if any(c.canonical == topic and c.start > start and not _clause_ends(text, start, c.start, same) for c in same):
        # "Le groupe s'approvisionne auprès de Forsee Power": the name is another company. Only a name in the
        # description's own clause says so: one in a relative clause on a third company or after a full
        # stop the splitter kept ("... da ACC, la società comune che Stellantis condivide") does not.
        return chosen
    if _kin(chosen, topic) and not (m_noun in _GROUP_NOUNS and unit_of_topic):
        return chosen  # "Posco Argentina ... La compañía emplea": the unit, not its group; "the group" is the group
    story = sentences[s_index].story
    for back in range(s_index, -1, -1):
        if sentences[back].story != story:
            break
        for c in reversed(companies.get(back, ())):
            if c.canonical == topic and (back < s_index or c.end <= start) and cons.fits(c):
                return c
    return chosen


def _held(text: str, c: Mention, lo: int) -> bool:
    """Is the company named as the holder of the people who open its sentence ("Los accionistas de X",
    "The shareholders of X", "Gli azionisti di X")?"""
    words = [w.casefold() for w in _words_before(text, lo, c.start)]
    if words and words[-1] in _OBLIQUE_ARTICLES | _GERMAN_ARTICLES | {"the", "la", "el", "il", "le", "l'"}:
        words = words[:-1]
    return 2 <= len(words) <= 4 and words[-1] in _GENITIVES and words[-2] in _HOLDERS


def _sentence_opener(chosen, topic, sentences, s_index, start, companies, subject, bound, skip) -> Mention:
    """A bare description that opens its sentence as the subject goes on with the company that opened
    the sentence before as its subject, not with a later one of its clauses (unless that one is the
    story's topic): "Volkswagen splits its orders between LGES, which ..., and CATL, which ships cells from Germany. At the same time the group
    has set up PowerCo" - the group is Volkswagen."""
    lo = sentences[s_index].start
    if chosen.canonical == topic:
        return chosen  # (_prefer_topic)
    if chosen.sentence != s_index - 1 or start - lo > _OPENING or any(c.end <= start for c in companies.get(s_index, ())):
        return chosen
    if sentences[chosen.sentence].story != sentences[s_index].story:
        return chosen
    ms = companies.get(chosen.sentence, ())
    opener = ms[0] if ms else None
    if opener is None or opener.canonical == chosen.canonical or not subject.get(id(opener)) \
            or opener.start - sentences[chosen.sentence].start > _OPENING or opener.canonical in bound \
            or id(opener) in skip or opener.attrs.get("implied"):
        return chosen
    if chosen.start < opener.end or _kin(chosen, opener.canonical):
        return chosen
    return opener


# A relative clause or an indefinite apposition right after a company: "Saft, qui", "Bosch, which",
# "Brembo, che", "Mahle, das", "Gestamp, que"; "Factorial, a Massachusetts-based start-up", "Idra, un'azienda".
_RELATIVE_AFTER = re.compile(
    r"\s*,\s*(?:(?P<rel>(?i:qui|which|who|che|cui|il quale|la quale|que|quien|der|die|das|welche|welcher)\s)"
    r"|(?i:(?:a|an|un|una|une|ein|eine|einer)\s+|un['’])(?:[\w-]+\s+){0,2}?[a-zà-ÿ][\w-]*[,.;\s])")


def _goes_on_about(text: str, chosen: Mention, s_index: int, start: int, companies) -> bool:
    """Does the text go on about the nearer company, so that a bare description after it is that one and
    not the topic? When the sentence before ends on it with a relative clause or an apposition ("un revers
    pour Saft, qui reste un acteur majeur. La société ..."), or when an indefinite apposition on it stands
    before the description in the same sentence ("a stake in Factorial, a start-up, having invested in the
    company's round"). Not a relative clause on a company in the description's own sentence ("la coopération
    avec Google, qui fournit ..., est jugée stratégique par le groupe"), nor one further back, nor one that
    names another company after it ("Su cliente es BMW, que monta celdas de Y"): read so, 10 of the 13
    dev references it changed went right, none wrong."""
    after = _RELATIVE_AFTER.match(text, chosen.end)
    if after is None:
        return False
    if chosen.sentence == s_index:
        return chosen.end < start and after.group("rel") is None
    return chosen.sentence == s_index - 1 and not any(c.start > chosen.end for c in companies.get(chosen.sentence, ()))


# Where the description's clause ends before a later name: a semicolon, a full stop inside the sentence
# (the splitter kept "Posco Future M. Samsung SDI" together), or a relative clause (after an apposition)
# on a company named in between ("ACC, la società comune che", "Verkor, which", "Saft, dont",
# "Gestamp, que", "Mahle, das").
_STOP_BREAK = re.compile(r";|\.\s+[A-ZÀ-Ý]")
_RELATIVE_BREAK = re.compile(
    r"\)?\s*,\s*(?:(?:[\w'’-]+\s+){0,3}?(?i:che|cui|que|qui|dont|which|who|whose|where|dove|donde|où|quien|cuyo|cuya)"
    r"|(?i:der|die|das|deren|dessen|welche[rsnm]?|wo))\s")


def _clause_ends(text: str, start: int, end: int, same) -> bool:
    """Does the description's clause end between ``start`` and ``end`` (see ``_STOP_BREAK``)?"""
    if _STOP_BREAK.search(text, start, end):
        return True
    return any(start < c.end < end and _RELATIVE_BREAK.match(text, c.end, end) for c in same)


_FOR = frozenset("for für per pour para".split())


def _opens(text: str, c: Mention, sentences, companies, subject) -> bool:
    """Does the company open its sentence, as its first company and its subject, or at its start after
    nothing or "for" ("Samsung SDI declined to comment", "For Panasonic Energy, the deal ...", "Für
    Thyssenkrupp endet damit ein Kapitel: Der Essener Konzern ...")? The next sentence goes on about it.
    Not after another preposition: "Bei Renault hieß es ..." only passes through."""
    ms = companies.get(c.sentence, ())
    if not ms or ms[0].canonical != c.canonical:
        return False
    if subject.get(id(ms[0])):
        return True
    lo = sentences[c.sentence].start
    before = _words_before(text, lo, ms[0].start)
    return ms[0].start - lo <= _OPENING and (not before or before[-1].casefold() in _FOR)


def _kin(c: Mention, name: str) -> bool:
    """Is the company the named one's unit or parent ("Posco Argentina" and POSCO, "Iveco Defence
    Vehicles" and Iveco)?"""
    if name in _parents(c.canonical, c.attrs.get("parent")) or c.canonical in _parents(name, None):
        return True
    return c.canonical.split()[0].casefold() == name.split()[0].casefold()


def _unit_of(c: Mention, name: str) -> bool:
    return name in _parents(c.canonical, c.attrs.get("parent"))


def _antecedent(text, sentences, s_index, start, companies, cons, subject, bound=frozenset(),
                strict_only=False, skip=frozenset()) -> Mention | None:
    """``skip``: ids of mentions that may not be the antecedent (members of a list, for a bare description)."""
    if cons.target:
        # the acquired company: the nearest company named as an object; in a sentence of a passive of
        # buying its subject ("Kestrel was bought by Norvik. The acquired company ..." is Kestrel), never
        # the agent, who bought
        for c in _window(sentences, s_index, start, companies, subject, bound=bound):
            if not cons.fits(c) or is_agent(text, c, sentences[c.sentence].start):
                continue
            if not subject[id(c)] or passive_subject(text, c, companies.get(c.sentence, ()), sentences[c.sentence]):
                return c
        return None
    if cons.young:
        # "Norrlid buys cells from Velqua. The startup ...": first one introduced as a startup, then
        # one the gazetteer does not know, of no stated kind
        for young in (True, False):
            for c in _window(sentences, s_index, start, companies, subject, bound=bound):
                if (c.attrs.get("young") or not young) and not c.attrs.get("known") \
                        and not c.attrs.get("sectors") and cons.fits(c):
                    return c
                if not young and cons.country and c.attrs.get("known") and cons.fits(c, True):
                    break  # "la start-up svedese": a Swedish company named nearer than any unknown one
        # then one the gazetteer knows, but never an incumbent: "Mientras tanto, la start-up ..." after
        # "Repsol" is the young cell maker the story is about, not the oil company
        for c in _window(sentences, s_index, start, companies, subject, bound=bound):
            if cons.fits(c) and not _INCUMBENT_SECTORS.intersection(_sectors(c)):
                return c
        return None
    if cons.sector == "trucks":
        # "il costruttore di camion": a company known to make trucks before one known only for cars
        trucks = [c for c in _window(sentences, s_index, start, companies, subject, _LOOKBACK, bound)
                  if id(c) not in skip and "trucks" in _sectors(c) and cons.fits(c, True)]
        if trucks:
            return salient_first(trucks, sentences, s_index, start, companies, subject, _unit_of)[0]
    for strict in ((True,) if strict_only else (True, False) if cons.sector or cons.country or cons.city
                   else (False,)):
        # A company known to be of the stated kind or country may be named further back in the
        # story ("For the South Korean group" ten sentences after "LG Energy Solution").
        lookback = _STRICT_LOOKBACK if strict and cons.country else _LOOKBACK
        window = [c for c in _window(sentences, s_index, start, companies, subject, lookback, bound)
                  if id(c) not in skip and cons.fits(c, strict)]
        if strict and cons.sector:
            window = salient_first(window, sentences, s_index, start, companies, subject, _unit_of)  # (trade_salience.py)
        if strict and cons.city:
            window = own_home_first(window, cons.own_home)
            if window and not cons.own_home(window[0]):
                window = _home_unit_first(window, sentences, s_index, start, companies, subject, bound, skip, cons)
        if not cons.sector:
            # a bare "la empresa" / "the company" is the business, before a bank or fund named nearer
            # (those are "la entidad", "the fund"): "... ha entrado como nuevo socio Kutxabank. ... la
            # gigafactoría que la empresa quiere levantar" is the cell maker's
            business = next((c for c in window if set(_sectors(c)) != {"investor"}), None)
            if business is not None:
                return business
        if window:
            return window[0]
    if cons.sector and not strict_only:
        # "La empresa de baterías anunció ..." ten sentences after the cell maker, past talk of the town:
        # the one company of the stated kind the story names further back
        far = [c for c in _window(sentences, s_index, start, companies, subject, _STRICT_LOOKBACK, bound)
               if id(c) not in skip and cons.fits(c, True)]
        if len({c.canonical for c in far}) == 1:
            return far[0]
    return None


def _home_unit_first(window, sentences, s_index, start, companies, subject, bound, skip, cons) -> list:
    """A group that fits a description's town only through its unit ("la società di Poirino" for a group
    of Kariya whose unit is of Poirino) gives way to that unit where the story named it further back:
    the unit is the company the article is about there, the group only passed by."""
    group = window[0].canonical
    for c in _window(sentences, s_index, start, companies, subject, _STRICT_LOOKBACK, bound):
        if id(c) in skip or not cons.own_home(c) or not cons.fits(c, True):
            continue
        entry = gazetteer().entry(c.canonical or "")
        if entry is not None and entry.parent == group:
            return [c] + window
    return window


def _sectors(c: Mention):
    entry = gazetteer().entry(c.canonical or "") if c.attrs.get("known") else None
    return entry.sectors if entry else c.attrs.get("sectors") or ()


# Between two members of a list: a comma or a conjunction, maybe the second one's descriptor ("Hyundai
# Motor, Stellantis und der chinesische Hersteller Zeekr").
_LIST_GAP = re.compile(
    r"\s*(?:,|,?\s*(?:and|und|e|ed|et|y|or|oder|ou|o)(?:\s+(?P<desc>(?:[^\W\d][\w'’-]*\s+){1,3}))?)\s*$")


_MODIFIER_BEFORE = frozenset("the a an".split())


def _modifiers(text: str, companies: dict[int, list[Mention]], language: str) -> frozenset[int]:
    """Ids of the companies named only as the first part of a noun: "das Volkswagen-Werk", "die
    Thyssenkrupp-Aktie", "the Mercedes-Benz contract", "a Tesla spokesman". They are no subject, and no
    "the company" that follows is about them rather than about the companies the sentences act on."""
    out = set()
    for ms in companies.values():
        for c in ms:
            after = text[c.end : c.end + 2]
            nxt = _NEXT_WORD.match(text, c.end + 1 if after[:1] == "-" else c.end)
            if nxt and (nxt.group(1).casefold() in ROLE_WORDS or nxt.group(1).casefold() in _SPEAKERS):
                continue  # "Mahle-Vorstand Jochen Albrecht", "a Northvolt spokesperson": the company speaks
            if len(after) == 2 and after[0] == "-" and after[1].isalpha():
                out.add(id(c))
            elif language == "en":
                before = text[max(0, c.start - 4) : c.start].split()
                if before and before[-1].casefold() in _MODIFIER_BEFORE and nxt and after[:1] == " " \
                        and nxt.group(1).islower() and nxt.group(1) not in _IT_VERBS:
                    out.add(id(c))
    return frozenset(out)


_NEXT_WORD = re.compile(r"[ -]?([^\W\d][\w-]*)")


# Articles that may open the second member of a list: "Norvik AG und die Kestrel GmbH", "Norvik SA et la
# société Kestrel", "X y la compañía Y".
_LIST_ARTICLES = frozenset("the der die das den dem le la les l' il lo el los las".split())


def _list_desc(desc: str | None) -> bool:
    """May the words between a list's conjunction and its second name stand there in a list: none, a
    descriptor ("und der chinesische Hersteller"), or an article alone ("und die Kestrel GmbH": German
    names a company with its legal form after an article, and a plain list then reads as no list)?"""
    if not desc:
        return True
    words = desc.split()
    if all(w.casefold() in _LIST_ARTICLES for w in words):
        return True
    return words[-1].casefold() in _DESCRIPTOR_WORDS


def _listed(text: str, companies: dict[int, list[Mention]], sentences) -> frozenset[int]:
    """Ids of the companies named in a list of two or more ("Stellantis, Mercedes-Benz und TotalEnergies
    erhöhen ...", "Hyundai Motor and Kia buy ..."). A description of one company ("the company", "das
    Unternehmen") points to none of them: a writer who means one of a list names it."""
    out: set[int] = set()
    for ms in companies.values():
        ms = sorted(ms, key=lambda c: c.start)
        for a, b in zip(ms, ms[1:]):
            if a.canonical == b.canonical or b.start - a.end > 40:
                continue
            gap = _LIST_GAP.match(text, a.end, b.start)
            if gap is None or _after_opening_phrase(text, sentences[a.sentence].start, a, b, ms) or not _list_desc(gap.group("desc")):
                continue
            out.update((id(a), id(b)))
    return frozenset(out)
