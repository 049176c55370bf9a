"""Company groups and their markers.

Company mentions of one sentence are grouped into coordinated lists ("X, Y and Z": ``build_groups``)
and each group gets the preposition that stands before it, its *marker* ("to", "from", "by",
"with"...: ``assign_markers``); ``has(lex, role, group)`` asks whether a group's marker plays a role.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .kin_markers import kin_marker
from .compiled import Compiled
from .de_genitive_der import genitive_der
from .de_verb_second import verb_after_noun
from .fronted_fields import fronted_field
from .fronted_goods import fronted_goods
from .kind_instances import kind_before_instances
from ..scan.sentence_scan import holds, scan_of


_TOKEN = re.compile(r"[\w$€£%.'’-]+|[,;:()\[\]\"“”«»–—]", re.UNICODE)


@dataclass(slots=True)
class Group:
    """Coordinated company mentions ("X, Y and Z") with the marker that precedes the list."""

    start: int  # offsets relative to the sentence
    end: int
    names: list[str]
    firsts: list[int] = field(default_factory=list)  # start of each member
    ends: list[int] = field(default_factory=list)  # end of each member
    comma_only: bool = False  # joined so far by bare commas: a list only once "and" closes it
    member_sectors: list[list[str]] = field(default_factory=list)
    marker: str | None = None  # the marker word, lower-cased
    marker_start: int = -1
    sectors: list[str] = field(default_factory=list)
    head_end: int = -1  # "Hella, il fornitore tedesco": end of the name an apposition of itself follows
    described: int = -1  # "A, B, the unit of C, and D": the member a description inside the list follows


def build_groups(text: str, spans: list[tuple[int, int, str, list[str]]], lex: Compiled) -> list[Group]:
    """``spans``: (start, end, canonical, sectors) relative to the sentence, sorted. Adjacent mentions
    joined only by list words form one group; the same canonical twice in a row merges.

    A bare comma makes a list only when a conjunction closes it ("X, Y and Z"): otherwise the comma
    opens an apposition ("Ampere, Renault's subsidiary", "Ford Otosan, Ford's joint venture") and the
    names stay apart. A name followed by a possessive ("Renault's") never joins through a comma.
    A conjunction may carry a description of the next name ("Gotion and the Slovak start-up InoBat")."""
    groups: list[Group] = []
    closed: set[int] = set()  # groups a conjunction has closed ("A and B"): a bare comma after opens an apposition
    for s, e, name, sectors in spans:
        # a zero-width span is an implied subject before its verb ("Beta ha comprato Gamma e [Beta] ha
        # firmato"): a group of its own, never joined to the name before or after it
        if groups and s < e and groups[-1].start < groups[-1].end:
            g = groups[-1]
            gap = text[g.end : s]
            if s < g.end:  # overlapping mentions: keep the first
                continue
            if gap.strip() in ("", "'s", "’s") and name in g.names:
                g.end = max(g.end, e)
                g.ends[-1] = g.end
                continue
            if gap.strip() == "," and g.names == [name] and len(g.firsts) == 1:
                # "Hella, il fornitore tedesco" (the second a reference back to the first): one group
                g.head_end = g.end
                g.end = max(g.end, e)
                g.ends[-1] = g.end
                continue
            bare = gap.strip() == "," or _comma_described(gap, lex)
            joined = bare or lex.coord.match(gap) or (lex.coord_np is not None and lex.coord_np.match(gap))
            if not joined and len(g.names) == 1:
                # "A, il gruppo campano quotato in Borsa, e B": a described name, then the list goes on
                ap = _APPOSED_THEN.match(gap if g.head_end < 0 else ", " + gap.lstrip(" ,"))  # ("A, il gruppo [=A] campano ..., e B")
                joined = ap is not None and ap.group("tail").strip() not in ("", ",") and lex.coord.match(ap.group("tail"))
            if joined and _COMMA_RELATIVE.fullmatch(gap):
                joined = None  # "Brixo, que Corvalis a rachetée": a relative, not "aussi bien X que Y"
            if joined and bare and id(g) in closed:
                joined = None  # "the venture of A and B, Brixo,": the list ended with "and"; Brixo is apposed
            if joined and name in g.names and "," in gap:
                # "Renault détient 20 % de Verkor, et Verkor livrera ...", "possiede il 20% di Brixo, e
                # Brixo fornirà ...": a name repeated after a comma and a conjunction opens a new clause
                # (no list names one company twice), so it is the next verb's subject
                joined = None
            if joined and "," in gap and len(g.names) == 1 and not bare and (
                    _FINITE_AFTER.match(text, e) or (lex.lang == "es" and _FINITE_AFTER_ES.match(text, e))
                    or (lex.lang == "en" and _FINITE_AFTER_EN.match(text, e))
                    or (lex.lang in _VERB_AFTER and _VERB_AFTER[lex.lang].match(text, e))):
                # "X owns a third of Y, and Z is its largest shareholder": a comma, a conjunction and a
                # name before a finite verb open a new clause (a list of two takes no comma)
                joined = None
            if joined and "," in gap and len(g.names) == 1 and not bare and _RELATIVE_BEFORE.search(text, max(0, g.start - 90), g.start):
                # "Volkswagen, which held a fifth of Y, and Goldman Sachs": the comma closes the relative
                # clause; the name after it joins the relative's antecedent, not the relative's object
                joined = None
            if (joined and gap.strip() and not (bare and _POSSESSIVE_AFTER.match(text, e))) \
                    or (_repeated_preposition(text, g.start, gap, lex) and not _agent_after_aside(text, gap, e, lex)):
                if name not in g.names:
                    g.names.append(name)
                    g.firsts.append(s)
                    g.ends.append(e)
                    g.sectors.extend(sectors)
                    g.member_sectors.append(list(sectors))
                    g.comma_only = bare and (len(g.names) == 2 or g.comma_only)
                g.end = e
                if not bare and not _repeated_preposition(text, g.start, gap, lex):
                    closed.add(id(g))
                continue
        groups.append(Group(s, e, [name], [s], [e], sectors=list(sectors), member_sectors=[list(sectors)]))
    _close_after_apposition(text, groups, lex)
    _join_parallel(text, groups, lex)
    out: list[Group] = []
    for g in groups:
        if g.comma_only and len(g.names) > 1:
            out.extend(Group(a, b, [n], [a], [b], sectors=list(sc), member_sectors=[list(sc)])
                       for a, b, n, sc in zip(g.firsts, g.ends, g.names, g.member_sectors))
        else:
            out.append(g)
    return out


#: a relative clause opened after a name, with no comma since, the name before ``g`` inside it
#: ("X, which holds 21% of", "X, qui détient 21 % de", "X, che possiede il 21% di", "X, que posee el 21% de";
#: not German, whose relative pronouns are its articles: "A, die Beteiligungsgesellschaft des B, und C")
_RELATIVE_BEFORE = re.compile(r",\s*(?:which|who|qui|che|que|il\s+quale|la\s+quale|el\s+cual|la\s+cual)\s[^,;:()]*$", re.IGNORECASE)


#: the conjunction that a described list member may follow instead of a comma
_AND = {"en": "and", "it": "e", "fr": "et", "de": "und", "es": "y"}


_OF_WORD = re.compile(r"(?:^|\s)(?:of|des|der|von|vom|di|del|della|dello|dei|degli|delle|de|du|d['’]|dell['’])(?=\s|$)|(?<=\s)d(?:ell)?['’]", re.IGNORECASE)


def _comma_described(gap: str, lex: Compiled) -> bool:
    """"A, la cinese B e C", "A, the Chinese B and C": a comma with a description of the next name,
    as the conjunction would carry it ("and the Chinese B"); like a bare comma, it makes a list only
    when a conjunction closes it."""
    rest = gap.strip()
    if lex.coord_np is None or not rest.startswith(",") or len(rest) <= 1 or lex.lang not in _AND:
        return False  # (the cheap tests first: most gaps are no comma)
    if _OF_WORD.search(rest[1:].strip().partition(" ")[2]):  # (past the article: "der chinesische Konzern")
        return False  # "Brixo, dem Gemeinschaftsunternehmen des Konzerns A": A owns the description, it is no member
    return lex.coord_np.match(" " + _AND[lex.lang] + " " + rest[1:].lstrip() + " ") is not None


#: a finite verb right after a name: the name is a clause's subject (auxiliaries, copulas and the
#: commonest verbs of holding and saying)
_FINITE_AFTER = re.compile(
    r"\s+(?:(?:also|now|still|already)\s+)?(?:is|was|are|were|has|had|have|will|would|said|says|owns|holds|controls"
    r"|est|a|sera|était|avait|détient|possède|contrôle|ist|hat|war|wird|hält|besitzt|kontrolliert)\b")


#: Spanish puts no comma before the "y" that closes a list, so ", y" and a name before a verb open a
#: new clause: "con baterías de X, y Z prepara ...", "X compró Y, y Z se hizo con W" (a lower-case word
#: with a verb's ending, not a preposition, article or relative)
_FINITE_AFTER_ES = re.compile(
    r"\s+(?:(?:también|ya|ahora|además|todavía|aún)\s+)?(?!(?:la|las|de|que|para|entre|desde|hasta|sobre|contra|ante|mediante"
    r"|durante|una|esta|esa|aquella|cuya|como|e|era)\b)(?:se\s+|le\s+|les\s+|lo\s+|la\s+)?(?-i:[a-záéíóúñ]+(?:a|an|e|en|ó|aron|ieron|ió|á|án|ía|ían))\b")


#: English writes no comma before the "and" of a list of two either, so ", and" and a name before a verb
#: open a new clause: "supplies motors to X, and Z buys cells from W", "took a stake in X, and Z invested
#: in W" (a past in -ed, a present in -s, a modal or a common irregular past; not "its", "as", "this")
_FINITE_AFTER_EN = re.compile(
    r"\s+(?:(?:also|now|still|already|later|then|itself|too|separately)\s+)?"
    r"(?!(?:its|his|this|as|us|plus|across|towards|besides|whereas|various|thus|perhaps)\b)"
    r"(?-i:[a-z]+(?:ed|s)|took|bought|sold|made|won|got|gave|put|set|led|built|began|became|chose|held|kept|ran|spent"
    r"|paid|sought|brought|struck|will|would|can|could|may|might|must|shall|should|did|does|do)\b(?!\s*,)")


#: French, Italian and German close a list with a bare conjunction, so ", et", ", e", ", und" and a
#: name before a lower-case word that is no preposition, article or relative (a verb, with its clitic) open a
#: new clause: "achetées à CATL, et Scania s'appuie sur ses propres packs", "forniti a X, e Z punta su ...",
#: "Zellen an X, und Z setzt auf eigene Packs"
_VERB_AFTER = {
    lang: re.compile(r"\s+(?:(?:[sln]['’]|se\s+|si\s+|ne\s+|sich\s+)?)(?!(?:" + words + r")\b)(?-i:[a-zàâçéèêëîïôûùìòäöüß][\w'’-]*)\b(?!\s*,)")
    for lang, words in (
        ("fr", r"à|au|aux|de|du|des|d['’]\w*|pour|par|en|dans|sur|avec|chez|qui|que|qu['’]\w*|dont|et|ou|le|la|les|l['’]\w*|un|une|depuis"
               r"|vers|entre|comme|ainsi|aussi|également|notamment|ni|mais|puis"),
        ("it", r"a|al|alla|ai|agli|alle|all['’]\w*|di|del|della|dei|degli|delle|dell['’]\w*|da|dal|dalla|dai|dalle|per|in|nel|nella|nei|con"
               r"|su|sul|sulla|che|cui|e|ed|o|il|lo|la|le|gli|un|una|uno|tra|fra|come|anche|inoltre|sia|ma|poi"),
        ("de", r"für|mit|aus|in|im|auf|an|am|bei|beim|von|vom|zu|zum|zur|nach|über|unter|der|die|das|den|dem|des|und|oder|sowie|als"
               r"|wie|gegen|ab|bis|seit|um|durch|ohne|ein|eine|einen|einem|eines|auch|sowie|aber|dann"),
    )
}


#: a description between commas, then a conjunction: ", società pugliese attiva nell'accumulo, e "
_APPOSED_THEN = re.compile(r"\s*,\s*(?-i:[a-zà-öø-ÿ])[^,;:()\[\]\"“”«»]{0,100},(?P<tail>\s*[^\W\d_]+(?:\s+[^\W\d_]+)?\s*)$")

#: ", la controllata di LG Chem che produce celle in Polonia,": a description of a list's last name,
#: between commas (companies inside it allowed)
_LIST_APPOSITION = re.compile(r"\s*,\s*(?-i:[a-zà-öø-ÿ])[^,;:()]{0,100},")


def _close_after_apposition(text: str, groups: list[Group], lex: Compiled) -> None:
    """"con Stellantis, LG Energy Solution, la controllata di LG Chem che produce celle, e il gruppo
    belga Umicore": a bare-comma list whose last name takes a description is closed by the name
    after the description's comma and conjunction; the companies inside the description stay apart."""
    i = 0
    while i < len(groups):
        g = groups[i]
        m = _LIST_APPOSITION.match(text, g.end) if g.comma_only and len(g.names) > 1 else None
        nxt = next((h for h in groups[i + 1 :] if h.start >= m.end()), None) if m else None
        if nxt is None or not (lex.coord.match(text[m.end() - 1 : nxt.start]) or (
                lex.coord_np is not None and lex.coord_np.match(text[m.end() : nxt.start]))) or not text[m.end() : nxt.start].strip():
            i += 1
            continue
        g.described = len(g.names) - 1
        g.names.extend(n for n in nxt.names if n not in g.names)
        g.firsts.extend(nxt.firsts)
        g.ends.extend(nxt.ends)
        g.sectors.extend(nxt.sectors)
        g.member_sectors.extend(nxt.member_sectors)
        g.comma_only = False
        groups.remove(nxt)
        i += 1


#: "by the fund A and the insurer B": a conjunction, an article and a common noun (lower case) before the
#: second name, the same shape before the first after a preposition, and the clause's end after the second
_PARALLEL_GAP = re.compile(r"\s+(?:and|e|ed|et|y)\s+(?:the|il|lo|la|l['’]|le|les|el|los|las)\s*(?:(?-i:[a-zà-öø-ÿ])[\w-]*\s+){1,3}")
_PARALLEL_LEAD = re.compile(r"\b(?P<prep>[\w'’]+)\s+(?:the|il|lo|la|l['’]|le|les|el|los|las)\s*(?:(?-i:[a-zà-öø-ÿ])[\w-]*\s+){1,3}$")
_PARALLEL_END = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:in|en|nel|dans|since|desde|depuis|dal)\s+(?:19|20)\d\d\b")


def _join_parallel(text: str, groups: list[Group], lex: Compiled) -> None:
    """"was bought by the fund Norvik and the insurer Kestrel", "por el fondo Norvik y la aseguradora
    Kestrel", "par le fonds Norvik et l'assureur Kestrel": two names each described by an article and a
    common noun, the first after a preposition, joined by a conjunction at the end of the clause, are one
    list (with a verb after the second, "and the supplier B buys ...", it opens a clause of its own)."""
    i = 0
    while i + 1 < len(groups):
        a, b = groups[i], groups[i + 1]
        if (a.start < a.end and len(b.names) == 1 and b.names[0] not in a.names and _PARALLEL_GAP.fullmatch(text, a.end, b.start)
                and _PARALLEL_END.match(text, b.end)):
            lead = _PARALLEL_LEAD.search(text, max(0, a.firsts[0] - 60), a.firsts[0])
            if lead is not None and any(lead.group("prep").lower().replace("’", "'") in ws for ws in lex.markers.values()):
                a.names.append(b.names[0])
                a.firsts.append(b.start)
                a.ends.append(b.end)
                a.sectors.extend(b.sectors)
                a.member_sectors.extend(b.member_sectors or [list(b.sectors)])
                a.end = b.end
                a.comma_only = False
                del groups[i + 1]
                continue
        i += 1


_LAST_WORD = re.compile(r"([\w'’]+)\s*$")


def _agent_after_aside(text: str, gap: str, end: int, lex: Compiled) -> bool:
    """German "an Y, die Mutter von W, von X geliefert": the comma closes an aside ending in "von W";
    the "von X" after it, right before the clause's last verb, is the passive's agent, not a second "von"
    of the aside's list ("von A, von B und von C geliefert": only the last member meets the verb)."""
    return lex.lang == "de" and gap.lstrip().startswith(",") and _VERB_AFTER["de"].match(text, end) is not None


def _repeated_preposition(text: str, first: int, gap: str, lex: Compiled) -> bool:
    """"von CATL sowie von Farasis", "from A and from B", "da A e da B": a list whose members each
    repeat the preposition the list opened with."""
    before = _LAST_WORD.search(text, max(0, first - 20), first)
    if before is None:
        return False
    word = before.group(1).lower()
    if not any(word in ws for ws in lex.markers.values()):
        return False
    tail = gap.rstrip()
    if not tail.lower().endswith(word) or (len(tail) > len(word) and tail[-len(word) - 1].isalnum()):
        return False
    head = tail[: len(tail) - len(word)]
    return bool(head.strip()) and lex.coord.match(head) is not None


#: a comma, then a word that is both a list word and a relative ("que", "che"): the relative
_COMMA_RELATIVE = re.compile(r"\s*,\s*(?:que|qu['’]|che)\s*", re.IGNORECASE)
#: a possessive right after a name: "Brixo's", and a plural's bare apostrophe ("Marlowe Cars' supplier")
_POSSESSIVE_AFTER = re.compile(r"['’]s?\b|(?<=s)['’](?=\s)")
_YEAR = re.compile(r"(?:19|20)\d\d")
_REL_WORDS = frozenset(("cui", "which", "whom", "whose", "quale", "quali", "lequel", "laquelle", "lesquels", "lesquelles",
                        "duquel", "auquel", "cual", "cuales", "que", "qui", "che", "welchem", "welcher", "welchen",
                        # "Y, un fabricant de batteries dont X est actionnaire": "de" governs the batteries
                        "dont",
                        # English "that" opens a clause of its own with no comma before it: "a newspaper
                        # reported in August that X would ..." ("in" governs the month, not X)
                        "that"))
#: words that open a second clause of contrast: a preposition before one governs nothing after it
#: ("produce la Panda a Pomigliano mentre Bosch fornisce ...": "a" is not Bosch's)
_CONTRAST_WORDS = frozenset(("while", "whilst", "whereas", "mentre", "während", "wohingegen", "tandis", "mientras",
                             # and the nouns that close a phrase of time ("nel frattempo X", "in the meantime X")
                             "frattempo", "contempo", "meantime", "meanwhile", "zwischenzeit", "entretanto"))
#: German relative pronouns that look like articles, and the prepositions that govern them after a comma
#: (", an dem X beteiligt ist", ", bei der X einsteigt"): right before a name they are no article of it
_DE_REL_ARTICLES = frozenset(("dem", "der", "denen"))
_DE_REL_PREPS = frozenset(("an", "bei", "von", "mit", "in", "zu", "für", "über"))
#: days and months close a phrase of time: the preposition before one governs the date, not a company
#: after it ("Am Montag unterzeichneten X und Y ...", "am 3. März gründete X ..."); English "may" and
#: "march" are verbs too, so left out
_TIME_NOUNS = frozenset((
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "april",
    "june", "july", "september", "october", "november", "december",
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "wochenende", "januar", "februar",
    "märz", "mai", "juni", "juli", "oktober", "dezember",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier", "février", "mars", "avril",
    "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica", "gennaio", "febbraio", "marzo",
    "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "dicembre",
    "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "enero", "febrero", "abril", "mayo",
    "junio", "julio", "septiembre", "octubre", "noviembre", "diciembre",
    # English periods: a fronted adverbial with no comma after it ("For the last two years X sold ...", "In
    # the past decade X supplied ...") governs its noun; the name after it is the clause's subject
    "years", "months", "weeks", "decade", "decades"))


#: English words that make "to" a preposition of place or cause, not of a recipient
_PLACE_BEFORE_TO = frozenset(("next", "close", "adjacent", "due", "thanks", "owing", "compared", "similar", "nearby"))

_ELIDED = re.compile(r"([^\W\d_]+['’])(?=[^\W\d_])")


def _marker_tokens(region: str, lo: int) -> tuple[list[str], list[int]]:
    """Lower-cased tokens of ``region`` and their offsets; an elided preposition glued to the next
    word is a token of its own ("dall'americana" -> "dall'", "americana"), so it can be a marker."""
    toks: list[str] = []
    offs: list[int] = []
    for m in _TOKEN.finditer(region):
        word = m.group(0).lower().replace("’", "'")
        e = _ELIDED.match(word)
        if e is not None:
            toks.append(e.group(1))
            offs.append(lo + m.start())
            word = word[e.end():]
            offs.append(lo + m.start() + e.end())
        else:
            offs.append(lo + m.start())
        toks.append(word)
    return toks, offs


#: sources named by a plain noun after "according to": the company after them is no source
_REPORT_NOUNS = frozenset(
    "indiscrezioni fonti voci rumors rumours insider insiders insidern kreisen berichten medienberichten sources reports "
    "informazioni informationen fuentes informaciones rumeurs".split())


def assign_markers(text: str, groups: list[Group], lex: Compiled, barriers: list[int], places: list[tuple[int, int]] = ()) -> None:
    """The marker of a group: a known preposition among the (at most four) tokens before it, not
    crossing the previous group, a trigger (``barriers``: trigger ends) or a comma. A place named
    between "in" and the group is what "in" governs ("In den USA betreibt LGES ...": ``places``)."""
    prev_end = 0
    # (a description only where the sentence holds one of its literals: the scan answers for every group)
    descriptor = lex.descriptor if lex.descriptor is not None and scan_of(text).may(lex.descriptor) else None
    for g in groups:
        lo = prev_end
        for b in barriers:
            if lo <= b <= g.start:
                if (lex.lang == "de" and b < g.start and not text[b : g.start].strip() and text[g.start].isupper()
                        and _DE_NOUN_IN_PP.search(text, max(0, b - 80), b)):
                    continue  # "an den mexikanischen Zulieferer Kornex": a noun in apposition, "an" governs the name
                if kind_before_instances(lex.lang, text, b, g.start):
                    continue  # "from suppliers such as Kornex": the noun's instances take its preposition
                lo = b
        hi = g.start
        described = descriptor.search(text, lo, g.start) if descriptor is not None else None
        if described is not None:
            # "liderada por el fondo francés de infraestructuras X": the "de" inside a description
            # governs its noun; the name's own preposition stands before the description
            hi = described.start("np")
        region = text[lo:hi]
        toks, offs = _marker_tokens(region, lo)
        g.marker = None
        if lex.inner_first:
            _inner_marker(text, g, lex)  # a preposition fused into the description: none outside governs it
        skipped = 0
        i = len(toks) if g.marker is None else 0
        comma = text.rfind(",", lo, g.start)
        if i and comma >= 0 and g.start - comma <= 30 and _including_marker(g, text, lo, comma, lex):
            i = 0  # "with several carmakers, including X": X takes the preposition of the noun it names
        while i > 0 and skipped <= 4:
            tok = toks[i - 1]
            if tok == ":" and skipped == 0 and _CLOSES_CLAUSE.match(text, g.end):
                # "from two suppliers: CATL and EVE": the list after the colon is the noun's content
                _colon_marker(g, text, prev_end, offs[i - 1], lex)
                break
            if tok in (",", ";", ":", "(", ")", "[", "]", "–", "—", "\"", "“", "”", "«", "»"):
                break
            hit = None
            # only a phrase that ends with this token can end here (the same first hit, in order)
            by_last = lex.markers_by_last
            for words, phrase in (by_last.get(tok, ()) if by_last is not None else lex.marker_words):
                n = len(words)
                if i - n >= 0 and toks[i - n : i] == words:
                    hit = (phrase, n)
                    break
            if hit:
                if hit[0] in lex.markers.get("report", ()) and (skipped > 1 or set(toks[i : i + skipped]) & _REPORT_NOUNS):
                    break  # "Laut Insidern verhandelt BMW", "Secondo indiscrezioni Stellantis ...": the source is the insiders, not BMW
                if _only_in(lex, hit[0]) and any(offs[i - 1] < a < g.start for a, _ in places):
                    break
                if skipped >= 2 and fronted_goods(text, hit[0], offs[i - hit[1]], g.start):
                    break  # "Per le batterie Brixo si affida a Kestrel": "per" governs the goods
                if skipped >= 1 and fronted_field(lex.lang, text, hit[0], offs[i - hit[1]], g.start, g.end):
                    break  # "Nell'automotive Brixo fornisce ...": "nell'" governs the field, Brixo is the subject
                g.marker = hit[0]
                g.marker_start = offs[i - hit[1]]
                if hit[0] == "to" and i - hit[1] >= 1 and toks[i - hit[1] - 1] in _PLACE_BEFORE_TO:
                    g.marker = toks[i - hit[1] - 1] + " to"  # "next to the carmaker's plant": a place, no recipient
                break
            if skipped == 0 and lex.lang == "de" and tok in _DE_ADVERBS_BEFORE_NAME and i >= 2 and text[offs[i - 2] : offs[i - 2] + 1].isupper():
                break  # "beliefert aus dem Werk in Polen bereits Y": an adverb after a noun opens a new phrase
            if skipped == 0 and lex.lang == "de" and verb_after_noun(text, toks, offs, i):
                break  # "Nach Informationen aus Finanzkreisen führt Y": the fronted phrase's noun takes "aus"
            if (skipped == 0 and lex.lang == "de" and tok in _DE_REL_ARTICLES and i >= 3 and toks[i - 3] == ","
                    and toks[i - 2] in _DE_REL_PREPS):
                break  # "Y, das Start-up, an dem X beteiligt ist": a relative pronoun after a comma, "an" governs it
            if _YEAR.fullmatch(tok) or tok in _REL_WORDS or tok in _CONTRAST_WORDS or tok in _TIME_NOUNS or tok in lex.marker_stop:
                # "nel 2021 X", "seit 2020 X", "am Montag X": the preposition governs the date, not the company;
                # "con cui X forniva", "with which X": the preposition governs the relative word;
                # "von 2027 an soll X": a finite verb stands between
                break
            # elided articles: l'/d'/dell'/all' glued to the next word are not markers
            skipped += 1
            i -= 1
        if g.marker is None and lex.inner_markers:
            _inner_marker(text, g, lex)
        if lex.lang == "de" and (g.marker is None or not g.marker.endswith(" der")):
            # "Lieferant der Norvik AG", "zu den Kunden der Norvik AG": the genitive governs the name,
            # a preposition further back ("zu") its noun
            genitive = genitive_der(text, prev_end, g.start)
            if genitive is not None and not any(genitive < b <= g.start for b in barriers):
                # (a trigger that took the article in, "Mutterkonzern der", reads the name itself)
                g.marker, g.marker_start = "des", genitive
        if g.marker is None and lo > prev_end:
            # "from its parent Kestrel": the kin noun, a trigger, stood between the preposition and the name
            kin = kin_marker(lex.lang, text, prev_end, g.start, lex.markers)
            if kin is not None:
                g.marker, g.marker_start = kin
        prev_end = g.end
    _unit_takes_marker(text, groups, lex)
    if holds(_CONSORTIUM_WORD, text):
        _consortium_members(text, groups, lex)


#: German adverbs that stand between a prepositional phrase and the object after it ("liefert aus
#: Ungarn bereits Y", "beliefert vom Werk in Thale inzwischen auch Y"); right before a name and after a
#: noun, the preposition governs the noun, not the name ("mit dem bereits kriselnden Zulieferer Y" keeps "mit")
_DE_ADVERBS_BEFORE_NAME = frozenset({"bereits", "schon", "derzeit", "inzwischen", "künftig", "weiterhin", "nun", "jetzt",
                                     "seither", "seitdem", "demnächst", "bald", "heute", "mittlerweile", "zudem", "außerdem"})


#: a group of buyers or investors named by its members: the members take the group noun's preposition
_CONSORTIUM_WORD = re.compile(r"(?i:consor(?:[tz]i|cio)|konsorti|cordata|group of investors|gruppo di investitori|groupe d['’]investisseurs|grupo de inversores|investorengruppe)")
_CONSORTIUM = re.compile(
    r"\b(?P<prep>(?-i:[a-zàâçéèêîôûäöüáíóú])[^\W\d]*['’]?)\s*(?:(?:a|an|the|un|una|uno|un['’]|il|lo|la|l['’]|ein|eine|einem|einen|einer|das|dem|den|le|el)\s*)?"
    r"(?:(?-i:[a-zàâçéèêîôûäöüáíóú])[\w-]*\s+)?(?:consortium|consortia|consorzio|cordata|konsortium|\w+konsortium|consorcio|group of investors|gruppo di investitori|"
    r"groupe d['’]investisseurs|grupo de inversores|investorengruppe)"
    r"(?:\s+(?-i:[a-zäöüéèàáíóú])[\w-]*){0,2}?\s+(?:of|by|da|di|dal|dalla|de|d['’]|du|des|par|por|aus|von|with|con|avec|mit)\s*"
    r"(?:(?:the|il|lo|la|l['’]|le|les|el|los|las|der|die|dem|den|des)\s*)?(?:(?-i:[a-zäöüéèàáíóú])[\w'’-]*\s+){0,3}$", re.I)


def _consortium_members(text: str, groups: list[Group], lex: Compiled) -> None:
    """"sold 25% of Y to a consortium of A and B", "was bought by a consortium formed by A and B", "a un
    consorcio formado por A y B", "a una cordata composta da A e B", "an ein Konsortium aus A und B": the
    members are the buyers; they take the preposition before the group noun ("to", "by", "a", "an")."""
    for g in groups:
        m = _CONSORTIUM.search(text, max(0, g.start - 90), g.start)
        if m is None:
            continue
        prep = m.group("prep").lower().replace("’", "'")
        if any(prep in ws for ws in lex.markers.values()):
            g.marker, g.marker_start = prep, m.start("prep")


# a German noun (capitalised) ending a trigger, inside a prepositional phrase: "an den (mexikanischen) Zulieferer"
_DE_NOUN_IN_PP = re.compile(
    r"\b(?:an|für|mit|von|vom|bei|beim|zu|zum|zur)\s+(?:den|dem|die|das|der|einen|einem|eine|einer)\s+"
    r"(?:(?-i:[a-zäöü])[\w-]*\s+){0,2}(?-i:[A-ZÄÖÜ])[\w-]*$"
    # a genitive after a relation noun the same way: "zu den Kunden des Zulieferers Kestrel" ("des"
    # governs the name; not "ein Sprecher des Zulieferers Kestrel", where the name is the news's subject)
    r"|\b(?:Kunden|Abnehmer|Abnehmern|Lieferanten|Zulieferern|Aktionären|Anteilseignern|Eigentümern|Partnern)\s+des\s+"
    r"(?:(?-i:[a-zäöü])[\w-]*\s+){0,2}(?-i:[A-ZÄÖÜ])[\w-]*$"
)


#: "der Brixo-Zulieferer Kestrel": a supplier noun glued to its customer's name, a company name after it
SUPPLIER_COMPOUND = re.compile(r"-(?:Zulieferer|Lieferant|Hauptlieferant|Hauptzulieferer|Batterielieferant|Zelllieferant)(?:s|en)?\s+")


#: "den Ford-Auftrag gewonnen": an order noun glued to the name of the one who gives it
ORDER_COMPOUND = re.compile(r"-(?:Groß|Mega|Rekord|Folge|Liefer|Serien)?(?:[Aa]uftrag|[Aa]ufträge|[Zz]uschlag)(?:s|es)?\b")


#: "bezieht die Norvik-Zellen", "verbaut Norvik-Chips": goods glued to the name of their maker (German)
MAKER_GOODS_COMPOUND = re.compile(
    r"-(?:\w*[Zz]ellen|\w*[Bb]atterien|Akkus|\w*[Cc]hips|\w*[Hh]albleiter|Prozessoren|\w*[Kk]athoden(?:material)?|"
    r"\w*[Mm]odule|Steuergeräte|\w*[Ss]ensoren|\w*[Mm]otoren|Reifen|Sitze|Bremsen|Kabel|Wechselrichter)\b")
#: a verb of buying or using goods shortly before the name ("bezieht die", "setzt ... auf"): the goods
#: glued to the name are bought from their maker ("kauft" is left out: "kauft Vostra" is a takeover)
BUYS_BEFORE = re.compile(
    r"\b(?:bezieht|bezog|beziehen|bezogen|verbaut|verbaute|verbauen|nutzt|nutzte|nutzen|"
    r"verwendet|verwendete|verwenden|setzt|setzte|setzen)\b[^,;:.()]{0,40}$")


#: "former" in a unit's noun phrase, in the languages we read
_FORMER_WORD = re.compile(
    r"\b(?:former|ex|anciens?|ancienne?s?|antigu[ao]s?|ehemalige[rnms]?|frühere[rnms]?|einstige[rnms]?|vormalige[rnms]?)\b", re.I)


_UNIT_WORD = re.compile(
    r"(?:subsidiar|unit|division|arm\b|affiliate|brand|tochter|sparte|einheit|marke|filial|controllata|consociata|divisione|marchio|branche|unité|unidad|división|marca)", re.I)


def former_unit(text: str, m: re.Match) -> bool:
    """Does the unit noun's phrase say the tie is over? "Almara's former subsidiary", "a former
    Almara unit", "Brixo, Almara's former unit": "former" in the trigger or in the four words before
    it, within the noun phrase (no comma between)."""
    if not _UNIT_WORD.search(m.group(0)):
        return False  # a verb ("the former owner Kestrel controls Y"): its own tense tells
    if _FORMER_WORD.search(m.group(0)):
        return True
    lo = max(0, m.start() - 40)
    before = re.split(r"[,;:()]", text[lo : m.start()])[-1].split()[-4:]
    return any(_FORMER_WORD.fullmatch(w) for w in before)


def glued_unit(text: str, pos: int, lex: Compiled) -> re.Match | None:
    """The compound glued to a name ending at ``pos`` whose head is the name after it: an owner's
    ("die Vostra-Tochter Brixo") or a customer's ("der Vostra-Zulieferer Brixo")."""
    glued = lex.owner_compound.match(text, pos) if lex.owner_compound is not None else None
    if glued is None and lex.compound_modifier:
        glued = SUPPLIER_COMPOUND.match(text, pos)
    return glued


def glued_owner(text: str, groups: list[Group], g: Group, lex: Compiled) -> Group | None:
    """The owner glued to ``g`` by a compound ("die Vostra-Tochter Brixo": Vostra), or None."""
    if lex.owner_compound is None:
        return None
    for h in groups:
        if h.end < g.start:
            glued = lex.owner_compound.match(text, h.end)
            if glued is not None and glued.end() == g.start:
                return h
    return None


def named_from(text: str, groups: list[Group], g: Group, lex: Compiled) -> int:
    """Where ``g`` is named, its glued owner included: the unit noun of the compound is the name's,
    not an asset of a sale ("an die Vostra-Tochter Brixo" is still a customer)."""
    owner = glued_owner(text, groups, g, lex)
    return owner.start if owner is not None else g.start


def _unit_takes_marker(text: str, groups: list[Group], lex: Compiled) -> None:
    """"liefert an die Vostra-Tochter Brixo", "supplies the Geely-owned Volvo": the preposition governs
    the unit named after the compound; the owner glued to it takes the marker of "of" (a word that
    plays no other role), so it is never a subject, a recipient or an agent."""
    if lex.owner_compound is None:
        return
    of_only = next((w for w in lex.markers.get("of", ()) if not any(w in ws for r, ws in lex.markers.items() if r != "of")), None)
    for g, h in zip(groups, groups[1:]):
        glued = glued_unit(text, g.end, lex)  # ("an den Vostra-Zulieferer Brixo" too)
        if glued is None and lex.lang == "en" and len(g.names) == 1:
            # "controlled by Volkswagen's Traton group", "to Geely's Swedish unit Volvo": the name
            # after the possessive is the one the preposition governs, its owner only describes it
            glued = _EN_POSSESSOR.match(text, g.end)
        if glued is None or glued.end() != h.start or h.marker is not None:
            continue
        h.marker, h.marker_start = g.marker, g.marker_start
        g.marker, g.marker_start = of_only, g.start


#: an English possessive and at most three lowercase words before the next name ("'s Swedish unit ")
_EN_POSSESSOR = re.compile(r"['’]s\s+(?:(?-i:[A-Z])[a-z]+(?:ese|ean|ian|ish|an|ch)\s+)?")


def possessed_name(text: str, groups: list[Group], g: Group, lex: Compiled) -> Group:
    """"by Volkswagen's Traton group": the name after an English possessive (a nationality at most
    between) is the one meant; ``g`` itself where no such name follows."""
    if lex.lang != "en" or len(g.names) != 1:
        return g
    m = _EN_POSSESSOR.match(text, g.end)
    if m is None:
        return g
    return next((h for h in groups if h.start == m.end()), g)
#: after a list that spells out a noun: the end of the clause, not a verb of its own
_CLOSES_CLAUSE = re.compile(r"\s*(?:[.;,)]|$)")
#: the words of a short plural noun phrase before a colon ("two suppliers", "drei Kunden")
_NOUN_WORD = re.compile(r"[^\W_][\w'’-]*")


def _colon_marker(g: Group, text: str, lo: int, colon: int, lex: Compiled) -> None:
    """"buys cells from two suppliers: CATL and EVE", "liefert an drei Kunden: A, B und C": the list
    after a colon takes the preposition of the noun phrase the colon closes (at most three words
    between the preposition and the colon, no punctuation, no year). The noun may be a trigger of
    its own ("suppliers"): the phrase is read back to the previous company, not to the trigger."""
    _marker_of_phrase(g, text, max(lo, colon - 60), colon, 3, lex)


def _marker_of_phrase(g: Group, text: str, lo: int, hi: int, most: int, lex: Compiled) -> bool:
    """Give ``g`` the preposition of the lexicon that stands before the last one to ``most`` words
    of ``text[lo:hi]`` (words, no punctuation, no year); say whether it did."""
    toks, offs = _marker_tokens(text[lo:hi], lo)
    for n in range(1, most + 1):
        words = toks[len(toks) - n :]
        if len(words) < n or not all(_NOUN_WORD.fullmatch(w) and not _YEAR.fullmatch(w) and w not in _REL_WORDS for w in words):
            return False
        head = toks[: len(toks) - n]
        for marker_words, phrase in lex.marker_words:
            k = len(marker_words)
            if len(head) >= k and head[len(head) - k :] == marker_words:
                g.marker = phrase
                g.marker_start = offs[len(head) - k]
                return True
    return False


#: a comma and a word of inclusion right before a name: ", including", ", dont", ", tra cui", ", entre ellos", ", darunter"
_INCLUDING = re.compile(
    r",\s*(?:including|among\s+them|such\s+as|notably|dont|notamment|parmi\s+(?:eux|lesquels|lesquelles)|tra\s+cui|fra\s+cui"
    r"|tra\s+i\s+quali|tra\s+questi|entre\s+(?:ellos|ellas|los\s+que|las\s+que|otros)|darunter|unter\s+anderem)\s*$", re.IGNORECASE)


_OWN_PARTNER = re.compile(r"\s+(?:with|avec|con|mit|junto\s+a|insieme\s+a)\s", re.IGNORECASE)


def _including_marker(g: Group, text: str, lo: int, comma: int, lex: Compiled) -> bool:
    """"signed offtake deals with several carmakers, including X and Y", "avec plusieurs constructeurs,
    dont X", "con diversi costruttori, tra cui X", "mit mehreren Autobauern unterzeichnet, darunter X":
    the names after the word of inclusion take the preposition before the noun they are instances of
    (at most four words between the preposition and the comma: a quantifier, the noun, a German
    participle). Sets the marker and says whether it did."""
    if not _INCLUDING.match(text, comma, g.start):
        return False
    if _OWN_PARTNER.match(text, g.end):
        return False  # "joint ventures with carmakers, including Ultium Cells with GM": an instance with its own partner
    return _marker_of_phrase(g, text, max(lo, comma - 60), comma, 4, lex)


def _inner_marker(text: str, g: Group, lex: Compiled) -> None:
    """A description that begins with a case article the lexicon reads as a preposition ("des
    Konzerns": of) is governed by it, as a name after that preposition would be."""
    first = text[g.start : g.end].split(None, 1)
    if len(first) == 2 and lex.lang in ("fr", "es") and first[0][:1].isupper():
        return  # "Al Masaood", "Du Pont": a name, not "al fabricante", "au constructeur"
    if len(first) == 2 and first[0].lower() in lex.inner_markers:
        g.marker, g.marker_start = first[0].lower(), g.start
        return
    elided = _ELIDED.match(text[g.start : g.end].lower().replace("’", "'"))  # "dall'azienda"
    if elided is not None and elided.group(1) in lex.inner_markers:
        g.marker, g.marker_start = elided.group(1), g.start


def _only_in(lex: Compiled, word: str) -> bool:
    """A preposition of place only ("in", "nel", "en", "dans"), never "with", "of" or "to"."""
    return word in lex.markers.get("in", ()) and not any(word in ws for r, ws in lex.markers.items() if r != "in")


def has(lex: Compiled, role: str, g: Group) -> bool:
    return g.marker is not None and g.marker in lex.markers.get(role, ())


def _coordinated(lex: Compiled, groups: list[Group], first: Group, text: str, roles: tuple[str, ...]) -> list[str]:
    """"à Stellantis et à Renault", "de General Motors (GM) et de Posco": members of one list that
    repeat their preposition ("roles": the markers that may repeat); a short form in brackets after a
    member ("(GM)") is that member again."""
    names = list(first.names)
    end = first.end
    for g in groups:
        if g.start < end:
            continue
        if set(g.names) <= set(names) and text[end : g.start].strip() == "(":
            close = text.find(")", g.end)
            end = close + 1 if close >= 0 and not text[g.end : close].strip() else g.end
            continue
        if not any(has(lex, r, g) for r in roles) or g.marker_start < end or not text[end : g.marker_start].strip():
            break
        gap = text[end : g.marker_start]
        appos = _MEMBER_APPOSITION.match(gap)
        if appos is None and lex.member_tail is not None:
            appos = lex.member_tail.match(gap)  # "with Air Liquide on stations, and with Linde": past its complement
        if appos is not None:
            gap = gap[appos.end() :]  # "a Hyundai, su principal cliente, y a Ford": past the first one's apposition
        if not lex.coord.match(gap) and not (roles == ("recipient",) and _GAPPED.fullmatch(gap)):
            break
        names.extend(n for n in g.names if n not in names)
        end = g.end
    return names


#: an apposition closed by a comma after a list member, before the list goes on
_MEMBER_APPOSITION = re.compile(r"\s*,[^,;:()]{1,40}(?=,)")

# One supply verb, several goods each with its customer ("supplies hubs to X, axles to Y and
# brakes to Z", "suministra ejes a X para su planta de Vigo, y bujes a Y"): between two customers a
# comma or "and", then the next goods (a few lower-case words), the verb left out.
_GAPPED = re.compile(
    r"(?:\s+(?:for|para|pour|per|für|at|en|in|à|a)\s+[^,;:()]{1,50}?)?\s*(?:,\s*(?:(?:and|y|e|et|und|ainsi\s+que)\s+)?|\s+(?:and|y|e|et|und)\s+)"
    r"(?!(?:[\w'’-]+\s+){0,4}?(?:to|more|less|más|menos|plus|moins|più|mehr)\s)"
    r"(?-i:(?:(?:des|les|some|los|las|unos|unas|dei|delle|degli)\s+)?[a-zà-öø-ÿ][\w'’-]*(?:\s+[a-zà-öø-ÿ][\w'’-]*){0,4})\s+"
)

