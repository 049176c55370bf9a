"""Names found by position that are no company: a capitalised common noun ("Kleinere Mengen liefert
weiterhin Farasis", "Bauherr ist die Tochter X", "Relations" in a title-cased headline), a product line
before its model code ("the Ebro s700") and the surname of
a person the page names with a role ("chief executive Kazuo Tadanobu ... Tadanobu told reporters"; an
owner named with a bare title: "Owner Dale Halvorsen said"),
and a model code alone ("supplies the R3"); a model's name after its marque or code ("Vexa e-C7", "911 GTS":
``model_names.py``).
Only names found by position (source "pattern") are tested: a gazetteer company or a name with a legal
form is never dropped."""

from __future__ import annotations

import re

from ..doc import Mention
from ..scan.page_words import page_may_search
from .people import find_people
from .model_names import drop_model_names
from .patterns import CONTINUE
from .trade_heads import TRADE_HEADS
from .units import UNIT_HEADS

__all__ = ["drop_non_companies", "common_noun_name"]

# Endings of abstract and collective nouns (actions, qualities, quantities, classes, chemicals) that a
# one-word company name almost never has; heads of real company names are kept out (see _NAME_HEADS).
_NOUN_ENDINGS = {
    "de": ("ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "klasse", "klassen",
           "menge", "mengen", "nahme", "nahmen", "herr", "herren", "hydroxid", "karbonat", "carbonat", "oxid",
           "sulfat", "chlorid", "tion", "tionen", "ität", "ismus",
           # heads of descriptions written before a name ("bei Lithiumveredler Rock Tech")
           "hersteller", "zulieferer", "lieferant", "lieferanten", "produzent", "produzenten", "veredler",
           "spezialist", "spezialisten", "konzern", "konzerne", "entwickler", "anbieter", "betreiber",
           "versorger", "verarbeiter",
           # a company's rank or rival ("der chinesische Marktführer", "der Branchenprimus", "der Konkurrent")
           "marktführer", "weltmarktführer", "technologieführer", "primus", "konkurrent", "konkurrenten",
           "wettbewerber", "rivale", "rivalen"),
    # (not a singular "-tion": invented brand names end so, "Nuvation", "Ambition")
    "en": ("tions", "ment", "ments", "ness", "ship", "ships", "maker", "makers"),
    "fr": ("tions", "ment", "ments", "ité", "ités"),
    # (and the first person plural of a verb opening a quote or an answer: "«Abbiamo acquisito il 30% di Y»",
    # "«Hemos comprado Y»" is a head speaking, not a company named Abbiamo)
    "it": ("zione", "zioni", "mento", "menti", "ità", "iamo"),
    "es": ("ción", "ciones", "miento", "mientos", "idad", "idades", "hemos", "estamos", "somos", "tenemos",
           "queremos", "podemos", "vamos"),
}
# heads that do end company names ("Verkehrsgesellschaft", "Carl-Zeiss-Stiftung", "Genossenschaft")
_NAME_HEADS = ("gesellschaft", "genossenschaft", "stiftung", "corporation", "foundation", "holding")
_LEGAL = frozenset("ag gmbh se kg kgaa spa srl sa sas sl slu ltd inc llc plc corp co nv bv".split())
# a German inflected adjective opening a noun phrase: "Kleinere Mengen", "Größte Abnahme"
_DE_ADJECTIVE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:e|er|en|es|em)")


# German "the same" opening a sentence before its noun: "Dasselbe Unternehmen liefert ..." is a reference
# back (same_company.py), not a name
_SAME_WORDS = frozenset("Dasselbe Derselbe Dieselbe Demselben Denselben Desselben".split())


def common_noun_name(name: str, language: str) -> bool:
    """True when ``name`` is shaped like a common noun of ``language`` rather than a company: one word
    with an abstract-noun ending, or (German) an inflected adjective and such a noun."""
    words = name.split()
    if not words or len(words) > 2 or any(w.casefold().strip(".") in _LEGAL for w in words):
        return False
    last = words[-1].casefold()
    if not last.endswith(_NOUN_ENDINGS.get(language, ())) or last.endswith(_NAME_HEADS):
        return False
    if len(words) == 2:  # only German writes an adjective before a noun with capitals
        return language == "de" and _DE_ADJECTIVE.fullmatch(words[0]) is not None
    return True


# a model code right after a name makes the name a product line: "the Ebro s700", "Zorra X40",
# "la Vela e-208" (letters then digits; a bare number may be a share or a count: "Stellantis 51 Prozent")
_MODEL_CODE = re.compile(r"[ \t]+[A-Za-z]{1,3}-?\d{2,4}[a-z]?(?![\w%-]|[.,]\d)")


def _before_model_code(text: str, m: Mention) -> bool:
    return _one_word_pattern(m) and _MODEL_CODE.match(text, m.end) is not None


# a model code alone, one or two capitals and a number ("supplies the R3", "R2 deliveries", "the X5"):
# a car or a product, where a company found only by position is named so; a company of that shape the
# gazetteer knows ("Q8", "OX2") is no pattern name and stays
_CODE_ALONE = re.compile(r"[A-Z]{1,2}\d{1,3}")


def _model_code_alone(m: Mention) -> bool:
    return _one_word_pattern(m) and _CODE_ALONE.fullmatch(m.text.strip()) is not None


def _one_word_pattern(m: Mention) -> bool:
    return m.label == "COMPANY" and m.source == "pattern" and " " not in m.text.strip()


# Roles of people that ``find_people`` leaves out (it wants a company role); only words that name a
# person, never a company ("asset manager", "market leader" are left out on purpose).
_PERSON_ROLES = (
    r"managing\s+director|plant\s+manager|general\s+manager|site\s+manager|project\s+manager|analyst|"
    r"spokes(?:man|woman|person)|minister|mayor|governor|council\s+leader|union\s+leader|economist|professor|"
    r"Analyst(?:in)?|Sprecher(?:in)?|Minister(?:in)?|Bürgermeister(?:in)?|Werkleiter(?:in)?|Werksleiter(?:in)?|"
    r"Ministerpräsident(?:in)?|analista|portavoce|ministr[oa]|sindac[oa]|direttore\s+dello\s+stabilimento|"
    r"analyste|porte-parole|ministre|maire|directeur\s+(?:de\s+l['’]usine|du\s+site)|"
    r"portavoz|alcalde(?:sa)?|director(?:a)?\s+de\s+la\s+planta"
)
#: roles a firm may follow ("analyst Bernstein Research" is the analyst's firm): their names only word by word
_FIRM_MAY_FOLLOW = re.compile(r"(?i:analyst\w*|analista|analyste|economist|professor)")
_PERSON = r"[A-ZÀ-ÖØ-Þ][\w'’]+(?:-[A-Za-zÀ-ÿ][\w'’]*)?(?:\s+[A-ZÀ-ÖØ-Þ][\w'’]+(?:-[A-Za-zÀ-ÿ][\w'’]*)?){1,2}"
# "analyst Naomi Rusk", "plant manager, Jae-won Kim,", "Naomi Rusk, a battery analyst at"; the role may
# open the sentence, capitalised ("Council leader Graeme Miller said")
_ROLE_THEN_NAME = re.compile(rf"\b(?P<role>(?i:{_PERSON_ROLES})),?\s+(?P<name>{_PERSON})\b")
_NAME_THEN_ROLE = re.compile(
    rf"(?P<name>{_PERSON}),\s+(?:a|an|the|un|una|une|il|la|le|el|der|die)\s+(?:[\w-]+\s+){{0,3}}?(?:{_PERSON_ROLES})\b")
# The owner of a small firm named as a title before a given name and a surname: "Owner Ray Ellison
# said", "said owner Ray Ellison", "Inhaber Hans Keller", "il titolare Mario Rossi". An owner is as
# often a company ("new owner Luxshare", "brand owner Ebro EV", "el nuevo dueño"), so the English word
# counts only as a bare title: opening the sentence, or right after a verb of saying or a quote; the
# Italian and German words, which name a person, anywhere. Two capitalised words exactly.
_OWNER_THEN_NAME = re.compile(
    r"(?:(?:^|(?<=[.!?:\n])|(?<=[.!?,][\"”»’'])|(?<=\bsaid)|(?<=\bsays))\s*(?P<en>Owner|Co-owner|Proprietor|owner|co-owner|proprietor)"
    r"|\b(?P<other>Inhaber(?:in)?|[Tt]itolare))"
    r"\s+(?P<name>[A-ZÀ-ÖØ-Þ][\w'’]+\s+[A-ZÀ-ÖØ-Þ][\w'’]+)\b(?!\s+[A-ZÀ-ÖØ-Þ&])")
#: a second word that ends a company's name, not a surname: "il nuovo titolare Kestrel Capital", "Inhaber
#: Brixo Logistik", "said owner Norvik Ventures" are owning companies
_FIRM_LAST_WORDS = CONTINUE | UNIT_HEADS | TRADE_HEADS


def _candidate(m: Mention) -> bool:
    """A name found by position that could be a person's: up to three capitalised words, no legal form."""
    words = m.text.split()
    return (m.label == "COMPANY" and m.source == "pattern" and 0 < len(words) <= 3 and words[0][:1].isupper()
            and not any(w.casefold().strip(".") in _LEGAL for w in words))


def drop_non_companies(text: str, toks, mentions: list[Mention], language: str) -> list[Mention]:
    """``mentions`` without the position-found names that are common nouns, product lines or people
    named with a role (their whole name, or one word of it)."""
    out = [m for m in mentions
           if not (m.label == "COMPANY" and m.source == "pattern" and common_noun_name(m.text.strip(), language))
           and not (m.label == "COMPANY" and m.source == "pattern" and m.text.split()[:1] and m.text.split()[0] in _SAME_WORDS)
           and not _before_model_code(text, m) and not _model_code_alone(m)]
    out = drop_model_names(text, out)  # "la nuova Vexa e-C7", "der neue 911 GTS": a car's model
    if not any(_candidate(m) for m in out):
        return out
    # people named with a company role, found while the candidates are not yet taken as companies
    people = [p.text for p in find_people(text, toks, [m for m in out if not _candidate(m)])]
    # people with other roles: their names are only used word by word (a company may follow "analyst")
    # (the page is searched once for a role before a name, both lists below read those matches; and not at
    # all where it holds none of the role words every match holds: most pages)
    role_first = list(_ROLE_THEN_NAME.finditer(text)) if page_may_search(_ROLE_THEN_NAME, text) else []
    owners = [x.group("name") for x in _OWNER_THEN_NAME.finditer(text)
              if x.group("name").split()[1].casefold() not in _FIRM_LAST_WORDS] if page_may_search(_OWNER_THEN_NAME, text) else []
    others = owners + [x.group("name") for x in role_first] + [
        x.group("name") for x in (_NAME_THEN_ROLE.finditer(text) if page_may_search(_NAME_THEN_ROLE, text) else ())]
    if not people and not others:
        return out
    # a name right after an office no firm holds ("council leader", "mayor", "spokesman") is a person whole,
    # with the office too where it opens the sentence and was taken into the name ("Mayor Hamish Dunmore")
    offices = owners + [n for x in role_first if not _FIRM_MAY_FOLLOW.fullmatch(x.group("role"))
                        for n in (x.group("name"), x.group(0))]
    whole = {" ".join(p.split()) for p in people + offices}
    # a hyphenated given name stays whole: "Lee Chang-sil" gives "Lee" and "Chang-sil"
    words = {w.strip(",.'’") for p in people + others for w in p.split() if len(w) > 2}
    # a family firm keeps its founder's name: "Hylton Fabrications ... managing director Lisa Hylton"
    firms = {m.text.split()[0] for m in out if m.label == "COMPANY" and len(m.text.split()) > 1 and not _candidate(m)}
    firms |= {m.canonical.split()[0] for m in out if m.label == "COMPANY" and m.canonical and m.canonical != m.text.strip()}
    return [m for m in out if not (_candidate(m) and m.text.split()[0] not in firms
                                   and (m.text.strip() in words or " ".join(m.text.split()) in whole))]
