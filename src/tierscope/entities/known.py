"""Known companies and places: one longest-match pass over each sentence's tokens.

Rules beyond plain lookup:

* ambiguous aliases (flag ``?``) need context; if they have none here they are kept only when the
  same company is named unambiguously elsewhere in the document (as ``@`` aliases always are);
* a name that is both a company and a place ("Salzgitter") is a PLACE after a location
  preposition ("in Salzgitter") and a COMPANY otherwise;
* capitalised group words before ("Gruppo", "Groupe", "Grupo") or after ("Konzern", "Group") and
  legal forms after ("AG", "N.V.", "& C. S.p.A.") join the span; the canonical name stays.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..doc import Mention
from .gazetteer import Entry, Place, gazetteer, places, towns
from .markets import names_a_market
from .matcher import Token, TokenMatcher
from .title_acronyms import title_case_acronym
from .de_dative_names import dative_candidates
from .de_bare_names import bare_after_preposition
from .group_names import group_entry
from .new_inside import new_inside
from .patterns import CONTINUE, LEGAL_FIRST, venture_last_words
from .text import LEGAL_AFTER, name_key
from .cues import AUX, GERMAN_NAME_NOUN_ENDINGS, NAME_NOUNS, SUBJECT_VERBS
from .vocab import CITY_ADJECTIVES, CONTEXT, LOCATION_PREPS, NATIONALITY, PLACE_NAME_HEADS, SECTOR_NOUNS

__all__ = ["find_known", "name_matcher"]

_GROUP_BEFORE = frozenset({"Gruppo", "Groupe", "Grupo", "Gruppe"})
_GROUP_AFTER = frozenset({"Group", "Gruppe", "Konzern", "Holding", "Holdings", "Gruppo", "Groupe"})
_WINDOW = 3  # tokens either side searched for context words
_NEAR = 12  # characters between an ambiguous name and another company that vouches for it
_YEAR = re.compile(r"(?:19|20)\d\d")


@lru_cache(maxsize=1)
def name_matcher() -> TokenMatcher:
    """One matcher over company and place aliases (loaded on first use)."""
    pats = [(s, f, e) for s, f, e in gazetteer().aliases]
    pats += [(s, f, p) for s, f, p in places().aliases]
    return TokenMatcher(pats)


def _sentence_initial(tokens: list[Token], i: int) -> bool:
    return all(not t.text[0].isalnum() for t in tokens[:i])


def _is_word_cap(tok: Token) -> bool:
    return tok.text[0].isupper()


# Words between a comma and the noun of an apposition: "Exor, la holding ...", "Ketjen, su filial ...".
_APPOSITION_OPENERS = frozenset(
    "a an the its un una uno il la le el ein eine der die das une son sa leur su sus suo sua sein seine ihre".split()
)


@lru_cache(maxsize=8)
def _descriptors(language: str) -> frozenset[str]:
    """One-word nouns that say what a company is, in ``language``: "holding", "Tochter", "fondo",
    "fabricant" (the last word of the sector nouns)."""
    nouns = set(NAME_NOUNS.get(language, NAME_NOUNS["en"]))
    nouns |= {n.split()[-1] for n in SECTOR_NOUNS.get(language, SECTOR_NOUNS["en"])}
    # a joint company's noun: "ACC, das Gemeinschaftsunternehmen von ...", "Velmora, la coentreprise de ..."
    nouns |= venture_last_words(language)
    return frozenset(nouns | {"holding"})


def _descriptor(tok: Token, language: str) -> bool:
    key = tok.key
    if key in _descriptors(language):
        return True
    if language == "en":
        return key.endswith("maker")
    # German compounds by their head: "Finanzinvestor", "Maschinenbauer", "Vermögensverwalter"
    return language == "de" and tok.text[0].isupper() and key.endswith(GERMAN_NAME_NOUN_ENDINGS)


def _introduced(tokens: list[Token], i: int, n: int, language: str) -> bool:
    """A noun that says what the ambiguous name is, right before it or in an apposition after it:
    "der Finanzinvestor Carlyle", "il fondo americano Vale", "Exor, la holding della famiglia",
    "Saft, its battery unit," (not "the Apple watch": the noun must come first or after a comma)."""
    j = i - 1
    if j > 0 and tokens[j].text[0].islower() and (tokens[j].key in NATIONALITY or tokens[j].key in CITY_ADJECTIVES):
        j -= 1  # "il fondo americano Vale", "la holding torinese Exor"
    if j >= 0 and (language == "de" or tokens[j].text[0].islower()) and _descriptor(tokens[j], language):
        return True
    k = i + n
    if k + 2 < len(tokens) and tokens[k].text == "," and tokens[k + 1].key in _APPOSITION_OPENERS:
        return any(t.text[0].islower() or language == "de" and _descriptor(t, language)
                   for t in tokens[k + 2 : k + 5] if _descriptor(t, language))
    return False


def _has_context(text: str, tokens: list[Token], i: int, n: int, sent_end: int, language: str) -> bool:
    """Context for an ambiguous company alias at tokens[i:i+n]."""
    if _sentence_initial(tokens, i) and i + n < len(tokens) and _YEAR.fullmatch(tokens[i + n].text):
        return False  # "Nel 2023 la società ...": a word of the language opening a dated clause
    end = tokens[i + n - 1].end
    m = LEGAL_AFTER.match(text, end)
    if m and m.end() <= sent_end:
        return True
    lo, hi = max(0, i - _WINDOW), min(len(tokens), i + n + _WINDOW)
    if any(tokens[k].key in CONTEXT for k in range(lo, hi) if not i <= k < i + n):
        return True
    if _introduced(tokens, i, n, language):
        return True
    # The subject of a business verb: "Seat compra celdas" (not English, where "Smart plans" is a noun
    # phrase as often).
    k = i + n if language != "en" else len(tokens)
    while k < len(tokens) and tokens[k].key in AUX and k - i - n < 2:
        k += 1
    if k < len(tokens) and tokens[k].text[0].islower() and tokens[k].key in SUBJECT_VERBS.get(language, ()):
        return True
    # Standing alone mid-sentence: "deliveries to Vale rose", not "Vale, ..." opening a sentence,
    # "King Lear", "Continental Europe" or "400 Ampere". German capitalises every noun: no.
    if language == "de" and bare_after_preposition(text, tokens, i, n):
        return True  # "Gespräche mit Velmora über ...": a name takes no article, a noun does
    if language == "de" or _sentence_initial(tokens, i):
        return False
    if all(t.text.isupper() for t in tokens[i : i + n]):  # acronyms ("ACC") are too often other things
        return False
    prev = tokens[i - 1]
    if _is_word_cap(prev) or prev.text[0].isdigit() or prev.key in LOCATION_PREPS:
        return False
    if i + n < len(tokens) and _is_word_cap(tokens[i + n]):
        return False
    return True


#: a figure right before a name: a unit of measure ("mit 400 Ampere"), not the company
_AFTER_NUMBER = re.compile(r"\d[\d.,]*\s*$")
#: words of the language that an ambiguous one-word alias may be ("Nel" is the preposition "nel")
_FUNCTION_WORDS = {"it": frozenset("nel nella nei negli dal dalla sul sulla ora".split()),
                   "de": frozenset("zum zur im am beim vom".split())}  # (no French, Spanish or English word is a known alias)


def _opening_word(tokens: list[Token], i: int, n: int, language: str) -> bool:
    """"Nel 2024 Hanon ...", "Nel frattempo il gruppo ...", "Zum Geschäft: ...": a function word of the
    language opening the sentence before a lower-case word or a year (in German, whose nouns are
    capitalised, before any word) is that word, however near a company stands; not before a business
    verb ("Nel fornirà elettrolizzatori": the company as the subject)."""
    if n != 1 or tokens[i].key not in _FUNCTION_WORDS.get(language, ()) or not _sentence_initial(tokens, i):
        return False
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is None or nxt.key in SUBJECT_VERBS.get(language, ()) or nxt.key in AUX:
        return False
    return nxt.text[0].islower() or _YEAR.fullmatch(nxt.text) is not None or (language == "de" and nxt.text[0].isupper())


def _company_mention(text, tokens, i, n, entry: Entry, sent_index, sent_end, end_override=None) -> tuple[Mention, int]:
    """Mention for tokens[i:i+n] plus group words and legal form; returns it and the token index after it."""
    start = tokens[i].start
    end = tokens[i + n - 1].end if end_override is None else end_override
    j = i + n
    if i > 0 and tokens[i - 1].text in _GROUP_BEFORE and tokens[i - 1].end >= start - 1:
        start = tokens[i - 1].start
    if end_override is None and j < len(tokens) and tokens[j].text in _GROUP_AFTER:
        end = tokens[j].end
        j += 1
    if end_override is None:
        m = LEGAL_AFTER.match(text, end)
        if m and m.end() <= sent_end:
            end = m.end()
            while j < len(tokens) and tokens[j].start < end:
                j += 1
    entry = group_entry(tokens, i, n, entry)  # "le groupe Volvo" is Volvo Group, not Volvo Cars
    mention = Mention(
        start=start,
        end=end,
        text=text[start:end],
        label="COMPANY",
        canonical=entry.name,
        sentence=sent_index,
        source="gazetteer",
        attrs={"known": True, "sectors": list(entry.sectors), "country": entry.country},
    )
    return mention, j


def _place_mention(text, tokens, i, n, place: Place, sent_index) -> Mention:
    start, end = tokens[i].start, tokens[i + n - 1].end
    return Mention(
        start=start,
        end=end,
        text=text[start:end],
        label="PLACE",
        canonical=place.name,
        sentence=sent_index,
        source="gazetteer",
        attrs={"country": place.country, "kind": place.kind},
    )


def _town_after_preposition(text: str, tokens: list[Token], i: int, language: str) -> tuple[Place, int] | None:
    """A town of the long GeoNames list right after a location preposition ("in Kokomo", "a Göd",
    "à Douvrin"): the longest of up to three capitalised tokens joined by a space or a hyphen. Not
    the first word of a longer name ("to Brennero Motors S.p.A."): a capitalised word after the town
    stops it, except in German, where nouns are capitalised, unless that word belongs to names."""
    if i == 0 or tokens[i - 1].key not in LOCATION_PREPS or not tokens[i].text[0].isupper():
        return None
    table = towns()
    n = 1
    while n < 3 and i + n < len(tokens) and text[tokens[i + n - 1].end : tokens[i + n].start] in (" ", "-"):
        n += 1
    for k in range(n, 0, -1):
        place = table.get(name_key(text[tokens[i].start : tokens[i + k - 1].end]))
        if place is None:
            continue
        if names_a_market(text, text[tokens[i].start : tokens[i + k - 1].end], tokens[i + k - 1].end, tokens[i - 1].key):
            return None  # "a Dax-listed group", "im Dax", "quotata in Borsa": a stock market (markets.py)
        nxt = tokens[i + k] if i + k < len(tokens) else None
        if nxt is not None and nxt.text[0].isupper() and text[tokens[i + k - 1].end : nxt.start] == " " and (
                language != "de" or nxt.key in CONTINUE or nxt.text in LEGAL_FIRST):
            return None
        return place, k
    return None


def _place_then_business(text: str, tokens: list[Token], j: int, first_keys=frozenset()) -> bool:
    """A capitalised business word after a place, perhaps after one or two other words, ending the
    run ("Alabama Power said", "utility Skellefteå Kraft and", "Jiangxi Ganfeng Lithium"): the place
    starts a company's name. Words that may start a known name do not count ("in Poland LG Energy")."""
    k = j
    while k < len(tokens) and k - j <= 2 and text[tokens[k - 1].end : tokens[k].start] == " " \
            and tokens[k].text[0].isupper() and (not tokens[k].text.isupper() or _initials_inside(tokens, k, j)):
        if tokens[k].key in PLACE_NAME_HEADS:
            return k > j or k + 1 >= len(tokens) or not tokens[k + 1].text[0].isupper()
        if tokens[k].key in first_keys and not new_inside(tokens, k):
            return False
        k += 1
    return False


def _initials_inside(tokens: list[Token], k: int, j: int) -> bool:
    """Initials between a place and a business word ("Aragón LFP Energy", "Texas LNG Power"): part of
    the name, where they are not the last word before the place's end nor the first word of it."""
    return k + 1 < len(tokens) and len(tokens[k].text) >= 2 and tokens[k].text.isalpha() \
        and tokens[k + 1].key in PLACE_NAME_HEADS


def _place_suffix(tokens: list[Token], i: int, found: list[Mention]) -> bool:
    """A name after "an der", "am", "an dem", "ob der" that follow a place just found: the rest of the
    town's name ("Weilheim an der Teck", "Frankfurt am Main", "Neumarkt in der Oberpfalz")."""
    if i < 2 or not found or found[-1].label != "PLACE":
        return False
    if tokens[i - 1].key == "am" or (tokens[i - 1].key == "der" and tokens[i - 2].key in ("an", "in", "ob")):
        k = i - 1 if tokens[i - 1].key == "am" else i - 2
        return k > 0 and found[-1].end == tokens[k - 1].end
    return False


def find_known(text: str, sentence_tokens: list[tuple[int, int, list[Token]]], language: str) -> list[Mention]:
    """Company and place mentions in the given sentences: (sentence index, sentence end, tokens)."""
    matcher = name_matcher()
    found: list[Mention] = []
    pending: list[Mention] = []  # ambiguous names waiting for the company to be named elsewhere
    first_keys, single_keys, first_pairs = matcher.first_keys, matcher.single_keys, matcher.first_pairs
    for sent_index, sent_end, tokens in sentence_tokens:
        # Only tokens that start some alias (or may be a genitive of one) are looked at: a whole
        # alias, or the first two words of a longer one ("de" alone is looked at only before a
        # word that may follow it in an alias).
        last = len(tokens) - 1
        starts = [k for k, t in enumerate(tokens)
                  if (t.key in first_keys and (t.key in single_keys or (k < last and (t.key, tokens[k + 1].key) in first_pairs)))
                  or (t.text[0].isupper() and (t.key[-1] == "s" or (k > 0 and tokens[k - 1].key in LOCATION_PREPS)))
                  # German: a two-word name whose second word stands in the dative plural ("den Lech-Stahlwerken")
                  or (language == "de" and k < last and t.key in first_keys and tokens[k + 1].key.endswith("en")
                      and (t.key, tokens[k + 1].key[:-1]) in first_pairs)]
        i = 0
        for k in starts:
            if k < i:
                continue
            i = k
            cands = matcher.candidates(tokens, i) or title_case_acronym(matcher, tokens, i, language)  # "Basf" for BASF
            if language == "de" and i + 1 < len(tokens) and tokens[i].text[:1].isupper():
                # "bei den Ford-Werken": a known name in the dative plural, longer than what matched
                longer = dative_candidates(matcher, tokens, i, max((n for n, _ in cands), default=0))
                if longer:
                    cands = longer
            chosen_n, companies, places_, waiting, waiting_flag = 0, [], [], [], ""
            for n, cand in cands:
                if chosen_n and n < chosen_n:
                    break
                payload = cand.payload
                if isinstance(payload, Place):
                    if cand.flag == "?" and not (i > 0 and tokens[i - 1].key in LOCATION_PREPS):
                        continue
                    places_.append(payload)
                elif cand.flag == "@":
                    waiting.append(payload)
                    waiting_flag = "@"
                elif cand.flag == "?" and _opening_word(tokens, i, n, language):
                    continue  # (before the context test: "Nel frattempo il gruppo" has "gruppo" near it)
                elif cand.flag == "?" and not _has_context(text, tokens, i, n, sent_end, language):
                    waiting.append(payload)
                    waiting_flag = "?"
                else:
                    companies.append(payload)
                chosen_n = n
            end_override = None
            if not chosen_n:
                gen = matcher.genitive(tokens, i)
                companies = [c.payload for c in gen if isinstance(c.payload, Entry)]
                places_ = [c.payload for c in gen if isinstance(c.payload, Place)]
                if companies or places_:
                    chosen_n, end_override = 1, tokens[i].end - 1
            if not chosen_n:
                town = _town_after_preposition(text, tokens, i, language)
                if town is not None:
                    place, n = town
                    found.append(_place_mention(text, tokens, i, n, place, sent_index))
                    i += n
                continue
            if _place_suffix(tokens, i, found):
                i += chosen_n  # "Weilheim an der Teck", "Frankfurt am Main": the end of a town's name
                continue
            after_prep = i > 0 and tokens[i - 1].key in LOCATION_PREPS
            if places_ and not companies and _place_then_business(text, tokens, i + chosen_n, first_keys):
                i += chosen_n  # "Alabama Power": left to the name cues, whose name it starts
                continue
            if places_ and (not companies or after_prep):
                m = _place_mention(text, tokens, i, chosen_n, places_[0], sent_index)
                if end_override is not None:
                    m.end, m.text = end_override, text[m.start:end_override]
                found.append(m)
                i += chosen_n
            elif companies:
                m, i = _company_mention(text, tokens, i, chosen_n, companies[0], sent_index, sent_end, end_override)
                found.append(m)
            else:
                m, _ = _company_mention(text, tokens, i, chosen_n, waiting[0], sent_index, sent_end)
                m.attrs["_near_ok"] = waiting_flag == "?"
                pending.append(m)
                i += chosen_n
    # Ambiguous names are kept when the company is named unambiguously elsewhere ("@"/"?"), or,
    # for "?" names, next to another company ("Seat y Cupra", "Hyundai and Genesis"), or when the
    # story names the unit's parent ("Renault lässt seine Elektrotochter Ampere ...": a story about
    # Renault that says Ampere means the unit; not a number's unit, "mit 400 Ampere").
    companies = [m for m in found if m.label == "COMPANY"]
    named = {m.canonical for m in companies}
    for m in pending:
        near_ok = m.attrs.pop("_near_ok", False)
        entry = gazetteer().entry(m.canonical) if near_ok else None
        parent = entry.parent if entry is not None else None
        if m.canonical in named or (near_ok and any(
            c.sentence == m.sentence and (0 <= c.start - m.end <= _NEAR or 0 <= m.start - c.end <= _NEAR)
            for c in companies
        )) or (parent in named and not _AFTER_NUMBER.search(text, max(0, m.start - 12), m.start)):
            found.append(m)
    found.sort(key=lambda m: m.start)
    return found
