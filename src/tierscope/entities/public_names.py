"""Names found by position that name a region of a country or a public programme, not a company:
"im brasilianischen Bundesstaat Minas Gerais", "the state of Querétaro", "nell'asta MACSE organizzata
da Terna", "the IPCEI programme", "la subasta MACSE", "l'appel d'offres Ferrari".

A capitalised word after "liefert", "organizzata da", "via" looks like a company to the name finder,
and a tie told with it pairs a state, an auction or a law with a company ("MACSE supplies Terna"). The
page itself says what the name is: a noun of a country's parts (state, province, region, Land,
comunidad ...) or of a public scheme (auction, tender, programme, plan, law, project ...) stands right
before it, or in English right after it ("the MACSE auction", "the Jujuy province"). A name so
described once is no company anywhere on the page. And a few schemes are named alike across the
press without their noun ("IPCEI", "PNRR", "Inflation Reduction Act").

Only names found by position are dropped: a gazetteer company, or a name with a legal form, stays
("la gara vinta da Kelvra S.p.A." names the company after "da", not after the noun).

A project is the one scheme a company shares its name with ("the Kelvra project" may be Kelvra's own),
so a name the page calls a project only stays where the page also calls it a company: the same name
with a legal form or from the gazetteer, a company noun right before it ("la società Kelvra"), a
company noun after it and a comma ("Kelvra, a start-up"), or a verb of saying after it ("Kelvra said").
A mine's or a deposit's project ("the Bougouni project", "le projet Emili") gets none of these and
still leaves.
"""

from __future__ import annotations

import re

from ..doc import Mention
from .quoted_speakers import SAY
from .vocab import SECTOR_NOUNS

__all__ = ["drop_public_names", "company_cue"]

# Nouns of a country's parts, every language's. They may take a preposition before the name ("state of",
# "l'État de", "lo stato di"); "Land" and "Staat" only as German nouns right before it ("das Land Hessen").
# French "État" only with its capital: "l'état de X" is X's condition ("l'état de Kelvra inquiète"), and X a company.
_REGION_NOUNS = (
    "state|states|province|provinces|region|regions|territory|county|prefecture|canton|"
    "bundesstaat|bundesland|land|staat|provinz|kanton|landkreis|regierungsbezirk|präfektur|gliedstaat|"
    "(?-i:[ÉE]tat)|région|département|departement|territoire|préfecture|comté|"
    "provincia|regione|dipartimento|cantone|contea|prefettura|territorio|"
    "región|comunidad|comunidad autónoma|departamento|cantón|condado"
)
# "stato" and "estado" are also the participle of "to be" ("il primo cliente è stato X", "ha estado X"):
# a state only with its preposition ("lo stato di X", "el estado de X")
_STATE_NOUNS = "stato|estado"

# Nouns of public schemes: auctions, tenders, programmes, laws, projects. Right before the name only,
# no preposition between ("the project of Kelvra", "il progetto di Kelvra" are a company's project);
# in English after it ("the MACSE auction"), where a company's plan, deal or bill ("the Kelvra plan")
# is never said by these nouns.
_SCHEME_NOUNS = (
    "auktion|versteigerung|ausschreibung|programm|förderprogramm|projekt|gesetz|"
    "enchère|enchères|appel d'offres|appel d’offres|programme|projet|loi|décret|"
    "asta|aste|gara|bando|programma|progetto|legge|decreto|"
    "subasta|subastas|licitación|programa|proyecto|ley|decreto|convocatoria"
)
_SCHEME_AFTER_EN = "auction|auctions|tender|tenders|programme|programmes|program|scheme|project"

# the noun right before the name: a region's noun with perhaps a nationality adjective after it
# (Romance order: "lo stato brasiliano di") and a preposition with its article; or a scheme's noun that
# no preposition ties to a company noun before it ("la société de projet Imerys Lithium", "società di
# progetto", "sociedad de proyecto" are the project's company)
_BEFORE = re.compile(
    rf"(?:^|[\s'’(])(?:(?:{_REGION_NOUNS})(?:\s+[a-zà-ÿ]+(?:ano|ana|ese|eño|eña|ais|aise|ien|ienne|ain|aine|ian|ero|era))?"
    rf"(?:\s+(?:of(?:\s+the)?|de(?:l|\s+la|\s+los|\s+las)?|du|des|d['’]|di|del|della|dello|dei|degli|delle|der|von))?"
    rf"|(?:{_STATE_NOUNS})(?:\s+[a-zà-ÿ]+(?:ano|ana|ese|eño|eña|ero|era))?\s+(?:de(?:l|\s+la)?|di|del|dello|della)"
    rf"|(?<!de )(?<!di )(?<!da )(?<!du )(?<!of )(?<!d')(?<!d’)(?:{_SCHEME_NOUNS}))\s*$",
    re.IGNORECASE,
)

# English puts a scheme's noun after the name ("the VERDA programme Kelvra joined" names Kelvra after
# it), and a region's before it with "of" only ("the state of Quindaro")
_BEFORE_EN = re.compile(rf"(?:^|\s)(?:{_REGION_NOUNS})\s+of(?:\s+the)?\s+$", re.IGNORECASE)

# English: the noun right after the name, "the" before it ("the MACSE auction", "the Jujuy province";
# not "the Kelvra tender offer", a bid for a company)
_AFTER_EN = re.compile(rf"\s+(?:{_REGION_NOUNS}|{_SCHEME_AFTER_EN})\b(?!\s+offer)", re.IGNORECASE)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)

# A German noun that opens the name ("Bundesstaat Minas Gerais", "Förderprogramm IPCEI"); not "Land",
# "Staat" or an English "State", which open company names ("Land Rover", "State Grid")
_OPENING_NOUN = re.compile(
    r"(?:bundesstaat|bundesland|provinz|kanton|landkreis|regierungsbezirk|präfektur|gliedstaat|"
    r"auktion|versteigerung|ausschreibung|förderprogramm)$", re.IGNORECASE)

#: public schemes the press names without their noun ("IPCEI", "Horizon Europe", "Inflation Reduction Act")
_SCHEMES = frozenset(
    "IPCEI|PNRR|PERTE|NextGenerationEU|Next Generation EU|NextGenEU|Horizon Europe|Horizon 2020|Inflation Reduction Act|"
    "CHIPS Act|Chips Act|Net-Zero Industry Act|Net Zero Industry Act|Critical Raw Materials Act|Green Deal|"
    "European Green Deal|Green Deal Industrial Plan|Innovation Fund|France 2030|Industria 4.0|Transizione 5.0|"
    "Transizione 4.0|MACSE|Kit Digital|Plan Moves|Programa Moves|Moves III|Umweltbonus|Ecobonus|"
    "Bonus écologique|Bonus ecologique|Made in China 2025".split("|")
)


def _opening_noun(m: Mention) -> bool:
    """Whether the name's first word is a region's or a scheme's noun ("Bundesstaat Minas Gerais")."""
    words = m.text.split()
    return len(words) > 1 and bool(_OPENING_NOUN.match(words[0]))


def _described(text: str, m: Mention, language: str) -> str | None:
    """How the page calls the name where it stands (see the docstring): "project", "public" (a region or
    any other public scheme), or None."""
    if " ".join(m.text.split()) in _SCHEMES or _opening_noun(m):
        return "public"
    before = text[max(0, m.start - 40) : m.start]
    if language != "en":
        if _BEFORE.search(before) is None:
            return None
        return "project" if _PROJECT_BEFORE.search(before) else "public"
    if _BEFORE_EN.search(before):
        return "public"
    if _THE_BEFORE.search(before) is None:
        return None
    after = _AFTER_EN.match(text, m.end)
    if after is None:
        return None
    return "project" if _PROJECT_AFTER_EN.fullmatch(after.group().strip()) else "public"


#: the project nouns of ``_SCHEME_NOUNS`` and ``_SCHEME_AFTER_EN``: a company's name may be its project's
_PROJECT_BEFORE = re.compile(r"(?:^|[\s'’(])(?:projekt|projet|progetto|proyecto)\s*$", re.IGNORECASE)
_PROJECT_AFTER_EN = re.compile(r"projects?", re.IGNORECASE)

#: company nouns of each language (the descriptors of the name finder), longest first
_COMPANY_NOUNS = {
    lang: "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(nouns, key=len, reverse=True))
    for lang, nouns in SECTOR_NOUNS.items()
}
#: a company noun right before the name: "la società Kelvra", "the start-up Kelvra", "das Unternehmen Kelvra"
_NOUN_BEFORE = {lang: re.compile(rf"(?<![\w-])(?:{alt})\s+$", re.IGNORECASE) for lang, alt in _COMPANY_NOUNS.items()}
#: an apposition after the name and a comma: "Kelvra, a Norwegian start-up", "Kelvra, une société lyonnaise",
#: "Kelvra, ein Familienunternehmen" (an article, at most three words, the noun)
_ARTICLES = r"(?:a|an|the|une?|un['’]|una?|uno|il|lo|la|le|l['’]|el|eine?|der|die|das)"
_NOUN_AFTER = {
    lang: re.compile(rf"\s*,\s*{_ARTICLES}(?:(?<=['’])\s*|\s+)(?:[\w-]+\s+){{0,3}}?(?:{alt})(?![\w'’-])", re.IGNORECASE)
    for lang, alt in _COMPANY_NOUNS.items()
}
#: a verb of saying right after the name ("Kelvra said", "Kelvra a indiqué"); not "according to" or "so",
#: which name the source of a claim about the project
_SAYS_AFTER = {
    lang: re.compile(rf"\s*(?!according\b|so\b){verbs}(?![\w-])", re.IGNORECASE) for lang, verbs in SAY.items()
}


def company_cue(text: str, mentions: list[Mention], name: str, language: str) -> bool:
    """Whether the page calls ``name`` a company somewhere (see the docstring)."""
    before, after, says = _NOUN_BEFORE.get(language), _NOUN_AFTER.get(language), _SAYS_AFTER.get(language)
    for m in mentions:
        if m.label != "COMPANY" or m.canonical != name:
            continue
        if not _found_bare(m):
            return True  # a legal form, or a gazetteer company
        if before is None:
            continue
        if before.search(text, max(0, m.start - 40), m.start) or after.match(text, m.end) or says.match(text, m.end):
            return True
    return False


def _found_bare(m: Mention) -> bool:
    """A company name found by position and kept as found: no gazetteer entry, no legal form cut off."""
    return (m.label == "COMPANY" and m.source == "pattern" and not (m.attrs or {}).get("known")
            and bool(m.canonical) and m.canonical == " ".join(m.text.split()))


def drop_public_names(text: str, mentions: list[Mention], language: str) -> list[Mention]:
    """``mentions`` without the names found by position that the page calls a region or a public
    scheme, anywhere on the page (every mention of such a name leaves); a name it calls a project only
    stays where it also calls it a company."""
    public, project = set(), set()
    for m in mentions:
        if _found_bare(m) and (kind := _described(text, m, language)):
            (project if kind == "project" else public).add(m.canonical)
    public |= {n for n in project - public if not company_cue(text, mentions, n, language)}
    if not public:
        return mentions
    return [m for m in mentions if not (_found_bare(m) and m.canonical in public)]
