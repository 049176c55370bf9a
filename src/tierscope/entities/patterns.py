"""Companies that are not in the gazetteer, found by pattern.

Two cues: a legal form after a capitalised name ("Acme Batteries GmbH"), and a descriptor before
one ("the battery maker Lyten", "der Zulieferer Acme", "la società Beta Srl"). The canonical name
is the surface name without its legal form.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..doc import Mention
from .gazetteer import places
from .gates import page_keys
from .matcher import Token
from .name_joins import e_part, field_tail, field_tail_before, partner_join, symbol_join
from .new_inside import new_inside
from .trade_of import after_trade
from .text import LEGAL_AFTER, TOKEN, Occupied
from .trade_heads import german_trade_head
from .cues import NOT_COMPANIES, ROLE_NOUNS, SENTENCE_STARTERS, SUBJECT_VERBS, cue_words
from .vocab import CITY_ADJECTIVES, NATIONALITY, PLACE_FINANCE_HEADS, PLACE_NAME_HEADS, SECTOR_NOUNS, STOP, name_sectors

__all__ = [
    "find_unknown", "descriptor_regex", "venture_first_keys", "place_named", "noun_first_keys", "noun_positions", "is_name_token", "cut_at_roles",
    "inner_camel", "CONNECTORS", "CONTINUE", "LEGAL_FIRST", "MAX_NAME", "GERMAN_NOUNS",
]

# First tokens of the legal forms in ``text.LEGAL``: where one may start.
_LEGAL_FIRST = frozenset(
    "GmbH AG & S SpA Srl SARL SAS SA SL N NV B BV L LLC K KGaA KG SE Ltd Limited Inc Incorporated "
    "Corp Corporation plc PLC AB ASA A Oyj Oy Co Pty d s a Sp Kft Zrt Nyrt SRL".split()
)
# Lower-case words inside names ("Banco de Sabadell"); not "and"/"und", which join two names.
_CONNECTORS = frozenset("de di da del della von van der den du des of la le".split())
# Capitalised words that may continue (not start) a name: "Acme International", "Beta Group".
_CONTINUE = frozenset(
    "international global european america americas asia group holding holdings energy motors "
    "technologies technology systems automotive battery batteries cells solutions materials "
    "mobility power electric industries".split()
)
# German capitalises nouns: after a German descriptor only these look like name parts.
_GERMAN_NAME_WORDS = _CONTINUE | frozenset("gmbh ag se werke werk".split())
def _german_name_compound(key: str) -> bool:
    """A German compound that ends a firm's name after its first word, as "Werk" and "Werke" do: "der
    Hersteller Drevin Zellwerk", "der Zulieferer Feldhain Elektronik" (a trade ending: trade_heads)."""
    return key.endswith(("werk", "werke")) or german_trade_head(key)


# Countries and regions that end a unit's name: "das Gemeinschaftsunternehmen Beta Deutschland", "die
# Beta Österreich" (German capitalises every noun, so only these and name words join a German name).
_GERMAN_NAME_TAILS = frozenset("deutschland österreich schweiz europa europe international polska iberia nordic".split())
_GERMAN_NOUNS = frozenset(
    "milliarden millionen euro dollar prozent jahr jahre jahren werk werke fabrik batterien zellen "
    "autos fahrzeuge teile aktien anteile mitarbeiter stellen gewinn umsatz ende anfang mitte "
    "angaben zukunft ziel pläne kunden strom chips halbleiter stahl aluminium lithium nickel kobalt "
    "kupfer batterie rohstoffe dampf wärme fernwärme wasserstoff erdgas".split()
)
_MAX_NAME = 6
# German articles join no name ("Anteile der Verbundnetz Gas AG" names "Verbundnetz Gas").
_GERMAN_ARTICLES = frozenset("der den des".split())
# Shared with ``names`` (positional cues).
CONNECTORS, CONTINUE, LEGAL_FIRST, MAX_NAME = _CONNECTORS, _CONTINUE, _LEGAL_FIRST, _MAX_NAME
GERMAN_NOUNS = _GERMAN_NOUNS
# Legal-form words: a name walked back from a later legal form never crosses one
# ("... Corporation EVA Air Ltd" names "EVA Air").
_LEGAL_WORDS = frozenset("corporation inc ltd limited llc gmbh ag spa srl plc sarl nv bv".split())


# Endings of Italian, Spanish and French adjectives of places ("piemontese", "gallega", "lyonnaise").
_ADJECTIVE_ENDING = re.compile(r"(?:ese|esi|ano|ana|ino|ina|ego|ega|és|esa|ais|aise|ois|oise|ien|ienne|al|ale)$")
_NAME_END_CUES = frozenset("partners partner".split())
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th|er|e|ème|eme|º|ª|°)", re.IGNORECASE)


def is_name_token(tok: Token) -> bool:
    """Capitalised, a digit name ("3M", "4Cell"; not an ordinal like "11th") or "&"."""
    c = tok.text[0]
    if c.isdigit():
        return any(ch.isalpha() for ch in tok.text) and not _ORDINAL.fullmatch(tok.text)
    return c.isupper() or tok.text == "&"


_is_name_token = is_name_token


def cut_at_roles(tokens: list[Token], language: str) -> list[Token]:
    """What follows the last role noun or cue word in a name run: "Chief Financial Officer of Beta",
    "Disney To Acquire Twenty-First Century Fox", "Berater Beta" name "Beta" and "Twenty-First ..."."""
    words = cue_words(language)
    last = len(tokens) - 1
    # a name may end with "Partners" ("Energy Infrastructure Partners"), though "partners" is a cue
    cut = max((i for i, t in enumerate(tokens) if t.key in ROLE_NOUNS or (
        t.key in words and not (i == last and i > 0 and t.key in _NAME_END_CUES))), default=-1)
    if cut >= 0:
        tokens = tokens[cut + 1 :]
        while tokens and tokens[0].key in _CONNECTORS:
            tokens = tokens[1:]
    return tokens


def place_named(name: list[Token]) -> bool:
    """A place and a word of business, perhaps with one or two words between, make a name ("Alabama
    Power", "utility Skellefteå Kraft", "Jiangxi Velqua Lithium"): the place is no preposition's
    object to strip."""
    if 2 <= len(name) <= 3 and name[-1].key in PLACE_FINANCE_HEADS:
        return all(t.key in PLACE_FINANCE_HEADS for t in name[1:])
    if not 2 <= len(name) <= 4 or name[-1].key not in PLACE_NAME_HEADS:
        return False
    pl = places()
    return all(pl.get(t.text) is None and t.text[0].isupper() for t in name[1:])


def inner_camel(tok: Token) -> bool:
    """A lower-case word with a capital inside, part of a name before a legal form: "iBE", "eiSos",
    "eMobility" ("Würth Elektronik iBE GmbH")."""
    t = tok.text
    return t[0].islower() and t.isalnum() and any(c.isupper() for c in t[1:])


#: German descriptions that open a sentence before the name they describe ("Autobauer Brixo Motors AG")
_GERMAN_DESCRIPTOR_HEADS = ("autobauer", "autohersteller", "zulieferer", "autozulieferer", "hersteller", "konzern",
                            "chemiekonzern", "autokonzern", "batteriehersteller", "chiphersteller", "stahlkonzern",
                            "energiekonzern", "anbieter", "spezialist", "lieferant", "produzent")


def _descriptor_head(key: str, language: str) -> bool:
    """A noun that describes the company named after it, opening a run that ends in a legal form:
    "Drugmaker Sanofi SA", "Carmaker Brixo Motors AG", "Autobauer Brixo Motors AG"."""
    if language == "en":
        return len(key) > 5 and key.endswith("maker")
    return language == "de" and key in _GERMAN_DESCRIPTOR_HEADS


def _trim_left(tokens: list[Token], language: str = "en", legal: bool = False) -> list[Token]:
    """Drop leading words that are not part of a name: "The", "German", "In Berlin", "Because".
    ``legal``: the run ends in a legal form, and a place that opens it with nothing before is part
    of the name ("Hong Kong Holdings Limited", "Dakota Mutual Insurance Inc.")."""
    pl = places()
    tokens = cut_at_roles(tokens, language)
    first = True
    while tokens and not (len(tokens) > 2 and symbol_join(tokens, 1)) and (  # "O'Kelly": no article "o"
        tokens[0].key in STOP or tokens[0].key in NATIONALITY or tokens[0].text == "&"
        or tokens[0].key in SENTENCE_STARTERS or (pl.get(tokens[0].text) is not None and not place_named(tokens))
        or (len(tokens) > 1 and _descriptor_head(tokens[0].key, language))
    ):
        if legal and first and tokens[0].key not in STOP and tokens[0].key not in NATIONALITY \
                and tokens[0].key not in SENTENCE_STARTERS and tokens[0].text != "&":
            place = pl.get(tokens[0].text)
            rest = next((i for i in range(1, len(tokens)) if pl.get(
                " ".join(t.text for t in tokens[: i + 1])) is None), len(tokens))
            # the place may span several tokens ("Hong Kong"): keep it when a name follows it
            if place is not None and rest < len(tokens) and not (rest == 1 and pl.get(
                    text_of(tokens[:2])) is not None):
                break
        first = False
        tokens = tokens[1:]
    while tokens and (tokens[-1].key in _CONNECTORS or tokens[-1].text == "&"):
        tokens = tokens[:-1]
    return tokens


# German nouns (capitalised like a name) that stand before a company's name and are never its first
# word: "verkauft ihre Tochtergesellschaft Beta GmbH", "firmiert unter dem Namen Beta GmbH"
_DE_LEAD_NOUNS = frozenset(
    "tochtergesellschaft tochterfirma tochterunternehmen tochter namen firma unternehmen konzern zulieferer "
    "anlagenbauer hersteller käufer verkäufer übernahmeziel".split()
)
# compounds of these kinds of company ("Projektgesellschaft", "Betreibergesellschaft",
# "Recyclingunternehmen") describe the name after them, like the plain nouns above
_DE_LEAD_COMPOUNDS = ("gesellschaft", "unternehmen")


def _de_lead_noun(key: str) -> bool:
    """A German noun before a company's name, never its first word ("die Projektgesellschaft Beta GmbH")."""
    return key in _DE_LEAD_NOUNS or (key.endswith(_DE_LEAD_COMPOUNDS) and len(key) > 13)


# Group words that open a Romance company name when capitalised with no article before them.
_GROUP_OPENERS = frozenset(("Grupo", "Gruppo", "Groupe"))
_ARTICLE_KEYS = frozenset("el la los las il lo le les l un una une uno del della du des al au".split())


def text_of(tokens: list[Token]) -> str:
    return " ".join(t.text for t in tokens)


def _mention(text, name_tokens, end, sent_index, sectors=()) -> Mention:
    start = name_tokens[0].start
    surface = " ".join(text[name_tokens[0].start : name_tokens[-1].end].split())
    return Mention(
        start=start,
        end=end,
        text=text[start:end],
        label="COMPANY",
        canonical=surface,
        sentence=sent_index,
        source="pattern",
        attrs={"known": False, "sectors": list(sectors) or name_sectors(surface)},
    )


#: ``_LEGAL_FIRST`` folded as token keys are: a token whose text is one has its key here
_LEGAL_FIRST_KEYS = frozenset(w.casefold() for w in _LEGAL_FIRST)


def _by_legal_form(text, tokens, sent_index, sent_start, sent_end, taken, language="en", places_at=frozenset()) -> list[Mention]:
    """Names before a legal form. A place right before the legal form ends the name ("die Velmora Guben
    GmbH", "Velmora Deutschland GmbH": the local or national company named after its town or country);
    ``places_at``: the (start, end) of the place mentions found before."""
    out = []
    german = language == "de"
    for first in [i for i, t in enumerate(tokens) if i and t.text in _LEGAL_FIRST]:
        k = first - 1
        if tokens[k].text == "," and k > 0:
            k -= 1
        m = LEGAL_AFTER.match(text, tokens[k].end, sent_end)
        if m is None or taken(m.start(), m.end()):
            continue
        if tokens[k].text in _LEGAL_FIRST or tokens[k].key in _LEGAL_WORDS:
            continue  # "& Co." after "GmbH": the rest of a longer legal form ("GmbH & Co. KG")
        # Walk back from the legal form over name tokens.
        name: list[Token] = []
        tail = None
        if k > 0 and (tokens[k].start, tokens[k].end) in places_at and _is_name_token(tokens[k]) \
                and _is_name_token(tokens[k - 1]) and not taken(tokens[k - 1].start, tokens[k - 1].end) \
                and tokens[k].start - tokens[k - 1].end == 1:
            name.append(tokens[k])  # "Velmora Guben GmbH": the town ends the name, no place there
            tail = tokens[k - 1].end
            k -= 1
        while k >= 0 and len(name) < _MAX_NAME:
            tok = tokens[k]
            if taken(tok.start, tok.end) or (name and tok.key in _LEGAL_WORDS) or "\n" in text[tok.end : tokens[k + 1].start]:
                break
            if name and name[0] is tokens[k + 1] and (e_part(text, tokens, k) or partner_join(tokens, k)
                                                      or symbol_join(tokens, k) or field_tail_before(text, tokens, k, name)) \
                    and _is_name_token(tokens[k - 1]) and not taken(tokens[k - 1].start, tokens[k - 1].end):
                name.insert(0, tok)  # "Kelvin e-Drive Ltd", "Fuchs und Partner GmbH": the part goes on
            elif _is_name_token(tok) or inner_camel(tok):
                name.insert(0, tok)
            elif (tok.key in _CONNECTORS and name and k > 0 and _is_name_token(tokens[k - 1])
                  and not (german and (tok.key in _GERMAN_ARTICLES or tok.key == "von"))):
                # German capitalises the noun before "von": "Anteile von Beta AG", "das
                # Gemeinschaftsunternehmen von Beta AG und Gamma" name Beta AG alone
                name.insert(0, tok)
            else:
                break
            k -= 1
        name = _trim_left(name, language, legal=True)
        if german:
            cut = max((i for i, t in enumerate(name[:-1]) if _de_lead_noun(t.key)), default=-1)
            name = name[cut + 1 :]  # "ihre Tochtergesellschaft Beta GmbH", "unter dem Namen Beta GmbH"
        while name and inner_camel(name[0]):
            name = name[1:]  # a name starts capitalised ("Würth Elektronik iBE GmbH")
        if tail is not None and len(name) < 2:
            continue  # the place alone before the legal form: nothing names the company
        if name and any(t.text[0].isalpha() for t in name):
            mention = _mention(text, name, m.end(), sent_index)
            if tail is not None:
                mention.attrs["tail"] = tail
            out.append(mention)
    return out


#: Nouns of a joint venture before its name ("la joint venture Velqua Energy", "das Gemeinschaftsunternehmen
#: Velqua", "la coentreprise Velqua"): a descriptor for names only (coref leaves "the joint venture" to ventures.py).
_VENTURE_NOUNS = {
    "en": ("joint venture", "joint-venture"),
    "it": ("joint venture", "joint-venture"),
    # with the genitive: "die Gründung des Gemeinschaftsunternehmens Beta"
    "de": ("gemeinschaftsunternehmen", "gemeinschaftsunternehmens", "joint venture", "joint ventures", "joint-venture",
           "joint-ventures"),
    "fr": ("coentreprise", "co-entreprise", "joint-venture", "joint venture"),
    "es": ("empresa conjunta", "sociedad conjunta", "empresa mixta", "joint venture"),
}


def _venture_nouns(language: str) -> set[str]:
    return {n for lang in ([language] if language in _VENTURE_NOUNS else _VENTURE_NOUNS) for n in _VENTURE_NOUNS[lang]}


@lru_cache(maxsize=8)
def venture_first_keys(language: str) -> frozenset[str]:
    return frozenset(TOKEN.findall(n)[0].casefold() for n in _venture_nouns(language))


@lru_cache(maxsize=8)
def venture_last_words(language: str) -> frozenset[str]:
    """The last words of the joint-venture nouns ("venture", "coentreprise", "Gemeinschaftsunternehmen")."""
    return frozenset(TOKEN.findall(n)[-1].casefold() for n in _venture_nouns(language))


#: one word as the descriptor (a plural noun, checked against ``plural_descriptors``)
_PLURAL_NOUN = re.compile(r"(?P<noun>\w+)(?![\w-])")


def _plural(noun: str, lang: str) -> str | None:
    """The plural of a one-word descriptor noun: "suppliers", "fornitori", "proveedores", "équipementiers"."""
    if " " in noun or "-" in noun or len(noun) < 4:
        return None
    if lang == "en":
        return noun[:-1] + "ies" if noun.endswith("y") else noun + ("es" if noun.endswith("s") else "s")
    if lang == "it":
        if noun.endswith(("io", "ista")):
            return noun[:-2] + "i" if noun.endswith("io") else noun[:-1] + "i"  # "marchi", "componentisti"
        return {"o": noun[:-1] + "i", "e": noun[:-1] + "i", "a": noun[:-1] + ("he" if noun.endswith("ca") else "e")}.get(noun[-1])
    if lang == "es":
        return noun + "s" if noun[-1] in "aeo" else noun + "es" if noun[-1] in "rl" else None
    if lang == "fr":
        return noun if noun[-1] in "sx" else noun + "s"
    return None  # German plurals are the singular or take endings the descriptor cue already reads


@lru_cache(maxsize=8)
def plural_descriptors(language: str) -> dict[str, str]:
    """Plural descriptor nouns to their singular: "the pension funds X and Y", "i fornitori X e Y",
    "les équipementiers X et Y", "los proveedores X y Y" name companies as the singular does."""
    langs = [language] if language in SECTOR_NOUNS else list(SECTOR_NOUNS)
    out = {}
    for lang in langs:
        for noun in SECTOR_NOUNS[lang]:
            plural = _plural(noun, lang)
            if plural and plural != noun and plural not in SECTOR_NOUNS[lang]:
                out[plural] = noun
    return out


@lru_cache(maxsize=8)
def descriptor_regex(language: str) -> re.Pattern:
    """Descriptor nouns of ``language`` (all languages when unknown), longest first."""
    langs = [language] if language in SECTOR_NOUNS else list(SECTOR_NOUNS)
    nouns = sorted({n for lang in langs for n in SECTOR_NOUNS[lang]} | _venture_nouns(language), key=len, reverse=True)
    noun_alt = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in nouns)
    # German compounds keep their head after a hyphen: "das US-Unternehmen Beta", "der Batterie-Hersteller Beta"
    before = r"(?<!\w)" if language == "de" else r"(?<![\w-])"
    return re.compile(before + r"(?P<noun>" + noun_alt + r")(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=8)
def noun_first_keys(language: str) -> frozenset[str]:
    """First-token keys of the descriptor nouns: where a descriptor can start."""
    langs = [language] if language in SECTOR_NOUNS else list(SECTOR_NOUNS)
    return frozenset(TOKEN.findall(n)[0].casefold() for lang in langs for n in SECTOR_NOUNS[lang])


def noun_positions(tokens: list[Token], language: str) -> list[int]:
    """Indices of tokens that may start a descriptor noun (German inflections included). Worked out
    once per sentence: the descriptor pattern, the description finder and the name cues all ask."""
    got = _POSITIONS.get(id(tokens))
    if got is not None and got[0] is tokens and got[1] == language:
        return got[2]
    keys = noun_first_keys(language)
    if language != "de":
        found = [k for k, tok in enumerate(tokens) if tok.key in keys]
    else:
        found = [k for k, tok in enumerate(tokens) if (key := tok.key) in keys or key[:-1] in keys or key[:-2] in keys]
    if len(_POSITIONS) > 256:
        _POSITIONS.clear()
    # (the tokens are kept in the value, so their id is not another list's while it is remembered;
    # callers never change the list they get)
    _POSITIONS[id(tokens)] = (tokens, language, found)
    return found


_POSITIONS: dict[int, tuple[list, str, list[int]]] = {}


def _noun_sector(language: str, noun: str) -> str | None:
    key = " ".join(noun.casefold().split())
    key = plural_descriptors(language).get(key, key)
    for lang in ([language] if language in SECTOR_NOUNS else SECTOR_NOUNS):
        if key in SECTOR_NOUNS[lang]:
            return SECTOR_NOUNS[lang][key]
    return None


#: group words before a name describe it even with a capital ("el Grupo Torvena" is Torvena)
_GROUP_WORDS = frozenset("group grupo groupe gruppo gruppe".split())


def _title_line(tokens: list[Token]) -> bool:
    """A title-case headline: most words capitalised."""
    words = [t for t in tokens if t.text[0].isalpha()]
    return len(words) >= 4 and sum(t.text[0].isupper() for t in words) >= 0.6 * len(words)


def _by_descriptor(text, tokens, sent_index, sent_start, sent_end, language, taken, page=None) -> list[Mention]:
    """``page``: the page's token keys (``gates.page_keys``), where known: the walks for venture and
    plural nouns are skipped on a page that holds none."""
    out = []
    regex = descriptor_regex(language)
    ventures = venture_first_keys(language)
    positions = noun_positions(tokens, language)
    if (page is None or not ventures.isdisjoint(page)) and any(t.key in ventures for t in tokens):
        positions = sorted({*positions, *(k for k, t in enumerate(tokens) if t.key in ventures)})
    # plural nouns in lower case before a list of names ("i fornitori Beta e Gamma"): this cue only, no
    # apposition elsewhere ("Neue Klasse, la mappa dei fornitori"); menus capitalise them ("Proveedores Tier 1")
    plurals = plural_descriptors(language)
    plural_at = {k for k, t in enumerate(tokens) if t.key in plurals and t.text[0].islower()} \
        if page is None or not page.isdisjoint(plurals) else set()
    if plural_at:
        positions = sorted({*positions, *plural_at})
    for pos in positions:
        m = _PLURAL_NOUN.match(text, tokens[pos].start, sent_end) if pos in plural_at else regex.match(text, tokens[pos].start, sent_end)
        if m is None:
            continue
        if m.group(0).isupper() and len(m.group(0)) > 3:
            continue  # a headline in capitals ("LA START-UP FRANCESE CHE HA CONVINTO"): every word looks like a name
        prev = tokens[pos - 1] if pos > 0 else None
        if (language != "de" and tokens[pos].text[0].isupper() and prev is not None and _is_name_token(prev)
                and prev.key not in STOP and prev.key not in NATIONALITY and prev.end >= tokens[pos].start - 1):
            continue  # the noun is part of a name: "Salar Minera S.A.", "Acme Group"
        if (language != "de" and tokens[pos].text[0].isupper() and tokens[pos].key not in _GROUP_WORDS
                and not tokens[pos].text.isupper()  # "la PME Beta", "la pmi Beta": an acronym noun, no name
                and prev is not None and prev.text[0].islower()
                and prev.text.isalpha() and pos + 1 < len(tokens) and _is_name_token(tokens[pos + 1])
                and tokens[pos + 1].start == m.end() + 1 and not _title_line(tokens)):
            continue  # a capitalised noun mid-sentence opens a name: "controllata da Holding Reti Autostradali"
        if LEGAL_AFTER.match(text, m.end(), sent_end):
            continue  # "Minera S.A.": what follows is a legal form, not a name
        # Skip one nationality adjective: "il produttore cinese Beta".
        k = next((j for j in range(pos, len(tokens)) if tokens[j].start >= m.end()), None)
        if k is not None and (tokens[k].key in NATIONALITY or (
                language not in ("en", "de") and tokens[k].text[0].islower() and (
                    tokens[k].key in CITY_ADJECTIVES or _ADJECTIVE_ENDING.search(tokens[k].key)))):
            k += 1  # and a city or regional adjective: "la società torinese Beta", "la empresa gallega Beta"
        if k is not None and language in ("it", "es", "fr"):
            k = after_trade(tokens, k, language, m.group("noun"))  # "la società di consulenza Beta"
        if k is None or k >= len(tokens) or tokens[k].start > tokens[k - 1].end + 2:
            continue
        if not _is_name_token(tokens[k]) or (tokens[k].key in STOP and not symbol_join(tokens, k + 1)) or tokens[k].text == "&":
            continue  # (an "O" that opens "O'Kelly" is no stop word)
        name: list[Token] = []
        while k < len(tokens) and len(name) < _MAX_NAME:
            tok = tokens[k]
            if language == "de" and name and tok.key in _GERMAN_NAME_TAILS and tok.start == name[-1].end + 1:
                name.append(tok)  # "Beta Deutschland": the country, a place mention until now, ends the name
                k += 1
                break
            if taken(tok.start, tok.end) or tok.key in NATIONALITY:
                break
            if name and tok.text in _LEGAL_FIRST and LEGAL_AFTER.match(text, tokens[k - 1].end, sent_end):
                break  # the legal form joins the span below, not the name
            if name and (e_part(text, tokens, k) or partner_join(tokens, k) or symbol_join(tokens, k)) \
                    and not taken(tokens[k + 1].start, tokens[k + 1].end):
                name.extend((tok, tokens[k + 1]))  # "Kelvin e-Drive", "Bianchi e Figli", "K+S": one name
                k += 2
                continue
            trades = field_tail(text, tokens, k) if name else None
            if trades is not None and not any(taken(t.start, t.end) for t in tokens[k + 1 : trades]):
                name.extend(tokens[k:trades])  # "la minera Twigg Exploration and Mining"
                k = trades
                continue
            if _is_name_token(tok) and (not name or tok.key not in STOP or tok.key in _CONTINUE or new_inside(tokens, k)):
                if language == "de" and name and not (tok.key in _GERMAN_NAME_WORDS or tok.text.isupper()
                                                      or tok.key in _GERMAN_NAME_TAILS or _german_name_compound(tok.key)):
                    break
                name.append(tok)
            elif tok.key in _CONNECTORS and name and k + 1 < len(tokens) and _is_name_token(tokens[k + 1]):
                name.append(tok)
            elif name and inner_camel(tok) and LEGAL_AFTER.match(text, tok.end, sent_end):
                name.append(tok)  # "la société Valeo eDrive SAS": a camel-case word before the legal form is the name's
            else:
                break
            k += 1
        name = _trim_left(name, language)
        if not name or places().get(text[name[0].start : name[-1].end]) is not None \
                or all(t.key in NOT_COMPANIES for t in name):
            continue  # "la química LFP": a chemistry
        if language == "de" and m.group("noun").casefold() in _venture_nouns("de") and len(name) == 1:
            # "das Gemeinschaftsunternehmen Velqua-Korvent": two names joined by a hyphen make the venture's
            while k < len(tokens) and text[name[-1].end : tokens[k].start] == "-" and tokens[k].text[0].isupper() \
                    and len(name) < _MAX_NAME and not taken(tokens[k].start, tokens[k].end):
                name.append(tokens[k])
                k += 1
            verb = k < len(tokens) and tokens[k].text[0].islower() and tokens[k].key in SUBJECT_VERBS["de"]
            if len(name) == 1 and not verb and not any(ch.isupper() for ch in name[0].text[1:]) \
                    and text[name[0].end : name[0].end + 1] not in ",.;:(":
                continue  # "von dem Gemeinschaftsunternehmen Systeme für ...": a German noun, no name
                # ("das Gemeinschaftsunternehmen Velqua liefert": a verb after it, a name)
        if language == "de":
            nxt = tokens[k] if k < len(tokens) else None
            if name[0].key in _GERMAN_NOUNS or (nxt is not None and nxt.text[0].isupper()
                                                 and nxt.start - name[-1].end <= 1):
                continue
        if (tokens[pos].text in _GROUP_OPENERS and name[0] is tokens[pos + 1] if pos + 1 < len(tokens) else False) and (
                prev is None or prev.key not in _ARTICLE_KEYS):
            # "Grupo Copo se hará con ...", "la estrategia de Grupo Copo": capitalised with no article,
            # the group word opens the name ("el grupo Copo" only describes it)
            name = [tokens[pos], *name]
        end = name[-1].end
        legal = LEGAL_AFTER.match(text, end)
        if legal and legal.end() <= sent_end:
            end = legal.end()
        tail = language == "de" and len(name) > 1 and name[-1].key in _GERMAN_NAME_TAILS
        if taken(name[0].start, name[-2].end if tail else end):
            continue
        sector = _noun_sector(language, m.group("noun"))
        mention = _mention(text, name, end, sent_index, [sector] if sector and sector != "startup" else [])
        if tail:
            mention.attrs["tail"] = name[-2].end  # where the name ends before its country
        if sector == "startup":
            mention.attrs["young"] = True  # "la start-up Velqua": what "the startup" later names
        out.append(mention)
    return out


# Articles (with their prepositions) before a nationality adjective standing for a company: "alla cinese
# Hasco", "la china Tsingshan", "le chinois Hasco"; plural articles name several (left alone).
# Italian and Spanish only feminine ones ("la società", "la empresa"): "il francese Macron", "el alemán
# Müller" are people; French writes a person's nationality with a capital ("le Français").
_NATIONAL_ARTICLES = {
    "it": frozenset("la l alla della dalla nella sulla colla all dell dall nell sull".split()),
    "es": frozenset("la".split()),
    "fr": frozenset("le la l au du".split()),
}


def _by_nationality(text, tokens, sent_index, sent_end, language, taken) -> list[Mention]:
    """"alla cinese Hasco, controllata da SAIC", "la china Tsingshan tenía el 49,9%": in Italian,
    Spanish and French a nationality adjective after an article, used as a noun, puts a company's
    name right after it (a person's name too: those stop at a given name in ``names``)."""
    arts = _NATIONAL_ARTICLES.get(language)
    if arts is None:
        return []
    out = []
    for k in range(1, len(tokens) - 1):
        adj, art, nxt = tokens[k], tokens[k - 1], tokens[k + 1]
        if art.text in "'’" and k > 1 and tokens[k - 2].end == art.start:
            art = tokens[k - 2]  # an elided article: "dell'olandese Beta", "all'americana Beta", "à l'américain Beta"
        if adj.key not in NATIONALITY or not adj.text[0].islower() or art.key not in arts \
                or (language == "it" and adj.key[-1] in "oi") \
                or nxt.start > adj.end + 1 or not _is_name_token(nxt) or nxt.key in STOP or taken(nxt.start, nxt.end):
            continue
        name: list[Token] = []
        j = k + 1
        while j < len(tokens) and len(name) < _MAX_NAME:
            if name and (e_part(text, tokens, j) or partner_join(tokens, j) or symbol_join(tokens, j)) \
                    and not taken(tokens[j + 1].start, tokens[j + 1].end):
                name.extend(tokens[j : j + 2])  # "la cinese Kelvin e-Drive", "la tedesca Fuchs und Partner"
                j += 2
                continue
            if not (_is_name_token(tokens[j]) and (not name or tokens[j].key not in STOP or new_inside(tokens, j))
                    and not taken(tokens[j].start, tokens[j].end)):
                break
            name.append(tokens[j])
            j += 1
        name = _trim_left(name, language)
        if not name or places().get(text[name[0].start : name[-1].end]) is not None \
                or all(t.key in NOT_COMPANIES for t in name):
            continue
        end = name[-1].end
        legal = LEGAL_AFTER.match(text, end)
        if legal and legal.end() <= sent_end:
            end = legal.end()
        m = _mention(text, name, end, sent_index)
        m.attrs["country"] = NATIONALITY[adj.key]
        out.append(m)
    return out


def find_unknown(text: str, sentence_tokens, language: str, existing: list[Mention]) -> list[Mention]:
    """Unknown-company mentions in the sentences, never overlapping ``existing`` ones."""
    occupied = Occupied(len(text), ((m.start, m.end) for m in existing))
    taken = occupied.overlaps

    out: list[Mention] = []
    page = page_keys(sentence_tokens)
    # (the legal-form and nationality walks find nothing on a page none of whose words could start one)
    legal = not page.isdisjoint(_LEGAL_FIRST_KEYS)
    national = not page.isdisjoint(NATIONALITY)
    places_at = frozenset((m.start, m.end) for m in existing if m.label == "PLACE") if legal else frozenset()
    for sent_index, sent_start, sent_end, tokens in sentence_tokens:
        for m in _by_descriptor(text, tokens, sent_index, sent_start, sent_end, language, taken, page) + (_by_legal_form(
            text, tokens, sent_index, sent_start, sent_end, taken, language, places_at
        ) if legal else []) + (_by_nationality(text, tokens, sent_index, sent_end, language, taken) if national else []):
            # (a country that ends the name, "Beta Deutschland", was a place mention: see _GERMAN_NAME_TAILS)
            if not taken(m.start, m.end) or (m.attrs.get("tail") and not taken(m.start, m.attrs["tail"])):
                m.attrs.pop("tail", None)
                out.append(m)
                occupied.add(m.start, m.end)
    return out
