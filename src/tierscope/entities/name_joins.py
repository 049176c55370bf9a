"""Words inside a company's name that the name walks would stop at: an "e-" part and a joining word.

The walks that read a name by position take capitalised words and a few particles ("de", "di",
"von"). Two kinds of part break them although they belong to the name:

* an "e-" part: "Kelvin e-Drive", "Groupe e-Mobilité", "ABB E-mobility". The tokenizer leaves "e"
  and the word after it apart, and a lower-case "e" (or the lower-case word after "E-") ends the
  walk, so the name was cut to "Kelvin" and "e-Drive" read as a company of its own. A lower-case
  "e-" before a lower-case word is goods ("the Nidec e-axle unit") and stays out.
* a joining word before the partners of a family or trading firm: "Bianchi e Figli", "Fuchs und
  Partner", "Ferrer i Cia", "Dupont et Fils", "Rossi & Associati", "Garrido y Hermanos". Only before
  such a word: "Iberdrola y Repsol" names two companies, and so does "X and Y" of two surnames
  unless something else says the whole is one name (a legal form after it).
* a joining word before words that only name lines of business: "Solaria Energía y Medio Ambiente",
  "Twigg Exploration and Mining", "Acek Desarrollo y Gestión Industrial", "Brenner Bau und Umwelt".
  A company is not named by its trades alone, so such words are the rest of the name before them,
  not a second company ("Medio Ambiente" read as a company took one side of a supply). Where the
  name before them is a known company the whole is that company's full name: the page names it so,
  and its short forms on the page are the whole too (`join_field_tails`, `same_company_names`).
  "Iberdrola y Repsol", "Iberdrola y Velmora Energía" (a name word of its own) stay two.
"""

from __future__ import annotations


from ..doc import Mention
from .text import LEGAL_AFTER, closing_token

__all__ = ["e_part", "e_part_names", "partner_join", "symbol_join", "field_tail", "field_run", "field_tail_before", "join_field_tails", "same_company_names", "mark_home_full_names", "full_names",
           "JOINING_WORDS", "PARTNER_WORDS", "FIELD_WORDS"]

#: the words that join two names in the five languages, and Catalan "i" (Spanish papers print it)
JOINING_WORDS = frozenset("and und et e ed y u i &".split())

#: the partners of a family or trading firm, the word after a joining word that makes the whole one
#: name; case-folded keys (tokens drop the dot of "Co." and "Cía.")
PARTNER_WORDS = frozenset(
    # English
    "son sons brother brothers partner partners co company associates daughters "
    # German ("Tochter" and "Kollegen" are left out: "X und Tochter Y" is a parent and its subsidiary,
    # "X und Kollegen aus der Branche" the trade)
    "sohn söhne soehne partnerin bruder brüder cie compagnie "
    # French
    "fils frères freres associés associes fille filles "
    # Italian
    "figli figlio figlie fratelli soci associati c "
    # Spanish and Catalan
    "hijos hijo hijas hermanos socios asociados cía cia companyia fills germans".split()
)


#: words that name a line of business in a firm's name, the five languages (case-folded). After a
#: joining word, a run of these alone is no company of its own. "medio" only opens "Medio Ambiente".
FIELD_WORDS = frozenset(
    # English
    "environment environmental development developments management services service engineering construction "
    "contracting infrastructure infrastructures exploration mining minerals metals trading investment investments "
    "finance logistics transport transportation manufacturing industrial industries technology technologies "
    "energy power renewables research consulting recycling chemicals materials systems solutions storage "
    # Spanish
    "medio ambiente medioambiente medioambiental ambiental desarrollo desarrollos gestión servicios ingeniería "
    "construcción construcciones contratas infraestructuras exploración minería minera minero mineros química "
    "químicas químico industria industrias tecnología tecnologías energía energías renovables inversiones "
    "finanzas logística transporte transportes fabricación reciclaje obras proyectos montajes participaciones "
    "comercio comercial distribución materiales sistemas soluciones almacenamiento "
    # Italian
    "ambientale sviluppo gestione servizi ingegneria costruzioni infrastrutture esplorazione miniere minerario "
    "mineraria chimica chimiche industriale industriali industrie tecnologia tecnologie energia energie rinnovabili "
    "investimenti finanza logistica trasporti produzione riciclo impianti progetti partecipazioni commercio "
    "commerciale distribuzione materiali sistemi soluzioni accumulo "
    # French
    "environnement développement gestion ingénierie infrastructure exploitation mines minière minières chimie "
    "industrie industriel industrielle industrielles technologie énergie énergies investissements logistique "
    "transports recyclage travaux projets commerce distribution matériaux systèmes stockage "
    # German
    "umwelt umwelttechnik entwicklung dienstleistungen technik bau infrastruktur bergbau chemie technologie "
    "technologien energie energien beteiligungen finanz logistik handel vertrieb anlagenbau "
    "materialien systeme lösungen speicher".split()
)
_FIELD_LINKS = frozenset("de del di della du des der of".split())  # inside such a run: "Minera de Chile"
_MAX_FIELD = 4
#: "between" in the five languages: the words after it name two parties, not one long name
_BETWEEN = frozenset("between zwischen entre tra fra".split())


def field_run(text: str, tokens, k: int) -> int | None:
    """Token index after a run of field words starting at ``tokens[k]`` ("Medio Ambiente", "Gestión
    Industrial"), each capitalised, one space apart, a particle between two of them allowed; None
    where a word names no line of business or the run is empty."""
    j, words = k, 0
    while j < len(tokens) and words < _MAX_FIELD and tokens[j].start - tokens[j - 1].end <= 1:
        tok = tokens[j]
        if tok.text[:1].isupper() and tok.key in FIELD_WORDS:
            words += 1
            j += 1
        elif tok.key in _FIELD_LINKS and words and j + 1 < len(tokens) and tokens[j + 1].key in FIELD_WORDS \
                and tokens[j + 1].text[:1].isupper():
            j += 1
        else:
            break
    if not words or tokens[j - 1].key == "medio":
        return None
    if j + 1 < len(tokens) and tokens[j].key in _FIELD_LINKS and tokens[j].text.islower() \
            and tokens[j + 1].text[:1].isupper():
        return None  # the trades open a name of their own: "y Energías Renovables del Norte"
    if j < len(tokens) and tokens[j].text[:1].isupper() and tokens[j].start - tokens[j - 1].end <= 1 \
            and tokens[j].text.isalpha() and not LEGAL_AFTER.match(text, tokens[j - 1].end):
        return None  # a name word of its own follows ("y Energía Velmora"): not trades alone
    return j


def field_tail(text: str, tokens, k: int) -> int | None:
    """At a joining word ``tokens[k]`` after a name: the token index after the trades that follow it
    ("y Medio Ambiente", "and Mining"), or None."""
    if k < 1 or k + 1 >= len(tokens) or tokens[k].key not in JOINING_WORDS or tokens[k].text[:1].isupper():
        return None
    if tokens[k].start - tokens[k - 1].end != 1:
        return None
    j = k - 1
    while j > 0 and (tokens[j].text[:1].isupper() or tokens[j].key in _FIELD_LINKS):
        j -= 1
    if tokens[j].key in _BETWEEN:
        return None  # "entre Velmora y Energías Renovables": "between" names two parties, not one long name
    return field_run(text, tokens, k + 1)


#: the words an "e-" part opens with ("Kelvin e-Drive", "ABB E-mobility")
E_WORDS = ("e", "E")


def e_part(text: str, tokens, k: int) -> bool:
    """Is ``tokens[k]`` the "e" of an "e-" part that goes on a name ending at ``tokens[k - 1]``
    ("Kelvin e-Drive", "ABB E-mobility")? The "e" stands as a word of its own after the name, the
    hyphen glues it to a word, and one of the two is capitalised."""
    if k < 1 or k + 1 >= len(tokens):
        return False
    prev, e, word = tokens[k - 1], tokens[k], tokens[k + 1]
    if e.text not in E_WORDS or e.start - prev.end != 1 or text[prev.end] != " ":
        return False
    if text[e.end : word.start] != "-" or not word.text.isalpha():
        return False
    return e.text == "E" or word.text[0].isupper()


#: signs that join two parts of one name when nothing stands between them: "K+S", "AT&T", "L'Oréal",
#: "O’Neill". Not a full stop: the dotted names found by position are products ("MB.OS", "VAN.EA",
#: Mercedes-Benz platforms), and the dotted companies ("E.ON") are the gazetteer's
_NAME_SIGNS = frozenset("+&'’")


def symbol_join(tokens, k: int) -> bool:
    """Is ``tokens[k]`` a sign inside one name, touching the name word before it and a capitalised word
    or figure after it ("K+S", "AT&T", "L'Oréal")? An apostrophe joins only after one capital letter
    ("O'Neill", "L'Oréal"): "Stellantis'" is a possessive."""
    if k < 1 or k + 1 >= len(tokens):
        return False
    prev, sign, word = tokens[k - 1], tokens[k], tokens[k + 1]
    if sign.text not in _NAME_SIGNS or prev.end != sign.start or sign.end != word.start:
        return False
    if not (prev.text[0].isupper() or prev.text[0].isdigit()) or not (word.text[0].isupper() or word.text[0].isdigit()):
        return False
    return sign.text not in "'’" or len(prev.text) == 1


#: what ``e_part`` asks of the text around an "e" it accepts (one of ``E_WORDS``): a space before it (right
#: after the name's last token) and a hyphen right after it
E_PART_SHAPES = tuple(f" {e}-" for e in E_WORDS)


def _may_hold_e_part(text: str, start: int, end: int) -> bool:
    """False only where no token of the sentence ``text[start:end]`` is the "e" of an "e-" part: ``e_part``
    wants the name's last token, one space, a lone "e" or "E", then a hyphen, all inside the sentence."""
    return any(text.find(shape, start, end) >= 0 for shape in E_PART_SHAPES)


def partner_join(tokens, k: int) -> bool:
    """Is ``tokens[k]`` a joining word right before the partners' word of a firm's name ("e" in
    "Bianchi e Figli", "und" in "Fuchs und Partner")? The partners' word is capitalised and ends the
    name or goes on with a capitalised word ("Hijos de ..." does not: it opens a name)."""
    if k < 1 or k + 1 >= len(tokens):
        return False
    conj, word = tokens[k], tokens[k + 1]
    if k + 2 < len(tokens) and tokens[k + 2].key in _NOUN_GOES_ON and tokens[k + 2].text.islower():
        return False  # the common noun with its complement: "BMW und Partner der Industrie", "y socios de"
    return (conj.key in JOINING_WORDS and word.text[:1].isupper() and word.key in PARTNER_WORDS
            and word.start - conj.end <= 1 and conj.start - tokens[k - 1].end <= 1)


#: words of a genitive that carry a partners' word on as a common noun with its complement ("Partner der
#: Industrie", "partners of", "socios de"); not a place's preposition: "Bianchi e Figli a Modena" is the firm
_NOUN_GOES_ON = frozenset("of from der des aus von vom de du des d di del della dello dei degli delle".split())


def e_part_names(finder) -> None:
    """Accept, through ``finder`` (the name finder of `names.py`), the names the page writes at least
    twice as capitalised words with an "e-" part whose word is capitalised ("Kelvin e-Drive",
    "Groupe e-Mobilité"). No cue need vouch for them: common phrases do not take that shape. A name
    found only by another cue could otherwise stop at the "e" ("will be called Kelvin Tata e-Axle"
    gives "Kelvin") and its repeats then read the short word everywhere. A carmaker's model after
    its known maker ("Opel e-Corsa") starts at a known name and is left alone by the walk."""
    text = finder.text
    if not _may_hold_e_part(text, 0, len(text)):
        return  # (most pages)
    seen: dict[tuple[str, ...], list[tuple]] = {}
    for s_index, s_start, sent_end, tokens in finder.sentence_tokens:
        if not _may_hold_e_part(text, s_start, sent_end):
            continue  # (most sentences: no token there can pass ``e_part``)
        if finder.title(tokens):
            continue  # a title-case headline has no name boundaries
        for idx in range(1, len(tokens) - 1):
            if not (e_part(text, tokens, idx) and tokens[idx + 1].text[0].isupper()):
                continue
            name = finder.walk_back(tokens, idx + 1)
            if len(name) < 3 or name[-1] is not tokens[idx + 1]:
                continue
            seen.setdefault(tuple(t.key for t in name), []).append((tokens, name, s_index, sent_end))
    for keys in sorted(seen):
        places = seen[keys]
        if len(places) < 2:
            continue
        for tokens, name, s_index, sent_end in places:
            if finder.accept(tokens, name, s_index, sent_end, "e-part"):
                break  # its other occurrences are the repeats'


def field_tail_before(text: str, tokens, k: int, name) -> bool:
    """Walking back: is ``tokens[k]`` a joining word whose trades are exactly the ``name`` walked so far
    ("y" before "Medio Ambiente"), so that the name goes on before it?"""
    if not name or k + 1 >= len(tokens) or name[0] is not tokens[k + 1]:
        return False
    end = field_tail(text, tokens, k)
    return end is not None and tokens[end - 1] is name[-1]


def join_field_tails(text: str, toks, known: list[Mention]) -> list[Mention]:
    """``known`` with each known company followed by a joining word and trades ("Solaria Energía y
    Medio Ambiente") made one mention of the whole, its name as written. ``toks``: (index, start,
    end, tokens) per sentence."""
    out = []
    for m in known:
        closing = closing_token(toks, m)
        if closing is None:
            out.append(m)
            continue
        tokens, k = closing
        end = field_tail(text, tokens, k + 1)
        if end is None or "\n" in text[m.end : tokens[end - 1].end]:
            out.append(m)
            continue
        stop = tokens[end - 1].end
        surface = " ".join(text[m.start : stop].split())
        out.append(Mention(
            start=m.start, end=stop, text=text[m.start : stop], label="COMPANY", canonical=surface,
            sentence=m.sentence, source="pattern",
            attrs={"known": False, "sectors": list((m.attrs or {}).get("sectors", ())),
                   "country": (m.attrs or {}).get("country"), "full_name_of": m.canonical},
        ))
    return out


def same_company_names(mentions: list[Mention]) -> list[Mention]:
    """The page's other mentions of a known company whose full name it writes with trades joined on
    ("Solaria" beside "Solaria Energía y Medio Ambiente") named by that full name, where the page
    writes one such name for the company (same list, mentions changed in place)."""
    full: dict[str, set[str]] = {}
    for m in mentions:
        of = (m.attrs or {}).get("full_name_of")
        if of and m.canonical:
            full.setdefault(of, set()).add(m.canonical)
    if not full:
        return mentions
    for m in mentions:
        names = full.get(m.canonical) if m.label == "COMPANY" else None
        if names and len(names) == 1:
            m.canonical = next(iter(names))
        parent = full.get((m.attrs or {}).get("parent") or "")
        if parent and len(parent) == 1:
            m.attrs = {**m.attrs, "parent": next(iter(parent))}  # "Hithium Iberia", a unit named after it
    return mentions


def full_names(mentions: list[Mention]) -> dict[str, str]:
    """{full name: gazetteer name} for the page's full names of known companies (``full_name_of``): the
    relation stage asks the gazetteer of the full name as of the company. A full name given for two
    known companies stands for neither."""
    of: dict[str, set[str]] = {}
    for m in mentions:
        known = (m.attrs or {}).get("full_name_of")
        if known and m.canonical and m.canonical != known:
            of.setdefault(m.canonical, set()).add(known)
    return {name: next(iter(known)) for name, known in sorted(of.items()) if len(known) == 1}


#: words after a known name that leave it the same company in a longer form of its name
#: ("Xiamen Hithium Energy Storage Technology", "Wuxi Velcor Intelligent Equipment Co")
_SAME_TAIL = frozenset(
    "energy storage technology technologies tech science sci new material materials equipment intelligent "
    "controls power battery batteries electric electronics motor motors group holding holdings co company "
    "corp corporation industries industrial international automotive systems solutions resources mining "
    "chemical chemicals metal metals cobalt lithium precision manufacturing".split()
)
_HOME_KINDS = frozenset(("city", "region", "province", "state", "town"))


def mark_home_full_names(mentions: list[Mention]) -> list[Mention]:
    """A name found by position that is a known company's name between its home town or province and
    words that leave it the same ("Xiamen Hithium Energy Storage Technology" for the Chinese
    Hithium) is that company's full name as the page writes it: marked ``full_name_of`` for
    `same_company_names`. The place must be in the company's own country ("Shanghai Volkswagen
    Automotive", a joint venture, keeps its name apart) and a tail must follow ("Beijing Hyundai")."""
    from .gazetteer import gazetteer, places  # (read when used: the gazetteer loads its lists lazily)

    for m in mentions:
        if m.label != "COMPANY" or m.source != "pattern" or (m.attrs or {}).get("known") or not m.canonical:
            continue
        words = m.canonical.split()
        if len(words) < 3:
            continue
        place = places().get(words[0])
        if place is None or place.kind not in _HOME_KINDS or not place.country:
            continue
        for j in range(len(words) - 1, 1, -1):
            if not all(w.casefold() in _SAME_TAIL for w in words[j:]):
                break
            entry = gazetteer().entry(" ".join(words[1:j]))
            if entry is not None and entry.country == place.country and gazetteer().entry(m.canonical) is None:
                m.attrs = {**(m.attrs or {}), "full_name_of": entry.name}
                break
    return mentions
