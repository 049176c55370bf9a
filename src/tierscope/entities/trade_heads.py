"""Last words of company names that name a line of trade: "Brenner Steel", "Kestrel Trucks",
"Norvik Cells", "Orvana Chimica", "Vesta Mobilität", "Halvor Acero". Start-ups and local suppliers the
gazetteer lacks are often named so; without a verb of the trade right after them, a legal form or a
descriptor before them, nothing else marks them as companies, and a supply or an order they are party
to goes unread (the probe set in tests/relations/probe_supply_cases.py lost half its pairs so).

They join ``names._MORE_HEADS``: a name ends in one only where its first word is no word the text writes
in lower case, no generic word ("Green Steel", "Electric Trucks"), no place ("China Steel" stays to the
gazetteer) and, in German, no common noun. Plural trade nouns only: a singular ("Truck", "Cell") ends
models and products more often than companies."""

from __future__ import annotations

import re

TRADE_HEADS = frozenset(
    # en
    "steel trucks cells chemicals plastics fibres fibers tyres tires cables coatings logistics freight engineering "
    "robotics cars components composites polymers aerospace devices instruments works cathodes anodes "
    # it
    "acciai chimica veicoli mobilità plastiche cavi pneumatici logistica batterie motori metalli materiali "
    "componenti elettronica meccanica automazione sistemi tecnologie impianti carrelli ricambi catodi anodi "
    # de
    "stahl chemie mobilität kunststoffe kabel reifen logistik "
    # fr
    "acier aciers chimie mobilité camions câbles pneus logistique "
    "automobiles moteurs métaux matériaux composants équipements électronique mécanique robotique câblage "
    "systèmes technologies cellules fonderies plastiques emballages "
    # es
    "acero aceros química movilidad camiones cables neumáticos logística baterías motores metales materiales "
    "componentes electrónica mecánica automatización automoción sistemas tecnologías plásticos "
    "vehículos recambios embalajes cátodos ánodos".split()
)

#: Endings of German trade nouns that close a firm's name: "Feldhain Elektronik", "Rastal Antriebe",
#: "Kelvar Batteriesysteme", "Ostwerk Fahrzeugtechnik", "Lunvik Werkstoffe". German glues the line of
#: trade into one compound, so the ending, not the whole word, tells it; a mittelständisch supplier the
#: gazetteer lacks is named so more often than by a legal form, and a sentence that opens with it
#: (no article, no descriptor) left it unread. Plural or mass nouns only, as ``TRADE_HEADS``; a name
#: ends in one under the same tests (first word no common noun, no place, no town adjective).
GERMAN_TRADE_ENDINGS = (
    "elektronik", "antriebe", "antriebstechnik", "fahrzeugtechnik", "batterietechnik", "batteriesysteme",
    "energiesysteme", "werkstoffe", "fahrzeugbau",
)


def german_trade_head(key: str) -> bool:
    """A German word that closes a firm's name by its trade ending: "Batteriesysteme", "Elektronik"."""
    return key.endswith(GERMAN_TRADE_ENDINGS)

#: First words of Italian, French, Spanish and German company names that name the trade before the
#: family or brand name: "Costruzioni Molteni", "Transports Delcourt", "Construcciones Vegas",
#: "Inversiones Arratia", "Spedition Kranz" (English puts the trade last: TRADE_HEADS). A capitalised
#: word right after one, that is no word the text writes in lower case and no place, makes a name with it.
TRADE_OPENERS = frozenset(
    # it
    "costruzioni trasporti autotrasporti elettromeccanica meccanica carpenterie impianti "
    # fr
    "transports constructions métallerie mécanique établissements "
    # es
    "construcciones transportes inversiones mecánica montajes "
    # de
    "spedition bauunternehmung stahlbau maschinenbau".split()
)

#: Endings of Romance adjectives after such a noun: "Transports Publics", "Trasporti Pubblici",
#: "Construcciones Metálicas", "Mécanique Générale" name a service or a trade, not a family's firm.
ADJECTIVE_AFTER_OPENER = re.compile(r"(?:ics?|iques?|ici|iche|icos?|icas?|ales?|ali|aux|elles?|ives?|ivi|ivos?|ivas?)$")


#: "of" before a home town in the Romance languages
_HOME_OF = frozenset("di de".split())


def home_town_after(name, connector, following) -> bool:
    """Does "di <town>" after a name ending in its trade tell the company's home town ("la Meridiana
    Carrelli di Nola", "Ravasi Impianti di Brescia", "Ortuño Química de Tarragona") rather than go on
    with it? Names that hold a town after "di" ("Cassa di Risparmio di Firenze", "Acciaierie di
    Calvisano") have no trade word right before it. ``name``, ``connector``, ``following``: tokens."""
    from .gazetteer import places

    return bool(name) and connector.key in _HOME_OF and name[-1].key in TRADE_HEADS and (
        places().find(following.text) is not None)


#: "of" inside a name, in Spanish and Italian
_OF_INSIDE = frozenset("de del di dei degli delle della".split())


def trade_after_of(language: str, name) -> bool:
    """Does a Spanish or Italian name that ends in a trade word hold "of" before it ("Asociación de
    Fabricantes de Componentes", "Feria de Componentes", "Salone dei Componenti")? There the trade word
    is what an association, a fair or a sector is about, not the last word of a firm's name, which puts
    it right after the family or brand name ("Garrido Componentes"). French keeps its "Compagnie ... des
    Batteries" names. ``name``: tokens, the trade word last."""
    return language in ("es", "it") and name[-1].key in TRADE_HEADS and any(t.key in _OF_INSIDE for t in name[1:-1])


#: "of the" before the river, valley or region a Romance firm is named after ("Aceros del Cinca",
#: "Chimica del Volturno", "Plastiques du Jura", "Cables de la Ribera"), unlike a bare "di <town>", the
#: firm's home town: a town takes no article, a river or a region does
_ARTICLE_OF = {"it": frozenset("del della dello dell dei degli delle".split()), "es": frozenset({"del"}),
               "fr": frozenset({"du"})}
_APOSTROPHES = frozenset({"'", "\u2019"})


def place_after_article(tokens, k: int, language: str) -> int:
    """The index of the capitalised word after "del", "della", "du", "de la" at ``tokens[k]`` (a lower-case
    article of "of the", in Italian, Spanish or French), or -1."""
    n = len(tokens)
    if k >= n or not tokens[k].text[0].islower():
        return -1
    key = tokens[k].key
    if key in _ARTICLE_OF.get(language, ()):
        j = k + 1
    elif key == "de" and language in ("es", "fr") and k + 2 < n and tokens[k + 1].key in ("la", "l"):
        j = k + 2
    else:
        return -1
    if j < n and tokens[j].text in _APOSTROPHES:
        j += 1  # "dell'Adige", "de l'Atlantique"
    if j >= n or tokens[j].start - tokens[j - 1].end > 1:
        return -1
    word = tokens[j].text
    return j if word[0].isupper() and word[1:].islower() and word.isalpha() else -1


def trade_of_the_place(tokens, idx: int, language: str) -> int:
    """A capitalised trade word (``TRADE_HEADS``) of a Romance firm named after its river or region:
    "Chimica del Volturno", "Aceros del Cinca", "Câbles du Jura". The index of the place's word, or -1."""
    tok = tokens[idx]
    if language not in _ARTICLE_OF or tok.key not in TRADE_HEADS or tok.text.isupper():
        return -1
    return place_after_article(tokens, idx + 1, language)
