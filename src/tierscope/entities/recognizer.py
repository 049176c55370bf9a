"""The entity stage: companies (known, by legal form or descriptor, by position, by coreference), people with roles, places,
money, capacities and dates, only inside ``doc.sentences``."""

from __future__ import annotations

import re
from bisect import bisect_left
from operator import attrgetter

from ..doc import Document, Mention
from .coref import coref_regex, find_coref
from .gazetteer import gazetteer, places, towns
from .known import find_known, name_matcher
from .matcher import tokenize
from .first_words import known_first_words
from .short_units import known_short_units
from .short_names import is_bare_short, opens_name, story_heads
from .short_forms import same_short_forms
from .ambiguous_short_forms import ambiguous_short_forms
from .public_names import drop_public_names
from .bracketed_places import drop_bracketed_places
from .group_short_names import group_short_names
from .joined_names import join_barred_names, join_owner_names
from .name_joins import full_names, join_field_tails, mark_home_full_names, same_company_names
from .names import _deal_regex, find_named, given_names, outlets
from .nicknames import find_nicknames
from .patterns import descriptor_regex, find_unknown, inner_camel
from .people import find_people
from .quantities import find_quantities
from .cues import MATERIALS
from .text import LEGAL_AFTER, Occupied, closing_token
from .patterns import LEGAL_FIRST
from .units import extend_unit_names
from .acronyms import link_acronyms
from .opener_initials import widen_to_openers
from .non_companies import drop_non_companies

__all__ = ["EntityRecognizer", "find_date_mentions"]

_LANGUAGES = ("en", "it", "de", "fr", "es")


def find_date_mentions(text: str, sentences, language: str) -> list[Mention]:
    """DATE mentions from ``tierscope.dates.find_dates``, kept inside sentences. Empty while the
    dates stage is not importable (it is built alongside this one)."""
    try:
        from ..dates import find_dates
    except ImportError:
        return []
    out = []
    k = 0
    for start, end, iso in find_dates(text, language):
        while k < len(sentences) and sentences[k].end <= start:
            k += 1
        if k < len(sentences) and sentences[k].start <= start and end <= sentences[k].end:
            out.append(Mention(start, end, text[start:end], "DATE", None, k, "dates", {"date": iso}))
    return out


# Words after a known name that leave it the same company ("Toyota Motor Corporation", "Mercedes-Benz
# Group AG"): only other words make a longer legal name another company ("Hitachi Zosen Corporation").
_GENERIC_AFTER = frozenset(
    "motor motors group holding holdings international global company co corp corporation industries "
    "industrial automotive auto cars energy technologies technology systems solutions electric electronics "
    "america americas europe asia north china japan germany usa uk the and &".split()
)


_SUBSIDIARY_NOUNS = frozenset(
    "subsidiary unit division affiliate controllata divisione filiale filial tochter tochtergesellschaft "
    "sparte".split()
)


_start = attrgetter("start")


def _drop_name_prefixes(text: str, toks, known: list[Mention], language: str = "en") -> list[Mention]:
    """Known companies that are only the first word(s) of a longer name with a legal form:
    "Hitachi Zosen Corporation", "Reliance New Energy Solar Ltd" name other companies, which the
    legal-form pattern then finds whole."""
    out = []
    for m in known:
        closing = closing_token(toks, m)  # the token that ends where the mention ends
        if closing is not None:
            tokens, k = closing
            j = k + 1
            while j < len(tokens) and j - k <= 4 and tokens[j].start - tokens[j - 1].end <= 1 \
                    and (tokens[j].text[0].isupper() or inner_camel(tokens[j])) and tokens[j].text not in LEGAL_FIRST \
                    and not (language == "de" and tokens[j].key.endswith(_GERMAN_GOODS_ENDINGS)
                             and not _legal_form_next(text, tokens, j)):
                # (a German noun of goods after a name is the verb's object: "fertigt die Tochter
                # Samsung SDI Battery Systems Batteriemodule"; before a legal form it is the name's
                # own word: "die Kelvar Kabel GmbH")
                j += 1
            longer = j > k + 1 and any(t.key not in _GENERIC_AFTER for t in tokens[k + 1 : j])
            if longer and j < len(tokens) and tokens[j].text in LEGAL_FIRST and LEGAL_AFTER.match(text, tokens[j - 1].end):
                continue
            first = bisect_left(tokens, m.start, key=_start)
            first = first if first < len(tokens) and tokens[first].start == m.start else None
            if longer and first and tokens[first - 1].key in _SUBSIDIARY_NOUNS:
                continue  # "la controllata Marelli Automotive Lighting": a unit named after its parent
        out.append(m)
    return out


def _legal_form_next(text: str, tokens, j: int) -> bool:
    """Does a legal form follow tokens[j] ("Kabel GmbH")? A word right before one belongs to a name."""
    return j + 1 < len(tokens) and tokens[j + 1].text in LEGAL_FIRST and LEGAL_AFTER.match(text, tokens[j].end) is not None


# First words of known names that other companies' names end with: "Axon Partners Group" is not
# the known "Partners Group", "Brightline Capital Partners" not "Capital Partners".
_GENERIC_FIRST = frozenset("partners capital ventures investments holdings".split())


def _widen_generic_known(text: str, toks, known: list[Mention]) -> list[Mention]:
    """A known name that opens with a generic word, right after a capitalised word of its own (not
    the sentence's first, not a place, not another mention): the whole is one unknown company."""
    starts = {m.start for m in known}
    ends = {m.end for m in known}
    out = []
    for m in known:
        first = m.text.split()[0].casefold() if m.text.split() else ""
        if m.label != "COMPANY" or first not in _GENERIC_FIRST or m.sentence is None or not 0 <= m.sentence < len(toks):
            out.append(m)
            continue
        tokens = toks[m.sentence][3]
        k = bisect_left(tokens, m.start, key=_start)
        prev = tokens[k - 1] if 0 < k <= len(tokens) and k < len(tokens) and tokens[k].start == m.start else None
        if (prev is None or k - 1 == 0 or not prev.text[:1].isupper() or not prev.text.isalpha() or m.start - prev.end != 1
                or prev.end in ends or prev.start in starts or places().get(prev.text) is not None
                or tokens[k - 2].text[:1].isupper()):
            out.append(m)
            continue
        surface = text[prev.start : m.end]
        out.append(Mention(start=prev.start, end=m.end, text=surface, label="COMPANY", canonical=" ".join(surface.split()),
                           sentence=m.sentence, source="pattern", attrs={"known": False, "sectors": list(m.attrs.get("sectors", ()))}))
    return out


def _drop_surnames(toks, known: list[Mention]) -> list[Mention]:
    """A one-word known company right after a given name is that person's surname: "Vincent Bolloré
    contrôle Vivendi", "industrialist Naveen Jindal", "Henry Ford" (the family, not the company)."""
    given = given_names()
    out = []
    for m in known:
        if m.label == "COMPANY" and " " not in m.text and m.sentence is not None and 0 <= m.sentence < len(toks):
            tokens = toks[m.sentence][3]
            k = bisect_left(tokens, m.start, key=_start)
            prev = tokens[k - 1] if 0 < k < len(tokens) and tokens[k].start == m.start else None
            if (prev is not None and m.start - prev.end == 1 and prev.text[:1].isupper() and prev.text[1:].islower()
                    and prev.key in given):
                continue
        out.append(m)
    return out


def _goods(m: Mention, language: str = "en") -> bool:
    """A name found by position that is one word, a material or a compound that starts with one
    ("Siliziumkarbid-Substraten"); "GaN Systems" and "Lithium South" are names."""
    if m.label != "COMPANY" or m.source != "pattern" or " " in m.text.strip():
        return False
    if _MEASURE.fullmatch(m.text.strip()):
        return True  # "150mm and 200mm wafers", "800V": a size or a rating, not a name
    word = m.text.strip()
    if language == "de" and word.casefold() in _GERMAN_GOODS_WORDS:
        return True  # a German plural of goods alone: "liefert der Konzern Bänder und Bleche an Y"
    if len(word) >= 10 and not any(c.isupper() for c in word[1:]) and word.casefold().endswith(_GERMAN_GOODS_ENDINGS):
        return True  # a German compound naming goods: "Zellkontaktiersysteme", "Hochvoltspeichern"
    return m.text.split("-")[0].casefold() in MATERIALS


#: heads of German compounds that name goods (a one-word "name" ending so is a noun of goods)
_GERMAN_GOODS_ENDINGS = (
    "systeme", "systemen", "speicher", "speichern", "module", "modulen", "zellen", "komponenten", "batterien",
    "teile", "teilen", "schilde", "anlagen", "fahrzeuge", "fahrzeugen", "materialien", "halbleiter", "halbleitern",
    "motoren", "achsen", "stacks", "kabel", "leitungen", "gehäuse", "wechselrichter", "ladesäulen",
    "platten", "pumpen", "bleche", "folien", "scheiben", "sitze", "reifen", "rahmen", "kathoden", "anoden",
    "elektrolyte", "separatoren", "sensoren", "geräte", "geräten", "antriebe", "getriebe", "bremsen",
    "scheinwerfer", "karosserien", "stecker", "kühler", "chips", "wafer",
    "deckel", "elemente", "elementen", "controller", "achse", "träger", "wannen", "ventile", "dichtungen",
    "schläuche", "felgen", "baugruppen", "substrate", "bänder", "barren", "profile", "drähte", "rohre", "coils",
)
#: the same heads as words of their own, read where the page is German
_GERMAN_GOODS_WORDS = frozenset(_GERMAN_GOODS_ENDINGS)
#: a number with a unit of size, energy or power written as one word
_MEASURE = re.compile(r"\d+(?:[.,]\d+)?(?:mm|nm|cm|µm|um|kwh|mwh|gwh|twh|kw|mw|gw|kv|v|ah|mah|kg)", re.I)


def _same_short_names(mentions: list[Mention], named: list[Mention]) -> list[Mention]:
    """A word the name finder read as the short form of a longer name ("Kessler" for "Kessler
    Gehäusetechnik") names that company wherever an earlier finder took the word alone too ("la
    alemana Kessler" in the headline): one page, one company per short name."""
    longer: dict[str, set[str]] = {}
    for m in named:
        word = m.text.strip()
        if m.label == "COMPANY" and m.canonical and " " not in word and opens_name(word, m.canonical):
            longer.setdefault(word, set()).add(m.canonical)
    if not longer:
        return mentions
    for m in mentions:
        if is_bare_short(m):
            whole = longer.get(m.canonical)
            if whole and len(whole) == 1:
                m.canonical = next(iter(whole))
    return mentions


class EntityRecognizer:
    name = "tierscope.entities.v1"
    requires = ("text", "sentences", "language")
    produces = ("mentions",)

    def __init__(self, *, dates: bool = True):
        self.dates = dates

    def warm_up(self) -> None:
        gazetteer()
        places()
        towns()  # the long town list: every batch of news looks a town up
        name_matcher()
        given_names()
        outlets()
        for lang in _LANGUAGES:
            descriptor_regex(lang)
            coref_regex(lang)
            _deal_regex(lang)  # (compiled on first use otherwise)

    def __call__(self, doc: Document) -> Document:
        text, language = doc.text, (doc.language or "en")
        sentences = sorted(doc.sentences, key=lambda s: s.start)
        if sentences != doc.sentences:
            doc.sentences = sentences
        toks = [(i, s.start, s.end, tokenize(text, s.start, s.end)) for i, s in enumerate(sentences)]
        known = find_known(text, [(i, e, t) for i, _s, e, t in toks], language)
        known = _drop_name_prefixes(text, toks, known, language)
        known = _widen_generic_known(text, toks, known)
        known = _drop_surnames(toks, known)
        known = extend_unit_names(text, toks, known, language)
        known = join_field_tails(text, toks, known)  # "Solaria Energía y Medio Ambiente": one company
        known += find_nicknames(text, sentences, known)
        known = join_barred_names(text, known)  # "Iberdrola | bp pulse": one co-branded company
        unknown = find_unknown(text, toks, language, known)
        if unknown:
            # a country that ends a unit's name ("das Gemeinschaftsunternehmen Beta Deutschland") is no place there
            inside = Occupied(len(text), ((m.start, m.end) for m in unknown if m.label == "COMPANY"))
            known = [m for m in known if not (m.label == "PLACE" and inside.overlaps(m.start, m.end))]
        mentions = known + unknown
        named = find_named(text, toks, language, mentions)
        heads = story_heads(sentences)
        if named:
            # A country that ends a company's name ("Helvetia Österreich") is no place there, and a known
            # company that opens a name the page writes whole elsewhere ("Kelvar" in "Kelvar Kabel") is
            # no company of its own there (names.repeats)
            inside = Occupied(len(text), ((m.start, m.end) for m in named))
            over = Occupied(len(text), ((m.start, m.end) for m in named if m.attrs.get("over_parts")))
            mentions = [m for m in mentions if not (m.label == "PLACE" and inside.overlaps(m.start, m.end))
                        and not (m.label == "COMPANY" and over.overlaps(m.start, m.end))]
            mentions.extend(named)
            mentions = _same_short_names(mentions, named)
            # "Core" after "Core Lithium": the known company named by its first word alone
            mentions = known_first_words(mentions, heads)
        # "Panasonic" after "Panasonic Energy": the group's bare name for the unit the page is about
        mentions = known_short_units(mentions, heads)
        # "Hyundai" on a page that names Hyundai Motor Group and never Hyundai Motor in full: the group
        mentions = group_short_names(mentions)
        # "Electra" after "Electra Battery Materials": a flagged bare name standing for the page's longer company
        mentions = ambiguous_short_forms(mentions, heads)
        # "Kestrel Cathode" in the headline, "Kestrel Cathode Materials" in the body: one company
        mentions = same_short_forms(mentions, heads)
        # "Ebro Chery Battery Systems": a joint company named after its owners, not the two owners side by side
        mentions = join_owner_names(text, mentions)
        # "la Società Trasporti Alpini Riuniti (STAR)": the company word opens the name its initials spell
        mentions = widen_to_openers(text, toks, mentions)
        mentions = link_acronyms(text, toks, mentions, language)
        # goods taken for names leave before coreference: no description points to them, and "liefert der
        # Konzern Kühlplatten an Y" is no apposition
        mentions = [m for m in mentions if not _goods(m, language)]
        # common nouns and people's surnames taken for names leave before coreference points to them
        mentions = drop_non_companies(text, toks, mentions, language)
        # "im Bundesstaat Minas Gerais", "nell'asta MACSE": a region or a public scheme, no party to a tie
        mentions = drop_public_names(text, mentions, language)
        # "à Échassières (Allier)": a small town with its district in brackets, no company
        mentions = drop_bracketed_places(text, mentions, language)
        found = find_coref(text, sentences, toks, language, mentions)
        covered = {tuple(m.attrs["covers"]) for m in found if m.attrs.get("covers")}
        if covered:
            # a name inside a reference ("die VW-Tochter" is the unit): the reference stands for it
            mentions = [m for m in mentions if (m.start, m.end) not in covered or m.label != "COMPANY"]
        mentions.extend(found)
        people = find_people(text, toks, mentions)
        if people:
            # A role-bearing person named like a company ("Henry Ford") is the person.
            inside = Occupied(len(text), ((p.start, p.end) for p in people))
            mentions = [m for m in mentions if not (inside.overlaps(m.start, m.end) and m.label != "PERSON")]
            mentions.extend(people)
        taken = Occupied(len(text), ((m.start, m.end) for m in mentions))
        for q in find_quantities(text, toks, language):
            if not taken.overlaps(q.start, q.end):
                mentions.append(q)
                taken.add(q.start, q.end)
        if self.dates:
            for d in find_date_mentions(text, sentences, language):
                if not taken.overlaps(d.start, d.end):
                    mentions.append(d)
        # "Solaria" beside "Solaria Energía y Medio Ambiente": the page's full name of the known company,
        # given last, so that coreference still reads what the gazetteer says of the company
        mentions = same_company_names(mark_home_full_names(mentions))
        mentions = [m for m in mentions if not _goods(m, language)]
        mentions.sort(key=lambda m: (m.start, -m.end))
        doc.mentions.extend(mentions)
        doc.full_names.update(full_names(mentions))
        return doc
