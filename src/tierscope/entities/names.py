"""Companies the gazetteer does not know and that carry no legal form, found by where their name
stands: before a business verb ("Lyten said", "Comcast kauft", "Acme ha firmato"), after an
acquisition or partnership word ("acquire Beta", "accordo con Beta", "rachat de Beta"), before a
possessive role ("Beta's chief executive"), in a hyphen compound ("NBC-Mutter"), before a stock
ticker ("Beta (NYSE: BTA)"), before an apposition ("Beta, a battery startup,"), or joined by "and" to
another company ("BMW and Beta"), in a Romance apposition without article ("Beta, azienda
specializzata in ...": only a company is described so), after a noun only a company has ("il fatturato
di Beta": owner_nouns.py). A name found once this way is a company everywhere in the document.

Names that are places, people (a given name first, a title before, a surname of someone named in
the document, a role noun right before: "il ministro Beta"), months, weekdays, function words, page
furniture, common words the document also writes in lower case, German common nouns, and news outlets
are not taken. An outlet that is the source of a report ("according to Reuters", "laut Handelsblatt")
is never a company here.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from importlib import resources
from operator import attrgetter

from ..doc import Mention
from .cues import (
    AUX,
    COORDINATORS,
    DEAL_PREPOSITIONS,
    DEAL_STEMS,
    DETERMINERS,
    EXCHANGES,
    FURNITURE,
    GEO_WORDS,
    GERMAN_HEADS,
    GERMAN_NAME_NOUN_ENDINGS,
    GERMAN_NOUN_ENDINGS,
    GERMAN_PARTICIPLES,
    HYPHEN_HEADS,
    INSTITUTION_WORDS,
    MODEL_NAMES,
    NAME_NOUNS,
    NOT_COMPANIES,
    OBJECT_CUES,
    POSSESSIVE_HEADS,
    REPORT_AFTER,
    ROLE_NOUNS,
    REPORT_BEFORE,
    SENTENCE_STARTERS,
    SUBJECT_VERBS,
    TITLES,
)
from .gazetteer import places, towns
from .matcher import Token
from .gazetteer import gazetteer
from .patterns import (
    CONNECTORS,
    CONTINUE,
    GERMAN_NOUNS,
    LEGAL_FIRST,
    MAX_NAME,
    cut_at_roles,
    is_name_token,
    place_named,
    noun_positions,
    venture_first_keys,
)
from .german_works import find_german_works
from .owned_names import owned_subjects
from .round_leads import round_leaders
from .owner_nouns import owner_names, results_after
from .name_joins import e_part, e_part_names, field_tail, field_tail_before, partner_join, symbol_join
from .new_inside import new_inside
from .long_appositions import long_apposition
from .place_based import place_based_name_at
from .plant_sites import drop_sites
from .headlines import ap_headline
from .trade_heads import (
    ADJECTIVE_AFTER_OPENER, TRADE_HEADS, TRADE_OPENERS, german_trade_head, home_town_after, place_after_article,
    trade_of_the_place, trade_after_of,
)
from .still_cues import DURATION_ADVERBS, HOLDER_NOUNS, PAST_MAKING, verb_before_object
from .text import LEGAL_AFTER, Occupied, name_key
from .units import UNIT_HEADS, UNIT_NOUNS
from .vocab import CITY_ADJECTIVES, MONTHS, NATIONALITY, PLACE_NAME_HEADS, SECTOR_NOUNS, STOP, name_sectors

__all__ = ["find_named", "given_names", "outlets"]

# "Beta, a battery startup," / "Beta, the Swedish battery maker," / "Beta, la società torinese,".
_APPOSITION_ARTICLES = frozenset("a an the un una uno un' ein eine une il la le el der die das".split())
# Roles of a party in a deal or a supply: "the buyer is X", "Käufer ist X", "l'acquirente è X", "its
# first customer was X", "Erster Kunde war X", "le premier client a été X".
_PARTY_NOUNS = {
    "en": frozenset("buyer purchaser acquirer bidder owner operator winner customer client supplier".split()),
    "it": frozenset("acquirente compratore proprietario gestore vincitore aggiudicatario cliente fornitore fornitrice".split()),
    "es": frozenset("comprador adquirente propietario gestor ganador adjudicatario cliente proveedor proveedora".split()),
    "fr": frozenset("acheteur acquéreur repreneur propriétaire exploitant gagnant attributaire client fournisseur".split()),
    "de": frozenset("käufer erwerber bieter eigentümer betreiber gewinner kunde erstkunde hauptkunde abnehmer".split()),
}
# German compounds of those: "Mehrheitseigentümer", "Kraftwerksbetreiber", "Hauptaktionär", "Zulieferer".
_GERMAN_PARTY_ENDINGS = ("käufer", "erwerber", "eigentümer", "betreiber", "aktionär", "eigner", "lieferant", "lieferer")
# The copula of a party's role in the past or the future, read at its last word: "was/has been/will be",
# "è stato/sarà", "a été/sera", "fue/ha sido/será", "wurde" ("Il primo cliente è stato X")
_ROLE_COPULA = {
    "en": frozenset("been be".split()),
    "it": frozenset("stato stata fu sarà".split()),
    "es": frozenset("fue sido será".split()),
    "fr": frozenset("été fut sera".split()),
    "de": frozenset("wurde".split()),
}
# A company's division in an apposition ("Beta, son ancienne division de ..."); before a name they
# name no company ("la division Capital", a military unit).
_DIVISION_NOUNS = frozenset("division divisione división sparte unité unidad".split())
_DIVISION_WORDS = _DIVISION_NOUNS | frozenset("segment segmento bereich geschäftsbereich business brand marchio marca marque".split())
# Possessives that open an apposition as an article does: "Beta, su filial de catalizadores,",
# "Beta, son ancienne division", "Beta, its battery unit," (a company's unit is a company).
_APPOSITION_POSSESSIVES = frozenset("its su sus son sa suo sua la sua il suo seine ihre leur".split())
_DEFINITE = frozenset("the il la le el der die das".split())
# Articles skipped between an object cue and its name: "acquisition of the Beta", "Übernahme der X".
_SKIP_ARTICLES = frozenset("the la le el il lo l der die das des dem den los las les".split())
# What follows a German verb at the end of a clause: punctuation or an auxiliary.
_CLAUSE_END = frozenset(". , ; : ! ? ) sind ist hat haben wird werden wurde wurden hatte hatten".split())
# Leading words a backward walk keeps so that validation sees them (a title, "New Century").
_KEEP_LEADING = frozenset("new".split())
# Cues that name a company whatever the word looks like.
_STRONG = frozenset({"ticker", "compound", "possessive"})
_GERMAN_AUX = frozenset("hat haben hatte will wird soll sollen wollen".split())
_APOSTROPHES = frozenset("'’")


def _lines(filename: str) -> list[str]:
    text = resources.files(__package__).joinpath("data", filename).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Folded given names (``data/given_names.txt``)."""
    return frozenset(n.casefold() for n in _lines("given_names.txt"))


@lru_cache(maxsize=1)
def ambiguous_aliases() -> dict:
    """Gazetteer aliases that need context (flag ``?``: "Leonardo", "Saft", "Amazon"), exact case, to
    their entry: a positional cue here is that context ("Leonardo, tramite la controllata, fornirà",
    "Saft, filiale de TotalEnergies, livre")."""
    out = {surface: entry for surface, flag, entry in gazetteer().aliases if flag == "?"}
    # An exact-case acronym of four letters or more written as a word ("Vhit", "Yasa" for "VHIT",
    # "YASA"): the company too, where a cue says so (not a first name: "Miles", "Tim").
    given = given_names()
    for surface, flag, entry in gazetteer().aliases:
        if flag == "=" and len(surface) >= 4 and surface.isalpha() and surface.isupper():
            word = surface.capitalize()
            if word not in out and word.casefold() not in given and word.casefold() not in STOP:
                out[word] = entry
    return out


@lru_cache(maxsize=1)
def outlets() -> frozenset[str]:
    """Name keys of news outlets (``data/outlets.txt``)."""
    return frozenset(name_key(n) for n in _lines("outlets.txt"))


class _Cues(dict):
    """Multi-word cues indexed by their last word (``key in cues`` asks whether a word may end one),
    and for ``_cue_ends_at`` by their last two words: "of", "di", "de" end some twenty cues each,
    and a common word is then matched against the few that the word before it also ends."""

    def __init__(self, by_last: dict[str, tuple[tuple[str, ...], ...]]):
        super().__init__(by_last)
        #: words that are a whole cue
        self.single = frozenset(k for k, cues in by_last.items() if any(len(c) == 1 for c in cues))
        pairs: dict[tuple[str, str], list[tuple[str, ...]]] = {}
        for cues in by_last.values():
            for cue in cues:
                if len(cue) > 1:
                    pairs.setdefault((cue[-2], cue[-1]), []).append(cue)
        #: (second-to-last word, last word) -> the longer cues that end so
        self.pairs = {k: tuple(v) for k, v in pairs.items()}


@lru_cache(maxsize=8)
def _object_cues(language: str) -> _Cues:
    """Object cues of ``language`` indexed by their last word."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for cue in OBJECT_CUES.get(language, OBJECT_CUES["en"]):
        out.setdefault(cue[-1], []).append(cue)
    return _Cues({k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()})


@lru_cache(maxsize=1)
def _report_cues() -> _Cues:
    out: dict[str, list[tuple[str, ...]]] = {}
    for cue in REPORT_BEFORE:
        out.setdefault(cue[-1], []).append(cue)
    return _Cues({k: tuple(v) for k, v in out.items()})


def _title_case(tokens: list[Token]) -> bool:
    """Most words capitalised, short function words included ("Boeing To Buy Parts Maker For $1
    Billion"); the first word does not count."""
    # One pass, counting; it stops at the lower-case word that makes "80% capitalised" impossible
    # (more than a quarter of the tokens, plus one, is more than a fifth of the words).
    words = upper = small = small_upper = lower = 0
    limit = 0.25 * len(tokens) + 1
    first = True
    for t in tokens:
        word = t.text
        c = word[0]
        if not c.isalpha():
            continue
        if first:
            first = False
            continue
        words += 1
        cap = c.isupper()
        if cap:
            upper += 1
        else:
            lower += 1
            if lower > limit:
                return False
        if len(word) <= 4 and not word.isupper():
            small += 1
            small_upper += cap
    if words < 4 or small < 2:
        return False
    return upper >= 0.8 * words and small_upper >= 0.7 * small


@lru_cache(maxsize=8)
def _interesting(language: str) -> frozenset[str]:
    """Every token key that may start some cue in ``language`` (suffix cues aside)."""
    lang = language if language in SUBJECT_VERBS else "en"
    keys = set(SUBJECT_VERBS[lang]) | set(_object_cues(lang)) | set(_report_cues()) | set(REPORT_AFTER)
    keys |= NAME_NOUNS[lang] | HYPHEN_HEADS | DEAL_PREPOSITIONS[lang] | _GERMAN_AUX
    keys |= {"(", ","} | set(_APOSTROPHES)
    return frozenset(keys)


_END = attrgetter("end")
_START = attrgetter("start")

# What a word may cue in ``_Finder.cues``, per language: 0 for a word that cues nothing. A cue
# below runs only where its flag is set, and each flag is implied by the cue's own condition on the
# word, so skipping the others changes nothing.
_F_REPORT, _F_REPORT_AFTER, _F_WORD = 1, 2, 4
_F_OTHER = 8  # apostrophes, hyphen heads, "(" and ",": their cues test the token themselves
_CUE_FLAGS: dict[str, dict[str, int]] = {}


def _cue_flags(key: str, verbs, objects, reports, deal_preps, name_nouns, german: bool, english: bool) -> int:
    flags = 0
    if key in reports:
        flags |= _F_REPORT
    if key in REPORT_AFTER:
        flags |= _F_REPORT_AFTER
    # the cues that need the word as a word: subject verbs (German auxiliaries after a
    # participle), object cues, name nouns, deal prepositions
    if (key in verbs or key in _GERMAN_AUX or key in objects or key in name_nouns or key in deal_preps
            or (english and key.endswith("maker")) or (german and key.endswith(GERMAN_NAME_NOUN_ENDINGS))):
        flags |= _F_WORD
    if key in _APOSTROPHES or key in HYPHEN_HEADS or key in ("(", ","):
        flags |= _F_OTHER
    return flags


@lru_cache(maxsize=8)
def _deal_regex(language: str) -> re.Pattern:
    stems = DEAL_STEMS.get(language, DEAL_STEMS["en"])
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(x) for x in stems) + ")", re.IGNORECASE)


def _german_common(tok: Token) -> bool:
    """A German common noun by its ending ("Regierung", "Produktion"); acronyms never are."""
    return not tok.text.isupper() and tok.key.endswith(GERMAN_NOUN_ENDINGS)


def _shaped(tok: Token) -> bool:
    """Shaped like a name rather than a German noun: an acronym, CamelCase or with digits ("VNG",
    "PowerCo", "A2A"). German capitalises every noun, so "Konkurrenz-Unternehmen" proves nothing."""
    t = tok.text
    return (len(t) > 1 and t.isupper()) or any(c.isdigit() for c in t) or any(c.isupper() for c in t[1:])


def _german_head(tok: Token) -> bool:
    """A German compound head about a company ("Mutter", "Konzernchef"): never inside a name."""
    return not tok.text.isupper() and tok.key.endswith(GERMAN_HEADS)


def _fronted(tok: Token) -> bool:
    """The word before a German verb ends a fronted phrase (time word, adverb, number), so the
    subject follows the verb; after a name the verb's subject is that name."""
    c = tok.text[0]
    return c.islower() or c.isdigit() or tok.key in STOP or tok.key in SENTENCE_STARTERS


# German articles are no name connectors ("übernimmt Beta den Zulieferer"); "von"/"de" still are.
_GERMAN_CONNECTORS = frozenset(CONNECTORS - {"der", "den", "des", "la", "le", "du", "of"})


_GERMAN_ROLE_ENDINGS = ("minister", "ministerin", "präsident", "präsidentin", "chef", "chefin", "direktor",
                        "direktorin", "sprecher", "sprecherin", "vorsitzender", "vorsitzende", "kanzler", "kanzlerin")


_COMPASS = frozenset("north south east west northern southern eastern western central".split())
# first parts of compound nationalities: "Anglo-Australian", "Franco-Italian", "Sino-German"
_NATION_PREFIXES = frozenset("anglo franco sino italo german germano hispano luso euro swiss russo indo afro".split())


def _nationality_word(key: str) -> bool:
    """A nationality, plain or compound ("korean", "anglo-australian", "franco-italien", "sud-coréen")."""
    if key in NATIONALITY:
        return True
    parts = key.split("-")
    return len(parts) > 1 and all(p in NATIONALITY or p in _NATION_PREFIXES or p in _COMPASS or p in ("sud", "nord")
                                  for p in parts) and parts[-1] in NATIONALITY


def _is_role(tok: Token, language: str) -> bool:
    return tok.key in ROLE_NOUNS or (language == "de" and tok.key.endswith(_GERMAN_ROLE_ENDINGS))


def _cue_ends_at(tokens: list[Token], idx: int, cues: _Cues) -> bool:
    """Does a multi-word cue end at tokens[idx]?"""
    key = tokens[idx].key
    if key in cues.single:
        return True
    if idx == 0:
        return False
    for cue in cues.pairs.get((tokens[idx - 1].key, key), ()):
        n = len(cue)
        if idx + 1 >= n and all(tokens[idx - n + 1 + i].key == cue[i] for i in range(n - 2)):
            return True
    return False


def _bare_apposition(tokens: list[Token], idx: int, lang: str) -> bool:
    """After the comma at ``tokens[idx]``, a Romance apposition without article whose noun says "a
    company" (``_BARE_APPOSITION``), perhaps after one adjective, then a lower-case word: "Beta, azienda
    specializzata in ...", "Beta, storica azienda di ...", "Beta, empresa líder en ...", "Beta, société
    fondée en 2019"."""
    nouns = _BARE_APPOSITION.get(lang)
    if not nouns:
        return False
    p = idx + 1
    if tokens[p].key not in nouns and tokens[p].text[0].islower() and tokens[p].key not in STOP:
        p += 1  # one adjective before the noun: "storica azienda", "joven empresa"
    return p + 1 < len(tokens) and tokens[p].key in nouns and tokens[p].text[0].islower() \
        and tokens[p + 1].text[0].islower()


def _venture_of(tokens: list[Token], p: int, ventures: frozenset[str], german: bool) -> bool:
    """A joint company's noun at ``tokens[p]`` with its owners after "of" ("the joint venture of",
    "la coentreprise de", "la empresa conjunta de", "das Gemeinschaftsunternehmen von"): the name before
    such an apposition is the venture, even one word opening the sentence, where "Velmora, la ..." may
    as well be a new clause."""
    n = len(tokens)
    if p >= n - 1 or tokens[p].key not in ventures or not (german or tokens[p].text[0].islower()):
        return False
    q = p + 1 if tokens[p + 1].key in _OF or not tokens[p + 1].text[0].islower() else p + 2
    return q < n and tokens[q].key in _OF


def _possessive_head(tokens: list[Token], p: int) -> bool:
    """Is ``tokens[p]`` a company's possession (``POSSESSIVE_HEADS``), or one after at most two
    lower-case words that are no function words ("first acquisition", "new battery plant"; not "Let's
    start with the plant")?"""
    for t in tokens[p : p + 3]:
        if t.key in POSSESSIVE_HEADS:
            return True
        if not t.text[0].islower() or t.key in _FUNCTION_WORDS:
            return False
    return False


# Women's titles of the role nouns ("la ministra Arrizabal", "la presidenta", "la direttrice").
_FEMININE_ROLES = frozenset("ministra presidenta directora direttrice directrice".split())
_FUNCTION_WORDS = frozenset("the a an and or to of for with in on at by from as that which who it its this these".split())


def _before_apposition(tokens, j: int) -> int:
    """``tokens[j]`` is a comma right before a verb: the token before the comma that opens an
    apposition of lower-case words (at most 20, no name, no other comma), or ``j`` itself."""
    k = j - 1
    while k >= 0 and j - k <= 20:
        t = tokens[k].text
        if t == ",":
            return k - 1 if k > 0 and j - k > 1 else j
        if not (t[0].islower() or t[0].isdigit() or t in ("'", "’")):
            return j
        k -= 1
    return j


# a reflexive pronoun right before a subject cue stands between it and its subject ("X si rifornirà
# da Y", "X se fournira chez Y")
_REFLEXIVE = frozenset(("si", "se"))


class _Finder:
    """One document's state: what is taken, which words it writes in lower case, whose surnames."""

    def __init__(self, text: str, sentence_tokens, language: str, existing: list[Mention]):
        self.text, self.language = text, language
        self.sentence_tokens = sentence_tokens
        self.connectors = _GERMAN_CONNECTORS if language == "de" else CONNECTORS
        self.name_nouns = NAME_NOUNS.get(language, NAME_NOUNS["en"])
        self.existing = existing
        self.occupied = Occupied(len(text), ((m.start, m.end) for m in existing))
        self.taken = self.occupied.overlaps
        given = given_names()
        self.lower_words: set[str] = set()
        self.surnames: set[str] = set()
        self.common_nouns: set[str] = set()  # German words the text puts after an article
        german = language == "de"
        for _i, _s, _e, tokens in sentence_tokens:
            for k, tok in enumerate(tokens):
                c = tok.text[0]
                if c.islower():
                    self.lower_words.add(tok.key)
                    if german and tok.key in DETERMINERS and k + 1 < len(tokens):
                        self.common_nouns.add(tokens[k + 1].key)
                elif tok.key in given:
                    # "Elon Musk ... Musk said": the later surname alone is the person too.
                    for nxt in tokens[k + 1 : k + 3]:
                        if not nxt.text[0].isupper():
                            break
                        self.surnames.add(nxt.key)
        # where known companies start ("liefert LG": a company right after a verb; "übernimmt
        # US-Unternehmen": a place is not)
        self.company_starts = {m.start for m in existing if m.label == "COMPANY"}
        # where carmakers' names end: a name right after one is a model ("the Ford Mustang", "Kia's EV9")
        self.carmaker_ends = {m.end for m in existing if m.label == "COMPANY" and "carmaker" in (m.attrs.get("sectors") or ())}
        # one-word countries and regions found as places: they may end a company name ("Helvetia Österreich",
        # "Ecometal Piemonte": a firm of a region, as Italian names local utilities and recyclers)
        # (not German regions: "die Provinz Ontario", "das Land Sachsen" are a noun and its place)
        tails = ("country",) if language == "de" else ("country", "region")
        self.countries = {m.start for m in existing if m.label == "PLACE" and m.attrs.get("kind") in tails
                          and m.text.isalpha()}
        self.reported: set[str] = set()  # names used as a report's source: outlets
        self.place_parts = place_parts(text)  # "Vanlay" of "Vanlay-lez-Brême"
        self.found: list[Mention] = []
        self._titles: dict[int, bool] = {}
        self.names: dict[tuple[str, ...], str] = {}  # token keys of accepted names -> canonical

    def title(self, tokens: list[Token]) -> bool:
        """``_title_case`` of a sentence's tokens, worked out once per sentence."""
        key = id(tokens)
        if key not in self._titles:
            self._titles[key] = _title_case(tokens)
        return self._titles[key]

    # -- name spans ---------------------------------------------------------------------------

    def _name_ok(self, tok: Token) -> bool:
        return is_name_token(tok) and not (self.language == "de" and _german_head(tok))

    def walk_back(self, tokens: list[Token], j: int) -> list[Token]:
        name: list[Token] = []
        if _acronym_in_parentheses(tokens, j):
            j -= 3  # "Industrias Velmora (IVE), una empresa familiar": the name before its initials
        k = j
        if 0 < k and tokens[k].start in self.countries and tokens[k].start - tokens[k - 1].end == 1 \
                and is_name_token(tokens[k - 1]) and not self.taken(tokens[k - 1].start, tokens[k - 1].end):
            name.append(tokens[k])  # "Telefónica Deutschland erwartet": a country ends the name
            k -= 1
        while k >= 0 and len(name) < MAX_NAME:
            tok = tokens[k]
            if self.taken(tok.start, tok.end) or (name and (name[0].start - tok.end > 1 or self.text[tok.end] == "\n")):
                break
            if not name and k >= 2 and e_part(self.text, tokens, k - 1) and not self.taken(tokens[k - 2].start, tokens[k - 2].end) \
                    and self._name_ok(tokens[k - 2]):
                name[:0] = tokens[k - 1 : k + 1]  # "Brennwald E-mobility, a unit of": the walk starts lower-case
                k -= 2
                continue
            if name and name[0] is tokens[k + 1] and (e_part(self.text, tokens, k) or partner_join(tokens, k)
                                                      or symbol_join(tokens, k) or field_tail_before(self.text, tokens, k, name)) \
                    and self._name_ok(tokens[k - 1]) and not self.taken(tokens[k - 1].start, tokens[k - 1].end):
                # "Kelvin e-Drive", "Bianchi e Figli", "Twigg Exploration and Mining": the part goes on to the word before
                name.insert(0, tok)
                k -= 1
                continue
            amp = k + 1 < len(tokens) and tokens[k + 1].text == "&" and tokens[k + 1].start == tok.end
            if name and not amp and ((tok.key in STOP and tok.key not in CONTINUE) or tok.key in SENTENCE_STARTERS):
                # "Echo Smart Speakers To Be ..." in a title-case headline; "The Quorvane": the
                # leading word is trimmed anyway
                if new_inside(tokens, k):
                    name.insert(0, tok)  # "Jiangsu Tianrui New Energy": "New" inside a name goes on
                    k -= 1
                    continue
                if tok.key in _KEEP_LEADING:
                    name.insert(0, tok)
                break
            if self._name_ok(tok) and not (name and tok.key in _LEGAL_WORDS):
                name.insert(0, tok)
            elif tok.key in self.connectors and name and k > 0 and self._name_ok(tokens[k - 1]):
                name.insert(0, tok)
            else:
                break
            k -= 1
        return name

    def walk_forward(self, tokens: list[Token], k: int, sent_end: int) -> list[Token]:
        name: list[Token] = []
        if k + 1 < len(tokens) and tokens[k].text == "#" and tokens[k + 1].start == tokens[k].end:
            k += 1  # "Übernahme von #Beta": a hashtag
        while k < len(tokens) and len(name) < MAX_NAME:
            tok = tokens[k]
            if name and tok.start in self.countries and tok.start - name[-1].end == 1:
                name.append(tok)  # "durch Telefónica Deutschland": a country ends the name
                break
            if self.taken(tok.start, tok.end) or (name and (tok.start - name[-1].end > 1 or self.text[name[-1].end] == "\n")):
                break
            if name and tok.text in LEGAL_FIRST and LEGAL_AFTER.match(self.text, tokens[k - 1].end, sent_end):
                break  # the legal form joins the span, not the name
            if name and (e_part(self.text, tokens, k) or partner_join(tokens, k) or symbol_join(tokens, k)) \
                    and not self.taken(tokens[k + 1].start, tokens[k + 1].end):
                name.extend((tok, tokens[k + 1]))  # "Kelvin e-Drive", "Bianchi e Figli", "K+S": one name
                k += 2
                continue
            trades = field_tail(self.text, tokens, k) if name else None
            if trades is not None and not any(self.taken(t.start, t.end) for t in tokens[k + 1 : trades]):
                name.extend(tokens[k:trades])  # "Twigg Exploration and Mining": trades after "and" are the name's
                k = trades
                continue
            if self._name_ok(tok) and (not name or (tok.key not in STOP or tok.key in CONTINUE or new_inside(tokens, k))
                                       and tok.key not in SENTENCE_STARTERS):
                name.append(tok)
            elif tok.key in self.connectors and name and k + 1 < len(tokens) and self._name_ok(tokens[k + 1]) and not (
                    self.language == "de" and tok.key == "von" and name[-1].key not in given_names()):
                # (German "von" joins a person's name, "Heinrich von Valois", not a company's: "die
                # Zellen für Wendix von Drevin" names two)
                if home_town_after(name, tok, tokens[k + 1]):
                    break  # "la Meridiana Carrelli di Nola": the company and its home town
                name.append(tok)
            else:
                break
            k += 1
        return name

    def _after_carmaker(self, start: int) -> bool:
        """Does a carmaker's name end right before ``start``, with a space or a possessive between
        ("the Ford Mustang", "Kia's EV9", "Tesla’s Cybertruck")?"""
        gap = self.text[max(0, start - 3) : start]
        for cut in (1, 3):
            if gap[-cut:] in (" ", "'s ", "’s ") and start - cut in self.carmaker_ends:
                return True
        return False

    @staticmethod
    def _after_system_noun(tokens: list[Token], first: Token) -> bool:
        """Is the name's first token right after a lower-case product noun ("sistema", "platform")?"""
        i = tokens.index(first)
        if i == 0:
            return False
        prev = tokens[i - 1]
        return prev.key in _SYSTEM_NOUNS and prev.text[:1].islower()

    def validate(self, tokens: list[Token], name: list[Token], cue: str = "") -> list[Token] | None:
        """The name without leading function words, or None when it is no company."""
        pl = places()
        while name and (name[0].key in STOP or self._nationality(tokens, name[0]) or name[0].key in SENTENCE_STARTERS
                        or name[0].text == "&" or (pl.get(name[0].text) is not None and not place_named(name))):
            if len(name) > 1 and name[1].text == "&" and name[1].start == name[0].end:
                break  # "AT&T", "S&P": the first part is no preposition
            if name[0].key == "new" and len(name) > 1 and tokens.index(name[0]) > 0:
                break  # "New Century Bancorp" mid-sentence; a sentence-initial "New" is the adjective
            name = name[1:]
        while name and (name[-1].key in self.connectors or name[-1].text == "&"):
            name = name[:-1]
        for i, t in enumerate(name[:-1]):
            if _is_role(t, self.language) and name[i + 1].key not in self.connectors and name[i + 1].text[0].isupper():
                return None  # "Bundeswirtschaftsminister Sigmar Gabriel", "CEO Ingrid Solberg": a person
        if self.language == "de":
            while name and name[0].key in DETERMINERS:
                name = name[1:]  # "Alle Objekte"
        name = cut_at_roles(name, self.language)
        if len(name) > 2 and name[-1].key in _BUSINESS_WORDS and _city_adjective(name[0], self.language):
            name = name[1:]  # "die Magdeburger Elbe Recycling Technologies": where the company sits, then its name
        # "Oldenburger Energieversorger EWE": the descriptor and what precedes it are no name.
        # ("National Bank of Valdora", "Banco de Crédito Social": a noun before "of" heads the name itself)
        cut = max((i for i, t in enumerate(name[:-1]) if self._name_noun(t) and not (i == 0 and self._opens_name(tokens, t))
                   and name[i + 1].key not in self.connectors),
                  default=-1)
        name = name[cut + 1 :]
        if name and self._name_noun(name[-1]) and all(t.key in CITY_ADJECTIVES or t.key in NATIONALITY
                                                       for t in name[:-1]):
            return None  # "Stuttgarter Zulieferer meldet ...", a headline without article: a description
        if len(name) == 2 and self.language == "de" and _city_adjective(name[0], "de") and _agent_noun(name[1]) \
                and self._name_noun(name[1]):
            return None  # "liefert an Zürcher Entsorger", "Grazer Spediteur": a firm of a trade from a town

        if name and all(w in _COMPASS or _nationality_word(w)
                        for w in self.text[name[0].start : name[-1].end].casefold().split()):
            return None  # "South Korean and Chinese suppliers", "the Anglo-Australian miner": where from
        # A given name inside: a byline or a person ("Beta von Maria Rossi", "Maria Rossi").
        given = given_names()
        for i, t in enumerate(name):
            nxt = name[i + 1] if i + 1 < len(name) else None
            if nxt is not None and nxt.key in self.connectors and i + 2 < len(name):
                nxt = name[i + 2]  # "Catherine von Valois"
            if t.key in given and nxt is not None and nxt.text[0].isupper():
                if i == 0 or name[i - 1].key not in self.connectors:
                    return None
                name = name[: i - 1]
                break
        if not name or not any(c.isalpha() for c in name[0].text):
            return None
        if name[0].key in _PRODUCT_WORDS:
            return None  # "Model Y", "Modell 3": a car model
        if (name[0].key in MODEL_NAMES or self._after_carmaker(name[0].start)) and not any(
                t.key in _BUSINESS_WORDS for t in name[1:]):
            return None  # "Defender", "Cinquecento", "the Ford Mustang Mach-E", "Kia's EV9": a car model
        if self._after_system_noun(tokens, name[0]):
            return None  # "il sistema Cyber Tyre", "the technology Kestrel Sense": a product's name
        if len(name) > 1 and all(t.key in _BUSINESS_WORDS for t in name):
            return None  # "la division Battery Materials", "Energy Solutions": a line of business
        if len(name) > 1 and len(name[0].text) == 1 and name[0].text.isalpha() and name[1].text[0].isupper():
            return None  # "N Chandrasekaran": an initial and a surname
        keys = [t.key for t in name]
        if keys[-1] in _PUBLICATION_WORDS:
            return None  # "Das Manager Magazin hatte berichtet", "Korea Economic Daily": a newspaper
        if len(name) == 1 and self._opening_participle(tokens, name[0]):
            return None
        if len(name) == 1 and (keys[0] in _PARTY_NOUNS.get(self.language, ()) or (
                self.language == "de" and keys[0].endswith(_GERMAN_PARTY_ENDINGS))):
            return None  # "Käufer ist der Finanzinvestor ...": the role, not its holder
        if self.language == "de" and len(name) == 1 and _fronted_participle(tokens, name[0]):
            return None  # "Genannt wird der Konzern ...", "Vereinbart wurde ...": a fronted participle
        # A geographic word inside a name that ends in a business word is the company's own ("Meridian
        # Bay Capital", "Silver Lake Partners", "Hudson Bay Mining"); alone or last it is the place.
        geo_ok = len(keys) > 1 and keys[-1] in _BUSINESS_WORDS and keys[-1] not in GEO_WORDS
        if any(k in FURNITURE or k in INSTITUTION_WORDS or (k in GEO_WORDS and not geo_ok) for k in keys) or all(
                k in STOP or k in NOT_COMPANIES for k in keys):
            return None
        one = len(name) == 1
        if one and (len(name[0].text) < 2 or keys[0] in self.surnames or keys[0] in _LEGAL_WORDS
                    or name[0].text in LEGAL_FIRST):
            return None
        # A capitalised word the document also writes in lower case is a common word ("Analysts").
        if one and keys[0] in self.lower_words and not name[0].text.isupper():
            return None
        surface = self.text[name[0].start : name[-1].end]
        if pl.get(surface) is not None or name_key(surface) in outlets() or name_key(surface) in self.reported:
            return None
        if self._outlet_with_article(tokens, name) or (one and keys[0] in self.place_parts):
            return None
        if gazetteer().entry(surface) is not None and surface not in ambiguous_aliases():
            return None  # a known alias the gazetteer pass left out on purpose ("ST" without "STMicro")
        if one and keys[0] in given and surface not in ambiguous_aliases():
            return None  # a first name alone, unless a known company is so named ("Leonardo", "Lincoln")
        i = tokens.index(name[0])
        before = tokens[i - 1] if i > 0 else None
        if (i > 1 and before.key in _SITE_OF and tokens[i - 2].key in _PLANT_NOUNS and tokens[i - 2].text[0].islower()
                and towns().get(name_key(surface)) is not None):
            return None  # "la planta de General Güemes", "lo stabilimento di Melfi", "the plant of Kulim": the site
        if before is not None and i > 1 and before.key in _OF_WORDS and tokens[i - 2].key in INSTITUTION_WORDS:
            return None  # "el ministerio de Industria", "il ministero delle Imprese", "the Department of Energy"
        if before is not None and len(name) <= 2 and (before.key in ROLE_NOUNS or before.key in _FEMININE_ROLES) \
                and before.text.islower():
            return None  # "il ministro Urso ha incontrato", "minister Lind said": a person's role before the name
        if name[0].key in TITLES or (before is not None and (before.key in TITLES or (
                before.text == "." and i > 1 and tokens[i - 2].key in TITLES))):
            return None
        press = tokens[i - 2] if before is not None and i > 1 and before.text[0].islower() and (
            before.key.endswith(_ADJECTIVE_ENDINGS)) else before
        if press is not None and press.text[0].islower() and (press.key in _PUBLICATION_WORDS or press.key in _PRESS_NOUNS):
            return None  # "il quotidiano economico Maeil Business", "el diario Reforma": a newspaper
        if before is not None and before.key in _FAMILY_NOUNS.get(self.language, ()):
            return None  # "la holding della famiglia Agnelli": a family, whose holding is the company
        if before is not None and before.key in _ORIGIN_OF.get(self.language, ()) and i > 1 and tokens[i - 2].text == ",":
            return None  # "Raffmetal, di Casto, che ...": where the company is from
        if self.language == "de" and one and cue not in _STRONG and not _shaped(name[0]) and (
                keys[0].endswith("en") or keys[0] in self.common_nouns):
            # "Preisen", "Transitrouten": German plurals; "die Hälfte" elsewhere in the text: a noun
            return None
        if self.language == "de" and one and not _shaped(name[0]) and (
                keys[0] in _GERMAN_DESCRIPTORS or keys[0].endswith(GERMAN_NAME_NOUN_ENDINGS)):
            return None  # "Der chinesische Batteriehersteller baut": a description, not a name
        if self.language == "de" and one and cue not in _STRONG and not _shaped(name[0]) and any(
                keys[0].endswith(e) and len(keys[0]) > len(e) + 2 for e in _GERMAN_POWER_ENDINGS):
            return None  # "kauft Windstrom und Wasserkraft", "das Kraftwerk": power and plants, no names
        if self.language == "de" and one and not _shaped(name[0]) and before is not None and before.key in _DE_CONTRACTIONS:
            return None  # "laufen vom Band", "zum Start", "beim Umbau": a preposition fused with an article before a noun
        if self.language == "de" and (_german_common(name[0]) or name[0].key in GERMAN_NOUNS or (
                cue != "compound" and before is not None and before.key in DETERMINERS
                and not (cue == "head" and len(name) > 1 and self._not_common(name[0], article=False)
                         and name[0].key not in CITY_ADJECTIVES and name[0].key not in NATIONALITY))):
            # (a name ending in "Holding", "Capital" takes an article: "die Korvent Holding übernimmt")
            # "die Regierung", "ein Zulieferer", "Produktion": common nouns ("die VNG-Mutter": the
            # article belongs to the compound, not to the name)
            return None
        return name

    def _opens_name(self, tokens: list[Token], tok: Token) -> bool:
        """A descriptor noun capitalised mid-sentence after a lower-case word opens a name ("controlled by
        Fund Nordvik Energy", "propiedad de Fondo Ibérico"); German capitalises every noun."""
        i = tokens.index(tok)
        return self.language != "de" and tok.text[0].isupper() and tok.key not in _GROUP_OPENERS and i > 0 \
            and tokens[i - 1].text.isalpha() \
            and tokens[i - 1].text[0].islower() and not self.title(tokens)

    def _opening_participle(self, tokens: list[Token], tok: Token) -> bool:
        """A participle that opens the sentence before a comma: "Interpellata, la società ...",
        "Consultada, la empresa ...", "Interrogé, le groupe ..." (the company follows)."""
        i = tokens.index(tok)
        ending = _PARTICIPLE_ENDINGS.get(self.language)
        return i == 0 and i + 1 < len(tokens) and tokens[i + 1].text == "," and ending is not None \
            and ending.search(tok.key) is not None

    def company_at(self, tok: Token) -> bool:
        return tok.start in self.company_starts or any(m.start == tok.start for m in self.found[-3:])

    def _nationality(self, tokens: list[Token], tok: Token) -> bool:
        """A nationality adjective before a name ("German Belmark"); capitalised mid-sentence outside
        English it is part of the name ("Deutsche Bahn", "Française des Jeux")."""
        if tok.key not in NATIONALITY:
            return False
        return self.language == "en" or tok.text[0].islower() or tokens.index(tok) == 0

    # -- accepting ----------------------------------------------------------------------------

    def accept(self, tokens, name, s_index, sent_end, cue: str, canonical: str | None = None) -> bool:
        name = self.validate(tokens, name, cue) if name else None
        if not name:
            return False
        i = tokens.index(name[0])
        if i > 0:
            before = tokens[i - 1]
            if cue == "subject" and before.key in _PLACE_PREPOSITIONS:
                return False  # "the plant in Renton delivers": a place
            if cue == "subject" and self.language == "de" and len(name) == 1 and _oblique_noun(tokens, i):
                return False  # "Den Strom für den energieintensiven Betrieb soll ...": no subject after "den"
            if len(name) == 1 and i > 1 and before.key in _OF and tokens[i - 2].key in _COLLECTIVE_HEADS:
                return False  # "il gruppo di Yongin fornisce", "le groupe de Wolfsbourg": the group's home town
            if before.text[0].isupper() and name[0].start - before.end <= 1 and self.taken(before.start, before.end):
                # "Solvay Pharmaceuticals" after a known "Solvay", "CDP Venture Capital": the rest of a
                # name, not a company of its own
                return False
        k = tokens.index(name[-1]) + 1
        if self.language == "en" and len(name) == 1 and i > 0 and tokens[i - 1].key in ("the", "a", "an") \
                and name[0].key.endswith(("an", "ese", "ish")) and k < len(tokens) and tokens[k].text[0].islower() \
                and any(self._name_noun(t) or t.key in ("start", "start-up", "startup", "firm", "company", "group") for t in tokens[k : k + 3]):
            return False  # "the Californian electric-vehicle maker", "a Texan start-up": a demonym
        if k + 1 < len(tokens) and self._name_noun(tokens[k]) and is_name_token(tokens[k + 1]):
            return False  # "Adderall maker Shire": the first name says what the company makes
        start, end = name[0].start, name[-1].end
        if self.text[max(0, start - 2) : start] in ("e-", "E-") and (start < 3 or not self.text[start - 3].isalnum()):
            start -= 2  # "e-Transmissions Assembly", "E-Mobility Partners": the prefix is part of the name
        legal = LEGAL_AFTER.match(self.text, end)
        if legal and legal.end() <= sent_end:
            end = legal.end()
        country = len(name) > 1 and name[-1].start in self.countries
        if self.taken(start, name[-2].end if country else end):
            return False
        surface = " ".join(self.text[start : name[-1].end].split())
        entry = ambiguous_aliases().get(surface)
        if entry is not None:
            if cue == "subject" and self.language == "en" and k < len(tokens) and tokens[k].key.endswith("s") \
                    and tokens[k].key not in ("has", "was") and not verb_before_object(tokens, k):
                return False  # "Smart plans", "Total sales": an English verb in -s is as often a plural noun
            # an ambiguous known name where a cue vouches for it: the known company
            canonical = entry.name
            self.found.append(Mention(
                start=start, end=end, text=self.text[start:end], label="COMPANY", canonical=canonical,
                sentence=s_index, source="gazetteer",
                attrs={"known": True, "sectors": list(entry.sectors), "country": entry.country, "cue": cue},
            ))
            self.occupied.add(start, end)
            self.names.setdefault(tuple(t.key for t in name), canonical)
            return True
        canonical = canonical or surface
        self.found.append(Mention(
            start=start, end=end, text=self.text[start:end], label="COMPANY", canonical=canonical,
            sentence=s_index, source="pattern", attrs={"known": False, "sectors": name_sectors(canonical), "cue": cue},
        ))
        self.occupied.add(start, end)
        self.names.setdefault(tuple(t.key for t in name), canonical)
        return True

    def _long_apposition_noun(self, tok: Token) -> bool:
        """The noun of a long English apposition: a company noun, not a brand, a business line or a
        group ("an industry group", "a pressure group" are associations)."""
        return tok.text[0].islower() and tok.key not in _NOT_APPOSITION_HEADS and (
            tok.key in _sector_heads(self.language) or self._name_noun(tok))

    def _name_noun(self, tok: Token) -> bool:
        """A noun that introduces a company name after it: "maker", "rival", "Energieversorger"."""
        key = tok.key
        if key in self.name_nouns:
            return True
        if self.language == "en":
            return key.endswith("maker")
        return self.language == "de" and tok.text[0].isupper() and key.endswith(GERMAN_NAME_NOUN_ENDINGS)

    def block_outlet(self, name: list[Token]) -> None:
        if name:
            self.reported.add(name_key(self.text[name[0].start : name[-1].end]))

    # -- passes -------------------------------------------------------------------------------

    def cues(self) -> None:
        lang = self.language
        verbs = SUBJECT_VERBS.get(lang, SUBJECT_VERBS["en"])
        objects = _object_cues(lang)
        reports = _report_cues()
        deal_preps = DEAL_PREPOSITIONS.get(lang, DEAL_PREPOSITIONS["en"])
        text = self.text
        interesting = _interesting(lang)
        deal_regex = _deal_regex(lang)
        german = lang == "de"
        english = lang == "en"
        name_nouns = self.name_nouns
        # What each word may cue, worked out once per word and language (see _cue_flags).
        flags_of = _CUE_FLAGS.setdefault(lang, {})
        if len(flags_of) > 200_000:
            flags_of.clear()

        def cue_flags(key: str) -> int:
            if key not in interesting and not ((german and key.endswith(GERMAN_NAME_NOUN_ENDINGS)) or key.endswith("maker")):
                flags = 0
            else:
                flags = _cue_flags(key, verbs, objects, reports, deal_preps, name_nouns, german, english)
            flags_of[key] = flags
            return flags

        # a joint company's noun in an apposition names the company before it as a descriptor does:
        # "Innoplate, la coentreprise que ...", "Iberia Charge, una sociedad conjunta", "X, the joint venture"
        ventures = venture_first_keys(lang)
        for s_index, s_start, sent_end, tokens in self.sentence_tokens:
            n = len(tokens)
            nouns = None
            participle = german and any(t.key in GERMAN_PARTICIPLES for t in tokens)
            deal = None  # worked out at the first deal preposition
            # In a title-case headline every word is capitalised: a name walked forward from a cue
            # has no end there ("Buys Celgene Tumbled"), so only backward walks are tried there.
            headline = None  # worked out on the first forward walk
            for idx, tok in enumerate(tokens):
                key = tok.key
                # Most tokens cue nothing: one dict lookup skips them.
                flags = flags_of.get(key)
                if flags is None:
                    flags = cue_flags(key)
                if not flags:
                    continue

                # Report sources first, so an outlet is never taken as a party below.
                if flags & _F_REPORT and key in reports and _cue_ends_at(tokens, idx, reports) and idx + 1 < n:
                    self.block_outlet(self.validate_quiet(tokens, self.walk_forward(tokens, idx + 1, sent_end)))
                if flags & _F_REPORT_AFTER and key in REPORT_AFTER and idx > 0 and tokens[idx - 1].text[0] not in ",." \
                        and not (english and results_after(tokens, idx)):  # "Beta reported a net loss": a company
                    self.block_outlet(self.validate_quiet(tokens, self.walk_back(tokens, idx - 1)))
                # A cue word capitalised mid-sentence is part of a name or a title ("offering
                # Medical Supplies to ..."), not the verb or noun it spells; except in a title-case
                # headline, where every word is capitalised. (Only asked of the words the next five
                # cues may start with: the others, commas and apostrophes, need no answer.)
                # (an elided cue ends in its apostrophe: "aux côtés d'", "l'acquisition d'")
                word = bool(flags & _F_WORD) and (tok.text[0].islower() or tok.text in _APOSTROPHES or idx == 0 or bool(
                    headline := self.title(tokens) if headline is None else headline))
                # an English headline in AP style ("Tormund Closes Acquisition of Quillmark"): its
                # capitalised verb has its subject before it (only that backward walk: see ap_headline)
                verb_word = word or (english and key in verbs and bool(flags & _F_WORD) and ap_headline(tokens, verbs))
                if verb_word and (key in verbs or (participle and key in _GERMAN_AUX)):
                    j = idx - 1
                    passive = key in _PASSIVE_VERBS and idx + 1 < n and tokens[idx + 1].key in _PASSIVE_AFTER
                    while j >= 0 and (tokens[j].key in AUX or tokens[j].key in DURATION_ADVERBS or (passive and tokens[j].key in _BE)
                                      or (idx - j == 1 and tokens[j].key in _REFLEXIVE)) and idx - j <= 3:
                        j -= 1
                    # German verb second: "Künftig liefert LG ...": with a company right after the
                    # verb, the word before it is a fronted phrase, not the subject.
                    inverted = german and idx + 1 < n and self.company_at(tokens[idx + 1])
                    # A German verb at the end of its clause ("..., da es in Berlin Elektrolyseure
                    # fertigt.", "zur Hälfte beteiligt sind") follows its object, not its subject.
                    final = german and key in verbs and (idx + 1 >= n or tokens[idx + 1].key in _CLAUSE_END)
                    if j > 0 and tokens[j].text == "," and not german:
                        j = _before_apposition(tokens, j)  # "X, settanta dipendenti e una lunga storia, ha firmato"
                    if j >= 0 and not inverted and not final:
                        self.accept(tokens, self.walk_back(tokens, j), s_index, sent_end, "subject")
                    if lang == "de" and key in verbs and 0 < idx < n - 1 and _fronted(tokens[idx - 1]):
                        # Verb second after a fronted phrase: "Am Montag teilte Siemens mit".
                        self.accept(tokens, self.walk_forward(tokens, idx + 1, sent_end), s_index, sent_end, "subject")
                if word and key in objects and idx + 1 < n and _cue_ends_at(tokens, idx, objects):
                    k = idx + 1
                    if tokens[k].key in _SKIP_ARTICLES and k + 1 < n:
                        k += 1
                    if not (headline := self.title(tokens) if headline is None else headline):
                        self.accept(tokens, self.walk_forward(tokens, k, sent_end), s_index, sent_end, "object")
                if (word or german) and idx + 1 < n and (  # self._name_noun(tok), inlined
                        key in name_nouns or (english and key.endswith("maker")) or (
                            german and tok.text[0].isupper() and key.endswith(GERMAN_NAME_NOUN_ENDINGS))) \
                        and not self.taken(tok.start, tok.end):
                    # "helicopter maker Sikorsky", "its parent, Everest Re", "der Energieversorger EWE"
                    k = idx + 2 if tokens[idx + 1].text == "," and idx + 2 < n else idx + 1
                    if k + 1 < n and tokens[k].key in NATIONALITY and tokens[k].text[0].islower():
                        k += 1  # "l'operatore olandese TenneT", "el fondo estadounidense Beta"
                    if not (headline := self.title(tokens) if headline is None else headline):
                        self.accept(tokens, self.walk_forward(tokens, k, sent_end), s_index, sent_end, "noun")
                if word and key in deal_preps and deal is None:
                    # a deal word as a word, not inside a capitalised name ("Medical Supplies")
                    deal = any(german or text[d.start()].islower() or d.start() == s_start
                               for d in deal_regex.finditer(text, s_start, sent_end))
                if word and deal and key in deal_preps and idx + 1 < n and not any(
                        t.key.startswith(_SITE_WORDS) for t in tokens[max(0, idx - 3) : idx]) \
                        and not (german and key == "an" and _closes_von(tokens, idx)):
                    # "acquired by Beta", "Übernahme durch Beta", "acquisita da Beta", "rachetée par Beta";
                    # not "assemblé à Dieppe", "uno stabilimento a Ludwigsfelde": a place
                    k = idx + 1
                    if tokens[k].key in _SKIP_ARTICLES and k + 1 < n:
                        k += 1
                    if not (headline := self.title(tokens) if headline is None else headline):
                        self.accept(tokens, self.walk_forward(tokens, k, sent_end), s_index, sent_end, "deal")
                if tok.text in _APOSTROPHES and idx > 0 and idx + 2 < n and tokens[idx + 1].key == "s" \
                        and _possessive_head(tokens, idx + 2):
                    # "Beta's chief executive", "Beta's first acquisition", "Beta's new battery plant"
                    self.accept(tokens, self.walk_back(tokens, idx - 1), s_index, sent_end, "possessive")
                if key in HYPHEN_HEADS and idx > 0 and text[tok.start - 1 : tok.start] == "-" \
                        and tokens[idx - 1].end == tok.start - 1 and (lang != "de" or _shaped(tokens[idx - 1]) or (
                            key in _COMPANY_HEADS and self._not_common(tokens[idx - 1]))):
                    self.accept(tokens, self.walk_back(tokens, idx - 1), s_index, sent_end, "compound")
                if tok.text == "(" and idx > 0 and idx + 2 < n and tokens[idx + 1].key in EXCHANGES \
                        and tokens[idx + 2].text == ":":
                    self.accept(tokens, self.walk_back(tokens, idx - 1), s_index, sent_end, "ticker")
                if tok.text == "," and 0 < idx < n - 2 and is_name_token(tokens[idx + 1]) and any(
                        tokens[p].key in ventures and (german or tokens[p].text[0].islower()) for p in (idx - 1, idx - 2) if p >= 0):
                    # a joint company's noun, then its name between commas: "La nueva sociedad, Velqua
                    # Charge, invertirá", "une coentreprise, Velqua, qui ...", "a joint venture, Velqua,"
                    name = self.walk_forward(tokens, idx + 1, sent_end)
                    after = tokens.index(name[-1]) + 1 if name else n
                    if after < n and tokens[after].text == ",":
                        self.accept(tokens, name, s_index, sent_end, "apposition")
                if tok.text == "," and idx > 0 and idx + 2 < n and (
                        tokens[idx + 1].key in _APPOSITION_ARTICLES or tokens[idx + 1].key in _APPOSITION_POSSESSIVES) \
                        and any(p in (nouns := nouns if nouns is not None else set(noun_positions(tokens, lang)))
                                or self._name_noun(tokens[p]) or tokens[p].key in _DIVISION_NOUNS
                                or (tokens[p].key in ventures and (german or tokens[p].text[0].islower()))
                                for p in range(idx + 2, min(n, idx + (4 if german else 6)))):
                    # (German ", die ..." is mostly a relative clause: the noun must follow at once)
                    if self._role_apposition(tokens, idx + 2, lang):
                        continue  # "said Naomi Tran, a battery metals analyst at ...": a person
                    name = self.walk_back(tokens, idx - 1)
                    # "Interpellata, la società ha ...": after a definite article this may be a new
                    # clause, so a lone sentence-initial word is not enough.
                    # "Beta, el socio de Gamma," is one: a noun and "of" right after the article.
                    genitive = idx + 3 < n and tokens[idx + 3].key in _OF and (
                        idx + 2 in nouns or self._name_noun(tokens[idx + 2])) or _venture_of(
                            tokens, idx + 2, ventures, german)
                    # "Norrlid, the Swedish truckmaker, said": a closing comma right after the noun
                    closing = any(tokens[p].text == "," and (p - 1 in nouns or self._name_noun(tokens[p - 1]))
                                  for p in range(idx + 3, min(n, idx + 7))) or (
                        lang in ("en", "de") and (idx + 2 in nouns or self._name_noun(tokens[idx + 2]))
                        and any(tokens[p].text == "," for p in range(idx + 3, min(n, idx + 9))))
                    if genitive or closing or not (tokens[idx + 1].key in _DEFINITE and len(name) == 1
                                        and tokens.index(name[0]) == 0):
                        self.accept(tokens, name, s_index, sent_end, "apposition")
                elif tok.text == "," and lang == "en" and idx > 0 and long_apposition(
                        tokens, idx, self.text, lambda p: self._long_apposition_noun(tokens[p])) \
                        and not self._role_apposition(tokens, idx + 2, lang):
                    # "Velmar Freight, a family-run haulage and storage firm in Upton,"
                    self.accept(tokens, self.walk_back(tokens, idx - 1), s_index, sent_end, "apposition")

    def more_cues(self) -> None:
        """Cues added for unseen news: a stock ticker or an abbreviation in parentheses, a name after
        "called"/"named" near a company noun, the subject of a perfect tense ("Beta ha cerrado"),
        the subject of a relative clause ("Beta, qui fournit ...")."""
        lang = self.language
        verbs = SUBJECT_VERBS.get(lang, SUBJECT_VERBS["en"])
        perfect = _PERFECT.get(lang)
        participle = _PARTICIPLE.get(lang)
        relative = _RELATIVE.get(lang, frozenset())
        company_nouns = _company_nouns(lang)
        keys = _more_cue_keys(lang)
        for s_index, _s_start, sent_end, tokens in self.sentence_tokens:
            n = len(tokens)
            for idx, tok in enumerate(tokens):
                key = tok.text if tok.text == "(" else tok.key
                if key not in keys:
                    continue
                if key == "(" and 0 < idx and idx + 2 < n and tokens[idx + 2].text == ")":
                    # "Honeywell (HON)", "Beta ( BTA )": a ticker; not an abbreviation being defined
                    # ("Inflation Reduction Act (IRA)") nor an unrelated one ("Lithium Iron Phosphate (LFP)").
                    abbr = tokens[idx + 1].text
                    if 1 <= len(abbr) <= 5 and abbr.isalpha() and abbr.isupper():
                        name = self.validate(tokens, self.walk_back(tokens, idx - 1), "ticker")
                        if name and _ticker_of(abbr, name):
                            self.accept(tokens, name, s_index, sent_end, "ticker")
                elif key == "namen" and lang == "de" and 2 <= idx < n - 1 and tokens[idx - 1].key == "dem" \
                        and tokens[idx - 2].key in ("mit", "unter") and self._named_after(tokens, idx - 2, company_nouns):
                    # "ein Gemeinschaftsunternehmen mit dem Namen Beta": what the company is named
                    self.accept(tokens, self.walk_forward(tokens, idx + 1, sent_end), s_index, sent_end, "named")
                elif key in _NAMING and idx + 1 < n and tok.text[0].islower() and self._named_after(
                        tokens, idx, company_nouns):
                    # "a pastry chain called Le Fournil Doré", "la coentreprise, baptisée Beta"
                    self.accept(tokens, self.walk_forward(tokens, idx + 1, sent_end), s_index, sent_end, "named")
                elif perfect and key in perfect and idx > 0 and idx + 2 < n and tokens[idx - 1].key in _CLITICS \
                        and participle.fullmatch(tokens[idx + 1].key):
                    # "Lo ha annunciato Beta", "Así lo ha confirmado Beta": the subject after the verb
                    self.accept(tokens, self.walk_forward(tokens, idx + 2, sent_end), s_index, sent_end, "subject")
                elif perfect and (key in perfect or (key in _REFLEXIVE_BE and idx > 1 and tokens[idx - 1].key in _REFLEXIVE_BEFORE)) \
                        and 0 < idx < n - 1 and tok.text[0].islower():
                    nxt = idx + 1
                    if tokens[nxt].key in _ADVERBS and nxt + 1 < n:
                        nxt += 1
                    # a reflexive before the auxiliary: "Beta si è aggiudicata", "Beta se ha adjudicado",
                    # "Beta s'est adjugé" (with "è"/"est" only so: "Beta è stata acquisita" is passive)
                    j = idx - 1
                    while j > 0 and tokens[j].key in _REFLEXIVE_BEFORE and idx - j <= 2:
                        j -= 1
                    word = tokens[nxt].key
                    if j < idx - 1 and word[-1:] in "aie" and len(word) > 4:
                        word = word[:-1] + "o" if lang == "it" else word.rstrip("es")  # agreement: "aggiudicata", "adjugée"
                    reflexive = j < idx - 1
                    if reflexive and (not tokens[nxt].key.startswith(_REFLEXIVE_DEALS) or (j > 0 and tokens[j - 1].key in _OF)):
                        continue  # "Kim si è limitato a dire": people too; "l'azienda di Grugliasco si è ...": a place
                    if (key in perfect or reflexive) and participle.fullmatch(word) \
                            and tokens[nxt].key not in _SPEECH:
                        # "Ficosa ha dejado de ...", "Beta a finalisé ...", "Beta ha chiuso ..."; not
                        # "X ha detto": people speak as often
                        self.accept(tokens, self.walk_back(tokens, j), s_index, sent_end, "subject")
                elif key == "," and 0 < idx and idx + 2 < n and ((
                        self._name_noun(tokens[idx + 1]) or tokens[idx + 1].key in company_nouns) \
                        and tokens[idx + 1].text[0].islower() and (tokens[idx + 2].key in _OF or (
                            idx + 3 < n and tokens[idx + 2].text[0].islower() and tokens[idx + 3].key in _OF) or (
                            tokens[idx + 2].text[0].islower() and tokens[idx + 1].key not in ROLE_NOUNS and (
                                tokens[idx + 2].key in NATIONALITY or tokens[idx + 2].key in CITY_ADJECTIVES)))
                        or _bare_apposition(tokens, idx, lang)):
                    # "Beta, controllata di Gamma,", "Beta, filial de Gamma", "Beta, unit of Gamma",
                    # "Beta, azienda specializzata in ...", "Beta, empresa líder en ...", "Beta, storica azienda di ...",
                    # "Beta, fabricant de bornes", "Beta, produttore di cavi", "Beta, società bresciana"
                    self.accept(tokens, self.walk_back(tokens, idx - 1), s_index, sent_end, "apposition")
                elif key == "to" and lang == "en" and 0 < idx < n - 1 and tok.text == "to" \
                        and tokens[idx + 1].key in _HEADLINE_VERBS and is_name_token(tokens[idx - 1]):
                    # a headline's future: "Velqua to supply cells to Ford", "Norvik to buy Beta"
                    self.accept(tokens, self.walk_back(tokens, idx - 1), s_index, sent_end, "subject")
                elif key in _SEAT_FIRST and 0 < idx < n - 2 and tok.text[0].islower() \
                        and (key, tokens[idx + 1].key) in _SEAT:
                    # "Beta, con sede a Brescia,", "Beta mit Sitz in Berlin", "Beta, basée à Lyon",
                    # "Beta, based in Ohio": where a company has its seat
                    j = idx - 2 if tokens[idx - 1].text == "," else idx - 1
                    if j >= 0:
                        self.accept(tokens, self.walk_back(tokens, j), s_index, sent_end, "apposition")
                elif key == "based" and lang == "en" and place_based_name_at(self.text, tokens, idx) \
                        and not self.title(tokens):
                    # "Coventry-based Corvant Drives makes ...": the name after where it sits
                    self.accept(tokens, self.walk_forward(tokens, idx + 1, sent_end), s_index, sent_end, "noun")
                elif key in _FEMININE_ARTICLES.get(lang, ()) and idx + 2 < n and self._adjective_noun(tokens, idx):
                    # "la torinese Beta", "la china BYD", "l'américaine Beta": the adjective stands for
                    # "la società"
                    a = idx + 2 if tokens[idx + 1].text in _APOSTROPHES else idx + 1
                    self.accept(tokens, self.walk_forward(tokens, a + 1, sent_end), s_index, sent_end, "noun")
                elif key in _PASSIVE_BE.get(lang, ()) and 0 < idx < n - 2 and tok.text[0].islower() \
                        and tokens[idx + 2].key in _AGENT[lang] and _agreeing(participle, tokens[idx + 1].key, lang):
                    # a passive with its agent: "Beta è stata acquisita da Gamma", "Beta fue comprada por
                    # Gamma", "Beta ha sido adquirida por Gamma": what is acquired, sold, chosen is a company
                    j = idx - 1
                    while j > 0 and tokens[j].key in _PASSIVE_BEFORE and idx - j <= 2:
                        j -= 1
                    if tokens[j].key in _PASSIVE_BEFORE:
                        continue  # "Ha sido adquirida por Gamma", "È stata ceduta": the subject is not named here
                    if j > 0 and tokens[j - 1].key in _OF or tokens[j].text[0].islower():
                        continue  # "lo stabilimento di Melfi è stato ceduto": the name only says whose or where
                    self.accept(tokens, self.walk_back(tokens, j), s_index, sent_end, "subject")
                elif key in _PROGRESSIVE_AUX.get(lang, ()) and 0 < idx < n - 2 and tok.text[0].islower() \
                        and self._progressive(tokens, idx, lang):
                    # "Beta is in talks with", "Beta is building", "Beta è in trattative", "Beta ist in Gesprächen"
                    self.accept(tokens, self.walk_back(tokens, idx - 1), s_index, sent_end, "subject")
                elif (key in _COPULA.get(lang, ()) or key in _ROLE_COPULA.get(lang, ())) and 0 < idx < n - 1 \
                        and tok.text[0].islower() and self._party_before(tokens, idx, lang):
                    # "The buyer is Velqua", "Käufer ist der Finanzinvestor Norvik", "L'acquirente è
                    # Torvena", "Neuer Eigentümer wird Torvena": the role's holder follows the copula
                    k = idx + 1
                    while k + 1 < n and tokens[k].key in DURATION_ADVERBS and k - idx <= 2:
                        k += 1  # "Größter Aktionär ist weiterhin Beta"
                    if tokens[k].key in _SKIP_ARTICLES and k + 1 < n:
                        k += 1
                    self.accept(tokens, self.walk_forward(tokens, k, sent_end), s_index, sent_end, "subject")
                elif key in _COPULA.get(lang, ()) and 0 < idx < n - 2 and tok.text[0].islower() \
                        and (a := idx + 2 if tokens[idx + 1].key in DURATION_ADVERBS else idx + 1) < n - 1 \
                        and tokens[a].key in _INDEFINITE and any(
                            t.key in company_nouns or self._name_noun(t) or t.key in HOLDER_NOUNS.get(lang, ())
                            for t in tokens[a + 1 : a + 5]):
                    # "Beta is a wholly owned subsidiary of", "Beta è una società", "Beta ist ein Zulieferer",
                    # "Beta resta tuttora il primo azionista"
                    self.accept(tokens, self.walk_back(tokens, idx - 1), s_index, sent_end, "subject")
                elif key in _ROLE_AFTER and 0 < idx < n - 1 and (tok.text[0].islower() or tok.text.isupper()) \
                        and any(t.text[0].isupper() for t in tokens[idx + 1 : idx + 4]) \
                        and is_name_token(tokens[idx - 1]):
                    # "Velqua chief executive Ingrid Solberg", "Velqua CEO Ingrid Solberg": whose role
                    self.accept(tokens, self.walk_back(tokens, idx - 1), s_index, sent_end, "possessive")
                elif key in _AS and 0 < idx < n - 1 and tok.text[0].islower() and (
                        tokens[idx + 1].key in company_nouns or self._name_noun(tokens[idx + 1]) or (
                            idx + 2 < n and tokens[idx + 1].key in _POSSESSIVES
                            and (tokens[idx + 2].key in company_nouns or self._name_noun(tokens[idx + 2])))):
                    # "chose Beta as its supplier", "ha scelto Beta come fornitore", "Beta als Lieferant"
                    self.accept(tokens, self.walk_back(tokens, idx - 1), s_index, sent_end, "object")
                elif lang == "de" and key == "wie" and idx + 2 < n and any(
                        t.key in _GERMAN_REPORTING for t in tokens[idx + 2 : idx + 8]):
                    # "Wie Beta am Dienstag mitteilte": a company reporting (not "sagte": people say)
                    self.accept(tokens, self.walk_forward(tokens, idx + 1, sent_end), s_index, sent_end, "subject")
                elif key == "," and 0 < idx and idx + 4 < n and is_name_token(tokens[idx + 1]) \
                        and tokens[idx + 2].text in _APOSTROPHES and tokens[idx + 3].key == "s" and any(
                            self._name_noun(t) or t.key in _HOLDERS for t in tokens[idx + 4 : idx + 7]):
                    # "Arvik Partners, Velqua's largest shareholder,": the apposition names a holder
                    self.accept(tokens, self.walk_back(tokens, idx - 1), s_index, sent_end, "apposition")
                elif key == "," and 0 < idx and idx + 2 < n and tokens[idx + 1].key in _WHOSE and any(
                        t.key in _STAKE_WORDS for t in tokens[idx + 2 : idx + 10]):
                    # "Beta, dont Gamma détient 20 % du capital", "Beta, which is 30% owned by",
                    # "Beta, an der Gamma 20 Prozent hält": something with a capital is a company
                    self.accept(tokens, self.walk_back(tokens, idx - 1), s_index, sent_end, "apposition")
                elif key == "," and relative and 0 < idx and idx + 2 < n and tokens[idx + 1].key in relative:
                    v = idx + 2
                    while v < n - 1 and (tokens[v].key in AUX or tokens[v].key in DURATION_ADVERBS):
                        v += 1
                    if tokens[v].key in verbs or tokens[v].key in PAST_MAKING.get(lang, ()) or (perfect and tokens[v].key in perfect and v + 1 < n
                                                  and participle.fullmatch(tokens[v + 1].key)):
                        # "Symbio, qui fournit ...", "Aldi, which is committing" is not enough
                        self.accept(tokens, self.walk_back(tokens, idx - 1), s_index, sent_end, "subject")

    @staticmethod
    def _party_before(tokens: list[Token], idx: int, lang: str) -> bool:
        """Is the subject before the copula at tokens[idx] a party's role ("the buyer", "Käufer",
        "Betreiber des Werks", "l'acquirente")?"""
        nouns = _PARTY_NOUNS.get(lang, _PARTY_NOUNS["en"])
        return any(t.key in nouns or (lang == "de" and t.key.endswith(_GERMAN_PARTY_ENDINGS))
                   for t in tokens[max(0, idx - 4) : idx])

    def _role_apposition(self, tokens: list[Token], p: int, lang: str) -> bool:
        """Does a person's role noun come first in the apposition from tokens[p] ("a senior analyst
        at", not "the maker whose chief executive")?"""
        for t in tokens[p : p + 5]:
            if _is_role(t, lang):
                return True
            if self._name_noun(t) or t.key in _company_nouns(lang):
                return False
        return False

    def _trade_opener(self, tokens: list[Token], idx: int) -> bool:
        """A capitalised trade noun (``TRADE_OPENERS``) that opens a name: no capitalised word before it
        but an article, and right after it a capitalised word the text never writes in lower case that
        is no place nor a common word ("Transports Delcourt", not "Transports Publics", "Trasporti Lombardia")."""
        tok, nxt = tokens[idx], tokens[idx + 1]
        if not tok.text[0].isupper() or tok.text.isupper() or _after_capital(tokens, idx):
            return False
        return (nxt.text[0].isupper() and not nxt.text.isupper() and nxt.start - tok.end == 1
                and nxt.key not in self.lower_words and nxt.key not in _GENERIC_NAME_WORDS
                and nxt.key not in NOT_COMPANIES and nxt.key not in NATIONALITY
                and not ADJECTIVE_AFTER_OPENER.search(nxt.key)
                and places().get(nxt.text) is None and not (self.language == "de" and not self._not_common(nxt)))

    def works(self) -> None:
        """A works named after its place, capitalised mid-sentence: "la Fonderie de Bretagne", "le
        Acciaierie di Calvisano", "la Fundición de Navarra" (the place inside is no place then)."""
        companies = None
        for s_index, _s_start, sent_end, tokens in self.sentence_tokens:
            n = len(tokens)
            # (from the sentence's first word too: "Acciaierie del Tirreno ha firmato ...", where the
            # place after "del" must be a name: "Fonderie di tutta Europa" is none)
            for idx in range(0, n - 2):
                tok = tokens[idx]
                if tok.key not in _WORKS_FIRST_KEYS:
                    continue  # (most tokens: none of the three ways below opens a works at a word of no list)
                opener = False
                if tok.key in TRADE_OPENERS and self._trade_opener(tokens, idx):
                    k = idx + 1  # "Transports Delcourt", "Costruzioni Molteni": the trade, then the name
                    opener = True
                elif tok.text[0].isupper() and not _after_capital(tokens, idx) \
                        and (a := trade_of_the_place(tokens, idx, self.language)) > 0:
                    k = a  # "Chimica del Volturno", "Aceros del Cinca": a trade named after its river or region
                elif tok.key not in _WORKS_NOUNS or not tok.text[0].isupper() or tokens[idx + 1].key not in _WORKS_OF \
                        or _after_capital(tokens, idx):
                    continue
                else:
                    k = idx + 2
                if tokens[k].key in ("l", "la") and k + 2 < n and tokens[k].text[0].islower():
                    k += 1  # "Chantiers de l'Atlantique", "Forges de la Loire"
                if tokens[k].text in _APOSTROPHES and k + 1 < n:
                    k += 1  # "Fonderia dell'Adige"
                end = k
                while end < n and is_name_token(tokens[end]) and tokens[end].text != "&" \
                        and tokens[end].start - tokens[end - 1].end <= 1 and end - k < 3:
                    end += 1
                if opener and end > k and (a := place_after_article(tokens, end, self.language)) > 0:
                    # "Construcciones Velmora del Cinca": the family firm and the river or region it is named after
                    end = a + 1
                    while end < n and is_name_token(tokens[end]) and tokens[end].text != "&" \
                            and tokens[end].start - tokens[end - 1].end <= 1 and end - a < 2:
                        end += 1
                if end == k or self.title(tokens):
                    continue
                start, stop = tok.start, tokens[end - 1].end
                if companies is None:
                    companies = Occupied(len(self.text), ((m.start, m.end) for m in self.found))
                    for st in self.company_starts:
                        companies.add(st, st + 1)
                if companies.overlaps(start, stop) or self.occupied.overlaps(tok.start, tok.end):
                    continue
                surface = " ".join(self.text[start:stop].split())
                self.found.append(Mention(
                    start=start, end=stop, text=self.text[start:stop], label="COMPANY", canonical=surface,
                    sentence=s_index, source="pattern",
                    attrs={"known": False, "sectors": name_sectors(surface), "cue": "works"},
                ))
                self.occupied.add(start, stop)
                companies.add(start, stop)
                self.names.setdefault(tuple(t.key for t in tokens[idx:end]), surface)

    def shapes(self) -> None:
        """Cues that need no verb: the company a share of capital is counted in ("il 60% di Beta",
        "el 40% de Beta", "25 Prozent an Beta", "20 % de Beta"); a name that ends in a word only
        company names end in ("Brightline Capital", "Novarro Ventures", "Torvena Holdings") whose
        other words are no common words of the text ("Venture Capital"); a works named after its
        place ("la Fonderie de Bretagne", "le Acciaierie di Calvisano", "los Astilleros de Vigo")."""
        german = self.language == "de"
        for s_index, _s_start, sent_end, tokens in self.sentence_tokens:
            n = len(tokens)
            headline = None
            for idx, tok in enumerate(tokens):
                key = tok.key
                trade = german and german_trade_head(key)
                if key not in _STAKE_KEYS and not trade:
                    continue
                if key in _WORKS_NOUNS:
                    continue
                if key in _NAME_HEADS or key in _MORE_HEADS or trade:
                    if idx < 1 or not tok.text[0].isupper() or tok.text.isupper():
                        continue
                    if idx + 1 < n and is_name_token(tokens[idx + 1]) and tokens[idx + 1].start - tok.end <= 1 and not trade:
                        continue  # the name goes on ("Capital Markets Day"): not its end; a German noun
                        # after a trade ending is the object ("bestellt bei Feldhain Elektronik Steuergeräte")
                    if headline is None:
                        headline = self.title(tokens)
                    if headline:
                        continue
                    run = _past_initials_of(self.walk_back(tokens, idx), self.connectors)
                    name = self.validate(tokens, run, "head")
                    if name and name[0] is not run[0] and run[run.index(name[0]) - 1].key not in _SKIP_ARTICLES:
                        continue  # "European Energy Partners": no cutting the name short
                    # the first word makes the name ("Lineage Power Holdings"); a common or generic
                    # one opens a phrase ("Venture Capital", "Human Capital")
                    if name and len(name) >= 2 and name[-1] is tok and not (
                            name[0].key in self.lower_words or name[0].key in _GENERIC_NAME_WORDS) and (
                            key in _NAME_HEADS or self._more_head_ok(tokens, name)):
                        self.accept(tokens, name, s_index, sent_end, "head")
                    continue
                # a share: a number, "%" / "Prozent" / "per cent", then "of"-like words
                if idx < 1 or not tokens[idx - 1].text[0].isdigit() and not (
                        key == "cent" and idx > 1 and tokens[idx - 1].key == "per" and tokens[idx - 2].text[0].isdigit()):
                    continue
                k = idx + 1
                if k + 1 < n and tokens[k].key in _SHARE_OF:
                    k += 1
                    if tokens[k].text in _APOSTROPHES and k + 1 < n:
                        k += 1  # "20 % d'Accelleron"
                    elif tokens[k].key in _SKIP_ARTICLES and k + 1 < n:
                        k += 1
                    name = self.walk_forward(tokens, k, sent_end)
                    # not "15% of GDP", "30% of Germans"
                    if name and not (len(name) == 1 and (name[0].text.isupper() and len(name[0].text) <= 3 or (
                            name[0].key in NATIONALITY or name[0].key[:-1] in NATIONALITY))):
                        self.accept(tokens, name, s_index, sent_end, "share")

    def _more_head_ok(self, tokens: list[Token], name: list[Token]) -> bool:
        """A name ending in one of ``_MORE_HEADS`` (which end common phrases too): its words stand apart
        (not "Renault E-Tech", a model), the first is no place ("in Deutschland Lithium fördern") and no
        German common noun, and no division word stands before or in it ("la division Valeo Power",
        "die Sparte E-Mobility")."""
        head = name[-1]
        if self.text[name[-2].end : head.start] != " " or places().get(name[0].text) is not None:
            return False
        if self.text[head.end : head.end + 1] == "-":
            return False  # the first half of a compound cut short: "Nürnberger Kabel- und Bordnetzspezialist"
        if self.language == "de" and name[0].key.endswith("er") and places().get(name[0].text[:-2]) is not None:
            return False  # a town's adjective, not a name: "der Nürnberger Kabelhersteller"
        if trade_after_of(self.language, name):
            return False  # "la Asociación de Fabricantes de Componentes", "la Feria de Componentes": a trade
        if self.language == "de" and (head.key == "lithium" or not self._not_common(name[0], article=False)):
            return False  # German writes "Lithium" as a noun: "Europäisches Lithium"
        if self.language == "de" and german_trade_head(head.key) and name[0] is tokens[0] and (
                name[0].key.endswith(("e", "es")) or name[0].key.endswith(_DE_ADJECTIVE_ER)):
            return False  # an adjective opening the sentence: "Alternative Antriebe sind gefragt"
        i = tokens.index(name[0])
        return not any(t.key in _DIVISION_WORDS for t in tokens[max(0, i - 1) : i + len(name)])

    def _not_common(self, tok: Token, article: bool = True) -> bool:
        """A capitalised German word that is no common noun the text uses ("Velqua-Chef", not
        "Batterie-Chef"). ``article``: a word the text puts after an article counts as a noun."""
        key = tok.key
        return not (key in self.lower_words or (article and key in self.common_nouns) or key in GERMAN_NOUNS
                    or key in NOT_COMPANIES or _german_common(tok) or key.endswith(GERMAN_NAME_NOUN_ENDINGS)
                    or key.endswith(GERMAN_HEADS))

    @staticmethod
    def _progressive(tokens, idx: int, lang: str) -> bool:
        j = idx + 1
        if tokens[j].key in _ADVERBS and j + 1 < len(tokens):
            j += 1
        key = tokens[j].key
        if key in ("in", "en") and j + 1 < len(tokens):
            return tokens[j + 1].key in _TALKS
        return lang == "en" and key in _PROGRESSIVE_EN

    @staticmethod
    def _adjective_noun(tokens, idx: int) -> bool:
        a = idx + 2 if tokens[idx + 1].text in _APOSTROPHES else idx + 1
        if a + 1 >= len(tokens):
            return False
        adj = tokens[a]
        return adj.text[0].islower() and (adj.key in NATIONALITY or adj.key in CITY_ADJECTIVES) \
            and tokens[a + 1].text[0].isupper()

    def _named_after(self, tokens, idx: int, company_nouns) -> bool:
        """Is the noun that "called" names a company noun ("a chain called", "a joint company, to be
        called"; not "a model called")?"""
        j = idx - 1
        while j >= 0 and idx - j <= 4 and tokens[j].key in _NAMING_SKIP:
            j -= 1
        return j >= 0 and (tokens[j].key in company_nouns or self._name_noun(tokens[j]))

    def validate_quiet(self, tokens, name):
        """An outlet's name as written (only leading function words trimmed)."""
        while name and (name[0].key in STOP or name[0].key in _SKIP_ARTICLES):
            name = name[1:]
        return name

    def coordination(self, companies: list[Mention]) -> None:
        """"BMW and Beta", "Beta, Gamma und BMW": a name joined to a company is one too."""
        by_sentence: dict[int, list[Mention]] = {}
        for m in companies:
            by_sentence.setdefault(m.sentence, []).append(m)
        for s_index, _s, sent_end, tokens in self.sentence_tokens:
            ms = by_sentence.get(s_index)
            if not ms:
                continue
            title = None
            for m in ms:
                # the tokens ending where m ends and starting where it starts (offsets increase)
                k = bisect_left(tokens, m.end, key=_END)
                k = k if k < len(tokens) and tokens[k].end == m.end else None
                # (the "e" of an "e-" part is no Italian "and": "Kelvin e-Drive" is one name)
                after = k is not None and k + 2 < len(tokens) and tokens[k + 1].key in COORDINATORS \
                    and not e_part(self.text, tokens, k + 1) and field_tail(self.text, tokens, k + 1) is None
                j = bisect_left(tokens, m.start, key=_START)
                j = j if j < len(tokens) and tokens[j].start == m.start else None
                if j is not None and j >= 3 and self.language == "de" and tokens[j - 1].key in _DE_COORDINATED_ARTICLES \
                        and tokens[j - 2].key in COORDINATORS and self._not_common(tokens[j - 3]) \
                        and not tokens[j - 3].key.endswith(("e", "n")):
                    # "Wendix und die Beta AG": German puts an article before the second name; not a
                    # plural noun before "und" ("für Mobilkrane und die Beta AG")
                    j -= 1
                before = j is not None and j >= 2 and tokens[j - 1].key in COORDINATORS and not e_part(self.text, tokens, j - 1)
                listed = k is not None and k + 2 < len(tokens) and tokens[k + 1].text == ","
                if not (after or before or listed):
                    continue
                if title is None:
                    title = self.title(tokens)
                if title:
                    break  # "Fortune Continues To Soar And ...": no name boundaries in a headline
                if after:
                    self.accept(tokens, self.walk_forward(tokens, k + 2, sent_end), s_index, sent_end, "coordination")
                elif listed:
                    self.listed(tokens, k + 2, s_index, sent_end)
                if before:
                    name = self.walk_back(tokens, j - 2)
                    if self.accept(tokens, name, s_index, sent_end, "coordination"):
                        self._list_head(tokens, tokens.index(name[0]), s_index, sent_end)
                elif after and j is not None:
                    self._list_head(tokens, j, s_index, sent_end)

    def _list_head(self, tokens, p: int, s_index: int, sent_end: int) -> None:
        """"Norvik, Valmera and Brixo signed ...": the names before a company that is joined by "and" to
        the next, set off by commas, are companies too, where the list opens the sentence or follows a
        comma (one or two words each; "Meanwhile, A and B" is no list: a common word is no name)."""
        while p >= 2 and tokens[p - 1].text == "," and self._list_opener(tokens, p - 2):
            name = self.walk_back(tokens, p - 2)
            if not name or not self.accept(tokens, name, s_index, sent_end, "coordination"):
                return
            p = tokens.index(name[0])

    @staticmethod
    def _list_opener(tokens, i: int) -> bool:
        """Token ``i`` is the last word of a name that opens the sentence or stands after a comma, one
        or two words long ("Norvik, Valmera and ...", "..., Orsela Energy, Valmera and ...")."""
        for start in (i, i - 1):
            if start < 0:
                return False
            if start == 0 or tokens[start - 1].text == ",":
                return all(t.text[:1].isupper() for t in tokens[start : i + 1])
        return False

    def listed(self, tokens, k: int, s_index: int, sent_end: int) -> None:
        """"Uber, Lyft, and Deliv": names in a list after a company, when the list goes on with a
        comma or ends with "and" (a single ", Beta" may be anything: an apposition, a place)."""
        names = []
        while k < len(tokens):
            name = self.walk_forward(tokens, k, sent_end)
            if not name:
                return
            j = tokens.index(name[-1]) + 1
            if j >= len(tokens):
                return
            names.append(name)
            if tokens[j].key in COORDINATORS:
                last = self.walk_forward(tokens, j + 1, sent_end) if j + 1 < len(tokens) else []
                break
            if tokens[j].text == "," and j + 1 < len(tokens) and tokens[j + 1].key in COORDINATORS:
                last = self.walk_forward(tokens, j + 2, sent_end) if j + 2 < len(tokens) else []
                break
            if tokens[j].text != ",":
                return
            k = j + 1
        else:
            return
        if not last:
            return
        for name in [*names, last]:
            self.accept(tokens, name, s_index, sent_end, "coordination")

    def _short_ok(self, tok_key: str, tok_text: str) -> bool:
        """May the first word of a longer name stand for it ("Solaris" for "Solaris Bus & Coach")?
        Not generic words ("General", "Bank", "China") nor words the text writes in lower case."""
        return (len(tok_text) >= 4 and tok_key not in STOP and tok_key not in NOT_COMPANIES
                and tok_key not in CONTINUE and tok_key not in self.lower_words and tok_key not in given_names()
                and tok_key not in NATIONALITY and places().get(tok_text) is None and not self._name_noun_key(tok_key)
                and not (self.language == "de" and tok_key in self.common_nouns))

    @staticmethod
    def _unit_like(name: str) -> bool:
        """A name that ends in a place or a market ("Kessler Automotive Polska", "Brixo Iberia", "Norvik
        UK"): a company's unit named after it."""
        last = name.split()[-1]
        return last in _UNIT_TAILS or places().get(last) is not None

    def _name_noun_key(self, key: str) -> bool:
        return key in self.name_nouns or key.endswith("maker")

    def short_forms(self) -> None:
        """Register the first word of each accepted multi-word name as that name, when only one
        accepted name starts with it."""
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for keys in self.names:
            if len(keys) > 1:
                by_first.setdefault(keys[0], []).append(keys)
        for first, longs in by_first.items():
            canon = {self.names[k] for k in longs}
            if len(canon) > 1:
                # "Kessler Fahrzeugtechnik" and its unit "Kessler Automotive Polska": a name that ends in a
                # place names a unit, so the first word alone is the other one, where only one is left
                main = [k for k in longs if not self._unit_like(self.names[k])]
                if len(main) == 1 and len(main[0]) == 2 and (first,) in self.names \
                        and self._introduced_first({self.names[main[0]]}, first, past_headline=True):
                    self._short_names(first, self.names[main[0]])
                continue
            # Not when the short name was found on its own: "Vallourec cède sa filiale Vallourec
            # Umbilicals" names two companies, a parent and its subsidiary.
            if len(canon) == 1 and (first,) not in self.names:
                text = self.names[longs[0]].split()[0]
                if self._short_ok(first, text):
                    # "Forsee" after "Forsee Power" and its unit "Forsee Power Poland": the known parent
                    whole = canon.pop()
                    self.names[(first,)] = _known_prefix(whole) or whole
            elif len(canon) == 1 and _known_prefix(next(iter(canon))) and len(self.names[(first,)].split()) == 1:
                # "il titolo Forsee" found alone, with "Forsee Power" (known) and "Forsee Power Iberia":
                # the first word of the known parent is the parent
                self._short_names(first, _known_prefix(next(iter(canon))))
            elif len(canon) == 1 and len(longs) == 1 and all(k in _SAME_TAIL for k in longs[0][1:]):
                # "Callista" and "Callista Private Equity", "Norvik" and "Norvik Group": one company
                # whose name only adds what kind of company it is
                self._short_names(first, canon.pop())
            elif len(canon) == 1 and len(longs) == 1 and len(longs[0]) == 2 and (
                    self._introduced_first(canon, first) or self._headline_short(canon, first)):
                # "Siliconia Ibérica, la empresa malagueña ... Siliconia compra obleas": the full name
                # introduces the company, the first word alone names it again later (a unit named
                # after its parent comes after the parent: "Vallourec cède Vallourec Umbilicals")
                self._short_names(first, next(iter(canon)))

    def _short_names(self, first: str, whole: str) -> None:
        """The first word alone names ``whole`` from now on, and so do the mentions this walk found
        with the word alone."""
        short = self.names[(first,)]
        self.names[(first,)] = whole
        for m in self.found:
            if m.canonical == short:
                m.canonical = whole

    def _introduced_first(self, canon: set[str], first: str, past_headline: bool = False) -> bool:
        """The two-word name is found before its first word alone, which itself is no word of the text
        (``past_headline``: a headline's short name, in the page's first sentence, does not count)."""
        whole = next(iter(canon))
        short = self.names.get((first,))
        at_whole = min((m.start for m in self.found if m.canonical == whole), default=None)
        if at_whole is None and past_headline:
            # (a name taken by its legal form, "Kessler Fahrzeugtechnik GmbH", is not among this walk's finds)
            at_whole = self.text.find(whole) if whole in self.text else None
        at_short = min((m.start for m in self.found if m.canonical == short and not (past_headline and m.sentence == 0)),
                       default=None)
        return (at_whole is not None and at_short is not None and at_whole < at_short
                and self._short_ok(first, whole.split()[0]))

    def _headline_short(self, canon: set[str], first: str) -> bool:
        """A headline names the company by its first word, the body in full and then by that word again
        ("Kessler liefert an Y ... die Kessler Gehäusetechnik ... Kessler beschäftigt"): the headline's
        word is no sign of another company, as it is where the body gives the word first. Not where the
        headline names the full name too, nor where the body brings the full name in as a unit ("its
        subsidiary Kessler Umbilicals"), a parent's own."""
        whole = next(iter(canon))
        second = whole.split()[1].casefold() if len(whole.split()) > 1 else ""
        at_whole, shorts = None, []
        for s_index, _s, _e, tokens in self.sentence_tokens:
            for k, tok in enumerate(tokens):
                if tok.key != first or not is_name_token(tok):
                    continue
                if k + 1 < len(tokens) and tokens[k + 1].key == second:
                    if s_index == 0:
                        return False
                    at_whole = tok.start if at_whole is None else at_whole
                else:
                    shorts.append((s_index, tok.start))
        if at_whole is None or not any(i == 0 for i, _ in shorts) or not self._short_ok(first, whole.split()[0]):
            return False
        body = [start for i, start in shorts if i != 0]
        if not body or min(body) < at_whole:
            return False
        before = self.text[max(0, at_whole - 40):at_whole].casefold().split()
        return not any(w.strip(",.;:'’") in UNIT_NOUNS for w in before[-3:])

    def _drop_inner(self, start: int, end: int) -> None:
        """A name accepted in full elsewhere stands here too, but a shorter part of it was taken alone
        ("Forjas del Nervión" opening a sentence, read as "Nervión"): the part gives way to the whole.
        Only parts this walk found, lying wholly inside the name; anything else taken there stays."""
        inner = [m for m in self.found if m.start < end and start < m.end]
        if not inner or any(m.start < start or m.end > end or (m.start == start and m.end == end) for m in inner):
            return
        if self.occupied.mask.count(1, start, end) != sum(m.end - m.start for m in inner):
            return  # something else (a known name, a place) is taken there too
        for m in inner:
            self.found.remove(m)
        self.occupied.mask[start:end] = bytes(end - start)

    def _outlet_with_article(self, tokens: list[Token], name: list[Token]) -> bool:
        """Is the name, with the capitalised article before it, a news outlet ("Les Echos", "L'Usine
        Nouvelle", "El Confidencial", "Il Sole 24 Ore")? The article is trimmed from a name, so the
        outlet's bare words alone would read as a company."""
        i = tokens.index(name[0])
        if i == 0 or not tokens[i - 1].text[:1].isupper() or tokens[i - 1].key not in _OUTLET_ARTICLES:
            return False
        gap = self.text[tokens[i - 1].end : name[0].start]
        if gap not in (" ", "'", "’"):
            return False
        return name_key(self.text[tokens[i - 1].start : name[-1].end]) in outlets() or name_key(
            tokens[i - 1].text + " " + self.text[name[0].start : name[-1].end]) in outlets()

    def _give_way(self, start: int, end: int) -> bool:
        """A name accepted in full elsewhere on the page ("die Kelvar Kabel GmbH", "Brixo Italia, una
        joint venture") is written here whole again, but a known company opens it ("Kelvar") or a
        country ends it ("Italia"): the parts give way to the whole, which the page has shown to be one
        company (the recognizer drops the known parts lying inside it). Only a known company that
        starts where the name starts and ends before it, and places; anything else taken there stays."""
        inner = [m for m in self.existing if m.start < end and start < m.end]
        if not inner or any(m.start < start or m.end > end for m in inner):
            return False
        if not all((m.label == "COMPANY" and m.start == start and m.end < end and m.source == "gazetteer")
                   or m.label == "PLACE" for m in inner):
            return False
        if not any(m.label == "COMPANY" for m in inner) and not all(m.start in self.countries for m in inner):
            return False  # a place alone inside: only a country or region that ends a name, as the walk reads it
        found = [m for m in self.found if m.start < end and start < m.end]
        if any(m.start < start or m.end > end for m in found):
            return False
        covered = bytearray(end - start)
        for m in inner + found:
            covered[m.start - start : m.end - start] = b"\x01" * (m.end - m.start)
        if self.occupied.mask[start:end] != covered:
            return False  # something else is taken there too
        for m in found:
            self.found.remove(m)
        self.occupied.mask[start:end] = bytes(end - start)
        return True

    def repeats(self) -> None:
        """Every other occurrence of an accepted name, capitalised as a name."""
        if not self.names:
            return
        by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for keys, canonical in self.names.items():
            by_first.setdefault(keys[0], []).append((keys, canonical))
        for v in by_first.values():
            v.sort(key=lambda kc: -len(kc[0]))
        for s_index, _s, sent_end, tokens in self.sentence_tokens:
            for k, tok in enumerate(tokens):
                cands = by_first.get(tok.key)
                if not cands or not is_name_token(tok):
                    continue
                opened = self.taken(tok.start, tok.end)
                if opened and tok.start not in self.company_starts:
                    continue
                for keys, canonical in cands:
                    n = len(keys)
                    if k + n <= len(tokens) and all(tokens[k + i].key == keys[i] for i in range(1, n)):
                        end = tokens[k + n - 1].end
                        legal = LEGAL_AFTER.match(self.text, end)
                        if legal and legal.end() <= sent_end:
                            end = legal.end()
                        if self.taken(tok.start, end):
                            self._drop_inner(tok.start, end)
                        over = self.taken(tok.start, end) and n > 1 and self._give_way(tok.start, end)
                        if not self.taken(tok.start, end):
                            attrs = {"known": False, "sectors": name_sectors(canonical), "cue": "repeat"}
                            if over:
                                attrs["over_parts"] = True  # the recognizer drops the parts it covers
                            self.found.append(Mention(
                                start=tok.start, end=end, text=self.text[tok.start:end], label="COMPANY",
                                canonical=canonical, sentence=s_index, source="pattern", attrs=attrs,
                            ))
                            self.occupied.add(tok.start, end)
                        break


#: a French town's name joined by hyphens around a linking word: "Vanlay-lez-Brême",
#: "Châlons-en-Champagne", "Boulogne-sur-Mer"
_HYPHENATED_PLACE = re.compile(r"\b([A-ZÀ-Ý]\w+)-(?:lez|lès|les|sur|sous|en|le|la|de|du|des|aux)-([A-ZÀ-Ý]\w+)")


def place_parts(text: str) -> set[str]:
    """Name keys of the words a page writes as the ends of a town joined by hyphens around a linking
    word ("Vanlay" and "Brême" for "Vanlay-lez-Brême"): a paper shortens such a town to its first
    word ("se fournir à Vanlay"), and neither word alone is a company's name there."""
    if "-" not in text:
        return set()
    return {w.casefold() for m in _HYPHENATED_PLACE.finditer(text) for w in m.groups()}


#: articles an outlet's name may open with ("Les Echos", "L'Informé", "El País", "Die Zeit", "The Times")
_OUTLET_ARTICLES = frozenset("the le la les l il lo el los las die der das".split())


# Legal-form words that end one name: walking back from a cue never crosses them
# ("... Corporation EVA Air said" names "EVA Air").
_LEGAL_WORDS = frozenset("corporation inc ltd limited llc gmbh ag spa srl plc sarl nv bv".split())


# Words (by their start) before "a/à/to" that make the name after it a place: "assemblé à Dieppe".
_SITE_WORDS = (
    "plant", "factor", "site", "facilit", "assembl", "built", "produced", "made", "located", "based",
    "headquarter", "stabiliment", "impiant", "fabbric", "sede", "prodott", "costruit", "situat", "usine",
    "produit", "construit", "situé", "basé", "werk", "fabrik", "standort", "gebaut", "montiert", "produziert",
    "planta", "fábrica", "ensamblad", "fabricad", "producid", "construid", "situad", "ubicad",
)
# Last words only a company's name ends in: "Brightline Capital", "Novarro Ventures".
_NAME_HEADS = frozenset(
    "capital ventures partners holdings holding technologies industries investments materials batteries "
    "semiconductor semiconductors motors metals chemicals electronics".split()
)
# Words that open common phrases ending in such a word ("Human Capital", "Advanced Materials"), or a
# division's name ("la division Battery Materials").
_GENERIC_NAME_WORDS = frozenset(
    "private equity venture growth human natural clean green renewable advanced critical raw rare working "
    "new global national international strategic emerging digital smart public general united first key "
    "major general electric chief investor investors limited battery batteries cell cells cathode anode energy "
    "power mobility automotive solar chip steel used classic luxury redazione rédaction redacción redaktion nuovo nuova "
    "nuovi nuove nouveau nouvelle nouveaux nouvelles nuevo nueva nuevos nuevas".split()
)
# What follows "60%" before the company: "of", "di", "de", "an", "in" (articles and "d'" skipped).
_SHARE_OF = frozenset("of in di del della dello dell de d du des an von der".split())
# Words of a line of business: a name made of nothing else is a division's label.
_BUSINESS_WORDS = UNIT_HEADS | _NAME_HEADS | frozenset(
    "battery cell cells energy systems system solutions services technology automotive electric "
    "cathode anode solar industrial".split()
)
# Business verbs after "X to" in an English headline.
_HEADLINE_VERBS = frozenset("supply acquire buy sell invest build merge partner form open".split())
# "based in", "con sede", "mit Sitz": a company's seat after its name.
_SEAT = frozenset({
    ("based", "in"), ("headquartered", "in"), ("con", "sede"), ("mit", "sitz"), ("basé", "à"), ("basée", "à"),
    ("basé", "en"), ("basée", "en"), ("implantée", "à"), ("ansässig", "in"),
})
_SEAT_FIRST = frozenset(a for a, _ in _SEAT)
# Words after a company's short name that leave it the same company ("Callista Private Equity").
#: markets a unit's name may end in besides the places the gazetteer knows
_UNIT_TAILS = frozenset("Polska Iberia Iberica Ibérica Nordic Benelux Americas America Europe Europa Asia UK USA US".split())
_SAME_TAIL = frozenset(
    "private equity capital partners group holding holdings investments ventures gruppo groupe grupo gruppe".split()
)
#: company nouns that head a long apposition only as something else: a brand, a line of business, an association
_NOT_APPOSITION_HEADS = frozenset("brand business group".split())


@lru_cache(maxsize=8)
def _sector_heads(language: str) -> frozenset[str]:
    """The last words of the language's sector nouns ("company", "firm", "contractor", "supplier")."""
    return frozenset(n.split()[-1].casefold() for n in SECTOR_NOUNS.get(language, SECTOR_NOUNS["en"]))


# Works named after their place: "Fonderie de Bretagne", "Acciaierie di Calvisano", "Astilleros de Vigo".
_WORKS_NOUNS = frozenset(
    "fonderie fonderies forges aciéries chantiers ateliers manufacture papeteries tréfileries laminoirs "
    "fonderia fonderie acciaierie acciaieria cantieri officine ferriere "
    "fundición fundiciones astilleros talleres forjas aceros "
    # Iberian makers named after their place: "Plásticos do Miño", "Estampaciones del Ebro"
    "plásticos industrias estampaciones mecanizados".split()
)


def _past_initials_of(run: list[Token], connectors) -> list[Token]:
    """The name a trade head ends, past a code in capitals and its "of" ("les cellules LFP de Kervan
    Motors", "le SUV de Norvik Automobiles", "the EV of ..."): a chemistry's or a body style's initials
    before "de" name goods of the company, not the first word of its name. A known company in capitals
    is found before this walk and stops it."""
    for i in range(len(run) - 2, 0, -1):
        before = run[i - 1].text
        if run[i].key in connectors and 2 <= len(before) <= 5 and before.isalpha() and before.isupper():
            return run[i + 1:]
    return run


def _after_capital(tokens: list[Token], idx: int) -> bool:
    """A capitalised word other than an article right before ``tokens[idx]``: a name (or a sentence's
    first words) goes on there, so no works or trade name opens at ``idx``."""
    return idx > 0 and tokens[idx - 1].text[0].isupper() and tokens[idx - 1].key not in _SKIP_ARTICLES


#: the words ``works`` may find a works at: a trade that opens a name (``TRADE_OPENERS``), a trade named after
#: its place (``trade_of_the_place`` reads only ``TRADE_HEADS``), a works noun (``_WORKS_NOUNS``); no other word
#: passes any of its three tests
_WORKS_FIRST_KEYS = TRADE_OPENERS | TRADE_HEADS | _WORKS_NOUNS

_WORKS_OF = frozenset("de du des d di del della dello dell do da dos das".split())
# German family firms name themselves "<family> Gruppe" ("die Korbach Gruppe", "zur familiengeführten
# Wendrich Gruppe"), as English ones "<family> Group": the same head, read the same careful way
_GERMAN_GROUP_HEADS = frozenset({"gruppe"})
# Last words of many company names that also end common phrases ("Korvent Energy", "Velqua Minerals",
# "Norrlid Group"; "Clean Energy", "Working Group"): a name ends so only where its first word is no word
# the text writes in lower case nor a generic one (as for the heads above).
_MORE_HEADS = frozenset(
    "energy energia energía énergie systems solutions mobility resources minerals mining recycling lithium "
    "power tech automotive group".split()
) | TRADE_HEADS | _GERMAN_GROUP_HEADS
# German articles of a case other than the nominative: the word they open is no verb's subject
_DE_OBLIQUE_ARTICLES = frozenset("den dem des einen einem eines".split())


def _oblique_noun(tokens: list[Token], i: int) -> bool:
    """``tokens[i]`` opens with an article of another case than the subject's, at most two lower-case
    adjectives between ("für den energieintensiven Betrieb soll"): a German noun, not a subject."""
    k = i - 1
    while k >= 0 and i - k <= 3 and tokens[k].text[0].islower() and tokens[k].key not in _DE_OBLIQUE_ARTICLES:
        k -= 1
    return k >= 0 and i - k <= 3 and tokens[k].key in _DE_OBLIQUE_ARTICLES


# articles between "und" and the company it joins: "Wendix und die Beta AG verhandeln"
_DE_COORDINATED_ARTICLES = frozenset("die der den dem das".split())
# adjective endings of a German word in "-er" ("Elektrischer", "Chinesischer"), not a family name's
_DE_ADJECTIVE_ER = ("ischer", "licher", "iger", "tiver", "neuer", "aler")
_STAKE_KEYS = _NAME_HEADS | _MORE_HEADS | _WORKS_NOUNS | frozenset({"%", "prozent", "cent"})
_NAMING_SKIP = frozenset(", to be was is will newly jointly later now".split())
_GERMAN_DESCRIPTORS = frozenset(
    w + e for w in SECTOR_NOUNS["de"] for e in ("", "s", "n", "en")
)
# Heads of a German hyphen compound whose first part is a company even when it looks like a word
# ("Velqua-Chef", "Velqua-Sprecherin", "Velqua-Aktie").
_COMPANY_HEADS = frozenset("chef chefin sprecher sprecherin aktie aktien tochter mutter mutterkonzern".split())
_SPEECH = frozenset(
    "detto dichiarato spiegato parlato sottolineato aggiunto precisato ricordato commentato affermato "
    "dicho declarado explicado afirmado señalado añadido asegurado comentado subrayado hablado "
    "dit déclaré expliqué affirmé souligné ajouté précisé estimé indiqué parlé "
    "scritto riportato escrito publicado écrit rapporté".split()
)
_WHOSE = frozenset("dont whose which cui cuyo cuya deren dessen an di in".split())
_STAKE_WORDS = frozenset(
    "capital capitale stake owned % prozent anteile anteilen quota participación participation shares azioni "
    "acciones actions aktien controllata controlled detenuta détenue participada".split()
)
#: plant nouns and the "of" that names a plant's site after them ("la planta de X", "usine de X")
_PLANT_NOUNS = frozenset("plant plants factory site planta plantas fábrica factoría stabilimento stabilimenti impianto "
                         "fabbrica usine usines site werk werke standort".split())
_SITE_OF = frozenset("of de di du d' von in".split())
#: German prepositions fused with an article: a lone capitalised word after one is a noun
_DE_CONTRACTIONS = frozenset("vom zum zur beim im am ins ans aufs durchs fürs ums".split())
#: the words that join a public body to what it is in charge of ("ministerio de Industria")
_OF_WORDS = frozenset("of for de del di della delle dello degli dei du des d' für".split())
#: German compounds on power and plants ("Windstrom", "Wasserkraft", "Kohlekraftwerk"): common nouns
_GERMAN_POWER_ENDINGS = ("strom", "kraft", "werk")
_PRODUCT_WORDS = frozenset("model models modell modelle modello modelli modelo modelos modèle modèles".split())
# Lower-case nouns of a product or a technology that a name right after them names ("il sistema X",
# "the platform X", "la technologie X"); German capitalises its nouns and is left out.
_SYSTEM_NOUNS = frozenset(
    "system systems platform technology software sistema sistemi piattaforma tecnologia système systèmes "
    "plateforme technologie logiciel sistemas plataforma tecnología".split()
)
_PROGRESSIVE_AUX = {
    "en": frozenset("is was".split()),  # not "are": "Prices are set to"
    "it": frozenset("è sono era".split()),
    "es": frozenset("está están estaba".split()),
    "fr": frozenset("est sont était".split()),
    "de": frozenset("ist sind war".split()),
}
_TALKS = frozenset(
    "talks trattative trattativa negoziati negoziato conversaciones negociaciones négociations négociation "
    "discussions discussion gesprächen verhandlungen".split()
)
_PROGRESSIVE_EN = frozenset(
    "building considering weighing planning working seeking negotiating supplying buying acquiring selling "
    "investing developing preparing exploring evaluating nearing".split()
)
_COPULA = {
    "en": frozenset("is was becomes became remains".split()),
    "it": frozenset("è era diventa resta rimane".split()),
    "es": frozenset("es era".split()),
    "fr": frozenset("est était devient reste".split()),
    "de": frozenset("ist war bleibt wird".split()),
}
_INDEFINITE = frozenset("a an the un una uno un' ein eine einer une el la il lo der die das le".split())
_ROLE_AFTER = frozenset("ceo cfo cto coo chief spokesman spokeswoman spokesperson boss chairman chairwoman".split())
_HOLDERS = frozenset("shareholder shareholders owner investor backer parent partner supplier unit".split())
_AS = frozenset("as come als comme como".split())
_POSSESSIVES = frozenset("its their il suo sua proprio propria seinen seinem ihren ihrem son sa leur su sus".split())
_OF = frozenset("di de del della of von des du".split())
# Nouns that say "a company" with no article before them in a Romance apposition ("Beta, azienda
# specializzata in inverter,", "Beta, empresa líder en ...", "Beta, société fondée en 2019"): only a
# company is described so, where a role noun there describes a person.
_BARE_APPOSITION = {
    "it": frozenset("azienda società impresa startup pmi trasportatore spedizioniere".split()),
    "es": frozenset("empresa compañía sociedad startup pyme constructora transportista subcontratista".split()),
    # (also a small firm or a trade only firms have: "Beta, transporteur installé à Douai", "Beta, PME fondée en")
    "fr": frozenset("entreprise société startup pme transporteur logisticien sous-traitant équipementier".split()),
}
#: nouns for a company as a whole, whose "of" names its home town ("il gruppo di Wolfsburg")
_COLLECTIVE_HEADS = frozenset("gruppo groupe grupo group colosso gigante géant casa costruttore constructeur constructor fabricant fabricante produttore".split())
_FEMININE_ARTICLES = {
    "it": frozenset("la l della dalla alla nella sulla".split()),
    "es": frozenset({"la"}),
    "fr": frozenset({"la", "l"}),
}
_CLITICS = frozenset("lo l così así lo la".split())
_GERMAN_REPORTING = frozenset(
    "mitteilte mitteilten bekanntgab bekanntgaben ankündigte ankündigten meldete meldeten bestätigte "
    "bestätigten erklärte erklärten".split()
)
#: nouns after which a surname names a family, not a company ("la holding della famiglia Agnelli")
_FAMILY_NOUNS = {"it": frozenset("famiglia famiglie dinastia".split())}
#: the preposition of a town in apposition to a company ("Raffmetal, di Casto, ...")
_ORIGIN_OF = {"it": frozenset({"di"})}
# group words before a name describe it even with a capital ("el Grupo Torvena" is Torvena)
_GROUP_OPENERS = frozenset("group grupo groupe gruppo gruppe".split())
_PLACE_PREPOSITIONS = frozenset("in at near bei nahe près presso vicino cerca".split())
_PASSIVE_VERBS = frozenset("acquired bought purchased sold merged spun taken founded".split())
_PASSIVE_AFTER = frozenset("by to into off over".split())
_BE = frozenset("was were is are been be being".split())
_NAMING = frozenset(
    "called named dubbed denominata denominato chiamata chiamato battezzata battezzato baptisée baptisé "
    "appelée appelé nommée nommé llamada llamado denominada denominado bautizada bautizado namens genannt".split()
)
_PERFECT = {
    # not English: its business verbs are listed, and "X has gained" is as often a person or an index
    "it": frozenset("ha hanno aveva avevano".split()),
    "es": frozenset("ha han había habían".split()),
    "fr": frozenset("a ont avait avaient".split()),
}
_PARTICIPLE = {
    "it": re.compile(r"[a-zàèéìòù]{2,}(?:ato|ito|uto|sso|tto|rso|sto|lto)"),
    "es": re.compile(r"[a-záéíóúñ]{2,}(?:ado|ido|icho|echo|uesto|ierto|uelto|rito)"),
    "fr": re.compile(r"[a-zàâçéèêëîïôûùüÿœ]{2,}(?:é|is|it|u|ert|int)"),
}
_ADVERBS = frozenset(
    "also already now recently già ora anche inoltre poi infatti recentemente ya también además recientemente "
    "finalmente déjà aussi également ensuite désormais récemment finalement".split()
)
# Italian and Spanish passives: the participle of "be" (or the simple past), the agent's preposition, and
# what stands between the subject and that participle ("è stata", "ha sido", "fue")
_PASSIVE_BE = {"it": frozenset("stata stato stati state".split()), "es": frozenset("fue fueron sido".split())}
_AGENT = {"it": frozenset("da dal dalla dallo dai dalle dagli".split()), "es": frozenset({"por"})}
_PASSIVE_BEFORE = frozenset("è sono era erano ha han había habían già ya".split())


def _city_adjective(tok: Token, language: str) -> bool:
    """A town's adjective: "Stuttgarter", "Magdeburger" (German: the town and "-er"), "torinese"."""
    if tok.key in CITY_ADJECTIVES:
        return True
    if language != "de" or not tok.text.endswith("er") or len(tok.text) < 6 or not tok.text[0].isupper():
        return False
    stem = tok.text[:-2]
    # the town as written ("Grazer", "Kölner"), or with the vowel the adjective drops: "Münchner",
    # "Dresdner" (München, Dresden), "Basler" (Basel), "Zürcher" (Zürich)
    candidates = [stem, stem[:-1] + "e" + stem[-1]]
    if stem.endswith("ch"):
        candidates.append(stem[:-2] + "i" + stem[-2:])
    return any(places().get(town) is not None or towns().get(name_key(town)) is not None for town in candidates)


def _agent_noun(tok: Token) -> bool:
    """A German singular noun of one who does a trade ("Entsorger", "Spediteur", "Lieferant",
    "Spezialist"), which a town's adjective describes; a plural or an institution ("Verkehrsbetriebe",
    "Stadtwerke", "Bank", "Versicherung") may head a company's own name ("Berliner Verkehrsbetriebe")."""
    return tok.key.endswith(("er", "eur", "ist", "ant", "ent"))


#: what stands between German "von" and the "an" that closes it: a time ("von 2027 an", "von Anfang an")
_VON_AN_TIMES = frozenset("anfang beginn start nun da dann heute jetzt morgen sofort kindesbeinen "
                          "jahresbeginn jahresanfang jahresmitte frühjahr sommer herbst winter".split())


def _closes_von(tokens: list[Token], idx: int) -> bool:
    """Is the German "an" at tokens[idx] the end of "von <time> an" ("soll von 2027 an Zellen liefern",
    "von Anfang an", "vom Sommer an"), no preposition of a receiver ("liefert an Y")?"""
    for j in (idx - 2, idx - 3):
        if j >= 0 and tokens[j].key in ("von", "vom") and all(
                t.text.isdigit() or t.key in _VON_AN_TIMES or t.key in MONTHS or t.key in ("dem", "der", "kommenden",
                                                                                            "nächsten", "jahr")
                for t in tokens[j + 1 : idx]):
            return True
    return False


def _acronym_in_parentheses(tokens: list[Token], j: int) -> bool:
    """Do tokens[j-2:j+1] read "(ABC)", an acronym in capitals right after a capitalised word?"""
    return j >= 3 and tokens[j].text == ")" and tokens[j - 2].text == "(" and 2 <= len(tokens[j - 1].text) <= 6 \
        and tokens[j - 1].text.isalpha() and tokens[j - 1].text.isupper() and tokens[j - 3].text[:1].isupper() \
        and tokens[j - 2].start - tokens[j - 3].end == 1


def _agreeing(participle, key: str, lang: str) -> bool:
    """A participle, masculine or agreeing with a feminine or plural subject ("acquisita", "adquiridas")."""
    if participle is None or len(key) < 5:
        return False
    if lang == "it" and key[-1] in "aie":
        key = key[:-1] + "o"
    elif lang == "es" and key.endswith(("a", "as", "os")):
        key = key[: -2 if key.endswith("s") else -1] + "o"
    return participle.fullmatch(key) is not None


# the auxiliary of a reflexive perfect ("si è aggiudicata", "s'est adjugé") and the pronouns before it
_REFLEXIVE_BE = frozenset("è est".split())
_REFLEXIVE_BEFORE = frozenset("si se s ' ’".split())
# participles of reflexive verbs of business: "si è aggiudicata", "se ha adjudicado", "se ha hecho con",
# "s'est offert", "s'est emparé", "s'est associée" (people "si è limitato", "si è detto")
_REFLEXIVE_DEALS = (
    "aggiudicat", "assicurat", "alleat", "impegnat", "accordat", "associat", "dotat", "rafforzat", "unit",
    "adjudicad", "asegurad", "aliad", "hecho", "comprometid", "asociad", "dotad", "quedad", "unid",
    "adjug", "associ", "alli", "engag", "offert", "empar", "assur", "dot", "procur",
)
_RELATIVE = {"en": frozenset({"which"}), "it": frozenset({"che"}), "es": frozenset({"que"}), "fr": frozenset({"qui"})}


# Last words of a newspaper's or magazine's name: a source, never a party.
_PUBLICATION_WORDS = frozenset(
    "magazin magazine zeitung journal gazette times daily tribune rundschau kurier anzeiger handelsblatt "
    "gazzetta corriere quotidiano diario periódico periodico courrier".split()
)
# Nouns for a newspaper or a broadcaster before its name (lower case).
_PRESS_NOUNS = frozenset(
    "newspaper paper broadcaster newsletter giornale testata emittente periódico journal hebdomadaire "
    "magazine zeitung wirtschaftszeitung tageszeitung blatt wirtschaftsblatt fachblatt sender revista".split()
)
# Adjective endings between such a noun and the name: "il quotidiano economico X", "el diario económico X".
_ADJECTIVE_ENDINGS = ("ico", "ica", "iche", "ici", "ique", "ale", "ese", "ano", "ana", "sch", "sche", "al", "an", "ish", "ese")
_PARTICIPLE_ENDINGS = {
    "it": re.compile(r"[aiu]t[aoie]$"),
    "es": re.compile(r"[ai]d[oa]s?$"),
    "fr": re.compile(r"ée?s?$"),
}


_GERMAN_PASSIVE_AUX = frozenset("wird wurde werden wurden ist war sind waren".split())


def _fronted_participle(tokens: list[Token], tok: Token) -> bool:
    """A German participle opening the sentence before an auxiliary: "Genannt wird ...", "Geplant
    ist ...", "Vereinbart wurde ..." (a known participle, or one shaped "ge...t"/"ge...en")."""
    i = tokens.index(tok)
    if i != 0 or i + 1 >= len(tokens) or tokens[i + 1].key not in _GERMAN_AUX_AFTER:
        return False
    key = tok.key
    return key in GERMAN_PARTICIPLES or (key.startswith("ge") and key.endswith(("t", "en")) and len(key) > 5)


_GERMAN_AUX_AFTER = _GERMAN_PASSIVE_AUX


@lru_cache(maxsize=8)
def _company_nouns(language: str) -> frozenset[str]:
    from .vocab import SECTOR_NOUNS

    nouns = {w for n in SECTOR_NOUNS.get(language, SECTOR_NOUNS["en"]) for w in n.split()[-1:]}
    return frozenset(nouns | {"venture", "jv", "coentreprise", "joint-venture", "gemeinschaftsunternehmen", "chain"})


@lru_cache(maxsize=8)
def _more_cue_keys(language: str) -> frozenset[str]:
    """Token keys that may start one of ``more_cues``: every other token is skipped at once."""
    return frozenset(
        {"(", ",", "wie"} | ({"namen"} if language == "de" else set()) | _SEAT_FIRST | ({"to"} if language == "en" else set()) | _NAMING | _PERFECT.get(language, frozenset()) | (_REFLEXIVE_BE if language in _PERFECT else frozenset()) | _PASSIVE_BE.get(language, frozenset()) | _FEMININE_ARTICLES.get(language, frozenset())
        | _COPULA.get(language, frozenset()) | _ROLE_COPULA.get(language, frozenset()) | _AS | _ROLE_AFTER | _PROGRESSIVE_AUX.get(language, frozenset())
    )


def _ticker_of(abbr: str, name: list[Token]) -> bool:
    """Is ``abbr`` a ticker of ``name``: its letters in order within the name's letters, and not the
    name's initials (that is an abbreviation being defined)?"""
    letters = "".join(t.text for t in name).upper()
    initials = "".join(t.text[0] for t in name if t.text[0].isupper())
    if abbr == initials or abbr == initials[: len(abbr)] and len(initials) > 1:
        return False
    pos = 0
    for ch in abbr:
        pos = letters.find(ch, pos) + 1
        if pos == 0:
            return False
    return True


def find_named(text: str, sentence_tokens, language: str, existing: list[Mention]) -> list[Mention]:
    """COMPANY mentions found by position, never overlapping ``existing``. ``sentence_tokens`` holds
    (sentence index, start, end, tokens). Names the earlier pattern stage found (legal form,
    descriptor) count as accepted: their other occurrences are found too."""
    finder = _Finder(text, sentence_tokens, language, existing)
    for m in existing:
        if m.label == "COMPANY" and m.source == "pattern" and m.canonical:
            keys = tuple(t.casefold() for t in _name_tokens(m.canonical))
            if keys:
                finder.names.setdefault(keys, m.canonical)
    e_part_names(finder)  # "Kelvin e-Drive" written twice: one name, before any cue cuts it at the "e"
    finder.works()
    if language == "de":
        for m in find_german_works(text, sentence_tokens, existing, finder.found):
            finder.found.append(m)
            finder.occupied.add(m.start, m.end)
            finder.names.setdefault(tuple(t.casefold() for t in _name_tokens(m.canonical)), m.canonical)
    finder.cues()
    finder.more_cues()
    owned_subjects(finder)  # "Beta (acquired by Gamma)", "Beta è controllata da Gamma"
    round_leaders(finder)  # "the round was led by Beta", "angeführt wurde die Runde von Beta"
    owner_names(finder)  # "il fatturato di Beta", "die Aktie von Beta", "l'usine de Beta à Douai"
    finder.shapes()
    finder.short_forms()
    finder.repeats()
    # Coordination after the repeats, so "Ficosa y Motherson" sees Motherson found elsewhere.
    finder.coordination([m for m in existing if m.label == "COMPANY"] + finder.found)
    finder.repeats()
    towns_named = name_towns([m.canonical for m in existing if m.label == "COMPANY" and m.canonical]
                             + [" ".join(keys) for keys in finder.names])
    found = [m for m in finder.found if not (m.canonical and " " not in m.canonical.strip()
                                             and name_key(m.canonical) in towns_named)]
    return drop_sites(text, language, found, existing)  # "the Newport chip plant": a site


def name_towns(names: list[str]) -> set[str]:
    """Name keys of the towns that end a company's name on the page ("Ptuj" of "Velmora Ptuj d.o.o.",
    "Nola" of "Brixo Nola"): a company named after its town, whose town written alone ("mit Sitz im
    slowenischen Ptuj", "Mit Ptuj schließen wir eine Lücke") is the town, or at most the company by
    its place; no name found by position. The long town list cannot say whether a word alone is a
    town; the page's own name ending in it can."""
    out = set()
    for name in names:
        words = name_key(name).split()
        if len(words) > 1 and places().find(words[-1]) is not None:
            out.add(words[-1])
    return out


def _name_tokens(name: str) -> list[str]:
    from .text import TOKEN

    return TOKEN.findall(name)


def _known_prefix(name: str) -> str | None:
    """The company the gazetteer knows whose name (two words or more) opens ``name``, a unit named
    after it: "Forsee Power" in "Forsee Power Poland"; None when there is none."""
    words = name.split()
    for k in range(len(words) - 1, 1, -1):
        entry = gazetteer().entry(" ".join(words[:k]))
        if entry is not None:
            return entry.name
    return None
